//! How each field of a kind reaches Fluent: the variables a field gives its kind's messages,
//! and the values of those that are selectors. The renderer sets exactly these
//! (`render/defined.rs`) and the checker checks the `.ftl` files against them.
//!
//! | type | variables (field `x`) |
//! |---|---|
//! | text, string, phone, date | `$x` |
//! | list of texts | `$x` (joined), `$x-count` (a number) |
//! | date-time | `$x`, `$x-at` (the `moment` message), `$x-clock` (the `clock` message) |
//! | span with keys `start`/`end` | `$x` (`same-day`, `overnight`, `multi-day`, `open`), and `$start`, `$start-at`, `$start-clock` and the same for `end`, `$has-end` |
//! | yes/no | `$x` (`yes`, `no`) |
//! | count | `$x` (a number) |
//! | choice | `$x` (one of its values) |
//! | person | `$x-name`, `$x-designation` |
//!
//! Every field also gives `$has-x` (`yes`, `no`). A field named with `_` gives its variables
//! with `-`, as Fluent names are written: field `valid_until` gives `$valid-until`.
//!
//! # In an SMS
//!
//! The messages the kind's `.sms.tera` template requests, and those they reference, get the
//! same variables with the same values, and these besides ([`sms_field_variables`]): the
//! short forms that fit a DLT variable (30 characters at most).
//!
//! | type | in an SMS (field `x`) | DLT |
//! |---|---|---|
//! | text, string, phone, id | `$x` | a variable |
//! | person | `$x-name`, `$x-designation` | variables |
//! | list of texts | `$x`: as many items as fit in 30 characters, the rest counted with the `sms-more-areas` message ("कोथरूड, वारजे आणि इतर ३"); left out when the list is empty. `$x-list`: `none`, `one`, `many` (all of them) or `partial` (some, and the count of the rest) | `$x` a variable, `$x-list` a selector |
//! | date-time | `$x-short`: "३ डिसेंबर, सकाळी ९:००" (the `sms-moment` message) | a variable |
//! | span with keys `start`/`end` | `$start-short` as a date-time; `$end-short` the same, or only the time ("रात्री ९:००", `sms-clock`) when the end is on the start's day | variables; `$x` and `$has-end` selectors |
//! | date | `$x-short`: "३ डिसेंबर" (`sms-date`) | a variable |
//! | yes/no, choice, `$has-x` | as above | selectors |
//! | count, `$x-count`, and `$x` of a date, date-time or span end | as above (numbers and moments) | none: a DLT template cannot vary with them, so `suchana dlt` refuses a kind whose SMS uses them (use `$x-list`, `$x-short`) |
//!
//! `$x-at` and `$x-clock` are variables too, but `$x-at` is longer than a DLT variable may be.
//! `suchana dlt` lists a template for every case of the selectors the SMS messages use (an
//! optional field's `$has-x` among them when they use any variable of it).

use std::borrow::Cow;

use super::{Definition, FieldDef, FieldType};

/// The Fluent name of field (or span key) `name`: `_` written as `-` (`valid_until` gives
/// `$valid-until`).
pub fn var_name(name: &str) -> Cow<'_, str> {
    if name.contains('_') {
        Cow::Owned(name.replace('_', "-"))
    } else {
        Cow::Borrowed(name)
    }
}

/// One variable a kind's messages may get.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variable {
    /// The name, without `$`.
    pub name: String,
    /// The values it takes, when it is a selector (`yes`/`no`, a choice's values, a span's
    /// kinds).
    pub values: Option<Vec<&'static str>>,
    /// The choice values it takes, when it is a choice.
    pub choices: Option<Vec<String>>,
    /// Whether it is a number (plural selectors, `NUMBER`).
    pub numeric: bool,
}

impl Variable {
    fn plain(name: impl Into<String>) -> Variable {
        Variable {
            name: name.into(),
            values: None,
            choices: None,
            numeric: false,
        }
    }

    fn of(name: impl Into<String>, values: &[&'static str]) -> Variable {
        Variable {
            values: Some(values.to_vec()),
            ..Variable::plain(name)
        }
    }
}

/// `yes` and `no`.
pub const YES_NO: [&str; 2] = ["yes", "no"];

/// The kinds of a time span, as `$x` of a span gives them.
pub const SPAN_KINDS: [&str; 4] = ["same-day", "overnight", "multi-day", "open"];

/// The variables of a date-time named `name`: `$name`, `$name-at`, `$name-clock`.
pub fn moment(name: &str) -> [Variable; 3] {
    [
        Variable::plain(name),
        Variable::plain(format!("{name}-at")),
        Variable::plain(format!("{name}-clock")),
    ]
}

/// The variables `field` gives when a notice has it (not its `$has-…`).
pub fn field_variables(field: &FieldDef) -> Vec<Variable> {
    let name = &*var_name(&field.name);
    match field.ty {
        FieldType::Text
        | FieldType::String
        | FieldType::Phone
        | FieldType::Id
        | FieldType::Date => {
            vec![Variable::plain(name)]
        }
        FieldType::TextList => vec![
            Variable::plain(name),
            Variable {
                numeric: true,
                ..Variable::plain(format!("{name}-count"))
            },
        ],
        FieldType::DateTime => moment(name).to_vec(),
        FieldType::Span => {
            let mut all = vec![Variable::of(name, &SPAN_KINDS)];
            if let Some(keys) = &field.span {
                all.extend(moment(&var_name(&keys.start)));
                all.extend(moment(&var_name(&keys.end)));
                all.push(Variable::of(
                    format!("has-{}", var_name(&keys.end)),
                    &YES_NO,
                ));
            }
            all
        }
        FieldType::YesNo => vec![Variable::of(name, &YES_NO)],
        FieldType::Count => vec![Variable {
            numeric: true,
            ..Variable::plain(name)
        }],
        FieldType::Choice => vec![Variable {
            choices: Some(field.values.clone()),
            ..Variable::plain(name)
        }],
        FieldType::Person => vec![
            Variable::plain(format!("{name}-name")),
            Variable::plain(format!("{name}-designation")),
        ],
        FieldType::Contacts | FieldType::Issuer => Vec::new(),
    }
}

/// How a list reads in an SMS, as `$x-list` gives it: empty, one item, all of several, or
/// the first few and the count of the rest.
pub const LIST_KINDS: [&str; 4] = ["none", "one", "many", "partial"];

/// The variables an SMS message gets from `field` besides [`field_variables`]: the short
/// forms that fit a DLT variable (`$x-short`, `$x-list`).
pub fn sms_field_variables(field: &FieldDef) -> Vec<Variable> {
    let name = &*var_name(&field.name);
    match field.ty {
        FieldType::Date | FieldType::DateTime => vec![Variable::plain(format!("{name}-short"))],
        FieldType::Span => field
            .span
            .iter()
            .flat_map(|keys| [&keys.start, &keys.end])
            .map(|key| Variable::plain(format!("{}-short", var_name(key))))
            .collect(),
        FieldType::TextList => vec![Variable::of(format!("{name}-list"), &LIST_KINDS)],
        _ => Vec::new(),
    }
}

/// Every variable the SMS messages of `definition`'s kind get besides [`variables`].
pub fn sms_variables(definition: &Definition) -> Vec<Variable> {
    definition
        .fields
        .iter()
        .filter(|f| !f.common)
        .flat_map(sms_field_variables)
        .collect()
}

/// Every variable the messages of `definition`'s kind may get, in the definition's order.
pub fn variables(definition: &Definition) -> Vec<Variable> {
    let mut all = Vec::new();
    for field in definition.fields.iter().filter(|f| !f.common) {
        all.push(Variable::of(
            format!("has-{}", var_name(&field.name)),
            &YES_NO,
        ));
        all.extend(field_variables(field));
    }
    all
}

/// The messages of a kind (`<kind>-cancelled`, as `msg.cancelled`) that a cancellation of
/// it requests when they exist, through the one layout every kind's cancellation shares
/// (`cancel.<format>.tera`); a kind without them is cancelled in `notice-cancelled`'s words.
pub const CANCEL_MESSAGES: &[&str] = &["cancelled"];

/// Whether message `id` belongs to `kind`: its messages are named `<kind>-…`.
pub fn is_message_of(id: &str, kind: &str) -> bool {
    id.strip_prefix(kind)
        .is_some_and(|rest| rest.starts_with('-') && rest.len() > 1)
}
