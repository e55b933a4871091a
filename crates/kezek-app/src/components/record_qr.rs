//! The prepared record as a QR code («QR-код»), or — when the record is too
//! long for a code a phone can read — the note to download it instead. One
//! piece for the wizard's hand-off and the family-services confirmation.

use yew::prelude::*;

use crate::platform::qr_svg;

/// Props of [`RecordQr`].
#[derive(Properties, PartialEq)]
pub struct RecordQrProps {
    /// Element id of the figure; the note gets `<id>-too-long`.
    pub id: AttrValue,
    /// The record the code carries.
    pub record: AttrValue,
    /// Translated caption of the code (`ui-qr-caption`).
    pub caption: AttrValue,
    /// Translated note when the record is too long (`ui-qr-too-long`).
    pub too_long: AttrValue,
}

/// The record's QR code, or the note that it is too long for one.
#[function_component(RecordQr)]
pub fn record_qr(p: &RecordQrProps) -> Html {
    match qr_svg(&p.record) {
        Some(svg) => html! {
            <figure class="kz-qr" id={p.id.clone()}>
                { Html::from_html_unchecked(AttrValue::from(svg)) }
                <figcaption>{ p.caption.clone() }</figcaption>
            </figure>
        },
        None => html! { <p id={format!("{}-too-long", p.id)}>{ p.too_long.clone() }</p> },
    }
}
