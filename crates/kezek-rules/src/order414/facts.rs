//! The facts a condition tests («отбасы туралы мәліметтер»): [`Fact`],
//! [`Condition`] and the parent's answers, [`FamilyFacts`], with the question
//! each fact is asked by and the child's age on the day of application.

use super::*;

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
    pub(crate) fn collect_facts(&self, out: &mut Vec<Fact>) {
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

impl FamilyFacts {
    /// The child's age on the application date, if both are known.
    pub fn child_age(&self) -> Option<u32> {
        crate::common::ages::full_years(self.child_birth_date?, self.application_date?)
    }

    /// The ages on the application date of every child the application
    /// concerns (the child, then [`FamilyFacts::other_children_birth_dates`]),
    /// or `None` while the child's birth date or the date is unknown.
    pub fn children_ages(&self) -> Option<Vec<u32>> {
        let on = self.application_date?;
        std::iter::once(self.child_birth_date?)
            .chain(self.other_children_birth_dates.iter().copied())
            .map(|b| crate::common::ages::full_years(b, on))
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
