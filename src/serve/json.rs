//! The JSON the API reads and writes: the render request, the render response with its
//! renderings and diagnostics, and the description of the kinds (`GET /api/kinds`), made
//! from the kinds' definitions.

use serde::{Deserialize, Serialize};

use crate::error::DataError;
use crate::kind::{Condition, ConditionValue, Definition, FieldDef};
use crate::lang::Lang;

/// One value or a list of them: `"mr,hi"` or `["mr", "hi"]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// One string; commas separate several.
    One(String),
    /// A list.
    Many(Vec<String>),
}

impl OneOrMany {
    /// Every item, commas split.
    pub fn items(&self) -> Vec<String> {
        let split = |s: &str| {
            s.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        match self {
            OneOrMany::One(s) => split(s),
            OneOrMany::Many(v) => v.iter().flat_map(|s| split(s)).collect(),
        }
    }
}

/// The JSON body of `POST /api/render`: the notice as YAML text (`yaml`) or as a JSON object
/// (`notice`), and how to render it. Fields left out are taken from the query string, then
/// the defaults: `mr`, every format, not bilingual.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenderRequest {
    /// The notice as YAML text, as a file holds it (one document).
    pub yaml: Option<String>,
    /// The notice as a JSON object (notice-data v1).
    pub notice: Option<serde_json::Value>,
    /// Languages in order: `["mr", "hi"]` or `"mr,hi"`.
    #[serde(alias = "lang")]
    pub languages: Option<OneOrMany>,
    /// Formats: `"sms"`, `["text", "sms"]` or `"all"`.
    #[serde(alias = "formats")]
    pub format: Option<OneOrMany>,
    /// One notice holding every language, in order.
    pub bilingual: Option<bool>,
    /// Answer the notice as plain JSON data too (`data`), for a form to show it.
    pub data: Option<bool>,
}

/// The query string of `POST /api/render`: `?languages=mr,hi&format=sms&bilingual=true`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct RenderQuery {
    /// Languages in order, commas between.
    #[serde(alias = "lang")]
    pub languages: Option<String>,
    /// Formats, commas between, or `all`.
    #[serde(alias = "formats")]
    pub format: Option<String>,
    /// One notice holding every language.
    pub bilingual: Option<bool>,
    /// Answer the notice as plain JSON data too.
    pub data: Option<bool>,
}

/// One problem, as the command prints it: `{severity, code, message, help, line, column,
/// path}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// `error` (the notice is not sent as it is) or `warning`.
    pub severity: &'static str,
    /// The stable code, e.g. `invalid-datetime`.
    pub code: &'static str,
    /// One line naming the field.
    pub message: String,
    /// What to write instead.
    pub help: Option<String>,
    /// 1-based line in the YAML (for a JSON notice: in the notice as one JSON line).
    pub line: Option<u32>,
    /// 1-based column, in characters.
    pub column: Option<u32>,
    /// The field path, e.g. `start`, `areas[1]`, `issuer.office.mr-IN`; empty for the whole
    /// notice.
    pub path: String,
}

impl Diagnostic {
    /// An error of the data, as the command reports it.
    pub fn from_data(e: &DataError) -> Diagnostic {
        Diagnostic {
            severity: "error",
            code: e.code(),
            message: e.message.clone(),
            help: e.help.clone(),
            line: e.position.map(|p| p.line),
            column: e.position.map(|p| p.column),
            path: e.path.clone(),
        }
    }
}

/// An SMS's measure.
#[derive(Clone, Debug, Serialize)]
pub struct SmsJson {
    /// `gsm7` or `ucs2`.
    pub encoding: &'static str,
    /// Characters (Unicode scalar values).
    pub chars: usize,
    /// UTF-16 code units, what a UCS-2 part holds 70 (67 when split) of.
    pub units: usize,
    /// Parts a phone sends it as.
    pub parts: usize,
}

/// The DLT check of an SMS.
#[derive(Clone, Debug, Serialize)]
pub struct DltJson {
    /// The template the SMS matches (or must match), `{#var#}` where data goes.
    pub template: String,
    /// The template's variables, in order.
    pub variables: Vec<std::borrow::Cow<'static, str>>,
    /// What an operator would reject; empty when the SMS matches.
    pub findings: Vec<Diagnostic>,
}

/// One rendering: one language, or one bilingual notice, in one format.
#[derive(Clone, Debug, Serialize)]
pub struct RenderingJson {
    /// `mr-IN`, or `mr-IN+hi-IN` when bilingual.
    pub lang: String,
    /// The languages, in order.
    pub languages: Vec<&'static str>,
    /// `text`, `whatsapp`, `sms` or `html`.
    pub format: &'static str,
    /// The rendering.
    pub text: String,
    /// For SMS: encoding, characters, units, parts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms: Option<SmsJson>,
    /// For SMS of a built-in kind: the DLT template and findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dlt: Option<DltJson>,
}

/// The answer of `POST /api/render`: status 200 when every rendering was made without an
/// error, 422 otherwise (the renderings that could be made are still there).
#[derive(Clone, Debug, Serialize)]
pub struct RenderResponse {
    /// The notice's kind, when it could be read.
    pub kind: Option<String>,
    /// The notice's id (given, or `notice-1`).
    pub id: Option<String>,
    /// Every rendering made, by language group, then format.
    pub renderings: Vec<RenderingJson>,
    /// Errors and warnings, sorted by line.
    pub diagnostics: Vec<Diagnostic>,
    /// With `"data": true`: the document as plain JSON data, when its YAML could be read (for
    /// a form to show it, whether or not the notice is valid); otherwise, or for YAML that
    /// cannot be read, `null`.
    pub data: Option<serde_json::Value>,
}

/// A language the server speaks.
#[derive(Clone, Debug, Serialize)]
pub struct LanguageJson {
    /// `mr-IN`.
    pub tag: &'static str,
    /// `mr`.
    pub code: &'static str,
    /// `Marathi`.
    pub name: &'static str,
    /// `Deva`.
    pub script: &'static str,
}

impl From<Lang> for LanguageJson {
    fn from(l: Lang) -> LanguageJson {
        LanguageJson {
            tag: l.tag(),
            code: l.code(),
            name: l.name(),
            script: l.script(),
        }
    }
}

/// A condition: `{ "field": "planned", "equals": [true] }` or `["other"]`.
#[derive(Clone, Debug, Serialize)]
pub struct ConditionJson {
    /// The field whose value decides.
    pub field: String,
    /// The values that make it hold.
    pub equals: Vec<serde_json::Value>,
}

impl From<&Condition> for ConditionJson {
    fn from(c: &Condition) -> ConditionJson {
        ConditionJson {
            field: c.field.clone(),
            equals: match &c.equals {
                ConditionValue::YesNo(b) => vec![serde_json::Value::Bool(*b)],
                ConditionValue::OneOf(v) => v.iter().map(|s| s.as_str().into()).collect(),
            },
        }
    }
}

/// The keys of a span.
#[derive(Clone, Debug, Serialize)]
pub struct SpanJson {
    /// The key of the start (`start`).
    pub start: String,
    /// The key of the end (`end`).
    pub end: String,
    /// When the end is required.
    pub end_required_if: Option<ConditionJson>,
}

/// One field of a kind, from its definition.
#[derive(Clone, Debug, Serialize)]
pub struct FieldJson {
    /// The field's name.
    pub name: String,
    /// Its type: `text`, `list`, `string`, `date`, `date-time`, `span`, `yes-no`, `count`,
    /// `choice`, `phone`, `contacts`, `person`, `issuer` or `id`.
    #[serde(rename = "type")]
    pub ty: &'static str,
    /// Whether every notice gives it (a span: its start).
    pub required: bool,
    /// Required when another field has a value.
    pub required_if: Option<ConditionJson>,
    /// For a text: the choice whose `other` it describes.
    pub details_of: Option<String>,
    /// For a choice: its values.
    pub values: Vec<String>,
    /// For a list: the fewest items.
    pub min_items: usize,
    /// For a list: the most items.
    pub max_items: usize,
    /// For a span: its keys.
    pub span: Option<SpanJson>,
    /// The keys a notice writes for it.
    pub keys: Vec<String>,
    /// What it is, for people writing notices (English).
    pub help: Option<String>,
    /// The same in each language the definition gives it in, by tag (`mr-IN`): the page
    /// shows the one of its own language.
    pub help_in: std::collections::BTreeMap<String, String>,
    /// How to write it.
    pub example: Option<String>,
    /// One of the fields every notice has.
    pub common: bool,
}

impl From<&FieldDef> for FieldJson {
    fn from(f: &FieldDef) -> FieldJson {
        FieldJson {
            name: f.name.clone(),
            ty: f.ty.key(),
            required: f.required,
            required_if: f.required_if.as_ref().map(ConditionJson::from),
            details_of: f.details_of.clone(),
            values: f.values.clone(),
            min_items: f.min_items,
            max_items: f.max_items,
            span: f.span.as_ref().map(|s| SpanJson {
                start: s.start.clone(),
                end: s.end.clone(),
                end_required_if: s.end_required_if.as_ref().map(ConditionJson::from),
            }),
            keys: f.document_keys().into_iter().map(str::to_string).collect(),
            help: f.help.clone(),
            help_in: f.help_in.iter().cloned().collect(),
            example: f.example.clone(),
            common: f.common,
        }
    }
}

/// One kind, from its definition.
#[derive(Clone, Debug, Serialize)]
pub struct KindJson {
    /// What notices write as `kind:`.
    pub kind: String,
    /// One line saying what it is for.
    pub description: Option<String>,
    /// Whether it is one of the built-in kinds (which have DLT templates).
    pub builtin: bool,
    /// Every field, the common ones first.
    pub fields: Vec<FieldJson>,
}

impl From<&Definition> for KindJson {
    fn from(d: &Definition) -> KindJson {
        KindJson {
            kind: d.kind.clone(),
            description: d.description.clone(),
            builtin: crate::notice::Kind::from_key(&d.kind).is_some(),
            fields: d.fields.iter().map(FieldJson::from).collect(),
        }
    }
}

/// The answer of `GET /api/kinds`.
#[derive(Clone, Debug, Serialize)]
pub struct KindsJson {
    /// Every kind the server knows: the built-in ones, then those of `--kinds`.
    pub kinds: Vec<KindJson>,
    /// The languages it speaks, in order.
    pub languages: Vec<LanguageJson>,
    /// The formats: `text`, `whatsapp`, `sms`, `html`.
    pub formats: Vec<&'static str>,
}
