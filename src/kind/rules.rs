//! The rules of a kind beyond one field's type: fields required by another's value
//! (`required-if`), a `details` text that belongs to a choice's `other`, and an order between
//! two moments (`after`).

use crate::error::Position;

/// "When field `field` has one of these values": the condition of `required-if` and
/// `end-required-if`. Only a `choice` or a `yes-no` field can be a condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    /// The field whose value decides.
    pub field: String,
    /// The values that make the condition hold.
    pub equals: ConditionValue,
    /// Where the condition is written in the definition.
    pub at: Position,
}

/// The value a [`Condition`] compares with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConditionValue {
    /// A yes/no field being `true` or `false`.
    YesNo(bool),
    /// A choice field having one of these values.
    OneOf(Vec<String>),
}

impl ConditionValue {
    /// Whether a selector value of the field (`yes`/`no` of a yes-no field, a choice's value)
    /// makes the condition hold.
    pub fn holds_for(&self, value: &str) -> bool {
        match self {
            ConditionValue::YesNo(b) => value == if *b { "yes" } else { "no" },
            ConditionValue::OneOf(values) => values.iter().any(|v| v == value),
        }
    }

    /// How the condition reads in a message: `true`, `other`, `a or b`.
    pub fn describe(&self) -> String {
        match self {
            ConditionValue::YesNo(b) => b.to_string(),
            ConditionValue::OneOf(values) => values.join(" or "),
        }
    }
}

/// A rule between two fields of a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// `field` must be later than `after` (two `date-time` or two `date` fields); checked when
    /// both are given: `end-not-after-start`.
    After {
        /// The later field.
        field: String,
        /// The earlier field.
        after: String,
        /// Where the rule is written in the definition.
        at: Position,
    },
}
