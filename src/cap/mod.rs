//! OASIS CAP 1.2 alerts (feature `cap`): an outage or safety notice as one `<alert>`, with
//! one `<info>` per language, for alert aggregators such as NDMA's SACHET.
//!
//! ```
//! use suchana::cap::CapOptions;
//! use suchana::{Engine, Lang};
//!
//! let yaml = "kind: outage\nid: wai-2025-11-24\nissued: 2025-11-22\nissuer: { org: MSEDCL }
//! planned: true\nreason: maintenance\nareas: [Wai, Pasarni]
//! start: 2025-11-24T10:00\nend: 2025-11-24T14:00\n";
//! let engine = Engine::new()?;
//! let langs: Vec<Lang> = ["mr-IN", "en-IN"].into_iter().filter_map(Lang::from_tag).collect();
//! let options = CapOptions::with_sender("alerts@mahadiscom.in")?;
//! for notice in suchana::parse_str(yaml, "outage.yaml") {
//!     let notice = notice.map_err(|errors| errors[0].to_string())?;
//!     let xml = engine.render_cap(&notice, &langs, &options)?;
//!     assert!(xml.contains("<identifier>wai-2025-11-24</identifier>"));
//!     assert!(xml.contains("<sent>2025-11-22T00:00:00+05:30</sent>"));
//!     assert!(xml.contains("<onset>2025-11-24T10:00:00+05:30</onset>"));
//!     assert!(xml.contains("<areaDesc>Pasarni</areaDesc>"));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The alert's header is made so that the same notice always gives the same alert:
//! `<identifier>` is the notice's `id`, `<sender>` the one [`CapOptions`] names, and
//! `<sent>` 00:00 IST of the day the notice is `issued` (or the time the options give).
//! Its classification is [`mapping`]'s table. The words of each `<info>` are the kind's
//! Fluent messages, laid out by `templates/<kind>.cap.tera` in the small markup of
//! [`markup`], and written by [`quick_xml`], which escapes every value.
//!
//! A notice is an alert when its kind has a CAP template: outage and safety ship one; a
//! meeting has none; a kind defined as data opts in by bringing `<kind>.cap.tera`, which must
//! then give the classification (`@category`, `@urgency`, `@severity`, `@certainty`).

pub mod mapping;
pub mod markup;
pub mod moments;
mod xml;

pub use xml::CAP_NAMESPACE;

use crate::error::RenderError;
use crate::lang::Lang;
use crate::notice::{DateTime, Notice};
use crate::render::{Engine, Format};

/// The `<sender>` of alerts whose sender is not given: a name in `.invalid`, the top-level
/// domain reserved for names that must never resolve (RFC 2606), so that an alert made
/// without `--cap-sender` cannot pass for an issuer's own.
pub const DEFAULT_SENDER: &str = "suchana.invalid";

/// A `<sender>` CAP refuses: empty, or holding a space, a comma, `<` or `&`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` cannot be a CAP sender: it may not be empty or hold spaces, commas, `<` or `&`; write the issuer's address or domain, e.g. alerts@mahadiscom.in"
)]
pub struct InvalidSender(pub String);

/// What a CAP alert takes besides the notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapOptions {
    sender: String,
    /// `<sent>`; `None`: 00:00 IST of the notice's `issued` date.
    pub sent: Option<DateTime>,
    /// The `<sent>` of the alert an update or cancellation supersedes, for its
    /// `<references>` (`sender,identifier,sent`); `None`: no `<references>`.
    pub superseded_sent: Option<DateTime>,
}

impl Default for CapOptions {
    fn default() -> CapOptions {
        CapOptions {
            sender: DEFAULT_SENDER.to_string(),
            sent: None,
            superseded_sent: None,
        }
    }
}

impl CapOptions {
    /// Options with `sender` as `<sender>`: the issuer's address or domain, as the
    /// aggregator registered it (e.g. `alerts@mahadiscom.in`).
    pub fn with_sender(sender: &str) -> Result<CapOptions, InvalidSender> {
        let refused = |c: char| c.is_whitespace() || c == ',' || c == '<' || c == '&';
        if sender.is_empty() || sender.chars().any(refused) {
            return Err(InvalidSender(sender.to_string()));
        }
        Ok(CapOptions {
            sender: sender.to_string(),
            sent: None,
            superseded_sent: None,
        })
    }

    /// The `<sender>` of the alerts.
    pub fn sender(&self) -> &str {
        &self.sender
    }
}

impl Engine {
    /// `notice` as a CAP 1.2 alert with one `<info>` per language of `langs`, in that order.
    ///
    /// A notice whose kind has no CAP template (a meeting; a kind defined as data that does
    /// not bring one) is not an alert: a [`RenderError::Data`] of kind
    /// [`DataErrorKind::NotAnAlert`](crate::DataErrorKind::NotAnAlert), at the notice.
    pub fn render_cap(
        &self,
        notice: &Notice,
        langs: &[Lang],
        options: &CapOptions,
    ) -> Result<String, RenderError> {
        let template = format!("{}.{}.tera", notice.kind_key(), Format::Cap.layout());
        if !self.has_template(&template) {
            return Err(mapping::not_an_alert(notice).into());
        }
        let table = mapping::classify(notice);
        // A cancellation is laid out by the one cancellation layout of every kind, and
        // classified by the table (a kind defined as data classifies only its own notices).
        let template = if notice.status().is_cancel() {
            if table.is_none() {
                return Err(mapping::not_an_alert(notice).into());
            }
            format!("cancel.{}.tera", Format::Cap.layout())
        } else {
            template
        };
        let sent = moments::sent(notice, options)?;
        // An update or a cancellation names the alert it supersedes; that alert's <sent> is
        // not in the data, so <references> is written only when the caller gives it.
        let supersedes = notice.status().supersedes().map(|s| mapping::Supersedes {
            cancel: notice.status().is_cancel(),
            identifier: &s.id,
            sent: options.superseded_sent,
        });
        let (msg_type, references) = mapping::message_type(options.sender(), supersedes);
        let (onset, expires) = moments::onset_expires(notice);
        let mut infos = Vec::with_capacity(langs.len());
        for &lang in langs {
            let words = self.section_body(notice, lang, Format::Cap)?;
            let text = markup::parse(&words, &template)?;
            let Some(class) = text.class.or(table) else {
                return Err(RenderError::Template {
                    name: template,
                    message: format!(
                        "the kind `{}` is not in suchana's CAP classification: give @category, @urgency, @severity and @certainty",
                        notice.kind_key()
                    ),
                });
            };
            infos.push(xml::Info {
                language: lang.tag().to_string(),
                class,
                onset: onset.clone(),
                expires: expires.clone(),
                text,
            });
        }
        xml::write(&xml::Alert {
            identifier: notice.id.clone(),
            sender: options.sender().to_string(),
            sent: moments::cap_time(sent),
            msg_type,
            references,
            infos,
        })
    }
}
