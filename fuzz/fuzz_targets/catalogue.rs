//! Any text given as a catalogue request (order No. 414 services) gives an
//! evaluation and a prepared application, or a coded error — never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(req) = kezek_rules::catalogue::Request::from_json(text) {
            let cal = kezek_rules::calendar::Calendar::builtin();
            if let Ok(eval) = kezek_rules::catalogue::evaluate(&req, cal) {
                let _ = kezek_rules::catalogue::prepare(&req, &eval);
            }
        }
    }
});
