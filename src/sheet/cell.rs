//! Cell addresses as a spreadsheet shows them (`Sheet1!D7`, A1 notation), and the errors of a
//! sheet, each at its cell with the column's header.

use std::fmt;
use std::sync::Arc;

use crate::error::DataError;

/// The most columns a sheet may use (Excel's own limit, `XFD`).
pub const MAX_COLUMNS: u32 = 16_384;

/// The letters of a 0-based column in A1 notation: 0 is `A`, 25 `Z`, 26 `AA`.
pub fn column_letters(column: u32) -> String {
    let mut n = u64::from(column) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Where in a sheet something is: one cell, or a whole row when no one cell holds it (a
/// required field with no column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellRef {
    /// The sheet's name; `None` for CSV, which has one unnamed sheet.
    pub sheet: Option<Arc<str>>,
    /// The row, from 1 as the spreadsheet numbers it (the header is row 1).
    pub row: u32,
    /// The column, from 0 (`A`); `None` for the whole row.
    pub column: Option<u32>,
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(sheet) = &self.sheet {
            // A sheet name with spaces or punctuation is quoted, as Excel writes it.
            if sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
                write!(f, "{sheet}!")?;
            } else {
                write!(f, "'{}'!", sheet.replace('\'', "''"))?;
            }
        }
        match self.column {
            Some(c) => write!(f, "{}{}", column_letters(c), self.row),
            // A whole row, as a reference Excel's Name Box accepts.
            None => write!(f, "{0}:{0}", self.row),
        }
    }
}

/// One problem in a sheet: the [`DataError`] the same data would give in YAML (the same code,
/// message and help), at the cell that holds the value, with that column's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetError {
    /// The cell (or row).
    pub cell: CellRef,
    /// The header of the cell's column, as written in row 1.
    pub header: Option<String>,
    /// The problem. Its `position` is `None`: the cell says where.
    pub error: DataError,
}

impl SheetError {
    /// A problem of file `file` at `cell` (in the column headed `header`), with no field path.
    pub fn at(
        file: &Arc<str>,
        cell: CellRef,
        header: Option<String>,
        kind: crate::error::DataErrorKind,
        message: String,
        help: Option<String>,
    ) -> SheetError {
        SheetError {
            cell,
            header,
            error: DataError {
                file: file.clone(),
                position: None,
                path: String::new(),
                kind,
                message,
                help,
            },
        }
    }

    /// The place as the user sees it: `Sheet1!D7 (start)`.
    pub fn place(&self) -> String {
        match &self.header {
            Some(h) if !h.is_empty() => format!("{} ({h})", self.cell),
            _ => self.cell.to_string(),
        }
    }

    /// The stable code of the error, e.g. `invalid-datetime`.
    pub fn code(&self) -> &'static str {
        self.error.code()
    }
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.error.file,
            self.place(),
            self.error.message
        )
    }
}

impl std::error::Error for SheetError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_in_a1_notation() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(column_letters(MAX_COLUMNS - 1), "XFD");
    }

    #[test]
    fn places_quote_sheet_names_as_excel_does() {
        let at = |sheet: &str, column| CellRef {
            sheet: Some(Arc::from(sheet)),
            row: 7,
            column,
        };
        assert_eq!(at("Sheet1", Some(3)).to_string(), "Sheet1!D7");
        assert_eq!(at("Wai outages", Some(0)).to_string(), "'Wai outages'!A7");
        assert_eq!(at("Sheet1", None).to_string(), "Sheet1!7:7");
        let csv = CellRef {
            sheet: None,
            row: 2,
            column: Some(1),
        };
        assert_eq!(csv.to_string(), "B2");
    }
}
