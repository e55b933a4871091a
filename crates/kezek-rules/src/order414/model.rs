//! The catalogue's model («қызмет стандарты»): one [`CatalogueEntry`] per
//! service — its channels, term, form, audience, documents (row 8), refusal
//! grounds (row 9), eligibility and scope rules. The provider's hours (row 7)
//! are declared with every office's in [`crate::common::offices`].

use super::*;

/// A citation of order No. 414: annex `annex`, row/item `item`, sub-item `sub`
/// (e.g. Annex 17, row 8, item 5 is `cite(17, 8, Some(5))`).
pub const fn cite(annex: u8, item: u16, sub: Option<u16>) -> Citation {
    Citation {
        act: Act::Order414,
        article: None,
        annex: Some(annex),
        clause: Some(item),
        sub,
        sub_item: None,
    }
}

/// A sub-clause numbered with a dash, «2-1)», in row `row` of `annex`'s
/// requirement list: `sub` the number before the dash, `sub_item` after it
/// (Annex 2, row 8: «2-1)» is `cite_dashed(2, 8, 2, 1)`).
pub const fn cite_dashed(annex: u8, row: u16, sub: u16, sub_item: u16) -> Citation {
    Citation {
        sub_item: Some(sub_item),
        ..cite(annex, row, Some(sub))
    }
}

/// The requirement list of `annex` as a whole: its title («… мемлекеттік
/// қызмет көрсетуге қойылатын негізгі талаптардың тізбесі», which names the
/// service and often whom it is for), with no row.
pub const fn list_title(annex: u8) -> Citation {
    Citation {
        act: Act::Order414,
        article: None,
        annex: Some(annex),
        clause: None,
        sub: None,
        sub_item: None,
    }
}

/// A clause of the amended rules as worded by order No. 414 (its list, item
/// `list_item`: 1 = order 513, 2 = order 407, 3 = order 158), cited as the
/// list item and the rules' clause: `rules_clause(3, 7)`.
pub const fn rules_clause(list_item: u16, clause: u16) -> Citation {
    Citation {
        act: Act::Order414,
        article: None,
        annex: None,
        clause: Some(list_item),
        sub: Some(clause),
        sub_item: None,
    }
}

/// The title of the rules of list item `list_item` of order No. 414 (1 =
/// order 513's, 2 = order 407's, 3 = order 158's), as that item quotes it:
/// the list item with no clause, `rules_title(2)`.
pub const fn rules_title(list_item: u16) -> Citation {
    Citation {
        act: Act::Order414,
        article: None,
        annex: None,
        clause: Some(list_item),
        sub: None,
        sub_item: None,
    }
}

/// Where the application is made. Order 414 adds a channel that the
/// preschool [`Channel`] does not have. One spelling in every input and
/// output: `provider_office`, `state_corporation`, `egov_portal`,
/// `education_organisation` — the preschool names. A request may still say
/// `office` or `portal` (the catalogue's names before issue 14): they are
/// read as aliases and never written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceChannel {
    /// An education organisation («білім беру ұйымдары»), e.g. the school.
    EducationOrganisation,
    /// One of the preschool channels (provider's office, State Corporation, portal).
    #[serde(untagged)]
    Common(Channel),
}

impl ServiceChannel {
    /// The provider's office.
    pub const OFFICE: Self = Self::Common(Channel::ProviderOffice);
    /// The State Corporation «Government for Citizens».
    pub const STATE_CORPORATION: Self = Self::Common(Channel::StateCorporation);
    /// The egov.kz portal.
    pub const PORTAL: Self = Self::Common(Channel::EgovPortal);

    /// The one spelling, as serialised: `provider_office`,
    /// `state_corporation`, `egov_portal` or `education_organisation`.
    pub fn name(self) -> &'static str {
        match self {
            Self::EducationOrganisation => "education_organisation",
            Self::Common(c) => c.code(),
        }
    }

    /// Reads a channel: its one spelling ([`ServiceChannel::name`]) or the
    /// aliases `office` (= `provider_office`) and `portal` (= `egov_portal`).
    pub fn parse(s: &str) -> Result<Self, CatalogueError> {
        match s {
            "provider_office" | "office" => Ok(Self::OFFICE),
            "state_corporation" => Ok(Self::STATE_CORPORATION),
            "egov_portal" | "portal" => Ok(Self::PORTAL),
            "education_organisation" => Ok(Self::EducationOrganisation),
            other => Err(CatalogueError::UnknownChannel(other.to_owned())),
        }
    }
}

/// Marks serde's message for a channel that is not one, so that
/// [`Request::from_json`] reports `catalogue.unknown_channel`.
pub(crate) const UNKNOWN_CHANNEL: &str = "unknown channel ";

impl<'de> Deserialize<'de> for ServiceChannel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A value that is no string is said as a case's `channel` is (the
        // wire's `Names`: "expected one of `provider_office`, …"), not as
        // "expected a string": one mistake, one message, whichever door
        // (probe47).
        struct Name;
        impl serde::de::Visitor<'_> for Name {
            type Value = ServiceChannel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("one of `provider_office`, `state_corporation`, `egov_portal`, `education_organisation`")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<ServiceChannel, E> {
                ServiceChannel::parse(s).map_err(|_| E::custom(format!("{UNKNOWN_CHANNEL}`{s}`")))
            }
        }
        d.deserialize_str(Name)
    }
}

/// The schema of a channel: its one spelling; a schema for reading
/// (a request) also lists the aliases `office` and `portal`.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for ServiceChannel {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ServiceChannel".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names = [
            Self::OFFICE,
            Self::STATE_CORPORATION,
            Self::PORTAL,
            Self::EducationOrganisation,
        ]
        .map(Self::name);
        if generator.contract().is_serialize() {
            schemars::json_schema!({
                "description": "Where the application is made, in the one spelling Kezek writes.",
                "type": "string",
                "enum": names,
            })
        } else {
            schemars::json_schema!({
                "description": "Where the application is made: one of the four spellings; `office` (= provider_office) and `portal` (= egov_portal) are read as aliases and never written.",
                "type": "string",
                "enum": names.iter().copied().chain(["office", "portal"]).collect::<Vec<_>>(),
            })
        }
    }
}

/// The term of the service (row 3, «мемлекеттік қызмет көрсету мерзімі»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "unit", content = "n")]
pub enum Term {
    /// Working days («жұмыс күні»), counted on the working-day calendar.
    WorkingDays(u16),
    /// Calendar days («күнтізбелік күн»).
    CalendarDays(u16),
    /// Minutes (fully automated services).
    Minutes(u16),
}

/// One term of a service, possibly for some channels or a sub-type only.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TermRule {
    /// Channels it applies to; empty = every channel of the service.
    pub channels: &'static [ServiceChannel],
    /// The sub-type it applies to, `None` = the service.
    pub variant: Option<Variant>,
    /// The term.
    pub term: Term,
    /// Row 3 of the annex.
    pub citation: Citation,
    /// The clause of the amended rules that sends a preliminary refusal
    /// notice «мемлекеттік қызметті көрсету мерзімі аяқталғанға дейін 3 (үш)
    /// жұмыс күнінен кешіктірмей», with a hearing, before refusing; `None`
    /// where the rules have none (the 30-minute automated certificate).
    pub preliminary_refusal: Option<Citation>,
    /// Whether row 3 says from when the term runs — «құжаттарды (құжаттар
    /// топтамасын) тапсырған сәттен бастап» — or gives the bare term (Annex 3
    /// «10 (он) жұмыс күні», Annex 5 «3 (үш) жұмыс күні», Annex 4 «30 (отыз)
    /// минут»): the due date's next-day note quotes the words only where the
    /// row has them (`note-term-first-day-reading`, else
    /// `note-term-first-day-unstated`).
    pub from_submission: bool,
    /// The steps of the provider's procedure that the amended rules state
    /// with a term of their own (Annex 20's rules cl. 6: the conversation
    /// with the child, then 4 working days), said beside the due date
    /// ([`super::Due::steps`]); empty = none.
    pub steps: &'static [ProcedureStep],
}

impl TermRule {
    /// The same term where row 3 gives it bare, without «… тапсырған сәттен
    /// бастап».
    pub const fn start_unstated(self) -> Self {
        TermRule {
            from_submission: false,
            ..self
        }
    }

    /// The same term with the rules' procedure `steps`.
    pub const fn with_steps(self, steps: &'static [ProcedureStep]) -> Self {
        TermRule { steps, ..self }
    }
}

/// A step of the provider's procedure that the service's rules (as order
/// No. 414 words them) state with a term of its own, told to the parent
/// beside the due date: what the parent must expect within the term, in
/// the rules' words. It moves no date: the due date stays row 3's, and its
/// note says how Kezek reads the two together.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProcedureStep {
    /// Fluent key of the step as the rules state it (`step-<…>`).
    pub key: &'static str,
    /// The step's own term, counted from the step, not from submission
    /// (Annex 20's rules cl. 6: 4 working days after the conversation).
    pub term: Term,
    /// The rules' clause.
    pub citation: Citation,
    /// Fluent key of Kezek's reading of what the clause leaves unsaid
    /// (`note-<…>`), resting on the same clause; absent = none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

/// Which State Corporation office receives the application (row 7 item 2,
/// «Қабылдау … тіркелген жері бойынша … жүзеге асырылады»): not any branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StateCorporationPlace {
    /// «көрсетілетін қызметті алушының тіркелген жері (орны) бойынша»: the
    /// office of the applicant's registered place (Annexes 13, 18).
    Applicant,
    /// The applicant's registered place «немесе» the child's (Annex 6: the
    /// minor who needs guardianship; Annex 15: the minor who needs transport).
    ApplicantOrChild,
}

/// Row 7 item 2 of a service the State Corporation accepts, and the row-2
/// item that names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StateCorporationReception {
    /// Which office.
    pub place: StateCorporationPlace,
    /// Annex, row 7, item 2.
    pub citation: Citation,
    /// Annex, row 2, the item naming the State Corporation among the ways
    /// «Өтінішті қабылдау және мемлекеттік қызмет көрсетудің нәтижесін
    /// беру»: it issues the result as well as accepting the application.
    pub issues_result: Citation,
    /// The rules' clause that sends the result there, where there is one
    /// (Annex 6's rules cl. 11: «… "жеке кабинетіне" не Мемлекеттік
    /// корпорацияға жіберіледі»).
    pub result_sent_by: Option<Citation>,
}

impl StateCorporationReception {
    /// Row 7 item 2 of `annex`: the State Corporation receives at `place`;
    /// row 2 names it as item `row2_item`.
    pub const fn at(annex: u8, row2_item: u16, place: StateCorporationPlace) -> Self {
        Self {
            place,
            citation: cite(annex, 7, Some(2)),
            issues_result: cite(annex, 2, Some(row2_item)),
            result_sent_by: None,
        }
    }

    /// The same, the rules' clause `c` sending the result to the State
    /// Corporation.
    pub const fn result_sent_by(self, c: Citation) -> Self {
        Self {
            result_sent_by: Some(c),
            ..self
        }
    }

    /// What says the State Corporation issues the result: row 2's item,
    /// then the rules' clause where there is one.
    pub fn result_citations(&self) -> Vec<Citation> {
        std::iter::once(self.issues_result)
            .chain(self.result_sent_by)
            .collect()
    }
}

/// Form of the service (row 4, «көрсету нысаны»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceForm {
    /// «электрондық (толық автоматтандырылған)».
    ElectronicFullyAutomated,
    /// «электрондық (ішінара автоматтандырылған) / қағаз жүзінде».
    ElectronicPartiallyAutomatedOrPaper,
    /// «қағаз жүзінде».
    Paper,
}

/// Who the service is for and who provides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Individuals («жеке тұлғалар»): the parent / legal representative.
    Individuals,
    /// Not for families: the applicant is an adoption agency's authorised
    /// person (rules 513 cl. 5; the register, row 220, names «Жеке және заңды
    /// тұлғалар» as recipients).
    LegalEntities,
}

/// Fluent key of the name of service `code`: `svc-<code>`.
fn service_name_key(code: &str) -> String {
    format!("svc-{code}")
}

/// A catalogue service as the app's first screen («не қажет?») links to it:
/// its register code, the life situation it is listed under and its first
/// term (row 3). A projection of a [`CatalogueEntry`] ([`service_links`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceLink {
    /// The register code (seed 002), e.g. `"00403008"`.
    pub code: &'static str,
    /// Where the first screen lists it.
    pub life_situation: LifeSituation,
    /// The first term of row 3, shown beside the name.
    pub first_term: Option<Term>,
}

impl ServiceLink {
    /// The link to `entry`.
    pub const fn of(entry: &CatalogueEntry) -> ServiceLink {
        ServiceLink {
            code: entry.code,
            life_situation: entry.life_situation,
            first_term: match entry.terms {
                [first, ..] => Some(first.term),
                [] => None,
            },
        }
    }

    /// Fluent key of the name: `svc-<code>`.
    pub fn name_key(&self) -> String {
        service_name_key(self.code)
    }
}

/// The life situation the app groups services by («what do you need?»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LifeSituation {
    /// My child goes to school (meals, camps, transport).
    SchoolChild,
    /// My child has special educational needs or limited abilities (PMPC,
    /// special education, rehabilitation, home schooling).
    SpecialNeeds,
    /// I care for a child who is not mine (guardianship, foster family).
    BecomingGuardian,
    /// I want to adopt a child.
    Adoption,
    /// Decisions about my child's property or rights.
    ChildRightsAndProperty,
    /// Not for families (legal entities).
    NotForFamilies,
}

impl LifeSituation {
    /// Every life situation, in the order of the app's first screen.
    pub const ALL: [LifeSituation; 6] = [
        LifeSituation::SchoolChild,
        LifeSituation::SpecialNeeds,
        LifeSituation::BecomingGuardian,
        LifeSituation::ChildRightsAndProperty,
        LifeSituation::Adoption,
        LifeSituation::NotForFamilies,
    ];

    /// The Fluent key of its heading (`life-<name>`).
    pub fn key(self) -> String {
        let name = match self {
            LifeSituation::SchoolChild => "school-child",
            LifeSituation::SpecialNeeds => "special-needs",
            LifeSituation::BecomingGuardian => "becoming-guardian",
            LifeSituation::Adoption => "adoption",
            LifeSituation::ChildRightsAndProperty => "child-rights-and-property",
            LifeSituation::NotForFamilies => "not-for-families",
        };
        format!("life-{name}")
    }
}

/// How the applicant supplies a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Supply {
    /// The applicant fills it in (the application form).
    Application,
    /// An original, shown for checking and returned
    /// («салыстыру үшін түпнұсқада ұсынылады, содан кейін қайтарылады»).
    OriginalForCheck,
    /// A paper copy.
    Copy,
    /// The document itself, handed in: the text says nothing of copies or
    /// of originals being returned (e.g. Annex 18's form 071/у, Annex 11's
    /// certificates), so Kezek invents neither.
    Document,
    /// An electronic document or electronic copy uploaded on the portal.
    ElectronicCopy,
    /// An electronic copy uploaded on the portal, the original required for
    /// identification («электрондық көшірмесі (түпнұсқасы сәйкестендіру үшін
    /// талап етіледі)», Annex 6, portal, row 8 item 5).
    ElectronicCopyOriginalForIdentification,
    /// An identity document, or the digital-documents service
    /// («цифрлық құжаттар сервисі»).
    IdentityOrDigitalDocument,
}

/// One document of row 8 («құжаттар мен мәліметтердің тізбесі»).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RequirementItem {
    /// A stable id, e.g. `"birth_certificate"`.
    pub id: &'static str,
    /// Fluent key of its name (`doc-<id>`).
    pub name_key: &'static str,
    /// When it is needed.
    pub condition: Condition,
    /// How it is supplied.
    pub supply: Supply,
    /// Annex, row 8, item number.
    pub citation: Citation,
    /// One per child aged this many years or more on the day of application
    /// («бала (балалар)»: e.g. each child's opinion from ten, Annex 5 row 8
    /// item 6); `None` = one document.
    pub each_child_aged: Option<u32>,
    /// A reading note shown beside the line, where the law lets the provider
    /// accept the set without the document (e.g. the note after Annex 6
    /// row 8); `None` = none.
    pub note: Option<ReadingNote>,
}

/// A note beside a document: the law lets the provider («… құқылы»)
/// accept the set without it for some families. Whether it does is the
/// provider's decision, so the receipt preview asserts neither a refusal nor
/// an acceptance for the line ([`super::ReceiptPreview::uncertain`]).
///
/// Beside a refusal ground ([`RefusalGround::note`]) or a scope rule
/// ([`ScopeRule::note`]): the outcome for the families of `condition`
/// rests on Kezek's reading of an ambiguous text, and the parent is told so
/// where the ground or the rule is given as a reason, and only there.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ReadingNote {
    /// Fluent key of the note (`note-<…>`).
    pub key: &'static str,
    /// The families it is for (the line itself is needed as its item says).
    pub condition: Condition,
    /// Where the law says it.
    pub citation: Citation,
}

/// The document list of a set of channels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DocumentList {
    /// Channels the list is for.
    pub channels: &'static [ServiceChannel],
    /// A sub-type, `None` = the service.
    pub variant: Option<Variant>,
    /// The items, in the seed's order.
    pub items: &'static [RequirementItem],
}

/// A refusal ground of row 9 («бас тарту үшін негіздер»).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RefusalGround {
    /// Reason code, also the Fluent key (`refusal-<code>`).
    pub code: &'static str,
    /// When it applies.
    pub condition: Condition,
    /// A sub-type, `None` = the service.
    pub variant: Option<Variant>,
    /// Annex, row 9, item number.
    pub citation: Citation,
    /// A reading note shown beside the risk when the ground applies to a
    /// family of the note's `condition` (the ground rests on a reading
    /// there); `None` = none.
    pub note: Option<ReadingNote>,
}

/// One category of children a service is for (eligibility), e.g. meals (i)–(iv).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EligibilityRule {
    /// Reason code (`eligibility-<code>`).
    pub code: &'static str,
    /// When the child falls in the category.
    pub condition: Condition,
    /// The document that proves it (row-8 item id), if any.
    pub proof: Option<&'static str>,
    /// Where the category is defined.
    pub citation: Citation,
}

/// Row 3 items 2–3: the longest allowed wait to hand in documents and the
/// longest allowed service time in person («күтудің рұқсат берілетін ең
/// ұзақ уақыты», «қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты») —
/// information for the parent, no decision depends on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InPersonTimes {
    /// The channels they apply to.
    pub channels: &'static [ServiceChannel],
    /// Longest wait to hand in documents, minutes (row 3 item 2).
    pub max_wait_minutes: u16,
    /// Longest service time, minutes (row 3 item 3).
    pub max_service_minutes: u16,
    /// Row 3 items 2 and 3 of the annex: the wait, then the service time.
    pub citations: [Citation; 2],
}

/// A condition every applicant must meet, e.g. «Мемлекеттік білім беру
/// мекемелеріндегі білім алушылар» (Annex 18's title).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ScopeRule {
    /// Reason code when it does not hold (`refusal-<code>` in the messages).
    pub code: &'static str,
    /// Holds when the applicant is within the service.
    pub condition: Condition,
    /// Where the law says it.
    pub citation: Citation,
    /// A reading note shown beside the reason when the rule does not hold
    /// for a family of the note's `condition` (the rule is a reading of the
    /// text there); `None` = none.
    pub note: Option<ReadingNote>,
    /// What a family outside the rule is told: not eligible, or eligible
    /// with a caution.
    pub effect: ScopeEffect,
}

/// What a [`ScopeRule`] that does not hold does to the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeEffect {
    /// The family is outside the service: a reason against
    /// ([`Eligibility::reasons`]), `eligible` false.
    Excludes,
    /// The text does not exclude the family, but it may be read to: a
    /// caution beside the verdict ([`Eligibility::cautions`]), which it
    /// leaves alone — the family applies knowing the provider may refuse.
    Cautions,
}

/// One service in the catalogue: its requirement list in the law's structure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CatalogueEntry {
    /// The register code (seed 002), e.g. `"00403008"`.
    pub code: &'static str,
    /// The annex of order 414 holding its requirement list.
    pub annex: u8,
    /// Where seed 002 lists it (row of the register).
    pub register_row: u16,
    /// Fluent key of the provider (row 1).
    pub provider_key: &'static str,
    /// Row 2: channels.
    pub channels: &'static [ServiceChannel],
    /// Row 3: terms.
    pub terms: &'static [TermRule],
    /// Row 3 items 2–3: waiting and service times in person, per channel.
    pub in_person: &'static [InPersonTimes],
    /// Row 7 item 2: where the State Corporation receives the application,
    /// where the service offers that channel; `None` = it does not.
    pub state_corporation_reception: Option<StateCorporationReception>,
    /// Row 4: form.
    pub form: ServiceForm,
    /// Row 6: free of charge («тегін»).
    pub free: bool,
    /// Row 8: documents per channel.
    pub documents: &'static [DocumentList],
    /// Row 9: refusal grounds.
    pub refusal_grounds: &'static [RefusalGround],
    /// Categories of children entitled, where the law defines them.
    pub eligibility: &'static [EligibilityRule],
    /// Who the service is for, where the law restricts it beyond the
    /// categories (the title of the service or of its rules, the applicant
    /// of row 8 item 1): every rule must hold.
    pub scope: &'static [ScopeRule],
    /// For the app's first screen.
    pub life_situation: LifeSituation,
    /// Who it is for.
    pub audience: Audience,
    /// Whether a parent can use it; if not, `out_of_scope_key` says why.
    pub in_scope_for_parents: bool,
    /// Fluent key of the reason it is out of scope.
    pub out_of_scope_key: Option<&'static str>,
}

impl CatalogueEntry {
    /// Fluent key of the name: `svc-<code>`.
    pub fn name_key(&self) -> String {
        service_name_key(self.code)
    }

    /// Fluent key of the result (row 5): `result-<code>`.
    pub fn result_key(&self) -> String {
        format!("result-{}", self.code)
    }

    /// What the service's "Why?" beside its name cites: rows 1, 3, 5 and 6 of
    /// its requirement list. Every list of order No. 414 (seed 001) has the
    /// same rows: 1 «Көрсетілетін қызметті берушінің атауы» (the provider), 3
    /// «Мемлекеттік қызмет көрсету мерзімі» (the term), 5 «Мемлекеттік
    /// қызметті көрсету нәтижесі» (the result) and 6 «Мемлекеттік қызмет
    /// көрсету кезінде көрсетілетін қызметті алушыдан алынатын төлем мөлшері
    /// …» (the fee: «тегін») — the provider, result, term and fee the header
    /// states — and, where the provider's name carries a note of whom
    /// other texts also name ([`PROVIDER_NOTE_CITATIONS`]), what the note
    /// relies on.
    pub fn about_citations(&self) -> Vec<Citation> {
        let mut out = vec![
            cite(self.annex, 1, None),
            cite(self.annex, 3, None),
            cite(self.annex, 5, None),
            cite(self.annex, 6, None),
        ];
        out.extend(
            PROVIDER_NOTE_CITATIONS
                .iter()
                .filter(|(code, _)| *code == self.code)
                .flat_map(|(_, c)| c.iter().copied()),
        );
        out
    }

    /// Whether the service has sub-types ([`Variant`]): a request must name one.
    pub fn has_variants(&self) -> bool {
        self.terms.iter().any(|t| t.variant.is_some())
    }
}

/// The texts a provider's note relies on (`provider-<code>`, in brackets
/// after row 1's words): Annex 17 row 1 names no oblast education
/// administration, the register does (seed 002 row 205: «облыстардың,
/// республикалық маңызы бар қалалардың және астананың білім басқармасы»);
/// the meals rules' cl. 3 (order 414, list item 3) names the oblasts' local
/// executive bodies only, so it is not cited. Annex 18 row 1 names none
/// either; the camps rules' cl. 3 as worded by order 414 («облыстардың,
/// республикалық маңызы бар қалалардың, астананың білім басқармаларына») and
/// the register (row 206) do.
pub const PROVIDER_NOTE_CITATIONS: &[(&str, &[Citation])] = &[
    ("00403008", &[register_citation(205)]),
    ("00403009", &[rules_clause(3, 3), register_citation(206)]),
];

/// A sub-type of a service whose requirement list distinguishes them:
/// Annex 2's accreditation of an adoption agency («аккредиттеу») and the
/// extension of an accreditation («аккредиттеу мерзімін ұзарту»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Variant {
    /// Accreditation («аккредиттеу»).
    Accreditation,
    /// Extension of an accreditation («ұзарту»).
    Extension,
}

impl Variant {
    /// Every sub-type.
    pub const ALL: [Variant; 2] = [Variant::Accreditation, Variant::Extension];

    /// Its wire name (`accreditation`, `extension`).
    pub fn name(self) -> &'static str {
        match self {
            Variant::Accreditation => "accreditation",
            Variant::Extension => "extension",
        }
    }
}
