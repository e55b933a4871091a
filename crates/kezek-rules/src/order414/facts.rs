//! The facts a condition tests («отбасы туралы мәліметтер»): [`Fact`],
//! [`Condition`] and the parent's answers, [`FamilyFacts`], with the question
//! each fact is asked by and the child's age on the day of application.
//!
//! **One definition per fact.** Every yes/no fact is one row of the
//! [`fact_table!`] below — its field, its default, who establishes it (the
//! parent answers, or the provider checks), its question's Fluent key and
//! the citation that makes it a question — plus, where a condition tests the
//! field alone, the [`Fact`] that reads it (`when` the field holds, `unless`
//! it holds). The struct [`FamilyFacts`], its `Default`, [`FLAGS`],
//! [`FACT_TABLE`], [`PROVIDER_CHECKED`], `flag`/`set_flag`, [`Fact`],
//! [`FamilyFacts::has`] and [`Fact::inputs`] are all generated from it. A
//! fact computed from several inputs is one row of the `derived` part: its
//! inputs and its formula, side by side. Adding a yes/no fact is one row
//! here and its question in the three `.ftl` files.
//!
//! **The default family is ordinary**: every default is the answer that
//! triggers no rule — no refusal ground, no extra document — so `{}` is a
//! valid family with nothing against it. Reading for
//! `applicant_has_training` (default `true`): the training certificate is a
//! row-8 item required of every applicant but a close relative whatever the
//! answer (Annex 3 row 8 item 6, Annex 6 row 8, Annex 11 row 8), so the
//! checklist always asks for it and the receipt preview finds it missing
//! when it is not held — except for a relative or step-parent under Annexes
//! 6 and 11, whom the body may appoint without it (the note after the
//! lists): there it is `uncertain`; the row-9 ground «психологиялық даярлықтан өтпеуі» (Annex 3 item
//! 16, Annexes 6 and 11 item 14) is a consequence of the fact, shown when
//! the parent says there was no training — never asserted of a family that
//! said nothing.

use super::*;

/// Who establishes a yes/no fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AskedBy {
    /// The parent answers its question.
    Parent,
    /// The provider establishes it (row 9's generic grounds, the reliability
    /// of documents): the app lists it as something the provider checks.
    Provider,
}

/// One row of the fact table: a yes/no field of [`FamilyFacts`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FactSpec {
    /// The field name (also the JSON key and the app's answer name).
    pub name: &'static str,
    /// The ordinary family's answer.
    pub default: bool,
    /// Who establishes it.
    pub asked_by: AskedBy,
    /// Fluent key of its question (`q-…`).
    pub question_key: &'static str,
    /// The annex item (or rules' clause) that makes it a question.
    pub citation: Citation,
}

/// Declares the yes/no facts once and derives everything else from them
/// (see the module doc).
macro_rules! fact_table {
    (@pol when $v:expr) => { $v };
    (@pol unless $v:expr) => { !$v };
    (@poldoc when) => { "holds" };
    (@poldoc unless) => { "is false" };
    (
        flags {
            $(
                $(#[$m:meta])*
                $name:ident : $default:literal, $who:ident, $q:literal, $cite:expr
                $(, $pol:ident $fact:ident)? ;
            )*
        }
        derived {
            $(
                $(#[$dm:meta])*
                $d:ident $( ( $bind:ident : $t:ty ) )? [ $($input:ident),* ] |$fv:ident| $e:expr ;
            )*
        }
    ) => {
        /// A fact about the family, the child or the application that a
        /// condition tests: a yes/no field of [`FamilyFacts`] read alone, or
        /// a fact derived from several inputs.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Fact {
            $($(
                #[doc = concat!("[`FamilyFacts::", stringify!($name), "`] ", fact_table!(@poldoc $pol), ".")]
                $fact,
            )?)*
            $(
                $(#[$dm])*
                $d $( ($t) )?,
            )*
        }

        /// The facts a parent gives once and every service reuses. Every
        /// field defaults to the ordinary family (the module doc), so `{}` is
        /// a valid family.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(default, deny_unknown_fields)]
        pub struct FamilyFacts {
            /// The child's birth date (for the 10- and 14-year rules).
            #[serde(with = "crate::dates::date::option")]
            #[cfg_attr(feature = "schema", schemars(with = "Option<crate::dates::schema::Date>"))]
            pub child_birth_date: Option<NaiveDate>,
            /// The date of the application (for ages); `None` = the birth-date rules are unknown.
            #[serde(with = "crate::dates::date::option")]
            #[cfg_attr(feature = "schema", schemars(with = "Option<crate::dates::schema::Date>"))]
            pub application_date: Option<NaiveDate>,
            /// The day the application is accepted, when it is a later day
            /// than [`FamilyFacts::application_date`] (row 7: made after
            /// hours or on a day off, it is accepted «келесі жұмыс күнімен»):
            /// an age that crosses a threshold between the two days is a
            /// reading ([`FamilyFacts::on_acceptance_day`]). Not an input:
            /// [`super::evaluate`] sets it from the due's `accepted`.
            #[serde(skip)]
            #[cfg_attr(feature = "schema", schemars(skip))]
            #[serde(serialize_with = "crate::dates::date::option::serialize")]
            pub acceptance_date: Option<NaiveDate>,
            $(
                $(#[$m])*
                pub $name: bool,
            )*
            /// Only for the out-of-scope agency accreditation (Annex 2): the
            /// row-9 items 1)–9) found against the agency.
            pub agency_findings: Vec<u16>,
            /// The other children the application concerns («бала
            /// (балалар)», Annex 5 row 8 items 1, 3, 6), by birth date: each
            /// child aged ten or older gives an opinion; a ward under
            /// fourteen keeps the housing ground (row 9 item 5).
            #[serde(deserialize_with = "crate::dates::chrono_form::list")]
            #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::dates::schema::Date>"))]
            pub other_children_birth_dates: Vec<NaiveDate>,
            /// The questions the parent has not answered yet (the name of a
            /// [yes/no field](FLAGS) of the family's answers,
            /// `"other_children_birth_dates"`, or `"child_birth_date"`, which
            /// an evaluation's `pending` may name: listed, the birth date is
            /// read as not given, even beside a date). A field listed here
            /// is a question, not the ordinary family's default: a
            /// condition that reads it is [undecided](Condition::known),
            /// the evaluation lists it in `unknown_inputs`, the eligibility
            /// waits for it (`pending`) and a document it may call for stays
            /// on the checklist with `depends_on`. A field neither given nor
            /// listed takes the default (the CLI's and JS API's `{}`).
            #[serde(skip_serializing_if = "Vec::is_empty")]
            pub unanswered: Vec<String>,
        }

        impl Default for FamilyFacts {
            fn default() -> Self {
                Self {
                    child_birth_date: None,
                    application_date: None,
                    acceptance_date: None,
                    $($name: $default,)*
                    agency_findings: Vec::new(),
                    other_children_birth_dates: Vec::new(),
                    unanswered: Vec::new(),
                }
            }
        }

        /// Every yes/no fact, in the table's order.
        pub const FACT_TABLE: &[FactSpec] = &[$(
            FactSpec {
                name: stringify!($name),
                default: $default,
                asked_by: AskedBy::$who,
                question_key: $q,
                citation: $cite,
            },
        )*];

        /// Every yes/no field of [`FamilyFacts`], in declaration order: the
        /// app asks them as questions ([`question_key`]) and stores the
        /// answers by these names.
        pub const FLAGS: &[&str] = &[$(stringify!($name)),*];

        impl FamilyFacts {
            /// The yes/no field `name`, or `None` if there is no such field.
            pub fn flag(&self, name: &str) -> Option<bool> {
                match name {
                    $(stringify!($name) => Some(self.$name),)*
                    _ => None,
                }
            }

            /// Sets the yes/no field `name`; `false` if there is no such field.
            pub fn set_flag(&mut self, name: &str, value: bool) -> bool {
                match name {
                    $(stringify!($name) => { self.$name = value; true })*
                    _ => false,
                }
            }

            /// Whether the fact holds.
            pub fn has(&self, fact: Fact) -> bool {
                match fact {
                    $($( Fact::$fact => fact_table!(@pol $pol self.$name), )?)*
                    $( Fact::$d $( ($bind) )? => { let $fv = self; $e } )*
                }
            }
        }

        impl Fact {
            /// Whether the fact is a yes/no field read alone (`when` or
            /// `unless` it holds): one answer to it makes the fact hold,
            /// the other not.
            fn is_flag_alone(self) -> bool {
                match self {
                    $($( Fact::$fact => true, )?)*
                    _ => false,
                }
            }

            /// The [`FamilyFacts`] fields this fact is computed from (a
            /// yes/no field, `"child_birth_date"` or `"agency_findings"`).
            pub fn inputs(self) -> &'static [&'static str] {
                match self {
                    $($( Fact::$fact => &[stringify!($name)], )?)*
                    $( Fact::$d { .. } => &[$(stringify!($input)),*], )*
                }
            }
        }
    };
}

fact_table! {
    flags {
        /// The child's birth is recorded in the civil-registry IS («АХАЖ АЖ»).
        child_birth_in_civil_registry: true, Parent, "q-child-birth-in-civil-registry", cite(5, 8, Some(2)), unless ChildBirthNotInCivilRegistry;
        /// The child was born outside Kazakhstan.
        child_born_abroad: false, Parent, "q-child-born-abroad", cite(5, 8, Some(2)), when ChildBornAbroad;
        /// The applicant is married.
        married: false, Parent, "q-married", cite(5, 8, Some(3)), when Married;
        /// The marriage (or divorce) is recorded in the civil-registry IS:
        /// a married applicant's current marriage, else the marriage that
        /// ended or its divorce (a reading for a remarried parent: the
        /// certificate of Annexes 17 and 18 row 8 item 4 is the current
        /// marriage's, [`FOLLOW_UPS`]); the question says which.
        marriage_in_civil_registry: true, Parent, "q-marriage-in-civil-registry", cite(6, 8, Some(5)), unless MarriageNotInCivilRegistry;
        /// The marriage was registered abroad.
        married_abroad: false, Parent, "q-married-abroad", cite(6, 8, Some(5)), when MarriedAbroad;
        /// The family is entitled to targeted social assistance («мемлекеттік атаулы әлеуметтік көмек»).
        family_receives_targeted_social_assistance: false, Parent, "q-family-receives-targeted-social-assistance", cite(17, 8, Some(5)), when TargetedSocialAssistance;
        /// Average per-capita income below the subsistence minimum
        /// («жан басына шаққанда орташа табысы күн көріс деңгейінен төмен»).
        per_capita_income_below_subsistence: false, Parent, "q-per-capita-income-below-subsistence", cite(17, 8, Some(5));
        /// The child is an orphan («жетім бала»).
        child_orphan: false, Parent, "q-child-orphan", cite(5, 9, Some(5)), when ChildOrphan;
        /// The child is left without parental care («ата-анасының қамқорлығынсыз қалған бала»).
        child_without_parental_care: false, Parent, "q-child-without-parental-care", cite(5, 9, Some(5)), when ChildWithoutParentalCare;
        /// The child is brought up in a family (guardianship, patronage, foster).
        child_brought_up_in_family: false, Parent, "q-child-brought-up-in-family", cite(17, 8, Some(5));
        /// The child lives in an education organisation for orphans.
        child_in_residential_institution: false, Parent, "q-child-in-residential-institution", cite(6, 8, Some(6)), when ChildInResidentialInstitution;
        /// The family needs urgent help after an emergency, or the school's
        /// collegial body placed the pupil in another category.
        family_in_emergency_or_collegial_category: false, Parent, "q-family-in-emergency-or-collegial-category", cite(17, 8, Some(5)), when EmergencyOrCollegialCategory;
        /// The pupil goes to a health camp. No longer asked nor read (since
        /// 03.12.2026 form 071/у is on every list of Annex 18, see `camps`);
        /// kept so that requests which give it still read (`facts` refuses
        /// unknown fields), marked `deprecated`.
        #[cfg_attr(feature = "schema", schemars(extend("deprecated" = true)))]
        going_to_health_camp: false, Parent, "q-going-to-health-camp", cite(18, 8, Some(5)), when GoingToHealthCamp;
        /// The family lives in a remote rural settlement («шалғайдағы ауылдық елді мекен»).
        lives_in_remote_rural_settlement: false, Parent, "q-lives-in-remote-rural-settlement", list_title(15), when RemoteRuralSettlement;
        /// A transaction with the child's housing of the kinds in Ann.5 row 9 p.5.
        housing_transaction_restricted: false, Parent, "q-housing-transaction-restricted", cite(5, 9, Some(5)), when RestrictedHousingTransaction;
        /// A right to inherit by law arose.
        inheritance_right_arose: false, Parent, "q-inheritance-right-arose", cite(5, 8, Some(4)), when InheritanceRightArose;
        /// The property is recorded in state information systems.
        property_in_state_systems: true, Parent, "q-property-in-state-systems", cite(5, 8, Some(5)), unless PropertyNotInStateSystems;
        /// One parent does not care for the child (dead, deprived, missing, ...).
        one_parent_not_caring: false, Parent, "q-one-parent-not-caring", cite(5, 8, Some(3)), when OneParentNotCaring;
        /// The other legal representative lives separately.
        other_parent_lives_separately: false, Parent, "q-other-parent-lives-separately", cite(5, 8, Some(3)), when OtherRepresentativeLivesSeparately;
        /// The applicant (or spouse) owns housing.
        applicant_owns_housing: true, Parent, "q-applicant-owns-housing", cite(3, 8, Some(5)), unless NoHousingOwnership;
        /// The applicant is a close relative of the child.
        applicant_is_close_relative: false, Parent, "q-applicant-is-close-relative", cite(3, 8, Some(6)), when CloseRelative;
        /// The applicant is a relative or stepfather/stepmother of the child.
        applicant_is_relative_or_stepparent: false, Parent, "q-applicant-is-relative-or-stepparent", cite(6, 8, Some(9)), when RelativeOrStepparent;
        /// The applicant completed psychological training (Marriage and Family Code art. 91 p.4).
        applicant_has_training: true, Parent, "q-applicant-has-training", cite(3, 9, Some(16)), unless NoTraining;
        /// The applicant is a parent deprived of parental rights.
        applicant_deprived_of_parental_rights: false, Parent, "q-applicant-deprived-of-parental-rights", cite(13, 5, None), when ApplicantDeprivedOfParentalRights;
        /// The applicant is under 18 («кәмелет жасқа толмауы»).
        applicant_minor: false, Parent, "q-applicant-minor", cite(3, 9, Some(1)), when ApplicantMinor;
        /// Declared incapable or of limited capacity by a court.
        applicant_incapable: false, Parent, "q-applicant-incapable", cite(3, 9, Some(2)), when ApplicantIncapable;
        /// The spouse was declared incapable or of limited capacity.
        spouse_incapable: false, Parent, "q-spouse-incapable", cite(3, 9, Some(3)), when SpouseIncapable;
        /// The court deprived or limited the applicant's parental rights.
        applicant_parental_rights_restricted: false, Parent, "q-applicant-parental-rights-restricted", cite(3, 9, Some(4)), when ApplicantParentalRightsRestricted;
        /// Removed from guardian or custodian duties.
        removed_as_guardian: false, Parent, "q-removed-as-guardian", cite(3, 9, Some(5)), when RemovedAsGuardian;
        /// An adoption was cancelled by a court through the applicant's fault.
        adoption_cancelled_by_fault: false, Parent, "q-adoption-cancelled-by-fault", cite(3, 9, Some(6)), when AdoptionCancelledByFault;
        /// A disease that prevents caring for the child.
        disease_preventing_care: false, Parent, "q-disease-preventing-care", cite(3, 9, Some(7)), when DiseasePreventingCare;
        /// A permanent place of residence.
        permanent_residence: true, Parent, "q-permanent-residence", cite(3, 9, Some(8)), unless NoPermanentResidence;
        /// A ground stated in the law (Ann.3 row 9 p.9).
        // Annex 3 row 9 item 9 is a ground of the law, but Kezek does not ask a
        // parent about their private life: it is listed with what the provider
        // establishes, and never stored unless an integrator sets it.
        non_traditional_orientation: false, Provider, "q-non-traditional-orientation", cite(3, 9, Some(9)), when NonTraditionalOrientation;
        /// An unexpunged conviction for an intentional crime.
        unexpunged_intentional_conviction: false, Parent, "q-unexpunged-intentional-conviction", cite(3, 9, Some(10)), when UnexpungedIntentionalConviction;
        /// The applicant has citizenship.
        citizenship: true, Parent, "q-citizenship", cite(3, 9, Some(11)), unless NoCitizenship;
        /// The applicant is a man not in a registered marriage.
        single_man: false, Parent, "q-single-man", cite(3, 9, Some(12));
        /// He brought the child up for ≥ 3 years after the mother's death or deprivation.
        raised_child_three_years: false, Parent, "q-raised-child-three-years", cite(3, 9, Some(12));
        /// Income gives the child at least the subsistence minimum.
        income_covers_subsistence_minimum: true, Parent, "q-income-covers-subsistence-minimum", cite(3, 9, Some(13)), unless IncomeBelowSubsistenceForWard;
        /// Registered at a narcological or psychoneurological dispensary.
        narcological_or_psychiatric_registration: false, Parent, "q-narcological-or-psychiatric-registration", cite(3, 9, Some(14)), when NarcologicalRegistration;
        /// A conviction or prosecution for the crimes listed in the law.
        serious_crime_record: false, Parent, "q-serious-crime-record", cite(3, 9, Some(15)), when SeriousCrimeRecord;
        /// The documents or their data are unreliable.
        documents_unreliable: false, Provider, "q-documents-unreliable", cite(2, 9, Some(2)), when DocumentsUnreliable;
        /// The applicant or materials do not meet the acts the service cites.
        noncompliant_with_acts: false, Provider, "q-noncompliant-with-acts", cite(2, 9, Some(10)), when NoncompliantWithActs;
        /// A negative answer to an approval request or a negative expertise.
        negative_approval_or_expertise: false, Provider, "q-negative-approval-or-expertise", cite(2, 9, Some(11)), when NegativeApprovalOrExpertise;
        /// A court decision in force bans the activity.
        court_ban_on_activity: false, Provider, "q-court-ban-on-activity", cite(2, 9, Some(12)), when CourtBanOnActivity;
        /// A court decision in force deprived the applicant of a special right.
        deprived_of_special_right: false, Provider, "q-deprived-of-special-right", cite(2, 9, Some(13)), when DeprivedOfSpecialRight;
        /// Consent to access restricted personal data (Law on personal data art. 8).
        personal_data_consent: true, Provider, "q-personal-data-consent", cite(2, 9, Some(14)), unless NoPersonalDataConsent;
        /// The pupil studies in a state education institution («мемлекеттік
        /// білім беру мекемесі»), not a private school (Annex 18's title).
        child_in_state_education_institution: true, Parent, "q-child-in-state-education-institution", cite(17, 9, Some(2)), when StateInstitutionPupil;
        /// The applicant is a citizen of Kazakhstan permanently residing in
        /// Kazakhstan (the title of the rules of order No. 407).
        kazakhstan_citizen_resident: true, Parent, "q-kazakhstan-citizen-resident", rules_title(2), when KazakhstanCitizenResident;
        /// The applicant is one of the child's legal representatives
        /// («баланың заңды өкілі», seed 000 cl. 2 sub. 3).
        applicant_is_legal_representative: true, Parent, "q-applicant-is-legal-representative", cite(5, 8, Some(1)), when LegalRepresentative;
        /// The applicant's marriage has ended — divorced or widowed — so a
        /// marriage or divorce certificate exists (Annexes 17 and 18 row 8
        /// item 4 name «неке қию немесе некені бұзу туралы куәлік»; a widowed
        /// parent holds the first: a third reading, 02.12.2026). The wire name
        /// stays `divorced`.
        divorced: false, Parent, "q-divorced", cite(17, 8, Some(4));
        /// The fact that a parent does not care for the child is recorded in the
        /// civil-registry IS (a death record, a birth record made on the
        /// mother's statement), so no paper proof is needed (Annex 5 row 8 item 3).
        not_caring_in_civil_registry: false, Parent, "q-not-caring-in-civil-registry", cite(5, 8, Some(3)), when NotCaringInCivilRegistry;
    }
    derived {
        /// Per-capita income below the subsistence minimum and no TSA
        /// (Annex 17 row 8 item 5 (ii): «… мемлекеттік атаулы әлеуметтік көмек алмайтын»).
        IncomeBelowSubsistenceWithoutTsa [per_capita_income_below_subsistence, family_receives_targeted_social_assistance]
            |f| f.per_capita_income_below_subsistence && !f.family_receives_targeted_social_assistance;
        /// Orphan or child left without parental care brought up in a family.
        OrphanOrWithoutCareInFamily [child_orphan, child_without_parental_care, child_brought_up_in_family]
            |f| (f.child_orphan || f.child_without_parental_care) && f.child_brought_up_in_family;
        /// The child is 10 or older on the application date (Annex 20's
        /// title «Он жасқа толған баланың»: one child). An unknown age is a
        /// question ([`FamilyFacts::unknown_inputs`]) the verdict waits for
        /// (the eligibility's `pending`), never "under 10" nor a reason.
        /// The text names no day for the age: a tenth birthday after the
        /// day of submission and by the day of acceptance is a reading
        /// ([`FamilyFacts::on_acceptance_day`]), and the verdict says so
        /// (`age-reached-after-submission`), never "not in any category".
        ChildAged10OrOlder [child_birth_date]
            |f| f.child_age().is_none_or(|a| a >= 10);
        /// The child is a minor («кәмелетке толмаған») on the application
        /// date: under eighteen. Read where the text calls the child of the
        /// service a minor (Annex 5 row 5, Annex 6 and 15 row 7 item 2,
        /// Annex 20's rules cl. 6: the scope rule `child-of-full-age`).
        /// Full age is taken at eighteen: the seeds do not state the age of
        /// majority, and the applicant's «кәмелет жасқа толмауы» (Annex 3
        /// row 9 item 1) is already asked as "under 18". An age nobody gave
        /// is neither a minor's nor an adult's (a reading, since the tenth
        /// session of 03.12.2026; before, the child was taken to be a
        /// minor): the evaluation reads the rule at every age
        /// (`evaluation::by_age`), so the verdict waits for the birth date
        /// (`pending`, Annexes 5, 6 and 20) and Annex 15's caution is shown
        /// as possible (`Risk::depends_on`); the formula's `is_none_or` is
        /// read only where no date may be (a direct call without the
        /// application date). An eighteenth birthday after
        /// the day of submission and by the day of acceptance is a reading
        /// ([`FamilyFacts::on_acceptance_day`], `note-age-reading-majority`).
        ChildMinor [child_birth_date]
            |f| f.child_age().is_none_or(|a| a < 18);
        /// A child the application concerns — the child or one of the other
        /// children («бала (балалар)», Annex 5 row 8 item 6) — is 10 or older
        /// on the application date. Unknown ages: until they are answered
        /// the checklist keeps the children's opinion (the safe side) — the
        /// child's birth date not given, with `depends_on:
        /// ["child_birth_date"]`, uncertain in the receipt preview, never a
        /// certain gap (`evaluation::by_age`, a reading); so
        /// does a tenth birthday between the days of submission and of
        /// acceptance, with the reading's note
        /// ([`FamilyFacts::on_acceptance_day`]).
        AnyChildAged10OrOlder [child_birth_date, other_children_birth_dates]
            |f| f.children_aged_10_or_older().is_none_or(|n| n > 0);
        /// The child is an orphan or without parental care and the child, or
        /// one of the other children, is under 14 (Annex 5 row 9 item 5; the
        /// children of one application share the orphan or no-care status, a
        /// reading). The child's birth date not given: the ground is
        /// possible, not asserted — in the preview with `depends_on:
        /// ["child_birth_date"]`, not among the reasons — and the verdict
        /// waits for the date (`evaluation::by_age`, a reading); other
        /// children not yet answered: the ground waits for them (`pending`). A
        /// fourteenth birthday between the days of submission and of
        /// acceptance keeps the risk, marked as a reading
        /// ([`FamilyFacts::on_acceptance_day`]).
        WardUnder14 [child_orphan, child_without_parental_care, child_birth_date, other_children_birth_dates]
            |f| (f.child_orphan || f.child_without_parental_care)
                && f.children_ages().is_none_or(|ages| ages.iter().any(|&a| a < 14));
        /// [`Fact::WardUnder14`] holds through another child only: the child
        /// is fourteen or older and one of the other children is under
        /// fourteen. The parent answered the orphan or no-care status of «the
        /// child»; that the other children share it is the reading the ground
        /// then rests on (`note-ward-status-shared`, Annex 5 row 9 item 5).
        WardUnder14ThroughAnotherChild [child_orphan, child_without_parental_care, child_birth_date, other_children_birth_dates]
            |f| (f.child_orphan || f.child_without_parental_care)
                && f.children_ages().is_some_and(|ages| {
                    ages.first().is_some_and(|&a| a >= 14) && ages.iter().skip(1).any(|&a| a < 14)
                });
        /// A man not in a registered marriage who has not brought the child up
        /// for three years after the mother's death or deprivation (where
        /// the service asks the marriage, a married applicant is not one:
        /// `parts::SINGLE_MAN_NOT_MARRIED`).
        SingleManWithoutThreeYears [single_man, raised_child_three_years]
            |f| f.single_man && !f.raised_child_three_years;
        /// [`FamilyFacts::married`] or [`FamilyFacts::divorced`]: a marriage or
        /// divorce certificate can exist.
        MarriedOrDivorced [married, divorced]
            |f| f.married || f.divorced;
        /// Row-9 item `n` of the agency-accreditation list was found against the
        /// agency ([`FamilyFacts::agency_findings`]).
        AgencyFinding(n: u16) [agency_findings]
            |f| f.agency_findings.contains(&n);
    }
}

/// The yes/no fields the provider establishes itself (row 9's generic grounds
/// and the reliability of documents): the app lists them as things the
/// provider checks rather than asking the parent. Derived from [`FACT_TABLE`].
pub const PROVIDER_CHECKED: &[&str] = &provider_checked::<{ count_provider_checked() }>();

const fn count_provider_checked() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < FACT_TABLE.len() {
        if matches!(FACT_TABLE[i].asked_by, AskedBy::Provider) {
            n += 1;
        }
        i += 1;
    }
    n
}

const fn provider_checked<const N: usize>() -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut k) = (0, 0);
    while i < FACT_TABLE.len() {
        if matches!(FACT_TABLE[i].asked_by, AskedBy::Provider) {
            out[k] = FACT_TABLE[i].name;
            k += 1;
        }
        i += 1;
    }
    out
}

/// The Fluent key of the question for input `name` (a [`FLAGS`] name or
/// `"child_birth_date"`), from [`FACT_TABLE`].
pub fn question_key(name: &str) -> Option<&'static str> {
    if name == "child_birth_date" {
        return Some("q-child-birth-date");
    }
    if name == OTHER_CHILDREN {
        return Some("q-other-children-birth-dates");
    }
    FACT_TABLE
        .iter()
        .find(|s| s.name == name)
        .map(|s| s.question_key)
}

/// The registry question as a service asks it of a married applicant only
/// ([`question_key_at`]).
pub const MARRIAGE_REGISTRY_MARRIED_KEY: &str = "q-marriage-in-civil-registry-married";

/// The Fluent key of the question `name` as service `code` asks it:
/// [`question_key`], but the registry question (`marriage_in_civil_registry`)
/// of a service that asks no divorce is asked of a married applicant only
/// ([`FOLLOW_UP_OF`]: Annexes 6, 11 and 20 row 8 item 5, the married
/// applicant's marriage certificate), so it names the marriage alone
/// ([`MARRIAGE_REGISTRY_MARRIED_KEY`]), not «(if you are not married now:
/// the marriage that ended, or the divorce)», which the lists of a marriage
/// or a divorce certificate need (Annexes 17 and 18 row 8 item 4).
pub fn question_key_at(code: &str, name: &str) -> Option<&'static str> {
    let married_only = || questions(code).is_ok_and(|q| !q.contains(&"divorced"));
    if name == "marriage_in_civil_registry" && married_only() {
        return Some(MARRIAGE_REGISTRY_MARRIED_KEY);
    }
    question_key(name)
}

/// The Fluent key of input `name` where the eligibility lists it as
/// [`pending`](Eligibility::pending), a question the verdict waits for: its
/// question's key ([`question_key`]), except the child's birth date, whose
/// question is a field's label («Баланың туған күні»):
/// `pending-child-birth-date` says what to do — enter it — and that the
/// verdict depends on the age (never that the service may be refused).
pub fn pending_key(name: &str) -> Option<&'static str> {
    if name == CHILD_BIRTH_DATE {
        return Some("pending-child-birth-date");
    }
    question_key(name)
}

/// The input that holds the child's birth date ([`FamilyFacts::child_birth_date`]).
pub const CHILD_BIRTH_DATE: &str = "child_birth_date";

/// The input that lists the other children an application concerns.
pub const OTHER_CHILDREN: &str = "other_children_birth_dates";

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

impl Condition {
    /// The condition on facts some of which may be unanswered
    /// ([`FamilyFacts::unanswered`]), in three-valued logic: `Some(v)` when
    /// the answers given decide it whatever the unanswered ones are, `None`
    /// when it waits for one of them («any» holds once one part holds, «all»
    /// fails once one part fails).
    pub fn known(&self, f: &FamilyFacts) -> Option<bool> {
        match self {
            Condition::Always => Some(true),
            Condition::When(x) => f.known(*x),
            Condition::Unless(x) => f.known(*x).map(|v| !v),
            Condition::Any(cs) => Self::known_of(cs, f, true),
            Condition::All(cs) => Self::known_of(cs, f, false),
        }
    }

    /// [`Condition::known`] of «any» (`decisive` true) or «all» (`decisive`
    /// false) of `cs`: `decisive` once one part is, else undecided if one
    /// part is, else the other value.
    fn known_of(cs: &[Condition], f: &FamilyFacts, decisive: bool) -> Option<bool> {
        let mut undecided = false;
        for c in cs {
            match c.known(f) {
                Some(v) if v == decisive => return Some(decisive),
                Some(_) => {}
                None => undecided = true,
            }
        }
        (!undecided).then_some(!decisive)
    }

    /// The unanswered inputs of the facts this condition reads that the
    /// answers given do not decide, in first-use order.
    pub fn unanswered_inputs(&self, f: &FamilyFacts) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        self.add_unanswered_inputs(f, &mut out);
        out
    }

    /// Adds [`Condition::unanswered_inputs`] to `out`, each once (those
    /// `out` holds already not again), with no list of their own.
    pub(crate) fn add_unanswered_inputs(&self, f: &FamilyFacts, out: &mut Vec<&'static str>) {
        self.for_each_fact(&mut |fact| {
            let before = out.len();
            for &i in fact.inputs() {
                if f.is_listed(i) && !out.contains(&i) {
                    out.push(i);
                }
            }
            // Tried only where it adds an input: one the answers decide
            // adds none.
            if out.len() > before && f.known(fact).is_some() {
                out.truncate(before);
            }
        });
    }

    /// Whether a fact this condition tests reads input `name` (a
    /// [`FamilyFacts`] field, e.g. [`CHILD_BIRTH_DATE`]).
    pub fn reads(&self, name: &str) -> bool {
        let mut reads = false;
        self.for_each_fact(&mut |f| reads |= f.inputs().contains(&name));
        reads
    }

    pub(crate) fn collect_facts(&self, out: &mut Vec<Fact>) {
        self.for_each_fact(&mut |f| out.push(f));
    }

    /// Calls `visit` with each fact the condition tests, in order, without
    /// collecting them (the evaluation asks this of every condition).
    fn for_each_fact(&self, visit: &mut impl FnMut(Fact)) {
        match self {
            Condition::Always => {}
            Condition::When(f) | Condition::Unless(f) => visit(*f),
            Condition::Any(cs) | Condition::All(cs) => {
                cs.iter().for_each(|c| c.for_each_fact(visit))
            }
        }
    }

    /// Adds the inputs of the facts this condition tests that `keep`
    /// keeps to `out`, each once, in first-use order ([`inputs_of`]).
    fn add_inputs(&self, keep: &impl Fn(&'static str) -> bool, out: &mut Vec<&'static str>) {
        self.for_each_fact(&mut |f| {
            for &input in f.inputs() {
                if keep(input) && !out.contains(&input) {
                    out.push(input);
                }
            }
        });
    }
}

/// The inputs the app should ask for `code` (eligibility first, then the
/// documents of every channel, then the refusal grounds), without the
/// [`PROVIDER_CHECKED`] ones and without `agency_findings`: each a
/// [`FLAGS`] name or `"child_birth_date"`, each once, in first-use order.
pub fn questions(code: &str) -> Result<Vec<&'static str>, CatalogueError> {
    let e = entry_or_err(code)?;
    // They depend on the entry alone: worked out once for the catalogue
    // (every evaluation asks them), in its order.
    static ALL: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| catalogue().iter().map(questions_of).collect());
    Ok(match catalogue().iter().position(|c| std::ptr::eq(c, e)) {
        Some(i) => all[i].clone(),
        None => questions_of(e),
    })
}

/// [`questions`] of the entry `e`, worked out.
fn questions_of(e: &CatalogueEntry) -> Vec<&'static str> {
    let keep = |input| !PROVIDER_CHECKED.contains(&input) && input != "agency_findings";
    let mut asked = Vec::new();
    let mut add = |c: &Condition| c.add_inputs(&keep, &mut asked);
    e.scope.iter().for_each(|r| add(&r.condition));
    e.eligibility.iter().for_each(|r| add(&r.condition));
    for l in e.documents {
        for i in l.items {
            add(&i.condition);
            // A line's note for some families is shown only if they are asked.
            if let Some(n) = i.note {
                add(&n.condition);
            }
        }
    }
    e.refusal_grounds.iter().for_each(|g| add(&g.condition));
    asked
        .iter()
        .copied()
        .filter(|q| {
            !ANSWERED_BY
                .iter()
                .any(|(implied, by)| implied == q && asked.contains(by))
        })
        .collect()
}

/// Questions about another answer: «Қазіргі некеңіз (қазір некеде
/// болмасаңыз — тоқтатылған неке немесе ажырасу) … АХАЖ-да тіркелген бе?»
/// is about the marriage or divorce (the current marriage of a remarried
/// parent: the certificate the annexes ask of a married applicant), «Неке шетелде қиылды
/// ма?» about the marriage, «Бұл АХАЖ-да тіркелген бе…?» about a parent's
/// absence of care, «Некеңіз тоқтатылды ма…?» about the marriage (a
/// divorce or widowhood matters only to an applicant not married now).
/// Each is asked ([`questions_for`]) only where, on the
/// answers given, it can still change one of the service's conditions: not
/// after "no" to what it is about (Annex 17 and 18 row 8 item 4 ask for the
/// certificate only where a marriage or divorce exists; Annex 6 row 8
/// item 5, Annex 11 and Annex 20 for the married applicant's; Annex 5 row 8
/// item 3's note is on the proof of a parent not caring), and the divorce
/// not after "yes" to the marriage (Annex 17 and 18 row 8 item 4 ask for
/// one certificate, «неке қию немесе некені бұзу туралы куәлік», of the
/// marriage or of the divorce: a married applicant's divorce adds no line,
/// and no line or ground of theirs reads it otherwise). «Бала отбасында
/// тәрбиеленеді ме?» is about the child being an orphan or left without
/// parental care (Annex 17 and 18 row 8 item 5: «отбасыларда тәрбиеленетін
/// жетім балалар, ата-анасының қамқорлығынсыз қалған балалар»): not asked
/// after "no" to both. «Анасының қайтыс болуына немесе оның ата-ана
/// құқығынан айырылуына байланысты баланың кемінде үш жыл іс жүзінде
/// тәрбиелену жағдайлары» (Annexes 3, 6, 11 row 9) is the exception of a
/// man not in a registered marriage («тіркелген некеде … тұрмайтын ер
/// жынысты адам») only: not asked after "no" to that. «Сіз тіркелген
/// некеде тұрмайтын ер адамсыз ба?» is about the marriage where the service
/// asks it (Annexes 6 and 11: `parts::SINGLE_MAN_NOT_MARRIED`): not asked
/// after "yes" to the marriage; where no marriage is asked (Annex 3) it is
/// asked as before.
///
/// A follow-up waits for what it is about: while that is unanswered it is
/// not asked, unless every answer to it leaves the follow-up able to matter
/// (see [`questions_for`]); the parent sees it once the answer makes it
/// matter, not above the question it follows.
pub const FOLLOW_UPS: &[&str] = &[
    "single_man",
    "marriage_in_civil_registry",
    "married_abroad",
    "not_caring_in_civil_registry",
    "divorced",
    "child_brought_up_in_family",
    "raised_child_three_years",
];

/// `(follow_up, about)`: the [`FOLLOW_UPS`] question `follow_up` is about
/// the answer to `about`. In [`turns_on`] another follow-up counts as open
/// (a sibling's answer does not hide a question), but not one the question
/// is about: the registry question after "no" to the marriage and "no" to
/// a divorce is not asked.
const FOLLOW_UP_OF: &[(&str, &str)] = &[
    ("marriage_in_civil_registry", "married"),
    ("marriage_in_civil_registry", "divorced"),
    ("married_abroad", "married"),
    ("not_caring_in_civil_registry", "one_parent_not_caring"),
    ("divorced", "married"),
    ("child_brought_up_in_family", "child_orphan"),
    ("child_brought_up_in_family", "child_without_parental_care"),
    ("raised_child_three_years", "single_man"),
    ("single_man", "married"),
];

/// The questions of `code` ([`questions`]) the answers in `facts` leave to
/// ask: a [`FOLLOW_UPS`] question only where, whatever the answers still
/// open to the questions it is about ([`FOLLOW_UP_OF`]), some condition of
/// the service that reads it (a line's reading note together with its
/// line's) can turn on it with some answers to the other questions not yet
/// answered. So a follow-up waits for the answer it follows (the registry
/// question is not shown above an unanswered «are you married?»), and "yes"
/// to one of two answers it is about is enough (an orphan's family
/// upbringing while the absence of care is open). One that is not asked is
/// not listed among the answers nor in the prepared application, and
/// changes no document, ground or verdict (by its definition).
pub fn questions_for(code: &str, facts: &FamilyFacts) -> Result<Vec<&'static str>, CatalogueError> {
    let e = entry_or_err(code)?;
    // Every condition, as a conjunction: a note is read only on its line.
    let mut conds: Vec<(Condition, Condition)> = Vec::new();
    let alone = |c: &Condition| (*c, Condition::Always);
    conds.extend(e.scope.iter().map(|r| alone(&r.condition)));
    conds.extend(e.eligibility.iter().map(|r| alone(&r.condition)));
    for l in e.documents {
        for i in l.items {
            conds.push(alone(&i.condition));
            if let Some(n) = i.note {
                conds.push((i.condition, n.condition));
            }
        }
    }
    conds.extend(e.refusal_grounds.iter().map(|g| alone(&g.condition)));
    let mut asked = questions(code)?;
    asked.retain(|q| {
        !FOLLOW_UPS.contains(q)
            || for_every_open_answer_about(q, facts, |f| {
                conds.iter().any(|(a, b)| turns_on(&[*a, *b], q, f))
            })
    });
    Ok(asked)
}

/// Whether `test` holds of `facts` with every yes/no answer to the
/// questions the follow-up `q` is about ([`FOLLOW_UP_OF`]) that `facts`
/// leave unanswered: each tried as answered, "yes" and "no".
fn for_every_open_answer_about(
    q: &str,
    facts: &FamilyFacts,
    test: impl Fn(&FamilyFacts) -> bool,
) -> bool {
    let open: Vec<&str> = FOLLOW_UP_OF
        .iter()
        .filter(|(f, about)| *f == q && facts.is_listed(about))
        .map(|(_, about)| *about)
        .collect();
    if open.is_empty() {
        return test(facts);
    }
    let mut f = facts.clone();
    f.unanswered.retain(|u| !open.contains(&u.as_str()));
    (0..1u32 << open.len()).all(|bits| {
        for (k, name) in open.iter().enumerate() {
            f.set_flag(name, bits & (1 << k) != 0);
        }
        test(&f)
    })
}

/// Whether the conjunction `conds` can turn on the yes/no input `q`, given
/// `facts`: some answers to the unanswered yes/no questions it reads (and
/// to the other [`FOLLOW_UPS`] but those `q` is about, [`FOLLOW_UP_OF`])
/// make it hold with one answer to `q` and fail with the other. An unanswered
/// date or list it reads: taken as able to (the question stays).
fn turns_on(conds: &[Condition], q: &str, facts: &FamilyFacts) -> bool {
    let mut inputs = Vec::new();
    conds
        .iter()
        .for_each(|c| c.add_inputs(&|_| true, &mut inputs));
    if !inputs.contains(&q) {
        return false;
    }
    // Another follow-up counts as open: a follow-up turns on the answers it
    // is about, not on its sibling's (a marriage abroad does not hide the
    // registry question, nor the other way round).
    let sibling = |i: &&str| FOLLOW_UPS.contains(i) && !FOLLOW_UP_OF.contains(&(q, *i));
    let open_input = |i: &&str| sibling(i) || facts.is_listed(i);
    let open: Vec<&'static str> = inputs
        .iter()
        .copied()
        .filter(|i| *i != q && open_input(i))
        .collect();
    if open.iter().any(|i| !FLAGS.contains(i)) || open.len() > 8 {
        return true;
    }
    let holds = |f: &FamilyFacts| conds.iter().all(|c| c.holds(f));
    let mut f = facts.scratch();
    (0..1u32 << open.len()).any(|bits| {
        for (k, name) in open.iter().enumerate() {
            f.set_flag(name, bits & (1 << k) != 0);
        }
        f.set_flag(q, true);
        let yes = holds(&f);
        f.set_flag(q, false);
        yes != holds(&f)
    })
}

impl FamilyFacts {
    /// The facts for `code` with each question another of its questions
    /// answers ([`ANSWERED_BY`]) taken from that answer: never left
    /// unanswered (a request written before, or a draft shared with a
    /// service that asks it), and `true` when `by` is answered yes (a stale
    /// "no" from another service's screen would otherwise be a ground the
    /// parent cannot see here). Where `by` is "no", the service is out of
    /// scope anyway.
    pub fn answered_by_other_questions(mut self, code: &str) -> Result<Self, CatalogueError> {
        let asked = questions(code)?;
        for (implied, by) in ANSWERED_BY {
            if asked.contains(implied) || !asked.contains(by) {
                continue;
            }
            self.unanswered.retain(|u| u != implied);
            if !self.is_listed(by) && self.flag(by) == Some(true) {
                self.set_flag(implied, true);
            }
        }
        Ok(self)
    }
}

/// `(question, by)`: `question` is not asked where the service asks `by`,
/// whose "yes" answers it and whose "no" puts the parent outside the service.
/// - `citizenship` (Annex 3 row 9 item 11, «азаматтығының болмауы»,
///   statelessness) by `kazakhstan_citizen_resident` (the 407 rules' title:
///   «Қазақстан Республикасының азаматтары болып табылатын»): a citizen of
///   Kazakhstan has citizenship. Left at its default (has citizenship).
const ANSWERED_BY: &[(&str, &str)] = &[("citizenship", "kazakhstan_citizen_resident")];

/// The inputs `facts` read that `keep` keeps, each once, in first-use order.
fn inputs_of(facts: &[Fact], keep: impl Fn(&'static str) -> bool) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in facts {
        for &input in f.inputs() {
            if keep(input) && !out.contains(&input) {
                out.push(input);
            }
        }
    }
    out
}

/// The [`PROVIDER_CHECKED`] fields `code`'s own refusal grounds (row 9 of
/// its annex) read: what the provider establishes itself for this service,
/// each once, in the order of the grounds. A ground of another annex (the
/// orientation ground of Annex 3, say) is not listed for a service whose
/// row 9 does not have it.
pub fn provider_checks(code: &str) -> Result<Vec<&'static str>, CatalogueError> {
    let e = entry_or_err(code)?;
    let mut facts = Vec::new();
    e.refusal_grounds
        .iter()
        .for_each(|g| g.condition.collect_facts(&mut facts));
    Ok(inputs_of(&facts, |input| PROVIDER_CHECKED.contains(&input)))
}

impl FamilyFacts {
    /// Whether `fact` holds, if the answers given decide it: a fact that
    /// reads no unanswered input is known; one that reads unanswered yes/no
    /// fields is known when every way of answering them gives the same
    /// value (TSA received decides "below the minimum *without* TSA"
    /// whatever the income); one that waits for a date is not.
    pub fn known(&self, fact: Fact) -> Option<bool> {
        if self.unanswered.is_empty() {
            // Everything answered (the app's usual case): nothing to try.
            return Some(self.has(fact));
        }
        if fact.is_flag_alone() {
            // Its one field unanswered: "yes" and "no" give both values.
            return (!self.is_listed(fact.inputs()[0])).then(|| self.has(fact));
        }
        let mut open = [""; 8];
        let mut n = 0;
        for &i in fact.inputs() {
            if self.is_listed(i) {
                if n == open.len() || !FLAGS.contains(&i) {
                    return None;
                }
                open[n] = i;
                n += 1;
            }
        }
        if n == 0 {
            return Some(self.has(fact));
        }
        let open = &open[..n];
        let mut f = self.scratch();
        let mut values = (0..1u32 << n).map(|bits| {
            for (k, name) in open.iter().enumerate() {
                f.set_flag(name, bits & (1 << k) != 0);
            }
            f.has(fact)
        });
        let first = values.next()?;
        values.all(|v| v == first).then_some(first)
    }

    /// Whether `name` is listed in [`FamilyFacts::unanswered`].
    pub(crate) fn is_listed(&self, name: &str) -> bool {
        self.unanswered.iter().any(|u| u == name)
    }

    /// A copy of the facts to set yes/no fields on while trying the answers
    /// a question may get ([`FamilyFacts::known`], [`turns_on`]): the same
    /// but with nothing listed in [`FamilyFacts::unanswered`], so that
    /// making it allocates nothing for the list. The list is read by
    /// [`FamilyFacts::has`] only through [`FamilyFacts::children_ages`]
    /// ([`OTHER_CHILDREN`] listed), for a fact whose inputs name
    /// [`OTHER_CHILDREN`]; both callers answer before trying any answer
    /// where a listed input is not a yes/no field, so the copy reads every
    /// fact they try as the facts themselves would (the oracle test
    /// `known_and_turns_on_match_the_brute_force_oracle`).
    fn scratch(&self) -> FamilyFacts {
        FamilyFacts {
            agency_findings: self.agency_findings.clone(),
            other_children_birth_dates: self.other_children_birth_dates.clone(),
            unanswered: Vec::new(),
            ..*self
        }
    }

    /// Whether `fact` reads an input the parent has not answered yet.
    pub fn is_unanswered(&self, fact: Fact) -> bool {
        fact.inputs().iter().any(|i| self.is_listed(i))
    }

    /// The facts with [`CHILD_BIRTH_DATE`] listed in
    /// [`FamilyFacts::unanswered`] read as the date not given: an
    /// evaluation's `pending` may name it (a category reads the age), and a
    /// request that echoes `pending` back into `unanswered` means "not
    /// answered yet". Listed beside a date, the date is not read, as a
    /// yes/no field listed there is not.
    pub fn birth_date_listed_as_not_given(mut self) -> Self {
        self.child_birth_date = self.birth_date_given();
        self.unanswered.retain(|u| u != CHILD_BIRTH_DATE);
        self
    }

    /// The child's birth date as the rules read it: none where
    /// [`CHILD_BIRTH_DATE`] is listed in [`FamilyFacts::unanswered`]
    /// ([`FamilyFacts::birth_date_listed_as_not_given`]).
    pub fn birth_date_given(&self) -> Option<NaiveDate> {
        self.child_birth_date
            .filter(|_| !self.is_listed(CHILD_BIRTH_DATE))
    }

    /// Every name in [`FamilyFacts::unanswered`] is a question (a [`FLAGS`]
    /// name, [`OTHER_CHILDREN`] or [`CHILD_BIRTH_DATE`]); otherwise the
    /// error names the field.
    pub fn check_unanswered(&self) -> Result<(), CatalogueError> {
        match self.unanswered.iter().find(|u| {
            !FLAGS.contains(&u.as_str())
                && u.as_str() != OTHER_CHILDREN
                && u.as_str() != CHILD_BIRTH_DATE
        }) {
            None => Ok(()),
            Some(u) => Err(CatalogueError::Input {
                field: "facts.unanswered".to_owned(),
                line: None,
                message: format!("facts.unanswered: `{u}` is not a question of the catalogue"),
            }),
        }
    }

    /// The child's age on the application date, if both are known.
    pub fn child_age(&self) -> Option<u32> {
        crate::common::ages::full_years(self.child_birth_date?, self.application_date?)
    }

    /// The ages on the application date of every child the application
    /// concerns (the child, then [`FamilyFacts::other_children_birth_dates`]),
    /// or `None` while the child's birth date or the date is unknown, or
    /// whether there are other children is not answered.
    pub fn children_ages(&self) -> Option<Vec<u32>> {
        let on = self.application_date?;
        if self.is_listed(OTHER_CHILDREN) {
            return None;
        }
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
    /// submission instant sets [`FamilyFacts::application_date`]; the
    /// acceptance day is [`FamilyFacts::accepted_at`]'s.
    pub fn on(&self, submitted: NaiveDateTime) -> FamilyFacts {
        FamilyFacts {
            application_date: Some(submitted.date()),
            acceptance_date: None,
            ..self.clone()
        }
    }

    /// The facts with the instant the application is accepted: its day is
    /// kept when it is later than the day of submission (a reading, see
    /// [`FamilyFacts::on_acceptance_day`]).
    pub fn accepted_at(mut self, accepted: NaiveDateTime) -> FamilyFacts {
        self.acceptance_date = Some(accepted.date())
            .filter(|&d| self.application_date.is_some_and(|submitted| d > submitted));
        self
    }

    /// The same facts with ages taken on the day of acceptance, when that
    /// is a later day than the day of submission; `None` when the two are
    /// one day (or the acceptance is not known).
    ///
    /// **Reading (order No. 414, the day ages are taken on).** The age
    /// rules name no day: «бала (балалар) (он жасқа толған жағдайда)
    /// пікірінің электрондық көшірмесі» (Annex 5 row 8 item 6), «он төрт
    /// жасқа толмаған жетім баланың … тұрғын үйін иеліктен шығару» (Annex 5
    /// row 9 item 5), «Он жасқа толған баланың пiкiрiн ескеру» (Annex 20's
    /// title and row 5). On the portal two days are named for one
    /// application: the day the parent sends it, and the day of acceptance
    /// — the portal's row 7 (e.g. Annex 5's) says that after hours, on
    /// days off and holidays «өтінішті қабылдау … келесі жұмыс күнімен
    /// жүзеге асырылады» (acceptance on the next working day). Either may
    /// be the day the provider takes the age on; the text does not choose.
    /// (At a counter there is one day: papers are handed in while it is
    /// open, and [`super::evaluate`] takes ages on the day it receives
    /// them.) Taking
    /// the side a careful lawyer would advise a parent to take, an age
    /// that crosses its threshold (10, 14) after the day of submission and
    /// on or before the day of acceptance is read both ways
    /// ([`super::checklist`], [`super::refusal_risks`],
    /// [`super::eligibility`]): a document needed on either day stays on
    /// the checklist (`note-age-reading-document`: bring it, it does no
    /// harm); a refusal ground that applies on either day stays in the
    /// preview, marked (`note-age-reading-ground`); a category met on one
    /// day only is neither asserted nor denied
    /// (`age-reached-after-submission`: submit on or after the birthday to
    /// be safe). Later days (the conversation with the child, Annex 20's
    /// rules cl. 6; the decision) are not read: the text ties nothing to
    /// them, and submitting on or after the birthday is the advice there
    /// too.
    pub fn on_acceptance_day(&self) -> Option<FamilyFacts> {
        let accepted = self.acceptance_date?;
        (Some(accepted) > self.application_date).then(|| FamilyFacts {
            application_date: Some(accepted),
            acceptance_date: None,
            ..self.clone()
        })
    }

    /// The inputs `code`'s answer depends on that are not given, in the
    /// order the questions are asked: `"child_birth_date"` when a rule of
    /// the service reads the child's age and the birth date is unknown, and
    /// every question of the service listed in [`FamilyFacts::unanswered`]
    /// that the answers given leave to ask ([`questions_for`]). The app and
    /// the CLI ask for them.
    pub fn unknown_inputs(&self, code: &str) -> Result<Vec<&'static str>, CatalogueError> {
        Ok(self.unknown_among(&questions_for(code, self)?))
    }

    /// Of the questions `asked` (a service's [`questions_for`] on these
    /// facts), those not given: [`FamilyFacts::unknown_inputs`] where the
    /// caller has the questions already (the evaluation).
    pub(crate) fn unknown_among(&self, asked: &[&'static str]) -> Vec<&'static str> {
        asked
            .iter()
            .copied()
            .filter(|&q| {
                if q == "child_birth_date" {
                    self.child_birth_date.is_none() || self.application_date.is_none()
                } else {
                    self.is_listed(q)
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    //! [`FamilyFacts::known`], [`Condition::known`],
    //! [`Condition::unanswered_inputs`] and [`turns_on`] give the answers of
    //! their first, brute-force versions (kept here as the oracle), which
    //! cloned the whole facts for every way of answering.

    use super::*;

    /// The first [`FamilyFacts::known`].
    fn oracle_fact_known(s: &FamilyFacts, fact: Fact) -> Option<bool> {
        let open: Vec<&'static str> = fact
            .inputs()
            .iter()
            .copied()
            .filter(|i| s.unanswered.iter().any(|u| u == i))
            .collect();
        if open.is_empty() {
            return Some(s.has(fact));
        }
        if open.iter().any(|i| !FLAGS.contains(i)) || open.len() > 8 {
            return None;
        }
        let mut values = (0..1u32 << open.len()).map(|bits| {
            let mut f = s.clone();
            for (k, name) in open.iter().enumerate() {
                f.set_flag(name, bits & (1 << k) != 0);
            }
            f.has(fact)
        });
        let first = values.next()?;
        values.all(|v| v == first).then_some(first)
    }

    /// The first [`Condition::known`].
    fn oracle_known(c: &Condition, f: &FamilyFacts) -> Option<bool> {
        match c {
            Condition::Always => Some(true),
            Condition::When(x) => oracle_fact_known(f, *x),
            Condition::Unless(x) => oracle_fact_known(f, *x).map(|v| !v),
            Condition::Any(cs) => {
                let vs: Vec<Option<bool>> = cs.iter().map(|c| oracle_known(c, f)).collect();
                if vs.contains(&Some(true)) {
                    Some(true)
                } else if vs.contains(&None) {
                    None
                } else {
                    Some(false)
                }
            }
            Condition::All(cs) => {
                let vs: Vec<Option<bool>> = cs.iter().map(|c| oracle_known(c, f)).collect();
                if vs.contains(&Some(false)) {
                    Some(false)
                } else if vs.contains(&None) {
                    None
                } else {
                    Some(true)
                }
            }
        }
    }

    /// The first [`Condition::unanswered_inputs`], which collected the
    /// facts and tried every one.
    fn oracle_unanswered_inputs(c: &Condition, f: &FamilyFacts) -> Vec<&'static str> {
        let mut facts = Vec::new();
        c.collect_facts(&mut facts);
        let mut out: Vec<&'static str> = Vec::new();
        for fact in facts.into_iter().filter(|&x| f.known(x).is_none()) {
            for &i in fact.inputs() {
                if f.is_listed(i) && !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        out
    }

    /// The first [`turns_on`].
    fn oracle_turns_on(conds: &[Condition], q: &str, facts: &FamilyFacts) -> bool {
        let mut read = Vec::new();
        conds.iter().for_each(|c| c.collect_facts(&mut read));
        let inputs = inputs_of(&read, |_| true);
        if !inputs.contains(&q) {
            return false;
        }
        let sibling = |i: &&str| FOLLOW_UPS.contains(i) && !FOLLOW_UP_OF.contains(&(q, *i));
        let open_input = |i: &&str| sibling(i) || facts.unanswered.iter().any(|u| u == i);
        let open: Vec<&'static str> = inputs
            .iter()
            .copied()
            .filter(|i| *i != q && open_input(i))
            .collect();
        if open.iter().any(|i| !FLAGS.contains(i)) || open.len() > 8 {
            return true;
        }
        let holds = |f: &FamilyFacts| conds.iter().all(|c| c.holds(f));
        (0..1u32 << open.len()).any(|bits| {
            let mut f = facts.clone();
            for (k, name) in open.iter().enumerate() {
                f.set_flag(name, bits & (1 << k) != 0);
            }
            f.set_flag(q, true);
            let yes = holds(&f);
            f.set_flag(q, false);
            yes != holds(&f)
        })
    }

    /// Every condition of every service, as the conjunctions
    /// [`questions_for`] reads (a line's note with its line's condition).
    fn conjunctions() -> Vec<(&'static str, [Condition; 2])> {
        let mut out = Vec::new();
        for e in catalogue() {
            let mut push = |a: Condition, b: Condition| out.push((e.code, [a, b]));
            e.scope
                .iter()
                .for_each(|r| push(r.condition, Condition::Always));
            e.eligibility
                .iter()
                .for_each(|r| push(r.condition, Condition::Always));
            for l in e.documents {
                for i in l.items {
                    push(i.condition, Condition::Always);
                    if let Some(n) = i.note {
                        push(n.condition, Condition::Always);
                        push(i.condition, n.condition);
                    }
                }
            }
            e.refusal_grounds
                .iter()
                .for_each(|g| push(g.condition, Condition::Always));
        }
        out.sort_by_key(|(code, c)| (*code, format!("{c:?}")));
        out.dedup_by_key(|(_, c)| format!("{c:?}"));
        out
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The states of the dates and lists `inputs` read: the child's birth
    /// date (none, each side of 10, 14 and 18, listed as unanswered or
    /// not), the application date, the other children (none, one under
    /// fourteen, one older, listed or not), the agency's findings.
    fn date_states(inputs: &[&str]) -> Vec<FamilyFacts> {
        let mut states = vec![FamilyFacts::default()];
        let fan = |states: &mut Vec<FamilyFacts>, set: &dyn Fn(&mut FamilyFacts, usize), n| {
            *states = states
                .iter()
                .flat_map(|s| {
                    (0..n).map(move |k| {
                        let mut s = s.clone();
                        set(&mut s, k);
                        s
                    })
                })
                .collect();
        };
        if inputs.contains(&CHILD_BIRTH_DATE) {
            let births = [
                None,
                Some(date(2020, 1, 1)),
                Some(date(2016, 12, 15)),
                Some(date(2014, 3, 1)),
                Some(date(2012, 12, 16)),
                Some(date(2010, 6, 1)),
                Some(date(2008, 12, 15)),
                Some(date(2000, 1, 1)),
            ];
            fan(
                &mut states,
                &|s, k| s.child_birth_date = births[k],
                births.len(),
            );
            fan(
                &mut states,
                &|s, k| {
                    if k == 1 {
                        s.unanswered.push(CHILD_BIRTH_DATE.to_owned())
                    }
                },
                2,
            );
        }
        if inputs.contains(&CHILD_BIRTH_DATE) || inputs.contains(&OTHER_CHILDREN) {
            fan(
                &mut states,
                &|s, k| s.application_date = (k == 1).then(|| date(2026, 12, 15)),
                2,
            );
        }
        if inputs.contains(&OTHER_CHILDREN) {
            let others = [
                vec![],
                vec![date(2020, 1, 1)],
                vec![date(2005, 1, 1)],
                vec![date(2005, 1, 1), date(2019, 1, 1)],
            ];
            fan(
                &mut states,
                &|s, k| s.other_children_birth_dates = others[k].clone(),
                others.len(),
            );
            fan(
                &mut states,
                &|s, k| {
                    if k == 1 {
                        s.unanswered.push(OTHER_CHILDREN.to_owned())
                    }
                },
                2,
            );
        }
        if inputs.contains(&"agency_findings") {
            fan(
                &mut states,
                &|s, k| s.agency_findings = if k == 1 { vec![2, 5] } else { vec![] },
                2,
            );
            fan(
                &mut states,
                &|s, k| {
                    if k == 1 {
                        s.unanswered.push("agency_findings".to_owned())
                    }
                },
                2,
            );
        }
        states
    }

    /// A small deterministic generator (xorshift) for the random families.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    fn check(code: &str, c: &[Condition; 2], f: &FamilyFacts) {
        for x in c {
            assert_eq!(x.known(f), oracle_known(x, f), "{code} {x:?} on {f:?}");
            assert_eq!(
                x.unanswered_inputs(f),
                oracle_unanswered_inputs(x, f),
                "{code} {x:?} on {f:?}"
            );
            let mut read = Vec::new();
            x.collect_facts(&mut read);
            for fact in read {
                assert_eq!(
                    f.known(fact),
                    oracle_fact_known(f, fact),
                    "{code} {fact:?} on {f:?}"
                );
            }
        }
        // Added to a list that holds some already (the verdict's pending,
        // `add_unanswered_inputs`): the two lists merged, each input once.
        let mut added = c[0].unanswered_inputs(f);
        c[1].add_unanswered_inputs(f, &mut added);
        let mut merged = oracle_unanswered_inputs(&c[0], f);
        for i in oracle_unanswered_inputs(&c[1], f) {
            if !merged.contains(&i) {
                merged.push(i);
            }
        }
        assert_eq!(added, merged, "{code} {c:?} on {f:?}");
        for q in FOLLOW_UPS {
            assert_eq!(
                turns_on(c, q, f),
                oracle_turns_on(c, q, f),
                "{code} {c:?} turns on {q} with {f:?}"
            );
        }
    }

    /// Exhaustive over each condition's inputs: every yes/no/unanswered
    /// assignment of the yes/no fields it reads, every
    /// state of the dates it reads, with the service's other questions all
    /// answered by default, all unanswered or at random; then random families over
    /// all of a service's questions.
    #[test]
    fn known_and_turns_on_match_the_brute_force_oracle() {
        let mut cases = 0u64;
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for (code, c) in conjunctions() {
            let mut read = Vec::new();
            c.iter().for_each(|x| x.collect_facts(&mut read));
            let inputs = inputs_of(&read, |_| true);
            let flags: Vec<&'static str> = inputs
                .iter()
                .copied()
                .filter(|i| FLAGS.contains(i))
                .collect();
            let asked = questions(code).unwrap();
            let others: Vec<&str> = asked
                .iter()
                .copied()
                .filter(|q| !flags.contains(q) && FLAGS.contains(q))
                .collect();
            assert!(flags.len() <= 12, "{code} {c:?} reads {flags:?}");
            for base in date_states(&inputs) {
                // The other questions: answered by default, all unanswered,
                // or each answered yes, no or not at random.
                for background in 0..5 {
                    let mut base = base.clone();
                    for name in &others {
                        match (background, rng.next() % 3) {
                            (0, _) => {}
                            (1, _) | (_, 2) => base.unanswered.push((*name).to_owned()),
                            (_, v) => {
                                base.set_flag(name, v == 1);
                            }
                        }
                    }
                    let n = 3u32.pow(flags.len() as u32);
                    for mut a in 0..n {
                        let mut f = base.clone();
                        for name in &flags {
                            match a % 3 {
                                0 => {
                                    f.set_flag(name, false);
                                }
                                1 => {
                                    f.set_flag(name, true);
                                }
                                _ => f.unanswered.push((*name).to_owned()),
                            }
                            a /= 3;
                        }
                        check(code, &c, &f);
                        cases += 1;
                    }
                }
            }
        }
        // Random families over a service's every question and date.
        let conjs = conjunctions();
        for e in catalogue() {
            let asked = questions(e.code).unwrap();
            for _ in 0..2000 {
                let mut f = FamilyFacts::default();
                for name in FLAGS
                    .iter()
                    .filter(|n| asked.contains(n) || FOLLOW_UPS.contains(n))
                {
                    match rng.next() % 3 {
                        0 => {
                            f.set_flag(name, false);
                        }
                        1 => {
                            f.set_flag(name, true);
                        }
                        _ => f.unanswered.push((*name).to_owned()),
                    }
                }
                let states = date_states(&[CHILD_BIRTH_DATE, OTHER_CHILDREN]);
                let d = &states[(rng.next() % states.len() as u64) as usize];
                f.child_birth_date = d.child_birth_date;
                f.application_date = d.application_date;
                f.other_children_birth_dates = d.other_children_birth_dates.clone();
                f.unanswered.extend(d.unanswered.iter().cloned());
                for (code, c) in conjs.iter().filter(|(code, _)| *code == e.code) {
                    check(code, c, &f);
                    cases += 1;
                }
            }
        }
        assert!(cases > 200_000, "{cases} cases");
        eprintln!("{cases} cases");
    }
}
