//! Typed values of a notice read against a definition: [`KindNotice`] holds the parts every
//! notice has and an ordered map from field name to [`Value`].

use std::sync::Arc;

use crate::error::Position;
use crate::notice::{Contact, Date, DateTime, Field, Issuer, Person};

/// How a span of time reads, as the words of a notice need it: classified here, said by the
/// locale files (`$span`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpanKind {
    /// Ends on the day it starts (the small hours count to the night before).
    SameDay,
    /// Ends the next day, within 24 hours.
    Overnight,
    /// Lasts several days.
    MultiDay,
    /// No end: until further notice.
    Open,
}

impl SpanKind {
    /// Classifies a span the way the renderer's `span_kind` does: by the day each moment is
    /// said on ([`DateTime::day_said`]), so that 22:00–00:00 is one evening.
    pub fn of(start: DateTime, end: Option<DateTime>) -> SpanKind {
        match end {
            None => SpanKind::Open,
            Some(e) if e.day_said() == start.day_said() => SpanKind::SameDay,
            Some(e)
                if e.day_said().day_before() == start.day_said()
                    && e.minutes() - start.minutes() < 24 * 60 =>
            {
                SpanKind::Overnight
            }
            Some(_) => SpanKind::MultiDay,
        }
    }

    /// The Fluent selector value (`same-day`, `overnight`, `multi-day`, `open`).
    pub fn key(self) -> &'static str {
        match self {
            SpanKind::SameDay => "same-day",
            SpanKind::Overnight => "overnight",
            SpanKind::MultiDay => "multi-day",
            SpanKind::Open => "open",
        }
    }
}

/// A span of time: a start, an optional end after it, and how it reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// When it starts.
    pub start: DateTime,
    /// When it ends; `None`: until further notice.
    pub end: Option<DateTime>,
    /// Same day, overnight, several days or open.
    pub kind: SpanKind,
}

/// A value of one field, by its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A text (one string or one per language).
    Text(Field),
    /// A list of texts.
    Texts(Vec<Field>),
    /// One plain string, printed as given.
    String(String),
    /// A calendar date.
    Date(Date),
    /// A moment in IST.
    DateTime(DateTime),
    /// A span of time.
    Span(Span),
    /// Yes or no.
    YesNo(bool),
    /// A whole number.
    Count(u64),
    /// One of a choice's values (a Fluent selector value).
    Choice(String),
    /// A phone number as written (trimmed).
    Phone(String),
    /// Helplines.
    Contacts(Vec<Contact>),
    /// A person.
    Person(Person),
    /// An issuing organisation.
    Issuer(Issuer),
    /// An id.
    Id(String),
}

/// One field's value with the field's path and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldValue {
    /// The field's name in the definition.
    pub name: String,
    /// The value.
    pub value: Value,
    /// The field path in the notice (`areas`; a span's start key).
    pub path: String,
    /// Where the value is written in the file.
    pub at: Option<Position>,
}

/// One notice of a defined kind, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindNotice {
    /// The kind's name (`water-supply`).
    pub kind: String,
    /// The file it came from (as the user named it).
    pub file: Arc<str>,
    /// Where its document starts in the file.
    pub at: Position,
    /// Names output files (given, or `<file stem>-<document number>`).
    pub id: String,
    /// Date printed on the notice.
    pub issued: Option<Date>,
    /// Office reference number.
    pub reference: Option<String>,
    /// Who issues it.
    pub issuer: Issuer,
    /// Helplines.
    pub contacts: Vec<Contact>,
    /// The kind's own fields that the notice gives, in the definition's order.
    pub values: Vec<FieldValue>,
    /// Whether it stands on its own, revises an earlier notice or cancels it.
    pub status: crate::notice::Status,
}

impl KindNotice {
    /// The notice, of kind `definition` (the one it was read against): a cancellation's
    /// fields as [`Body::Cancelled`](crate::notice::Body::Cancelled), any other notice's as
    /// [`Body::Defined`](crate::notice::Body::Defined).
    pub fn into_notice(self, definition: Arc<super::Definition>) -> crate::notice::Notice {
        use crate::notice::{Body, Defined};
        let defined = Defined {
            definition,
            values: self.values,
        };
        crate::notice::Notice {
            file: self.file,
            at: self.at,
            id: self.id,
            issued: self.issued,
            reference: self.reference,
            issuer: self.issuer,
            contacts: self.contacts,
            body: if self.status.is_cancel() {
                Body::Cancelled(defined)
            } else {
                Body::Defined(defined)
            },
            status: self.status,
            exact_positions: true,
        }
    }

    /// The value of the kind's field `name`, when the notice gives it.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values
            .iter()
            .find(|v| v.name == name)
            .map(|v| &v.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::datetime::parse_datetime;

    fn kind(start: &str, end: Option<&str>) -> SpanKind {
        let at = |s: &str| parse_datetime(s).unwrap_or_else(|| panic!("{s}"));
        SpanKind::of(at(start), end.map(at))
    }

    #[test]
    fn spans_are_classified_by_the_day_each_moment_is_said_on() {
        assert_eq!(
            kind("2025-11-24T10:00", Some("2025-11-24T14:00")),
            SpanKind::SameDay
        );
        // Midnight ends the evening it closes; the small hours belong to the night before.
        assert_eq!(
            kind("2025-11-24T22:00", Some("2025-11-25T00:00")),
            SpanKind::SameDay
        );
        assert_eq!(
            kind("2025-11-24T22:00", Some("2025-11-25T03:30")),
            SpanKind::SameDay
        );
        assert_eq!(
            kind("2025-11-24T22:00", Some("2025-11-25T06:00")),
            SpanKind::Overnight
        );
        assert_eq!(
            kind("2025-11-24T10:00", Some("2025-11-25T12:00")),
            SpanKind::MultiDay
        );
        assert_eq!(
            kind("2025-11-24T10:00", Some("2025-11-26T09:00")),
            SpanKind::MultiDay
        );
        assert_eq!(kind("2025-11-24T10:00", None), SpanKind::Open);
        assert_eq!(SpanKind::Overnight.key(), "overnight");
    }
}
