//! # suchana — public notices in Marathi and Hindi
//!
//! suchana (सूचना, "notice") turns notice data written in YAML — a power outage, a safety
//! advisory, a meeting — into a notice that reads like a native official one, in Marathi
//! (`mr-IN`) or Hindi (`hi-IN`). The words live in Fluent files (`locales/`), the layout in
//! Tera templates (`templates/`), and numbers, dates, times and lists come from CLDR through
//! ICU4X. Both are compiled in; an [`Engine`] can load others from folders instead.
//!
//! ```
//! use suchana::{Engine, Format, Lang};
//!
//! let yaml = "
//! kind: outage
//! issuer: { org: महावितरण }
//! planned: true
//! reason: maintenance
//! areas: [वाई, पसरणी]
//! start: 2025-11-24T10:00
//! end: 2025-11-24T14:00
//! consumers: 218000
//! ";
//! // Build once (bundles, formatters, templates); render many, from any thread.
//! let engine = Engine::new()?;
//! for result in suchana::parse_str(yaml, "outage.yaml") {
//!     let notice = result.map_err(|errors| format!("{errors:?}"))?;
//!     let marathi = engine.render(&notice, Lang::Mr, Format::Text)?;
//!     assert!(marathi.contains("सकाळी १०:०० ते दुपारी २:०० वाजेपर्यंत वाई आणि पसरणी परिसरातील"));
//!     let hindi = engine.render(&notice, Lang::Hi, Format::Text)?;
//!     assert!(hindi.contains("इस दौरान 2,18,000 उपभोक्ता प्रभावित होंगे।"));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Bad data never renders half a notice: [`parse_str`] returns every [`DataError`] of a
//! document with its file, line, column, field path, a stable code and a suggestion, and
//! [`Engine::render`] fails with [`RenderError`] rather than print a blank or a wrong word.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod check;
pub mod error;
pub mod l10n;
pub mod lang;
pub mod limits;
pub mod notice;
pub mod render;

pub use error::{DataError, DataErrorKind, Position, RenderError, SetupError};
pub use l10n::Digits;
pub use lang::Lang;
pub use notice::{Kind, Notice, parse_str};
pub use render::{Engine, EngineOptions, Format};

/// The JSON Schema of notice data v1 (what `suchana schema` prints).
pub fn schema() -> serde_json::Value {
    serde_json::Value::from(notice::raw::schema())
}
