//! Compiles into the JS API only the catalogue texts `services()` shows —
//! each service's name in kk/ru/en and its provider in en/kk — instead of the
//! three whole catalogue message files (~111 KB of Fluent source; issue 19).
//! The texts are taken by the rules' own `listing_text`, so they are exactly
//! what `kezek services --json` prints (the crate's tests compare the two).

use std::fmt::Write as _;

fn main() {
    let dir = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    println!(
        "cargo:rerun-if-changed={}",
        dir.join("../kezek-rules/messages").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        dir.join("../kezek-rules/src").display()
    );
    let mut out = String::from(
        "/// The catalogue texts `services()` shows, by language and message id.\n\
         pub(crate) fn listing_text(lang: &str, key: &str) -> Option<&'static str> {\n    \
         Some(match (lang, key) {\n",
    );
    let mut seen = std::collections::BTreeSet::new();
    for (lang, key) in kezek_rules::catalogue::listing_keys() {
        if seen.insert((lang, key.clone())) {
            let text = kezek_rules::catalogue::listing_text(lang, &key);
            writeln!(out, "        ({lang:?}, {key:?}) => {text:?},").unwrap();
        }
    }
    out.push_str("        _ => return None,\n    })\n}\n");
    let dest = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("listing_text.rs");
    std::fs::write(dest, out).unwrap();
}
