//! What a notice is in CAP's terms: its `<category>`, `<urgency>`, `<severity>` and
//! `<certainty>` ([`classify`]), and its `<msgType>` and `<references>` ([`message_type`]).
//!
//! | notice | category | urgency | severity | certainty |
//! |---|---|---|---|---|
//! | outage, planned | Infra | Future | Minor | Likely |
//! | outage, unplanned, `reason: weather` | Infra | Immediate | Moderate | Observed |
//! | outage, unplanned, any other reason | Infra | Immediate | Minor | Observed |
//! | safety, `hazard: fallen-line` | Safety | Expected | Severe | Likely |
//! | safety, any other hazard | Safety | Future | Moderate | Possible |
//! | a cancellation of an outage (safety) | Infra (Safety) | Past | Minor | Unlikely |
//!
//! A kind's CAP template may give its own classification (`@category`, `@urgency`,
//! `@severity`, `@certainty`: [`super::markup`]); that is how a kind defined as data, which
//! this table does not know, becomes an alert.
//!
//! Why: a planned shutdown is announced ahead (Future), may still be moved (Likely) and
//! threatens nothing but convenience (Minor); an unplanned one is under way (Immediate,
//! Observed), and one caused by a storm comes with a possible threat to life and property
//! (Moderate). A broken line can kill on contact (Severe), and an advisory about it is issued
//! when storms bring lines down (Expected, Likely); the other advisories are precautions
//! against a possible threat to life (Moderate, Possible) for the period they name (Future).

use crate::error::{DataError, DataErrorKind};
use crate::notice::{Body, DateTime, Hazard, Kind, Notice, Reason};

use super::moments::cap_time;

/// CAP's `<category>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Geophysical (including landslide).
    Geo,
    /// Meteorological (including flood).
    Met,
    /// General emergency and public safety: a safety advisory.
    Safety,
    /// Law enforcement, military, homeland and local/private security.
    Security,
    /// Rescue and recovery.
    Rescue,
    /// Fire suppression and rescue.
    Fire,
    /// Medical and public health.
    Health,
    /// Pollution and other environmental.
    Env,
    /// Public and private transportation.
    Transport,
    /// Utility, telecommunication, other non-transport infrastructure: an outage.
    Infra,
    /// Chemical, biological, radiological, nuclear or high-yield explosive threat or attack.
    #[allow(clippy::upper_case_acronyms)]
    CBRNE,
    /// Other events.
    Other,
}

/// CAP's `<urgency>`: when to act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    /// Act now.
    Immediate,
    /// Act soon (within the next hour).
    Expected,
    /// Act in the near future.
    Future,
    /// No longer required.
    Past,
    /// Not known.
    Unknown,
}

/// CAP's `<severity>`: how bad.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// An extraordinary threat to life or property.
    Extreme,
    /// A significant threat to life or property.
    Severe,
    /// A possible threat to life or property.
    Moderate,
    /// Minimal to no known threat to life or property.
    Minor,
    /// Not known.
    Unknown,
}

/// CAP's `<certainty>`: how sure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// Determined to have occurred or to be ongoing.
    Observed,
    /// More likely than not (p > ~50%).
    Likely,
    /// Possible but not likely (p <= ~50%).
    Possible,
    /// Not expected to occur (p ~ 0).
    Unlikely,
    /// Not known.
    Unknown,
}

/// CAP's `<msgType>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MsgType {
    /// A new alert.
    Alert,
    /// Updates and supersedes the alert(s) named in `<references>`.
    Update,
    /// Cancels the alert(s) named in `<references>`.
    Cancel,
}

macro_rules! names {
    ($($ty:ident { $($variant:ident),* })*) => {$(
        impl $ty {
            /// The value as CAP writes it.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => stringify!($variant)),* }
            }

            /// The value CAP writes as `name`, if it is one.
            pub fn from_name(name: &str) -> Option<Self> {
                [$($ty::$variant),*].into_iter().find(|v| v.as_str() == name)
            }

            /// Every value, as CAP writes them, for messages.
            pub fn names() -> Vec<&'static str> {
                [$($ty::$variant),*].into_iter().map(Self::as_str).collect()
            }
        }
    )*};
}

names! {
    Category { Geo, Met, Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other }
    Urgency { Immediate, Expected, Future, Past, Unknown }
    Severity { Extreme, Severe, Moderate, Minor, Unknown }
    Certainty { Observed, Likely, Possible, Unlikely, Unknown }
    MsgType { Alert, Update, Cancel }
}

/// A notice's place in CAP's classification (the table in the module's documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Classification {
    /// `<category>`.
    pub category: Category,
    /// `<urgency>`.
    pub urgency: Urgency,
    /// `<severity>`.
    pub severity: Severity,
    /// `<certainty>`.
    pub certainty: Certainty,
}

/// How `notice` is classified in CAP by the table above; `None` for a kind the table does not
/// know (a meeting, a kind defined as data), which only its CAP template can classify.
pub fn classify(notice: &Notice) -> Option<Classification> {
    use {Certainty::*, Severity::*, Urgency::*};
    let (category, urgency, severity, certainty) = match &notice.body {
        Body::Outage(o) if o.planned => (Category::Infra, Future, Minor, Likely),
        Body::Outage(o) if o.reason == Reason::Weather => {
            (Category::Infra, Immediate, Moderate, Observed)
        }
        Body::Outage(_) => (Category::Infra, Immediate, Minor, Observed),
        Body::Safety(s) if s.hazard == Hazard::FallenLine => {
            (Category::Safety, Expected, Severe, Likely)
        }
        Body::Safety(_) => (Category::Safety, Future, Moderate, Possible),
        // A cancelled outage or advisory: no action is needed any more (Past), and what it
        // announced will not happen (Unlikely, Minor).
        Body::Cancelled(_) => match notice.kind() {
            Some(Kind::Outage) => (Category::Infra, Past, Minor, Unlikely),
            Some(Kind::Safety) => (Category::Safety, Past, Minor, Unlikely),
            _ => return None,
        },
        Body::Meeting(_) | Body::Defined(_) => return None,
    };
    Some(Classification {
        category,
        urgency,
        severity,
        certainty,
    })
}

/// The error for `notice`, whose kind has no CAP template: a meeting is not an alert; a kind
/// defined as data may become one by bringing a template; an outage or advisory lacks it
/// when a templates folder replaces the built-in templates without one.
pub fn not_an_alert(notice: &Notice) -> DataError {
    let (message, help) = match &notice.body {
        Body::Defined(d) => (
            format!(
                "`{kind}` has no CAP template, so its notices are not alerts",
                kind = d.definition.kind
            ),
            format!(
                "to send them as CAP alerts, add templates/{kind}.cap.tera to its kinds folder, with @category, @urgency, @severity and @certainty (README: Alerts: CAP 1.2); else leave them out of the CAP run",
                kind = d.definition.kind
            ),
        ),
        Body::Cancelled(d) if notice.kind() != Some(Kind::Meeting) => (
            format!(
                "a cancellation of a `{kind}` notice is not sent as a CAP alert: suchana classifies cancellations of outages and safety advisories only",
                kind = d.definition.kind
            ),
            "send the cancellation as text, whatsapp, sms or html, and leave it out of the CAP run"
                .to_string(),
        ),
        Body::Meeting(_) | Body::Cancelled(_) => (
            "a meeting notice is not an alert: CAP carries outage and safety notices only".into(),
            "render meetings as text, whatsapp, sms, html or pdf, and leave them out of the CAP run"
                .into(),
        ),
        // An outage or advisory whose template a --templates folder left out.
        _ => (
            format!(
                "this run's templates have no {}.cap.tera, so its notices are not alerts",
                notice.kind_key()
            ),
            format!(
                "add {}.cap.tera to the --templates folder (copy the built-in one)",
                notice.kind_key()
            ),
        ),
    };
    DataError {
        file: notice.file.clone(),
        position: Some(notice.at),
        path: "kind".into(),
        kind: DataErrorKind::NotAnAlert,
        message: format!("notice `{}`: {message}", notice.id),
        help: Some(help),
    }
}

/// An earlier alert that a notice updates or cancels: what CAP's `<references>` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Supersedes<'a> {
    /// Whether the notice cancels the earlier one (else it updates it).
    pub cancel: bool,
    /// The earlier notice's id, which was its alert's `<identifier>`.
    pub identifier: &'a str,
    /// The earlier alert's `<sent>` ([`super::moments::sent`] of the earlier notice: 00:00
    /// IST of its `issued` date), when known.
    pub sent: Option<DateTime>,
}

/// `<msgType>` and `<references>` of a notice sent by `sender`: `Alert` and none for a new
/// notice (`supersedes` is `None`); `Update` or `Cancel` for one that supersedes an earlier
/// alert, with `sender,identifier,sent` of that alert when its `sent` is known (CAP needs
/// all three; the earlier alert is assumed to come from the same sender).
pub fn message_type(sender: &str, supersedes: Option<Supersedes<'_>>) -> (MsgType, Option<String>) {
    let Some(earlier) = supersedes else {
        return (MsgType::Alert, None);
    };
    let msg_type = if earlier.cancel {
        MsgType::Cancel
    } else {
        MsgType::Update
    };
    let references = earlier
        .sent
        .map(|sent| format!("{sender},{},{}", earlier.identifier, cap_time(sent)));
    (msg_type, references)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::Date;

    #[test]
    fn a_new_notice_is_an_alert_and_a_later_one_names_the_earlier() {
        assert_eq!(message_type("a.example", None), (MsgType::Alert, None));
        let sent = DateTime {
            date: Date {
                year: 2025,
                month: 11,
                day: 22,
            },
            hour: 0,
            minute: 0,
        };
        let earlier = Supersedes {
            cancel: true,
            identifier: "wai-2025-11-24",
            sent: Some(sent),
        };
        assert_eq!(
            message_type("a.example", Some(earlier)),
            (
                MsgType::Cancel,
                Some("a.example,wai-2025-11-24,2025-11-22T00:00:00+05:30".into())
            )
        );
        let update = Supersedes {
            cancel: false,
            sent: None,
            ..earlier
        };
        assert_eq!(
            message_type("a.example", Some(update)),
            (MsgType::Update, None)
        );
    }
}
