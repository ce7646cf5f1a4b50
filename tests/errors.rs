//! Bad data: each error names the exact line, column, field path and code, and says what to write.

use suchana::{DataError, DataErrorKind as K, Position};

const GOOD_TAIL: &str = "areas: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n";

/// The errors of the only document of `yaml`.
fn errors(yaml: &str) -> Vec<DataError> {
    let mut all = suchana::parse_str(yaml, "bad.yaml");
    assert_eq!(all.len(), 1, "one document");
    match all.remove(0) {
        Ok(n) => panic!("expected errors, got a notice: {n:?}"),
        Err(e) => e,
    }
}

/// Asserts one error with this kind, position, path and message.
fn assert_one(yaml: &str, kind: K, line: u32, column: u32, path: &str, message: &str) -> DataError {
    let errs = errors(yaml);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    let e = errs.into_iter().next().unwrap_or_else(|| unreachable!());
    assert_eq!(e.kind, kind, "{e:#?}");
    assert_eq!(e.position, Some(Position { line, column }), "{e:#?}");
    assert_eq!(e.path, path);
    assert_eq!(e.message, message);
    assert_eq!(&*e.file, "bad.yaml");
    e
}

#[test]
fn unknown_field_suggests_the_right_name() {
    let y = "kind: outage\nissuer: { org: X }\nplanned: true\nreason: maintenance\naeras: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n";
    let e = assert_one(
        y,
        K::UnknownField,
        5,
        1,
        "aeras",
        "unknown field `aeras` in an outage notice",
    );
    assert_eq!(e.help.as_deref(), Some("did you mean `areas`?"));
    assert_eq!(e.code(), "unknown-field");
}

#[test]
fn unknown_nested_field_names_its_parent() {
    let y = format!(
        "kind: outage\nissuer:\n  org: X\n  ofice: Y\nplanned: true\nreason: maintenance\n{GOOD_TAIL}"
    );
    let e = assert_one(
        &y,
        K::UnknownField,
        4,
        3,
        "issuer.ofice",
        "unknown field `ofice` in `issuer`",
    );
    assert_eq!(e.help.as_deref(), Some("did you mean `office`?"));
}

#[test]
fn unknown_enum_value_suggests_the_right_value() {
    let y = format!(
        "kind: outage\nissuer: {{ org: X }}\nplanned: true\nreason: maintainance\n{GOOD_TAIL}"
    );
    let e = assert_one(
        &y,
        K::UnknownValue,
        4,
        9,
        "reason",
        "`maintainance` is not a valid value of `reason`",
    );
    assert!(
        e.help
            .as_deref()
            .is_some_and(|h| h.starts_with("did you mean `maintenance`?"))
    );
}

#[test]
fn unknown_kind_suggests_the_right_kind() {
    let e = assert_one(
        "kind: meetng\nissuer: { org: X }\n",
        K::UnknownKind,
        1,
        7,
        "kind",
        "`meetng` is not a kind of notice",
    );
    assert_eq!(e.help.as_deref(), Some("did you mean `meeting`?"));
}

#[test]
fn missing_kind() {
    assert_one(
        "issuer: { org: X }\n",
        K::MissingKind,
        1,
        1,
        "kind",
        "this notice has no `kind`",
    );
}

#[test]
fn missing_required_field() {
    let y = "kind: outage\nissuer: { org: X }\nplanned: true\nreason: maintenance\nareas: [वाई]\nend: 2025-11-24T14:00\n";
    let e = errors(y);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].kind, K::MissingField);
    assert_eq!(e[0].path, "start");
    assert_eq!(e[0].message, "`start` is missing");
    assert_eq!(e[0].help.as_deref(), Some("add `start: 2025-11-24T10:00`"));
    assert!(e[0].position.is_some());
}

#[test]
fn planned_outage_needs_an_end() {
    let y = "kind: outage\nissuer: { org: X }\nplanned: true\nreason: maintenance\nareas: [वाई]\nstart: 2025-11-24T10:00\n";
    assert_one(
        y,
        K::MissingField,
        3,
        10,
        "end",
        "a planned outage needs `end`, the expected restoration",
    );
}

#[test]
fn end_must_be_after_start() {
    let y = "kind: outage\nissuer: { org: X }\nplanned: true\nreason: maintenance\nareas: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T10:00\n";
    assert_one(
        y,
        K::EndNotAfterStart,
        7,
        6,
        "end",
        "`end` (2025-11-24T10:00) is not after `start` (2025-11-24T10:00)",
    );
}

#[test]
fn details_required_for_other_and_refused_otherwise() {
    let y =
        format!("kind: outage\nissuer: {{ org: X }}\nplanned: true\nreason: other\n{GOOD_TAIL}");
    assert_one(
        &y,
        K::MissingDetails,
        4,
        9,
        "details",
        "`reason: other` needs `details` saying what it is",
    );
    let y = format!(
        "kind: outage\nissuer: {{ org: X }}\nplanned: true\nreason: weather\ndetails: वादळ\n{GOOD_TAIL}"
    );
    assert_one(
        &y,
        K::UnusedDetails,
        5,
        10,
        "details",
        "`details` is printed only when `reason` is `other`",
    );
    let y = "kind: safety\nissuer: { org: X }\nhazard: other\n";
    assert_one(
        y,
        K::MissingDetails,
        3,
        9,
        "details",
        "`hazard: other` needs `details` saying what it is",
    );
}

#[test]
fn empty_areas() {
    let y = "kind: outage\nissuer: { org: X }\nplanned: false\nreason: weather\nareas: []\nstart: 2025-11-24T10:00\n";
    assert_one(y, K::EmptyList, 5, 8, "areas", "`areas` is empty");
}

#[test]
fn bad_dates_and_times() {
    let y = "kind: outage\nissuer: { org: X }\nplanned: false\nreason: weather\nareas: [वाई]\nstart: 2025-02-30T10:00\n";
    let e = assert_one(
        y,
        K::InvalidDateTime,
        6,
        8,
        "start",
        "`start`: `2025-02-30T10:00` is not a date and time",
    );
    assert!(e.help.is_some_and(|h| h.contains("2025-11-24T10:00")));
    let y = "kind: safety\nissuer: { org: X }\nhazard: monsoon\nvalid_until: 30-09-2025\n";
    assert_one(
        y,
        K::InvalidDate,
        4,
        14,
        "valid_until",
        "`valid_until`: `30-09-2025` is not a date",
    );
}

#[test]
fn bad_phone_and_id() {
    let y = format!(
        "kind: outage\nid: Wai/2025\nissuer: {{ org: X }}\nplanned: true\nreason: weather\n{GOOD_TAIL}contacts:\n  - phone: call 1912\n"
    );
    let errs = errors(&y);
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert_eq!(
        (errs[0].kind, errs[0].position),
        (K::InvalidId, Some(Position { line: 2, column: 5 }))
    );
    assert_eq!(errs[0].message, "`id`: `Wai/2025` is not a valid id");
    assert_eq!(
        (errs[1].kind, errs[1].position),
        (
            K::InvalidPhone,
            Some(Position {
                line: 10,
                column: 12
            })
        )
    );
    assert_eq!(errs[1].path, "contacts[0].phone");
}

#[test]
fn text_maps_name_shipped_languages_once() {
    let y = format!(
        "kind: outage\nissuer: {{ org: {{ mr: X, gu: Y }} }}\nplanned: true\nreason: weather\n{GOOD_TAIL}"
    );
    let e = assert_one(
        &y,
        K::UnknownLanguage,
        2,
        25,
        "issuer.org.gu",
        "`gu` in `issuer.org` is not a shipped language",
    );
    assert!(e.help.is_some_and(|h| h.contains("hi-IN")));
    let y = format!(
        "kind: outage\nissuer: {{ org: {{ mr: X, mr-IN: Y }} }}\nplanned: true\nreason: weather\n{GOOD_TAIL}"
    );
    assert_one(
        &y,
        K::DuplicateLanguage,
        2,
        25,
        "issuer.org.mr-IN",
        "`issuer.org` gives mr-IN twice",
    );
}

#[test]
fn empty_text() {
    let y = format!(
        "kind: outage\nissuer: {{ org: \"  \" }}\nplanned: true\nreason: weather\n{GOOD_TAIL}"
    );
    assert_one(
        &y,
        K::EmptyText,
        2,
        16,
        "issuer.org",
        "`issuer.org` is empty",
    );
}

#[test]
fn duplicate_key() {
    let y = format!(
        "kind: outage\nissuer: {{ org: X }}\nplanned: true\nplanned: false\nreason: weather\n{GOOD_TAIL}"
    );
    let e = errors(&y);
    assert_eq!(e[0].kind, K::DuplicateKey);
    assert_eq!(e[0].position, Some(Position { line: 4, column: 1 }));
}

#[test]
fn yaml_syntax_error() {
    let y = "kind: outage\nissuer: { org: X }\nareas: [a, b\nstart: x\n";
    let e = errors(y);
    assert_eq!(e[0].kind, K::Syntax);
    assert_eq!(e[0].position.map(|p| p.line), Some(4));
}

#[test]
fn a_document_that_is_not_a_mapping() {
    let e = errors("just some words\n");
    assert_eq!(e[0].kind, K::NotAMapping);
    assert_eq!(e[0].position, Some(Position { line: 1, column: 1 }));
}

#[test]
fn errors_in_later_documents_carry_file_lines_and_the_rest_parse() {
    let good =
        format!("kind: outage\nissuer: {{ org: X }}\nplanned: true\nreason: weather\n{GOOD_TAIL}");
    let src =
        format!("---\n{good}---\nkind: outage\nissuer: {{ org: X }}\nplanned: maybe\n---\n{good}");
    let results = suchana::parse_str(&src, "many.yaml");
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok());
    assert!(results[2].is_ok());
    let errs = results[1].as_ref().err().cloned().unwrap_or_default();
    assert_eq!(
        errs[0].position,
        Some(Position {
            line: 12,
            column: 10
        }),
        "{errs:#?}"
    );
    assert_eq!(errs[0].kind, K::WrongType);
    // Default ids come from the file stem and the document's number.
    assert_eq!(
        results[2].as_ref().map(|n| n.id.as_str()).ok(),
        Some("many-3")
    );
}

#[test]
fn an_unquoted_comma_in_a_text_map_is_explained() {
    let y = "kind: outage\nissuer: { org: X }\nplanned: true\nreason: weather\nareas: [{ mr-IN: वाई, पसरणी, hi-IN: वाई }]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n";
    let e = assert_one(
        y,
        K::UnknownLanguage,
        5,
        23,
        "areas[0].पसरणी",
        "`पसरणी` in `areas[0]` is not a language: the comma before it ended the mr-IN text",
    );
    assert_eq!(
        e.help.as_deref(),
        Some("a comma inside { } ends a value; quote the text: mr-IN: \"वाई, पसरणी\"")
    );
}

#[test]
fn wrong_types_say_how_to_write_the_value() {
    let y = "kind: outage\nissuer: { org: X }\nplanned: yes please\nreason: weather\nareas: [वाई]\nstart: 2025-11-24T10:00\n";
    let e = assert_one(
        y,
        K::WrongType,
        3,
        10,
        "planned",
        "`planned`: invalid boolean",
    );
    assert_eq!(
        e.help.as_deref(),
        Some("write `planned: true` or `planned: false`")
    );
    let y = "kind: outage\nissuer: { org: X }\nplanned: false\nreason: weather\nareas: वाई\nstart: 2025-11-24T10:00\n";
    let e = errors(y);
    assert_eq!(
        (e[0].kind, e[0].position),
        (K::WrongType, Some(Position { line: 5, column: 8 }))
    );
    assert!(
        e[0].help
            .as_deref()
            .is_some_and(|h| h.starts_with("write a list"))
    );
}
