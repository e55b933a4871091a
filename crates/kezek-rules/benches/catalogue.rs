//! One evaluation and one prepared application of an order No. 414 service
//! (`evaluateService`, `prepareService`) for the heaviest service, as the
//! app runs them on every answer: the guardianship service of Annex 6
//! (00402003, the most questions) with every question not answered yet, the
//! most [`questions_for`](kezek_rules::catalogue::questions_for) tries, and
//! with every question answered. Also `questions_for` alone.
//! `cargo bench -p kezek-rules --bench catalogue`.

// `criterion_group!` writes an undocumented `pub fn` for the group.
#![allow(missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{evaluate, prepare, questions, questions_for, Request};

const HEAVIEST: &str = "00402003";

/// The request of `HEAVIEST` with every question unanswered (`open`) or
/// answered with its default, every answer given.
fn request(open: bool) -> Request {
    let asked: Vec<&str> = questions(HEAVIEST)
        .unwrap()
        .into_iter()
        .filter(|q| *q != "child_birth_date")
        .collect();
    let facts = if open {
        serde_json::json!({ "unanswered": asked, "child_birth_date": "2014-03-01" })
    } else {
        let mut f = serde_json::Map::new();
        for q in &asked {
            let v = kezek_rules::catalogue::FamilyFacts::default()
                .flag(q)
                .unwrap();
            f.insert((*q).to_owned(), v.into());
        }
        f.insert("married".into(), true.into());
        f.insert("child_birth_date".into(), "2014-03-01".into());
        serde_json::Value::Object(f)
    };
    let json = serde_json::json!({
        "service": HEAVIEST, "channel": "egov_portal", "as_of": "2026-12-15T10:00",
        "facts": facts, "applicant": {"full_name": "Ахметова Айгүл", "iin": "900315410004"},
    });
    Request::from_json(&json.to_string()).unwrap()
}

fn bench(c: &mut Criterion) {
    let cal = Calendar::builtin();
    let mut g = c.benchmark_group("catalogue");
    for (name, open) in [("unanswered", true), ("answered", false)] {
        let req = request(open);
        g.bench_function(format!("evaluate_service_{HEAVIEST}_{name}"), |b| {
            b.iter(|| evaluate(black_box(&req), cal).unwrap())
        });
        g.bench_function(format!("prepare_service_{HEAVIEST}_{name}"), |b| {
            b.iter(|| {
                let eval = evaluate(black_box(&req), cal).unwrap();
                prepare(&req, &eval)
            })
        });
        let facts = req.facts_read();
        g.bench_function(format!("questions_for_{HEAVIEST}_{name}"), |b| {
            b.iter(|| questions_for(HEAVIEST, black_box(&facts)).unwrap())
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
