//! Order No. 414: the refusal a parent is told for an incomplete set or an
//! expired document is the one the order gives on that service and channel,
//! service × channel (the lawyer's second reading of the refusals,
//! 05.12.2026).
//!
//! What the seed gives, per channel:
//! - rules 513 cl. 9 (list item 1; adoption agencies, Annex 2, the
//!   provider's office and the portal): «құжаттар топтамасын толық
//!   ұсынбаған және (немесе) қолданылу мерзімі өткен құжаттарды ұсынған
//!   кезде … өтінішті қабылдаудан бас тартады» — the application refused
//!   acceptance, for either;
//! - rules 407 cl. 9 (list item 2; registration of adopters, Annex 3, the
//!   portal): the same facts — «өтінішті одан әрі қараудан бас тартады»,
//!   further consideration refused, for either;
//! - Annexes 7, 14, 16, 19 (the receipt form of Annexes 6, 13, 15, 18, the
//!   State Corporation): «Сіз ұсынған құжаттар топтамасының толық болмауына
//!   байланысты … құжаттарды қабылдаудан бас тартады, атап айтқанда: Жоқ
//!   құжаттардың атауы» — an incomplete set refused acceptance with the
//!   receipt naming the missing documents. The form names no expired
//!   document: that an expired one does not complete the set, and is refused
//!   the same way, is Kezek's reading (`state_corporation_refuses_expired_reading`);
//! - every other service and channel of order 158's rules: the seed states
//!   no consequence at hand-in (the rules' base text is not in it), so none
//!   is asserted (`incomplete`; with only expired documents, `no_longer_valid`,
//!   not "the set is incomplete").

use chrono::NaiveDate;
use kezek_rules::catalogue::{
    checklist, receipt_preview, refusal_at_hand_in_stated, FamilyFacts, HeldDocument,
    ReceiptOutcome, ServiceChannel, Supply, Variant,
};
use kezek_rules::citation::Citation;
use kezek_rules::testing::family_facts as facts;
use serde_json::json;

const OFFICE: ServiceChannel = ServiceChannel::OFFICE;
const SC: ServiceChannel = ServiceChannel::STATE_CORPORATION;
const PORTAL: ServiceChannel = ServiceChannel::PORTAL;
const ORG: ServiceChannel = ServiceChannel::EducationOrganisation;

use ReceiptOutcome::*;

/// Where a consequence is said: an annex of order 414 with its row (None
/// for a receipt form, cited whole), or a clause of the rules of list item
/// 1 (order 513) or 2 (order 407).
#[derive(Debug, Clone, Copy)]
enum Said {
    Annex(u8, Option<u16>),
    Rules(u16, u16),
}

fn cited(c: &Citation, s: Said) -> bool {
    match s {
        Said::Annex(a, row) => c.annex == Some(a) && c.clause == row && c.sub.is_none(),
        Said::Rules(item, cl) => c.annex.is_none() && c.clause == Some(item) && c.sub == Some(cl),
    }
}

/// (service, channel, facts making a document certainly needed,
/// incomplete set → outcome and where, only an expired document → outcome
/// and where).
type Row = (
    &'static str,
    ServiceChannel,
    serde_json::Value,
    (ReceiptOutcome, Said),
    (ReceiptOutcome, Said),
);

fn table() -> Vec<Row> {
    let agency = json!({});
    let adopter = json!({});
    let orphan = json!({"child_orphan": true, "applicant_has_training": true});
    let foster = json!({"applicant_has_training": true});
    let deprived = json!({"applicant_deprived_of_parental_rights": true});
    let remote = json!({"child_birth_in_civil_registry": false});
    let tsa = json!({"family_receives_targeted_social_assistance": true,
        "child_in_state_education_institution": true});
    let property = json!({"applicant_is_legal_representative": true, "married": true});
    let opinion = json!({"applicant_is_legal_representative": true, "married": true});
    let accept_513 = (ProviderRefusesToAccept, Said::Rules(1, 9));
    let not_considered_407 = (ProviderRefusesFurtherConsideration, Said::Rules(2, 9));
    let receipt = |a: u8| (StateCorporationRefusesToAccept, Said::Annex(a, None));
    let receipt_reading = |a: u8| (StateCorporationRefusesExpiredReading, Said::Annex(a, None));
    let unstated = |a: u8| (Incomplete, Said::Annex(a, Some(8)));
    let unstated_expired = |a: u8| (NoLongerValid, Said::Annex(a, Some(8)));
    vec![
        ("00404005", OFFICE, agency.clone(), accept_513, accept_513),
        ("00404005", PORTAL, agency, accept_513, accept_513),
        (
            "00404004",
            PORTAL,
            adopter,
            not_considered_407,
            not_considered_407,
        ),
        (
            "00402003",
            SC,
            orphan.clone(),
            receipt(7),
            receipt_reading(7),
        ),
        ("00402003", PORTAL, orphan, unstated(6), unstated_expired(6)),
        (
            "00404007",
            OFFICE,
            foster.clone(),
            unstated(11),
            unstated_expired(11),
        ),
        (
            "00404007",
            PORTAL,
            foster,
            unstated(11),
            unstated_expired(11),
        ),
        (
            "00402010",
            OFFICE,
            deprived.clone(),
            unstated(13),
            unstated_expired(13),
        ),
        ("00402010", SC, deprived, receipt(14), receipt_reading(14)),
        (
            "00403007",
            OFFICE,
            remote.clone(),
            unstated(15),
            unstated_expired(15),
        ),
        (
            "00403007",
            ORG,
            remote.clone(),
            unstated(15),
            unstated_expired(15),
        ),
        (
            "00403007",
            SC,
            remote.clone(),
            receipt(16),
            receipt_reading(16),
        ),
        (
            "00403007",
            PORTAL,
            remote,
            unstated(15),
            unstated_expired(15),
        ),
        (
            "00403008",
            OFFICE,
            tsa.clone(),
            unstated(17),
            unstated_expired(17),
        ),
        (
            "00403008",
            ORG,
            tsa.clone(),
            unstated(17),
            unstated_expired(17),
        ),
        (
            "00403008",
            PORTAL,
            tsa.clone(),
            unstated(17),
            unstated_expired(17),
        ),
        (
            "00403009",
            OFFICE,
            tsa.clone(),
            unstated(18),
            unstated_expired(18),
        ),
        (
            "00403009",
            ORG,
            tsa.clone(),
            unstated(18),
            unstated_expired(18),
        ),
        (
            "00403009",
            SC,
            tsa.clone(),
            receipt(19),
            receipt_reading(19),
        ),
        ("00403009", PORTAL, tsa, unstated(18), unstated_expired(18)),
        (
            "00402004",
            PORTAL,
            property,
            unstated(5),
            unstated_expired(5),
        ),
        (
            "00402013",
            OFFICE,
            opinion,
            unstated(20),
            unstated_expired(20),
        ),
    ]
}

/// The documents certainly needed (not the application, not waiting for
/// answers, not left to the provider).
fn certain(code: &str, ch: ServiceChannel, f: &FamilyFacts) -> Vec<&'static str> {
    checklist(code, ch, variant(code), f)
        .unwrap()
        .into_iter()
        .filter(|l| l.supply != Supply::Application && l.depends_on.is_empty() && l.note.is_none())
        .map(|l| l.id)
        .collect()
}

/// Annex 2's accreditation (the variant with the longer list).
fn variant(code: &str) -> Option<Variant> {
    (code == "00404005").then_some(Variant::Accreditation)
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 15).unwrap()
}

#[test]
fn ann7_ann14_ann16_ann19_rules_407_513_cl9_the_refusal_of_an_incomplete_or_expired_set_per_service_and_channel(
) {
    let mut wrong = Vec::new();
    for (code, ch, f, (gap, gap_at), (old, old_at)) in table() {
        let f = facts(f);
        let docs = certain(code, ch, &f);
        assert!(
            !docs.is_empty(),
            "{code} {ch:?}: no document certainly needed"
        );
        let held = |expired: bool| -> Vec<HeldDocument> {
            docs.iter()
                .enumerate()
                .filter(|(i, _)| expired || *i != 0)
                .map(|(i, id)| HeldDocument {
                    id: (*id).to_owned(),
                    valid_until: (expired && i == 0)
                        .then(|| NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
                })
                .collect()
        };
        for (case, h, want, at) in [
            ("missing", held(false), gap, gap_at),
            ("expired", held(true), old, old_at),
        ] {
            let r = receipt_preview(code, ch, variant(code), &f, &h, day()).unwrap();
            if r.outcome != want {
                wrong.push(format!(
                    "{code} {ch:?} {case}: {:?}, not {want:?}",
                    r.outcome
                ));
            } else if !r.citations.iter().any(|c| cited(c, at)) {
                wrong.push(format!(
                    "{code} {ch:?} {case}: {at:?} not cited: {:?}",
                    r.citations
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Whether the order states a refusal at hand-in for the service and
/// channel: the State Corporation's receipt (Annexes 7, 14, 16, 19), rules
/// 513 cl. 9 and 407 cl. 9. Elsewhere (order 158's services at the provider,
/// the education organisation or on the portal) the seeds state none, so a
/// complete set is not told that "the refusal for an incomplete set does not
/// apply" as if there were one.
#[test]
fn ann7_ann14_ann16_ann19_rules_407_513_cl9_a_refusal_at_hand_in_is_stated_only_where_the_order_gives_one(
) {
    let mut wrong = Vec::new();
    for (code, ch, _, (gap, _), _) in table() {
        let stated = gap != Incomplete;
        if refusal_at_hand_in_stated(code, ch).unwrap() != stated {
            wrong.push(format!("{code} {ch:?}: stated should be {stated}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(refusal_at_hand_in_stated("00402002", PORTAL) == Ok(false));
}

/// Rules 513 cl. 9 and rules 407 cl. 9, as worded by order 414 (list items
/// 1 and 2), end with what happens to an incomplete set or an expired
/// document: «… көрсетілетін қызметті беруші көрсетілетін қызметті алушыдан
/// өтінішті қабылдаудан бас тартады» (513) and «… өтінішті одан әрі қараудан
/// бас тартады» (407). The "Why?" under those refusals fell back to the list
/// item's reason, «Это из Правил аккредитации агентств по усыновлению (приказ
/// № 513 в редакции приказа № 414)» / «… Правил учета лиц, желающих усыновить
/// детей (приказ № 407 …)»: it named the rules, not what their cl. 9 says.
/// It now says the clause's number and its refusal (the clause's text is in
/// seed 001).
#[test]
fn rules_513_cl9_rules_407_cl9_why_says_what_the_clause_says() {
    use kezek_rules::messages::{ftl, message_value};
    use kezek_rules::testing::why_of;
    let cases = [
        ("00404005", OFFICE, Some(Variant::Accreditation), 1),
        ("00404005", PORTAL, Some(Variant::Accreditation), 1),
        ("00404004", PORTAL, None, 2),
    ];
    let mut seen = 0;
    for (code, ch, v, item) in cases {
        let r = receipt_preview(code, ch, v, &FamilyFacts::default(), &[], day()).unwrap();
        assert!(!r.citations.is_empty(), "{code} {ch:?}");
        for c in &r.citations {
            seen += 1;
            for (lang, clause, expired, refusal) in [
                (
                    "kk",
                    "9-тармағ",
                    "қолданылу мерзімі өт",
                    if item == 1 {
                        "өтінішті қабылдаудан бас тартады"
                    } else {
                        "өтінішті одан әрі қараудан бас тартады"
                    },
                ),
                (
                    "ru",
                    "пункт 9",
                    "с истекшим сроком действия",
                    if item == 1 {
                        "отказывает в приеме заявления"
                    } else {
                        "отказывает в дальнейшем рассмотрении заявления"
                    },
                ),
                (
                    "en",
                    "clause 9",
                    "no longer valid",
                    if item == 1 {
                        "refuses to accept the application"
                    } else {
                        "refuses to consider the application further"
                    },
                ),
            ] {
                let text = why_of(lang, c);
                let list_item =
                    message_value(ftl(lang).unwrap(), &format!("why-order414-cl{item}")).unwrap();
                assert_ne!(text, list_item, "{code} {c} {lang}");
                assert!(
                    text.contains(clause) && text.contains(expired) && text.contains(refusal),
                    "{code} {c} {lang}: {text}"
                );
            }
        }
    }
    assert_eq!(seen, 3);
}

/// Rules 513 cl. 9 («Көрсетілетін қызметті алушы құжаттар топтамасын толық
/// ұсынбаған және (немесе) қолданылу мерзімі өткен құжаттарды ұсынған кезде,
/// көрсетілетін қызметті беруші көрсетілетін қызметті алушыдан өтінішті
/// қабылдаудан бас тартады») stands among the accreditation's clauses as
/// order 414 words them (cl. 5, 9, 11–13); the extension's (cl. 19: the
/// application, cl. 24: the check and the decision) name no refusal at
/// acceptance. The extension was told `provider_refuses_to_accept`, as if
/// cl. 9 said so of it. The careful advice to an applicant keeps the refusal
/// (hand in a complete, valid set): it is now said as Kezek's reading,
/// `provider_refuses_extension_reading`, still cited to cl. 9, for a missing
/// and for an expired document; the accreditation keeps the stated refusal.
#[test]
fn rules_513_cl9_the_extensions_refusal_at_acceptance_is_kezeks_reading() {
    let power = |valid_until: Option<NaiveDate>| {
        vec![HeldDocument {
            id: "power_of_attorney".to_owned(),
            valid_until,
        }]
    };
    let expired = power(NaiveDate::from_ymd_opt(2026, 12, 1));
    for ch in [OFFICE, PORTAL] {
        for (variant, held, want) in [
            (
                Variant::Extension,
                vec![],
                "provider_refuses_extension_reading",
            ),
            (
                Variant::Extension,
                expired.clone(),
                "provider_refuses_extension_reading",
            ),
            (Variant::Extension, power(None), "accepted"),
            (Variant::Accreditation, vec![], "provider_refuses_to_accept"),
        ] {
            let r = receipt_preview(
                "00404005",
                ch,
                Some(variant),
                &FamilyFacts::default(),
                &held,
                day(),
            )
            .unwrap();
            assert_eq!(
                serde_json::to_value(r.outcome).unwrap(),
                want,
                "{ch:?} {variant:?} {held:?}"
            );
            if want != "accepted" {
                assert!(
                    r.citations.iter().any(|c| cited(c, Said::Rules(1, 9))),
                    "{ch:?} {variant:?}: {:?}",
                    r.citations
                );
            }
        }
    }
}
