//! A *pack*: a folder that adds notice kinds, shaped like the repository root —
//! `kinds/<kind>.yaml` (definitions), `locales/<tag>/*.ftl` (their words) and
//! `templates/*.tera` (their layout). `suchana render --kinds DIR` reads one.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::error::SetupError;
use crate::l10n::FtlSource;

/// What a pack folder holds, read and not yet checked.
#[derive(Clone, Debug, Default)]
pub struct Pack {
    /// Each definition: its path as shown in errors, and its text.
    pub definitions: Vec<(String, String)>,
    /// Each `.ftl` file: its language folder's name (`mr-IN`) and the file.
    pub ftl: Vec<(String, FtlSource)>,
    /// Each template: its name (`water-supply.text.tera`) and text.
    pub templates: Vec<(String, Cow<'static, str>)>,
}

/// The files of `dir` whose names end with `ext`, sorted; none when `dir` does not exist.
fn files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, SetupError> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let io = |source| SetupError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() && path.to_string_lossy().ends_with(ext) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

impl Pack {
    /// Reads the pack folder `dir`. A folder with no `kinds/` is a mistake: it adds nothing.
    pub fn read(dir: &Path) -> Result<Pack, SetupError> {
        let kinds = dir.join("kinds");
        if !kinds.is_dir() {
            return Err(SetupError::Io {
                path: kinds.display().to_string(),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "a kinds folder holds kinds/<kind>.yaml, locales/<tag>/<kind>.ftl and templates/<kind>.<format>.tera",
                ),
            });
        }
        let mut pack = Pack::default();
        for path in files(&kinds, ".yaml")? {
            let text = crate::limits::read_setup_file(&path)?;
            pack.definitions.push((path.display().to_string(), text));
        }
        let locales = dir.join("locales");
        if locales.is_dir() {
            let io = |source| SetupError::Io {
                path: locales.display().to_string(),
                source,
            };
            let mut folders = Vec::new();
            for entry in std::fs::read_dir(&locales).map_err(io)? {
                let path = entry.map_err(io)?.path();
                if path.is_dir() {
                    folders.push(path);
                }
            }
            folders.sort();
            for folder in folders {
                let tag = folder
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                for path in files(&folder, ".ftl")? {
                    let text = crate::limits::read_setup_file(&path)?;
                    let source = FtlSource {
                        name: path.display().to_string(),
                        text: Cow::Owned(text),
                    };
                    pack.ftl.push((tag.clone(), source));
                }
            }
        }
        for path in files(&dir.join("templates"), ".tera")? {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = crate::limits::read_setup_file(&path)?;
            pack.templates.push((name, Cow::Owned(text)));
        }
        Ok(pack)
    }

    /// The `.ftl` files of the language whose folder is `tag`.
    pub fn ftl_of(&self, tag: &str) -> impl Iterator<Item = &FtlSource> {
        self.ftl
            .iter()
            .filter(move |(t, _)| t == tag)
            .map(|(_, s)| s)
    }
}

/// Every `object.name` inside a `{{ }}` or `{% %}` tag of `text`: the name and the offset of
/// `object`.
pub fn attributes<'t>(text: &'t str, object: &str) -> Vec<(&'t str, usize)> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let dotted = format!("{object}.");
    let mut out = Vec::new();
    for (start, tag) in tags(text) {
        let mut from = 0;
        while let Some(i) = tag
            .get(from..)
            .and_then(|t| t.find(&dotted))
            .map(|i| from + i)
        {
            from = i + dotted.len();
            let before = tag.get(..i).and_then(|b| b.chars().next_back());
            if before.is_some_and(|c| word(c) || c == '.') {
                continue;
            }
            let rest = tag.get(from..).unwrap_or_default();
            let len = rest.find(|c: char| !word(c)).unwrap_or(rest.len());
            if let Some(name) = rest.get(..len).filter(|n| !n.is_empty()) {
                out.push((name, start + i));
            }
        }
    }
    out
}

/// Whether a tag of `text` reads `object` otherwise than as `object.name` (`msg["x"]`,
/// `for n, t in msg`): then the template may need all of it.
pub fn reads_whole(text: &str, object: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    tags(text).iter().any(|(_, tag)| {
        tag.match_indices(object).any(|(i, _)| {
            let before = tag.get(..i).and_then(|b| b.chars().next_back());
            let after = tag.get(i + object.len()..).and_then(|a| a.chars().next());
            !before.is_some_and(|c| word(c) || c == '.')
                && !after.is_some_and(|c| word(c) || c == '.')
        })
    })
}

/// The `{{ }}` and `{% %}` tags of `text`, each with its offset.
pub fn tags(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(open) = text
        .get(search..)
        .and_then(|t| t.find('{'))
        .map(|o| search + o)
    {
        let rest = text.get(open..).unwrap_or_default();
        let close = if rest.starts_with("{{") {
            rest.find("}}")
        } else if rest.starts_with("{%") {
            rest.find("%}")
        } else {
            search = open + 1;
            continue;
        };
        let end = close.map_or(text.len(), |c| open + c);
        if let Some(tag) = text.get(open..end) {
            out.push((open, tag));
        }
        search = end.max(open + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{attributes, reads_whole};

    #[test]
    fn requests_are_found_with_their_place() {
        let t = "{{ title }}\n{% if msg.low_pressure %} {{ msg.low_pressure }}{% endif %}\n{{ data.msg.x }} {{ mymsg.y }} msg.z";
        assert_eq!(
            attributes(t, "msg"),
            vec![("low_pressure", 18), ("low_pressure", 41)]
        );
        assert_eq!(attributes(t, "data"), vec![("msg", 75)]);
        assert!(!reads_whole(t, "msg"));
        assert!(reads_whole(
            "{% for n, t in msg %}{{ t }}{% endfor %}",
            "msg"
        ));
        assert!(reads_whole("{{ msg[\"x\"] }}", "msg"));
    }
}
