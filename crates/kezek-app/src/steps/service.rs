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
                        <p>{ p.t(t.reasons[0].key().as_str()) }</p>
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
                        if t.reasons.contains(&ReasonCode::SchedulePortalWorkingTimeReading) {
                            <p class="kz-hint" id="kz-timing-portal-working-time">{ p.t(&ReasonCode::SchedulePortalWorkingTimeReading.key()) }</p>
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
