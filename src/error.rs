//! Typed errors: bad notice data ([`DataError`]), bad locale or template files ([`SetupError`]),
//! and failures while rendering ([`RenderError`]).

use std::fmt;
use std::sync::Arc;

/// A 1-based line and column in a source file; the column counts characters, not bytes,
/// so it points at the right letter in Devanagari text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: u32,
    /// Column in characters, from 1.
    pub column: u32,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// What kind of problem a [`DataError`] reports; each has a stable code for scripts and docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataErrorKind {
    /// The bytes are not UTF-8.
    NotUtf8,
    /// One document is larger than [`MAX_DOCUMENT_BYTES`](crate::notice::MAX_DOCUMENT_BYTES).
    DocumentTooLarge,
    /// The YAML itself is malformed.
    Syntax,
    /// A document is empty of fields or is not a mapping.
    NotAMapping,
    /// `kind` is missing.
    MissingKind,
    /// `kind` is not one of outage, safety, meeting.
    UnknownKind,
    /// A field that the notice kind does not have.
    UnknownField,
    /// A required field is missing.
    MissingField,
    /// A value outside a field's list of allowed values.
    UnknownValue,
    /// A value of the wrong type (a list where a string belongs, …).
    WrongType,
    /// The same key twice in one mapping.
    DuplicateKey,
    /// `id` does not follow the id pattern.
    InvalidId,
    /// A date is not `YYYY-MM-DD` or is not a real day.
    InvalidDate,
    /// A date and time is not `YYYY-MM-DDTHH:MM[:SS][±HH:MM]` or is not a real moment.
    InvalidDateTime,
    /// `end` is not after `start`.
    EndNotAfterStart,
    /// `details` is needed (reason or hazard `other`) but missing.
    MissingDetails,
    /// `details` is given where it would never be printed.
    UnusedDetails,
    /// A list that must hold at least one item is empty.
    EmptyList,
    /// A text value is empty or only spaces.
    EmptyText,
    /// A phone number holds characters other than digits, spaces, `+` and `-`.
    InvalidPhone,
    /// A language key in a text map is not one of the shipped languages.
    UnknownLanguage,
    /// Two keys of one text map name the same language.
    DuplicateLanguage,
    /// A text map lacks the language being rendered.
    MissingLanguage,
    /// A text holds a control character other than a line break or a tab.
    ControlCharacter,
    /// A text holds an invisible direction control (U+202A–U+202E, U+2066–U+2069, …).
    BidiControl,
    /// A text holds an invisible format character (U+200B, U+2060, U+FEFF, U+00AD, …);
    /// ZWJ and ZWNJ, which Devanagari needs, are allowed.
    InvisibleCharacter,
    /// A text is longer than [`MAX_TEXT_CHARS`](crate::limits::MAX_TEXT_CHARS).
    TextTooLong,
    /// A list has more than [`MAX_LIST_ITEMS`](crate::limits::MAX_LIST_ITEMS) items.
    TooManyItems,
    /// The document nests deeper than [`MAX_YAML_DEPTH`](crate::limits::MAX_YAML_DEPTH).
    TooDeep,
    /// The document breaks the YAML alias budget (an alias bomb).
    TooManyAliases,
    /// The document breaks another YAML budget (nodes, events, bytes of text).
    TooLarge,
    /// A notice asked for as a CAP alert that is not one (a meeting, a kind defined as data).
    NotAnAlert,
    /// `supersedes` is given on a notice that is neither an update nor a cancellation.
    SupersedesWithoutStatus,
    /// `supersedes` names the notice's own id.
    SupersedesItself,
    /// `change` is given on a notice that is neither an update nor a cancellation.
    UnusedChange,
    /// A cancellation gives a field of its kind that a cancellation does not print.
    NotInCancel,
    /// `status: postponed` on a notice its kind says cannot be postponed
    /// (`postponable-if` of the definition: an unplanned outage).
    NotPostponable,
    /// The notice `supersedes` names, read in the same run, is of another kind.
    SupersededKindMismatch,
}

impl DataErrorKind {
    /// The stable, kebab-case code printed with the error (e.g. `unknown-field`).
    pub fn code(self) -> &'static str {
        use DataErrorKind::*;
        match self {
            NotUtf8 => "not-utf8",
            DocumentTooLarge => "document-too-large",
            Syntax => "yaml-syntax",
            NotAMapping => "not-a-mapping",
            MissingKind => "missing-kind",
            UnknownKind => "unknown-kind",
            UnknownField => "unknown-field",
            MissingField => "missing-field",
            UnknownValue => "unknown-value",
            WrongType => "wrong-type",
            DuplicateKey => "duplicate-key",
            InvalidId => "invalid-id",
            InvalidDate => "invalid-date",
            InvalidDateTime => "invalid-datetime",
            EndNotAfterStart => "end-not-after-start",
            MissingDetails => "missing-details",
            UnusedDetails => "unused-details",
            EmptyList => "empty-list",
            EmptyText => "empty-text",
            InvalidPhone => "invalid-phone",
            UnknownLanguage => "unknown-language",
            DuplicateLanguage => "duplicate-language",
            MissingLanguage => "missing-language",
            ControlCharacter => "control-character",
            BidiControl => "bidi-control",
            InvisibleCharacter => "invisible-character",
            TextTooLong => "text-too-long",
            TooManyItems => "too-many-items",
            TooDeep => "too-deep",
            TooManyAliases => "too-many-aliases",
            TooLarge => "too-large",
            NotAnAlert => "not-an-alert",
            SupersedesWithoutStatus => "supersedes-without-status",
            SupersedesItself => "supersedes-itself",
            UnusedChange => "unused-change",
            NotInCancel => "not-in-cancel",
            NotPostponable => "not-postponable",
            SupersededKindMismatch => "superseded-kind-mismatch",
        }
    }
}

/// One problem with notice data, with where it is and what to write instead.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {message}", self.file, self.position.map(|p| format!(":{p}")).unwrap_or_default())]
pub struct DataError {
    /// The file name as the user gave it (`-` or `<stdin>` for standard input).
    pub file: Arc<str>,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The field path, e.g. `areas[1]` or `issuer.office.mr-IN`; empty for the whole document.
    pub path: String,
    /// What went wrong.
    pub kind: DataErrorKind,
    /// A one-line description, naming the field.
    pub message: String,
    /// What to write instead, when there is something to suggest.
    pub help: Option<String>,
}

impl DataError {
    /// The stable code of this error, e.g. `unknown-field`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}

/// A locale or template file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SetupError {
    /// A folder or file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A locale or template file is larger than
    /// [`MAX_SETUP_FILE_BYTES`](crate::limits::MAX_SETUP_FILE_BYTES).
    #[error(
        "{path}: the file is larger than {limit} bytes; a locale or template file this large is a mistake"
    )]
    TooLarge {
        /// The file.
        path: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A locale or template file is not UTF-8 text.
    #[error("{path}:{line}:{column}: the file is not UTF-8 text; save it as UTF-8")]
    NotUtf8 {
        /// The file.
        path: String,
        /// Line of the first byte that is not UTF-8, from 1.
        line: u32,
        /// Its column in characters, from 1.
        column: u32,
    },
    /// A Fluent file has syntax errors.
    #[error("{file}:{line}:{column}: Fluent syntax error: {message}")]
    FluentSyntax {
        /// The `.ftl` file.
        file: String,
        /// Line, from 1.
        line: u32,
        /// Column in characters, from 1.
        column: u32,
        /// The parser's description.
        message: String,
    },
    /// A message id is defined twice across a language's files.
    #[error("{file}: {message}")]
    FluentBundle {
        /// The `.ftl` file.
        file: String,
        /// What the bundle reported.
        message: String,
    },
    /// Kind definitions with mistakes (each with its file, line and column).
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Definitions(Vec<crate::kind::DefinitionError>),
    /// A language manifest (`language.yaml`) that cannot be read or is wrong.
    #[error("{file}:{line}:{column}: {message}")]
    Manifest {
        /// The manifest's path.
        file: String,
        /// 1-based line.
        line: u32,
        /// 1-based column.
        column: u32,
        /// What is wrong and what to write instead.
        message: String,
    },
    /// A language has no `.ftl` files in the locales folder.
    #[error("{path}: no .ftl files for {lang}")]
    MissingLocale {
        /// The folder searched.
        path: String,
        /// The language tag.
        lang: &'static str,
    },
    /// A template failed to parse.
    #[error("template {name}: {message}")]
    Template {
        /// The template's name.
        name: String,
        /// Tera's description.
        message: String,
    },
    /// ICU4X data for a language could not be loaded.
    #[error("locale data for {lang}: {message}")]
    LocaleData {
        /// The language tag.
        lang: &'static str,
        /// What failed.
        message: String,
    },
}

/// Why a notice could not be rendered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// The notice data cannot be rendered in this language (e.g. a text map lacks it).
    #[error(transparent)]
    Data(#[from] DataError),
    /// A Fluent message is missing or failed to format; the text would have been wrong, so nothing is printed.
    #[error("{lang}: message `{id}`: {message}")]
    Message {
        /// The language tag.
        lang: &'static str,
        /// The message id.
        id: String,
        /// What failed.
        message: String,
    },
    /// The engine does not speak the language: it was registered by another engine's
    /// locales folder.
    #[error(
        "{lang}: this engine was not built with this language; give it the locales folder that holds {lang}/"
    )]
    LanguageNotLoaded {
        /// The language tag.
        lang: &'static str,
    },
    /// No DLT template can be made for the SMS of this kind: a kind defined as data whose SMS
    /// messages use a number or a moment, or whose SMS template reads data outside them.
    #[error("{kind}: no DLT template can be made for its SMS: {reason}")]
    NoDltTemplates {
        /// The kind.
        kind: String,
        /// Why, and what to change.
        reason: String,
    },
    /// The template failed while rendering.
    #[error("template {name}: {message}")]
    Template {
        /// The template's name.
        name: String,
        /// Tera's description.
        message: String,
    },
    /// A bilingual SMS would take more parts than allowed.
    #[error(
        "the SMS in several languages needs {parts} parts ({units} UTF-16 units); at most {max} are allowed: send one SMS per language (leave out --bilingual)"
    )]
    SmsTooLong {
        /// Parts the SMS would take.
        parts: usize,
        /// Its length in UTF-16 code units.
        units: usize,
        /// The most parts allowed.
        max: usize,
    },
    /// No WhatsApp template can be made for this kind or notice, or its message breaks a
    /// rule of Meta's (`--format whatsapp-template`).
    #[error("{0}")]
    Whatsapp(String),
    /// Writing the output failed.
    #[error("write failed: {0}")]
    Io(#[from] std::io::Error),
}
