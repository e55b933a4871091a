use chrono::{Datelike, NaiveDate};
use kezek_queue::{forecast, parse_json, synth, ForecastOptions, Group, Query, QueueKind};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).cloned().unwrap_or("sample".into());
    let seeds: u64 = args.get(2).map(|s| s.parse().unwrap()).unwrap_or(1);
    let paths: u32 = args.get(3).map(|s| s.parse().unwrap()).unwrap_or(10_000);
    let (snap, by, birth, sub) = if which == "sample" {
        let s = parse_json(include_str!("../../../web/sample/city.json")).unwrap();
        let a = s.as_of;
        (s, 2023, NaiveDate::from_ymd_opt(2023, 5, 10), a)
    } else {
        let s = synth::city(7, 6_000);
        let y = s.as_of.year() - 3;
        let a = s.as_of - chrono::Duration::days(200);
        (s, y, None, a)
    };
    for g in [Group::General, Group::First] {
        let q = Query {
            birth_year: by,
            queue: QueueKind::General,
            group: g,
            submitted: Some(sub),
            id: None,
        };
        let mut meds = vec![];
        for seed in 1..=seeds {
            let o = ForecastOptions {
                paths,
                seed,
                birth_date: birth,
                ..ForecastOptions::default()
            };
            let f = forecast(&snap, &q, &o).unwrap();
            if seed == 1 {
                println!("{:?} pos {} / {} ahead {:?} p10 {:?} p50 {:?} p90 {:?} by {} {:.3} never {} leftover {:.3} acc {:.2}", g, f.position.position, f.position.waiting, f.position.ahead, f.p10, f.p50, f.p90, f.by_date, f.prob_by_date, f.never, f.leftover as f64 / f.paths as f64, f.parameters.acceptance);
            }
            meds.push(format!(
                "{}({:.2})",
                f.p50
                    .map(|d| d.format("%m-%d").to_string())
                    .unwrap_or("-".into()),
                f.prob_by_date
            ));
        }
        println!("  medians: {}", meds.join(" "));
    }
}
