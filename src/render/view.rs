//! From a notice to the words of one language: resolves every Fluent message a notice needs
//! and puts the results, with the data's own text, into a template context.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::Context;

use crate::error::RenderError;
use crate::kind::Definition;
use crate::l10n::{Locale, Moment, catalog};
use crate::lang::Lang;
use crate::notice::{Body, DateTime, Field, Hazard, Kind, Notice, Person};

/// Resolves messages of one locale for one notice.
pub(super) struct Words<'a> {
    notice: &'a Notice,
    pub(super) locale: &'a Locale,
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

impl<'a> Words<'a> {
    fn msg(&self, id: &str, args: &FluentArgs) -> Result<String, RenderError> {
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
fn message(locale: &Locale, id: &str, args: &FluentArgs) -> Result<String, RenderError> {
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
fn moment_args(t: DateTime) -> FluentArgs<'static> {
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
    let values = notice.field_values();
    super::defined::fields(&words, definition, &values, wanted, &mut ctx)?;
    Ok(ctx)
}

// The SMS of a notice, of a built-in kind or one defined as data.

use std::borrow::Cow;
use std::sync::Arc;

/// A moment's SMS words, by locale, moment and message.
type MomentCache = rustc_hash::FxHashMap<(u64, DateTime, &'static str), String>;

thread_local! {
    /// The words of SMS moments this thread has made.
    static MOMENTS: std::cell::RefCell<MomentCache> =
        std::cell::RefCell::new(MomentCache::default());
}

/// One SMS variable: a DLT `{#var#}`, its value, and the data field it comes from.
#[derive(Clone, Debug)]
pub(crate) struct SmsVar {
    /// Its Fluent name (`areas`; for a kind defined as data, `zones`, `start-short`, …).
    pub name: Cow<'static, str>,
    pub value: String,
    /// The field path and position, when the value is one field's text.
    pub source: Option<(String, Option<crate::error::Position>)>,
}

/// A selector of an SMS and its value (`planned`, `yes`).
pub(crate) type Selector = (Cow<'static, str>, Cow<'static, str>);

/// A built-in selector value: no allocation.
fn selector(name: &'static str, value: &'static str) -> Selector {
    (Cow::Borrowed(name), Cow::Borrowed(value))
}

/// The kind of an SMS: a built-in kind, with its own SMS words, or a kind defined as data,
/// whose SMS its definition and `.ftl` files give ([`super::sms_defined`]).
#[derive(Clone, Debug)]
pub(crate) enum SmsKind {
    /// Outage, safety or meeting.
    Builtin(Kind),
    /// A kind of the kinds folder, with what its SMS messages use.
    Defined(Arc<super::sms_defined::Plan>),
}

impl SmsKind {
    /// The kind's name, also its templates' prefix.
    pub fn key(&self) -> &str {
        match self {
            SmsKind::Builtin(k) => k.key(),
            SmsKind::Defined(plan) => plan.kind(),
        }
    }
}

/// What one SMS says: the selector values that choose its fixed text (its DLT template) and
/// the variables that fill that template.
#[derive(Clone, Debug)]
pub(crate) struct SmsView {
    pub kind: SmsKind,
    /// The case: the selectors its DLT template depends on.
    pub selectors: Vec<Selector>,
    pub vars: Vec<SmsVar>,
    /// For a kind defined as data, the other values its messages get, which no DLT variable
    /// holds: the selectors its SMS does not depend on, numbers and moments.
    pub rest: Vec<(Cow<'static, str>, FluentValue<'static>)>,
    /// For a kind defined as data, the variables of the fields the notice leaves out: a
    /// message that uses one is left out.
    pub absent: Vec<String>,
}

/// Every selector of a kind's SMS with every value it takes: the cases `suchana dlt` lists.
pub(crate) fn sms_selectors(kind: Kind) -> &'static [(&'static str, &'static [&'static str])] {
    const AREAS: &[&str] = &["one", "many", "partial"];
    const YES_NO: &[&str] = &["yes", "no"];
    match kind {
        Kind::Outage => &[
            ("planned", YES_NO),
            ("reason", catalog::REASONS),
            ("span", catalog::SPANS),
            ("area-list", AREAS),
            ("has-phone", YES_NO),
        ],
        Kind::Safety => &[
            ("hazard", catalog::HAZARDS),
            ("area-list", &["none", "one", "many", "partial"]),
            ("has-until", YES_NO),
            ("has-phone", YES_NO),
        ],
        Kind::Meeting => &[("has-phone", YES_NO)],
    }
}

/// Every variable of a kind's SMS, in the order [`sms_context`] may use them.
pub(crate) fn sms_variables(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Outage => &["org", "from", "to", "cause", "areas", "phone"],
        Kind::Safety => &["org", "hazard-name", "areas", "until", "phone"],
        Kind::Meeting => &["org", "title", "date", "time", "venue", "phone"],
    }
}

impl<'a> Words<'a> {
    fn var(&self, name: &'static str, value: String, field: Option<&Field>) -> SmsVar {
        SmsVar {
            name: Cow::Borrowed(name),
            value,
            source: field.map(|f| (f.path.clone(), f.at)),
        }
    }

    /// "२४ नोव्हेंबर, सकाळी १०:००" (`sms-moment`) or, with `same_day_as`, "दुपारी २:००".
    /// A batch repeats the same few moments thousands of times, so each thread keeps the
    /// words of the moments it has made.
    pub(super) fn sms_moment(
        &self,
        t: DateTime,
        same_day_as: Option<DateTime>,
    ) -> Result<String, RenderError> {
        let id = match same_day_as {
            Some(s) if s.day_said() == t.day_said() => "sms-clock",
            _ => "sms-moment",
        };
        let key = (self.locale.id(), t, id);
        if let Some(words) = MOMENTS.with(|m| m.borrow().get(&key).cloned()) {
            return Ok(words);
        }
        let words = self.msg(id, &moment_args(t))?;
        MOMENTS.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= 4096 {
                m.clear();
            }
            m.insert(key, words.clone());
        });
        Ok(words)
    }

    /// As many areas as fit in one DLT variable, the rest counted: "वाई, पसरणी आणि इतर २";
    /// with how the list reads (`area-list`): `none`, `one`, `many` or `partial`. Any list
    /// of texts, the areas of a built-in kind or a list field of a kind defined as data.
    pub(super) fn sms_areas(
        &self,
        areas: &'a [Field],
    ) -> Result<(&'static str, String), RenderError> {
        let texts = self.texts(areas)?;
        let formats = self.locale.formats();
        match texts.len() {
            0 => return Ok(("none", String::new())),
            1 => return Ok(("one", texts[0].to_string())),
            _ => {}
        }
        let all = formats.list_and(&texts);
        if all.chars().count() <= crate::render::DLT_VARIABLE_LIMIT {
            return Ok(("many", all));
        }
        let mut shortest = None;
        for keep in (1..texts.len()).rev() {
            let mut args = FluentArgs::new();
            args.set("more", texts.len() - keep);
            let more = self.msg("sms-more-areas", &args)?;
            let mut items = texts[..keep].to_vec();
            items.push(&more);
            let list = formats.list_and(&items);
            if list.chars().count() <= crate::render::DLT_VARIABLE_LIMIT {
                return Ok(("partial", list));
            }
            shortest = Some(list);
        }
        Ok(("partial", shortest.unwrap_or(all)))
    }

    /// The first number to call: `preferred` (report or RSVP number), else the first contact.
    fn sms_phone(&self, preferred: Option<&str>, view: &mut SmsView) {
        let phone = preferred.or_else(|| self.notice.contacts.first().map(|c| c.phone.as_str()));
        match phone {
            Some(p) => {
                view.selectors.push(selector("has-phone", "yes"));
                view.vars.push(self.var("phone", p.to_string(), None));
            }
            None => view.selectors.push(selector("has-phone", "no")),
        }
    }

    /// The SMS of this notice: its selectors and variables.
    fn sms(&self) -> Result<SmsView, RenderError> {
        let n = self.notice;
        let mut view = SmsView {
            kind: SmsKind::Builtin(n.kind().ok_or_else(|| RenderError::NoDltTemplates {
                kind: n.kind_key().to_string(),
                reason: "it is not a built-in kind".into(),
            })?),
            selectors: Vec::new(),
            vars: vec![self.org()?],
            rest: Vec::new(),
            absent: Vec::new(),
        };
        match &n.body {
            Body::Outage(o) => {
                view.selectors
                    .push(selector("planned", if o.planned { "yes" } else { "no" }));
                view.selectors.push(selector("reason", o.reason.key()));
                view.selectors
                    .push(selector("span", span_kind(o.start, o.end)));
                view.vars
                    .push(self.var("from", self.sms_moment(o.start, None)?, None));
                if let Some(e) = o.end {
                    view.vars
                        .push(self.var("to", self.sms_moment(e, Some(o.start))?, None));
                }
                let mut args = FluentArgs::new();
                args.set("reason", o.reason.key());
                view.vars
                    .push(self.var("cause", self.msg("sms-outage-cause", &args)?, None));
                let (list, areas) = self.sms_areas(&o.areas)?;
                view.selectors.push(selector("area-list", list));
                view.vars.push(SmsVar {
                    name: Cow::Borrowed("areas"),
                    value: areas,
                    source: Some(("areas".into(), o.areas.first().and_then(|f| f.at))),
                });
                self.sms_phone(None, &mut view);
            }
            Body::Safety(s) => {
                view.selectors.push(selector("hazard", s.hazard.key()));
                // Only an advisory of its own (`other`) names its subject in a variable; the
                // others say their hazard's advice in fixed words.
                if let (Hazard::Other, Some(d)) = (s.hazard, &s.details) {
                    let name = trim_sentence_end(self.text(d)?).to_string();
                    view.vars.push(self.var("hazard-name", name, Some(d)));
                }
                let (list, areas) = self.sms_areas(&s.areas)?;
                view.selectors.push(selector("area-list", list));
                if list != "none" {
                    view.vars.push(SmsVar {
                        name: Cow::Borrowed("areas"),
                        value: areas,
                        source: Some(("areas".into(), s.areas.first().and_then(|f| f.at))),
                    });
                }
                match s.valid_until {
                    Some(d) => {
                        let until =
                            self.locale
                                .formats()
                                .date(d.year, d.month, d.day)
                                .map_err(|e| RenderError::Message {
                                    lang: self.lang.tag(),
                                    id: "sms-safety-until".into(),
                                    message: e.to_string(),
                                })?;
                        view.selectors.push(selector("has-until", "yes"));
                        view.vars.push(self.var("until", until, None));
                    }
                    None => view.selectors.push(selector("has-until", "no")),
                }
                self.sms_phone(s.report_phone.as_deref(), &mut view);
            }
            Body::Meeting(m) => {
                view.vars
                    .push(self.var("title", self.text(&m.title)?.to_string(), Some(&m.title)));
                let mut args = FluentArgs::new();
                args.set(
                    "time",
                    FluentValue::Custom(Box::new(Moment::DateTime(m.start))),
                );
                view.vars
                    .push(self.var("date", self.msg("sms-date", &args)?, None));
                view.vars
                    .push(self.var("time", self.msg("clock", &args)?, None));
                view.vars
                    .push(self.var("venue", self.text(&m.venue)?.to_string(), Some(&m.venue)));
                self.sms_phone(m.rsvp_phone.as_deref(), &mut view);
            }
            // Refused above: a defined kind has no built-in SMS view.
            Body::Defined(_) => {}
        }
        Ok(view)
    }
}

/// The SMS of `notice` in the language of `locale` (of a built-in kind).
pub(crate) fn sms_view(notice: &Notice, locale: &Locale) -> Result<SmsView, RenderError> {
    words(notice, locale).sms()
}

/// The words of `notice` in the language of `locale`.
pub(super) fn words<'a>(notice: &'a Notice, locale: &'a Locale) -> Words<'a> {
    Words {
        notice,
        locale,
        lang: locale.lang(),
    }
}

impl Words<'_> {
    /// `$org`, the issuer's name, the first variable of every SMS.
    pub(super) fn org(&self) -> Result<SmsVar, RenderError> {
        let org = &self.notice.issuer.org;
        Ok(self.var("org", self.text(org)?.to_string(), Some(org)))
    }
}

/// The template context of an SMS: its sentences, resolved from the selectors and variables.
/// The same function fills a DLT template when the variables are placeholders.
pub(crate) fn sms_context(view: &SmsView, locale: &Locale) -> Result<Context, RenderError> {
    let kind = match &view.kind {
        SmsKind::Builtin(kind) => *kind,
        SmsKind::Defined(plan) => return super::sms_defined::context(plan, view, locale),
    };
    let mut args = FluentArgs::new();
    for (name, value) in &view.selectors {
        args.set(name.as_ref(), value.as_ref());
    }
    for var in &view.vars {
        args.set(var.name.as_ref(), var.value.as_str());
    }
    let selected = |name: &str| view.selectors.iter().any(|(n, v)| n == name && v == "yes");
    let optional = |id: &str, when: bool| -> Result<Option<String>, RenderError> {
        when.then(|| message(locale, id, &args)).transpose()
    };
    let mut ctx = Context::new();
    ctx.insert("lang", locale.lang().code());
    ctx.insert(
        "org",
        view.vars
            .iter()
            .find(|v| v.name == "org")
            .map_or("", |v| v.value.as_str()),
    );
    let phone = selected("has-phone");
    match kind {
        Kind::Outage => {
            ctx.insert("body", &message(locale, "sms-outage", &args)?);
            ctx.insert("contact", &optional("sms-contact", phone)?);
        }
        Kind::Safety => {
            ctx.insert("body", &message(locale, "sms-safety", &args)?);
            ctx.insert(
                "until",
                &optional("sms-safety-until", selected("has-until"))?,
            );
            ctx.insert("contact", &optional("sms-safety-report", phone)?);
        }
        Kind::Meeting => {
            ctx.insert("body", &message(locale, "sms-meeting", &args)?);
            ctx.insert("contact", &optional("sms-contact", phone)?);
        }
    }
    Ok(ctx)
}
