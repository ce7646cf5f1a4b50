//! The translators' checker behind `suchana check`: everything wrong with the `.ftl` files and
//! templates, each as a [`Finding`] at a file, line and column, with a stable code.
//!
//! ```
//! use suchana::check::{CheckOptions, Severity, check};
//!
//! let findings = check(&CheckOptions::default())?; // the built-in locales and templates
//! assert!(findings.iter().all(|f| f.severity != Severity::Error));
//! # Ok::<(), suchana::SetupError>(())
//! ```
//!
//! The checks, by concern: `syntax` (Fluent syntax and duplicates), `compare` (one language
//! against the other), `usage` (the files against what the code requests: the built-in
//! [`catalog`](crate::l10n::catalog) and the kinds of a pack, `catalog`), `selectors` (plural
//! categories and value sets), `text` (untranslated and invisible trouble) and `templates`.
//! The README lists every code.
//!
//! With [`CheckOptions::kinds_dir`], a pack's words join their languages' files and its
//! templates join the templates; its definitions' mistakes are findings too.

mod catalog;
mod compare;
pub(crate) mod model;
mod selectors;
mod syntax;
mod templates;
mod text;
mod usage;

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::error::SetupError;
use crate::kind::pack::Pack;
use crate::kind::{Definition, DefinitionError, Kinds};
use crate::l10n::{FtlSource, ftl_sources, line_col};
use crate::lang::Lang;
use crate::render::{Format, template_sources};

use catalog::Catalog;
use model::Locale;

/// How bad a finding is: an error fails `suchana check` (exit 1) and CI; a warning does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; the notices still render correctly or fall back sensibly.
    Warning,
    /// Rendering fails, or a notice would carry wrong or broken text.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One problem in a locale file or template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The file, as its source was named (`locales/mr-IN/outage.ftl`, `<embedded>/mr-IN/outage.ftl`).
    pub file: String,
    /// Line, from 1.
    pub line: u32,
    /// Column in characters, from 1.
    pub column: u32,
    /// Error or warning.
    pub severity: Severity,
    /// A stable kebab-case code (`syntax-error`, `missing-message`, …); the README lists them all.
    pub code: &'static str,
    /// What is wrong, and where it matters, in a sentence.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            self.file, self.line, self.column, self.severity, self.code, self.message
        )
    }
}

/// What to check: folders like `suchana render` takes, or the built-in files.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// A folder with `mr-IN/*.ftl` and `hi-IN/*.ftl`; `None` checks the embedded locales.
    pub locales_dir: Option<PathBuf>,
    /// A folder of `*.tera` templates; `None` checks the embedded templates.
    pub templates_dir: Option<PathBuf>,
    /// A pack folder (`kinds/<kind>.yaml`, `locales/<tag>/*.ftl`, `templates/*.tera`) whose
    /// kinds, words and templates are checked with the rest, as `suchana render --kinds`
    /// would use them.
    pub kinds_dir: Option<PathBuf>,
}

/// Checks the locale files, templates and pack that `options` name. Fails only when a folder
/// cannot be read; everything wrong inside the files is a [`Finding`], sorted by file, line
/// and column.
pub fn check(options: &CheckOptions) -> Result<Vec<Finding>, SetupError> {
    let pack = match &options.kinds_dir {
        Some(dir) => Pack::read(dir)?,
        None => Pack::default(),
    };
    let mut setup = Vec::new();
    let languages = crate::l10n::languages(options.locales_dir.as_deref())?;
    let mut locales = Vec::new();
    for (lang, _) in &languages {
        let mut sources = ftl_sources(*lang, options.locales_dir.as_deref())?;
        sources.extend(pack.ftl_of(lang.tag()).cloned());
        locales.push((*lang, sources));
    }
    for (tag, source) in &pack.ftl {
        if !languages.iter().any(|(l, _)| l.tag() == tag) {
            setup.push(Finding {
                file: source.name.clone(),
                line: 1,
                column: 1,
                severity: Severity::Error,
                code: "unknown-language",
                message: format!(
                    "{tag} is not a language of this run, so this file is never used: name its folder after one ({}), or add the language with --locales",
                    languages
                        .iter()
                        .map(|(l, _)| l.tag())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
    }
    let mut templates = template_sources(options.templates_dir.as_deref())?
        .into_iter()
        .map(|(name, text)| {
            let shown = match &options.templates_dir {
                Some(dir) => dir.join(&name).display().to_string(),
                None => format!("<embedded>/templates/{name}"),
            };
            (name, shown, text)
        })
        .collect::<Vec<_>>();
    if let Some(dir) = &options.kinds_dir {
        for (name, text) in &pack.templates {
            let shown = dir.join("templates").join(name).display().to_string();
            templates.push((name.clone(), shown, text.clone()));
        }
    }
    let kinds = pack_kinds(&pack, &templates, &mut setup)?;
    Ok(run(&locales, &templates, &kinds, setup))
}

/// The kinds of a pack, as far as their definitions could be read.
#[derive(Default)]
struct PackKinds {
    /// The definitions read.
    definitions: Vec<Definition>,
    /// The kinds (named after their files) whose definitions have mistakes.
    unread: Vec<String>,
}

/// The kinds `pack` defines; each mistake in a definition, and each format a kind has no
/// template for, is a finding in `out`.
fn pack_kinds(
    pack: &Pack,
    templates: &[(String, String, Cow<'_, str>)],
    out: &mut Vec<Finding>,
) -> Result<PackKinds, SetupError> {
    let mut kinds = Kinds::builtin().map_err(SetupError::Definitions)?;
    let mut added = PackKinds::default();
    for (file, text) in &pack.definitions {
        let definition = match kinds.add(text, file) {
            Ok(d) => d.clone(),
            Err(errors) => {
                out.extend(errors.iter().map(definition_finding));
                // Its words are not checked against the code; a kind the program already
                // has (the pack redefines it) keeps its checks.
                let stem = std::path::Path::new(file)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned());
                if let Some(stem) = stem.filter(|s| kinds.get(s).is_none()) {
                    added.unread.push(stem);
                }
                continue;
            }
        };
        for format in Format::ALL {
            let name = format!("{}.{}.tera", definition.kind, format.key());
            if !templates.iter().any(|(n, _, _)| *n == name) {
                out.push(Finding {
                    file: file.clone(),
                    line: 1,
                    column: 1,
                    severity: Severity::Error,
                    code: "missing-template",
                    message: format!(
                        "the kind `{}` has no {format} template: add templates/{name} beside kinds/",
                        definition.kind
                    ),
                });
            }
        }
        added.definitions.push(definition);
    }
    Ok(added)
}

/// A mistake in a definition file as a finding, with its code and what to write instead.
fn definition_finding(e: &DefinitionError) -> Finding {
    let message = match &e.help {
        Some(help) => format!("{}; {help}", e.message),
        None => e.message.clone(),
    };
    Finding {
        file: e.file.clone(),
        line: e.line,
        column: e.column,
        severity: Severity::Error,
        code: e.code(),
        message,
    }
}

/// Checks locale files given as text: `locales` holds each language's files, `templates` each
/// template's name (as `{% include %}` calls it), the name to show in findings, and its text.
pub fn check_sources(
    locales: &[(Lang, Vec<FtlSource>)],
    templates: &[(String, String, Cow<'_, str>)],
) -> Vec<Finding> {
    run(locales, templates, &PackKinds::default(), Vec::new())
}

/// Every check over parsed files, against the built-in catalog plus the kinds of a pack;
/// `setup` holds findings made before the files were parsed.
fn run(
    locales: &[(Lang, Vec<FtlSource>)],
    templates: &[(String, String, Cow<'_, str>)],
    kinds: &PackKinds,
    setup: Vec<Finding>,
) -> Vec<Finding> {
    let parsed: Vec<Locale<'_>> = locales
        .iter()
        .map(|(lang, sources)| Locale::new(*lang, sources))
        .collect();
    let mut catalog = Catalog::builtin();
    // The built-in kinds by their definitions, like a pack's (a pack may replace one).
    let builtin = crate::kind::Kinds::builtin()
        .map(|k| k.definitions().to_vec())
        .unwrap_or_default();
    let replaced = |d: &crate::kind::Definition| {
        kinds.definitions.iter().any(|p| p.kind == d.kind) || kinds.unread.contains(&d.kind)
    };
    for definition in builtin
        .iter()
        .filter(|d| !replaced(d))
        .chain(&kinds.definitions)
    {
        let ids = parsed
            .iter()
            .flat_map(|l| l.entries.iter().filter(|e| !e.term).map(|e| e.id));
        let used = templates::msg_uses(templates, &definition.kind, None);
        let sms = templates::msg_uses(templates, &definition.kind, Some("sms"));
        catalog.add_kind(definition, ids, used.as_ref(), sms.as_ref());
    }
    for kind in &kinds.unread {
        catalog.add_unread_kind(kind);
    }
    let mut out = Findings::default();
    for finding in setup {
        out.push(finding, None);
    }
    for locale in &parsed {
        let received = usage::received_vars(&catalog, locale);
        syntax::check(locale, &mut out);
        usage::check(&catalog, locale, &received, &mut out);
        selectors::check(&catalog, locale, &received, &mut out);
        text::check(locale, &mut out);
    }
    usage::check_missing(&catalog, &parsed, &mut out);
    for (i, a) in parsed.iter().enumerate() {
        for b in parsed.iter().skip(i + 1) {
            compare::check(&catalog, a, b, &mut out);
        }
    }
    templates::check(&catalog, templates, &mut out);
    out.finish(&parsed)
}

/// Whether any finding is an error.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

/// Findings as they are collected: each may name the entry it is about, whose `# check:`
/// comment in the language where it is reported can silence it (for `same-as-other-locale`,
/// the comment in either language).
#[derive(Default)]
pub(crate) struct Findings {
    items: Vec<(Finding, Option<String>, Option<Lang>)>,
}

impl Findings {
    /// Adds a finding at byte `offset` of file `file` of `locale`, about entry `subject`.
    pub fn at(
        &mut self,
        locale: &Locale<'_>,
        file: usize,
        offset: usize,
        (severity, code): (Severity, &'static str),
        subject: Option<&str>,
        message: String,
    ) {
        let (name, line, column) = match locale.files.get(file) {
            Some(f) => {
                let (line, column) = line_col(&f.source.text, offset);
                (f.source.name.clone(), line, column)
            }
            None => (locale.lang.tag().to_string(), 1, 1),
        };
        self.items.push((
            Finding {
                file: name,
                line,
                column,
                severity,
                code,
                message,
            },
            subject.map(String::from),
            Some(locale.lang),
        ));
    }

    /// Adds a finding whose place is already known.
    pub fn push(&mut self, finding: Finding, subject: Option<&str>) {
        self.items.push((finding, subject.map(String::from), None));
    }

    fn finish(self, locales: &[Locale<'_>]) -> Vec<Finding> {
        let mut out: Vec<Finding> = self
            .items
            .into_iter()
            .filter(|(f, subject, lang)| {
                subject.as_deref().is_none_or(|key| {
                    !locales
                        .iter()
                        .filter(|l| f.code == "same-as-other-locale" || Some(l.lang) == *lang)
                        .any(|l| l.get(key).is_some_and(|e| e.allows(f.code)))
                })
            })
            .map(|(f, _, _)| f)
            .collect();
        out.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.code, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.code, &b.message))
        });
        out.dedup();
        out
    }
}

/// `error` shorthand for [`Findings::at`].
pub(crate) const fn error(code: &'static str) -> (Severity, &'static str) {
    (Severity::Error, code)
}

/// `warning` shorthand for [`Findings::at`].
pub(crate) const fn warning(code: &'static str) -> (Severity, &'static str) {
    (Severity::Warning, code)
}
