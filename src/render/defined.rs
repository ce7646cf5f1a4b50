//! The words of a notice of a kind defined as data ([`crate::kind`]), by one generic rule:
//! each field's type says how it reaches Fluent, and every message named `<kind>-…` is
//! formatted with all of them and handed to the kind's templates. No kind is named here.
//!
//! The variables each field type gives are [`crate::kind::fluent`]'s; the template also
//! gets `data.x`, each field as the language shows it.
//!
//! Every field of the kind also gives `$has-x` (`yes`/`no`). A message that uses a variable
//! of a field the notice leaves out is left out (`msg.x` is empty); any other failure is an
//! error. Message `water-supply-title` reaches the template as `msg.title`
//! (`-` becomes `_`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::Value as Json;
use tera::Context;

use super::view::Words;
use crate::error::RenderError;
use crate::kind::fluent::{field_variables, var_name};
use crate::kind::{Definition, FieldDef, FieldValue, Value};
use crate::l10n::Moment;

/// Puts the words of a notice of kind `definition` with field `values` in the language of
/// `words` into `ctx`: `data` (the fields as the language shows them) and `msg` (every
/// message of the kind, or those of `wanted` — the names the template requests, as
/// `msg.NAME` writes them — and the title). Returns `msg`.
pub(super) fn fields(
    words: &Words<'_>,
    definition: &Definition,
    values: &[FieldValue],
    wanted: Option<&[String]>,
    ctx: &mut Context,
) -> Result<Messages, RenderError> {
    let formats = words.locale.formats();
    let mut args = FluentArgs::new();
    // Keyed with `_` for `-`, as Tera names attributes (`data.low_pressure_until`).
    let mut data = Data::default();
    // The variables a left-out field would have given.
    let mut absent: Vec<String> = Vec::new();
    for field in definition.fields.iter().filter(|f| !f.common) {
        let given = values.iter().find(|v| v.name == field.name);
        let name = &*var_name(&field.name);
        args.set(
            format!("has-{name}"),
            if given.is_some() { "yes" } else { "no" },
        );
        let Some(given) = given else {
            absent.extend(field_variables(field).into_iter().map(|v| v.name));
            for key in field.document_keys() {
                data.insert(key.into(), Json::Null);
            }
            data.insert(field.name.clone(), Json::Null);
            continue;
        };
        match &given.value {
            Value::Text(f) => {
                // Inside a sentence, the text gives no full stop of its own.
                let text = words.text(f)?;
                args.set(
                    name.to_string(),
                    super::view::trim_sentence_end(text).to_string(),
                );
                data.insert(name.into(), Json::from(text));
            }
            Value::Texts(fs) => {
                let texts = words.texts(fs)?;
                args.set(name.to_string(), formats.list_and(&texts));
                args.set(format!("{name}-count"), texts.len());
                data.insert(name.into(), list(words, field, &texts)?);
            }
            Value::String(s) | Value::Phone(s) | Value::Id(s) | Value::Choice(s) => {
                args.set(name.to_string(), s.clone());
                data.insert(name.into(), Json::from(s.as_str()));
            }
            Value::YesNo(b) => {
                let key = if *b { "yes" } else { "no" };
                args.set(name.to_string(), key);
                data.insert(name.into(), Json::from(key));
            }
            Value::Count(n) => {
                args.set(name.to_string(), *n);
                data.insert(name.into(), Json::from(formats.number(*n)));
            }
            Value::Date(d) => {
                args.set(
                    name.to_string(),
                    FluentValue::Custom(Box::new(Moment::Date(*d))),
                );
                let shown = formats
                    .date_with_weekday(d.year, d.month, d.day)
                    .map_err(|e| RenderError::Message {
                        lang: words.locale.lang().tag(),
                        id: format!("{}: {name}", definition.kind),
                        message: e.to_string(),
                    })?;
                data.insert(name.into(), Json::from(shown));
            }
            Value::DateTime(t) => {
                let at = moment(words, &mut args, name, *t)?;
                data.insert(name.into(), Json::from(at));
            }
            Value::Span(span) => {
                args.set(name.to_string(), span.kind.key());
                let (start_key, end_key) = field
                    .span
                    .as_ref()
                    .map_or((Cow::Borrowed("start"), Cow::Borrowed("end")), |k| {
                        (var_name(&k.start), var_name(&k.end))
                    });
                let (start_key, end_key) = (&*start_key, &*end_key);
                let start = moment(words, &mut args, start_key, span.start)?;
                data.insert(start_key.into(), Json::from(start));
                args.set(
                    format!("has-{end_key}"),
                    if span.end.is_some() { "yes" } else { "no" },
                );
                match span.end {
                    Some(end) => {
                        let end = moment(words, &mut args, end_key, end)?;
                        data.insert(end_key.into(), Json::from(end));
                    }
                    None => {
                        absent.extend(crate::kind::fluent::moment(end_key).map(|v| v.name));
                        data.insert(end_key.into(), Json::Null);
                    }
                }
                data.insert(name.into(), Json::from(span.kind.key()));
            }
            Value::Person(p) => {
                let (person, designation) = (words.text(&p.name)?, words.text(&p.designation)?);
                args.set(format!("{name}-name"), person.to_string());
                args.set(format!("{name}-designation"), designation.to_string());
                data.insert(
                    name.into(),
                    serde_json::json!({ "name": person, "designation": designation }),
                );
            }
            // The parts every notice has are the header's.
            Value::Contacts(_) | Value::Issuer(_) => {}
        }
    }
    // Checked in the test builds: the variables set here are those `kind::fluent` lists,
    // which the checker holds the `.ftl` files to.
    if cfg!(debug_assertions) {
        let listed = crate::kind::fluent::variables(definition);
        if let Some((stray, _)) = args
            .iter()
            .find(|(k, _)| !listed.iter().any(|v| v.name == *k))
        {
            return Err(RenderError::Message {
                lang: words.locale.lang().tag(),
                id: definition.kind.clone(),
                message: format!("${stray} is set but kind::fluent does not list it"),
            });
        }
    }
    let prefix = format!("{}-", definition.kind);
    let mut msg: BTreeMap<String, Option<String>> = BTreeMap::new();
    for id in words.locale.message_ids() {
        if !crate::kind::fluent::is_message_of(id, &definition.kind) {
            continue;
        }
        let short = id.get(prefix.len()..).unwrap_or_default().replace('-', "_");
        if short != "title" && wanted.is_some_and(|w| !w.contains(&short)) {
            continue;
        }
        let text = words
            .locale
            .message_unless(id, &args, |v| absent.iter().any(|a| a == v))?;
        msg.insert(short, text);
    }
    if msg.is_empty() {
        return Err(RenderError::Message {
            lang: words.locale.lang().tag(),
            id: format!("{prefix}…"),
            message: format!(
                "no .ftl file of this language gives the words of `{}`: add locales/{}/{}.ftl to the kind's folder",
                definition.kind,
                words.locale.lang().tag(),
                definition.kind
            ),
        });
    }
    let title = msg.get("title").cloned().flatten().unwrap_or_default();
    ctx.insert("title", &title);
    ctx.insert("msg", &msg);
    ctx.insert("data", &data.0);
    Ok(msg)
}

/// The kind's messages as the template gets them (`msg.x`): `None` for one left out.
pub(super) type Messages = BTreeMap<String, Option<String>>;

/// A list as the template gets it: its texts, each made a sentence when the field says
/// `sentences`, and each with its number (`{ n, text }`) when it says `numbered`.
fn list(words: &Words<'_>, field: &FieldDef, texts: &[&str]) -> Result<Json, RenderError> {
    let mut items = Vec::with_capacity(texts.len());
    for (i, text) in texts.iter().enumerate() {
        let text = if field.sentences {
            Json::from(words.sentence(text)?)
        } else {
            Json::from(*text)
        };
        items.push(if field.numbered {
            serde_json::json!({ "n": words.locale.formats().number(i as u64 + 1), "text": text })
        } else {
            text
        });
    }
    Ok(Json::Array(items))
}

/// The fields as the template gets them, `data.x`.
#[derive(Default)]
struct Data(BTreeMap<String, Json>);

impl Data {
    fn insert(&mut self, key: String, value: Json) {
        self.0.insert(key.replace('-', "_"), value);
    }
}

/// Sets `$x`, `$x-at` and `$x-clock` for the moment `t`; returns `$x-at`.
fn moment(
    words: &Words<'_>,
    args: &mut FluentArgs<'_>,
    name: &str,
    t: crate::notice::DateTime,
) -> Result<String, RenderError> {
    let at = words.moment(t)?;
    args.set(
        name.to_string(),
        FluentValue::Custom(Box::new(Moment::DateTime(t))),
    );
    args.set(format!("{name}-at"), at.clone());
    args.set(format!("{name}-clock"), words.clock(t)?);
    Ok(at)
}
