//! The citations an answer shares (issue 19): each place in the law is
//! written once per module, after a `DEFINE` word, and `answer.js` freezes
//! and keeps its object; every later citation of it is one `SHARED` word.
//! A citation is told from any other value by its newtype's name
//! ([`kezek_rules::Citation::SERDE_NAME`]) and known by its fields packed
//! into one number ([`citation_key`]), read by a serializer of its own.

use serde::ser::{self, Serialize};

use super::{Tape, DEFINE, R, SHARED};

/// The citations `answer.js` keeps, by their [`citation_key`]: a
/// direct-mapped table with linear probing, where a HashMap cost more than
/// the objects it saved (issue 19). Ids are never given twice: at most
/// `SLOTS` citations are shared, one given a slot keeps it.
#[derive(Default)]
pub(super) struct Shared {
    /// `SLOTS` slots of (key, id) once the first citation is written.
    slots: Vec<(u128, u32)>,
    /// Ids given so far.
    defined: u32,
}

/// Slots of [`Shared`] (a power of two): the places Kezek cites are a few
/// hundred.
const SLOTS: usize = 1024;

/// Slots looked at from a citation's own before it is written out unshared.
const PROBES: usize = 8;

/// An empty slot's key (no citation's: every key has its `act` bit).
const FREE: u128 = 0;

/// Where a citation's key stands in [`Shared`].
enum Slot {
    /// `answer.js` has its object, by this id.
    Kept(u32),
    /// Given this id now: its object follows for `answer.js` to keep.
    New(u32),
}

impl Shared {
    /// The slot of `key`, taking a free one for a new key; `None` when the
    /// probes find neither (the citation is then written out unshared).
    fn slot(&mut self, key: u128) -> Option<Slot> {
        if self.slots.is_empty() {
            self.slots = vec![(FREE, 0); SLOTS];
        }
        let folded = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        let first = (folded >> (64 - SLOTS.trailing_zeros())) as usize;
        for probe in 0..PROBES {
            let slot = &mut self.slots[(first + probe) % SLOTS];
            if slot.0 == key {
                return Some(Slot::Kept(slot.1));
            }
            if slot.0 == FREE {
                *slot = (key, self.defined);
                self.defined += 1;
                return Some(Slot::New(slot.1));
            }
        }
        None
    }
}

impl Tape {
    /// A citation: one `SHARED` word when `answer.js` has its object, else
    /// the object after a `DEFINE` word for `answer.js` to keep; written out
    /// unshared when it has no [`citation_key`] or the table is full.
    pub(super) fn citation<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        match citation_key(v).and_then(|key| self.shared.slot(key)) {
            Some(Slot::Kept(id)) => {
                self.put(SHARED | id << 6);
                return Ok(());
            }
            Some(Slot::New(id)) => self.put(DEFINE | id << 6),
            None => {}
        }
        v.serialize(self)
    }
}

/// A citation's fields packed into one number, the same for the same place
/// and different for different ones: 20 bits a field in the order written,
/// each the field's tag (3 bits), 1 and its value (16 bits): `act` (tag 1)
/// by its variant's index, `article` … `sub_item` (tags 2–6) by their number.
/// `None` for anything else (another field, a value over 16 bits), which is
/// then written out unshared.
fn citation_key<T: Serialize + ?Sized>(v: &T) -> Option<u128> {
    v.serialize(KeyOf).ok()
}

/// Reads a citation's fields into its key ([`citation_key`]).
struct KeyOf;

/// A citation field's value: an enum variant's index or a number below 2^16.
struct FieldValue;

/// Not a citation's shape.
#[derive(Debug)]
struct NotKey;

impl std::fmt::Display for NotKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a citation")
    }
}

impl std::error::Error for NotKey {}

impl ser::Error for NotKey {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotKey
    }
}

/// Serializer methods that refuse (`NotKey`).
macro_rules! not_key {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ok, NotKey> {
            Err(NotKey)
        }
    )*};
}

/// The rest of a Serializer (its types and methods but `SerializeStruct`):
/// refused.
macro_rules! refuse_rest {
    ($ok:ty; $($method:ident($($arg:ty),*);)*) => {
        type Ok = $ok;
        type Error = NotKey;
        type SerializeSeq = ser::Impossible<$ok, NotKey>;
        type SerializeTuple = ser::Impossible<$ok, NotKey>;
        type SerializeTupleStruct = ser::Impossible<$ok, NotKey>;
        type SerializeTupleVariant = ser::Impossible<$ok, NotKey>;
        type SerializeMap = ser::Impossible<$ok, NotKey>;
        type SerializeStructVariant = ser::Impossible<$ok, NotKey>;
        not_key! {$($method($($arg),*) -> $ok;)*}
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self, _: &'static str, _: u32, _: &'static str, _: &T,
        ) -> Result<$ok, NotKey> {
            Err(NotKey)
        }
        not_key! {
            serialize_seq(Option<usize>) -> ser::Impossible<$ok, NotKey>;
            serialize_tuple(usize) -> ser::Impossible<$ok, NotKey>;
            serialize_tuple_struct(&'static str, usize) -> ser::Impossible<$ok, NotKey>;
            serialize_tuple_variant(&'static str, u32, &'static str, usize) -> ser::Impossible<$ok, NotKey>;
            serialize_map(Option<usize>) -> ser::Impossible<$ok, NotKey>;
            serialize_struct_variant(&'static str, u32, &'static str, usize) -> ser::Impossible<$ok, NotKey>;
        }
    };
}

impl ser::Serializer for KeyOf {
    type SerializeStruct = KeyFields;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<KeyFields, NotKey> {
        Ok(KeyFields { key: 0, fields: 0 })
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<u128, NotKey> {
        Err(NotKey)
    }
    /// A [`Citation`](kezek_rules::Citation) itself: its fields.
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<u128, NotKey> {
        if name == kezek_rules::Citation::SERDE_NAME {
            v.serialize(self)
        } else {
            Err(NotKey)
        }
    }
    refuse_rest! {u128;
        serialize_bool(bool); serialize_i8(i8); serialize_i16(i16); serialize_i32(i32);
        serialize_i64(i64); serialize_u8(u8); serialize_u16(u16); serialize_u32(u32);
        serialize_u64(u64); serialize_f32(f32); serialize_f64(f64); serialize_char(char);
        serialize_str(&str); serialize_bytes(&[u8]); serialize_none(); serialize_unit();
        serialize_unit_struct(&'static str);
        serialize_unit_variant(&'static str, u32, &'static str);
    }
}

/// A citation's key as its fields come.
struct KeyFields {
    key: u128,
    fields: u32,
}

impl ser::SerializeStruct for KeyFields {
    type Ok = u128;
    type Error = NotKey;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        v: &T,
    ) -> Result<(), NotKey> {
        let tag: u128 = match name {
            "act" => 1,
            "article" => 2,
            "annex" => 3,
            "clause" => 4,
            "sub" => 5,
            "sub_item" => 6,
            _ => return Err(NotKey),
        };
        // Six fields of 20 bits fit in 128.
        if self.fields == 6 {
            return Err(NotKey);
        }
        self.fields += 1;
        let value = u128::from(v.serialize(FieldValue)?);
        self.key = self.key << 20 | tag << 17 | 1 << 16 | value;
        Ok(())
    }
    fn end(self) -> Result<u128, NotKey> {
        Ok(self.key)
    }
}

impl FieldValue {
    fn small(n: impl TryInto<u16>) -> Result<u32, NotKey> {
        n.try_into().map(u32::from).map_err(|_| NotKey)
    }
}

impl ser::Serializer for FieldValue {
    type SerializeStruct = ser::Impossible<u32, NotKey>;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
    ) -> Result<u32, NotKey> {
        Self::small(index)
    }
    fn serialize_u8(self, v: u8) -> Result<u32, NotKey> {
        Ok(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<u32, NotKey> {
        Ok(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<u32, NotKey> {
        Self::small(v)
    }
    fn serialize_u64(self, v: u64) -> Result<u32, NotKey> {
        Self::small(v)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<u32, NotKey> {
        v.serialize(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotKey> {
        Err(NotKey)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<u32, NotKey> {
        Err(NotKey)
    }
    refuse_rest! {u32;
        serialize_bool(bool); serialize_i8(i8); serialize_i16(i16); serialize_i32(i32);
        serialize_i64(i64); serialize_f32(f32); serialize_f64(f64); serialize_char(char);
        serialize_str(&str); serialize_bytes(&[u8]); serialize_none(); serialize_unit();
        serialize_unit_struct(&'static str);
    }
}

/// The shared citations' words (native: no JS involved).
#[cfg(test)]
mod tests {
    use super::super::{ARRAY, END, OBJECT};
    use super::*;
    use kezek_rules::citation::{Act, Citation};

    fn written<T: Serialize + ?Sized>(t: &mut Tape, value: &T) -> Vec<u32> {
        t.write(value).unwrap();
        t.tape.clone()
    }

    /// Every act, with fields absent, at zero, at one and at their largest.
    fn places() -> Vec<Citation> {
        let n16 = [None, Some(0), Some(1), Some(u16::MAX)];
        let n8 = [None, Some(0), Some(1), Some(u8::MAX)];
        let mut out = vec![];
        for act in Act::ALL {
            for article in n16 {
                for annex in n8 {
                    for clause in n16 {
                        for sub in n16 {
                            for sub_item in n16 {
                                out.push(Citation {
                                    act,
                                    article,
                                    annex,
                                    clause,
                                    sub,
                                    sub_item,
                                });
                            }
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn citation_keys_tell_every_place_apart() {
        let places = places();
        let keys: std::collections::HashSet<u128> = places
            .iter()
            .map(|c| citation_key(c).expect("every citation has a key"))
            .collect();
        assert_eq!(keys.len(), places.len());
        assert!(!keys.contains(&FREE));
    }

    #[test]
    fn a_citation_is_written_once_then_shared_from_answer_to_answer() {
        let a = Citation::annex(2, 8, Some(4));
        let b = Citation::clause(21);
        let mut t = Tape::default();
        // A fresh tape: DEFINE (id 0), then the object as any struct is written.
        let object = |c: Citation| written(&mut Tape::default(), &c)[1..].to_vec();
        assert_eq!(object(a)[0], OBJECT);
        let mut want = vec![ARRAY, DEFINE];
        want.extend(object(a));
        want.push(DEFINE | 1 << 6);
        want.extend(object(b));
        want.extend([SHARED, END]);
        assert_eq!(written(&mut t, &[a, b, a]), want);
        // The next answer: both already kept.
        assert_eq!(
            written(&mut t, &[b, a]),
            [ARRAY, SHARED | 1 << 6, SHARED, END]
        );
    }

    #[test]
    fn an_answer_not_written_forgets_the_shared_citations() {
        let a = Citation::clause(21);
        let mut t = Tape::default();
        written(&mut t, &[a]);
        let bad: std::collections::BTreeMap<(u8, u8), Citation> = [((1, 2), a)].into();
        assert!(t.write(&(a, bad)).is_err());
        // Defined again, not referred to: answer.js never got the failed tape.
        assert_eq!(written(&mut t, &[a])[1], DEFINE);
    }

    #[test]
    fn a_citation_is_the_json_serde_json_writes() {
        for c in [
            Citation::annex(2, 8, Some(4)),
            Citation::clause(21),
            Citation::law(Act::LabourCode, 84, None),
        ] {
            let json = serde_json::to_string(&c).unwrap();
            let parsed: Citation = serde_json::from_str(&json).unwrap();
            assert_eq!(parsed, c);
            assert!(!json.contains("null"), "{json}");
        }
        assert_eq!(
            serde_json::to_string(&Citation::annex(2, 8, Some(4))).unwrap(),
            r#"{"act":"order254","annex":2,"clause":8,"sub":4}"#
        );
    }
}
