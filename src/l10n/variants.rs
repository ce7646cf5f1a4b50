//! Every variant of every message the code requests, in every shipped language, as text a
//! reader reviews: each message is formatted with every combination of the values its
//! selector variables can take (and a range of times of day for the messages that say a
//! moment), and the distinct texts are snapshotted with the cases that produce them. A
//! wording change shows up in `snapshots/` as the sentences it changes, for every case.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fluent_bundle::{FluentArgs, FluentValue};

use super::catalog::{MESSAGES, MessageSpec};
use super::{Locale, Moment, ftl_sources};
use crate::lang::Lang;
use crate::notice::{Date, DateTime};

/// One value of one dimension: its label in the snapshot and the arguments it sets.
struct Choice {
    label: String,
    args: Vec<(&'static str, FluentValue<'static>)>,
}

fn at(day: u8, hour: u8, minute: u8) -> DateTime {
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

fn strings(var: &'static str, values: &[&'static str]) -> Vec<Choice> {
    values
        .iter()
        .map(|v| Choice {
            label: format!("{var}={v}"),
            args: vec![(var, FluentValue::String((*v).into()))],
        })
        .collect()
}

/// The spans a notice can have, each with its start and end (the SMS gets the short forms).
fn spans(locale: &Locale, sms: bool) -> Vec<Choice> {
    let start = at(24, 10, 0);
    [
        ("same-day", Some(at(24, 14, 0))),
        ("overnight", Some(at(25, 6, 0))),
        ("multi-day", Some(at(26, 18, 30))),
        ("open", None),
    ]
    .into_iter()
    .map(|(span, end)| {
        let mut args = vec![
            ("span", FluentValue::String(span.into())),
            ("start", moment(start)),
        ];
        if sms {
            args.push(("from", said(locale, "sms-moment", start)));
        } else {
            args.push(("from", said(locale, "clock", start)));
            args.push(("start-at", said(locale, "moment", start)));
        }
        if let Some(end) = end {
            args.push(("end", moment(end)));
            if sms {
                let id = if span == "same-day" {
                    "sms-clock"
                } else {
                    "sms-moment"
                };
                args.push(("to", said(locale, id, end)));
            } else {
                args.push(("to", said(locale, "clock", end)));
                args.push(("end-at", said(locale, "moment", end)));
            }
        }
        Choice {
            label: format!("span={span}"),
            args,
        }
    })
    .collect()
}

/// The dimensions message `spec` varies along: one list of choices per selector it takes.
fn dimensions(locale: &Locale, spec: &MessageSpec) -> Vec<Vec<Choice>> {
    let sms = spec.id.starts_with("sms-");
    let has = |var: &str| spec.vars.contains(&var);
    let mut dims = Vec::new();
    for var in [
        "planned",
        "reason",
        "hazard",
        "has-phone",
        "has-until",
        "has-audience",
    ] {
        if let (true, Some(values)) = (has(var), super::catalog::values(var)) {
            dims.push(strings(var, values));
        }
    }
    if has("span") {
        dims.push(spans(locale, sms));
    }
    let latin = locale.lang().script() == "Latn";
    let (wai, pasarni, bhuinj) = if latin {
        ("Wai", "Pasarni", "Bhuinj")
    } else {
        ("वाई", "पसरणी", "भुईंज")
    };
    if has("area-count") {
        let list = |items: &[&str]| FluentValue::String(locale.formats().list_and(items).into());
        let mut areas = vec![
            Choice {
                label: "areas=1".into(),
                args: vec![
                    ("areas", list(&[wai])),
                    ("area-count", FluentValue::from(1)),
                    ("has-areas", "yes".into()),
                ],
            },
            Choice {
                label: "areas=3".into(),
                args: vec![
                    ("areas", list(&[wai, pasarni, bhuinj])),
                    ("area-count", FluentValue::from(3)),
                    ("has-areas", "yes".into()),
                ],
            },
        ];
        if has("has-areas") {
            areas.push(Choice {
                label: "areas=0".into(),
                args: vec![
                    ("areas", list(&[])),
                    ("area-count", FluentValue::from(0)),
                    ("has-areas", "no".into()),
                ],
            });
        }
        dims.push(areas);
    }
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
        let allowed = if spec.id.starts_with("sms-safety") {
            values
        } else {
            &values[1..]
        };
        dims.push(
            allowed
                .iter()
                .map(|(list, areas)| Choice {
                    label: format!("area-list={list}"),
                    args: vec![
                        ("area-list", FluentValue::String((*list).into())),
                        ("areas", FluentValue::String((*areas).into())),
                    ],
                })
                .collect(),
        );
    }
    if has("consumers") {
        dims.push(
            [0u64, 1, 218_000]
                .into_iter()
                .map(|n| Choice {
                    label: format!("consumers={n}"),
                    args: vec![("consumers", FluentValue::from(n))],
                })
                .collect(),
        );
    }
    let toll_free = if latin {
        "Toll-free"
    } else {
        "टोल-फ्री"
    };
    if has("has-label") {
        dims.push(vec![
            Choice {
                label: "label=toll-free".into(),
                args: vec![("has-label", "yes".into()), ("label", toll_free.into())],
            },
            Choice {
                label: "label=none".into(),
                args: vec![("has-label", "no".into())],
            },
        ]);
    }
    if has("phone-count") {
        dims.push(
            [(1, "1912"), (2, "1912 / 1800-212-3435")]
                .into_iter()
                .map(|(n, phones)| Choice {
                    label: format!("phones={n}"),
                    args: vec![
                        ("phone-count", FluentValue::from(n)),
                        ("contacts", format!("{toll_free} {phones}").into()),
                    ],
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
                    Choice {
                        label: format!("time=2025-11-24T{h:02}:{m:02}"),
                        args: vec![
                            ("time", moment(t)),
                            (
                                "small-hours",
                                if t.in_small_hours() { "yes" } else { "no" }.into(),
                            ),
                        ],
                    }
                })
                .collect(),
        );
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
    let mut out = String::new();
    for spec in MESSAGES {
        let dims = dimensions(&locale, spec);
        let mut texts: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut order = Vec::new();
        for case in cases(&dims) {
            let mut args = FluentArgs::new();
            for var in spec.vars {
                if let Some(v) = fixed(lang, var) {
                    args.set(*var, v);
                }
            }
            for choice in &case {
                for (k, v) in &choice.args {
                    args.set(*k, v.clone());
                }
            }
            let text = locale
                .message(spec.id, &args)
                .unwrap_or_else(|e| panic!("{}: {e}", spec.id));
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
        let _ = writeln!(out, "## {}", spec.id);
        for text in order {
            let labels = &texts[&text];
            let _ = writeln!(out, "{}", summarise(labels, &dims));
            for line in text.lines() {
                let _ = writeln!(out, "    {line}");
            }
        }
        out.push('\n');
    }
    out
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
