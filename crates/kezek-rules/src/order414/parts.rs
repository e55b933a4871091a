//! Shared building blocks of the service modules: the documents and refusal
//! grounds that recur from annex to annex, written once.
use super::*;

/// Row 3 items 2–3 of `annex` for `channels`: wait and service minutes.
/// Every annex with a counter gives the wait as item 2 and the service
/// time as item 3 («2) … күтудің рұқсат берілетін ең ұзақ уақыты …; 3)
/// қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты …»): both are cited.
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
        citations: [cite(annex, 3, Some(2)), cite(annex, 3, Some(3))],
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
        each_child_aged: None,
        note: None,
    }
}

/// `item` with the reading note `note` beside it.
pub const fn with_note(item: RequirementItem, note: ReadingNote) -> RequirementItem {
    RequirementItem {
        note: Some(note),
        ..item
    }
}

/// `item` with a reading note `key` shown whenever the line is, citing the
/// line's own words (its condition and citation, written once).
pub const fn with_own_note(item: RequirementItem, key: &'static str) -> RequirementItem {
    RequirementItem {
        note: Some(ReadingNote {
            key,
            condition: item.condition,
            citation: item.citation,
        }),
        ..item
    }
}

/// `item`, one per child aged `age` or more («бала (балалар)»).
pub const fn each_child_aged(item: RequirementItem, age: u32) -> RequirementItem {
    RequirementItem {
        each_child_aged: Some(age),
        ..item
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

/// Row 8 item `item` of `annex` in person, where the service's rules (as
/// worded by order 414) say the application is made «осы Қағидаларға
/// 1-қосымшаға сәйкес нысан бойынша» in their clause `form_clause` (cited as
/// [`rules_clause`]) while row 8 says only «өтініш»: the line names the form
/// (`doc-application-rules-form`), with [`in_rules_form`]'s note.
pub const fn application_in_rules_form(
    annex: u8,
    item: u16,
    form_clause: Citation,
) -> RequirementItem {
    in_rules_form(
        application(annex, item),
        "doc-application-rules-form",
        form_clause,
    )
}

/// `item`, the application of row 8, named `name_key` (its row-8 name with
/// the form of the rules' Annex 1) and noted `note-application-rules-form`,
/// cited to the rules' clause `form_clause` that names the form. Order 414
/// rewrites only those rules' Annexes 2 (and 3): it reproduces no Annex 1
/// and names no place the form is handed out, so the note says to ask where
/// one applies (and names no place: it serves every channel).
pub const fn in_rules_form(
    item: RequirementItem,
    name_key: &'static str,
    form_clause: Citation,
) -> RequirementItem {
    RequirementItem {
        name_key,
        note: Some(ReadingNote {
            key: "note-application-rules-form",
            condition: item.condition,
            citation: form_clause,
        }),
        ..item
    }
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
pub const fn ground(code: &'static str, condition: Condition, citation: Citation) -> RefusalGround {
    RefusalGround {
        code,
        condition,
        variant: None,
        citation,
        note: None,
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
        from_submission: true,
        steps: &[],
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
/// The training certificate of Annex 6 row 8 item 10 (both lists) and
/// Annex 11 row 8 item 8: «… сертификат (баланың жақын туыстарын
/// қоспағанда)» — every applicant but a close relative, as the list says,
/// with the note after the lists beside it for relatives and step-parents
/// ([`training_within_a_year`]).
pub const fn training_certificate(annex: u8, item: u16, supply: Supply) -> RequirementItem {
    with_note(
        doc(
            "training_certificate",
            "doc-training-certificate",
            Condition::Unless(Fact::CloseRelative),
            supply,
            cite(annex, 8, Some(item)),
        ),
        training_within_a_year(annex),
    )
}

/// The note after the lists of Annex 6 and Annex 11 row 8 (Marriage and
/// Family Code art. 122 p. 1): the body «… баланы отбасына тәрбиелеуге
/// қабылдаған кезден бастап күнтізбелік бір жыл ішінде даярлықтан өту
/// шартымен, … туыстарын, өгей әкесін (өгей шешесін) психологиялық
/// даярлықтан өткізбестен, қорғаншылықты немесе қамқоршылықты белгілеуге
/// құқылы». Reading: the body *may* appoint a relative or step-parent
/// without the certificate if they train within a calendar year; it is not
/// bound to, and the list itself spares close relatives only. So the
/// certificate stays on the list for them, with this note; whether the set
/// is taken without it is the body's decision (ask the provider first).
/// The note stands in row 8 of `annex`, after its lists.
pub const fn training_within_a_year(annex: u8) -> ReadingNote {
    ReadingNote {
        key: "note-training-within-a-year",
        condition: Condition::When(Fact::RelativeOrStepparent),
        citation: cite(annex, 8, None),
    }
}

/// The scope rule of row 8 item 1 of `annex`: the application is made by
/// «баланың заңды өкілінің біреуі» — one of the child's legal
/// representatives (parents, adoptive parents, guardian or trustee, foster
/// parent, professional foster carer, patronage carer, others in their
/// place: seed 000 cl. 2 sub. 3).
pub const fn legal_representative(annex: u8) -> ScopeRule {
    ScopeRule {
        code: "not-legal-representative",
        condition: Condition::When(Fact::LegalRepresentative),
        citation: cite(annex, 8, Some(1)),
        note: None,
        effect: ScopeEffect::Excludes,
    }
}

/// The scope rule «the child is a minor» (`child-of-full-age`): a child of
/// full age (eighteen or older, [`Fact::ChildMinor`]) on the day of
/// application is outside the service, where the text calls the child of
/// the service a minor («кәмелетке толмаған»), cited where it says so.
/// Where the text says it of the service itself (Annex 5: a certificate
/// for disposing of minors' property) there is no note; where it says it
/// in passing (`reading`: Annex 6, row 7 item 2, where to apply; Annex
/// 20's rules cl. 6, the interview) and states no upper age, the scope is
/// Kezek's reading — the one a careful lawyer would advise a parent to be
/// safe with — and the parent told so is told it is a reading
/// (`note-child-called-minor`, cited to the same clause). With no birth
/// date the child is not taken to be a minor: the verdict waits for the
/// date (`pending`: `child_birth_date`, as at Annex 20's category; a
/// reading, `evaluation::by_age`).
pub const fn child_minor(citation: Citation, reading: bool) -> ScopeRule {
    ScopeRule {
        code: CHILD_OF_FULL_AGE,
        condition: Condition::When(Fact::ChildMinor),
        citation,
        note: if reading {
            Some(ReadingNote {
                key: NOTE_CHILD_CALLED_MINOR,
                condition: Condition::Always,
                citation,
            })
        } else {
            None
        },
        effect: ScopeEffect::Excludes,
    }
}

/// [`child_minor`] where the text says it of the service itself (Annex 5
/// row 5: a certificate for disposing of minors' property), in the
/// service's own words (`child-of-full-age-minors-property`): no note.
pub const fn child_minor_property(citation: Citation) -> ScopeRule {
    ScopeRule {
        code: CHILD_OF_FULL_AGE_MINORS_PROPERTY,
        ..child_minor(citation, false)
    }
}

/// [`child_minor`] as a caution, not a refusal: where the text calls the
/// child a minor only to say where to apply and the service is for a pupil
/// who may be of full age (Annex 15, row 7 item 2), a child of eighteen or
/// older is eligible, with the caution `child-of-full-age` and its reading
/// note (`note-child-called-minor-caution`): the provider may read the
/// text as excluding the child; ask before applying. With no birth date
/// the caution is shown as possible (`depends_on: ["child_birth_date"]`),
/// the verdict not waiting for it (`evaluation::by_age`).
pub const fn child_called_minor_caution(citation: Citation) -> ScopeRule {
    ScopeRule {
        note: Some(ReadingNote {
            key: NOTE_CHILD_CALLED_MINOR_CAUTION,
            condition: Condition::Always,
            citation,
        }),
        effect: ScopeEffect::Cautions,
        ..child_minor(citation, false)
    }
}

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

/// The reading note beside item 14 of row 9 of Annexes 6 and 11 (no
/// training) where the applicant said they have no permanent place of
/// residence (item 7): the item is said of applicants «Қазақстан
/// Республикасының аумағында тұрақты тұратын»; whether one without a
/// permanent place of residence is one of them the list does not say, and
/// Kezek does not ask where the applicant lives. Reading (the safe one for
/// the parent): the ground is kept — the law supports it for a resident —
/// and marked as Kezek's reading for that applicant; for anyone else it is
/// said as the item says it.
pub const NOTE_TRAINING_GROUND_RESIDENTS: &str = "note-training-ground-residents";

/// Row 9 item 10 of Annexes 6 and 11 («тіркелген некеде (ерлі-зайыптылықта)
/// тұрмайтын ер жынысты адамның өтініші», unless he brought the child up
/// three years) where the service asks «Сіз некеде тұрасыз ба?»: a married
/// applicant — whose marriage certificate, registered in Kazakhstan or
/// abroad, the same lists ask (row 8 item 5) — is not a man «not in a
/// registered marriage» (Kezek's reading of "married": that marriage), so
/// the ground does not turn on «Вы мужчина, не состоящий в
/// зарегистрированном браке?» after "yes", and that question is not asked
/// of him ([`super::FOLLOW_UPS`]). Annex 3 asks no marriage: its ground is
/// [`Fact::SingleManWithoutThreeYears`] as the item says it.
pub const SINGLE_MAN_NOT_MARRIED: Condition = Condition::All(&[
    Condition::When(Fact::SingleManWithoutThreeYears),
    Condition::Unless(Fact::Married),
]);

/// Row 9 of Annexes 6 and 11 (guardianship, foster family), items 1)–20):
/// the 13 suitability grounds, 14) no training (relatives and
/// step-parents spared, see `guardianship.rs`; beside it for an applicant
/// without a permanent place of residence, [`NOTE_TRAINING_GROUND_RESIDENTS`]),
/// 15) unreliable documents, 16) normative acts, 17)–20) generic (c)–(f).
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
        RefusalGround {
            condition: SINGLE_MAN_NOT_MARRIED,
            ..s[9]
        },
        s[10],
        s[11],
        s[12],
        RefusalGround {
            note: Some(ReadingNote {
                key: NOTE_TRAINING_GROUND_RESIDENTS,
                condition: Condition::When(Fact::NoPermanentResidence),
                citation: cite(annex, 9, Some(14)),
            }),
            ..ground("no-training", no_training, cite(annex, 9, Some(14)))
        },
        g_unreliable(annex, 15),
        g_nla(annex, 16),
        g[0],
        g[1],
        g[2],
        g[3],
    ]
}

/// The code of row 9 item 2 of Annexes 17 and 18: the pupil does not meet
/// Government decree No. 64 of 25.01.2008 (the ground a pupil in none of the
/// categories is refused on, [`super::eligibility`]).
pub(crate) const NONCOMPLIANT_DECREE_64: &str = "noncompliant-decree-64";

/// Row 9 of Annexes 17 and 18 (meals, camps), items 1)–6): unreliable
/// documents, Gov. decree No. 64 of 25.01.2008, generic (c)–(f).
pub const fn decree64_grounds(annex: u8) -> [RefusalGround; 6] {
    let g = generic_cdef(annex, 3);
    [
        g_unreliable(annex, 1),
        ground(
            NONCOMPLIANT_DECREE_64,
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
