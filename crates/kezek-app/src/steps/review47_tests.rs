//! The age's texts with their variables (review47): every reason code the
//! rules put on the age card (cl. 18, cl. 24 sub. 9, Annex 2 p. 7) or beside
//! a refusal risk (Annex 2 p. 9 sub. 2) rendered with the app's own
//! [`super::reason_text`] in kk, ru and en, over births around the year's
//! turn and the 1 September limit, at the working day's and the reception's
//! end: no Fluent placeholder left, no variable said empty.

use crate::i18n::{I18n, Lang};
use crate::steps::result::age_lines;
use crate::steps::tests::props;
use chrono::{Datelike, Duration, NaiveDate};
use kezek_rules::ReasonCode;
use std::collections::BTreeSet;

/// A text the parent reads with a variable left unrendered (`{$x}`), or
/// passed empty (a day or a year said as nothing: "on , when", "1 September ("),
/// or an unknown message's key.
fn unrendered(t: &str) -> bool {
    t.contains('{')
        || t.contains('$')
        || t.contains("reason-")
        || t.contains(" ,")
        || t.contains("  ")
        || t.contains(" .")
        || t.contains(" )")
        || t.contains("( ")
}

/// cl. 18, cl. 24 sub. 9, Annex 2 p. 7 sub. 1 and 3: births from 2019 to
/// 2022 (every 61st day, and 31.12–06.01 and 31.08–01.09 of each year) on
/// queue registration by egov.kz (case 01) and, at the State Corporation, a
/// SEN child without a PMPC conclusion (case 16), at ten moments
/// (the year's turn at 17:29, 17:31, 18:31; a working day; the eve of
/// 1 September): every age reason, on the age card and as the app says it
/// alone, and every refusal risk's detail as step 6 and step 8 say it.
#[test]
fn cl18_cl24_9_annex2_7_every_age_reason_is_said_with_its_variables() {
    let cases = [
        include_str!("../../../kezek-rules/examples/cases/01-portal-general-family.json"),
        include_str!(
            "../../../kezek-rules/examples/cases/16-state-corporation-sen-without-pmpc-law-enforcement.json"
        ),
    ];
    let moments = [
        "2026-12-31T10:00",
        "2026-12-31T17:29",
        "2026-12-31T17:31",
        "2026-12-31T18:31",
        "2026-12-30T17:45",
        "2027-01-04T12:00",
        "2026-08-31T17:45",
        "2026-09-01T10:00",
        "2026-03-10T18:00",
        "2027-06-15T10:00",
    ];
    let mut births: BTreeSet<NaiveDate> = BTreeSet::new();
    let mut d = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
    while d.year() <= 2022 {
        births.insert(d);
        d += Duration::days(61);
    }
    for y in 2019..=2022 {
        for (m, day) in [(12, 31), (8, 31), (9, 1), (3, 10)] {
            births.insert(NaiveDate::from_ymd_opt(y, m, day).unwrap());
        }
        for day in 1..=6 {
            births.insert(NaiveDate::from_ymd_opt(y, 1, day).unwrap());
        }
    }
    let langs: Vec<(Lang, I18n)> = Lang::ALL.into_iter().map(|l| (l, I18n::new(l))).collect();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for text in cases {
        let base: serde_json::Value = serde_json::from_str(text).unwrap();
        for as_of in moments {
            for born in &births {
                let mut c = base.clone();
                c["as_of"] = as_of.into();
                c["child"]["birth_date"] = born.format("%Y-%m-%d").to_string().into();
                c["child"].as_object_mut().unwrap().remove("iin");
                let Ok(case) = kezek_rules::wire::read_case(&c.to_string()) else {
                    continue;
                };
                let Ok(e) = kezek_rules::evaluate(&case) else {
                    continue;
                };
                let mut codes: Vec<ReasonCode> = e.age.reasons.clone();
                for r in &e.refusal.risks {
                    codes.extend(r.detail.iter().copied());
                }
                for (lang, i18n) in &langs {
                    let mut p = props(e.clone());
                    p.i18n = i18n.clone();
                    let mut said: Vec<(String, String)> = age_lines(&p, &e)
                        .into_iter()
                        .map(|l| ("age card".to_owned(), l.text))
                        .collect();
                    for r in &codes {
                        seen.insert(r.code().to_owned());
                        said.push((r.code().to_owned(), super::reason_text(&p, &e, *r)));
                    }
                    for (what, t) in said {
                        assert!(!unrendered(&t), "{as_of} born {born} {lang:?} {what}: {t}");
                    }
                }
            }
        }
    }
    // The sweep reaches the year's-turn codes it is about.
    for code in [
        "age.archive_order_date",
        "age.archive_order_date_past",
        "age.archive_order_date_before_acceptance",
        "age.turned_six_next_year_after_reception_reading",
        "age.archive_date_after_reception_reading",
        "age.turns_six_by_acceptance",
        "age.too_old_on_acceptance",
        "age.eligible",
    ] {
        assert!(seen.contains(code), "{code} not reached: {seen:?}");
    }
}
