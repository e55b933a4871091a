//! Step 1: which service and which channel, with each channel's schedule and
//! what it needs (Annex 2/4 p. 2, 7, 8).

use kezek_rules::reason::ReasonCode;
use kezek_rules::schedule;
use kezek_rules::{Channel, Service};
use yew::prelude::*;

use super::StepProps;
use crate::components::field::{Choice, RadioGroup};
use crate::hours::{opening_hours, windows_text, OpensAs};
use crate::state::Action;

fn channel_key(c: Channel) -> String {
    c.code().replace('_', "-")
}

/// The timing card's first line: the rules' first schedule reason, and —
/// where the place is closed now or the portal receives on the next working
/// day — when the application is received (the rules' `accepted_at`), as
/// step 6 and the hand-off say it. At the State Corporation on a day off
/// moved from a holiday that day is Kezek's reading (Annex 2 p. 7 sub. 2,
/// said beside it): the rules' words alone.
fn timing_headline(p: &StepProps, t: &schedule::ServiceTiming) -> String {
    let accepted = p.i18n.date_time(t.accepted_at);
    let moved_day_off = t
        .reasons
        .contains(&ReasonCode::ScheduleStateCorporationMovedDayOffReading);
    match t.reasons[0] {
        ReasonCode::ScheduleClosedNextOpening if !moved_day_off => p
            .i18n
            .t_args("ui-closed-now-next-open", &[("accepted", accepted)]),
        ReasonCode::ScheduleNextWorkingDay => {
            let (annex, sub) = super::portal_hours_sub_point(t.service);
            p.i18n.t_args(
                "ui-done-portal-accepted-next-working-day",
                &[
                    ("accepted", accepted),
                    ("annex", annex.to_owned()),
                    ("sub", sub.to_owned()),
                ],
            )
        }
        r => p.t(r.key().as_str()),
    }
}

/// The rules' reading of the portal's "after working time" among a timing's
/// `reasons`: the education department's working day at queue registration
/// (Annex 2 p. 7), the kindergarten's at admission (Annex 4 p. 7).
fn portal_working_time_reading(reasons: &[ReasonCode]) -> Option<ReasonCode> {
    reasons.iter().copied().find(|r| {
        matches!(
            r,
            ReasonCode::SchedulePortalWorkingTimeReading
                | ReasonCode::SchedulePortalWorkingTimeReadingAdmission
        )
    })
}

/// Step 1.
#[function_component(ServiceStep)]
pub fn service_step(p: &StepProps) -> Html {
    let d = &p.draft;
    let services = [Service::QueueRegistration, Service::Admission]
        .into_iter()
        .map(|s| Choice {
            value: s.code().into(),
            label: p.t(&format!("ui-service-{}", s.code())).into(),
            hint: Some(p.t(&format!("ui-service-{}-hint", s.code())).into()),
            disabled: false,
        })
        .collect::<Vec<_>>();
    let on_service = p.send(|v: String| {
        Action::SetService(Service::from_code(&v).unwrap_or(Service::QueueRegistration))
    });
    let service = d.service.unwrap_or(Service::QueueRegistration);
    let channels = Channel::ALL
        .into_iter()
        .map(|c| {
            let offered = schedule::hours(service, c);
            let hint = match &offered {
                // The portal never closes: its hours are the provider's working
                // time, after which an application waits for the next working day.
                Some((_, hours, _)) if c == Channel::EgovPortal => p.i18n.t_args(
                    "ui-channel-egov-portal-hint",
                    &[("hours", windows_text(&p.i18n, hours))],
                ),
                Some((days, hours, _)) => {
                    let extra = p.t(&format!("ui-channel-{}-hint", channel_key(c)));
                    format!(
                        "{}. {extra}",
                        opening_hours(&p.i18n, *days, hours, OpensAs::Sentence)
                    )
                }
                // Said of the service: the parent has not chosen this channel.
                None => p.t("ui-channel-not-offered"),
            };
            Choice {
                value: c.code().into(),
                // In person: the education department for the queue (Annex 2
                // p. 1), the preschool for admission (Annex 4 p. 1).
                label: match (c, d.service) {
                    (Channel::ProviderOffice, Some(s)) => {
                        p.t(&format!("ui-channel-provider-office-{}", s.code()))
                    }
                    _ => p.t(&format!("ui-channel-{}", channel_key(c))),
                }
                .into(),
                hint: Some(hint.into()),
                disabled: d.service.is_some() && offered.is_none(),
            }
        })
        .collect::<Vec<_>>();
    let on_channel = p.send(|v: String| {
        Action::SetChannel(Channel::from_code(&v).unwrap_or(Channel::EgovPortal))
    });
    let timing = match (d.service, d.channel) {
        (Some(s), Some(c)) => {
            let t = schedule::service_timing(s, c, p.now, p.calendar.get());
            // cl. 22: where the day of sending counted as the first of the
            // five working days gives an earlier day, that is the day to rely
            // on; Kezek's count (from the next day) is said as a reading.
            let originals = t.originals_day().map(|o| {
                if o.reading {
                    p.i18n.t_args(
                        "ui-originals-by-reading",
                        &[
                            ("date", p.i18n.date(o.count)),
                            ("safe", p.i18n.date(o.safe)),
                        ],
                    )
                } else {
                    p.i18n
                        .t_args("ui-originals-by", &[("date", p.i18n.date(o.count))])
                }
            });
            let where_reading = super::originals_where(p, &t.reasons);
            t.available.then(|| {
                html! {
                    <div class="kz-card" id="kz-timing">
                        <p id="kz-timing-headline">{ timing_headline(p, &t) }</p>
                        <p>{ p.i18n.t_args("ui-result-by", &[("when", p.i18n.date_time(t.result_by))]) }</p>
                        // Annex 2 p. 7 sub. 2: a day off moved from a holiday (or set
                        // by an act) moves the acceptance or the result: the rules
                        // say it is their reading, with the question to ask.
                        // Which one: the acceptance moved, or only the rest of the 30 minutes.
                        if let Some(r) = super::moved_day_off_reading(&t.reasons) {
                            <p class="kz-hint" id="kz-timing-moved-day-off" data-reason={r.code()}>{ p.t(&r.key()) }</p>
                        }
                        // Annex 2 p. 7 sub. 3, Annex 4 p. 7 sub. 2: on the portal,
                        // what "after working time" is decides whether an
                        // application made late in the day is received that
                        // day: the rules' reading, said as such.
                        // Each service's own provider's working day (Annex 2, Annex 4).
                        if let Some(r) = portal_working_time_reading(&t.reasons) {
                            <p class="kz-hint" id="kz-timing-portal-working-time">{ p.t(&r.key()) }</p>
                        }
                        if let Some(o) = originals {
                            <p id="kz-originals-by">{ o }</p>
                        }
                        // cl. 22: where they go (the education department
                        // unless it has set another procedure), beside the
                        // day, as step 6 and the hand-off say it.
                        if let Some(w) = where_reading {
                            <p id="kz-originals-where">{ w }</p>
                        }
                        if t.reasons.contains(&ReasonCode::ScheduleOriginalsWithApplication) {
                            <p id="kz-originals-with-application">{ p.t(&ReasonCode::ScheduleOriginalsWithApplication.key()) }</p>
                        }
                        <p>{ p.i18n.t_args("ui-documents-count", &[("n", kezek_rules::checklist::item_count(s, c).to_string())]) }</p>
                        <crate::components::why::Why i18n={p.i18n.clone()} citations={t.citations.clone()} />
                    </div>
                }
            })
        }
        _ => None,
    };
    html! {
        <>
            <RadioGroup name="service" legend={p.t("ui-service-question")} choices={services}
                selected={d.service.map(|s| AttrValue::from(s.code()))} error={p.error_for("service")}
                onchange={on_service} />
            <RadioGroup name="channel" legend={p.t("ui-channel-question")} choices={channels}
                selected={d.channel.map(|c| AttrValue::from(c.code()))} error={p.error_for("channel")}
                onchange={on_channel} />
            { timing.unwrap_or_default() }
        </>
    }
}

#[cfg(test)]
#[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};

    /// Annex 2 p. 7 and Annex 4 p. 7: step 1's portal note on "after working
    /// time" said «18:30 в отделе (управлении) образования, 18:00 в детском
    /// саду» to a parent registering in the queue (walk of 05.12.2026); each
    /// service's note now names its own provider's working day, and the
    /// admission's is shown at admission.
    #[test]
    fn annex2_7_annex4_7_step_1s_portal_note_is_the_services_own() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 5)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        for (service, end) in [
            (Service::QueueRegistration, "18:30"),
            (Service::Admission, "18:00"),
        ] {
            let t = schedule::service_timing(
                service,
                Channel::EgovPortal,
                at,
                kezek_rules::calendar::Calendar::builtin(),
            );
            let r = portal_working_time_reading(&t.reasons).expect("the portal's reading");
            for lang in [Lang::En, Lang::Ru, Lang::Kk] {
                let text = I18n::new(lang).t(&r.key());
                assert!(text.contains(end), "{service:?} {lang:?}: {text}");
            }
        }
    }

    /// Annex 2 p. 7 sub. 1-2 and Annex 4 p. 7 sub. 1 (the office's and the
    /// State Corporation's hours) with the rules' `accepted_at`: step 1's
    /// "closed now" line says when the place next receives the application,
    /// as step 6 and the hand-off do (`ui-closed-now-next-open`), not only
    /// "when it next opens"; on the portal after hours, the next working
    /// day's date and time (Annex 2 p. 7 sub. 3). Mon 30.11.2026 at 21:00:
    /// the education department and the kindergarten receive on Tue 01.12 at
    /// 09:00, and so does the portal.
    #[test]
    fn annex2_7_step_1_says_when_a_closed_place_next_receives_the_application() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(21, 0, 0)
            .unwrap();
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        for (service, channel) in [
            (Service::QueueRegistration, Channel::ProviderOffice),
            (Service::QueueRegistration, Channel::StateCorporation),
            (Service::QueueRegistration, Channel::EgovPortal),
            (Service::Admission, Channel::ProviderOffice),
            (Service::Admission, Channel::EgovPortal),
        ] {
            let t = schedule::service_timing(
                service,
                channel,
                at,
                kezek_rules::calendar::Calendar::builtin(),
            );
            assert!(!t.open_now, "{service:?} {channel:?}");
            for lang in [Lang::En, Lang::Ru, Lang::Kk] {
                let mut p = crate::steps::tests::props(e.clone());
                p.i18n = I18n::new(lang);
                let line = timing_headline(&p, &t);
                // kk writes the day in words where it is a time of day
                // («2026 жылғы 1 желтоқсанда сағат 09:00-де»).
                assert!(
                    line.contains(&p.i18n.date_time(t.accepted_at))
                        || (line.contains("1 желтоқсан") && line.contains("09:00")),
                    "{service:?} {channel:?} {lang:?}: {line}"
                );
            }
        }
    }
}
