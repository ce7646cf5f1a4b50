//! The YAML shape of each notice kind (notice-data v1), as serde reads it: every value keeps
//! its position so that validation can point at it. These types also define the JSON Schema.

use schemars::JsonSchema;
use serde::Deserialize;

use super::located::Located;
use super::text::RawText;
use super::{Hazard, Kind, Reason};

/// A text value with its position.
pub(crate) type LText = Located<RawText>;

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
    #[schemars(regex(pattern = r"^[0-9 +\-]*[0-9][0-9 +\-]*$"))]
    pub phone: Located<String>,
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
            #[schemars(regex(pattern = r"^[a-z0-9._-]{1,100}$"))]
            pub id: Option<Located<String>>,
            /// Date printed on the notice, `YYYY-MM-DD`.
            #[serde(default)]
            #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
            pub issued: Option<Located<String>>,
            /// Office reference number, printed as it is.
            #[serde(default)]
            pub reference: Option<Located<String>>,
            /// The issuing organisation.
            pub issuer: Located<RawIssuer>,
            /// Helplines.
            #[serde(default)]
            pub contacts: Option<Located<Vec<Located<RawContact>>>>,
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
        areas: Located<Vec<LText>>,
        /// When supply goes off: `YYYY-MM-DDTHH:MM[:SS][±HH:MM]`, IST without an offset.
        #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$"))]
        start: Located<String>,
        /// Expected restoration, after `start`; required when planned.
        #[serde(default)]
        #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$"))]
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
        advice: Option<Located<Vec<LText>>>,
        /// Where the advisory applies.
        #[serde(default)]
        areas: Option<Located<Vec<LText>>>,
        /// Last day the advisory applies, `YYYY-MM-DD`.
        #[serde(default)]
        #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
        valid_until: Option<Located<String>>,
        /// Number to report dangers to.
        #[serde(default)]
        #[schemars(regex(pattern = r"^[0-9 +\-]*[0-9][0-9 +\-]*$"))]
        report_phone: Option<Located<String>>,
    }
);

notice_doc!(
    /// `kind: meeting`: a meeting, customer meet, hearing or camp.
    MeetingDoc {
        /// The meeting's title.
        title: LText,
        /// When it starts: `YYYY-MM-DDTHH:MM[:SS][±HH:MM]`.
        #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$"))]
        start: Located<String>,
        /// When it ends; after `start`.
        #[serde(default)]
        #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$"))]
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
        agenda: Option<Located<Vec<LText>>>,
        /// Who is invited.
        #[serde(default)]
        audience: Option<LText>,
        /// Number to confirm attendance.
        #[serde(default)]
        #[schemars(regex(pattern = r"^[0-9 +\-]*[0-9][0-9 +\-]*$"))]
        rsvp_phone: Option<Located<String>>,
    }
);

/// Reads only `kind`, for documents whose kind a line scan could not find.
#[derive(Debug, Deserialize)]
pub(crate) struct KindProbe {
    #[serde(default)]
    pub kind: Option<Located<String>>,
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
    // Each kind's document admits only its own `kind` value.
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
        }
    }
    root.insert("$defs".into(), serde_json::Value::Object(defs));
    root
}
