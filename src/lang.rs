//! The shipped languages and how their names are written and parsed.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// A language suchana ships notices in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    /// Marathi, as written in Maharashtra (`mr-IN`).
    Mr,
    /// Hindi, as written in India (`hi-IN`).
    Hi,
    /// English, as written in India (`en-IN`): the language of central offices beside Hindi.
    En,
}

impl Lang {
    /// Every shipped language.
    pub const ALL: [Lang; 3] = [Lang::Mr, Lang::Hi, Lang::En];

    /// The full tag, e.g. `mr-IN`; also the name of the folder under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Mr => "mr-IN",
            Lang::Hi => "hi-IN",
            Lang::En => "en-IN",
        }
    }

    /// The language subtag alone, e.g. `mr`, as used in HTML `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Mr => "mr",
            Lang::Hi => "hi",
            Lang::En => "en",
        }
    }

    /// The tag as a `unic-langid` identifier.
    pub fn langid(self) -> LanguageIdentifier {
        let mut id = LanguageIdentifier::default();
        // Both subtags are constants that parse; a failure would leave `und`, never panic.
        if let Ok(parsed) = self.tag().parse() {
            id = parsed;
        }
        id
    }

    /// The script the language is written in: `Deva` or `Latn`.
    pub fn script(self) -> &'static str {
        match self {
            Lang::Mr | Lang::Hi => "Deva",
            Lang::En => "Latn",
        }
    }

    /// The shipped language a tag such as `mr`, `mr-IN`, `hi-Deva-IN`, `en` or `HI_in` names,
    /// if any. A tag naming another region, script or variant is not a shipped language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let id: LanguageIdentifier = tag.parse().ok()?;
        let lang = match id.language.as_str() {
            "mr" => Lang::Mr,
            "hi" => Lang::Hi,
            "en" => Lang::En,
            _ => return None,
        };
        let script_ok = id.script.is_none_or(|s| s.as_str() == lang.script());
        let region_ok = id.region.is_none_or(|r| r.as_str() == "IN");
        (script_ok && region_ok && id.variants().len() == 0).then_some(lang)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The error of parsing a [`Lang`] from a tag that names no shipped language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`: write mr (Marathi), hi (Hindi) or en (English)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(s.trim()).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_shipped_languages() {
        for (tag, lang) in [
            ("mr", Some(Lang::Mr)),
            ("mr-IN", Some(Lang::Mr)),
            ("mr_in", Some(Lang::Mr)),
            ("hi", Some(Lang::Hi)),
            ("hi-Deva-IN", Some(Lang::Hi)),
            ("hi-IN", Some(Lang::Hi)),
            ("hi-Latn", None),
            ("mr-US", None),
            ("en", Some(Lang::En)),
            ("en-IN", Some(Lang::En)),
            ("en-Latn-IN", Some(Lang::En)),
            ("en-US", None),
            ("en-Deva", None),
            ("gu", None),
            ("", None),
            ("मराठी", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        assert_eq!(Lang::Mr.langid().to_string(), "mr-IN");
    }
}
