//! `suchana schema` refuses what `validate` refuses, wherever JSON Schema can say it: every
//! file of the bad-input corpus whose error is expressible in JSON Schema is refused by an
//! independent validator (the `jsonschema` crate), and every example is accepted. The files
//! whose error JSON Schema cannot express are listed with the reason, so a new corpus file
//! fails this test until it is classified.

use std::path::{Path, PathBuf};

use serde_json::Value;
use suchana::notice::datetime::{parse_date, parse_datetime};

/// Why JSON Schema cannot express a corpus file's error.
#[derive(Clone, Copy, PartialEq)]
enum Why {
    /// The file cannot be read into a JSON value at all (the test checks that it cannot).
    NoValue(&'static str),
    /// The JSON value is valid data; the error lies outside it (the test checks that the
    /// schema accepts it).
    Outside(&'static str),
}

/// Corpus files whose error no JSON Schema of the data can express, and why. (Parser budgets
/// that a JSON value can still be made for, such as `too-deep` or `too-large`, are refused by
/// the schema all the same: no notice has that shape.)
const NOT_EXPRESSIBLE: &[(&str, Why)] = &[
    ("not-utf8.bin", Why::NoValue("not UTF-8 text")),
    ("not-utf8-latin1.bin", Why::NoValue("not UTF-8 text")),
    ("yaml-syntax.yaml", Why::NoValue("not YAML")),
    (
        "control-character-raw.yaml",
        Why::NoValue("YAML refuses a raw control character"),
    ),
    (
        "duplicate-key.yaml",
        Why::NoValue("a key twice is YAML's matter: a JSON value holds each key once"),
    ),
    (
        "unknown-language-comma-twice.yaml",
        Why::NoValue("the words split off both texts make a key twice in the YAML"),
    ),
    (
        "too-many-aliases.yaml",
        Why::NoValue("an alias bomb: a parser budget, breached before there is a value"),
    ),
    (
        "end-not-after-start.yaml",
        Why::Outside("compares two values: JSON Schema cannot order date-times"),
    ),
    (
        "missing-language.yaml",
        Why::Outside("depends on the language rendered (--lang)"),
    ),
    (
        "unsafe-path-hidden-id.yaml",
        Why::Outside("refused only with --out: `.hidden` is a valid id otherwise"),
    ),
    (
        "not-an-alert.yaml",
        Why::Outside("refused only with --format cap: a valid meeting otherwise"),
    ),
    (
        "supersedes-itself.yaml",
        Why::Outside("compares two values: JSON Schema cannot say `supersedes` differs from `id`"),
    ),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &str, ext: &[&str]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap_or_else(|e| panic!("{e}")).path())
        .filter(|p| p.extension().is_some_and(|x| ext.iter().any(|e| x == *e)))
        .collect();
    files.sort();
    files
}

fn name(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string()
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&suchana::schema()).unwrap_or_else(|e| panic!("schema: {e}"))
}

/// Each document of a YAML file as a JSON value, read by serde-saphyr.
fn documents(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    suchana::notice::split_documents(&text)
        .iter()
        .map(|doc| {
            serde_saphyr::from_str::<Value>(doc.text)
                .unwrap_or_else(|e| panic!("{}: not read as JSON: {e}", path.display()))
        })
        .collect()
}

#[test]
fn the_schema_refuses_every_expressible_bad_input() {
    let validator = validator();
    let mut failures = Vec::new();
    let corpus = files("tests/bad_input", &["yaml", "bin"]);
    assert!(corpus.len() >= 30, "the corpus is missing");
    for file in &corpus {
        let name = name(file);
        if NOT_EXPRESSIBLE.iter().any(|(n, _)| *n == name) {
            continue;
        }
        for (i, doc) in documents(file).iter().enumerate() {
            if validator.is_valid(doc) {
                failures.push(format!(
                    "{name} (document {}): the schema accepts it; make the schema refuse it, or list it in NOT_EXPRESSIBLE with the reason",
                    i + 1
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_corpus_file_not_expressible_is_so_for_its_reason() {
    let validator = validator();
    let corpus: Vec<String> = files("tests/bad_input", &["yaml", "bin"])
        .iter()
        .map(|f| name(f))
        .collect();
    for &(listed, why) in NOT_EXPRESSIBLE {
        assert!(
            corpus.iter().any(|n| n == listed),
            "{listed} is not in tests/bad_input"
        );
        let path = root().join("tests/bad_input").join(listed);
        let text = std::fs::read_to_string(&path);
        match why {
            Why::NoValue(reason) => {
                let read = text.ok().is_some_and(|t| {
                    suchana::notice::split_documents(&t)
                        .iter()
                        .all(|d| serde_saphyr::from_str::<Value>(d.text).is_ok())
                });
                assert!(!read, "{listed} ({reason}) reads as JSON after all");
            }
            Why::Outside(reason) => {
                for doc in documents(&path) {
                    assert!(
                        validator.is_valid(&doc),
                        "{listed} ({reason}): the schema refuses it after all; move it out of NOT_EXPRESSIBLE"
                    );
                }
            }
        }
    }
}

#[test]
fn the_schema_accepts_every_example() {
    let validator = validator();
    let examples = files("examples", &["yaml"]);
    assert_eq!(examples.len(), 3);
    for file in &examples {
        for doc in documents(file) {
            let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
        }
    }
}

/// A validator of the pattern of `def.field` in the schema.
fn pattern_of(def: &str, field: &str) -> jsonschema::Validator {
    let schema = suchana::schema();
    let pattern = schema["$defs"][def]["properties"][field]["pattern"].clone();
    assert!(pattern.is_string(), "{def}.{field} has a pattern");
    jsonschema::validator_for(&serde_json::json!({ "pattern": pattern }))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn matches(validator: &jsonschema::Validator, value: &str) -> bool {
    validator.is_valid(&Value::String(value.to_string()))
}

#[test]
fn date_patterns_agree_with_the_reader() {
    let date = pattern_of("SafetyDoc", "valid_until");
    let datetime = pattern_of("MeetingDoc", "start");
    let mut checked = 0;
    for year in [
        1899, 1900, 1904, 2000, 2023, 2024, 2025, 2100, 2400, 2999, 3000,
    ] {
        for month in 0..=13 {
            for day in [0, 1, 9, 10, 19, 20, 28, 29, 30, 31, 32] {
                let d = format!("{year:04}-{month:02}-{day:02}");
                assert_eq!(matches(&date, &d), parse_date(&d).is_some(), "{d}");
                for time in [
                    "T00:00",
                    " 23:59",
                    "T10:00:59",
                    "T10:00+05:30",
                    " 04:30-14:59",
                ] {
                    let dt = format!("{d}{time}");
                    assert_eq!(
                        matches(&datetime, &dt),
                        parse_datetime(&dt).is_some(),
                        "{dt}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 1_000);
    for dt in [
        "2025-11-24T24:00",
        "2025-11-24T10:60",
        "2025-11-24T10:00:60",
        "2025-11-24T10:00+15:00",
        "2025-11-24T10:00+05:60",
        "2025-11-24T10:00Z",
        "2025-11-24  10:00",
        "2025-11-24t10:00",
        "2025-11-24T10",
        "24/11/2025 10:00",
        "2025-11-24T१०:००",
    ] {
        assert_eq!(matches(&datetime, dt), parse_datetime(dt).is_some(), "{dt}");
    }
}

#[test]
fn the_schema_accepts_what_validate_accepts_in_these_forms() {
    let validator = validator();
    let yaml = "kind: outage\nreference: MSEDCL/WAI/2025/118\nissuer: { org: { mr_IN: महावितरण, hi: महावितरण } }\nplanned: true\nreason: other\ndetails: काम\nareas: [411001, वाई]\nstart: 2025-11-24 10:00\nend: 2025-11-24T14:00:00+05:30\ncontacts: [{ phone: \"+91 1912\" }]\n";
    let notice = suchana::parse_str(yaml, "ok.yaml");
    assert!(notice.iter().all(Result::is_ok), "{notice:?}");
    let doc: Value = serde_saphyr::from_str(yaml).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
