//! `kezek services` lists the catalogue of order No. 414; `kezek evaluate`
//! accepts any catalogue service code.

mod common;
use common::kezek;

fn example(name: &str) -> String {
    format!(
        "{}/../kezek-rules/examples/catalogue/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn services_json_lists_code_names_in_three_languages_provider_and_term() {
    let out = kezek(&["services", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v.as_array().unwrap();
    // Every service of the catalogue, once, in its order (not a count that
    // goes stale when a service is added).
    let codes: Vec<&str> = rows.iter().map(|r| r["code"].as_str().unwrap()).collect();
    let catalogue: Vec<&str> = kezek_rules::catalogue::catalogue()
        .iter()
        .map(|e| e.code)
        .collect();
    assert_eq!(codes, catalogue);
    let meals = rows.iter().find(|r| r["code"] == "00403008").unwrap();
    assert!(meals["name"]["kk"]
        .as_str()
        .unwrap()
        .starts_with("Жалпы білім беретін мектептердегі"));
    assert!(meals["name"]["ru"].as_str().unwrap().contains("питания"));
    // The facts the service asks, as a request names them (what its prepared application keeps).
    let questions = meals["questions"].as_array().expect("questions");
    assert_eq!(questions[0], "family_receives_targeted_social_assistance");
    assert!(meals["name"]["en"].as_str().unwrap().contains("meals"));
    assert!(meals["provider"]
        .as_str()
        .unwrap()
        .contains("Local executive bodies"));
    assert_eq!(meals["term"][0]["unit"], "working_days");
    assert_eq!(meals["term"][0]["n"], 5);
    assert_eq!(meals["term"][0]["citation"]["annex"], 17);
    let cert = rows.iter().find(|r| r["code"] == "00402002").unwrap();
    assert_eq!(cert["term"][0]["unit"], "minutes");
    assert_eq!(cert["term"][0]["n"], 30);
    let agency = rows.iter().find(|r| r["code"] == "00404005").unwrap();
    assert_eq!(agency["for_parents"], false);
    assert_eq!(agency["term"].as_array().unwrap().len(), 2);
    for r in rows {
        for lang in ["kk", "ru", "en"] {
            let name = r["name"][lang].as_str().unwrap();
            assert!(
                !name.starts_with("svc-"),
                "{} has no {lang} name",
                r["code"]
            );
        }
    }
}

#[test]
fn services_text_has_one_line_per_service() {
    let out = kezek(&["services"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().count(),
        kezek_rules::catalogue::catalogue().len()
    );
    assert!(text.contains("00402003  Ann.6    19 working_days"));
}

/// What the help says `kezek services` prints is what it prints: the plain
/// listing is one line per service with its English name (no provider, no
/// channels, no kk/ru names); `--json` gives them all.
#[test]
fn services_help_says_what_the_plain_listing_and_json_hold() {
    let plain = String::from_utf8(kezek(&["services"]).stdout).unwrap();
    let meals = plain.lines().find(|l| l.starts_with("00403008")).unwrap();
    assert!(
        !meals.contains("Жалпы") && !meals.contains("egov_portal"),
        "{meals}"
    );
    let top = String::from_utf8(kezek(&["--help"]).stdout).unwrap();
    let line = top
        .lines()
        .find(|l| l.trim_start().starts_with("services "))
        .unwrap();
    let own = String::from_utf8(kezek(&["services", "--help"]).stdout).unwrap();
    for (what, text) in [
        ("kezek --help", line),
        ("kezek services --help", own.as_str()),
    ] {
        // Each mention of the kk/ru names or the provider is said of --json.
        for claim in ["kk/ru/en", "Kazakh, Russian", "provider"] {
            if let Some(at) = text.find(claim) {
                let json = text.find("--json").unwrap_or(usize::MAX);
                assert!(
                    json < at,
                    "{what} says the listing has {claim}, which only --json prints: {text}"
                );
            }
        }
    }
}

#[test]
fn services_rejects_unknown_options() {
    let out = kezek(&["services", "--xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage: kezek services"));
}

#[test]
fn evaluate_accepts_a_catalogue_service_code() {
    let out = kezek(&["evaluate", &example("school-meals-tsa")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["service"], "00403008");
    assert_eq!(v["eligibility"]["eligible"], true);
    assert_eq!(v["due"]["due"], "2026-12-23T18:30:00");
    let ids: Vec<&str> = v["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["application", "birth_certificate", "status_tsa"]);
}

#[test]
fn evaluate_guardianship_by_a_grandmother_at_the_state_corporation() {
    let out = kezek(&["evaluate", &example("guardianship-grandmother")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"kinship")
            && ids.contains(&"housing_right")
            && ids.contains(&"spouse_consent")
    );
    assert!(
        !ids.contains(&"training_certificate"),
        "a close relative needs no training certificate"
    );
    // Friday 19:00: the State Corporation is open until 20:00 (Annex 6 row 7
    // item 2) and receives the documents then; 19 working days from Monday
    // 30.11 → 25.12.2026.
    assert_eq!(v["due"]["accepted"], "2026-11-27T19:00:00");
    assert_eq!(v["due"]["due"], "2026-12-25T18:30:00");
}

#[test]
fn evaluate_names_the_field_of_a_bad_catalogue_request() {
    let dir = std::env::temp_dir().join(format!("kezek-cli-services-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"service":"00403008","channel":"fax","submitted":"2026-12-15T10:00"}"#,
    )
    .unwrap();
    let out = kezek(&["evaluate", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("channel: `fax`"));
    std::fs::write(
        &bad,
        r#"{"service":"00403008","channel":"portal","submitted":"15.12.2026"}"#,
    )
    .unwrap();
    let out = kezek(&["evaluate", bad.to_str().unwrap()]);
    // `submitted` is read as the alias of `as_of`: the error names the one field.
    assert!(String::from_utf8_lossy(&out.stderr).contains("as_of: "));
    std::fs::remove_dir_all(&dir).ok();
}

/// README, "Embed on your page": the services an embedding page may configure
/// are "any Kezek service: `00403001`/`00403002` or a catalogue code such as
/// `00403008`, the list `kezek services --codes` prints". The flag had no
/// test: the integrator's list is order No. 254's two services, then every
/// catalogue service in its order, one per line (a JSON array with --json).
#[test]
fn services_codes_prints_every_service_an_embedding_page_may_configure() {
    let out = kezek(&["services", "--codes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let codes: Vec<&str> = text.lines().collect();
    let mut want = vec!["00403001", "00403002"];
    want.extend(kezek_rules::catalogue::catalogue().iter().map(|e| e.code));
    assert_eq!(codes, want);
    assert!(codes.contains(&"00403008"), "the README's example code");
    let json = kezek(&["--json", "services", "--codes"]);
    assert!(json.status.success());
    let listed: Vec<String> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(listed, want);
}
