//! Select expressions against the values their selectors can take: CLDR plural categories for
//! numbers, and the known value sets of string variables (`$reason`, `$hazard`, `$span` …).

use super::catalog::{Catalog, Var};
use super::model::{Entry, Locale, Select};
use super::usage::Received;
use super::{Findings, warning};
use crate::l10n::formats::category_key;
use crate::lang::Lang;
use crate::notice::suggest::closest;
use icu_plurals::{PluralCategory, PluralRules};

/// The CLDR cardinal plural categories of a language, as ICU4X's compiled data has them
/// (Hindi and Marathi: `one` — 0 and 1 in Hindi, 1 in Marathi — and `other`). `other` alone
/// if the data could not be loaded, which compiled data rules out.
fn plural_categories(lang: Lang) -> Vec<&'static str> {
    let rules = icu_locale_core::Locale::try_from_str(lang.tag())
        .ok()
        .and_then(|locale| PluralRules::try_new_cardinal((&locale).into()).ok());
    match rules {
        Some(rules) => rules.categories().map(category_key).collect(),
        None => vec!["other"],
    }
}

fn is_number(key: &str) -> bool {
    key.parse::<f64>().is_ok()
}

/// What `$name` is in `entry`: what the code passes it as, when the code reaches the entry;
/// else what the built-in catalog says of a variable of that name.
fn var_of(received: &Received, entry: &Entry<'_>, name: &str) -> Var {
    received
        .vars
        .get(&entry.key())
        .and_then(|vars| vars.get(name))
        .cloned()
        .unwrap_or_else(|| Var::builtin(name))
}

pub(super) fn check(
    catalog: &Catalog,
    locale: &Locale<'_>,
    received: &Received,
    out: &mut Findings,
) {
    // A kind whose definition has mistakes: what its selectors take is unknown.
    for entry in locale.entries.iter().filter(|e| !catalog.is_unread(e.id)) {
        for select in &entry.contents.selects {
            let var = select
                .var
                .map(|v| (v.name, var_of(received, entry, v.name)));
            let numeric = select.function == Some("NUMBER")
                || select.number_literal
                || (select.function.is_none() && var.as_ref().is_some_and(|(_, v)| v.numeric));
            if numeric {
                plural(locale, entry, select, out);
            } else if let (None, Some((name, var))) = (select.function, &var)
                && let Some(values) = &var.values
            {
                let values: Vec<&str> = values.iter().map(String::as_str).collect();
                enumerated(locale, entry, select, name, &values, out);
            }
        }
    }
}

fn default_key<'s>(select: &Select<'s>) -> &'s str {
    select.variants.iter().find(|v| v.1).map_or("", |v| v.0)
}

fn plural(locale: &Locale<'_>, entry: &Entry<'_>, select: &Select<'_>, out: &mut Findings) {
    let key = entry.key();
    let categories = plural_categories(locale.lang);
    let tag = locale.lang.tag();
    for &(k, _, offset) in &select.variants {
        if is_number(k) || categories.contains(&k) {
            continue;
        }
        let message = if PluralCategory::get_for_cldr_string(k).is_some() {
            format!(
                "{tag} has no plural category `{k}` (it has {}); this variant is never chosen",
                list(&categories)
            )
        } else {
            format!(
                "`[{k}]` is neither a number nor a plural category of {tag} ({}); this variant is never chosen",
                list(&categories)
            )
        };
        out.at(
            locale,
            entry.file,
            offset,
            warning("unknown-variant"),
            Some(&key),
            message,
        );
    }
    let missing: Vec<&str> = categories
        .iter()
        .copied()
        .filter(|c| !select.variants.iter().any(|v| v.0 == *c))
        .collect();
    if !missing.is_empty() {
        out.at(
            locale,
            entry.file,
            select.offset,
            warning("missing-plural-category"),
            Some(&key),
            format!(
                "this plural selector in `{key}` has no variant for the {tag} plural {} {}: such numbers fall to the default `[{}]`",
                if missing.len() == 1 { "category" } else { "categories" },
                list(&missing),
                default_key(select)
            ),
        );
    }
}

fn enumerated(
    locale: &Locale<'_>,
    entry: &Entry<'_>,
    select: &Select<'_>,
    var: &str,
    values: &[&str],
    out: &mut Findings,
) {
    let key = entry.key();
    for &(k, default, offset) in &select.variants {
        // A default outside the value set is a deliberate catch-all (`*[known]`).
        if values.contains(&k) || default {
            continue;
        }
        let hint = closest(k, values)
            .map(|c| format!("did you mean `{c}`? "))
            .unwrap_or_default();
        out.at(
            locale,
            entry.file,
            offset,
            warning("unknown-variant"),
            Some(&key),
            format!(
                "`${var}` is never `{k}` (it is one of {}): {hint}this variant is never chosen",
                list(values)
            ),
        );
    }
    let default = default_key(select);
    // Values left to a catch-all default are the translator's choice; values left to a
    // default that is itself one of the values are most likely forgotten.
    if !values.contains(&default) {
        return;
    }
    let missing: Vec<&str> = values
        .iter()
        .copied()
        .filter(|v| !select.variants.iter().any(|x| x.0 == *v))
        .collect();
    if !missing.is_empty() {
        out.at(
            locale,
            entry.file,
            select.offset,
            warning("missing-enum-value"),
            Some(&key),
            format!(
                "`${var}` can also be {}, which {} to the default `[{default}]`; give {} a variant",
                list(&missing),
                if missing.len() == 1 { "falls" } else { "fall" },
                if missing.len() == 1 { "it" } else { "each" },
            ),
        );
    }
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
