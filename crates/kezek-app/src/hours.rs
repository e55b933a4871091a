//! Opening days and hours in words, for any screen: the wizard's steps and
//! the catalogue's screens both say when an office or the portal works.

use crate::i18n::I18n;

/// Opening days and hours in words, e.g. "Working days, 09:00–13:00,
/// 14:30–17:30": as a sentence (`OpensAs::Sentence`, capitalised) or after
/// a colon (`OpensAs::AfterColon`, «Часы приема: рабочие дни, …»).
pub fn opening_hours(
    i18n: &I18n,
    days: kezek_rules::schedule::OpenDays,
    windows: &[kezek_rules::schedule::Window],
    as_: OpensAs,
) -> String {
    use kezek_rules::schedule::OpenDays;
    let days = i18n.t(match (days, as_) {
        (OpenDays::WorkingDays, OpensAs::Sentence) => "ui-open-working-days",
        (OpenDays::WorkingDays, OpensAs::AfterColon) => "ui-open-working-days-after-colon",
        (OpenDays::MondayToSaturdayExceptHolidays, OpensAs::Sentence) => "ui-open-mon-sat",
        (OpenDays::MondayToSaturdayExceptHolidays, OpensAs::AfterColon) => {
            "ui-open-mon-sat-after-colon"
        }
    });
    format!("{days} {}", windows_text(i18n, windows))
}

/// Where [`opening_hours`] stands: the start of a sentence, or after a colon.
#[derive(Clone, Copy)]
pub enum OpensAs {
    /// «Рабочие дни, 09:00–18:30. …»
    Sentence,
    /// «Часы приема: рабочие дни, 09:00–18:30.»
    AfterColon,
}

/// Daily windows as `09:00–13:00, 14:30–17:30`, each time as [`I18n::time`]
/// writes every time of day.
pub fn windows_text(i18n: &I18n, windows: &[kezek_rules::schedule::Window]) -> String {
    let w: Vec<String> = windows
        .iter()
        .map(|w| format!("{}–{}", i18n.time(w.from), i18n.time(w.to)))
        .collect();
    w.join(", ")
}
