//! A notice's own fields as the values of its kind's definition ([`crate::kind::Value`]):
//! what the one generic renderer reads, whichever way the notice was read. A notice of a
//! kind defined as data holds them already; a built-in kind's typed body gives them here,
//! named as `kinds/<kind>.yaml` names its fields.

use std::borrow::Cow;

use super::{Body, Field, Meeting, Notice, Outage, Safety};
use crate::kind::{FieldValue, Span, SpanKind, Value};

impl Notice {
    /// The kind's own fields that this notice gives, in its definition's order (an empty
    /// list is not given).
    pub fn field_values(&self) -> Cow<'_, [FieldValue]> {
        match &self.body {
            Body::Defined(d) | Body::Cancelled(d) => Cow::Borrowed(&d.values),
            Body::Outage(o) => Cow::Owned(outage(o)),
            Body::Safety(s) => Cow::Owned(safety(s)),
            Body::Meeting(m) => Cow::Owned(meeting(m)),
        }
    }
}

/// Collects the values of one notice.
#[derive(Default)]
struct Values(Vec<FieldValue>);

impl Values {
    fn plain(&mut self, name: &str, value: Value) {
        self.0.push(FieldValue {
            name: name.to_string(),
            value,
            path: name.to_string(),
            at: None,
        });
    }

    fn text(&mut self, name: &str, field: Option<&Field>) {
        if let Some(f) = field {
            self.0.push(FieldValue {
                name: name.to_string(),
                value: Value::Text(f.clone()),
                path: f.path.clone(),
                at: f.at,
            });
        }
    }

    fn texts(&mut self, name: &str, fields: &[Field]) {
        if let Some(first) = fields.first() {
            self.0.push(FieldValue {
                name: name.to_string(),
                value: Value::Texts(fields.to_vec()),
                path: name.to_string(),
                at: first.at,
            });
        }
    }

    fn span(&mut self, start: crate::notice::DateTime, end: Option<crate::notice::DateTime>) {
        let kind = SpanKind::of(start, end);
        self.plain("span", Value::Span(Span { start, end, kind }));
    }
}

fn outage(o: &Outage) -> Vec<FieldValue> {
    let mut v = Values::default();
    v.plain("planned", Value::YesNo(o.planned));
    v.plain("reason", Value::Choice(o.reason.key().to_string()));
    v.text("details", o.details.as_ref());
    v.texts("areas", &o.areas);
    v.span(o.start, o.end);
    if let Some(c) = o.consumers {
        v.plain("consumers", Value::Count(c));
    }
    v.0
}

fn safety(s: &Safety) -> Vec<FieldValue> {
    let mut v = Values::default();
    v.plain("hazard", Value::Choice(s.hazard.key().to_string()));
    v.text("details", s.details.as_ref());
    v.texts("advice", &s.advice);
    v.texts("areas", &s.areas);
    if let Some(d) = s.valid_until {
        v.plain("valid_until", Value::Date(d));
    }
    if let Some(p) = &s.report_phone {
        v.plain("report_phone", Value::Phone(p.clone()));
    }
    v.0
}

fn meeting(m: &Meeting) -> Vec<FieldValue> {
    let mut v = Values::default();
    v.text("title", Some(&m.title));
    v.span(m.start, m.end);
    v.text("venue", Some(&m.venue));
    v.text("organizer", Some(&m.organizer));
    if let Some(p) = &m.chair {
        v.plain("chair", Value::Person(p.clone()));
    }
    v.texts("agenda", &m.agenda);
    v.text("audience", m.audience.as_ref());
    if let Some(p) = &m.rsvp_phone {
        v.plain("rsvp_phone", Value::Phone(p.clone()));
    }
    v.0
}
