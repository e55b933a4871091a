//! An answer of the JS API as plain JS objects, built in one crossing
//! (issue 19): a serde `Serializer` writes the answer as a list of numbers
//! (the "tape": what each value is, in order) and one string holding every
//! text, and `answer.js` builds the objects from the two. Building them field
//! by field through imports (serde-wasm-bindgen) cost ~180 µs for the 618
//! values of one evaluation in Chromium; JSON text and `JSON.parse` ~75 µs
//! for the parse alone.
//!
//! The objects are exactly the answer's JSON (the CLI's): `None` and unit are
//! `null`, maps and structs are objects, enum variants as serde_json writes
//! them, numbers as JS numbers, non-finite floats `null`. The tests compare
//! both on every example case and request.
//!
//! Field and variant names (`&'static str`) get an id the first time they
//! are written and are sent as text only then; `answer.js` keeps them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/answer.js")]
extern "C" {
    fn kezek_build_answer(tape: &[f64], text: &str) -> JsValue;
}

// Tape codes, as in answer.js.
const NULL: f64 = 0.0;
const TRUE: f64 = 1.0;
const FALSE: f64 = 2.0;
const NUMBER: f64 = 3.0;
const TEXT: f64 = 4.0;
const ARRAY: f64 = 5.0;
const OBJECT: f64 = 6.0;
const END: f64 = 7.0;
const NAME: f64 = 8.0;
const NEW_NAME: f64 = 9.0;

/// Hashes a `&'static str`'s address (names are compared by address).
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The tape being written, reused from call to call.
#[derive(Default)]
pub(crate) struct Tape {
    tape: Vec<f64>,
    text: String,
    /// Length of `text` in UTF-16 units (JS string offsets).
    text_units: usize,
    /// Ids of the names sent so far, by address and length.
    names: HashMap<(usize, usize), u32, BuildHasherDefault<AddressHasher>>,
    /// The last name seen at each slot of its address: most lookups end here.
    recent: Vec<(usize, usize, u32)>,
}

/// Slots of [`Tape::recent`].
const RECENT: usize = 256;

thread_local! {
    static TAPE: RefCell<Tape> = RefCell::new(Tape::default());
}

/// `value` as plain JS objects (its JSON as `JSON.parse` gives it).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    TAPE.with(|t| {
        let mut t = t.borrow_mut();
        t.tape.clear();
        t.text.clear();
        t.text_units = 0;
        let written = value.serialize(&mut *t);
        let out = written.map(|()| kezek_build_answer(&t.tape, &t.text));
        // Keep the buffers (the next answer is alike) but not an outsized one.
        if t.text.capacity() > 1 << 20 || t.tape.capacity() > 1 << 17 {
            t.tape = Vec::new();
            t.text = String::new();
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

impl Tape {
    /// Appends `s` to the text; its UTF-16 offsets `[from, to)`.
    fn append(&mut self, s: &str) -> (f64, f64) {
        let from = self.text_units;
        self.text_units += if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.text.push_str(s);
        (from as f64, self.text_units as f64)
    }

    fn text(&mut self, s: &str) {
        let (from, to) = self.append(s);
        self.put([TEXT, from, to]);
    }

    fn name(&mut self, name: &'static str) {
        let key = (name.as_ptr() as usize, name.len());
        if self.recent.is_empty() {
            self.recent = vec![(0, 0, 0); RECENT];
        }
        let slot = (key.0 ^ (key.0 >> 8)) % RECENT;
        let (p, l, id) = self.recent[slot];
        if (p, l) == key {
            self.put([NAME, id as f64]);
            return;
        }
        if let Some(&id) = self.names.get(&key) {
            self.recent[slot] = (key.0, key.1, id);
            self.put([NAME, id as f64]);
            return;
        }
        let id = self.names.len() as u32;
        self.names.insert(key, id);
        self.recent[slot] = (key.0, key.1, id);
        let (from, to) = self.append(name);
        self.put([NEW_NAME, id as f64, from, to]);
    }

    /// Opens a list or an object (`code`), inside a `{variant: ...}` object
    /// when it is an enum variant's.
    fn open(&mut self, variant: Option<&'static str>, code: f64) -> Result<&mut Self, Error> {
        if let Some(variant) = variant {
            self.tape.push(OBJECT);
            self.name(variant);
        }
        self.tape.push(code);
        Ok(self)
    }

    /// Appends codes and numbers to the tape.
    fn put<const N: usize>(&mut self, codes: [f64; N]) {
        self.tape.extend(codes);
    }

    fn number(&mut self, n: f64) {
        if n.is_finite() {
            self.put([NUMBER, n]);
        } else {
            self.tape.push(NULL);
        }
    }
}

type R = Result<(), Error>;

/// Integers, as JS numbers (as serde_json's text read by `JSON.parse`: beyond
/// 2^53 the nearest double).
macro_rules! as_number {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> R {
            self.number(v as f64);
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
        self.tape.push(if v { TRUE } else { FALSE });
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
    fn serialize_bytes(self, v: &[u8]) -> R {
        self.tape.push(ARRAY);
        for &b in v {
            self.number(b.into());
        }
        self.tape.push(END);
        Ok(())
    }
    fn serialize_none(self) -> R {
        self.tape.push(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.tape.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.tape.push(NULL);
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.name(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        self.tape.push(OBJECT);
        self.name(variant);
        v.serialize(&mut *self)?;
        self.tape.push(END);
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
                self.put([END; $ends]);
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
        self.tape.push(END);
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
