//! Notice kinds as data: a kind is a definition file (its fields, their types and rules), one
//! `.ftl` file per language and one template per format — no Rust. This module reads
//! definitions ([`Definition::parse`], reporting every mistake as a [`DefinitionError`] with
//! its line and column) and reads notices against them ([`Kinds::parse_str`], [`load`]) into
//! typed values ([`KindNotice`]), with the same checks and error codes as the built-in kinds.
//!
//! ```
//! use suchana::kind::{Kinds, Value};
//!
//! let mut kinds = Kinds::builtin().map_err(|e| e[0].to_string())?;
//! kinds
//!     .add(include_str!("../../examples/kinds/water-supply/kinds/water-supply.yaml"), "water-supply.yaml")
//!     .map_err(|e| e[0].to_string())?;
//! let yaml = "kind: water-supply\nissuer: { org: पुणे महानगरपालिका }\nplanned: false\n\
//!             reason: pipeline-repair\nzones: [कोथरूड]\nstart: 2025-12-03T09:00\n";
//! for notice in kinds.parse_str(yaml, "notice.yaml") {
//!     let notice = notice.map_err(|errors| errors[0].to_string())?; // file:line:col: message
//!     assert_eq!(notice.get("reason"), Some(&Value::Choice("pipeline-repair".into())));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # A definition
//!
//! A definition is a YAML file, `kinds/<kind>.yaml` in a *pack* folder (beside
//! `locales/<tag>/<kind>.ftl` and `templates/<kind>.<format>.tera`). This is the water board's
//! (`examples/kinds/water-supply/kinds/water-supply.yaml`, most `help:` lines left out):
//!
//! ```yaml
//! kind: water-supply            # what notices write as `kind:`; lower-case, - or _ between words
//! version: 1                    # the version of this format
//! description: Water-supply interruption (municipal water board)
//! fields:
//!   planned:
//!     type: yes-no
//!     required: true
//!     help: true for planned work, false for a breakdown
//!     example: "planned: true"  # shown when the field is missing
//!   reason:
//!     type: choice              # its values become Fluent selector values ($reason)
//!     values: [pipeline-repair, valve-replacement, reservoir-cleaning,
//!              power-failure-at-pumping-station, low-dam-level, other]
//!     required: true
//!   details:
//!     type: text
//!     details-of: reason        # required when reason is `other`, refused otherwise
//!   zones:
//!     type: list
//!     of: text
//!     min-items: 1
//!     max-items: 50
//!     required: true
//!   period:
//!     type: span                # written as two fields of the notice, start and end
//!     start: start
//!     end: end
//!     required: true            # the start is required; the end is optional (open)…
//!     end-required-if: { planned: true }   # …except for planned work
//!   low-pressure-until: { type: date-time }
//!   households: { type: count }
//!   advice: { type: list, of: text, max-items: 10 }
//!   tanker: { type: phone }
//! rules:
//!   - { field: low-pressure-until, after: end }
//! ```
//!
//! **Types** (`type:`): `text` (one string for every language, or `{ mr-IN: …, hi-IN: …,
//! en-IN: … }`), `list` with `of: text` (`min-items`, `max-items` up to 200), `string` (one
//! plain string printed as given, such as a reference number), `date` (`YYYY-MM-DD`),
//! `date-time` (`YYYY-MM-DDTHH:MM`, IST unless an offset follows), `span` (a start and an
//! optional end after it; the value knows whether it is same-day, overnight, multi-day or
//! open), `yes-no`, `count` (a whole number, zero or more), `choice` (`values:`, kebab-case),
//! `phone`, `contacts` (a list of `{ label, phone }`), `person` (`{ name, designation }`),
//! `issuer` (`{ org, office, signatory }`) and `id`.
//!
//! **Rules**: `required: true`; `required-if: { field: value }` (the field is a `choice` or a
//! `yes-no`; a choice may list several values: `{ reason: [a, b] }`); `details-of: <choice>`
//! on a text (present exactly when the choice is `other`: `missing-details`,
//! `unused-details`); `end-required-if` on a span; and under `rules:`,
//! `{ field: a, after: b }` for two dates or two date-times (`end-not-after-start`).
//!
//! **Mistakes** in a definition are reported all at once, each with its file, line, column,
//! a code and what to write instead: `yaml-syntax`, `too-large`, `too-many-fields`,
//! `unknown-key` (with a did-you-mean, or the types a key belongs to), `missing-key`,
//! `wrong-type`, `unknown-type` (with a did-you-mean), `unknown-field` (a condition or rule
//! naming a field there is not), `choice-without-values`, `invalid-condition` (a condition
//! on a field that is not a choice or a yes/no, or with a value it cannot take),
//! `duplicate-field`, `invalid-name`, `invalid-limit`, `unsupported-version`,
//! `duplicate-kind`:
//!
//! ```text
//! w.yaml:3:18: error[unknown-type]: `lsit` is not a field type
//!  = help: did you mean `list`? (types: text, list, string, date, date-time, span, …)
//! ```
//!
//! # Reading notices
//!
//! A notice is checked against its kind's definition with the notice module's own checks and
//! error codes (`unknown-field` with a did-you-mean, `missing-field`, `wrong-type`,
//! `unknown-value`, `invalid-date`, `invalid-datetime`, `invalid-phone`, `empty-text`,
//! `empty-list`, `too-many-items`, `end-not-after-start`, `missing-details`,
//! `unused-details`, `unknown-language`, `duplicate-language`, `text-too-long`, refused
//! characters, the parser budgets). For the built-in kinds the result is the same as
//! [`parse_str`](crate::parse_str)'s — the same notices accepted, the same first error code at
//! the same line and column (`tests/kind_definitions.rs` compares them on every example,
//! data file and bad-input file, on every cut of them, and on a few hundred corner cases) —
//! except in three ways:
//!
//! - where today's loader calls a type mismatch `yaml-syntax` (`issuer: ~`, `start: [x]`, a
//!   list where a choice belongs, a phone that is null), this one says `wrong-type`, at the
//!   same place;
//! - today's loader stops at the first field of the wrong name or type while the parser
//!   reads on; this one reads the document into a tree first, so an error the parser raises
//!   after such a field (a syntax error, a key written twice, a parser budget) is reported
//!   instead of it;
//! - in a document whose `kind:` line today's loader cannot find by a line scan, it calls a
//!   key written twice `yaml-syntax`; this one says `duplicate-key`, at the same place.
//!
//! Bytes that are not UTF-8 and documents over
//! [`MAX_DOCUMENT_BYTES`](crate::notice::MAX_DOCUMENT_BYTES) are refused before any loader
//! sees them, by [`DocumentReader`](crate::notice::DocumentReader).
//!
//! Every kind also has the fields of `kinds/common.yaml` — `id`, `issued`, `reference`,
//! `issuer` (required) and `contacts` — which a definition does not repeat. A definition file
//! holds at most [`MAX_DEFINITION_BYTES`] and [`MAX_FIELDS`] fields.

pub(crate) mod builtin;
mod definition;
mod error;
pub mod fluent;
mod load;
pub mod pack;
mod rules;
pub mod schema;
mod tree;
mod types;
mod value;

use std::sync::Arc;

pub use builtin::{BUILTIN, COMMON};
pub use definition::{
    DEFINITION_VERSION, Definition, FieldDef, MAX_DEFINITION_BYTES, MAX_FIELDS, SpanKeys,
};
pub use error::{DefinitionError, DefinitionErrorKind};
pub use load::{load, load_document};
pub use rules::{Condition, ConditionValue, Rule};
pub use types::FieldType;
pub use value::{FieldValue, KindNotice, Span, SpanKind, Value};

use crate::error::DataError;
use crate::notice::{id_stem, split_documents};

/// The kinds a program knows: the built-in three, and any added from definition files.
#[derive(Clone, Debug)]
pub struct Kinds {
    common: Vec<FieldDef>,
    definitions: Vec<Definition>,
}

impl Kinds {
    /// No kinds at all.
    pub fn empty() -> Kinds {
        Kinds {
            common: Vec::new(),
            definitions: Vec::new(),
        }
    }

    /// The built-in kinds: outage, safety and meeting.
    pub fn builtin() -> Result<Kinds, Vec<DefinitionError>> {
        Ok(Kinds {
            common: builtin::common()?,
            definitions: builtin::definitions()?,
        })
    }

    /// Reads the definition `src` (named `file` in errors) and adds its kind; a kind of the
    /// same name is refused.
    pub fn add(&mut self, src: &str, file: &str) -> Result<&Definition, Vec<DefinitionError>> {
        let def = Definition::parse(src, file, &self.common)?;
        if self.definitions.iter().any(|d| d.kind == def.kind) {
            return Err(vec![DefinitionError {
                file: file.to_string(),
                line: 1,
                column: 1,
                kind: DefinitionErrorKind::DuplicateKind,
                message: format!("the kind `{}` is already defined", def.kind),
                help: Some("give the kind another name".into()),
            }]);
        }
        self.definitions.push(def);
        Ok(&self.definitions[self.definitions.len() - 1])
    }

    /// The fields every notice has (`kinds/common.yaml`), to pass to [`Definition::parse`].
    pub fn common(&self) -> &[FieldDef] {
        &self.common
    }

    /// The definition of `kind`.
    pub fn get(&self, kind: &str) -> Option<&Definition> {
        self.definitions.iter().find(|d| d.kind == kind)
    }

    /// Every definition, built-in first.
    pub fn definitions(&self) -> &[Definition] {
        &self.definitions
    }

    /// Reads every notice of a YAML file against the kind each names: one result per
    /// non-empty document, in order. `file` names the source in errors and gives default ids.
    pub fn parse_str(&self, src: &str, file: &str) -> Vec<Result<KindNotice, Vec<DataError>>> {
        let file: Arc<str> = Arc::from(file);
        let stem = id_stem(&file);
        let all: Vec<&Definition> = self.definitions.iter().collect();
        split_documents(src)
            .iter()
            .map(|doc| load_document(&all, doc, &file, &stem))
            .collect()
    }
}
