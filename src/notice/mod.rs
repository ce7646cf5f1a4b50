//! The data of a notice (notice-data v1): the typed model, reading it from YAML with
//! positions, and validating it.

pub mod datetime;
mod fast;
pub(crate) mod hostile;
pub(crate) mod load;
pub(crate) mod located;
pub(crate) mod raw;
pub(crate) mod status;
mod stream;
pub(crate) mod suggest;
pub(crate) mod text;
mod values;

use std::sync::Arc;

use schemars::JsonSchema;
use serde::Deserialize;

pub use datetime::{Date, DateTime};
pub use load::{
    Document, id_stem, parse_document, parse_document_exact, parse_str, parse_value,
    split_documents,
};
pub use status::{Revision, Status, Supersedes};
pub use stream::{DocumentReader, InputFormat, MAX_DOCUMENT_BYTES, OwnedDocument};
pub use text::Text;

use crate::error::{DataError, DataErrorKind, Position};
use crate::lang::Lang;

/// Which notice a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A planned or unplanned interruption of supply.
    Outage,
    /// A safety advisory.
    Safety,
    /// A meeting, customer meet, hearing or camp.
    Meeting,
}

impl Kind {
    /// Every kind, in the order of the data contract.
    pub const ALL: [Kind; 3] = [Kind::Outage, Kind::Safety, Kind::Meeting];

    /// The name written in YAML (`outage`), also the template name prefix.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Outage => "outage",
            Kind::Safety => "safety",
            Kind::Meeting => "meeting",
        }
    }

    /// The kind named `s`, if any.
    pub fn from_key(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// Why supply is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Planned maintenance and repair.
    Maintenance,
    /// A technical fault.
    Breakdown,
    /// Trimming of trees near lines.
    TreeTrimming,
    /// Load shedding.
    LoadShedding,
    /// Bad weather.
    Weather,
    /// Upgrade of the network.
    NetworkUpgrade,
    /// Anything else, described in `details`.
    Other,
}

impl Reason {
    /// Every reason.
    pub const ALL: [Reason; 7] = [
        Reason::Maintenance,
        Reason::Breakdown,
        Reason::TreeTrimming,
        Reason::LoadShedding,
        Reason::Weather,
        Reason::NetworkUpgrade,
        Reason::Other,
    ];

    /// The name written in YAML, also the Fluent selector value (`tree-trimming`).
    pub fn key(self) -> &'static str {
        match self {
            Reason::Maintenance => "maintenance",
            Reason::Breakdown => "breakdown",
            Reason::TreeTrimming => "tree-trimming",
            Reason::LoadShedding => "load-shedding",
            Reason::Weather => "weather",
            Reason::NetworkUpgrade => "network-upgrade",
            Reason::Other => "other",
        }
    }
}

/// What a safety advisory is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Hazard {
    /// A fallen or hanging line.
    FallenLine,
    /// Monsoon dangers.
    Monsoon,
    /// Illegal hooking of lines.
    IllegalConnection,
    /// Near transformers and substations.
    TransformerArea,
    /// Decorative lighting at festivals.
    FestivalLighting,
    /// Agricultural pumps.
    AgriculturalPump,
    /// Anything else, described in `details`.
    Other,
}

impl Hazard {
    /// Every hazard.
    pub const ALL: [Hazard; 7] = [
        Hazard::FallenLine,
        Hazard::Monsoon,
        Hazard::IllegalConnection,
        Hazard::TransformerArea,
        Hazard::FestivalLighting,
        Hazard::AgriculturalPump,
        Hazard::Other,
    ];

    /// The name written in YAML, also the Fluent selector value (`fallen-line`).
    pub fn key(self) -> &'static str {
        match self {
            Hazard::FallenLine => "fallen-line",
            Hazard::Monsoon => "monsoon",
            Hazard::IllegalConnection => "illegal-connection",
            Hazard::TransformerArea => "transformer-area",
            Hazard::FestivalLighting => "festival-lighting",
            Hazard::AgriculturalPump => "agricultural-pump",
            Hazard::Other => "other",
        }
    }
}

/// A text value and where it was written, so that a missing language can be reported there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The text.
    pub text: Text,
    /// The field path, e.g. `areas[2]`.
    pub path: String,
    /// Where the value is in the file, when it came from a file.
    pub at: Option<Position>,
}

impl Field {
    /// A text field made in code, with no position.
    pub fn new(path: impl Into<String>, text: Text) -> Field {
        Field {
            text,
            path: path.into(),
            at: None,
        }
    }
}

/// A person who signs or presides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Name.
    pub name: Field,
    /// Designation.
    pub designation: Field,
}

/// The issuing organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issuer {
    /// The organisation.
    pub org: Field,
    /// The office or department.
    pub office: Option<Field>,
    /// Who signs.
    pub signatory: Option<Person>,
}

/// A helpline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// What it is for.
    pub label: Option<Field>,
    /// The number, printed exactly as given.
    pub phone: String,
}

/// A planned or unplanned interruption of supply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outage {
    /// Planned shutdown or unplanned interruption.
    pub planned: bool,
    /// Why.
    pub reason: Reason,
    /// Free text about the work (present exactly when the reason is `other`).
    pub details: Option<Field>,
    /// Localities affected, at least one.
    pub areas: Vec<Field>,
    /// When supply goes off.
    pub start: DateTime,
    /// Expected restoration; `None` means until further notice.
    pub end: Option<DateTime>,
    /// How many consumers are affected.
    pub consumers: Option<u64>,
}

/// A safety advisory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Safety {
    /// What it is about.
    pub hazard: Hazard,
    /// Free text (present exactly when the hazard is `other`).
    pub details: Option<Field>,
    /// Extra advice, after the standard advice for the hazard.
    pub advice: Vec<Field>,
    /// Where it applies.
    pub areas: Vec<Field>,
    /// Last day it applies.
    pub valid_until: Option<Date>,
    /// Number to report dangers to.
    pub report_phone: Option<String>,
}

/// A meeting, customer meet, hearing or camp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    /// Title.
    pub title: Field,
    /// When it starts.
    pub start: DateTime,
    /// When it ends.
    pub end: Option<DateTime>,
    /// Where.
    pub venue: Field,
    /// Who organises.
    pub organizer: Field,
    /// Who presides.
    pub chair: Option<Person>,
    /// Agenda items in order.
    pub agenda: Vec<Field>,
    /// Who is invited.
    pub audience: Option<Field>,
    /// Number to confirm attendance.
    pub rsvp_phone: Option<String>,
}

/// What a notice says, by kind.
// The kinds differ in size, but a notice holds one body and is never in a hot array.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// An outage notice.
    Outage(Outage),
    /// A safety advisory.
    Safety(Safety),
    /// A meeting notice.
    Meeting(Meeting),
    /// A notice of a kind defined as data ([`crate::kind`]).
    Defined(Defined),
    /// A cancellation (`status: cancel`) of a notice of any kind, built-in or defined: only
    /// the fields a cancellation may give ([`crate::kind::Definition::in_cancel`]), read
    /// against the kind's definition.
    Cancelled(Defined),
}

/// The fields of a notice of a kind defined as data, typed by its definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Defined {
    /// The kind's definition.
    pub definition: Arc<crate::kind::Definition>,
    /// Each field the notice gives, in the definition's order.
    pub values: Vec<crate::kind::FieldValue>,
}

/// One validated notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The file it came from (as the user named it).
    pub file: Arc<str>,
    /// Where its document starts in the file.
    pub at: Position,
    /// Names output files.
    pub id: String,
    /// Date printed on the notice.
    pub issued: Option<Date>,
    /// Office reference number.
    pub reference: Option<String>,
    /// Who issues it.
    pub issuer: Issuer,
    /// Helplines.
    pub contacts: Vec<Contact>,
    /// The kind's own data.
    pub body: Body,
    /// Whether it stands on its own, revises an earlier notice or cancels it.
    pub status: Status,
    /// Whether every field carries its exact position. The fast paths for plain YAML and
    /// JSON Lines give each field the position of its document's first line; re-read the
    /// document with [`parse_document_exact`] to point at a field.
    pub exact_positions: bool,
}

impl Notice {
    /// Which built-in kind this notice is; `None` for a kind defined as data.
    pub fn kind(&self) -> Option<Kind> {
        match &self.body {
            Body::Outage(_) => Some(Kind::Outage),
            Body::Safety(_) => Some(Kind::Safety),
            Body::Meeting(_) => Some(Kind::Meeting),
            Body::Defined(_) => None,
            Body::Cancelled(d) => Kind::from_key(&d.definition.kind),
        }
    }

    /// Whether the notice stands on its own, revises an earlier one or cancels it, with the
    /// id it supersedes and the change note.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// The kind as the data names it: `outage`, `safety`, `meeting`, or a defined kind's name.
    pub fn kind_key(&self) -> &str {
        match &self.body {
            Body::Defined(d) | Body::Cancelled(d) => &d.definition.kind,
            _ => self.kind().map_or("", Kind::key),
        }
    }

    /// The text of `field` in `lang`, or an error naming the field, the language and the position.
    pub fn text<'a>(&self, field: &'a Field, lang: Lang) -> Result<&'a str, DataError> {
        field.text.get(lang).ok_or_else(|| {
            let has: Vec<&str> = field.text.languages().iter().map(|l| l.tag()).collect();
            DataError {
                file: self.file.clone(),
                position: field.at,
                path: field.path.clone(),
                kind: DataErrorKind::MissingLanguage,
                message: format!("`{}` has no {} text", field.path, lang.tag()),
                help: Some(format!(
                    "add `{}: …` beside {} in this map, or write one plain string for every language",
                    lang.tag(),
                    has.join(", ")
                )),
            }
        })
    }
}
