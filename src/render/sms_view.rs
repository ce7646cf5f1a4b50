//! The SMS of a notice: the selector values that choose its fixed text (its DLT template) and
//! the variables that fill it. A built-in kind's SMS is made by its own typed view below, which
//! its registered DLT templates depend on (the cause of an outage is one variable for every
//! reason, a safety advisory names its hazard only when it is `other`, a meeting's date and
//! time are two variables); a kind defined as data gets its SMS by the generic plan of
//! [`super::sms_defined`]. Both share the moment and list fitting here.

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::Context;

use super::view::{Words, message, moment_args, span_kind, trim_sentence_end};
use crate::error::RenderError;
use crate::l10n::{Locale, Moment, catalog};
use crate::notice::{Body, DateTime, Field, Hazard, Kind, Notice};

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
/// A yes/no selector value.
fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

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

impl SmsView {
    /// The `status` selector of an update's or a cancellation's case (`update`, `cancel`);
    /// `None` for an actual notice.
    pub(crate) fn status(&self) -> Option<&str> {
        self.selectors
            .iter()
            .find(|(n, _)| n == "status")
            .map(|(_, v)| v.as_ref())
    }

    /// The name its templates begin with: its kind's (`outage.sms.tera`), or `cancel` for a
    /// cancellation of a kind defined as data, whose SMS says what is cancelled in the same
    /// words for every such kind (`cancel.sms.tera`), as its other formats do.
    pub(crate) fn layout(&self) -> &str {
        match &self.kind {
            SmsKind::Defined(_) if self.status() == Some("cancel") => "cancel",
            kind => kind.key(),
        }
    }

    /// The Fluent arguments of the view's messages: its other values, selectors and variables.
    pub(crate) fn fluent_args(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.rest {
            args.set(name.as_ref(), value.clone());
        }
        for (name, value) in &self.selectors {
            args.set(name.as_ref(), value.as_ref());
        }
        for var in &self.vars {
            args.set(var.name.as_ref(), var.value.as_str());
        }
        args
    }
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

/// The selectors of a kind's cancellation SMS (`status=cancel` first) with every value
/// they take: the cases `suchana dlt` lists besides those of [`sms_selectors`] (and those
/// again with `status=update` first, for a revised notice).
pub(crate) fn sms_cancel_selectors(
    kind: Kind,
) -> &'static [(&'static str, &'static [&'static str])] {
    const CANCEL: &[&str] = &["cancel"];
    const AREAS: &[&str] = &["none", "one", "many", "partial"];
    const YES_NO: &[&str] = &["yes", "no"];
    match kind {
        Kind::Outage => &[
            ("status", CANCEL),
            ("has-date", YES_NO),
            ("area-list", AREAS),
        ],
        Kind::Safety => &[("status", CANCEL), ("area-list", AREAS)],
        Kind::Meeting => &[
            ("status", CANCEL),
            ("has-title", YES_NO),
            ("has-date", YES_NO),
            ("has-venue", YES_NO),
        ],
    }
}

/// The values of the `status` selector, which an actual notice's SMS does not have.
pub(crate) const STATUS_VALUES: &[&str] = &["update", "cancel"];

/// The values of the `revision` selector, which follows `status=update` when the update
/// says how it changes the notice ([`crate::notice::Revision`]).
pub(crate) const REVISION_VALUES: &[&str] = &["postponed", "extended"];

/// The selectors that head the case of an update's SMS: `status=update`, then `revision`
/// when it postpones or extends; none for an actual notice or a cancellation.
pub(crate) fn update_selectors(status: &crate::notice::Status) -> Vec<Selector> {
    let crate::notice::Status::Update(s) = status else {
        return Vec::new();
    };
    let mut selectors = vec![selector("status", "update")];
    if let Some(r) = s.revision {
        selectors.push(selector("revision", r.key()));
    }
    selectors
}

/// The cases of an update's SMS from those of an actual notice: each again after
/// `status=update`, for an update that does not say how, then one that postpones (only where
/// `postponable`, the kind's `postponable-if`, holds), then one that extends.
pub(crate) fn update_cases(
    actual: &[Vec<Selector>],
    postponable: Option<&crate::kind::Condition>,
) -> Vec<Vec<Selector>> {
    use crate::notice::Revision;
    let can_postpone = |case: &[Selector]| {
        postponable.is_none_or(|c| {
            case.iter()
                .find(|(n, _)| *n == c.field)
                .is_none_or(|(_, v)| c.equals.holds_for(v))
        })
    };
    let revisions = std::iter::once(None).chain(Revision::ALL.map(Some));
    revisions
        .flat_map(|revision| {
            actual
                .iter()
                .filter(move |case| revision != Some(Revision::Postponed) || can_postpone(case))
                .map(move |case| {
                    let mut c = vec![selector("status", "update")];
                    c.extend(revision.map(|r| selector("revision", r.key())));
                    c.extend(case.iter().cloned());
                    c
                })
        })
        .collect()
}

/// The heading of an update's SMS ("(सुधारित सूचना)", "(सुधारित सूचना: मुदतवाढ)"), from the
/// `status` and `revision` of its case; `None` for any other SMS.
pub(crate) fn revised(view: &SmsView, locale: &Locale) -> Result<Option<String>, RenderError> {
    if view.status() != Some("update") {
        return Ok(None);
    }
    let revision = view
        .selectors
        .iter()
        .find(|(n, _)| n == "revision")
        .map_or("none", |(_, v)| v.as_ref());
    let mut args = FluentArgs::new();
    args.set("revision", revision);
    Ok(Some(message(locale, "sms-revised", &args)?))
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

    /// The areas an SMS names: `area-list` and, unless it is `none`, `$areas`
    /// ([`Words::sms_areas`]), reported at `path` and the first area's place.
    pub(super) fn sms_area_vars(
        &self,
        areas: &'a [Field],
        path: String,
        view: &mut SmsView,
    ) -> Result<(), RenderError> {
        let (list, shown) = self.sms_areas(areas)?;
        view.selectors.push(selector("area-list", list));
        if list != "none" {
            view.vars.push(SmsVar {
                name: Cow::Borrowed("areas"),
                value: shown,
                source: Some((path, areas.first().and_then(|f| f.at))),
            });
        }
        Ok(())
    }

    /// When a cancelled notice was to apply, as its cancellation's SMS says it: `has-date`,
    /// and `$from` ("२४ नोव्हेंबर, सकाळी १०:००"; a date alone "२४ नोव्हेंबर").
    pub(super) fn sms_cancelled_from(
        &self,
        when: Option<Moment>,
        view: &mut SmsView,
    ) -> Result<(), RenderError> {
        view.selectors
            .push(selector("has-date", yes_no(when.is_some())));
        let from = match when {
            Some(Moment::DateTime(t)) => self.sms_moment(t, None)?,
            Some(date @ Moment::Date(_)) => {
                let mut args = FluentArgs::new();
                args.set("time", FluentValue::Custom(Box::new(date)));
                self.msg("sms-date", &args)?
            }
            None => return Ok(()),
        };
        view.vars.push(self.var("from", from, None));
        Ok(())
    }

    /// An optional text a cancellation's SMS says when it is given: `has-<name>` (`has`),
    /// and `$<name>` from `field`.
    fn sms_optional_text(
        &self,
        has: &'static str,
        name: &'static str,
        field: Option<&'a Field>,
        view: &mut SmsView,
    ) -> Result<(), RenderError> {
        view.selectors.push(selector(has, yes_no(field.is_some())));
        if let Some(f) = field {
            view.vars
                .push(self.var(name, self.text(f)?.to_string(), Some(f)));
        }
        Ok(())
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

    /// The SMS of a cancellation of a built-in kind: `status=cancel`, then what it keeps
    /// (its kind's fields, named as `kinds/<kind>.yaml` names them).
    fn sms_cancelled(
        &self,
        kind: Kind,
        values: &'a [crate::kind::FieldValue],
        view: &mut SmsView,
    ) -> Result<(), RenderError> {
        use crate::kind::Value;
        view.selectors.push(selector("status", "cancel"));
        let get = |name: &str| values.iter().find(|v| v.name == name).map(|v| &v.value);
        let start = match get("span") {
            Some(Value::Span(s)) => Some(s.start),
            _ => None,
        };
        let text = |name: &str| match get(name) {
            Some(Value::Text(f)) => Some(f),
            _ => None,
        };
        match kind {
            Kind::Meeting => {
                self.sms_optional_text("has-title", "title", text("title"), view)?;
                view.selectors
                    .push(selector("has-date", yes_no(start.is_some())));
                if let Some(t) = start {
                    let mut args = FluentArgs::new();
                    args.set("time", FluentValue::Custom(Box::new(Moment::DateTime(t))));
                    view.vars
                        .push(self.var("date", self.msg("sms-date", &args)?, None));
                    view.vars
                        .push(self.var("time", self.msg("clock", &args)?, None));
                }
                self.sms_optional_text("has-venue", "venue", text("venue"), view)
            }
            Kind::Outage | Kind::Safety => {
                if kind == Kind::Outage {
                    self.sms_cancelled_from(start.map(Moment::DateTime), view)?;
                }
                let areas: &[Field] = match get("areas") {
                    Some(Value::Texts(fs)) => fs,
                    _ => &[],
                };
                self.sms_area_vars(areas, "areas".into(), view)
            }
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
        if let (Body::Cancelled(d), SmsKind::Builtin(kind)) = (&n.body, &view.kind) {
            let kind = *kind;
            self.sms_cancelled(kind, &d.values, &mut view)?;
            return Ok(view);
        }
        // A revised notice's SMS is its kind's, headed as revised (`status=update` first).
        view.selectors.extend(update_selectors(n.status()));
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
                self.sms_area_vars(&s.areas, "areas".into(), &mut view)?;
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
            Body::Defined(_) | Body::Cancelled(_) => {}
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
    let status = view.status();
    let cancelled = match kind {
        Kind::Outage => "sms-outage-cancelled",
        Kind::Safety => "sms-safety-cancelled",
        Kind::Meeting => "sms-meeting-cancelled",
    };
    // A cancellation's message gets what the catalog lists for it; the others get everything
    // but `status` and `revision`, which only choose the heading.
    let wanted = |name: &str| match status {
        Some("cancel") => catalog::message(cancelled).is_some_and(|m| m.vars.contains(&name)),
        _ => name != "status" && name != "revision",
    };
    let mut args = FluentArgs::new();
    for (name, value) in view.selectors.iter().filter(|(n, _)| wanted(n)) {
        args.set(name.as_ref(), value.as_ref());
    }
    for var in view.vars.iter().filter(|v| wanted(&v.name)) {
        args.set(var.name.as_ref(), var.value.as_str());
    }
    let selected = |name: &str| view.selectors.iter().any(|(n, v)| n == name && v == "yes");
    let optional = |id: &str, when: bool| -> Result<Option<String>, RenderError> {
        when.then(|| message(locale, id, &args)).transpose()
    };
    let mut ctx = base_context(view, locale);
    ctx.insert("revised", &revised(view, locale)?);
    if status == Some("cancel") {
        ctx.insert("body", &message(locale, cancelled, &args)?);
        ctx.insert("contact", &None::<String>);
        ctx.insert("until", &None::<String>);
        return Ok(ctx);
    }
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

/// What every SMS template gets: its language and the issuer (`org`, a DLT variable).
pub(super) fn base_context(view: &SmsView, locale: &Locale) -> Context {
    let mut ctx = Context::new();
    ctx.insert("lang", locale.lang().code());
    ctx.insert(
        "org",
        view.vars
            .iter()
            .find(|v| v.name == "org")
            .map_or("", |v| v.value.as_str()),
    );
    ctx
}
