//! Reading notices from YAML text: splitting a stream into documents, deserializing each with
//! positions and field paths, and validating it against notice-data v1.

use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Error as YamlError;

use super::datetime::{self, DateTime};
use super::hostile;
use super::located::{Located, position, without_positions};
use super::raw::{
    KindProbe, LText, MeetingDoc, OutageDoc, RawContact, RawIssuer, RawPerson, RawStatus,
    SafetyDoc, StatusProbe,
};
use super::status::Written;
use super::stream::InputFormat;
use super::suggest::closest;
use super::text::{RawText, TextEntry, nfc};
use super::{
    Body, Contact, Field, Hazard, Issuer, Kind, Meeting, Notice, Outage, Person, Reason, Safety,
    Text,
};
use crate::error::{DataError, DataErrorKind as K, Position};
use crate::lang::Lang;

/// One YAML document of a stream: its text and where it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Document<'a> {
    /// 1-based number of the document among the non-empty documents of its file.
    pub index: usize,
    /// Number of lines in the file before the document's first line.
    pub line_offset: u32,
    /// The document's text, including its `---` line when it has one.
    pub text: &'a str,
    /// YAML, or one line of JSON Lines.
    pub format: InputFormat,
}

pub(crate) fn is_marker(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r']))
}

/// Whether a document holds anything besides markers, directives, comments and blank lines.
pub(crate) fn has_content(text: &str) -> bool {
    text.lines().any(|line| {
        let line = if is_marker(line, "---") {
            &line[3..]
        } else {
            line
        };
        let t = line.trim();
        !(t.is_empty() || t.starts_with('#') || line.starts_with('%'))
    })
}

/// Splits a YAML stream into its documents at `---` and `...` lines. YAML forbids these
/// markers at the start of a line inside any scalar, so a line scan finds exactly the
/// boundaries a parser would, without parsing. Empty documents are skipped.
pub fn split_documents<'a>(src: &'a str) -> Vec<Document<'a>> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut docs = Vec::new();
    let mut start = 0usize;
    let mut start_line = 0u32;
    let mut offset = 0usize;
    let push = |from: usize, to: usize, first_line: u32, docs: &mut Vec<Document<'a>>| {
        let text = &src[from..to];
        if has_content(text) {
            docs.push(Document {
                index: docs.len() + 1,
                line_offset: first_line,
                text,
                format: InputFormat::Yaml,
            });
        }
    };
    for (line_no, line) in (0u32..).zip(src.split_inclusive('\n')) {
        let bare = line.trim_end_matches(['\n', '\r']);
        if is_marker(bare, "---") {
            push(start, offset, start_line, &mut docs);
            start = offset;
            start_line = line_no;
        } else if is_marker(bare, "...") {
            push(start, offset, start_line, &mut docs);
            start = offset + line.len();
            start_line = line_no + 1;
        }
        offset += line.len();
    }
    push(start, src.len(), start_line, &mut docs);
    docs
}

/// Reads every notice of a YAML file: one result per non-empty document, in order, every
/// value with its exact position (see [`parse_document`] for the faster way through a batch).
/// `file` names the source in errors and gives default ids (`<stem>-<index>`).
pub fn parse_str(src: &str, file: &str) -> Vec<Result<Notice, Vec<DataError>>> {
    let file: Arc<str> = Arc::from(file);
    let stem = id_stem(&file);
    split_documents(src)
        .iter()
        .map(|doc| parse_document_exact(doc, &file, &stem))
        .collect()
}

/// A default id prefix from a file name: its stem, lower-cased, other characters as `-`.
pub fn id_stem(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = match name.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s,
        _ => name,
    };
    let cleaned: String = stem
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = cleaned.trim_matches('-');
    if trimmed.is_empty() || file == "-" {
        "notice".to_string()
    } else {
        trimmed.chars().take(90).collect()
    }
}

/// Reads and validates one document of `file` (whose default ids start with `stem`, see
/// [`id_stem`]): every error of the document, sorted by position, or the notice.
pub fn parse_document(
    doc: &Document<'_>,
    file: &Arc<str>,
    stem: &str,
) -> Result<Notice, Vec<DataError>> {
    let fast = match doc.format {
        InputFormat::Jsonl => parse_json(doc, file, stem),
        InputFormat::Yaml => parse_plain(doc, file, stem),
    };
    match fast {
        Some(notice) => Ok(notice),
        None => parse_document_exact(doc, file, stem),
    }
}

/// Like [`parse_document`], but always through serde-saphyr, so that every value of the
/// notice carries its exact position (`exact_positions`): for reporting a problem found
/// after parsing (a language missing from a text, a value too long for an SMS) where it is.
pub fn parse_document_exact(
    doc: &Document<'_>,
    file: &Arc<str>,
    stem: &str,
) -> Result<Notice, Vec<DataError>> {
    // YAML, or a JSON line: JSON is YAML, and the YAML reader gives every error its exact
    // position and field path.
    let mut cx = Cx {
        file: file.clone(),
        line_offset: doc.line_offset,
        errors: Vec::new(),
        src: doc.text,
    };
    let kind = match scan_kind(doc.text) {
        Some(kind) => kind,
        None => probe_kind(&mut cx, doc.text).ok_or_else(|| std::mem::take(&mut cx.errors))?,
    };
    if is_cancel(doc.text) {
        return cancellation(kind, doc, file, stem);
    }
    let default_id = format!("{stem}-{}", doc.index);
    let start = Position {
        line: doc.line_offset + 1,
        column: 1,
    };
    let notice = match kind {
        Kind::Outage => deserialize::<OutageDoc>(&mut cx, doc.text, kind)
            .and_then(|d| cx.outage(d, default_id, start)),
        Kind::Safety => deserialize::<SafetyDoc>(&mut cx, doc.text, kind)
            .and_then(|d| cx.safety(d, default_id, start)),
        Kind::Meeting => deserialize::<MeetingDoc>(&mut cx, doc.text, kind)
            .and_then(|d| cx.meeting(d, default_id, start)),
    };
    match notice {
        Some(n) if cx.errors.is_empty() => Ok(n),
        _ => {
            cx.errors.sort_by_key(|e| e.position);
            Err(cx.errors)
        }
    }
}

/// Whether the document says `status: cancel`: by a line scan, else (when the word is in the
/// text at all) by the parser. A document the parser cannot read is not one: the typed
/// reader then reports why.
fn is_cancel(text: &str) -> bool {
    let scanned = text.lines().find_map(|line| {
        let rest = line.strip_prefix("status:")?;
        Some(rest.split(" #").next().unwrap_or(rest).trim())
    });
    match scanned {
        Some("cancel") => true,
        _ if !text.contains("cancel") => false,
        _ => serde_saphyr::from_str_with_options::<StatusProbe>(text, yaml_options())
            .ok()
            .and_then(|p| p.status)
            .is_some_and(|s| s.trim() == "cancel"),
    }
}

/// Reads a cancellation of a built-in kind against the kind's definition, as a kind of a
/// kinds folder is read: only the fields the definition keeps for it
/// ([`crate::kind::Definition::in_cancel`]) besides the common ones, none of them required.
fn cancellation(
    kind: Kind,
    doc: &Document<'_>,
    file: &Arc<str>,
    stem: &str,
) -> Result<Notice, Vec<DataError>> {
    let Some(definition) = crate::kind::builtin::shared(kind.key()) else {
        return Err(vec![DataError {
            file: file.clone(),
            position: None,
            path: String::new(),
            kind: K::UnknownKind,
            message: format!("the built-in definition of `{}` cannot be read", kind.key()),
            help: None,
        }]);
    };
    let read = crate::kind::load_document(&[&definition], doc, file, stem)?;
    Ok(read.into_notice(definition))
}

/// Reads a document already made as a JSON value (a spreadsheet row) straight from the value,
/// without text: the notice when the value is a valid notice of a built-in kind. `None` for
/// anything else: a kind of a kinds folder, or a value with a problem — read the document's
/// JSON text with [`parse_document`] (or [`crate::Engine::parse_document`]) for the notice or
/// every error at its place. `doc` gives the document's number and line; its text is not read.
pub fn parse_value(
    value: serde_json::Value,
    doc: &Document<'_>,
    file: &Arc<str>,
    stem: &str,
) -> Option<Notice> {
    from_value(value, doc, file, stem)
}

/// The fast path for a valid notice in plain YAML ([`fast`](super::fast)); `None` for
/// anything else.
fn parse_plain(doc: &Document<'_>, file: &Arc<str>, stem: &str) -> Option<Notice> {
    let value = super::fast::parse(doc.text)?;
    from_value(value, doc, file, stem)
}

/// Validates a document already read into a JSON value; `None` on any problem, which the
/// exact path then reports.
fn from_value(
    value: serde_json::Value,
    doc: &Document<'_>,
    file: &Arc<str>,
    stem: &str,
) -> Option<Notice> {
    let kind = Kind::from_key(value.get("kind")?.as_str()?)?;
    validate_json(JsonSource::Value(value), kind, doc, file, stem)
}

/// The fast path for a JSON line that holds a valid notice; `None` for anything else.
fn parse_json(doc: &Document<'_>, file: &Arc<str>, stem: &str) -> Option<Notice> {
    let probe: KindProbe = without_positions(|| serde_json::from_str(doc.text).ok())?;
    let kind = Kind::from_key(probe.kind?.value.trim())?;
    validate_json(JsonSource::Text(doc.text), kind, doc, file, stem)
}

/// Where the fast paths read a notice from: JSON text, or a value the plain-YAML reader made.
enum JsonSource<'a> {
    Text(&'a str),
    Value(serde_json::Value),
}

impl JsonSource<'_> {
    fn read<T: serde::de::DeserializeOwned>(self) -> Option<T> {
        match self {
            JsonSource::Text(text) => serde_json::from_str(text).ok(),
            JsonSource::Value(value) => serde_json::from_value(value).ok(),
        }
    }
}

/// Reads a notice of `kind` from `source` without positions and validates it; `None` on any
/// problem, which the exact path then reports with positions.
fn validate_json(
    source: JsonSource<'_>,
    kind: Kind,
    doc: &Document<'_>,
    file: &Arc<str>,
    stem: &str,
) -> Option<Notice> {
    let mut cx = Cx {
        file: file.clone(),
        line_offset: doc.line_offset,
        errors: Vec::new(),
        src: doc.text,
    };
    let start = Position {
        line: doc.line_offset + 1,
        column: 1,
    };
    let default_id = format!("{stem}-{}", doc.index);
    let mut notice = without_positions(|| match kind {
        Kind::Outage => source.read().and_then(|d| cx.outage(d, default_id, start)),
        Kind::Safety => source.read().and_then(|d| cx.safety(d, default_id, start)),
        Kind::Meeting => source.read().and_then(|d| cx.meeting(d, default_id, start)),
    })?;
    notice.exact_positions = false;
    cx.errors.is_empty().then_some(notice)
}

/// Finds `kind: <value>` as a top-level key of a block mapping by a line scan; anything
/// less plain (quotes, flow style, a typo) is left to the parser.
fn scan_kind(text: &str) -> Option<Kind> {
    scanned_kinds(text).find_map(Kind::from_key)
}

/// The values of the lines `kind: <value>` of `text`, as [`scan_kind`] reads them.
pub(crate) fn scanned_kinds(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let rest = line.strip_prefix("kind:")?;
        Some(rest.split(" #").next().unwrap_or(rest).trim())
    })
}

fn yaml_options() -> serde_saphyr::Options {
    crate::limits::yaml_options()
}

/// Reads `kind` with the parser, for documents the line scan could not read.
fn probe_kind(cx: &mut Cx, text: &str) -> Option<Kind> {
    let probe: KindProbe = match serde_saphyr::from_str_with_options(text, yaml_options()) {
        Ok(p) => p,
        Err(e) => {
            let at = e.location().map(position);
            if let Some((kind, at, message, help)) = hostile::parser_problem(&e, text, at) {
                cx.push(at, "", kind, message, help);
                return None;
            }
            let inner = e.without_snippet();
            let not_a_map = matches!(inner, YamlError::SerdeInvalidType { .. })
                || bare_message(inner).contains("expected mapping");
            let (kind, message, help) = match inner {
                _ if not_a_map => (
                    K::NotAMapping,
                    "a notice must be a mapping of fields".to_string(),
                    Some("start the document with `kind: outage` (or safety, meeting) on a line of its own".to_string()),
                ),
                other => (K::Syntax, bare_message(other), None),
            };
            cx.push(at, "", kind, message, help);
            return None;
        }
    };
    let Some(found) = probe.kind else {
        cx.push(
            Some(Position { line: 1, column: 1 }),
            "kind",
            K::MissingKind,
            "this notice has no `kind`".into(),
            Some("add `kind: outage`, `kind: safety` or `kind: meeting`".into()),
        );
        return None;
    };
    let value = found.value.trim();
    if let Some(kind) = Kind::from_key(value) {
        return Some(kind);
    }
    let keys: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
    cx.push(
        Some(found.at),
        "kind",
        K::UnknownKind,
        format!("`{value}` is not a kind of notice"),
        Some(match closest(value, &keys) {
            Some(k) => format!("did you mean `{k}`?"),
            None => "write outage, safety or meeting".into(),
        }),
    );
    None
}

/// Whether a text-map key looks like a language tag (`en`, `gu-IN`, `mr_Deva`) rather than
/// words that a comma split off a text.
fn looks_like_tag(key: &str) -> bool {
    let mut parts = key.trim().split(['-', '_']);
    parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()))
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Explains a duplicate key inside a text map. When a comma split a text, the words after it
/// became a key; the same words in the next language's text make the same key again
/// (`{ hi-IN: एम एंड बीपी सभागार, इस्पात भवन, mr-IN: …, इस्पात भवन }`), which the parser
/// refuses before the map can be checked. `entries` are those read before the duplicate.
pub(crate) fn duplicate_in_text(
    cx: &mut Cx,
    entries: &[TextEntry],
    key: Option<&str>,
    at: Option<Position>,
    path: &str,
) {
    let key = key.unwrap_or_default();
    let path = path
        .strip_suffix('?')
        .map_or(path, |p| p.trim_end_matches('.'));
    let at = at.unwrap_or(Position { line: 1, column: 1 });
    let mut all = entries.to_vec();
    let lang = Lang::from_tag(key.trim()).is_some();
    if !lang {
        // The duplicate is one more key split off by a comma; its value was not read.
        all.push((
            Located {
                value: key.to_string(),
                at,
            },
            Located { value: None, at },
        ));
    }
    cx.stray_keys(&all, path);
    if lang {
        cx.push(
            Some(at),
            &join_path(path, key.trim()),
            K::DuplicateKey,
            format!("`{path}` gives {} twice", key.trim()),
            Some("keep one of the two".into()),
        );
    }
}

/// Deserializes a document into its kind's struct, turning a failure into a positioned error.
fn deserialize<T: for<'de> Deserialize<'de>>(cx: &mut Cx, text: &str, kind: Kind) -> Option<T> {
    super::text::take_failed_map();
    let mut path = String::new();
    let result =
        serde_saphyr::with_deserializer_from_str_with_options(text, yaml_options(), |de| {
            serde_path_to_error::deserialize(de).map_err(|e| {
                path = clean_path(&e.path().to_string());
                e.into_inner()
            })
        });
    match result {
        Ok(v) => Some(v),
        Err(e) => {
            let at = e.location().map(position);
            if let Some((k, at, message, help)) = hostile::parser_problem(&e, text, at) {
                cx.push(at, "", k, message, help);
                return None;
            }
            let failed_map = super::text::take_failed_map();
            if let (YamlError::DuplicateMappingKey { key, .. }, Some(entries)) =
                (e.without_snippet(), failed_map)
            {
                duplicate_in_text(cx, &entries, key.as_deref(), at, &path);
                return None;
            }
            let err = convert_yaml_error(&e, &path, kind);
            cx.push(at, &err.0, err.1, err.2, err.3);
            None
        }
    }
}

/// `areas.value[1].value` (the `value` steps come from the position wrapper) → `areas[1]`.
fn clean_path(raw: &str) -> String {
    if raw == "." || raw == "?" {
        return String::new();
    }
    raw.split('.')
        .filter(|seg| *seg != "value")
        .map(|seg| seg.strip_prefix("value").unwrap_or(seg))
        .fold(String::new(), |mut acc, seg| {
            if !acc.is_empty() && !seg.starts_with('[') {
                acc.push('.');
            }
            acc.push_str(seg);
            acc
        })
}

pub(crate) fn join_path(parent: &str, field: &str) -> String {
    if parent.is_empty() {
        field.to_string()
    } else {
        format!("{parent}.{field}")
    }
}

/// The message of a parser error without the " at line L, column C" it appends.
pub(crate) fn bare_message(e: &YamlError) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// How to write a field that is missing, by its name.
fn field_example(field: &str) -> Option<&'static str> {
    Some(match field {
        "issuer" => "issuer:\n  org: महावितरण",
        "org" => "org: महावितरण",
        "planned" => "planned: true",
        "reason" => "reason: maintenance",
        "areas" => "areas: [वाई, पसरणी]",
        "start" => "start: 2025-11-24T10:00",
        "hazard" => "hazard: monsoon",
        "title" => "title: ग्राहक संमेलन",
        "venue" => "venue: इस्पात भवन सभागार",
        "organizer" => "organizer: विपणन विभाग",
        "name" => "name: श्री. अ. ब. पाटील",
        "designation" => "designation: कार्यकारी अभियंता",
        "phone" => "phone: \"1912\"",
        _ => return None,
    })
}

type Converted = (String, K, String, Option<String>);

/// How to write a value of the right type, by the field it is for.
fn type_help(path: &str) -> Option<String> {
    let field = path.rsplit(['.', ']']).next().unwrap_or(path);
    let list_item = path.ends_with(']');
    let help = match field {
        _ if list_item => "write one text per item: a string, or { mr-IN: …, hi-IN: … }",
        "planned" => "write `planned: true` or `planned: false`",
        "consumers" => "write a whole number without commas: `consumers: 218000`",
        "areas" | "advice" | "agenda" => "write a list: `[वाई, पसरणी]`, or one `- item` per line",
        "contacts" => "write a list: `- { label: टोल-फ्री, phone: \"1912\" }`",
        "issuer" => "write a mapping: `issuer: { org: महावितरण }`",
        "signatory" | "chair" => "write a mapping: `{ name: …, designation: … }`",
        _ => "write a string, or { mr-IN: …, hi-IN: … } for text that differs by language",
    };
    Some(help.to_string())
}

/// "an outage notice" for the top level, else the path in backticks.
fn place(path: &str, kind: Kind) -> String {
    match (path.is_empty(), kind) {
        (false, _) => format!("`{path}`"),
        (true, Kind::Outage) => "an outage notice".into(),
        (true, Kind::Safety) => "a safety notice".into(),
        (true, Kind::Meeting) => "a meeting notice".into(),
    }
}

fn convert_yaml_error(e: &YamlError, path: &str, kind: Kind) -> Converted {
    let where_ = place(path, kind);
    match e.without_snippet() {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => {
            // The path already ends with the unknown field; name its parent.
            let parent = path
                .strip_suffix(field.as_str())
                .map_or(path, |p| p.trim_end_matches('.'));
            let where_ = place(parent, kind);
            let help = match closest(field, expected) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the fields here are: {}", expected.join(", ")),
            };
            (
                join_path(parent, field),
                K::UnknownField,
                format!("unknown field `{field}` in {where_}"),
                Some(help),
            )
        }
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let help = match closest(variant, expected) {
                Some(s) => format!("did you mean `{s}`? (allowed: {})", expected.join(", ")),
                None => format!("allowed: {}", expected.join(", ")),
            };
            (
                path.to_string(),
                K::UnknownValue,
                format!("`{variant}` is not a valid value of `{path}`"),
                Some(help),
            )
        }
        YamlError::SerdeMissingField { field, .. } => (
            join_path(path, field),
            K::MissingField,
            format!("`{}` is missing", join_path(path, field)),
            field_example(field).map(|ex| format!("add `{ex}`")),
        ),
        YamlError::DuplicateMappingKey { .. } => (
            path.to_string(),
            K::DuplicateKey,
            format!("a key appears twice in {where_}"),
            Some("keep one of the two lines".into()),
        ),
        YamlError::SerdeInvalidType { .. } | YamlError::SerdeInvalidValue { .. } => (
            path.to_string(),
            K::WrongType,
            format!(
                "`{}`: {}",
                if path.is_empty() { "document" } else { path },
                bare_message(e)
            ),
            type_help(path),
        ),
        other => {
            let msg = bare_message(other);
            let wrong_type = [
                "invalid u64",
                "invalid bool",
                "expected string scalar",
                "expected sequence",
                "invalid type",
            ]
            .iter()
            .any(|m| msg.contains(m));
            let (k, help) = if wrong_type {
                (K::WrongType, type_help(path))
            } else {
                (K::Syntax, None)
            };
            let label = if path.is_empty() {
                String::new()
            } else {
                format!("`{path}`: ")
            };
            (path.to_string(), k, format!("{label}{msg}"), help)
        }
    }
}

/// Validation state of one document: where it starts and the errors found so far.
pub(crate) struct Cx<'a> {
    pub(crate) file: Arc<str>,
    pub(crate) line_offset: u32,
    pub(crate) errors: Vec<DataError>,
    /// The document's text, to point at an unwanted character inside a value.
    pub(crate) src: &'a str,
}

impl Cx<'_> {
    pub(crate) fn push(
        &mut self,
        at: Option<Position>,
        path: &str,
        kind: K,
        message: String,
        help: Option<String>,
    ) {
        self.errors.push(DataError {
            file: self.file.clone(),
            position: at.map(|p| Position {
                line: p.line + self.line_offset,
                column: p.column,
            }),
            path: path.to_string(),
            kind,
            message,
            help,
        });
    }

    pub(crate) fn pos(&self, at: Position) -> Position {
        Position {
            line: at.line + self.line_offset,
            column: at.column,
        }
    }

    /// A text value: non-empty, NFC, language keys that name shipped languages once each.
    pub(crate) fn text(&mut self, raw: &LText, path: &str) -> Option<Field> {
        let text = match &raw.value {
            RawText::Same(s) => Text::same(self.string(s, raw.at, path)?),
            RawText::PerLang(entries) => {
                let mut texts: Vec<(Lang, Option<String>)> = Vec::new();
                if entries.is_empty() {
                    self.push(
                        Some(raw.at),
                        path,
                        K::EmptyText,
                        format!("`{path}` is an empty map"),
                        Some("write a string, or `{ mr-IN: …, hi-IN: … }`".into()),
                    );
                    return None;
                }
                self.stray_keys(entries, path);
                for (key, value) in entries {
                    let Some(lang) = Lang::from_tag(key.value.trim()) else {
                        continue; // reported by `stray_keys`
                    };
                    let sub = join_path(path, lang.tag());
                    if texts.iter().any(|(l, _)| *l == lang) {
                        self.push(
                            Some(key.at),
                            &sub,
                            K::DuplicateLanguage,
                            format!("`{path}` gives {} twice", lang.tag()),
                            Some("keep one of the two".into()),
                        );
                        continue;
                    }
                    let text = self.string(value.value.as_deref().unwrap_or(""), value.at, &sub);
                    texts.push((lang, text));
                }
                if texts.iter().all(|(_, t)| t.is_none()) {
                    return None;
                }
                Text::per_lang(texts.into_iter().filter_map(|(l, t)| Some((l, t?))))
            }
        };
        Some(Field {
            text,
            path: path.to_string(),
            at: Some(self.pos(raw.at)),
        })
    }

    /// Reports the keys of the text map at `path` that are not languages. Most come from a
    /// comma inside `{ }`, which ends a value: `{ hi-IN: एम एंड बीपी सभागार, इस्पात भवन }` is
    /// `hi-IN` and a key `इस्पात भवन` without a value. The keys that follow a language's text
    /// that way are reported once, at the first, with that language's line as it was meant.
    fn stray_keys(&mut self, entries: &[TextEntry], path: &str) {
        // The language entry the stray keys since it follow, and those keys.
        let mut anchor: Option<&TextEntry> = None;
        let mut group: Vec<&TextEntry> = Vec::new();
        for entry in entries {
            let (key, value) = entry;
            if Lang::from_tag(key.value.trim()).is_some() {
                self.comma_group(anchor, &group, path);
                group.clear();
                anchor = value.value.as_ref().map(|_| entry);
                continue;
            }
            let split_off = value.value.is_none() || !looks_like_tag(&key.value);
            if split_off && anchor.is_some() {
                group.push(entry);
                continue;
            }
            self.comma_group(anchor, &group, path);
            group.clear();
            anchor = None;
            let help = if split_off {
                "inside { } a comma ends a value: write the text without { } (in quotes if it holds a comma), or one text per language: { mr-IN: …, hi-IN: … }".to_string()
            } else {
                language_help()
            };
            self.push(
                Some(key.at),
                &join_path(path, &key.value),
                K::UnknownLanguage,
                format!("`{}` in `{path}` is not a shipped language", key.value),
                Some(help),
            );
        }
        self.comma_group(anchor, &group, path);
    }

    /// Reports the keys in `group`, split off the text of `anchor` by commas, at the first.
    fn comma_group(&mut self, anchor: Option<&TextEntry>, group: &[&TextEntry], path: &str) {
        let (Some((tag, text)), Some((first, _))) = (anchor, group.first()) else {
            return;
        };
        let mut whole = text.value.clone().unwrap_or_default();
        for (key, value) in group {
            whole.push_str(", ");
            whole.push_str(&key.value);
            if let Some(v) = &value.value {
                whole.push_str(": ");
                whole.push_str(v);
            }
        }
        let quoted = whole.replace('\\', "\\\\").replace('"', "\\\"");
        let tag = tag.value.trim();
        self.push(
            Some(first.at),
            &join_path(path, &first.value),
            K::UnknownLanguage,
            format!(
                "`{}` in `{path}` is not a language: the comma before it ended the {tag} text",
                first.value
            ),
            Some(format!(
                "a comma inside {{ }} ends a value; quote the text: {tag}: \"{quoted}\""
            )),
        );
    }

    pub(crate) fn string(&mut self, s: &str, at: Position, path: &str) -> Option<String> {
        let t = s.trim();
        if t.is_empty() {
            self.push(
                Some(at),
                path,
                K::EmptyText,
                format!("`{path}` is empty"),
                Some("write the text, or leave the field out if it is optional".into()),
            );
            return None;
        }
        if let Some(p) = hostile::check_text(t, at, path, self.src) {
            self.push(Some(p.at), path, p.kind, p.message, p.help);
            return None;
        }
        Some(nfc(t).into_owned())
    }

    fn texts(&mut self, raw: Option<&Located<Vec<LText>>>, path: &str) -> Vec<Field> {
        raw.map(|list| {
            self.list_limit(list, |t| t.at, path);
            list.value
                .iter()
                .take(crate::limits::MAX_LIST_ITEMS)
                .enumerate()
                .filter_map(|(i, t)| self.text(t, &format!("{path}[{i}]")))
                .collect()
        })
        .unwrap_or_default()
    }

    /// Reports a list longer than the limit, at its first item over it.
    pub(crate) fn list_limit<T>(
        &mut self,
        list: &Located<Vec<T>>,
        at: fn(&T) -> Position,
        path: &str,
    ) {
        let extra = list.value.get(crate::limits::MAX_LIST_ITEMS).map(at);
        if let Some(p) = hostile::check_list(list.value.len(), list.at, extra, path) {
            self.push(Some(p.at), path, p.kind, p.message, p.help);
        }
    }

    pub(crate) fn person(&mut self, raw: &Located<RawPerson>, path: &str) -> Option<Person> {
        let name = self.text(&raw.value.name, &join_path(path, "name"));
        let designation = self.text(&raw.value.designation, &join_path(path, "designation"));
        Some(Person {
            name: name?,
            designation: designation?,
        })
    }

    pub(crate) fn phone(&mut self, raw: &Located<String>, path: &str) -> Option<String> {
        let p = raw.value.trim();
        let ok = !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-'))
            && p.chars().any(|c| c.is_ascii_digit());
        if !ok {
            self.push(
                Some(raw.at),
                path,
                K::InvalidPhone,
                format!("`{path}`: `{p}` is not a phone number"),
                Some("use digits, spaces, + and - only, in quotes: \"1800-212-3435\"".into()),
            );
            return None;
        }
        Some(p.to_string())
    }

    pub(crate) fn date(&mut self, raw: &Located<String>, path: &str) -> Option<super::Date> {
        let d = datetime::parse_date(raw.value.trim());
        if d.is_none() {
            self.push(
                Some(raw.at),
                path,
                K::InvalidDate,
                format!("`{path}`: `{}` is not a date", raw.value),
                Some(
                    datetime::date_help(&raw.value)
                        .unwrap_or_else(|| "write YYYY-MM-DD, e.g. 2025-11-22".into()),
                ),
            );
        }
        d
    }

    pub(crate) fn datetime(&mut self, raw: &Located<String>, path: &str) -> Option<DateTime> {
        let d = datetime::parse_datetime(raw.value.trim());
        if d.is_none() {
            self.push(Some(raw.at), path, K::InvalidDateTime,
                format!("`{path}`: `{}` is not a date and time", raw.value),
                Some(datetime::datetime_help(&raw.value).unwrap_or_else(|| "write YYYY-MM-DDTHH:MM in IST, e.g. 2025-11-24T10:00, or add an offset: 2025-11-24T04:30+00:00".into())));
        }
        d
    }

    /// An id (`id`, `supersedes`): 1–100 of `a-z 0-9 . _ -`; a bad one is reported and
    /// returned as written.
    pub(crate) fn id(&mut self, raw: &Located<String>, path: &str) -> String {
        let v = raw.value.trim();
        let ok = (1..=100).contains(&v.len())
            && v.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
            });
        if !ok {
            self.push(Some(raw.at), path, K::InvalidId, format!("`{path}`: `{v}` is not a valid id"),
                Some("use 1–100 characters from a-z 0-9 . _ -, not starting with `.` (it names output files), e.g. wai-2025-11-24".into()));
        }
        v.to_string()
    }

    /// The notice's status from `status`, `supersedes` and `change` as written, checked
    /// together ([`super::status::resolve`]); `None` after reporting a problem.
    pub(crate) fn status(
        &mut self,
        written: Option<Located<super::status::Written>>,
        supersedes: Option<(String, Position)>,
        change: Option<Field>,
        id: &str,
    ) -> Option<super::Status> {
        match super::status::resolve(written.map(|w| (w.value, w.at)), supersedes, change, id) {
            Ok(mut status) => {
                // Kept for reporting across documents, where the line is the file's.
                if let super::Status::Update(s) | super::Status::Cancel(s) = &mut status {
                    s.at = s.at.map(|at| self.pos(at));
                }
                Some(status)
            }
            Err(p) => {
                self.push(p.at, p.path, p.kind, p.message, Some(p.help));
                None
            }
        }
    }

    /// Checks that `end` is after `start`; both already parsed.
    fn end_after(
        &mut self,
        start: Option<DateTime>,
        end: Option<DateTime>,
        raw_start: &Located<String>,
        raw_end: Option<&Located<String>>,
    ) {
        if let (Some(s), Some(e), Some(raw)) = (start, end, raw_end)
            && e.minutes() <= s.minutes()
        {
            self.push(Some(raw.at), "end", K::EndNotAfterStart,
                format!("`end` ({}) is not after `start` ({})", raw.value.trim(), raw_start.value.trim()),
                Some("the end must be later than the start; check the date and the hour (24-hour clock: 2 pm is 14:00)".into()));
        }
    }

    /// `details` must be present exactly when the enum value is `other`.
    fn details(
        &mut self,
        raw: Option<&LText>,
        is_other: bool,
        enum_field: &str,
        enum_at: Position,
    ) -> Option<Field> {
        match (raw, is_other) {
            (Some(d), true) => self.text(d, "details"),
            (None, true) => {
                self.push(
                    Some(enum_at),
                    "details",
                    K::MissingDetails,
                    format!("`{enum_field}: other` needs `details` saying what it is"),
                    Some("add `details: …` describing it, or choose a listed value".into()),
                );
                None
            }
            (Some(d), false) => {
                self.push(
                    Some(d.at),
                    "details",
                    K::UnusedDetails,
                    format!("`details` is printed only when `{enum_field}` is `other`"),
                    Some(format!("remove `details`, or set `{enum_field}: other`")),
                );
                None
            }
            (None, false) => None,
        }
    }

    /// The fields every notice has.
    #[allow(clippy::too_many_arguments)]
    fn header(
        &mut self,
        id: Option<&Located<String>>,
        issued: Option<&Located<String>>,
        reference: Option<&Located<String>>,
        issuer: &Located<RawIssuer>,
        contacts: Option<&Located<Vec<Located<RawContact>>>>,
        follow_up: FollowUp<'_>,
        default_id: String,
    ) -> Option<Header> {
        let id = match id {
            Some(raw) => self.id(raw, "id"),
            None => default_id,
        };
        let issued = issued.and_then(|d| self.date(d, "issued"));
        let reference = reference.and_then(|r| self.string(&r.value, r.at, "reference"));
        let org = self.text(&issuer.value.org, "issuer.org");
        let office = issuer
            .value
            .office
            .as_ref()
            .and_then(|o| self.text(o, "issuer.office"));
        let signatory = issuer
            .value
            .signatory
            .as_ref()
            .and_then(|s| self.person(s, "issuer.signatory"));
        let contacts = contacts
            .map(|list| {
                self.list_limit(list, |c| c.at, "contacts");
                list.value
                    .iter()
                    .take(crate::limits::MAX_LIST_ITEMS)
                    .enumerate()
                    .filter_map(|(i, c)| {
                        let path = format!("contacts[{i}]");
                        let label = c
                            .value
                            .label
                            .as_ref()
                            .and_then(|l| self.text(l, &join_path(&path, "label")));
                        let phone = self.phone(&c.value.phone, &join_path(&path, "phone"))?;
                        Some(Contact { label, phone })
                    })
                    .collect()
            })
            .unwrap_or_default();
        // A cancellation is read against its kind's definition before a typed document is
        // tried; one here came through a fast path, which leaves it to that reader.
        let written = match follow_up.status.map(|s| (s.value, s.at)) {
            Some((RawStatus::Cancel, at)) => {
                self.push(
                    Some(at),
                    "status",
                    K::WrongType,
                    "a cancellation is read on its own".into(),
                    None,
                );
                return None;
            }
            Some((RawStatus::Update, at)) => Some(Located {
                value: Written::Update(None),
                at,
            }),
            Some((RawStatus::Postponed, at)) => Some(Located {
                value: Written::Update(Some(super::Revision::Postponed)),
                at,
            }),
            Some((RawStatus::Extended, at)) => Some(Located {
                value: Written::Update(Some(super::Revision::Extended)),
                at,
            }),
            Some((RawStatus::Actual, at)) => Some(Located {
                value: Written::Actual,
                at,
            }),
            None => None,
        };
        let change = follow_up.change.and_then(|c| self.text(c, "change"));
        let supersedes = follow_up
            .supersedes
            .map(|raw| (self.id(raw, "supersedes"), raw.at));
        let status = self.status(written, supersedes, change, &id);
        Some(Header {
            status: status?,
            id,
            issued,
            reference,
            issuer: Issuer {
                org: org?,
                office,
                signatory,
            },
            contacts,
        })
    }

    fn finish(&self, header: Header, body: Body, at: Position) -> Notice {
        Notice {
            file: self.file.clone(),
            at,
            id: header.id,
            issued: header.issued,
            reference: header.reference,
            issuer: header.issuer,
            contacts: header.contacts,
            body,
            status: header.status,
            exact_positions: true,
        }
    }

    fn outage(&mut self, d: OutageDoc, default_id: String, at: Position) -> Option<Notice> {
        let header = self.header(
            d.id.as_ref(),
            d.issued.as_ref(),
            d.reference.as_ref(),
            &d.issuer,
            d.contacts.as_ref(),
            FollowUp {
                status: d.status.as_ref(),
                supersedes: d.supersedes.as_ref(),
                change: d.change.as_ref(),
            },
            default_id,
        );
        let reason = d.reason.value;
        let details = self.details(
            d.details.as_ref(),
            reason == Reason::Other,
            "reason",
            d.reason.at,
        );
        if d.areas.value.is_empty() {
            self.push(
                Some(d.areas.at),
                "areas",
                K::EmptyList,
                "`areas` is empty".into(),
                Some("name at least one locality, village or feeder: areas: [वाई]".into()),
            );
        }
        let areas = self.texts(Some(&d.areas), "areas");
        let start = self.datetime(&d.start, "start");
        let end = d.end.as_ref().and_then(|e| self.datetime(e, "end"));
        if d.planned.value && d.end.is_none() {
            self.push(
                Some(d.planned.at),
                "end",
                K::MissingField,
                "a planned outage needs `end`, the expected restoration".into(),
                Some("add `end: 2025-11-24T14:00`, or set `planned: false`".into()),
            );
        }
        self.end_after(start, end, &d.start, d.end.as_ref());
        // The definition says which outages can be postponed (`postponable-if: { planned:
        // true }`), as the generic reader checks it.
        if let (Some(h), Some(status)) = (&header, &d.status)
            && h.status.revision() == Some(super::Revision::Postponed)
            && let Some(def) = crate::kind::builtin::shared(Kind::Outage.key())
            && let Some(cond) = def.postponable_if.as_ref().filter(|c| c.field == "planned")
            && !cond
                .equals
                .holds_for(if d.planned.value { "yes" } else { "no" })
        {
            let p = super::status::not_postponable(Kind::Outage.key(), cond, status.at);
            self.push(p.at, p.path, p.kind, p.message, Some(p.help));
        }
        let body = Outage {
            planned: d.planned.value,
            reason,
            details,
            areas,
            start: start?,
            end,
            consumers: d.consumers.map(|c| c.value),
        };
        Some(self.finish(header?, Body::Outage(body), at))
    }

    fn safety(&mut self, d: SafetyDoc, default_id: String, at: Position) -> Option<Notice> {
        let header = self.header(
            d.id.as_ref(),
            d.issued.as_ref(),
            d.reference.as_ref(),
            &d.issuer,
            d.contacts.as_ref(),
            FollowUp {
                status: d.status.as_ref(),
                supersedes: d.supersedes.as_ref(),
                change: d.change.as_ref(),
            },
            default_id,
        );
        let hazard = d.hazard.value;
        let details = self.details(
            d.details.as_ref(),
            hazard == Hazard::Other,
            "hazard",
            d.hazard.at,
        );
        let advice = self.texts(d.advice.as_ref(), "advice");
        let areas = self.texts(d.areas.as_ref(), "areas");
        let valid_until = d
            .valid_until
            .as_ref()
            .and_then(|v| self.date(v, "valid_until"));
        let report_phone = d
            .report_phone
            .as_ref()
            .and_then(|p| self.phone(p, "report_phone"));
        let body = Safety {
            hazard,
            details,
            advice,
            areas,
            valid_until,
            report_phone,
        };
        Some(self.finish(header?, Body::Safety(body), at))
    }

    fn meeting(&mut self, d: MeetingDoc, default_id: String, at: Position) -> Option<Notice> {
        let header = self.header(
            d.id.as_ref(),
            d.issued.as_ref(),
            d.reference.as_ref(),
            &d.issuer,
            d.contacts.as_ref(),
            FollowUp {
                status: d.status.as_ref(),
                supersedes: d.supersedes.as_ref(),
                change: d.change.as_ref(),
            },
            default_id,
        );
        let title = self.text(&d.title, "title");
        let start = self.datetime(&d.start, "start");
        let end = d.end.as_ref().and_then(|e| self.datetime(e, "end"));
        self.end_after(start, end, &d.start, d.end.as_ref());
        let venue = self.text(&d.venue, "venue");
        let organizer = self.text(&d.organizer, "organizer");
        let chair = d.chair.as_ref().and_then(|c| self.person(c, "chair"));
        let agenda = self.texts(d.agenda.as_ref(), "agenda");
        let audience = d.audience.as_ref().and_then(|a| self.text(a, "audience"));
        let rsvp_phone = d
            .rsvp_phone
            .as_ref()
            .and_then(|p| self.phone(p, "rsvp_phone"));
        let body = Meeting {
            title: title?,
            start: start?,
            end,
            venue: venue?,
            organizer: organizer?,
            chair,
            agenda,
            audience,
            rsvp_phone,
        };
        Some(self.finish(header?, Body::Meeting(body), at))
    }
}

/// `status`, `supersedes` and `change` as a typed document writes them.
struct FollowUp<'a> {
    status: Option<&'a Located<RawStatus>>,
    supersedes: Option<&'a Located<String>>,
    change: Option<&'a LText>,
}

struct Header {
    status: super::Status,
    id: String,
    issued: Option<super::Date>,
    reference: Option<String>,
    issuer: Issuer,
    contacts: Vec<Contact>,
}

/// How to name each registered language in a text map: `use mr-IN (or mr) for Marathi, hi-IN
/// (or hi) for Hindi or en-IN (or en) for English`.
fn language_help() -> String {
    let each = Lang::listed(|l| format!("{} (or {}) for {}", l.tag(), l.code(), l.name()));
    format!("use {each}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_markers_only() {
        let src = "# leading comment\n---\nkind: outage\n---   \nkind: safety\ntext: |\n  --- not a marker\n...\n\n---\n# only a comment\n--- {kind: meeting}\n";
        let docs = split_documents(src);
        assert_eq!(docs.len(), 3);
        assert_eq!((docs[0].index, docs[0].line_offset), (1, 1));
        assert_eq!(docs[0].text, "---\nkind: outage\n");
        assert_eq!((docs[1].index, docs[1].line_offset), (2, 3));
        assert!(docs[1].text.contains("  --- not a marker"));
        assert_eq!((docs[2].index, docs[2].line_offset), (3, 11));
    }

    #[test]
    fn document_without_marker_is_one_document() {
        let docs = split_documents("\u{feff}kind: outage\n");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].line_offset, 0);
    }

    #[test]
    fn paths_lose_wrapper_steps() {
        assert_eq!(clean_path("areas.value[1].value"), "areas[1]");
        assert_eq!(clean_path("issuer.value.office.value"), "issuer.office");
        assert_eq!(
            clean_path("contacts.value[0].value.phone.value"),
            "contacts[0].phone"
        );
        assert_eq!(clean_path("."), "");
    }

    #[test]
    fn ids_default_to_the_stem() {
        assert_eq!(id_stem("examples/Outage Wai.yaml"), "outage-wai");
        assert_eq!(id_stem("-"), "notice");
        assert_eq!(id_stem("सूचना.yaml"), "notice");
    }
}
