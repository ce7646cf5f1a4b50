//! `Located<T>`: a deserialized value with the line and column it came from.

use std::borrow::Cow;

use schemars::{JsonSchema, SchemaGenerator};
use serde::{Deserialize, Deserializer};

use crate::error::Position;

/// A value read from YAML together with its position (relative to the document's text).
#[derive(Clone, Debug)]
pub(crate) struct Located<T> {
    pub value: T,
    pub at: Position,
}

thread_local! {
    /// Set while a deserializer without positions (JSON) runs: every value gets line 1,
    /// column 1 of its document (a JSON line is one line).
    static WITHOUT_POSITIONS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with [`Located`] values taking line 1, column 1 instead of asking the
/// deserializer for a span (which only serde-saphyr can give).
pub(crate) fn without_positions<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            let old = self.0;
            WITHOUT_POSITIONS.with(|p| p.set(old));
        }
    }
    let _reset = Reset(WITHOUT_POSITIONS.with(|p| p.replace(true)));
    f()
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if WITHOUT_POSITIONS.with(|p| p.get()) {
            return Ok(Located {
                value: T::deserialize(deserializer)?,
                at: Position { line: 1, column: 1 },
            });
        }
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Located {
            value: spanned.value,
            at: position(spanned.referenced),
        })
    }
}

// The schema of a located value is the schema of the value: positions are not part of the data.
impl<T: JsonSchema> JsonSchema for Located<T> {
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }

    fn inline_schema() -> bool {
        T::inline_schema()
    }
}

/// A parser location as a [`Position`] (saturating: no YAML file has 4 billion lines).
pub(crate) fn position(l: serde_saphyr::Location) -> Position {
    Position {
        line: u32::try_from(l.line()).unwrap_or(u32::MAX),
        column: u32::try_from(l.column()).unwrap_or(u32::MAX),
    }
}
