//! The languages suchana speaks, as data: each is a folder `locales/<tag>/` of `.ftl` files
//! with a [`manifest`] (`language.yaml`). The embedded languages are registered on first use;
//! a locales folder given to an [`Engine`](crate::Engine) registers the new ones it holds.
//!
//! A [`Lang`] is a cheap handle on a registered language. Registration is process-wide and
//! only ever adds, so a `Lang` stays valid; what a language *says* (its words, digits and
//! day periods) belongs to the engine that loaded it.

pub mod manifest;

use std::fmt;
use std::str::FromStr;
use std::sync::{LazyLock, RwLock};

use unic_langid::LanguageIdentifier;

pub use manifest::Manifest;

/// The embedded languages: tag and manifest, in the order notices list them.
pub(crate) const EMBEDDED: &[(&str, &str)] = &[
    ("mr-IN", include_str!("../../locales/mr-IN/language.yaml")),
    ("hi-IN", include_str!("../../locales/hi-IN/language.yaml")),
    ("en-IN", include_str!("../../locales/en-IN/language.yaml")),
];

/// What the registry keeps of a language: how it is named and written.
#[derive(Debug)]
struct Registered {
    index: u16,
    tag: &'static str,
    code: &'static str,
    script: &'static str,
    region: &'static str,
    name: &'static str,
    id: LanguageIdentifier,
    manifest: Manifest,
}

/// A registered language (see the [module](self) documentation): `mr-IN`, `hi-IN` and `en-IN`
/// are built in; [`Lang::from_tag`] finds one by any spelling of its tag.
#[derive(Clone, Copy)]
pub struct Lang(&'static Registered);

static REGISTRY: LazyLock<RwLock<Vec<&'static Registered>>> = LazyLock::new(|| {
    let mut all = Vec::new();
    for (tag, text) in EMBEDDED {
        // The embedded manifests are checked by this module's tests.
        if let Ok(m) = manifest::parse(text, &format!("<embedded>/{tag}/language.yaml")) {
            push(&mut all, &m);
        }
    }
    RwLock::new(all)
});

/// Adds `m` to `all` unless its tag is there, and returns its handle.
fn push(all: &mut Vec<&'static Registered>, m: &Manifest) -> Lang {
    if let Some(r) = all.iter().find(|r| r.tag == m.tag) {
        return Lang(r);
    }
    let id: LanguageIdentifier = m.tag.parse().unwrap_or_default();
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    let registered: &'static Registered = Box::leak(Box::new(Registered {
        index: u16::try_from(all.len()).unwrap_or(u16::MAX),
        tag: leak(&m.tag),
        code: leak(id.language.as_str()),
        script: leak(&m.script),
        region: leak(id.region.as_ref().map_or("", |r| r.as_str())),
        name: leak(&m.name),
        id,
        manifest: m.clone(),
    }));
    all.push(registered);
    Lang(registered)
}

/// The registry, readable even if a thread panicked while holding it.
fn registry() -> std::sync::RwLockReadGuard<'static, Vec<&'static Registered>> {
    REGISTRY
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Lang {
    /// Registers the language of `manifest` (once per tag; the first registration of a tag
    /// names it) and returns its handle.
    pub fn register(manifest: &Manifest) -> Lang {
        if let Some(lang) = Lang::from_exact_tag(&manifest.tag) {
            return lang;
        }
        let mut all = REGISTRY
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        push(&mut all, manifest)
    }

    /// Every registered language, the embedded ones first, in registration order.
    pub fn all() -> Vec<Lang> {
        registry().iter().map(|r| Lang(r)).collect()
    }

    /// The embedded languages, in the order notices list them.
    pub fn embedded() -> Vec<Lang> {
        registry()
            .iter()
            .filter(|r| EMBEDDED.iter().any(|(tag, _)| *tag == r.tag))
            .map(|r| Lang(r))
            .collect()
    }

    fn from_exact_tag(tag: &str) -> Option<Lang> {
        registry().iter().find(|r| r.tag == tag).map(|r| Lang(r))
    }

    /// The place of the language in registration order, from 0.
    pub(crate) fn index(self) -> usize {
        usize::from(self.0.index)
    }

    /// The full tag, e.g. `mr-IN`; also the name of the folder under `locales/`.
    pub fn tag(self) -> &'static str {
        self.0.tag
    }

    /// The language subtag alone, e.g. `mr`, as used in HTML `lang` attributes.
    pub fn code(self) -> &'static str {
        self.0.code
    }

    /// The language's English name, e.g. `Marathi`.
    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// The tag as a `unic-langid` identifier.
    pub fn langid(self) -> LanguageIdentifier {
        self.0.id.clone()
    }

    /// The manifest the language was registered with (a locales folder given to an engine
    /// may give the engine another for the same tag).
    pub fn manifest(self) -> &'static Manifest {
        &self.0.manifest
    }

    /// The region subtag, e.g. `IN`.
    pub fn region(self) -> &'static str {
        self.0.region
    }

    /// The ISO 15924 script the language is written in, e.g. `Deva` or `Latn`.
    pub fn script(self) -> &'static str {
        self.0.script
    }

    /// The registered language a tag such as `mr`, `mr-IN`, `hi-Deva-IN`, `en` or `HI_in`
    /// names, if any. A tag naming another region, script or variant than the registered
    /// language's is not that language; a registered tag written exactly names its language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // Most tags in data are written as registered (`mr-IN`): no parsing for those.
        if let Some(lang) = Lang::from_exact_tag(tag) {
            return Some(lang);
        }
        let id: LanguageIdentifier = tag.parse().ok()?;
        if id.variants().len() != 0 {
            return None;
        }
        registry()
            .iter()
            .find(|r| {
                r.id.language == id.language
                    && id.script.is_none_or(|s| s.as_str() == r.script)
                    && id.region.is_none_or(|g| Some(g) == r.id.region)
            })
            .map(|r| Lang(r))
    }

    /// How to name the registered languages to someone writing one: `mr (Marathi), hi (Hindi)
    /// or en (English)`.
    pub fn choices() -> String {
        Lang::listed(|l| format!("{} ({})", l.code(), l.name()))
    }

    /// Every registered language as `name` writes it, joined as a sentence lists them
    /// (`a, b or c`).
    pub fn listed(name: impl Fn(Lang) -> String) -> String {
        let all: Vec<String> = Lang::all().into_iter().map(name).collect();
        match all.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        }
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        self.0.index == other.0.index
    }
}

impl Eq for Lang {}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Lang) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Registration order: the embedded languages in their order, then the others.
impl Ord for Lang {
    fn cmp(&self, other: &Lang) -> std::cmp::Ordering {
        self.0.index.cmp(&other.0.index)
    }
}

impl std::hash::Hash for Lang {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.index.hash(state);
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.tag())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The error of parsing a [`Lang`] from a tag that names no registered language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{tag}`: write {choices}")]
pub struct UnknownLang {
    /// The tag as written.
    pub tag: String,
    /// The registered languages, as [`Lang::choices`] names them.
    pub choices: String,
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(s.trim()).ok_or_else(|| UnknownLang {
            tag: s.to_string(),
            choices: Lang::choices(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::panic)]
    fn lang(tag: &str) -> Lang {
        Lang::from_tag(tag).unwrap_or_else(|| panic!("{tag} is not registered"))
    }

    #[test]
    fn the_embedded_manifests_parse() {
        for (tag, text) in EMBEDDED {
            let m = manifest::parse(text, tag);
            assert!(m.as_ref().is_ok_and(|m| m.tag == *tag), "{tag}: {m:?}");
        }
        let tags: Vec<&str> = Lang::embedded().iter().map(|l| l.tag()).collect();
        assert_eq!(tags, ["mr-IN", "hi-IN", "en-IN"]);
    }

    #[test]
    fn tags_match_registered_languages() {
        let (mr, hi, en) = (lang("mr-IN"), lang("hi-IN"), lang("en-IN"));
        for (tag, found) in [
            ("mr", Some(mr)),
            ("mr-IN", Some(mr)),
            ("mr_in", Some(mr)),
            ("hi", Some(hi)),
            ("hi-Deva-IN", Some(hi)),
            ("hi-IN", Some(hi)),
            ("hi-Latn", None),
            ("mr-US", None),
            ("en", Some(en)),
            ("en-IN", Some(en)),
            ("en-Latn-IN", Some(en)),
            ("en-US", None),
            ("en-Deva", None),
            ("xx", None),
            ("", None),
            ("मराठी", None),
        ] {
            assert_eq!(Lang::from_tag(tag), found, "{tag}");
        }
        assert_eq!(mr.langid().to_string(), "mr-IN");
        assert_eq!(
            (mr.code(), mr.script(), mr.name()),
            ("mr", "Deva", "Marathi")
        );
        assert_eq!((en.code(), en.script()), ("en", "Latn"));
        assert!(mr < hi && hi < en);
    }

    #[test]
    fn the_embedded_day_periods_follow_cldr() {
        // (hour, minute, hi, mr, en)
        let cases: [(u8, u8, &str, &str, &str); 18] = [
            (0, 0, "midnight", "midnight", "midnight"),
            (0, 59, "midnight", "midnight", "midnight"),
            (1, 0, "night1", "night1", "night1"),
            (3, 59, "night1", "night1", "night1"),
            (4, 0, "morning1", "morning1", "night1"),
            (5, 59, "morning1", "morning1", "night1"),
            (6, 0, "morning1", "morning2", "morning1"),
            (11, 59, "morning1", "morning2", "morning1"),
            (12, 0, "afternoon1", "afternoon1", "afternoon1"),
            (15, 59, "afternoon1", "afternoon1", "afternoon1"),
            (16, 0, "evening1", "evening1", "afternoon1"),
            (17, 59, "evening1", "evening1", "afternoon1"),
            (18, 0, "evening1", "evening1", "evening1"),
            (19, 59, "evening1", "evening1", "evening1"),
            (20, 0, "night1", "evening1", "evening1"),
            (20, 59, "night1", "evening1", "evening1"),
            (21, 0, "night1", "night1", "night1"),
            (23, 59, "night1", "night1", "night1"),
        ];
        let at = |tag, h, m| lang(tag).manifest().day_periods.at(h, m);
        for (h, m, hi, mr, en) in cases {
            assert_eq!(at("hi", h, m), hi, "hi {h:02}:{m:02}");
            assert_eq!(at("mr", h, m), mr, "mr {h:02}:{m:02}");
            assert_eq!(at("en", h, m), en, "en {h:02}:{m:02}");
        }
        // Out-of-range input never panics.
        assert_eq!(at("mr", 24, 0), "midnight");
        assert_eq!(at("hi", 255, 255), at("hi", 255 % 24, 0));
    }

    #[test]
    fn a_new_language_is_registered_once() {
        let text = "tag: kok-IN\nname: Konkani\nscript: Deva\nday-periods-source: CLDR\nday-periods:\n  morning1: { from: \"01:00\", before: \"12:00\" }\n  night1: { from: \"12:00\", before: \"01:00\" }\n";
        let m = manifest::parse(text, "kok.yaml");
        let Ok(m) = m else {
            return assert!(m.is_ok(), "{m:?}");
        };
        let kok = Lang::register(&m);
        assert_eq!(Lang::register(&m), kok);
        assert_eq!(Lang::from_tag("kok"), Some(kok));
        assert_eq!(kok.tag(), "kok-IN");
        assert!(Lang::all().contains(&kok));
        assert!(!Lang::embedded().contains(&kok));
        assert!(Lang::choices().starts_with("mr (Marathi), hi (Hindi), en (English)"));
    }
}
