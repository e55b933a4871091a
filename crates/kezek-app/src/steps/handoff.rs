//! Step 8: check the answers, give consent, then the confirmation page of the
//! channel (GOV.UK "confirmation page"): Kezek has sent nothing; on the portal,
//! open the service on egov.kz and fill in its form, these answers beside it
//! for reference (each copyable; the form may ask differently); at the State
//! Corporation or the provider, the opening hours, what to bring and the
//! printed application. Only an embedded Kezek offers to
//! pass the answers to the page that opened it. The JSON, its SHA-256 digest and
//! the QR code are under "for specialists".

use kezek_rules::checklist::{ChecklistItem, Condition, Form, Source, Status};
use kezek_rules::schedule;
use kezek_rules::{Channel, Ground, ReasonCode};
use yew::prelude::*;

use super::{needs_earlier, StepProps};
use crate::components::copyable_answers::{Answer, CopyableAnswers};
use crate::components::field::CheckField;
use crate::components::specialists::ForSpecialists;
use crate::hours::{opening_hours, OpensAs};
use crate::platform::{emit, print};
use crate::route::Step;
use crate::state::Action;

/// A line to fill in by hand on a printed form.
const BLANK: &str = "______________________________";

/// A value on a printed form, or [`BLANK`] where none was given.
fn or_blank(value: String) -> String {
    if value.is_empty() {
        BLANK.to_owned()
    } else {
        value
    }
}

/// What a printed form of the application leaves blank (a line to write
/// in by hand), as [`print_fill_keys`] reads it.
struct PrintBlanks {
    /// Annex 1 is printed (queue registration), besides Annex 5.
    annex1: bool,
    /// The applicant's name: «Кімнен» of Annex 1, «Мен, ___» of Annex 5.
    name: bool,
    /// The applicant's IIN (Annex 1's «ЖСН ___» after the name).
    applicant_iin: bool,
    /// The child's IIN (Annex 1's «…тұратын, ЖСН ___»).
    child_iin: bool,
    /// Annex 5's addressee «___ (мектепке дейінгі ұйым)», no preschool named
    /// (said at queue registration only: with `annex1`).
    addressee: bool,
}

/// The blanks the parent writes in by hand before signing, in the forms'
/// order (walkthrough 28, m9): Annex 1's applicant name and IIN when not
/// given, address (never asked), the child's IIN when none, the child's name
/// (on paper) and the date («Күні ___»); Annex 5's addressee when blank.
fn print_fill_keys(b: &PrintBlanks) -> Vec<&'static str> {
    [
        (b.name, "ui-print-fill-name"),
        (b.annex1 && b.applicant_iin, "ui-print-fill-applicant-iin"),
        (b.annex1, "ui-print-fill-address"),
        (b.annex1 && b.child_iin, "ui-print-fill-child-iin"),
        (b.annex1, "ui-print-fill-child-name"),
        (b.annex1, "ui-print-fill-date"),
        // At admission Annex 5 is addressed to the preschool of the
        // referral: the line is said only beside Annex 1 (queue registration).
        (b.annex1 && b.addressee, "ui-print-fill-addressee"),
    ]
    .into_iter()
    .filter_map(|(blank, key)| blank.then_some(key))
    .collect()
}

thread_local! {
    /// A "Change" link of the summary was followed: "Next" returns to it.
    static RETURNING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether "Next" should return to the summary (a "Change" link was followed).
pub fn returning() -> bool {
    RETURNING.with(|r| r.get())
}

/// Sets or clears the return to the summary.
pub fn set_returning(v: bool) {
    RETURNING.with(|r| r.set(v));
}

/// The service's page on egov.kz, in the parent's language (the portal's own
/// address for queue registration; the portal's catalogue for admission,
/// which egov.kz lists under the preschool's services).
pub fn egov_service_url(service: kezek_rules::Service, lang: &str) -> String {
    match service {
        kezek_rules::Service::QueueRegistration => {
            format!("https://egov.kz/cms/{lang}/services/037pass_mon")
        }
        kezek_rules::Service::Admission => crate::platform::egov_home_url(lang),
    }
}

/// Whether the parent hands this document in: in person, what they bring
/// (their own documents, and those shown for identification); on egov.kz,
/// only the copies they upload. Annex 4 p. 8's portal list names a copy
/// («электрондық көшірме», «сканерленген көшірмесі») for items 5-7 only:
/// items 3-4 are for identification, the provider taking digital documents
/// from their service with the owner's one-time password (its closing
/// paragraph), and item 1, the referral, is issued in the queue management
/// system. Annex 2's portal list is uploads and the gateway's throughout.
/// cl. 22's second check after a referral (the teacher's certificate and
/// diploma, the serviceman's certificate) is no item of Annex 4's portal
/// list: the rules ask them in the original (`form`), shown within 5 working
/// days of the referral, which the originals' line says — not attached
/// (audit26, finding 3). The item's form says it: no second test of the
/// service or the condition here.
///
/// In person the first-priority proof the staff take through the gateway
/// (`Source::EgovGateway`) is brought too: at queue registration it is item 8
/// of Annex 2 p. 8's list for the provider and the State Corporation (the
/// paragraph after the list has its information taken through the gateway;
/// Kezek's reading: if the status is not there, the document is needed), and
/// at admission cl. 22's second check asks its original, which the rules'
/// reading of where (`schedule.originals_where_reading`) has taken to the
/// kindergarten as well. Either way cl. 22 has the original shown, and step 6
/// says to show it with the other originals. On egov.kz the portal takes it.
fn parent_hands_in(item: &ChecklistItem, channel: Channel) -> bool {
    item.status != Status::NotNeeded
        && match channel {
            Channel::EgovPortal => item.source == Source::Parent && item.form == Form::Scan,
            _ => matches!(
                item.source,
                Source::Parent
                    | Source::DigitalDocuments
                    | Source::ShowAndGateway
                    | Source::EgovGateway
            ),
        }
}

/// What the parent brings in person (the hand-off's "Bring" list, after the
/// printed application), or on egov.kz attaches: each item
/// [`parent_hands_in`], named as step 6 names it — or, in a list after a
/// colon inside a sentence (`after_colon`: egov.kz's «attach the scans:
/// …»), as a word there is written ([`super::name_after_colon`]) — with its
/// notes (lapsed or lapsing; a copy beside Annex 1's box).
fn bring_list(p: &StepProps, e: &kezek_rules::Evaluation, after_colon: bool) -> Vec<String> {
    // Annex 1's boxes 1, 2 and 4 end «(құжаттың көшірмесі)»: the proofs of
    // the grounds ticked there go with a copy on the paper form.
    let copied: Vec<kezek_rules::documents::DocumentKind> = e
        .category
        .grounds
        .iter()
        .filter(|g| {
            g.annex1_box
                .is_some_and(kezek_rules::category::annex1_box_asks_a_copy)
        })
        .flat_map(|g| g.documents.iter().copied())
        .collect();
    e.checklist
        .items
        .iter()
        .filter(|i| parent_hands_in(i, e.channel))
        .map(|i| {
            // Lapsed or lapsing (as step 6 says it): not named as in order.
            let name = match after_colon {
                true => super::name_after_colon(p, e, i.document),
                false => super::document_name(p, e, i.document),
            };
            let notes: Vec<String> = handed_in_note(p, e, i)
                .into_iter()
                .chain(
                    (e.channel != Channel::EgovPortal && copied.contains(&i.document))
                        .then(|| p.t("ui-done-bring-copy")),
                )
                // cl. 34 sub. 1's document: for the contract, not a list's.
                .chain((i.condition == Condition::Contract).then(|| p.t("ui-done-bring-contract")))
                // The gateway's proof: why it is brought, and that cl. 22's
                // line below says where its original goes and by when.
                .chain((i.source == Source::EgovGateway).then(|| {
                    p.t(match e.service {
                        kezek_rules::Service::QueueRegistration => "ui-done-bring-gateway-proof",
                        kezek_rules::Service::Admission => "ui-done-bring-gateway-proof-admission",
                    })
                }))
                .collect();
            if notes.is_empty() {
                name
            } else {
                format!("{name} ({})", notes.join("; "))
            }
        })
        .collect()
}

/// The note beside a document the parent hands in (the "Bring" list, or on
/// egov.kz the scans to attach): lapsed or lapsing as step 6 says it
/// ([`super::lapse_note`]) — but a priority's proof held out of date whose
/// lapse leaves only the right unconfirmed (the rules' first reason
/// `doc.priority_proof_lapsed`: the law-enforcement certificate asked by
/// analogy, which Annex 2 p. 8 does not list) is not to be handed in as it
/// is: a new one only, or the application without it (the set is complete;
/// the right not confirmed), never the expired one — Annex 2 p. 9 sub. 4
/// refuses «қолданылу мерзімі өтіп кеткен құжаттарды ұсынған», and whether
/// of the list only the text does not say (the walk of 05.12, p1-23).
fn handed_in_note(p: &StepProps, e: &kezek_rules::Evaluation, i: &ChecklistItem) -> Option<String> {
    match (i.reasons.first(), i.last_valid_day) {
        (Some(ReasonCode::DocPriorityProofLapsed), Some(d)) => Some(p.i18n.t_args(
            "ui-handoff-note-lapsed-new-only",
            &[("date", p.i18n.date(d))],
        )),
        _ => super::lapse_note(p, e, i.document),
    }
}

/// On egov.kz, the line of the scans to attach ([`bring_list`]).
fn portal_attach(p: &StepProps, e: &kezek_rules::Evaluation) -> String {
    p.i18n.t_args(
        "ui-done-portal-attach",
        &[("docs", bring_list(p, e, true).join("; "))],
    )
}

/// The words a "Change" link of the summary says after "Change" to a
/// screen reader: what the row is.
fn change_what(what: &str) -> String {
    format!(": {}", super::after_colon(what))
}

/// On egov.kz at admission, the documents cl. 34 sub. 1 has the contract ask
/// that Annex 4's portal list does not (the rules' items of condition
/// `contract`: the child's health passport), to take to the kindergarten for
/// the contract — nothing of them is attached. In person they are in the
/// list of what to bring ([`bring_list`]). `None` otherwise.
fn contract_line(p: &StepProps, e: &kezek_rules::Evaluation) -> Option<String> {
    let docs: Vec<String> = e
        .checklist
        .items
        .iter()
        .filter(|i| i.applies && i.condition == Condition::Contract)
        .map(|i| super::name_after_colon(p, e, i.document))
        .collect();
    (e.channel == Channel::EgovPortal && !docs.is_empty()).then(|| {
        p.i18n.t_args(
            "ui-done-contract-bring",
            &[("docs", docs.join("; ")), ("count", docs.len().to_string())],
        )
    })
}

/// What Annex 1's box `n` says, in the form's words (not the ground's name
/// Kezek uses elsewhere: box 7's «көп балалы отбасыдан шыққан бала», box
/// 9's «мүгедек баласы бар отбасынан шыққан бала»). Boxes 1, 2 and 4 end,
/// as on the form, «(құжаттың көшірмесі)»: a copy of the document goes with
/// the form.
fn annex1_box_label(p: &StepProps, n: u8) -> String {
    let label = p.t(&format!("ui-annex1-box-{n}"));
    if kezek_rules::category::annex1_box_asks_a_copy(n) {
        format!("{label} {}", p.t("ui-annex1-box-copy"))
    } else {
        label
    }
}

/// Kezek's note on a ground the Annex 1 form has no box for (the
/// law-enforcement ground of cl. 20 sub. 1, added by order 464), which the
/// application declares in words (`declared_grounds`): said beside the
/// answers and below the printed forms, never inside a form or a copied
/// value — the parent writes it in by hand on paper.
fn declared_ground(p: &StepProps, g: Ground) -> String {
    p.i18n
        .t_args("ui-declared-ground", &[("ground", p.t(&g.key()))])
}

/// Every queue the child may stand in, named, as the form lists them (the
/// answers copied to egov and the printed Annex 1).
fn queue_labels(p: &StepProps, e: &kezek_rules::Evaluation) -> String {
    e.queues
        .options
        .iter()
        .map(|o| super::queue_label(p, &o.kind))
        .collect::<Vec<_>>()
        .join("; ")
}

/// [`queue_labels`] in a list after a colon inside a sentence (the print's
/// note on the queues, cl. 17).
fn queue_labels_after_colon(p: &StepProps, e: &kezek_rules::Evaluation) -> String {
    e.queues
        .options
        .iter()
        .map(|o| super::after_colon(&super::queue_label(p, &o.kind)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The answers the form asks for, in its order (Annex 1 for queue
/// registration; Annex 5 for admission: the preschool, the name and the
/// consent — no IIN, child or date, which stay in the review). A "Copy"
/// button stands beside what the parent types into the form's box, and
/// copies the value alone, in the form's words; what is ticked (the
/// category's boxes, the consent) or has no line on the form (the queues)
/// is shown without one.
fn answers(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<Answer> {
    let d = &p.draft;
    let app = &e.application.application;
    let annex1 = !super::annex5_only(e);
    let mut out = Vec::new();
    let mut push = |id: &'static str, key: &str, value: String| {
        if !value.trim().is_empty() {
            out.push(Answer {
                id,
                label: p.t(key),
                value,
                copyable: true,
            });
        }
    };
    if !annex1 {
        // Annex 5 «___ (мектепке дейінгі ұйым)»: the referral's preschool.
        push(
            "preschool",
            "ui-preschool",
            app.addressee.name.clone().unwrap_or_default(),
        );
    }
    push(
        "applicant-name",
        "ui-answer-applicant-name",
        d.full_name.trim().to_owned(),
    );
    if annex1 {
        push(
            "applicant-iin",
            "ui-answer-applicant-iin",
            crate::draft::clean_iin(&d.applicant_iin),
        );
        push(
            "child-iin",
            "ui-answer-child-iin",
            crate::draft::clean_iin(&d.child_iin),
        );
        // Annex 1 asks the year («___ жылы туған»), not the date.
        push(
            "child-birth-year",
            "ui-answer-child-birth-year",
            app.child
                .as_ref()
                .map(|c| c.birth_year.to_string())
                .unwrap_or_default(),
        );
        push(
            "settlement",
            "ui-answer-settlement",
            app.settlement.clone().unwrap_or_default(),
        );
    }
    if let (true, Some(boxes)) = (annex1, app.categories) {
        // The boxes ticked, numbered and in the form's words; a ground the
        // form has no box for is Kezek's note beside the answers
        // ([`declared_ground`]), not part of the value.
        let ticked: Vec<String> = boxes
            .ticked()
            .iter()
            .map(|n| format!("{n}) {}", annex1_box_label(p, *n)))
            .collect();
        push("category", "ui-answer-category", ticked.join("; "));
    }
    // cl. 17: a SEN child may stand in several queues at once. Annex 1 has
    // no line for them: shown for reference, not copied (the print lists
    // them in Kezek's notes, [`print_notes`]).
    if annex1 && e.queues.options.len() > 1 {
        push("queues", "ui-answer-queues", queue_labels(p, e));
    }
    if let Some(n) = &app.notify {
        push("sms", "ui-answer-sms", n.sms.join(", "));
        push(
            "email",
            "ui-answer-email",
            n.email.clone().unwrap_or_default(),
        );
    }
    push(
        "consent",
        "ui-answer-consent",
        p.t("ui-answer-consent-given"),
    );
    // Ticked on the form (the consent, the category's boxes) or with no
    // line there (the queues): nothing to paste.
    for a in out
        .iter_mut()
        .filter(|a| ["consent", "category", "queues"].contains(&a.id))
    {
        a.copyable = false;
    }
    out
}

/// A row of step 8's review ("Check your answers"), `kz-summary-<id>`.
#[derive(Debug, Clone, PartialEq)]
struct ReviewRow {
    /// A stable id.
    id: &'static str,
    /// What the row is (translated).
    label: String,
    /// The answer, as the parent gave it or as Kezek reads it.
    value: String,
    /// The step that asks it: the row's "Change" link leads there.
    step: Step,
}

/// Step 8's review rows, in the steps' order: every answer that changes the
/// application, the channel or the refusal check — the service and the
/// channel (step 1); the child's IIN, birth date and settlement, SEN with
/// the PMPC conclusion and its disorders, the medical contraindication
/// (cl. 34 sub. 2), at queue registration the times already queued (cl. 15),
/// the earlier priority referral (cl. 16) and at queue registration the
/// queues the rules give (step 2); who applies (cl. 22's legal
/// representative), the applicant and, at queue registration, Annex 1's ways
/// of being told (step 3); the category (step 4); the kindergarten, the
/// contract's day, the emergency measures (Annex 4 p. 8), the referral's
/// facts given (cl. 3 p. 7, cl. 22, cl. 30) and the documents (step 6).
fn review_rows(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<ReviewRow> {
    let d = &p.draft;
    let app = &e.application.application;
    let annex1 = !super::annex5_only(e);
    let row = |id, key: &str, value: String, step| ReviewRow {
        id,
        label: p.t(key),
        value,
        step,
    };
    let yes_no = |yes: bool| p.t(if yes { "ui-answer-yes" } else { "ui-answer-no" });
    // In person: the education department for the queue (Annex 2 p. 1), the
    // preschool for admission (Annex 4 p. 1), as step 1 names them (its one
    // definition of the key).
    let channel = super::service::channel_label_key(e.channel, Some(e.service));
    let child: Vec<String> = [
        crate::draft::clean_iin(&d.child_iin),
        d.birth_date().map(|b| p.i18n.date(b)).unwrap_or_default(),
        app.settlement
            .clone()
            .unwrap_or_else(|| d.settlement.trim().to_owned()),
    ]
    .into_iter()
    .filter(|v| !v.is_empty())
    .collect();
    let sen = match (d.sen, d.pmpc) {
        (false, _) => p.t("ui-answer-no"),
        (true, false) => p.t("ui-summary-sen-no-pmpc"),
        (true, true) => {
            // The disorders where step 2 asks them (not at admission).
            let disorders: Vec<String> = d
                .disorders
                .iter()
                .filter(|_| {
                    e.service
                        .asks(kezek_rules::service::ChildQuestion::Disorders)
                })
                .map(|x| super::after_colon(&p.t(&x.key())))
                .collect();
            match disorders.is_empty() {
                true => p.t("ui-summary-sen-pmpc"),
                false => p.i18n.t_args(
                    "ui-summary-sen-pmpc-disorders",
                    &[("disorders", disorders.join(", "))],
                ),
            }
        }
    };
    let mut rows = vec![
        row(
            "service",
            "ui-summary-service",
            p.t(&format!("ui-service-{}", e.service.code())),
            Step::Service,
        ),
        row(
            "channel",
            "ui-summary-channel",
            p.t(&channel),
            Step::Service,
        ),
        row("child", "ui-summary-child", child.join(", "), Step::Child),
        row("sen", "ui-summary-sen", sen, Step::Child),
        row(
            "contraindication",
            "ui-summary-contraindication",
            yes_no(d.contraindication),
            Step::Child,
        ),
    ];
    if e.service
        .asks(kezek_rules::service::ChildQuestion::TimesQueuedInSettlement)
    {
        rows.push(row(
            "times-queued",
            "ui-summary-times-queued",
            d.times_queued.to_string(),
            Step::Child,
        ));
    }
    // cl. 16: the day is asked at queue registration only.
    let previous_on = crate::draft::parse_date(&d.previous_priority_changed_on)
        .filter(|_| d.previous_priority && e.service != kezek_rules::Service::Admission);
    rows.push(row(
        "previous-priority",
        "ui-summary-previous-priority",
        match previous_on {
            Some(day) => p.i18n.t_args(
                "ui-summary-previous-priority-on",
                &[("date", p.i18n.date(day))],
            ),
            None => yes_no(d.previous_priority),
        },
        Step::Child,
    ));
    if annex1 && !e.queues.options.is_empty() {
        rows.push(row(
            "queues",
            "ui-summary-queues",
            queue_labels(p, e),
            Step::Child,
        ));
    }
    let role = d
        .role
        .and_then(|r| super::applicant::ROLES.iter().find(|(x, _)| *x == r))
        .map(|(_, code)| p.t(&format!("ui-role-{}", code.replace('_', "-"))))
        .unwrap_or_else(|| p.t("ui-summary-not-given"));
    rows.push(row("role", "ui-summary-role", role, Step::Applicant));
    rows.push(row(
        "applicant",
        "ui-summary-applicant",
        format!("{} {}", d.full_name, d.applicant_iin),
        Step::Applicant,
    ));
    if let (true, Some(n)) = (annex1, &app.notify) {
        let told: Vec<String> = n.sms.iter().cloned().chain(n.email.clone()).collect();
        rows.push(row(
            "notify",
            "ui-summary-notify",
            match told.is_empty() {
                true => p.t("ui-summary-not-given"),
                false => told.join(", "),
            },
            Step::Applicant,
        ));
    }
    rows.push(row(
        "category",
        "ui-summary-category",
        super::result::category_card_heading(p, e),
        Step::Family,
    ));
    if let Some(name) = &app.addressee.name {
        rows.push(row(
            "preschool",
            "ui-preschool",
            name.clone(),
            Step::Documents,
        ));
    }
    let contract_day = (e.service == kezek_rules::Service::Admission)
        .then(|| crate::draft::parse_date(&d.contract_date))
        .flatten();
    if let Some(day) = contract_day {
        rows.push(row(
            "contract",
            "ui-contract-date",
            p.i18n.date(day),
            Step::Documents,
        ));
    }
    if e.service == kezek_rules::Service::Admission {
        rows.push(row(
            "emergency",
            "ui-summary-emergency",
            yes_no(d.emergency_measures),
            Step::Documents,
        ));
        // The referral's facts, where given: its last day turns on them.
        for (id, key, typed) in [
            ("place-vacated", "ui-place-vacated", &d.place_vacated_on),
            (
                "documents-confirmed",
                "ui-documents-confirmed",
                &d.documents_confirmed_on,
            ),
        ] {
            if let Some(day) = crate::draft::parse_date(typed) {
                rows.push(row(id, key, p.i18n.date(day), Step::Documents));
            }
        }
        if let Ok(n) = d.referral_extension_days.trim().parse::<u32>() {
            rows.push(row(
                "referral-extension",
                "ui-summary-referral-extension",
                p.i18n
                    .t_args("ui-term-calendar-days", &[("n", n.to_string())]),
                Step::Documents,
            ));
        }
    }
    rows.push(row(
        "documents",
        "ui-summary-documents",
        p.t(super::documents_summary_key(p, e)),
        Step::Documents,
    ));
    rows
}

/// A piece of a printed form.
#[derive(Debug, Clone, PartialEq)]
enum Printed {
    /// The annex mark: which annex of the Rules the form is.
    Mark(String),
    /// The form's title.
    Title(String),
    /// A line of the form, its blanks filled in or left as lines.
    Line(String),
    /// Annex 1's boxes, each ticked or not, in the form's words.
    Boxes(Vec<(bool, String)>),
    /// Under the annex mark of a ru or en print: the form is Kezek's
    /// translation of the Kazakh text (no line of the form's).
    Translation(String),
}

/// The annex mark `key`, and under it in a ru or en print that the form is
/// Kezek's translation of its official Kazakh text (seed 004 holds the
/// Kazakh only).
fn annex_mark(p: &StepProps, key: &str) -> Vec<Printed> {
    let translated = p.i18n.lang != crate::i18n::Lang::Kk;
    std::iter::once(Printed::Mark(p.t(key)))
        .chain(translated.then(|| Printed::Translation(p.t("ui-print-translation"))))
        .collect()
}

/// The printed Annex 1 (queue registration), piece by piece: the form's
/// own words and boxes only, in its order — the annex mark; to the service
/// provider; the applicant's address (never asked: a line), name and IIN,
/// each with the form's caption under its line; the form's fourth line,
/// which has no caption (the order does not say what it is for: a blank,
/// said so in Kezek's notes); «өтініш»; the child's
/// sentence; the ten boxes; the two ways of being told; the note; the
/// consent; «Қолы ___ Күні ___». A value not given is a line to write in.
/// What the form has no line or box for is Kezek's note ([`print_notes`]).
fn printed_annex1(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<Printed> {
    let d = &p.draft;
    let app = &e.application.application;
    let boxes = app.categories.map(|b| b.ticked()).unwrap_or_default();
    let sms = app.notify.as_ref().map(|n| n.sms.join(", "));
    let year = app.child.as_ref().map(|c| c.birth_year.to_string());
    let mut pieces = annex_mark(p, "ui-annex1-title");
    pieces.extend([
        Printed::Line(p.t("ui-annex1-to")),
        Printed::Line(p.t("ui-annex1-address")),
        Printed::Line(p.i18n.t_args(
            "ui-annex1-name",
            &[("name", or_blank(d.full_name.trim().to_owned()))],
        )),
        Printed::Line(p.i18n.t_args(
            "ui-annex1-iin",
            &[("iin", or_blank(crate::draft::clean_iin(&d.applicant_iin)))],
        )),
        Printed::Line(p.t("ui-annex1-blank")),
        Printed::Title(p.t("ui-annex1-heading")),
        // The child's IIN, and the child's name as a line to fill in
        // («баланың Т.А.Ә. … қағаз түрінде толтырған жағдайда»), stand in
        // the form's sentence.
        Printed::Line(p.i18n.t_args(
            "ui-annex1-body",
            &[
                (
                    "settlement",
                    or_blank(app.settlement.clone().unwrap_or_default()),
                ),
                ("iin", or_blank(crate::draft::clean_iin(&d.child_iin))),
                ("year", or_blank(year.unwrap_or_default())),
            ],
        )),
        Printed::Line(p.t("ui-annex1-boxes")),
        Printed::Boxes(
            (1u8..=10)
                .map(|n| (boxes.contains(&n), annex1_box_label(p, n)))
                .collect(),
        ),
        // The form's two ways of being told, each a line (a blank one to
        // fill in if not given), its note, and its own consent — signed,
        // with no box of its own.
        Printed::Line(p.t("ui-annex1-notify-intro")),
        Printed::Line(p.i18n.t_args(
            "ui-annex1-notify",
            &[("sms", or_blank(sms.unwrap_or_default()))],
        )),
        Printed::Line(p.i18n.t_args(
            "ui-annex1-email",
            &[("email", or_blank(d.email.trim().to_owned()))],
        )),
        Printed::Line(p.t("ui-annex1-note")),
        Printed::Line(p.t("ui-annex1-consent")),
        // Annex 1 ends «Қолы ___ Күні ___»: a blank date, written in on the
        // day the parent signs (walkthrough 28, m9; review28b).
        Printed::Line(p.t("ui-annex1-date")),
    ]);
    pieces
}

/// The printed Annex 5 (the consent; admission's application), piece by
/// piece: the annex mark; the form's label «Нысан» under it (Adilet's
/// amendment note between them is the publisher's, not the form's);
/// «___ (мектепке дейінгі ұйым)», the kindergarten
/// the parent named (the application's addressee) or a line; the name under
/// it; «Мен, ___ …» and the consents; «(қолы) (тегі, аты, …)». No IIN and no
/// date: Annex 5 has neither.
fn printed_annex5(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<Printed> {
    let name = or_blank(p.draft.full_name.trim().to_owned());
    let preschool = e.application.application.addressee.name.clone();
    let mut pieces = annex_mark(p, "ui-annex5-title");
    pieces.extend([
        Printed::Mark(p.t("ui-annex5-form")),
        Printed::Line(p.i18n.t_args(
            "ui-annex5-to",
            &[("preschool", or_blank(preschool.unwrap_or_default()))],
        )),
        Printed::Line(p.i18n.t_args("ui-annex5-from", &[("name", name.clone())])),
        Printed::Line(p.i18n.t_args("ui-annex5-body", &[("name", name.clone())])),
        Printed::Line(p.t("ui-annex5-other")),
        Printed::Line(p.t("ui-annex5-term")),
        Printed::Line(p.i18n.t_args("ui-annex5-sign", &[("name", name)])),
    ]);
    pieces
}

/// Kezek's notes printed below the forms, apart from them under a heading
/// that says so (each with its id): Annex 1's line with no caption above
/// «өтініш», left blank; what Annex 1 has no line or box for — the queues
/// the child may stand in at once (cl. 17) and a ground declared in words
/// (cl. 20 sub. 1). None at admission.
fn print_notes(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<(&'static str, String)> {
    if super::annex5_only(e) {
        return Vec::new();
    }
    let queues = (e.queues.options.len() > 1).then(|| {
        (
            "queues",
            p.i18n.t_args(
                "ui-print-note-queues",
                &[("queues", queue_labels_after_colon(p, e))],
            ),
        )
    });
    std::iter::once(("blank-line", p.t("ui-print-note-blank-line")))
        .chain(queues)
        .chain(
            e.application
                .application
                .declared_grounds
                .iter()
                .map(|g| ("declared-ground", declared_ground(p, *g))),
        )
        .collect()
}

/// What the parent writes in by hand on the printed forms before signing
/// ([`print_fill_keys`]), and a ground the form has no box for, in words
/// below the boxes (Kezek's reading, [`declared_ground`]).
fn print_fill_items(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<String> {
    let d = &p.draft;
    let annex1 = !super::annex5_only(e);
    let app = &e.application.application;
    print_fill_keys(&PrintBlanks {
        annex1,
        name: d.full_name.trim().is_empty(),
        applicant_iin: crate::draft::clean_iin(&d.applicant_iin).is_empty(),
        child_iin: crate::draft::clean_iin(&d.child_iin).is_empty(),
        addressee: app.addressee.name.is_none(),
    })
    .into_iter()
    .map(|k| p.t(k))
    .chain(app.declared_grounds.iter().filter(|_| annex1).map(|g| {
        p.i18n.t_args(
            "ui-print-fill-declared-ground",
            &[("ground", p.t(&g.key()))],
        )
    }))
    .collect()
}

/// A printed form's pieces as HTML.
fn printed_html(pieces: Vec<Printed>) -> Html {
    html! {
        { for pieces.into_iter().map(|piece| match piece {
            Printed::Mark(t) => html! { <p class="kz-annex-mark"><small>{ t }</small></p> },
            Printed::Translation(t) => html! { <p class="kz-annex-translation"><small>{ t }</small></p> },
            Printed::Title(t) => html! { <h3>{ t }</h3> },
            Printed::Line(t) => html! { <p>{ t }</p> },
            Printed::Boxes(b) => html! {
                <ol>{ for b.into_iter().map(|(ticked, label)| html! {
                    <li>{ if ticked { "☒ " } else { "☐ " } }{ label }</li>
                }) }</ol>
            },
        }) }
    }
}

/// Step 8.
#[function_component(HandoffStep)]
pub fn handoff_step(p: &StepProps) -> Html {
    let status = use_state(|| None::<String>);
    let Ok(e) = p.outcome.as_ref() else {
        return needs_earlier(p);
    };
    if let Some(problem) = super::earlier_problem(p, crate::route::Step::Handoff) {
        return super::needs_answer(p, problem);
    }
    let d = &p.draft;
    let app = &e.application;
    let canonical = app.canonical.clone();
    let sha = app.sha256.clone();
    let change = |step: Step, what: &str| {
        html! {
            <a class="kz-change" href={step.hash()} onclick={Callback::from(|_: MouseEvent| set_returning(true))}>{ p.t("ui-change") }<span class="kz-visually-hidden">{ change_what(what) }</span></a>
        }
    };
    let on_status = {
        let s = status.clone();
        Callback::from(move |told: String| s.set(Some(told)))
    };
    let on_handoff = {
        let (a, h, s, t) = (
            app.application.clone(),
            sha.clone(),
            status.clone(),
            p.t("ui-handed-off"),
        );
        Callback::from(move |_| {
            emit(
                "application-prepared",
                &serde_json::json!({ "payload": a, "sha256": h }),
            );
            s.set(Some(t.clone()));
        })
    };
    let on_print = Callback::from(|_| print());
    let answers = answers(p, e);
    // The priority's proofs not in hand: those whose lack makes the set
    // incomplete or out of date (a list's item missing or expired: the
    // "missing or out of date" warning below foretells the refusal), and
    // those that leave only the right unconfirmed — an "if any" certificate
    // not held, the law-enforcement certificate asked by analogy held out of
    // date (listed there too, with its last day): no ground for refusal.
    let (proof_blocked, mut unconfirmed): (Vec<_>, Vec<_>) =
        e.unproven_priority_documents().into_iter().partition(|k| {
            e.checklist
                .items
                .iter()
                .any(|i| i.document == *k && i.applies && i.status.blocks())
        });
    // Another ground of the category proven: the place stands either way.
    if e.proven_category() >= e.category.category {
        unconfirmed.clear();
    }
    let refusals = handoff_refusals(e);
    // Step 7's number names an application already in the queue.
    let existing = existing_hand_off(e, d.existing.as_ref());
    let filing = filing(&refusals, existing, d.existing.as_ref(), app.ready);
    let warned = warnings(&refusals, filing, existing);
    let other_refusals = &warned.refusals;
    // What to bring in person, or on egov.kz what to attach.
    let bring = bring_list(p, e, false);
    // Valid today, lapsing before cl. 22's originals are due: said before
    // the parent applies, with the last day (walkthrough 28, M1).
    let lapsing = super::lapsing_documents(e);
    // Held, its issue date not given: the rules' list (`awaits_issue_date`).
    let awaiting_dates = &e.checklist.awaiting_issue_date;
    let refusal_foretold = !refusals.foretold.is_empty();
    let mendable = refusals.foretold.iter().all(|r| r.remedy.fixable());
    // cl. 22: a legal representative other than a parent brings the act that
    // made them one (the rules' reading and its text, as on the identity item).
    let representative = e.checklist.items.iter().any(|i| {
        i.reasons
            .contains(&ReasonCode::DocLegalRepresentativeRightsCl22)
    });
    let annex5 = super::annex5_only(e);
    let print_label = p.t(if annex5 {
        "ui-print-annex5"
    } else {
        "ui-print-annex1"
    });
    // The blanks the parent writes in by hand before signing (walkthrough
    // 28, m9), said on the screen beside the print button.
    let print_fill = {
        let items = print_fill_items(p, e);
        (!items.is_empty()).then(|| {
            html! { <p class="kz-hint" id="kz-print-fill">{ p.i18n.t_args("ui-print-fill", &[("items", items.join("; "))]) }</p> }
        })
    };
    let notes = print_notes(p, e);
    let hours = schedule::hours(e.service, e.channel)
        .map(|(days, windows, _)| opening_hours(&p.i18n, days, &windows, OpensAs::AfterColon));
    let open_text = match e.service {
        kezek_rules::Service::QueueRegistration => p.t("ui-done-portal-open"),
        // Found on egov by its official name (the register's), not Kezek's label.
        kezek_rules::Service::Admission => p.i18n.t_args(
            "ui-done-portal-open-find",
            &[("service", p.t(&format!("ui-official-{}", e.service.code())))],
        ),
    };
    let referral_until = referral_lines(p, e);
    let originals_due = originals_due_text(p, e);
    // cl. 22: where the originals go, with its proviso (Kezek's reading).
    let originals_where = originals_due
        .is_some()
        .then(|| super::originals_where(p, &e.schedule.reasons))
        .flatten();
    // Admission: the preschool the parent named at step 6 (its referral's),
    // as the application names its addressee (none for queue registration).
    let preschool = app.application.addressee.name.as_ref();
    let next_steps = match e.channel {
        Channel::EgovPortal => html! {
            <>
                <p>{ p.t("ui-done-portal-lead") }</p>
                <ol class="kz-next-steps">
                    <li><a id="kz-egov-link" href={egov_service_url(e.service, p.i18n.lang.code())} target="_blank" rel="noopener noreferrer">{ open_text }</a></li>
                    <li>{ p.t("ui-done-portal-sign-in") }</li>
                    <li>{ p.t("ui-done-portal-enter") }</li>
                    if !bring.is_empty() {
                        <li id="kz-done-attach">{ portal_attach(p, e) }</li>
                    }
                    <li>{ p.t("ui-done-portal-send") }
                        if let Some(n) = portal_accepted_note(p, e) {
                            <p class="kz-hint" id="kz-done-portal-accepted">{ n }</p>
                        }
                    </li>
                    if let Some(r) = referral_until.clone() {
                        <li id="kz-done-referral-until">{ r.until }
                            if let Some(reading) = r.reading {
                                <p class="kz-hint" id="kz-done-referral-reading">{ reading }</p>
                            }
                            if let Some(see) = r.see_documents {
                                <p class="kz-hint" id="kz-done-referral-see-documents"><a href={Step::Documents.hash()}>{ see }</a></p>
                            }
                        </li>
                    }
                    if let Some(o) = originals_due.clone() {
                        <li id="kz-done-originals">{ o.line }
                            { super::originals_reading_note(o.reading) }
                            if let Some(w) = &originals_where {
                                <p class="kz-hint" id="kz-done-originals-where">{ w.clone() }</p>
                            }
                        </li>
                    }
                    if representative {
                        <li id="kz-done-representative">{ p.t(&ReasonCode::DocLegalRepresentativeRightsCl22.key()) }</li>
                    }
                    if let Some(c) = contract_line(p, e) {
                        <li id="kz-done-contract">{ c }</li>
                    }
                </ol>
            </>
        },
        Channel::StateCorporation | Channel::ProviderOffice => {
            let place = match (e.channel, e.service) {
                (Channel::StateCorporation, _) => "ui-done-place-state-corporation",
                (_, kezek_rules::Service::Admission) => "ui-done-place-preschool",
                _ => "ui-done-place-education-department",
            };
            html! {
                <>
                    <p>{ p.i18n.t_args("ui-done-office-lead", &[("place", p.t(place))]) }</p>
                    if let Some(name) = preschool {
                        <p id="kz-done-preschool">{ p.i18n.t_args("ui-done-preschool-named", &[("preschool", name.clone())]) }</p>
                    }
                    if let Some(r) = referral_until.clone() {
                        <p id="kz-done-referral-until">{ r.until }</p>
                        if let Some(reading) = r.reading {
                            <p class="kz-hint" id="kz-done-referral-reading">{ reading }</p>
                        }
                        if let Some(see) = r.see_documents {
                            <p class="kz-hint" id="kz-done-referral-see-documents"><a href={Step::Documents.hash()}>{ see }</a></p>
                        }
                    }
                    if let Some(h) = &hours {
                        <p id="kz-done-hours">{ p.i18n.t_args("ui-done-hours", &[("hours", h.clone())]) }</p>
                    }
                    // Annex 2 p. 7 sub. 2: the State Corporation on a day off moved
                    // from a holiday (or set by an act) — the rules' reading.
                    if let Some(r) = super::moved_day_off_reading(&e.schedule.reasons) {
                        <p class="kz-hint" id="kz-done-moved-day-off" data-reason={r.code()}>{ p.t(&r.key()) }</p>
                    }
                    <h4>{ p.t("ui-done-bring") }</h4>
                    <ul id="kz-done-bring">
                        <li>{ p.t("ui-done-bring-application") }</li>
                        { for bring.iter().map(|b| html! { <li>{ b.clone() }</li> }) }
                        if representative {
                            <li id="kz-done-representative">{ p.t(&ReasonCode::DocLegalRepresentativeRightsCl22.key()) }</li>
                        }
                    </ul>
                    // cl. 22 counts the five working days from the moment the
                    // application is sent (handed over at the State
                    // Corporation or the office; the referral received, for
                    // admission): their originals are due whatever the channel.
                    if let Some(o) = originals_due.clone() {
                        <p id="kz-done-originals">{ o.line }</p>
                        { super::originals_reading_note(o.reading) }
                        if let Some(w) = &originals_where {
                            <p class="kz-hint" id="kz-done-originals-where">{ w.clone() }</p>
                        }
                    }
                    { print_fill.clone().unwrap_or_default() }
                    <button type="button" class="kz-button" id="kz-print" onclick={on_print.clone()}>{ print_label.clone() }</button>
                </>
            }
        }
    };
    let channel_code = e.channel.code();
    html! {
        <>
            <section class="kz-card kz-summary" id="kz-summary">
                <h3>{ p.t("ui-summary") }</h3>
                <dl>
                    { for review_rows(p, e).into_iter().map(|r| html! {
                        <>
                            <dt>{ r.label.clone() }</dt>
                            <dd id={format!("kz-summary-{}", r.id)}>{ r.value }{ change(r.step, &r.label) }
                                // cl. 16: the box the form ticks brings no priority place.
                                if r.id == "category" && app.reasons.contains(&ReasonCode::PayloadGroundSetAsideCl16) {
                                    <p class="kz-hint" id="kz-summary-category-cl16">{ p.t(&ReasonCode::PayloadGroundSetAsideCl16.key()) }</p>
                                }
                            </dd>
                        </>
                    }) }
                </dl>
            </section>
            // Step 7's number: what to do with the application it names comes
            // first, above the warnings on filing a new one.
            if let (Some(h), Some(x)) = (existing, d.existing.as_ref()) {
                { existing_card(p, e, x, h) }
                // cl. 24 sub. 9: the waiting application leaves the queue for age.
                if warned.archived_by_age {
                    <div class="kz-notice kz-warning" role="status" id="kz-handoff-existing-age">
                        <p>{ p.i18n.t_args("ui-handoff-existing-age", &[("id", x.id.clone())]) }</p>
                    </div>
                }
            }
            // A ground for refusal other than the documents (warned of just
            // below) and the consent (given here): the age limit, data that
            // do not agree, a contraindication… said before the parent applies.
            if !other_refusals.is_empty() {
                <div class="kz-notice kz-warning" role="status" id="kz-handoff-refusal">
                    <p><strong>{ p.t("ui-handoff-refusal") }</strong></p>
                    <ul>{ for other_refusals.iter().map(|r| risk_item(p, e, r)) }</ul>
                    <p><a href={Step::Result.hash()}>{ p.t("ui-handoff-refusal-fix") }</a></p>
                </div>
            }
            // Kezek's reading on no document (cl. 18's age cut-off): may be
            // refused, said with the other reading and whom to ask; the
            // application is prepared all the same (the provider decides).
            if !warned.readings.is_empty() {
                <div class="kz-notice kz-warning" role="status" id="kz-handoff-reading">
                    <p><strong>{ p.t("ui-handoff-reading") }</strong></p>
                    <ul>{ for warned.readings.iter().map(|r| risk_item(p, e, r)) }</ul>
                    <p><a href={Step::Documents.hash()}>{ p.t("ui-handoff-reading-see") }</a></p>
                </div>
            }
            if filing.warns_of_documents() && !super::blocking_documents(p, e).is_empty() {
                <div class="kz-notice kz-warning" role="status" id="kz-handoff-warning">
                    <p><strong>{ p.t("ui-handoff-warning") }</strong></p>
                    <ul>{ for super::blocking_documents(p, e).iter().map(|k| html! {
                        <li data-doc={k.code()}>{ super::document_name(p, e, *k) }
                            // A proof held but lapsed, or valid today but
                            // out of date when the closed office reopens:
                            // said with its last day.
                            if let Some(note) = e.checklist.items.iter().find(|i| i.document == *k && super::out_of_date_when_used(i)).and_then(|_| super::lapse_note(p, e, *k)) {
                                { ": " }{ note }
                            }
                        </li>
                    }) }</ul>
                    // Only when a priority's own proof is among them: a missing
                    // phthisiatrician's conclusion puts no category at risk.
                    if !proof_blocked.is_empty() { <p>{ p.t("ui-handoff-warning-category") }</p> }
                    <p><a href={Step::Documents.hash()}>{ p.t("ui-handoff-warning-fix") }</a></p>
                </div>
            }
            // Held, its issue date not entered (the rules'
            // `awaits_issue_date`): not missing, no refusal foretold — the
            // date asked, so that Kezek can check its validity.
            if filing.warns_of_documents() && !awaiting_dates.is_empty() {
                <div class="kz-notice kz-warning" role="status" id="kz-handoff-dates">
                    <p><strong>{ p.t("ui-handoff-dates") }</strong></p>
                    <ul>{ for awaiting_dates.iter().map(|k| html! {
                        <li data-doc={k.code()}>{ super::document_name(p, e, *k) }{ ": " }{ p.t(date_note_key(p, *k)) }</li>
                    }) }</ul>
                    <p><a href={Step::Documents.hash()}>{ p.t("ui-handoff-warning-fix") }</a></p>
                </div>
            }
            if filing.warns_of_documents() && !lapsing.is_empty() {
                <div class="kz-notice kz-warning" role="status" id="kz-handoff-lapsing">
                    <p><strong>{ p.t("ui-handoff-lapsing") }</strong></p>
                    <ul>{ for lapsing.iter().map(|(k, day)| html! {
                        <li data-doc={k.code()}>{ super::document_name(p, e, *k) }{ ": " }{ super::lapsing_note(p, e, *k, *day) }</li>
                    }) }</ul>
                    <p><a href={Step::Documents.hash()}>{ p.t("ui-handoff-warning-fix") }</a></p>
                </div>
            }
            // An "if any" proof not held (Annex 2 p. 8 sub. 4): the set is
            // complete, so no refusal is foretold above, but the priority the
            // place counts on is not confirmed (cl. 22; second reading F9).
            if filing.warns_of_documents() && !unconfirmed.is_empty() {
                <div class="kz-notice kz-warning" role="status" id="kz-handoff-unproven">
                    <p><strong>{ p.i18n.t_args("ui-handoff-unproven", &[("fallback", super::fallback_group(e).into())]) }</strong></p>
                    <ul>{ for unconfirmed.iter().map(|k| html! { <li data-doc={k.code()}>{ unproven_line(p, e, *k) }</li> }) }</ul>
                    <p><a href={Step::Documents.hash()}>{ p.t("ui-handoff-warning-fix") }</a></p>
                </div>
            }
            // Already in the queue (step 7's number), or out of the queue
            // on either reading: no consent ([`Filing`]).
            if filing.asks_consent() {
            <CheckField id="consent" label={p.t(if annex5 { "ui-consent-annex5" } else { "ui-consent" })} checked={d.consent}
                hint={Some(html! { { p.t("ui-consent-hint") } })} onchange={p.send(Action::SetConsent)} />
            }
            if filing == Filing::Replaced {
                // The card above says what is next.
            } else if filing == Filing::OutOfQueue {
                // Nothing to file: the outcome, and why no steps (no
                // consent, no answers to copy, no print or record of an
                // application that would stand in no queue).
                <section class="kz-card kz-confirmation kz-confirmation--refusal" id="kz-confirmation"
                    data-channel={channel_code} data-refusal="true" data-out-of-queue="true">
                    <h3 id="kz-confirmation-title">{ p.t(confirmation_title_key(&refusals)) }</h3>
                    <p class="kz-lead" id="kz-done-after-fix" data-remedy={if mendable { "fixable" } else { "fact" }}>
                        { p.t(if mendable { "ui-done-after-fix-mendable" } else { "ui-done-after-fix" }) }
                    </p>
                    <p id="kz-done-out-of-queue">{ p.t("ui-done-out-of-queue-no-steps") }</p>
                </section>
            } else if filing == Filing::NotReady {
                <div class="kz-notice" id="kz-not-ready" role="status">
                    <p>{ p.t("ui-not-ready") }</p>
                    <ul>{ for app.missing_fields.iter().map(|f| html! { <li>{ p.t(&format!("ui-field-{}", f.replace(['.', '_'], "-"))) }</li> }) }</ul>
                    // In person, the hours and — closed now — when the place
                    // reopens (Annex 2 p. 7, Annex 4 p. 7): without an
                    // application the confirmation below, which says them,
                    // is not shown.
                    if e.channel != Channel::EgovPortal {
                        if let Some(h) = &hours {
                            <p id="kz-not-ready-hours">{ p.i18n.t_args("ui-done-hours", &[("hours", h.clone())]) }</p>
                        }
                    }
                    if let Some(c) = super::closed_now_note(p, e) {
                        <p id="kz-not-ready-closed">{ c }</p>
                    }
                </div>
            } else {
                <section class={classes!("kz-card", "kz-confirmation", refusal_foretold.then_some("kz-confirmation--refusal"))} id="kz-confirmation"
                    data-channel={channel_code} data-refusal={refusal_foretold.to_string()}>
                    <h3 id="kz-confirmation-title">{ p.t(confirmation_title_key(&refusals)) }</h3>
                    if refusal_foretold {
                        <p class="kz-lead" id="kz-done-after-fix" data-remedy={if mendable { "fixable" } else { "fact" }}>
                            { p.t(if mendable { "ui-done-after-fix-mendable" } else { "ui-done-after-fix" }) }
                        </p>
                    }
                    <p class="kz-lead" id="kz-nothing-sent"><strong>{ p.t("ui-done-nothing-sent") }</strong></p>
                    { next_steps }
                    <h4>{ p.t(if e.channel == Channel::EgovPortal { "ui-done-answers-portal" } else { "ui-done-answers" }) }</h4>
                    <CopyableAnswers i18n={p.i18n.clone()} id="kz-answers" answers={answers} on_copied={on_status.clone()} />
                    { for app.application.declared_grounds.iter().map(|g| html! {
                        <p class="kz-hint kz-declared-ground" data-ground={g.code()}>{ declared_ground(p, *g) }</p>
                    }) }
                    // Annex 1 is for this one child: twins and other children
                    // each need their own application (the rules' line).
                    if let Some(i) = one_child_line(e) {
                        <div class="kz-hint" id="kz-done-one-child" data-reason={i.reason.code()}>
                            <p>{ p.t(&i.reason.key()) }</p>
                            <crate::components::why::Why i18n={p.i18n.clone()} citations={i.citations.clone()} />
                        </div>
                    }
                    // Annex 2 p. 8 / Annex 4 p. 8 (portal): the application is an
                    // electronic document signed online — the printout is the
                    // parent's copy, with no blanks to write in before signing.
                    if e.channel == Channel::EgovPortal {
                        <p class="kz-hint" id="kz-print-portal-copy">{ p.t("ui-print-portal-copy") }</p>
                        <p><button type="button" class="kz-button kz-secondary" id="kz-print" onclick={on_print.clone()}>{ print_label.clone() }</button></p>
                    }
                    if p.embedded {
                        <div class="kz-card" id="kz-host-handoff">
                            <p>{ p.t("ui-handoff-hint") }</p>
                            <button type="button" class="kz-button" id="kz-handoff" onclick={on_handoff}>{ p.t("ui-handoff") }</button>
                        </div>
                    }
                    <p class="kz-status" role="status" id="kz-handoff-status">{ (*status).clone().unwrap_or_default() }</p>
                    <ForSpecialists i18n={p.i18n.clone()} prefix="kz" record={canonical.clone()} file_name="kezek-application.json"
                        file_text={canonical.clone()} sha256={sha.clone()} on_done={on_status} />
                </section>
            }
            // The forms the application is made of (Annex 2 p. 8 item 1:
            // Annexes 1 and 5 for queue registration; Annex 4 p. 8: Annex 5
            // for admission), each as the form is: its own words and boxes,
            // the answers in its blanks — where there is one to file.
            if filing.prints_forms() {
                if !annex5 {
                    <section class="kz-annex1 kz-print-only" aria-hidden="true">{ printed_html(printed_annex1(p, e)) }</section>
                }
                <section class="kz-annex5 kz-print-only" aria-hidden="true">{ printed_html(printed_annex5(p, e)) }</section>
                // Kezek's notes and the digest are not the forms': printed below
                // them, apart, under a heading that says so (walkthrough 28, m9).
                <section class="kz-print-digest kz-print-only" id="kz-print-digest" aria-hidden="true">
                    <hr />
                    <h3>{ p.t("ui-print-notes") }</h3>
                    if !notes.is_empty() {
                        <ul id="kz-print-notes">{ for notes.iter().map(|(id, n)| html! { <li id={format!("kz-print-note-{id}")}>{ n.clone() }</li> }) }</ul>
                    }
                    <p class="kz-digest">{ p.i18n.t_args("ui-print-digest", &[("sha", sha.clone())]) }</p>
                </section>
            }
        </>
    }
}

/// What step 8 does for the application step 7's number names
/// ([`crate::draft::Existing`]), for queue registration: the one place each
/// status is decided ([`existing_hand_off`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExistingHandOff {
    /// A referral was issued for it: admission is next — a card in place of
    /// the consent and of how to file a queue application.
    Referral,
    /// It waits in the queue: no second application — a card in its place.
    Waiting,
    /// On the stop list, marked not interested or archived: the hand-off to
    /// file a new application stays, after a note that the order does not
    /// say whether one is accepted while that one stays there. The status's
    /// name for `ui-handoff-existing-ask`.
    Ask(&'static str),
}

impl ExistingHandOff {
    /// A card in place of the consent and of how to file (not a note).
    fn replaces_filing(self) -> bool {
        matches!(self, ExistingHandOff::Referral | ExistingHandOff::Waiting)
    }
}

/// What step 8 shows below its warnings ([`filing`]): the one decision of
/// whether the consent is asked and the answers to copy are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filing {
    /// Step 7's number names an application already in the queue, in a
    /// real queue file: the card above says what is next; nothing to file.
    Replaced,
    /// Out of the queue on either reading ([`out_of_queue_only`]): the box
    /// says so and why it lists no steps; nothing to file, so neither the
    /// consent to the application nor its answers to copy.
    OutOfQueue,
    /// Not ready: the consent asked, what the application lacks.
    NotReady,
    /// Ready: the confirmation box, how to file and the answers.
    Ready,
}

impl Filing {
    /// The consent box is shown: there is an application to file.
    fn asks_consent(self) -> bool {
        matches!(self, Filing::NotReady | Filing::Ready)
    }

    /// The warnings on the application's documents (missing or out of
    /// date, lapsing, undated, a priority not confirmed) are shown: there
    /// is an application to file. Not out of the queue (nothing to file:
    /// the refusal's own warning says why), nor beside an application
    /// already in the queue (its card says what is next).
    fn warns_of_documents(self) -> bool {
        self.asks_consent()
    }

    /// Annexes 1 and 5 and Kezek's notes with the digest are in the page
    /// for the print: there is an application to file. Not where step 8
    /// offers no print (out of the queue, an application already in it).
    fn prints_forms(self) -> bool {
        self.asks_consent()
    }
}

/// [`Filing`] for the refusals `h`, step 7's number's hand-off `existing`
/// ([`existing_hand_off`]) of the application `x`, and whether the
/// application is `ready`. A status read from the sample city (`x.sample`,
/// the bundled demo, not real data) decides nothing: the filing stays, the
/// card beside it a hint ([`existing_card`]). An application already in the
/// queue comes first: out of the queue or not, it is what the card says.
fn filing(
    h: &HandoffRefusals,
    existing: Option<ExistingHandOff>,
    x: Option<&crate::draft::Existing>,
    ready: bool,
) -> Filing {
    let real = x.is_some_and(|x| !x.sample);
    if real && existing.is_some_and(ExistingHandOff::replaces_filing) {
        Filing::Replaced
    } else if out_of_queue_only(h) {
        Filing::OutOfQueue
    } else if ready {
        Filing::Ready
    } else {
        Filing::NotReady
    }
}

/// The warnings step 8 says above its filing ([`Filing`]) that hold for
/// it: the grounds for refusal (`#kz-handoff-refusal`), Kezek's readings
/// (`#kz-handoff-reading`), and for an application already waiting in the
/// queue, the note that cl. 24 sub. 9 takes it out ([`archived_by_age`]).
struct Warnings<'a> {
    refusals: Vec<&'a kezek_rules::refusal::RefusalRisk>,
    readings: Vec<&'a kezek_rules::refusal::RefusalRisk>,
    /// `#kz-handoff-existing-age`: the waiting application leaves the queue for age.
    archived_by_age: bool,
}

/// [`Warnings`] for the refusals `h`, the filing `f` and step 7's number's
/// hand-off `existing`. A new application (ready, not ready, or out of the
/// queue): every ground and reading. An application already in the queue
/// (`Filing::Replaced`): nothing is filed, so no ground for refusing a new
/// application (Annex 2 p. 9: cl. 18's age, cl. 16's month, the data, the
/// documents) and no reading of one; what holds for the application in the
/// queue is cl. 24 sub. 9 — the system takes out of the queue and archives
/// the application of a child who has turned 6 (the exceptions: not 6
/// before 1 September of the current year, a SEN child with a PMPC
/// conclusion) — for one waiting, where the rules' age decision puts the
/// child out of the queue on every reading (no exception applying). One
/// with a referral issued has left the waiting queue (cl. 20 sub. 5);
/// cl. 24 sub. 9 says nothing of a referral issued, and admission's own
/// grounds (cl. 34) are said by the admission journey the card leads to.
fn warnings<'a>(
    h: &HandoffRefusals<'a>,
    f: Filing,
    existing: Option<ExistingHandOff>,
) -> Warnings<'a> {
    if f == Filing::Replaced {
        return Warnings {
            refusals: Vec::new(),
            readings: Vec::new(),
            archived_by_age: existing == Some(ExistingHandOff::Waiting) && h.out_of_queue,
        };
    }
    Warnings {
        refusals: h.others.clone(),
        readings: h.readings.clone(),
        archived_by_age: false,
    }
}

/// [`ExistingHandOff`] for the application step 7's number names, by its
/// status: one with a referral (cl. 20 sub. 5) goes to admission
/// (00403002), not to a new queue application; one waiting needs no second
/// application for the same child — the order neither forbids nor provides
/// for one, it would stand by its own, later date and time (cl. 14), and the
/// one filed can be changed (cl. 23 sub. 1): Kezek's reading; one on the
/// stop list (cl. 20 sub. 6), not interested (sub. 7) or archived keeps the
/// hand-off with a note (the walk of 05.12.2026 read «Ваши ответы готовы»
/// with nothing said of the number). `None` — step 8 as without a number —
/// for a withdrawn application (its child is registered anew, cl. 14), for
/// no number, and for admission.
fn existing_hand_off(
    e: &kezek_rules::Evaluation,
    existing: Option<&crate::draft::Existing>,
) -> Option<ExistingHandOff> {
    use kezek_queue::snapshot::Status as Held;
    if e.service != kezek_rules::Service::QueueRegistration {
        return None;
    }
    match existing?.status {
        Held::ReferralIssued => Some(ExistingHandOff::Referral),
        Held::Waiting => Some(ExistingHandOff::Waiting),
        Held::StopList => Some(ExistingHandOff::Ask("stop_list")),
        Held::NotInterested => Some(ExistingHandOff::Ask("not_interested")),
        Held::Archived => Some(ExistingHandOff::Ask("archived")),
        Held::Withdrawn => None,
    }
}

/// What step 8 shows first for the application step 7's number names
/// ([`existing_hand_off`]): for one already in the queue, a card in place
/// of the consent and of how to file a queue application — what is next,
/// and how to file one all the same (clear step 7's number); for one held
/// back, the note. Read from the sample city (not real data), the card is a
/// hint above the filing, which stays ([`filing`]): what it would say were
/// the application real.
fn existing_card(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    x: &crate::draft::Existing,
    h: ExistingHandOff,
) -> Html {
    let (status, title, text) = match h {
        ExistingHandOff::Referral => (
            "referral_issued",
            "ui-handoff-existing-title-referral",
            "ui-handoff-existing-referral",
        ),
        ExistingHandOff::Waiting => (
            "waiting",
            "ui-handoff-existing-title-waiting",
            "ui-handoff-existing-waiting",
        ),
        // Held back: a note before the hand-off, which stays.
        ExistingHandOff::Ask(status) => {
            return html! {
                <div class="kz-notice kz-warning" role="status" id="kz-handoff-existing-ask" data-status={status}>
                    <p>{ p.i18n.t_args("ui-handoff-existing-ask", &[("status", status.into()), ("id", x.id.clone())]) }</p>
                </div>
            }
        }
    };
    // cl. 17: a SEN child may stand in several queues at once.
    let several = h == ExistingHandOff::Waiting && e.queues.options.len() > 1;
    // Read from the sample city: a hint only, the filing below it
    // ([`filing`]) — what the card would say, were the application real.
    if x.sample {
        return html! {
            <div class="kz-notice" role="status" id="kz-handoff-existing" data-status={status} data-sample="true">
                <p id="kz-handoff-existing-sample">{ p.t("ui-handoff-existing-sample") }</p>
                <p class="kz-hint">{ p.i18n.t_args(text, &[("id", x.id.clone())]) }</p>
                if h == ExistingHandOff::Referral {
                    <p class="kz-hint"><a id="kz-handoff-to-admission" href={Step::Service.hash()}
                        onclick={p.send(|_: MouseEvent| Action::SetService(kezek_rules::Service::Admission))}>{ p.t("ui-queue-existing-to-admission") }</a></p>
                }
                if several {
                    <p class="kz-hint" id="kz-handoff-existing-several">{ p.t("ui-handoff-existing-several-queues") }</p>
                }
            </div>
        };
    }
    html! {
        <section class="kz-card" id="kz-handoff-existing" data-status={status}>
            <h3>{ p.t(title) }</h3>
            <p>{ p.i18n.t_args(text, &[("id", x.id.clone())]) }</p>
            if h == ExistingHandOff::Referral {
                <p id="kz-handoff-existing-terms">{ super::queue::referral_terms_text(&p.i18n) }</p>
                <p><a class="kz-button" id="kz-handoff-to-admission" href={Step::Service.hash()}
                    onclick={p.send(|_: MouseEvent| Action::SetService(kezek_rules::Service::Admission))}>{ p.t("ui-queue-existing-to-admission") }</a></p>
            }
            if several {
                <p id="kz-handoff-existing-several">{ p.t("ui-handoff-existing-several-queues") }</p>
            }
            <p><a id="kz-handoff-existing-clear" href={Step::Queue.hash()}>{ p.t("ui-handoff-existing-clear") }</a></p>
        </section>
    }
}

/// The hand-off's lines of the referral's last day (admission), each where
/// it is said: the day to act by, or what to do now that it cannot be met or
/// has passed; Kezek's reading beside it; and a pointer to step 6, which
/// says what a missed day brings and the same reading under the referral.
#[derive(Clone, Debug, PartialEq)]
struct ReferralLines {
    /// The day to act by, or what to do.
    until: String,
    /// Kezek's reading of the day, where step 6 does not say it.
    reading: Option<String>,
    /// "See step 6" for what step 6 says and the hand-off does not repeat.
    see_documents: Option<String>,
}

/// [`ReferralLines`] for the evaluation `e`; `None` but for admission with
/// a referral's last day.
fn referral_lines(p: &StepProps, e: &kezek_rules::Evaluation) -> Option<ReferralLines> {
    // Admission: the referral's last valid day (Annex 4 p. 8 sub. 1, the day
    // to rely on) is the last day to apply; the later day cl. 22 would give,
    // counted from the documents' confirmation, is said beside it as a reading.
    // A last day gone by is said to have passed, never as "apply by": with the
    // reading's later day still to come (the referral at risk), that the
    // referral runs until then by Kezek's reading only — apply at once and ask
    // whether it is still valid; otherwise, to ask whether it can be used.
    let referral = (e.service == kezek_rules::Service::Admission)
        .then(|| {
            e.checklist
                .item(kezek_rules::documents::DocumentKind::Referral)
        })
        .flatten();
    // The day said to act by is the safe day (Annex 4 p. 8 sub. 1, the day
    // of issue counted and not a day off; `safe_last_day`), Kezek's count
    // beside it as a reading; today, said as today. On the portal an
    // application sent now after working time is accepted on the next
    // working day (Annex 4 p. 7 sub. 2); at the kindergarten's desk after its
    // hours, the next opening: after the referral's day, it is said with what
    // to do instead.
    let i = referral?;
    let day = i.last_valid_day?;
    let safe = i.safe_last_day.unwrap_or(day);
    let today = e.as_of.date();
    let accepted = e.schedule.accepted_at.date();
    // Accepted only on a later day than today, and after the day.
    let late = |d: chrono::NaiveDate| accepted > today && accepted > d;
    let reading =
        || super::referral_reading(p, e, i).or_else(|| super::referral_safe_reading(p, e, i));
    if !super::passed(e, day) {
        let target = if super::passed(e, safe) { day } else { safe };
        let late_args = [
            ("date", p.i18n.date(target)),
            ("accepted", p.i18n.date(accepted)),
        ];
        let text = if late(target) && e.channel == Channel::EgovPortal {
            p.i18n.t_args("ui-done-referral-accepted-late", &late_args)
        } else if late(target) {
            // At the kindergarten's desk after its hours (Annex 4 p. 7
            // sub. 1): it has closed for today and reopens after the
            // day, so the day cannot be met in person; said so, with
            // whom to ask, and — where the rules say the portal still
            // accepts an application today — that.
            let closed = p.i18n.t_args("ui-done-referral-office-closed", &late_args);
            match i
                .reasons
                .contains(&ReasonCode::DocReferralPortalAcceptsToday)
            {
                true => format!(
                    "{closed} {}",
                    super::item_reason(p, i, ReasonCode::DocReferralPortalAcceptsToday)
                ),
                false => closed,
            }
        } else if super::passed(e, safe) {
            p.i18n.t_args(
                "ui-done-referral-safe-passed",
                &[("safe", p.i18n.date(safe)), ("date", p.i18n.date(day))],
            )
        } else if safe == today {
            // On the portal, by the end of the working time the rules'
            // schedule gives (Annex 4 p. 7 sub. 2): sent later, it is
            // accepted on the next working day, after the referral's day.
            match e
                .schedule
                .accepted_today_until()
                .filter(|_| e.channel == Channel::EgovPortal)
            {
                // The time every reading keeps, Kezek's beside it
                // (lawyer42).
                Some(until) => {
                    let [from, until, time] = super::portal_send_args(p, e, until);
                    p.i18n.t_args(
                        &super::PortalSend::of(p, e).key("ui-done-referral-today"),
                        &[("date", p.i18n.date(safe)), from, until, time],
                    )
                }
                None => p
                    .i18n
                    .t_args("ui-done-referral-today", &[("date", p.i18n.date(safe))]),
            }
        } else {
            p.i18n
                .t_args("ui-done-referral-until", &[("date", p.i18n.date(safe))])
        };
        // What a missed day brings, as the rules say it (Annex 4 p. 9
        // sub. 4; cl. 34 sub. 1), where the day can still be met: step 6
        // says it under the referral, so here it is pointed to, not said
        // again (the walk of 05.12); said here only were step 6 not to.
        let if_missed = !late(target) && i.reasons.contains(&ReasonCode::DocReferralIfMissed);
        let missed_on_step_6 = if_missed
            && super::documents::item_reasons(p, e, i)
                .iter()
                .any(|(r, _)| *r == ReasonCode::DocReferralIfMissed);
        let text = match if_missed && !missed_on_step_6 {
            true => format!(
                "{text} {}",
                super::item_reason(p, i, ReasonCode::DocReferralIfMissed)
            ),
            false => text,
        };
        let reading = if super::passed(e, safe) {
            super::referral_reading(p, e, i)
        } else {
            reading()
        };
        // Kezek's count beside the day: step 6's reading line, where it
        // says the same words, pointed to as well.
        let reading_on_step_6 = reading
            .as_ref()
            .is_some_and(|r| super::documents::referral_readings(p, e, i).contains(r));
        let said = match (missed_on_step_6, reading_on_step_6) {
            // The message's default variant says both.
            (true, true) => Some("both"),
            (true, false) => Some("missed"),
            (false, true) => Some("reading"),
            (false, false) => None,
        };
        return Some(ReferralLines {
            until: text,
            reading: reading.filter(|_| !reading_on_step_6),
            see_documents: said.map(|s| {
                p.i18n
                    .t_args("ui-done-referral-see-documents", &[("said", s.into())])
            }),
        });
    }
    let text = match i.reading_last_day.filter(|l| !super::passed(e, *l)) {
        Some(later) => p.i18n.t_args(
            &super::from_vacancy(i, "ui-done-referral-passed-reading"),
            // The day to rely on is the safe day, as step 6 says it.
            &[("safe", p.i18n.date(safe)), ("later", p.i18n.date(later))],
        ),
        None => p
            .i18n
            .t_args("ui-done-referral-passed", &[("date", p.i18n.date(day))]),
    };
    Some(ReferralLines {
        until: text,
        reading: None,
        see_documents: None,
    })
}

/// The hand-off's cl. 22 originals: the last day — after sending for
/// queue registration, after the referral for admission (the evaluation
/// gives it while the documents are not yet confirmed). Where the day of
/// sending (of receiving the referral) counted as the first of the five
/// working days gives an earlier day, that is the day to rely on, Kezek's
/// count said as a reading. For admission the days count from the
/// referral's issue and may be gone by: said to have passed, never as a day
/// to act by (queue registration's count from the day of sending never is)
/// — or, on the day itself after the reception has closed, said so with
/// its time. The originals are named as step 6 names them.
pub(crate) fn originals_due_text(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
) -> Option<super::OriginalsText> {
    e.schedule.originals_day().map(|o| {
        // In person at the education department they come with the
        // application (the rules' advice, cl. 22: confirmed within 30 minutes).
        let key = originals_due_key(e, o);
        let line = p.i18n.t_args(
            key,
            &[
                ("date", p.i18n.date(super::originals_named_day(o))),
                ("docs", super::cl22_originals(p, e).join("; ")),
                ("time", super::closed_time(p, o)),
                ("accepted", p.i18n.date_time(e.schedule.accepted_at)),
            ],
        );
        super::OriginalsText {
            line,
            reading: super::originals_reading(p, o, e.service, e.channel),
        }
    })
}

/// The hand-off's line of cl. 22's originals' last day for the evaluation
/// `e` and its originals' day `o`: admission's count from the referral; at
/// the education department's desk, with the application; otherwise from the
/// application's sending.
fn originals_due_key(e: &kezek_rules::Evaluation, o: schedule::OriginalsDay) -> &'static str {
    let admission = e.service == kezek_rules::Service::Admission;
    let office = super::originals_with_application(e);
    let sc = e.channel == Channel::StateCorporation;
    let closed = o.closed_at.is_some();
    // Kezek's later count, where there is one, is said under the line
    // (`originals_reading`), not in it.
    match (admission, o.passed) {
        (true, true) if closed => "ui-done-admission-originals-closed-today",
        // Closed now (a day off, after hours): the days run from
        // the next opening, said with it, not "if you apply now".
        (false, _) if office && !e.schedule.open_now => "ui-done-office-originals-next-open",
        (false, _) if office => "ui-done-office-originals",
        // At the State Corporation the application is handed over, not
        // sent; closed now, the days run from its next opening.
        (false, _) if sc && !e.schedule.open_now => "ui-done-sc-originals-next-open",
        (false, _) if sc => "ui-done-sc-originals",
        (false, _) => "ui-done-portal-originals",
        (true, true) => "ui-done-admission-originals-passed",
        (true, false) => "ui-done-admission-originals",
    }
}

/// Annex 2 p. 7 sub. 3 (queue registration) and Annex 4 p. 7 sub. 2
/// (admission): on the portal an application sent after working time, on a
/// day off or a holiday is received on the next working day
/// (`schedule.next_working_day`); the hand-off says when. `None` otherwise.
fn portal_accepted_note(p: &StepProps, e: &kezek_rules::Evaluation) -> Option<String> {
    let next = e
        .schedule
        .reasons
        .contains(&ReasonCode::ScheduleNextWorkingDay);
    (e.channel == Channel::EgovPortal && next).then(|| {
        let (annex, sub) = super::portal_hours_sub_point(e.service);
        p.i18n.t_args(
            "ui-done-portal-accepted-next-working-day",
            &[
                ("accepted", p.i18n.date_time(e.schedule.accepted_at)),
                ("annex", annex.to_owned()),
                ("sub", sub.to_owned()),
            ],
        )
    })
}

/// Annex 1 is for one child (twins and other children each need their own
/// application, Kezek's reading): the rules' line, shown where the
/// application for this child is prepared; none at admission.
fn one_child_line(e: &kezek_rules::Evaluation) -> Option<&kezek_rules::information::Information> {
    e.information
        .iter()
        .find(|i| i.reason == ReasonCode::InfoOneChildPerApplicationAnnex1)
}

/// One refusal risk in a hand-off warning: its ground, then what the rules
/// say of it (its detail), as one line; below, the documents it is about.
fn risk_item(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    r: &kezek_rules::refusal::RefusalRisk,
) -> Html {
    // The documents it is about, named as step 6's refusal card names them.
    let documents = (!r.documents.is_empty()).then(|| {
        r.documents
            .iter()
            .map(|d| super::document_name(p, e, *d))
            .collect::<Vec<_>>()
            .join("; ")
    });
    html! {
        <li data-reason={r.reason.code()}>{ p.t(&r.reason.key()) }
            { for super::risk_details(p, r).map(|d| html! { <>{ " " }{ super::reason_text(p, e, d) }</> }) }
            if let Some(names) = documents { <p class="kz-hint">{ names }</p> }</li>
    }
}

/// The refusal risks the hand-off says, each by the rules' `reading` and
/// `awaits_fact` (a document's day of issue not given: neither, its own
/// notice, `#kz-handoff-dates`).
struct HandoffRefusals<'a> {
    /// Grounds the order states flatly other than the documents (their own
    /// warning) and the consent (given on this step): the age limit on
    /// either reading, cl. 16's month, data that do not agree, a
    /// contraindication — the "Kezek sees a ground for refusal" warning.
    others: Vec<&'a kezek_rules::refusal::RefusalRisk>,
    /// Kezek's readings no other warning says: on no document (cl. 18's age
    /// cut-off), or on a document no other warning names (a health
    /// certificate at risk on the contract day, cl. 34 sub. 1; a referral or
    /// a one-month certificate at risk by the day its count starts) — the
    /// "may be refused by Kezek's reading" warning, not foretold.
    readings: Vec<&'a kezek_rules::refusal::RefusalRisk>,
    /// Every ground the order states flatly but the consent: foretold by the
    /// box's title (walkthrough 28, M3).
    foretold: Vec<&'a kezek_rules::refusal::RefusalRisk>,
    /// The rules' age decision: the child is out of the queue on every
    /// reading (cl. 18: 7 on 1 September; cl. 24 sub. 9: 6 before it),
    /// the PMPC exception not applying — as step 5 lists no queue.
    out_of_queue: bool,
}

/// Sorts the evaluation's refusal risks for the hand-off. A ground the order
/// states flatly (the rules' `RefusalRisk::flat`: not Kezek's reading, not
/// waiting on a fact not given yet; and not the consent, given on this
/// step): the box is not "ready" but says the refusal (walkthrough 28, M3).
/// When the rules say every such ground is the parent's to mend (`remedy`: a
/// document, an answer), the box says to fix what the warning names, then
/// apply; when one is a fact (the age limit, cl. 16's month, a
/// contraindication, a lapsed referral), to ask the provider.
fn handoff_refusals(e: &kezek_rules::Evaluation) -> HandoffRefusals<'_> {
    let risks = &e.refusal.risks;
    let foretold: Vec<_> = risks
        .iter()
        .filter(|r| r.flat() && r.reason != ReasonCode::RefusalNoConsent)
        .collect();
    HandoffRefusals {
        // Of those foretold, all but the documents' (their own warning).
        others: foretold
            .iter()
            .copied()
            .filter(|r| !r.reason.is_incomplete_set() && !r.reason.is_expired_document())
            .collect(),
        // A reading whose every document another warning lists (out of
        // date, lapsing before cl. 22's check, its date to enter) is said
        // there; one on no document (cl. 18's age cut-off), or on a document
        // no other warning names, here — as step 6's refusal card says it
        // (the walk of 05.12: a health certificate at risk on the contract
        // day had no warning at the hand-off).
        readings: risks
            .iter()
            .filter(|r| {
                r.reading
                    && (r.documents.is_empty()
                        || !r.documents.iter().all(|d| warned_elsewhere(e, *d)))
            })
            .collect(),
        foretold,
        out_of_queue: e.age.out_of_queue_on_every_reading(),
    }
}

/// Whether the hand-off's other warnings list the document `kind`: missing
/// or out of date (the rules' blocking statuses, or out of date on the day it
/// is judged), lapsing before cl. 22's originals are due, or awaiting its
/// day of issue.
fn warned_elsewhere(
    e: &kezek_rules::Evaluation,
    kind: kezek_rules::documents::DocumentKind,
) -> bool {
    e.checklist.awaiting_issue_date.contains(&kind)
        || super::lapsing_documents(e).iter().any(|(k, _)| *k == kind)
        || e.checklist.items.iter().any(|i| {
            i.applies
                && i.document == kind
                && (i.status.blocks() || super::out_of_date_when_used(i))
        })
}

/// The confirmation box's title: the refusal when one is foretold, else
/// "ready". A refusal only by Kezek's reading is not foretold (said in its
/// own warning above the box): the application is prepared in full, the
/// provider decides.
///
/// A child who turned 6 before 1 September, and no other ground: out of the
/// queue on either reading, refused (Kezek's reading of cl. 18) or archived
/// (cl. 24 sub. 9) — the title says both, not the refusal alone.
fn confirmation_title_key(h: &HandoffRefusals) -> &'static str {
    if h.foretold.is_empty() {
        "ui-done-title"
    } else if out_of_queue_only(h) {
        "ui-done-title-out-of-queue"
    } else {
        "ui-done-title-refusal"
    }
}

/// A refusal is foretold and the rules' age decision puts the child out of
/// the queue on every reading (`AgeDecision::out_of_queue_on_every_reading`:
/// already 7 on 1 September, cl. 18, `refusal.requirements_not_met`; or 6
/// before it, cl. 24 sub. 9, `refusal.age_turned_six`), the same test by
/// which step 5 lists no queue (review45: a child 7 on 1 September was given
/// the filing steps): the one test of the out-of-queue title
/// ([`confirmation_title_key`]) and of the box with nothing to file
/// ([`Filing::OutOfQueue`]).
fn out_of_queue_only(h: &HandoffRefusals) -> bool {
    !h.foretold.is_empty() && h.out_of_queue
}

/// What the hand-off says of a held document whose issue date the rules
/// await (`checklist.awaiting_issue_date`): not entered, or entered and
/// refused (to correct: [`super::date_refused`]).
fn date_note_key(p: &StepProps, kind: kezek_rules::documents::DocumentKind) -> &'static str {
    if super::date_refused(p, kind) {
        "ui-handoff-note-date-refused"
    } else {
        "ui-handoff-note-no-date"
    }
}

/// A line of the hand-off's "the priority is not confirmed without these"
/// list (`#kz-handoff-unproven`): the document, and — held, its issue date
/// awaited — that the date is what is wanting, not the document (an
/// undated proof counts as not proven, the safe side; cl. 22).
fn unproven_line(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    kind: kezek_rules::documents::DocumentKind,
) -> String {
    let name = super::document_name(p, e, kind);
    if e.checklist.awaiting_issue_date.contains(&kind) {
        format!("{name}: {}", p.t(date_note_key(p, kind)))
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kezek_rules::documents::DocumentKind;

    /// The walk of 05.12.2026 (rewalk43): a number on the stop list or
    /// marked not interested on step 7, and step 8 said «Ваши ответы готовы»
    /// with nothing of it; now a note that the order does not say whether a
    /// new application is accepted meanwhile (Kezek's reading: ask first).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl20_6_7_step_8_says_the_order_is_silent_on_a_new_application_beside_one_held_back() {
        use crate::draft::Existing;
        use crate::i18n::{I18n, Lang};
        use kezek_queue::snapshot::Status;
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        let x = |status| Existing {
            id: "A0000796".into(),
            status,
            sample: false,
        };
        // One definition of what step 8 does for each status: a card in
        // place of filing, a note before it, or nothing.
        for (status, does) in [
            (Status::ReferralIssued, Some(ExistingHandOff::Referral)),
            (Status::Waiting, Some(ExistingHandOff::Waiting)),
            (Status::StopList, Some(ExistingHandOff::Ask("stop_list"))),
            (
                Status::NotInterested,
                Some(ExistingHandOff::Ask("not_interested")),
            ),
            (Status::Archived, Some(ExistingHandOff::Ask("archived"))),
            (Status::Withdrawn, None),
        ] {
            assert_eq!(existing_hand_off(&e, Some(&x(status))), does, "{status:?}");
            assert_eq!(
                does.is_some_and(ExistingHandOff::replaces_filing),
                matches!(status, Status::ReferralIssued | Status::Waiting),
                "{status:?}"
            );
        }
        assert_eq!(existing_hand_off(&e, None), None);
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let i = I18n::new(lang);
            // Each status its own sentence (review44: the archived row's
            // empty clause was contained in any text, so a selector that
            // fell through to one branch passed).
            let texts: std::collections::BTreeSet<String> =
                ["stop_list", "not_interested", "archived"]
                    .iter()
                    .map(|s| {
                        i.t_args(
                            "ui-handoff-existing-ask",
                            &[("status", (*s).into()), ("id", "A0000796".into())],
                        )
                    })
                    .collect();
            assert_eq!(texts.len(), 3, "{lang:?}: {texts:?}");
            for (status, clause) in [
                ("stop_list", "6)"),
                ("not_interested", "7)"),
                ("archived", "A0000796"),
            ] {
                let t = i.t_args(
                    "ui-handoff-existing-ask",
                    &[("status", status.into()), ("id", "A0000796".into())],
                );
                assert!(
                    t.contains("A0000796") && t.contains("Kezek"),
                    "{lang:?} {status}: {t}"
                );
                let sub = if lang == Lang::En {
                    clause.trim_end_matches(')')
                } else {
                    clause
                };
                assert!(t.contains(sub), "{lang:?} {status}: {t}");
            }
        }
    }

    /// cl. 20 sub. 5, cl. 14, cl. 23 sub. 1 (walk of 05.12.2026): after the
    /// number of an application with a referral (A0000686) on step 7, step 8
    /// still said «Чтобы подать заявление, на egov.kz… Подпишите и отправьте
    /// заявление… не позднее 11.12.2026» — a new queue application. Now, for
    /// queue registration, an application with a referral is sent to
    /// admission (00403002) with the referral's terms, and one waiting is
    /// told that no second application is filed (the order neither forbids
    /// nor provides for one; it would stand by its own date, cl. 14; the one
    /// filed can be changed, cl. 23 sub. 1 — Kezek's reading); any other
    /// status, no number, or admission keep the hand-off as it was.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl20_5_cl14_step_8_files_no_new_queue_application_for_one_already_in_the_queue() {
        use crate::draft::Existing;
        use crate::i18n::{I18n, Lang};
        use kezek_queue::snapshot::Status;
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        let x = |status| Existing {
            id: "A0000686".into(),
            status,
            sample: false,
        };
        assert_eq!(
            existing_hand_off(&e, Some(&x(Status::ReferralIssued))),
            Some(ExistingHandOff::Referral)
        );
        assert_eq!(
            existing_hand_off(&e, Some(&x(Status::Waiting))),
            Some(ExistingHandOff::Waiting)
        );
        assert_eq!(existing_hand_off(&e, Some(&x(Status::Withdrawn))), None);
        assert_eq!(existing_hand_off(&e, None), None);
        let admission =
            crate::steps::tests::example(&crate::steps::tests::walk_37c_admission().to_string());
        assert_eq!(
            existing_hand_off(&admission, Some(&x(Status::ReferralIssued))),
            None
        );
        for (lang, referral, cl14, cl23) in [
            (
                Lang::Kk,
                "20-тармақтың 5) тармақшасы",
                "14-тармақ",
                "23-тармақтың 1) тармақшасы",
            ),
            (
                Lang::Ru,
                "подпункт 5) пункта 20",
                "пункт 14",
                "подпункт 1) пункта 23",
            ),
            (Lang::En, "cl. 20 sub. 5", "cl. 14", "cl. 23 sub. 1"),
        ] {
            let i = I18n::new(lang);
            let id = [("id", "A0000686".to_owned())];
            let t = i.t_args("ui-handoff-existing-referral", &id);
            assert!(
                t.contains("A0000686") && t.contains(referral) && t.contains("00403002"),
                "{lang:?}: {t}"
            );
            let t = i.t_args("ui-handoff-existing-waiting", &id);
            assert!(
                t.contains("A0000686")
                    && t.contains(cl14)
                    && t.contains(cl23)
                    && t.contains("Kezek"),
                "{lang:?}: {t}"
            );
        }
    }

    /// steps46's left item: for an application already in the queue (a
    /// real step 7 number, `Filing::Replaced`) step 8 files nothing, yet it
    /// still said "Before you apply: Kezek sees a ground for refusal" and
    /// "may be refused on Kezek's reading" — grounds for refusing a new
    /// application (Annex 2 p. 9: cl. 18's age, cl. 16's month, the data,
    /// the documents' readings). None holds for an application not filed.
    /// What holds is cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін
    /// … кезектен алып тастайды және … архивке орналастырады»: the
    /// system's act on an application in the queue, so one waiting leaves
    /// it when the child is out of the queue on every reading (the rules'
    /// age decision, the PMPC exception not applying) — said beside the
    /// card, with its number. One with a referral issued has left the
    /// waiting queue (cl. 20 sub. 5): admission is next, whose grounds
    /// (cl. 34) the admission journey says; cl. 24 sub. 9 says nothing of
    /// a referral issued, and step 8 asserts nothing of it.
    /// cl. 23 sub. 4 gives the applicant «кезектілікті басқару жүйесінде
    /// жеке кабинеттегі есептік мәліметтерді сақтау … мүмкіндігі» — a
    /// personal account; it does not say the application's status is shown
    /// there. The age note on an application waiting in the queue said
    /// "Its status is in your personal account (cl. 23 sub. 4)"; it says of
    /// the status what the waiting application's own card says: the order
    /// gives a personal account (cl. 23 sub. 4) and notices when the
    /// application changes (cl. 23 sub. 1).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl23_1_4_the_age_note_says_of_the_status_what_the_order_gives() {
        use crate::i18n::{I18n, Lang};
        for (lang, from) in [
            (Lang::Kk, "тініштің мәртебесі туралы"),
            (Lang::Ru, " статусе заявления"),
            (Lang::En, "or your application's status"),
        ] {
            let i = I18n::new(lang);
            let id = [("id", "A0000686".to_owned())];
            let waiting = i.t_args("ui-handoff-existing-waiting", &id);
            let age = i.t_args("ui-handoff-existing-age", &id);
            let status = &waiting[waiting.find(from).expect(from)..];
            assert!(
                age.ends_with(status),
                "{lang:?}: {age}\nnot ending: {status}"
            );
        }
    }

    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl24_9_cl34_an_application_already_in_the_queue_is_warned_only_of_what_holds_for_it() {
        use crate::draft::Existing;
        use crate::i18n::{I18n, Lang};
        use kezek_queue::snapshot::Status;
        let x = |status, sample| Existing {
            id: "A0000686".into(),
            status,
            sample,
        };
        let shown = |e: &kezek_rules::Evaluation, x: Option<&Existing>| {
            let h = handoff_refusals(e);
            let existing = existing_hand_off(e, x);
            let f = filing(&h, existing, x, e.application.ready);
            let w = warnings(&h, f, existing);
            let codes = |v: &[&kezek_rules::refusal::RefusalRisk]| {
                v.iter().map(|r| r.reason.code()).collect::<Vec<_>>()
            };
            (codes(&w.refusals), codes(&w.readings), w.archived_by_age)
        };
        // Six before 1 September: out of the queue on every reading.
        let six = turned_six_before_1_september();
        let new = shown(&six, None);
        assert_eq!(new, (vec!["refusal.age_turned_six"], vec![], false));
        let waiting = x(Status::Waiting, false);
        assert_eq!(
            shown(&six, Some(&waiting)),
            (vec![], vec![], true),
            "waiting: no refusal of a new application; cl. 24 sub. 9's note"
        );
        let referral = x(Status::ReferralIssued, false);
        assert_eq!(shown(&six, Some(&referral)), (vec![], vec![], false));
        // Read from the sample city: decides nothing, the filing and its
        // warnings stay.
        assert_eq!(shown(&six, Some(&x(Status::Waiting, true))), new);
        // cl. 18 by Kezek's reading only (six on 31.08.2026, seven after):
        // a reading on a new application's acceptance, not on one waiting.
        let mut c: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/06-portal-too-old-born-31-august.json"
        ))
        .unwrap();
        c["child"]["birth_date"] = "2020-08-31".into();
        c["child"].as_object_mut().unwrap().remove("iin");
        c["documents"] = serde_json::json!([{"kind": "phthisiatrician_conclusion"}]);
        let reading = crate::steps::tests::example(&c.to_string());
        assert_eq!(
            shown(&reading, None),
            (vec![], vec!["refusal.age_cut_off_reading"], false)
        );
        for x in [&waiting, &referral] {
            assert_eq!(shown(&reading, Some(x)), (vec![], vec![], false), "{x:?}");
        }
        for (lang, clause) in [
            (Lang::Kk, "24-тармақтың 9) тармақшасы"),
            (Lang::Ru, "подпункт 9) пункта 24"),
            (Lang::En, "cl. 24 sub. 9"),
        ] {
            let t = I18n::new(lang).t_args("ui-handoff-existing-age", &[("id", "A0000686".into())]);
            assert!(
                t.contains("A0000686") && t.contains(clause),
                "{lang:?}: {t}"
            );
        }
    }

    /// cl. 18 «1 қыркүйекте 6 жастан аспайды» and Annex 2 p. 9 sub. 2: a
    /// child six before 1 September and seven after it is over the limit by
    /// Kezek's reading only (the rules' `refusal.age_cut_off_reading`). The
    /// hand-off takes it from `reading`, as the other readings: not
    /// foretold (the title follows the flat grounds: "ready" when there are
    /// none, the plain refusal beside a missing document), and said before
    /// the parent applies as "may be refused by Kezek's reading", with the
    /// other reading and whom to ask. Seven on 1 September, the child is
    /// over on either reading: the flat ground, foretold.
    #[test]
    fn cl18_the_hand_offs_title_for_an_age_only_refusal_comes_from_the_reading() {
        let case = |born: &str, documents: bool| {
            let mut c: serde_json::Value = serde_json::from_str(include_str!(
                "../../../kezek-rules/examples/cases/06-portal-too-old-born-31-august.json"
            ))
            .unwrap();
            c["child"]["birth_date"] = born.into();
            c["child"].as_object_mut().unwrap().remove("iin");
            if documents {
                c["documents"] = serde_json::json!([{"kind": "phthisiatrician_conclusion"}]);
            }
            crate::steps::tests::example(&c.to_string())
        };
        // On 10.02.2026: six on 31.08.2026, seven on 31.08.2027.
        let e = case("2020-08-31", true);
        let h = handoff_refusals(&e);
        assert!(
            h.foretold.is_empty() && h.others.is_empty(),
            "{:?}",
            e.refusal.risks
        );
        assert_eq!(
            h.readings
                .iter()
                .map(|r| r.reason.code())
                .collect::<Vec<_>>(),
            vec!["refusal.age_cut_off_reading"]
        );
        assert_eq!(confirmation_title_key(&h), "ui-done-title");
        for lang in [
            crate::i18n::Lang::Kk,
            crate::i18n::Lang::Ru,
            crate::i18n::Lang::En,
        ] {
            let i18n = crate::i18n::I18n::new(lang);
            let said: String = [h.readings[0].reason]
                .iter()
                .chain(&h.readings[0].detail)
                .map(|r| i18n.t(&r.key()))
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                said.contains("Kezek") && said.contains("18") && said.contains('7'),
                "{lang:?}: {said}"
            );
        }
        // Beside a missing document: the plain refusal, from the document.
        let e = case("2020-08-31", false);
        let h = handoff_refusals(&e);
        assert_eq!(h.readings.len(), 1);
        assert_eq!(confirmation_title_key(&h), "ui-done-title-refusal");
        assert!(h.foretold.iter().all(|r| r.reason.is_incomplete_set()));
        // Seven on 31.08.2026: over on either reading, foretold.
        let e = case("2019-08-31", true);
        let h = handoff_refusals(&e);
        assert!(h.readings.is_empty(), "{:?}", e.refusal.risks);
        assert_eq!(
            h.others.iter().map(|r| r.reason).collect::<Vec<_>>(),
            vec![ReasonCode::RefusalRequirementsNotMet]
        );
        // Out of the queue on every reading, as step 5 lists no queue: the
        // out-of-queue title, no filing steps (review45).
        assert_eq!(confirmation_title_key(&h), "ui-done-title-out-of-queue");
        assert_eq!(filing(&h, None, None, true), Filing::OutOfQueue);
    }

    /// cl. 18 with cl. 24 sub. 9: the walk of 05.12.2026 (born 05.02.2020,
    /// 6 years 10 months) was warned "may be refused by Kezek's reading …
    /// on the other the child is within the limit", and the box said
    /// «Жауаптарыңыз дайын» — but cl. 24 sub. 9 archives the application of
    /// a child who turned 6 before 1 September, so the child is out of the
    /// queue on either reading. The rules' flat `refusal.age_turned_six` is
    /// foretold: the box says the refusal and "ask the provider" (a fact).
    #[test]
    fn cl24_9_the_hand_off_foretells_a_child_6_before_1_september_out_of_the_queue() {
        let e = turned_six_before_1_september();
        let h = handoff_refusals(&e);
        assert!(h.readings.is_empty(), "{:?}", e.refusal.risks);
        assert_eq!(
            h.others.iter().map(|r| r.reason).collect::<Vec<_>>(),
            vec![ReasonCode::RefusalAgeTurnedSix]
        );
        // Its title says both outcomes, not "would be refused" alone: the
        // archive is cl. 24 sub. 9's, the refusal Kezek's reading of cl. 18
        // (rewalk43 read a flat refusal under a warning calling it a reading).
        assert_eq!(confirmation_title_key(&h), "ui-done-title-out-of-queue");
        assert!(h.foretold.iter().all(|r| !r.remedy.fixable()));
        // Below that title the box listed the egov.kz steps, ending «Өтініш
        // олар расталғаннан кейін ғана кезекте тіркеледі»: no steps to file
        // an application out of the queue, a line saying why instead.
        assert_eq!(
            filing(&h, None, None, true),
            Filing::OutOfQueue,
            "the filing steps under the out-of-queue title"
        );
        for lang in [
            crate::i18n::Lang::Kk,
            crate::i18n::Lang::Ru,
            crate::i18n::Lang::En,
        ] {
            let t = crate::i18n::I18n::new(lang).t("ui-done-out-of-queue-no-steps");
            assert!(t.contains("24") && t.contains("18"), "{lang:?}: {t}");
        }
        // Ready, or refused for a document: the steps stay.
        let ready = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        assert_eq!(
            filing(&handoff_refusals(&ready), None, None, true),
            Filing::Ready
        );
    }

    /// The walk of 05.12.2026's child (born 05.02.2020, on 05.12.2026): six
    /// before 1 September, out of the queue on either reading (cl. 18, cl.
    /// 24 sub. 9), the phthisiatrician's conclusion held.
    fn turned_six_before_1_september() -> kezek_rules::Evaluation {
        let mut c: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/06-portal-too-old-born-31-august.json"
        ))
        .unwrap();
        c["as_of"] = "2026-12-05T10:00".into();
        c["child"]["birth_date"] = "2020-02-05".into();
        c["child"].as_object_mut().unwrap().remove("iin");
        c["documents"] = serde_json::json!([{"kind": "phthisiatrician_conclusion"}]);
        crate::steps::tests::example(&c.to_string())
    }

    /// cl. 24 sub. 9 with cl. 18: a child six before 1 September stands in
    /// no queue on either reading, so there is nothing to file (steps44 left
    /// it open). Step 8 had listed no steps, but still asked the consent to
    /// the application (Annex 1's, Annex 5) and showed the answers to copy
    /// into the portal's form: neither now, whether the consent was given
    /// or not (a stored draft may hold it).
    #[test]
    fn cl24_9_step_8_asks_no_consent_and_gives_no_answers_for_a_child_out_of_the_queue() {
        let e = turned_six_before_1_september();
        let h = handoff_refusals(&e);
        // The summary names no queue either (step 5's card, cl. 24 sub. 9).
        let p = crate::steps::tests::props(e.clone());
        let category = review_rows(&p, &e)
            .into_iter()
            .find(|r| r.id == "category")
            .expect("the category row");
        assert_eq!(category.value, p.t("ui-category-out-of-queue"));
        for ready in [true, false] {
            let f = filing(&h, None, None, ready);
            assert_eq!(f, Filing::OutOfQueue, "consent given: {ready}");
            assert!(!f.asks_consent(), "the consent box is shown: {f:?}");
            // The answers to copy are in the box of a ready application
            // only (`Filing::Ready`'s branch).
            assert_ne!(f, Filing::Ready, "the answers to copy are shown");
        }
        // A child in the queue: the consent, then the answers.
        let ready = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        let h = handoff_refusals(&ready);
        let f = filing(&h, None, None, true);
        assert_eq!(f, Filing::Ready);
        assert!(f.asks_consent());
        let f = filing(&h, None, None, false);
        assert_eq!(f, Filing::NotReady);
        assert!(f.asks_consent());
    }

    /// cl. 24 sub. 9 with cl. 18: for a child out of the queue on either
    /// reading step 8 asked no consent and listed no steps (steps45), but
    /// still warned of the documents missing, lapsing or undated — for an
    /// application there is nothing to file — and kept Annexes 1 and 5 and
    /// the digest in the page for a print it offers no button for (steps46).
    /// Neither now; a child in the queue keeps both, ready or not.
    #[test]
    fn cl24_9_step_8_warns_of_no_document_and_prints_no_form_for_a_child_out_of_the_queue() {
        let mut c: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/06-portal-too-old-born-31-august.json"
        ))
        .unwrap();
        c["as_of"] = "2026-12-05T10:00".into();
        c["child"]["birth_date"] = "2020-02-05".into();
        c["child"].as_object_mut().unwrap().remove("iin");
        // The phthisiatrician's conclusion not held: a document warning.
        c["documents"] = serde_json::json!([]);
        let e = crate::steps::tests::example(&c.to_string());
        let p = crate::steps::tests::props(e.clone());
        assert!(
            !crate::steps::blocking_documents(&p, &e).is_empty(),
            "the case has a missing document"
        );
        for ready in [true, false] {
            let f = filing(&handoff_refusals(&e), None, None, ready);
            assert_eq!(f, Filing::OutOfQueue);
            assert!(!f.warns_of_documents(), "document warnings: {f:?}");
            assert!(
                !f.prints_forms(),
                "the forms in the page for the print: {f:?}"
            );
        }
        let ready = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        for r in [true, false] {
            let f = filing(&handoff_refusals(&ready), None, None, r);
            assert!(f.warns_of_documents() && f.prints_forms(), "{f:?}");
        }
    }

    /// Where a text of the hand-off has a colon inside a sentence followed by
    /// a word that opens with a capital and goes on in lower case (not an
    /// abbreviation such as ПМПК, not Kezek): the rest of the text from there.
    fn capital_after_colon(t: &str) -> Option<&str> {
        t.match_indices(": ").map(|(i, _)| &t[i + 2..]).find(|rest| {
            let mut c = rest.chars();
            matches!((c.next(), c.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
                && !rest.starts_with("Kezek")
        })
    }

    /// Annex 2 p. 8 (the scans attached on egov.kz), cl. 17 (the queues a
    /// SEN child stands in at once), cl. 13 (the PMPC conclusion's
    /// disorders), cl. 34 sub. 1 (what the contract asks): the hand-off
    /// names them in lists it joins after a colon inside a sentence, each
    /// name as a heading writes it — «Сканерленген көшірмелерін тіркеңіз:
    /// Психологиялық-медициналық-педагогикалық …», "Yes; a PMPC conclusion
    /// is held: Hearing, …", and the "Change" links read "Change: Child".
    /// After a colon inside a sentence a word opens in lower case (an
    /// abbreviation stays as it is).
    #[test]
    fn annex2_8_cl17_cl34_the_hand_offs_lists_after_a_colon_open_in_lower_case() {
        use crate::i18n::{I18n, Lang};
        let sen = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/04-portal-sen-child-several-queues.json"
        ));
        assert!(sen.queues.options.len() > 1, "{:?}", sen.queues.options);
        let contract = crate::steps::tests::walk41_admission("egov_portal");
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut p = crate::steps::tests::props(sen.clone());
            p.i18n = I18n::new(lang);
            p.draft = std::rc::Rc::new(crate::draft::Draft {
                sen: true,
                pmpc: true,
                disorders: vec![
                    kezek_rules::case::Disorder::Hearing,
                    kezek_rules::case::Disorder::SevereSpeech,
                ],
                ..crate::draft::Draft::default()
            });
            let mut texts = vec![portal_attach(&p, &sen)];
            texts.extend(print_notes(&p, &sen).into_iter().map(|(_, t)| t));
            let rows = review_rows(&p, &sen);
            texts.extend(
                rows.iter()
                    .filter(|r| r.id == "sen")
                    .map(|r| r.value.clone()),
            );
            texts.extend(
                rows.iter()
                    .map(|r| format!("{}{}", p.t("ui-change"), change_what(&r.label))),
            );
            let mut pc = crate::steps::tests::props(contract.clone());
            pc.i18n = I18n::new(lang);
            texts.extend(contract_line(&pc, &contract));
            assert!(
                print_notes(&p, &sen).iter().any(|(id, _)| *id == "queues"),
                "{lang:?}: {texts:#?}"
            );
            for t in &texts {
                assert_eq!(capital_after_colon(t), None, "{lang:?}: {t}");
            }
        }
    }

    /// cl. 20 sub. 5, cl. 14: step 7's number found in the sample city (the
    /// bundled demo, not real data) decided what the parent does: step 8
    /// hid how to file for an application "waiting" or "with a referral"
    /// there. Sample data decides nothing: the consent and the filing stay,
    /// the card beside them as a hint; a real file's status still replaces
    /// them.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl20_5_cl14_a_number_found_in_the_sample_city_does_not_hide_the_filing() {
        use crate::draft::Existing;
        use kezek_queue::snapshot::Status;
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        let h = handoff_refusals(&e);
        for status in [Status::ReferralIssued, Status::Waiting] {
            let real = Existing {
                id: "A0000686".into(),
                status,
                sample: false,
            };
            let sample = Existing {
                sample: true,
                ..real.clone()
            };
            let of =
                |x: &Existing, ready| filing(&h, existing_hand_off(&e, Some(x)), Some(x), ready);
            assert_eq!(of(&real, true), Filing::Replaced, "{status:?}");
            assert_eq!(of(&sample, true), Filing::Ready, "sample, {status:?}");
            assert_eq!(of(&sample, false), Filing::NotReady, "sample, {status:?}");
            assert!(of(&sample, false).asks_consent(), "sample, {status:?}");
        }
        for lang in [
            crate::i18n::Lang::Kk,
            crate::i18n::Lang::Ru,
            crate::i18n::Lang::En,
        ] {
            let t = crate::i18n::I18n::new(lang).t("ui-handoff-existing-sample");
            assert!(t.contains("Kezek") && t.contains("23"), "{lang:?}: {t}");
        }
    }

    /// review45: cl. 18 «… 1 қыркүйекте 6 жастан аспайды»: a child already 7
    /// on 1 September (born 01.09.2019, on 01.03.2026) is out of the queue
    /// on every reading (age.rs, `over_on_every_reading`), as the child who
    /// turned 6 before it (cl. 24 sub. 9). 70f01b19 says step 5 lists no
    /// queue and step 8 no filing steps «for a child out of the queue on
    /// every reading (cl. 24 sub. 9, cl. 18)»; step 5 lists none
    /// (`listed_queues`), but step 8's test asks only for
    /// `refusal.age_turned_six`: for the 7-year-old the flat refusal is
    /// `refusal.requirements_not_met` and the box lists the filing steps,
    /// ending «…кезекте тіркеледі», under step 5's «No queue your child can
    /// join».
    #[test]
    fn cl18_a_child_7_on_1_september_is_given_no_filing_steps_as_step_5_lists_no_queue() {
        let mut c: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/06-portal-too-old-born-31-august.json"
        ))
        .unwrap();
        c["as_of"] = "2026-03-01T10:00".into();
        c["child"]["birth_date"] = "2019-09-01".into();
        c["child"].as_object_mut().unwrap().remove("iin");
        c["documents"] = serde_json::json!([{"kind": "phthisiatrician_conclusion"}]);
        let e = crate::steps::tests::example(&c.to_string());
        assert_eq!(
            e.age.reasons[0],
            ReasonCode::AgeOverOnEveryReading,
            "{:?}",
            e.age.reasons
        );
        // Step 5: no queue listed.
        assert!(!e.age.eligible && !e.age.over_by_kezeks_reading_only());
        let h = handoff_refusals(&e);
        assert_eq!(
            filing(&h, None, None, true),
            Filing::OutOfQueue,
            "step 8 lists the filing steps for a child out of the queue on every reading: {:?}",
            h.foretold.iter().map(|r| r.reason).collect::<Vec<_>>()
        );
    }

    /// cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін … кезектен алып
    /// тастайды және оны … архивке орналастырады»: what the system does, not
    /// when (review44). The box kept the outcome but said «archived at once».
    #[test]
    fn cl24_9_the_out_of_queue_title_does_not_say_when_the_application_is_archived() {
        use crate::i18n::{I18n, Lang};
        for (lang, at_once) in [
            (Lang::Kk, "бірден"),
            (Lang::Ru, "сразу"),
            (Lang::En, "at once"),
        ] {
            let t = I18n::new(lang).t("ui-done-title-out-of-queue");
            assert!(!t.contains(at_once), "{lang:?}: {t}");
            assert!(t.contains("24"), "{lang:?}: {t}");
        }
    }

    /// Annex 4 p. 8 with cl. 34 sub. 1 («келісім шарт жасалған күннен 3 (үш)
    /// күнтізбелік күннен кешіктірмей берілген») and Annex 4 p. 9 sub. 4: a
    /// health certificate held without its day of issue is a fact not given
    /// yet (the rules' `awaits_fact`), neither a flat ground nor Kezek's
    /// reading of a text. The hand-off foretells no refusal for it (the box
    /// says "ready"), and says it in no reading's warning: the dates notice
    /// asks for the date.
    #[test]
    fn annex4_9_4_a_document_awaiting_its_issue_date_is_neither_foretold_nor_a_reading() {
        let e = crate::steps::tests::example(
            &include_str!("../../../kezek-rules/examples/cases/08-admission-office-complete.json")
                .replace(
                    "\"kind\": \"health_certificate\",\n      \"issued_on\": \"2026-11-22\"",
                    "\"kind\": \"health_certificate\"",
                ),
        );
        let risk = e
            .refusal
            .risks
            .iter()
            .find(|r| r.reason == ReasonCode::RefusalAwaitsIssueDate)
            .expect("the undated certificate's risk");
        assert!(risk.awaits_fact && !risk.reading, "{risk:?}");
        let h = handoff_refusals(&e);
        assert!(h.foretold.is_empty(), "{:?}", e.refusal.risks);
        assert!(
            h.others.is_empty() && h.readings.is_empty(),
            "{:?}",
            e.refusal.risks
        );
        assert_eq!(confirmation_title_key(&h), "ui-done-title");
    }

    /// Annex 1 («…(бұдан әрі – ЖСН) ___», «…тұратын, ЖСН ___») and Annex 5
    /// («___ (мектепке дейінгі ұйым)») of order 254: an IIN not given and an
    /// addressee not known are lines on the printed forms, so the list of
    /// what to write in before signing names them; admission's Annex 5
    /// alone has no IIN, address or date.
    #[test]
    fn annex1_and_annex5_blanks_are_listed_to_write_in_before_signing() {
        let all = PrintBlanks {
            annex1: true,
            name: true,
            applicant_iin: true,
            child_iin: true,
            addressee: true,
        };
        assert_eq!(
            print_fill_keys(&all),
            [
                "ui-print-fill-name",
                "ui-print-fill-applicant-iin",
                "ui-print-fill-address",
                "ui-print-fill-child-iin",
                "ui-print-fill-child-name",
                "ui-print-fill-date",
                "ui-print-fill-addressee",
            ]
        );
        let given = PrintBlanks {
            annex1: true,
            name: false,
            applicant_iin: false,
            child_iin: false,
            addressee: false,
        };
        assert_eq!(
            print_fill_keys(&given),
            [
                "ui-print-fill-address",
                "ui-print-fill-child-name",
                "ui-print-fill-date"
            ]
        );
        let annex5_alone = PrintBlanks {
            annex1: false,
            ..all
        };
        assert_eq!(
            print_fill_keys(&annex5_alone),
            ["ui-print-fill-name"],
            "admission: Annex 5 is addressed to the referral's preschool"
        );
    }

    /// cl. 22 «тіркеуге өтініш жіберген … сәттен бастап 5 жұмыс күнінен
    /// кешіктірмей» with Annex 2 p. 7 sub. 2 (the State Corporation, Monday to
    /// Saturday 09:00-20:00): at the State Corporation the days run from the
    /// application handed over, and when it is closed from its next opening.
    /// The walk of 05.12 (05b, a guardian on Sat 28.11.2026 at 11:00) read the
    /// portal's "If you send today"; on Sunday it would have said "today" of a
    /// day counted from Monday.
    #[test]
    fn cl22_at_the_state_corporation_the_originals_line_counts_from_handing_over_or_the_next_opening(
    ) {
        let at = |as_of: &str| {
            let mut case: serde_json::Value = serde_json::from_str(include_str!(
                "../../../kezek-rules/examples/cases/05-office-guardian-orphan-saturday.json"
            ))
            .unwrap();
            case["channel"] = "state_corporation".into();
            case["as_of"] = as_of.into();
            let e = crate::steps::tests::example(&case.to_string());
            let o = e.schedule.originals_day().expect("cl. 22's day");
            let p = crate::steps::tests::props(e.clone());
            let from = o
                .reading
                .then(|| crate::steps::originals_from(e.service, e.channel));
            (originals_due_key(&e, o), from, originals_due_text(&p, &e))
        };
        let (key, from, _) = at("2026-11-28T11:00");
        assert_eq!((key, from), ("ui-done-sc-originals", None));
        // Sunday: handed in on Monday 30.11, a working day, so the safe day
        // counts it as the first (Kezek's count from the next day a reading,
        // said under the line: "… the day you hand the application in …").
        for (as_of, key) in [
            ("2026-11-29T11:00", "ui-done-sc-originals-next-open"),
            ("2026-11-30T21:00", "ui-done-sc-originals-next-open"),
            ("2026-11-30T11:00", "ui-done-sc-originals"),
        ] {
            let (k, from, text) = at(as_of);
            assert_eq!((k, from), (key, Some("handing-in")), "{as_of}");
            let reading = text.unwrap().reading.unwrap();
            assert!(
                reading.contains("the day you hand the application in"),
                "{as_of}: {reading}"
            );
        }
    }

    /// Annex 4 p. 7 sub. 2 (Annex 2 p. 7 sub. 3 for the queue): on the portal
    /// «көрсетілетін қызметті алушы жұмыс уақыты аяқталғанан кейін жүгінген
    /// кезде … өтініштерді қабылдау … келесі жұмыс күнінде беріледі». The walk
    /// of 05.12 (05b): a family sending the admission application on egov.kz
    /// on Fri 27.11.2026 at 19:10 was told how to send it, but not that it is
    /// received on Mon 30.11.2026 — the hand-off says so, with the annex; in
    /// working hours it says nothing.
    #[test]
    fn annex4_7_2_the_portal_hand_off_says_an_application_sent_after_hours_is_received_next_working_day(
    ) {
        let case = crate::steps::tests::walk_05b_admission_case();
        let e = crate::steps::tests::example(&case.to_string());
        let p = crate::steps::tests::props(e.clone());
        let note = portal_accepted_note(&p, &e).expect("a note after working hours");
        assert!(note.contains("30.11.2026 09:00"), "{note}");
        assert!(note.contains("Annex 4"), "{note}");
        let mut case = case;
        case["as_of"] = "2026-11-27T11:10".into();
        let e = crate::steps::tests::example(&case.to_string());
        let p = crate::steps::tests::props(e.clone());
        assert_eq!(portal_accepted_note(&p, &e), None);
    }

    /// Annex 2 p. 7 sub. 3 («3) портал: … көрсетілетін қызметті алушы жұмыс
    /// уақыты аяқталғанда жүгінгенде … келесі жұмыс күнінде беріледі») and
    /// Annex 4 p. 7 sub. 2 («2) порталда: …»): the portal's own sub-point is
    /// the exact place, not p. 7, whose sub. 1 is the provider's office hours
    /// (and, in Annex 2, sub. 2 the State Corporation's). The walk of 05.12
    /// (37c, a guardian on egov.kz on Mon 30.11.2026 at 21:00) read «(приложение
    /// 2, пункт 7)».
    #[test]
    fn annex2_7_3_and_annex4_7_2_the_portal_hand_off_cites_the_portals_sub_point() {
        use crate::i18n::{I18n, Lang};
        let mut queue: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ))
        .unwrap();
        queue["as_of"] = "2026-11-30T21:00".into();
        for (case, en, ru, kk) in [
            (
                queue,
                "(Annex 2 p. 7 sub. 3)",
                "(подпункт 3) пункта 7 приложения 2)",
                "(2-қосымшаның 7-тармағының 3) тармақшасы)",
            ),
            (
                crate::steps::tests::walk_05b_admission_case(),
                "(Annex 4 p. 7 sub. 2)",
                "(подпункт 2) пункта 7 приложения 4)",
                "(4-қосымшаның 7-тармағының 2) тармақшасы)",
            ),
        ] {
            let e = crate::steps::tests::example(&case.to_string());
            for (lang, want) in [(Lang::En, en), (Lang::Ru, ru), (Lang::Kk, kk)] {
                let mut p = crate::steps::tests::props(e.clone());
                p.i18n = I18n::new(lang);
                let note = portal_accepted_note(&p, &e).expect("a note after working hours");
                assert!(note.contains(want), "{lang:?}: {note}");
            }
        }
    }

    /// Annex 2 p. 8, the list «Көрсетілетін қызметті берушіге немесе
    /// Мемлекеттік корпорацияға жүгінген кезде»: item 8 «мектепке дейінгі
    /// ұйымға бірінші кезекте орын алу құқығын растайтын құжаттар» is on it,
    /// the paragraph after it having the staff take their information through
    /// the gateway; cl. 22 has their originals shown. The walk of 05.12 (05b,
    /// a guardian of an orphan at the State Corporation on Sat 28.11.2026)
    /// read a "Bring" list without them, while step 6 said to show them with
    /// the other originals: in person they are brought (with the line's note
    /// saying why), on egov.kz nothing of them is attached.
    #[test]
    fn annex2_8_8_in_person_the_bring_list_names_the_first_priority_proof() {
        let at = |channel: &str| {
            let mut case: serde_json::Value = serde_json::from_str(include_str!(
                "../../../kezek-rules/examples/cases/05-office-guardian-orphan-saturday.json"
            ))
            .unwrap();
            case["channel"] = channel.into();
            case["as_of"] = "2026-11-28T11:00".into();
            let e = crate::steps::tests::example(&case.to_string());
            let p = crate::steps::tests::props(e.clone());
            let name = super::super::document_name(&p, &e, DocumentKind::FirstPriorityProof);
            let bring = bring_list(&p, &e, false);
            (name, bring)
        };
        for channel in ["state_corporation", "provider_office"] {
            let (name, bring) = at(channel);
            let line = bring.iter().find(|b| b.starts_with(&name));
            assert!(
                line.is_some_and(|l| l.contains("Annex 2 p. 8 sub. 8") && l.contains("cl. 22")),
                "{channel}: {bring:?}"
            );
        }
        let (name, bring) = at("egov_portal");
        assert!(!bring.iter().any(|b| b.starts_with(&name)), "{bring:?}");
    }

    /// cl. 22 «мектепке дейінгі ұйымға қабылдауға жолдама алғаннан кейін …
    /// тексереді» with the rules' reading of where (after a referral, the
    /// originals are taken to the kindergarten too): at admission in person
    /// the first-priority proof's original is brought with the others the
    /// second check asks (the teacher's certificate and diploma are), said to
    /// be cl. 22's, not Annex 4 p. 8's list.
    #[test]
    fn cl22_at_admission_in_person_the_bring_list_names_the_first_priority_proof() {
        let mut case = crate::steps::tests::walk_05b_admission_case();
        case["channel"] = "provider_office".into();
        case["as_of"] = "2026-11-27T11:10".into();
        let e = crate::steps::tests::example(&case.to_string());
        let p = crate::steps::tests::props(e.clone());
        let name = super::super::document_name(&p, &e, DocumentKind::FirstPriorityProof);
        let bring = bring_list(&p, &e, false);
        let line = bring.iter().find(|b| b.starts_with(&name));
        assert!(
            line.is_some_and(|l| l.contains("cl. 22") && l.contains("Annex 4")),
            "{bring:?}"
        );
    }

    /// Annex 4 p. 8 sub. 1 (the referral «берілген күннен бастап бес жұмыс
    /// күні ішінде жарамды»), what a missed day brings (Annex 4 p. 9 sub. 4,
    /// cl. 34 sub. 1: `doc.referral_if_missed`) and Kezek's count from the
    /// day after issue (`ui-referral-safe-reading`): the walks of 05.12 (05,
    /// admission at the kindergarten's desk, the referral of 20.11; 05b, on
    /// egov.kz on Fri 27.11.2026 at 19:10, the referral of 25.11) read both
    /// word for word on step 6 under the referral and again on the hand-off.
    /// Each is said once, on step 6 (the referral's item, whose subject they
    /// are); the hand-off keeps the day to apply by and points to step 6.
    #[test]
    fn annex4_8_1_a_missed_referral_day_and_kezeks_count_are_said_once_on_step_6() {
        use crate::i18n::{I18n, Lang};
        let mut desk: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ))
        .unwrap();
        desk["documents"][0]["issued_on"] = "2026-11-20".into();
        for case in [desk, crate::steps::tests::walk_05b_admission_case()] {
            let e = crate::steps::tests::example(&case.to_string());
            let i = e
                .checklist
                .item(DocumentKind::Referral)
                .expect("the referral");
            for lang in [Lang::En, Lang::Ru, Lang::Kk] {
                let mut p = crate::steps::tests::props(e.clone());
                p.i18n = I18n::new(lang);
                let step_6: Vec<String> = super::super::documents::item_reasons(&p, &e, i)
                    .into_iter()
                    .map(|(_, t)| t)
                    .chain(super::super::documents::referral_readings(&p, &e, i))
                    .collect();
                let lines = referral_lines(&p, &e).expect("the referral's lines");
                let handoff: Vec<String> = [Some(lines.until.clone()), lines.reading.clone()]
                    .into_iter()
                    .flatten()
                    .collect();
                let missed = super::super::item_reason(&p, i, ReasonCode::DocReferralIfMissed);
                let count = super::super::referral_safe_reading(&p, &e, i).expect("Kezek's count");
                for said in [&missed, &count] {
                    let on = |texts: &[String]| {
                        texts.iter().filter(|t| t.contains(said.as_str())).count()
                    };
                    assert_eq!(
                        (on(&step_6), on(&handoff)),
                        (1, 0),
                        "{lang:?}, {}: said on step 6 {step_6:#?} and the hand-off {handoff:#?}",
                        case["as_of"]
                    );
                }
                let see = lines.see_documents.expect("a pointer to step 6");
                assert!(see.contains('6'), "{lang:?}: {see}");
            }
        }
    }

    /// Annex 4 p. 7 (lawyer42): on egov.kz on the referral's safe last day
    /// the hand-off said "send the application by 18:00 today" at any hour;
    /// the time every reading keeps is the kindergarten's hours for receiving
    /// applications (sub. 1, to 17:30; from 09:00 before then), Kezek's
    /// reading of working time (to 18:00) beside it.
    #[test]
    fn annex4_7_on_the_referrals_last_day_the_handoff_says_the_safe_time_to_send() {
        use crate::i18n::{I18n, Lang};
        for (as_of, lang, want) in [
            (
                "2026-11-24T07:30",
                Lang::En,
                "Today, 24.11.2026, is the referral's safe last day: to be safe, send the application today between 09:00 and 17:30 (the kindergarten's hours for receiving applications). Kezek takes one sent before 09:00 as received at 09:00 today, and reads working time as running to 18:00, but the order says neither outright: one sent before 09:00 or after 17:30 may be accepted only on the next working day, after the referral's last day.",
            ),
            (
                "2026-11-24T10:00",
                Lang::Ru,
                "Сегодня, 24.11.2026, — надежный последний день направления: для надежности отправьте заявление сегодня до 17:30 (конец часов приема заявлений детского сада). Kezek считает рабочее время до 18:00, конца рабочего дня детского сада, но приказ этого прямо не говорит: отправленное после 17:30 могут принять только в следующий рабочий день — после последнего дня направления.",
            ),
            (
                "2026-11-24T17:45",
                Lang::En,
                "Today, 24.11.2026, is the referral's safe last day, and the kindergarten's hours for receiving applications ended at 17:30: send the application at once. Kezek reads working time as running to 18:00, so one sent before then is accepted today; but the order does not say so outright, and it may be accepted only on the next working day, after the referral's last day: ask the kindergarten too.",
            ),
        ] {
            let mut case: serde_json::Value = serde_json::from_str(include_str!(
                "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
            ))
            .unwrap();
            case["channel"] = "egov_portal".into();
            case["as_of"] = as_of.into();
            case["admission"]
                .as_object_mut()
                .unwrap()
                .remove("contract_date");
            let e = crate::steps::tests::example(&case.to_string());
            let mut p = crate::steps::tests::props(e.clone());
            p.i18n = I18n::new(lang);
            let lines = referral_lines(&p, &e).expect("the referral's lines");
            assert_eq!(lines.until, want, "{as_of} {lang:?}");
        }
    }

    /// Annex 4 p. 8's portal list names a copy for items 5-7 only, and cl.
    /// 22 has the second check's proofs shown in the original: on egov.kz
    /// the parent attaches what the rules' checklist asks as a scan, never
    /// what it asks in the original — read from the item's `form`, not
    /// decided again on its condition (review26c, item 7). Example case 15
    /// on egov.kz: the teacher's certificate and diploma (cl. 22's second
    /// check) are not attached; were the diploma asked as a scan, it would be.
    #[test]
    fn annex4_8_on_egov_the_parent_attaches_what_the_checklist_asks_as_a_scan() {
        let mut case = kezek_rules::wire::read_case(include_str!(
            "../../../kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json"
        ))
        .unwrap();
        case.channel = Channel::EgovPortal;
        let e = kezek_rules::evaluate(&case).unwrap();
        let item = |kind: DocumentKind| e.checklist.item(kind).cloned().expect("on the checklist");
        for kind in [
            DocumentKind::TeacherWorkplaceCertificate,
            DocumentKind::TeacherDiploma,
        ] {
            let i = item(kind);
            assert_eq!(
                i.condition,
                kezek_rules::checklist::Condition::PriorityRecheck
            );
            assert_eq!(i.form, Form::Original, "{kind:?}");
            assert!(!parent_hands_in(&i, Channel::EgovPortal), "{kind:?}");
            // In person it is brought.
            assert!(parent_hands_in(&i, Channel::ProviderOffice), "{kind:?}");
        }
        let mut scan = item(DocumentKind::TeacherDiploma);
        scan.form = Form::Scan;
        assert!(
            parent_hands_in(&scan, Channel::EgovPortal),
            "the diploma asked as a scan is attached"
        );
    }

    /// Annex 1 («… жылы туған баламды … кезекке қоюды сұраймын») is for one
    /// child, and the wizard prepares it for one: the hand-off, where the
    /// application is prepared, shows the rules' line that twins and other
    /// children each need their own (Kezek's reading of the form, with its
    /// "Why"). Step 5 said cl. 29 of several children, never this.
    /// Admission's application names no such thing: no line.
    #[test]
    fn annex1_the_hand_off_says_each_child_twins_too_needs_its_own_application() {
        use crate::i18n::{I18n, Lang};
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        let line = one_child_line(&e).expect("queue registration: the line");
        assert_eq!(line.citations, vec![kezek_rules::Citation::annex_form(1)]);
        for (lang, twins) in [
            (Lang::Kk, "Егіз"),
            (Lang::Ru, "Близнец"),
            (Lang::En, "Twins"),
        ] {
            let t = I18n::new(lang).t(&line.reason.key());
            assert!(t.contains(twins) && t.contains("Kezek"), "{lang:?}: {t}");
        }
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ));
        assert_eq!(one_child_line(&e), None);
    }

    /// The hand-off's warning when a priority's own proof is missing or out
    /// of date (queue registration, `proof_blocked`) names the refusal of
    /// each channel: at an office or the State Corporation the documents not
    /// accepted (cl. 5, Annex 3); on the portal an incomplete set not
    /// considered (cl. 6, «Толық болмаған жағдайда … өтінішті қарастырудан
    /// бас тарту») — but a document out of date is not what cl. 6 speaks of:
    /// the service is refused under Annex 2 p. 9 sub. 4 («қолданылу мерзімі
    /// өтіп кеткен құжаттарды ұсынған жағдайда»), as the rules' own risk
    /// `refusal.expired_service_refused` says. The warning said cl. 6 of both.
    #[test]
    fn annex2_9_4_the_hand_offs_proof_warning_names_the_portals_refusal_of_an_out_of_date_document()
    {
        use crate::i18n::{I18n, Lang};
        for (lang, cl6, sub4) in [
            (
                Lang::Kk,
                "6-тармақ",
                "2-қосымшаның 9-тармағының 4) тармақшасы",
            ),
            (Lang::Ru, "пункт 6", "подпункт 4) пункта 9 приложения 2"),
            (Lang::En, "cl. 6", "Annex 2 p. 9 sub. 4"),
        ] {
            let t = I18n::new(lang).t("ui-handoff-warning-category");
            assert!(t.contains(cl6), "{lang:?}: {t}");
            assert!(t.contains(sub4), "{lang:?}: {t}");
        }
    }

    /// cl. 34 sub. 1 («баланың денсаулық паспорты … ұсынбауы»): the walk of
    /// 05.12 (p4-09) read a "Take with you" list without the child's health
    /// passport, which step 6 told the parent to present: the kindergarten
    /// does not admit the child without it. The list comes from the rules'
    /// checklist, which now has it (item 0, cl. 34 sub. 1): in person it is
    /// brought; on egov.kz nothing of it is attached, but the hand-off says
    /// to take it to the kindergarten for the contract.
    #[test]
    fn cl34_1_the_hand_off_says_to_bring_the_health_passport_to_the_contract() {
        use crate::i18n::{I18n, Lang};
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let e = crate::steps::tests::walk41_admission("provider_office");
            let mut p = crate::steps::tests::props(e.clone());
            p.i18n = I18n::new(lang);
            let passport = p.t("doc-health-passport");
            assert_ne!(passport, "doc-health-passport", "{lang:?}: no name");
            let bring = bring_list(&p, &e, false);
            assert!(
                bring.iter().any(|b| b.starts_with(&passport)),
                "{lang:?}: {bring:?}"
            );
            let e = crate::steps::tests::walk41_admission("egov_portal");
            let mut p = crate::steps::tests::props(e.clone());
            p.i18n = I18n::new(lang);
            assert!(
                !bring_list(&p, &e, false)
                    .iter()
                    .any(|b| b.starts_with(&passport)),
                "{lang:?}: nothing of it is attached on egov.kz"
            );
            let line = contract_line(&p, &e).expect("the contract's line");
            // After the colon, as a word there is written (steps46).
            let passport = crate::steps::after_colon(&passport);
            assert!(line.contains(&passport), "{lang:?}: {line}");
            // One document: said in the singular (the re-walk of 05.12.2026
            // read «без них … их не прикладывают» of the passport alone).
            let one = [("En", "without it"), ("Ru", "без него"), ("Kk", "онсыз")];
            let word = one
                .iter()
                .find(|(l, _)| format!("{lang:?}") == *l)
                .unwrap()
                .1;
            assert!(line.contains(word), "{lang:?}: {line}");
            assert!(line.contains("34"), "{lang:?}: {line}");
        }
    }

    /// cl. 34 sub. 1 by Kezek's first-day reading: a health certificate
    /// valid on the contract day by Kezek's count but a day too old if the
    /// contract day is one of the three (`refusal.health_certificate_first_day_reading`,
    /// "may be refused"). Step 6 said so and previewed the refusal; the
    /// hand-off (p4-09) had no warning at all, while at queue registration a
    /// document at risk is warned of before applying. The hand-off now says
    /// the reading's refusal risk of a document no other warning names, as
    /// it says cl. 18's: not foretold (the title stays "ready").
    #[test]
    fn cl34_1_the_hand_off_warns_of_a_health_certificate_at_risk_on_the_contract_day() {
        for channel in ["provider_office", "egov_portal"] {
            let e = crate::steps::tests::walk41_admission(channel);
            let h = handoff_refusals(&e);
            assert!(
                h.readings
                    .iter()
                    .any(|r| r.reason == ReasonCode::RefusalHealthCertificateFirstDayReading),
                "{channel}: {:?}",
                e.refusal.risks
            );
            assert_eq!(confirmation_title_key(&h), "ui-done-title", "{channel}");
        }
    }

    /// cl. 34 sub. 3 with cl. 22 (`refusal.recheck_unconfirmed_reading`): a
    /// teacher's certificate lapsed before the referral (listed among what
    /// is out of date) and no diploma (listed in no other warning). The
    /// hand-off's reading box says the risk while one of its documents is
    /// warned of nowhere else — not only when none is.
    #[test]
    fn cl34_3_a_reading_risk_is_said_while_one_of_its_documents_is_warned_of_nowhere_else() {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ))
        .unwrap();
        case["family"] = serde_json::json!({"teacher": true});
        case["documents"].as_array_mut().unwrap().push(
            serde_json::json!({"kind": "teacher_workplace_certificate", "issued_on": "2026-10-15"}),
        );
        let e = crate::steps::tests::example(&case.to_string());
        let risk = e
            .refusal
            .risks
            .iter()
            .find(|r| r.reason == ReasonCode::RefusalRecheckUnconfirmedReading)
            .expect("the recheck's reading risk");
        assert!(
            warned_elsewhere(&e, DocumentKind::TeacherWorkplaceCertificate)
                && !warned_elsewhere(&e, DocumentKind::TeacherDiploma)
                && risk.documents.contains(&DocumentKind::TeacherDiploma),
            "{risk:?}"
        );
        let h = handoff_refusals(&e);
        assert!(
            h.readings
                .iter()
                .any(|r| r.reason == ReasonCode::RefusalRecheckUnconfirmedReading),
            "{:?}",
            e.refusal.risks
        );
    }

    /// The family-services hand-off says its answers are for reference (the
    /// form may ask differently); the kindergarten's said «Заполните форму
    /// ответами ниже, в том же порядке» (kk «сол ретпен»), though its list
    /// holds what egov.kz's form has no field for (the queues, the words
    /// declaring a ground the form has no box for). It now says the truth.
    #[test]
    fn annex2_8_the_portal_hand_off_says_its_answers_are_for_reference_not_in_the_forms_order() {
        use crate::i18n::{I18n, Lang};
        for (lang, same_order, reference) in [
            (Lang::Kk, "сол ретпен", "анықтама үшін"),
            (Lang::Ru, "в том же порядке", "для справки"),
            (Lang::En, "same order", "for reference"),
        ] {
            let t = I18n::new(lang).t("ui-done-portal-enter");
            assert!(!t.contains(same_order), "{lang:?}: {t}");
            assert!(t.contains(reference), "{lang:?}: {t}");
        }
    }

    /// Annex 2 p. 9 sub. 4 («қолданылу мерзімі өтіп кеткен құжаттарды
    /// ұсынған»): the walk of 05.12 (p1-23) read «Приложите скан-копии:
    /// Справка с места работы… (срок истек: действовал по 01.11.2026
    /// включительно — получите новый документ)» for the law-enforcement
    /// certificate asked by analogy — an instruction to attach an expired
    /// document, with no word of what follows. The line now says to hand in
    /// a new one only, or to apply without it (the set is complete; the
    /// right not confirmed), never the expired one, as step 6 says.
    #[test]
    fn annex2_9_4_the_hand_off_does_not_list_an_expired_certificate_to_attach_as_it_is() {
        use crate::i18n::{I18n, Lang};
        let e = queue_on_the_portal(
            serde_json::json!({"law_enforcement": true}),
            serde_json::json!({"kind": "service_workplace_certificate", "issued_on": "2026-10-01"}),
        );
        for (lang, do_not, without) in [
            (Lang::Kk, "мерзімі өткенін бермеңіз", "онсыз"),
            (Lang::Ru, "просроченный не подавайте", "без него"),
            (Lang::En, "do not hand in the expired one", "without it"),
        ] {
            let mut p = crate::steps::tests::props(e.clone());
            p.i18n = I18n::new(lang);
            let name =
                super::super::document_name(&p, &e, DocumentKind::ServiceWorkplaceCertificate);
            let bring = bring_list(&p, &e, false);
            let line = bring
                .iter()
                .find(|b| b.starts_with(&name))
                .unwrap_or_else(|| panic!("{lang:?}: {bring:?}"));
            assert!(line.contains("01.11.2026"), "{lang:?}: {line}");
            assert!(line.contains(do_not), "{lang:?}: {line}");
            assert!(line.contains(without), "{lang:?}: {line}");
        }
    }

    /// Annex 2 p. 8 sub. 5 with cl. 22: a serviceman's certificate held
    /// without its issue date is counted as not proven (the safe side), so
    /// the hand-off lists it under "without these documents the priority is
    /// not confirmed" — as if the parent lacked it. The line now says its
    /// issue date is what is wanting (proof41's note of 05.12.2026).
    #[test]
    fn annex2_8_5_the_unproven_list_says_an_undated_proof_wants_its_date() {
        use kezek_rules::documents::DocumentKind;
        let e = queue_on_the_portal(
            serde_json::json!({"serviceman": true}),
            serde_json::json!({"kind": "service_workplace_certificate"}),
        );
        let kind = DocumentKind::ServiceWorkplaceCertificate;
        assert!(
            e.checklist.awaiting_issue_date.contains(&kind),
            "{:?}",
            e.checklist
        );
        let p = crate::steps::tests::props(e.clone());
        let line = unproven_line(&p, &e, kind);
        assert!(line.contains(&p.t("ui-handoff-note-no-date")), "{line}");
        let other = unproven_line(&p, &e, DocumentKind::TeacherDiploma);
        assert!(!other.contains(':'), "{other}");
    }

    /// Annex 1 «Хабардар етемін, бала (керегін көрсету)» and «… жылы туған»:
    /// the walk of 05.12 (note41) copied Kezek's commentary with the
    /// category («Ребенок сотрудника правоохранительного органа — заявлено
    /// словами: в форме нет отметки…»). What a "Copy" button copies is what
    /// the parent types into the form's box, in the form's words: the
    /// category's boxes are ticked, not typed (no button, as the consent),
    /// and name the box in the form's words; a ground the form has no box
    /// for is Kezek's note beside the answers, never a value; the birth is
    /// the form's year; the queues, which the form has no line for, are not
    /// copied either.
    #[test]
    fn annex1_a_copy_button_copies_the_forms_value_never_kezeks_commentary() {
        use crate::i18n::{I18n, Lang};
        let law = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/07-portal-law-enforcement-officer.json"
        ));
        let sen = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/04-portal-sen-child-several-queues.json"
        ));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut p = crate::steps::tests::props(law.clone());
            p.i18n = I18n::new(lang);
            let ground = p.t("ground-law-enforcement");
            let got = answers(&p, &law);
            let category = got.iter().find(|a| a.id == "category").expect("category");
            assert!(!category.copyable, "{lang:?}: a box is ticked, not typed");
            assert_eq!(
                category.value,
                format!("10) {}", p.t("ui-annex1-box-10")),
                "{lang:?}: box 10 in the form's words"
            );
            for a in got.iter().filter(|a| a.copyable) {
                assert!(!a.value.contains(&ground), "{lang:?}: {a:?}");
                assert!(!a.value.contains("Kezek"), "{lang:?}: no reading: {a:?}");
            }
            // Said beside the answers, as Kezek's reading.
            let note = declared_ground(&p, Ground::LawEnforcement);
            assert!(
                note.contains(&ground) && note.contains("Kezek"),
                "{lang:?}: {note}"
            );
            let year = got.iter().find(|a| a.id == "child-birth-year");
            assert_eq!(
                year.map(|a| a.value.as_str()),
                Some("2022"),
                "{lang:?}: {got:?}"
            );
            assert!(!got.iter().any(|a| a.id == "child-birth-date"), "{lang:?}");
            let mut p = crate::steps::tests::props(sen.clone());
            p.i18n = I18n::new(lang);
            let got = answers(&p, &sen);
            let queues = got.iter().find(|a| a.id == "queues").expect("queues");
            assert!(!queues.copyable, "{lang:?}: the form has no line for them");
        }
    }

    /// Order 254's Annex 1 and Annex 5 as the law gives them (kk), from the
    /// annex mark to the form's last line.
    fn annex_text(n: u8) -> String {
        const ORDER: &str = include_str!("../../../../law/order-254-preschool-services.kk.txt");
        let heading = ORDER.find(&format!("\n{n}-қосымша")).expect("the annex");
        let start = ORDER[..heading]
            .rfind("Мектепке дейінгі білім")
            .expect("its mark");
        // Annex 1 ends «Қолы ___ Күні ___», Annex 5 «(қолы) (тегі, …)».
        let last = if n == 1 { "Күні" } else { "(қолы)" };
        let end = heading + ORDER[heading..].find(last).expect("its signature");
        ORDER[start..end + last.len()].to_owned()
    }

    /// Without whitespace, lower case, one quotation mark, the Kazakh «і»
    /// (the law types a Latin one in Annex 1's box 2).
    fn squeezed(s: &str) -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                '«' | '»' | '“' | '”' | '„' => '"',
                'i' => 'і',
                c => c,
            })
            .collect()
    }

    /// The text of each printed piece, its ticks cut out.
    fn piece_texts(pieces: &[Printed]) -> Vec<String> {
        pieces
            .iter()
            .flat_map(|piece| match piece {
                Printed::Mark(t)
                | Printed::Title(t)
                | Printed::Line(t)
                | Printed::Translation(t) => {
                    vec![t.clone()]
                }
                Printed::Boxes(b) => b.iter().map(|(_, l)| l.clone()).collect(),
            })
            .collect()
    }

    /// Annex 1 and Annex 5 of order 254 (kk; the ru and en prints are their
    /// translations): the walk of 05.12 (note41) found the printed Annex 1
    /// carrying lines the official form does not have — «Бала осы
    /// кезектердің барлығында бір мезгілде тұра алады: …», a ground
    /// «— сөзбен мәлімделеді: нысанда бұл негізге белгі жоқ», «Кімге:»,
    /// «Кімнен:», a title of Kezek's and a tick after the consent. A printed
    /// form is the form's own words and boxes, the answers in its blanks
    /// (every fixed fragment of the kk print stands in the annex's text);
    /// Kezek's notes are printed below the forms, apart, under a heading
    /// that says they are Kezek's — the same pieces in every language.
    #[test]
    fn annex1_annex5_the_printed_forms_are_the_forms_words_kezeks_notes_apart() {
        use crate::i18n::{I18n, Lang};
        use std::rc::Rc;
        let cases = [
            include_str!(
                "../../../kezek-rules/examples/cases/07-portal-law-enforcement-officer.json"
            ),
            include_str!(
                "../../../kezek-rules/examples/cases/04-portal-sen-child-several-queues.json"
            ),
            include_str!("../../../kezek-rules/examples/cases/08-admission-office-complete.json"),
        ];
        let (annex1, annex5) = (squeezed(&annex_text(1)), squeezed(&annex_text(5)));
        for case in cases {
            let e = crate::steps::tests::example(case);
            let app = &e.application.application;
            let props = |lang| {
                let mut p = crate::steps::tests::props(e.clone());
                p.i18n = I18n::new(lang);
                p.draft = Rc::new(crate::draft::Draft {
                    full_name: "Серікбаева Айгүл".into(),
                    applicant_iin: app.applicant.iin.clone().unwrap_or_default(),
                    child_iin: app
                        .child
                        .as_ref()
                        .and_then(|c| c.iin.clone())
                        .unwrap_or_default(),
                    email: "parent@example.kz".into(),
                    consent: true,
                    ..crate::draft::Draft::default()
                });
                p
            };
            let p = props(Lang::Kk);
            // The answers in the blanks, cut out with the blanks.
            let values: Vec<String> = [
                Some(p.draft.full_name.clone()),
                app.applicant.iin.clone(),
                app.settlement.clone(),
                app.child.as_ref().and_then(|c| c.iin.clone()),
                app.child.as_ref().map(|c| c.birth_year.to_string()),
                app.notify.as_ref().map(|n| n.sms.join(", ")),
                Some(p.draft.email.clone()),
                app.addressee.name.clone(),
            ]
            .into_iter()
            .flatten()
            .filter(|v| !v.is_empty())
            .collect();
            let annex5_only = super::super::annex5_only(&e);
            let forms = [
                (!annex5_only).then(|| (printed_annex1(&p, &e), &annex1)),
                Some((printed_annex5(&p, &e), &annex5)),
            ];
            for (pieces, law) in forms.into_iter().flatten() {
                for text in piece_texts(&pieces) {
                    let mut cut = text.clone();
                    for v in &values {
                        cut = cut.replace(v.as_str(), "\u{1}");
                    }
                    for f in cut.split(['\u{1}', '_']) {
                        let f = f.trim_matches(|c: char| c.is_whitespace() || ",.:;".contains(c));
                        assert!(
                            f.is_empty() || law.contains(&squeezed(f)),
                            "«{f}» is not the form's (printed: {text})"
                        );
                    }
                }
            }
            // Kezek's notes: what the form has no line or box for.
            let notes = print_notes(&p, &e);
            if e.queues.options.len() > 1 {
                let queues = notes
                    .iter()
                    .find(|(id, _)| *id == "queues")
                    .expect("queues");
                for o in &e.queues.options {
                    // After the colon, as a word there is written (steps46).
                    let label = super::super::after_colon(&super::super::queue_label(&p, &o.kind));
                    assert!(queues.1.contains(&label), "{queues:?}");
                }
            }
            // A ground declared in words is written in by hand, below the boxes.
            for g in &app.declared_grounds {
                assert!(
                    notes.iter().any(|(_, n)| n.contains(&p.t(&g.key()))),
                    "{notes:?}"
                );
                let fill = print_fill_items(&p, &e);
                assert!(fill.iter().any(|i| i.contains(&p.t(&g.key()))), "{fill:?}");
            }
            assert!(p.t("ui-print-notes").contains("Kezek"));
            // The same pieces in every language, each the translation of
            // the kk piece beside it — no line of Kezek's in one of them but
            // the ru/en prints' own, that they are Kezek's translation
            // (`annex1_annex5_ru_en_prints_say_…`): the same kind of piece,
            // the same boxes ticked, every answer in the same piece as in
            // the kk form (a translation that drops a blank's value loses
            // the answer), and, the answers cut out, words of its own
            // language: not the kk text, no letter of the Kazakh alphabet
            // that Russian and English lack. (The kinds alone, compared
            // before, are the same for any text: the pieces are built by one
            // code path in every language.)
            const KAZAKH_ONLY: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
            let pieces_of = |pieces: Vec<Printed>| -> Vec<Printed> {
                pieces
                    .into_iter()
                    .filter(|piece| !matches!(piece, Printed::Translation(_)))
                    .collect()
            };
            let kind = |piece: &Printed| -> String {
                match piece {
                    Printed::Mark(_) => "mark".to_owned(),
                    Printed::Title(_) => "title".to_owned(),
                    Printed::Line(_) => "line".to_owned(),
                    Printed::Boxes(b) => {
                        format!("{:?}", b.iter().map(|(t, _)| *t).collect::<Vec<_>>())
                    }
                    Printed::Translation(_) => "translation".to_owned(),
                }
            };
            let cut_values = |text: &str| -> String {
                let mut cut = text.to_owned();
                for v in &values {
                    cut = cut.replace(v.as_str(), "");
                }
                cut
            };
            for lang in [Lang::Ru, Lang::En] {
                let other = props(lang);
                let forms = [
                    (!annex5_only).then(|| (printed_annex1(&p, &e), printed_annex1(&other, &e))),
                    Some((printed_annex5(&p, &e), printed_annex5(&other, &e))),
                ];
                for (kk, translated) in forms.into_iter().flatten() {
                    let (kk, translated) = (pieces_of(kk), pieces_of(translated));
                    assert_eq!(
                        translated.iter().map(kind).collect::<Vec<_>>(),
                        kk.iter().map(kind).collect::<Vec<_>>(),
                        "{lang:?}"
                    );
                    let (kk_texts, texts) = (piece_texts(&kk), piece_texts(&translated));
                    assert_eq!(texts.len(), kk_texts.len(), "{lang:?}: {texts:?}");
                    for (kk_text, text) in kk_texts.iter().zip(&texts) {
                        for v in &values {
                            assert_eq!(
                                text.contains(v.as_str()),
                                kk_text.contains(v.as_str()),
                                "{lang:?}: «{v}» in «{kk_text}» but not in «{text}», or the other way"
                            );
                        }
                        let own = cut_values(text);
                        let blank = own.chars().all(|c| c == '_' || c.is_whitespace());
                        assert!(
                            blank || own != cut_values(kk_text),
                            "{lang:?}: the kk text, untranslated: «{text}»"
                        );
                        assert!(
                            !own.chars().any(|c| KAZAKH_ONLY.contains(c)),
                            "{lang:?}: a Kazakh letter in «{text}»"
                        );
                    }
                }
                assert_eq!(print_notes(&other, &e).len(), notes.len(), "{lang:?}");
            }
        }
    }

    /// Step 8's review («Проверьте ответы») before the hand-off: the walk of
    /// 05.12 (note41) found it without the channel chosen (Annex 2 p. 8 and
    /// Annex 4 p. 8 differ by channel), the SEN/PMPC answer (Annex 1 box 4,
    /// cl. 13's special queue, cl. 18's age exception) and the queues
    /// (cl. 17). Every answer that changes the application or the channel is
    /// a row with a "Change" link to its step: the channel, the child's IIN
    /// (Annex 1 «ЖСН ___»), SEN and the PMPC conclusion with its disorders,
    /// the queues, the ways of being told (Annex 1's SMS and e-mail lines).
    #[test]
    fn annex1_step8s_review_shows_every_answer_that_changes_the_application_or_the_channel() {
        use crate::i18n::{I18n, Lang};
        use kezek_rules::case::Disorder;
        use std::rc::Rc;
        let sen = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/04-portal-sen-child-several-queues.json"
        ));
        let admission = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut p = crate::steps::tests::props(sen.clone());
            p.i18n = I18n::new(lang);
            p.draft = Rc::new(crate::draft::Draft {
                child_iin: "191103507773".into(),
                settlement: "Almaty".into(),
                sen: true,
                pmpc: true,
                disorders: vec![Disorder::Hearing, Disorder::SevereSpeech],
                email: "parent@example.kz".into(),
                ..crate::draft::Draft::default()
            });
            let rows = review_rows(&p, &sen);
            let row = |id: &str| {
                rows.iter()
                    .find(|r| r.id == id)
                    .unwrap_or_else(|| panic!("{lang:?}: no row {id}: {rows:?}"))
            };
            assert_eq!(
                row("channel").value,
                p.t("ui-channel-egov-portal"),
                "{lang:?}"
            );
            assert_eq!(row("channel").step, Step::Service);
            assert!(row("child").value.contains("191103507773"), "{lang:?}");
            let said = &row("sen").value;
            assert!(
                said.contains(if lang == Lang::En { "PMPC" } else { "ПМПК" }),
                "{said}"
            );
            for x in [Disorder::Hearing, Disorder::SevereSpeech] {
                assert!(said.contains(&p.t(&x.key())), "{lang:?}: {said}");
            }
            assert_eq!(row("sen").step, Step::Child);
            for o in &sen.queues.options {
                let q = super::super::queue_label(&p, &o.kind);
                assert!(row("queues").value.contains(&q), "{lang:?}: {q}");
            }
            assert_eq!(row("queues").step, Step::Child);
            assert!(
                row("notify").value.contains("parent@example.kz"),
                "{lang:?}"
            );
            assert_eq!(row("notify").step, Step::Applicant);
            // Each "Change" link names its own row.
            let labels: std::collections::BTreeSet<_> = rows.iter().map(|r| &r.label).collect();
            assert_eq!(labels.len(), rows.len(), "{lang:?}: {rows:?}");
            // Admission at the kindergarten: its own channel's words, SEN
            // said "no", and no queue or Annex 1 line of being told.
            let mut p = crate::steps::tests::props(admission.clone());
            p.i18n = I18n::new(lang);
            let rows = review_rows(&p, &admission);
            let channel = rows.iter().find(|r| r.id == "channel").expect("channel");
            assert_eq!(
                channel.value,
                p.t("ui-channel-provider-office-00403002"),
                "{lang:?}"
            );
            let sen_row = rows.iter().find(|r| r.id == "sen").expect("sen");
            assert_eq!(sen_row.value, p.t("ui-answer-no"), "{lang:?}");
            assert!(
                !rows.iter().any(|r| r.id == "queues" || r.id == "notify"),
                "{lang:?}: {rows:?}"
            );
        }
    }

    /// Queue registration on egov.kz on Fri 04.12.2026 (a child born
    /// 08.09.2022 in Almaty) with the family's `family` answers and the
    /// workplace certificate `certificate` held beside the phthisiatrician's
    /// conclusion.
    fn queue_on_the_portal(
        family: serde_json::Value,
        certificate: serde_json::Value,
    ) -> kezek_rules::Evaluation {
        crate::steps::tests::example(
            &serde_json::json!({
                "service": "00403001",
                "channel": "egov_portal",
                "as_of": "2026-12-04T10:00",
                "applicant": {"role": "parent", "iin": "900315410004", "full_name": "Ахметов Ерлан Серикович"},
                "child": {"iin": "220908510001", "birth_date": "2022-09-08", "settlement": "Алматы"},
                "family": family,
                "documents": [certificate, {"kind": "phthisiatrician_conclusion"}],
                "consent": true
            })
            .to_string(),
        )
    }

    /// Annex 4 p. 8 sub. 2 and Annex 5: the admission application is the
    /// Annex 5 consent — «___ (мектепке дейінгі ұйым)», «___ (тегі, аты,
    /// әкесінің аты (бар болса)», «Мен, ___» — with no IIN, child or date
    /// (the payload carries exactly the addressee, the name and the
    /// consents). The answers "as on the printed application" listed the
    /// child's IIN and birth date and the applicant's IIN, which the form
    /// does not ask (forms42's note). They are the form's answers only; the
    /// child's IIN and birth date stay in the review above (step 2's row).
    #[test]
    fn annex5_the_admission_answers_are_only_what_annex5_asks() {
        use crate::i18n::{I18n, Lang};
        use std::rc::Rc;
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut p = crate::steps::tests::props(e.clone());
            p.i18n = I18n::new(lang);
            p.draft = Rc::new(crate::draft::Draft {
                full_name: "Асанова Әйгерім Болатқызы".into(),
                applicant_iin: "900314422336".into(),
                child_iin: "220120631413".into(),
                child_birth_date: "2022-01-20".into(),
                preschool: "№ 45 «Айгөлек» бөбекжай-балабақшасы".into(),
                consent: true,
                ..crate::draft::Draft::default()
            });
            let got = answers(&p, &e);
            let ids: Vec<&str> = got.iter().map(|a| a.id).collect();
            assert_eq!(
                ids,
                ["preschool", "applicant-name", "consent"],
                "{lang:?}: {got:?}"
            );
            let preschool = &got[0];
            assert_eq!(preschool.value, "№ 45 «Айгөлек» бөбекжай-балабақшасы");
            assert!(preschool.copyable, "{lang:?}: typed into the form's line");
            // The child's data stay in the review, outside the form's answers.
            let rows = review_rows(&p, &e);
            let child = rows.iter().find(|r| r.id == "child").expect("child");
            assert!(child.value.contains("220120631413"), "{lang:?}: {child:?}");
            assert!(child.value.contains("20.01.2022"), "{lang:?}: {child:?}");
        }
    }

    /// Annex 5 as the seed gives it: under the annex mark (and Adilet's
    /// amendment note, «Ескерту. …», which is the publisher's, not the
    /// form's) the form's label «Нысан», then «___ (мектепке дейінгі
    /// ұйым)». The print left «Нысан» out (forms42's note): it is printed,
    /// in the form's place, in every language.
    #[test]
    fn annex5_the_printed_form_carries_its_nysan_label() {
        use crate::i18n::{I18n, Lang};
        let law = annex_text(5);
        let mark = law.find("5-қосымша").expect("the mark");
        let label = law.find("\n      Нысан").expect("«Нысан» under the mark") + 1;
        let to = law.find("(мектепке дейінгі ұйым)").expect("the addressee");
        assert!(mark < label && label < to, "{law}");
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ));
        for (lang, nysan) in [(Lang::Kk, "Нысан"), (Lang::Ru, "Форма"), (Lang::En, "Form")]
        {
            let mut p = crate::steps::tests::props(e.clone());
            p.i18n = I18n::new(lang);
            let texts = piece_texts(&printed_annex5(&p, &e));
            let at = texts
                .iter()
                .position(|t| t == nysan)
                .unwrap_or_else(|| panic!("{lang:?}: no «{nysan}»: {texts:?}"));
            let addressee = texts
                .iter()
                .position(|t| t.contains("Айгөлек"))
                .expect("the addressee's line");
            assert!(
                at < addressee,
                "{lang:?}: «{nysan}» above the addressee: {texts:?}"
            );
        }
    }

    /// Annex 1's header as the seed gives it: «Көрсетілетін қызметті
    /// берушіге», four lines — the address («… мекенжайында тұратын»), the
    /// name («(тегі, аты, …) қағаз түрінде толтырған жағдайда)»), the IIN
    /// («(жеке сәйкестендіру нөмірі (бұдан әрі – ЖСН)») and a fourth with no
    /// caption — then «өтініш.». The print left the fourth out (forms42's
    /// note). The form does not say what it is for: it is printed as the
    /// form has it, a blank line with no caption, in every language, and
    /// Kezek's note below the forms says the form gives it no caption.
    #[test]
    fn annex1_the_header_prints_the_forms_fourth_line_before_otinish() {
        use crate::i18n::{I18n, Lang};
        let law = annex_text(1);
        let header = &law[..law.find("өтініш.").expect("«өтініш.»")];
        let iin = header.find("(бұдан әрі – ЖСН)").expect("the IIN's caption");
        let after = &header[iin + "(бұдан әрі – ЖСН)".len()..];
        assert!(
            after.contains('_') && after.chars().all(|c| c == '_' || c.is_whitespace()),
            "a blank line with no caption after the IIN's: {after:?}"
        );
        let e = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/07-portal-law-enforcement-officer.json"
        ));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut p = crate::steps::tests::props(e.clone());
            p.i18n = I18n::new(lang);
            let pieces = printed_annex1(&p, &e);
            let title = pieces
                .iter()
                .position(|x| matches!(x, Printed::Title(_)))
                .expect("«өтініш»");
            match &pieces[title - 1] {
                Printed::Line(t) => assert!(
                    t.contains('_') && t.chars().all(|c| c == '_'),
                    "{lang:?}: the line above the title is a bare blank: {t:?}"
                ),
                other => panic!("{lang:?}: {other:?}"),
            }
            let iin = p
                .i18n
                .t_args("ui-annex1-iin", &[("iin", or_blank(String::new()))]);
            assert_eq!(
                pieces[title - 2],
                Printed::Line(iin),
                "{lang:?}: the IIN's line before it"
            );
            let notes = print_notes(&p, &e);
            assert!(
                notes.iter().any(|(id, _)| *id == "blank-line"),
                "{lang:?}: {notes:?}"
            );
        }
    }

    /// Annex 1 and Annex 5 are Kazakh texts (seed 004); the seeds hold no
    /// Russian or English text of them. The printed ru and en forms are
    /// Kezek's translations and say so on the form's sheet, under the annex
    /// mark (the kk print, the form itself, does not). Box 3 «заңды өкілдері
    /// мүгедек болып табылатындардың баласы» and box 9 «мүгедек баласы бар
    /// отбасынан шыққан бала» are translated word for word: «мүгедек» is an
    /// «инвалид» ("disabled"), the family «has» (бар) the child — not Kezek's
    /// «лица с инвалидностью» / «воспитывающей» of step 4, which the form
    /// does not say (forms42's note).
    #[test]
    fn annex1_annex5_ru_en_prints_say_they_are_kezeks_translation_of_the_kazakh() {
        use crate::i18n::{I18n, Lang};
        let q = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/07-portal-law-enforcement-officer.json"
        ));
        let a = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut p = crate::steps::tests::props(q.clone());
            p.i18n = I18n::new(lang);
            let note = p.t("ui-print-translation");
            for pieces in [printed_annex1(&p, &q), printed_annex5(&p, &a)] {
                let said = matches!(pieces.get(1), Some(Printed::Translation(t)) if *t == note);
                assert_eq!(said, lang != Lang::Kk, "{lang:?}: {pieces:?}");
            }
            if lang != Lang::Kk {
                assert!(note.contains("Kezek"), "{note}");
                assert!(
                    note.contains(if lang == Lang::Ru {
                        "казахск"
                    } else {
                        "Kazakh"
                    }),
                    "{note}"
                );
            }
        }
        let ru = I18n::new(Lang::Ru);
        for n in [3, 9] {
            let box_n = ru.t(&format!("ui-annex1-box-{n}"));
            assert!(box_n.contains("инвалид"), "{box_n}");
            assert!(!box_n.contains("с инвалидностью"), "{box_n}");
            assert!(!box_n.contains("воспитыва"), "{box_n}");
        }
        let en = I18n::new(Lang::En);
        for n in [3, 9] {
            let box_n = en.t(&format!("ui-annex1-box-{n}"));
            assert!(box_n.contains("disabled"), "{box_n}");
        }
    }

    /// The note under a printed form's annex mark that it is Kezek's
    /// translation ([`annex_mark`]) is printed on the ru and en forms only:
    /// the kk print is the form in its official words (seed 004). Its kk
    /// text («Нысанның ресми мәтіні — қазақ тілінде») was never shown
    /// (review45): the message is where a print shows it, and nowhere else.
    #[test]
    fn annex1_annex5_the_translation_note_is_a_message_only_where_a_print_shows_it() {
        use crate::i18n::{I18n, Lang};
        let q = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/07-portal-law-enforcement-officer.json"
        ));
        for lang in Lang::ALL {
            let mut p = crate::steps::tests::props(q.clone());
            p.i18n = I18n::new(lang);
            let printed = printed_annex1(&p, &q)
                .iter()
                .any(|piece| matches!(piece, Printed::Translation(_)));
            assert_eq!(
                p.i18n.has("ui-print-translation"),
                printed,
                "{lang:?}: a message for the print's translation note, printed: {printed}"
            );
        }
    }

    /// Step 8's review: every answer the application or the refusal check
    /// reads, with its step. It left out who applies (step 3's role: the
    /// legal representative's act, cl. 22 and Annex 2 p. 8 sub. 3), the
    /// medical contraindication (cl. 34 sub. 2, Annex 4 p. 9 sub. 2; Annex
    /// 2 p. 10's information at queue registration), the times already
    /// queued (cl. 15's limit), the earlier priority referral (cl. 16: the
    /// ground brings no priority), and at admission the emergency measures
    /// (Annex 4 p. 8, last paragraph) and the referral's facts (cl. 3 p. 7,
    /// cl. 22, cl. 30: its last day) (forms42's note).
    #[test]
    fn cl15_cl16_cl34_step8s_review_shows_the_role_contraindication_and_times_queued() {
        use crate::i18n::{I18n, Lang};
        use kezek_rules::case::Role;
        use std::rc::Rc;
        let fourth = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/11-fourth-registration-after-priority-referral.json"
        ));
        let admission = crate::steps::tests::example(include_str!(
            "../../../kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json"
        ));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut p = crate::steps::tests::props(fourth.clone());
            p.i18n = I18n::new(lang);
            p.draft = Rc::new(crate::draft::Draft {
                role: Some(Role::Guardian),
                contraindication: true,
                times_queued: 3,
                previous_priority: true,
                previous_priority_changed_on: "2026-11-02".into(),
                ..crate::draft::Draft::default()
            });
            let rows = review_rows(&p, &fourth);
            let row = |id: &str| {
                rows.iter()
                    .find(|r| r.id == id)
                    .unwrap_or_else(|| panic!("{lang:?}: no row {id}: {rows:?}"))
                    .clone()
            };
            assert_eq!(row("role").value, p.t("ui-role-guardian"), "{lang:?}");
            assert_eq!(row("role").step, Step::Applicant);
            assert_eq!(row("contraindication").value, p.t("ui-answer-yes"));
            assert_eq!(row("contraindication").step, Step::Child);
            assert_eq!(row("times-queued").value, "3");
            assert_eq!(row("times-queued").step, Step::Child);
            assert!(
                row("previous-priority").value.contains("02.11.2026"),
                "{lang:?}"
            );
            assert_eq!(row("previous-priority").step, Step::Child);
            let labels: std::collections::BTreeSet<_> = rows.iter().map(|r| &r.label).collect();
            assert_eq!(labels.len(), rows.len(), "{lang:?}: {rows:?}");
            // Admission: no times queued (not asked); the contraindication
            // said "no"; the emergency measures and the extension given.
            let mut p = crate::steps::tests::props(admission.clone());
            p.i18n = I18n::new(lang);
            p.draft = Rc::new(crate::draft::Draft {
                role: Some(Role::Parent),
                service: Some(kezek_rules::Service::Admission),
                referral_extension_days: "10".into(),
                ..crate::draft::Draft::default()
            });
            let rows = review_rows(&p, &admission);
            let row = |id: &str| rows.iter().find(|r| r.id == id).cloned();
            assert_eq!(row("role").map(|r| r.value), Some(p.t("ui-role-parent")));
            assert_eq!(
                row("contraindication").map(|r| r.value),
                Some(p.t("ui-answer-no"))
            );
            assert!(row("times-queued").is_none(), "{lang:?}: {rows:?}");
            assert_eq!(
                row("emergency").map(|r| (r.value, r.step)),
                Some((p.t("ui-answer-no"), Step::Documents))
            );
            let extension = row("referral-extension").expect("extension");
            assert!(extension.value.contains("10"), "{lang:?}: {extension:?}");
            let labels: std::collections::BTreeSet<_> = rows.iter().map(|r| &r.label).collect();
            assert_eq!(labels.len(), rows.len(), "{lang:?}: {rows:?}");
        }
    }
}
