//! Every variant of every message the code requests, in every shipped language, as text a
//! reader reviews: each message is formatted with every combination of the values its
//! selector variables can take (and a range of times of day for the messages that say a
//! moment), and the distinct texts are snapshotted with the cases that produce them. A
//! wording change shows up in `snapshots/` as the sentences it changes, for every case.
//!
//! The messages the renderer requests by name come from the static catalog; those of the
//! built-in kinds from their definitions, each varied along the fields whose variables it
//! uses (itself or through the messages it references), as `kind::fluent` says they reach it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fluent_bundle::{FluentArgs, FluentValue};

use super::catalog::{MESSAGES, MessageSpec};
use super::{Locale, Moment, ftl_sources};
use crate::kind::fluent::{YES_NO, field_variables, is_message_of, var_name};
use crate::kind::{Definition, FieldType};
use crate::lang::Lang;
use crate::notice::{Date, DateTime};

/// One value of one dimension: its label in the snapshot and the arguments it sets.
struct Choice {
    label: String,
    args: Vec<(String, FluentValue<'static>)>,
}

impl Choice {
    fn new(label: String, args: Vec<(&str, FluentValue<'static>)>) -> Choice {
        Choice {
            label,
            args: args.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        }
    }
}

const fn at(day: u8, hour: u8, minute: u8) -> DateTime {
    DateTime {
        date: Date {
            year: 2025,
            month: 11,
            day,
        },
        hour,
        minute,
    }
}

fn moment(t: DateTime) -> FluentValue<'static> {
    FluentValue::Custom(Box::new(Moment::DateTime(t)))
}

fn said(locale: &Locale, id: &str, t: DateTime) -> FluentValue<'static> {
    let mut args = FluentArgs::new();
    args.set("time", moment(t));
    args.set("small-hours", if t.in_small_hours() { "yes" } else { "no" });
    let text = locale
        .message(id, &args)
        .unwrap_or_else(|e| panic!("{}: {id}: {e}", locale.lang().tag()));
    FluentValue::String(text.into())
}

fn strings<S: AsRef<str>>(var: &str, values: &[S]) -> Vec<Choice> {
    values
        .iter()
        .map(|v| {
            let v = v.as_ref();
            Choice::new(
                format!("{var}={v}"),
                vec![(var, FluentValue::String(v.to_string().into()))],
            )
        })
        .collect()
}

/// The spans an SMS can have, each with its start and end as the SMS words them.
fn sms_spans(locale: &Locale) -> Vec<Choice> {
    let start = at(24, 10, 0);
    SPAN_CASES
        .into_iter()
        .map(|(span, end)| {
            let mut args = vec![
                ("span", FluentValue::String(span.into())),
                ("from", said(locale, "sms-moment", start)),
            ];
            if let Some(end) = end {
                let id = if span == "same-day" {
                    "sms-clock"
                } else {
                    "sms-moment"
                };
                args.push(("to", said(locale, id, end)));
            }
            Choice::new(format!("span={span}"), args)
        })
        .collect()
}

/// One span of each kind, from 24 November 2025, 10:00.
const SPAN_CASES: [(&str, Option<DateTime>); 4] = [
    ("same-day", Some(at(24, 14, 0))),
    ("overnight", Some(at(25, 6, 0))),
    ("multi-day", Some(at(26, 18, 30))),
    ("open", None),
];

/// The spans of a span field `name` with keys `start` and `end`, each with the variables
/// `kind::fluent` gives: `$name`, `$start`, `$start-at`, `$start-clock`, the same for the
/// end, and `$has-end`.
fn field_spans(locale: &Locale, name: &str, start_key: &str, end_key: &str) -> Vec<Choice> {
    let start = at(24, 10, 0);
    let has_end = format!("has-{end_key}");
    SPAN_CASES
        .into_iter()
        .map(|(span, end)| {
            let mut args = vec![(name.to_string(), FluentValue::String(span.into()))];
            let mut moment_of = |key: &str, t: DateTime| {
                args.push((key.to_string(), moment(t)));
                args.push((format!("{key}-at"), said(locale, "moment", t)));
                args.push((format!("{key}-clock"), said(locale, "clock", t)));
            };
            moment_of(start_key, start);
            if let Some(end) = end {
                moment_of(end_key, end);
            }
            let has = if end.is_some() { "yes" } else { "no" };
            args.push((has_end.clone(), has.into()));
            Choice {
                label: format!("{name}={span}"),
                args,
            }
        })
        .collect()
}

/// The dimensions message `spec` varies along: one list of choices per selector it takes.
fn dimensions(locale: &Locale, spec: &MessageSpec) -> Vec<Vec<Choice>> {
    let has = |var: &str| spec.vars.contains(&var);
    let mut dims = Vec::new();
    for var in [
        "planned",
        "reason",
        "hazard",
        "has-phone",
        "has-until",
        "status",
        "revision",
    ] {
        if let (true, Some(values)) = (has(var), super::catalog::values(var)) {
            dims.push(strings(var, values));
        }
    }
    if has("span") {
        dims.push(sms_spans(locale));
    }
    let latin = locale.lang().script() == "Latn";
    let wai = if latin { "Wai" } else { "वाई" };
    if has("area-list") {
        let (many, partial) = match locale.lang().code() {
            "mr" => ("वाई आणि पसरणी", "वाई, पसरणी आणि इतर २"),
            "hi" => ("वाई और पसरणी", "वाई, पसरणी और 2 अन्य"),
            _ => ("Wai and Pasarni", "Wai, Pasarni and 2 other"),
        };
        let values: &[(&str, &str)] = &[
            ("none", ""),
            ("one", wai),
            ("many", many),
            ("partial", partial),
        ];
        let allowed = if spec.id.starts_with("sms-safety") || spec.id.ends_with("-cancelled") {
            values
        } else {
            &values[1..]
        };
        dims.push(
            allowed
                .iter()
                .map(|(list, areas)| {
                    Choice::new(
                        format!("area-list={list}"),
                        vec![
                            ("area-list", FluentValue::String((*list).into())),
                            ("areas", FluentValue::String((*areas).into())),
                        ],
                    )
                })
                .collect(),
        );
    }
    if has("has-date") {
        // `$date` is a moment in notice-cancelled, words in an SMS (`fixed`).
        let date = if spec.id.starts_with("sms-") {
            vec![("has-date", "yes".into())]
        } else {
            vec![("has-date", "yes".into()), ("date", moment(at(24, 10, 0)))]
        };
        dims.push(vec![
            Choice::new("date=yes".into(), date),
            Choice::new("date=no".into(), vec![("has-date", "no".into())]),
        ]);
    }
    for var in ["has-title", "has-venue"] {
        if has(var) {
            let name = var.trim_start_matches("has-");
            dims.push(vec![
                Choice::new(format!("{name}=yes"), vec![(var, "yes".into())]),
                Choice::new(format!("{name}=no"), vec![(var, "no".into())]),
            ]);
        }
    }
    if has("has-areas") {
        let areas = match locale.lang().code() {
            "mr" => "वाई आणि पसरणी",
            "hi" => "वाई और पसरणी",
            _ => "Wai and Pasarni",
        };
        dims.push(vec![
            Choice::new(
                "areas=yes".into(),
                vec![("has-areas", "yes".into()), ("areas", areas.into())],
            ),
            Choice::new("areas=no".into(), vec![("has-areas", "no".into())]),
        ]);
    }
    let toll_free = if latin {
        "Toll-free"
    } else {
        "टोल-फ्री"
    };
    if has("has-label") {
        dims.push(vec![
            Choice::new(
                "label=toll-free".into(),
                vec![("has-label", "yes".into()), ("label", toll_free.into())],
            ),
            Choice::new("label=none".into(), vec![("has-label", "no".into())]),
        ]);
    }
    if has("phone-count") {
        dims.push(
            [(1, "1912"), (2, "1912 / 1800-212-3435")]
                .into_iter()
                .map(|(n, phones)| {
                    Choice::new(
                        format!("phones={n}"),
                        vec![
                            ("phone-count", FluentValue::from(n)),
                            ("contacts", format!("{toll_free} {phones}").into()),
                        ],
                    )
                })
                .collect(),
        );
    }
    // `$time` is a moment in the messages that say one; in the SMS bodies it is words.
    let says_moment = ["clock", "moment", "sms-clock", "sms-date", "sms-moment"];
    if says_moment.contains(&spec.id) {
        let times = [
            (0, 0),
            (0, 1),
            (0, 59),
            (1, 30),
            (3, 59),
            (4, 0),
            (6, 0),
            (11, 59),
            (12, 0),
            (15, 59),
            (16, 0),
            (20, 0),
            (21, 0),
            (23, 59),
        ];
        dims.push(
            times
                .into_iter()
                .map(|(h, m)| {
                    let t = at(24, h, m);
                    Choice::new(
                        format!("time=2025-11-24T{h:02}:{m:02}"),
                        vec![
                            ("time", moment(t)),
                            (
                                "small-hours",
                                if t.in_small_hours() { "yes" } else { "no" }.into(),
                            ),
                        ],
                    )
                })
                .collect(),
        );
    }
    dims
}

/// The dimensions a message of kind `definition` varies along: one per field whose variables
/// it uses (`used`), with the values `kind::fluent` says the field gives; an optional field
/// whose `$has-…` it reads is also left out.
fn field_dimensions(
    locale: &Locale,
    definition: &Definition,
    used: &std::collections::BTreeSet<String>,
) -> Vec<Vec<Choice>> {
    let latin = locale.lang().script() == "Latn";
    let (wai, pasarni, bhuinj) = if latin {
        ("Wai", "Pasarni", "Bhuinj")
    } else {
        ("वाई", "पसरणी", "भुईंज")
    };
    let mut dims = Vec::new();
    for field in definition.fields.iter().filter(|f| !f.common) {
        let name = var_name(&field.name).into_owned();
        let has = format!("has-{name}");
        let touched = used.contains(&has)
            || field_variables(field)
                .iter()
                .any(|v| used.contains(&v.name));
        if !touched {
            continue;
        }
        let given = |label: String, mut args: Vec<(String, FluentValue<'static>)>| {
            args.push((has.clone(), "yes".into()));
            Choice { label, args }
        };
        let mut dim: Vec<Choice> = match field.ty {
            FieldType::YesNo => YES_NO
                .iter()
                .map(|v| given(format!("{name}={v}"), vec![(name.clone(), (*v).into())]))
                .collect(),
            FieldType::Choice => field
                .values
                .iter()
                .map(|v| {
                    let value = FluentValue::String(v.clone().into());
                    given(format!("{name}={v}"), vec![(name.clone(), value)])
                })
                .collect(),
            FieldType::TextList => [vec![wai], vec![wai, pasarni, bhuinj]]
                .into_iter()
                .map(|items| {
                    let list = FluentValue::String(locale.formats().list_and(&items).into());
                    given(
                        format!("{name}={}", items.len()),
                        vec![
                            (name.clone(), list),
                            (format!("{name}-count"), FluentValue::from(items.len())),
                        ],
                    )
                })
                .collect(),
            FieldType::Count => [0u64, 1, 218_000]
                .into_iter()
                .map(|n| {
                    given(
                        format!("{name}={n}"),
                        vec![(name.clone(), FluentValue::from(n))],
                    )
                })
                .collect(),
            FieldType::Span => {
                let (start, end) =
                    field
                        .span
                        .as_ref()
                        .map_or(("start".to_string(), "end".to_string()), |k| {
                            (
                                var_name(&k.start).into_owned(),
                                var_name(&k.end).into_owned(),
                            )
                        });
                field_spans(locale, &name, &start, &end)
                    .into_iter()
                    .map(|c| given(c.label, c.args))
                    .collect()
            }
            // The other types' words are fixed (`fixed`); only whether they are given varies.
            _ => vec![given(format!("{name}=given"), Vec::new())],
        };
        // A cancellation may leave out any field it keeps, required or not.
        let optional =
            !field.required || definition.in_cancel().iter().any(|f| f.name == field.name);
        if optional && used.contains(&has) {
            dim.push(Choice::new(
                format!("{name}=none"),
                vec![(&has, "no".into())],
            ));
        }
        if dim.len() > 1 || !dim.iter().all(|c| c.label.ends_with("=given")) {
            dims.push(dim);
        }
    }
    dims
}

/// Values of the variables no dimension sets: the data's own words, and the words the
/// renderer makes from other messages (`$cause`, `$date`, `$time`, `$until` of an SMS).
fn fixed(lang: Lang, var: &str) -> Option<FluentValue<'static>> {
    let by_lang = |mr: &'static str, hi: &'static str, en: &'static str| -> FluentValue<'static> {
        match lang.code() {
            "mr" => mr.into(),
            "hi" => hi.into(),
            _ => en.into(),
        }
    };
    let date = |day| {
        FluentValue::Custom(Box::new(Moment::Date(Date {
            year: 2025,
            month: 9,
            day,
        })))
    };
    Some(match var {
        "details" | "hazard-name" => by_lang("फीडर बदल", "फीडर बदलाव", "feeder change"),
        "title" => by_lang("ग्राहक मेळावा", "ग्राहक सम्मेलन", "Customer Meet"),
        "organizer" => by_lang("महावितरण", "महावितरण", "MSEDCL"),
        "venue" => by_lang("वाई", "वाई", "Wai"),
        "chair-name" => by_lang("श्री. अ. कु. सिंह", "श्री ए. के. सिंह", "Shri A. K. Singh"),
        "chair-designation" => by_lang("अधीक्षक अभियंता", "अधीक्षण अभियंता", "Superintending Engineer"),
        "rsvp-phone" | "report-phone" | "phone" => "1912".into(),
        "reference" => "MSEDCL/WAI/2025/118".into(),
        "issued" => date(22),
        "valid-until" => date(30),
        "until" => by_lang("३० सप्टेंबर २०२५", "30 सितंबर 2025", "30 September 2025"),
        "org" => by_lang("महावितरण", "महावितरण", "MSEDCL"),
        "cause" => by_lang("(कारण)", "(कारण)", "(cause)"),
        "date" => by_lang("१९ सप्टेंबर", "19 सितंबर", "19 September"),
        "time" => by_lang("सकाळी १०:३०", "सुबह 10:30", "10:30 am"),
        "text" => by_lang("वाक्य", "वाक्य", "A sentence"),
        "phones" => "1912 / 1800-212-3435".into(),
        "more" => FluentValue::from(2),
        "from" => by_lang(
            "२४ नोव्हेंबर, सकाळी १०:००",
            "24 नवंबर को सुबह 10:00 बजे",
            "10:00 AM on 24 November",
        ),
        "supersedes" => "wai-2025-11-24".into(),
        "change" => by_lang(
            "काम २६ नोव्हेंबर रोजी होईल",
            "काम 26 नवंबर को होगा",
            "the work moves to 26 November",
        ),
        _ => return None,
    })
}

/// Every combination of one choice per dimension.
fn cases(dims: &[Vec<Choice>]) -> Vec<Vec<&Choice>> {
    dims.iter().fold(vec![Vec::new()], |acc, dim| {
        acc.into_iter()
            .flat_map(|case| {
                dim.iter().map(move |choice| {
                    let mut c = case.clone();
                    c.push(choice);
                    c
                })
            })
            .collect()
    })
}

/// The distinct texts of every message of `lang`, each with the cases that produce it.
fn all_variants(lang: Lang) -> String {
    let sources = ftl_sources(lang, None).unwrap_or_else(|e| panic!("{e}"));
    let locale = Locale::new(lang, &sources, None).unwrap_or_else(|e| panic!("{e}"));
    let parsed = crate::check::model::Locale::new(lang, &sources);
    let mut out = String::new();
    for spec in MESSAGES {
        let dims = dimensions(&locale, spec);
        variants_of(&mut out, &locale, spec.id, spec.vars.iter().copied(), &dims);
    }
    let kinds = crate::kind::Kinds::builtin().unwrap_or_else(|e| panic!("{}", e[0]));
    for definition in kinds.definitions() {
        let mut ids: Vec<&str> = locale
            .message_ids()
            .iter()
            .map(String::as_str)
            .filter(|id| is_message_of(id, &definition.kind))
            .collect();
        ids.sort_unstable();
        for id in ids {
            let used = parsed.variables_reached([id]);
            let dims = field_dimensions(&locale, definition, &used);
            variants_of(
                &mut out,
                &locale,
                id,
                used.iter().map(String::as_str),
                &dims,
            );
        }
    }
    out
}

/// Writes the distinct texts of message `id` over every case of `dims`, with `vars` that no
/// dimension sets given their fixed words.
fn variants_of<'v>(
    out: &mut String,
    locale: &Locale,
    id: &str,
    vars: impl Iterator<Item = &'v str>,
    dims: &[Vec<Choice>],
) {
    let lang = locale.lang();
    let fixed_args: Vec<(&str, FluentValue<'static>)> = vars
        .filter_map(|var| Some((var, fixed(lang, var)?)))
        .collect();
    let mut texts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut order = Vec::new();
    for case in cases(dims) {
        let mut args = FluentArgs::new();
        for (var, value) in &fixed_args {
            args.set(*var, value.clone());
        }
        for choice in &case {
            for (k, v) in &choice.args {
                args.set(k.clone(), v.clone());
            }
        }
        let text = locale
            .message(id, &args)
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let label = case
            .iter()
            .map(|c| c.label.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if !texts.contains_key(&text) {
            order.push(text.clone());
        }
        texts.entry(text).or_default().push(label);
    }
    let _ = writeln!(out, "## {id}");
    for text in order {
        let labels = &texts[&text];
        let _ = writeln!(out, "{}", summarise(labels, dims));
        for line in text.lines() {
            let _ = writeln!(out, "    {line}");
        }
    }
    out.push('\n');
}

/// The cases of one text, shortened: per dimension the values seen, `*` for all of them.
fn summarise(labels: &[String], dims: &[Vec<Choice>]) -> String {
    if dims.is_empty() {
        return "- (always)".into();
    }
    let parts: Vec<String> = dims
        .iter()
        .enumerate()
        .map(|(i, dim)| {
            let seen: Vec<&str> = dim
                .iter()
                .map(|c| c.label.as_str())
                .filter(|l| labels.iter().any(|case| case.split(' ').nth(i) == Some(*l)))
                .collect();
            let name = dim[0].label.split('=').next().unwrap_or_default();
            if seen.len() == dim.len() && dim.len() > 1 {
                format!("{name}=*")
            } else {
                let values: Vec<&str> = seen
                    .iter()
                    .map(|l| l.split_once('=').map_or(*l, |(_, v)| v))
                    .collect();
                format!("{name}={}", values.join("|"))
            }
        })
        .collect();
    format!("- {} ({} cases)", parts.join(" "), labels.len())
}

/// The registered language `tag` names.
#[allow(clippy::panic)]
fn lang(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or_else(|| panic!("{tag} is not registered"))
}

#[test]
fn every_variant_of_every_marathi_message() {
    insta::assert_snapshot!("variants.mr-IN", all_variants(lang("mr")));
}

#[test]
fn every_variant_of_every_hindi_message() {
    insta::assert_snapshot!("variants.hi-IN", all_variants(lang("hi")));
}

#[test]
fn every_variant_of_every_english_message() {
    insta::assert_snapshot!("variants.en-IN", all_variants(lang("en")));
}
