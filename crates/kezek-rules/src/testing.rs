//! Test support, in the law's terms: one builder for the order-254 case
//! ([`CaseBuilder`]), one for the order-414 request ([`RequestBuilder`]),
//! the instant helpers every test used to copy ([`at`], [`date`]), and the
//! expectation check of the golden tables ([`check_expectations`]).
//!
//! Compiled for this crate's own tests and, behind the `test-support`
//! feature, for the tests of the other crates (never in the app or the wasm
//! build). Both builders keep the JSON the CLI and the JS API take and parse
//! it through the public path ([`Case::from_json`], [`Request::from_json`]),
//! so a test exercises what an integrator sends; the typed arguments
//! ([`Channel`], [`Ground`], [`DocumentKind`], [`ServiceChannel`]) are
//! serialised by serde, so a builder never writes a misspelt field.
//!
//! The ordinary case is a parent applying on the portal on Monday
//! 23.11.2026 at 10:00 for a child born 10.05.2023 in Astana, with no family
//! ground, no document held and no consent given: each test says what it
//! changes.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::case::{Disorder, Role, SanatoriumType};
use crate::catalogue::{self, FamilyFacts, Request, ServiceChannel, Variant};
use crate::documents::DocumentKind;
use crate::{Case, CaseError, Channel, Evaluation, Ground, Service};

/// The local instant `y-m-d h:min` (Asia/Almaty).
pub fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    date(y, m, d).and_hms_opt(h, min, 0).expect("a time of day")
}

/// The string `field` of every item of the JSON list `v` (the `id`s of a
/// checklist, the `code`s of the risks), in order.
pub fn field_of_each(v: &Value, field: &str) -> Vec<String> {
    v.as_array()
        .expect("a list")
        .iter()
        .map(|l| l[field].as_str().expect("a string field").to_owned())
        .collect()
}

/// The line `id` of a catalogue evaluation's checklist (JSON), if listed.
pub fn checklist_line<'a>(ev: &'a Value, id: &str) -> Option<&'a Value> {
    ev["checklist"]
        .as_array()
        .expect("a checklist")
        .iter()
        .find(|l| l["id"] == id)
}

/// The reason (or risk) `code` of a catalogue evaluation's eligibility
/// (JSON), if given.
pub fn eligibility_reason<'a>(ev: &'a Value, code: &str) -> Option<&'a Value> {
    ev["eligibility"]["reasons"]
        .as_array()
        .expect("the eligibility's reasons")
        .iter()
        .find(|r| r["code"] == code)
}

/// The cases and lookups of the order-254 readings' tests
/// (`tests/order254_*.rs`), written once.
pub mod order254 {
    use chrono::NaiveDateTime;
    use serde_json::Value;

    use super::{date, CaseBuilder};
    use crate::documents::DocumentKind;
    use crate::Channel;

    /// Queue registration through `channel` at `as_of`: both IINs given, the
    /// phthisiatrician's conclusion held, consents given.
    pub fn queue_case(channel: Channel, as_of: NaiveDateTime) -> CaseBuilder {
        CaseBuilder::queue_registration()
            .channel(channel)
            .as_of(as_of)
            .applicant_iin("900314422336")
            .child_iin("230510512343")
            .holds(DocumentKind::PhthisiatricianConclusion)
            .consent()
    }

    /// Queue registration on egov.kz at `as_of` for a child born `born` (no
    /// IIN: the birth date alone), the phthisiatrician's conclusion held,
    /// consents given: evaluated, as JSON (the age's tables at the year's
    /// turn, rules46 and rules47).
    pub fn portal_born(born: chrono::NaiveDate, as_of: NaiveDateTime) -> Value {
        CaseBuilder::queue_registration()
            .channel(Channel::EgovPortal)
            .as_of(as_of)
            .child_born(born)
            .holds(DocumentKind::PhthisiatricianConclusion)
            .consent()
            .evaluate_json()
    }

    /// A list of codes (JSON) as strings.
    pub fn codes(v: &Value) -> Vec<&str> {
        v.as_array()
            .expect("a list of codes")
            .iter()
            .map(|x| x.as_str().expect("a code"))
            .collect()
    }

    /// Admission (00403002) through `channel` at `as_of` of a child born
    /// 20.01.2022, consents given.
    pub fn admission(channel: Channel, as_of: NaiveDateTime) -> CaseBuilder {
        CaseBuilder::admission()
            .channel(channel)
            .as_of(as_of)
            .child_born(date(2022, 1, 20))
            .consent()
    }

    /// The checklist item of document `doc` of an evaluation (JSON).
    pub fn item<'a>(e: &'a Value, doc: &str) -> &'a Value {
        e["checklist"]["items"]
            .as_array()
            .expect("a checklist")
            .iter()
            .find(|i| i["document"] == doc)
            .unwrap_or_else(|| panic!("no {doc} item"))
    }

    /// Whether the list of codes `v` (JSON) holds `code`.
    pub fn has(v: &Value, code: &str) -> bool {
        v.as_array()
            .is_some_and(|a| a.iter().any(|x| x.as_str() == Some(code)))
    }

    /// The refusal risk with reason `code` of an evaluation (JSON), if any.
    pub fn risk<'a>(e: &'a Value, code: &str) -> Option<&'a Value> {
        e["refusal"]["risks"]
            .as_array()
            .expect("the refusal's risks")
            .iter()
            .find(|r| r["reason"] == code)
    }

    /// The text of the rules' message `key` in `lang` (its Fluent file).
    pub fn text(lang: &str, key: &str) -> &'static str {
        crate::messages::message_value(crate::messages::ftl(lang).expect("a language"), key)
            .unwrap_or_else(|| panic!("{lang}: no {key}"))
    }
}

/// Every way a family service is asked for: each of its channels, with
/// each variant ([`Variant::ALL`]) where it has them, else with none.
pub fn channels_and_variants(
    e: &catalogue::CatalogueEntry,
) -> Vec<(ServiceChannel, Option<Variant>)> {
    let variants: Vec<Option<Variant>> = if e.has_variants() {
        Variant::ALL.iter().copied().map(Some).collect()
    } else {
        vec![None]
    };
    e.channels
        .iter()
        .flat_map(|&c| variants.iter().map(move |&v| (c, v)))
        .collect()
}

/// The catalogue's text `key` in `lang` (its Fluent file).
pub fn catalogue_text(lang: &str, key: &str) -> &'static str {
    crate::messages::message_value(
        crate::messages::catalogue_ftl(lang).expect("a language"),
        key,
    )
    .unwrap_or_else(|| panic!("{lang} {key}"))
}

/// The "Why?" text the app shows for a citation in `lang`: its first plain
/// reason that has a message (the app's `Why` component does the same).
pub fn why_of(lang: &str, c: &crate::Citation) -> &'static str {
    let src = crate::messages::ftl(lang).expect("a language");
    c.plain_keys()
        .into_iter()
        .find_map(|k| crate::messages::message_value(src, &k))
        .unwrap_or_else(|| panic!("{lang}: no plain reason for {c}"))
}

/// Asserts the catalogue's text `key` is a reading text: kk and ru say it is
/// Kezek's reading, with no English word and no internal code (ru without
/// «ё»); en says "Kezek's reading".
pub fn assert_catalogue_reading_text(key: &str) {
    let kk = catalogue_text("kk", key);
    let ru = catalogue_text("ru", key);
    let en = catalogue_text("en", key);
    assert!(kk.contains("Kezek түсіндірмесі"), "{key} kk: {kk}");
    assert!(ru.contains("Толкование Kezek"), "{key} ru: {ru}");
    assert!(!ru.contains('ё'), "{key} ru: {ru}");
    assert!(en.contains("Kezek's reading"), "{key} en: {en}");
    for (lang, text) in [("kk", kk), ("ru", ru)] {
        let latin: Vec<&str> = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty() && *w != "Kezek")
            .collect();
        assert!(latin.is_empty(), "{key} {lang} has {latin:?}: {text}");
    }
}

/// The date `y-m-d`.
pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a calendar date")
}

fn wire<T: Serialize>(x: T) -> Value {
    serde_json::to_value(x).expect("serialisable")
}

fn instant(t: NaiveDateTime) -> Value {
    Value::String(t.format("%Y-%m-%dT%H:%M").to_string())
}

fn day(d: NaiveDate) -> Value {
    Value::String(d.format("%Y-%m-%d").to_string())
}

/// An order-254 case («іс»), built from the ordinary case (module doc) in
/// the law's terms and parsed through [`Case::from_json`].
#[derive(Debug, Clone)]
pub struct CaseBuilder {
    json: Value,
}

impl Default for CaseBuilder {
    fn default() -> Self {
        Self::queue_registration()
    }
}

impl CaseBuilder {
    /// Queue registration (00403001), the ordinary case.
    pub fn queue_registration() -> Self {
        CaseBuilder {
            json: json!({
                "service": "00403001",
                "channel": "egov_portal",
                "as_of": "2026-11-23T10:00",
                "applicant": {"role": "parent"},
                "child": {"birth_date": "2023-05-10", "settlement": "Astana"},
            }),
        }
    }

    /// Admission (00403002) of the ordinary case.
    pub fn admission() -> Self {
        Self::queue_registration().service(Service::Admission)
    }

    /// The service.
    pub fn service(self, s: Service) -> Self {
        self.set("service", wire(s))
    }

    /// The channel of application.
    pub fn channel(self, c: Channel) -> Self {
        self.set("channel", wire(c))
    }

    /// The evaluation instant.
    pub fn as_of(self, t: NaiveDateTime) -> Self {
        self.set("as_of", instant(t))
    }

    /// The applicant's role towards the child.
    pub fn role(self, r: Role) -> Self {
        self.set("applicant.role", wire(r))
    }

    /// The applicant's mobile numbers for SMS notices (Annex 1).
    pub fn phones(self, phones: &[&str]) -> Self {
        self.set("applicant.phones", wire(phones))
    }

    /// The applicant's e-mail (Annex 1).
    pub fn email(self, e: &str) -> Self {
        self.set("applicant.email", wire(e))
    }

    /// The applicant's IIN.
    pub fn applicant_iin(self, iin: &str) -> Self {
        self.set("applicant.iin", wire(iin))
    }

    /// The child's birth date.
    pub fn child_born(self, d: NaiveDate) -> Self {
        self.set("child.birth_date", day(d))
    }

    /// The child's IIN.
    pub fn child_iin(self, iin: &str) -> Self {
        self.set("child.iin", wire(iin))
    }

    /// The settlement where the child resides (Annex 1; its queue, cl. 13).
    pub fn settlement(self, s: &str) -> Self {
        self.set("child.settlement", wire(s))
    }

    /// Declares a priority ground (cl. 20): a family fact, or the child's
    /// special educational needs ([`Ground::SpecialEducationalNeeds`]).
    pub fn ground(self, g: Ground) -> Self {
        if g == Ground::SpecialEducationalNeeds {
            return self.set("child.special_educational_needs", json!(true));
        }
        self.set(
            &format!("family.{}", wire(g).as_str().expect("a name")),
            json!(true),
        )
    }

    /// The child has special educational needs and the parent holds (or
    /// not) a PMPC conclusion.
    pub fn special_needs(self, pmpc_conclusion: bool) -> Self {
        self.set("child.special_educational_needs", json!(true))
            .set("child.pmpc_conclusion", json!(pmpc_conclusion))
    }

    /// The disorders named in the PMPC conclusion (cl. 13 special queues).
    pub fn disorders(self, ds: &[Disorder]) -> Self {
        self.set("child.disorders", wire(ds))
    }

    /// A sanatorium queue recommended by a doctor (cl. 13 para 4).
    pub fn sanatorium(self, s: SanatoriumType) -> Self {
        self.set("child.sanatorium", wire(s))
    }

    /// A doctor found medical contraindications (cl. 34 p. 2).
    pub fn medical_contraindication(self) -> Self {
        self.set("child.medical_contraindication", json!(true))
    }

    /// The parent gives the consents of Annex 1 and Annex 5.
    pub fn consent(self) -> Self {
        self.set("consent", json!(true))
    }

    /// The parent holds document `kind` (no issue date).
    pub fn holds(self, kind: DocumentKind) -> Self {
        self.push_document(json!({"kind": wire(kind)}))
    }

    /// The parent holds document `kind` issued on `issued`.
    pub fn holds_issued(self, kind: DocumentKind, issued: NaiveDate) -> Self {
        self.push_document(json!({"kind": wire(kind), "issued_on": day(issued)}))
    }

    fn push_document(mut self, doc: Value) -> Self {
        let docs = self.json.as_object_mut().expect("an object");
        docs.entry("documents")
            .or_insert_with(|| json!([]))
            .as_array_mut()
            .expect("documents is a list")
            .push(doc);
        self
    }

    /// How many times the child was already queued in the settlement (cl. 15).
    pub fn times_queued(self, n: u32) -> Self {
        self.set("times_queued_in_settlement", json!(n))
    }

    /// An earlier priority referral left on `changed_on` (cl. 16).
    pub fn left_priority_referral(self, state_preschool: bool, changed_on: NaiveDate) -> Self {
        self.set(
            "previous_priority_referral",
            json!({"state_preschool": state_preschool, "changed_on": day(changed_on)}),
        )
    }

    /// The child attends a preschool and the parent wants another (cl. 19).
    pub fn changing_preschool(self) -> Self {
        self.set("changing_preschool", json!(true))
    }

    /// One admission fact (00403002): `field` of `admission`, e.g.
    /// `("emergency_measures", json!(true))`.
    pub fn admission_fact(self, field: &str, v: Value) -> Self {
        self.set(&format!("admission.{field}"), v)
    }

    /// Sets any field by its dotted path (objects are created on the way) —
    /// for tests of bad input, which the typed methods cannot write.
    pub fn set(mut self, path: &str, v: Value) -> Self {
        set_path(&mut self.json, path, v);
        self
    }

    /// Removes a field by its dotted path (tests of a missing field).
    pub fn without(mut self, path: &str) -> Self {
        let (parent, last) = match path.rsplit_once('.') {
            Some((p, l)) => (lookup_mut(&mut self.json, p), l),
            None => (Some(&mut self.json), path),
        };
        parent
            .and_then(Value::as_object_mut)
            .and_then(|o| o.remove(last))
            .unwrap_or_else(|| panic!("the case has no `{path}` to remove"));
        self
    }

    /// The case's JSON, as the CLI and the JS API take it.
    pub fn json(&self) -> Value {
        self.json.clone()
    }

    /// Parses the case through [`Case::from_json`].
    pub fn try_build(&self) -> Result<Case, CaseError> {
        Case::from_json(&self.json.to_string())
    }

    /// The case; panics with the error if the input is invalid.
    pub fn build(&self) -> Case {
        self.try_build()
            .unwrap_or_else(|e| panic!("{e}\n{:#}", self.json))
    }

    /// The evaluation of the case on the built-in calendar.
    pub fn evaluate(&self) -> Evaluation {
        crate::evaluate(&self.build()).expect("evaluates")
    }

    /// The evaluation as the CLI prints it.
    pub fn evaluate_json(&self) -> Value {
        wire(self.evaluate())
    }
}

/// An order-414 request, built in the law's terms and parsed through
/// [`Request::from_json`]: on the portal on Tuesday 15.12.2026 at 10:00
/// (the day before Independence Day) with the ordinary family (`{}`).
#[derive(Debug, Clone)]
pub struct RequestBuilder {
    json: Value,
}

impl RequestBuilder {
    /// A request for service `code` (a register code, e.g. `"00403008"`).
    pub fn service(code: &str) -> Self {
        RequestBuilder {
            json: json!({
                "service": code,
                "channel": "egov_portal",
                "as_of": "2026-12-15T10:00",
                "facts": {},
            }),
        }
    }

    /// The channel of application.
    pub fn channel(mut self, c: ServiceChannel) -> Self {
        self.json["channel"] = json!(c.name());
        self
    }

    /// The sub-type (Annex 2: accreditation or its extension).
    pub fn variant(mut self, v: Variant) -> Self {
        self.json["variant"] = json!(v.name());
        self
    }

    /// The instant of application.
    pub fn as_of(mut self, t: NaiveDateTime) -> Self {
        self.json["as_of"] = instant(t);
        self
    }

    /// The yes/no fact `name` (a [`catalogue::FLAGS`] name: a misspelt name
    /// panics here rather than being rejected later as an unknown field).
    pub fn fact(mut self, name: &str, v: bool) -> Self {
        assert!(
            catalogue::FLAGS.contains(&name),
            "`{name}` is not a yes/no fact of FamilyFacts"
        );
        self.json["facts"][name] = json!(v);
        self
    }

    /// The fact `name` holds.
    pub fn yes(self, name: &str) -> Self {
        self.fact(name, true)
    }

    /// The fact `name` does not hold.
    pub fn no(self, name: &str) -> Self {
        self.fact(name, false)
    }

    /// The child's birth date.
    pub fn child_born(mut self, d: NaiveDate) -> Self {
        self.json["facts"]["child_birth_date"] = day(d);
        self
    }

    /// The other children the application concerns, by birth date.
    pub fn other_children_born(mut self, ds: &[NaiveDate]) -> Self {
        self.json["facts"]["other_children_birth_dates"] = ds.iter().copied().map(day).collect();
        self
    }

    /// Merges the facts of a JSON object (as the golden tables give them).
    pub fn facts(mut self, facts: &Value) -> Self {
        let into = self.json["facts"].as_object_mut().expect("facts object");
        for (k, v) in facts.as_object().expect("facts are an object") {
            into.insert(k.clone(), v.clone());
        }
        self
    }

    /// The parent holds the checklist document `id` (receipt preview),
    /// valid until `valid_until` if it expires.
    pub fn holds(mut self, id: &str, valid_until: Option<NaiveDate>) -> Self {
        let doc = json!({"id": id, "valid_until": valid_until.map(day)});
        let held = self.json.as_object_mut().expect("an object");
        held.entry("documents_held")
            .or_insert_with(|| json!([]))
            .as_array_mut()
            .expect("a list")
            .push(doc);
        self
    }

    /// The parent was asked which documents they hold and holds none.
    pub fn holds_nothing(mut self) -> Self {
        self.json["documents_held"] = json!([]);
        self
    }

    /// Sets any field by its dotted path (tests of bad input).
    pub fn set(mut self, path: &str, v: Value) -> Self {
        set_path(&mut self.json, path, v);
        self
    }

    /// The request's JSON, as the CLI and the JS API take it.
    pub fn json(&self) -> Value {
        self.json.clone()
    }

    /// The family's facts alone (for the per-row functions), parsed by serde.
    pub fn family(&self) -> FamilyFacts {
        serde_json::from_value(self.json["facts"].clone())
            .unwrap_or_else(|e| panic!("family facts: {e}\n{:#}", self.json["facts"]))
    }

    /// Parses the request through [`Request::from_json`].
    pub fn try_build(&self) -> Result<Request, catalogue::CatalogueError> {
        Request::from_json(&self.json.to_string())
    }

    /// The request; panics with the error if the input is invalid.
    pub fn build(&self) -> Request {
        self.try_build()
            .unwrap_or_else(|e| panic!("{e}\n{:#}", self.json))
    }

    /// The evaluation on the built-in calendar.
    pub fn try_evaluate(&self) -> Result<catalogue::Evaluation, catalogue::CatalogueError> {
        catalogue::evaluate(&self.try_build()?, crate::calendar::Calendar::builtin())
    }

    /// The evaluation; panics with the error.
    pub fn evaluate(&self) -> catalogue::Evaluation {
        self.try_evaluate()
            .unwrap_or_else(|e| panic!("{e}\n{:#}", self.json))
    }

    /// The evaluation as the CLI prints it.
    pub fn evaluate_json(&self) -> Value {
        wire(self.evaluate())
    }
}

/// An order-414 request written whole as JSON, read through
/// [`Request::from_json`] and evaluated with the built-in calendar: the
/// evaluation as the CLI prints it (for table tests that spell the request).
pub fn evaluate_request_json(v: Value) -> Value {
    let req = Request::from_json(&v.to_string()).expect("request");
    wire(catalogue::evaluate(&req, crate::calendar::Calendar::builtin()).expect("evaluation"))
}

/// Family facts (an order-414 request's `facts`) written as JSON.
pub fn family_facts(v: Value) -> FamilyFacts {
    serde_json::from_value(v).expect("family facts")
}

fn set_path(root: &mut Value, path: &str, v: Value) {
    let mut at = root;
    let mut parts = path.split('.').peekable();
    while let Some(key) = parts.next() {
        let obj = at
            .as_object_mut()
            .unwrap_or_else(|| panic!("`{path}`: `{key}` is not inside an object"));
        if parts.peek().is_none() {
            obj.insert(key.to_owned(), v);
            return;
        }
        at = obj
            .entry(key.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

fn lookup_mut<'a>(root: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    path.split('.').try_fold(root, |v, k| v.get_mut(k))
}

/// The value at `path` in `v`: keys separated by `.`, a number indexes a
/// list, `name[]` maps the rest of the path over the list `name`
/// (`checklist[].id` is the list of the checklist's ids), and
/// `name[key=value]` picks the one item of the list whose `key` is `value`
/// (`checklist.items[document=referral].status`). A key that is not
/// there is an error naming it — a misspelt path fails, it is never skipped.
pub fn lookup(v: &Value, path: &str) -> Result<Value, String> {
    fn go(v: &Value, parts: &[&str], path: &str) -> Result<Value, String> {
        let Some((first, rest)) = parts.split_first() else {
            return Ok(v.clone());
        };
        if let Some((name, sel)) = first
            .strip_suffix(']')
            .and_then(|f| f.split_once('['))
            .filter(|(_, sel)| sel.contains('='))
        {
            let (key, want) = sel.split_once('=').expect("a selector");
            let list = v.get(name).ok_or_else(|| missing(v, name, path))?;
            let chosen: Vec<&Value> = list
                .as_array()
                .ok_or_else(|| format!("`{path}`: `{name}` is not a list"))?
                .iter()
                .filter(|item| item.get(key).and_then(Value::as_str) == Some(want))
                .collect();
            return match chosen[..] {
                [one] => go(one, rest, path),
                _ => Err(format!(
                    "`{path}`: {} items of `{name}` have {key} = {want}, not one",
                    chosen.len()
                )),
            };
        }
        if let Some(name) = first.strip_suffix("[]") {
            let list = if name.is_empty() {
                v
            } else {
                v.get(name).ok_or_else(|| missing(v, name, path))?
            };
            let items = list
                .as_array()
                .ok_or_else(|| format!("`{path}`: `{name}` is not a list"))?;
            return items
                .iter()
                .map(|item| go(item, rest, path))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array);
        }
        let next = match (v, first.parse::<usize>()) {
            (Value::Array(items), Ok(i)) => items.get(i),
            _ => v.get(first),
        };
        go(next.ok_or_else(|| missing(v, first, path))?, rest, path)
    }
    fn missing(v: &Value, key: &str, path: &str) -> String {
        let keys = v
            .as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>().join(", "))
            .unwrap_or_else(|| "not an object".to_owned());
        format!("`{path}`: no `{key}` (there: {keys})")
    }
    let parts: Vec<&str> = path.split('.').collect();
    go(v, &parts, path)
}

/// Whether `actual` matches `expected`: equal scalars; lists of the same
/// length matching item by item; and an expected object matches when each
/// of *its* keys is present in the actual object and matches — the fields a
/// golden row names are checked, the others are left to their own tests.
pub fn matches(actual: &Value, expected: &Value) -> bool {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => e
            .iter()
            .all(|(k, ev)| a.get(k).is_some_and(|av| matches(av, ev))),
        (Value::Array(a), Value::Array(e)) => {
            a.len() == e.len() && a.iter().zip(e).all(|(av, ev)| matches(av, ev))
        }
        (Value::Number(a), Value::Number(e)) => a.as_f64() == e.as_f64(),
        _ => actual == expected,
    }
}

/// Checks an expectation table (`{"path": expected, …}`) against an output:
/// every path must exist ([`lookup`]) and its value match ([`matches()`]).
/// Returns one line per failure.
pub fn check_expectations(actual: &Value, expect: &Map<String, Value>) -> Vec<String> {
    expect
        .iter()
        .filter_map(|(path, want)| match lookup(actual, path) {
            Err(e) => Some(e),
            Ok(got) if matches(&got, want) => None,
            Ok(got) => Some(format!("`{path}`: expected {want}, got {got}")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ordinary_case_is_valid_and_says_nothing_special() {
        let c = CaseBuilder::queue_registration().build();
        assert_eq!(c.service, Service::QueueRegistration);
        assert_eq!(c.channel, Channel::EgovPortal);
        assert_eq!(c.as_of, at(2026, 11, 23, 10, 0));
        assert_eq!(c.child.birth_date, date(2023, 5, 10));
        assert_eq!(c.family, crate::case::Family::default());
        assert!(!c.consent && c.documents.is_empty());
    }

    #[test]
    fn every_ground_is_written_where_the_case_reads_it() {
        for &g in Ground::ALL {
            let c = CaseBuilder::queue_registration().ground(g).build();
            let held = if g == Ground::SpecialEducationalNeeds {
                c.child.special_educational_needs
            } else {
                c.family.get(g)
            };
            assert!(held, "{g:?}");
        }
    }

    #[test]
    fn a_request_reads_its_facts_and_rejects_a_misspelt_one() {
        let r = RequestBuilder::service("00403008")
            .channel(ServiceChannel::STATE_CORPORATION)
            .yes("married")
            .child_born(date(2014, 5, 1))
            .build();
        assert_eq!(r.channel, ServiceChannel::STATE_CORPORATION);
        assert!(r.facts.married);
        assert_eq!(r.facts.child_birth_date, Some(date(2014, 5, 1)));
        let typo = std::panic::catch_unwind(|| RequestBuilder::service("00403008").yes("maried"));
        assert!(typo.is_err());
    }

    #[test]
    fn a_missing_or_misspelt_path_fails_the_expectation() {
        let v = json!({"a": {"b": [{"id": "x", "n": 1}, {"id": "y", "n": 2}]}});
        let ok = json!({"a.b[].id": ["x", "y"], "a.b.1.n": 2, "a.b": [{"id": "x"}, {"n": 2}],
            "a.b[id=y].n": 2});
        assert!(check_expectations(&v, ok.as_object().unwrap()).is_empty());
        for bad in [
            json!({"a.c": 1}),
            json!({"a.b[].idd": ["x", "y"]}),
            json!({"a.b[].id": ["x"]}),
            json!({"a.b": [{"id": "x", "m": 1}, {}]}),
            json!({"a.b.2": {}}),
            json!({"a.b[id=z].n": 2}),
            json!({"a.b[id=y].n": 3}),
        ] {
            assert_eq!(
                check_expectations(&v, bad.as_object().unwrap()).len(),
                1,
                "{bad}"
            );
        }
    }
}
