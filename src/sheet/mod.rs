//! Notices from spreadsheets: CSV (always), XLSX and ODS (feature `sheets`). One notice a
//! row; the first row names each column with a field path (`areas`, `issuer.org`,
//! `title.mr-IN`, `agenda.2`, `contacts.1.phone`).
//!
//! A row is written into a notice document ([`SheetLayout::document`]) and read by the same
//! reader as YAML, so every check, error code, message and help is the same; each error is
//! then taken back to its cell ([`SheetError`]: `Sheet1!D7 (start)`).
//!
//! ```
//! use suchana::sheet::read_csv;
//!
//! let csv = "kind,issuer.org,planned,reason,areas,start,end\n\
//!            outage,महावितरण,TRUE,maintenance,वाई; पसरणी,2025-11-24 10:00,2025-11-24 14:00\n\
//!            outage,महावितरण,TRUE,maintenance,वाई,24/11/2025 10:00,2025-11-24 14:00\n";
//! let kinds = suchana::kind::Kinds::builtin().map_err(|e| format!("{e:?}"))?;
//! let rows = read_csv(csv.as_bytes(), "outages.csv", &kinds, None)?;
//! assert!(rows[0].is_ok());
//! let errors = rows[1].as_ref().err().ok_or("row 3 has an error")?;
//! assert_eq!(errors[0].place(), "F3 (start)");
//! assert_eq!(errors[0].code(), "invalid-datetime");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// A SheetError (a DataError and its cell) is returned once per bad row or file, never in a
// loop that a larger Result would slow down; boxing it would only add an allocation.
#![allow(clippy::result_large_err)]

mod cell;
mod csv;
mod header;
mod row;
mod starter;
#[cfg(feature = "sheets")]
mod workbook;

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

pub use cell::{CellRef, MAX_COLUMNS, SheetError, column_letters};
pub use csv::{CsvRows, MAX_ROW_BYTES};
pub use header::headers_of;
pub use row::{CellMap, RowDocument, SheetLayout, split_items};
pub use starter::starter_csv;
#[cfg(feature = "sheets")]
pub use starter::starter_workbook;
#[cfg(feature = "sheets")]
pub use workbook::{MAX_WORKBOOK_BYTES, Workbook, WorkbookRows};

use crate::error::DataError;
use crate::kind::Kinds;
use crate::notice::Notice;

/// How a spreadsheet is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetFormat {
    /// Comma-separated values, UTF-8.
    Csv,
    /// An Excel workbook (Office Open XML).
    Xlsx,
    /// An OpenDocument spreadsheet (LibreOffice).
    Ods,
}

impl SheetFormat {
    /// The format of a file named `path`, by its extension (`.csv`, `.xlsx`, `.ods`).
    pub fn from_path(path: &Path) -> Option<SheetFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(SheetFormat::Csv),
            "xlsx" | "xlsm" => Some(SheetFormat::Xlsx),
            "ods" => Some(SheetFormat::Ods),
            _ => None,
        }
    }
}

/// A date, a time or both, as a date-formatted cell holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// Year, month, day; `None` for a time alone.
    pub date: Option<(u16, u8, u8)>,
    /// Hour, minute, second; `None` for a date alone (a whole serial number).
    pub time: Option<(u8, u8, u8)>,
}

impl Moment {
    /// The moment of an Excel serial number (days since 1899-12-30, the fraction the time of
    /// day; the 1900 date system), to the nearest second; `None` out of Excel's range.
    pub fn from_serial(serial: f64) -> Option<Moment> {
        if !(0.0..2_958_466.0).contains(&serial) {
            return None;
        }
        let seconds = (serial * 86_400.0).round();
        // In range, so the conversions are exact.
        #[allow(clippy::cast_possible_truncation)]
        let seconds = seconds as i64;
        let (days, secs) = (seconds / 86_400, seconds % 86_400);
        let date = (days >= 1).then(|| civil_from_days(days - 25_569));
        #[allow(clippy::cast_possible_truncation)]
        let time = (secs != 0 || days < 1).then_some((
            (secs / 3600) as u8,
            (secs / 60 % 60) as u8,
            (secs % 60) as u8,
        ));
        Some(Moment { date, time })
    }

    /// As a notice writes it: `2025-11-24T10:00` (with the date and time), `2025-11-24`,
    /// or `10:00`. `datetime`: a whole serial in a date-time column is a date alone, and
    /// stays one (the reader then asks for the time).
    fn text(&self, datetime: bool) -> String {
        let date = self.date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
        let time = self.time.map(|(h, m, s)| {
            if s == 0 {
                format!("{h:02}:{m:02}")
            } else {
                format!("{h:02}:{m:02}:{s:02}")
            }
        });
        match (date, time) {
            (Some(d), Some(t)) if datetime || t != "00:00" => format!("{d}T{t}"),
            (Some(d), _) => d,
            (None, Some(t)) => t,
            (None, None) => String::new(),
        }
    }
}

/// The civil date `days` after 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (u16, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Excel's range (years 1899–9999) keeps every part within its type.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    (year as u16, month as u8, day as u8)
}

/// The value of one cell, whatever the format.
#[derive(Clone, Debug, PartialEq)]
pub enum CellValue {
    /// Text (every CSV cell).
    Text(String),
    /// A number.
    Number(f64),
    /// `TRUE` or `FALSE`.
    Bool(bool),
    /// A date-formatted cell.
    Moment(Moment),
    /// A spreadsheet error such as `#N/A` (a formula's last value).
    Error(String),
}

impl CellValue {
    /// The value as text (a number without a trailing `.0`).
    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            CellValue::Text(t) => Cow::Borrowed(t),
            CellValue::Number(n) => Cow::Owned(row::number_text(*n)),
            CellValue::Bool(b) => Cow::Borrowed(if *b { "TRUE" } else { "FALSE" }),
            CellValue::Moment(m) => Cow::Owned(m.text(true)),
            CellValue::Error(e) => Cow::Borrowed(e),
        }
    }

    /// Whether the cell holds nothing but spaces.
    pub fn is_blank(&self) -> bool {
        matches!(self, CellValue::Text(t) if t.trim().is_empty())
    }
}

/// One row of a sheet: its cells that hold something, by column from 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row, from 1 as the spreadsheet numbers it.
    pub number: u32,
    /// (column from 0, value), in column order; empty cells are left out.
    pub cells: Vec<(u32, CellValue)>,
}

impl Row {
    /// Whether every cell is empty or spaces.
    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(|(_, v)| v.is_blank())
    }
}

/// A row ready to become a notice: its number among the sheet's notices (from 1, empty rows
/// not counted; it makes the default id `<file stem>-<number>`).
#[derive(Clone, Debug, PartialEq)]
pub struct NumberedRow {
    /// The row.
    pub row: Row,
    /// Its notice number.
    pub index: usize,
}

/// The notices of a sheet, row after row: reads the header row, then yields each non-empty
/// row with its notice number. A row that cannot be read comes as an error and reading goes
/// on, as a bad document of a YAML stream does.
pub struct SheetReader<I> {
    rows: I,
    layout: Arc<SheetLayout>,
    index: usize,
}

impl<I: Iterator<Item = Result<Row, SheetError>>> SheetReader<I> {
    /// Reads the header (the first row that is not empty) from `rows` and lays the sheet out
    /// against `kinds`; `kind` is the kind of rows without a `kind` cell (`--kind`).
    pub fn new(
        mut rows: I,
        file: Arc<str>,
        sheet: Option<Arc<str>>,
        kinds: &Kinds,
        kind: Option<&str>,
    ) -> Result<SheetReader<I>, SheetError> {
        let header = loop {
            match rows.next() {
                Some(Ok(row)) if row.is_empty() => {}
                Some(Ok(row)) => break row,
                Some(Err(e)) => return Err(e),
                None => {
                    return Err(SheetError {
                        cell: CellRef {
                            sheet,
                            row: 1,
                            column: None,
                        },
                        header: None,
                        error: DataError {
                            file,
                            position: None,
                            path: String::new(),
                            kind: crate::DataErrorKind::NotAMapping,
                            message: "the sheet is empty: it has no header row".into(),
                            help: Some(
                                "write the field names in row 1 and one notice a row below; `suchana example KIND --sheet FILE.csv` writes a starter".into(),
                            ),
                        },
                    });
                }
            }
        };
        let layout = SheetLayout::new(file, sheet, &header, kinds, kind)?;
        Ok(SheetReader {
            rows,
            layout: Arc::new(layout),
            index: 0,
        })
    }

    /// What every row of the sheet shares.
    pub fn layout(&self) -> &Arc<SheetLayout> {
        &self.layout
    }
}

impl<I: Iterator<Item = Result<Row, SheetError>>> Iterator for SheetReader<I> {
    type Item = Result<NumberedRow, SheetError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.rows.next()? {
                Ok(row) if row.is_empty() => {}
                Ok(row) => {
                    self.index += 1;
                    return Some(Ok(NumberedRow {
                        row,
                        index: self.index,
                    }));
                }
                Err(mut e) => {
                    if e.header.is_none() {
                        e.header = e
                            .cell
                            .column
                            .and_then(|c| self.layout.headers().get(usize::try_from(c).ok()?))
                            .filter(|h| !h.is_empty())
                            .cloned();
                    }
                    return Some(Err(e));
                }
            }
        }
    }
}

/// Reads every notice of a CSV file against `kinds` (built-in kinds only: use
/// [`read_rows`] with [`crate::Engine::parse_document`] for kinds defined as data): one
/// result per non-empty row, in order. `kind` is the kind of rows without a `kind` cell.
pub fn read_csv(
    reader: impl std::io::Read,
    file: &str,
    kinds: &Kinds,
    kind: Option<&str>,
) -> Result<Vec<Result<Notice, Vec<SheetError>>>, SheetError> {
    let file: Arc<str> = Arc::from(file);
    let rows = CsvRows::new(reader, file.clone())?;
    read_rows(rows, file, None, kinds, kind, crate::notice::parse_document)
}

/// Reads every notice of `rows` (of the sheet `sheet` of `file`) with `parse` (the YAML
/// reader: [`crate::notice::parse_document`], or [`crate::Engine::parse_document`]).
pub fn read_rows(
    rows: impl Iterator<Item = Result<Row, SheetError>>,
    file: Arc<str>,
    sheet: Option<Arc<str>>,
    kinds: &Kinds,
    kind: Option<&str>,
    parse: impl Fn(&crate::notice::Document<'_>, &Arc<str>, &str) -> Result<Notice, Vec<DataError>>,
) -> Result<Vec<Result<Notice, Vec<SheetError>>>, SheetError> {
    let stem = crate::notice::id_stem(&file);
    let reader = SheetReader::new(rows, file, sheet, kinds, kind)?;
    let layout = reader.layout().clone();
    Ok(reader
        .map(|row| {
            let row = row.map_err(|e| vec![e])?;
            layout.document(&row.row, row.index).read(&stem, &parse)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serials_are_moments() {
        let m = Moment::from_serial(45_985.416_666_666_664).unwrap_or_else(|| panic!("in range"));
        assert_eq!(m.text(true), "2025-11-24T10:00");
        let d = Moment::from_serial(45985.0).unwrap_or_else(|| panic!("in range"));
        assert_eq!(d.text(false), "2025-11-24");
        assert_eq!(d.text(true), "2025-11-24");
        let t = Moment::from_serial(0.5).unwrap_or_else(|| panic!("in range"));
        assert_eq!(t.text(true), "12:00");
        assert_eq!(Moment::from_serial(-1.0), None);
        assert_eq!(Moment::from_serial(f64::NAN), None);
    }
}
