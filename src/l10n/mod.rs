//! Languages at render time: Fluent bundles (embedded or from a folder) with ICU4X-backed
//! functions, built once per language and shared by every render.

pub mod catalog;
pub mod formats;
mod functions;
#[cfg(test)]
mod variants;

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use formats::{Digits, LocaleFormats};
pub(crate) use functions::Moment;

use crate::error::{RenderError, SetupError};
use crate::lang::{Lang, Manifest, manifest};

/// One `.ftl` file: where it came from and its text.
#[derive(Clone, Debug)]
pub struct FtlSource {
    /// The file name shown in errors, e.g. `locales/mr-IN/outage.ftl` or `<embedded>/mr-IN/outage.ftl`.
    pub name: String,
    /// The file's text.
    pub text: Cow<'static, str>,
}

macro_rules! embedded_ftl {
    ($($lang:literal / $file:literal),* $(,)?) => {
        &[$(($lang, $file, include_str!(concat!("../../locales/", $lang, "/", $file)))),*]
    };
}

/// The shipped locale files, compiled into the binary.
const EMBEDDED: &[(&str, &str, &str)] = embedded_ftl![
    "mr-IN" / "common.ftl",
    "mr-IN" / "outage.ftl",
    "mr-IN" / "safety.ftl",
    "mr-IN" / "meeting.ftl",
    "hi-IN" / "common.ftl",
    "hi-IN" / "outage.ftl",
    "hi-IN" / "safety.ftl",
    "hi-IN" / "meeting.ftl",
    "en-IN" / "common.ftl",
    "en-IN" / "outage.ftl",
    "en-IN" / "safety.ftl",
    "en-IN" / "meeting.ftl",
];

/// The `.ftl` files of `lang`, from `dir/<tag>/*.ftl` (sorted by name) or the embedded set.
/// A folder `dir` without a `<tag>` folder leaves that language's embedded words in place, so
/// a translator's folder needs only the languages it changes.
pub fn ftl_sources(lang: Lang, dir: Option<&Path>) -> Result<Vec<FtlSource>, SetupError> {
    let dir = dir.filter(|d| !d.is_dir() || d.join(lang.tag()).exists());
    let Some(dir) = dir else {
        return Ok(EMBEDDED
            .iter()
            .filter(|(tag, _, _)| *tag == lang.tag())
            .map(|(tag, file, text)| FtlSource {
                name: format!("<embedded>/{tag}/{file}"),
                text: Cow::Borrowed(*text),
            })
            .collect());
    };
    let folder = dir.join(lang.tag());
    let io = |path: &Path, source| SetupError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .map_err(|e| io(&folder, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(SetupError::MissingLocale {
            path: folder.display().to_string(),
            lang: lang.tag(),
        });
    }
    paths
        .into_iter()
        .map(|p| {
            let text = crate::limits::read_setup_file(&p)?;
            Ok(FtlSource {
                name: p.display().to_string(),
                text: Cow::Owned(text),
            })
        })
        .collect()
}

/// The languages an engine on `dir` speaks, each with its manifest: the embedded ones (a
/// folder `dir/<tag>/` with a `language.yaml` replaces that manifest), then every other folder
/// of `dir` holding a `language.yaml`, in the order of their names. Each is registered.
pub fn languages(dir: Option<&Path>) -> Result<Vec<(Lang, Manifest)>, SetupError> {
    // The embedded languages, as the registry read them.
    let mut out: Vec<Manifest> = Lang::embedded()
        .into_iter()
        .map(|l| l.manifest().clone())
        .collect();
    if let Some(dir) = dir.filter(|d| d.is_dir()) {
        let io = |path: &Path, source| SetupError::Io {
            path: path.display().to_string(),
            source,
        };
        let mut folders: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| io(dir, e))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.join(manifest::MANIFEST_FILE).is_file())
            .collect();
        folders.sort();
        for folder in folders {
            let path = folder.join(manifest::MANIFEST_FILE);
            let text = crate::limits::read_setup_file(&path)?;
            let m = manifest::parse(&text, &path.display().to_string())?;
            let folder_name = folder.file_name().map(|n| n.to_string_lossy().into_owned());
            if folder_name.as_deref() != Some(m.tag.as_str()) {
                return Err(SetupError::Manifest {
                    file: path.display().to_string(),
                    line: 1,
                    column: 1,
                    message: format!(
                        "the folder is named {} but the manifest's tag is {}; name the folder after the tag",
                        folder_name.unwrap_or_default(),
                        m.tag
                    ),
                });
            }
            match out.iter_mut().find(|e| e.tag == m.tag) {
                Some(embedded) => *embedded = m,
                None => out.push(m),
            }
        }
    }
    Ok(out.into_iter().map(|m| (Lang::register(&m), m)).collect())
}

/// The 1-based line and character column of byte `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(col).unwrap_or(u32::MAX),
    )
}

/// Everything needed to speak one language: its Fluent bundle and its ICU4X formatters.
pub struct Locale {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// The id of every message the sources define, sorted.
    message_ids: Vec<String>,
    formats: Arc<LocaleFormats>,
    /// Tells this locale from every other built in this process (for per-thread caches).
    id: u64,
}

/// The next [`Locale`] id.
static NEXT_LOCALE_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

impl Locale {
    /// Builds the bundle of `lang` from `sources`, with the functions NUMBER, DATE, TIME and
    /// DAYPERIOD, and no Unicode isolation marks around placeables; the language's own digits
    /// (unless `digits` overrides them) and day periods come from its registered manifest.
    pub fn new(
        lang: Lang,
        sources: &[FtlSource],
        digits: Option<Digits>,
    ) -> Result<Locale, SetupError> {
        Locale::with_manifest(lang, lang.manifest(), sources, digits)
    }

    /// [`Locale::new`] with the digits and day periods of `manifest`.
    pub fn with_manifest(
        lang: Lang,
        manifest: &Manifest,
        sources: &[FtlSource],
        digits: Option<Digits>,
    ) -> Result<Locale, SetupError> {
        let numbering = digits.map(Digits::numbering).or(manifest.digits.as_deref());
        let formats =
            Arc::new(
                LocaleFormats::new(lang, numbering).map_err(|e| SetupError::LocaleData {
                    lang: lang.tag(),
                    message: e.to_string(),
                })?,
            );
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        bundle.set_use_isolating(false);
        let periods = manifest.day_periods.clone();
        functions::register(&mut bundle, &formats, periods).map_err(|e| {
            SetupError::FluentBundle {
                file: "<functions>".into(),
                message: e.to_string(),
            }
        })?;
        let mut message_ids = Vec::new();
        for source in sources {
            let resource = match FluentResource::try_new(source.text.to_string()) {
                Ok(r) => r,
                Err((_, errors)) => {
                    let first = errors.first();
                    let (line, column) =
                        first.map_or((1, 1), |e| line_col(&source.text, e.pos.start));
                    return Err(SetupError::FluentSyntax {
                        file: source.name.clone(),
                        line,
                        column,
                        message: first.map_or_else(String::new, |e| e.kind.to_string()),
                    });
                }
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    message_ids.push(m.id.name.to_string());
                }
            }
            bundle
                .add_resource(resource)
                .map_err(|errors| SetupError::FluentBundle {
                    file: source.name.clone(),
                    message: errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                })?;
        }
        message_ids.sort();
        message_ids.dedup();
        Ok(Locale {
            lang,
            bundle,
            message_ids,
            formats,
            id: NEXT_LOCALE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// A number that tells this locale from every other built in this process.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The ICU4X formatters.
    pub fn formats(&self) -> &LocaleFormats {
        &self.formats
    }

    /// The id of every message this locale defines, sorted.
    pub fn message_ids(&self) -> &[String] {
        &self.message_ids
    }

    /// Whether the bundle defines message `id`.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats message `id` with `args`. Any problem — a missing message, a missing variable,
    /// a function given the wrong value — is an error: a notice never carries a half-made sentence.
    pub fn message(&self, id: &str, args: &FluentArgs) -> Result<String, RenderError> {
        self.message_unless(id, args, |_| false)?
            .ok_or_else(|| RenderError::Message {
                lang: self.lang.tag(),
                id: id.to_string(),
                message: "no text".into(),
            })
    }

    /// [`Locale::message`], but `None` when the only problems are variables that `absent`
    /// says the notice does not give (an optional field left out): a sentence about a field
    /// the notice leaves out is left out with it.
    pub fn message_unless(
        &self,
        id: &str,
        args: &FluentArgs,
        absent: impl Fn(&str) -> bool,
    ) -> Result<Option<String>, RenderError> {
        let fail = |message: String| RenderError::Message {
            lang: self.lang.tag(),
            id: id.to_string(),
            message,
        };
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| fail("no such message in the locale files".into()))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        let only_absent = errors.iter().all(|e| match e {
            fluent_bundle::FluentError::ResolverError(
                fluent_bundle::resolver::ResolverError::Reference(
                    fluent_bundle::resolver::errors::ReferenceKind::Variable { id },
                ),
            ) => absent(id),
            _ => false,
        });
        if !errors.is_empty() && only_absent {
            return Ok(None);
        }
        if !errors.is_empty() {
            return Err(fail(
                errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            ));
        }
        if let Some(problem) = functions::failure(&text) {
            return Err(fail(problem.to_string()));
        }
        Ok(Some(text.into_owned()))
    }
}
