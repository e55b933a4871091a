//! `kezek-wasm`: the thin wasm-bindgen API that embedding pages call.
//! All logic lives in `kezek-rules` / `kezek-queue`; this crate only converts.

use wasm_bindgen::prelude::*;

/// The edition of the rules compiled into this module.
#[wasm_bindgen]
pub fn edition() -> String {
    kezek_rules::EDITION.to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn edition_is_the_rules_edition() {
        assert_eq!(super::edition(), kezek_rules::EDITION);
    }
}
