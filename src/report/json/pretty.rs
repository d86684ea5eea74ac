//! Pretty-printed JSON, byte for byte as `serde_json::to_writer_pretty` writes it, with strings escaped sixteen
//! bytes at a time.
//!
//! A JSON report of 20,000 documents is mostly strings (ids, paths, titles), and serde_json escapes a string by
//! looking each byte up in a table with a bounds check and a branch: 61 M of the 102 M instructions of writing
//! c20k's report. Here a string is searched for the next byte to escape sixteen bytes at a time, and
//! copied between escapes in runs. Everything else follows serde_json's `PrettyFormatter` (two spaces of
//! indentation, `": "` after keys, `[]` and `{}` when empty); numbers and map keys are written by serde_json
//! itself, so they cannot differ. The tests compare the two on the wire structs' shapes and on every kind of
//! value serde's data model has.

use std::io::Write;

use serde::Serialize;
use serde::ser::{self, Error as _};

type Result<T = ()> = std::result::Result<T, serde_json::Error>;

/// Writes `value` to `out` as `serde_json::to_writer_pretty` does. The text is gathered in a buffer of its own
/// and handed to `out` in pieces of about 64 KB, so that `out` need not be buffered.
pub(super) fn to_writer_pretty<W: Write + ?Sized, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
) -> Result {
    let mut pretty = Pretty {
        out,
        buf: Vec::with_capacity(FLUSH_AT + 4096),
        indent: 0,
    };
    value.serialize(&mut pretty)?;
    pretty.flush()
}

/// Bytes gathered before they are handed on.
const FLUSH_AT: usize = 1 << 16;

struct Pretty<'w, W: ?Sized> {
    out: &'w mut W,
    buf: Vec<u8>,
    /// Depth of the open arrays and objects.
    indent: usize,
}

impl<W: Write + ?Sized> Pretty<'_, W> {
    fn raw(&mut self, bytes: &[u8]) -> Result {
        self.buf.extend_from_slice(bytes);
        Ok(())
    }

    fn flush(&mut self) -> Result {
        self.out
            .write_all(&self.buf)
            .map_err(serde_json::Error::io)?;
        self.buf.clear();
        Ok(())
    }

    /// A number or boolean, written by serde_json (whose compact and pretty forms of a scalar are one).
    fn scalar<T: Serialize>(&mut self, value: T) -> Result {
        serde_json::to_writer(&mut self.buf, &value)
    }

    fn string(&mut self, s: &str) -> Result {
        write_escaped(&mut self.buf, s);
        Ok(())
    }

    /// A line break and the indentation of the current depth.
    fn newline(&mut self) {
        self.buf.push(b'\n');
        self.buf.resize(self.buf.len() + 2 * self.indent, b' ');
    }

    fn open(&mut self, bracket: u8) -> Result {
        self.indent += 1;
        self.buf.push(bracket);
        Ok(())
    }

    /// The separator before an element or a key: the first goes on a new line, the others after a comma.
    /// Where the text is handed on, between one element and the next.
    fn element(&mut self, first: bool) -> Result {
        if !first {
            self.buf.push(b',');
            if self.buf.len() >= FLUSH_AT {
                self.flush()?;
            }
        }
        self.newline();
        Ok(())
    }

    fn close(&mut self, empty: bool, bracket: u8) -> Result {
        self.indent -= 1;
        if !empty {
            self.newline();
        }
        self.buf.push(bracket);
        Ok(())
    }

    /// `{"variant": ` of an enum variant with data, which the variant's value follows.
    fn open_variant(&mut self, variant: &str) -> Result {
        self.open(b'{')?;
        self.newline();
        self.string(variant)?;
        self.raw(b": ")
    }
}

/// Appends `s` to `buf` as a JSON string: quoted, with `"`, `\` and the control characters escaped as
/// serde_json escapes them, and every other byte (UTF-8 included) as it is.
fn write_escaped(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let mut start = 0;
    while let Some(at) = next_to_escape(bytes, start) {
        buf.extend_from_slice(&bytes[start..at]);
        let byte = bytes[at];
        let short = match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0C => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            _ => 0,
        };
        if short == 0 {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xF)],
            ]);
        } else {
            buf.extend_from_slice(&[b'\\', short]);
        }
        start = at + 1;
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

/// The index of the first byte at or after `from` that JSON escapes (a control character, `"` or `\`),
/// found sixteen bytes at a time; the last few are padded with a letter.
fn next_to_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        let block: [u8; 16] = match bytes.get(i..i + 16) {
            Some(block) => block.try_into().expect("sixteen bytes"),
            None => {
                let mut padded = [b'a'; 16];
                padded[..bytes.len() - i].copy_from_slice(&bytes[i..]);
                padded
            }
        };
        let found = escape_mask(&block);
        if found != 0 {
            return Some(i + found.trailing_zeros() as usize);
        }
        i += 16;
    }
    None
}

/// The bytes of `block` that JSON escapes, as bits from the lowest, with SSE2 (part of every x86-64
/// processor).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn escape_mask(block: &[u8; 16]) -> u32 {
    use safe_arch::*;
    let x = load_unaligned_m128i(block);
    let splat = |b: u8| set_splat_i8_m128i(b as i8);
    // Below 0x20, unsigned: no greater than 0x1F.
    let control = cmp_eq_mask_i8_m128i(min_u8_m128i(x, splat(0x1F)), x);
    let quote = cmp_eq_mask_i8_m128i(x, splat(b'"'));
    let backslash = cmp_eq_mask_i8_m128i(x, splat(b'\\'));
    move_mask_i8_m128i(bitor_m128i(control, bitor_m128i(quote, backslash))) as u32
}

/// [`escape_mask`] a byte at a time.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline(always)]
fn escape_mask(block: &[u8; 16]) -> u32 {
    block.iter().enumerate().fold(0, |mask, (i, &b)| {
        mask | u32::from(b < 0x20 || b == b'"' || b == b'\\') << i
    })
}

/// An open array or object.
struct Compound<'a, 'w, W: ?Sized> {
    ser: &'a mut Pretty<'w, W>,
    /// No element or key written yet.
    first: bool,
    /// The object of an enum variant with data, closed after the value.
    variant: bool,
}

impl<'a, 'w, W: Write + ?Sized> Compound<'a, 'w, W> {
    fn new(ser: &'a mut Pretty<'w, W>, variant: bool) -> Self {
        Compound {
            ser,
            first: true,
            variant,
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.ser.element(self.first)?;
        self.first = false;
        value.serialize(&mut *self.ser)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result {
        self.ser.element(self.first)?;
        self.first = false;
        self.ser.string(key)?;
        self.ser.raw(b": ")?;
        value.serialize(&mut *self.ser)
    }

    fn finish(self, bracket: u8) -> Result {
        self.ser.close(self.first, bracket)?;
        if self.variant {
            self.ser.close(false, b'}')?;
        }
        Ok(())
    }
}

/// A map key as serde_json writes it (strings, and numbers and the like as strings; an error for others): cut
/// from the compact form of a map holding the key alone.
fn map_key<T: Serialize + ?Sized>(key: &T) -> Result<String> {
    struct OneKey<'k, K: ?Sized>(&'k K);
    impl<K: Serialize + ?Sized> Serialize for OneKey<'_, K> {
        fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            use ser::SerializeMap;
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(self.0, &())?;
            map.end()
        }
    }
    let json = serde_json::to_string(&OneKey(key))?;
    json.strip_prefix('{')
        .and_then(|j| j.strip_suffix(":null}"))
        .map(str::to_string)
        .ok_or_else(|| serde_json::Error::custom("unexpected map key form"))
}

impl<'a, 'w, W: Write + ?Sized> ser::Serializer for &'a mut Pretty<'w, W> {
    type Ok = ();
    type Error = serde_json::Error;
    type SerializeSeq = Compound<'a, 'w, W>;
    type SerializeTuple = Compound<'a, 'w, W>;
    type SerializeTupleStruct = Compound<'a, 'w, W>;
    type SerializeTupleVariant = Compound<'a, 'w, W>;
    type SerializeMap = Compound<'a, 'w, W>;
    type SerializeStruct = Compound<'a, 'w, W>;
    type SerializeStructVariant = Compound<'a, 'w, W>;

    fn serialize_bool(self, v: bool) -> Result {
        self.scalar(v)
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.scalar(v)
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.scalar(v)
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.scalar(v)
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.scalar(v)
    }
    fn serialize_i128(self, v: i128) -> Result {
        self.scalar(v)
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.scalar(v)
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.scalar(v)
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.scalar(v)
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.scalar(v)
    }
    fn serialize_u128(self, v: u128) -> Result {
        self.scalar(v)
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.scalar(v)
    }
    fn serialize_f64(self, v: f64) -> Result {
        self.scalar(v)
    }
    fn serialize_char(self, v: char) -> Result {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for byte in v {
            seq.serialize_element(byte)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result {
        self.raw(b"null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.raw(b"null")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.raw(b"null")
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.open_variant(variant)?;
        value.serialize(&mut *self)?;
        self.close(false, b'}')
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        self.open(b'[')?;
        Ok(Compound::new(self, false))
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        self.open_variant(variant)?;
        self.open(b'[')?;
        Ok(Compound::new(self, true))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        self.open(b'{')?;
        Ok(Compound::new(self, false))
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Self::SerializeStruct> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        self.open_variant(variant)?;
        self.open(b'{')?;
        Ok(Compound::new(self, true))
    }
}

/// The array forms of serde's data model, whose elements all go through [`Compound::element`].
macro_rules! array_form {
    ($($form:ident::$method:ident),*) => {$(
        impl<W: Write + ?Sized> ser::$form for Compound<'_, '_, W> {
            type Ok = ();
            type Error = serde_json::Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.element(value)
            }
            fn end(self) -> Result {
                Compound::finish(self, b']')
            }
        }
    )*};
}

array_form!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The object forms with fields named in the code, which all go through [`Compound::field`].
macro_rules! struct_form {
    ($($form:ident),*) => {$(
        impl<W: Write + ?Sized> ser::$form for Compound<'_, '_, W> {
            type Ok = ();
            type Error = serde_json::Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
                self.field(key, value)
            }
            fn end(self) -> Result {
                Compound::finish(self, b'}')
            }
        }
    )*};
}

struct_form!(SerializeStruct, SerializeStructVariant);

impl<W: Write + ?Sized> ser::SerializeMap for Compound<'_, '_, W> {
    type Ok = ();
    type Error = serde_json::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        let key = map_key(key)?;
        self.ser.element(self.first)?;
        self.first = false;
        self.ser.raw(key.as_bytes())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.ser.raw(b": ")?;
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result {
        Compound::finish(self, b'}')
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::Serialize;

    use super::*;

    fn both<T: Serialize>(value: &T) -> (String, String) {
        let mut ours = Vec::new();
        to_writer_pretty(&mut ours, value).unwrap();
        (
            String::from_utf8(ours).unwrap(),
            serde_json::to_string_pretty(value).unwrap(),
        )
    }

    #[derive(Serialize)]
    struct Inner<'a> {
        name: &'a str,
        maybe: Option<&'a str>,
        score: f64,
        count: usize,
        list: Vec<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<&'a str>,
    }

    #[derive(Serialize)]
    struct Outer<'a> {
        title: &'a str,
        items: Vec<Inner<'a>>,
        empty: Vec<Inner<'a>>,
        notes: &'a [String],
        nested: Vec<Vec<u32>>,
    }

    #[derive(Serialize)]
    enum Variants {
        Unit,
        Newtype(Vec<u8>),
        Tuple(i32, f32),
        Struct { a: Option<bool>, b: char },
    }

    #[derive(Serialize)]
    struct Everything {
        variants: Vec<Variants>,
        map: BTreeMap<String, Vec<i64>>,
        numbers: BTreeMap<u32, ()>,
        tuple: (u8, i128, u128, f64),
        bytes: serde_bytes_like::Bytes,
        unit: (),
        float_edge: [f64; 4],
        empty_map: BTreeMap<String, u8>,
    }

    /// `&[u8]` through `serialize_bytes`, without a dependency for it.
    mod serde_bytes_like {
        pub struct Bytes(pub Vec<u8>);
        impl serde::Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(&self.0)
            }
        }
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it() {
        let value = Everything {
            variants: vec![
                Variants::Unit,
                Variants::Newtype(vec![1, 2]),
                Variants::Newtype(Vec::new()),
                Variants::Tuple(-3, 0.5),
                Variants::Struct {
                    a: None,
                    b: '\u{1}',
                },
            ],
            map: [
                ("k\"ey".to_string(), vec![1, -2]),
                ("e".to_string(), Vec::new()),
            ]
            .into(),
            numbers: [(7, ()), (1_000_000, ())].into(),
            tuple: (255, i128::MIN, u128::MAX, -0.0),
            bytes: serde_bytes_like::Bytes(vec![0, 128, 255]),
            unit: (),
            float_edge: [f64::NAN, f64::INFINITY, 1e300, 1.0 / 3.0],
            empty_map: BTreeMap::new(),
        };
        let (ours, theirs) = both(&value);
        assert_eq!(ours, theirs);
    }

    #[test]
    fn deep_nesting_is_indented_past_the_spaces_kept() {
        let mut value = serde_json::json!(1);
        for _ in 0..50 {
            value = serde_json::json!({ "a": [value] });
        }
        let (ours, theirs) = both(&value);
        assert_eq!(ours, theirs);
    }

    #[test]
    fn a_map_key_serde_json_refuses_is_an_error_here_too() {
        let value: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        assert!(to_writer_pretty(&mut Vec::new(), &value).is_err());
        assert!(serde_json::to_string_pretty(&value).is_err());
    }

    fn text() -> impl Strategy<Value = String> {
        // Escapes, quotes, control bytes, DEL and multi-byte characters, at every offset within a word.
        prop::collection::vec(
            prop_oneof![
                Just('"'),
                Just('\\'),
                Just('\n'),
                Just('\u{7f}'),
                Just('é'),
                Just('\u{1F600}'),
                (0u8..0x20).prop_map(char::from),
                any::<char>(),
                prop::char::range('a', 'z'),
                prop::char::range('a', 'z'),
                prop::char::range('a', 'z'),
            ],
            0..40,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in text()) {
            let (ours, theirs) = both(&s);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn report_shapes_are_written_as_serde_json_writes_them(
            texts in prop::collection::vec(text(), 0..8),
            scores in prop::collection::vec(any::<f64>(), 0..8),
        ) {
            let items: Vec<Inner<'_>> = texts
                .iter()
                .zip(scores.iter().chain(std::iter::repeat(&0.25)))
                .enumerate()
                .map(|(i, (t, &score))| Inner {
                    name: t,
                    maybe: (i % 2 == 0).then_some(t.as_str()),
                    score,
                    count: i * 1000,
                    list: texts[..i].iter().map(String::as_str).collect(),
                    skipped: (i % 3 == 0).then_some("x"),
                })
                .collect();
            let value = Outer {
                title: texts.first().map_or("", String::as_str),
                items,
                empty: Vec::new(),
                notes: &texts,
                nested: vec![vec![], vec![1, 2], vec![3]],
            };
            let (ours, theirs) = both(&value);
            prop_assert_eq!(ours, theirs);
        }
    }
}
