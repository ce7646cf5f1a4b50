//! The kinds an engine knows: the built-in definitions (read on first use: rendering the
//! built-in kinds never needs them) and the kinds of its kinds folder, each checked against
//! its templates and the words the languages give it when the engine is built.

use std::borrow::Cow;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use super::Format;
use crate::error::{RenderError, SetupError};
use crate::kind::pack::{Pack, attributes, reads_whole};
use crate::kind::{Definition, Kinds, fluent};
use crate::l10n::{Locale, line_col};

/// The kinds of an engine.
pub(super) struct KindsFolder {
    /// Every kind: the built-in ones and those of the kinds folder.
    all: OnceLock<Kinds>,
    /// The kinds of the kinds folder, shared by their notices.
    pub(super) defined: Vec<Arc<Definition>>,
    /// The messages each kind of the folder requests in each format's template (`msg.NAME`):
    /// only those are made when it renders. A template that reads `msg` whole has none here.
    requested: Vec<Requested>,
    /// The same for the built-in kinds, from their templates (made on first use).
    builtin_requested: OnceLock<Vec<Requested>>,
    /// The built-in kinds' templates, to read what they request.
    builtin_templates: Vec<(String, Cow<'static, str>)>,
}

/// The messages one kind requests in one format's template.
type Requested = (String, Format, Vec<String>);

/// The names `msg.NAME` of a template, sorted; `None` when it reads `msg` whole.
fn requested_names(text: &str) -> Option<Vec<String>> {
    if reads_whole(text, "msg") {
        return None;
    }
    let mut names: Vec<String> = attributes(text, "msg")
        .into_iter()
        .map(|(n, _)| n.to_string())
        .collect();
    names.sort();
    names.dedup();
    Some(names)
}

impl KindsFolder {
    /// Reads the definitions of `pack` (from the folder `dir`) beside the built-in ones and
    /// checks each kind: a template per format, and every `msg.x` and `data.y` its templates
    /// read a message some language of `locales` defines and a field of the kind.
    ///
    /// `templates`: the engine's templates (the embedded ones, or those of `templates_dir`
    /// when given); the built-in kinds' templates are checked the same way when a templates
    /// folder replaces the embedded ones.
    pub(super) fn load(
        pack: &Pack,
        locales: &[Locale],
        dir: Option<&Path>,
        templates: &[(String, Cow<'static, str>)],
        templates_dir: Option<&Path>,
    ) -> Result<KindsFolder, SetupError> {
        let builtin_templates: Vec<(String, Cow<'static, str>)> = templates
            .iter()
            .filter(|(name, _)| {
                crate::notice::Kind::ALL
                    .iter()
                    .any(|k| name.starts_with(&format!("{}.", k.key())))
            })
            .cloned()
            .collect();
        let mut out = KindsFolder {
            all: OnceLock::new(),
            defined: Vec::new(),
            requested: Vec::new(),
            builtin_requested: OnceLock::new(),
            builtin_templates,
        };
        if pack.definitions.is_empty() && templates_dir.is_none() {
            return Ok(out);
        }
        let mut all = Kinds::builtin().map_err(SetupError::Definitions)?;
        if let Some(folder) = templates_dir {
            for definition in all.definitions() {
                let file = definition.file.clone();
                out.check_templates(definition, &file, templates, locales, folder)?;
            }
            // Only the folder's kinds are noted above; the built-in ones are made on use.
            out.requested.clear();
        }
        for (file, text) in &pack.definitions {
            let definition = all.add(text, file).map_err(SetupError::Definitions)?;
            let folder = dir.unwrap_or(Path::new("")).join("templates");
            out.check_templates(definition, file, &pack.templates, locales, &folder)?;
            out.defined.push(Arc::new(definition.clone()));
        }
        let _ = out.all.set(all);
        Ok(out)
    }

    /// Checks the templates of `definition` (defined in `file`) and notes the messages each
    /// requests.
    fn check_templates(
        &mut self,
        definition: &Definition,
        file: &str,
        templates: &[(String, Cow<'static, str>)],
        locales: &[Locale],
        folder: &Path,
    ) -> Result<(), SetupError> {
        let kind = &definition.kind;
        // As templates write them: `-` as `_`.
        let known: Vec<String> = locales
            .iter()
            .flat_map(|l| l.message_ids())
            .filter(|id| fluent::is_message_of(id, kind))
            .map(|id| id[kind.len() + 1..].replace('-', "_"))
            .collect();
        let fields: Vec<String> = definition
            .fields
            .iter()
            .flat_map(|f| {
                let mut keys: Vec<String> = f
                    .document_keys()
                    .iter()
                    .map(|k| k.replace('-', "_"))
                    .collect();
                keys.push(f.name.replace('-', "_"));
                keys
            })
            .collect();
        let formats = Format::ALL
            .into_iter()
            .chain(Format::PRINT.iter().copied())
            .chain(Format::ALERT.iter().copied());
        for format in formats {
            let name = format!("{kind}.{}.tera", format.layout());
            let Some((_, text)) = templates.iter().find(|(n, _)| *n == name) else {
                if format.is_binary() || Format::ALERT.contains(&format) {
                    // Optional: without it, PDF and PNG set the text template's lines, and
                    // the kind's notices are not CAP alerts.
                    continue;
                }
                return Err(SetupError::Template {
                    name: name.clone(),
                    message: format!(
                        "the kind `{kind}` ({file}) has no {format} template: add templates/{name} to its folder"
                    ),
                });
            };
            if let Some(names) = requested_names(text) {
                self.requested.push((kind.clone(), format, names));
            }
            let unknown = |object: &str, known: &[String]| {
                let (request, offset) = attributes(text, object)
                    .into_iter()
                    .find(|(r, _)| !known.iter().any(|k| k == r))?;
                let (line, column) = line_col(text, offset);
                Some((
                    format!("{}:{line}:{column}", folder.join(&name).display()),
                    request,
                ))
            };
            if let Some((at, request)) = unknown("msg", &known) {
                return Err(SetupError::Template {
                    name: at,
                    message: format!(
                        "`msg.{request}`: no language defines the message `{kind}-{}`; add it to locales/<tag>/{kind}.ftl or correct the name",
                        request.replace('_', "-"),
                    ),
                });
            }
            if let Some((at, request)) = unknown("data", &fields) {
                return Err(SetupError::Template {
                    name: at,
                    message: format!(
                        "`data.{request}`: the kind `{kind}` has no field `{request}` ({})",
                        definition.file
                    ),
                });
            }
        }
        Ok(())
    }

    /// Every kind: the built-in ones, then those of the kinds folder.
    pub(super) fn all(&self) -> &Kinds {
        self.all.get_or_init(|| {
            // The built-in definitions are checked by the tests; were one ever wrong, the
            // engine would know no kind by definition rather than fail here.
            Kinds::builtin().unwrap_or_else(|_| Kinds::empty())
        })
    }

    /// The messages the `format` template of kind `kind` requests; `None`: all.
    pub(super) fn requested(&self, kind: &str, format: Format) -> Option<&[String]> {
        let builtin = self.builtin_requested.get_or_init(|| {
            let mut out = Vec::new();
            for (name, text) in &self.builtin_templates {
                let Some((kind, format)) = name
                    .strip_suffix(".tera")
                    .and_then(|n| n.split_once('.'))
                    .and_then(|(k, f)| Some((k, f.parse::<Format>().ok()?)))
                else {
                    continue;
                };
                if let Some(names) = requested_names(text) {
                    out.push((kind.to_string(), format, names));
                }
            }
            out
        });
        self.requested
            .iter()
            .chain(builtin)
            .find(|(k, f, _)| k == kind && *f == format)
            .map(|(_, _, names)| names.as_slice())
    }

    /// The definition of built-in kind `kind`.
    pub(super) fn builtin(&self, kind: &str) -> Result<&Definition, RenderError> {
        self.all().get(kind).ok_or_else(|| RenderError::Message {
            lang: "",
            id: kind.to_string(),
            message: "the built-in definition of this kind could not be read".into(),
        })
    }
}
