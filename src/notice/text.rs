//! `Text`: one string for every language, or one string per language.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

use schemars::{JsonSchema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::located::Located;
use crate::lang::Lang;

/// One entry of a text map as written: the key (a language tag, or what a comma left) and
/// its value (`None` for a key written without one).
pub(crate) type TextEntry = (Located<String>, Located<Option<String>>);

/// A text value as written in YAML, before validation.
#[derive(Clone, Debug)]
pub(crate) enum RawText {
    /// One string, used as it is in every language.
    Same(String),
    /// Language tag → string, in the order written.
    PerLang(Vec<TextEntry>),
}

thread_local! {
    /// The entries read so far of the text map whose reading failed last on this thread (a
    /// duplicate key: `{ hi-IN: एम एंड बीपी सभागार, इस्पात भवन, mr-IN: …, इस्पात भवन }`), so
    /// that the error can explain the comma that split the text.
    static FAILED_MAP: RefCell<Option<Vec<TextEntry>>> = const { RefCell::new(None) };
}

/// Takes the entries of the text map whose reading failed last on this thread, if any.
/// Call it before deserializing (to forget an earlier failure) and after an error.
pub(crate) fn take_failed_map() -> Option<Vec<TextEntry>> {
    FAILED_MAP.with(|f| f.borrow_mut().take())
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = RawText;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a text: a string, or a map from language (mr-IN, hi-IN, en-IN) to string",
                )
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<RawText, E> {
                Ok(RawText::Same(v))
            }

            // A bare number such as a PIN code or a feeder number is text too; floats and
            // booleans are not (1.50 would lose its zero, `yes` its spelling).
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
                let mut entries = Vec::new();
                loop {
                    match map.next_entry::<Located<String>, Located<Option<String>>>() {
                        Ok(Some(entry)) => entries.push(entry),
                        Ok(None) => return Ok(RawText::PerLang(entries)),
                        Err(e) => {
                            FAILED_MAP.with(|f| *f.borrow_mut() = Some(entries));
                            return Err(e);
                        }
                    }
                }
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

impl JsonSchema for RawText {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> schemars::Schema {
        json_schema!({
            "description": "A string used in every language (a whole number is read as text too), or a map from language tag (mr, mr-IN, hi, hi-IN, en, en-IN) to string, naming each language once.",
            "oneOf": [
                string_schema(),
                { "type": "integer" },
                {
                    "type": "object",
                    "propertyNames": { "pattern": tag_pattern() },
                    "additionalProperties": string_schema(),
                    "minProperties": 1,
                    "dependentSchemas": one_spelling_per_language()
                }
            ]
        })
    }
}

/// The JSON Schema of one text (in one language): not blank, at most
/// [`MAX_TEXT_CHARS`](crate::limits::MAX_TEXT_CHARS) characters, and no character that
/// [`hostile::classify`](super::hostile::classify) refuses.
pub(crate) fn string_schema() -> serde_json::Value {
    serde_json::json!({
        "type": "string",
        "minLength": 1,
        "maxLength": crate::limits::MAX_TEXT_CHARS,
        "pattern": "\\S",
        "not": { "pattern": super::hostile::refused_class() }
    })
}

/// The pattern of every spelling of every registered language's tag, e.g.
/// `^(mr([-_]Deva)?([-_]IN)?|…)$`.
fn tag_pattern() -> String {
    let alternatives: Vec<String> = Lang::all()
        .iter()
        .map(|l| format!("{}([-_]{})?([-_]{})?", l.code(), l.script(), l.region()))
        .collect();
    format!("^({})$", alternatives.join("|"))
}

/// For each spelling of a language (`mr`, `mr-IN`, `mr_Deva_IN`, …): when a text map has it,
/// no other spelling of that language (`duplicate-language`).
fn one_spelling_per_language() -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for lang in Lang::all() {
        let (code, script, region) = (lang.code(), lang.script(), lang.region());
        let mut spellings = vec![code.to_string()];
        for sep in ['-', '_'] {
            spellings.push(format!("{code}{sep}{region}"));
            spellings.push(format!("{code}{sep}{script}"));
            for sep2 in ['-', '_'] {
                spellings.push(format!("{code}{sep}{script}{sep2}{region}"));
            }
        }
        let lang = code;
        for spelling in spellings {
            let others = serde_json::json!({
                "propertyNames": {
                    "anyOf": [
                        { "const": spelling },
                        { "not": { "pattern": format!("^{lang}([-_]|$)") } }
                    ]
                }
            });
            map.insert(spelling, others);
        }
    }
    serde_json::Value::Object(map)
}

/// Returns `s` in Unicode NFC, borrowing when it already is (the common case).
pub(crate) fn nfc(s: &str) -> Cow<'_, str> {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// A validated text value: NFC, trimmed, never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    value: TextValue,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum TextValue {
    Same(String),
    /// The text of each language the map gives, in registration order.
    PerLang(Vec<(Lang, String)>),
}

impl Text {
    /// The same text in every language.
    pub fn same(s: impl Into<String>) -> Text {
        Text {
            value: TextValue::Same(s.into()),
        }
    }

    /// Text per language; a language not given cannot be rendered. A language given twice
    /// keeps its first text.
    pub fn per_lang(texts: impl IntoIterator<Item = (Lang, String)>) -> Text {
        let mut all: Vec<(Lang, String)> = Vec::new();
        for (lang, text) in texts {
            if !all.iter().any(|(l, _)| *l == lang) {
                all.push((lang, text));
            }
        }
        all.sort_by_key(|(l, _)| *l);
        Text {
            value: TextValue::PerLang(all),
        }
    }

    /// The text in `lang`, or `None` when the map lacks that language.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match &self.value {
            TextValue::Same(s) => Some(s),
            TextValue::PerLang(texts) => texts
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, s)| s.as_str()),
        }
    }

    /// The languages this text has, in registration order (every registered language when
    /// the text is the same in all).
    pub fn languages(&self) -> Vec<Lang> {
        Lang::all()
            .into_iter()
            .filter(|&l| self.get(l).is_some())
            .collect()
    }
}
