//! A parent's walk of 05.12.2026 (37c): admission at the kindergarten's desk
//! of a SEN child with a PMPC conclusion, and queue registration on egov.kz
//! by a guardian of a child left without parental care, read against the
//! order.

use kezek_rules::testing::order254::text;

/// Cl. 15: «Баланың ата-анасы немесе заңды өкілі бір елді мекенде мектеп
/// жасына дейінгі кезеңде кезекке кемінде 3 (үш) рет тұра алады» — the
/// parent *or the legal representative*. Step 5 said "a parent" alone to a
/// guardian (walk 37c, lines 629 and 633 in kk, 1788 and 1792 in ru): the
/// texts name both, as the clause does.
#[test]
fn cl15_the_times_queued_are_the_parents_or_the_legal_representatives() {
    for (lang, representative) in [
        ("kk", "заңды өкілі"),
        ("ru", "законный представитель"),
        ("en", "legal representative"),
    ] {
        for key in ["reason-limit-times-ok", "why-order254-cl15"] {
            let said = text(lang, key);
            assert!(said.contains(representative), "{lang} {key}: {said}");
        }
    }
}
