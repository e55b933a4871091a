//! Any text given as a case or as calendar data gives a result or a coded
//! error — never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(case) = kezek_rules::Case::from_json(text) {
            let _ = kezek_rules::evaluate(&case);
        }
        let _ = kezek_rules::calendar::Calendar::from_json(text);
        let _ = kezek_rules::iin::parse(text);
    }
});
