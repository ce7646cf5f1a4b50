//! From a notice to the words of one language: the parts every notice has (issuer, reference,
//! date, contacts, signature), then the kind's own fields and messages by the generic rule of
//! [`super::defined`], into a template context. No kind is named here; the SMS is
//! [`super::sms_view`]'s.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::Context;

use crate::error::RenderError;
use crate::kind::Definition;
use crate::l10n::{Locale, Moment, catalog};
use crate::lang::Lang;
use crate::notice::{DateTime, Field, Notice, Person};

/// Resolves messages of one locale for one notice.
pub(super) struct Words<'a> {
    pub(super) notice: &'a Notice,
    pub(super) locale: &'a Locale,
    pub(super) lang: Lang,
}

#[derive(Serialize)]
struct ContactView<'a> {
    label: Option<&'a str>,
    phone: &'a str,
}

#[derive(Serialize)]
struct PersonView<'a> {
    name: &'a str,
    designation: &'a str,
}

impl<'a> Words<'a> {
    pub(super) fn msg(&self, id: &str, args: &FluentArgs) -> Result<String, RenderError> {
        message(self.locale, id, args)
    }

    pub(super) fn text(&self, field: &'a Field) -> Result<&'a str, RenderError> {
        Ok(self.notice.text(field, self.lang)?)
    }

    fn opt_text(&self, field: Option<&'a Field>) -> Result<Option<&'a str>, RenderError> {
        field.map(|f| self.text(f)).transpose()
    }

    pub(super) fn texts(&self, fields: &'a [Field]) -> Result<Vec<&'a str>, RenderError> {
        fields.iter().map(|f| self.text(f)).collect()
    }

    fn person(&self, p: Option<&'a Person>) -> Result<Option<PersonView<'a>>, RenderError> {
        p.map(|p| {
            Ok(PersonView {
                name: self.text(&p.name)?,
                designation: self.text(&p.designation)?,
            })
        })
        .transpose()
    }

    /// "सकाळी १०:००": the time with its day-period word.
    pub(super) fn clock(&self, t: DateTime) -> Result<String, RenderError> {
        let mut args = FluentArgs::new();
        args.set("time", FluentValue::Custom(Box::new(Moment::DateTime(t))));
        self.msg("clock", &args)
    }

    /// `text` as a sentence: as it is when it ends like one, else with the language's full
    /// stop (`sentence`).
    pub(super) fn sentence(&self, text: &str) -> Result<String, RenderError> {
        if text.ends_with(['.', '।', '!', '?']) {
            return Ok(text.to_string());
        }
        let mut args = FluentArgs::new();
        args.set("text", text);
        self.msg("sentence", &args)
    }

    /// "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी १०:००": the moment with its date, as a
    /// sentence says it (`moment`; midnight as the end of the day before).
    pub(super) fn moment(&self, t: DateTime) -> Result<String, RenderError> {
        self.msg("moment", &moment_args(t))
    }

    /// The parts every notice has: issuer, reference, date, contacts, signature.
    fn header(&self, ctx: &mut Context) -> Result<(), RenderError> {
        let n = self.notice;
        let none = FluentArgs::new();
        ctx.insert("lang", self.lang.code());
        ctx.insert("notice_heading", &self.msg("notice-heading", &none)?);
        ctx.insert("org", self.text(&n.issuer.org)?);
        ctx.insert("office", &self.opt_text(n.issuer.office.as_ref())?);
        let reference = n
            .reference
            .as_deref()
            .map(|r| {
                let mut args = FluentArgs::new();
                args.set("reference", r);
                self.msg("reference-line", &args)
            })
            .transpose()?;
        ctx.insert("reference_line", &reference);
        let issued = n
            .issued
            .map(|d| {
                let mut args = FluentArgs::new();
                args.set("issued", FluentValue::Custom(Box::new(Moment::Date(d))));
                self.msg("issued-line", &args)
            })
            .transpose()?;
        ctx.insert("issued_line", &issued);
        let contacts = n
            .contacts
            .iter()
            .map(|c| {
                Ok(ContactView {
                    label: self.opt_text(c.label.as_ref())?,
                    phone: &c.phone,
                })
            })
            .collect::<Result<Vec<_>, RenderError>>()?;
        ctx.insert("contacts_sentence", &self.contacts_sentence(&contacts)?);
        ctx.insert("contacts", &contacts);
        ctx.insert("contacts_heading", &self.msg("contacts-heading", &none)?);
        ctx.insert("signatory", &self.person(n.issuer.signatory.as_ref())?);
        Ok(())
    }

    /// The contacts as one sentence: numbers that share a label are joined ("टोल-फ्री 1912
    /// किंवा 1800-212-3435", `contact-group`), the groups listed (`contacts-sentence`).
    fn contacts_sentence(&self, contacts: &[ContactView]) -> Result<Option<String>, RenderError> {
        if contacts.is_empty() {
            return Ok(None);
        }
        let formats = self.locale.formats();
        let mut groups = Vec::new();
        let mut rest = contacts;
        while let Some(first) = rest.first() {
            // At least 1: `first` itself.
            let same = rest.iter().take_while(|c| c.label == first.label).count();
            let phones: Vec<&str> = rest[..same].iter().map(|c| c.phone).collect();
            let mut args = FluentArgs::new();
            args.set("phones", formats.list_or(&phones));
            args.set(
                "has-label",
                if first.label.is_some() { "yes" } else { "no" },
            );
            if let Some(label) = first.label {
                args.set("label", label);
            }
            groups.push(self.msg("contact-group", &args)?);
            rest = &rest[same..];
        }
        let groups: Vec<&str> = groups.iter().map(String::as_str).collect();
        let mut args = FluentArgs::new();
        args.set("contacts", formats.list_and(&groups));
        args.set("phone-count", contacts.len());
        Ok(Some(self.msg("contacts-sentence", &args)?))
    }
}

/// Message `id` of `locale`. Every request checks the catalog, so every render test keeps it
/// up to date.
pub(super) fn message(locale: &Locale, id: &str, args: &FluentArgs) -> Result<String, RenderError> {
    // The requests are fixed in this code, so checking them in the test builds (debug)
    // catches a stale catalog; a release build does not pay for it on every message.
    if cfg!(debug_assertions) {
        catalog::verify(id, args.iter().map(|(k, _)| k)).map_err(|message| {
            RenderError::Message {
                lang: locale.lang().tag(),
                id: id.to_string(),
                message,
            }
        })?;
    }
    locale.message(id, args)
}

/// `$time` and `$small-hours` (`yes` from 00:00 to 03:59, whose date a notice says as the
/// night of the day before) for the messages that say a moment.
pub(super) fn moment_args(t: DateTime) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("time", FluentValue::Custom(Box::new(Moment::DateTime(t))));
    args.set("small-hours", if t.in_small_hours() { "yes" } else { "no" });
    args
}

/// `$span`: `same-day` when both ends fall on the day a reader ties them to (00:00 belongs
/// to the day before, as do the small hours: [`DateTime::day_said`]), `overnight` when the end comes on the next
/// day less than 24 hours after the start, `multi-day` otherwise, `open` with no end.
pub(crate) fn span_kind(start: DateTime, end: Option<DateTime>) -> &'static str {
    crate::kind::SpanKind::of(start, end).key()
}

/// Free text goes inside a sentence that supplies its own full stop.
pub(super) fn trim_sentence_end(s: &str) -> &str {
    s.trim_end_matches(['.', '।', ' '])
}

/// The template context of `notice`, of kind `definition`, in the language of `locale`: the
/// parts every notice has, then the kind's fields and messages by the one generic rule of
/// [`super::defined`]. `wanted`: the messages the template requests (`None`: all).
pub(crate) fn context(
    notice: &Notice,
    definition: &Definition,
    locale: &Locale,
    wanted: Option<&[String]>,
) -> Result<Context, RenderError> {
    let words = Words {
        notice,
        locale,
        lang: locale.lang(),
    };
    let mut ctx = Context::new();
    ctx.insert("id", &notice.id);
    ctx.insert("kind", notice.kind_key());
    words.header(&mut ctx)?;
    words.status(&mut ctx)?;
    let values = notice.field_values();
    if notice.status().is_cancel() {
        let wanted: Vec<String> = super::status::CANCEL_MESSAGES
            .iter()
            .map(|m| m.to_string())
            .collect();
        let msg = super::defined::fields(&words, definition, &values, Some(&wanted), &mut ctx)?;
        words.cancellation(&values, &msg, &mut ctx)?;
    } else {
        super::defined::fields(&words, definition, &values, wanted, &mut ctx)?;
    }
    Ok(ctx)
}
