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

/// Each `OBJECT.NAME` a template requests (`object` is `msg` or `data`), with its 1-based
/// line and column: the messages and fields a kind's template needs (`msg.label_zones` is
/// message `<kind>-label-zones`).
pub fn requests<'t>(template: &'t str, object: &str) -> Vec<(u32, u32, &'t str)> {
    let needle = format!("{object}.");
    let mut out = Vec::new();
    for (n, line) in template.lines().enumerate() {
        let mut rest = line;
        let mut offset = 0;
        while let Some(i) = rest.find(&needle) {
            let before = rest[..i].chars().next_back();
            let name_start = i + needle.len();
            let name_len = rest[name_start..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len() - name_start);
            let is_request = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
            if is_request && name_len > 0 {
                let column = line[..offset + i].chars().count() + 1;
                out.push((
                    u32::try_from(n + 1).unwrap_or(u32::MAX),
                    u32::try_from(column).unwrap_or(u32::MAX),
                    &rest[name_start..name_start + name_len],
                ));
            }
            offset += name_start + name_len;
            rest = &rest[name_start + name_len..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::requests;

    #[test]
    fn requests_are_found_with_their_place() {
        let t = "{{ title }}\n{% if msg.low_pressure %} {{ msg.low_pressure }}{% endif %}\n{{ data.msg.x }} {{ mymsg.y }}";
        assert_eq!(
            requests(t, "msg"),
            vec![(2, 7, "low_pressure"), (2, 30, "low_pressure")]
        );
        assert_eq!(requests(t, "data"), vec![(3, 4, "msg")]);
    }
}
