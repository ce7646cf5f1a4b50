//! The times of a CAP alert: `<sent>`, and each `<info>`'s `<onset>` and `<expires>`, from
//! the notice, written as CAP writes them (`2025-11-24T10:00:00+05:30`: seconds and the
//! offset always given; every notice's times are Indian Standard Time).

use crate::error::{DataError, DataErrorKind};
use crate::kind::Value;
use crate::notice::{Body, Date, DateTime, Notice};

use super::CapOptions;

/// `t` as CAP writes a time: `YYYY-MM-DDThh:mm:ss+05:30`.
pub fn cap_time(t: DateTime) -> String {
    format!("{}T{:02}:{:02}:00+05:30", t.date, t.hour, t.minute)
}

/// The last second of day `d` in IST, as CAP writes it: `2025-09-30T23:59:59+05:30`.
fn end_of_day(d: Date) -> String {
    format!("{d}T23:59:59+05:30")
}

/// `<sent>`: the time the options give, or 00:00 IST of the day the notice is `issued` (so
/// that the same notice always gives the same alert); an error when there is neither.
pub fn sent(notice: &Notice, options: &CapOptions) -> Result<DateTime, DataError> {
    if let Some(sent) = options.sent {
        return Ok(sent);
    }
    let Some(date) = notice.issued else {
        return Err(DataError {
            file: notice.file.clone(),
            position: Some(notice.at),
            path: "issued".into(),
            kind: DataErrorKind::MissingField,
            message: format!(
                "notice `{}`: a CAP alert needs `issued`: its <sent> time is 00:00 IST of that day",
                notice.id
            ),
            help: Some(
                "add `issued: YYYY-MM-DD`, or give the time the alert is sent with --cap-sent YYYY-MM-DDTHH:MM"
                    .into(),
            ),
        });
    };
    Ok(DateTime {
        date,
        hour: 0,
        minute: 0,
    })
}

/// `<onset>` and `<expires>` of every `<info>`: an outage's `start` and `end` (no
/// `<expires>` while no end is known); a safety advisory's end of its `valid_until` day (no
/// `<onset>`: it applies from `<sent>`); a meeting's `start` and `end`; the first span field
/// of a kind defined as data; none for a cancellation.
pub fn onset_expires(notice: &Notice) -> (Option<String>, Option<String>) {
    match &notice.body {
        Body::Outage(o) => (Some(cap_time(o.start)), o.end.map(cap_time)),
        Body::Safety(s) => (None, s.valid_until.map(end_of_day)),
        Body::Meeting(m) => (Some(cap_time(m.start)), m.end.map(cap_time)),
        // A cancellation announces nothing to come.
        Body::Cancelled(_) => (None, None),
        Body::Defined(d) => d
            .values
            .iter()
            .find_map(|v| match &v.value {
                Value::Span(span) => Some((Some(cap_time(span.start)), span.end.map(cap_time))),
                _ => None,
            })
            .unwrap_or((None, None)),
    }
}
