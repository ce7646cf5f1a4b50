//! Reading a notice against a [`Definition`]: the document is read once into a positioned
//! tree, checked for its shape the way serde checks a struct (the first unknown field, wrong
//! type, unknown value or missing field ends the reading, as it does for the built-in
//! kinds), then every value is validated with the notice module's own checks, collecting
//! every error of the document.

use std::sync::Arc;

use serde_saphyr::Error as YamlError;

use super::definition::{Definition, FieldDef};
use super::rules::{Condition, ConditionValue, Rule};
use super::tree::{self, Entry, Node, Value as Tree};
use super::types::FieldType;
use super::value::{FieldValue, KindNotice, Span, SpanKind, Value};
use crate::error::{DataError, DataErrorKind as K, Position};
use crate::notice::load::{Cx, bare_message, duplicate_in_text, join_path};
use crate::notice::located::{Located, position};
use crate::notice::raw::{LText, RawPerson};
use crate::notice::status::Written;
use crate::notice::suggest::closest;
use crate::notice::text::{RawText, TextEntry};
use crate::notice::{Contact, Document, Field, Issuer};

/// Reads one document (`text`, the whole of `file`) as a notice of `definition`.
pub fn load(definition: &Definition, text: &str, file: &str) -> Result<KindNotice, Vec<DataError>> {
    let file: Arc<str> = Arc::from(file);
    let doc = Document {
        index: 1,
        line_offset: 0,
        text: text.strip_prefix('\u{feff}').unwrap_or(text),
        format: crate::notice::InputFormat::Yaml,
    };
    let stem = crate::notice::id_stem(&file);
    load_document(&[definition], &doc, &file, &stem)
}

/// Reads one document of `file` (whose default ids start with `stem`) as a notice of the
/// definition its `kind` names among `definitions`: every error, sorted by position, or the
/// notice.
pub fn load_document(
    definitions: &[&Definition],
    doc: &Document<'_>,
    file: &Arc<str>,
    stem: &str,
) -> Result<KindNotice, Vec<DataError>> {
    let mut cx = Cx {
        file: file.clone(),
        line_offset: doc.line_offset,
        errors: Vec::new(),
        src: doc.text,
    };
    let root =
        read(&mut cx, definitions, doc.text).ok_or_else(|| std::mem::take(&mut cx.errors))?;
    let Some(def) = choose(&mut cx, definitions, &root, doc.text) else {
        return Err(cx.errors);
    };
    // A cancellation holds only the fields its kind marks for it (`Definition::in_cancel`).
    let cancel = root.value.as_map().is_some_and(|entries| {
        tree::get(entries, "status").is_some_and(|(_, v)| choice(v).as_deref() == Some("cancel"))
    });
    let kept = if cancel {
        def.in_cancel().iter().map(|f| f.name.clone()).collect()
    } else {
        Vec::new()
    };
    let mut walk = Walk {
        cx,
        def,
        cancel,
        kept,
    };
    if let Some(e) = walk.shape(&root) {
        walk.cx.push(Some(e.at), &e.path, e.kind, e.message, e.help);
        return Err(walk.cx.errors);
    }
    let start = Position {
        line: doc.line_offset + 1,
        column: 1,
    };
    let default_id = format!("{stem}-{}", doc.index);
    let notice = walk.values(&root, default_id, start);
    let mut errors = walk.cx.errors;
    match notice {
        Some(n) if errors.is_empty() => Ok(n),
        _ => {
            if errors.is_empty() {
                // Every refusal above reports why; this keeps a refusal from ever being silent.
                errors.push(DataError {
                    file: file.clone(),
                    position: Some(start),
                    path: String::new(),
                    kind: K::WrongType,
                    message: format!("this {} notice could not be read", def.kind),
                    help: None,
                });
            }
            errors.sort_by_key(|e| e.position);
            Err(errors)
        }
    }
}

/// Reads the document into a tree; a parser error becomes the one error of the document.
fn read(cx: &mut Cx, definitions: &[&Definition], text: &str) -> Option<Node> {
    let failure = match tree::parse(text) {
        Ok(root) => return Some(root),
        Err(f) => f,
    };
    let e = &failure.error;
    let at = e.location().map(position);
    if let Some((k, at, message, help)) = crate::notice::hostile::parser_problem(e, text, at) {
        cx.push(at, "", k, message, help);
        return None;
    }
    let failed = tree::take_failed_map();
    if let YamlError::DuplicateMappingKey { key, .. } = e.without_snippet() {
        let path = failure.path.as_str();
        // The parser stopped before `kind` could be read from the tree: find it by its line.
        let def = scan_kind(definitions, text);
        // A key twice in a text map: most often a comma split the text.
        if let Some(entries) = failed.filter(|_| def.is_some_and(|d| is_text_path(d, path))) {
            let entries: Vec<TextEntry> = entries.iter().map(|e| text_entry(text, e)).collect();
            duplicate_in_text(cx, &entries, key.as_deref(), at, path);
            return None;
        }
        let where_ = match def {
            Some(def) => place(path, &def.kind),
            None if path.is_empty() => "the notice".to_string(),
            None => format!("`{path}`"),
        };
        cx.push(
            at,
            path,
            K::DuplicateKey,
            format!("a key appears twice in {where_}"),
            Some("keep one of the two lines".into()),
        );
        return None;
    }
    let label = if failure.path.is_empty() {
        String::new()
    } else {
        format!("`{}`: ", failure.path)
    };
    cx.push(
        at,
        &failure.path,
        K::Syntax,
        format!("{label}{}", bare_message(e.without_snippet())),
        None,
    );
    None
}

/// The definition a plain `kind: <name>` line names, found by a line scan as the built-in
/// loader finds it (anything less plain is left to the parser).
fn scan_kind<'d>(definitions: &[&'d Definition], text: &str) -> Option<&'d Definition> {
    text.lines().find_map(|line| {
        let rest = line.strip_prefix("kind:")?;
        let value = rest.split(" #").next().unwrap_or(rest).trim();
        definitions.iter().copied().find(|d| d.kind == value)
    })
}

/// Whether `path` (`venue`, `areas[1]`, `issuer.office`) is a text of `def`.
fn is_text_path(def: &Definition, path: &str) -> bool {
    let top = path.split(['.', '[']).next().unwrap_or(path);
    let rest = &path[top.len()..];
    // `[3]` → `[]`, so that list items compare as one.
    let shape: String = rest
        .split('[')
        .map(|part| part.trim_start_matches(|c: char| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join("[");
    def.field_for_key(top).is_some_and(|f| match f.ty {
        FieldType::Text => shape.is_empty(),
        FieldType::TextList => shape == "[]",
        FieldType::Person => matches!(shape.as_str(), ".name" | ".designation"),
        FieldType::Issuer => matches!(
            shape.as_str(),
            ".org" | ".office" | ".signatory.name" | ".signatory.designation"
        ),
        FieldType::Contacts => shape == "[].label",
        _ => false,
    })
}

/// A mapping entry as the text checks take it.
fn text_entry(src: &str, (key, value): &Entry) -> TextEntry {
    (
        Located {
            value: key.value.as_text().unwrap_or_default(),
            at: key.at,
        },
        Located {
            value: scalar(src, value).map(|s| s.value),
            at: value.at,
        },
    )
}

/// The definition the document's `kind` names.
fn choose<'d>(
    cx: &mut Cx,
    definitions: &[&'d Definition],
    root: &Node,
    doc_text: &str,
) -> Option<&'d Definition> {
    let Some(entries) = root.value.as_map() else {
        cx.push(
            Some(root.at),
            "",
            K::NotAMapping,
            "a notice must be a mapping of fields".into(),
            Some(format!(
                "start the document with `kind: {}` on a line of its own",
                match names(definitions).split_first() {
                    Some((first, [])) => first.to_string(),
                    Some((first, rest)) => format!("{first}` (or {})", rest.join(", ")),
                    None => "…`".into(),
                }
            )),
        );
        return None;
    };
    // Like the built-in loader, take the kind from a plain `kind: <name>` line when there is
    // one: the shape check then reads the fields in order, `kind` among them.
    if let Some(def) = scan_kind(definitions, doc_text) {
        return Some(def);
    }
    // A key that is no name (`? [a]`) is refused before the kind is looked for, as the
    // parser refuses it while reading the kind.
    if let Some((key, _)) = entries.iter().find(|(k, _)| !is_scalar(k)) {
        cx.push(
            Some(key.at),
            "",
            K::WrongType,
            format!(
                "a key of a notice must be a name, not {}",
                key.value.describe()
            ),
            Some("write `name: value`, the name a plain word".into()),
        );
        return None;
    }
    let Some((_, kind)) =
        tree::get(entries, "kind").filter(|(_, v)| !matches!(v.value, Tree::Null))
    else {
        cx.push(
            Some(Position { line: 1, column: 1 }),
            "kind",
            K::MissingKind,
            "this notice has no `kind`".into(),
            Some(format!("add {}", alternatives(definitions))),
        );
        return None;
    };
    let Some(written) = kind.value.as_text() else {
        cx.push(
            Some(kind.at),
            "kind",
            K::WrongType,
            format!("`kind` must be a name, not {}", kind.value.describe()),
            Some(format!("write {}", alternatives(definitions))),
        );
        return None;
    };
    let value = written.trim();
    if let Some(d) = definitions.iter().find(|d| d.kind == value) {
        return Some(d);
    }
    let keys = names(definitions);
    cx.push(
        Some(kind.at),
        "kind",
        K::UnknownKind,
        format!("`{value}` is not a kind of notice"),
        Some(match closest(value, &keys) {
            Some(k) => format!("did you mean `{k}`?"),
            None => format!("write {}", keys.join(", ")),
        }),
    );
    None
}

fn names<'d>(definitions: &[&'d Definition]) -> Vec<&'d str> {
    definitions.iter().map(|d| d.kind.as_str()).collect()
}

/// "`kind: outage`, `kind: safety` or `kind: meeting`".
fn alternatives(definitions: &[&Definition]) -> String {
    let all: Vec<String> = definitions
        .iter()
        .map(|d| format!("`kind: {}`", d.kind))
        .collect();
    match all.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => "`kind: …`".into(),
    }
}

/// A shape error: the first one ends the reading, as serde's does.
struct Shape {
    at: Position,
    path: String,
    kind: K,
    message: String,
    help: Option<String>,
}

struct Walk<'a, 'd> {
    cx: Cx<'a>,
    def: &'d Definition,
    /// Whether the notice is a cancellation (`status: cancel`).
    cancel: bool,
    /// For a cancellation, the names of the kind's fields it may give.
    kept: Vec<String>,
}

/// "an outage notice", "a water-supply notice".
fn place(path: &str, kind: &str) -> String {
    if !path.is_empty() {
        return format!("`{path}`");
    }
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {kind} notice")
}

fn wrong_type(node: &Node, path: &str, expected: &str, help: &str) -> Shape {
    Shape {
        at: node.at,
        path: path.to_string(),
        kind: K::WrongType,
        message: format!(
            "`{path}`: expected {expected}, found {}",
            node.value.describe()
        ),
        help: Some(help.to_string()),
    }
}

/// Whether a node is a scalar other than null, which a string field takes as it is written.
fn is_scalar(node: &Node) -> bool {
    matches!(
        node.value,
        Tree::Str(_) | Tree::Unsigned(_) | Tree::Signed(_) | Tree::Float | Tree::Bool(_)
    )
}

/// A scalar read as a string, the way serde reads a `String` field: as it is written
/// (`0912`, `1.50`, `y`), found at its position in the document `src`.
fn scalar(src: &str, node: &Node) -> Option<Located<String>> {
    let value = match &node.value {
        Tree::Str(s) => s.clone(),
        _ if is_scalar(node) => written(src, node.at).unwrap_or_else(|| match &node.value {
            Tree::Bool(b) => b.to_string(),
            other => other.as_text().unwrap_or_default(),
        }),
        _ => return None,
    };
    Some(Located { value, at: node.at })
}

/// The plain scalar written at `at` in `src`: up to a flow indicator, a comment or the end of
/// the line. `None` for an alias, anchor or tag, whose text is not the value.
fn written(src: &str, at: Position) -> Option<String> {
    let line = src
        .lines()
        .nth(usize::try_from(at.line).ok()?.checked_sub(1)?)?;
    let rest: String = line
        .chars()
        .skip(usize::try_from(at.column).ok()?.checked_sub(1)?)
        .collect();
    if rest.starts_with(['*', '&', '!', '"', '\'', '|', '>']) {
        return None;
    }
    let end = rest.find([',', ']', '}']).unwrap_or(rest.len());
    let end = rest[..end].find(" #").unwrap_or(end);
    let text = rest[..end].trim_end();
    (!text.is_empty()).then(|| text.to_string())
}

impl Walk<'_, '_> {
    fn unknown_field(&self, key: &Node, parent: &str, expected: &[&str]) -> Shape {
        let field = key.value.as_text().unwrap_or_default();
        let help = match closest(&field, expected) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("the fields here are: {}", expected.join(", ")),
        };
        Shape {
            at: key.at,
            path: join_path(parent, &field),
            kind: K::UnknownField,
            message: format!(
                "unknown field `{field}` in {}",
                place(parent, &self.def.kind)
            ),
            help: Some(help),
        }
    }

    /// Whether a notice of this status may give `field`: every field, or in a cancellation
    /// the common ones and those its kind keeps.
    fn in_notice(&self, field: &FieldDef) -> bool {
        !self.cancel || field.common || self.kept.contains(&field.name)
    }

    /// A field of the kind that a cancellation does not print.
    fn not_in_cancel(&self, key: &Node, name: &str) -> Shape {
        let kept: Vec<String> = self
            .def
            .in_cancel()
            .iter()
            .flat_map(|f| f.document_keys())
            .map(|k| format!("`{k}`"))
            .collect();
        let may = if kept.is_empty() {
            String::new()
        } else {
            format!(" and, if the reader needs them, {}", kept.join(", "))
        };
        Shape {
            at: key.at,
            path: name.to_string(),
            kind: K::NotInCancel,
            message: format!(
                "`{name}` is not printed on a cancellation of {}",
                place("", &self.def.kind)
            ),
            help: Some(format!(
                "a cancellation gives `supersedes`, the issuer{may}; remove `{name}`"
            )),
        }
    }

    fn missing(map: &Node, parent: &str, field: &str, example: Option<&str>) -> Shape {
        let path = join_path(parent, field);
        Shape {
            at: tree::missing_at(map),
            message: format!("`{path}` is missing"),
            path,
            kind: K::MissingField,
            help: example.map(|ex| format!("add `{ex}`")),
        }
    }

    /// Checks the document's shape: keys the kind has, values of the right type, required
    /// fields present. Returns the first problem in reading order, as serde would.
    fn shape(&self, root: &Node) -> Option<Shape> {
        let entries = root.value.as_map()?;
        let expected = self.def.document_keys();
        for (key, value) in entries {
            if !is_scalar(key) {
                return Some(wrong_type(
                    key,
                    "",
                    "a field name",
                    "write `name: value`, the name a plain word",
                ));
            }
            let name = key.value.as_text().unwrap_or_default();
            if name == "kind" {
                match choice(value) {
                    Some(k) if k.trim() == self.def.kind => continue,
                    Some(k) => {
                        return Some(Shape {
                            at: value.at,
                            path: "kind".into(),
                            kind: K::UnknownValue,
                            message: format!("`{k}` is not a valid value of `kind`"),
                            help: Some(format!("write `kind: {}`", self.def.kind)),
                        });
                    }
                    None => {
                        return Some(wrong_type(value, "kind", "a name", "write the kind's name"));
                    }
                }
            }
            let Some(field) = self.def.field_for_key(&name) else {
                return Some(self.unknown_field(key, "", &expected));
            };
            if !self.in_notice(field) {
                return Some(self.not_in_cancel(key, &name));
            }
            if let Some(e) = self.value_shape(field, value, &name, key.at) {
                return Some(e);
            }
        }
        for field in &self.def.fields {
            let key = field.key();
            let required = field.required && (field.common || !self.cancel);
            if required && tree::get(entries, key).is_none() {
                return Some(Self::missing(root, "", key, field.example.as_deref()));
            }
        }
        None
    }

    /// Checks the value `node` of `field`, written after the key at `key_at`.
    fn value_shape(
        &self,
        field: &FieldDef,
        node: &Node,
        path: &str,
        key_at: Position,
    ) -> Option<Shape> {
        let required = field.required && field.span.as_ref().is_none_or(|s| s.start == path);
        if matches!(node.value, Tree::Null) && !required {
            return None;
        }
        let ty = field.ty;
        match ty {
            FieldType::Text => self.text_shape(node, path, key_at),
            FieldType::TextList => match &node.value {
                Tree::Seq(items) => items
                    .iter()
                    .enumerate()
                    .find_map(|(i, item)| self.text_shape(item, &format!("{path}[{i}]"), item.at)),
                _ => Some(wrong_type(node, path, "a list", ty.how_to_write())),
            },
            FieldType::String
            | FieldType::Date
            | FieldType::DateTime
            | FieldType::Span
            | FieldType::Phone
            | FieldType::Id => match is_scalar(node) {
                true => None,
                false => Some(wrong_type(node, path, "a string", ty.how_to_write())),
            },
            FieldType::YesNo => match yes_no(node) {
                Some(_) => None,
                None => Some(wrong_type(node, path, "true or false", ty.how_to_write())),
            },
            FieldType::Count => match count(node) {
                Some(_) => None,
                None => Some(wrong_type(node, path, "a whole number", ty.how_to_write())),
            },
            FieldType::Choice => match choice(node) {
                Some(s) if field.values.contains(&s) => None,
                Some(s) => {
                    // A null is named as written (`~`), as the parser names it.
                    let s = match node.value {
                        Tree::Null => written(self.cx.src, node.at).unwrap_or(s),
                        _ => s,
                    };
                    let allowed: Vec<&str> = field.values.iter().map(String::as_str).collect();
                    let help = match closest(&s, &allowed) {
                        Some(c) => format!("did you mean `{c}`? (allowed: {})", allowed.join(", ")),
                        None => format!("allowed: {}", allowed.join(", ")),
                    };
                    Some(Shape {
                        at: node.at,
                        path: path.to_string(),
                        kind: K::UnknownValue,
                        message: format!("`{s}` is not a valid value of `{path}`"),
                        help: Some(help),
                    })
                }
                _ => Some(wrong_type(
                    node,
                    path,
                    "one of the listed values",
                    ty.how_to_write(),
                )),
            },
            FieldType::Person => self.person_shape(node, path),
            FieldType::Issuer => self.record_shape(
                node,
                path,
                &[("org", true), ("office", false), ("signatory", false)],
                ty.how_to_write(),
                |w, name, key, value, sub| match name {
                    "signatory" => w
                        .optional(value)
                        .then(|| w.person_shape(value, sub))
                        .flatten(),
                    "office" => w
                        .optional(value)
                        .then(|| w.text_shape(value, sub, key.at))
                        .flatten(),
                    _ => w.text_shape(value, sub, key.at),
                },
            ),
            FieldType::Contacts => match &node.value {
                Tree::Seq(items) => items.iter().enumerate().find_map(|(i, item)| {
                    self.record_shape(
                        item,
                        &format!("{path}[{i}]"),
                        &[("label", false), ("phone", true)],
                        "write `{ label: टोल-फ्री, phone: \"1912\" }`",
                        |w, name, key, value, sub| match name {
                            "phone" => (!is_scalar(value)).then(|| {
                                wrong_type(value, sub, "a string", FieldType::Phone.how_to_write())
                            }),
                            _ => w
                                .optional(value)
                                .then(|| w.text_shape(value, sub, key.at))
                                .flatten(),
                        },
                    )
                }),
                _ => Some(wrong_type(node, path, "a list", ty.how_to_write())),
            },
        }
    }

    /// Whether an optional nested value is given (null is the same as absent).
    fn optional(&self, node: &Node) -> bool {
        !matches!(node.value, Tree::Null)
    }

    /// Checks a text. `at` is where a value that is no text is reported: the text's key in a
    /// mapping, as the parser reports it, or the item in a list.
    fn text_shape(&self, node: &Node, path: &str, at: Position) -> Option<Shape> {
        match &node.value {
            Tree::Str(_) | Tree::Unsigned(_) | Tree::Signed(_) => None,
            Tree::Map(entries) => entries.iter().find_map(|(k, v)| {
                let sub = join_path(path, &k.value.as_text().unwrap_or_default());
                if !is_scalar(k) {
                    return Some(wrong_type(
                        k,
                        &sub,
                        "a language tag",
                        FieldType::Text.how_to_write(),
                    ));
                }
                match v.value {
                    Tree::Seq(_) | Tree::Map(_) => Some(wrong_type(
                        v,
                        &sub,
                        "a string",
                        FieldType::Text.how_to_write(),
                    )),
                    _ => None,
                }
            }),
            _ => {
                let help = if path.ends_with(']') {
                    "write one text per item: a string, or { mr-IN: …, hi-IN: … }"
                } else {
                    FieldType::Text.how_to_write()
                };
                let mut e = wrong_type(node, path, "a text", help);
                e.at = at;
                Some(e)
            }
        }
    }

    fn person_shape(&self, node: &Node, path: &str) -> Option<Shape> {
        self.record_shape(
            node,
            path,
            &[("name", true), ("designation", true)],
            FieldType::Person.how_to_write(),
            |w, _, key, value, sub| w.text_shape(value, sub, key.at),
        )
    }

    /// A mapping with known keys (`(key, required)`), each value checked by `check`.
    fn record_shape(
        &self,
        node: &Node,
        path: &str,
        keys: &[(&str, bool)],
        how: &str,
        check: impl Fn(&Self, &str, &Node, &Node, &str) -> Option<Shape>,
    ) -> Option<Shape> {
        let Tree::Map(entries) = &node.value else {
            return Some(wrong_type(node, path, "a mapping", how));
        };
        let expected: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
        for (key, value) in entries {
            let name = key.value.as_text().unwrap_or_default();
            if !expected.contains(&name.as_str()) {
                return Some(self.unknown_field(key, path, &expected));
            }
            if let Some(e) = check(self, &name, key, value, &join_path(path, &name)) {
                return Some(e);
            }
        }
        keys.iter()
            .find(|(k, required)| *required && tree::get(entries, k).is_none())
            .map(|(k, _)| Self::missing(node, path, k, example(k)))
    }

    /// Validates every value of a document whose shape is right.
    fn values(&mut self, root: &Node, default_id: String, at: Position) -> Option<KindNotice> {
        let entries = root.value.as_map()?;
        let given = |key: &str| {
            tree::get(entries, key)
                .map(|(_, v)| v)
                .filter(|v| !matches!(v.value, Tree::Null))
        };
        let mut notice = KindNotice {
            kind: self.def.kind.clone(),
            file: self.cx.file.clone(),
            at,
            id: default_id,
            issued: None,
            reference: None,
            issuer: Issuer {
                org: Field::new("issuer.org", crate::notice::Text::same("")),
                office: None,
                signatory: None,
            },
            contacts: Vec::new(),
            values: Vec::new(),
            status: crate::notice::Status::Actual,
        };
        let mut complete = true;
        let mut status: Option<Located<Written>> = None;
        let mut change = None;
        let mut supersedes = None;
        let def = self.def;
        for field in &def.fields {
            let key = field.key();
            let node = given(key);
            if let Some(cond) = &field.required_if
                && node.is_none()
                && !self.cancel
            {
                self.required_if(entries, cond, key, field.example.as_deref());
            }
            if let Some(choice) = &field.details_of {
                self.details(entries, node, choice, key);
                if node.is_none() || !self.is_other(entries, choice) {
                    continue;
                }
            }
            let Some(node) = node else {
                self.end_without_start(field, &given);
                continue;
            };
            let value = match self.value(field, node, key, entries) {
                Some(v) => v,
                None => {
                    complete = false;
                    continue;
                }
            };
            if field.common {
                match (field.name.as_str(), value) {
                    ("id", Value::Id(id)) => notice.id = id,
                    ("issued", Value::Date(d)) => notice.issued = Some(d),
                    ("reference", Value::String(s)) => notice.reference = Some(s),
                    ("issuer", Value::Issuer(i)) => notice.issuer = i,
                    ("contacts", Value::Contacts(c)) => notice.contacts = c,
                    ("status", Value::Choice(c)) => {
                        status = Written::from_key(&c).map(|value| Located { value, at: node.at });
                    }
                    ("supersedes", Value::Id(id)) => supersedes = Some((id, node.at)),
                    ("change", Value::Text(t)) => change = Some(t),
                    _ => {}
                }
                continue;
            }
            notice.values.push(FieldValue {
                name: field.name.clone(),
                value,
                path: key.to_string(),
                at: Some(self.cx.pos(node.at)),
            });
        }
        self.rules(entries);
        let status_at = status.as_ref().map(|s| s.at);
        match self.cx.status(status, supersedes, change, &notice.id) {
            Some(s) => notice.status = s,
            None => complete = false,
        }
        if let (Some(crate::notice::Revision::Postponed), Some(cond), Some(at)) = (
            notice.status.revision(),
            def.postponable_if.as_ref(),
            status_at,
        ) && self.holds(entries, cond).is_none()
        {
            let p = crate::notice::status::not_postponable(&def.kind, cond, at);
            self.cx.push(p.at, p.path, p.kind, p.message, Some(p.help));
            complete = false;
        }
        complete.then_some(notice)
    }

    fn value(
        &mut self,
        field: &FieldDef,
        node: &Node,
        path: &str,
        entries: &[Entry],
    ) -> Option<Value> {
        Some(match field.ty {
            FieldType::Text => Value::Text(self.cx.text(&ltext(self.cx.src, node), path)?),
            FieldType::TextList => Value::Texts(self.texts(field, node, path)?),
            FieldType::String => Value::String(self.cx.string(
                &scalar(self.cx.src, node)?.value,
                node.at,
                path,
            )?),
            FieldType::Date => Value::Date(self.cx.date(&scalar(self.cx.src, node)?, path)?),
            FieldType::DateTime => {
                Value::DateTime(self.cx.datetime(&scalar(self.cx.src, node)?, path)?)
            }
            FieldType::Span => Value::Span(self.span(field, node, entries)?),
            FieldType::YesNo => Value::YesNo(yes_no(node)?),
            FieldType::Count => Value::Count(count(node)?),
            FieldType::Choice => Value::Choice(choice(node)?),
            FieldType::Phone => Value::Phone(self.cx.phone(&scalar(self.cx.src, node)?, path)?),
            FieldType::Id => {
                let raw = scalar(self.cx.src, node)?;
                Value::Id(self.cx.id(&raw, path))
            }
            FieldType::Person => {
                Value::Person(self.cx.person(&raw_person(self.cx.src, node)?, path)?)
            }
            FieldType::Issuer => Value::Issuer(self.issuer(node, path)?),
            FieldType::Contacts => Value::Contacts(self.contacts(field, node, path)),
        })
    }

    fn texts(&mut self, field: &FieldDef, node: &Node, path: &str) -> Option<Vec<Field>> {
        let Tree::Seq(items) = &node.value else {
            return None;
        };
        if items.len() < field.min_items {
            let (message, help) = if items.is_empty() {
                (
                    format!("`{path}` is empty"),
                    format!(
                        "give at least {} item{}: {}",
                        field.min_items,
                        if field.min_items == 1 { "" } else { "s" },
                        field
                            .example
                            .clone()
                            .unwrap_or_else(|| format!("{path}: [वाई]"))
                    ),
                )
            } else {
                (
                    format!(
                        "`{path}` has {} items; at least {} are needed",
                        items.len(),
                        field.min_items
                    ),
                    format!("give at least {} items", field.min_items),
                )
            };
            self.cx
                .push(Some(node.at), path, K::EmptyList, message, Some(help));
        }
        self.list_limit(field, node, items, path);
        let texts = items
            .iter()
            .take(field.max_items)
            .enumerate()
            .filter_map(|(i, t)| {
                self.cx
                    .text(&ltext(self.cx.src, t), &format!("{path}[{i}]"))
            })
            .collect();
        Some(texts)
    }

    /// Reports a list longer than the field allows, at its first item over the limit.
    fn list_limit(&mut self, field: &FieldDef, node: &Node, items: &[Node], path: &str) {
        if field.max_items >= crate::limits::MAX_LIST_ITEMS {
            let list = Located {
                value: items.to_vec(),
                at: node.at,
            };
            self.cx.list_limit(&list, |t| t.at, path);
        } else if let Some(extra) = items.get(field.max_items) {
            self.cx.push(
                Some(extra.at),
                path,
                K::TooManyItems,
                format!(
                    "`{path}` has {} items; at most {} are allowed",
                    items.len(),
                    field.max_items
                ),
                Some(format!(
                    "split the notice into several, each with at most {} items",
                    field.max_items
                )),
            );
        }
    }

    fn span(&mut self, field: &FieldDef, node: &Node, entries: &[Entry]) -> Option<Span> {
        let keys = field.span.as_ref()?;
        let raw_start = scalar(self.cx.src, node)?;
        let start = self.cx.datetime(&raw_start, &keys.start);
        let end_node = tree::get(entries, &keys.end)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v.value, Tree::Null));
        let raw_end = end_node.and_then(|n| scalar(self.cx.src, n));
        let end = raw_end
            .as_ref()
            .and_then(|e| self.cx.datetime(e, &keys.end));
        // A cancellation needs none of its kind's fields.
        if let Some(cond) = &keys.end_required_if
            && end_node.is_none()
            && !self.cancel
        {
            // The definition's own example of the end, when it gives one.
            let prefix = format!("{}:", keys.end);
            let example = field
                .example
                .as_deref()
                .and_then(|e| e.lines().find(|l| l.starts_with(&prefix)))
                .map_or_else(|| format!("{prefix} 2025-11-24T14:00"), str::to_string);
            self.required_if(entries, cond, &keys.end, Some(&example));
        }
        if let (Some(s), Some(e), Some(raw)) = (start, end, &raw_end) {
            self.after(
                s.minutes(),
                e.minutes(),
                raw,
                &raw_start,
                &keys.end,
                &keys.start,
            );
        }
        let start = start?;
        if raw_end.is_some() && end.is_none() {
            return None;
        }
        Some(Span {
            start,
            end,
            kind: SpanKind::of(start, end),
        })
    }

    /// A span's end given without its start (a span that is not required).
    fn end_without_start<'n>(
        &mut self,
        field: &FieldDef,
        given: &impl Fn(&str) -> Option<&'n Node>,
    ) {
        let Some(keys) = &field.span else {
            return;
        };
        if let Some(end) = given(&keys.end) {
            self.cx.push(
                Some(end.at),
                &keys.start,
                K::MissingField,
                format!("`{}` is given without `{}`", keys.end, keys.start),
                Some(format!(
                    "add `{}: 2025-11-24T10:00`, or remove `{}`",
                    keys.start, keys.end
                )),
            );
        }
    }

    /// `field` must be later than `earlier`: `end-not-after-start` at the later value.
    fn after(
        &mut self,
        earlier: i64,
        later: i64,
        raw: &Located<String>,
        raw_earlier: &Located<String>,
        field: &str,
        earlier_field: &str,
    ) {
        if later <= earlier {
            self.cx.push(Some(raw.at), field, K::EndNotAfterStart,
                format!("`{field}` ({}) is not after `{earlier_field}` ({})", raw.value.trim(), raw_earlier.value.trim()),
                Some(format!("the {field} must be later than the {earlier_field}; check the date and the hour (24-hour clock: 2 pm is 14:00)")));
        }
    }

    fn rules(&mut self, entries: &[Entry]) {
        for rule in &self.def.rules {
            let Rule::After { field, after, .. } = rule;
            let src = self.cx.src;
            let raw = |name: &str| tree::get(entries, name).and_then(|(_, v)| scalar(src, v));
            let (Some(late), Some(early)) = (raw(field), raw(after)) else {
                continue;
            };
            let moment = |s: &str| {
                crate::notice::datetime::parse_datetime(s.trim())
                    .map(|d| d.minutes())
                    .or_else(|| {
                        crate::notice::datetime::parse_date(s.trim()).map(|d| {
                            crate::notice::DateTime {
                                date: d,
                                hour: 0,
                                minute: 0,
                            }
                            .minutes()
                        })
                    })
            };
            if let (Some(l), Some(e)) = (moment(&late.value), moment(&early.value)) {
                self.after(e, l, &late, &early, field, after);
            }
        }
    }

    /// The value of a condition's field, when the notice gives it.
    fn holds(&self, entries: &[Entry], cond: &Condition) -> Option<Position> {
        let (_, v) = tree::get(entries, &cond.field)?;
        let yes = match (&cond.equals, &v.value) {
            (ConditionValue::YesNo(want), Tree::Bool(b)) => want == b,
            (ConditionValue::OneOf(values), Tree::Str(s)) => values.contains(s),
            _ => false,
        };
        yes.then_some(v.at)
    }

    /// A field required by another's value is missing: reported at that value.
    fn required_if(
        &mut self,
        entries: &[Entry],
        cond: &Condition,
        key: &str,
        example: Option<&str>,
    ) {
        if let Some(at) = self.holds(entries, cond) {
            let value = cond.equals.describe();
            self.cx.push(
                Some(at),
                key,
                K::MissingField,
                format!("`{key}` is needed when `{}` is {value}", cond.field),
                Some(format!(
                    "add `{}`, or change `{}`",
                    example.map_or_else(|| format!("{key}: …"), str::to_string),
                    cond.field
                )),
            );
        }
    }

    fn is_other(&self, entries: &[Entry], choice: &str) -> bool {
        tree::get(entries, choice)
            .is_some_and(|(_, v)| matches!(&v.value, Tree::Str(s) if s == "other"))
    }

    /// A `details` text is present exactly when its choice is `other`.
    fn details(&mut self, entries: &[Entry], node: Option<&Node>, choice: &str, key: &str) {
        let Some((_, choice_node)) = tree::get(entries, choice) else {
            return;
        };
        match (node, self.is_other(entries, choice)) {
            (None, true) => self.cx.push(
                Some(choice_node.at),
                key,
                K::MissingDetails,
                format!("`{choice}: other` needs `{key}` saying what it is"),
                Some(format!(
                    "add `{key}: …` describing it, or choose a listed value"
                )),
            ),
            (Some(d), false) => self.cx.push(
                Some(d.at),
                key,
                K::UnusedDetails,
                format!("`{key}` is printed only when `{choice}` is `other`"),
                Some(format!("remove `{key}`, or set `{choice}: other`")),
            ),
            _ => {}
        }
    }

    fn issuer(&mut self, node: &Node, path: &str) -> Option<Issuer> {
        let entries = node.value.as_map()?;
        let given = |key: &str| {
            tree::get(entries, key)
                .map(|(_, v)| v)
                .filter(|v| !matches!(v.value, Tree::Null))
        };
        let org = given("org").and_then(|o| {
            self.cx
                .text(&ltext(self.cx.src, o), &join_path(path, "org"))
        });
        let office = given("office").and_then(|o| {
            self.cx
                .text(&ltext(self.cx.src, o), &join_path(path, "office"))
        });
        let signatory = given("signatory")
            .and_then(|p| raw_person(self.cx.src, p))
            .and_then(|p| self.cx.person(&p, &join_path(path, "signatory")));
        Some(Issuer {
            org: org?,
            office,
            signatory,
        })
    }

    fn contacts(&mut self, field: &FieldDef, node: &Node, path: &str) -> Vec<Contact> {
        let Tree::Seq(items) = &node.value else {
            return Vec::new();
        };
        if items.len() < field.min_items {
            self.cx.push(
                Some(node.at),
                path,
                K::EmptyList,
                format!(
                    "`{path}` has {} items; at least {} are needed",
                    items.len(),
                    field.min_items
                ),
                Some("add the helplines".into()),
            );
        }
        self.list_limit(field, node, items, path);
        items
            .iter()
            .take(field.max_items)
            .enumerate()
            .filter_map(|(i, c)| {
                let entries = c.value.as_map()?;
                let sub = format!("{path}[{i}]");
                let label = tree::get(entries, "label")
                    .map(|(_, v)| v)
                    .filter(|v| !matches!(v.value, Tree::Null))
                    .and_then(|l| {
                        self.cx
                            .text(&ltext(self.cx.src, l), &join_path(&sub, "label"))
                    });
                let phone =
                    tree::get(entries, "phone").and_then(|(_, v)| scalar(self.cx.src, v))?;
                let phone = self.cx.phone(&phone, &join_path(&sub, "phone"))?;
                Some(Contact { label, phone })
            })
            .collect()
    }
}

/// A yes/no value: `true` or `false`, quoted or not.
fn yes_no(node: &Node) -> Option<bool> {
    match &node.value {
        Tree::Bool(b) => Some(*b),
        Tree::Str(s) => match s.trim() {
            "true" | "True" | "TRUE" => Some(true),
            "false" | "False" | "FALSE" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A count: a whole number, zero or more, quoted or not.
fn count(node: &Node) -> Option<u64> {
    match &node.value {
        Tree::Unsigned(n) => Some(*n),
        Tree::Str(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A choice's value as written: any scalar (null is the empty value, which no choice has).
fn choice(node: &Node) -> Option<String> {
    match &node.value {
        Tree::Null => Some(String::new()),
        Tree::Seq(_) | Tree::Map(_) => None,
        Tree::Bool(b) => Some(b.to_string()),
        other => Some(other.as_text().unwrap_or_default()),
    }
}

/// A node already checked to be a text, as the text checks take it.
fn ltext(src: &str, node: &Node) -> LText {
    let value = match &node.value {
        Tree::Map(entries) => {
            RawText::PerLang(entries.iter().map(|e| text_entry(src, e)).collect())
        }
        other => RawText::Same(other.as_text().unwrap_or_default()),
    };
    Located { value, at: node.at }
}

fn raw_person(src: &str, node: &Node) -> Option<Located<RawPerson>> {
    let entries = node.value.as_map()?;
    let text = |key: &str| tree::get(entries, key).map(|(_, v)| ltext(src, v));
    Some(Located {
        value: RawPerson {
            name: text("name")?,
            designation: text("designation")?,
        },
        at: node.at,
    })
}

/// How to write a nested field that is missing.
fn example(field: &str) -> Option<&'static str> {
    Some(match field {
        "org" => "org: महावितरण",
        "name" => "name: श्री. अ. ब. पाटील",
        "designation" => "designation: कार्यकारी अभियंता",
        "phone" => "phone: \"1912\"",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_are_read_as_written() {
        let src = "a: 0912\nb: [1.50, x]\nc: { d: 1e3 } # note\ne: *x\n";
        let at = |line, column| Position { line, column };
        assert_eq!(written(src, at(1, 4)).as_deref(), Some("0912"));
        assert_eq!(written(src, at(2, 5)).as_deref(), Some("1.50"));
        assert_eq!(written(src, at(3, 9)).as_deref(), Some("1e3"));
        assert_eq!(written(src, at(4, 4)), None);
        assert_eq!(written(src, at(9, 1)), None);
        assert_eq!(written(src, at(0, 0)), None);
    }

    #[test]
    fn places_take_their_article() {
        assert_eq!(place("", "outage"), "an outage notice");
        assert_eq!(place("", "water-supply"), "a water-supply notice");
        assert_eq!(place("issuer", "outage"), "`issuer`");
    }
}
