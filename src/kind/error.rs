//! Mistakes in a kind definition file ([`DefinitionError`]), each with its file, line, column,
//! a stable code and what to write instead.

use std::fmt;

/// What kind of mistake a [`DefinitionError`] reports; each has a stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefinitionErrorKind {
    /// The file is not YAML, or breaks a parser budget.
    Syntax,
    /// The file is larger than [`MAX_DEFINITION_BYTES`](super::MAX_DEFINITION_BYTES).
    TooLarge,
    /// The definition has more than [`MAX_FIELDS`](super::MAX_FIELDS) fields.
    TooManyFields,
    /// A key the definition format does not have (or not for this field's type).
    UnknownKey,
    /// A key the definition needs (`kind`, `fields`, a field's `type`) is missing.
    MissingKey,
    /// A value of the wrong shape (a list where a name belongs, …).
    WrongType,
    /// `type:` names no field type.
    UnknownType,
    /// A rule or condition names a field the definition does not have.
    UnknownField,
    /// A `choice` field without `values`.
    ChoiceWithoutValues,
    /// A condition (`required-if`, `end-required-if`, `details-of`) on a field that is not a
    /// choice or a yes/no, or with a value the field cannot take.
    InvalidCondition,
    /// Two fields (or a field and a span's start or end) with the same name.
    DuplicateField,
    /// A kind, field or choice value name that is not lower-case ASCII kebab or snake case.
    InvalidName,
    /// A list limit that cannot hold (`min-items` above `max-items`, above the global limit).
    InvalidLimit,
    /// `version` is not a version this program reads.
    UnsupportedVersion,
    /// A kind of this name is already defined.
    DuplicateKind,
}

impl DefinitionErrorKind {
    /// The stable, kebab-case code printed with the error (e.g. `unknown-type`).
    pub fn code(self) -> &'static str {
        use DefinitionErrorKind::*;
        match self {
            Syntax => "yaml-syntax",
            TooLarge => "too-large",
            TooManyFields => "too-many-fields",
            UnknownKey => "unknown-key",
            MissingKey => "missing-key",
            WrongType => "wrong-type",
            UnknownType => "unknown-type",
            UnknownField => "unknown-field",
            ChoiceWithoutValues => "choice-without-values",
            InvalidCondition => "invalid-condition",
            DuplicateField => "duplicate-field",
            InvalidName => "invalid-name",
            InvalidLimit => "invalid-limit",
            UnsupportedVersion => "unsupported-version",
            DuplicateKind => "duplicate-kind",
        }
    }
}

impl fmt::Display for DefinitionErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One mistake in a kind definition file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: error[{kind}]: {message}")]
pub struct DefinitionError {
    /// The definition file as it was named.
    pub file: String,
    /// Line, from 1.
    pub line: u32,
    /// Column in characters, from 1.
    pub column: u32,
    /// What went wrong.
    pub kind: DefinitionErrorKind,
    /// A one-line description, naming the field or key.
    pub message: String,
    /// What to write instead, when there is something to suggest.
    pub help: Option<String>,
}

impl DefinitionError {
    /// The stable code of this error, e.g. `unknown-type`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}
