//! The service catalogue («мемлекеттік көрсетілетін қызметтер»): the
//! family-and-children public services of order No. 414 of 03.10.2022 (seed
//! 001), which amends order No. 158 of 24.04.2020 «Отбасы және балалар
//! саласында мемлекеттік қызметтерді көрсету қағидалары» and the neighbouring
//! orders No. 513 (adoption agencies) and No. 407 (registration of adopters).
//!
//! Each service is one module of *data* in the law's own structure: the
//! requirement list («мемлекеттік қызмет көрсетуге қойылатын негізгі
//! талаптардың тізбесі», rows 1–10) of its annex to order 414 — provider,
//! channels, term, form, result, fee, schedule, documents (row 8) and refusal
//! grounds (row 9) — every item cited to its annex and item. The app renders
//! any [`CatalogueEntry`] generically: names, documents and grounds are
//! Fluent message keys (`messages/catalogue.{kk,ru,en}.ftl`), conditions are
//! [`Condition`]s over plain [`FamilyFacts`], and every line carries a
//! [`Citation`]. Adding a service means adding a module here, nothing in the app.
//!
//! Functions: [`catalogue`], [`entry`], [`eligibility`], [`checklist`],
//! [`result_due`], [`refusal_risks`], [`receipt_preview`] (refusal to
//! accept an incomplete or expired set).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::citation::{Act, Citation};
use crate::service::Channel;

mod adoption_agency_accreditation;
mod adoption_registration;
mod camps;
mod child_opinion;
mod foster_family;
mod guardianship;
mod guardianship_certificate;
mod listing;
mod minors_property;
mod parental_meeting;
mod receipt;
mod register;
mod school_meals;
mod school_transport;

pub use register::{
    next_register_card, register_card, register_citation, InfoLine, RegisterCard, RegisterFee,
    CREATIVE_CLUBS, REGISTER_CARDS,
};

pub use listing::{listing, ListedTerm, Names, ServiceListing};
pub use receipt::{receipt_preview, HeldDocument, ReceiptOutcome, ReceiptPreview};

/// A citation of order No. 414: annex `annex`, row/item `item`, sub-item `sub`
/// (e.g. Annex 17, row 8, item 5 is `cite(17, 8, Some(5))`).
pub const fn cite(annex: u8, item: u16, sub: Option<u16>) -> Citation {
    Citation {
        act: Act::Order414,
        article: None,
        annex: Some(annex),
        clause: Some(item),
        sub,
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
    }
}

/// Where the application is made. Order 414 adds two channels that the
/// preschool [`Channel`] does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

    /// The name [`ServiceChannel::parse`] reads: `office`, `state_corporation`,
    /// `portal` or `education_organisation`.
    pub fn name(self) -> &'static str {
        match self {
            Self::EducationOrganisation => "education_organisation",
            Self::Common(Channel::ProviderOffice) => "office",
            Self::Common(Channel::StateCorporation) => "state_corporation",
            Self::Common(Channel::EgovPortal) => "portal",
        }
    }

    /// Parses `office`, `state_corporation`, `portal`, `education_organisation`
    /// (and the preschool names `provider_office`, `egov_portal`).
    pub fn parse(s: &str) -> Result<Self, CatalogueError> {
        match s {
            "office" | "provider_office" => Ok(Self::OFFICE),
            "state_corporation" => Ok(Self::STATE_CORPORATION),
            "portal" | "egov_portal" => Ok(Self::PORTAL),
            "education_organisation" => Ok(Self::EducationOrganisation),
            other => Err(CatalogueError::UnknownChannel(other.to_owned())),
        }
    }
}

/// The term of the service (row 3, «мемлекеттік қызмет көрсету мерзімі»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    /// The sub-type it applies to (e.g. `"extension"`), `None` = the service.
    pub variant: Option<&'static str>,
    /// The term.
    pub term: Term,
    /// Row 3 of the annex.
    pub citation: Citation,
    /// The clause of the amended rules that sends a preliminary refusal
    /// notice «мемлекеттік қызметті көрсету мерзімі аяқталғанға дейін 3 (үш)
    /// жұмыс күнінен кешіктірмей», with a hearing, before refusing; `None`
    /// where the rules have none (the 30-minute automated certificate).
    pub preliminary_refusal: Option<Citation>,
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

/// A fact about the family, the child or the application that a condition
/// tests. Facts are named after [`FamilyFacts`] fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// [`FamilyFacts::child_birth_in_civil_registry`] is false.
    ChildBirthNotInCivilRegistry,
    /// [`FamilyFacts::child_born_abroad`].
    ChildBornAbroad,
    /// [`FamilyFacts::married`].
    Married,
    /// [`FamilyFacts::marriage_in_civil_registry`] is false (and a marriage/divorce exists).
    MarriageNotInCivilRegistry,
    /// [`FamilyFacts::married_abroad`].
    MarriedAbroad,
    /// [`FamilyFacts::family_receives_targeted_social_assistance`].
    TargetedSocialAssistance,
    /// Per-capita income below the subsistence minimum and no TSA.
    IncomeBelowSubsistenceWithoutTsa,
    /// [`FamilyFacts::child_orphan`].
    ChildOrphan,
    /// [`FamilyFacts::child_without_parental_care`].
    ChildWithoutParentalCare,
    /// Orphan or child left without parental care brought up in a family.
    OrphanOrWithoutCareInFamily,
    /// [`FamilyFacts::family_in_emergency_or_collegial_category`].
    EmergencyOrCollegialCategory,
    /// [`FamilyFacts::going_to_health_camp`].
    GoingToHealthCamp,
    /// [`FamilyFacts::lives_in_remote_rural_settlement`].
    RemoteRuralSettlement,
    /// The child is 10 or older on the application date.
    ChildAged10OrOlder,
    /// The child is an orphan or without parental care and under 14.
    WardUnder14,
    /// [`FamilyFacts::housing_transaction_restricted`].
    RestrictedHousingTransaction,
    /// [`FamilyFacts::inheritance_right_arose`].
    InheritanceRightArose,
    /// [`FamilyFacts::property_in_state_systems`] is false.
    PropertyNotInStateSystems,
    /// [`FamilyFacts::one_parent_not_caring`].
    OneParentNotCaring,
    /// [`FamilyFacts::other_parent_lives_separately`].
    OtherRepresentativeLivesSeparately,
    /// [`FamilyFacts::applicant_owns_housing`] is false.
    NoHousingOwnership,
    /// [`FamilyFacts::applicant_is_close_relative`].
    CloseRelative,
    /// [`FamilyFacts::applicant_is_relative_or_stepparent`].
    RelativeOrStepparent,
    /// [`FamilyFacts::child_in_residential_institution`].
    ChildInResidentialInstitution,
    /// [`FamilyFacts::applicant_deprived_of_parental_rights`].
    ApplicantDeprivedOfParentalRights,
    /// The applicant is under 18.
    ApplicantMinor,
    /// [`FamilyFacts::applicant_incapable`].
    ApplicantIncapable,
    /// [`FamilyFacts::spouse_incapable`].
    SpouseIncapable,
    /// [`FamilyFacts::applicant_parental_rights_restricted`].
    ApplicantParentalRightsRestricted,
    /// [`FamilyFacts::removed_as_guardian`].
    RemovedAsGuardian,
    /// [`FamilyFacts::adoption_cancelled_by_fault`].
    AdoptionCancelledByFault,
    /// [`FamilyFacts::disease_preventing_care`].
    DiseasePreventingCare,
    /// [`FamilyFacts::permanent_residence`] is false.
    NoPermanentResidence,
    /// [`FamilyFacts::non_traditional_orientation`] (a ground stated in the law).
    NonTraditionalOrientation,
    /// [`FamilyFacts::unexpunged_intentional_conviction`].
    UnexpungedIntentionalConviction,
    /// [`FamilyFacts::citizenship`] is false.
    NoCitizenship,
    /// A man not in a registered marriage who has not brought the child up
    /// for three years after the mother's death or deprivation.
    SingleManWithoutThreeYears,
    /// [`FamilyFacts::income_covers_subsistence_minimum`] is false.
    IncomeBelowSubsistenceForWard,
    /// [`FamilyFacts::narcological_or_psychiatric_registration`].
    NarcologicalRegistration,
    /// [`FamilyFacts::serious_crime_record`].
    SeriousCrimeRecord,
    /// No psychological training (and not exempted).
    NoTraining,
    /// [`FamilyFacts::documents_unreliable`].
    DocumentsUnreliable,
    /// [`FamilyFacts::noncompliant_with_acts`].
    NoncompliantWithActs,
    /// [`FamilyFacts::negative_approval_or_expertise`].
    NegativeApprovalOrExpertise,
    /// [`FamilyFacts::court_ban_on_activity`].
    CourtBanOnActivity,
    /// [`FamilyFacts::deprived_of_special_right`].
    DeprivedOfSpecialRight,
    /// [`FamilyFacts::personal_data_consent`] is false.
    NoPersonalDataConsent,
    /// Row-9 item `n` of the agency-accreditation list was found against the
    /// agency ([`FamilyFacts::agency_findings`]).
    AgencyFinding(u16),
    /// [`FamilyFacts::child_in_state_education_institution`].
    StateInstitutionPupil,
    /// [`FamilyFacts::kazakhstan_citizen_resident`].
    KazakhstanCitizenResident,
    /// [`FamilyFacts::applicant_is_legal_representative`].
    LegalRepresentative,
    /// [`FamilyFacts::married`] or [`FamilyFacts::divorced`]: a marriage or
    /// divorce certificate can exist.
    MarriedOrDivorced,
    /// [`FamilyFacts::not_caring_in_civil_registry`].
    NotCaringInCivilRegistry,
}

/// A condition on the facts: when a document is needed, when a ground applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "op", content = "of")]
pub enum Condition {
    /// Always.
    Always,
    /// When the fact holds.
    When(Fact),
    /// When the fact does not hold.
    Unless(Fact),
    /// When any holds.
    Any(&'static [Condition]),
    /// When all hold.
    All(&'static [Condition]),
}

impl Condition {
    /// Evaluates the condition on the facts.
    pub fn holds(&self, f: &FamilyFacts) -> bool {
        match self {
            Condition::Always => true,
            Condition::When(x) => f.has(*x),
            Condition::Unless(x) => !f.has(*x),
            Condition::Any(cs) => cs.iter().any(|c| c.holds(f)),
            Condition::All(cs) => cs.iter().all(|c| c.holds(f)),
        }
    }
}

/// The facts a parent gives once and every service reuses. All fields are
/// plain and default to the ordinary case (`false`, or `true` for consents,
/// registrations and capacities), so `{}` is a valid family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FamilyFacts {
    /// The child's birth date (for the 10- and 14-year rules).
    #[serde(with = "crate::dates::date::option")]
    pub child_birth_date: Option<NaiveDate>,
    /// The date of the application (for ages); `None` = the birth-date rules are unknown.
    #[serde(with = "crate::dates::date::option")]
    pub application_date: Option<NaiveDate>,
    /// The child's birth is recorded in the civil-registry IS («АХАЖ АЖ»).
    pub child_birth_in_civil_registry: bool,
    /// The child was born outside Kazakhstan.
    pub child_born_abroad: bool,
    /// The applicant is married.
    pub married: bool,
    /// The marriage (or divorce) is recorded in the civil-registry IS.
    pub marriage_in_civil_registry: bool,
    /// The marriage was registered abroad.
    pub married_abroad: bool,
    /// The family is entitled to targeted social assistance («мемлекеттік атаулы әлеуметтік көмек»).
    pub family_receives_targeted_social_assistance: bool,
    /// Average per-capita income below the subsistence minimum
    /// («жан басына шаққанда орташа табысы күн көріс деңгейінен төмен»).
    pub per_capita_income_below_subsistence: bool,
    /// The child is an orphan («жетім бала»).
    pub child_orphan: bool,
    /// The child is left without parental care («ата-анасының қамқорлығынсыз қалған бала»).
    pub child_without_parental_care: bool,
    /// The child is brought up in a family (guardianship, patronage, foster).
    pub child_brought_up_in_family: bool,
    /// The child lives in an education organisation for orphans.
    pub child_in_residential_institution: bool,
    /// The family needs urgent help after an emergency, or the school's
    /// collegial body placed the pupil in another category.
    pub family_in_emergency_or_collegial_category: bool,
    /// The pupil goes to a health camp (form 071/у needed).
    pub going_to_health_camp: bool,
    /// The family lives in a remote rural settlement («шалғайдағы ауылдық елді мекен»).
    pub lives_in_remote_rural_settlement: bool,
    /// A transaction with the child's housing of the kinds in Ann.5 row 9 p.5.
    pub housing_transaction_restricted: bool,
    /// A right to inherit by law arose.
    pub inheritance_right_arose: bool,
    /// The property is recorded in state information systems.
    pub property_in_state_systems: bool,
    /// One parent does not care for the child (dead, deprived, missing, ...).
    pub one_parent_not_caring: bool,
    /// The other legal representative lives separately.
    pub other_parent_lives_separately: bool,
    /// The applicant (or spouse) owns housing.
    pub applicant_owns_housing: bool,
    /// The applicant is a close relative of the child.
    pub applicant_is_close_relative: bool,
    /// The applicant is a relative or stepfather/stepmother of the child.
    pub applicant_is_relative_or_stepparent: bool,
    /// The applicant completed psychological training (Marriage and Family Code art. 91 p.4).
    pub applicant_has_training: bool,
    /// The applicant is a parent deprived of parental rights.
    pub applicant_deprived_of_parental_rights: bool,
    /// The applicant is under 18 («кәмелет жасқа толмауы»).
    pub applicant_minor: bool,
    /// Declared incapable or of limited capacity by a court.
    pub applicant_incapable: bool,
    /// The spouse was declared incapable or of limited capacity.
    pub spouse_incapable: bool,
    /// The court deprived or limited the applicant's parental rights.
    pub applicant_parental_rights_restricted: bool,
    /// Removed from guardian or custodian duties.
    pub removed_as_guardian: bool,
    /// An adoption was cancelled by a court through the applicant's fault.
    pub adoption_cancelled_by_fault: bool,
    /// A disease that prevents caring for the child.
    pub disease_preventing_care: bool,
    /// A permanent place of residence.
    pub permanent_residence: bool,
    /// A ground stated in the law (Ann.3 row 9 p.9).
    pub non_traditional_orientation: bool,
    /// An unexpunged conviction for an intentional crime.
    pub unexpunged_intentional_conviction: bool,
    /// The applicant has citizenship.
    pub citizenship: bool,
    /// The applicant is a man not in a registered marriage.
    pub single_man: bool,
    /// He brought the child up for ≥ 3 years after the mother's death or deprivation.
    pub raised_child_three_years: bool,
    /// Income gives the child at least the subsistence minimum.
    pub income_covers_subsistence_minimum: bool,
    /// Registered at a narcological or psychoneurological dispensary.
    pub narcological_or_psychiatric_registration: bool,
    /// A conviction or prosecution for the crimes listed in the law.
    pub serious_crime_record: bool,
    /// The documents or their data are unreliable.
    pub documents_unreliable: bool,
    /// The applicant or materials do not meet the acts the service cites.
    pub noncompliant_with_acts: bool,
    /// A negative answer to an approval request or a negative expertise.
    pub negative_approval_or_expertise: bool,
    /// A court decision in force bans the activity.
    pub court_ban_on_activity: bool,
    /// A court decision in force deprived the applicant of a special right.
    pub deprived_of_special_right: bool,
    /// Consent to access restricted personal data (Law on personal data art. 8).
    pub personal_data_consent: bool,
    /// Only for the out-of-scope agency accreditation (Annex 2): the row-9
    /// items 1)–9) found against the agency.
    pub agency_findings: Vec<u16>,
    /// The pupil studies in a state education institution («мемлекеттік
    /// білім беру мекемесі»), not a private school (Annex 18's title).
    pub child_in_state_education_institution: bool,
    /// The applicant is a citizen of Kazakhstan permanently residing in
    /// Kazakhstan (the title of the rules of order No. 407).
    pub kazakhstan_citizen_resident: bool,
    /// The applicant is one of the child's legal representatives
    /// («баланың заңды өкілі», seed 000 cl. 2 sub. 3).
    pub applicant_is_legal_representative: bool,
    /// The applicant is divorced (a divorce certificate exists).
    pub divorced: bool,
    /// The fact that a parent does not care for the child is recorded in the
    /// civil-registry IS (a death record, a birth record made on the
    /// mother's statement), so no paper proof is needed (Annex 5 row 8 item 3).
    pub not_caring_in_civil_registry: bool,
    /// The other children the application concerns («бала (балалар)»), by
    /// birth date: each child aged ten or older gives an opinion.
    pub other_children_birth_dates: Vec<NaiveDate>,
}

impl Default for FamilyFacts {
    fn default() -> Self {
        Self {
            child_birth_date: None,
            application_date: None,
            child_birth_in_civil_registry: true,
            child_born_abroad: false,
            married: false,
            marriage_in_civil_registry: true,
            married_abroad: false,
            family_receives_targeted_social_assistance: false,
            per_capita_income_below_subsistence: false,
            child_orphan: false,
            child_without_parental_care: false,
            child_brought_up_in_family: false,
            child_in_residential_institution: false,
            family_in_emergency_or_collegial_category: false,
            going_to_health_camp: false,
            lives_in_remote_rural_settlement: false,
            housing_transaction_restricted: false,
            inheritance_right_arose: false,
            property_in_state_systems: true,
            one_parent_not_caring: false,
            other_parent_lives_separately: false,
            applicant_owns_housing: true,
            applicant_is_close_relative: false,
            applicant_is_relative_or_stepparent: false,
            applicant_has_training: false,
            applicant_deprived_of_parental_rights: false,
            applicant_minor: false,
            applicant_incapable: false,
            spouse_incapable: false,
            applicant_parental_rights_restricted: false,
            removed_as_guardian: false,
            adoption_cancelled_by_fault: false,
            disease_preventing_care: false,
            permanent_residence: true,
            non_traditional_orientation: false,
            unexpunged_intentional_conviction: false,
            citizenship: true,
            single_man: false,
            raised_child_three_years: false,
            income_covers_subsistence_minimum: true,
            narcological_or_psychiatric_registration: false,
            serious_crime_record: false,
            documents_unreliable: false,
            noncompliant_with_acts: false,
            negative_approval_or_expertise: false,
            court_ban_on_activity: false,
            deprived_of_special_right: false,
            personal_data_consent: true,
            agency_findings: Vec::new(),
            child_in_state_education_institution: true,
            kazakhstan_citizen_resident: true,
            applicant_is_legal_representative: true,
            divorced: false,
            not_caring_in_civil_registry: false,
            other_children_birth_dates: Vec::new(),
        }
    }
}

macro_rules! flags {
    ($($f:ident),* $(,)?) => {
        /// Every yes/no field of [`FamilyFacts`], in declaration order: the
        /// app asks them as questions (message key `q-<field>`, dashes for
        /// underscores) and stores the answers by these names.
        pub const FLAGS: &[&str] = &[$(stringify!($f)),*];

        impl FamilyFacts {
            /// The yes/no field `name`, or `None` if there is no such field.
            pub fn flag(&self, name: &str) -> Option<bool> {
                match name {
                    $(stringify!($f) => Some(self.$f),)*
                    _ => None,
                }
            }

            /// Sets the yes/no field `name`; `false` if there is no such field.
            pub fn set_flag(&mut self, name: &str, value: bool) -> bool {
                match name {
                    $(stringify!($f) => { self.$f = value; true })*
                    _ => false,
                }
            }
        }
    };
}

flags! {
        child_birth_in_civil_registry,
        child_born_abroad,
        married,
        marriage_in_civil_registry,
        married_abroad,
        family_receives_targeted_social_assistance,
        per_capita_income_below_subsistence,
        child_orphan,
        child_without_parental_care,
        child_brought_up_in_family,
        child_in_residential_institution,
        family_in_emergency_or_collegial_category,
        going_to_health_camp,
        lives_in_remote_rural_settlement,
        housing_transaction_restricted,
        inheritance_right_arose,
        property_in_state_systems,
        one_parent_not_caring,
        other_parent_lives_separately,
        applicant_owns_housing,
        applicant_is_close_relative,
        applicant_is_relative_or_stepparent,
        applicant_has_training,
        applicant_deprived_of_parental_rights,
        applicant_minor,
        applicant_incapable,
        spouse_incapable,
        applicant_parental_rights_restricted,
        removed_as_guardian,
        adoption_cancelled_by_fault,
        disease_preventing_care,
        permanent_residence,
        non_traditional_orientation,
        unexpunged_intentional_conviction,
        citizenship,
        single_man,
        raised_child_three_years,
        income_covers_subsistence_minimum,
        narcological_or_psychiatric_registration,
        serious_crime_record,
        documents_unreliable,
        noncompliant_with_acts,
        negative_approval_or_expertise,
        court_ban_on_activity,
        deprived_of_special_right,
        personal_data_consent,
        child_in_state_education_institution,
        kazakhstan_citizen_resident,
        applicant_is_legal_representative,
        divorced,
        not_caring_in_civil_registry
}

/// The yes/no fields the provider establishes itself (row 9's generic grounds
/// and the reliability of documents): the app lists them as things the
/// provider checks rather than asking the parent.
pub const PROVIDER_CHECKED: &[&str] = &[
    "documents_unreliable",
    "noncompliant_with_acts",
    "negative_approval_or_expertise",
    "court_ban_on_activity",
    "deprived_of_special_right",
    "personal_data_consent",
    // Annex 3 row 9 item 9 is a ground of the law, but Kezek does not ask a
    // parent about their private life: it is listed with what the provider
    // establishes, and never stored unless an integrator sets it.
    "non_traditional_orientation",
];

/// The input a [`Fact`] reads: a yes/no field of [`FamilyFacts`] or the
/// child's birth date (`"child_birth_date"`).
impl Fact {
    /// The [`FamilyFacts`] fields this fact is computed from.
    pub fn inputs(self) -> &'static [&'static str] {
        use Fact::*;
        match self {
            ChildBirthNotInCivilRegistry => &["child_birth_in_civil_registry"],
            ChildBornAbroad => &["child_born_abroad"],
            Married => &["married"],
            MarriageNotInCivilRegistry => &["marriage_in_civil_registry"],
            MarriedAbroad => &["married_abroad"],
            TargetedSocialAssistance => &["family_receives_targeted_social_assistance"],
            IncomeBelowSubsistenceWithoutTsa => &[
                "per_capita_income_below_subsistence",
                "family_receives_targeted_social_assistance",
            ],
            ChildOrphan => &["child_orphan"],
            ChildWithoutParentalCare => &["child_without_parental_care"],
            OrphanOrWithoutCareInFamily => &[
                "child_orphan",
                "child_without_parental_care",
                "child_brought_up_in_family",
            ],
            EmergencyOrCollegialCategory => &["family_in_emergency_or_collegial_category"],
            GoingToHealthCamp => &["going_to_health_camp"],
            RemoteRuralSettlement => &["lives_in_remote_rural_settlement"],
            ChildAged10OrOlder => &["child_birth_date"],
            WardUnder14 => &[
                "child_orphan",
                "child_without_parental_care",
                "child_birth_date",
            ],
            RestrictedHousingTransaction => &["housing_transaction_restricted"],
            InheritanceRightArose => &["inheritance_right_arose"],
            PropertyNotInStateSystems => &["property_in_state_systems"],
            OneParentNotCaring => &["one_parent_not_caring"],
            OtherRepresentativeLivesSeparately => &["other_parent_lives_separately"],
            NoHousingOwnership => &["applicant_owns_housing"],
            CloseRelative => &["applicant_is_close_relative"],
            RelativeOrStepparent => &["applicant_is_relative_or_stepparent"],
            ChildInResidentialInstitution => &["child_in_residential_institution"],
            ApplicantDeprivedOfParentalRights => &["applicant_deprived_of_parental_rights"],
            ApplicantMinor => &["applicant_minor"],
            ApplicantIncapable => &["applicant_incapable"],
            SpouseIncapable => &["spouse_incapable"],
            ApplicantParentalRightsRestricted => &["applicant_parental_rights_restricted"],
            RemovedAsGuardian => &["removed_as_guardian"],
            AdoptionCancelledByFault => &["adoption_cancelled_by_fault"],
            DiseasePreventingCare => &["disease_preventing_care"],
            NoPermanentResidence => &["permanent_residence"],
            NonTraditionalOrientation => &["non_traditional_orientation"],
            UnexpungedIntentionalConviction => &["unexpunged_intentional_conviction"],
            NoCitizenship => &["citizenship"],
            SingleManWithoutThreeYears => &["single_man", "raised_child_three_years"],
            IncomeBelowSubsistenceForWard => &["income_covers_subsistence_minimum"],
            NarcologicalRegistration => &["narcological_or_psychiatric_registration"],
            SeriousCrimeRecord => &["serious_crime_record"],
            NoTraining => &["applicant_has_training"],
            DocumentsUnreliable => &["documents_unreliable"],
            NoncompliantWithActs => &["noncompliant_with_acts"],
            NegativeApprovalOrExpertise => &["negative_approval_or_expertise"],
            CourtBanOnActivity => &["court_ban_on_activity"],
            DeprivedOfSpecialRight => &["deprived_of_special_right"],
            NoPersonalDataConsent => &["personal_data_consent"],
            AgencyFinding(_) => &["agency_findings"],
            StateInstitutionPupil => &["child_in_state_education_institution"],
            KazakhstanCitizenResident => &["kazakhstan_citizen_resident"],
            LegalRepresentative => &["applicant_is_legal_representative"],
            MarriedOrDivorced => &["married", "divorced"],
            NotCaringInCivilRegistry => &["not_caring_in_civil_registry"],
        }
    }
}

impl Condition {
    fn collect_facts(&self, out: &mut Vec<Fact>) {
        match self {
            Condition::Always => {}
            Condition::When(f) | Condition::Unless(f) => out.push(*f),
            Condition::Any(cs) | Condition::All(cs) => cs.iter().for_each(|c| c.collect_facts(out)),
        }
    }
}

/// The inputs the app should ask for `code` (eligibility first, then the
/// documents of every channel, then the refusal grounds), without the
/// [`PROVIDER_CHECKED`] ones and without `agency_findings`: each a
/// [`FLAGS`] name or `"child_birth_date"`, each once, in first-use order.
pub fn questions(code: &str) -> Result<Vec<&'static str>, CatalogueError> {
    let e = entry_or_err(code)?;
    let mut facts = Vec::new();
    e.scope
        .iter()
        .for_each(|r| r.condition.collect_facts(&mut facts));
    e.eligibility
        .iter()
        .for_each(|r| r.condition.collect_facts(&mut facts));
    for l in e.documents {
        l.items
            .iter()
            .for_each(|i| i.condition.collect_facts(&mut facts));
    }
    e.refusal_grounds
        .iter()
        .for_each(|g| g.condition.collect_facts(&mut facts));
    let mut out: Vec<&'static str> = Vec::new();
    for f in facts {
        for &input in f.inputs() {
            if !PROVIDER_CHECKED.contains(&input)
                && input != "agency_findings"
                && !out.contains(&input)
            {
                out.push(input);
            }
        }
    }
    Ok(out)
}

/// Full years between two dates; `None` if the birth is after `on`.
pub fn age_in_years(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    if birth > on {
        return None;
    }
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

impl FamilyFacts {
    /// The child's age on the application date, if both are known.
    pub fn child_age(&self) -> Option<u32> {
        age_in_years(self.child_birth_date?, self.application_date?)
    }

    /// The ages on the application date of every child the application
    /// concerns (the child, then [`FamilyFacts::other_children_birth_dates`]),
    /// or `None` while the child's birth date or the date is unknown.
    pub fn children_ages(&self) -> Option<Vec<u32>> {
        let on = self.application_date?;
        std::iter::once(self.child_birth_date?)
            .chain(self.other_children_birth_dates.iter().copied())
            .map(|b| age_in_years(b, on))
            .collect()
    }

    /// How many of the children are ten or older on the application date
    /// (each gives an opinion, Annex 5 row 8 item 6); `None` while unknown.
    pub fn children_aged_10_or_older(&self) -> Option<usize> {
        Some(self.children_ages()?.iter().filter(|&&a| a >= 10).count())
    }

    /// The facts as of the instant of application: ages are facts on the day
    /// of application («он жасқа толған», «он төрт жасқа толмаған»), so the
    /// submission instant sets [`FamilyFacts::application_date`].
    pub fn on(&self, submitted: NaiveDateTime) -> FamilyFacts {
        FamilyFacts {
            application_date: Some(submitted.date()),
            ..self.clone()
        }
    }

    /// The inputs `code`'s answer depends on that are not given: today
    /// `"child_birth_date"` when a rule of the service reads the child's age
    /// and the birth date is unknown. The app and the CLI ask for them.
    pub fn unknown_inputs(&self, code: &str) -> Result<Vec<&'static str>, CatalogueError> {
        let needs_age = questions(code)?.contains(&"child_birth_date");
        Ok(if needs_age && self.children_ages().is_none() {
            vec!["child_birth_date"]
        } else {
            Vec::new()
        })
    }

    /// Whether the fact holds.
    pub fn has(&self, fact: Fact) -> bool {
        use Fact::*;
        match fact {
            ChildBirthNotInCivilRegistry => !self.child_birth_in_civil_registry,
            ChildBornAbroad => self.child_born_abroad,
            Married => self.married,
            MarriageNotInCivilRegistry => !self.marriage_in_civil_registry,
            MarriedAbroad => self.married_abroad,
            TargetedSocialAssistance => self.family_receives_targeted_social_assistance,
            IncomeBelowSubsistenceWithoutTsa => {
                self.per_capita_income_below_subsistence
                    && !self.family_receives_targeted_social_assistance
            }
            ChildOrphan => self.child_orphan,
            ChildWithoutParentalCare => self.child_without_parental_care,
            OrphanOrWithoutCareInFamily => {
                (self.child_orphan || self.child_without_parental_care)
                    && self.child_brought_up_in_family
            }
            EmergencyOrCollegialCategory => self.family_in_emergency_or_collegial_category,
            GoingToHealthCamp => self.going_to_health_camp,
            RemoteRuralSettlement => self.lives_in_remote_rural_settlement,
            // An unknown age is a question (see [`FamilyFacts::unknown_inputs`]),
            // never "under 10": until it is answered the checklist keeps the
            // child's opinion and the preview keeps the under-14 risk.
            ChildAged10OrOlder => match self.children_ages() {
                Some(ages) => ages.iter().any(|&a| a >= 10),
                None => true,
            },
            WardUnder14 => {
                (self.child_orphan || self.child_without_parental_care)
                    && self.child_age().is_none_or(|a| a < 14)
            }
            RestrictedHousingTransaction => self.housing_transaction_restricted,
            InheritanceRightArose => self.inheritance_right_arose,
            PropertyNotInStateSystems => !self.property_in_state_systems,
            OneParentNotCaring => self.one_parent_not_caring,
            OtherRepresentativeLivesSeparately => self.other_parent_lives_separately,
            NoHousingOwnership => !self.applicant_owns_housing,
            CloseRelative => self.applicant_is_close_relative,
            RelativeOrStepparent => self.applicant_is_relative_or_stepparent,
            ChildInResidentialInstitution => self.child_in_residential_institution,
            ApplicantDeprivedOfParentalRights => self.applicant_deprived_of_parental_rights,
            ApplicantMinor => self.applicant_minor,
            ApplicantIncapable => self.applicant_incapable,
            SpouseIncapable => self.spouse_incapable,
            ApplicantParentalRightsRestricted => self.applicant_parental_rights_restricted,
            RemovedAsGuardian => self.removed_as_guardian,
            AdoptionCancelledByFault => self.adoption_cancelled_by_fault,
            DiseasePreventingCare => self.disease_preventing_care,
            NoPermanentResidence => !self.permanent_residence,
            NonTraditionalOrientation => self.non_traditional_orientation,
            UnexpungedIntentionalConviction => self.unexpunged_intentional_conviction,
            NoCitizenship => !self.citizenship,
            SingleManWithoutThreeYears => self.single_man && !self.raised_child_three_years,
            IncomeBelowSubsistenceForWard => !self.income_covers_subsistence_minimum,
            NarcologicalRegistration => self.narcological_or_psychiatric_registration,
            SeriousCrimeRecord => self.serious_crime_record,
            NoTraining => !self.applicant_has_training,
            DocumentsUnreliable => self.documents_unreliable,
            NoncompliantWithActs => self.noncompliant_with_acts,
            NegativeApprovalOrExpertise => self.negative_approval_or_expertise,
            CourtBanOnActivity => self.court_ban_on_activity,
            DeprivedOfSpecialRight => self.deprived_of_special_right,
            NoPersonalDataConsent => !self.personal_data_consent,
            AgencyFinding(n) => self.agency_findings.contains(&n),
            StateInstitutionPupil => self.child_in_state_education_institution,
            KazakhstanCitizenResident => self.kazakhstan_citizen_resident,
            LegalRepresentative => self.applicant_is_legal_representative,
            MarriedOrDivorced => self.married || self.divorced,
            NotCaringInCivilRegistry => self.not_caring_in_civil_registry,
        }
    }
}

/// How the applicant supplies a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
}

/// The document list of a set of channels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DocumentList {
    /// Channels the list is for.
    pub channels: &'static [ServiceChannel],
    /// A sub-type (e.g. `"extension"`), `None` = the service.
    pub variant: Option<&'static str>,
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
    /// A sub-type (e.g. `"extension"`), `None` = the service.
    pub variant: Option<&'static str>,
    /// Annex, row 9, item number.
    pub citation: Citation,
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
    /// Row 3 of the annex.
    pub citation: Citation,
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
}

/// One service in the catalogue: its requirement list in the law's structure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CatalogueEntry {
    /// The register code (seed 002), e.g. `"00403008"`.
    pub code: &'static str,
    /// Fluent key of the name (`svc-<code>`).
    pub name_key: &'static str,
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
    /// Row 4: form.
    pub form: ServiceForm,
    /// Row 5: Fluent key of the result.
    pub result_key: &'static str,
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

/// The provider's schedule (row 7): Mon–Fri 9:00–18:30, lunch 13:00–14:30.
pub const OFFICE_OPENS: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};
/// End of the provider's working day (row 7, «сағат 9.00-ден 18.30-ға дейін»).
pub const OFFICE_CLOSES: NaiveTime = match NaiveTime::from_hms_opt(18, 30, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// Errors of the catalogue functions; each names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueError {
    /// `code`: no such service in the catalogue.
    UnknownService(String),
    /// `channel`: not a channel name.
    UnknownChannel(String),
    /// `channel`: the service is not offered through it.
    ChannelNotOffered {
        /// The service code.
        code: String,
        /// The channel.
        channel: ServiceChannel,
    },
    /// `submitted`: the computation left the calendar's range.
    OutOfRange,
    /// `variant`: the service has sub-types and none was given.
    VariantRequired(String),
    /// The request is not valid JSON of the expected shape (serde names the field).
    Input(String),
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownService(c) => write!(f, "code: no service '{c}' in the catalogue"),
            Self::UnknownChannel(c) => write!(
                f,
                "channel: '{c}' is not one of office, state_corporation, portal, education_organisation"
            ),
            Self::ChannelNotOffered { code, channel } => {
                write!(f, "channel: service {code} is not offered through {channel:?}")
            }
            Self::OutOfRange => write!(f, "submitted: date out of range"),
            Self::VariantRequired(c) => write!(f, "variant: service {c} needs \"accreditation\" or \"extension\""),
            Self::Input(e) => write!(f, "request: {e}"),
        }
    }
}

impl CatalogueError {
    /// A stable code for translations (`error-<code>` in the app's messages).
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownService(_) => "unknown-service",
            Self::UnknownChannel(_) => "unknown-channel",
            Self::ChannelNotOffered { .. } => "channel-not-offered",
            Self::OutOfRange => "out-of-range",
            Self::VariantRequired(_) => "variant-required",
            Self::Input(_) => "bad-request",
        }
    }
}

impl std::error::Error for CatalogueError {}

/// The service, or an error naming `code`.
pub fn entry(code: &str) -> Option<&'static CatalogueEntry> {
    catalogue().iter().find(|e| e.code == code)
}

fn entry_or_err(code: &str) -> Result<&'static CatalogueEntry, CatalogueError> {
    entry(code).ok_or_else(|| CatalogueError::UnknownService(code.to_owned()))
}

/// The whole catalogue, in the order of order 414's annexes.
pub fn catalogue() -> &'static [CatalogueEntry] {
    static ALL: [CatalogueEntry; 11] = [
        adoption_agency_accreditation::ENTRY,
        adoption_registration::ENTRY,
        guardianship_certificate::ENTRY,
        minors_property::ENTRY,
        guardianship::ENTRY,
        foster_family::ENTRY,
        parental_meeting::ENTRY,
        school_transport::ENTRY,
        school_meals::ENTRY,
        camps::ENTRY,
        child_opinion::ENTRY,
    ];
    &ALL
}

/// The term that applies to a channel (and sub-type).
pub fn term(
    code: &str,
    channel: ServiceChannel,
    variant: Option<&str>,
) -> Result<&'static TermRule, CatalogueError> {
    let e = entry_or_err(code)?;
    check_channel(e, channel)?;
    e.terms
        .iter()
        .find(|t| {
            (t.channels.is_empty() || t.channels.contains(&channel))
                && (t.variant.is_none() || t.variant == variant)
        })
        .ok_or(CatalogueError::ChannelNotOffered {
            code: code.to_owned(),
            channel,
        })
}

fn check_channel(e: &CatalogueEntry, channel: ServiceChannel) -> Result<(), CatalogueError> {
    if e.channels.contains(&channel) {
        Ok(())
    } else {
        Err(CatalogueError::ChannelNotOffered {
            code: e.code.to_owned(),
            channel,
        })
    }
}

/// When the result is due.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Due {
    /// The instant the application counts as accepted.
    pub accepted: NaiveDateTime,
    /// The latest instant the result is due.
    pub due: NaiveDateTime,
    /// The term applied.
    pub term: Term,
    /// Row 3 (term) and row 7 (schedule) of the annex, then the rules'
    /// clause on the preliminary refusal notice where there is one.
    pub citations: Vec<Citation>,
    /// The last day a preliminary refusal notice can come, if the provider
    /// finds a ground to refuse: 3 working days before the term ends (each
    /// amended rules' clause). A hearing follows, then the result.
    pub preliminary_refusal_by: Option<NaiveDate>,
}

/// When the result of `code` applied for through `channel` at `submitted` is
/// due, on the working-day calendar.
///
/// Reading of the law (row 7, the schedule): «жұмыс уақыты аяқталғаннан
/// кейін, демалыс және мереке күндері жүгінген жағдайда өтінішті қабылдау және
/// мемлекеттік қызмет көрсету нәтижесін беру келесі жұмыс күнімен жүзеге
/// асырылады» — an application made after 18:30 or on a day off is accepted
/// on the next working day at 9:00. That sentence is the portal's (row 7
/// item 3); the provider's office is closed then too, so the same applies
/// there. The State Corporation (row 7 item 2) receives documents whenever it
/// is open — Monday to Saturday 09:00–20:00 except holidays, the one model
/// in [`crate::schedule::state_corporation_receives`] — and the term runs
/// from that moment; the days are then counted on the working-day calendar,
/// so a Saturday's documents start their count on Monday. Row 3 counts «құжаттарды тапсырған сәттен бастап» —
/// from the moment of submission: N working days end at the close (18:30) of
/// the N-th working day after the day of acceptance (the day of acceptance
/// itself is not counted, as civil-law terms run from the next day,
/// Civil Code art. 176). Calendar days: the same time N days later, and a
/// day off at the end moves to the next working day's close. Minutes: from
/// acceptance.
pub fn result_due(
    code: &str,
    channel: ServiceChannel,
    variant: Option<&str>,
    submitted: NaiveDateTime,
    cal: &Calendar,
) -> Result<Due, CatalogueError> {
    let e = entry_or_err(code)?;
    let rule = term(code, channel, variant)?;
    let date = submitted.date();
    // The longest term is a few months; the calendar's day-by-day steps must
    // stay inside chrono's date range (an absurd year is an input error).
    date.checked_add_days(chrono::Days::new(800))
        .ok_or(CatalogueError::OutOfRange)?;
    let in_hours = cal.is_working_day(date)
        && submitted.time() >= OFFICE_OPENS
        && submitted.time() < OFFICE_CLOSES;
    let accepted = if channel == ServiceChannel::STATE_CORPORATION {
        // Row 7 item 2: the State Corporation works «дүйсенбі мен сенбіні
        // қоса алғанда … сағат 9.00-ден 20.00-ге дейін, түскі үзіліссіз»
        // and row 3 item 1 counts «Мемлекеттік корпорацияға құжаттарды
        // тапсырған сәттен бастап»: documents handed in while it is open
        // (a weekday until 20:00, a Saturday) are received then; only the
        // portal item moves after-hours applications to the next working day.
        crate::schedule::state_corporation_receives(submitted, cal)
    } else if in_hours {
        submitted
    } else if cal.is_working_day(date) && submitted.time() < OFFICE_OPENS {
        date.and_time(OFFICE_OPENS)
    } else {
        cal.add_working_days(date, 1).and_time(OFFICE_OPENS)
    };
    let due = match rule.term {
        Term::Minutes(n) => accepted + Duration::minutes(i64::from(n)),
        Term::WorkingDays(n) => cal
            .add_working_days(accepted.date(), u32::from(n))
            .and_time(OFFICE_CLOSES),
        Term::CalendarDays(n) => cal
            .next_working_day_from(accepted.date() + chrono::Days::new(u64::from(n)))
            .and_time(OFFICE_CLOSES),
    };
    let mut citations = vec![rule.citation, cite(e.annex, 7, None)];
    citations.extend(rule.preliminary_refusal);
    let preliminary_refusal_by = rule
        .preliminary_refusal
        .map(|_| working_days_before(cal, due.date(), 3));
    Ok(Due {
        accepted,
        due,
        term: rule.term,
        citations,
        preliminary_refusal_by,
    })
}

/// The `n`-th working day before `d` (`working_days_between(result, d) == n`).
fn working_days_before(cal: &Calendar, d: NaiveDate, n: u32) -> NaiveDate {
    let mut day = d;
    let mut k = 0;
    while k < n {
        day -= Duration::days(1);
        if cal.is_working_day(day) {
            k += 1;
        }
    }
    day
}

/// One line of a checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistLine {
    /// Document id.
    pub id: &'static str,
    /// Fluent key of its name.
    pub name_key: &'static str,
    /// How to supply it.
    pub supply: Supply,
    /// Annex, row 8, item.
    pub citation: Citation,
}

/// The documents `code` needs through `channel` for this family, in the seed's order.
pub fn checklist(
    code: &str,
    channel: ServiceChannel,
    variant: Option<&str>,
    facts: &FamilyFacts,
) -> Result<Vec<ChecklistLine>, CatalogueError> {
    let e = entry_or_err(code)?;
    check_channel(e, channel)?;
    let list = e
        .documents
        .iter()
        .find(|l| l.channels.contains(&channel) && (l.variant.is_none() || l.variant == variant))
        .ok_or(CatalogueError::ChannelNotOffered {
            code: code.to_owned(),
            channel,
        })?;
    Ok(list
        .items
        .iter()
        .filter(|i| i.condition.holds(facts))
        .map(|i| ChecklistLine {
            id: i.id,
            name_key: i.name_key,
            supply: i.supply,
            citation: i.citation,
        })
        .collect())
}

/// A ground that applies to the family: code and citation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// Reason code (`refusal-<code>` in the messages).
    pub code: &'static str,
    /// Annex, row 9, item.
    pub citation: Citation,
}

/// The refusal grounds of `code` that these facts trigger (the refusal preview).
pub fn refusal_risks(
    code: &str,
    variant: Option<&str>,
    facts: &FamilyFacts,
) -> Result<Vec<Risk>, CatalogueError> {
    let e = entry_or_err(code)?;
    Ok(e.refusal_grounds
        .iter()
        .filter(|g| g.variant.is_none() || g.variant == variant)
        .filter(|g| g.condition.holds(facts))
        .map(|g| Risk {
            code: g.code,
            citation: g.citation,
        })
        .collect())
}

/// The eligibility verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Eligibility {
    /// Whether the family may receive the service.
    pub eligible: bool,
    /// The categories the child falls in (`eligibility-<code>`), with citations.
    pub grounds: Vec<Risk>,
    /// Reason codes against: refusal grounds that the facts trigger, or
    /// `not-in-any-category`, or `not-for-parents`.
    pub reasons: Vec<Risk>,
}

/// Whether the family may receive `code`: for services with categories, the
/// child must fall in one; and no refusal ground may apply.
pub fn eligibility(code: &str, facts: &FamilyFacts) -> Result<Eligibility, CatalogueError> {
    let e = entry_or_err(code)?;
    let grounds: Vec<Risk> = e
        .eligibility
        .iter()
        .filter(|r| r.condition.holds(facts))
        .map(|r| Risk {
            code: r.code,
            citation: r.citation,
        })
        .collect();
    let mut reasons: Vec<Risk> = e
        .scope
        .iter()
        .filter(|r| !r.condition.holds(facts))
        .map(|r| Risk {
            code: r.code,
            citation: r.citation,
        })
        .collect();
    // An age the verdict depends on and nobody gave is a question, not an
    // answer (Annex 20's title «Он жасқа толған»).
    let mut age_facts = Vec::new();
    e.eligibility
        .iter()
        .for_each(|r| r.condition.collect_facts(&mut age_facts));
    if age_facts
        .iter()
        .any(|f| f.inputs().contains(&"child_birth_date"))
        && facts.children_ages().is_none()
    {
        reasons.push(Risk {
            code: "child-birth-date-unknown",
            citation: e.eligibility[0].citation,
        });
    }
    reasons.extend(refusal_risks(code, None, facts)?);
    if !e.eligibility.is_empty() && grounds.is_empty() {
        reasons.push(Risk {
            code: "not-in-any-category",
            citation: e.eligibility[0].citation,
        });
    }
    if !e.in_scope_for_parents {
        reasons.push(Risk {
            code: "not-for-parents",
            citation: cite(e.annex, 1, None),
        });
    }
    Ok(Eligibility {
        eligible: reasons.is_empty(),
        grounds,
        reasons,
    })
}

/// Every Fluent key the catalogue uses (names, providers, results, documents,
/// refusal grounds, eligibility codes, out-of-scope reasons), sorted, unique.
pub fn message_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for e in catalogue() {
        keys.push(e.name_key.to_owned());
        keys.push(e.provider_key.to_owned());
        keys.push(e.result_key.to_owned());
        if let Some(k) = e.out_of_scope_key {
            keys.push(k.to_owned());
        }
        for l in e.documents {
            keys.extend(l.items.iter().map(|i| i.name_key.to_owned()));
        }
        keys.extend(
            e.refusal_grounds
                .iter()
                .map(|g| format!("refusal-{}", g.code)),
        );
        keys.extend(
            e.eligibility
                .iter()
                .map(|g| format!("eligibility-{}", g.code)),
        );
    }
    for e in catalogue() {
        keys.extend(e.scope.iter().map(|r| format!("refusal-{}", r.code)));
    }
    keys.push("refusal-child-birth-date-unknown".to_owned());
    keys.extend(register::register_message_keys());
    keys.push("refusal-not-in-any-category".to_owned());
    keys.push("refusal-not-for-parents".to_owned());
    keys.sort();
    keys.dedup();
    keys
}

/// Shared building blocks of the service modules.
pub(crate) mod parts {
    use super::*;

    /// Row 3 items 2–3 of `annex` for `channels`: wait and service minutes.
    pub const fn in_person(
        annex: u8,
        channels: &'static [ServiceChannel],
        max_wait_minutes: u16,
        max_service_minutes: u16,
    ) -> InPersonTimes {
        InPersonTimes {
            channels,
            max_wait_minutes,
            max_service_minutes,
            citation: cite(annex, 3, Some(2)),
        }
    }

    /// A document item.
    pub const fn doc(
        id: &'static str,
        name_key: &'static str,
        condition: Condition,
        supply: Supply,
        citation: Citation,
    ) -> RequirementItem {
        RequirementItem {
            id,
            name_key,
            condition,
            supply,
            citation,
        }
    }

    /// Row 8: the application («өтініш»), item `item` of `annex`.
    pub const fn application(annex: u8, item: u16) -> RequirementItem {
        doc(
            "application",
            "doc-application",
            Condition::Always,
            Supply::Application,
            cite(annex, 8, Some(item)),
        )
    }

    /// Row 8, portal: the application as an electronic document signed with
    /// EDS or a one-time password.
    pub const fn e_application(annex: u8, item: u16) -> RequirementItem {
        doc(
            "application",
            "doc-application-electronic",
            Condition::Always,
            Supply::Application,
            cite(annex, 8, Some(item)),
        )
    }

    /// Row 8: identity document or the digital-documents service.
    pub const fn identity(annex: u8, item: u16) -> RequirementItem {
        doc(
            "identity",
            "doc-identity",
            Condition::Always,
            Supply::IdentityOrDigitalDocument,
            cite(annex, 8, Some(item)),
        )
    }

    /// Row 8: the child's birth certificate «АХАЖ АЖ-да мәліметтер болмаған
    /// кезде не Қазақстан Республикасынан тыс жерде туған жағдайда».
    pub const fn birth_certificate(annex: u8, item: u16, supply: Supply) -> RequirementItem {
        doc(
            "birth_certificate",
            "doc-child-birth-certificate",
            BIRTH_NOT_IN_REGISTRY_OR_ABROAD,
            supply,
            cite(annex, 8, Some(item)),
        )
    }

    /// A refusal ground of the whole service.
    pub const fn ground(
        code: &'static str,
        condition: Condition,
        citation: Citation,
    ) -> RefusalGround {
        RefusalGround {
            code,
            condition,
            variant: None,
            citation,
        }
    }

    /// A term for every channel.
    pub const fn term_all(term: Term, citation: Citation) -> TermRule {
        TermRule {
            channels: &[],
            variant: None,
            term,
            citation,
            preliminary_refusal: None,
        }
    }

    /// A term for every channel whose rules' clause `clause` (list item
    /// `list_item` of order 414) sends the preliminary refusal notice.
    pub const fn term_with_notice(
        term: Term,
        citation: Citation,
        list_item: u16,
        clause: u16,
    ) -> TermRule {
        TermRule {
            preliminary_refusal: Some(rules_clause(list_item, clause)),
            ..term_all(term, citation)
        }
    }

    /// «АХАЖ АЖ-да мәліметтер болмаған кезде не Қазақстан Республикасынан тыс жерде туған».
    pub const BIRTH_NOT_IN_REGISTRY_OR_ABROAD: Condition = Condition::Any(&[
        Condition::When(Fact::ChildBirthNotInCivilRegistry),
        Condition::When(Fact::ChildBornAbroad),
    ]);
    /// Marriage/divorce certificate «АХАЖ АЖ-да мәліметтер болмаған жағдайда»:
    /// only where a marriage or a divorce exists (Annex 17 row 8 item 4,
    /// Annex 18 row 8 item 4) — a never-married parent has no certificate.
    pub const MARRIAGE_NOT_IN_REGISTRY: Condition = Condition::All(&[
        Condition::When(Fact::MarriedOrDivorced),
        Condition::When(Fact::MarriageNotInCivilRegistry),
    ]);
    /// Annex 5 and Annex 20 row 8 item 3, one clause in both: «жұбайының
    /// (зайыбының) нотариус куәландырған келісімі не баланың (балалардың)
    /// бөлек (жеке) тұратын заңды өкілінің келісімі». Reading: the spouse's
    /// consent when the applicant is married; the consent of the legal
    /// representative who lives separately when there is one — unless that
    /// parent does not care for the child, whose proof then replaces the
    /// consent (Annex 5 item 3's parenthesis, Annex 20 item 4).
    pub const CONSENT_SPOUSE_OR_SEPARATE_REPRESENTATIVE: Condition = Condition::Any(&[
        Condition::When(Fact::Married),
        Condition::All(&[
            Condition::When(Fact::OtherRepresentativeLivesSeparately),
            Condition::Unless(Fact::OneParentNotCaring),
        ]),
    ]);
    /// Marriage certificate «АХАЖ АЖ-да мәліметтер болмаған не ... тыс жерде неке қиылған».
    pub const MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD: Condition = Condition::All(&[
        Condition::When(Fact::Married),
        Condition::Any(&[
            Condition::When(Fact::MarriageNotInCivilRegistry),
            Condition::When(Fact::MarriedAbroad),
        ]),
    ]);
    /// Training certificate for adoption (Annex 3): not for close relatives.
    pub const NOT_CLOSE_RELATIVE: Condition = Condition::Unless(Fact::CloseRelative);
    /// Training certificate now: not for close relatives (Annex 6 row 8
    /// item 10, Annex 11 row 8 item 8), nor for relatives and step-parents,
    /// who may complete it later (see [`TRAINING_WITHIN_A_YEAR`]).
    pub const TRAINING_NOW: Condition = Condition::All(&[
        Condition::Unless(Fact::CloseRelative),
        Condition::Unless(Fact::RelativeOrStepparent),
    ]);
    /// The note after the lists of Annex 6 and Annex 11 row 8 (Marriage and
    /// Family Code art. 122 p. 1): the body may appoint «туыстарын, өгей
    /// әкесін (өгей шешесін) психологиялық даярлықтан өткізбестен … баланы
    /// отбасына тәрбиелеуге қабылдаған кезден бастап күнтізбелік бір жыл
    /// ішінде даярлықтан өту шартымен» — a relative or step-parent brings the
    /// certificate within one calendar year of taking the child, not now.
    pub const TRAINING_WITHIN_A_YEAR: Condition = Condition::All(&[
        Condition::Unless(Fact::CloseRelative),
        Condition::When(Fact::RelativeOrStepparent),
    ]);

    /// Generic ground (a): the documents or their data are unreliable.
    pub const fn g_unreliable(annex: u8, item: u16) -> RefusalGround {
        ground(
            "documents-unreliable",
            Condition::When(Fact::DocumentsUnreliable),
            cite(annex, 9, Some(item)),
        )
    }
    /// Generic ground (b): the applicant or the materials do not meet normative legal acts.
    pub const fn g_nla(annex: u8, item: u16) -> RefusalGround {
        ground(
            "noncompliant-nla",
            Condition::When(Fact::NoncompliantWithActs),
            cite(annex, 9, Some(item)),
        )
    }

    /// The generic grounds at the end of most row-9 lists, from item `first`:
    /// (c) negative approval, (d) court ban, (e) special right, (f) consent.
    pub const fn generic_cdef(annex: u8, first: u16) -> [RefusalGround; 4] {
        [
            ground(
                "negative-approval",
                Condition::When(Fact::NegativeApprovalOrExpertise),
                cite(annex, 9, Some(first)),
            ),
            ground(
                "court-ban",
                Condition::When(Fact::CourtBanOnActivity),
                cite(annex, 9, Some(first + 1)),
            ),
            ground(
                "special-right",
                Condition::When(Fact::DeprivedOfSpecialRight),
                cite(annex, 9, Some(first + 2)),
            ),
            ground(
                "no-consent",
                Condition::When(Fact::NoPersonalDataConsent),
                cite(annex, 9, Some(first + 3)),
            ),
        ]
    }

    /// All six generic grounds (a)–(f) as items 1–6 of row 9 (the paper-only services).
    pub const fn generic_af(annex: u8) -> [RefusalGround; 6] {
        let c = generic_cdef(annex, 3);
        [
            g_unreliable(annex, 1),
            g_nla(annex, 2),
            c[0],
            c[1],
            c[2],
            c[3],
        ]
    }

    /// Row 9 of Annexes 6 and 11 (guardianship, foster family), items 1)–20):
    /// the 13 suitability grounds, 14) no training (relatives and
    /// step-parents spared, see `guardianship.rs`), 15) unreliable
    /// documents, 16) normative acts, 17)–20) generic (c)–(f).
    pub const fn guardian_grounds(annex: u8, no_training: Condition) -> [RefusalGround; 20] {
        let s = suitability(annex, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
        let g = generic_cdef(annex, 17);
        [
            s[0],
            s[1],
            s[2],
            s[3],
            s[4],
            s[5],
            s[6],
            s[7],
            s[8],
            s[9],
            s[10],
            s[11],
            s[12],
            ground("no-training", no_training, cite(annex, 9, Some(14))),
            g_unreliable(annex, 15),
            g_nla(annex, 16),
            g[0],
            g[1],
            g[2],
            g[3],
        ]
    }

    /// Row 9 of Annexes 17 and 18 (meals, camps), items 1)–6): unreliable
    /// documents, Gov. decree No. 64 of 25.01.2008, generic (c)–(f).
    pub const fn decree64_grounds(annex: u8) -> [RefusalGround; 6] {
        let g = generic_cdef(annex, 3);
        [
            g_unreliable(annex, 1),
            ground(
                "noncompliant-decree-64",
                Condition::When(Fact::NoncompliantWithActs),
                cite(annex, 9, Some(2)),
            ),
            g[0],
            g[1],
            g[2],
            g[3],
        ]
    }

    /// The suitability grounds of a guardian, foster carer or adopter (Marriage
    /// and Family Code art. 91), shared by Annexes 3, 6 and 11. `items` are the
    /// row-9 item numbers of, in order: minor, incapable, parental rights
    /// restricted, removed as guardian, adoption cancelled, disease, no
    /// permanent residence, conviction, no citizenship, single man, income,
    /// narcological registration, serious crimes.
    pub const fn suitability(annex: u8, items: [u16; 13]) -> [RefusalGround; 13] {
        [
            ground(
                "applicant-minor",
                Condition::When(Fact::ApplicantMinor),
                cite(annex, 9, Some(items[0])),
            ),
            ground(
                "applicant-incapable",
                Condition::When(Fact::ApplicantIncapable),
                cite(annex, 9, Some(items[1])),
            ),
            ground(
                "parental-rights-restricted",
                Condition::When(Fact::ApplicantParentalRightsRestricted),
                cite(annex, 9, Some(items[2])),
            ),
            ground(
                "removed-as-guardian",
                Condition::When(Fact::RemovedAsGuardian),
                cite(annex, 9, Some(items[3])),
            ),
            ground(
                "adoption-cancelled",
                Condition::When(Fact::AdoptionCancelledByFault),
                cite(annex, 9, Some(items[4])),
            ),
            ground(
                "disease",
                Condition::When(Fact::DiseasePreventingCare),
                cite(annex, 9, Some(items[5])),
            ),
            ground(
                "no-permanent-residence",
                Condition::When(Fact::NoPermanentResidence),
                cite(annex, 9, Some(items[6])),
            ),
            ground(
                "conviction",
                Condition::When(Fact::UnexpungedIntentionalConviction),
                cite(annex, 9, Some(items[7])),
            ),
            ground(
                "no-citizenship",
                Condition::When(Fact::NoCitizenship),
                cite(annex, 9, Some(items[8])),
            ),
            ground(
                "single-man",
                Condition::When(Fact::SingleManWithoutThreeYears),
                cite(annex, 9, Some(items[9])),
            ),
            ground(
                "income-below-subsistence",
                Condition::When(Fact::IncomeBelowSubsistenceForWard),
                cite(annex, 9, Some(items[10])),
            ),
            ground(
                "narcological-registration",
                Condition::When(Fact::NarcologicalRegistration),
                cite(annex, 9, Some(items[11])),
            ),
            ground(
                "serious-crime",
                Condition::When(Fact::SeriousCrimeRecord),
                cite(annex, 9, Some(items[12])),
            ),
        ]
    }
}

/// A request to evaluate a catalogue service for a family: what `kezek
/// evaluate` reads when `service` is a catalogue code, and what the app
/// and the JS API pass.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// Register code, e.g. `"00403008"`.
    pub service: String,
    /// `office`, `state_corporation`, `portal` or `education_organisation`.
    pub channel: String,
    /// Sub-type where the service has them (`"accreditation"`, `"extension"`).
    #[serde(default)]
    pub variant: Option<String>,
    /// The instant of submission, `YYYY-MM-DDTHH:MM[:SS]` (local time of the provider).
    #[serde(deserialize_with = "instant")]
    pub submitted: NaiveDateTime,
    /// The family's answers.
    #[serde(default)]
    pub facts: FamilyFacts,
    /// The documents the parent holds, for the receipt preview; `None` =
    /// not asked (no preview).
    #[serde(default)]
    pub documents_held: Option<Vec<HeldDocument>>,
}

/// Everything the app shows for one catalogue service: eligibility with its
/// grounds, the checklist for the channel, the refusal preview and the due
/// date, each line with citations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Register code.
    pub service: &'static str,
    /// Fluent key of the name.
    pub name_key: &'static str,
    /// Fluent key of the provider.
    pub provider_key: &'static str,
    /// Fluent key of the result.
    pub result_key: &'static str,
    /// The channel evaluated.
    pub channel: ServiceChannel,
    /// Eligibility.
    pub eligibility: Eligibility,
    /// The documents to bring or upload.
    pub checklist: Vec<ChecklistLine>,
    /// What happens at the counter with the documents held (refusal to
    /// accept an incomplete or expired set), when the request lists them.
    pub receipt: Option<ReceiptPreview>,
    /// Inputs the answer depends on that the request does not give
    /// (e.g. `"child_birth_date"`): ask them before relying on the answer.
    pub unknown_inputs: Vec<&'static str>,
    /// When the result is due.
    pub due: Due,
    /// Free of charge (row 6).
    pub free: bool,
    /// The refusal preview: the row-9 grounds these facts trigger for this
    /// service and sub-type, each with its citation (`refusal-<code>` is its
    /// text); empty when none applies.
    pub refusal_risks: Vec<Risk>,
}

/// `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
fn instant<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    let s = String::deserialize(d)?;
    crate::dates::parse_datetime(&s).map_err(|e| match e {
        crate::dates::DateError::Malformed(_) => {
            serde::de::Error::custom(format!("submitted: '{s}' is not YYYY-MM-DDTHH:MM"))
        }
        e => serde::de::Error::custom(e),
    })
}

impl Request {
    /// Parses a request from JSON; errors name the field.
    pub fn from_json(json: &str) -> Result<Self, CatalogueError> {
        serde_json::from_str(json).map_err(|e| {
            if e.to_string().contains(crate::dates::OUT_OF_RANGE) {
                CatalogueError::OutOfRange
            } else {
                CatalogueError::Input(e.to_string())
            }
        })
    }
}

/// Evaluates a request on the calendar `cal`.
pub fn evaluate(req: &Request, cal: &Calendar) -> Result<Evaluation, CatalogueError> {
    let e = entry_or_err(&req.service)?;
    let channel = ServiceChannel::parse(&req.channel)?;
    let variant = req.variant.as_deref();
    if e.terms.iter().any(|t| t.variant.is_some()) && variant.is_none() {
        return Err(CatalogueError::VariantRequired(e.code.to_owned()));
    }
    // Ages are facts on the day of application: the submission instant, not
    // whatever `application_date` the caller left (Annex 20's title).
    let facts = req.facts.on(req.submitted);
    Ok(Evaluation {
        service: e.code,
        name_key: e.name_key,
        provider_key: e.provider_key,
        result_key: e.result_key,
        channel,
        eligibility: eligibility(e.code, &facts)?,
        checklist: checklist(e.code, channel, variant, &facts)?,
        unknown_inputs: facts.unknown_inputs(e.code)?,
        receipt: req
            .documents_held
            .as_deref()
            .map(|held| {
                receipt_preview(e.code, channel, variant, &facts, held, req.submitted.date())
            })
            .transpose()?,
        due: result_due(e.code, channel, variant, req.submitted, cal)?,
        free: e.free,
        refusal_risks: refusal_risks(e.code, variant, &facts)?,
    })
}

/// A prepared catalogue application: what the hand-off carries (download,
/// print, the `kezek:application-prepared` event), with its digest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prepared {
    /// The JSON handed off: format `kezek.catalogue-application/1`, the
    /// service, channel, submission instant, the family's answers, the
    /// checklist ids, the due date and the personal-data consent.
    pub application: serde_json::Value,
    /// SHA-256 of `application` serialised compactly, lowercase hex.
    pub sha256: String,
}

/// Prepares the application for hand-off. The consent of row 9 (generic
/// ground f, Law on personal data art. 8) is recorded from the facts.
pub fn prepare(req: &Request, eval: &Evaluation) -> Prepared {
    use sha2::{Digest, Sha256};
    let application = serde_json::json!({
        "format": "kezek.catalogue-application/1",
        "service": eval.service,
        "channel": eval.channel,
        "variant": req.variant,
        "submitted": req.submitted.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "facts": req.facts,
        "eligible": eval.eligibility.eligible,
        "checklist": eval.checklist.iter().map(|l| l.id).collect::<Vec<_>>(),
        "due": eval.due.due.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "consent_personal_data": req.facts.personal_data_consent,
    });
    let digest = Sha256::digest(application.to_string().as_bytes());
    let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
    Prepared {
        application,
        sha256,
    }
}
