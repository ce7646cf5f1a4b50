//! A kind definition: the model ([`Definition`], [`FieldDef`]) and its parser, which reads a
//! definition file with positions and reports every mistake with what to write instead.

use std::sync::Arc;

use super::error::{DefinitionError, DefinitionErrorKind as D};
use super::rules::{Condition, ConditionValue, Rule};
use super::tree::{self, Entry, Node, Value};
use super::types::FieldType;
use crate::error::Position;
use crate::limits::MAX_LIST_ITEMS;
use crate::notice::suggest::closest;

/// The largest definition file that is read, in bytes.
pub const MAX_DEFINITION_BYTES: usize = 256 * 1024;

/// The most fields one definition may declare (the common fields not counted).
pub const MAX_FIELDS: usize = 200;

/// The one version of the definition format this program reads.
pub const DEFINITION_VERSION: u64 = 1;

/// A notice kind: its name and its fields with their types and rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    /// The kind's name, written as `kind:` in every notice of it (`water-supply`); also the
    /// name of its `.ftl` files and templates.
    pub kind: String,
    /// The version of the definition format.
    pub version: u64,
    /// One line saying what the kind is for.
    pub description: Option<String>,
    /// The file the definition came from.
    pub file: Arc<str>,
    /// Every field in order: the common fields of every notice first, then the kind's own.
    pub fields: Vec<FieldDef>,
    /// Rules between fields.
    pub rules: Vec<Rule>,
    /// When a notice of the kind can be postponed (`postponable-if: { planned: true }`): an
    /// update with `status: postponed` is refused otherwise, and `suchana dlt` lists no
    /// postponed case where it does not hold. `None`: any notice can be.
    pub postponable_if: Option<Condition>,
}

/// The document keys of a `span` field: the notice writes its start and end as two fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpanKeys {
    /// The key of the start (`start`).
    pub start: String,
    /// The key of the end (`end`).
    pub end: String,
    /// When the end is required (`end-required-if: { planned: true }`).
    pub end_required_if: Option<Condition>,
}

/// One field of a kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDef {
    /// The field's name: its key in a notice (for a span: the name of its value).
    pub name: String,
    /// Its type.
    pub ty: FieldType,
    /// Whether every notice must give it (for a span: its start).
    pub required: bool,
    /// Required when another field has a value.
    pub required_if: Option<Condition>,
    /// For a text: the choice whose value `other` it describes; the text is then required
    /// exactly when that choice is `other`.
    pub details_of: Option<String>,
    /// For a choice: the values allowed, in order.
    pub values: Vec<String>,
    /// For a list: the fewest items.
    pub min_items: usize,
    /// For a list: the most items.
    pub max_items: usize,
    /// For a span: the keys of its start and end.
    pub span: Option<SpanKeys>,
    /// For a list: its items are shown numbered in the language's digits (`data.x` holds
    /// `{ n, text }` for each), as an agenda is.
    pub numbered: bool,
    /// For a list: each item is shown as a sentence, with the language's full stop (the
    /// `sentence` message) when it has no sentence end of its own.
    pub sentences: bool,
    /// Whether a cancellation (`status: cancel`) may give it: what the reader of a
    /// cancellation must know, such as the original date and areas ([`Definition::in_cancel`]).
    pub in_cancel: bool,
    /// What the field is, for people writing notices, in English (the JSON Schema's
    /// description): `help: …`, or the `en-IN` (else the first) text of `help: { mr-IN: …, … }`.
    pub help: Option<String>,
    /// The help in each language it is written in (`help: { mr-IN: …, hi-IN: …, en-IN: … }`),
    /// by language tag as written; empty when `help` is one text.
    pub help_in: Vec<(String, String)>,
    /// How to write it, shown when it is missing (`areas: [वाई, पसरणी]`).
    pub example: Option<String>,
    /// Whether it is one of the fields every notice has (from `kinds/common.yaml`).
    pub common: bool,
    /// Where it is defined.
    pub at: Position,
}

impl FieldDef {
    /// The field's help in `lang`, if its definition gives it in that language.
    pub fn help_for(&self, lang: crate::lang::Lang) -> Option<&str> {
        self.help_in
            .iter()
            .find(|(tag, _)| crate::lang::Lang::from_tag(tag) == Some(lang))
            .map(|(_, text)| text.as_str())
    }

    /// The key a notice writes for this field: its name, or a span's start.
    pub fn key(&self) -> &str {
        self.span.as_ref().map_or(&self.name, |s| &s.start)
    }

    /// The keys a notice writes for this field: its name, or a span's start and end.
    pub fn document_keys(&self) -> Vec<&str> {
        match &self.span {
            Some(s) => vec![s.start.as_str(), s.end.as_str()],
            None => vec![self.name.as_str()],
        }
    }
}

impl Definition {
    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&FieldDef> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Every key a notice of this kind may write, in order (`kind` first).
    pub fn document_keys(&self) -> Vec<&str> {
        std::iter::once("kind")
            .chain(self.fields.iter().flat_map(|f| f.document_keys()))
            .collect()
    }

    /// The kind's own fields a cancellation (`status: cancel`) may give, all optional: those
    /// marked `in-cancel: true`; when none is marked, the first field of type span, date-time
    /// or date and the first list of text (the original date and the areas, as a reader of
    /// a cancellation needs them).
    pub fn in_cancel(&self) -> Vec<&FieldDef> {
        let own = || self.fields.iter().filter(|f| !f.common);
        if own().any(|f| f.in_cancel) {
            return own().filter(|f| f.in_cancel).collect();
        }
        let when = own().find(|f| {
            matches!(
                f.ty,
                FieldType::Span | FieldType::DateTime | FieldType::Date
            )
        });
        let list = own().find(|f| f.ty == FieldType::TextList);
        when.into_iter().chain(list).collect()
    }

    /// The field that a notice's `key` belongs to.
    pub fn field_for_key(&self, key: &str) -> Option<&FieldDef> {
        self.fields
            .iter()
            .find(|f| f.document_keys().contains(&key))
    }

    /// Reads a definition file. `file` names it in errors; `common` is the part every kind
    /// shares (`kinds/common.yaml`, as [`Kinds::builtin`](super::Kinds::builtin) reads it),
    /// whose fields come first.
    pub fn parse(
        src: &str,
        file: &str,
        common: &[FieldDef],
    ) -> Result<Definition, Vec<DefinitionError>> {
        let mut p = Parser {
            file,
            errors: Vec::new(),
        };
        let def = p.definition(src, common);
        match def {
            Some(d) if p.errors.is_empty() => Ok(d),
            _ => {
                p.errors.sort_by_key(|e| (e.line, e.column));
                Err(p.errors)
            }
        }
    }
}

/// The keys of a definition file.
const TOP_KEYS: [&str; 6] = [
    "kind",
    "version",
    "description",
    "fields",
    "rules",
    "postponable-if",
];

/// The keys of a field, with the types each applies to (empty: every type).
const FIELD_KEYS: [(&str, &[FieldType]); 16] = [
    ("type", &[]),
    ("required", &[]),
    ("in-cancel", &[]),
    ("required-if", &[]),
    ("help", &[]),
    ("example", &[]),
    ("details-of", &[FieldType::Text]),
    ("values", &[FieldType::Choice]),
    ("of", &[FieldType::TextList]),
    ("min-items", &[FieldType::TextList, FieldType::Contacts]),
    ("max-items", &[FieldType::TextList, FieldType::Contacts]),
    ("numbered", &[FieldType::TextList]),
    ("sentences", &[FieldType::TextList]),
    ("start", &[FieldType::Span]),
    ("end", &[FieldType::Span]),
    ("end-required-if", &[FieldType::Span]),
];

/// A field's definition as read, before the checks that need every field.
struct Pending {
    def: FieldDef,
    /// Where `required-if`, `details-of` and `end-required-if` name their field, and the raw
    /// condition values, checked once every field is known.
    details_at: Option<Position>,
}

struct Parser<'a> {
    file: &'a str,
    errors: Vec<DefinitionError>,
}

/// Whether `name` is lower-case ASCII in kebab or snake case: `valid_until`, `water-supply`.
pub(crate) fn is_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'_')
        && !name.ends_with(['-', '_'])
        && !name.contains("--")
        && !name.contains("__")
}

/// Whether `value` is a kebab-case ASCII choice value (a Fluent selector value).
fn is_value_name(value: &str) -> bool {
    is_name(value) && !value.contains('_')
}

impl Parser<'_> {
    fn push(&mut self, at: Position, kind: D, message: String, help: Option<String>) {
        self.errors.push(DefinitionError {
            file: self.file.to_string(),
            line: at.line,
            column: at.column,
            kind,
            message,
            help,
        });
    }

    fn definition(&mut self, src: &str, common: &[FieldDef]) -> Option<Definition> {
        let start = Position { line: 1, column: 1 };
        if src.len() > MAX_DEFINITION_BYTES {
            self.push(
                start,
                D::TooLarge,
                format!(
                    "the file has {} bytes; a definition may have at most {MAX_DEFINITION_BYTES}",
                    src.len()
                ),
                Some("a kind needs a few dozen fields at most: split it into several kinds".into()),
            );
            return None;
        }
        let root = match tree::parse(src.strip_prefix('\u{feff}').unwrap_or(src)) {
            Ok(root) => root,
            Err(failure) => {
                let at = failure
                    .error
                    .location()
                    .map_or(start, crate::notice::located::position);
                let message = crate::notice::load::bare_message(failure.error.without_snippet());
                if let serde_saphyr::Error::DuplicateMappingKey { key, .. } =
                    failure.error.without_snippet()
                {
                    let key = key.as_deref().unwrap_or_default();
                    if failure.path == "fields" {
                        self.push(
                            at,
                            D::DuplicateField,
                            format!("field `{key}` is defined twice"),
                            Some(
                                "each field is defined once: remove or rename one of the two"
                                    .into(),
                            ),
                        );
                    } else {
                        self.push(at, D::Syntax, message, Some("keep one of the two".into()));
                    }
                } else {
                    self.push(at, D::Syntax, message, None);
                }
                return None;
            }
        };
        let Some(entries) = root.value.as_map() else {
            self.push(
                root.at,
                D::WrongType,
                "a definition must be a mapping".into(),
                Some("start the file with `kind: <name>` on a line of its own".into()),
            );
            return None;
        };
        self.unknown_keys(entries, &TOP_KEYS, "a definition");
        let kind = match tree::get(entries, "kind") {
            Some((_, v)) => {
                let name = self.name(v, "kind");
                if name.as_deref() == Some("common") && !common.is_empty() {
                    self.push(
                        v.at,
                        D::InvalidName,
                        "`common` is the part every kind shares, not a kind".into(),
                        Some("choose another name".into()),
                    );
                }
                name
            }
            None => {
                self.push(
                    tree::missing_at(&root),
                    D::MissingKey,
                    "the definition has no `kind`".into(),
                    Some("add `kind: water-supply` (the name notices write)".into()),
                );
                None
            }
        };
        let version = match tree::get(entries, "version") {
            Some((_, v)) => match v.value {
                Value::Unsigned(DEFINITION_VERSION) => DEFINITION_VERSION,
                _ => {
                    self.push(
                        v.at,
                        D::UnsupportedVersion,
                        format!("this program reads definitions of version {DEFINITION_VERSION}"),
                        Some(format!("write `version: {DEFINITION_VERSION}`")),
                    );
                    DEFINITION_VERSION
                }
            },
            None => DEFINITION_VERSION,
        };
        let description = tree::get(entries, "description").and_then(|(_, v)| {
            let text = v.value.as_text();
            if text.is_none() {
                self.wrong_type(v, "`description`", "write one line of text");
            }
            text
        });
        let mut fields: Vec<FieldDef> = common.to_vec();
        match tree::get(entries, "fields") {
            Some((_, v)) => match v.value.as_map() {
                Some(list) => {
                    if list.len() > MAX_FIELDS {
                        self.push(
                            list[MAX_FIELDS].0.at,
                            D::TooManyFields,
                            format!(
                                "the definition has {} fields; at most {MAX_FIELDS} are allowed",
                                list.len()
                            ),
                            Some("split the kind into several kinds".into()),
                        );
                    }
                    let mut pending = Vec::new();
                    for (key, value) in list.iter().take(MAX_FIELDS) {
                        if let Some(p) = self.field(key, value) {
                            pending.push(p);
                        }
                    }
                    self.check_fields(&mut fields, pending);
                }
                None => self.wrong_type(
                    v,
                    "`fields`",
                    "write a mapping from field name to field: `planned: { type: yes-no }`",
                ),
            },
            None => self.push(
                tree::missing_at(&root),
                D::MissingKey,
                "the definition has no `fields`".into(),
                Some("add `fields:` with one line per field: `planned: { type: yes-no, required: true }`".into()),
            ),
        }
        let rules = tree::get(entries, "rules")
            .map(|(_, v)| self.rules(v, &fields))
            .unwrap_or_default();
        let kind = kind?;
        let postponable_if = self.condition(entries, "postponable-if", &kind);
        if let Some(c) = &postponable_if {
            self.check_condition(c, &fields, &kind);
        }
        Some(Definition {
            kind,
            version,
            description,
            file: Arc::from(self.file),
            fields,
            rules,
            postponable_if,
        })
    }

    fn wrong_type(&mut self, node: &Node, what: &str, help: &str) {
        self.push(
            node.at,
            D::WrongType,
            format!("{what} cannot be {}", node.value.describe()),
            Some(help.into()),
        );
    }

    /// Reports the keys of `entries` not in `allowed`, with a did-you-mean.
    fn unknown_keys(&mut self, entries: &[Entry], allowed: &[&str], place: &str) {
        for (key, _) in entries {
            let name = key.value.as_text().unwrap_or_default();
            if allowed.contains(&name.as_str()) {
                continue;
            }
            let help = match closest(&name, allowed) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the keys here are: {}", allowed.join(", ")),
            };
            self.push(
                key.at,
                D::UnknownKey,
                format!("unknown key `{name}` in {place}"),
                Some(help),
            );
        }
    }

    /// A kind or field name: lower-case ASCII kebab or snake case.
    fn name(&mut self, node: &Node, what: &str) -> Option<String> {
        let Some(name) = node.value.as_text() else {
            self.wrong_type(
                node,
                &format!("`{what}`"),
                "write a name such as `water-supply`",
            );
            return None;
        };
        if !is_name(&name) {
            self.push(
                node.at,
                D::InvalidName,
                format!("`{name}` is not a valid {what} name"),
                Some("use lower-case ASCII letters, digits and single `-` or `_` between words, starting with a letter: `valid_until`, `water-supply`".into()),
            );
            return None;
        }
        Some(name)
    }

    fn string(&mut self, entries: &[Entry], key: &str, field: &str) -> Option<String> {
        let (_, v) = tree::get(entries, key)?;
        let text = v.value.as_text();
        if text.is_none() {
            self.wrong_type(
                v,
                &format!("`{key}` of `{field}`"),
                "write one line of text",
            );
        }
        text
    }

    /// A field's `help`: one text, or one per language (`{ mr-IN: …, hi-IN: …, en-IN: … }`).
    fn help(&mut self, entries: &[Entry], field: &str) -> (Option<String>, Vec<(String, String)>) {
        let Some((_, v)) = tree::get(entries, "help") else {
            return (None, Vec::new());
        };
        let Some(map) = v.value.as_map() else {
            return (self.string(entries, "help", field), Vec::new());
        };
        let mut by_lang = Vec::new();
        for (key, value) in map {
            let tag = key.value.as_text().unwrap_or_default();
            if crate::lang::Lang::from_tag(&tag).is_none() {
                self.push(
                    key.at,
                    D::UnknownKey,
                    format!("`{tag}` in the `help` of `{field}` is not a language"),
                    Some("write one help text, or one per language: `{ mr-IN: …, hi-IN: …, en-IN: … }`".into()),
                );
                continue;
            }
            match value.value.as_text() {
                Some(text) => by_lang.push((tag, text)),
                None => self.wrong_type(
                    value,
                    &format!("the {tag} `help` of `{field}`"),
                    "write one line of text",
                ),
            }
        }
        let english = by_lang
            .iter()
            .find(|(tag, _)| crate::lang::Lang::from_tag(tag).is_some_and(|l| l.code() == "en"))
            .or(by_lang.first())
            .map(|(_, text)| text.clone());
        (english, by_lang)
    }

    fn flag(&mut self, entries: &[Entry], key: &str, field: &str) -> bool {
        match tree::get(entries, key) {
            None => false,
            Some((_, v)) => match v.value {
                Value::Bool(b) => b,
                _ => {
                    self.wrong_type(
                        v,
                        &format!("`{key}` of `{field}`"),
                        "write `true` or `false`",
                    );
                    false
                }
            },
        }
    }

    fn count(&mut self, entries: &[Entry], key: &str, field: &str) -> Option<(usize, Position)> {
        let (_, v) = tree::get(entries, key)?;
        match v.value {
            Value::Unsigned(n) => Some((usize::try_from(n).unwrap_or(usize::MAX), v.at)),
            _ => {
                self.wrong_type(v, &format!("`{key}` of `{field}`"), "write a whole number");
                None
            }
        }
    }

    /// A condition as written: `{ planned: true }` or `{ reason: other }` or
    /// `{ reason: [a, b] }`; checked against the fields later.
    fn condition(&mut self, entries: &[Entry], key: &str, field: &str) -> Option<Condition> {
        let (_, v) = tree::get(entries, key)?;
        let help = "write one field and its value: `{ planned: true }` or `{ reason: other }`";
        let Some([(cond_key, cond_value)]) = v.value.as_map() else {
            self.wrong_type(v, &format!("`{key}` of `{field}`"), help);
            return None;
        };
        let name = cond_key.value.as_text().unwrap_or_default();
        let equals = match &cond_value.value {
            Value::Bool(b) => ConditionValue::YesNo(*b),
            Value::Str(s) => ConditionValue::OneOf(vec![s.clone()]),
            Value::Seq(items) if !items.is_empty() => {
                let values: Option<Vec<String>> = items
                    .iter()
                    .map(|i| match &i.value {
                        Value::Str(s) => Some(s.clone()),
                        _ => None,
                    })
                    .collect();
                match values {
                    Some(v) => ConditionValue::OneOf(v),
                    None => {
                        self.wrong_type(cond_value, &format!("the value of `{name}`"), help);
                        return None;
                    }
                }
            }
            _ => {
                self.wrong_type(cond_value, &format!("the value of `{name}`"), help);
                return None;
            }
        };
        Some(Condition {
            field: name,
            equals,
            at: cond_key.at,
        })
    }

    fn field(&mut self, key: &Node, value: &Node) -> Option<Pending> {
        let name = self.name(key, "field");
        let Some(entries) = value.value.as_map() else {
            self.wrong_type(
                value,
                &format!("field `{}`", name.as_deref().unwrap_or("?")),
                "write a mapping: `{ type: text, required: true }`",
            );
            return None;
        };
        let name = name?;
        let all_keys: Vec<&str> = FIELD_KEYS.iter().map(|(k, _)| *k).collect();
        let ty = match tree::get(entries, "type") {
            None => {
                self.push(
                    key.at,
                    D::MissingKey,
                    format!("field `{name}` has no `type`"),
                    Some(format!(
                        "add `type:` with one of: {}",
                        type_names().join(", ")
                    )),
                );
                self.unknown_keys(entries, &all_keys, &format!("field `{name}`"));
                return None;
            }
            Some((_, t)) => {
                let written = t.value.as_text().unwrap_or_default();
                match FieldType::from_key(&written) {
                    Some(ty) => ty,
                    None => {
                        let names = type_names();
                        let help = match closest(&written, &names) {
                            Some(s) => format!("did you mean `{s}`? (types: {})", names.join(", ")),
                            None => format!("the types are: {}", names.join(", ")),
                        };
                        self.push(
                            t.at,
                            D::UnknownType,
                            format!("`{written}` is not a field type"),
                            Some(help),
                        );
                        self.unknown_keys(entries, &all_keys, &format!("field `{name}`"));
                        return None;
                    }
                }
            }
        };
        // Keys that exist but not for this type are unknown here too, with a word on where
        // they belong.
        let allowed: Vec<&str> = FIELD_KEYS
            .iter()
            .filter(|(_, types)| types.is_empty() || types.contains(&ty))
            .map(|(k, _)| *k)
            .collect();
        for (k, _) in entries {
            let written = k.value.as_text().unwrap_or_default();
            if allowed.contains(&written.as_str()) {
                continue;
            }
            let help = match FIELD_KEYS.iter().find(|(n, _)| *n == written) {
                Some((_, types)) => format!(
                    "`{written}` is for {} fields; this field is `{}`",
                    types.iter().map(|t| t.key()).collect::<Vec<_>>().join(", "),
                    ty.key()
                ),
                None => match closest(&written, &allowed) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!(
                        "the keys of a {} field are: {}",
                        ty.key(),
                        allowed.join(", ")
                    ),
                },
            };
            self.push(
                k.at,
                D::UnknownKey,
                format!("unknown key `{written}` in field `{name}`"),
                Some(help),
            );
        }
        let required = self.flag(entries, "required", &name);
        let numbered = self.flag(entries, "numbered", &name);
        let sentences = self.flag(entries, "sentences", &name);
        let in_cancel = self.flag(entries, "in-cancel", &name);
        let required_if = self.condition(entries, "required-if", &name);
        let (help, help_in) = self.help(entries, &name);
        let example = self.string(entries, "example", &name);
        let details = tree::get(entries, "details-of");
        let details_of = details.and_then(|(_, v)| self.name(v, "field"));
        let mut values = Vec::new();
        if ty == FieldType::Choice {
            match tree::get(entries, "values") {
                Some((_, v)) => match &v.value {
                    Value::Seq(items) if !items.is_empty() => {
                        for item in items {
                            let Some(s) = item.value.as_text() else {
                                self.wrong_type(
                                    item,
                                    "a choice value",
                                    "write a kebab-case name such as `pipeline-repair`",
                                );
                                continue;
                            };
                            if !is_value_name(&s) {
                                self.push(item.at, D::InvalidName, format!("`{s}` is not a valid choice value"),
                                    Some("use lower-case ASCII letters, digits and single `-` between words: `pipeline-repair` (values become Fluent selector values)".into()));
                            } else if values.contains(&s) {
                                self.push(
                                    item.at,
                                    D::DuplicateField,
                                    format!("`{s}` is listed twice in `{name}`"),
                                    Some("keep one of the two".into()),
                                );
                            } else {
                                values.push(s);
                            }
                        }
                    }
                    _ => self.push(
                        v.at,
                        D::ChoiceWithoutValues,
                        format!("choice `{name}` has no values"),
                        Some(
                            "list them: `values: [pipeline-repair, valve-replacement, other]`"
                                .into(),
                        ),
                    ),
                },
                None => self.push(
                    key.at,
                    D::ChoiceWithoutValues,
                    format!("choice `{name}` has no values"),
                    Some("add `values: [pipeline-repair, valve-replacement, other]`".into()),
                ),
            }
        }
        if ty == FieldType::TextList {
            match tree::get(entries, "of") {
                Some((_, v)) if v.value.as_text().as_deref() == Some("text") => {}
                Some((_, v)) => self.push(
                    v.at,
                    D::UnknownType,
                    format!(
                        "a list of `{}` is not supported",
                        v.value.as_text().unwrap_or_default()
                    ),
                    Some("write `of: text` (for helplines use `type: contacts`)".into()),
                ),
                None => self.push(
                    key.at,
                    D::MissingKey,
                    format!("list `{name}` does not say what it holds"),
                    Some("add `of: text`".into()),
                ),
            }
        }
        let min = self.count(entries, "min-items", &name);
        let max = self.count(entries, "max-items", &name);
        let min_items = min.map_or(0, |(n, _)| n);
        let max_items = max.map_or(MAX_LIST_ITEMS, |(n, _)| n);
        if let Some((n, at)) = max
            && (n > MAX_LIST_ITEMS || n == 0)
        {
            self.push(
                at,
                D::InvalidLimit,
                format!("`max-items` of `{name}` must be 1–{MAX_LIST_ITEMS}"),
                Some(format!(
                    "write at most {MAX_LIST_ITEMS}, the limit of every list"
                )),
            );
        } else if let Some((n, at)) = min
            && n > max_items
        {
            self.push(
                at,
                D::InvalidLimit,
                format!("`min-items` of `{name}` ({n}) is more than `max-items` ({max_items})"),
                Some("make `min-items` at most `max-items`".into()),
            );
        }
        let span = (ty == FieldType::Span).then(|| SpanKeys {
            start: self
                .string(entries, "start", &name)
                .unwrap_or_else(|| "start".into()),
            end: self
                .string(entries, "end", &name)
                .unwrap_or_else(|| "end".into()),
            end_required_if: self.condition(entries, "end-required-if", &name),
        });
        if let Some(s) = &span {
            for k in [&s.start, &s.end] {
                if !is_name(k) {
                    self.push(key.at, D::InvalidName, format!("`{k}` is not a valid field name"),
                        Some("use lower-case ASCII letters, digits and single `-` or `_` between words".into()));
                }
            }
        }
        Some(Pending {
            def: FieldDef {
                name,
                ty,
                required,
                required_if,
                details_of,
                values,
                min_items,
                max_items,
                span,
                numbered,
                sentences,
                in_cancel,
                help,
                help_in,
                example,
                common: false,
                at: key.at,
            },
            details_at: details.map(|(_, v)| v.at),
        })
    }

    /// The checks that need every field: names used once, conditions naming a choice or a
    /// yes/no with a value it can take.
    fn check_fields(&mut self, fields: &mut Vec<FieldDef>, pending: Vec<Pending>) {
        for (i, p) in pending.iter().enumerate() {
            let mut names = p.def.document_keys();
            if !names.contains(&p.def.name.as_str()) {
                names.push(&p.def.name);
            }
            for key in names {
                let taken = fields
                    .iter()
                    .chain(pending[..i].iter().map(|q| &q.def))
                    .find(|f| f.name == key || f.document_keys().contains(&key));
                if key == "kind" || taken.is_some() {
                    let what = match taken {
                        Some(f) if f.common => {
                            "a field every notice has (kinds/common.yaml)".to_string()
                        }
                        Some(f) => format!("used by field `{}`", f.name),
                        None => "the notice's kind".to_string(),
                    };
                    self.push(
                        p.def.at,
                        D::DuplicateField,
                        format!("`{key}` is already {what}"),
                        Some("give this field another name".into()),
                    );
                }
            }
        }
        let all: Vec<FieldDef> = fields
            .iter()
            .cloned()
            .chain(pending.iter().map(|p| p.def.clone()))
            .collect();
        for p in &pending {
            let d = &p.def;
            let conditions = [
                d.required_if.as_ref(),
                d.span.as_ref().and_then(|s| s.end_required_if.as_ref()),
            ];
            for c in conditions.into_iter().flatten() {
                self.check_condition(c, &all, &d.name);
            }
            if let (Some(choice), Some(at)) = (&d.details_of, p.details_at) {
                match all.iter().find(|f| &f.name == choice) {
                    None => self.unknown_field(at, choice, &all),
                    Some(f)
                        if f.ty != FieldType::Choice || !f.values.iter().any(|v| v == "other") =>
                    {
                        self.push(at, D::InvalidCondition, format!("`details-of: {choice}`: `{choice}` is not a choice with the value `other`"),
                            Some(format!("add `other` to the values of `{choice}`, or name a choice that has it")));
                    }
                    Some(_) => {}
                }
            }
        }
        fields.extend(pending.into_iter().map(|p| p.def));
    }

    fn unknown_field(&mut self, at: Position, name: &str, fields: &[FieldDef]) {
        let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
        let help = match closest(name, &names) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("the fields are: {}", names.join(", ")),
        };
        self.push(
            at,
            D::UnknownField,
            format!("there is no field `{name}`"),
            Some(help),
        );
    }

    fn check_condition(&mut self, c: &Condition, fields: &[FieldDef], field: &str) {
        let Some(target) = fields.iter().find(|f| f.name == c.field) else {
            self.unknown_field(c.at, &c.field, fields);
            return;
        };
        let ok = match (&c.equals, target.ty) {
            (ConditionValue::YesNo(_), FieldType::YesNo) => true,
            (ConditionValue::OneOf(values), FieldType::Choice) => {
                let bad: Vec<&String> = values
                    .iter()
                    .filter(|v| !target.values.contains(v))
                    .collect();
                if let Some(v) = bad.first() {
                    let allowed: Vec<&str> = target.values.iter().map(String::as_str).collect();
                    self.push(
                        c.at,
                        D::InvalidCondition,
                        format!("`{v}` is not a value of `{}`", c.field),
                        Some(match closest(v, &allowed) {
                            Some(s) => {
                                format!("did you mean `{s}`? (values: {})", allowed.join(", "))
                            }
                            None => format!("the values are: {}", allowed.join(", ")),
                        }),
                    );
                }
                true
            }
            (_, FieldType::YesNo) => {
                self.push(
                    c.at,
                    D::InvalidCondition,
                    format!(
                        "`{}` is a yes-no field: compare it with true or false",
                        c.field
                    ),
                    Some(format!("write `{{ {}: true }}`", c.field)),
                );
                true
            }
            (_, FieldType::Choice) => {
                self.push(
                    c.at,
                    D::InvalidCondition,
                    format!(
                        "`{}` is a choice: compare it with one of its values",
                        c.field
                    ),
                    Some(format!(
                        "write `{{ {}: {} }}`",
                        c.field,
                        target.values.first().map_or("…", String::as_str)
                    )),
                );
                true
            }
            _ => false,
        };
        if !ok {
            self.push(c.at, D::InvalidCondition,
                format!("`{field}` depends on `{}`, a {} field; only a choice or a yes-no field can decide", c.field, target.ty.key()),
                Some(format!("make `{}` a `choice` or a `yes-no`, or depend on one that is", c.field)));
        }
    }

    fn rules(&mut self, node: &Node, fields: &[FieldDef]) -> Vec<Rule> {
        let Value::Seq(items) = &node.value else {
            self.wrong_type(
                node,
                "`rules`",
                "write a list: `- { field: end, after: start }`",
            );
            return Vec::new();
        };
        let mut rules = Vec::new();
        for item in items {
            let Some(entries) = item.value.as_map() else {
                self.wrong_type(item, "a rule", "write `{ field: end, after: start }`");
                continue;
            };
            self.unknown_keys(entries, &["field", "after"], "a rule");
            let named = |p: &mut Self, key: &str| -> Option<(String, Position)> {
                match tree::get(entries, key) {
                    Some((_, v)) => match v.value.as_text() {
                        Some(s) => Some((s, v.at)),
                        None => {
                            p.wrong_type(v, &format!("`{key}`"), "write a field name");
                            None
                        }
                    },
                    None => {
                        p.push(
                            item.at,
                            D::MissingKey,
                            format!("the rule has no `{key}`"),
                            Some("write `{ field: end, after: start }`".into()),
                        );
                        None
                    }
                }
            };
            let (Some((field, fat)), Some((after, aat))) =
                (named(self, "field"), named(self, "after"))
            else {
                continue;
            };
            let mut types = Vec::new();
            for (name, at) in [(&field, fat), (&after, aat)] {
                // A span's start or end is a date-time too.
                let in_span = fields.iter().any(|f| {
                    f.span
                        .as_ref()
                        .is_some_and(|s| &s.start == name || &s.end == name)
                });
                match fields.iter().find(|f| &f.name == name) {
                    None if in_span => types.push(FieldType::DateTime),
                    None => self.unknown_field(at, name, fields),
                    Some(f) if !matches!(f.ty, FieldType::Date | FieldType::DateTime) => {
                        self.push(at, D::InvalidCondition, format!("`after` compares dates or date-times; `{name}` is a {} field", f.ty.key()),
                            Some("name two `date` or two `date-time` fields (a span checks its own end)".into()));
                    }
                    Some(f) => types.push(f.ty),
                }
            }
            if let [a, b] = types[..]
                && a != b
            {
                self.push(
                    fat,
                    D::InvalidCondition,
                    format!("`{field}` and `{after}` are not of the same type"),
                    Some("compare two `date` or two `date-time` fields".into()),
                );
            }
            rules.push(Rule::After {
                field,
                after,
                at: item.at,
            });
        }
        rules
    }
}

/// The names of every field type, for help.
fn type_names() -> Vec<&'static str> {
    FieldType::ALL.iter().map(|t| t.key()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lower_case_kebab_or_snake_ascii() {
        for ok in [
            "areas",
            "valid_until",
            "water-supply",
            "f2",
            "low-pressure-until",
        ] {
            assert!(is_name(ok), "{ok}");
        }
        for bad in [
            "",
            "Areas",
            "2f",
            "-a",
            "a-",
            "a--b",
            "a b",
            "पाणी",
            "a.b",
            &"a".repeat(65),
        ] {
            assert!(!is_name(bad), "{bad}");
        }
        assert!(is_value_name("pipeline-repair"));
        assert!(!is_value_name("pipeline_repair"));
    }
}
