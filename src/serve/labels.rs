//! The page's own words (its buttons, tabs and field names) in Marathi, Hindi and English,
//! from Fluent files of their own (`src/serve/locales/<tag>/page.ftl`), apart from the
//! notices' words in `locales/`: the translators' checker looks at those, and none of these
//! is a notice's. Each language's messages are formatted once, when the server starts, into
//! a JSON object `{id: text}` that the page fetches.

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast::Entry;

/// The page's Fluent files: (tag, text).
pub const PAGE_FTL: [(&str, &str); 3] = [
    ("mr-IN", include_str!("locales/mr-IN/page.ftl")),
    ("hi-IN", include_str!("locales/hi-IN/page.ftl")),
    ("en-IN", include_str!("locales/en-IN/page.ftl")),
];

/// The messages of one language as a JSON object `{id: text}`, or what is wrong with its
/// file.
pub fn messages(
    tag: &str,
    ftl: &str,
) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    let resource = FluentResource::try_new(ftl.to_string())
        .map_err(|(_, errors)| format!("{tag}/page.ftl: {errors:?}"))?;
    let langid = tag
        .parse()
        .map_err(|e| format!("{tag}/page.ftl: not a language tag: {e}"))?;
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|e| format!("{tag}/page.ftl: {e:?}"))?;
    let mut out = serde_json::Map::new();
    for id in ids {
        let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if !errors.is_empty() {
            return Err(format!("{tag}/page.ftl: `{id}`: {errors:?}"));
        }
        out.insert(id, text.into_owned().into());
    }
    Ok(out)
}

/// Every language's messages, as the JSON bodies the page fetches: (tag, body).
pub fn all() -> Result<Vec<(&'static str, String)>, String> {
    PAGE_FTL
        .iter()
        .map(|(tag, ftl)| {
            let map = messages(tag, ftl)?;
            Ok((*tag, serde_json::Value::Object(map).to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_label() {
        let all: Vec<_> = PAGE_FTL
            .iter()
            .map(|(tag, ftl)| messages(tag, ftl).unwrap_or_else(|e| panic!("{e}")))
            .collect();
        let english: Vec<&String> = all[2].keys().collect();
        for (i, map) in all.iter().enumerate() {
            let keys: Vec<&String> = map.keys().collect();
            assert_eq!(keys, english, "{}", PAGE_FTL[i].0);
            assert!(
                map.values()
                    .all(|v| v.as_str().is_some_and(|s| !s.trim().is_empty()))
            );
        }
    }
}
