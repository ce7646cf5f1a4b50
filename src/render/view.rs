//! From a notice to the words of one language: resolves every Fluent message a notice needs
//! and puts the results, with the data's own text, into a template context.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::Context;

use crate::error::RenderError;
use crate::l10n::{Locale, Moment, catalog};
use crate::lang::Lang;
use crate::notice::{Body, DateTime, Field, Meeting, Notice, Outage, Person, Safety};

/// Resolves messages of one locale for one notice.
struct Words<'a> {
    notice: &'a Notice,
    locale: &'a Locale,
    lang: Lang,
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

#[derive(Serialize)]
struct AgendaItem<'a> {
    n: String,
    text: &'a str,
}

impl<'a> Words<'a> {
    fn msg(&self, id: &str, args: &FluentArgs) -> Result<String, RenderError> {
        // Every request checks the catalog, so every render test keeps it up to date.
        catalog::verify(id, args.iter().map(|(k, _)| k)).map_err(|message| {
            RenderError::Message {
                lang: self.lang.tag(),
                id: id.to_string(),
                message,
            }
        })?;
        self.locale.message(id, args)
    }

    fn text(&self, field: &'a Field) -> Result<&'a str, RenderError> {
        Ok(self.notice.text(field, self.lang)?)
    }

    fn opt_text(&self, field: Option<&'a Field>) -> Result<Option<&'a str>, RenderError> {
        field.map(|f| self.text(f)).transpose()
    }

    fn texts(&self, fields: &'a [Field]) -> Result<Vec<&'a str>, RenderError> {
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
    fn clock(&self, t: DateTime) -> Result<String, RenderError> {
        let mut args = FluentArgs::new();
        args.set("time", FluentValue::Custom(Box::new(Moment::DateTime(t))));
        self.msg("clock", &args)
    }

    /// Sets `$start`, `$end`, `$from`, `$to` and `$span` for a time span.
    fn span(
        &self,
        args: &mut FluentArgs<'a>,
        start: DateTime,
        end: Option<DateTime>,
    ) -> Result<(), RenderError> {
        args.set(
            "start",
            FluentValue::Custom(Box::new(Moment::DateTime(start))),
        );
        args.set("from", self.clock(start)?);
        let span = match end {
            None => "open",
            Some(e) if e.date == start.date => "same-day",
            Some(_) => "multi-day",
        };
        args.set("span", span);
        if let Some(e) = end {
            args.set("end", FluentValue::Custom(Box::new(Moment::DateTime(e))));
            args.set("to", self.clock(e)?);
        }
        Ok(())
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
        ctx.insert("contacts", &contacts);
        ctx.insert("contacts_heading", &self.msg("contacts-heading", &none)?);
        ctx.insert("signatory", &self.person(n.issuer.signatory.as_ref())?);
        Ok(())
    }

    fn outage(&self, o: &'a Outage, ctx: &mut Context) -> Result<(), RenderError> {
        let mut args = FluentArgs::new();
        args.set("planned", if o.planned { "yes" } else { "no" });
        args.set("reason", o.reason.key());
        if let Some(d) = &o.details {
            args.set("details", trim_sentence_end(self.text(d)?));
        }
        let areas = self.texts(&o.areas)?;
        args.set("areas", self.locale.formats().list_and(&areas));
        args.set("area-count", areas.len());
        self.span(&mut args, o.start, o.end)?;
        ctx.insert("title", &self.msg("outage-title", &args)?);
        ctx.insert("body", &self.msg("outage-body", &args)?);
        ctx.insert("restoration", &self.msg("outage-restoration", &args)?);
        ctx.insert("cooperation", &self.msg("outage-cooperation", &args)?);
        let consumers = match o.consumers {
            Some(c) => {
                args.set("consumers", c);
                Some(self.msg("outage-consumers", &args)?)
            }
            None => None,
        };
        ctx.insert("consumers", &consumers);
        ctx.insert("areas", &areas);
        Ok(())
    }

    fn safety(&self, s: &'a Safety, ctx: &mut Context) -> Result<(), RenderError> {
        let mut args = FluentArgs::new();
        args.set("hazard", s.hazard.key());
        let areas = self.texts(&s.areas)?;
        args.set("areas", self.locale.formats().list_and(&areas));
        args.set("has-areas", if areas.is_empty() { "no" } else { "yes" });
        let subject = match &s.details {
            Some(d) => {
                args.set("details", trim_sentence_end(self.text(d)?));
                Some(self.msg("safety-subject", &args)?)
            }
            None => None,
        };
        ctx.insert("heading", &self.msg("safety-heading", &args)?);
        ctx.insert("title", &self.msg("safety-title", &args)?);
        ctx.insert("subject", &subject);
        ctx.insert("intro", &self.msg("safety-intro", &args)?);
        let standard = self.msg(&format!("safety-advice-{}", s.hazard.key()), &args)?;
        let mut advice: Vec<String> = standard
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        for extra in self.texts(&s.advice)? {
            // The data's advice reads as a sentence like the standard advice before it.
            if extra.ends_with(['.', '।', '!', '?']) {
                advice.push(extra.to_string());
            } else {
                let mut args = FluentArgs::new();
                args.set("text", extra);
                advice.push(self.msg("sentence", &args)?);
            }
        }
        ctx.insert("advice", &advice);
        let valid_until = s
            .valid_until
            .map(|d| {
                let mut args = FluentArgs::new();
                args.set(
                    "valid-until",
                    FluentValue::Custom(Box::new(Moment::Date(d))),
                );
                self.msg("safety-valid-until", &args)
            })
            .transpose()?;
        ctx.insert("valid_until", &valid_until);
        let report = s
            .report_phone
            .as_deref()
            .map(|p| {
                let mut args = FluentArgs::new();
                args.set("report-phone", p);
                self.msg("safety-report", &args)
            })
            .transpose()?;
        ctx.insert("report", &report);
        ctx.insert("closing", &self.msg("safety-closing", &args)?);
        ctx.insert("areas", &areas);
        Ok(())
    }

    fn meeting(&self, m: &'a Meeting, ctx: &mut Context) -> Result<(), RenderError> {
        let none = FluentArgs::new();
        let title = self.text(&m.title)?;
        let venue = self.text(&m.venue)?;
        let mut args = FluentArgs::new();
        args.set("title", title);
        args.set("organizer", self.text(&m.organizer)?);
        args.set("venue", venue);
        self.span(&mut args, m.start, m.end)?;
        ctx.insert("heading", &self.msg("notice-heading", &none)?);
        ctx.insert("title", title);
        ctx.insert("intro", &self.msg("meeting-intro", &args)?);
        ctx.insert("date", &self.msg("meeting-date", &args)?);
        ctx.insert("time", &self.msg("meeting-time", &args)?);
        ctx.insert("venue", venue);
        let mut labels = std::collections::BTreeMap::new();
        for key in ["date", "time", "venue", "agenda", "audience"] {
            labels.insert(key, self.msg(&format!("label-{key}"), &none)?);
        }
        ctx.insert("labels", &labels);
        let chair = self
            .person(m.chair.as_ref())?
            .map(|p| {
                let mut args = FluentArgs::new();
                args.set("chair-name", p.name);
                args.set("chair-designation", p.designation);
                self.msg("meeting-chair", &args)
            })
            .transpose()?;
        ctx.insert("chair", &chair);
        let agenda: Vec<AgendaItem> = self
            .texts(&m.agenda)?
            .into_iter()
            .enumerate()
            .map(|(i, text)| AgendaItem {
                n: self.locale.formats().number(i as u64 + 1),
                text,
            })
            .collect();
        ctx.insert("agenda", &agenda);
        ctx.insert("audience", &self.opt_text(m.audience.as_ref())?);
        let rsvp = m
            .rsvp_phone
            .as_deref()
            .map(|p| {
                let mut args = FluentArgs::new();
                args.set("rsvp-phone", p);
                self.msg("meeting-rsvp", &args)
            })
            .transpose()?;
        ctx.insert("rsvp", &rsvp);
        ctx.insert("closing", &self.msg("meeting-closing", &none)?);
        Ok(())
    }
}

/// Free text goes inside a sentence that supplies its own full stop.
fn trim_sentence_end(s: &str) -> &str {
    s.trim_end_matches(['.', '।', ' '])
}

/// The template context of `notice` in the language of `locale`.
pub(crate) fn context(notice: &Notice, locale: &Locale) -> Result<Context, RenderError> {
    let words = Words {
        notice,
        locale,
        lang: locale.lang(),
    };
    let mut ctx = Context::new();
    ctx.insert("id", &notice.id);
    ctx.insert("kind", notice.kind().key());
    words.header(&mut ctx)?;
    match &notice.body {
        Body::Outage(o) => words.outage(o, &mut ctx)?,
        Body::Safety(s) => words.safety(s, &mut ctx)?,
        Body::Meeting(m) => words.meeting(m, &mut ctx)?,
    }
    Ok(ctx)
}
