//! The "Why?" beside a family service's name: rows 1 (provider), 3 (term),
//! 5 (result) and 6 (fee) of the service's own annex of order No. 414 (seed
//! 001), the facts the header states. Chosen by the rules, not by the
//! screen. (Row 5 was missing: the header states the result — «Нәтижесі» —
//! and cited no row for it; the walk of 15.12.2026.)

use kezek_rules::catalogue::{catalogue, cite, entry};

#[test]
fn annex_rows_1_3_5_6_about_citations_per_service() {
    // service → its annex; the citations are that annex's rows 1, 3, 5, 6.
    let rows: &[(&str, u8)] = &[
        ("00404005", 2),  // adoption agency accreditation
        ("00404004", 3),  // adoption registration
        ("00402002", 4),  // guardianship certificate
        ("00402004", 5),  // minors' property
        ("00402003", 6),  // guardianship
        ("00404007", 11), // foster family
        ("00402010", 13), // parental meeting
        ("00403007", 15), // school transport
        ("00403008", 17), // school meals
        ("00403009", 18), // camps
        ("00402013", 20), // child's opinion
    ];
    for &(code, annex) in rows {
        let e = entry(code).unwrap_or_else(|| panic!("no service {code}"));
        // The first four; a provider's note adds what it relies on
        // (`catalogue_decree64_citations.rs`).
        assert_eq!(
            e.about_citations()[..4],
            [
                cite(annex, 1, None),
                cite(annex, 3, None),
                cite(annex, 5, None),
                cite(annex, 6, None)
            ],
            "{code}"
        );
    }
    assert_eq!(rows.len(), catalogue().len(), "a row for every service");
}
