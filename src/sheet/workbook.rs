//! Workbooks (feature `sheets`): XLSX and ODS through calamine. The sheet read is the first
//! visible one, or the one named; hidden sheets are never read unless named.
//!
//! An XLSX sheet is streamed cell by cell (calamine's cell reader), so memory holds one row
//! and the workbook's shared strings; an ODS sheet is loaded whole by calamine (it has no
//! streaming reader for ODS), so memory grows with the sheet. Both run on a thread of their
//! own that hands rows over a bounded channel. Before calamine opens a file, its zip table of
//! contents is read: a part that declares more than [`MAX_PART_BYTES`], or parts declaring
//! more than [`MAX_WORKBOOK_BYTES`] in all, are refused before anything is inflated.
//!
//! Formulas give the value the spreadsheet last computed and saved with the file (calamine
//! reads the cached value; suchana never evaluates a formula). A merged cell's value belongs
//! to its top-left cell: the cells it covers are empty, in XLSX as in ODS and CSV.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use calamine::{Data, DataRef, Ods, Reader, SheetVisible, Xlsx};

use super::cell::{CellRef, MAX_COLUMNS, SheetError};
use super::{CellValue, Moment, Row, SheetFormat};
use crate::error::DataErrorKind as K;

/// The most bytes the parts of a workbook may declare, in all, once inflated.
pub const MAX_WORKBOOK_BYTES: u64 = 1 << 30;

/// The most bytes one part of a workbook (a sheet, the shared strings) may declare.
pub const MAX_PART_BYTES: u64 = 512 << 20;

/// Rows handed from the reading thread ahead of their use.
const ROWS_AHEAD: usize = 1024;

/// A workbook opened on one of its sheets.
pub struct Workbook {
    /// The sheet read.
    pub sheet: Arc<str>,
    /// Hidden sheets, not read (name one with `--sheet` to read it).
    pub hidden: Vec<String>,
    /// Other visible sheets, not read.
    pub others: Vec<String>,
    rows: WorkbookRows,
}

/// The rows of a workbook's sheet, read on a thread of their own.
pub struct WorkbookRows {
    rows: Receiver<Result<Row, SheetError>>,
}

impl Iterator for WorkbookRows {
    type Item = Result<Row, SheetError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.rows.recv().ok()
    }
}

fn error(
    file: &Arc<str>,
    sheet: Option<&Arc<str>>,
    kind: K,
    message: String,
    help: Option<String>,
) -> SheetError {
    let cell = CellRef {
        sheet: sheet.cloned(),
        row: 1,
        column: None,
    };
    SheetError::at(file, cell, None, kind, message, help)
}

/// Reads the zip table of contents of `path` and refuses a workbook whose parts declare
/// more than the limits (a zip bomb), or a file that is no zip at all.
fn check_container(path: &Path, file: &Arc<str>, format: SheetFormat) -> Result<(), SheetError> {
    let name = if format == SheetFormat::Ods {
        "ODS"
    } else {
        "XLSX"
    };
    let opened = File::open(path).map_err(|e| {
        error(
            file,
            None,
            K::Syntax,
            format!("cannot read the file: {e}"),
            None,
        )
    })?;
    let mut archive = zip::ZipArchive::new(BufReader::new(opened)).map_err(|e| {
        error(
            file,
            None,
            K::Syntax,
            format!("this is not an {name} workbook (it is not a zip archive: {e})"),
            Some(format!(
                "open it in a spreadsheet and save it again as {name}; a CSV or text file needs the .csv extension"
            )),
        )
    })?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let part = archive.by_index_raw(i).map_err(|e| {
            error(
                file,
                None,
                K::Syntax,
                format!("the {name} workbook is damaged: {e}"),
                None,
            )
        })?;
        let size = part.size();
        total = total.saturating_add(size);
        if size > MAX_PART_BYTES || total > MAX_WORKBOOK_BYTES {
            let part_name = part.name().map(|n| n.to_string()).unwrap_or_default();
            return Err(error(
                file,
                None,
                K::TooLarge,
                format!(
                    "the workbook unpacks to more than {} MiB (`{part_name}` alone declares {} MiB): a notice sheet is never that large, and this may be a zip bomb",
                    if size > MAX_PART_BYTES {
                        MAX_PART_BYTES
                    } else {
                        MAX_WORKBOOK_BYTES
                    } >> 20,
                    size >> 20
                ),
                Some(
                    "split the sheet into several files, or save it as CSV, which is streamed"
                        .into(),
                ),
            ));
        }
    }
    Ok(())
}

/// The sheet to read among `sheets` (name, visibility): `wanted`, or the first visible one.
fn choose(
    sheets: &[(String, bool)],
    wanted: Option<&str>,
    file: &Arc<str>,
) -> Result<(String, Vec<String>, Vec<String>), SheetError> {
    let names: Vec<String> = sheets.iter().map(|(n, _)| n.clone()).collect();
    let chosen = match wanted {
        Some(w) => sheets
            .iter()
            .find(|(n, _)| n == w)
            .or_else(|| sheets.iter().find(|(n, _)| n.eq_ignore_ascii_case(w))),
        None => sheets.iter().find(|(_, visible)| *visible),
    };
    let Some((chosen, _)) = chosen else {
        let list = names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(match wanted {
            Some(w) => error(
                file,
                None,
                K::UnknownValue,
                format!("the workbook has no sheet `{w}`"),
                Some(format!("its sheets: {list}")),
            ),
            None => error(
                file,
                None,
                K::NotAMapping,
                "every sheet of the workbook is hidden; hidden sheets are read only when named"
                    .into(),
                Some(format!(
                    "give --sheet NAME (its sheets: {list}), or unhide the sheet"
                )),
            ),
        });
    };
    let hidden = sheets
        .iter()
        .filter(|(n, v)| !v && n != chosen)
        .map(|(n, _)| n.clone())
        .collect();
    let others = sheets
        .iter()
        .filter(|(n, v)| *v && n != chosen)
        .map(|(n, _)| n.clone())
        .collect();
    Ok((chosen.clone(), hidden, others))
}

impl Workbook {
    /// Opens the workbook at `path` (named `file` in errors) on the sheet `sheet`, or on
    /// its first visible sheet.
    pub fn open(
        path: &Path,
        file: Arc<str>,
        format: SheetFormat,
        sheet: Option<&str>,
    ) -> Result<Workbook, SheetError> {
        check_container(path, &file, format)?;
        let unreadable = |e: String| {
            error(
                &file,
                None,
                K::Syntax,
                format!("cannot read the workbook: {e}"),
                Some("open it in a spreadsheet and save it again".into()),
            )
        };
        let (tx, rx) = sync_channel(ROWS_AHEAD);
        let (chosen, hidden, others) = match format {
            SheetFormat::Ods => {
                let mut book: Ods<BufReader<File>> = calamine::open_workbook(path)
                    .map_err(|e: calamine::OdsError| unreadable(e.to_string()))?;
                let (chosen, hidden, others) =
                    choose(&visibility(book.sheets_metadata()), sheet, &file)?;
                let name: Arc<str> = Arc::from(chosen.as_str());
                let file = file.clone();
                let sheet_name = chosen.clone();
                spawn(move || match book.worksheet_range(&sheet_name) {
                    Ok(range) => send_range(&range, &tx),
                    Err(e) => {
                        let _ = tx.send(Err(error(
                            &file,
                            Some(&name),
                            K::Syntax,
                            format!("cannot read the sheet: {e}"),
                            None,
                        )));
                    }
                })?;
                (chosen, hidden, others)
            }
            SheetFormat::Xlsx | SheetFormat::Csv => {
                let mut book: Xlsx<BufReader<File>> = calamine::open_workbook(path)
                    .map_err(|e: calamine::XlsxError| unreadable(e.to_string()))?;
                let (chosen, hidden, others) =
                    choose(&visibility(book.sheets_metadata()), sheet, &file)?;
                let name: Arc<str> = Arc::from(chosen.as_str());
                let file = file.clone();
                let sheet_name = chosen.clone();
                spawn(move || stream_xlsx(&mut book, &sheet_name, &file, &name, &tx))?;
                (chosen, hidden, others)
            }
        };
        Ok(Workbook {
            sheet: Arc::from(chosen.as_str()),
            hidden,
            others,
            rows: WorkbookRows { rows: rx },
        })
    }

    /// The rows of the sheet, from its first.
    pub fn into_rows(self) -> WorkbookRows {
        self.rows
    }
}

fn visibility(sheets: &[calamine::Sheet]) -> Vec<(String, bool)> {
    sheets
        .iter()
        .map(|s| (s.name.clone(), s.visible == SheetVisible::Visible))
        .collect()
}

fn spawn(work: impl FnOnce() + Send + 'static) -> Result<(), SheetError> {
    std::thread::Builder::new()
        .name("suchana-sheet".into())
        .spawn(work)
        .map(|_| ())
        .map_err(|e| {
            error(
                &Arc::from(""),
                None,
                K::Syntax,
                format!("cannot start the sheet reader: {e}"),
                None,
            )
        })
}

/// Sends the rows of a sheet calamine loaded whole (ODS).
fn send_range(range: &calamine::Range<Data>, tx: &SyncSender<Result<Row, SheetError>>) {
    let Some((first_row, first_col)) = range.start() else {
        return;
    };
    for (i, cells) in (0u32..).zip(range.rows()) {
        let row = Row {
            number: first_row.saturating_add(i).saturating_add(1),
            cells: (first_col..)
                .zip(cells)
                .filter(|(c, _)| *c < MAX_COLUMNS)
                .filter_map(|(c, v)| Some((c, data_value(v)?)))
                .collect(),
        };
        if tx.send(Ok(row)).is_err() {
            return;
        }
    }
}

/// Streams the cells of an XLSX sheet, a row at a time.
fn stream_xlsx(
    book: &mut Xlsx<BufReader<File>>,
    sheet: &str,
    file: &Arc<str>,
    name: &Arc<str>,
    tx: &SyncSender<Result<Row, SheetError>>,
) {
    let fail = |e: String| {
        let _ = tx.send(Err(error(
            file,
            Some(name),
            K::Syntax,
            format!("cannot read the sheet: {e}"),
            None,
        )));
    };
    let mut reader = match book.worksheet_cells_reader(sheet) {
        Ok(r) => r,
        Err(e) => return fail(e.to_string()),
    };
    let mut current = Row {
        number: 0,
        cells: Vec::new(),
    };
    loop {
        let cell = match reader.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(e) => return fail(e.to_string()),
        };
        let (row, column) = cell.get_position();
        let Some(value) = data_ref_value(cell.get_value()) else {
            continue;
        };
        if column >= MAX_COLUMNS {
            continue;
        }
        let number = row.saturating_add(1);
        if number != current.number {
            let done = std::mem::replace(
                &mut current,
                Row {
                    number,
                    cells: Vec::new(),
                },
            );
            if done.number != 0 && tx.send(Ok(done)).is_err() {
                return;
            }
        }
        current.cells.push((column, value));
    }
    if current.number != 0 {
        let _ = tx.send(Ok(current));
    }
}

fn moment_of(dt: &calamine::ExcelDateTime) -> CellValue {
    if !dt.is_datetime() {
        return Moment::from_serial(dt.as_f64())
            .map_or(CellValue::Number(dt.as_f64()), CellValue::Moment);
    }
    let (y, mo, d, h, mi, s, _ms) = dt.to_ymd_hms_milli();
    let value = dt.as_f64();
    let time = (value.fract() != 0.0).then_some((h, mi, s));
    let date = (value >= 1.0).then_some((y, mo, d));
    CellValue::Moment(Moment {
        date,
        time: if date.is_none() {
            Some((h, mi, s))
        } else {
            time
        },
    })
}

/// An ISO 8601 date or date-time as ODS stores date cells (`2025-11-24T10:00:00`).
fn iso_moment(s: &str) -> CellValue {
    let parse = |t: &str| t.parse::<u16>().ok();
    let date = s.get(0..10).and_then(|d| {
        let (y, rest) = d.split_once('-')?;
        let (m, d) = rest.split_once('-')?;
        Some((
            parse(y)?,
            u8::try_from(parse(m)?).ok()?,
            u8::try_from(parse(d)?).ok()?,
        ))
    });
    let time = s.get(11..).and_then(|t| {
        let mut parts = t.split(':');
        let h = u8::try_from(parse(parts.next()?)?).ok()?;
        let m = u8::try_from(parse(parts.next()?)?).ok()?;
        let sec = parts
            .next()
            .and_then(|s| s.split('.').next())
            .and_then(|s| u8::try_from(parse(s)?).ok())
            .unwrap_or(0);
        Some((h, m, sec))
    });
    match date {
        Some(date) => CellValue::Moment(Moment {
            date: Some(date),
            time: time.filter(|&t| t != (0, 0, 0)),
        }),
        None => CellValue::Text(s.to_string()),
    }
}

/// A time of day as ODS stores time cells (`PT10H00M00S`).
fn iso_duration(s: &str) -> CellValue {
    let parse = || {
        let rest = s.strip_prefix("PT")?;
        let (h, rest) = rest.split_once('H')?;
        let (m, rest) = rest.split_once('M')?;
        let sec = rest.strip_suffix('S').unwrap_or("0");
        let sec: f64 = sec.parse().ok()?;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some((h.parse::<u8>().ok()?, m.parse::<u8>().ok()?, sec as u8))
    };
    match parse() {
        Some(t) if t.0 < 24 => CellValue::Moment(Moment {
            date: None,
            time: Some(t),
        }),
        _ => CellValue::Text(s.to_string()),
    }
}

fn data_ref_value(v: &DataRef<'_>) -> Option<CellValue> {
    Some(match v {
        DataRef::Empty => return None,
        DataRef::Int(i) => CellValue::Number(*i as f64),
        DataRef::Float(f) => CellValue::Number(*f),
        DataRef::String(s) => CellValue::Text(s.clone()),
        DataRef::SharedString(s) => CellValue::Text((*s).to_string()),
        DataRef::Bool(b) => CellValue::Bool(*b),
        DataRef::DateTime(dt) => moment_of(dt),
        DataRef::DateTimeIso(s) => iso_moment(s),
        DataRef::DurationIso(s) => iso_duration(s),
        DataRef::Error(e) => CellValue::Error(e.to_string()),
    })
}

fn data_value(v: &Data) -> Option<CellValue> {
    Some(match v {
        Data::Empty => return None,
        Data::Int(i) => CellValue::Number(*i as f64),
        Data::Float(f) => CellValue::Number(*f),
        Data::String(s) => CellValue::Text(s.clone()),
        Data::Bool(b) => CellValue::Bool(*b),
        Data::DateTime(dt) => moment_of(dt),
        Data::DateTimeIso(s) => iso_moment(s),
        Data::DurationIso(s) => iso_duration(s),
        Data::Error(e) => CellValue::Error(e.to_string()),
    })
}
