//! What the library tests share: one engine with the built-in words, one notice from YAML.
#![allow(dead_code)] // each test file uses what it needs

use suchana::{Engine, Notice};

/// An engine with the built-in locales and templates.
pub fn engine() -> Engine {
    Engine::new().unwrap_or_else(|e| panic!("engine: {e}"))
}

/// An engine with the built-in words and the kinds folder `dir` (relative to the crate).
pub fn engine_with_kinds(dir: &str) -> Engine {
    let options = suchana::EngineOptions {
        kinds_dir: Some(format!("{}/{dir}", env!("CARGO_MANIFEST_DIR")).into()),
        ..suchana::EngineOptions::default()
    };
    Engine::with_options(&options).unwrap_or_else(|e| panic!("engine: {e}"))
}

/// The one notice of `yaml` (read as `test.yaml`); any error fails the test.
pub fn notice(yaml: &str) -> Notice {
    let mut all = suchana::parse_str(yaml, "test.yaml");
    assert_eq!(all.len(), 1);
    all.remove(0).unwrap_or_else(|e| panic!("{e:?}"))
}

/// The registered language `tag` names (`mr`, `hi`, `en`, …); an unknown tag fails the test.
pub fn lang(tag: &str) -> suchana::Lang {
    suchana::Lang::from_tag(tag).unwrap_or_else(|| panic!("{tag} is not a registered language"))
}

/// Marathi.
pub fn mr() -> suchana::Lang {
    lang("mr")
}

/// Hindi.
pub fn hi() -> suchana::Lang {
    lang("hi")
}

/// English.
pub fn en() -> suchana::Lang {
    lang("en")
}

/// Line and character column of the first `needle` after the first `anchor` in `text` (`""`
/// for the start), as `suchana check` reports a place.
pub fn pos_after(text: &str, anchor: &str, needle: &str) -> (u32, u32) {
    let start = text
        .find(anchor)
        .unwrap_or_else(|| panic!("{anchor:?} not found"));
    let at = start
        + text[start..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not found after {anchor:?}"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line as u32, col as u32)
}

/// The finding of `code` at `file:line:column`, which must have `severity`; the test fails
/// listing every finding when there is none.
#[track_caller]
pub fn assert_finding(
    findings: &[suchana::check::Finding],
    file: &str,
    (line, column): (u32, u32),
    code: &str,
    severity: suchana::check::Severity,
) -> suchana::check::Finding {
    let found = findings
        .iter()
        .find(|f| f.file.ends_with(file) && f.line == line && f.column == column && f.code == code);
    match found {
        Some(f) => {
            assert_eq!(f.severity, severity, "{f}");
            f.clone()
        }
        None => panic!(
            "no {code} at {file}:{line}:{column}; found:\n{}",
            findings
                .iter()
                .map(|f| f.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}
