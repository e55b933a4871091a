//! Step 8: check the answers, then hand the prepared application off (Annex 1
//! and Annex 5 payload from `kezek-rules`): download JSON, print the filled
//! Annex 1, a QR code for the operator, copy, and a DOM event the embedding
//! page's bridge forwards. The SHA-256 digest is shown for signing.

use kezek_rules::Ground;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::{needs_earlier, StepProps};
use crate::components::field::CheckField;
use crate::route::Step;
use crate::state::Action;

/// The QR code of `text` as an SVG string (error correction L).
pub fn qr_svg(text: &str) -> Option<String> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).ok()?;
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

/// Step 8.
#[function_component(HandoffStep)]
pub fn handoff_step(p: &StepProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let Ok(e) = p.outcome.as_ref() else {
        return needs_earlier(p);
    };
    let d = &p.draft;
    let app = &e.application;
    let canonical = app.canonical.clone();
    let sha = app.sha256.clone();
    let change =
        |step: Step| html! { <a class="kz-change" href={step.hash()}>{ p.t("ui-change") }</a> };
    let on_download = {
        let (c, s) = (canonical.clone(), status.clone());
        Callback::from(move |_| {
            download("kezek-application.json", &c);
            s.set(Some("ui-downloaded"));
        })
    };
    let on_copy = {
        let (c, s) = (canonical.clone(), status.clone());
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&c);
            }
            s.set(Some("ui-copied"));
        })
    };
    let on_handoff = {
        let (a, h, s) = (app.application.clone(), sha.clone(), status.clone());
        Callback::from(move |_| {
            emit(
                "application-prepared",
                &serde_json::json!({ "payload": a, "sha256": h }),
            );
            s.set(Some("ui-handed-off"));
        })
    };
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let boxes = app
        .application
        .categories
        .map(|b| b.ticked())
        .unwrap_or_default();
    let qr = app.ready.then(|| qr_svg(&canonical)).flatten();
    let category_code = serde_json::to_value(e.category.category)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', "-")))
        .unwrap_or_default();
    html! {
        <>
            <section class="kz-card kz-summary" id="kz-summary">
                <h3>{ p.t("ui-summary") }</h3>
                <dl>
                    <dt>{ p.t("ui-summary-service") }</dt>
                    <dd>{ p.t(&format!("ui-service-{}", e.service.code())) }{ change(Step::Service) }</dd>
                    <dt>{ p.t("ui-summary-child") }</dt>
                    <dd>{ format!("{}, {}", p.i18n.date(e.age.sixth_birthday - chrono::Months::new(72)), app.application.settlement) }{ change(Step::Child) }</dd>
                    <dt>{ p.t("ui-summary-applicant") }</dt>
                    <dd>{ d.full_name.clone() }{ " " }{ d.applicant_iin.clone() }{ change(Step::Applicant) }</dd>
                    <dt>{ p.t("ui-summary-category") }</dt>
                    <dd id="kz-summary-category">{ p.t(&format!("ui-category-{category_code}")) }{ change(Step::Family) }</dd>
                    <dt>{ p.t("ui-summary-documents") }</dt>
                    <dd>{ p.t(if e.checklist.complete { "ui-checklist-complete" } else { "ui-checklist-incomplete" }) }{ change(Step::Documents) }</dd>
                </dl>
            </section>
            <CheckField id="consent" label={p.t("ui-consent")} checked={d.consent}
                hint={Some(html! { { p.t("ui-consent-hint") } })} onchange={p.send(Action::SetConsent)} />
            if !app.ready {
                <div class="kz-notice" id="kz-not-ready" role="status">
                    <p>{ p.t("ui-not-ready") }</p>
                    <ul>{ for app.missing_fields.iter().map(|f| html! { <li>{ p.t(&format!("ui-field-{}", f.replace(['.', '_'], "-"))) }</li> }) }</ul>
                </div>
            } else {
                <section class="kz-card" id="kz-prepared">
                    <h3>{ p.t("ui-prepared") }</h3>
                    <p>{ p.t("ui-sha256") }</p>
                    <p><code id="kz-sha256" class="kz-digest">{ sha.clone() }</code></p>
                    <div class="kz-actions">
                        <button type="button" class="kz-button" id="kz-download" onclick={on_download}>{ p.t("ui-download") }</button>
                        <button type="button" class="kz-button" id="kz-print" onclick={on_print}>{ p.t("ui-print-annex1") }</button>
                        <button type="button" class="kz-button" id="kz-copy" onclick={on_copy}>{ p.t("ui-copy") }</button>
                        <button type="button" class="kz-button" id="kz-handoff" onclick={on_handoff}>{ p.t("ui-handoff") }</button>
                    </div>
                    if let Some(s) = *status { <p class="kz-status" role="status" id="kz-handoff-status">{ p.t(s) }</p> }
                    if let Some(svg) = qr {
                        <figure class="kz-qr" id="kz-qr">
                            { Html::from_html_unchecked(AttrValue::from(svg)) }
                            <figcaption>{ p.t("ui-qr-caption") }</figcaption>
                        </figure>
                    }
                </section>
            }
            <section class="kz-annex1 kz-print-only" aria-hidden="true">
                <h3>{ p.t("ui-annex1-title") }</h3>
                <p>{ p.i18n.t_args("ui-annex1-from", &[("name", d.full_name.clone()), ("iin", d.applicant_iin.clone())]) }</p>
                <p>{ p.i18n.t_args("ui-annex1-body", &[("settlement", app.application.settlement.clone()), ("year", app.application.child.birth_year.to_string())]) }</p>
                <ol>
                    { for (1u8..=10).map(|n| {
                        let ground = Ground::ALL.iter().find(|g| g.annex1_box() == Some(n));
                        let label = ground.map(|g| p.t(&g.key())).unwrap_or_else(|| p.t("ui-annex1-box-10"));
                        html! { <li>{ if boxes.contains(&n) { "☒ " } else { "☐ " } }{ label }</li> }
                    }) }
                </ol>
                <p>{ p.i18n.t_args("ui-annex1-notify", &[("sms", d.phones.join(", ")), ("email", d.email.clone())]) }</p>
                <p>{ p.t("ui-consent") }{ if d.consent { " ☒" } else { " ☐" } }</p>
                <p>{ p.i18n.t_args("ui-annex1-date", &[("date", p.i18n.date(app.application.date))]) }</p>
                <p class="kz-digest">{ format!("SHA-256: {sha}") }</p>
            </section>
        </>
    }
}
