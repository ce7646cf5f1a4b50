//! Any valid kind definition, with words for each of its selector values and templates, renders
//! every combination of those values in every language and format, and each rendering says
//! the words of exactly the values it was given.
//!
//! Each case writes a pack (definition, `.ftl` in mr-IN, hi-IN and en-IN, four templates) to a
//! scratch folder, builds an engine on it, and renders one notice per combination of the
//! choice, yes/no and span values.

use std::fmt::Write as _;
use std::path::PathBuf;

use proptest::prelude::*;
use proptest::test_runner::Config;
use suchana::{Engine, EngineOptions, Format, Lang};

const LANGS: [&str; 3] = ["mr-IN", "hi-IN", "en-IN"];
const WORDS: [&str; 6] = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"];
const SPANS: [&str; 4] = ["same-day", "overnight", "multi-day", "open"];

/// A kind: its choice fields (each with its values), yes/no fields, whether it has a span, a
/// count and a list.
#[derive(Clone, Debug)]
struct Shape {
    choices: Vec<Vec<&'static str>>,
    yes_no: usize,
    span: bool,
    count: bool,
    list: bool,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        proptest::collection::vec(2usize..=4, 0..=2),
        0usize..=2,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(choices, yes_no, span, count, list)| Shape {
            // A kind has at least one field of its own.
            list: list || (choices.is_empty() && yes_no == 0 && !span && !count),
            choices: choices.into_iter().map(|n| WORDS[..n].to_vec()).collect(),
            yes_no,
            span,
            count,
        })
}

/// The definition of `shape` as kind `prop-kind`.
fn definition(shape: &Shape) -> String {
    let mut d = String::from("kind: prop-kind\nversion: 1\nfields:\n");
    for (i, values) in shape.choices.iter().enumerate() {
        let _ = writeln!(
            d,
            "  choice-{i}:\n    type: choice\n    required: true\n    values: [{}]",
            values.join(", ")
        );
    }
    for i in 0..shape.yes_no {
        let _ = writeln!(d, "  flag-{i}:\n    type: yes-no\n    required: true");
    }
    if shape.span {
        d.push_str(
            "  period:\n    type: span\n    start: start\n    end: end\n    required: true\n",
        );
    }
    if shape.count {
        d.push_str("  people:\n    type: count\n");
    }
    if shape.list {
        d.push_str("  places:\n    type: list\n    of: text\n    min-items: 1\n    max-items: 5\n    required: true\n");
    }
    d
}

/// The words of `shape` in `lang`: one message per field, one variant per value, each variant
/// marked with the value and the language.
fn ftl(shape: &Shape, lang: &str) -> String {
    let mut f = format!("prop-kind-title = title {lang}\n");
    for (i, values) in shape.choices.iter().enumerate() {
        let _ = writeln!(f, "prop-kind-choice-{i} = {{ $choice-{i} ->");
        for (n, v) in values.iter().enumerate() {
            let star = if n + 1 == values.len() { "*" } else { " " };
            let _ = writeln!(f, "       {star}[{v}] choice-{i}={v} {lang}");
        }
        f.push_str("    }\n");
    }
    for i in 0..shape.yes_no {
        let _ = writeln!(
            f,
            "prop-kind-flag-{i} = {{ $flag-{i} ->\n        [yes] flag-{i}=yes {lang}\n       *[no] flag-{i}=no {lang}\n    }}"
        );
    }
    if shape.span {
        f.push_str("prop-kind-period = { $period ->\n");
        for (n, s) in SPANS.iter().enumerate() {
            let star = if n + 1 == SPANS.len() { "*" } else { " " };
            let _ = writeln!(f, "       {star}[{s}] period={s} {lang} {{ $start-at }}");
        }
        f.push_str("    }\nprop-kind-until = until { $end-at }\n");
    }
    if shape.count {
        f.push_str("prop-kind-people = { $people ->\n        [one] { NUMBER($people) } person\n       *[other] { NUMBER($people) } people\n    }\n");
    }
    if shape.list {
        f.push_str("prop-kind-places = { $places } ({ $places-count })\n");
    }
    f
}

/// A template that prints the title and every message in order.
const TEMPLATE: &str = "{{ title }}\n{% for name, text in msg %}{% if text %}{{ name }}: {{ text }}\n{% endif %}{% endfor %}";

/// Writes the pack of `shape` under a fresh scratch folder.
fn pack(shape: &Shape, case: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("suchana-kind-prop-{}-{case}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let write = |path: PathBuf, text: &str| {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    };
    write(dir.join("kinds/prop-kind.yaml"), &definition(shape));
    for lang in LANGS {
        write(
            dir.join(format!("locales/{lang}/prop-kind.ftl")),
            &ftl(shape, lang),
        );
    }
    for format in Format::ALL {
        write(
            dir.join(format!("templates/prop-kind.{}.tera", format.key())),
            TEMPLATE,
        );
    }
    dir
}

/// One combination of selector values: each choice's value, each flag, the span's kind.
type Combination = (Vec<&'static str>, Vec<bool>, &'static str);

/// Every combination of `shape`'s selector values.
fn combinations(shape: &Shape) -> Vec<Combination> {
    let mut all: Vec<Combination> = vec![(Vec::new(), Vec::new(), "")];
    for values in &shape.choices {
        all = all
            .into_iter()
            .flat_map(|(c, f, s)| {
                values.iter().map(move |v| {
                    let mut c = c.clone();
                    c.push(*v);
                    (c, f.clone(), s)
                })
            })
            .collect();
    }
    for _ in 0..shape.yes_no {
        all = all
            .into_iter()
            .flat_map(|(c, f, s)| {
                [true, false].into_iter().map(move |b| {
                    let mut f = f.clone();
                    f.push(b);
                    (c.clone(), f, s)
                })
            })
            .collect();
    }
    if shape.span {
        all = all
            .into_iter()
            .flat_map(|(c, f, _)| SPANS.iter().map(move |s| (c.clone(), f.clone(), *s)))
            .collect();
    }
    all
}

/// The notice of one combination.
fn notice(shape: &Shape, (choices, flags, span): &Combination, people: u64) -> String {
    let mut y = String::from("kind: prop-kind\nissuer: { org: Office }\n");
    for (i, v) in choices.iter().enumerate() {
        let _ = writeln!(y, "choice-{i}: {v}");
    }
    for (i, b) in flags.iter().enumerate() {
        let _ = writeln!(y, "flag-{i}: {b}");
    }
    if shape.span {
        y.push_str("start: 2025-12-03T09:00\n");
        let end = match *span {
            "same-day" => Some("2025-12-03T21:00"),
            "overnight" => Some("2025-12-04T06:00"),
            "multi-day" => Some("2025-12-06T18:00"),
            _ => None,
        };
        if let Some(end) = end {
            let _ = writeln!(y, "end: {end}");
        }
    }
    if shape.count {
        let _ = writeln!(y, "people: {people}");
    }
    if shape.list {
        y.push_str("places: [Wai, Pasarni]\n");
    }
    y
}

proptest! {
    #![proptest_config(Config { cases: 24, ..Config::default() })]

    #[test]
    fn every_combination_of_a_valid_kind_renders_in_every_language_and_format(
        shape in shape(),
        people in 0u64..3,
        case in 0usize..1_000_000,
    ) {
        let dir = pack(&shape, case);
        let options = EngineOptions { kinds_dir: Some(dir.clone()), ..EngineOptions::default() };
        let engine = Engine::with_options(&options);
        let _ = std::fs::remove_dir_all(&dir);
        let engine = engine.unwrap_or_else(|e| panic!("{e}\n{}", definition(&shape)));
        let langs: Vec<Lang> = LANGS.iter().filter_map(|t| Lang::from_tag(t)).collect();
        prop_assert_eq!(langs.len(), 3);
        for combination in combinations(&shape) {
            let yaml = notice(&shape, &combination, people);
            let parsed = engine.parse_str(&yaml, "prop.yaml");
            prop_assert_eq!(parsed.len(), 1);
            let notice = match &parsed[0] {
                Ok(n) => n,
                Err(e) => panic!("{e:?}\n{yaml}"),
            };
            for lang in &langs {
                for format in Format::ALL {
                    let out = engine
                        .render(notice, *lang, format)
                        .unwrap_or_else(|e| panic!("{lang} {format}: {e}\n{yaml}"));
                    let tag = lang.tag();
                    prop_assert!(out.contains(&format!("title {tag}")), "{}", out);
                    for (i, v) in combination.0.iter().enumerate() {
                        prop_assert!(out.contains(&format!("choice-{i}={v} {tag}")), "{}", out);
                    }
                    for (i, b) in combination.1.iter().enumerate() {
                        let word = if *b { "yes" } else { "no" };
                        prop_assert!(out.contains(&format!("flag-{i}={word} {tag}")), "{}", out);
                    }
                    if shape.span {
                        prop_assert!(out.contains(&format!("period={} {tag}", combination.2)), "{}", out);
                        // An open span has no end, so its sentence is left out.
                        prop_assert_eq!(out.contains("until "), combination.2 != "open", "{}", out);
                    }
                    if shape.count {
                        prop_assert!(out.contains("person") || out.contains("people"), "{}", out);
                    }
                }
            }
        }
    }
}
