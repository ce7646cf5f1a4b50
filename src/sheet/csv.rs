//! CSV rows, streamed: one record at a time, so memory holds one row whatever the file's
//! length. UTF-8 only (with or without Excel's byte-order mark); UTF-16 ("Unicode Text") and
//! Windows-1252 ("CSV (Comma delimited)") are refused with how to save the file as UTF-8.

use std::io::{self, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::cell::{CellRef, MAX_COLUMNS, SheetError};
use super::{CellValue, Row};
use crate::error::{DataError, DataErrorKind as K};

/// The most bytes one row of a CSV file may hold.
pub const MAX_ROW_BYTES: u64 = 1 << 20;

const SAVE_AS_UTF8: &str = "in Excel: File → Save As → \"CSV UTF-8 (Comma delimited) (*.csv)\"; in LibreOffice: Save As → Text CSV, Character set: Unicode (UTF-8)";

/// A reader with the bytes already looked at put back in front.
pub type Prefixed<R> = io::Chain<io::Cursor<Vec<u8>>, R>;

/// The rows of a CSV file, from row 1 (the header).
pub struct CsvRows<R> {
    reader: csv::Reader<Counted<R>>,
    record: csv::ByteRecord,
    file: Arc<str>,
    /// Bytes read when the current record started.
    record_start: Arc<AtomicU64>,
    row: u32,
    /// The line where reading stopped after the last record: blank lines between it and the
    /// next record are rows too, as a spreadsheet opens the file (the csv crate skips them).
    after_line: u64,
    done: bool,
}

/// A reader that refuses to read more than [`MAX_ROW_BYTES`] past the start of the record
/// being read, so that one endless field cannot fill memory.
struct Counted<R> {
    inner: R,
    read: u64,
    record_start: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let start = self.record_start.load(Ordering::Relaxed);
        if self.read.saturating_sub(start) > MAX_ROW_BYTES + (64 << 10) {
            return Err(io::Error::new(io::ErrorKind::InvalidData, RowTooLarge));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

#[derive(Debug)]
struct RowTooLarge;

impl std::fmt::Display for RowTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a row longer than {} KiB", MAX_ROW_BYTES / 1024)
    }
}

impl std::error::Error for RowTooLarge {}

impl<R: Read> CsvRows<R> {
    /// Reads CSV from `reader`, naming it `file` in errors. The first bytes are looked at
    /// for a UTF-16 byte-order mark (or the zero bytes of UTF-16 without one): such a file
    /// is refused at once with a hint, rather than row by row.
    pub fn new(mut reader: R, file: Arc<str>) -> Result<CsvRows<Prefixed<R>>, SheetError> {
        let mut head = vec![0u8; 512];
        let mut filled = 0;
        while filled < head.len() {
            match reader.read(&mut head[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(io_error(&file, &e)),
            }
        }
        head.truncate(filled);
        let utf16 = head.starts_with(&[0xFF, 0xFE])
            || head.starts_with(&[0xFE, 0xFF])
            || (head.len() >= 4 && head.iter().filter(|&&b| b == 0).count() * 4 >= head.len());
        if utf16 {
            return Err(whole_file(
                &file,
                "the file is UTF-16 text (what Excel saves as \"Unicode Text\"), not UTF-8 CSV"
                    .into(),
                SAVE_AS_UTF8.into(),
            ));
        }
        let start = if head.starts_with("\u{feff}".as_bytes()) {
            3
        } else {
            0
        };
        let head = head[start..].to_vec();
        let record_start = Arc::new(AtomicU64::new(0));
        let counted = Counted {
            inner: io::Cursor::new(head).chain(reader),
            read: 0,
            record_start: record_start.clone(),
        };
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(counted);
        Ok(CsvRows {
            reader,
            record: csv::ByteRecord::new(),
            file,
            record_start,
            row: 0,
            after_line: 1,
            done: false,
        })
    }
}

/// The first row of the file: where a problem of the whole file is reported.
fn first_row() -> CellRef {
    CellRef {
        sheet: None,
        row: 1,
        column: None,
    }
}

fn whole_file(file: &Arc<str>, message: String, help: String) -> SheetError {
    SheetError::at(file, first_row(), None, K::NotUtf8, message, Some(help))
}

fn io_error(file: &Arc<str>, e: &io::Error) -> SheetError {
    let message = format!("cannot read the file: {e}");
    SheetError::at(file, first_row(), None, K::Syntax, message, None)
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Result<Row, SheetError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        self.record_start
            .store(self.reader.position().byte(), Ordering::Relaxed);
        let read = self.reader.read_byte_record(&mut self.record);
        // Lines read for this record, less its own (one, and one per line break inside a
        // quoted value), are blank lines before it.
        let after_line = self.reader.position().line();
        let fields = self.record.as_slice();
        let own = 1 + if fields.contains(&b'\n') {
            fields.iter().filter(|&&b| b == b'\n').count() as u64
        } else {
            0
        };
        let blank = after_line
            .saturating_sub(self.after_line)
            .saturating_sub(own);
        self.after_line = after_line;
        let blank = u32::try_from(blank).unwrap_or(0);
        self.row = self.row.saturating_add(1).saturating_add(blank);
        let at = |column| CellRef {
            sheet: None,
            row: self.row,
            column,
        };
        match read {
            Ok(false) => {
                self.done = true;
                None
            }
            Err(e) => {
                // The csv crate cannot go on after an I/O error; a malformed record
                // (flexible mode has none but bad UTF-8, which ByteRecord allows) is reported.
                self.done = true;
                let too_large = matches!(e.kind(), csv::ErrorKind::Io(io) if io.get_ref().is_some_and(|i| i.is::<RowTooLarge>()));
                let (kind, message, help) = if too_large {
                    (
                        K::DocumentTooLarge,
                        format!(
                            "row {} is longer than {} KiB; a notice is never that long",
                            self.row,
                            MAX_ROW_BYTES / 1024
                        ),
                        "check for a quote (\") that is never closed".to_string(),
                    )
                } else {
                    (
                        K::Syntax,
                        format!("cannot read the CSV: {e}"),
                        "save the file again as CSV".to_string(),
                    )
                };
                Some(Err(SheetError::at(
                    &self.file,
                    at(None),
                    None,
                    kind,
                    message,
                    Some(help),
                )))
            }
            Ok(true) => {
                let mut cells = Vec::with_capacity(self.record.len());
                for (column, field) in (0u32..).zip(self.record.iter()) {
                    if field.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    if column >= MAX_COLUMNS {
                        return Some(Err(SheetError {
                            cell: at(Some(column)),
                            header: None,
                            error: DataError {
                                file: self.file.clone(),
                                position: None,
                                path: String::new(),
                                kind: K::TooLarge,
                                message: format!(
                                    "a value beyond column {MAX_COLUMNS} (XFD), the most a sheet has"
                                ),
                                help: Some(
                                    "a notice needs a few dozen columns: check the separators"
                                        .into(),
                                ),
                            },
                        }));
                    }
                    match std::str::from_utf8(field) {
                        Ok(text) => cells.push((column, CellValue::Text(text.to_string()))),
                        Err(_) => {
                            return Some(Err(SheetError {
                                cell: at(Some(column)),
                                header: None,
                                error: DataError {
                                    file: self.file.clone(),
                                    position: None,
                                    path: String::new(),
                                    kind: K::NotUtf8,
                                    message: "the file is not UTF-8: it is probably Windows-1252, what Excel saves as \"CSV (Comma delimited)\"".into(),
                                    help: Some(SAVE_AS_UTF8.into()),
                                },
                            }));
                        }
                    }
                }
                Some(Ok(Row {
                    number: self.row,
                    cells,
                }))
            }
        }
    }
}
