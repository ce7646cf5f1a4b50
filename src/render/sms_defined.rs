//! The SMS of a kind defined as data, and its DLT templates, from the definition alone: no
//! kind is named here.
//!
//! What each field gives an SMS message is [`crate::kind::fluent`]'s (the short forms that
//! fit a DLT variable: `$x-short`, a list fitted into one variable with `$x-list`). Which of
//! them matter is read from the kind's words: the messages its `.sms.tera` template requests
//! and every message they reference, in every language ([`Plan`]). The selectors among those
//! (yes/no and choice fields, spans, lists, `$has-x` of an optional field whose variables are
//! used) are the cases of its DLT templates; the texts, numbers and moments among them are
//! its DLT variables, each filled by a placeholder to make a template, as for the built-in
//! kinds (`Engine::dlt_template`).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::Context;

use super::sms_view::{Selector, SmsKind, SmsVar, SmsView, words};
use super::view::trim_sentence_end;
use crate::error::RenderError;
use crate::kind::fluent::{LIST_KINDS, SPAN_KINDS, YES_NO, is_message_of, var_name};
use crate::kind::{Condition, Definition, FieldDef, FieldType, Value};
use crate::l10n::{Locale, Moment};
use crate::notice::{Body, Notice};

/// Most cases a kind's DLT templates are listed for: a kind whose SMS depends on more
/// selectors than this says too much for one SMS.
const MAX_CASES: usize = 4096;

/// The context variables an SMS template of a kind defined as data gets (`title`, `msg.…`,
/// the issuer as `org`, `revised`); a template that reads others gets the context of the
/// other formats too, and has no DLT template.
const SMS_CONTEXT: &[&str] = crate::l10n::catalog::SMS_CONTEXT;

/// The DLT variables of a cancellation's SMS after `org` (`sms-notice-cancelled`): when and
/// where the cancelled notice was to apply, else the id it cancels.
const CANCEL_VARIABLES: &[&str] = &["from", "areas", "supersedes"];

/// How one DLT variable of a kind depends on the case.
#[derive(Clone, Debug)]
struct Slot {
    /// Its name (`zones`, `start-short`).
    name: Cow<'static, str>,
    /// The `has-x` selector of its field, when the case says whether the field is given.
    has: Option<String>,
    /// The `x-list` selector of its list (a list of none gives no variable).
    list: Option<String>,
    /// The span selector of a span's end (an open span has none).
    span: Option<String>,
}

/// What the SMS of one kind defined as data depends on, read once when the engine is built.
#[derive(Debug)]
pub(crate) struct Plan {
    definition: Arc<Definition>,
    /// The messages its SMS template puts in `msg`: (name in the template, message id).
    messages: Vec<(String, String)>,
    /// Whether its template reads `title`.
    title: bool,
    /// Whether its template reads more than [`SMS_CONTEXT`].
    full_context: bool,
    /// The variables its SMS messages use, and those of the messages they reference, in any
    /// language.
    uses: BTreeSet<String>,
    /// The languages whose SMS messages use each variable.
    used_in: BTreeMap<String, Vec<&'static str>>,
    /// The selectors its SMS depends on, in the definition's order: for each field, its
    /// possible selector values together.
    options: Vec<Vec<Vec<Selector>>>,
    /// Its DLT variables after `org`, in the definition's order.
    slots: Vec<Slot>,
    /// Why its SMS can have no DLT template, if it cannot.
    refusal: Option<String>,
    /// Whether its templates say that a notice is revised (read `revised`): then an
    /// update's SMS has cases of its own, those of an actual notice with `status=update`
    /// first.
    revised: bool,
    /// The cases of a cancellation's SMS, `status=cancel` first: whether it says when and
    /// where the cancelled notice was to apply, as far as the fields it keeps can.
    cancel_cases: Vec<Vec<Selector>>,
}

/// The variables of `field` that hold text, which DLT variables may carry.
fn text_variables(field: &FieldDef) -> Vec<String> {
    let name = &var_name(&field.name).into_owned();
    let moment = |key: &str| {
        [
            format!("{key}-at"),
            format!("{key}-clock"),
            format!("{key}-short"),
        ]
    };
    match field.ty {
        FieldType::Text
        | FieldType::String
        | FieldType::Phone
        | FieldType::Id
        | FieldType::TextList => vec![name.clone()],
        FieldType::Person => vec![format!("{name}-name"), format!("{name}-designation")],
        FieldType::Date => vec![format!("{name}-short")],
        FieldType::DateTime => moment(name).to_vec(),
        FieldType::Span => field
            .span
            .iter()
            .flat_map(|k| {
                moment(&var_name(&k.start))
                    .into_iter()
                    .chain(moment(&var_name(&k.end)))
            })
            .collect(),
        FieldType::YesNo | FieldType::Choice | FieldType::Count => Vec::new(),
        FieldType::Contacts | FieldType::Issuer => Vec::new(),
    }
}

/// The variables of `field` that are numbers or moments, which no DLT variable can carry:
/// each with what it is.
fn value_variables(field: &FieldDef) -> Vec<(String, &'static str)> {
    let name = &var_name(&field.name).into_owned();
    match field.ty {
        FieldType::Count => vec![(name.clone(), "a number")],
        FieldType::TextList => vec![(format!("{name}-count"), "a number")],
        FieldType::Date | FieldType::DateTime => vec![(name.clone(), "a moment for DATE or TIME")],
        FieldType::Span => field
            .span
            .iter()
            .flat_map(|k| {
                [
                    var_name(&k.start).into_owned(),
                    var_name(&k.end).into_owned(),
                ]
            })
            .map(|key| (key, "a moment for DATE or TIME"))
            .collect(),
        _ => Vec::new(),
    }
}

/// The end key of a span field.
fn end_key(field: &FieldDef) -> Option<Cow<'_, str>> {
    field.span.as_ref().map(|k| var_name(&k.end))
}

/// Whether a variable named `name` belongs to the end of span `field`.
fn is_end_variable(field: &FieldDef, name: &str) -> bool {
    end_key(field).is_some_and(|end| {
        name == end
            || name
                .strip_prefix(end.as_ref())
                .is_some_and(|r| r.starts_with('-'))
    })
}

fn owned(name: impl Into<String>, value: impl Into<Cow<'static, str>>) -> Selector {
    (Cow::Owned(name.into()), value.into())
}

impl Plan {
    /// The definition of the kind.
    pub(crate) fn definition(&self) -> &Definition {
        &self.definition
    }

    /// The plan of `definition`'s SMS: `reads` the context variables Tera finds in its
    /// `.sms.tera` template; `revised` whether it or the body of its WhatsApp templates says
    /// that a notice is revised; `requested` the messages it requests (`None`: it reads `msg`
    /// whole); `ids` every message id of any language; `words` each language's parsed `.ftl`
    /// files of the kinds folder.
    pub(super) fn new<'a>(
        definition: Arc<Definition>,
        reads: &BTreeSet<String>,
        revised: bool,
        requested: Option<&[String]>,
        ids: impl IntoIterator<Item = &'a str>,
        words: &[crate::check::model::Locale<'_>],
    ) -> Plan {
        let kind = definition.kind.as_str();
        let prefix_len = kind.len() + 1;
        let title = reads.contains("title") || requested.is_none();
        let mut messages: Vec<(String, String)> = ids
            .into_iter()
            .filter(|id| is_message_of(id, kind))
            .filter_map(|id| {
                let short = id.get(prefix_len..)?.replace('-', "_");
                let wanted =
                    requested.is_none_or(|r| r.contains(&short)) || (title && short == "title");
                wanted.then(|| (short, id.to_string()))
            })
            .collect();
        messages.sort();
        messages.dedup();
        let mut used_in: BTreeMap<String, Vec<&'static str>> = BTreeMap::new();
        for w in words {
            for var in w.variables_reached(messages.iter().map(|(_, id)| id.as_str())) {
                used_in.entry(var).or_default().push(w.lang.tag());
            }
        }
        let uses: BTreeSet<String> = used_in.keys().cloned().collect();
        let full_context = reads.iter().any(|r| !SMS_CONTEXT.contains(&r.as_str()));
        let cancel_cases = cancel_cases(&definition);
        let mut plan = Plan {
            definition,
            messages,
            title,
            full_context,
            uses,
            used_in,
            options: Vec::new(),
            slots: Vec::new(),
            refusal: None,
            revised,
            cancel_cases,
        };
        plan.derive();
        plan
    }

    /// The kind's name.
    pub(crate) fn kind(&self) -> &str {
        &self.definition.kind
    }

    /// Why the kind's SMS can have no DLT template, if it cannot.
    pub(crate) fn refusal(&self) -> Option<&str> {
        self.refusal.as_deref()
    }

    /// Whether the template needs the context of the other formats.
    pub(crate) fn full_context(&self) -> bool {
        self.full_context
    }

    fn used(&self, name: &str) -> bool {
        self.uses.contains(name)
    }

    /// The selectors, DLT variables and refusal, from what the messages use.
    fn derive(&mut self) {
        let definition = self.definition.clone();
        let mut refusals = Vec::new();
        if self.full_context {
            refusals.push(format!(
                "its SMS template reads more than {}: DLT sees data only in the variables of the SMS messages (`msg.…`)",
                SMS_CONTEXT.join(", ")
            ));
        }
        for field in definition.fields.iter().filter(|f| !f.common) {
            for (name, what) in value_variables(field) {
                if self.used(&name) {
                    let instead = match field.ty {
                        FieldType::TextList => format!("; select on ${}-list", field.name),
                        FieldType::Count => String::new(),
                        _ => format!("; say it with ${name}-short"),
                    };
                    let langs = self
                        .used_in
                        .get(&name)
                        .map(|l| l.join(", "))
                        .unwrap_or_default();
                    refusals.push(format!(
                        "its SMS messages use ${name} ({langs}), {what}, which a DLT template cannot vary with{instead}"
                    ));
                }
            }
            self.field_plan(field);
        }
        let cases = self
            .options
            .iter()
            .try_fold(1usize, |n, o| n.checked_mul(o.len()));
        if cases.is_none_or(|n| n > MAX_CASES) {
            refusals.push(format!(
                "its SMS depends on too many selectors (more than {MAX_CASES} cases)"
            ));
        }
        if !refusals.is_empty() {
            self.refusal = Some(refusals.join("; "));
        }
    }

    /// The selector values and DLT variables `field` gives the SMS, as far as it is used.
    fn field_plan(&mut self, field: &FieldDef) {
        let name = var_name(&field.name);
        let name = name.as_ref();
        let has = format!("has-{name}");
        let texts: Vec<String> = text_variables(field)
            .into_iter()
            .filter(|v| self.used(v))
            .collect();
        let mut present: Vec<Vec<Selector>> = match field.ty {
            FieldType::YesNo if self.used(name) => {
                YES_NO.iter().map(|v| vec![owned(name, *v)]).collect()
            }
            FieldType::Choice if self.used(name) => field
                .values
                .iter()
                .map(|v| vec![owned(name, v.clone())])
                .collect(),
            FieldType::Span => {
                let end = end_key(field).unwrap_or(Cow::Borrowed("end"));
                let has_end = format!("has-{end}");
                let depends = self.used(name)
                    || self.used(&has_end)
                    || texts.iter().any(|v| is_end_variable(field, v));
                if depends {
                    SPAN_KINDS
                        .iter()
                        .map(|k| {
                            let mut s = vec![owned(name, *k)];
                            if self.used(&has_end) {
                                s.push(owned(
                                    has_end.clone(),
                                    if *k == "open" { "no" } else { "yes" },
                                ));
                            }
                            s
                        })
                        .collect()
                } else {
                    vec![Vec::new()]
                }
            }
            FieldType::TextList if self.used(name) || self.used(&format!("{name}-list")) => {
                let list = format!("{name}-list");
                LIST_KINDS
                    .iter()
                    .filter(|k| match **k {
                        "none" => field.min_items == 0,
                        "one" => field.min_items <= 1 && field.max_items >= 1,
                        _ => field.max_items >= 2,
                    })
                    .map(|k| vec![owned(list.clone(), *k)])
                    .collect()
            }
            _ => vec![Vec::new()],
        };
        let depends = self.used(&has) || present.iter().any(|p| !p.is_empty()) || !texts.is_empty();
        if !depends {
            return;
        }
        let optional = !field.required;
        if optional {
            for p in &mut present {
                p.insert(0, owned(has.clone(), "yes"));
            }
            present.push(vec![owned(has.clone(), "no")]);
        }
        if present.len() > 1 || present.iter().any(|p| !p.is_empty()) {
            self.options.push(present);
        }
        let list = (field.ty == FieldType::TextList).then(|| format!("{name}-list"));
        for text in texts {
            let span = is_end_variable(field, &text).then(|| name.to_string());
            self.slots.push(Slot {
                name: Cow::Owned(text),
                has: optional.then(|| has.clone()),
                list: list.clone(),
                span,
            });
        }
    }

    /// The DLT variables: `org`, then those of the fields, then those of a cancellation.
    pub(crate) fn variables(&self) -> Vec<Cow<'static, str>> {
        std::iter::once(Cow::Borrowed("org"))
            .chain(self.slots.iter().map(|s| s.name.clone()))
            .chain(CANCEL_VARIABLES.iter().map(|n| Cow::Borrowed(*n)))
            .collect()
    }

    /// Every case of the SMS: those of an actual notice ([`Plan::actual_cases`]), the same
    /// again for an update (`status=update`, with `revision=postponed` or `extended` when it
    /// says how) when the templates say a notice is revised, then a cancellation's.
    pub(crate) fn cases(&self) -> Vec<Vec<Selector>> {
        let actual = self.actual_cases();
        let update = if self.revised {
            super::sms_view::update_cases(&actual, self.definition.postponable_if.as_ref())
        } else {
            Vec::new()
        };
        actual
            .into_iter()
            .chain(update)
            .chain(self.cancel_cases.iter().cloned())
            .collect()
    }

    /// Every case of the selectors an actual notice's SMS depends on that a notice can have,
    /// in the definition's order.
    fn actual_cases(&self) -> Vec<Vec<Selector>> {
        let mut cases: Vec<Vec<Selector>> = vec![Vec::new()];
        for options in &self.options {
            cases = cases
                .into_iter()
                .flat_map(|case| {
                    options.iter().map(move |o| {
                        let mut c = case.clone();
                        c.extend(o.iter().cloned());
                        c
                    })
                })
                .collect();
        }
        cases.retain(|c| self.possible(c));
        cases
    }

    /// Whether a notice can have `case`, by the definition's rules (`required-if`,
    /// `details-of`, `end-required-if`); a rule on a selector the case leaves open holds.
    fn possible(&self, case: &[Selector]) -> bool {
        let value = |name: &str| {
            case.iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_ref())
        };
        let holds = |c: &Condition| value(&c.field).is_some_and(|v| c.equals.holds_for(v));
        self.definition
            .fields
            .iter()
            .filter(|f| !f.common)
            .all(|f| {
                let has = value(&format!("has-{}", f.name));
                let required = f.required_if.as_ref().is_some_and(holds);
                let details = match (&f.details_of, has) {
                    (Some(choice), Some(has)) => {
                        value(choice).is_none_or(|v| (v == "other") == (has == "yes"))
                    }
                    _ => true,
                };
                let end = f
                    .span
                    .as_ref()
                    .and_then(|k| k.end_required_if.as_ref())
                    .is_some_and(holds);
                !(required && has == Some("no"))
                    && details
                    && !(end && value(&f.name) == Some("open"))
            })
    }

    /// The SMS of `case` with `placeholder(i)` in DLT variable `i` (`org` first), to make its
    /// DLT template.
    pub(crate) fn case_view(
        self: &Arc<Self>,
        case: &[Selector],
        placeholder: impl Fn(usize) -> String,
    ) -> SmsView {
        let mut vars = vec![SmsVar {
            name: Cow::Borrowed("org"),
            value: placeholder(0),
            source: None,
        }];
        if case
            .first()
            .is_some_and(|(n, v)| n == "status" && v == "cancel")
        {
            let first = 1 + self.slots.len();
            vars.extend(CANCEL_VARIABLES.iter().enumerate().map(|(i, name)| SmsVar {
                name: Cow::Borrowed(*name),
                value: placeholder(first + i),
                source: None,
            }));
            return self.cancel_view(case.to_vec(), vars);
        }
        let value = |name: &Option<String>| {
            name.as_ref()
                .and_then(|n| case.iter().find(|(s, _)| s == n))
                .map(|(_, v)| v.as_ref())
        };
        let mut absent = Vec::new();
        // A required field is always given: its `$has-x`, if a message asks, is `yes`.
        let rest = self
            .definition
            .fields
            .iter()
            .filter(|f| !f.common && f.required)
            .map(|f| format!("has-{}", f.name))
            .filter(|has| self.used(has) && !case.iter().any(|(n, _)| n == has))
            .map(|has| (Cow::Owned(has), FluentValue::from("yes")))
            .collect();
        for (i, slot) in self.slots.iter().enumerate() {
            let left_out = value(&slot.has) == Some("no")
                || value(&slot.list) == Some("none")
                || value(&slot.span) == Some("open");
            if left_out {
                absent.push(slot.name.to_string());
            } else {
                vars.push(SmsVar {
                    name: slot.name.clone(),
                    value: placeholder(i + 1),
                    source: None,
                });
            }
        }
        SmsView {
            kind: SmsKind::Defined(self.clone()),
            selectors: case.to_vec(),
            vars,
            rest,
            absent,
        }
    }

    /// The SMS of `notice` in the language of `locale`: the selectors of its case, its DLT
    /// variables (each with the field it comes from), and the numbers and moments and other
    /// selectors its messages may use besides.
    pub(crate) fn notice_view(
        self: &Arc<Self>,
        notice: &Notice,
        locale: &Locale,
    ) -> Result<SmsView, RenderError> {
        let defined = match &notice.body {
            Body::Defined(defined) => defined,
            Body::Cancelled(cancelled) => {
                return self.notice_cancel_view(notice, &cancelled.values, locale);
            }
            _ => {
                return Err(RenderError::NoDltTemplates {
                    kind: notice.kind_key().to_string(),
                    reason: "it is not a kind of the kinds folder".into(),
                });
            }
        };
        let words = words(notice, locale);
        let mut vars = vec![words.org()?];
        let mut rest: Vec<(Cow<'static, str>, FluentValue<'static>)> = Vec::new();
        let mut selectors: BTreeMap<String, Cow<'static, str>> = BTreeMap::new();
        let mut absent = Vec::new();
        let mut text = |name: String, value: String, source: (String, Option<crate::Position>)| {
            if self.used(&name) {
                vars.push(SmsVar {
                    name: Cow::Owned(name),
                    value,
                    source: Some(source),
                });
            }
        };
        for field in self.definition.fields.iter().filter(|f| !f.common) {
            let name = var_name(&field.name);
            let name = name.as_ref();
            let given = defined.values.iter().find(|v| v.name == field.name);
            selectors.insert(
                format!("has-{name}"),
                Cow::Borrowed(if given.is_some() { "yes" } else { "no" }),
            );
            let Some(given) = given else {
                absent.extend(
                    crate::kind::fluent::field_variables(field)
                        .into_iter()
                        .map(|v| v.name),
                );
                absent.extend(
                    crate::kind::fluent::sms_field_variables(field)
                        .into_iter()
                        .map(|v| v.name),
                );
                continue;
            };
            let at = (given.path.clone(), given.at);
            match &given.value {
                Value::Text(f) => {
                    let value = trim_sentence_end(words.text(f)?).to_string();
                    text(name.to_string(), value, (f.path.clone(), f.at));
                }
                Value::Texts(fs) => {
                    let (list, fitted) = words.sms_areas(fs)?;
                    selectors.insert(format!("{name}-list"), Cow::Borrowed(list));
                    rest.push((
                        Cow::Owned(format!("{name}-count")),
                        FluentValue::from(fs.len()),
                    ));
                    if list == "none" {
                        absent.push(name.to_string());
                    } else {
                        let first = fs.first().and_then(|f| f.at).or(given.at);
                        text(name.to_string(), fitted, (given.path.clone(), first));
                    }
                }
                Value::String(s) | Value::Phone(s) | Value::Id(s) => {
                    text(name.to_string(), s.clone(), at);
                }
                Value::Choice(s) => {
                    selectors.insert(name.to_string(), Cow::Owned(s.clone()));
                }
                Value::YesNo(b) => {
                    selectors.insert(
                        name.to_string(),
                        Cow::Borrowed(if *b { "yes" } else { "no" }),
                    );
                }
                Value::Count(n) => rest.push((Cow::Owned(name.to_string()), FluentValue::from(*n))),
                Value::Date(d) => {
                    rest.push((Cow::Owned(name.to_string()), moment(Moment::Date(*d))));
                    let short = format!("{name}-short");
                    if self.used(&short) {
                        let mut args = FluentArgs::new();
                        args.set("time", moment(Moment::Date(*d)));
                        text(short, locale.message("sms-date", &args)?, at);
                    }
                }
                Value::DateTime(t) => {
                    rest.push((Cow::Owned(name.to_string()), moment(Moment::DateTime(*t))));
                    self.moment_texts(&words, name, *t, None, &at, &mut text)?;
                }
                Value::Span(span) => {
                    selectors.insert(name.to_string(), Cow::Borrowed(span.kind.key()));
                    let (start, end) = field
                        .span
                        .as_ref()
                        .map_or((Cow::Borrowed("start"), Cow::Borrowed("end")), |k| {
                            (var_name(&k.start), var_name(&k.end))
                        });
                    let (start, end) = (start.as_ref(), end.as_ref());
                    rest.push((
                        Cow::Owned(start.to_string()),
                        moment(Moment::DateTime(span.start)),
                    ));
                    self.moment_texts(&words, start, span.start, None, &at, &mut text)?;
                    selectors.insert(
                        format!("has-{end}"),
                        Cow::Borrowed(if span.end.is_some() { "yes" } else { "no" }),
                    );
                    match span.end {
                        Some(e) => {
                            rest.push((Cow::Owned(end.to_string()), moment(Moment::DateTime(e))));
                            self.moment_texts(&words, end, e, Some(span.start), &at, &mut text)?;
                        }
                        None => {
                            absent.extend(crate::kind::fluent::moment(end).map(|v| v.name));
                            absent.push(format!("{end}-short"));
                        }
                    }
                }
                Value::Person(p) => {
                    let (person, designation) = (words.text(&p.name)?, words.text(&p.designation)?);
                    text(
                        format!("{name}-name"),
                        person.to_string(),
                        (p.name.path.clone(), p.name.at),
                    );
                    text(
                        format!("{name}-designation"),
                        designation.to_string(),
                        (p.designation.path.clone(), p.designation.at),
                    );
                }
                Value::Contacts(_) | Value::Issuer(_) => {}
            }
        }
        // The case, in the order of its DLT templates (a revised notice's `status=update`
        // first); every other selector is a value the messages may use.
        let mut case: Vec<Selector> = Vec::new();
        if self.revised {
            case.extend(super::sms_view::update_selectors(notice.status()));
        }
        for (n, _) in self.options.iter().flatten().flatten() {
            if !case.iter().any(|(c, _)| c == n)
                && let Some(v) = selectors.get(n.as_ref())
            {
                case.push((n.clone(), v.clone()));
            }
        }
        for (n, v) in selectors {
            if !case.iter().any(|(c, _)| *c == n) {
                rest.push((Cow::Owned(n), FluentValue::String(v)));
            }
        }
        Ok(SmsView {
            kind: SmsKind::Defined(self.clone()),
            selectors: case,
            vars,
            rest,
            absent,
        })
    }

    /// The SMS of a cancellation of `notice`, which keeps `values`: `status=cancel`, when
    /// and where the cancelled notice was to apply (`$from`, `$areas`) and the id it cancels.
    fn notice_cancel_view(
        self: &Arc<Self>,
        notice: &Notice,
        values: &[crate::kind::FieldValue],
        locale: &Locale,
    ) -> Result<SmsView, RenderError> {
        let words = words(notice, locale);
        let (when, areas) = super::status::kept(values);
        let mut view = self.cancel_view(vec![owned("status", "cancel")], vec![words.org()?]);
        words.sms_cancelled_from(when, &mut view)?;
        let areas = areas.unwrap_or_default();
        let path = areas.first().map(|f| f.path.clone()).unwrap_or_default();
        words.sms_area_vars(areas, path, &mut view)?;
        if let Some(s) = notice.status().supersedes() {
            view.vars.push(SmsVar {
                name: Cow::Borrowed("supersedes"),
                value: s.id.clone(),
                source: Some(("supersedes".into(), s.at)),
            });
        }
        Ok(view)
    }

    /// A cancellation's SMS of `case` with `vars`.
    fn cancel_view(self: &Arc<Self>, case: Vec<Selector>, vars: Vec<SmsVar>) -> SmsView {
        SmsView {
            kind: SmsKind::Defined(self.clone()),
            selectors: case,
            vars,
            rest: Vec::new(),
            absent: Vec::new(),
        }
    }

    /// The texts of the moment `t` of field or span key `name` that the SMS uses:
    /// `$x-at`, `$x-clock` and `$x-short` (only the time when on the day of `same_day_as`).
    fn moment_texts(
        &self,
        words: &super::view::Words<'_>,
        name: &str,
        t: crate::notice::DateTime,
        same_day_as: Option<crate::notice::DateTime>,
        at: &(String, Option<crate::Position>),
        text: &mut impl FnMut(String, String, (String, Option<crate::Position>)),
    ) -> Result<(), RenderError> {
        let (long, clock, short) = (
            format!("{name}-at"),
            format!("{name}-clock"),
            format!("{name}-short"),
        );
        if self.used(&long) {
            text(long, words.moment(t)?, at.clone());
        }
        if self.used(&clock) {
            text(clock, words.clock(t)?, at.clone());
        }
        if self.used(&short) {
            text(short, words.sms_moment(t, same_day_as)?, at.clone());
        }
        Ok(())
    }
}

fn moment(m: Moment) -> FluentValue<'static> {
    FluentValue::Custom(Box::new(m))
}

/// The cases of a cancellation's SMS of the kind `definition` defines: `status=cancel`, then
/// `has-date` (yes only when a cancellation may keep a date, date-time or span) and
/// `area-list` (as many items as its first list may have), which `sms-notice-cancelled`
/// selects on.
fn cancel_cases(definition: &Definition) -> Vec<Vec<Selector>> {
    let kept = definition.in_cancel();
    let when = kept.iter().any(|f| {
        matches!(
            f.ty,
            FieldType::Span | FieldType::DateTime | FieldType::Date
        )
    });
    let list = kept.iter().find(|f| f.ty == FieldType::TextList);
    let dates: &[&'static str] = if when { &["yes", "no"] } else { &["no"] };
    let lists: Vec<&'static str> = LIST_KINDS
        .iter()
        .copied()
        .filter(|k| match (*k, list) {
            ("none", _) => true,
            (_, None) => false,
            ("one", Some(f)) => f.max_items >= 1,
            (_, Some(f)) => f.max_items >= 2,
        })
        .collect();
    dates
        .iter()
        .flat_map(|date| {
            lists.iter().map(move |list| {
                vec![
                    owned("status", "cancel"),
                    owned("has-date", *date),
                    owned("area-list", *list),
                ]
            })
        })
        .collect()
}

/// The template context of the SMS `view` of `plan`'s kind: `lang`, `org`, `title` and
/// `msg`, each message the template requests made with the view's values (one that uses a
/// variable of a field the notice leaves out is left out).
pub(crate) fn context(
    plan: &Plan,
    view: &SmsView,
    locale: &Locale,
) -> Result<Context, RenderError> {
    let args = view.fluent_args();
    let mut ctx = super::sms_view::base_context(view, locale);
    if view.status() == Some("cancel") {
        ctx.insert(
            "cancelled",
            &super::view::message(locale, "sms-notice-cancelled", &args)?,
        );
        return Ok(ctx);
    }
    ctx.insert("revised", &super::sms_view::revised(view, locale)?);
    let kind = plan.kind();
    let mut msg: BTreeMap<&str, Option<String>> = BTreeMap::new();
    for (short, id) in &plan.messages {
        if !locale.has_message(id) {
            continue;
        }
        let text = locale.message_unless(id, &args, |v| view.absent.iter().any(|a| a == v))?;
        msg.insert(short, text);
    }
    if msg.is_empty()
        && !locale
            .message_ids()
            .iter()
            .any(|id| is_message_of(id, kind))
    {
        return Err(RenderError::Message {
            lang: locale.lang().tag(),
            id: format!("{kind}-…"),
            message: format!(
                "no .ftl file of this language gives the words of `{kind}`: add locales/{}/{kind}.ftl to the kind's folder",
                locale.lang().tag(),
            ),
        });
    }
    let title = if plan.title {
        msg.get("title").cloned().flatten()
    } else {
        None
    };
    ctx.insert("title", &title.unwrap_or_default());
    ctx.insert("msg", &msg);
    Ok(ctx)
}

/// The plan of every kind of the kinds folder (none without one): what each kind's SMS
/// template reads and its messages use, in every language of `locales`.
pub(super) fn plans(
    pack: &crate::kind::pack::Pack,
    kinds: &super::kinds::KindsFolder,
    templates: &tera::Tera,
    locales: &[Locale],
) -> Vec<Arc<Plan>> {
    if kinds.defined.is_empty() {
        return Vec::new();
    }
    let sources: Vec<(crate::lang::Lang, Vec<crate::l10n::FtlSource>)> = locales
        .iter()
        .map(|l| (l.lang(), pack.ftl_of(l.lang().tag()).cloned().collect()))
        .collect();
    let words: Vec<crate::check::model::Locale<'_>> = sources
        .iter()
        .map(|(lang, files)| crate::check::model::Locale::new(*lang, files))
        .collect();
    kinds
        .defined
        .iter()
        .map(|definition| {
            let reads_of = |format: &str| -> BTreeSet<String> {
                templates
                    .get_template_variables(&format!("{}.{format}.tera", definition.kind))
                    .map(|vars| vars.into_iter().map(String::from).collect())
                    .unwrap_or_default()
            };
            let reads = reads_of("sms");
            let revised =
                reads.contains("revised") || reads_of("whatsapp-template").contains("revised");
            let ids = locales
                .iter()
                .flat_map(|l| l.message_ids())
                .map(String::as_str);
            Arc::new(Plan::new(
                definition.clone(),
                &reads,
                revised,
                kinds.requested(&definition.kind, super::Format::Sms),
                ids,
                &words,
            ))
        })
        .collect()
}
