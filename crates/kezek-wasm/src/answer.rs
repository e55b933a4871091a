//! An answer of the JS API as plain JS objects, built in one crossing
//! (issue 19): a serde `Serializer` writes the answer as a list of words
//! (the "tape": what each value is, in order), the numbers that are not
//! small integers, and one string holding every text, and `answer.js` builds
//! the objects from them. Building them field
//! by field through imports (serde-wasm-bindgen) cost ~180 µs for the 618
//! values of one evaluation in Chromium; JSON text and `JSON.parse` ~75 µs
//! for the parse alone.
//!
//! The objects are exactly the answer's JSON (the CLI's): `None` and unit are
//! `null`, maps and structs are objects, enum variants as serde_json writes
//! them, numbers as JS numbers, non-finite floats `null`. The tests compare
//! both on every example case and request.
//!
//! Field and variant names (`&'static str`) are sent as their address in
//! the module's memory: `answer.js` reads each once and keeps it.
//!
//! A citation (`kezek_rules::Citation`, a place in an act: a constant of the
//! law) is built once per module and shared: the first time a citation is
//! written its object follows a `DEFINE` word and `answer.js` freezes and
//! keeps it; every later one, in this answer or the next, is one `SHARED`
//! word. One evaluation cites ~40 places ~95 times: 353 of its 687 values
//! were citations' (issue 19). The answers are unchanged as JSON; their
//! citation objects are frozen, and equal ones are the same object.

use std::cell::RefCell;
use std::fmt::Write as _;

mod shared;
use shared::Shared;

use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/answer.js")]
extern "C" {
    fn kezek_build_answer(tape: &[u32], numbers: &[f64], text: &str, memory: &JsValue) -> JsValue;
}

// Tape words, as in answer.js: the low two bits say what the word is, the
// rest is its payload; every word stays below 2^30 (a small integer in V8,
// whatever the platform).
/// `null`, `true`, `false`, the start of a list or an object, the end of
/// one, a number from the numbers' list.
const NULL: u32 = 0;
const TRUE: u32 = 4;
const FALSE: u32 = 8;
const ARRAY: u32 = 12;
const OBJECT: u32 = 16;
const END: u32 = 20;
const NUMBER: u32 = 24;
/// A citation already defined (payload: its id, from bit 6): `28 | id << 6`.
const SHARED: u32 = 28;
/// A citation defined by the value that follows: `28 | 32 | id << 6`.
const DEFINE: u32 = 28 | 32;
/// An integer `0..2^28` (payload: the value).
const INTEGER: u32 = 1;
/// The next text (payload: its length in UTF-16 units; the texts follow
/// each other in `text`).
const TEXT: u32 = 2;
/// A field or variant name (payload: the length, 6 bits, and the address,
/// 22 bits, of its `&'static str`): `answer.js` reads it from the module's
/// memory the first time and keeps it.
const NAME: u32 = 3;
/// Bounds of the payloads.
const INTEGER_MAX: u64 = (1 << 28) - 1;
const NAME_LEN_MAX: usize = (1 << 6) - 1;
const NAME_ADDRESS_MAX: usize = (1 << 22) - 1;

/// The tape being written, reused from call to call.
#[derive(Default)]
pub(crate) struct Tape {
    tape: Vec<u32>,
    /// The numbers that are not small integers, in order.
    numbers: Vec<f64>,
    text: String,
    /// The citations defined so far, kept from answer to answer.
    shared: Shared,
}

thread_local! {
    static TAPE: RefCell<Tape> = RefCell::new(Tape::default());
}

/// `value` as plain JS objects (its JSON as `JSON.parse` gives it).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    TAPE.with(|t| {
        let mut t = t.borrow_mut();
        let written = t.write(value);
        let out = written
            .map(|()| kezek_build_answer(&t.tape, &t.numbers, &t.text, &wasm_bindgen::memory()));
        // Keep the buffers (the next answer is alike) but not an outsized one;
        // the shared citations are kept (answer.js keeps them).
        if t.text.capacity() > 1 << 20 || t.tape.capacity() > 1 << 17 {
            let shared = std::mem::take(&mut t.shared);
            *t = Tape {
                shared,
                ..Tape::default()
            };
        }
        out.map_err(|e| crate::js_error("output.serialize", "", &e.0))
    })
}

/// A value that cannot be written (a map key that is not text or a number).
#[derive(Debug)]
pub(crate) struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// UTF-16 units of `s` (JS string lengths).
fn units(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    }
}

impl Tape {
    /// Writes `value` from an empty tape. When it cannot be written the
    /// citations it defined are forgotten (that tape never reaches
    /// `answer.js`), and with them every shared one: the next answer defines
    /// them again.
    fn write<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        self.tape.clear();
        self.numbers.clear();
        self.text.clear();
        let written = value.serialize(&mut *self);
        if written.is_err() {
            self.shared = Shared::default();
        }
        written
    }

    #[inline(always)]
    fn put(&mut self, word: u32) {
        let len = self.tape.len();
        if len == self.tape.capacity() {
            self.grow();
        }
        // SAFETY: `len < capacity` (reserved just above when it was not).
        unsafe {
            self.tape.as_mut_ptr().add(len).write(word);
            self.tape.set_len(len + 1);
        }
    }

    #[inline(never)]
    fn grow(&mut self) {
        self.tape.reserve(1024);
    }

    /// A text of `units` UTF-16 units, already appended to `text`.
    fn text_of(&mut self, units: usize) {
        self.put(TEXT | (units as u32) << 2);
    }

    #[inline(never)]
    fn text(&mut self, s: &str) {
        self.text.push_str(s);
        self.text_of(units(s));
    }

    #[inline(always)]
    fn name(&mut self, name: &'static str) {
        let (address, len) = (name.as_ptr() as usize, name.len());
        if address <= NAME_ADDRESS_MAX && len <= NAME_LEN_MAX {
            self.put(NAME | (len as u32) << 2 | (address as u32) << 8);
        } else {
            self.text(name);
        }
    }

    /// Opens a list or an object (`code`), inside a `{variant: ...}` object
    /// when it is an enum variant's.
    fn open(&mut self, variant: Option<&'static str>, code: u32) -> Result<&mut Self, Error> {
        if let Some(variant) = variant {
            self.put(OBJECT);
            self.name(variant);
        }
        self.put(code);
        Ok(self)
    }

    #[inline(always)]
    fn integer(&mut self, n: u64) {
        if n <= INTEGER_MAX {
            self.put(INTEGER | (n as u32) << 2);
        } else {
            self.number(n as f64);
        }
    }

    fn number(&mut self, n: f64) {
        if n.is_finite() {
            self.put(NUMBER);
            self.numbers.push(n);
        } else {
            self.put(NULL);
        }
    }
}

type R = Result<(), Error>;

/// Integers, as JS numbers (as serde_json's text read by `JSON.parse`: beyond
/// 2^53 the nearest double).
macro_rules! as_number {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> R {
            match u64::try_from(v) {
                Ok(n) => self.integer(n),
                Err(_) => self.number(v as f64),
            }
            Ok(())
        }
    )*};
}

impl ser::Serializer for &mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> R {
        self.put(if v { TRUE } else { FALSE });
        Ok(())
    }
    as_number!(
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64
    );
    /// As serde_json: the shortest decimal of the `f32`, read as a JS number.
    fn serialize_f32(self, v: f32) -> R {
        self.number(v.to_string().parse().unwrap_or(f64::NAN));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> R {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> R {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> R {
        self.text(v);
        Ok(())
    }
    /// Written straight into the text (a date is not first made a `String`).
    fn collect_str<T: std::fmt::Display + ?Sized>(self, v: &T) -> R {
        let from = self.text.len();
        write!(self.text, "{v}").map_err(|_| Error("a value could not be written".into()))?;
        let units = units(&self.text[from..]);
        self.text_of(units);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        self.put(ARRAY);
        for &b in v {
            self.integer(b.into());
        }
        self.put(END);
        Ok(())
    }
    fn serialize_none(self) -> R {
        self.put(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.put(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.put(NULL);
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.name(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, v: &T) -> R {
        if name == kezek_rules::Citation::SERDE_NAME {
            return self.citation(v);
        }
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        self.put(OBJECT);
        self.name(variant);
        v.serialize(&mut *self)?;
        self.put(END);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.open(None, ARRAY)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Error> {
        self.open(None, ARRAY)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        self.open(None, ARRAY)
    }
    /// `{variant: [...]}`, as serde_json writes it.
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        self.open(Some(variant), ARRAY)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Error> {
        self.open(None, OBJECT)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        self.open(None, OBJECT)
    }
    /// `{variant: {...}}`, as serde_json writes it.
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        self.open(Some(variant), OBJECT)
    }
}

/// The lists and objects whose elements are written as they come (serde asks
/// for each kind separately): a struct's fields after their name; the end
/// closes an enum variant's `{variant: ...}` object too (two `END`s).
macro_rules! compound {
    ($($kind:ident::$method:ident($($key:ident)?) ends $ends:literal;)*) => {$(
        impl ser::$kind for &mut Tape {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, $($key: &'static str,)? v: &T) -> R {
                $(self.name($key);)?
                v.serialize(&mut **self)
            }
            fn end(self) -> R {
                for _ in 0..$ends {
                    self.put(END);
                }
                Ok(())
            }
        }
    )*};
}

compound! {
    SerializeSeq::serialize_element() ends 1;
    SerializeTuple::serialize_element() ends 1;
    SerializeTupleStruct::serialize_field() ends 1;
    SerializeTupleVariant::serialize_field() ends 2;
    SerializeStruct::serialize_field(key) ends 1;
    SerializeStructVariant::serialize_field(key) ends 2;
}

impl ser::SerializeMap for &mut Tape {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> R {
        k.serialize(MapKey(self))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        v.serialize(&mut **self)
    }
    fn end(self) -> R {
        self.put(END);
        Ok(())
    }
}

/// A map key: text, or a number or bool written as text (as serde_json does).
struct MapKey<'a>(&'a mut Tape);

impl MapKey<'_> {
    fn shown(self, v: impl std::fmt::Display) -> R {
        self.0.text(&v.to_string());
        Ok(())
    }
}

fn not_a_key() -> Error {
    Error("a map key must be text or a number".into())
}

/// Map keys that serde_json writes as the text of the value.
macro_rules! shown_as_text {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> R {
            self.shown(v)
        }
    )*};
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    shown_as_text!(
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_char: char
    );
    fn serialize_f32(self, _: f32) -> R {
        Err(not_a_key())
    }
    fn serialize_f64(self, _: f64) -> R {
        Err(not_a_key())
    }
    fn serialize_str(self, v: &str) -> R {
        self.0.text(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Err(not_a_key())
    }
    fn serialize_none(self) -> R {
        Err(not_a_key())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> R {
        Err(not_a_key())
    }
    fn serialize_unit(self) -> R {
        Err(not_a_key())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        Err(not_a_key())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.0.name(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> R {
        Err(not_a_key())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(not_a_key())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(not_a_key())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(not_a_key())
    }
}

/// Every kind of value the tape carries, against serde_json's text read by
/// `JSON.parse`: names too long for a name word (sent as text), integers
/// beyond a word and negative, floats and non-finite ones, map keys that are
/// numbers, text outside ASCII, each kind of enum variant.
#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;
    use wasm_bindgen_test::*;

    #[derive(Serialize)]
    enum Variant {
        Unit,
        Newtype(u8),
        Tuple(i8, char),
        Struct { a: Option<u16>, b: () },
    }

    #[derive(Serialize)]
    struct Every {
        a_field_name_longer_than_sixty_three_bytes_is_written_as_a_text_key: bool,
        small: u32,
        large: u64,
        beyond_2_53: u64,
        negative: i64,
        half: f64,
        third: f32,
        not_a_number: f64,
        infinite: f32,
        minus_zero: f64,
        text: String,
        date: chrono::NaiveDate,
        bytes: serde_bytes_like::Bytes,
        numbered: BTreeMap<i32, Vec<Variant>>,
        flagged: BTreeMap<bool, Option<Variant>>,
        nested: Vec<Vec<()>>,
    }

    /// Bytes through `serialize_bytes` (serde's `[u8]` is a sequence).
    mod serde_bytes_like {
        pub struct Bytes(pub Vec<u8>);
        impl serde::Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(&self.0)
            }
        }
    }

    fn stringified(v: &wasm_bindgen::JsValue) -> String {
        js_sys::JSON::stringify(v).unwrap().as_string().unwrap()
    }

    #[wasm_bindgen_test]
    fn every_kind_of_value_is_its_json_as_json_parse_reads_it() {
        let every = Every {
            a_field_name_longer_than_sixty_three_bytes_is_written_as_a_text_key: true,
            small: 268_435_455,
            large: 268_435_456,
            beyond_2_53: u64::MAX,
            negative: -7,
            half: 0.5,
            third: 1.0 / 3.0,
            not_a_number: f64::NAN,
            infinite: f32::INFINITY,
            minus_zero: -0.0,
            text: "Қазақ «тілі» 😀 \"\\\u{1}".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
            bytes: serde_bytes_like::Bytes(vec![0, 255]),
            numbered: BTreeMap::from([
                (-1, vec![Variant::Unit, Variant::Newtype(3)]),
                (2, vec![Variant::Tuple(-1, 'ё')]),
            ]),
            flagged: BTreeMap::from([
                (false, None),
                (true, Some(Variant::Struct { a: Some(1), b: () })),
            ]),
            nested: vec![vec![], vec![()]],
        };
        for _ in 0..2 {
            let got = super::to_js(&every).unwrap();
            let want = js_sys::JSON::parse(&serde_json::to_string(&every).unwrap()).unwrap();
            assert_eq!(stringified(&got), stringified(&want));
        }
    }
}
