//! The locale files as the checks see them: each file parsed by `fluent-syntax`, and each
//! message or term with what its patterns use (variables, references, text, selectors) and
//! where, as byte offsets into its file.
//!
//! `fluent-syntax`'s AST has no spans, but parsing a `&str` yields sub-slices of that string,
//! so the offset of any identifier or text is its address minus the file's.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};

use crate::l10n::FtlSource;
use crate::lang::Lang;

/// One parsed `.ftl` file.
pub(crate) struct ParsedFile<'s> {
    pub source: &'s FtlSource,
    pub resource: ast::Resource<&'s str>,
    pub errors: Vec<ParserError>,
}

impl<'s> ParsedFile<'s> {
    pub fn parse(source: &'s FtlSource) -> ParsedFile<'s> {
        let (resource, errors) = match parser::parse(source.text.as_ref()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        ParsedFile {
            source,
            resource,
            errors,
        }
    }

    /// The offset of `part`, a slice of this file's text.
    pub fn offset(&self, part: &str) -> usize {
        let text: &str = self.source.text.as_ref();
        let start = text.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        match at.checked_sub(start) {
            Some(o) if o + part.len() <= text.len() => o,
            _ => 0,
        }
    }
}

/// A use of a variable, message or term inside a pattern.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Use<'s> {
    /// The name (a term's without its `-`).
    pub name: &'s str,
    /// The attribute, for `msg.attr` and `-term.attr`.
    pub attribute: Option<&'s str>,
    /// Where the use starts (at its `$` or `-`), in bytes.
    pub offset: usize,
}

/// A select expression.
pub(crate) struct Select<'s> {
    /// `$var` when the selector is a variable or `FUNC($var, …)`.
    pub var: Option<Use<'s>>,
    /// The function when the selector is a call (`NUMBER`).
    pub function: Option<&'s str>,
    /// Whether the selector is a number literal.
    pub number_literal: bool,
    /// Each variant: key, whether it is the default, and the key's offset.
    pub variants: Vec<(&'s str, bool, usize)>,
    /// Where the selector expression's variable or function name is.
    pub offset: usize,
}

/// Everything a pattern (a value or an attribute, with all its variants) contains.
#[derive(Default)]
pub(crate) struct Contents<'s> {
    pub vars: Vec<Use<'s>>,
    pub messages: Vec<Use<'s>>,
    pub terms: Vec<Use<'s>>,
    /// Text elements and string literals, with their offsets.
    pub texts: Vec<(&'s str, usize)>,
    pub selects: Vec<Select<'s>>,
    /// A canonical form of the patterns (text and placeables), to compare two locales.
    pub shape: String,
}

/// A message or a term of one locale.
pub(crate) struct Entry<'s> {
    /// The index of its file in [`Locale::files`].
    pub file: usize,
    pub id: &'s str,
    pub term: bool,
    /// The offset of the id (for a term, of its `-`).
    pub offset: usize,
    pub has_value: bool,
    /// Attribute names and offsets.
    pub attributes: Vec<(&'s str, usize)>,
    pub contents: Contents<'s>,
    /// Finding codes the entry's comment allows (`# check: allow CODE …`, `# check: same-in-both`).
    pub allowed: Vec<String>,
}

impl Entry<'_> {
    /// `-id` for a term, `id` for a message: the two live in separate namespaces.
    pub fn key(&self) -> String {
        if self.term {
            format!("-{}", self.id)
        } else {
            self.id.to_string()
        }
    }

    /// Whether the entry's comment silences finding `code`.
    pub fn allows(&self, code: &str) -> bool {
        self.allowed.iter().any(|a| a == code)
    }
}

/// The parsed files and entries of one language.
pub(crate) struct Locale<'s> {
    pub lang: Lang,
    pub files: Vec<ParsedFile<'s>>,
    /// Every entry in file order, duplicates included.
    pub entries: Vec<Entry<'s>>,
    /// The first entry of each key.
    pub by_key: BTreeMap<String, usize>,
}

impl<'s> Locale<'s> {
    pub fn new(lang: Lang, sources: &'s [FtlSource]) -> Locale<'s> {
        let files: Vec<ParsedFile<'s>> = sources.iter().map(ParsedFile::parse).collect();
        let mut entries = Vec::new();
        for (index, file) in files.iter().enumerate() {
            for entry in &file.resource.body {
                let (id, term, value, attributes, comment) = match entry {
                    ast::Entry::Message(m) => (
                        &m.id,
                        false,
                        m.value.as_ref(),
                        &m.attributes,
                        m.comment.as_ref(),
                    ),
                    ast::Entry::Term(t) => (
                        &t.id,
                        true,
                        Some(&t.value),
                        &t.attributes,
                        t.comment.as_ref(),
                    ),
                    _ => continue,
                };
                let mut contents = Contents::default();
                if let Some(v) = value {
                    walk_pattern(file, v, &mut contents);
                }
                for a in attributes {
                    contents.shape.push_str(&format!("\n.{}=", a.id.name));
                    walk_pattern(file, &a.value, &mut contents);
                }
                entries.push(Entry {
                    file: index,
                    id: id.name,
                    term,
                    offset: file.offset(id.name).saturating_sub(usize::from(term)),
                    has_value: value.is_some(),
                    attributes: attributes
                        .iter()
                        .map(|a| (a.id.name, file.offset(a.id.name)))
                        .collect(),
                    contents,
                    allowed: comment.map(allowed_codes).unwrap_or_default(),
                });
            }
        }
        let mut by_key = BTreeMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_key.entry(e.key()).or_insert(i);
        }
        Locale {
            lang,
            files,
            entries,
            by_key,
        }
    }

    /// The first entry with `key` (`-name` for a term).
    pub fn get(&self, key: &str) -> Option<&Entry<'s>> {
        self.by_key.get(key).and_then(|&i| self.entries.get(i))
    }

    /// The first message (not term) named `id`.
    pub fn message(&self, id: &str) -> Option<&Entry<'s>> {
        self.get(id)
    }

    /// The variables that messages `roots` use, with those of every message they reference,
    /// transitively (through terms too; a term's own variables are its parameters, which its
    /// caller passes, so they are not counted).
    pub fn variables_reached<'a>(
        &self,
        roots: impl IntoIterator<Item = &'a str>,
    ) -> std::collections::BTreeSet<String> {
        let mut stack: Vec<String> = roots.into_iter().map(str::to_string).collect();
        let mut seen = std::collections::BTreeSet::new();
        let mut vars = std::collections::BTreeSet::new();
        while let Some(key) = stack.pop() {
            if !seen.insert(key.clone()) {
                continue;
            }
            let Some(entry) = self.get(&key) else {
                continue;
            };
            if !entry.term {
                vars.extend(entry.contents.vars.iter().map(|v| v.name.to_string()));
            }
            stack.extend(entry.contents.messages.iter().map(|m| m.name.to_string()));
            stack.extend(entry.contents.terms.iter().map(|t| format!("-{}", t.name)));
        }
        vars
    }
}

/// The codes a comment's `check:` lines allow.
fn allowed_codes(comment: &ast::Comment<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for line in &comment.content {
        let Some(rest) = line.trim().strip_prefix("check:") else {
            continue;
        };
        let rest = rest.trim();
        if rest == "same-in-both" {
            out.push("same-as-other-locale".to_string());
        } else if let Some(codes) = rest.strip_prefix("allow") {
            out.extend(
                codes
                    .split([',', ' '])
                    .filter(|c| !c.is_empty())
                    .map(String::from),
            );
        }
    }
    out
}

fn walk_pattern<'s>(
    file: &ParsedFile<'s>,
    pattern: &ast::Pattern<&'s str>,
    out: &mut Contents<'s>,
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                out.texts.push((value, file.offset(value)));
                out.shape.push_str(value);
            }
            ast::PatternElement::Placeable { expression } => {
                out.shape.push('{');
                walk_expression(file, expression, out);
                out.shape.push('}');
            }
        }
    }
}

fn walk_expression<'s>(
    file: &ParsedFile<'s>,
    expression: &ast::Expression<&'s str>,
    out: &mut Contents<'s>,
) {
    match expression {
        ast::Expression::Inline(e) => walk_inline(file, e, out),
        ast::Expression::Select { selector, variants } => {
            let mut select = Select {
                var: None,
                function: None,
                number_literal: false,
                variants: Vec::new(),
                offset: 0,
            };
            match selector {
                ast::InlineExpression::VariableReference { id } => {
                    let var = use_of(file, id, None, 1);
                    select.offset = var.offset;
                    select.var = Some(var);
                }
                ast::InlineExpression::FunctionReference { id, arguments } => {
                    select.function = Some(id.name);
                    select.offset = file.offset(id.name);
                    if let Some(ast::InlineExpression::VariableReference { id }) =
                        arguments.positional.first()
                    {
                        select.var = Some(use_of(file, id, None, 1));
                    }
                }
                ast::InlineExpression::NumberLiteral { value } => {
                    select.number_literal = true;
                    select.offset = file.offset(value);
                }
                _ => {}
            }
            out.shape.push_str(" ->");
            walk_inline(file, selector, out);
            for v in variants {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => *name,
                    ast::VariantKey::NumberLiteral { value } => *value,
                };
                select.variants.push((key, v.default, file.offset(key)));
                out.shape
                    .push_str(&format!("\n{}[{key}]", if v.default { "*" } else { "" }));
                walk_pattern(file, &v.value, out);
            }
            out.selects.push(select);
        }
    }
}

/// A use of `id`; `sigil` is the length of the `$` or `-` before it, where the use starts.
fn use_of<'s>(
    file: &ParsedFile<'s>,
    id: &ast::Identifier<&'s str>,
    attribute: Option<&ast::Identifier<&'s str>>,
    sigil: usize,
) -> Use<'s> {
    Use {
        name: id.name,
        attribute: attribute.map(|a| a.name),
        offset: file.offset(id.name).saturating_sub(sigil),
    }
}

fn walk_inline<'s>(
    file: &ParsedFile<'s>,
    e: &ast::InlineExpression<&'s str>,
    out: &mut Contents<'s>,
) {
    match e {
        ast::InlineExpression::StringLiteral { value } => {
            out.texts.push((value, file.offset(value)));
            out.shape.push_str(&format!("\"{value}\""));
        }
        ast::InlineExpression::NumberLiteral { value } => out.shape.push_str(value),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.shape.push_str(&format!("{}(", id.name));
            walk_arguments(file, arguments, out);
            out.shape.push(')');
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.messages.push(use_of(file, id, attribute.as_ref(), 0));
            out.shape.push_str(id.name);
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            out.terms.push(use_of(file, id, attribute.as_ref(), 1));
            out.shape.push_str(&format!("-{}", id.name));
            if let Some(args) = arguments {
                out.shape.push('(');
                walk_arguments(file, args, out);
                out.shape.push(')');
            }
        }
        ast::InlineExpression::VariableReference { id } => {
            out.vars.push(use_of(file, id, None, 1));
            out.shape.push_str(&format!("${}", id.name));
        }
        ast::InlineExpression::Placeable { expression } => {
            out.shape.push('{');
            walk_expression(file, expression, out);
            out.shape.push('}');
        }
    }
}

fn walk_arguments<'s>(
    file: &ParsedFile<'s>,
    arguments: &ast::CallArguments<&'s str>,
    out: &mut Contents<'s>,
) {
    for p in &arguments.positional {
        walk_inline(file, p, out);
        out.shape.push(',');
    }
    for n in &arguments.named {
        out.shape.push_str(&format!("{}:", n.name.name));
        // A named argument is an option (`weekday: "none"`), not text a reader sees.
        match &n.value {
            ast::InlineExpression::StringLiteral { value } => {
                out.shape.push_str(&format!("\"{value}\""));
            }
            other => walk_inline(file, other, out),
        }
        out.shape.push(',');
    }
}
