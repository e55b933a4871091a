//! Peer benchmark: the category decision of order No. 254 cl. 20–21 evaluated
//! by Kezek (`kezek_rules::category::decide`) and by GoRules ZEN (`zen-engine`,
//! the decision table in `category.jdm.json`, written by `make-jdm.py`) on the
//! same seeded cases. Asserts both give the same category for every case, then
//! prints one JSON object: throughput of each, and the ratio.
//!
//! `cargo run --release -- [CASES] [ROUNDS]` (defaults 10000 and 5). Outside the
//! workspace, so `./dev test` never builds it; `./dev bench` runs it.

use std::time::Instant;

use kezek_rules::case::{Applicant, Case, Child, Family, Role};
use kezek_rules::category::{self, Category};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use zen_engine::model::DecisionContent;
use zen_engine::Decision;

const FIELDS: [&str; 10] = [
    "serviceman",
    "special_state_body",
    "law_enforcement",
    "teacher",
    "representative_disabled",
    "without_parental_care",
    "orphan",
    "large_family",
    "special_educational_needs",
    "disabled_child_in_family",
];

fn case_from(flags: [bool; 10]) -> Case {
    Case {
        service: kezek_rules::Service::QueueRegistration,
        channel: kezek_rules::Channel::EgovPortal,
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap(),
        applicant: Applicant {
            role: Role::Parent,
            iin: None,
            full_name: None,
            address: None,
            phones: vec![],
            email: None,
        },
        child: Child {
            iin: None,
            full_name: None,
            birth_date: chrono::NaiveDate::from_ymd_opt(2023, 5, 10).unwrap(),
            settlement: "Astana".into(),
            special_educational_needs: flags[8],
            pmpc_conclusion: flags[8],
            disorders: vec![],
            sanatorium: None,
            medical_contraindication: false,
        },
        family: Family {
            serviceman: flags[0],
            special_state_body: flags[1],
            law_enforcement: flags[2],
            teacher: flags[3],
            representatives_disabled: flags[4],
            without_parental_care: flags[5],
            orphan: flags[6],
            large_family: flags[7],
            disabled_child_in_family: flags[9],
        },
        documents: vec![],
        consent: true,
        times_queued_in_settlement: 0,
        previous_priority_referral: None,
        changing_preschool: false,
        admission: None,
    }
}

fn zen_category(result: &serde_json::Value) -> Category {
    // "collect": an array of the matching rows; the highest category wins (cl. 21).
    let mut best = Category::General;
    if let Some(rows) = result.as_array() {
        for row in rows {
            let c = match row["category"].as_str() {
                Some("out_of_turn") => Category::OutOfTurn,
                Some("first") => Category::FirstPriority,
                _ => Category::General,
            };
            best = best.max(c);
        }
    }
    best
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let rounds: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5);

    let content: DecisionContent =
        serde_json::from_str(include_str!("../category.jdm.json")).expect("valid JDM");
    let graph = match content {
        DecisionContent::Graph(g) => (*g).clone(),
        _ => panic!("category.jdm.json must be a decision graph"),
    };
    let decision = Decision::from(graph);

    let mut rng = ChaCha8Rng::seed_from_u64(254);
    let flags: Vec<[bool; 10]> = (0..n)
        .map(|_| std::array::from_fn(|_| rng.gen_bool(0.12)))
        .collect();
    let cases: Vec<Case> = flags.iter().map(|f| case_from(*f)).collect();
    let contexts: Vec<serde_json::Value> = flags
        .iter()
        .map(|f| {
            let facts: serde_json::Map<String, serde_json::Value> = FIELDS
                .iter()
                .zip(f.iter())
                .map(|(k, v)| ((*k).to_owned(), serde_json::Value::Bool(*v)))
                .collect();
            serde_json::json!({ "facts": facts })
        })
        .collect();

    // Agreement on every case.
    let mut disagreements = 0usize;
    let mut by_category = [0usize; 3];
    for (case, ctx) in cases.iter().zip(&contexts) {
        let k = category::decide(case).category;
        let r = pollster::block_on(decision.evaluate(ctx.clone().into())).expect("zen evaluates");
        let z = zen_category(&serde_json::to_value(&r.result).unwrap_or_default());
        if k != z {
            disagreements += 1;
        }
        by_category[k as usize] += 1;
    }
    assert_eq!(disagreements, 0, "Kezek and ZEN disagree on {disagreements} cases");

    let mut kezek_ns = Vec::new();
    let mut kezek_json_ns = Vec::new();
    let mut zen_ns = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        let mut acc = 0usize;
        for case in &cases {
            acc += category::decide(std::hint::black_box(case)).category as usize;
        }
        std::hint::black_box(acc);
        kezek_ns.push(t.elapsed().as_nanos() as f64 / n as f64);

        // Kezek from the same JSON facts ZEN gets (deserialise, then decide).
        let t = Instant::now();
        let mut acc = 0usize;
        for (ctx, case) in contexts.iter().zip(&cases) {
            let f = &ctx["facts"];
            let mut c = case.clone();
            c.family = Family {
                serviceman: f["serviceman"].as_bool().unwrap_or(false),
                special_state_body: f["special_state_body"].as_bool().unwrap_or(false),
                law_enforcement: f["law_enforcement"].as_bool().unwrap_or(false),
                teacher: f["teacher"].as_bool().unwrap_or(false),
                representatives_disabled: f["representative_disabled"].as_bool().unwrap_or(false),
                without_parental_care: f["without_parental_care"].as_bool().unwrap_or(false),
                orphan: f["orphan"].as_bool().unwrap_or(false),
                large_family: f["large_family"].as_bool().unwrap_or(false),
                disabled_child_in_family: f["disabled_child_in_family"].as_bool().unwrap_or(false),
            };
            c.child.special_educational_needs = f["special_educational_needs"].as_bool().unwrap_or(false);
            acc += category::decide(std::hint::black_box(&c)).category as usize;
        }
        std::hint::black_box(acc);
        kezek_json_ns.push(t.elapsed().as_nanos() as f64 / n as f64);

        let t = Instant::now();
        let mut acc = 0usize;
        for ctx in &contexts {
            let r = pollster::block_on(decision.evaluate(ctx.clone().into())).expect("zen evaluates");
            acc += zen_category(&serde_json::to_value(&r.result).unwrap_or_default()) as usize;
        }
        std::hint::black_box(acc);
        zen_ns.push(t.elapsed().as_nanos() as f64 / n as f64);
    }
    let k = median(kezek_ns);
    let kj = median(kezek_json_ns);
    let z = median(zen_ns);
    let out = serde_json::json!({
        "decision": "order 254 cl. 20-21 category (10 grounds, highest wins)",
        "cases": n,
        "rounds": rounds,
        "seed": 254,
        "agree": true,
        "by_category": { "general": by_category[0], "first_priority": by_category[1], "out_of_turn": by_category[2] },
        "kezek_ns_per_case": k,
        "kezek_from_json_ns_per_case": kj,
        "zen_ns_per_case": z,
        "kezek_cases_per_s": 1e9 / k,
        "zen_cases_per_s": 1e9 / z,
        "ratio": z / k,
        "ratio_from_json": z / kj,
        "zen_engine": "zen-engine 2 (crates.io), decision table, hit policy collect",
    });
    println!("{}", serde_json::to_string_pretty(&out).unwrap());
}
