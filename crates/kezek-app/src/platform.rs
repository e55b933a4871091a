//! Browser helpers every screen may use, so no screen imports another screen:
//! the `kezek:*` events for a host page, file download, the clipboard,
//! printing, the QR code, same-origin fetches, whether Kezek runs embedded,
//! "now" (or the URL's `as_of`) and the language the page starts in. (The
//! hooks take these from here, not from [`crate::app`], which composes them.)

use chrono::NaiveDateTime;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Lang;
use crate::storage;

/// The largest QR version Kezek draws (57×57 modules): above it a phone camera
/// at arm's length no longer reads the code reliably, so the record is offered
/// as a download only.
pub const QR_MAX_VERSION: i16 = 10;

/// The QR code of `text` as an SVG string (error correction L), or `None`
/// when the text needs more than [`QR_MAX_VERSION`] (it would not scan).
pub fn qr_svg(text: &str) -> Option<String> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).ok()?;
    match code.version() {
        qrcode::Version::Normal(v) if v <= QR_MAX_VERSION => {}
        _ => return None,
    }
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
    )
}

/// Dispatches `kezek:<name>` on `window` with a JSON detail.
pub fn emit(name: &str, detail: &serde_json::Value) {
    let Some(w) = web_sys::window() else { return };
    let detail = js_sys::JSON::parse(&detail.to_string()).unwrap_or(JsValue::NULL);
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(&format!("kezek:{name}"), &init)
    {
        let _ = w.dispatch_event(&ev);
    }
}

/// Saves `text` as a file named `name` (a Blob link the browser downloads).
pub fn download(name: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Puts `text` on the clipboard.
pub fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Whether the page runs embedded (`?embed=1`, see `web/bridge.js`).
pub fn embedded() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| {
            s.trim_start_matches('?')
                .split('&')
                .any(|kv| kv == "embed=1")
        })
}

/// The configuration an embedding page set on `window.kezekEmbedConfig`
/// (before the app mounted, or kept there by `web/bridge.js` from its last
/// `configure`), when it is an object.
pub fn embed_config() -> Option<JsValue> {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"kezekEmbedConfig".into()).ok())
        .filter(|v| v.is_object())
}

/// The start page of egov.kz in `lang`, where a catalogue service is found by
/// its name.
pub fn egov_home_url(lang: &str) -> String {
    format!("https://egov.kz/cms/{lang}")
}

/// Fetches a same-origin text file.
pub async fn fetch_text(url: &str) -> Option<String> {
    let w = web_sys::window()?;
    let resp = wasm_bindgen_futures::JsFuture::from(w.fetch_with_str(url))
        .await
        .ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(resp.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// `?as_of=YYYY-MM-DDTHH:MM` from the page URL (a demo or a test fixes the
/// date with it); the app then shows a banner for as long as it is set.
pub fn as_of_from_url() -> Option<NaiveDateTime> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| {
            s.trim_start_matches('?')
                .split('&')
                .find_map(|kv| kv.strip_prefix("as_of=").map(str::to_owned))
        })
        .and_then(|v| {
            let v = js_sys::decode_uri_component(&v).ok()?.as_string()?;
            kezek_rules::dates::parse_datetime(&v).ok()
        })
}

/// "Now" in Asia/Almaty (UTC+5, no daylight saving), or [`as_of_from_url`].
pub fn now_almaty() -> NaiveDateTime {
    as_of_from_url().unwrap_or_else(|| {
        let ms = js_sys::Date::now() as i64 + 5 * 3600 * 1000;
        chrono::DateTime::from_timestamp_millis(ms)
            .map(|d| d.naive_utc())
            .unwrap_or_default()
    })
}

/// The remembered language, else the browser's first one Kezek speaks.
pub fn initial_lang() -> Lang {
    storage::load_lang().unwrap_or_else(|| {
        let langs = storage::browser_languages();
        Lang::pick(langs.iter().map(String::as_str))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record of `len` bytes, as the hand-off's JSON record looks.
    fn record(len: usize) -> String {
        let head = "{\"kezek\":\"";
        let tail = "\"}";
        format!("{head}{}{tail}", "a".repeat(len - head.len() - tail.len()))
    }

    /// A long record is offered as a download, not as a code a phone would
    /// not read (above [`QR_MAX_VERSION`], 57×57 modules); a short one is drawn.
    #[test]
    fn qr_svg_draws_a_short_record_and_refuses_a_400_byte_one() {
        assert!(qr_svg(&record(400)).is_none(), "a 400-byte record is drawn");
        let svg = qr_svg(&record(60)).expect("a short record is drawn");
        assert!(svg.contains("<svg"));
        // Version 10 at error correction L holds 271 bytes: the cap is there.
        assert!(qr_svg(&record(271)).is_some());
        assert!(qr_svg(&record(272)).is_none(), "272 bytes are drawn");
    }
}
