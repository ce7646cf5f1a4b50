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

/// Whether message `id` belongs to `kind`: its messages are named `<kind>-…`.
pub fn is_message_of(id: &str, kind: &str) -> bool {
    id.strip_prefix(kind)
        .is_some_and(|rest| rest.starts_with('-') && rest.len() > 1)
}
