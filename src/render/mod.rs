//! The renderer: one [`Engine`] holds the languages and templates, loaded once, and renders
//! any number of notices in any language and format, from any thread.

mod view;

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::error::{RenderError, SetupError};
use crate::l10n::{Digits, Locale, ftl_sources};
use crate::lang::Lang;
use crate::notice::Notice;

/// An output format: a template per kind plus a post-processing step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text, for e-mail, print or pasting anywhere.
    Text,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 1] = [Format::Text];

    /// The name used on the command line and in template names (`text`).
    pub fn key(self) -> &'static str {
        match self {
            Format::Text => "text",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.key() == s)
            .ok_or_else(|| format!("unknown format `{s}`: write text"))
    }
}

macro_rules! embedded_templates {
    ($($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../../templates/", $file)))),*]
    };
}

/// The shipped templates, compiled into the binary.
const TEMPLATES: &[(&str, &str)] = embedded_templates![
    "header.text.tera",
    "footer.text.tera",
    "outage.text.tera",
    "safety.text.tera",
    "meeting.text.tera",
];

/// The templates, from `dir/*.tera` or the embedded set: (name, text).
pub fn template_sources(
    dir: Option<&Path>,
) -> Result<Vec<(String, Cow<'static, str>)>, SetupError> {
    let Some(dir) = dir else {
        return Ok(TEMPLATES
            .iter()
            .map(|(n, t)| (n.to_string(), Cow::Borrowed(*t)))
            .collect());
    };
    let io = |path: &Path, source| SetupError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io(dir, e))? {
        let path = entry.map_err(|e| io(dir, e))?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.ends_with(".tera") {
            let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
            out.push((name.to_string(), Cow::Owned(text)));
        }
    }
    out.sort();
    Ok(out)
}

/// Where an [`Engine`] takes its words and layout from, and which digits it prints.
#[derive(Clone, Debug, Default)]
pub struct EngineOptions {
    /// A folder with `mr-IN/*.ftl` and `hi-IN/*.ftl` to use instead of the embedded locales.
    pub locales_dir: Option<PathBuf>,
    /// A folder of `*.tera` templates to use instead of the embedded ones.
    pub templates_dir: Option<PathBuf>,
    /// Digits to print in every language; `None` keeps each language's own (mr: ०-९, hi: 0-9).
    pub digits: Option<Digits>,
}

/// Renders notices: holds one Fluent bundle and formatter set per language and the parsed
/// templates. Build it once; it is `Send + Sync` and renders from any number of threads.
pub struct Engine {
    mr: Locale,
    hi: Locale,
    templates: tera::Tera,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

fn tera_message(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    msg
}

impl Engine {
    /// An engine on the embedded locales and templates.
    pub fn new() -> Result<Engine, SetupError> {
        Engine::with_options(&EngineOptions::default())
    }

    /// An engine as `options` say.
    pub fn with_options(options: &EngineOptions) -> Result<Engine, SetupError> {
        let locale = |lang| {
            let sources = ftl_sources(lang, options.locales_dir.as_deref())?;
            Locale::new(lang, &sources, options.digits)
        };
        let mut templates = tera::Tera::new();
        templates.autoescape_on([".html.tera"]);
        let sources = template_sources(options.templates_dir.as_deref())?;
        templates
            .add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_ref())))
            .map_err(|e| SetupError::Template {
                name: "templates".into(),
                message: tera_message(&e),
            })?;
        Ok(Engine {
            mr: locale(Lang::Mr)?,
            hi: locale(Lang::Hi)?,
            templates,
        })
    }

    /// The words and formatters of `lang`.
    pub fn locale(&self, lang: Lang) -> &Locale {
        match lang {
            Lang::Mr => &self.mr,
            Lang::Hi => &self.hi,
        }
    }

    /// Renders `notice` in `lang` as `format`.
    pub fn render(
        &self,
        notice: &Notice,
        lang: Lang,
        format: Format,
    ) -> Result<String, RenderError> {
        let ctx = view::context(notice, self.locale(lang))?;
        let name = format!("{}.{}.tera", notice.kind().key(), format.key());
        let raw = self
            .templates
            .render(&name, &ctx)
            .map_err(|e| RenderError::Template {
                name: name.clone(),
                message: tera_message(&e),
            })?;
        Ok(finish(&raw, format))
    }

    /// Renders `notice` into `out`; nothing is written unless the whole rendering succeeded.
    pub fn render_to<W: std::io::Write>(
        &self,
        notice: &Notice,
        lang: Lang,
        format: Format,
        out: &mut W,
    ) -> Result<(), RenderError> {
        let text = self.render(notice, lang, format)?;
        out.write_all(text.as_bytes())?;
        Ok(())
    }
}

/// A format's post-processing: for text, no trailing spaces, no more than one blank line in a
/// row, none at the start, and exactly one line break at the end.
fn finish(raw: &str, format: Format) -> String {
    match format {
        Format::Text => {
            let mut out = String::with_capacity(raw.len());
            let mut blank_run = 0;
            for line in raw.lines() {
                let line = line.trim_end();
                if line.is_empty() {
                    blank_run += 1;
                    continue;
                }
                if !out.is_empty() && blank_run > 0 {
                    out.push('\n');
                }
                blank_run = 0;
                out.push_str(line);
                out.push('\n');
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_finishing_folds_blank_lines() {
        assert_eq!(finish("\n\na  \n\n\n\nb\n\n", Format::Text), "a\n\nb\n");
        assert_eq!(finish("", Format::Text), "");
    }

    #[test]
    fn engine_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Engine>();
    }
}
