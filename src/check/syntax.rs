//! Fluent syntax and structure within one language: parser errors (each at the place a
//! translator should look) and ids, attributes and variant keys written twice.

use std::collections::BTreeMap;

use fluent_syntax::parser::{ErrorKind, ParserError};

use super::model::{Locale, ParsedFile};
use super::{Findings, error};
use crate::l10n::line_col;

pub(super) fn check(locale: &Locale<'_>, out: &mut Findings) {
    for (index, file) in locale.files.iter().enumerate() {
        for e in &file.errors {
            let (offset, message) = describe(file, e);
            let code = match e.kind {
                ErrorKind::MissingDefaultVariant => "missing-default",
                _ => "syntax-error",
            };
            out.at(locale, index, offset, error(code), None, message);
        }
    }
    duplicates(locale, out);
}

/// Where to point for a parser error, and what to say.
///
/// The parser stops where the text stopped making sense, which for an unclosed `{` is often
/// the start of a later line. When a `{` opened earlier in the same entry is still open there,
/// the `{` is what the translator must fix, so that is where the finding points.
fn describe(file: &ParsedFile<'_>, e: &ParserError) -> (usize, String) {
    let text: &str = file.source.text.as_ref();
    let pos = e.pos.start.min(text.len());
    let entry_start = e.slice.as_ref().map_or(pos, |s| s.start).min(pos);
    let kind = e.kind.to_string();
    let mut open = Vec::new();
    let mut in_string = false;
    for (i, c) in text.get(entry_start..pos).unwrap_or("").char_indices() {
        match c {
            '"' if !open.is_empty() => in_string = !in_string,
            '{' if !in_string => open.push(entry_start + i),
            '}' if !in_string => {
                open.pop();
            }
            '\n' => in_string = false,
            _ => {}
        }
    }
    // The parser gave up at the start of a later line: the open `{` is where to look.
    let line_start = text
        .get(..pos)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let at_line_start = text
        .get(line_start..pos)
        .is_some_and(|t| t.trim().is_empty());
    let pos_line = line_col(text, pos).0;
    let open_before = open
        .last()
        .copied()
        .filter(|&b| at_line_start && line_col(text, b).0 < pos_line);
    if let Some(brace) = open_before {
        let message = match &e.kind {
            ErrorKind::MissingDefaultVariant => {
                "this select expression has no default variant: mark one with `*`, as in `*[other]`"
                    .to_string()
            }
            ErrorKind::ExpectedToken('}') => {
                format!("this `{{` is not closed: write `}}` after the expression ({kind})")
            }
            _ => format!(
                "this `{{` is not closed: the text stops making sense at line {pos_line} ({kind})"
            ),
        };
        return (brace, message);
    }
    let message = match &e.kind {
        ErrorKind::MissingDefaultVariant => {
            "this select expression has no default variant: mark one with `*`, as in `*[other]`"
                .to_string()
        }
        ErrorKind::ExpectedToken('=') => {
            format!("{kind}: an id is followed by ` = ` and its text (ids are a-z, A-Z, 0-9, -, _)")
        }
        _ => kind,
    };
    (pos, message)
}

fn duplicates(locale: &Locale<'_>, out: &mut Findings) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, entry) in locale.entries.iter().enumerate() {
        let key = entry.key();
        if let Some(&first) = seen.get(&key) {
            let at = locale
                .entries
                .get(first)
                .map(|f| place(locale, f.file, f.offset))
                .unwrap_or_default();
            out.at(
                locale,
                entry.file,
                entry.offset,
                error("duplicate-id"),
                None,
                format!(
                    "`{key}` is already defined at {at}; a language may define an id only once"
                ),
            );
        } else {
            seen.insert(key.clone(), i);
        }
        let mut attrs: BTreeMap<&str, usize> = BTreeMap::new();
        for &(name, offset) in &entry.attributes {
            if attrs.insert(name, offset).is_some() {
                out.at(
                    locale,
                    entry.file,
                    offset,
                    error("duplicate-attribute"),
                    Some(&key),
                    format!("`{key}` has the attribute `.{name}` twice; only the first is used"),
                );
            }
        }
        for select in &entry.contents.selects {
            let mut keys: Vec<&str> = Vec::new();
            for &(k, _, offset) in &select.variants {
                if keys.contains(&k) {
                    out.at(
                        locale,
                        entry.file,
                        offset,
                        error("duplicate-variant"),
                        Some(&key),
                        format!(
                            "the variant `[{k}]` appears twice in this selector of `{key}`; the second can never be chosen"
                        ),
                    );
                } else {
                    keys.push(k);
                }
            }
        }
    }
}

/// `file:line:col` of an offset, for messages that point elsewhere.
pub(super) fn place(locale: &Locale<'_>, file: usize, offset: usize) -> String {
    match locale.files.get(file) {
        Some(f) => {
            let (line, col) = line_col(&f.source.text, offset);
            format!("{}:{line}:{col}", f.source.name)
        }
        None => locale.lang.tag().to_string(),
    }
}
