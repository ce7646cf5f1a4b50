//! The YAML shape of each notice kind (notice-data v1), as serde reads it: every value keeps
//! its position so that validation can point at it. These types also define the JSON Schema.

use schemars::JsonSchema;
use serde::Deserialize;

use super::located::Located;
use super::text::RawText;
use super::{Hazard, Kind, Reason};

/// A text value with its position.
pub(crate) type LText = Located<RawText>;

/// A real day of the years 1900–2999, `YYYY-MM-DD`, as [`parse_date`] reads it (leap years
/// included), for the JSON Schema.
///
/// [`parse_date`]: super::datetime::parse_date
macro_rules! date_re {
    () => {
        concat!(
            "(?:(?:19|2[0-9])[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])",
            "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)",
            "|(?:(?:19|2[0-9])(?:0[48]|[2468][048]|[13579][26])|2000|2400|2800)-02-29)"
        )
    };
}

/// `YYYY-MM-DD` of a real day.
pub(crate) const DATE_PATTERN: &str = concat!("^", date_re!(), "$");

/// `YYYY-MM-DDTHH:MM[:SS][±HH:MM]` (or a space for the `T`), as
/// [`parse_datetime`](super::datetime::parse_datetime) reads it.
pub(crate) const DATETIME_PATTERN: &str = concat!(
    "^",
    date_re!(),
    "[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?:[+-](?:0[0-9]|1[0-4]):[0-5][0-9])?$"
);

/// A phone number: digits, spaces, `+` and `-`, with at least one digit.
const PHONE_PATTERN: &str = r"^[0-9 +\-]*[0-9][0-9 +\-]*$";

/// An id: 1–100 of `a-z 0-9 . _ -`.
const ID_PATTERN: &str = r"^[a-z0-9._-]{1,100}$";

/// A person who signs or presides.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPerson {
    /// Name, e.g. श्री. अ. ब. पाटील.
    pub name: LText,
    /// Designation, e.g. कार्यकारी अभियंता.
    pub designation: LText,
}

/// The issuing organisation.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIssuer {
    /// The organisation, e.g. महावितरण.
    pub org: LText,
    /// The office or department.
    #[serde(default)]
    pub office: Option<LText>,
    /// Who signs the notice.
    #[serde(default)]
    pub signatory: Option<Located<RawPerson>>,
}

/// A helpline.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
    /// What the number is for, e.g. टोल-फ्री.
    #[serde(default)]
    pub label: Option<LText>,
    /// Digits, spaces, `+` and `-` only; quote it in YAML ("1912").
    #[schemars(pattern(PHONE_PATTERN))]
    pub phone: Located<String>,
}

/// `status` as a notice document writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum RawStatus {
    /// A notice of its own.
    Actual,
    /// A revised notice that replaces the one it `supersedes`.
    Update,
    /// A revised notice that moves what the one it `supersedes` announced later.
    Postponed,
    /// A revised notice that makes what the one it `supersedes` announced last longer.
    Extended,
    /// Cancels the notice it `supersedes`.
    Cancel,
}

/// Defines a notice document struct with the fields every notice has, then the kind's own.
macro_rules! notice_doc {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident : $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub(crate) struct $name {
            /// Which notice: outage, safety or meeting.
            // Read by the line scan or the probe before this struct is chosen; kept here so
            // that the field is allowed and appears in the schema.
            #[allow(dead_code)]
            pub kind: Located<Kind>,
            /// Names output files: `a-z 0-9 . _ -`, 1–100 characters, not starting with `.`.
            #[serde(default)]
            #[schemars(pattern(ID_PATTERN))]
            pub id: Option<Located<String>>,
            /// Date printed on the notice, `YYYY-MM-DD`.
            #[serde(default)]
            #[schemars(pattern(DATE_PATTERN))]
            pub issued: Option<Located<String>>,
            /// Office reference number, printed as it is.
            #[serde(default)]
            pub reference: Option<Located<String>>,
            /// The issuing organisation.
            pub issuer: Located<RawIssuer>,
            /// Helplines.
            #[serde(default)]
            #[schemars(length(max = crate::limits::MAX_LIST_ITEMS))]
            pub contacts: Option<Located<Vec<Located<RawContact>>>>,
            /// `actual` (the default), or `update`: a revised notice that replaces
            /// `supersedes` (`postponed` / `extended`: one that moves it later / makes it last
            /// longer; a cancellation, `cancel`, is read against the kind's definition).
            #[serde(default)]
            pub status: Option<Located<RawStatus>>,
            /// The id of the notice this one updates; required with `status: update`,
            /// `postponed` or `extended`.
            #[serde(default)]
            #[schemars(pattern(ID_PATTERN))]
            pub supersedes: Option<Located<String>>,
            /// What changed, printed on the revised notice.
            #[serde(default)]
            pub change: Option<LText>,
            $($(#[$fmeta])* pub $field: $ty,)*
        }
    };
}

notice_doc!(
    /// `kind: outage`: a planned or unplanned interruption of supply.
    OutageDoc {
        /// Planned shutdown (true) or unplanned interruption (false).
        planned: Located<bool>,
        /// Why supply is off.
        reason: Located<Reason>,
        /// Free text about the work; required when reason is `other`.
        #[serde(default)]
        details: Option<LText>,
        /// Localities, villages or feeders affected; at least one.
        #[schemars(length(min = 1, max = crate::limits::MAX_LIST_ITEMS))]
        areas: Located<Vec<LText>>,
        /// When supply goes off: `YYYY-MM-DDTHH:MM[:SS][±HH:MM]`, IST without an offset.
        #[schemars(pattern(DATETIME_PATTERN))]
        start: Located<String>,
        /// Expected restoration, after `start`; required when planned.
        #[serde(default)]
        #[schemars(pattern(DATETIME_PATTERN))]
        end: Option<Located<String>>,
        /// How many consumers are affected.
        #[serde(default)]
        consumers: Option<Located<u64>>,
    }
);

notice_doc!(
    /// `kind: safety`: a safety advisory.
    SafetyDoc {
        /// What the advisory is about.
        hazard: Located<Hazard>,
        /// Free text; required when hazard is `other`.
        #[serde(default)]
        details: Option<LText>,
        /// Extra advice lines, printed after the standard advice for the hazard.
        #[serde(default)]
        #[schemars(length(max = crate::limits::MAX_LIST_ITEMS))]
        advice: Option<Located<Vec<LText>>>,
        /// Where the advisory applies.
        #[serde(default)]
        #[schemars(length(max = crate::limits::MAX_LIST_ITEMS))]
        areas: Option<Located<Vec<LText>>>,
        /// Last day the advisory applies, `YYYY-MM-DD`.
        #[serde(default)]
        #[schemars(pattern(DATE_PATTERN))]
        valid_until: Option<Located<String>>,
        /// Number to report dangers to.
        #[serde(default)]
        #[schemars(pattern(PHONE_PATTERN))]
        report_phone: Option<Located<String>>,
    }
);

notice_doc!(
    /// `kind: meeting`: a meeting, customer meet, hearing or camp.
    MeetingDoc {
        /// The meeting's title.
        title: LText,
        /// When it starts: `YYYY-MM-DDTHH:MM[:SS][±HH:MM]`.
        #[schemars(pattern(DATETIME_PATTERN))]
        start: Located<String>,
        /// When it ends; after `start`.
        #[serde(default)]
        #[schemars(pattern(DATETIME_PATTERN))]
        end: Option<Located<String>>,
        /// Where.
        venue: LText,
        /// Who organises.
        organizer: LText,
        /// Who presides.
        #[serde(default)]
        chair: Option<Located<RawPerson>>,
        /// Agenda items, in order.
        #[serde(default)]
        #[schemars(length(max = crate::limits::MAX_LIST_ITEMS))]
        agenda: Option<Located<Vec<LText>>>,
        /// Who is invited.
        #[serde(default)]
        audience: Option<LText>,
        /// Number to confirm attendance.
        #[serde(default)]
        #[schemars(pattern(PHONE_PATTERN))]
        rsvp_phone: Option<Located<String>>,
    }
);

/// Reads only `kind`, for documents whose kind a line scan could not find.
#[derive(Debug, Deserialize)]
pub(crate) struct KindProbe {
    #[serde(default)]
    pub kind: Option<Located<String>>,
}

/// Reads only `status`, to tell a cancellation (read against its kind's definition) from
/// the other notices.
#[derive(Debug, Deserialize)]
pub(crate) struct StatusProbe {
    #[serde(default)]
    pub status: Option<String>,
}

/// The JSON Schema of notice data v1: one of the three kinds.
pub(crate) fn schema() -> schemars::Schema {
    let mut generator = schemars::SchemaGenerator::default();
    let outage = generator.subschema_for::<OutageDoc>();
    let safety = generator.subschema_for::<SafetyDoc>();
    let meeting = generator.subschema_for::<MeetingDoc>();
    let mut root = schemars::json_schema!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "suchana notice data v1",
        "description": "One notice: a power outage, a safety advisory or a meeting. Several notices may share a YAML file as documents separated by ---.",
        "oneOf": [outage, safety, meeting]
    });
    let mut defs = generator.take_definitions(true);
    let reference = serde_json::json!({
        "description": "Office reference number, printed as it is.",
        "anyOf": [super::text::string_schema(), { "type": "null" }]
    });
    // Each kind's document admits only its own `kind` value; `reference` is a text.
    for (def, kind) in [
        ("OutageDoc", "outage"),
        ("SafetyDoc", "safety"),
        ("MeetingDoc", "meeting"),
    ] {
        if let Some(props) = defs
            .get_mut(def)
            .and_then(|d| d.get_mut("properties"))
            .and_then(|p| p.as_object_mut())
        {
            props.insert("kind".into(), serde_json::json!({ "const": kind }));
            props.insert("reference".into(), reference.clone());
        }
    }
    // Fields required, or refused, by the value of another.
    let present = |field: &str| {
        serde_json::json!({
            "required": [field],
            "properties": { field: { "not": { "type": "null" } } }
        })
    };
    let absent = |field: &str| serde_json::json!({ "properties": { field: { "type": "null" } } });
    let when = |field: &str, value: serde_json::Value| serde_json::json!({ "required": [field], "properties": { field: { "const": value } } });
    let rules = [
        (
            "OutageDoc",
            serde_json::json!([
                { "if": when("planned", true.into()), "then": present("end") },
                { "if": when("reason", "other".into()), "then": present("details"), "else": absent("details") }
            ]),
        ),
        (
            "SafetyDoc",
            serde_json::json!([
                { "if": when("hazard", "other".into()), "then": present("details"), "else": absent("details") }
            ]),
        ),
    ];
    for (def, all_of) in rules {
        if let Some(d) = defs.get_mut(def).and_then(|d| d.as_object_mut()) {
            d.insert("allOf".into(), all_of);
        }
    }
    // A typed document is `actual` or `update`, `supersedes` required exactly with `update`;
    // a cancellation has a schema of its own, made from the kind's definition.
    // A postponement only where the kind's definition allows one (`postponable-if`).
    for (def, kind) in [
        ("OutageDoc", Kind::Outage),
        ("SafetyDoc", Kind::Safety),
        ("MeetingDoc", Kind::Meeting),
    ] {
        if let Some(d) = defs.get_mut(def).and_then(|d| d.as_object_mut()) {
            let postponable = crate::kind::builtin::shared(kind.key())
                .and_then(|definition| crate::kind::schema::postponable_rule(&definition));
            let rules = std::iter::once(crate::kind::schema::status_rule()).chain(postponable);
            match d.get_mut("allOf").and_then(|a| a.as_array_mut()) {
                Some(all) => all.extend(rules),
                None => {
                    d.insert("allOf".into(), rules.collect());
                }
            }
        }
    }
    root.insert("$defs".into(), serde_json::Value::Object(defs));
    let shown: serde_json::Value = root.clone().into();
    let mut cancels = Vec::new();
    for kind in Kind::ALL {
        if let Some(definition) = crate::kind::builtin::shared(kind.key()) {
            let name = crate::kind::schema::cancel_def_name(kind.key());
            let schema = crate::kind::schema::cancel_schema(&definition, &shown);
            cancels.push((name, schema));
        }
    }
    if let Some(defs) = root.get_mut("$defs").and_then(|d| d.as_object_mut()) {
        for (name, schema) in &cancels {
            defs.insert(name.clone(), schema.clone());
        }
    }
    if let Some(one_of) = root.get_mut("oneOf").and_then(|o| o.as_array_mut()) {
        for (name, _) in &cancels {
            one_of.push(serde_json::json!({ "$ref": format!("#/$defs/{name}") }));
        }
    }
    root
}
