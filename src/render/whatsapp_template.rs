//! WhatsApp Business message templates: the template each case of a kind's SMS needs (made
//! like its DLT template, from the same cases and variables), the rules Meta enforces on it,
//! and the send payload of one notice, checked against the templates registered earlier.
//!
//! A template's body is the kind's layout `<kind>.whatsapp-template.tera` rendered with the
//! context of its SMS (the same variables, so lists are shortened to fit one variable and no
//! value holds a line break) and `greeting` and `closing` from the locale files; its header
//! is the kind's title (`<kind>-title`) and its footer the issuer, as fixed text. One
//! template per case and language; a WhatsApp template speaks one language.
//!
//! The rules, as Meta's WhatsApp Business Management API and its reviewers apply them (read
//! in December 2026 from Meta's template guidelines as quoted by BSPs; Meta's own pages are
//! not stored here):
//! - name: lowercase letters, digits and `_`, at most 512 characters; the same name may be
//!   registered once per language (Syniverse, "How to avoid too many parameters rejection in
//!   WhatsApp Templates"; easysocial.io/docs/guidelines);
//! - header (TEXT): at most 60 characters, at most one variable; footer: at most 60
//!   characters, no variable (askeva.io/docs/header-and-footer.html; dualhook.com/docs/
//!   template-elements; support.myoperator.com "Can I use variables in the footer");
//! - body: at most 1,024 characters, variables `{{1}}`, `{{2}}`, … numbered in order, none at
//!   the very start or end of the body (docs.quantixone.com, Template Components), none side
//!   by side (dualhook.com: "avoid consecutive placeholders"; howsit.ai: `{{1}}{{2}}{{3}}` is
//!   rejected) — read here as two variables with nothing but spaces between them;
//! - enough words for the variables: "Template contains too many variable parameters relative
//!   to the message length" is refused; the ratio BSPs found is words + variables ≥
//!   3 × variables + 1, i.e. at least 2 × variables + 1 fixed words (Syniverse, above;
//!   docs.mercuri.cx, "WhatsApp Template: Minimum words/parameters ratio");
//! - a parameter value may not hold a line break or a tab or more than 4 spaces in a row (the
//!   Cloud API's error 132018; netcore: "Parameter values can't have newline characters");
//!   here 4 spaces in a row are already refused.
//!
//! The 1,024 characters are measured after filling: every variable with the longest value it
//! realistically holds. The values are the SMS's, which DLT already holds to 30 characters (a
//! list is shortened to fit: "वाई, पसरणी आणि इतर ५"), so each is taken as
//! [`REALISTIC_VALUE_CHARS`] characters or its example's length, whichever is longer. A
//! longer value (a meeting's title, say) is caught when the notice is rendered, which
//! measures its own message.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::dlt::SplitTemplate;
use super::sms_view::{self, SmsKind, SmsView};
use super::{Engine, Format, Rendering, TemplateKey, mark_variables, template_key};
use crate::error::RenderError;
use crate::lang::Lang;
use crate::notice::Notice;

/// Most characters of a template body, after filling.
pub const WA_BODY_LIMIT: usize = 1024;
/// Most characters of a text header (after filling) and of a footer.
pub const WA_HEADER_FOOTER_LIMIT: usize = 60;
/// Most characters of a template name.
pub const WA_NAME_LIMIT: usize = 512;
/// The length each variable is assumed to reach when a template's length is measured (its
/// example's, when longer): the DLT bound its SMS values are fitted to.
pub const REALISTIC_VALUE_CHARS: usize = 30;

/// A part of a WhatsApp template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaComponent {
    /// The template's name.
    Name,
    /// The text header.
    Header,
    /// The body.
    Body,
    /// The footer.
    Footer,
}

impl fmt::Display for WaComponent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WaComponent::Name => "name",
            WaComponent::Header => "HEADER",
            WaComponent::Body => "BODY",
            WaComponent::Footer => "FOOTER",
        })
    }
}

/// A rule of Meta's that a template or a message breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaRule {
    /// The name is not 1–512 of `a-z 0-9 _`.
    Name,
    /// A component is longer than its limit after filling.
    TooLong,
    /// A header with more than one variable, or a footer with any.
    Variables,
    /// Two variables with nothing but spaces between them.
    SideBySide,
    /// A variable at the very start or end of the body.
    AtEdge,
    /// Fewer than 2 × variables + 1 fixed words.
    TooFewWords,
    /// A parameter value (or example) with a line break, a tab or 4 spaces in a row, or empty.
    Value,
    /// No example value for a variable (a warning: an example of the variable's name is sent).
    NoExample,
    /// A message that matches no registered template, or differs from it.
    Mismatch,
}

/// One problem of one template or one message, with the component it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaProblem {
    /// The rule broken.
    pub rule: WaRule,
    /// Where.
    pub component: WaComponent,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl WaProblem {
    fn new(rule: WaRule, component: WaComponent, message: String) -> WaProblem {
        WaProblem {
            rule,
            component,
            message,
        }
    }

    /// A stable code: `whatsapp-name`, `whatsapp-too-long`, `whatsapp-variables`,
    /// `whatsapp-side-by-side`, `whatsapp-variable-at-edge`, `whatsapp-too-few-words`,
    /// `whatsapp-value`, `whatsapp-no-example` or `whatsapp-mismatch`.
    pub fn code(&self) -> &'static str {
        match self.rule {
            WaRule::Name => "whatsapp-name",
            WaRule::TooLong => "whatsapp-too-long",
            WaRule::Variables => "whatsapp-variables",
            WaRule::SideBySide => "whatsapp-side-by-side",
            WaRule::AtEdge => "whatsapp-variable-at-edge",
            WaRule::TooFewWords => "whatsapp-too-few-words",
            WaRule::Value => "whatsapp-value",
            WaRule::NoExample => "whatsapp-no-example",
            WaRule::Mismatch => "whatsapp-mismatch",
        }
    }

    /// Whether it only warns: a missing example is not a rule Meta's API enforces.
    pub fn is_warning(&self) -> bool {
        self.rule == WaRule::NoExample
    }
}

impl fmt::Display for WaProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.component, self.message)
    }
}

/// One WhatsApp Business template: what `suchana whatsapp-templates` prints for one case in
/// one language, and what `render --whatsapp-templates FILE` reads back.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct WaTemplate {
    /// `outage_mr_1a2b3c4d`: the kind, the language and a hash of the three texts, so a
    /// change of wording (or issuer) is a new template, as Meta treats it.
    pub name: String,
    /// `mr`, `hi`, `en`.
    pub language: String,
    /// The header text (`{{1}}` at most), if any.
    pub header: Option<String>,
    /// The body, with `{{1}}`, `{{2}}`, … where data goes.
    pub body: String,
    /// The footer (fixed text), if any.
    pub footer: Option<String>,
    /// The names of the header's variables (`title`).
    pub header_variables: Vec<Cow<'static, str>>,
    /// The names of the body's variables, in order (`from`, `to`, `areas`, …).
    pub body_variables: Vec<Cow<'static, str>>,
    /// An example value of each header variable.
    pub header_example: Vec<String>,
    /// An example value of each body variable.
    pub body_example: Vec<String>,
    /// The cases (selector values) that render to this template (empty when read back).
    pub cases: Vec<String>,
}

/// The JSON Meta's `POST /<WABA_ID>/message_templates` takes, in this field order.
#[derive(Serialize)]
struct CreateBody<'a> {
    name: &'a str,
    language: &'a str,
    category: &'static str,
    components: Vec<Component<'a>>,
}

#[derive(Serialize)]
struct Component<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    example: Option<serde_json::Value>,
}

impl WaTemplate {
    /// The JSON body that creates this template (WhatsApp Business Management API):
    /// `name`, `language`, `category` `UTILITY` and the HEADER (text), BODY and FOOTER
    /// components, each variable with its example.
    pub fn to_json(&self) -> String {
        let mut components = Vec::new();
        if let Some(header) = &self.header {
            components.push(Component {
                kind: "HEADER",
                format: Some("TEXT"),
                text: header,
                example: (!self.header_example.is_empty())
                    .then(|| serde_json::json!({ "header_text": self.header_example })),
            });
        }
        components.push(Component {
            kind: "BODY",
            format: None,
            text: &self.body,
            example: (!self.body_example.is_empty())
                .then(|| serde_json::json!({ "body_text": [self.body_example] })),
        });
        if let Some(footer) = &self.footer {
            components.push(Component {
                kind: "FOOTER",
                format: None,
                text: footer,
                example: None,
            });
        }
        let body = CreateBody {
            name: &self.name,
            language: &self.language,
            category: "UTILITY",
            components,
        };
        serde_json::to_string(&body).unwrap_or_default()
    }

    /// Every rule of Meta's this template breaks, each with its component: its name, the
    /// lengths after filling (each variable with [`REALISTIC_VALUE_CHARS`] characters or its
    /// example, whichever is longer), the variables' places, the words per variable, and the
    /// example values.
    pub fn lint(&self) -> Vec<WaProblem> {
        let mut out = Vec::new();
        let name_ok = !self.name.is_empty()
            && self.name.chars().count() <= WA_NAME_LIMIT
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !name_ok {
            out.push(WaProblem::new(
                WaRule::Name,
                WaComponent::Name,
                format!(
                    "`{}` is not a template name: 1 to {WA_NAME_LIMIT} lowercase letters, digits and `_`",
                    self.name
                ),
            ));
        }
        let realistic = |examples: &[String], i: usize| {
            examples
                .get(i)
                .map_or(0, |e| e.chars().count())
                .max(REALISTIC_VALUE_CHARS)
        };
        if let Some(header) = &self.header {
            let n = variables_in(header).len();
            if n > 1 {
                out.push(WaProblem::new(
                    WaRule::Variables,
                    WaComponent::Header,
                    format!("holds {n} variables; a text header may hold one"),
                ));
            }
            let filled = filled_length(header, |i| realistic(&self.header_example, i));
            if filled > WA_HEADER_FOOTER_LIMIT {
                out.push(too_long(
                    WaComponent::Header,
                    filled,
                    WA_HEADER_FOOTER_LIMIT,
                ));
            }
        }
        if let Some(footer) = &self.footer {
            if !variables_in(footer).is_empty() {
                out.push(WaProblem::new(
                    WaRule::Variables,
                    WaComponent::Footer,
                    "holds a variable; a footer is fixed text".into(),
                ));
            }
            let chars = footer.chars().count();
            if chars > WA_HEADER_FOOTER_LIMIT {
                out.push(too_long(WaComponent::Footer, chars, WA_HEADER_FOOTER_LIMIT));
            }
        }
        let filled = filled_length(&self.body, |i| realistic(&self.body_example, i));
        if filled > WA_BODY_LIMIT {
            out.push(too_long(WaComponent::Body, filled, WA_BODY_LIMIT));
        }
        out.extend(body_placement(&self.body));
        for (component, examples, names) in [
            (
                WaComponent::Header,
                &self.header_example,
                &self.header_variables,
            ),
            (WaComponent::Body, &self.body_example, &self.body_variables),
        ] {
            for (i, value) in examples.iter().enumerate() {
                if let Some(problem) = value_problem(value) {
                    let name = names.get(i).map_or(String::new(), |n| format!(" (${n})"));
                    out.push(WaProblem::new(
                        WaRule::Value,
                        component,
                        format!(
                            "the example of {{{{{}}}}}{name} {problem}: \"{value}\"",
                            i + 1
                        ),
                    ));
                }
            }
        }
        out
    }
}

/// The variables `{{n}}` of `text`: each one's number and its byte range.
fn variables_in(text: &str) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| from + i) {
        let Some(close) = text[open + 2..].find("}}").map(|i| open + 2 + i) else {
            break;
        };
        let inner = &text[open + 2..close];
        match inner.parse::<usize>() {
            Ok(n) if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) => {
                out.push((n, open..close + 2));
                from = close + 2;
            }
            _ => from = open + 2,
        }
    }
    out
}

/// The length of `text` in characters with variable `{{n}}` taking `value_len(n - 1)`.
fn filled_length(text: &str, value_len: impl Fn(usize) -> usize) -> usize {
    let vars = variables_in(text);
    let fixed: usize = text.chars().count()
        - vars
            .iter()
            .map(|(_, r)| text[r.clone()].chars().count())
            .sum::<usize>();
    fixed
        + vars
            .iter()
            .map(|(n, _)| value_len(n.saturating_sub(1)))
            .sum::<usize>()
}

fn too_long(component: WaComponent, chars: usize, limit: usize) -> WaProblem {
    WaProblem::new(
        WaRule::TooLong,
        component,
        format!("{chars} characters after filling, more than the {limit} WhatsApp allows"),
    )
}

/// The problems of the body's variables' places: at an edge, side by side, too few words.
fn body_placement(body: &str) -> Vec<WaProblem> {
    let mut out = Vec::new();
    let vars = variables_in(body);
    let trimmed = body.trim();
    let start = body.len() - body.trim_start().len();
    let end = start + trimmed.len();
    if let Some((n, _)) = vars.iter().find(|(_, r)| r.start == start) {
        out.push(WaProblem::new(
            WaRule::AtEdge,
            WaComponent::Body,
            format!("starts with the variable {{{{{n}}}}}; begin with fixed words"),
        ));
    }
    if let Some((n, _)) = vars.iter().find(|(_, r)| r.end == end) {
        out.push(WaProblem::new(
            WaRule::AtEdge,
            WaComponent::Body,
            format!("ends with the variable {{{{{n}}}}}; end with fixed words"),
        ));
    }
    for pair in vars.windows(2) {
        let ((a, first), (b, second)) = (&pair[0], &pair[1]);
        if body[first.end..second.start].trim().is_empty() {
            out.push(WaProblem::new(
                WaRule::SideBySide,
                WaComponent::Body,
                format!("the variables {{{{{a}}}}} and {{{{{b}}}}} are side by side; put words between them"),
            ));
        }
    }
    let params = vars.len();
    if params > 0 {
        let words = body
            .split_whitespace()
            .filter(|w| variables_in(w).is_empty() && w.chars().any(char::is_alphanumeric))
            .count();
        let needed = 2 * params + 1;
        if words < needed {
            out.push(WaProblem::new(
                WaRule::TooFewWords,
                WaComponent::Body,
                format!(
                    "{words} fixed words for {params} variables; Meta refuses too many variables for the length: write at least {needed} (2 a variable, and 1)"
                ),
            ));
        }
    }
    out
}

/// Why `value` cannot be a parameter, if it cannot.
fn value_problem(value: &str) -> Option<&'static str> {
    if value.is_empty() {
        Some("is empty")
    } else if value.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
        Some("holds a line break")
    } else if value.contains('\t') {
        Some("holds a tab")
    } else if value.contains("    ") {
        Some("holds 4 spaces in a row")
    } else {
        None
    }
}

/// `text` with each `{{n}}` replaced by `values[n - 1]` (left as it is without one).
///
/// ```
/// use suchana::render::fill_template;
/// let values = ["वाई".to_string(), "1912".to_string()];
/// assert_eq!(fill_template("नमस्कार, {{1}} परिसर. संपर्क: {{2}}.", &values), "नमस्कार, वाई परिसर. संपर्क: 1912.");
/// ```
pub fn fill_template(text: &str, values: &[String]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (n, range) in variables_in(text) {
        out.push_str(&text[last..range.start]);
        match n.checked_sub(1).and_then(|i| values.get(i)) {
            Some(v) => out.push_str(v),
            None => out.push_str(&text[range.clone()]),
        }
        last = range.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Reads templates as `suchana whatsapp-templates` prints them (one JSON object a line) or
/// as a JSON array of them; blank lines are skipped. An error names the line (or element).
pub fn parse_registered(text: &str) -> Result<Vec<WaTemplate>, String> {
    let read = |value: &serde_json::Value, at: &str| -> Result<WaTemplate, String> {
        let field = |name: &str| {
            value
                .get(name)
                .and_then(|v| v.as_str())
                .map(str::to_string)
                .ok_or_else(|| format!("{at}: no `{name}` text"))
        };
        let mut t = WaTemplate {
            name: field("name")?,
            language: field("language")?,
            ..WaTemplate::default()
        };
        let components = value
            .get("components")
            .and_then(|c| c.as_array())
            .ok_or_else(|| format!("{at}: no `components` list"))?;
        for c in components {
            let text = c.get("text").and_then(|t| t.as_str()).map(str::to_string);
            match (c.get("type").and_then(|t| t.as_str()), text) {
                (Some("HEADER"), text) => t.header = text,
                (Some("BODY"), Some(text)) => t.body = text,
                (Some("FOOTER"), text) => t.footer = text,
                _ => {}
            }
        }
        Ok(t)
    };
    if text.trim_start().starts_with('[') {
        let all: Vec<serde_json::Value> =
            serde_json::from_str(text).map_err(|e| format!("not a JSON array: {e}"))?;
        return all
            .iter()
            .enumerate()
            .map(|(i, v)| read(v, &format!("element {}", i + 1)))
            .collect();
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("line {}", i + 1);
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{at}: not JSON: {e}"))?;
        out.push(read(&value, &at)?);
    }
    Ok(out)
}

/// The WhatsApp template message of one notice as its recipient reads it: the registered
/// template filled with the notice's parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaMessage {
    /// The header, if the kind's words give a title.
    pub header: Option<String>,
    /// The body.
    pub body: String,
    /// The footer: the issuer.
    pub footer: Option<String>,
}

/// A case's template before its footer and examples: header and body with `{{n}}`, each
/// split at its variables to match a message against.
pub(super) struct WaShape {
    header: Option<String>,
    body: String,
    header_variables: Vec<Cow<'static, str>>,
    body_variables: Vec<Cow<'static, str>>,
    header_split: Option<SplitTemplate>,
    body_split: SplitTemplate,
}

/// Example notices of the cases a built-in kind's starter example cannot show, by kind: their
/// values are the examples of the templates of those cases.
const MORE_EXAMPLES: &[(&str, &str)] = &[(
    "safety",
    include_str!("../../examples/whatsapp/safety-other.yaml"),
)];

/// An example notice's case (as `suchana dlt` writes it) and its variables' values.
type Sample = (String, Vec<(Cow<'static, str>, String)>);

/// The name of a template: `<kind>_<lang>_<hash>`, the hash (FNV-1a, 32 bits) of its texts.
fn template_name(kind: &str, lang: &str, parts: [Option<&str>; 3]) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for part in parts {
        for b in part.unwrap_or_default().bytes().chain([0]) {
            hash ^= u32::from(b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    let kind: String = kind
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("{kind}_{lang}_{hash:08x}")
}

/// `{{1}}`, `{{2}}`, … in place of the placeholders of a rendering.
fn numbered(text: &str, names: &[Cow<'static, str>]) -> (String, Vec<Cow<'static, str>>) {
    mark_variables(text, names, |i, _| format!("{{{{{}}}}}", i + 1))
}

/// Splits a template text at its `{{n}}`, to match a message against it.
fn split(text: &str) -> SplitTemplate {
    let vars = variables_in(text);
    let mut pieces = Vec::with_capacity(vars.len() + 1);
    let mut last = 0;
    for (_, r) in &vars {
        pieces.push(&text[last..r.start]);
        last = r.end;
    }
    pieces.push(&text[last..]);
    SplitTemplate::new(pieces.into_iter())
}

impl Engine {
    /// Every WhatsApp template an SMS case of `kind` needs in each language of `langs`: one
    /// per distinct header and body, each with the cases that produce it. The footer (the
    /// issuer) and the example values come from `examples`, notices of the kind, and then the
    /// notices of `examples/whatsapp/` (a safety advisory of its own; the first one's issuer; each variable's value from a notice of the template's own case, else
    /// from the first notice that gives it). Check each with [`WaTemplate::lint`] before
    /// registering it.
    pub fn whatsapp_templates_of(
        &self,
        kind: &str,
        langs: &[Lang],
        examples: &[Notice],
    ) -> Result<Vec<WaTemplate>, RenderError> {
        let sms_kind = self.sms_kind_named(kind)?;
        let more: Vec<Notice> = MORE_EXAMPLES
            .iter()
            .filter(|(k, _)| *k == kind)
            .flat_map(|(k, text)| self.parse_str(text, &format!("examples/whatsapp/{k}")))
            .filter_map(Result::ok)
            .collect();
        // A kind defined as data is cancelled in words of its own variables (`$from`,
        // `$areas`): their examples come from the cancellation of each example notice.
        let cancellations: Vec<Notice> = examples
            .iter()
            .filter(|n| n.kind_key() == kind)
            .filter_map(Notice::cancellation)
            .collect();
        let examples: Vec<&Notice> = examples
            .iter()
            .chain(&more)
            .filter(|n| n.kind_key() == kind)
            .chain(&cancellations)
            .collect();
        let cases = self.cases_of(&sms_kind)?;
        let mut out: Vec<WaTemplate> = Vec::new();
        for &lang in langs {
            // Each example notice's case and values, and the first one's issuer.
            let mut samples: Vec<Sample> = Vec::new();
            let mut footer = None;
            for notice in &examples {
                let view = self.sms_view(&sms_kind, notice, lang)?;
                if footer.is_none() {
                    footer = view
                        .vars
                        .iter()
                        .find(|v| v.name == "org")
                        .map(|v| v.value.clone());
                }
                let vars = view.vars.into_iter().map(|v| (v.name, v.value)).collect();
                samples.push((super::describe_case(&view.selectors), vars));
            }
            // Each variable's example: from an example notice of one of the template's own
            // cases, else from the first that gives it, else its name.
            let example = |names: &[Cow<'static, str>], cases: &[String]| -> Vec<String> {
                names
                    .iter()
                    .map(|n| {
                        let value = |(_, vars): &Sample| {
                            vars.iter().find(|(v, _)| v == n).map(|(_, x)| x.clone())
                        };
                        samples
                            .iter()
                            .filter(|(case, _)| cases.contains(case))
                            .find_map(value)
                            .or_else(|| samples.iter().find_map(value))
                            .unwrap_or_else(|| n.to_string())
                    })
                    .collect()
            };
            let first = out.len();
            for case in &cases {
                let shape = self.wa_shape(&sms_kind, lang, case)?;
                let described = super::describe_case(case);
                if let Some(t) = out[first..]
                    .iter_mut()
                    .find(|t| t.header == shape.header && t.body == shape.body)
                {
                    t.cases.push(described);
                    continue;
                }
                out.push(WaTemplate {
                    name: template_name(
                        kind,
                        lang.code(),
                        [
                            shape.header.as_deref(),
                            Some(&shape.body),
                            footer.as_deref(),
                        ],
                    ),
                    language: lang.code().to_string(),
                    header_example: Vec::new(),
                    body_example: Vec::new(),
                    header: shape.header,
                    body: shape.body,
                    footer: footer.clone(),
                    header_variables: shape.header_variables,
                    body_variables: shape.body_variables,
                    cases: vec![described],
                });
            }
            for t in &mut out[first..] {
                t.header_example = example(&t.header_variables, &t.cases);
                t.body_example = example(&t.body_variables, &t.cases);
            }
        }
        Ok(out)
    }

    /// The variables of `templates` that no example gave a value (their examples are their
    /// names): each name once, with the names of the templates it is in.
    pub fn whatsapp_missing_examples(templates: &[WaTemplate]) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        for t in templates {
            for (names, examples) in [
                (&t.header_variables, &t.header_example),
                (&t.body_variables, &t.body_example),
            ] {
                for (name, example) in names.iter().zip(examples) {
                    if name == example {
                        match out.iter_mut().find(|(n, _)| n == name) {
                            Some((_, in_templates)) => in_templates.push(t.name.clone()),
                            None => out.push((name.to_string(), vec![t.name.clone()])),
                        }
                    }
                }
            }
        }
        out
    }

    /// The header and body of one case in `lang` with `{{n}}` where data goes.
    fn wa_shape(
        &self,
        kind: &SmsKind,
        lang: Lang,
        case: &[sms_view::Selector],
    ) -> Result<WaShape, RenderError> {
        let names = Engine::variable_names(kind);
        let view = Engine::placeholder_view(kind, &names, case);
        let (header, body) = self.wa_texts(&view, lang)?;
        let (body, body_variables) = numbered(&body, &names);
        let (header, header_variables) = match header {
            Some(h) => {
                let (h, v) = numbered(&h, &names);
                (Some(h), v)
            }
            None => (None, Vec::new()),
        };
        Ok(WaShape {
            header_split: header.as_deref().map(split),
            body_split: split(&body),
            header,
            body,
            header_variables,
            body_variables,
        })
    }

    /// The header (the kind's title, if its words give one) and body of the SMS `view` in
    /// `lang`, through the kind's `<kind>.whatsapp-template.tera`.
    fn wa_texts(
        &self,
        view: &SmsView,
        lang: Lang,
    ) -> Result<(Option<String>, String), RenderError> {
        let locale = self.locale(lang)?;
        let layout = format!("{}.whatsapp-template.tera", view.layout());
        if !self.templates.get_template_names().any(|n| n == layout) {
            return Err(RenderError::Whatsapp(format!(
                "{}: no WhatsApp template can be made: add templates/{layout} to the kind's folder (its body, from the SMS context)",
                view.kind.key()
            )));
        }
        let mut ctx = sms_view::sms_context(view, locale)?;
        let none = FluentArgs::new();
        ctx.insert(
            "greeting",
            &super::view::message(locale, "whatsapp-template-greeting", &none)?,
        );
        ctx.insert(
            "closing",
            &super::view::message(locale, "whatsapp-template-closing", &none)?,
        );
        let body = self.render_template(&layout, &ctx)?;
        let body = super::fold_blank_lines(&body).trim_end().to_string();
        // A cancellation is headed as one ("सूचना रद्द"): its kind's title may depend on
        // fields a cancellation leaves out.
        let cancel = view.status() == Some("cancel");
        let title = if cancel {
            "notice-cancelled-heading".to_string()
        } else {
            format!("{}-title", view.kind.key())
        };
        let header = if locale.has_message(&title) {
            let args = view.fluent_args();
            locale
                .message_unless(&title, &args, |v| view.absent.iter().any(|a| a == v))?
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
        } else {
            None
        };
        Ok((header, body))
    }

    /// The shape of the case of `view`, made once per case and kept.
    fn wa_cached_shape(
        &self,
        kind: &SmsKind,
        lang: Lang,
        view: &SmsView,
    ) -> Result<Arc<WaShape>, RenderError> {
        let key: Option<TemplateKey> = template_key(kind, &[(lang, view.clone())]);
        if let Some(key) = &key
            && let Some(s) = self.wa_cache.read().ok().and_then(|c| c.get(key).cloned())
        {
            return Ok(s);
        }
        let shape = Arc::new(self.wa_shape(kind, lang, &view.selectors)?);
        if let Some(key) = key
            && let Ok(mut cache) = self.wa_cache.write()
        {
            cache.insert(key, shape.clone());
        }
        Ok(shape)
    }

    /// The WhatsApp template message of `notice` in `langs` (one language): the Cloud API
    /// `messages` body (`type: template`, the template's name and language, the header's and
    /// body's parameters; add `to` for each recipient), and every problem: a value Meta
    /// refuses, a message over its limits, a message that does not match its template, or
    /// (with `registered`, as `suchana whatsapp-templates` printed them) one that matches no
    /// registered template. A message with a problem must not be sent.
    pub fn render_whatsapp_template(
        &self,
        notice: &Notice,
        langs: &[Lang],
        registered: Option<&[WaTemplate]>,
    ) -> Result<(Rendering, Vec<WaProblem>), RenderError> {
        let &[lang] = langs else {
            return Err(RenderError::Whatsapp(
                "a WhatsApp template speaks one language: leave out --bilingual".into(),
            ));
        };
        let kind = self.sms_kind(notice)?;
        let view = self.sms_view(&kind, notice, lang)?;
        let shape = self.wa_cached_shape(&kind, lang, &view)?;
        let (header, body) = self.wa_texts(&view, lang)?;
        let footer = view
            .vars
            .iter()
            .find(|v| v.name == "org")
            .map(|v| v.value.clone());
        let mut problems = Vec::new();
        let mismatch = |component| {
            WaProblem::new(
                WaRule::Mismatch,
                component,
                "the message does not match its template: a template or locale file puts data outside the SMS variables".into(),
            )
        };
        let body_values = match shape.body_split.match_values(&body) {
            Some(v) => v.into_iter().map(str::to_string).collect(),
            None => {
                problems.push(mismatch(WaComponent::Body));
                Vec::new()
            }
        };
        let header_values = match (&shape.header_split, &header) {
            (Some(split), Some(h)) => match split.match_values(h) {
                Some(v) => v.into_iter().map(str::to_string).collect(),
                None => {
                    problems.push(mismatch(WaComponent::Header));
                    Vec::new()
                }
            },
            (None, None) => Vec::new(),
            _ => {
                problems.push(mismatch(WaComponent::Header));
                Vec::new()
            }
        };
        let name = template_name(
            notice.kind_key(),
            lang.code(),
            [
                shape.header.as_deref(),
                Some(&shape.body),
                footer.as_deref(),
            ],
        );
        for (component, text, limit) in [
            (
                WaComponent::Header,
                header.as_deref(),
                WA_HEADER_FOOTER_LIMIT,
            ),
            (WaComponent::Body, Some(body.as_str()), WA_BODY_LIMIT),
            (
                WaComponent::Footer,
                footer.as_deref(),
                WA_HEADER_FOOTER_LIMIT,
            ),
        ] {
            let chars = text.map_or(0, |t| t.chars().count());
            if chars > limit {
                problems.push(WaProblem::new(
                    WaRule::TooLong,
                    component,
                    format!("{chars} characters, more than the {limit} WhatsApp allows"),
                ));
            }
        }
        for (component, values, names) in [
            (WaComponent::Header, &header_values, &shape.header_variables),
            (WaComponent::Body, &body_values, &shape.body_variables),
        ] {
            for (i, value) in values.iter().enumerate() {
                if let Some(problem) = value_problem(value) {
                    let name = names.get(i).map_or(String::new(), |n| format!(" (${n})"));
                    problems.push(WaProblem::new(
                        WaRule::Value,
                        component,
                        format!("parameter {{{{{}}}}}{name} {problem}: \"{value}\"", i + 1),
                    ));
                }
            }
        }
        if let Some(list) = registered {
            match list
                .iter()
                .find(|t| t.name == name && t.language == lang.code())
            {
                None => problems.push(WaProblem::new(
                    WaRule::Mismatch,
                    WaComponent::Name,
                    format!(
                        "matches no registered template: `{name}` ({}) is not among them; the words, layout or issuer changed since they were registered: register the output of `suchana whatsapp-templates` again",
                        lang.code()
                    ),
                )),
                Some(t) => {
                    for (component, theirs, ours) in [
                        (WaComponent::Header, t.header.as_deref(), shape.header.as_deref()),
                        (WaComponent::Body, Some(t.body.as_str()), Some(shape.body.as_str())),
                        (WaComponent::Footer, t.footer.as_deref(), footer.as_deref()),
                    ] {
                        if theirs != ours {
                            problems.push(WaProblem::new(
                                WaRule::Mismatch,
                                component,
                                format!(
                                    "differs from the registered template `{name}`: \"{}\"",
                                    theirs.unwrap_or_default()
                                ),
                            ));
                        }
                    }
                }
            }
        }
        let text = payload(&name, lang.code(), &header_values, &body_values);
        Ok((Rendering { text, sms: None }, problems))
    }

    /// The WhatsApp template message of `notice` in `lang` as its recipient reads it (what
    /// [`Engine::render_whatsapp_template`]'s payload fills its template with).
    pub fn whatsapp_message(&self, notice: &Notice, lang: Lang) -> Result<WaMessage, RenderError> {
        let kind = self.sms_kind(notice)?;
        let view = self.sms_view(&kind, notice, lang)?;
        let (header, body) = self.wa_texts(&view, lang)?;
        let footer = view
            .vars
            .into_iter()
            .find(|v| v.name == "org")
            .map(|v| v.value);
        Ok(WaMessage {
            header,
            body,
            footer,
        })
    }

    /// [`Engine::render_notice`] of [`Format::WhatsappTemplate`]: the payload, or the first
    /// problem as an error.
    pub(super) fn whatsapp_rendering(
        &self,
        notice: &Notice,
        langs: &[Lang],
    ) -> Result<Rendering, RenderError> {
        debug_assert!(Format::WhatsappTemplate.key() == "whatsapp-template");
        let (rendering, problems) = self.render_whatsapp_template(notice, langs, None)?;
        match problems.into_iter().find(|p| !p.is_warning()) {
            Some(p) => Err(RenderError::Whatsapp(format!(
                "notice `{}`: {}: {p}",
                notice.id,
                p.code()
            ))),
            None => Ok(rendering),
        }
    }
}

/// The Cloud API `messages` body of a template message (without `to`), in this field order.
fn payload(name: &str, lang: &str, header: &[String], body: &[String]) -> String {
    #[derive(Serialize)]
    struct Parameter<'a> {
        #[serde(rename = "type")]
        kind: &'static str,
        text: &'a str,
    }
    #[derive(Serialize)]
    struct Part<'a> {
        #[serde(rename = "type")]
        kind: &'static str,
        parameters: Vec<Parameter<'a>>,
    }
    #[derive(Serialize)]
    struct Language<'a> {
        code: &'a str,
    }
    #[derive(Serialize)]
    struct Template<'a> {
        name: &'a str,
        language: Language<'a>,
        components: Vec<Part<'a>>,
    }
    #[derive(Serialize)]
    struct Message<'a> {
        messaging_product: &'static str,
        #[serde(rename = "type")]
        kind: &'static str,
        template: Template<'a>,
    }
    fn part<'a>(kind: &'static str, values: &'a [String]) -> Part<'a> {
        Part {
            kind,
            parameters: values
                .iter()
                .map(|v| Parameter {
                    kind: "text",
                    text: v,
                })
                .collect(),
        }
    }
    let mut components = Vec::new();
    if !header.is_empty() {
        components.push(part("header", header));
    }
    if !body.is_empty() {
        components.push(part("body", body));
    }
    let message = Message {
        messaging_product: "whatsapp",
        kind: "template",
        template: Template {
            name,
            language: Language { code: lang },
            components,
        },
    };
    serde_json::to_string(&message).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(header: &str, body: &str, footer: &str) -> WaTemplate {
        let count = |t: &str| variables_in(t).len();
        WaTemplate {
            name: "outage_mr_00000000".into(),
            language: "mr".into(),
            header: (!header.is_empty()).then(|| header.to_string()),
            body: body.into(),
            footer: (!footer.is_empty()).then(|| footer.to_string()),
            header_variables: (0..count(header)).map(|i| format!("h{i}").into()).collect(),
            body_variables: (0..count(body)).map(|i| format!("v{i}").into()).collect(),
            header_example: (0..count(header)).map(|_| "वाई".to_string()).collect(),
            body_example: (0..count(body)).map(|_| "वाई".to_string()).collect(),
            cases: Vec::new(),
        }
    }

    const GOOD: &str = "नमस्कार, {{1}} परिसरातील वीजपुरवठा {{2}} वाजेपर्यंत बंद राहील. कृपया नोंद घ्यावी.";

    fn messages(t: &WaTemplate) -> Vec<String> {
        t.lint()
            .iter()
            .map(|p| format!("{}: {p}", p.code()))
            .collect()
    }

    #[test]
    fn a_good_template_passes() {
        assert_eq!(
            messages(&template("सूचना", GOOD, "महावितरण")),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_name_is_lowercase_letters_digits_and_underscores() {
        let mut t = template("", GOOD, "");
        t.name = "Outage-MR".into();
        assert_eq!(
            messages(&t),
            [
                "whatsapp-name: name: `Outage-MR` is not a template name: 1 to 512 lowercase letters, digits and `_`"
            ]
        );
    }

    #[test]
    fn the_body_is_measured_after_filling() {
        // 1,000 fixed characters and one variable of at least 30: 1,030.
        let body = format!("नमस्कार {{{{1}}}} आज बंद {}", "अ".repeat(1000 - 16));
        let t = template("", &body, "");
        assert_eq!(
            messages(&t),
            [
                "whatsapp-too-long: BODY: 1030 characters after filling, more than the 1024 WhatsApp allows"
            ]
        );
    }

    #[test]
    fn header_and_footer_hold_60_characters() {
        let long = "अ".repeat(61);
        let t = template(&long, GOOD, &long);
        assert_eq!(
            messages(&t),
            [
                "whatsapp-too-long: HEADER: 61 characters after filling, more than the 60 WhatsApp allows",
                "whatsapp-too-long: FOOTER: 61 characters after filling, more than the 60 WhatsApp allows",
            ]
        );
        // A header variable counts as its value: 35 fixed + 30.
        let t = template(&format!("{} {{{{1}}}}", "अ".repeat(34)), GOOD, "");
        assert_eq!(
            messages(&t),
            [
                "whatsapp-too-long: HEADER: 65 characters after filling, more than the 60 WhatsApp allows"
            ]
        );
    }

    #[test]
    fn a_footer_holds_no_variable_and_a_header_one() {
        let t = template("{{1}} आणि {{2}}", GOOD, "{{1}}");
        assert_eq!(
            messages(&t),
            [
                "whatsapp-variables: HEADER: holds 2 variables; a text header may hold one",
                // Each variable is taken as 30 characters: 5 + 60.
                "whatsapp-too-long: HEADER: 65 characters after filling, more than the 60 WhatsApp allows",
                "whatsapp-variables: FOOTER: holds a variable; a footer is fixed text",
            ]
        );
    }

    #[test]
    fn no_variable_at_the_start_or_end_of_the_body() {
        let t = template(
            "",
            "{{1}} परिसरातील वीजपुरवठा उद्या सकाळपासून बंद राहील, संपर्क {{2}}",
            "",
        );
        assert_eq!(
            messages(&t),
            [
                "whatsapp-variable-at-edge: BODY: starts with the variable {{1}}; begin with fixed words",
                "whatsapp-variable-at-edge: BODY: ends with the variable {{2}}; end with fixed words",
            ]
        );
    }

    #[test]
    fn no_two_variables_side_by_side() {
        let t = template(
            "",
            "नमस्कार, {{1}} {{2}} परिसरातील वीजपुरवठा उद्या सकाळपासून बंद राहील.",
            "",
        );
        assert_eq!(
            messages(&t),
            [
                "whatsapp-side-by-side: BODY: the variables {{1}} and {{2}} are side by side; put words between them"
            ]
        );
    }

    #[test]
    fn enough_fixed_words_for_the_variables() {
        // 3 variables need 7 fixed words; "-" is not a word, and "बंद." is.
        let t = template("", "नमस्कार {{1}} ते {{2}} - {{3}} बंद.", "");
        assert_eq!(
            messages(&t),
            [
                "whatsapp-too-few-words: BODY: 3 fixed words for 3 variables; Meta refuses too many variables for the length: write at least 7 (2 a variable, and 1)"
            ]
        );
    }

    #[test]
    fn example_values_hold_no_line_break_tab_or_four_spaces() {
        let mut t = template("", GOOD, "");
        t.body_example = vec!["वाई\nपसरणी".into(), "a\tb".into()];
        assert_eq!(
            messages(&t),
            [
                "whatsapp-value: BODY: the example of {{1}} ($v0) holds a line break: \"वाई\nपसरणी\"",
                "whatsapp-value: BODY: the example of {{2}} ($v1) holds a tab: \"a\tb\"",
            ]
        );
        t.body_example = vec!["वाई    पसरणी".into(), "दुपारी २:००".into()];
        assert_eq!(
            messages(&t),
            [
                "whatsapp-value: BODY: the example of {{1}} ($v0) holds 4 spaces in a row: \"वाई    पसरणी\""
            ]
        );
    }

    #[test]
    fn filling_and_reading_back() {
        let t = template("सूचना", GOOD, "महावितरण");
        let read = parse_registered(&format!("{}\n\n", t.to_json())).unwrap_or_default();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].body, GOOD);
        assert_eq!(read[0].footer.as_deref(), Some("महावितरण"));
        assert_eq!(
            fill_template(GOOD, &["वाई".into(), "दुपारी २:००".into()]),
            "नमस्कार, वाई परिसरातील वीजपुरवठा दुपारी २:०० वाजेपर्यंत बंद राहील. कृपया नोंद घ्यावी."
        );
        assert_eq!(
            parse_registered("{\"name\": \"x\"}"),
            Err("line 1: no `language` text".into())
        );
        assert!(parse_registered("[{").is_err_and(|e| e.starts_with("not a JSON array")));
    }

    #[test]
    fn names_are_stable_and_lowercase() {
        let name = template_name("water-supply", "mr", [Some("a"), Some("b"), None]);
        assert!(name.starts_with("water_supply_mr_"), "{name}");
        assert_eq!(
            name,
            template_name("water-supply", "mr", [Some("a"), Some("b"), None])
        );
        assert_ne!(
            name,
            template_name("water-supply", "mr", [Some("a"), Some("b"), Some("c")])
        );
    }
}
