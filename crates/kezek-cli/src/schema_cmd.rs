//! `kezek schema`: the JSON Schemas (draft 2020-12) of Kezek's wire format,
//! generated from the Rust types with schemars (the `schema` feature of
//! `kezek-rules` and `kezek-queue`). [`SCHEMAS`] is the one list of them:
//! `kezek schema --out schema` writes the committed `schema/` directory from
//! it, `scripts/build.sh` ships that directory in `dist/schema/` and
//! `pkg/schema/`, and `tests/schema.rs` fails when the two differ.
//!
//! An input's schema says what Kezek reads (aliases included: a request's
//! `submitted` for `as_of`, the channels `office` and `portal`); an output's
//! says exactly what Kezek writes, every object closed
//! (`additionalProperties: false`), so a field added to an output comes with
//! its schema in the same commit.

use std::path::Path;

use clap::Args;
use kezek_rules::reason::ReasonCode;
use kezek_rules::wire::ErrorObject;
use schemars::generate::SchemaSettings;
use schemars::transform::{RecursiveTransform, Transform};
use schemars::{JsonSchema, Schema};

use crate::{Failure, Outcome};

/// `kezek schema`.
#[derive(Debug, Args)]
#[command(after_help = "\
Without arguments, lists the schema files. With NAME, prints that schema. With --out DIR, writes
every schema into DIR (the repository's schema/ directory: `kezek schema --out schema`).")]
pub struct SchemaArgs {
    /// One schema file to print, e.g. order254-case.schema.json.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Write every schema file into this directory.
    #[arg(long, value_name = "DIR", conflicts_with = "name")]
    out: Option<String>,
}

/// Whether Kezek reads a document or writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Kezek reads it: everything accepted, aliases included.
    Input,
    /// Kezek writes it: exactly its fields.
    Output,
}

/// One schema file of `schema/`.
pub struct SchemaFile {
    /// The file name.
    pub file: &'static str,
    /// Read or written.
    pub direction: Direction,
    /// Its title: what the document is and which doors read or write it.
    pub title: &'static str,
    /// The schema, from the Rust type.
    generate: fn(Direction) -> Schema,
}

/// Every schema file, in the order `kezek schema` lists them.
pub const SCHEMAS: &[SchemaFile] = &[
    SchemaFile {
        file: "order254-case.schema.json",
        direction: Direction::Input,
        title: "Kezek: a case of order No. 254 (queue registration 00403001, admission 00403002), the input of `kezek evaluate` and the JS API's evaluate()/checklist()",
        generate: schema_of::<kezek_rules::Case>,
    },
    SchemaFile {
        file: "order254-evaluation.schema.json",
        direction: Direction::Output,
        title: "Kezek: the evaluation of an order No. 254 case, the output of `kezek evaluate` and the JS API's evaluate()",
        generate: schema_of::<kezek_rules::Evaluation>,
    },
    SchemaFile {
        file: "order254-application.schema.json",
        direction: Direction::Output,
        title: "Kezek: the prepared application of order No. 254 (kezek.application/1, the Annex 1 and Annex 5 forms), the `application.application` of an evaluation and the payload of the hand-off",
        generate: schema_of::<kezek_rules::payload::Application>,
    },
    SchemaFile {
        file: "order414-request.schema.json",
        direction: Direction::Input,
        title: "Kezek: a request for a family-and-children service of order No. 414, the input of `kezek evaluate` and the JS API's evaluateService()/prepareService()",
        generate: schema_of::<kezek_rules::catalogue::Request>,
    },
    SchemaFile {
        file: "order414-evaluation.schema.json",
        direction: Direction::Output,
        title: "Kezek: the evaluation of an order No. 414 request, the output of `kezek evaluate` and the JS API's evaluateService()",
        generate: schema_of::<kezek_rules::catalogue::Evaluation>,
    },
    SchemaFile {
        file: "order414-prepared.schema.json",
        direction: Direction::Output,
        title: "Kezek: the prepared application of an order No. 414 service (kezek.catalogue-application/1) with its SHA-256, the output of the JS API's prepareService(); its `application` is the `payload` of the hand-off (`application-prepared`)",
        generate: schema_of::<kezek_rules::catalogue::Prepared>,
    },
    SchemaFile {
        file: "queue-snapshot.schema.json",
        direction: Direction::Input,
        title: "Kezek: a settlement's queue snapshot (kezek.snapshot/1), the input of `kezek position`/`kezek forecast`, the JS API's position()/forecast() and the app's queue step",
        generate: schema_of::<kezek_queue::Snapshot>,
    },
    SchemaFile {
        file: "error.schema.json",
        direction: Direction::Output,
        title: "Kezek: the one error object {code, field, line?, message} of every door (`--json` errors of the CLI, the JS API's thrown Error, the embedding bridge)",
        generate: schema_of::<ErrorObject>,
    },
];

impl SchemaFile {
    /// The schema, as `kezek schema` writes it: pretty JSON and a newline.
    pub fn text(&self) -> String {
        let mut schema = (self.generate)(self.direction);
        schema.insert("title".into(), self.title.into());
        let mut text = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
        text.push('\n');
        text
    }
}

/// The schema of `T` for reading (serde's deserialize view) or writing.
fn schema_of<T: JsonSchema>(direction: Direction) -> Schema {
    let settings = SchemaSettings::draft2020_12();
    let settings = match direction {
        Direction::Input => settings.for_deserialize(),
        Direction::Output => settings.for_serialize(),
    };
    let mut schema = settings.into_generator().into_root_schema_for::<T>();
    RecursiveTransform(tidy_description).transform(&mut schema);
    if direction == Direction::Output {
        RecursiveTransform(close_object).transform(&mut schema);
    }
    schema
}

/// A description is the type's or field's doc comment, said for an
/// integrator who reads the wire, not the Rust source: its hard line breaks
/// become spaces (paragraphs stay), a reason code is named by its wire code
/// (`ReasonCode::DocExpired` → `doc.expired`, from the enum's own
/// [`ReasonCode::code`]), and rustdoc's link syntax goes — a link with its
/// own text (`[text](path)`) keeps the text, `` [`X`] `` keeps `` `X` ``.
/// `tests/schema.rs` checks that no description still names a Rust path.
fn tidy_description(schema: &mut Schema) {
    if let Some(serde_json::Value::String(d)) = schema.get_mut("description") {
        let joined = d
            .split("\n\n")
            .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n\n");
        *d = reason_codes(&link_texts(&joined))
            .replace("[`", "`")
            .replace("`]", "`");
    }
}

/// `[text](target)` → `text`: a rustdoc link with its own text keeps the
/// text (the target is a Rust path). Brackets not followed by a
/// one-word target are left as they are.
fn link_texts(d: &str) -> String {
    let mut out = String::with_capacity(d.len());
    let mut rest = d;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let target = &after[close + 2..];
            let end = target.find(')')?;
            let t = &target[..end];
            let plain =
                !after[..close].contains('[') && !t.is_empty() && !t.contains(char::is_whitespace);
            plain.then_some((close, close + 2 + end + 1))
        });
        match link {
            Some((close, next)) => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                rest = &after[next..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `ReasonCode::Variant` (with any `crate::reason::` before it) → its wire
/// code, `category.out_of_turn`; a name that is no variant is left as it is
/// (and the schema test says so).
fn reason_codes(d: &str) -> String {
    const PATH: &str = "ReasonCode::";
    let mut out = String::with_capacity(d.len());
    let mut rest = d;
    while let Some(at) = rest.find(PATH) {
        let before = &rest[..at];
        let before = ["crate::reason::", "reason::"]
            .iter()
            .find_map(|p| before.strip_suffix(p))
            .unwrap_or(before);
        let after = &rest[at + PATH.len()..];
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..end];
        out.push_str(before);
        match ReasonCode::ALL.iter().find(|r| format!("{r:?}") == name) {
            Some(r) => out.push_str(r.code()),
            None => {
                out.push_str(PATH);
                out.push_str(name);
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// An object Kezek writes has exactly its properties.
fn close_object(schema: &mut Schema) {
    if schema.get("properties").is_some() && schema.get("additionalProperties").is_none() {
        schema.insert("additionalProperties".into(), false.into());
    }
}

/// `kezek schema [NAME] [--out DIR]`.
pub fn schema(a: &SchemaArgs) -> Outcome {
    if let Some(dir) = &a.out {
        return write_all(Path::new(dir));
    }
    match &a.name {
        None => Ok(SCHEMAS
            .iter()
            .map(|s| s.file)
            .collect::<Vec<_>>()
            .join("\n")),
        Some(name) => SCHEMAS
            .iter()
            .find(|s| s.file == name.as_str())
            .map(|s| s.text().trim_end().to_owned())
            .ok_or_else(|| {
                Failure::Input(ErrorObject::new(
                    "cli.bad_argument",
                    "NAME",
                    format!(
                        "no schema `{name}`; `kezek schema` lists them: {}",
                        SCHEMAS
                            .iter()
                            .map(|s| s.file)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ))
            }),
    }
}

/// Writes every schema into `dir`; prints what it wrote. A directory that
/// cannot be made or written is a write error, `output.unwritable` at
/// `--out`, as an answer that cannot be written is.
fn write_all(dir: &Path) -> Outcome {
    let failed = |e: std::io::Error| {
        Failure::Input(ErrorObject::new(
            "output.unwritable",
            "--out",
            format!("cannot write into {}: {e}", dir.display()),
        ))
    };
    std::fs::create_dir_all(dir).map_err(failed)?;
    let mut written = Vec::new();
    for s in SCHEMAS {
        let path = dir.join(s.file);
        std::fs::write(&path, s.text()).map_err(failed)?;
        written.push(path.display().to_string());
    }
    Ok(written.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_name_wire_codes_and_drop_rustdoc_links() {
        let mut s = Schema::default();
        s.insert(
            "description".into(),
            "Beside [`ReasonCode::DocExpired`] (and\n[`crate::reason::ReasonCode::DocMissing`]): the\n[`uncertain`](ReceiptPreview::uncertain) list, [more](FamilyFacts::on_acceptance_day); [`Kept`], [a] (b)."
                .into(),
        );
        tidy_description(&mut s);
        assert_eq!(
            s.get("description").unwrap(),
            "Beside `doc.expired` (and `doc.missing`): the `uncertain` list, more; `Kept`, [a] (b)."
        );
    }
}
