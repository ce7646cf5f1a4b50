//! suchana: localised public notices in Marathi and Hindi.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod error;
pub mod l10n;
pub mod lang;
pub mod notice;
pub mod render;

pub use error::{DataError, DataErrorKind, Position, RenderError, SetupError};
pub use l10n::Digits;
pub use lang::Lang;
pub use notice::{Kind, Notice, parse_str};
pub use render::{Engine, EngineOptions, Format};

/// The JSON Schema of notice data v1.
pub fn schema() -> serde_json::Value {
    serde_json::Value::from(notice::raw::schema())
}
