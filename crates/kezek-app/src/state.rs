//! The wizard's state: the one reducer ([`Wizard`]) and the actions
//! ([`Action`]) that change the parent's [`Draft`], and the rules' answer for
//! it ([`Outcome`]). Pure: [`Wizard::apply`] is
//! what the reducer runs and what the tests call. No legal decision is taken
//! here; where an answer excludes another (admission is not offered at the
//! State Corporation), the rules say so.

use std::rc::Rc;

use kezek_rules::case::{Disorder, Role, SanatoriumType};
use kezek_rules::documents::DocumentKind;
use kezek_rules::{Case, Channel, Evaluation, Service};
use yew::Reducible;

use crate::draft::{Draft, FamilyFact, FieldError, HeldUntil};
use crate::route::Step;

/// The draft evaluated by the rules, or why it cannot be yet: made by
/// [`crate::hooks::outcome::use_outcome`], shown by every screen.
pub type Outcome = Result<Evaluation, FieldError>;

/// Everything that changes the draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Step 1: the service chosen; a channel that does not offer it is cleared.
    SetService(Service),
    /// Step 1: how the parent applies.
    SetChannel(Channel),
    /// Step 2: the child's IIN as typed.
    SetChildIin(String),
    /// Step 2: the child's birth date as typed (when there is no IIN).
    SetBirthDate(String),
    /// Step 2: the settlement where the child lives.
    SetSettlement(String),
    /// Step 2: the child has special educational needs.
    SetSen(bool),
    /// Step 2: the parent holds a PMPC conclusion.
    SetPmpc(bool),
    /// Step 2: a disorder of the PMPC conclusion ticked or unticked.
    ToggleDisorder(Disorder),
    /// Step 2: the sanatorium queue's type (cl. 13 para 4), if any.
    SetSanatorium(Option<SanatoriumType>),
    /// Step 2: a medical contraindication to a preschool.
    SetContraindication(bool),
    /// Step 2: the earlier queue registrations in this settlement, as typed: a
    /// whole number up to [`Case::MAX_TIMES_QUEUED`], or empty for none.
    SetTimesQueued(String),
    /// Step 2 (cl. 16): an earlier registration had a priority category.
    SetPreviousPriority(bool),
    /// Step 2 (cl. 16): the day that category changed, as typed.
    SetPreviousPriorityChangedOn(String),
    /// Step 3: who applies for the child.
    SetRole(Role),
    /// Step 3: the applicant's IIN as typed.
    SetApplicantIin(String),
    /// Step 3: the applicant's full name as typed.
    SetFullName(String),
    /// Step 3: phone number `index` (0 or 1).
    SetPhone(usize, String),
    /// Step 3: the applicant's e-mail as typed.
    SetEmail(String),
    /// Step 4: a priority ground answered yes or no; yes clears "none of these".
    SetFamily(FamilyFact, bool),
    /// Step 4: "none of these" — clears every ground when ticked.
    SetFamilyNone(bool),
    /// Step 6: a document ticked as held or not.
    SetHeld(DocumentKind, bool),
    /// Step 6: a document's issue date as typed (ticks it as held).
    SetIssued(DocumentKind, String),
    /// Step 6 (admission): the planned contract date as typed.
    SetContractDate(String),
    /// Step 6 (admission): emergency or restriction measures in force.
    SetEmergency(bool),
    /// Step 6 (admission): the preschool of the referral.
    SetPreschool(String),
    /// Step 6 (admission): the day an early-booked place is vacated.
    SetPlaceVacated(String),
    /// Step 6 (admission): the day the documents were confirmed.
    SetDocumentsConfirmed(String),
    /// Step 6 (admission): the referral's one extension in calendar days.
    SetReferralExtension(String),
    /// Step 8: the consents of Annex 1 / Annex 5 given.
    SetConsent(bool),
    /// A family-and-children service question (a `FLAGS` name).
    SetAnswer(String, bool),
    /// A family-and-children service answer no longer given (the consent,
    /// which is for one application).
    ForgetAnswer(String),
    /// A family-and-children service's channel: (service code, channel).
    SetServiceChannel(String, String),
    /// Family-and-children services: the other children's birth dates as
    /// typed (`None` = unanswered, empty = none).
    SetOtherChildren(Option<Vec<String>>),
    /// Family-and-children services: a document held (checklist id), and
    /// the last day it is valid as typed.
    SetCatalogueDocument(String, HeldUntil),
    /// Step 7: the application of the queue file the number typed there
    /// names, with its status (`None`: no number, or none found for this child).
    SetExisting(Option<crate::draft::Existing>),
    /// Navigation reached a step.
    Reached(Step),
    /// "Erase my data".
    Erase,
    /// Replace everything (restored draft).
    Load(Box<Draft>),
}

/// The reducer's state: the draft, shared cheaply.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wizard {
    /// The answers.
    pub draft: Draft,
}

impl Wizard {
    /// Applies one action to a draft (pure; used by the reducer and tests).
    pub fn apply(mut d: Draft, action: Action) -> Draft {
        match action {
            Action::SetService(s) => {
                d.service = Some(s);
                if d.channel.is_some_and(|c| !s.offered_through(c)) {
                    d.channel = None;
                }
            }
            Action::SetChannel(c) => d.channel = Some(c),
            Action::SetChildIin(s) => {
                // Annex 1 and 5: the consent is given for one child's
                // application; another child's asks for it again.
                if crate::draft::clean_iin(&s) != crate::draft::clean_iin(&d.child_iin) {
                    d.consent = false;
                    // Step 7's application was found for the child before.
                    d.existing = None;
                }
                d.child_iin = s;
            }
            Action::SetBirthDate(s) => {
                if s != d.child_birth_date {
                    d.existing = None;
                }
                d.child_birth_date = s;
            }
            Action::SetSettlement(s) => d.settlement = s,
            Action::SetSen(v) => d.sen = v,
            Action::SetPmpc(v) => d.pmpc = v,
            Action::ToggleDisorder(x) => {
                if let Some(i) = d.disorders.iter().position(|y| *y == x) {
                    d.disorders.remove(i);
                } else {
                    d.disorders.push(x);
                    d.disorders.sort();
                }
            }
            Action::SetSanatorium(v) => d.sanatorium = v,
            Action::SetContraindication(v) => d.contraindication = v,
            Action::SetTimesQueued(s) => {
                let s = s.trim();
                match (s.is_empty(), s.parse::<u32>()) {
                    (true, _) => {
                        d.times_queued = 0;
                        d.times_queued_typed = None;
                    }
                    (false, Ok(n)) if n <= Case::MAX_TIMES_QUEUED => {
                        d.times_queued = n;
                        d.times_queued_typed = None;
                    }
                    _ => d.times_queued_typed = Some(s.to_owned()),
                }
            }
            Action::SetPreviousPriority(v) => d.previous_priority = v,
            Action::SetPreviousPriorityChangedOn(s) => d.previous_priority_changed_on = s,
            Action::SetRole(r) => d.role = Some(r),
            Action::SetApplicantIin(s) => d.applicant_iin = s,
            Action::SetFullName(s) => d.full_name = s,
            Action::SetPhone(i, s) => {
                let i = i.min(1);
                while d.phones.len() <= i {
                    d.phones.push(String::new());
                }
                d.phones[i] = s;
            }
            Action::SetEmail(s) => d.email = s,
            Action::SetFamily(f, v) => {
                f.set(&mut d.family, v);
                d.family_none &= !v;
            }
            Action::SetFamilyNone(v) => {
                if v {
                    for f in FamilyFact::ALL {
                        f.set(&mut d.family, false);
                    }
                }
                d.family_none = v;
            }
            Action::SetHeld(k, v) => {
                d.documents.entry(k).or_default().held = v;
                // A PMPC conclusion held is the step-2 answer too (the rules
                // count either, `Case::holds_pmpc_conclusion`): its disorders
                // are asked there.
                if k == DocumentKind::PmpcConclusion && v {
                    d.pmpc = true;
                }
            }
            Action::SetIssued(k, s) => {
                let e = d.documents.entry(k).or_default();
                e.issued_on = s;
                e.held = true;
            }
            Action::SetContractDate(s) => d.contract_date = s,
            Action::SetEmergency(v) => d.emergency_measures = v,
            Action::SetPreschool(s) => d.preschool = s,
            Action::SetPlaceVacated(s) => d.place_vacated_on = s,
            Action::SetDocumentsConfirmed(s) => d.documents_confirmed_on = s,
            Action::SetReferralExtension(s) => d.referral_extension_days = s,
            Action::SetConsent(v) => d.consent = v,
            Action::ForgetAnswer(name) => {
                d.answers.remove(&name);
            }
            Action::SetAnswer(name, v) => {
                match kezek_rules::order254::catalogue_facts::shared_ground(&name) {
                    Some(ground) => {
                        d.family.set(ground, v);
                        d.family_none &= !v;
                        // Remembered as answered: a "no" is an answer too
                        // (step 4 keeps the value).
                        d.answers.insert(name, v);
                    }
                    None => {
                        if kezek_rules::catalogue::FLAGS.contains(&name.as_str()) {
                            d.answers.insert(name, v);
                        }
                    }
                }
            }
            Action::SetServiceChannel(code, ch) => {
                d.service_channels.insert(code, ch);
            }
            Action::SetOtherChildren(v) => d.other_children = v,
            Action::SetCatalogueDocument(id, e) => {
                d.catalogue_documents.insert(id, e);
            }
            Action::SetExisting(x) => d.existing = x,
            Action::Reached(s) => {
                if s > d.reached {
                    d.reached = s;
                }
            }
            Action::Erase => d = Draft::default(),
            Action::Load(x) => d = *x,
        }
        d
    }
}

impl Reducible for Wizard {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let draft = Wizard::apply(self.draft.clone(), action);
        Rc::new(Wizard { draft })
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::draft::tests::{at, filled};

    /// cl. 13: the rules count a PMPC conclusion ticked as held on step 6 as
    /// one held (`Case::holds_pmpc_conclusion`); step 2 then asks its
    /// disorders, which the case carries. Before, the step-2 box stayed
    /// unticked, the disorder list hidden, and the result said to choose a
    /// disorder there was no list for (the review of 01.12.2026).
    #[test]
    fn cl13_a_pmpc_conclusion_held_on_step_6_opens_the_disorders_of_step_2() {
        let mut d = Wizard::apply(filled(), Action::SetSen(true));
        d = Wizard::apply(d, Action::SetHeld(DocumentKind::PmpcConclusion, true));
        assert!(d.pmpc, "the step-2 box follows the document held");
        d = Wizard::apply(d, Action::ToggleDisorder(Disorder::Vision));
        let case = d.to_case(at()).unwrap();
        assert_eq!(case.child.disorders, [Disorder::Vision]);
    }

    #[test]
    fn admission_clears_the_state_corporation_channel() {
        let d = Wizard::apply(filled(), Action::SetChannel(Channel::StateCorporation));
        let d = Wizard::apply(d, Action::SetService(Service::Admission));
        assert_eq!(d.channel, None);
    }

    /// Annex 1 («…келісім беретіндігімді растаймын», signed and dated on the
    /// one child's application) and Annex 5 («Осы келісім мемлекеттік қызмет
    /// көрсету нәтижесін алғанға дейін … қолданылады»): a consent is given
    /// for one application. A parent of twins who changed the child's IIN on
    /// step 2 to prepare the second twin's found the first twin's consent
    /// still ticked at the hand-off (walk 42, p2-01-twin2-handoff). The
    /// other child's application asks for it again; retyping the same IIN
    /// (spaces aside) keeps it.
    #[test]
    fn annex1_annex5_the_consent_is_for_one_childs_application() {
        let d = Wizard::apply(filled(), Action::SetConsent(true));
        let same = Wizard::apply(d.clone(), Action::SetChildIin("230510512343".into()));
        assert!(same.consent, "the same child: the consent stands");
        let twin = Wizard::apply(d, Action::SetChildIin("230510512354".into()));
        assert!(!twin.consent, "another child's application: asked again");
    }

    /// Annex 1 and Annex 5's consent, ticked on step 8 (steps46, review of
    /// the controlled box): the box is rendered from the draft
    /// (`checked={d.consent}`, set again on every render), so a re-render
    /// undoes a click only if the draft lost it. It does not: the click's
    /// `SetConsent(true)` is reduced at once (Yew's `use_reducer` applies
    /// an action inside `dispatch`, before any render), and what reaches
    /// the reducer without the parent's hand — arriving on a step, step
    /// 7's application found in a file, the embedding page's service and
    /// applicant IIN, a re-render's draft saved — keeps it. Only another
    /// child's IIN asks for it again (the test above).
    #[test]
    fn annex1_annex5_a_consent_ticked_stays_through_what_re_renders_step_8() {
        let ticked = Rc::new(Wizard { draft: filled() }).reduce(Action::SetConsent(true));
        assert!(ticked.draft.consent, "reduced at once");
        let service = ticked.draft.service.expect("a service");
        for action in [
            Action::Reached(Step::Handoff),
            Action::Reached(Step::Queue),
            Action::SetExisting(Some(crate::draft::Existing {
                id: "A0000686".into(),
                status: kezek_queue::snapshot::Status::StopList,
                sample: true,
            })),
            Action::SetExisting(None),
            Action::SetService(service),
            Action::SetApplicantIin("900315410004".into()),
            Action::SetChildIin(ticked.draft.child_iin.clone()),
        ] {
            let after = ticked.clone().reduce(action.clone());
            assert!(after.draft.consent, "{action:?} cleared the consent");
        }
        // Saved and read back at the next start: still ticked.
        let stored = ticked.draft.to_json();
        assert_eq!(Draft::from_json(&stored).map(|d| d.consent), Some(true));
    }

    /// Step 7's application (the number typed, its status) was found for
    /// one child: another child's IIN or birth date forgets it, so step 8
    /// does not tell the other child's parent that no queue application is
    /// needed; the same IIN retyped keeps it.
    #[test]
    fn cl13_step_7s_application_is_forgotten_for_another_child() {
        let x = crate::draft::Existing {
            id: "A0000686".into(),
            status: kezek_queue::snapshot::Status::ReferralIssued,
            sample: true,
        };
        let d = Wizard::apply(filled(), Action::SetExisting(Some(x.clone())));
        assert_eq!(d.existing.as_ref(), Some(&x));
        let same = Wizard::apply(d.clone(), Action::SetChildIin("230510512343".into()));
        assert_eq!(same.existing.as_ref(), Some(&x));
        let twin = Wizard::apply(d.clone(), Action::SetChildIin("230510512354".into()));
        assert_eq!(twin.existing, None);
        let born = Wizard::apply(d, Action::SetBirthDate("2023-06-15".into()));
        assert_eq!(born.existing, None);
    }

    #[test]
    fn erase_forgets_everything() {
        assert_eq!(Wizard::apply(filled(), Action::Erase), Draft::default());
    }

    #[test]
    fn service_answers_are_shared_with_the_kindergarten_steps() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut d = Draft::default();
        d = Wizard::apply(d, Action::SetFamily(FamilyFact::ORPHAN, true));
        assert!(
            d.family_facts(today).child_orphan,
            "step 4's answer reaches the catalogue"
        );
        d = Wizard::apply(
            d,
            Action::SetAnswer("child_without_parental_care".into(), true),
        );
        assert!(
            d.family.without_parental_care,
            "the catalogue's answer reaches step 4"
        );
        // Step 4 holds the value; the services remember only that it was
        // answered (a "no" is an answer too).
        d = Wizard::apply(
            d,
            Action::SetFamily(FamilyFact::WITHOUT_PARENTAL_CARE, false),
        );
        assert!(
            !d.family_facts(today).child_without_parental_care,
            "one value, step 4's"
        );
        d = Wizard::apply(d, Action::SetAnswer("going_to_health_camp".into(), true));
        assert!(d.family_facts(today).going_to_health_camp);
        d = Wizard::apply(d, Action::SetAnswer("no_such_fact".into(), true));
        assert!(!d.answers.contains_key("no_such_fact"));
        d = Wizard::apply(d, Action::SetChildIin("230510512343".into()));
        assert_eq!(
            d.family_facts(today).child_birth_date,
            NaiveDate::from_ymd_opt(2023, 5, 10)
        );
        d = Wizard::apply(d, Action::SetRole(Role::Guardian));
        assert!(d.family_facts(today).child_brought_up_in_family);
    }

    #[test]
    fn none_of_these_and_a_ground_exclude_each_other() {
        let mut d = Draft::default();
        d = Wizard::apply(d, Action::SetFamily(FamilyFact::ORPHAN, true));
        d = Wizard::apply(d, Action::SetFamilyNone(true));
        assert!(d.family_none);
        assert!(
            FamilyFact::ALL.iter().all(|f| !f.is_set(&d)),
            "'none' clears the grounds"
        );
        d = Wizard::apply(
            d,
            Action::SetFamily(FamilyFact::WITHOUT_PARENTAL_CARE, true),
        );
        assert!(!d.family_none, "a ground clears 'none'");
        d = Wizard::apply(d, Action::SetFamilyNone(true));
        d = Wizard::apply(d, Action::SetAnswer("child_orphan".into(), true));
        assert!(
            !d.family_none,
            "a shared fact answered on a service screen clears 'none'"
        );
    }
}

/// The working-day calendar in use: the embedding page's newer data
/// (`configure {calendar}`, at start-up or later), else the built-in one.
/// Compared by identity: each calendar the page sends is a new `Rc`.
#[derive(Clone)]
pub struct CalendarInUse(pub Rc<Option<kezek_rules::calendar::Calendar>>);

impl PartialEq for CalendarInUse {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

impl CalendarInUse {
    /// The calendar to count with.
    pub fn get(&self) -> &kezek_rules::calendar::Calendar {
        (*self.0)
            .as_ref()
            .unwrap_or(kezek_rules::calendar::Calendar::builtin())
    }
}
