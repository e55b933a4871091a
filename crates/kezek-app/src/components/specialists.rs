//! "For specialists": the prepared record's SHA-256 digest, the record as a
//! JSON file (download or copy) and its QR code, closed at first — one piece
//! for the wizard's hand-off and the family-services confirmation page. A
//! parent does not need any of it to apply.

use yew::prelude::*;

use super::record_qr::RecordQr;
use crate::i18n::I18n;
use crate::platform::{copy_text, download};

/// Props of [`ForSpecialists`].
#[derive(Properties, PartialEq)]
pub struct ForSpecialistsProps {
    /// The parent's language.
    pub i18n: I18n,
    /// Id prefix of the screen (`kz`, `svc`): `<prefix>-specialists`,
    /// `-sha256`, `-download`, `-copy`, `-qr`.
    pub prefix: AttrValue,
    /// The record, compact (copied and drawn as the QR code).
    pub record: AttrValue,
    /// The file downloaded: its name and text.
    pub file_name: AttrValue,
    /// The downloaded file's text.
    pub file_text: AttrValue,
    /// SHA-256 of the record, lowercase hex.
    pub sha256: AttrValue,
    /// Told what was done (translated), after a download or a copy.
    pub on_done: Callback<String>,
}

/// The "for specialists" panel.
#[function_component(ForSpecialists)]
pub fn for_specialists(p: &ForSpecialistsProps) -> Html {
    let t = |k: &str| p.i18n.t(k);
    let id = |s: &str| format!("{}-{s}", p.prefix);
    let on_download = {
        let (name, text, done, told) = (
            p.file_name.clone(),
            p.file_text.clone(),
            p.on_done.clone(),
            t("ui-downloaded"),
        );
        Callback::from(move |_| {
            download(&name, &text);
            done.emit(told.clone());
        })
    };
    let on_copy = {
        let (record, done, told) = (p.record.clone(), p.on_done.clone(), t("ui-copied"));
        Callback::from(move |_| {
            copy_text(&record);
            done.emit(told.clone());
        })
    };
    html! {
        <details class="kz-card" id={id("specialists")}>
            <summary>{ t("ui-specialists") }</summary>
            <p>{ t("ui-specialists-hint") }</p>
            <p>{ t("ui-sha256") }</p>
            <p><code id={id("sha256")} class="kz-digest">{ p.sha256.clone() }</code></p>
            <div class="kz-actions">
                <button type="button" class="kz-button kz-secondary" id={id("download")} onclick={on_download}>{ t("ui-download") }</button>
                <button type="button" class="kz-button kz-secondary" id={id("copy")} onclick={on_copy}>{ t("ui-copy-json") }</button>
            </div>
            <RecordQr id={id("qr")} record={p.record.clone()} caption={t("ui-qr-caption")} too_long={t("ui-qr-too-long")} />
        </details>
    }
}
