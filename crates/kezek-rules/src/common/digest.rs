//! The digest of a prepared application («бақылау сомасы»): SHA-256 of its
//! canonical bytes, as 64 lowercase hex digits. The preschool application
//! (`kezek.application/1`, [`crate::payload`]) and the catalogue application
//! (`kezek.catalogue-application/1`, [`crate::catalogue::prepare`]) are
//! digested here, so an integrator checks both the same way.

use std::io;

use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};
use sha2::{Digest, Sha256};

/// The canonical JSON of `value` («канондық түрі»): UTF-8, every object's
/// keys sorted by code point, no insignificant whitespace, numbers and string
/// escapes exactly as `serde_json` writes them.
///
/// Written in one pass from the value's `Serialize` (no intermediate
/// `serde_json::Value`, issue 19): [`Canonical`] writes each object's
/// members as they come and, where they did not come in order, sorts them in
/// place when the object closes.
pub fn canonical_json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::with_capacity(512);
    let mut ser = serde_json::Serializer::with_formatter(
        io::sink(),
        Canonical {
            out: &mut out,
            objects: Vec::new(),
            members: Vec::new(),
        },
    );
    if value.serialize(&mut ser).is_err() {
        return "null".to_owned();
    }
    // Only whole UTF-8 strings and ASCII punctuation were written.
    String::from_utf8(out).unwrap_or_else(|_| "null".to_owned())
}

/// A `serde_json` formatter that writes into `out` (the writer it is handed
/// is a sink) and sorts each object's members by key when the object ends.
struct Canonical<'a> {
    out: &'a mut Vec<u8>,
    /// For each open object: where its members start in `members`.
    objects: Vec<usize>,
    /// The members of the open objects: `(start, end)` byte ranges of
    /// `"key":value` in `out` (a member's range excludes the comma before it).
    members: Vec<(usize, usize)>,
}

/// The key of a member `"key":value` written at `bytes`, unescaped, as bytes
/// (code-point order is UTF-8 byte order).
fn member_key(bytes: &[u8]) -> impl Iterator<Item = u8> + '_ {
    let mut i = 1; // after the opening quote
    std::iter::from_fn(move || {
        let b = *bytes.get(i)?;
        match b {
            b'"' => None,
            b'\\' => {
                let e = *bytes.get(i + 1)?;
                i += 2;
                Some(match e {
                    b'b' => 0x08,
                    b'f' => 0x0c,
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    // serde_json writes `\u00XX` only for control characters.
                    b'u' => {
                        let hex = std::str::from_utf8(bytes.get(i..i + 4)?).ok()?;
                        i += 4;
                        u8::from_str_radix(hex, 16).ok()?
                    }
                    other => other, // `\"` and `\\`
                })
            }
            _ => {
                i += 1;
                Some(b)
            }
        }
    })
}

/// The key of a member `"key":...` written at `bytes` as it is written, when
/// it has no escape (then its bytes are the key's UTF-8 bytes); `None` when
/// it has one.
fn unescaped_key(bytes: &[u8]) -> Option<&[u8]> {
    let body = bytes.get(1..)?;
    let end = body.iter().position(|&b| b == b'"' || b == b'\\')?;
    (body[end] == b'"').then(|| &body[..end])
}

/// The code-point order of the keys of the members written at `a` and `b`:
/// compared as written when neither has an escape (the field names of every
/// answer: one evaluation sorts ~90 objects' members for its digest, issue
/// 19), unescaped byte by byte otherwise.
fn key_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    match (unescaped_key(a), unescaped_key(b)) {
        (Some(a), Some(b)) => a.cmp(b),
        _ => member_key(a).cmp(member_key(b)),
    }
}

macro_rules! forward {
    ($($name:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $name<W: ?Sized + io::Write>(&mut self, _: &mut W, $($arg: $ty),*) -> io::Result<()> {
            CompactFormatter.$name(self.out, $($arg),*)
        }
    )*};
}

impl Formatter for Canonical<'_> {
    forward! {
        write_null();
        write_bool(value: bool);
        write_i8(value: i8);
        write_i16(value: i16);
        write_i32(value: i32);
        write_i64(value: i64);
        write_i128(value: i128);
        write_u8(value: u8);
        write_u16(value: u16);
        write_u32(value: u32);
        write_u64(value: u64);
        write_u128(value: u128);
        write_f32(value: f32);
        write_f64(value: f64);
        write_number_str(value: &str);
        begin_string();
        end_string();
        write_string_fragment(fragment: &str);
        write_char_escape(char_escape: CharEscape);
        write_raw_fragment(fragment: &str);
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        end_object_key();
        begin_object_value();
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.out.push(b'{');
        self.objects.push(self.members.len());
        Ok(())
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        _: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if !first {
            self.out.push(b',');
        }
        self.members.push((self.out.len(), 0));
        Ok(())
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        let end = self.out.len();
        if let Some(m) = self.members.last_mut() {
            m.1 = end;
        }
        Ok(())
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        let from = self.objects.pop().unwrap_or(0);
        let out = &mut *self.out;
        let members = &mut self.members[from..];
        let order =
            |&(a, _): &(usize, usize), &(b, _): &(usize, usize)| key_order(&out[a..], &out[b..]);
        if !members.is_sorted_by(|a, b| order(a, b).is_le()) {
            members.sort_by(order);
            // Rewrite the object's members in key order (same bytes, same length).
            let start = members.iter().map(|m| m.0).min().unwrap_or(out.len());
            let mut sorted = Vec::with_capacity(out.len() - start);
            for (i, &(s, e)) in members.iter().enumerate() {
                if i > 0 {
                    sorted.push(b',');
                }
                sorted.extend_from_slice(&out[s..e]);
            }
            out.truncate(start);
            out.extend_from_slice(&sorted);
        }
        self.members.truncate(from);
        out.push(b'}');
        Ok(())
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{canonical_json, sha256_hex};
    use proptest::prelude::*;
    use serde::ser::{SerializeMap, Serializer};

    /// The canonical form by its definition: through `serde_json::Value`,
    /// sorting every object's keys explicitly.
    fn sorted_by_definition(v: &serde_json::Value) -> String {
        use serde_json::Value;
        match v {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                let members: Vec<String> = keys
                    .into_iter()
                    .map(|k| {
                        let key = serde_json::to_string(k).unwrap();
                        format!("{key}:{}", sorted_by_definition(&map[k]))
                    })
                    .collect();
                format!("{{{}}}", members.join(","))
            }
            Value::Array(items) => {
                let items: Vec<String> = items.iter().map(sorted_by_definition).collect();
                format!("[{}]", items.join(","))
            }
            other => other.to_string(),
        }
    }

    /// An object whose members serialize in the order given (not sorted).
    #[derive(Debug, Clone)]
    struct Unsorted(Vec<(String, Member)>);

    #[derive(Debug, Clone)]
    enum Member {
        Text(String),
        Number(i64),
        List(Vec<Unsorted>),
        Object(Unsorted),
    }

    impl serde::Serialize for Unsorted {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(self.0.len()))?;
            for (k, v) in &self.0 {
                m.serialize_entry(k, v)?;
            }
            m.end()
        }
    }

    impl serde::Serialize for Member {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                Member::Text(t) => s.serialize_str(t),
                Member::Number(n) => s.serialize_i64(*n),
                Member::List(l) => s.collect_seq(l),
                Member::Object(o) => o.serialize(s),
            }
        }
    }

    /// Objects with distinct keys (quotes, backslashes, control characters,
    /// Cyrillic, Kazakh letters) in any order, nested.
    fn unsorted() -> impl Strategy<Value = Unsorted> {
        let key = "[a-z_\"\\\\\u{1}\n\t/аәбқңөұүһі€😀]{0,6}";
        let leaf = prop_oneof![
            "[a-zа-я\"\\\\\n]{0,8}".prop_map(Member::Text),
            any::<i64>().prop_map(Member::Number),
        ];
        let flat = proptest::collection::btree_map(key, leaf.clone(), 0..6).prop_shuffle_members();
        flat.prop_recursive(3, 24, 4, move |inner| {
            proptest::collection::btree_map(
                key,
                prop_oneof![
                    leaf.clone(),
                    inner.clone().prop_map(Member::Object),
                    proptest::collection::vec(inner, 0..3).prop_map(Member::List),
                ],
                0..5,
            )
            .prop_shuffle_members()
        })
    }

    trait ShuffleMembers {
        fn prop_shuffle_members(self) -> BoxedStrategy<Unsorted>;
    }

    impl<S: Strategy<Value = std::collections::BTreeMap<String, Member>> + 'static> ShuffleMembers
        for S
    {
        fn prop_shuffle_members(self) -> BoxedStrategy<Unsorted> {
            self.prop_map(|m| m.into_iter().collect::<Vec<_>>())
                .prop_shuffle()
                .prop_map(Unsorted)
                .boxed()
        }
    }

    proptest! {
        /// The one-pass writer gives the bytes the definition gives, whatever
        /// order the members come in.
        #[test]
        fn canonical_json_is_the_explicitly_sorted_form(v in unsorted()) {
            let by_definition = sorted_by_definition(&serde_json::to_value(&v).unwrap());
            prop_assert_eq!(canonical_json(&v), by_definition);
        }
    }

    /// Every example case's prepared application: the same bytes as the
    /// definition (the digest an integrator checks does not change).
    #[test]
    fn every_example_application_is_canonical_by_definition() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cases");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let Ok(case) = crate::Case::from_json(&text) else {
                continue;
            };
            let p = crate::evaluate(&case).unwrap().application;
            let by_definition =
                sorted_by_definition(&serde_json::to_value(&p.application).unwrap());
            assert_eq!(p.canonical, by_definition);
            assert_eq!(p.sha256, sha256_hex(by_definition.as_bytes()));
            n += 1;
        }
        assert!(n >= 10, "{n} example cases read");
    }

    /// The FIPS 180-2 test vectors: the empty message and "abc".
    #[test]
    fn sha256_hex_matches_the_standard_vectors() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
