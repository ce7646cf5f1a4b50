//! suchana (सूचना, "notice") renders official public notices — power outages, safety
//! advisories, meetings, and any kind defined as data — in Marathi (`mr-IN`), Hindi (`hi-IN`),
//! English (`en-IN`) and any language added as data, from YAML data.
//!
//! ```
//! use suchana::{Engine, Format, Lang};
//!
//! let yaml = "kind: outage\nissuer: { org: महावितरण }\nplanned: true\nreason: maintenance
//! areas: [वाई, पसरणी]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\nconsumers: 218000\n";
//!
//! let engine = Engine::new()?; // once: Fluent bundles, ICU4X formatters, Tera templates
//! for notice in suchana::parse_str(yaml, "outage.yaml") {
//!     let notice = notice.map_err(|errors| errors[0].to_string())?; // file:line:col: message
//!     let marathi = engine.render(&notice, "mr".parse::<Lang>()?, Format::Text)?;
//!     assert!(marathi.contains("सकाळी १०:०० ते दुपारी २:०० वाजेपर्यंत वाई आणि पसरणी"));
//!     let hindi = engine.render(&notice, "hi".parse::<Lang>()?, Format::Text)?;
//!     assert!(hindi.contains("2,18,000"));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The words live in Fluent files (`locales/`), the layout in Tera templates (`templates/`),
//! and numbers, dates, times, lists and plural forms come from CLDR through ICU4X: Marathi
//! gets Devanagari digits and Indian grouping (२,१८,०००), Hindi Latin digits with Indian
//! grouping (2,18,000). Both are compiled in; [`EngineOptions`] loads others from folders
//! and chooses the digits.
//!
//! Bad data never renders half a notice: [`parse_str`] returns every [`DataError`] of a
//! document with its file, line, column, field path, a stable code and a suggestion, and
//! [`Engine::render`] fails with [`RenderError`] rather than print a blank or a wrong word.
//!
//! # More
//!
//! - [`Engine`] is `Send + Sync`: build one and render from every thread (the `embed`
//!   example). [`Engine::render_notice`] renders one bilingual notice and reports SMS parts;
//!   [`Engine::render_sms`] also checks the SMS against its DLT template;
//!   [`Engine::dlt_templates`] lists the templates to register.
//! - [`notice::DocumentReader`] streams the documents of a large YAML or JSON Lines input from
//!   any `BufRead`; [`notice::parse_document`] reads one.
//! - [`check::check`] is the translators' checker of locale files and templates.
//! - [`lang`]: languages as data (`locales/<tag>/language.yaml`); [`kind`]: notice kinds as
//!   data (a definition, `.ftl` files and templates), read with [`EngineOptions::kinds_dir`]
//!   and [`Engine::parse_str`].
//! - [`limits`] holds every limit on input.
//!
//! # Features
//!
//! - `cli` (default): the `suchana` command and the crates only it needs (clap,
//!   codespan-reporting, indicatif, rayon, ctrlc, mimalloc, tempfile). A library user turns it
//!   off: `suchana = { version = "0.1", default-features = false }`.
//! - `serve` (default): `suchana::serve`, the page and JSON API of `suchana serve` (axum, tokio,
//!   tower-http). Off with `default-features = false` too.
//! - `cap` (default): `suchana::cap`, OASIS CAP 1.2 alerts (`Format::Cap`), written with quick-xml.

#![forbid(unsafe_code)]

#[cfg(feature = "cap")]
pub mod cap;
pub mod check;
pub mod error;
pub mod kind;
pub mod l10n;
pub mod lang;
pub mod limits;
pub mod notice;
#[cfg(feature = "pdf")]
pub mod print;
pub mod render;
#[cfg(feature = "serve")]
pub mod serve;
pub mod sheet;

pub use error::{DataError, DataErrorKind, Position, RenderError, SetupError};
pub use l10n::Digits;
pub use lang::Lang;
pub use notice::{Kind, Notice, parse_str};
pub use render::{Engine, EngineOptions, Format};

/// The JSON Schema of notice data v1 (what `suchana schema` prints).
pub fn schema() -> serde_json::Value {
    serde_json::Value::from(notice::raw::schema())
}
