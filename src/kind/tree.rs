//! A YAML document as a generic tree of positioned nodes, read once with serde-saphyr (and the
//! same parser budgets as every notice), then walked by a [`Definition`](super::Definition)
//! or by the definition parser itself.

use std::cell::RefCell;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::Position;
use crate::notice::located::Located;

/// One node with its position in the document.
pub(crate) type Node = Located<Value>;

/// One entry of a mapping: the key node and the value node, in the order written.
pub(crate) type Entry = (Node, Node);

/// What a node holds, as YAML's core schema reads it.
#[derive(Clone, Debug)]
pub(crate) enum Value {
    /// `~`, `null` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number that is not negative.
    Unsigned(u64),
    /// A negative whole number.
    Signed(i64),
    /// A number with a fraction or an exponent (its value is never used: no field takes one).
    Float,
    /// Any other scalar.
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, entries in the order written (the parser refuses a key written twice).
    Map(Vec<Entry>),
}

impl Value {
    /// What a person calls this kind of value, for "wrong type" messages.
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Value::Null => "nothing (null)",
            Value::Bool(_) => "a yes/no value",
            Value::Unsigned(_) | Value::Signed(_) => "a number",
            Value::Float => "a number with a fraction",
            Value::Str(_) => "a text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    /// The scalar as text, when it is a string or a whole number (a PIN code, a feeder number
    /// or a phone number written without quotes is text too).
    pub(crate) fn as_text(&self) -> Option<String> {
        match self {
            Value::Str(s) => Some(s.clone()),
            Value::Unsigned(n) => Some(n.to_string()),
            Value::Signed(n) => Some(n.to_string()),
            _ => None,
        }
    }

    /// The mapping's entries, if this is a mapping.
    pub(crate) fn as_map(&self) -> Option<&[Entry]> {
        match self {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }
}

thread_local! {
    /// The entries read so far of the innermost mapping whose reading failed on this thread
    /// (a key written twice), so that a comma splitting a text can be explained.
    static FAILED_MAP: RefCell<Option<Vec<Entry>>> = const { RefCell::new(None) };
    /// The path to the value whose reading failed, innermost step first (`[2]`, `office`).
    static FAILED_PATH: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn failed_step(step: String) {
    FAILED_PATH.with(|p| p.borrow_mut().push(step));
}

/// The field path of the value whose reading failed last (`issuer.office`, `areas[1]`).
fn take_failed_path() -> String {
    let steps = FAILED_PATH.with(|p| std::mem::take(&mut *p.borrow_mut()));
    steps.iter().rev().fold(String::new(), |mut acc, step| {
        if !acc.is_empty() && !step.starts_with('[') {
            acc.push('.');
        }
        acc.push_str(step);
        acc
    })
}

/// Takes the entries of the mapping whose reading failed last on this thread, if any. Call
/// it before reading (to forget an earlier failure) and after an error.
pub(crate) fn take_failed_map() -> Option<Vec<Entry>> {
    FAILED_MAP.with(|f| f.borrow_mut().take())
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;

        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = Value;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any YAML value")
            }

            fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }

            fn visit_none<E: de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }

            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
                Value::deserialize(d)
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Bool(v))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Unsigned(v))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
                Ok(match u64::try_from(v) {
                    Ok(u) => Value::Unsigned(u),
                    Err(_) => Value::Signed(v),
                })
            }

            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
                Ok(Value::Str(v.to_string()))
            }

            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
                Ok(Value::Str(v.to_string()))
            }

            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Value, E> {
                Ok(Value::Float)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
                Ok(Value::Str(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
                Ok(Value::Str(v))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                loop {
                    match seq.next_element::<Node>() {
                        Ok(Some(item)) => items.push(item),
                        Ok(None) => return Ok(Value::Seq(items)),
                        Err(e) => {
                            failed_step(format!("[{}]", items.len()));
                            return Err(e);
                        }
                    }
                }
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut entries: Vec<Entry> = Vec::new();
                // Only the innermost mapping records its entries.
                let record = |entries: Vec<Entry>| {
                    FAILED_MAP.with(|f| {
                        let mut f = f.borrow_mut();
                        if f.is_none() {
                            *f = Some(entries);
                        }
                    });
                };
                loop {
                    let key = match map.next_key::<Node>() {
                        Ok(Some(key)) => key,
                        Ok(None) => return Ok(Value::Map(entries)),
                        Err(e) => {
                            record(entries);
                            return Err(e);
                        }
                    };
                    match map.next_value::<Node>() {
                        Ok(value) => entries.push((key, value)),
                        Err(e) => {
                            failed_step(key.value.as_text().unwrap_or_else(|| "?".into()));
                            record(entries);
                            return Err(e);
                        }
                    }
                }
            }
        }

        deserializer.deserialize_any(ValueVisitor)
    }
}

/// A parse failure: the parser's error and the field path where it happened.
pub(crate) struct ParseFailure {
    pub error: serde_saphyr::Error,
    pub path: String,
}

/// Reads `text` (one YAML document) into a tree, with the parser budgets of every notice.
pub(crate) fn parse(text: &str) -> Result<Node, Box<ParseFailure>> {
    take_failed_map();
    take_failed_path();
    serde_saphyr::from_str_with_options(text, crate::limits::yaml_options()).map_err(|error| {
        Box::new(ParseFailure {
            error,
            path: take_failed_path(),
        })
    })
}

/// The position of the last key of a mapping, or of the mapping itself when it is empty:
/// where the parser reports a field missing from it.
pub(crate) fn missing_at(map: &Node) -> Position {
    map.value
        .as_map()
        .and_then(|entries| entries.last())
        .map_or(map.at, |(key, _)| key.at)
}

/// Finds the value of `key` in a mapping's entries.
pub(crate) fn get<'a>(entries: &'a [Entry], key: &str) -> Option<&'a Entry> {
    entries
        .iter()
        .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_becomes_a_positioned_tree() {
        let root = parse("kind: w\nlist: [1, -2, 1.5, true, ~, x]\nmap: { a: b }\n")
            .unwrap_or_else(|e| panic!("{}", e.error));
        let entries = root.value.as_map().unwrap_or_default();
        assert_eq!(entries.len(), 3);
        let Some((
            key,
            Located {
                value: Value::Seq(items),
                at,
            },
        )) = get(entries, "list")
        else {
            panic!("list");
        };
        assert_eq!(
            (key.at, *at),
            (
                Position { line: 2, column: 1 },
                Position { line: 2, column: 7 }
            )
        );
        let kinds: Vec<&str> = items.iter().map(|i| i.value.describe()).collect();
        assert_eq!(
            kinds,
            [
                "a number",
                "a number",
                "a number with a fraction",
                "a yes/no value",
                "nothing (null)",
                "a text"
            ]
        );
        assert_eq!(missing_at(&root), Position { line: 3, column: 1 });
    }

    #[test]
    fn a_key_twice_names_its_path_and_keeps_the_entries_read() {
        let failure = parse("kind: w\nissuer:\n  org: { mr: a, hi: b, mr: c }\n").err();
        assert_eq!(failure.map(|f| f.path), Some("issuer.org".to_string()));
        assert_eq!(take_failed_map().map(|m| m.len()), Some(2));
    }
}
