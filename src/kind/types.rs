//! The field types a kind definition may use: what each is called in a definition, what a
//! notice writes for it, and how to write it.

/// The type of one field of a notice kind. The type decides how a value is read and checked;
/// the engine never looks at field names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// A text: one string for every language, or one per language (`{ mr-IN: …, hi-IN: … }`).
    Text,
    /// A list of texts (`list` with `of: text`).
    TextList,
    /// One plain string, the same in every language and printed as given (a reference number).
    String,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A moment, `YYYY-MM-DDTHH:MM` in IST unless an offset follows.
    DateTime,
    /// Two moments written as two fields of the notice (`start`, `end`); the end is
    /// optional (absent: until further notice) and must be after the start.
    Span,
    /// `true` or `false`.
    YesNo,
    /// A whole number, zero or more (households, consumers).
    Count,
    /// One of a fixed list of values (kebab-case; they become Fluent selector values).
    Choice,
    /// A phone number: digits, spaces, `+` and `-`.
    Phone,
    /// Helplines: a list of `{ label: text, phone: phone }`.
    Contacts,
    /// A person: `{ name: text, designation: text }`.
    Person,
    /// The issuing organisation: `{ org: text, office: text, signatory: person }`.
    Issuer,
    /// An id that names output files: 1–100 of `a-z 0-9 . _ -` (`--out` also refuses a leading `.`).
    Id,
}

impl FieldType {
    /// Every type, in the order the documentation lists them.
    pub const ALL: [FieldType; 14] = [
        FieldType::Text,
        FieldType::TextList,
        FieldType::String,
        FieldType::Date,
        FieldType::DateTime,
        FieldType::Span,
        FieldType::YesNo,
        FieldType::Count,
        FieldType::Choice,
        FieldType::Phone,
        FieldType::Contacts,
        FieldType::Person,
        FieldType::Issuer,
        FieldType::Id,
    ];

    /// The name written after `type:` in a definition (`date-time`).
    pub fn key(self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::TextList => "list",
            FieldType::String => "string",
            FieldType::Date => "date",
            FieldType::DateTime => "date-time",
            FieldType::Span => "span",
            FieldType::YesNo => "yes-no",
            FieldType::Count => "count",
            FieldType::Choice => "choice",
            FieldType::Phone => "phone",
            FieldType::Contacts => "contacts",
            FieldType::Person => "person",
            FieldType::Issuer => "issuer",
            FieldType::Id => "id",
        }
    }

    /// The type named `s`, if any.
    pub fn from_key(s: &str) -> Option<FieldType> {
        FieldType::ALL.into_iter().find(|t| t.key() == s)
    }

    /// Whether a list of this type's values counts items (`min-items`, `max-items` apply).
    pub fn is_list(self) -> bool {
        matches!(self, FieldType::TextList | FieldType::Contacts)
    }

    /// How a notice writes a value of this type, for "wrong type" help.
    pub fn how_to_write(self) -> &'static str {
        match self {
            FieldType::Text => {
                "write a string, or { mr-IN: …, hi-IN: … } for text that differs by language"
            }
            FieldType::TextList => "write a list: `[वाई, पसरणी]`, or one `- item` per line",
            FieldType::String => "write one string, e.g. MSEDCL/WAI/2025/118",
            FieldType::Date => "write YYYY-MM-DD, e.g. 2025-11-22",
            FieldType::DateTime | FieldType::Span => {
                "write YYYY-MM-DDTHH:MM in IST, e.g. 2025-11-24T10:00"
            }
            FieldType::YesNo => "write `true` or `false`",
            FieldType::Count => "write a whole number without commas, e.g. 218000",
            FieldType::Choice => "write one of the listed values",
            FieldType::Phone => "write digits, spaces, + and - only, in quotes: \"1800-212-3435\"",
            FieldType::Contacts => "write a list: `- { label: टोल-फ्री, phone: \"1912\" }`",
            FieldType::Person => "write a mapping: `{ name: …, designation: … }`",
            FieldType::Issuer => "write a mapping: `issuer: { org: महावितरण }`",
            FieldType::Id => "write 1–100 characters from a-z 0-9 . _ -, e.g. wai-2025-11-24",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_is_named_once() {
        for ty in FieldType::ALL {
            assert_eq!(FieldType::from_key(ty.key()), Some(ty));
        }
        assert_eq!(FieldType::from_key("datetime"), None);
    }
}
