//! Input as people type it by hand: date-times with a space instead of `T`, dates and times
//! in Indian or 12-hour form (rejected, with the exact ISO value to write), and commas inside
//! `{ … }` text maps (rejected, with the line to write).

mod library;

use std::sync::Arc;

use suchana::notice::{
    Document, InputFormat, parse_document, parse_document_exact, split_documents,
};
use suchana::{DataError, DataErrorKind as K, Engine, Format, Position};

/// (line, column, code, path, message, help) of each error.
type Seen = (u32, u32, &'static str, String, String, String);

fn seen(errs: &[DataError]) -> Vec<Seen> {
    errs.iter()
        .map(|e| {
            let p = e.position.unwrap_or(Position { line: 0, column: 0 });
            (
                p.line,
                p.column,
                e.code(),
                e.path.clone(),
                e.message.clone(),
                e.help.clone().unwrap_or_default(),
            )
        })
        .collect()
}

fn comma(line: u32, column: u32, path: &str, key: &str, tag: &str, fixed: &str) -> Seen {
    (
        line,
        column,
        "unknown-language",
        format!("{path}.{key}"),
        format!("`{key}` in `{path}` is not a language: the comma before it ended the {tag} text"),
        format!("a comma inside {{ }} ends a value; quote the text: {tag}: \"{fixed}\""),
    )
}

/// The errors of the only document of `yaml`, read by the fast path (which falls back to
/// serde-saphyr) and by serde-saphyr alone; both must agree.
fn errors(yaml: &str) -> Vec<DataError> {
    let file: Arc<str> = Arc::from("bad.yaml");
    let docs = split_documents(yaml);
    assert_eq!(docs.len(), 1, "one document");
    let quick = parse_document(&docs[0], &file, "bad");
    let exact = parse_document_exact(&docs[0], &file, "bad");
    assert_eq!(
        quick.as_ref().err(),
        exact.as_ref().err(),
        "the readers agree"
    );
    match exact {
        Ok(n) => panic!("expected errors, got a notice: {n:?}"),
        Err(e) => e,
    }
}

/// The one error of `yaml`, checked for kind, position and path; returns its help.
fn one(yaml: &str, kind: K, line: u32, column: u32, path: &str) -> String {
    let errs = errors(yaml);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    let e = &errs[0];
    assert_eq!(
        (e.kind, e.position, e.path.as_str()),
        (kind, Some(Position { line, column }), path),
        "{e:#?}"
    );
    e.help.clone().unwrap_or_default()
}

fn outage_start(start: &str) -> String {
    format!(
        "kind: outage\nissuer: {{ org: महावितरण }}\nplanned: false\nreason: breakdown\nareas: [वाई]\nstart: {start}\n"
    )
}

#[test]
fn a_space_for_the_t_reads_and_renders_the_same() {
    let engine = Engine::new().unwrap_or_else(|e| panic!("{e}"));
    let file: Arc<str> = Arc::from("t.yaml");
    let render = |yaml: &str, fast: bool| {
        let docs = split_documents(yaml);
        let notice = if fast {
            parse_document(&docs[0], &file, "t")
        } else {
            parse_document_exact(&docs[0], &file, "t")
        }
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(notice.exact_positions, !fast, "{yaml}");
        [library::mr(), library::hi()]
            .iter()
            .flat_map(|&l| [Format::Text, Format::Sms, Format::Html].map(|f| (l, f)))
            .map(|(l, f)| {
                engine
                    .render(&notice, l, f)
                    .unwrap_or_else(|e| panic!("{e}"))
            })
            .collect::<Vec<_>>()
    };
    let meeting = |start: &str, end: &str| {
        format!(
            "kind: meeting\nissuer: {{ org: भिलाई इस्पात संयंत्र }}\ntitle: ग्राहक संमेलन\nstart: {start}\nend: {end}\nvenue: \"इस्पात भवन, भिलाई\"\norganizer: विपणन विभाग\n"
        )
    };
    let iso = render(&meeting("2025-11-24T10:00", "2025-11-24T13:30+05:30"), true);
    for (start, end) in [
        ("2025-11-24 10:00", "2025-11-24 13:30+05:30"),
        ("\"2025-11-24 10:00\"", "2025-11-24 08:00+00:00"),
        ("2025-11-24 10:00:00", "'2025-11-24 13:30'"),
    ] {
        let yaml = meeting(start, end);
        // Both readers: the fast path takes these plain documents, serde-saphyr reads them all.
        assert_eq!(render(&yaml, true), iso, "{start} – {end}");
        assert_eq!(render(&yaml, false), iso, "{start} – {end}");
    }
    let outage = "kind: outage\nissuer: { org: महावितरण }\nplanned: true\nreason: maintenance\nareas: [वाई]\nstart: 2025-11-24 10:00\nend: 2025-11-24 14:00\n";
    assert_eq!(
        render(outage, true),
        render(&outage.replace(" 1", "T1"), true)
    );
    // JSON Lines: the same value in a JSON string, through the JSON fast path.
    let line = r#"{"kind":"outage","issuer":{"org":"महावितरण"},"planned":true,"reason":"maintenance","areas":["वाई"],"start":"2025-11-24 10:00","end":"2025-11-24 14:00"}"#;
    let doc = Document {
        index: 1,
        line_offset: 0,
        text: line,
        format: InputFormat::Jsonl,
    };
    let json = parse_document(&doc, &file, "t").unwrap_or_else(|e| panic!("{e:?}"));
    assert!(!json.exact_positions, "the JSON fast path takes it");
    let yaml = split_documents(outage);
    let yaml = parse_document(&yaml[0], &file, "t").unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        engine.render(&json, library::mr(), Format::Text).ok(),
        engine.render(&yaml, library::mr(), Format::Text).ok()
    );
}

#[test]
fn dates_in_day_first_order_get_the_iso_value() {
    let help = one(
        &outage_start("24/11/2025 10:00"),
        K::InvalidDateTime,
        6,
        8,
        "start",
    );
    assert_eq!(
        help,
        "did you mean `2025-11-24T10:00`? write YYYY-MM-DDTHH:MM"
    );
    for (typed, exact) in [
        ("24-11-2025 10:00", "2025-11-24T10:00"),
        ("24.11.2025 10:00", "2025-11-24T10:00"),
        ("2025-11-24T10", "2025-11-24T10:00"),
        ("2025/11/24 10:00", "2025-11-24T10:00"),
    ] {
        let help = one(&outage_start(typed), K::InvalidDateTime, 6, 8, "start");
        assert!(
            help.starts_with(&format!("did you mean `{exact}`?")),
            "{typed}: {help}"
        );
    }
    let help = one(
        &outage_start("05/06/2025 10:00"),
        K::InvalidDateTime,
        6,
        8,
        "start",
    );
    assert_eq!(
        help,
        "did you mean `2025-06-05T10:00`? `05/06/2025` is read day first, as 5 June 2025 (Indian order, DD/MM/YYYY); for 6 May write `2025-05-06`"
    );
    let help = one(
        &outage_start("24-11-2025"),
        K::InvalidDateTime,
        6,
        8,
        "start",
    );
    assert_eq!(
        help,
        "a time is needed too: write `2025-11-24THH:MM` on the 24-hour clock, e.g. `2025-11-24T10:00`"
    );
}

#[test]
fn twelve_hour_times_get_the_24_hour_value() {
    let help = one(
        &outage_start("2025-11-24 2:30 pm"),
        K::InvalidDateTime,
        6,
        8,
        "start",
    );
    assert_eq!(
        help,
        "did you mean `2025-11-24T14:30`? times are on the 24-hour clock, without am/pm: 2:30 pm is 14:30"
    );
    let help = one(
        &outage_start("2025-11-24 10:00 AM"),
        K::InvalidDateTime,
        6,
        8,
        "start",
    );
    assert!(
        help.starts_with("did you mean `2025-11-24T10:00`?"),
        "{help}"
    );
    let help = one(&outage_start("2:30 pm"), K::InvalidDateTime, 6, 8, "start");
    assert_eq!(
        help,
        "a date is needed too: times are on the 24-hour clock, without am/pm: 2:30 pm is `T14:30`; write `YYYY-MM-DDT14:30`"
    );
    let help = one(&outage_start("10:00 AM"), K::InvalidDateTime, 6, 8, "start");
    assert!(help.starts_with("a date is needed too"), "{help}");
    assert!(help.contains("`YYYY-MM-DDT10:00`"), "{help}");
}

#[test]
fn midnight_as_24_00_is_the_next_day() {
    let y = "kind: outage\nissuer: { org: महावितरण }\nplanned: true\nreason: maintenance\nareas: [वाई]\nstart: 2025-11-24 22:00\nend: 2025-11-24T24:00\n";
    let help = one(y, K::InvalidDateTime, 7, 6, "end");
    assert_eq!(
        help,
        "did you mean `2025-11-25T00:00`? 24:00 is midnight at the end of 2025-11-24: `T00:00` of the next day"
    );
}

#[test]
fn dates_get_the_iso_value() {
    let y = |v: &str| {
        format!("kind: safety\nissuer: {{ org: महावितरण }}\nhazard: monsoon\nvalid_until: {v}\n")
    };
    let help = one(&y("30-09-2025"), K::InvalidDate, 4, 14, "valid_until");
    assert_eq!(help, "did you mean `2025-09-30`? write YYYY-MM-DD");
    let help = one(&y("30.09.2025"), K::InvalidDate, 4, 14, "valid_until");
    assert_eq!(help, "did you mean `2025-09-30`? write YYYY-MM-DD");
    let help = one(&y("2025-09-30 18:00"), K::InvalidDate, 4, 14, "valid_until");
    assert_eq!(
        help,
        "did you mean `2025-09-30`? this field is a date, without a time"
    );
    // Not a real day: no guess, the usual help.
    let help = one(&y("31/09/2025"), K::InvalidDate, 4, 14, "valid_until");
    assert_eq!(help, "write YYYY-MM-DD, e.g. 2025-11-22");
}

fn meeting_venue(venue: &str) -> String {
    format!(
        "kind: meeting\nissuer: {{ org: भिलाई इस्पात संयंत्र }}\ntitle: ग्राहक संमेलन\nstart: 2025-09-19T10:30\nvenue: {venue}\norganizer: विपणन विभाग\n"
    )
}

#[test]
fn a_comma_in_one_language_text_shows_the_quoted_line() {
    let y = meeting_venue("{ hi-IN: एम एंड बीपी सभागार, इस्पात भवन, mr-IN: एम अँड बीपी सभागृह }");
    assert_eq!(
        seen(&errors(&y)),
        [comma(
            5,
            37,
            "venue",
            "इस्पात भवन",
            "hi-IN",
            "एम एंड बीपी सभागार, इस्पात भवन"
        )]
    );
    // Only one language, in Latin letters (which the fast path reads as far as it can).
    let y = meeting_venue("{ hi: Hall A, Bhilai }");
    assert_eq!(
        seen(&errors(&y)),
        [comma(5, 22, "venue", "Bhilai", "hi", "Hall A, Bhilai")]
    );
    // Several commas, and a `: ` in the text: one error, the whole line.
    let y = meeting_venue("{ hi: सभागार, इस्पात भवन, सेक्टर: 1, mr: सभागृह }");
    assert_eq!(
        seen(&errors(&y)),
        [comma(
            5,
            22,
            "venue",
            "इस्पात भवन",
            "hi",
            "सभागार, इस्पात भवन, सेक्टर: 1"
        )]
    );
    // A quote in the text is escaped in the suggestion.
    let y = meeting_venue("{ hi: 'सभागार \"अ\"', भिलाई }");
    assert_eq!(
        seen(&errors(&y)),
        [comma(
            5,
            28,
            "venue",
            "भिलाई",
            "hi",
            "सभागार \\\"अ\\\", भिलाई"
        )]
    );
}

#[test]
fn the_same_words_split_off_both_languages_are_no_duplicate_key() {
    // The second `इस्पात भवन` is a duplicate key to YAML; the parser stops there.
    let y = meeting_venue(
        "{ hi-IN: एम एंड बीपी सभागार, इस्पात भवन, mr-IN: एम अँड बीपी सभागृह, इस्पात भवन }",
    );
    assert_eq!(
        seen(&errors(&y)),
        [
            comma(
                5,
                37,
                "venue",
                "इस्पात भवन",
                "hi-IN",
                "एम एंड बीपी सभागार, इस्पात भवन"
            ),
            comma(
                5,
                76,
                "venue",
                "इस्पात भवन",
                "mr-IN",
                "एम अँड बीपी सभागृह, इस्पात भवन"
            ),
        ]
    );
    let y = meeting_venue("{ hi: Hall A, Bhilai, mr: Hall A, Bhilai }");
    assert_eq!(
        seen(&errors(&y)),
        [
            comma(5, 22, "venue", "Bhilai", "hi", "Hall A, Bhilai"),
            comma(5, 42, "venue", "Bhilai", "mr", "Hall A, Bhilai"),
        ]
    );
    // In a list, at the area's path.
    let y = "kind: outage\nissuer: { org: महावितरण }\nplanned: false\nreason: weather\nareas: [वाई, { mr-IN: भुईंज, पसरणी, hi-IN: भुइंज, पसरणी }]\nstart: 2025-11-24T10:00\n";
    assert_eq!(
        seen(&errors(y)),
        [
            comma(5, 30, "areas[1]", "पसरणी", "mr-IN", "भुईंज, पसरणी"),
            comma(5, 51, "areas[1]", "पसरणी", "hi-IN", "भुइंज, पसरणी"),
        ]
    );
}

#[test]
fn other_keys_of_text_maps_keep_their_errors() {
    // A language twice is a duplicate key, with the text map's path.
    let y = meeting_venue("{ hi: सभागार, hi: सभागृह }");
    let errs = errors(&y);
    assert_eq!(
        seen(&errs),
        [(
            5,
            22,
            "duplicate-key",
            "venue.hi".to_string(),
            "`venue` gives hi twice".to_string(),
            "keep one of the two".to_string()
        )]
    );
    // A tag that is no shipped language.
    let y = meeting_venue("{ hi: सभागार, gu: સભાગૃહ }");
    let errs = errors(&y);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].message, "`gu` in `venue` is not a shipped language");
    assert_eq!(
        errs[0].help.as_deref(),
        Some("use mr-IN (or mr) for Marathi, hi-IN (or hi) for Hindi or en-IN (or en) for English")
    );
    // Braces around a plain text.
    let y = meeting_venue("{ इस्पात भवन }");
    let errs = errors(&y);
    assert_eq!(errs.len(), 1);
    assert_eq!(
        errs[0].position,
        Some(Position {
            line: 5,
            column: 10
        })
    );
    assert!(
        errs[0].help.as_deref().is_some_and(
            |h| h.starts_with("inside { } a comma ends a value: write the text without { }")
        ),
        "{errs:?}"
    );
}
