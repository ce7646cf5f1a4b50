//! The checker against the Fluent specification's syntax fixtures (tests/conformance/): for
//! every Junk entry of the reference parser, a syntax error on one of its lines; for every
//! valid file, none.

mod library;
use library::mr;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use suchana::check::{Finding, check_sources};
use suchana::l10n::FtlSource;

/// The syntax findings for one file.
fn syntax_findings(name: &str, text: String) -> Vec<Finding> {
    let locales = [(
        mr(),
        vec![FtlSource {
            name: name.to_string(),
            text: Cow::Owned(text),
        }],
    )];
    check_sources(&locales, &[])
        .into_iter()
        .filter(|f| f.code == "syntax-error" || f.code == "missing-default")
        .collect()
}

#[test]
fn every_junk_of_the_reference_parser_is_a_syntax_error() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let expected = std::fs::read_to_string(root.join("fluent-syntax-expected.json"))
        .unwrap_or_else(|e| panic!("expected ranges: {e}"));
    let expected: BTreeMap<String, Vec<[u32; 2]>> =
        serde_json::from_str(&expected).unwrap_or_else(|e| panic!("expected ranges: {e}"));
    assert_eq!(expected.len(), 39);
    let (mut ranges, mut valid, mut failures) = (0, 0, Vec::new());
    for (file, junks) in &expected {
        let text = std::fs::read_to_string(root.join("fluent-syntax-fixtures").join(file))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let found = syntax_findings(file, text);
        if junks.is_empty() {
            valid += 1;
            if !found.is_empty() {
                failures.push(format!("{file}: valid, but: {found:#?}"));
            }
        }
        for &[first, last] in junks {
            ranges += 1;
            if !found.iter().any(|f| (first..=last).contains(&f.line)) {
                failures.push(format!(
                    "{file}: no syntax error on lines {first}-{last}; found {:?}",
                    found.iter().map(|f| f.line).collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!((ranges, valid), (104, 12));
}
