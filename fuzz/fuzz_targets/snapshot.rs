//! Any bytes given to the snapshot parsers (JSON and streamed CSV) give a
//! snapshot or a `QueueError` — never a panic; a parsed snapshot answers a
//! position query without panicking either.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(9, 0, 0).unwrap();
    let csv = kezek_queue::parse_csv(data, "fuzz", as_of);
    if let Ok(text) = std::str::from_utf8(data) {
        for snap in [kezek_queue::parse_json(text).ok(), csv.ok()].into_iter().flatten() {
            for q in &snap.queues {
                let query = kezek_queue::Query {
                    birth_year: q.birth_year,
                    queue: q.queue.clone(),
                    group: kezek_queue::Group::First,
                    submitted: Some(snap.as_of),
                    id: None,
                };
                let _ = kezek_queue::position(&snap, &query);
            }
        }
    }
});
