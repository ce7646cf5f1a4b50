//! One row of a sheet as one notice document: each cell written at its header's field path
//! into a JSON value, which the same reader as YAML then reads and validates; and each error
//! of that reading taken back to the cell it came from.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::cell::{CellRef, SheetError};
use super::header::{Leaf, Step, Target, resolve};
use super::{CellValue, Row};
use crate::error::{DataError, DataErrorKind as K};
use crate::kind::Kinds;
use crate::notice::{Document, InputFormat, Notice, OwnedDocument};

/// What every row of one sheet shares: its file and name, the header row, and what each
/// header means for each kind.
#[derive(Debug)]
pub struct SheetLayout {
    file: Arc<str>,
    sheet: Option<Arc<str>>,
    headers: Arc<[String]>,
    /// The kind of rows whose `kind` cell is empty (`--kind`).
    kind: Option<String>,
    kind_column: Option<u32>,
    /// Per kind: each column's target.
    targets: HashMap<String, Vec<Target>>,
}

/// A row read into a notice document, with the way back from its errors to its cells.
#[derive(Debug)]
pub struct RowDocument<'a> {
    layout: &'a SheetLayout,
    row: &'a Row,
    index: usize,
    /// Where each value of the document came from.
    pub cells: CellMap,
    /// Problems found in the cells themselves (an unknown column, a phone Excel turned into
    /// a number), each at its cell.
    pub errors: Vec<SheetError>,
    /// The notice as one JSON value (notice-data v1, as a JSON Lines line would hold it),
    /// until [`RowDocument::read`] takes it.
    value: Value,
}

/// Where each value of a row's document came from: its field paths and their cells.
#[derive(Clone, Debug)]
pub struct CellMap {
    file: Arc<str>,
    sheet: Option<Arc<str>>,
    headers: Arc<[String]>,
    row: u32,
    /// The field paths as errors name them, one after another (one buffer for the row).
    path_text: String,
    /// (start, end) of each path in `path_text`, and its column, in the order written.
    paths: Vec<(usize, usize, u32)>,
}

impl SheetLayout {
    /// The layout of a sheet whose first row is `header`. `kind` is the kind of rows without
    /// a `kind` cell; without it, the sheet needs a `kind` column.
    pub fn new(
        file: Arc<str>,
        sheet: Option<Arc<str>>,
        header: &Row,
        kinds: &Kinds,
        kind: Option<&str>,
    ) -> Result<SheetLayout, SheetError> {
        let mut headers: Vec<String> = Vec::new();
        for (column, value) in &header.cells {
            let Ok(i) = usize::try_from(*column) else {
                continue;
            };
            if headers.len() <= i {
                headers.resize(i + 1, String::new());
            }
            headers[i] = value.as_text().trim().to_string();
        }
        let kind_column = headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case("kind"))
            .and_then(|c| u32::try_from(c).ok());
        let layout = SheetLayout {
            targets: kinds
                .definitions()
                .iter()
                .map(|d| {
                    let targets = headers.iter().map(|h| resolve(h, d)).collect();
                    (d.kind.clone(), targets)
                })
                .collect(),
            file,
            sheet,
            headers: headers.into(),
            kind: kind.map(str::to_string),
            kind_column,
        };
        if layout.kind.is_none() && layout.kind_column.is_none() {
            return Err(layout.error(
                CellRef {
                    sheet: layout.sheet.clone(),
                    row: header.number,
                    column: None,
                },
                None,
                K::MissingKind,
                "the sheet has no `kind` column, so its notices have no kind".into(),
                "add a column `kind` (outage, safety, meeting, …), or give the kind of every row with --kind KIND".into(),
            ));
        }
        Ok(layout)
    }

    /// The headers, by column from `A`.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    fn error(
        &self,
        cell: CellRef,
        column: Option<u32>,
        kind: K,
        message: String,
        help: String,
    ) -> SheetError {
        let header = column.and_then(|c| self.header(c)).map(str::to_string);
        SheetError::at(&self.file, cell, header, kind, message, Some(help))
    }

    fn header(&self, column: u32) -> Option<&str> {
        self.headers
            .get(usize::try_from(column).ok()?)
            .map(String::as_str)
    }

    /// The `index`-th notice of the sheet (from 1, empty rows not counted), from `row`.
    pub fn document<'a>(&'a self, row: &'a Row, index: usize) -> RowDocument<'a> {
        let (value, cells, errors) = self.build(row);
        RowDocument {
            layout: self,
            row,
            index,
            cells,
            errors,
            value,
        }
    }

    /// The row's value, where each of its values came from, and the problems of its cells.
    fn build(&self, row: &Row) -> (Value, CellMap, Vec<SheetError>) {
        let mut cells = CellMap {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            headers: self.headers.clone(),
            row: row.number,
            path_text: String::with_capacity(16 * row.cells.len()),
            paths: Vec::with_capacity(row.cells.len() + 1),
        };
        let mut errors = Vec::new();
        let kind_cell = self
            .kind_column
            .and_then(|c| row.cells.iter().find(|(col, _)| *col == c))
            .map(|(_, v)| v.as_text().trim().to_string())
            .filter(|k| !k.is_empty());
        let kind = kind_cell.or_else(|| self.kind.clone());
        let mut tree = Tree::Map(Vec::with_capacity(row.cells.len() + 1));
        if let Some(kind) = &kind {
            cells.push_path("kind", self.kind_column.unwrap_or(u32::MAX));
            tree.insert(
                Path::of(&[Step::Key("kind".into())]),
                Value::String(kind.clone()),
                0,
            );
        }
        // A kind this program does not know: the reader says so, with its did-you-mean.
        let targets = kind.as_ref().and_then(|k| self.targets.get(k));
        if let Some(targets) = targets {
            for (column, value) in &row.cells {
                if value.is_blank() {
                    continue;
                }
                let at = CellRef {
                    sheet: self.sheet.clone(),
                    row: row.number,
                    column: Some(*column),
                };
                let target = usize::try_from(*column).ok().and_then(|c| targets.get(c));
                match target {
                    Some(Target::Kind) => {}
                    Some(Target::Path { steps, leaf, split }) => {
                        self.write(&mut tree, &mut errors, at, value, steps, *leaf, *split);
                    }
                    Some(Target::Unknown { suggestion }) => {
                        let header = self.header(*column).unwrap_or_default();
                        let kind = kind.as_deref().unwrap_or_default();
                        errors.push(self.error(
                            at,
                            Some(*column),
                            K::UnknownField,
                            format!("unknown column `{header}`: a notice of kind `{kind}` has no such field"),
                            match suggestion {
                                Some(s) => format!("did you mean `{s}`? (rename the header in row 1)"),
                                None => format!("`suchana example {kind} --sheet FILE.xlsx` writes a sheet with every header of kind `{kind}`"),
                            },
                        ));
                    }
                    Some(Target::Blank) | None => errors.push(self.error(
                        at,
                        Some(*column),
                        K::UnknownField,
                        "this cell's column has no header, so it belongs to no field".into(),
                        "write the field's name in row 1 of this column, or clear the cell".into(),
                    )),
                }
            }
        }
        let value = tree.into_value(&mut cells, &mut String::new());
        (value, cells, errors)
    }

    /// Writes one cell's value at its path (or, for a list in one cell, each item).
    #[allow(clippy::too_many_arguments)]
    fn write(
        &self,
        tree: &mut Tree,
        errors: &mut Vec<SheetError>,
        at: CellRef,
        value: &CellValue,
        steps: &[Step],
        leaf: Leaf,
        split: Option<usize>,
    ) {
        let column = at.column.unwrap_or_default();
        let mut put = |tree: &mut Tree, path: Path<'_>, json: Value| {
            if !tree.insert(path, json, column) {
                let header = self.header(column).unwrap_or_default().to_string();
                errors.push(self.error(
                    at.clone(),
                    Some(column),
                    K::DuplicateKey,
                    format!("column `{header}` gives a value another column of this row gives too"),
                    "keep one of the two columns (a per-language column such as `title.mr` and a `title` column cannot both hold a value)".into(),
                ));
            }
        };
        match split {
            Some(split_at) => {
                let text = value.as_text();
                for (i, item) in split_items(&text).into_iter().enumerate() {
                    let path = Path {
                        steps,
                        item: Some((split_at, i)),
                    };
                    put(tree, path, Value::String(item));
                }
            }
            None => match to_json(value, leaf) {
                Ok(json) => put(tree, Path::of(steps), json),
                Err((message, help)) => {
                    let kind = if leaf == Leaf::Phone {
                        K::InvalidPhone
                    } else {
                        K::WrongType
                    };
                    errors.push(self.error(at.clone(), Some(column), kind, message, help));
                }
            },
        }
    }
}

/// The items of a list written in one cell: separated by `;`, each trimmed, empty ones left
/// out; `\;` is a `;` inside an item.
pub fn split_items(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut escaped = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(';').unwrap_or(rest.len());
        let (part, after) = rest.split_at(end);
        let separated = after.starts_with(';');
        rest = after.get(1..).filter(|_| separated).unwrap_or(after);
        // `\;` is a `;` inside the item: keep the part and go on to the next `;`.
        if let Some(kept) = part.strip_suffix('\\').filter(|_| separated) {
            escaped.push_str(kept);
            escaped.push(';');
            continue;
        }
        let item = if escaped.is_empty() {
            part.trim().to_string()
        } else {
            escaped.push_str(part);
            let item = escaped.trim().to_string();
            escaped.clear();
            item
        };
        if !item.is_empty() {
            items.push(item);
        }
    }
    let item = escaped.trim();
    if !item.is_empty() {
        items.push(item.to_string());
    }
    items
}

/// A cell's value as the field's type writes it in a notice.
fn to_json(value: &CellValue, leaf: Leaf) -> Result<Value, (String, String)> {
    Ok(match (leaf, value) {
        (Leaf::YesNo, CellValue::Bool(b)) => Value::Bool(*b),
        (Leaf::YesNo, CellValue::Text(t)) if t.trim().eq_ignore_ascii_case("true") => {
            Value::Bool(true)
        }
        (Leaf::YesNo, CellValue::Text(t)) if t.trim().eq_ignore_ascii_case("false") => {
            Value::Bool(false)
        }
        (Leaf::Count, CellValue::Number(n)) if n.fract() == 0.0 && *n >= 0.0 && *n < 9.0e15 => {
            // Whole and within f64's exact integers: the conversion is exact.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            Value::from(*n as u64)
        }
        (Leaf::Count, CellValue::Text(t)) if t.trim().parse::<u64>().is_ok() => {
            Value::from(t.trim().parse::<u64>().unwrap_or_default())
        }
        (Leaf::Phone, CellValue::Number(n)) => {
            return Err((
                format!(
                    "the phone number is stored as a number ({}), so Excel may have dropped a leading zero or rounded it",
                    number_text(*n)
                ),
                "format the column as Text (Home → Number → Text) and type the number again, e.g. 020-2550 1383 (or start the cell with an apostrophe: '02025501383)".into(),
            ));
        }
        (Leaf::Phone, CellValue::Text(t)) if is_scientific(t.trim()) => {
            return Err((
                format!(
                    "`{}` is a phone number that Excel turned into a number and wrote in scientific notation; its digits may be lost",
                    t.trim()
                ),
                "in Excel, format the column as Text and type the number again (e.g. 1800-212-3435), then save the CSV again".into(),
            ));
        }
        (Leaf::Date | Leaf::DateTime, CellValue::Moment(m)) => {
            Value::String(m.text(leaf == Leaf::DateTime))
        }
        // A date typed as its serial number (a date cell whose format was lost).
        (Leaf::Date | Leaf::DateTime, CellValue::Number(n)) if *n >= 1.0 => {
            match super::Moment::from_serial(*n) {
                Some(m) => Value::String(m.text(leaf == Leaf::DateTime)),
                None => Value::String(number_text(*n)),
            }
        }
        (_, CellValue::Error(e)) => {
            return Err((
                format!("the cell holds the spreadsheet error `{e}`, not a value"),
                "fix the formula (suchana reads the value a formula last computed), or type the value".into(),
            ));
        }
        (_, v) => Value::String(v.as_text().trim().to_string()),
    })
}

/// Whether `t` is a number in scientific notation as Excel writes one (`1.8002123435E10`).
fn is_scientific(t: &str) -> bool {
    let Some((mantissa, exponent)) = t.split_once(['E', 'e']) else {
        return false;
    };
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    !mantissa.is_empty()
        && mantissa.chars().all(|c| c.is_ascii_digit() || c == '.')
        && mantissa.contains('.')
        && !exponent.is_empty()
        && exponent.chars().all(|c| c.is_ascii_digit())
}

/// A number as a person reads it: whole numbers without `.0`.
pub(crate) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1.0e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// Where a cell's value goes: its header's steps, and for an item of a list written in one
/// cell, the item's index put in among them (no steps copied for each item).
#[derive(Clone, Copy)]
struct Path<'a> {
    steps: &'a [Step],
    /// (where among the steps, the index).
    item: Option<(usize, usize)>,
}

/// One step of a [`Path`].
#[derive(Clone, Copy)]
enum At<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> Path<'a> {
    fn of(steps: &'a [Step]) -> Path<'a> {
        Path { steps, item: None }
    }

    /// The step at `depth`.
    fn get(&self, depth: usize) -> Option<At<'a>> {
        let depth = match self.item {
            Some((split, index)) if depth == split => return Some(At::Index(index)),
            Some((split, _)) if depth > split => depth - 1,
            _ => depth,
        };
        self.steps.get(depth).map(|step| match step {
            Step::Key(k) => At::Key(k),
            Step::Index(i) => At::Index(*i),
        })
    }
}

/// A row's value while it is built: mappings in the order written, lists by index.
enum Tree {
    Leaf(Value, u32),
    Map(Vec<(String, Tree)>),
    /// Items by their written index (few: kept in a vector, sorted when read).
    List(Vec<(usize, Tree)>),
}

impl Tree {
    /// Writes `value` at `path`; false when another value is there already.
    fn insert(&mut self, path: Path<'_>, value: Value, column: u32) -> bool {
        self.insert_at(path, 0, value, column)
    }

    fn insert_at(&mut self, path: Path<'_>, depth: usize, value: Value, column: u32) -> bool {
        let Some(step) = path.get(depth) else {
            return false;
        };
        let next = path.get(depth + 1);
        let last = next.is_none();
        let fresh = || match next {
            None => Tree::Leaf(Value::Null, column),
            Some(At::Key(_)) => Tree::Map(Vec::new()),
            Some(At::Index(_)) => Tree::List(Vec::new()),
        };
        let child = match (self, step) {
            (Tree::Map(entries), At::Key(k)) => {
                let i = match entries.iter().position(|(key, _)| key == k) {
                    Some(_) if last => return false,
                    Some(i) => i,
                    None => {
                        entries.push((k.to_string(), fresh()));
                        entries.len() - 1
                    }
                };
                &mut entries[i].1
            }
            (Tree::List(items), At::Index(n)) => {
                // Items come in order (a list in one cell, numbered columns left to right):
                // a new last item needs no search.
                let known = match items.last() {
                    Some((last, _)) if *last < n => None,
                    _ => items.iter().position(|(index, _)| *index == n),
                };
                let i = match known {
                    Some(_) if last => return false,
                    Some(i) => i,
                    None => {
                        items.push((n, fresh()));
                        items.len() - 1
                    }
                };
                &mut items[i].1
            }
            _ => return false,
        };
        if last {
            *child = Tree::Leaf(value, column);
            true
        } else {
            child.insert_at(path, depth + 1, value, column)
        }
    }

    /// The JSON value, recording each leaf's path (list items numbered from 0 as written,
    /// gaps closed: `agenda.1` and `agenda.3` make `agenda[0]` and `agenda[1]`).
    fn into_value(self, cells: &mut CellMap, path: &mut String) -> Value {
        let outer = path.len();
        match self {
            Tree::Leaf(value, column) => {
                if column != u32::MAX {
                    cells.push_path(path, column);
                }
                value
            }
            Tree::Map(entries) => {
                let mut map = Map::new();
                for (key, child) in entries {
                    if outer > 0 {
                        path.push('.');
                    }
                    path.push_str(&key);
                    let value = child.into_value(cells, path);
                    path.truncate(outer);
                    map.insert(key, value);
                }
                Value::Object(map)
            }
            Tree::List(mut items) => Value::Array({
                items.sort_by_key(|(index, _)| *index);
                items
                    .into_iter()
                    .map(|(_, child)| child)
                    .enumerate()
                    .map(|(i, child)| {
                        // Writing to a String cannot fail.
                        let _ = write!(path, "[{i}]");
                        let value = child.into_value(cells, path);
                        path.truncate(outer);
                        value
                    })
                    .collect()
            }),
        }
    }
}

impl RowDocument<'_> {
    /// The document as JSON text (notice-data v1, as a JSON Lines line would hold it), with
    /// its number and line.
    pub fn document(&self) -> OwnedDocument {
        let (value, _, _) = self.layout.build(self.row);
        self.written(&value)
    }

    fn written(&self, value: &Value) -> OwnedDocument {
        OwnedDocument {
            index: self.index,
            line_offset: self.row.number.saturating_sub(1),
            text: serde_json::to_string(value).unwrap_or_default(),
            format: InputFormat::Jsonl,
        }
    }

    /// About how many bytes of the sheet the row takes (its cells' text and separators).
    pub fn bytes(&self) -> usize {
        self.row
            .cells
            .iter()
            .map(|(_, v)| v.as_text().len() + 1)
            .sum()
    }

    /// Reads the document: a valid row of a built-in kind straight from its value
    /// ([`crate::notice::parse_value`]); anything else from its JSON text with `parse` (the
    /// same reader as YAML: [`crate::notice::parse_document`], or
    /// [`crate::Engine::parse_document`] for kinds defined as data), which gives the notice
    /// or every error of the row, each at its cell.
    pub fn read(
        &mut self,
        stem: &str,
        parse: impl FnOnce(&Document<'_>, &Arc<str>, &str) -> Result<Notice, Vec<DataError>>,
    ) -> Result<Notice, Vec<SheetError>> {
        let value = std::mem::take(&mut self.value);
        let built_in = value
            .get("kind")
            .and_then(Value::as_str)
            .and_then(crate::notice::Kind::from_key)
            .is_some();
        let file = &self.cells.file;
        let read = if built_in && self.errors.is_empty() {
            let place = Document {
                index: self.index,
                line_offset: self.row.number.saturating_sub(1),
                text: "",
                format: InputFormat::Jsonl,
            };
            match crate::notice::parse_value(value, &place, file, stem) {
                Some(notice) => Ok(notice),
                // The value is gone: the row is read again for its text and errors.
                None => parse(&self.document().as_document(), file, stem),
            }
        } else {
            parse(&self.written(&value).as_document(), file, stem)
        };
        match read {
            Ok(notice) if self.errors.is_empty() => Ok(notice),
            Ok(_) => Err(self.errors.clone()),
            Err(found) => {
                let mut errors = self.errors.clone();
                errors.extend(found.iter().map(|e| self.cells.locate(e)));
                errors.sort_by_key(|e| e.cell.column.map_or(0, |c| c + 1));
                Err(errors)
            }
        }
    }
}

impl CellMap {
    /// The sheet's name (`None` for CSV).
    pub fn sheet(&self) -> Option<&Arc<str>> {
        self.sheet.as_ref()
    }

    /// The row, from 1.
    pub fn row(&self) -> u32 {
        self.row
    }

    /// `error` at the cell its field path came from (or the row, when no cell holds it).
    pub fn locate(&self, error: &DataError) -> SheetError {
        let column = self.column_of(&error.path);
        SheetError {
            cell: CellRef {
                sheet: self.sheet.clone(),
                row: self.row,
                column,
            },
            header: column
                .and_then(|c| self.headers.get(usize::try_from(c).ok()?))
                .cloned(),
            error: DataError {
                position: None,
                ..error.clone()
            },
        }
    }

    fn push_path(&mut self, path: &str, column: u32) {
        let start = self.path_text.len();
        self.path_text.push_str(path);
        self.paths.push((start, self.path_text.len(), column));
    }

    /// Each field path written and its column.
    fn entries(&self) -> impl Iterator<Item = (&str, u32)> {
        self.paths.iter().map(|&(start, end, column)| {
            (self.path_text.get(start..end).unwrap_or_default(), column)
        })
    }

    /// The column of the value at `path`, of the value it is part of, or of its first part;
    /// for a value the row lacks, the column of its field's header if there is one.
    fn column_of(&self, path: &str) -> Option<u32> {
        let under = |outer: &str, inner: &str| {
            inner
                .strip_prefix(outer)
                .is_some_and(|rest| rest.starts_with(['.', '[']))
        };
        let found = self
            .entries()
            .find(|(p, _)| *p == path)
            .or_else(|| {
                self.entries()
                    .filter(|(p, _)| under(p, path))
                    .max_by_key(|(p, _)| p.len())
            })
            .or_else(|| self.entries().find(|(p, _)| under(path, p)));
        if let Some((_, c)) = found {
            return Some(c);
        }
        if path.is_empty() {
            return None;
        }
        // A field the row leaves empty: its column's header (`end`, or `issuer.org` for
        // `issuer.org`, `title.mr-IN` for a missing `title`).
        let key = path.split(['.', '[']).next().unwrap_or(path);
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(path))
            .or_else(|| {
                self.headers.iter().position(|h| {
                    let h = h.to_ascii_lowercase();
                    h == key || h.starts_with(&format!("{key}."))
                })
            })
            .and_then(|c| u32::try_from(c).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_split_at_semicolons() {
        assert_eq!(split_items("वाई; पसरणी ;भुईंज;"), ["वाई", "पसरणी", "भुईंज"]);
        assert_eq!(
            split_items(r"Ward 3\; east; Ward 4"),
            ["Ward 3; east", "Ward 4"]
        );
        assert_eq!(split_items(r"C:\temp"), [r"C:\temp"]);
        assert!(split_items(" ; ").is_empty());
        assert_eq!(split_items(r"a\\;b"), [r"a\;b"]);
        assert_eq!(split_items(r"a\;"), ["a;"]);
        assert_eq!(split_items(r"x\; y; z\"), ["x; y", r"z\"]);
        assert_eq!(split_items(""), Vec::<String>::new());
    }

    #[test]
    fn scientific_numbers_are_recognised() {
        assert!(is_scientific("1.8002123435E10"));
        assert!(is_scientific("1.8E+10"));
        assert!(!is_scientific("1800-212-3435"));
        assert!(!is_scientific("18002123435"));
        assert!(!is_scientific("E10"));
    }
}
