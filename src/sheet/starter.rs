//! The starter sheet of a kind, derived from its definition: a header row with a column for
//! each field (and part of a field), and one example row from the kind's example notice.
//! As XLSX it also has a dropdown on each choice and yes/no column, date and time formats on
//! date columns, text format on phone and reference columns, and a note on each header
//! explaining the field.

#[cfg(feature = "sheets")]
use rust_xlsxwriter::{DataValidation, ExcelDateTime, Format, Note, Workbook};
use serde_json::Value;

use super::header::{Leaf, Step, Target, resolve};
use crate::kind::Definition;
#[cfg(feature = "sheets")]
use crate::kind::FieldType;

/// One column of the starter: its header, the field it belongs to, and the example value.
struct Column<'d> {
    header: String,
    // The CSV starter needs only the header and the example; the workbook's formats,
    // dropdowns and notes need the rest.
    #[cfg_attr(not(feature = "sheets"), allow(dead_code))]
    field: Option<&'d crate::kind::FieldDef>,
    #[cfg_attr(not(feature = "sheets"), allow(dead_code))]
    leaf: Option<Leaf>,
    example: Option<Value>,
}

/// The columns of `definition`, each with its value in `example` (a notice of the kind, as
/// JSON), if it has one.
fn columns<'d>(definition: &'d Definition, example: &Value) -> Vec<Column<'d>> {
    super::header::headers_of(definition)
        .into_iter()
        .map(|header| {
            let key = header.split('.').next().unwrap_or_default().to_string();
            let field = definition.field_for_key(&key);
            let (leaf, value) = match resolve(&header, definition) {
                Target::Kind => (None, Some(Value::String(definition.kind.clone()))),
                Target::Path { steps, leaf, split } => {
                    let value = lookup(example, &steps);
                    let value = match (split, value) {
                        (Some(_), Some(Value::Array(items))) => Some(Value::String(
                            items
                                .iter()
                                .map(|i| text_of(i).replace(';', "\\;"))
                                .collect::<Vec<_>>()
                                .join("; "),
                        )),
                        (_, v) => v.map(|v| match v {
                            Value::Object(_) => Value::String(text_of(&v)),
                            v => v,
                        }),
                    };
                    (Some(leaf), value)
                }
                Target::Unknown { .. } | Target::Blank => (None, None),
            };
            Column {
                header,
                field,
                leaf,
                example: value,
            }
        })
        .collect()
}

/// The value at `steps` in `value`.
fn lookup(value: &Value, steps: &[Step]) -> Option<Value> {
    let mut at = value;
    for step in steps {
        at = match step {
            Step::Key(k) => at.get(k)?,
            Step::Index(i) => at.get(i)?,
        };
    }
    Some(at.clone())
}

/// A text as one string: itself, or (one per language) the first registered language's it
/// has (Marathi first among the built-in ones).
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Object(map) => crate::lang::Lang::all()
            .iter()
            .find_map(|l| {
                map.iter()
                    .find(|(k, _)| crate::lang::Lang::from_tag(k) == Some(*l))
                    .map(|(_, v)| text_of(v))
            })
            .or_else(|| map.values().next().map(text_of))
            .unwrap_or_default(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(feature = "sheets")]
/// What the note on a column's header says: the field's help in each language the
/// definition gives it in (`help: { mr-IN: …, hi-IN: …, en-IN: … }`; one line when it gives
/// one text), and how to write a value.
fn note(column: &Column<'_>) -> String {
    let mut text = String::new();
    if let Some(field) = column.field {
        let by_lang: Vec<(crate::lang::Lang, &str)> = crate::lang::Lang::all()
            .into_iter()
            .filter_map(|l| Some((l, field.help_for(l)?)))
            .collect();
        if by_lang.is_empty()
            && let Some(help) = &field.help
        {
            text.push_str(&format!("{help}\n"));
        }
        for (lang, help) in by_lang {
            text.push_str(&format!("{}: {help}\n", lang.tag()));
        }
        if field.required {
            text.push_str("Required.\n");
        }
        let how = match field.ty {
            FieldType::TextList => "Items separated by ; (write \\; for a ; inside an item), or one column per item: NAME.1, NAME.2.".to_string(),
            FieldType::Choice => format!("One of: {}.", field.values.join(", ")),
            FieldType::YesNo => "TRUE or FALSE.".to_string(),
            FieldType::Text | FieldType::Person | FieldType::Issuer => {
                "One text for every language, or one column per language: NAME.mr-IN, NAME.hi-IN, NAME.en-IN.".to_string()
            }
            ty => ty.how_to_write().to_string(),
        };
        text.push_str(&how);
    } else {
        text.push_str("The kind of notice, the same on every row (or give --kind KIND).");
    }
    text
}

/// The starter sheet as CSV: the header row and the example row.
pub fn starter_csv(definition: &Definition, example: &Value) -> String {
    let columns = columns(definition, example);
    let mut out = csv::Writer::from_writer(Vec::new());
    let headers: Vec<&str> = columns.iter().map(|c| c.header.as_str()).collect();
    let values: Vec<String> = columns
        .iter()
        .map(|c| match &c.example {
            Some(Value::Bool(b)) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Some(v) => text_of(v),
            None => String::new(),
        })
        .collect();
    // Writing to memory cannot fail.
    let _ = out.write_record(&headers);
    let _ = out.write_record(&values);
    out.into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

#[cfg(feature = "sheets")]
/// The starter workbook as XLSX bytes: header row (frozen, with a note on each header), the
/// example row, a dropdown on choice and yes/no columns, date and time formats on date
/// columns and text format on phone, id and reference columns, for the first 10,000 rows.
pub fn starter_workbook(
    definition: &Definition,
    example: &Value,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    const ROWS: u32 = 10_000;
    let columns = columns(definition, example);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(&definition.kind))?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let datetime = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let text = Format::new().set_num_format("@");
    for (c, column) in (0u16..).zip(&columns) {
        sheet.write_string_with_format(0, c, &column.header, &bold)?;
        sheet.insert_note(
            0,
            c,
            &Note::new(note(column)).set_width(360).set_height(160),
        )?;
        sheet.set_column_width(c, column.header.chars().count().max(12) as f64 + 2.0)?;
        let format = match (column.leaf, column.field.map(|f| f.ty)) {
            (Some(Leaf::Date), _) => Some(&date),
            (Some(Leaf::DateTime), _) => Some(&datetime),
            (Some(Leaf::Phone), _) | (_, Some(FieldType::Id | FieldType::String)) => Some(&text),
            _ => None,
        };
        if let Some(format) = format {
            sheet.set_column_format(c, format)?;
        }
        let choices: Option<Vec<String>> = match column.field.map(|f| f.ty) {
            Some(FieldType::Choice) => column.field.map(|f| f.values.clone()),
            Some(FieldType::YesNo) => Some(vec!["TRUE".into(), "FALSE".into()]),
            _ if column.field.is_none() => Some(vec![definition.kind.clone()]),
            _ => None,
        };
        // A list longer than Excel's 255 characters gets no dropdown; the note lists it.
        if let Some(choices) = choices
            && let Ok(validation) = DataValidation::new().allow_list_strings(&choices)
        {
            sheet.add_data_validation(1, c, ROWS, c, &validation)?;
        }
        match (&column.example, column.leaf) {
            (None, _) | (Some(Value::Null), _) => {}
            (Some(Value::Bool(b)), _) => {
                sheet.write_boolean(1, c, *b)?;
            }
            (Some(Value::Number(n)), _) => {
                sheet.write_number(1, c, n.as_f64().unwrap_or_default())?;
            }
            (Some(v), Some(leaf @ (Leaf::Date | Leaf::DateTime))) => {
                let s = text_of(v).replace(' ', "T");
                let format = if leaf == Leaf::Date { &date } else { &datetime };
                match ExcelDateTime::parse_from_str(&s) {
                    Ok(dt) => sheet.write_datetime_with_format(1, c, &dt, format)?,
                    Err(_) => sheet.write_string(1, c, s)?,
                };
            }
            (Some(v), _) => {
                sheet.write_string(1, c, text_of(v))?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

#[cfg(feature = "sheets")]
/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(kind: &str) -> String {
    kind.chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}
