//! Labelled inputs with their errors tied by `aria-describedby`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::I18n;

/// Props of [`TextField`].
#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    /// Element id (also the base of the hint and error ids).
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current value.
    pub value: AttrValue,
    /// Input type (`text`, `date`, `tel`, `email`, `number`).
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// A hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A date field's line under the hint ([`date_format_line`]), said
    /// beside the browser's own format.
    #[prop_or_default]
    pub format: Option<AttrValue>,
    /// An error message (already translated).
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// More classes of the error message's paragraph (step 6's expiry line,
    /// `kz-expiry`, said at the date that makes the document out of date).
    #[prop_or_default]
    pub error_class: Option<AttrValue>,
    /// `inputmode` (e.g. `numeric`).
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// `autocomplete`.
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// Called with the new value on every keystroke.
    pub oninput: Callback<String>,
}

/// A text-like input with label, hint and error.
#[function_component(TextField)]
pub fn text_field(p: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let err_id = format!("{}-error", p.id);
    let format_id = format!("{}-format", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if p.format.is_some() {
        described.push(format_id.clone());
    }
    if p.error.is_some() {
        described.push(err_id.clone());
    }
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    html! {
        <div class={classes!("kz-field", p.error.is_some().then_some("kz-field--error"))}>
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            if let Some(h) = &p.hint { <p class="kz-hint" id={hint_id}>{ h.clone() }</p> }
            if let Some(f) = &p.format { <p class="kz-hint kz-date-format" id={format_id}>{ f.clone() }</p> }
            <input id={p.id.clone()} name={p.id.clone()} type={p.kind.clone()} value={p.value.clone()}
                inputmode={p.inputmode.clone()} autocomplete={p.autocomplete.clone()}
                aria-invalid={p.error.is_some().then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                {oninput} />
            if let Some(e) = &p.error { <p class={classes!("kz-error", p.error_class.clone())} id={err_id} role="alert">{ e.clone() }</p> }
        </div>
    }
}

/// The line under a date field (`<id>-format`). A date input draws the
/// browser's own format, not the page's: an en-US Chromium shows
/// "mm/dd/yyyy" on a kk or ru page, where every date is written
/// day.month.year (`I18n::date`). Empty, the line says the page's order with
/// an example and what "mm/dd/yyyy" asks first; filled, the date entered as
/// the page writes it, so a month typed for a day shows at once.
pub fn date_format_line(i18n: &I18n, value: &str) -> AttrValue {
    match chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
        Ok(d) => i18n.t_args("ui-date-entered", &[("date", i18n.date(d))]),
        Err(_) => i18n.t("ui-date-format"),
    }
    .into()
}

/// Props of [`CheckField`].
#[derive(Properties, PartialEq, Clone)]
pub struct CheckFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// Checked.
    pub checked: bool,
    /// A hint under the label.
    #[prop_or_default]
    pub hint: Option<Html>,
    /// Called with the new state.
    pub onchange: Callback<bool>,
}

/// A checkbox with its label (and an optional hint tied to it).
#[function_component(CheckField)]
pub fn check_field(p: &CheckFieldProps) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };
    html! {
        <div class="kz-check">
            <input type="checkbox" id={p.id.clone()} name={p.id.clone()} checked={p.checked}
                aria-describedby={p.hint.is_some().then(|| hint_id.clone())} {onchange} />
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            if let Some(h) = &p.hint { <div class="kz-hint" id={hint_id}>{ h.clone() }</div> }
        </div>
    }
}

/// One option of a [`RadioGroup`].
#[derive(PartialEq, Clone)]
pub struct Choice {
    /// Value (also the id suffix).
    pub value: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// A line under the label.
    pub hint: Option<AttrValue>,
    /// Disabled.
    pub disabled: bool,
}

/// Props of [`RadioGroup`].
#[derive(Properties, PartialEq, Clone)]
pub struct RadioGroupProps {
    /// Group name (and id base).
    pub name: AttrValue,
    /// Legend.
    pub legend: AttrValue,
    /// Options.
    pub choices: Vec<Choice>,
    /// Selected value.
    pub selected: Option<AttrValue>,
    /// Error (translated).
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the chosen value.
    pub onchange: Callback<String>,
}

/// A fieldset of radio buttons.
#[function_component(RadioGroup)]
pub fn radio_group(p: &RadioGroupProps) -> Html {
    let err_id = format!("{}-error", p.name);
    html! {
        <fieldset id={p.name.clone()} class={classes!("kz-radios", p.error.is_some().then_some("kz-field--error"))}
            aria-describedby={p.error.is_some().then(|| err_id.clone())}>
            <legend>{ p.legend.clone() }</legend>
            { for p.choices.iter().map(|c| {
                let id = format!("{}-{}", p.name, c.value);
                let hint_id = format!("{id}-hint");
                let value = c.value.to_string();
                let cb = p.onchange.clone();
                let onchange = Callback::from(move |_: Event| cb.emit(value.clone()));
                html! {
                    <div class="kz-radio">
                        <input type="radio" id={id.clone()} name={p.name.clone()} value={c.value.clone()}
                            checked={p.selected.as_ref() == Some(&c.value)} disabled={c.disabled}
                            aria-describedby={c.hint.is_some().then(|| hint_id.clone())} {onchange} />
                        <label for={id}>{ c.label.clone() }</label>
                        if let Some(h) = &c.hint { <p class="kz-hint" id={hint_id}>{ h.clone() }</p> }
                    </div>
                }
            }) }
            if let Some(e) = &p.error { <p class="kz-error" id={err_id} role="alert">{ e.clone() }</p> }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// A date input shows the browser's format: on an en-US Chromium a kk
    /// or ru page's birth date read «mm/dd/yyyy» (steps43, step 2 at 390 px,
    /// kk), where the page writes every date day.month.year. Each date field
    /// now says the page's order with an example and what "mm/dd/yyyy" asks
    /// first, and once filled the date entered as the page writes it.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn a_date_field_says_the_pages_order_and_echoes_the_date_entered() {
        for (lang, month_first) in [
            (Lang::Kk, "айды (mm)"),
            (Lang::Ru, "месяц (mm)"),
            (Lang::En, "month (mm)"),
        ] {
            let i = I18n::new(lang);
            let empty = date_format_line(&i, "");
            assert!(empty.contains("10.05.2023"), "{lang:?}: {empty}");
            assert!(empty.contains("mm/dd/yyyy"), "{lang:?}: {empty}");
            assert!(empty.contains(month_first), "{lang:?}: {empty}");
            let filled = date_format_line(&i, "2023-05-10");
            assert!(filled.contains("10.05.2023"), "{lang:?}: {filled}");
            assert!(!filled.contains("mm/dd"), "{lang:?}: {filled}");
        }
    }

    /// Every date field of the app gives that line.
    #[test]
    fn every_date_field_gives_its_format_line() {
        for (file, src) in [
            ("steps/child.rs", include_str!("../steps/child.rs")),
            ("steps/documents.rs", include_str!("../steps/documents.rs")),
            (
                "services/service.rs",
                include_str!("../services/service.rs"),
            ),
        ] {
            for (n, field) in src.split("<TextField").skip(1).enumerate() {
                let tag = &field[..field.find("/>").unwrap_or(field.len())];
                if tag.contains("kind=\"date\"") {
                    assert!(tag.contains("format={"), "{file}, date field {n}: {tag}");
                }
            }
        }
    }
}
