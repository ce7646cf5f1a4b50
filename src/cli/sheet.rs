//! Sheets on the command line: opening a CSV, XLSX or ODS input as rows, and writing a
//! starter sheet (`suchana example KIND --sheet FILE`).

// As in the library's `sheet` module: one SheetError per bad file, never in a hot loop.
#![allow(clippy::result_large_err)]

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::Arc;

use suchana::sheet::{CsvRows, Row, SheetError, SheetFormat};

use super::Outcome;
use super::commands::{kinds_engine, unknown_kind};

/// The rows of one sheet input, and the sheet's name (none for CSV).
pub type SheetRows = (
    Box<dyn Iterator<Item = Result<Row, SheetError>> + Send>,
    Option<Arc<str>>,
);

/// Opens `path` (standard input when `None`) as a sheet of `format`; `sheet` names the
/// sheet of a workbook. Says on stderr which sheets of a workbook are not read.
pub fn open(
    path: Option<&Path>,
    name: &Arc<str>,
    format: SheetFormat,
    sheet: Option<&str>,
    quiet: bool,
) -> Result<SheetRows, SheetError> {
    match (format, path) {
        (SheetFormat::Csv, None) => {
            let rows = CsvRows::new(Box::new(io::stdin()) as Box<dyn Read + Send>, name.clone())?;
            Ok((Box::new(rows), None))
        }
        (SheetFormat::Csv, Some(p)) => {
            let file = File::open(p).map_err(|e| cannot_read(name, &e))?;
            let rows = CsvRows::new(BufReader::with_capacity(1 << 16, file), name.clone())?;
            Ok((Box::new(rows), None))
        }
        (_, None) => Err(whole(
            name,
            "a workbook cannot be read from standard input".into(),
            "give the file's name, or save the sheet as CSV and pipe that (--input csv)".into(),
        )),
        #[cfg(feature = "sheets")]
        (SheetFormat::Xlsx | SheetFormat::Ods, Some(p)) => {
            let book = suchana::sheet::Workbook::open(p, name.clone(), format, sheet)?;
            if !quiet && (!book.hidden.is_empty() || !book.others.is_empty()) {
                let list = |names: &[String]| {
                    names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let mut note = format!("{name}: note: read sheet `{}`", book.sheet);
                if !book.others.is_empty() {
                    note.push_str(&format!("; not read: {}", list(&book.others)));
                }
                if !book.hidden.is_empty() {
                    note.push_str(&format!("; hidden, not read: {}", list(&book.hidden)));
                }
                eprintln!("{note} (read another with --sheet NAME)");
            }
            let sheet = Some(book.sheet.clone());
            Ok((Box::new(book.into_rows()), sheet))
        }
        #[cfg(not(feature = "sheets"))]
        (SheetFormat::Xlsx | SheetFormat::Ods, Some(_)) => {
            let _ = (sheet, quiet);
            Err(whole(
                name,
                "this suchana was built without workbooks (feature `sheets`)".into(),
                "save the sheet as CSV, or build with the default features".into(),
            ))
        }
    }
}

fn whole(name: &Arc<str>, message: String, help: String) -> SheetError {
    SheetError {
        cell: suchana::sheet::CellRef {
            sheet: None,
            row: 1,
            column: None,
        },
        header: None,
        error: suchana::DataError {
            file: name.clone(),
            position: None,
            path: String::new(),
            kind: suchana::DataErrorKind::Syntax,
            message,
            help: Some(help),
        },
    }
}

fn cannot_read(name: &Arc<str>, e: &io::Error) -> SheetError {
    whole(
        name,
        format!("cannot read: {e}"),
        "check the file's name".into(),
    )
}

/// The entry point for `suchana example KIND --sheet FILE`: write a starter sheet for the
/// kind (XLSX or CSV, by the file's extension), its example row from `example` (the shipped
/// example of a built-in kind) or from the definition.
pub fn starter(kind: &str, kinds: Option<&Path>, path: &Path) -> Outcome {
    let engine = match kinds_engine(kinds) {
        Ok(e) => e,
        Err(o) => return o,
    };
    let Some(definition) = engine.kinds().get(kind) else {
        return unknown_kind(&engine, kind);
    };
    let yaml = engine
        .example(kind)
        .unwrap_or_else(|| suchana::kind::schema::example(definition));
    let value: serde_json::Value = match serde_saphyr::from_str(&yaml) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("suchana: error: the example notice of `{kind}` cannot be read: {e}");
            return Outcome::Usage;
        }
    };
    let bytes = match SheetFormat::from_path(path) {
        Some(SheetFormat::Csv) => suchana::sheet::starter_csv(definition, &value).into_bytes(),
        #[cfg(feature = "sheets")]
        Some(SheetFormat::Xlsx) => match suchana::sheet::starter_workbook(definition, &value) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("suchana: error: cannot make the workbook: {e}");
                return Outcome::Io;
            }
        },
        _ => {
            eprintln!(
                "suchana: error: --sheet {}: name a .xlsx or .csv file (LibreOffice opens .xlsx)",
                path.display()
            );
            return Outcome::Usage;
        }
    };
    match super::batch::write_atomically(path, &bytes) {
        Ok(()) => Outcome::Ok,
        Err(e) => {
            eprintln!("{}: error: cannot write: {e}", path.display());
            Outcome::Io
        }
    }
}
