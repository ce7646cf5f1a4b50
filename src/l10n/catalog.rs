//! What the code asks of the locale files by name: every message the renderer requests itself
//! (the parts every notice has, and the SMS of the built-in kinds) with the variables it
//! passes, the values its string selector variables can take, and the template context of
//! the built-in kinds' SMS. The messages of each kind, built-in or not, come from its
//! definition instead ([`crate::kind::fluent`]). `suchana check` compares the `.ftl` files and
//! templates against both, and every render verifies this one ([`verify`]), so a catalog that
//! falls behind the code fails the tests.

/// A message the code requests, with every variable it may pass (some only sometimes: `$to`
/// only when an end is known, `$hazard-name` only for `other`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageSpec {
    /// The message id.
    pub id: &'static str,
    /// The variables passed, without `$`.
    pub vars: &'static [&'static str],
}

/// A string variable whose value is always one of a known set (Fluent selectors switch on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueSet {
    /// The variable, without `$`.
    pub var: &'static str,
    /// Every value the code passes.
    pub values: &'static [&'static str],
}

/// The template context variables of one kind of notice (besides [`SHARED_CONTEXT`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindContext {
    /// The kind's key, also the template name prefix (`outage`).
    pub kind: &'static str,
    /// The variables the kind adds.
    pub vars: &'static [&'static str],
}

const NONE: &[&str] = &[];
const SMS_OUTAGE: &[&str] = &[
    "planned",
    "reason",
    "span",
    "area-list",
    "has-phone",
    "org",
    "from",
    "to",
    "cause",
    "areas",
    "phone",
];
const SMS_SAFETY: &[&str] = &[
    "hazard",
    "area-list",
    "has-until",
    "has-phone",
    "org",
    "hazard-name",
    "areas",
    "until",
    "phone",
];
const SMS_MEETING: &[&str] = &[
    "has-phone",
    "org",
    "title",
    "date",
    "time",
    "venue",
    "phone",
];
/// `sms-contact` ends the SMS of outages and meetings, so it gets the variables of either.
const SMS_CONTACT: &[&str] = &[
    "planned",
    "reason",
    "span",
    "area-list",
    "has-phone",
    "org",
    "from",
    "to",
    "cause",
    "areas",
    "phone",
    "title",
    "date",
    "time",
    "venue",
];

/// A cancellation's SMS of each built-in kind gets its selectors and variables.
const SMS_OUTAGE_CANCELLED: &[&str] = &["status", "has-date", "area-list", "org", "from", "areas"];
const SMS_SAFETY_CANCELLED: &[&str] = &["status", "area-list", "org", "areas"];
/// The cancellation's SMS of a kind defined as data: what it keeps, by type (its first date
/// or span's start as `$from`, its first list as `$areas`), else the id it cancels.
const SMS_NOTICE_CANCELLED: &[&str] = &[
    "status",
    "has-date",
    "area-list",
    "org",
    "from",
    "areas",
    "supersedes",
];
const SMS_MEETING_CANCELLED: &[&str] = &[
    "status",
    "has-title",
    "has-date",
    "has-venue",
    "org",
    "title",
    "date",
    "time",
    "venue",
];

macro_rules! spec {
    ($id:literal, $vars:expr) => {
        MessageSpec {
            id: $id,
            vars: $vars,
        }
    };
}

/// Every message the code requests, sorted by id (a test keeps it sorted).
pub const MESSAGES: &[MessageSpec] = &[
    spec!("change-line", &["status", "change"]),
    spec!("clock", &["time"]),
    spec!("contact-group", &["phones", "has-label", "label"]),
    spec!("contacts-heading", NONE),
    spec!("contacts-sentence", &["contacts", "phone-count"]),
    spec!("issued-line", &["issued"]),
    spec!("moment", &["time", "small-hours"]),
    spec!(
        "notice-cancelled",
        &["supersedes", "has-date", "date", "has-areas", "areas"]
    ),
    spec!("notice-cancelled-heading", NONE),
    spec!("notice-heading", NONE),
    spec!("notice-revised", &["revision"]),
    spec!("reference-line", &["reference"]),
    spec!("sentence", &["text"]),
    spec!("sms-clock", &["time", "small-hours"]),
    spec!("sms-contact", SMS_CONTACT),
    spec!("sms-date", &["time"]),
    spec!("sms-meeting", SMS_MEETING),
    spec!("sms-meeting-cancelled", SMS_MEETING_CANCELLED),
    spec!("sms-moment", &["time", "small-hours"]),
    spec!("sms-more-areas", &["more"]),
    spec!("sms-notice-cancelled", SMS_NOTICE_CANCELLED),
    spec!("sms-outage", SMS_OUTAGE),
    spec!("sms-outage-cancelled", SMS_OUTAGE_CANCELLED),
    spec!("sms-outage-cause", &["reason"]),
    spec!("sms-revised", &["revision"]),
    spec!("sms-safety", SMS_SAFETY),
    spec!("sms-safety-cancelled", SMS_SAFETY_CANCELLED),
    spec!("sms-safety-report", SMS_SAFETY),
    spec!("sms-safety-until", SMS_SAFETY),
    spec!("supersedes-line", &["status", "supersedes"]),
    spec!("whatsapp-template-closing", NONE),
    spec!("whatsapp-template-greeting", NONE),
];

/// The keys of [`Reason::ALL`](crate::notice::Reason::ALL), the values of `$reason`.
pub const REASONS: &[&str] = &[
    "maintenance",
    "breakdown",
    "tree-trimming",
    "load-shedding",
    "weather",
    "network-upgrade",
    "other",
];

/// The keys of [`Hazard::ALL`](crate::notice::Hazard::ALL), the values of `$hazard`.
pub const HAZARDS: &[&str] = &[
    "fallen-line",
    "monsoon",
    "illegal-connection",
    "transformer-area",
    "festival-lighting",
    "agricultural-pump",
    "other",
];

/// The values of `$span`: how a time span falls on the calendar (see the renderer's
/// `span_kind`).
pub const SPANS: &[&str] = &["same-day", "overnight", "multi-day", "open"];

/// A variable that is `yes` or `no`.
const fn yes_no(var: &'static str) -> ValueSet {
    ValueSet {
        var,
        values: &["yes", "no"],
    }
}

/// The known values of string selector variables.
pub const VALUE_SETS: &[ValueSet] = &[
    yes_no("planned"),
    ValueSet {
        var: "reason",
        values: REASONS,
    },
    ValueSet {
        var: "hazard",
        values: HAZARDS,
    },
    ValueSet {
        var: "span",
        values: SPANS,
    },
    ValueSet {
        var: "area-list",
        values: &["none", "one", "many", "partial"],
    },
    yes_no("has-phone"),
    yes_no("has-until"),
    yes_no("small-hours"),
    yes_no("has-label"),
    ValueSet {
        var: "status",
        values: &["update", "cancel"],
    },
    ValueSet {
        var: "revision",
        values: &["none", "postponed", "extended"],
    },
    yes_no("has-date"),
    yes_no("has-title"),
    yes_no("has-venue"),
    yes_no("has-areas"),
];

/// Variables the code passes as numbers (a selector on them is a plural selector).
pub const NUMERIC_VARS: &[&str] = &["more", "phone-count"];

/// Template context variables every notice has (`header()` and `context()` in the renderer).
pub const SHARED_CONTEXT: &[&str] = &[
    "id",
    "kind",
    "lang",
    "notice_heading",
    "org",
    "office",
    "reference_line",
    "issued_line",
    "contacts",
    "contacts_heading",
    "contacts_sentence",
    "signatory",
    "status",
    "revision",
    "supersedes_line",
    "change_line",
];

/// Template context variables the SMS of each built-in kind adds (its words come from the
/// typed SMS view, `render/view.rs`; the other formats' are [`DEFINED_CONTEXT`]).
pub const KIND_CONTEXT: &[KindContext] = &[
    KindContext {
        kind: "outage",
        vars: &["body", "contact", "revised"],
    },
    KindContext {
        kind: "safety",
        vars: &["body", "until", "contact", "revised"],
    },
    KindContext {
        kind: "meeting",
        vars: &["body", "contact", "revised"],
    },
];

/// Template context variables every kind adds by its definition (`render/defined.rs`): `msg` (its
/// messages, `msg.label_zones` for `<kind>-label-zones`), `data` (its fields) and `title`.
pub const DEFINED_CONTEXT: &[&str] = &["msg", "data", "title"];

/// What the SMS template of a kind defined as data (`<kind>.sms.tera`) gets: its language,
/// the issuer, its messages (`msg`, `title`) and, for an update, `revised` ("(सुधारित सूचना)").
/// A cancellation's SMS (`cancel.sms.tera`) gets `cancelled` instead of `msg` and `title`.
pub const SMS_CONTEXT: &[&str] = &["lang", "org", "title", "msg", "revised"];

/// What a WhatsApp Business template's body (`<kind>.whatsapp-template.tera`) gets besides
/// the context of its kind's SMS: the fixed first and last lines.
pub const WHATSAPP_TEMPLATE_CONTEXT: &[&str] = &["greeting", "closing"];

/// The catalog entry of message `id`.
pub fn message(id: &str) -> Option<&'static MessageSpec> {
    MESSAGES
        .binary_search_by(|m| m.id.cmp(id))
        .ok()
        .and_then(|i| MESSAGES.get(i))
}

/// The known values of string variable `var`.
pub fn values(var: &str) -> Option<&'static [&'static str]> {
    VALUE_SETS.iter().find(|v| v.var == var).map(|v| v.values)
}

/// Checks that the catalog lists message `id` and each of `args`; the error says what is
/// missing. Called on every message the renderer requests, so it is a binary search and a
/// few string comparisons.
pub fn verify<'a>(id: &str, args: impl IntoIterator<Item = &'a str>) -> Result<(), String> {
    let Some(spec) = message(id) else {
        return Err(format!(
            "the message catalog (src/l10n/catalog.rs) is out of date: it does not list `{id}`"
        ));
    };
    for arg in args {
        if !spec.vars.contains(&arg) {
            return Err(format!(
                "the message catalog (src/l10n/catalog.rs) is out of date: `{id}` does not list the variable `${arg}`"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::{Hazard, Reason};

    #[test]
    fn messages_are_sorted_and_unique() {
        assert!(MESSAGES.windows(2).all(|w| w[0].id < w[1].id));
    }

    #[test]
    fn enum_value_sets_follow_the_code() {
        let reasons: Vec<_> = Reason::ALL.iter().map(|r| r.key()).collect();
        assert_eq!(values("reason"), Some(reasons.as_slice()));
        let hazards: Vec<_> = Hazard::ALL.iter().map(|h| h.key()).collect();
        assert_eq!(values("hazard"), Some(hazards.as_slice()));
    }

    #[test]
    fn verify_names_what_is_missing() {
        assert!(verify("clock", ["time"]).is_ok());
        assert!(verify("clock", ["hour"]).is_err_and(|e| e.contains("`$hour`")));
        assert!(verify("nope", []).is_err_and(|e| e.contains("`nope`")));
    }
}
