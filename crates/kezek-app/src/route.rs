//! The wizard's steps and their URLs (`#/service` … `#/handoff`), so the
//! browser's Back button works and a step can be linked.

use serde::{Deserialize, Serialize};

/// One screen of the wizard, in order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// 1. Service and channel.
    #[default]
    Service,
    /// 2. The child.
    Child,
    /// 3. The applicant.
    Applicant,
    /// 4. Family situation.
    Family,
    /// 5. Category and queues.
    Result,
    /// 6. Document checklist.
    Documents,
    /// 7. Queue position and forecast.
    Queue,
    /// 8. Check and hand off.
    Handoff,
}

impl Step {
    /// All steps in order.
    pub const ALL: [Step; 8] = [
        Step::Service,
        Step::Child,
        Step::Applicant,
        Step::Family,
        Step::Result,
        Step::Documents,
        Step::Queue,
        Step::Handoff,
    ];

    /// The URL slug.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Service => "service",
            Step::Child => "child",
            Step::Applicant => "applicant",
            Step::Family => "family",
            Step::Result => "result",
            Step::Documents => "documents",
            Step::Queue => "queue",
            Step::Handoff => "handoff",
        }
    }

    /// The location hash, e.g. `#/child`.
    pub fn hash(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The step of a location hash (unknown → the first step).
    pub fn from_hash(hash: &str) -> Step {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        Step::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
            .unwrap_or_default()
    }

    /// 1-based number.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The next step.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self as usize + 1).copied()
    }

    /// The previous step.
    pub fn prev(self) -> Option<Step> {
        (self as usize).checked_sub(1).map(|i| Step::ALL[i])
    }

    /// Whether the step belongs to the journey of `service`: admission with a
    /// referral in hand has no queue position or forecast to show (the child
    /// has left the queue with the referral), so its journey skips step 7.
    pub fn in_journey(self, service: Option<kezek_rules::Service>) -> bool {
        !(self == Step::Queue && service == Some(kezek_rules::Service::Admission))
    }

    /// The steps of `service`'s journey, in order.
    pub fn journey(service: Option<kezek_rules::Service>) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|s| s.in_journey(service))
            .collect()
    }

    /// The next step of `service`'s journey.
    pub fn next_in(self, service: Option<kezek_rules::Service>) -> Option<Step> {
        Step::ALL[self as usize + 1..]
            .iter()
            .copied()
            .find(|s| s.in_journey(service))
    }

    /// The previous step of `service`'s journey.
    pub fn prev_in(self, service: Option<kezek_rules::Service>) -> Option<Step> {
        Step::ALL[..self as usize]
            .iter()
            .rev()
            .copied()
            .find(|s| s.in_journey(service))
    }

    /// The last step of `service`'s journey at or before this one: itself
    /// if in the journey, else the previous step of the journey (admission's
    /// journey has no step 7: from the queue step, step 6).
    pub fn at_or_before_in(self, service: Option<kezek_rules::Service>) -> Step {
        if self.in_journey(service) {
            self
        } else {
            self.prev_in(service).unwrap_or_default()
        }
    }

    /// The 1-based number of the step in `service`'s journey.
    pub fn number_in(self, service: Option<kezek_rules::Service>) -> usize {
        Step::ALL[..self as usize]
            .iter()
            .filter(|s| s.in_journey(service))
            .count()
            + 1
    }

    /// Fluent id of the step's title.
    pub fn title_key(self) -> String {
        format!("ui-step-{}", self.slug())
    }
}

/// The step whose screen asks for `field` (as the rules name fields).
pub fn step_of_field(field: &str) -> Step {
    let head = field.split(['.', '[']).next().unwrap_or("");
    match head {
        "service" | "channel" => Step::Service,
        "child" | "times_queued_in_settlement" | "previous_priority_referral" => Step::Child,
        "applicant" => Step::Applicant,
        "family" => Step::Family,
        "documents" | "admission" => Step::Documents,
        "consent" => Step::Handoff,
        _ => Step::Service,
    }
}

/// What the page shows: the first screen ("what do you need?"), a step of the
/// preschool wizard, or one family-and-children service of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// `#/start`: services by life situation.
    Start,
    /// `#/service` … `#/handoff`: the kindergarten wizard.
    Wizard(Step),
    /// `#/svc/<code>`: a catalogue service, or a register card.
    Service(&'static str),
}

impl Screen {
    /// The screen of a location hash. With no hash the first screen shows,
    /// except in an embedding page (`embedded`), which opens the wizard it
    /// embeds; an unknown service code falls back to the first screen.
    pub fn from_hash(hash: &str, embedded: bool) -> Screen {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        if let Some(code) = slug.strip_prefix("svc/") {
            // A catalogue service, or a register card (a service whose
            // requirement list Kezek does not have, e.g. the PMPC examination
            // the special-needs questions link to).
            return kezek_rules::catalogue::service_link(code)
                .map(|l| l.code)
                .or_else(|| kezek_rules::catalogue::register_card(code).map(|c| c.code))
                .map(Screen::Service)
                .unwrap_or(Screen::Start);
        }
        match slug {
            "start" => Screen::Start,
            "" if !embedded => Screen::Start,
            _ => Screen::Wizard(Step::from_hash(hash)),
        }
    }

    /// The location hash.
    pub fn hash(self) -> String {
        match self {
            Screen::Start => "#/start".to_owned(),
            Screen::Wizard(s) => s.hash(),
            Screen::Service(code) => format!("#/svc/{code}"),
        }
    }
}

/// The screen the page's location hash names (in an embedding page, see
/// [`Screen::from_hash`]).
pub fn current_screen() -> Screen {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Screen::from_hash(&hash, crate::platform::embedded())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first screen's messages (`scripts/prerender.mjs`, its `RESUME`)
    /// hold the step titles a returning parent's line may name
    /// (`services/start.rs`, `Step::title_key`): the script lists the
    /// steps' slugs again, and a step renamed or added here left the first
    /// screen without its title. The script's list is the steps' slugs, in
    /// order.
    #[test]
    fn the_first_screens_messages_name_every_steps_title() {
        let script = include_str!("../../../scripts/prerender.mjs");
        let line = script
            .lines()
            .find(|l| l.starts_with("const RESUME = "))
            .expect("prerender.mjs's RESUME");
        let list = line
            .split_once("...[")
            .and_then(|(_, rest)| rest.split_once("].map((s) => `ui-step-${s}`)"))
            .map(|(list, _)| list)
            .expect("RESUME's slugs, mapped to `ui-step-${s}`");
        let slugs: Vec<&str> = list
            .split(',')
            .map(|s| s.trim().trim_matches('"'))
            .collect();
        let steps: Vec<&str> = Step::ALL.iter().map(|s| s.slug()).collect();
        assert_eq!(slugs, steps, "scripts/prerender.mjs's RESUME: {line}");
        for s in Step::ALL {
            assert_eq!(s.title_key(), format!("ui-step-{}", s.slug()));
        }
    }

    #[test]
    fn hashes_round_trip_and_unknown_goes_to_the_start() {
        for s in Step::ALL {
            assert_eq!(Step::from_hash(&s.hash()), s);
        }
        assert_eq!(Step::from_hash("#/nowhere"), Step::Service);
        assert_eq!(Step::from_hash(""), Step::Service);
        assert_eq!(Step::Service.prev(), None);
        assert_eq!(Step::Handoff.next(), None);
        assert_eq!(Step::Child.next(), Some(Step::Applicant));
    }

    #[test]
    fn admission_skips_the_queue_step_and_numbers_the_rest() {
        use kezek_rules::Service::{Admission, QueueRegistration};
        let adm = Some(Admission);
        assert_eq!(Step::journey(adm).len(), 7);
        assert_eq!(Step::Documents.next_in(adm), Some(Step::Handoff));
        assert_eq!(Step::Handoff.prev_in(adm), Some(Step::Documents));
        assert_eq!(Step::Handoff.number_in(adm), 7);
        let reg = Some(QueueRegistration);
        assert_eq!(Step::journey(reg), Step::ALL.to_vec());
        assert_eq!(Step::Documents.next_in(reg), Some(Step::Queue));
        assert_eq!(Step::Handoff.number_in(None), 8);
        assert_eq!(Step::Service.prev_in(adm), None);
        assert_eq!(Step::Handoff.next_in(adm), None);
    }

    #[test]
    fn screens_follow_the_hash() {
        assert_eq!(Screen::from_hash("", false), Screen::Start);
        assert_eq!(Screen::from_hash("", true), Screen::Wizard(Step::Service));
        assert_eq!(Screen::from_hash("#/start", true), Screen::Start);
        assert_eq!(
            Screen::from_hash("#/child", false),
            Screen::Wizard(Step::Child)
        );
        assert_eq!(
            Screen::from_hash("#/svc/00403008", false),
            Screen::Service("00403008")
        );
        assert_eq!(Screen::from_hash("#/svc/99999999", false), Screen::Start);
        assert_eq!(
            Screen::from_hash("#/svc/00402006", false),
            Screen::Service("00402006"),
            "a register card has its own address"
        );
        for s in [
            Screen::Start,
            Screen::Wizard(Step::Queue),
            Screen::Service("00402002"),
        ] {
            assert_eq!(Screen::from_hash(&s.hash(), false), s);
        }
    }
}
