//! The renderer: one [`Engine`] holds the languages and templates, loaded once, and renders
//! any number of notices in any language and format, from any thread.
//!
//! A rendering runs one way: notice → per-language words ([`view`]) → the kind's template
//! (`<kind>.<format>.tera`) → the format's finishing → the page (`page.<format>.tera`), which
//! holds one section per language, so a bilingual notice is the same pipeline with two sections.

mod defined;
mod dlt;
mod kinds;
mod sms;
mod sms_defined;
mod sms_view;
mod status;
mod view;
mod whatsapp_template;

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, RwLock};

use rustc_hash::FxHashMap;
use serde::Serialize;

pub use dlt::{
    DLT_VARIABLE, DLT_VARIABLE_LIMIT, DltProblem, DltTemplate, check_against, match_template,
    parse_templates,
};
pub use sms::{SmsEncoding, SmsInfo, sms_info};
pub use whatsapp_template::{
    WaComponent, WaMessage, WaProblem, WaRule, WaTemplate, fill_template, parse_registered,
};

use crate::error::{DataError, DataErrorKind, RenderError, SetupError};
use crate::kind::pack::Pack;
use crate::kind::{Definition, Kinds};
use crate::l10n::{Digits, Locale, ftl_sources};
use crate::lang::Lang;
use crate::notice::{Body, Document, Kind, Notice};
use sms_view::SmsKind;

/// An output format: a template per kind, a page template, and a finishing step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text, for e-mail, print or pasting anywhere.
    Text,
    /// A WhatsApp group message: `*bold*` headline and key facts, short lines.
    Whatsapp,
    /// One SMS paragraph with the essentials, matching a DLT template.
    Sms,
    /// A standalone printable A4 HTML page.
    Html,
    /// A4 pages as PDF, from the kind's print template (feature `pdf`).
    #[cfg(feature = "pdf")]
    Pdf,
    /// The notice as one PNG image 1080 px wide, from the kind's print template (feature `pdf`).
    #[cfg(feature = "pdf")]
    Png,
    /// An OASIS CAP 1.2 alert, one `<info>` per language, from the kind's CAP template
    /// (feature `cap`; outage and safety notices, and kinds that bring a CAP template).
    /// [`Engine::render_notice`] makes it with the default [`crate::cap::CapOptions`];
    /// [`Engine::render_cap`] takes the sender and sent time.
    #[cfg(feature = "cap")]
    Cap,
    /// The send payload of a WhatsApp Business template message (Cloud API `messages` body,
    /// `type: template`), from the kind's `<kind>.whatsapp-template.tera` layout.
    WhatsappTemplate,
}

impl Format {
    /// Every text format; a kind has a template for each.
    pub const ALL: [Format; 4] = [Format::Text, Format::Whatsapp, Format::Sms, Format::Html];

    /// The print formats (feature `pdf`), drawn from one optional template per kind,
    /// `<kind>.print.tera`.
    #[cfg(feature = "pdf")]
    pub const PRINT: &'static [Format] = &[Format::Pdf, Format::Png];
    /// The print formats: none without the feature `pdf`.
    #[cfg(not(feature = "pdf"))]
    pub const PRINT: &'static [Format] = &[];

    /// The alert formats (feature `cap`): one alert holds every language.
    #[cfg(feature = "cap")]
    pub const ALERT: &'static [Format] = &[Format::Cap];
    /// The alert formats: none without the feature `cap`.
    #[cfg(not(feature = "cap"))]
    pub const ALERT: &'static [Format] = &[];

    /// The name used on the command line and in template names (`text`, `whatsapp`, `sms`, `html`).
    pub fn key(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Whatsapp => "whatsapp",
            Format::Sms => "sms",
            Format::Html => "html",
            #[cfg(feature = "pdf")]
            Format::Pdf => "pdf",
            #[cfg(feature = "pdf")]
            Format::Png => "png",
            #[cfg(feature = "cap")]
            Format::Cap => "cap",
            Format::WhatsappTemplate => "whatsapp-template",
        }
    }

    /// The middle of its templates' names, `<kind>.<layout>.tera`: its key, but `print` for
    /// PDF and PNG, which draw the same layout.
    pub fn layout(self) -> &'static str {
        match self {
            #[cfg(feature = "pdf")]
            Format::Pdf | Format::Png => "print",
            _ => self.key(),
        }
    }

    /// Whether its output is a binary file (PDF, PNG) rather than text.
    pub fn is_binary(self) -> bool {
        self.layout() == "print"
    }

    /// The file extension of an output file: `txt`, `wa.txt`, `sms.txt` or `html`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Whatsapp => "wa.txt",
            Format::Sms => "sms.txt",
            Format::Html => "html",
            #[cfg(feature = "pdf")]
            Format::Pdf => "pdf",
            #[cfg(feature = "pdf")]
            Format::Png => "png",
            #[cfg(feature = "cap")]
            Format::Cap => "cap.xml",
            Format::WhatsappTemplate => "wa-template.json",
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
            .chain(Format::PRINT.iter().copied())
            .chain(Format::ALERT.iter().copied())
            .chain([Format::WhatsappTemplate])
            .find(|f| f.key() == s)
            // The text formats: what every channel (the command, the server) renders.
            .ok_or_else(|| format!("unknown format `{s}`: write text, whatsapp, sms or html"))
    }
}

/// A DLT template and its fixed text split at the variables, ready to match.
struct CachedTemplate {
    template: DltTemplate,
    split: dlt::SplitTemplate,
}

/// A DLT template's case.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum TemplateKey {
    /// Of a built-in kind: the kind, and each language with the place of each selector value
    /// in its list ([`sms_view::sms_selectors`]), packed in a number, so that looking a template
    /// up costs no allocation.
    Builtin(u64),
    /// Of a kind defined as data: the kind, and each language with its selector values.
    Defined(String),
}

/// The key of a case, or `None` for a value outside the lists (never cached then).
fn template_key(kind: &SmsKind, views: &[(Lang, sms_view::SmsView)]) -> Option<TemplateKey> {
    let kind = match kind {
        SmsKind::Builtin(kind) => *kind,
        SmsKind::Defined(plan) => {
            let mut key = plan.kind().to_string();
            for (lang, view) in views {
                key.push('\n');
                key.push_str(lang.tag());
                for (name, value) in &view.selectors {
                    key.push_str(&format!(" {name}={value}"));
                }
            }
            return Some(TemplateKey::Defined(key));
        }
    };
    let domains = sms_view::sms_selectors(kind);
    let mut key = kind as u64 + 1;
    for (lang, view) in views {
        let place = u64::try_from(lang.index())
            .ok()?
            .checked_add(1)
            .filter(|&p| p < 64)?;
        key = key.checked_mul(64)?.checked_add(place)?;
        for (name, value) in &view.selectors {
            let values = if name == "status" {
                sms_view::STATUS_VALUES
            } else if name == "revision" {
                sms_view::REVISION_VALUES
            } else {
                domains
                    .iter()
                    .chain(sms_view::sms_cancel_selectors(kind))
                    .find(|(n, _)| *n == name.as_ref())?
                    .1
            };
            let place = values.iter().position(|v| *v == value.as_ref())? as u64;
            key = key.checked_mul(8)?.checked_add(place + 1)?;
        }
    }
    Some(TemplateKey::Builtin(key))
}

/// Most SMS parts a notice may take; a bilingual SMS beyond it is refused.
pub const SMS_MAX_PARTS: usize = 4;

/// One finished notice in one or more languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendering {
    /// The notice's text.
    pub text: String,
    /// For SMS: its encoding, length and parts.
    pub sms: Option<SmsInfo>,
}

/// A DLT problem of one notice's SMS, with the data field to change when one is to blame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DltFinding {
    /// What an operator would reject.
    pub problem: DltProblem,
    /// The field path of the data that made the variable too long, e.g. `areas`.
    pub path: Option<String>,
    /// Where that field is in the file.
    pub position: Option<crate::error::Position>,
}

impl DltFinding {
    /// What the command and the server say of this finding in notice `id`: the message and
    /// what to do. `registered`: whether the SMS was checked against templates registered
    /// earlier (`--dlt-templates`) rather than those the locale files give now.
    pub fn describe(&self, id: &str, registered: bool) -> (String, String) {
        match &self.problem {
            DltProblem::TooLong { .. } => (
                match &self.path {
                    Some(path) => format!("notice `{id}`, `{path}`: {}", self.problem),
                    None => format!("notice `{id}`: {}", self.problem),
                },
                "shorten this text to 30 characters or fewer for SMS".to_string(),
            ),
            DltProblem::Mismatch { .. } if registered => (
                format!("notice `{id}`: {}", self.problem),
                "the locale files changed since the templates were registered: register the output of `suchana dlt` again, or restore the wording".to_string(),
            ),
            DltProblem::Mismatch { .. } => (
                format!("notice `{id}`: {}", self.problem),
                "a template or locale file puts data outside the SMS variables; print the templates with `suchana dlt`".to_string(),
            ),
        }
    }
}

/// One language's part of a page.
#[derive(Serialize)]
struct Section {
    lang: &'static str,
    title: String,
    body: String,
}

macro_rules! embedded_templates {
    ($($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../../templates/", $file)))),*]
    };
}

/// The shipped templates, compiled into the binary.
const TEMPLATES: &[(&str, &str)] = embedded_templates![
    "page.text.tera",
    "header.text.tera",
    "footer.text.tera",
    "outage.text.tera",
    "safety.text.tera",
    "meeting.text.tera",
    "page.whatsapp.tera",
    "header.whatsapp.tera",
    "status.whatsapp.tera",
    "footer.whatsapp.tera",
    "outage.whatsapp.tera",
    "safety.whatsapp.tera",
    "meeting.whatsapp.tera",
    "page.sms.tera",
    "outage.sms.tera",
    "safety.sms.tera",
    "meeting.sms.tera",
    "page.html.tera",
    "header.html.tera",
    "footer.html.tera",
    "outage.html.tera",
    "safety.html.tera",
    "meeting.html.tera",
    "page.print.tera",
    "header.print.tera",
    "footer.print.tera",
    "outage.print.tera",
    "safety.print.tera",
    "meeting.print.tera",
    "outage.cap.tera",
    "safety.cap.tera",
    "cancel.cap.tera",
    "outage.whatsapp-template.tera",
    "safety.whatsapp-template.tera",
    "meeting.whatsapp-template.tera",
    "cancel.text.tera",
    "cancel.whatsapp.tera",
    "cancel.html.tera",
    "cancel.print.tera",
    "cancel.sms.tera",
    "cancel.whatsapp-template.tera",
];

/// The shipped starter notices of the built-in kinds (`examples/<kind>.yaml`).
const EXAMPLES: [(Kind, &str); 3] = [
    (Kind::Outage, include_str!("../../examples/outage.yaml")),
    (Kind::Safety, include_str!("../../examples/safety.yaml")),
    (Kind::Meeting, include_str!("../../examples/meeting.yaml")),
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
            let text = crate::limits::read_setup_file(&path)?;
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
    /// A folder of notice kinds defined as data: `kinds/<kind>.yaml`, `locales/<tag>/*.ftl`,
    /// `templates/<kind>.<format>.tera` ([`crate::kind::pack`]).
    pub kinds_dir: Option<PathBuf>,
}

/// Renders notices: holds one Fluent bundle and formatter set per language and the parsed
/// templates. Build it once; it is `Send + Sync` and renders from any number of threads.
pub struct Engine {
    /// One locale per language the engine speaks, the embedded languages first.
    locales: Vec<Locale>,
    /// Every kind the engine knows, and those of its kinds folder.
    kinds: kinds::KindsFolder,
    templates: tera::Tera,
    /// DLT templates by case, made on first use.
    dlt_cache: RwLock<FxHashMap<TemplateKey, Arc<CachedTemplate>>>,
    /// WhatsApp templates by case and language, made on first use.
    wa_cache: RwLock<FxHashMap<TemplateKey, Arc<whatsapp_template::WaShape>>>,
    /// Formats whose page template is the shipped one, which adds nothing to one section.
    plain_pages: Vec<Format>,
    /// What the SMS of each kind of the kinds folder depends on.
    sms_plans: Vec<Arc<sms_defined::Plan>>,
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
        let pack = match &options.kinds_dir {
            Some(dir) => Pack::read(dir)?,
            None => Pack::default(),
        };
        let languages = crate::l10n::languages(options.locales_dir.as_deref())?;
        if let Some((tag, source)) = pack
            .ftl
            .iter()
            .find(|(tag, _)| !languages.iter().any(|(l, _)| l.tag() == tag))
        {
            return Err(SetupError::FluentBundle {
                file: source.name.clone(),
                message: format!(
                    "{tag} is not a language of this run: name the folder after one (mr-IN, hi-IN, en-IN), or add the language with --locales"
                ),
            });
        }
        let locales = languages
            .iter()
            .map(|(lang, manifest)| {
                let mut sources = ftl_sources(*lang, options.locales_dir.as_deref())?;
                sources.extend(pack.ftl_of(lang.tag()).cloned());
                Locale::with_manifest(*lang, manifest, &sources, options.digits)
            })
            .collect::<Result<Vec<_>, SetupError>>()?;
        let sources = template_sources(options.templates_dir.as_deref())?;
        let kinds = kinds::KindsFolder::load(
            &pack,
            &locales,
            options.kinds_dir.as_deref(),
            &sources,
            options.templates_dir.as_deref(),
        )?;
        let mut templates = tera::Tera::new();
        templates.autoescape_on([".html.tera"]);
        templates
            .add_raw_templates(
                sources
                    .iter()
                    .chain(&pack.templates)
                    .map(|(n, t)| (n.as_str(), t.as_ref())),
            )
            .map_err(|e| SetupError::Template {
                name: "templates".into(),
                message: tera_message(&e),
            })?;
        // With the shipped page of a plain-text format, a page of one section is that
        // section: rendering it through Tera would give the same text, slower.
        let plain_pages = [Format::Text, Format::Whatsapp, Format::Sms]
            .into_iter()
            .filter(|f| {
                let name = format!("page.{}.tera", f.key());
                let shipped = TEMPLATES.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
                let loaded = sources
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, t)| t.as_ref());
                shipped.is_some() && shipped == loaded
            })
            .collect();
        let sms_plans = sms_defined::plans(&pack, &kinds, &templates, &locales);
        Ok(Engine {
            locales,
            kinds,
            templates,
            dlt_cache: RwLock::new(FxHashMap::default()),
            wa_cache: RwLock::new(FxHashMap::default()),
            plain_pages,
            sms_plans,
        })
    }

    /// The words and formatters of `lang`; an error if this engine was not built with it
    /// (a language registered by another engine's locales folder).
    pub fn locale(&self, lang: Lang) -> Result<&Locale, RenderError> {
        self.locales
            .iter()
            .find(|l| l.lang() == lang)
            .ok_or(RenderError::LanguageNotLoaded { lang: lang.tag() })
    }

    /// Every kind this engine knows: the built-in ones, then those of its kinds folder.
    pub fn kinds(&self) -> &Kinds {
        self.kinds.all()
    }

    /// The JSON Schema of notice data: one of every kind this engine knows, or (`Some(kind)`)
    /// of that kind alone; `None` for a kind it does not know.
    pub fn schema(&self, kind: Option<&str>) -> Option<serde_json::Value> {
        let mut root = crate::schema();
        let mut branches = Vec::new();
        for definition in self.kinds().definitions() {
            // The built-in kinds' schemas are there already (`OutageDoc`, …).
            let name = crate::kind::schema::def_name(&definition.kind);
            if Kind::from_key(&definition.kind).is_none() {
                root["$defs"][&name] = crate::kind::schema::notice_schema(definition, &root);
            }
            // A cancellation of a kind has a schema of its own (the built-in kinds' are there).
            let cancel = crate::kind::schema::cancel_def_name(&definition.kind);
            if Kind::from_key(&definition.kind).is_none() {
                root["$defs"][&cancel] = crate::kind::schema::cancel_schema(definition, &root);
            }
            if kind.is_none_or(|k| k == definition.kind) {
                branches.push(serde_json::json!({ "$ref": format!("#/$defs/{name}") }));
                branches.push(serde_json::json!({ "$ref": format!("#/$defs/{cancel}") }));
            }
        }
        if branches.is_empty() {
            return None;
        }
        root["oneOf"] = serde_json::Value::Array(branches);
        Some(root)
    }

    /// A starter notice of `kind` that validates (what `suchana example KIND` prints): the
    /// shipped example of a built-in kind, or one made from the definition of a kind of the
    /// kinds folder; `None` for a kind this engine does not know.
    pub fn example(&self, kind: &str) -> Option<String> {
        if let Some((_, text)) = EXAMPLES.iter().find(|(k, _)| k.key() == kind) {
            return Some((*text).to_string());
        }
        self.kinds().get(kind).map(crate::kind::schema::example)
    }

    /// Reads every notice of a YAML file, of a built-in kind or one of the kinds folder: one
    /// result per non-empty document, in order (as [`crate::parse_str`] for the built-in
    /// kinds).
    pub fn parse_str(&self, src: &str, file: &str) -> Vec<Result<Notice, Vec<DataError>>> {
        let file: Arc<str> = Arc::from(file);
        let stem = crate::notice::id_stem(&file);
        crate::notice::split_documents(src)
            .iter()
            .map(|doc| self.parse_document(doc, &file, &stem))
            .collect()
    }

    /// Reads one document, of a built-in kind (the fast path of
    /// [`crate::notice::parse_document`]) or of a kind of the kinds folder.
    pub fn parse_document(
        &self,
        doc: &Document<'_>,
        file: &Arc<str>,
        stem: &str,
    ) -> Result<Notice, Vec<DataError>> {
        self.read(doc, file, stem, crate::notice::parse_document)
    }

    /// [`Engine::parse_document`] with every field's exact position.
    pub fn parse_document_exact(
        &self,
        doc: &Document<'_>,
        file: &Arc<str>,
        stem: &str,
    ) -> Result<Notice, Vec<DataError>> {
        self.read(doc, file, stem, crate::notice::parse_document_exact)
    }

    /// `doc` read by `builtin`, or against the kinds folder's definitions when it names one of
    /// its kinds (plainly, `kind: …` on a line of its own: then straight there, as the built-in
    /// reader would only refuse it, slowly) or when `builtin` finds its kind unknown.
    fn read(
        &self,
        doc: &Document<'_>,
        file: &Arc<str>,
        stem: &str,
        builtin: BuiltinReader,
    ) -> Result<Notice, Vec<DataError>> {
        if self.kinds.defined.is_empty() {
            return builtin(doc, file, stem);
        }
        let names_defined = crate::notice::load::scanned_kinds(doc.text)
            .any(|k| self.kinds.defined.iter().any(|d| d.kind == k));
        if !names_defined {
            let read = builtin(doc, file, stem);
            let unknown_kind = matches!(&read, Err(errors)
                if errors.len() == 1 && errors[0].kind == DataErrorKind::UnknownKind);
            if !unknown_kind {
                return read;
            }
        }
        let all: Vec<&Definition> = self.kinds().definitions().iter().collect();
        let read = crate::kind::load_document(&all, doc, file, stem)?;
        let Some(definition) = self.kinds.defined.iter().find(|d| d.kind == read.kind) else {
            // Not a kind of the folder after all: the built-in reader says why.
            return builtin(doc, file, stem);
        };
        Ok(read.into_notice(definition.clone()))
    }

    /// The languages this engine speaks: the embedded ones, then those of its locales folder.
    pub fn languages(&self) -> Vec<Lang> {
        self.locales.iter().map(Locale::lang).collect()
    }

    /// Renders `notice` in `lang` as `format`.
    pub fn render(
        &self,
        notice: &Notice,
        lang: Lang,
        format: Format,
    ) -> Result<String, RenderError> {
        Ok(self.render_notice(notice, &[lang], format)?.text)
    }

    /// Renders `notice` as one notice holding every language of `langs`, in that order
    /// (one language: an ordinary notice; `[Mr, Hi]`: Marathi first, then Hindi).
    ///
    /// A bilingual SMS longer than [`SMS_MAX_PARTS`] parts is refused with
    /// [`RenderError::SmsTooLong`].
    pub fn render_notice(
        &self,
        notice: &Notice,
        langs: &[Lang],
        format: Format,
    ) -> Result<Rendering, RenderError> {
        #[cfg(feature = "cap")]
        if format == Format::Cap {
            let options = crate::cap::CapOptions::default();
            let text = self.render_cap(notice, langs, &options)?;
            return Ok(Rendering { text, sms: None });
        }
        if format == Format::WhatsappTemplate {
            return self.whatsapp_rendering(notice, langs);
        }
        let mut sections = Vec::with_capacity(langs.len());
        for &lang in langs {
            sections.push(self.section(notice, lang, format)?);
        }
        self.finish_rendering(sections, langs, format)
    }

    /// Whether the engine has the template `name` (`outage.cap.tera`).
    #[cfg(feature = "cap")]
    pub(crate) fn has_template(&self, name: &str) -> bool {
        self.templates.get_template_names().any(|n| n == name)
    }

    /// The body of one language's section of `notice` in `format`, before any page: what a
    /// format that lays out its own file (CAP) reads.
    #[cfg(feature = "cap")]
    pub(crate) fn section_body(
        &self,
        notice: &Notice,
        lang: Lang,
        format: Format,
    ) -> Result<String, RenderError> {
        Ok(self.section(notice, lang, format)?.body)
    }

    /// The page around `sections`, with the SMS measure and the bilingual SMS limit.
    fn finish_rendering(
        &self,
        sections: Vec<Section>,
        langs: &[Lang],
        format: Format,
    ) -> Result<Rendering, RenderError> {
        let text = self.page(sections, format)?;
        let sms = (format == Format::Sms).then(|| sms_info(&text));
        if let Some(info) = sms
            && langs.len() > 1
            && info.parts > SMS_MAX_PARTS
        {
            return Err(RenderError::SmsTooLong {
                parts: info.parts,
                units: info.units,
                max: SMS_MAX_PARTS,
            });
        }
        Ok(Rendering { text, sms })
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

    /// The DLT template the SMS of `notice` in `langs` must match.
    pub fn sms_template(
        &self,
        notice: &Notice,
        langs: &[Lang],
    ) -> Result<DltTemplate, RenderError> {
        let kind = self.dlt_kind(notice)?;
        let views = self.sms_views(&kind, notice, langs)?;
        Ok(self.cached_template(&kind, &views)?.template.clone())
    }

    /// Checks the SMS `text` of `notice` in `langs` against DLT: against the template the
    /// current locale files give (or, with `registered`, against any of those templates, as
    /// registered earlier from `suchana dlt`), and each variable against the 30-character limit.
    pub fn check_dlt(
        &self,
        notice: &Notice,
        langs: &[Lang],
        text: &str,
        registered: Option<&[String]>,
    ) -> Result<Vec<DltFinding>, RenderError> {
        let kind = self.dlt_kind(notice)?;
        let views = self.sms_views(&kind, notice, langs)?;
        self.check_views(&kind, &views, text, registered)
    }

    /// Renders the SMS of `notice` in `langs` and checks it against DLT, in one pass (what
    /// [`Engine::render_notice`] and [`Engine::check_dlt`] do, without working twice).
    pub fn render_sms(
        &self,
        notice: &Notice,
        langs: &[Lang],
        registered: Option<&[String]>,
    ) -> Result<(Rendering, Vec<DltFinding>), RenderError> {
        let kind = self.sms_kind(notice)?;
        let views = self.sms_views(&kind, notice, langs)?;
        let mut sections = Vec::with_capacity(langs.len());
        for (lang, view) in &views {
            sections.push(self.sms_section(view, *lang, Some(notice))?);
        }
        let rendering = self.finish_rendering(sections, langs, Format::Sms)?;
        if let SmsKind::Defined(plan) = &kind
            && let Some(reason) = plan.refusal()
        {
            // A kind whose SMS can have no DLT template renders, unchecked, unless templates
            // to check against are given.
            if registered.is_none() {
                return Ok((rendering, Vec::new()));
            }
            return Err(RenderError::NoDltTemplates {
                kind: plan.kind().to_string(),
                reason: reason.to_string(),
            });
        }
        let findings = self.check_views(&kind, &views, &rendering.text, registered)?;
        Ok((rendering, findings))
    }

    /// The SMS kind of `notice`: a built-in kind, or a kind of the kinds folder with what its
    /// SMS depends on.
    fn sms_kind(&self, notice: &Notice) -> Result<SmsKind, RenderError> {
        if let Some(kind) = notice.kind() {
            return Ok(SmsKind::Builtin(kind));
        }
        self.sms_kind_named(notice.kind_key())
    }

    /// [`Engine::sms_kind`], refused when its SMS can have no DLT template.
    fn dlt_kind(&self, notice: &Notice) -> Result<SmsKind, RenderError> {
        let kind = self.sms_kind(notice)?;
        if let SmsKind::Defined(plan) = &kind
            && let Some(reason) = plan.refusal()
        {
            return Err(RenderError::NoDltTemplates {
                kind: plan.kind().to_string(),
                reason: reason.to_string(),
            });
        }
        Ok(kind)
    }

    /// The SMS kind named `name`.
    fn sms_kind_named(&self, name: &str) -> Result<SmsKind, RenderError> {
        if let Some(kind) = Kind::from_key(name) {
            return Ok(SmsKind::Builtin(kind));
        }
        self.sms_plans
            .iter()
            .find(|p| p.kind() == name)
            .map(|p| SmsKind::Defined(p.clone()))
            .ok_or_else(|| RenderError::NoDltTemplates {
                kind: name.to_string(),
                reason: "it is not a kind this engine knows".into(),
            })
    }

    fn sms_views(
        &self,
        kind: &SmsKind,
        notice: &Notice,
        langs: &[Lang],
    ) -> Result<Vec<(Lang, sms_view::SmsView)>, RenderError> {
        langs
            .iter()
            .map(|&lang| Ok((lang, self.sms_view(kind, notice, lang)?)))
            .collect()
    }

    /// The SMS of `notice` in `lang`.
    fn sms_view(
        &self,
        kind: &SmsKind,
        notice: &Notice,
        lang: Lang,
    ) -> Result<sms_view::SmsView, RenderError> {
        let locale = self.locale(lang)?;
        match kind {
            SmsKind::Builtin(_) => sms_view::sms_view(notice, locale),
            SmsKind::Defined(plan) => plan.notice_view(notice, locale),
        }
    }

    /// The template of these views' case, made once per case and kept.
    fn cached_template(
        &self,
        kind: &SmsKind,
        views: &[(Lang, sms_view::SmsView)],
    ) -> Result<Arc<CachedTemplate>, RenderError> {
        let key = template_key(kind, views);
        if let Some(key) = &key
            && let Some(t) = self.dlt_cache.read().ok().and_then(|c| c.get(key).cloned())
        {
            return Ok(t);
        }
        let cases: Vec<_> = views
            .iter()
            .map(|(l, v)| (*l, v.selectors.clone()))
            .collect();
        let template = self.dlt_template(kind, &cases)?;
        let split = dlt::SplitTemplate::new(template.text.split(DLT_VARIABLE));
        let template = Arc::new(CachedTemplate { template, split });
        if let Some(key) = key
            && let Ok(mut cache) = self.dlt_cache.write()
        {
            cache.insert(key, template.clone());
        }
        Ok(template)
    }

    fn check_views(
        &self,
        kind: &SmsKind,
        views: &[(Lang, sms_view::SmsView)],
        text: &str,
        registered: Option<&[String]>,
    ) -> Result<Vec<DltFinding>, RenderError> {
        let cached = self.cached_template(kind, views)?;
        let own = &cached.template;
        let problems = match registered {
            None => dlt::check_split(own, &cached.split, text),
            Some(list) => {
                let matching = list.iter().find(|t| match_template(t, text).is_some());
                match matching {
                    Some(t) => {
                        let variables = if *t == own.text {
                            own.variables.clone()
                        } else {
                            Vec::new()
                        };
                        let template = DltTemplate {
                            text: t.clone(),
                            variables,
                            cases: Vec::new(),
                        };
                        check_against(&template, text)
                    }
                    None => vec![DltProblem::Mismatch {
                        template: own.text.clone(),
                    }],
                }
            }
        };
        let Some((_, view)) = views.first() else {
            return Ok(Vec::new());
        };
        Ok(problems
            .into_iter()
            .map(|problem| {
                let source = match &problem {
                    DltProblem::TooLong { name: Some(n), .. } => view
                        .vars
                        .iter()
                        .find(|v| v.name == *n)
                        .and_then(|v| v.source.clone()),
                    _ => None,
                };
                let (path, position) = match source {
                    Some((path, at)) => (Some(path), at),
                    None => (None, None),
                };
                DltFinding {
                    problem,
                    path,
                    position,
                }
            })
            .collect())
    }

    /// Every DLT template an SMS of `kind` in `langs` can need: one per distinct fixed text,
    /// each with the cases that produce it. Register all of them.
    pub fn dlt_templates(
        &self,
        kind: Kind,
        langs: &[Lang],
    ) -> Result<Vec<DltTemplate>, RenderError> {
        self.templates_of(&SmsKind::Builtin(kind), langs)
    }

    /// [`Engine::dlt_templates`] of any kind this engine knows, by name: a built-in kind or
    /// one of its kinds folder, whose cases are those of the selectors its SMS messages use.
    pub fn dlt_templates_of(
        &self,
        kind: &str,
        langs: &[Lang],
    ) -> Result<Vec<DltTemplate>, RenderError> {
        self.templates_of(&self.sms_kind_named(kind)?, langs)
    }

    fn templates_of(
        &self,
        kind: &SmsKind,
        langs: &[Lang],
    ) -> Result<Vec<DltTemplate>, RenderError> {
        let mut out: Vec<DltTemplate> = Vec::new();
        for case in self.cases_of(kind)? {
            let per_lang: Vec<_> = langs.iter().map(|&l| (l, case.clone())).collect();
            let template = self.dlt_template(kind, &per_lang)?;
            match out.iter_mut().find(|t| t.text == template.text) {
                Some(t) => t.cases.extend(template.cases),
                None => out.push(template),
            }
        }
        Ok(out)
    }

    /// Every case of the SMS of `kind` (the selector values that choose its fixed text), in
    /// the order `suchana dlt` lists them: for a built-in kind every combination of its
    /// selectors, for a kind defined as data those its definition allows. The cases of its
    /// DLT templates and of its WhatsApp templates.
    fn cases_of(&self, kind: &SmsKind) -> Result<Vec<Vec<sms_view::Selector>>, RenderError> {
        Ok(match kind {
            SmsKind::Builtin(kind) => {
                // Those of an actual notice as they always were, then the same for a revised
                // notice (that does not say how, postponed, extended), then a cancellation's.
                let actual = every_case(sms_view::sms_selectors(*kind));
                let postponable = self.kinds.builtin(kind.key())?.postponable_if.as_ref();
                let update = sms_view::update_cases(&actual, postponable);
                let cancel = every_case(sms_view::sms_cancel_selectors(*kind));
                actual.into_iter().chain(update).chain(cancel).collect()
            }
            SmsKind::Defined(plan) => {
                if let Some(reason) = plan.refusal() {
                    return Err(RenderError::NoDltTemplates {
                        kind: plan.kind().to_string(),
                        reason: reason.to_string(),
                    });
                }
                plan.cases()
            }
        })
    }

    /// The names of the SMS variables of `kind`, in the order of their placeholders.
    fn variable_names(kind: &SmsKind) -> Vec<Cow<'static, str>> {
        match kind {
            SmsKind::Builtin(kind) => sms_view::sms_variables(*kind)
                .iter()
                .map(|n| Cow::Borrowed(*n))
                .collect(),
            SmsKind::Defined(plan) => plan.variables(),
        }
    }

    /// The SMS of `selectors` with a placeholder character in every variable (U+E000 for
    /// the first), to render a template from: see [`mark_variables`].
    fn placeholder_view(
        kind: &SmsKind,
        names: &[Cow<'static, str>],
        selectors: &[sms_view::Selector],
    ) -> sms_view::SmsView {
        match kind {
            SmsKind::Builtin(_) => sms_view::SmsView {
                kind: kind.clone(),
                selectors: selectors.to_vec(),
                vars: names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| sms_view::SmsVar {
                        name: name.clone(),
                        value: placeholder(i),
                        source: None,
                    })
                    .collect(),
                rest: Vec::new(),
                absent: Vec::new(),
            },
            SmsKind::Defined(plan) => plan.case_view(selectors, placeholder),
        }
    }

    /// The template of one case (the selector values of each language): the SMS rendered with
    /// a placeholder in every variable.
    fn dlt_template(
        &self,
        kind: &SmsKind,
        cases: &[(Lang, Vec<sms_view::Selector>)],
    ) -> Result<DltTemplate, RenderError> {
        let names = Engine::variable_names(kind);
        let mut sections = Vec::with_capacity(cases.len());
        for (lang, selectors) in cases {
            let sms = Engine::placeholder_view(kind, &names, selectors);
            sections.push(self.sms_section(&sms, *lang, None)?);
        }
        let text = self.page(sections, Format::Sms)?;
        let (template, variables) = mark_variables(&text, &names, |_, _| DLT_VARIABLE.into());
        let case = match cases {
            [(_, first), rest @ ..] if rest.iter().all(|(_, s)| s == first) => describe_case(first),
            _ => cases
                .iter()
                .map(|(lang, s)| format!("{}: {}", lang.tag(), describe_case(s)))
                .collect::<Vec<_>>()
                .join("; "),
        };
        Ok(DltTemplate {
            text: template,
            variables,
            cases: vec![case],
        })
    }

    /// One language's section of a notice, finished for its format.
    fn section(&self, notice: &Notice, lang: Lang, format: Format) -> Result<Section, RenderError> {
        if format == Format::Sms {
            let kind = self.sms_kind(notice)?;
            return self.sms_section(&self.sms_view(&kind, notice, lang)?, lang, Some(notice));
        }
        let locale = self.locale(lang)?;
        // A cancellation of any kind has one layout, `cancel.<format>.tera`.
        let layout = if notice.status().is_cancel() {
            "cancel"
        } else {
            notice.kind_key()
        };
        let name = format!("{layout}.{}.tera", format.layout());
        let definition = match &notice.body {
            Body::Defined(d) | Body::Cancelled(d) => &d.definition,
            _ => self.kinds.builtin(notice.kind_key())?,
        };
        // A kind without a print template prints its text template, a paragraph a line.
        let text_for_print =
            format.is_binary() && !self.templates.get_template_names().any(|n| n == name);
        let made_as = if text_for_print { Format::Text } else { format };
        let wanted = self.kinds.requested(&definition.kind, made_as);
        let ctx = view::context(notice, definition, locale, wanted)?;
        let title = ctx
            .get("title")
            .and_then(|t| t.as_str())
            .unwrap_or_default()
            .to_string();
        let body = if text_for_print {
            let text = format!("{layout}.text.tera");
            let text = self.render_template(&text, &ctx)?;
            text.lines().map(|l| format!("@p {l}\n")).collect()
        } else {
            self.render_template(&name, &ctx)?
        };
        Ok(Section {
            lang: lang.code(),
            title,
            body: finish_section(&body, format),
        })
    }

    /// One language's SMS, finished. `notice`: the notice it says, whose whole context an SMS
    /// template of a kind defined as data may read (none when making a DLT template).
    fn sms_section(
        &self,
        sms: &sms_view::SmsView,
        lang: Lang,
        notice: Option<&Notice>,
    ) -> Result<Section, RenderError> {
        let locale = self.locale(lang)?;
        let mut ctx = sms_view::sms_context(sms, locale)?;
        if let (SmsKind::Defined(plan), Some(notice)) = (&sms.kind, notice)
            && plan.full_context()
            && sms.status() != Some("cancel")
        {
            let mut full = view::context(notice, plan.definition(), locale, Some(&[]))?;
            full.extend(ctx);
            ctx = full;
        }
        let body = self.render_template(&format!("{}.sms.tera", sms.layout()), &ctx)?;
        Ok(Section {
            lang: lang.code(),
            title: String::new(),
            body: finish_section(&body, Format::Sms),
        })
    }

    /// The page of `format` around its sections.
    fn page(&self, mut sections: Vec<Section>, format: Format) -> Result<String, RenderError> {
        if sections.len() == 1 && self.plain_pages.contains(&format) {
            let mut body = sections.pop().map(|s| s.body).unwrap_or_default();
            if format == Format::Sms {
                return Ok(body.trim().to_string());
            }
            body.push('\n');
            return Ok(finish_page(&body, format));
        }
        let mut ctx = tera::Context::new();
        ctx.insert("lang", sections.first().map_or("mr", |s| s.lang));
        ctx.insert("title", sections.first().map_or("", |s| s.title.as_str()));
        ctx.insert("sections", &sections);
        let page = self.render_template(&format!("page.{}.tera", format.layout()), &ctx)?;
        Ok(finish_page(&page, format))
    }

    fn render_template(&self, name: &str, ctx: &tera::Context) -> Result<String, RenderError> {
        self.templates
            .render(name, ctx)
            .map_err(|e| RenderError::Template {
                name: name.to_string(),
                message: tera_message(&e),
            })
    }
}

/// The placeholder of variable `i` in a template being made: a private-use character
/// (U+E000 + `i`), which no notice holds.
fn placeholder(i: usize) -> String {
    char::from_u32(0xE000 + i as u32)
        .unwrap_or('\u{E000}')
        .to_string()
}

/// `text` rendered from placeholders ([`placeholder`]) with each placeholder written as
/// `mark(place, name)` (`place`: its 0-based place among those found), and the names of the
/// variables found, in order: how a DLT and a WhatsApp template are made from one rendering.
fn mark_variables(
    text: &str,
    names: &[Cow<'static, str>],
    mut mark: impl FnMut(usize, &str) -> String,
) -> (String, Vec<Cow<'static, str>>) {
    let mut variables = Vec::new();
    let mut template = String::with_capacity(text.len());
    for c in text.chars() {
        match names.get((c as u32).wrapping_sub(0xE000) as usize) {
            Some(name) if ('\u{E000}'..='\u{E0FF}').contains(&c) => {
                template.push_str(&mark(variables.len(), name));
                variables.push(name.clone());
            }
            _ => template.push(c),
        }
    }
    (template, variables)
}

/// A case as `suchana dlt` lists it: `planned=yes span=same-day`.
fn describe_case(selectors: &[sms_view::Selector]) -> String {
    selectors
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every combination of one value of each selector, in order.
fn every_case(
    selectors: &'static [(&'static str, &'static [&'static str])],
) -> Vec<Vec<sms_view::Selector>> {
    let mut cases: Vec<Vec<sms_view::Selector>> = vec![Vec::new()];
    for (name, values) in selectors {
        cases = cases
            .into_iter()
            .flat_map(|case| {
                values.iter().map(move |v| {
                    let mut c = case.clone();
                    c.push((Cow::Borrowed(*name), Cow::Borrowed(*v)));
                    c
                })
            })
            .collect();
    }
    cases
}

/// A reader of the built-in kinds: [`crate::notice::parse_document`] or its exact twin.
type BuiltinReader = fn(&Document<'_>, &Arc<str>, &str) -> Result<Notice, Vec<DataError>>;

/// Folds runs of blank lines into one, drops trailing spaces and blank lines at the ends, and
/// ends with exactly one line break.
fn fold_blank_lines(raw: &str) -> String {
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

/// A section's finishing: an SMS becomes one paragraph (every run of spaces and line breaks
/// one space); other formats fold blank lines.
fn finish_section(raw: &str, format: Format) -> String {
    match format {
        Format::Sms => one_paragraph(raw),
        _ => fold_blank_lines(raw),
    }
}

/// Every run of spaces and line breaks as one space, none at the ends.
fn one_paragraph(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A page's finishing: an SMS keeps its sections on their own lines and ends without a line
/// break (every character counts); other formats fold blank lines.
fn finish_page(raw: &str, format: Format) -> String {
    match format {
        Format::Sms => raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        _ => fold_blank_lines(raw),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_finishing_folds_blank_lines() {
        assert_eq!(
            finish_page("\n\na  \n\n\n\nb\n\n", Format::Text),
            "a\n\nb\n"
        );
        assert_eq!(finish_page("", Format::Text), "");
    }

    #[test]
    fn sms_finishing_makes_one_paragraph_per_section() {
        assert_eq!(finish_section(" a\n\n b  c \n", Format::Sms), "a b c");
        assert_eq!(finish_page("\na b\n\n c d \n", Format::Sms), "a b\nc d");
    }

    #[test]
    fn a_page_of_one_section_is_the_section_whether_tera_renders_it_or_not() {
        let engine = Engine::new().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(engine.plain_pages.len(), 3);
        let mut through_tera = Engine::new().unwrap_or_else(|e| panic!("{e}"));
        through_tera.plain_pages.clear();
        for text in [
            include_str!("../../examples/outage.yaml"),
            include_str!("../../examples/safety.yaml"),
            include_str!("../../examples/meeting.yaml"),
        ] {
            let notice = match crate::parse_str(text, "x.yaml").pop() {
                Some(Ok(n)) => n,
                other => panic!("{other:?}"),
            };
            for lang in engine.languages() {
                for format in [Format::Text, Format::Whatsapp, Format::Sms] {
                    let fast = engine.render(&notice, lang, format);
                    let slow = through_tera.render(&notice, lang, format);
                    assert_eq!(fast.ok(), slow.ok(), "{lang} {format}");
                }
            }
        }
    }

    #[test]
    fn engine_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Engine>();
    }
}
