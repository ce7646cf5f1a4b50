//! Notices from spreadsheets: the same notices as YAML, CSV, XLSX and ODS render
//! byte-identically; bad rows are reported at their cells, the same in every sheet format,
//! and the rest still render; hostile workbooks and CSV in other encodings end in a clear
//! error. The fixtures in tests/data/sheets/ are written by its make_fixtures.py (not run
//! here); the workbooks that need formulas, merged cells or numbers in text columns are
//! written in the tests with rust_xlsxwriter.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use rust_xlsxwriter::{Formula, Workbook};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/sheets")
        .join(name)
}

fn suchana(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run suchana: {e}"))
}

fn path_str(p: &Path) -> &str {
    p.to_str()
        .unwrap_or_else(|| panic!("path {p:?} is not UTF-8"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"))
}

fn save(book: &mut Workbook, path: &Path) {
    book.save(path)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

#[test]
fn the_same_notices_render_the_same_from_yaml_csv_xlsx_and_ods() {
    for args in [
        &["--lang", "mr,hi"][..],
        &["--lang", "mr,hi", "--bilingual", "--format", "html"],
        &["--lang", "hi", "--format", "sms", "--jsonl"],
    ] {
        let render = |file: &str| {
            let path = data(file);
            let mut all = vec!["render", "-q"];
            all.extend_from_slice(args);
            all.push(path_str(&path));
            let out = suchana(&all);
            assert!(out.status.success(), "{file}: {}", stderr(&out));
            stdout(&out)
        };
        let yaml = render("notices.yaml");
        assert!(yaml.contains("वाई"), "{yaml}");
        for sheet in ["notices.csv", "notices.xlsx", "notices.ods"] {
            assert_eq!(render(sheet), yaml, "{sheet} with {args:?}");
        }
    }
}

/// The errors of `file` as (place without the file and sheet, code, message, help).
fn report(file: &str) -> (Vec<String>, String) {
    let out = suchana(&["validate", path_str(&data(file))]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let lines = err
        .lines()
        .filter(|l| !l.starts_with("suchana:"))
        .map(|l| {
            l.replacen(&format!("{}: ", path_str(&data(file))), "", 1)
                .replacen("Sheet1!", "", 1)
        })
        .collect();
    let summary = err.lines().last().unwrap_or_default().to_string();
    (lines, summary)
}

#[test]
fn bad_rows_are_reported_at_their_cells_the_same_in_every_sheet_format() {
    let expected = [
        "F3 (start): error[invalid-datetime]: `start`: `24/11/2025 10:00` is not a date and time",
        " = help: did you mean `2025-11-24T10:00`? write YYYY-MM-DDTHH:MM",
        "D4 (reason): error[unknown-value]: `maintainance` is not a valid value of `reason`",
        " = help: did you mean `maintenance`? (allowed: maintenance, breakdown, tree-trimming, load-shedding, weather, network-upgrade, other)",
        "H6 (aeras): error[unknown-field]: unknown column `aeras`: a notice of kind `outage` has no such field",
        " = help: did you mean `areas`? (rename the header in row 1)",
        "G7 (end): error[end-not-after-start]: `end` (2025-11-24T10:00) is not after `start` (2025-11-24T14:00)",
        " = help: the end must be later than the start; check the date and the hour (24-hour clock: 2 pm is 14:00)",
    ];
    for file in ["bad.csv", "bad.xlsx", "bad.ods"] {
        let (lines, summary) = report(file);
        assert_eq!(lines, expected, "{file}");
        assert_eq!(summary, "suchana: 1 valid, 4 with errors", "{file}");
    }
}

#[test]
fn the_rows_without_errors_still_render() {
    let out = suchana(&["render", "-q", path_str(&data("bad.xlsx"))]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert_eq!(text.matches("महावितरण").count(), 1, "{text}");
}

#[test]
fn a_header_with_a_near_name_gets_a_did_you_mean() {
    let dir = scratch();
    let csv = dir.path().join("outages.csv");
    std::fs::write(
        &csv,
        "kind,issuer.org,signatory.name,planned,reason,areas,start,end,contact.2.phone\n\
         outage,महावितरण,श्री जाधव,TRUE,maintenance,वाई,2025-11-24T10:00,2025-11-24T14:00,1912\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&["validate", path_str(&csv)]);
    let err = stderr(&out);
    assert!(
        err.contains("C2 (signatory.name): error[unknown-field]")
            && err.contains("did you mean `issuer.signatory.name`?"),
        "{err}"
    );
    assert!(
        err.contains("I2 (contact.2.phone): error[unknown-field]")
            && err.contains("did you mean `contacts.2.phone`?"),
        "{err}"
    );
}

#[test]
fn hidden_sheets_are_read_only_when_named() {
    let hidden = data("hidden.xlsx");
    let out = suchana(&["validate", path_str(&hidden)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("read sheet `Sheet1`; hidden, not read: `Old`"),
        "{}",
        stderr(&out)
    );
    let old = suchana(&["validate", "--sheet", "Old", path_str(&hidden)]);
    assert_eq!(old.status.code(), Some(1));
    assert!(
        stderr(&old).contains("Old!B2 (nonsense): error[unknown-field]"),
        "{}",
        stderr(&old)
    );
    let none = suchana(&["validate", "--sheet", "Nope", path_str(&hidden)]);
    assert_eq!(none.status.code(), Some(1));
    assert!(
        stderr(&none).contains("the workbook has no sheet `Nope`")
            && stderr(&none).contains("its sheets: `Old`, `Sheet1`"),
        "{}",
        stderr(&none)
    );
}

#[test]
fn formulas_give_their_cached_value_and_merged_cells_their_top_left_cell() {
    let dir = scratch();
    let path = dir.path().join("outages.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "kind",
        "issuer.org",
        "planned",
        "reason",
        "areas",
        "start",
        "end",
    ];
    for (c, h) in (0u16..).zip(headers) {
        sheet.write(0, c, h).unwrap_or_else(|e| panic!("{e}"));
    }
    for row in [1u32, 2] {
        for (c, v) in (0u16..).zip(["outage", "", "", "maintenance"]) {
            if !v.is_empty() {
                sheet.write(row, c, v).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        sheet.write(row, 2, true).unwrap_or_else(|e| panic!("{e}"));
        sheet
            .write(row, 5, "2025-11-24T10:00")
            .unwrap_or_else(|e| panic!("{e}"));
        sheet
            .write(row, 6, "2025-11-24T14:00")
            .unwrap_or_else(|e| panic!("{e}"));
    }
    // A formula whose saved value is the text: the value is read, never the formula.
    sheet
        .write_formula(
            1,
            4,
            Formula::new("=CONCAT(\"वाई; \",\"पसरणी\")").set_result("वाई; पसरणी"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    sheet
        .write_formula(2, 4, Formula::new("=E2").set_result("वाई; पसरणी"))
        .unwrap_or_else(|e| panic!("{e}"));
    // issuer.org merged over both rows: the value belongs to B2 alone.
    sheet
        .merge_range(1, 1, 2, 1, "महावितरण", &rust_xlsxwriter::Format::new())
        .unwrap_or_else(|e| panic!("{e}"));
    save(&mut book, &path);
    let out = suchana(&["render", "-q", path_str(&path)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).contains("वाई आणि पसरणी"), "{}", stdout(&out));
    assert_eq!(
        stderr(&out).lines().next(),
        Some(
            format!(
                "{}: Sheet1!B3 (issuer.org): error[missing-field]: `issuer` is missing",
                path.display()
            )
            .as_str()
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn numbers_in_a_workbook_become_dates_counts_and_refused_phones() {
    let dir = scratch();
    let path = dir.path().join("outages.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "kind",
        "issuer.org",
        "planned",
        "reason",
        "areas",
        "start",
        "end",
        "consumers",
        "contacts.1.phone",
    ];
    for (c, h) in (0u16..).zip(headers) {
        sheet.write(0, c, h).unwrap_or_else(|e| panic!("{e}"));
    }
    for (c, v) in (0u16..).zip(["outage", "महावितरण"]) {
        sheet.write(1, c, v).unwrap_or_else(|e| panic!("{e}"));
    }
    sheet.write(1, 2, true).unwrap_or_else(|e| panic!("{e}"));
    sheet
        .write(1, 3, "maintenance")
        .unwrap_or_else(|e| panic!("{e}"));
    sheet.write(1, 4, "वाई").unwrap_or_else(|e| panic!("{e}"));
    // Serial numbers without a date format: 2025-11-24 10:00 and 14:00.
    sheet
        .write(1, 5, 45_985.0 + 10.0 / 24.0)
        .unwrap_or_else(|e| panic!("{e}"));
    sheet
        .write(1, 6, 45_985.0 + 14.0 / 24.0)
        .unwrap_or_else(|e| panic!("{e}"));
    sheet.write(1, 7, 218_000).unwrap_or_else(|e| panic!("{e}"));
    sheet
        .write(1, 8, 18_002_123_435_f64)
        .unwrap_or_else(|e| panic!("{e}"));
    save(&mut book, &path);
    let out = suchana(&["validate", path_str(&path)]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.ends_with("Sheet1!I2 (contacts.1.phone): error[invalid-phone]: the phone number is stored as a number (18002123435), so Excel may have dropped a leading zero or rounded it"),
        "{err}"
    );
    assert!(err.contains("format the column as Text"), "{err}");
    assert_eq!(err.matches("error[").count(), 1, "only the phone: {err}");
}

#[test]
fn a_zip_bomb_named_xlsx_is_refused_before_it_is_inflated() {
    let started = std::time::Instant::now();
    let out = suchana(&["validate", path_str(&data("bomb.xlsx"))]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error[too-large]") && err.contains("may be a zip bomb"),
        "{err}"
    );
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

#[test]
fn a_million_empty_columns_cost_nothing() {
    // ODS: one cell repeated a million times on each row.
    let out = suchana(&[
        "render",
        "-q",
        "--lang",
        "mr,hi",
        path_str(&data("wide.ods")),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let yaml = suchana(&[
        "render",
        "-q",
        "--lang",
        "mr,hi",
        path_str(&data("notices.yaml")),
    ]);
    assert_eq!(stdout(&out), stdout(&yaml));
    // CSV: a million separators after each row.
    let dir = scratch();
    let csv = dir.path().join("wide.csv");
    let text = std::fs::read_to_string(data("notices.csv")).unwrap_or_else(|e| panic!("{e}"));
    let commas = ",".repeat(1_000_000);
    let wide: String = text.lines().map(|l| format!("{l}{commas}\n")).collect();
    std::fs::write(&csv, wide).unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&["render", "-q", "--lang", "mr,hi", path_str(&csv)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), stdout(&yaml));
}

#[test]
fn csv_in_another_encoding_is_refused_with_how_to_save_it() {
    let out = suchana(&["validate", path_str(&data("utf16.csv"))]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("1:1: error[not-utf8]: the file is UTF-16 text (what Excel saves as \"Unicode Text\"), not UTF-8 CSV")
            && err.contains("CSV UTF-8 (Comma delimited)"),
        "{err}"
    );
    let out = suchana(&["validate", path_str(&data("windows-1252.csv"))]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    // The en dash of "MSEDCL – Wai" is one byte in Windows-1252: the outage rows fail at
    // that cell; the meeting, all ASCII but its Devanagari (lost to `?`), is read.
    assert!(
        err.contains(
            "B2 (issuer.org): error[not-utf8]: the file is not UTF-8: it is probably Windows-1252"
        ),
        "{err}"
    );
    assert!(err.contains("suchana: 1 valid, 2 with errors"), "{err}");
}

#[test]
fn the_list_of_errors_stops_at_twenty_and_counts_the_rest() {
    let dir = scratch();
    let csv = dir.path().join("many.csv");
    let mut text = String::from("kind,issuer.org,planned,reason,areas,start,end\n");
    for _ in 0..30 {
        text.push_str("outage,महावितरण,TRUE,maintenance,वाई,2025-11-24T10,2025-11-24T14:00\n");
    }
    std::fs::write(&csv, text).unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&["validate", path_str(&csv)]);
    let err = stderr(&out);
    assert_eq!(err.matches("error[invalid-datetime]").count(), 20, "{err}");
    assert!(
        err.contains("many.csv: 10 more errors in 10 rows not shown (the first 20 are above)"),
        "{err}"
    );
    assert!(err.contains("suchana: 0 valid, 30 with errors"), "{err}");
}

#[test]
fn the_starter_sheets_validate_for_every_kind() {
    let dir = scratch();
    let kinds = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kinds/water-supply");
    for kind in ["outage", "safety", "meeting", "water-supply"] {
        for ext in ["xlsx", "csv"] {
            let path = dir.path().join(format!("{kind}.{ext}"));
            let made = suchana(&[
                "example",
                kind,
                "--kinds",
                path_str(&kinds),
                "--sheet",
                path_str(&path),
            ]);
            assert!(made.status.success(), "{kind}.{ext}: {}", stderr(&made));
            let out = suchana(&["validate", "--kinds", path_str(&kinds), path_str(&path)]);
            assert!(out.status.success(), "{kind}.{ext}: {}", stderr(&out));
            assert!(
                stderr(&out).contains("1 valid, 0 with errors"),
                "{}",
                stderr(&out)
            );
        }
    }
}

#[test]
fn the_starter_workbook_has_dropdowns_formats_and_notes() {
    let dir = scratch();
    let path = dir.path().join("outage.xlsx");
    let made = suchana(&["example", "outage", "--sheet", path_str(&path)]);
    assert!(made.status.success(), "{}", stderr(&made));
    // The parts of the XLSX package that hold them, read with calamine's own zip reader.
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut zip = zip::ZipArchive::new(file).unwrap_or_else(|e| panic!("{e}"));
    let mut part = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}")),
            &mut text,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        text
    };
    let sheet = part("xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(
            "\"maintenance,breakdown,tree-trimming,load-shedding,weather,network-upgrade,other\""
        ),
        "the reason dropdown"
    );
    assert!(sheet.contains("\"TRUE,FALSE\""), "the planned dropdown");
    let styles = part("xl/styles.xml");
    assert!(styles.contains("yyyy-mm-dd hh:mm"), "the date-time format");
    let notes = part("xl/comments1.xml");
    // Each header's note explains the field in Marathi, Hindi and English (the definition's
    // `help` by language), then how to write it.
    assert!(
        notes.contains(
            "mr-IN: बाधित परिसर, गावे किंवा फीडर\nhi-IN: प्रभावित क्षेत्र, गाँव या फीडर\nen-IN: Localities, villages or feeders affected\nRequired.\nItems separated by ;"
        ),
        "{notes}"
    );
}

#[test]
fn csv_comes_from_standard_input_too() {
    let text = std::fs::read(data("notices.csv")).unwrap_or_else(|e| panic!("{e}"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(["render", "-q", "--lang", "mr,hi", "--input", "csv", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        std::io::Write::write_all(&mut stdin, &text).unwrap_or_else(|e| panic!("{e}"));
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let yaml = suchana(&[
        "render",
        "-q",
        "--lang",
        "mr,hi",
        path_str(&data("notices.yaml")),
    ]);
    assert_eq!(stdout(&out), stdout(&yaml));
}
