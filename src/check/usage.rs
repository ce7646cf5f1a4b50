//! The files against the code: which messages the code requests ([`Catalog`]) and with which
//! variables, which messages nothing uses, and references to ids that do not exist.

use std::collections::{BTreeMap, BTreeSet};

use super::catalog::{Catalog, Var};
use super::model::{Entry, Locale};
use super::syntax::place;
use super::{Finding, Findings, Severity, error, warning};
use crate::notice::suggest::closest;

/// What the messages of one language receive from the code.
#[derive(Default)]
pub(super) struct Received {
    /// For each message reachable from what the code requests: the variables it can receive
    /// (a referenced message gets the arguments of the message that references it).
    pub vars: BTreeMap<String, BTreeMap<String, Var>>,
    /// The keys reachable from a request the output depends on
    /// ([`Request::required`](super::catalog::Request::required)); the others are unused.
    pub used: BTreeSet<String>,
}

/// What each message of `locale` receives from the requests of `catalog`.
pub(super) fn received_vars(catalog: &Catalog, locale: &Locale<'_>) -> Received {
    let mut received = Received::default();
    for (id, request) in catalog.messages() {
        let mut stack = vec![id.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(key) = stack.pop() {
            if !seen.insert(key.clone()) {
                continue;
            }
            if request.required {
                received.used.insert(key.clone());
            }
            let vars = received.vars.entry(key.clone()).or_default();
            for (name, var) in &request.vars {
                match vars.get_mut(name) {
                    Some(v) => v.merge(var),
                    None => {
                        vars.insert(name.clone(), var.clone());
                    }
                }
            }
            if let Some(entry) = locale.get(&key) {
                stack.extend(entry.contents.messages.iter().map(|m| m.name.to_string()));
                stack.extend(entry.contents.terms.iter().map(|t| format!("-{}", t.name)));
            }
        }
    }
    received
}

pub(super) fn check(
    catalog: &Catalog,
    locale: &Locale<'_>,
    received: &Received,
    out: &mut Findings,
) {
    for entry in &locale.entries {
        let key = entry.key();
        references(locale, entry, out);
        if catalog.message(&key).is_some() && !entry.has_value {
            out.at(
                locale,
                entry.file,
                entry.offset,
                error("missing-value"),
                Some(&key),
                format!("the code formats the value of `{key}`, but it has only attributes"),
            );
        }
        if catalog.is_unread(&key) {
            continue;
        }
        let what = if entry.term { "term" } else { "message" };
        if received.vars.contains_key(&key) && !received.used.contains(&key) {
            // A pack kind's message that no template uses, nor any message they use.
            out.at(
                locale,
                entry.file,
                entry.offset,
                warning("unused-message"),
                Some(&key),
                format!(
                    "no template uses the {what} `{key}` (as `msg.…`) and no message a template uses refers to it"
                ),
            );
        }
        let Some(vars) = received.vars.get(&key) else {
            out.at(
                locale,
                entry.file,
                entry.offset,
                warning("unused-message"),
                Some(&key),
                format!(
                    "no code requests the {what} `{key}` and no message it requests refers to it"
                ),
            );
            continue;
        };
        if entry.term {
            continue; // a term's variables are the arguments its references pass
        }
        let known: Vec<&str> = vars.keys().map(String::as_str).collect();
        for var in &entry.contents.vars {
            if !vars.contains_key(var.name) {
                let hint = match closest(var.name, &known) {
                    Some(c) => format!("; did you mean `${c}`?"),
                    None if known.is_empty() => "; it is given no variables".to_string(),
                    None => format!(
                        "; it is given {}",
                        known
                            .iter()
                            .map(|v| format!("${v}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                out.at(
                    locale,
                    entry.file,
                    var.offset,
                    error("unknown-variable"),
                    Some(&key),
                    format!("no code passes `${}` to `{key}`{hint}", var.name),
                );
            }
        }
    }
}

/// References to messages, terms or attributes that this language does not define.
fn references(locale: &Locale<'_>, entry: &Entry<'_>, out: &mut Findings) {
    let key = entry.key();
    let uses = entry
        .contents
        .messages
        .iter()
        .map(|u| (u, false))
        .chain(entry.contents.terms.iter().map(|u| (u, true)));
    for (u, term) in uses {
        let target = if term {
            format!("-{}", u.name)
        } else {
            u.name.to_string()
        };
        let problem = match locale.get(&target) {
            None => {
                let names: Vec<&str> = locale
                    .entries
                    .iter()
                    .filter(|e| e.term == term)
                    .map(|e| e.id)
                    .collect();
                let hint = closest(u.name, &names)
                    .map(|c| format!("; did you mean `{}{c}`?", if term { "-" } else { "" }))
                    .unwrap_or_default();
                Some(format!(
                    "`{target}` is not defined in {}{hint}",
                    locale.lang.tag()
                ))
            }
            Some(t) => u.attribute.and_then(|a| {
                (!t.attributes.iter().any(|(n, _)| *n == a)).then(|| {
                    format!(
                        "`{target}` has no attribute `.{a}` in {} (defined at {})",
                        locale.lang.tag(),
                        place(locale, t.file, t.offset)
                    )
                })
            }),
        };
        if let Some(message) = problem {
            out.at(
                locale,
                entry.file,
                u.offset,
                error("unknown-reference"),
                Some(&key),
                message,
            );
        }
    }
}

/// Messages the code requests that a language lacks, and messages or terms one language has
/// and another lacks.
pub(super) fn check_missing(catalog: &Catalog, locales: &[Locale<'_>], out: &mut Findings) {
    for (id, _) in catalog.messages().filter(|(_, r)| r.required) {
        let having: Vec<&Locale<'_>> = locales.iter().filter(|l| l.message(id).is_some()).collect();
        for locale in locales.iter().filter(|l| l.message(id).is_none()) {
            let (code, message) = match having.first() {
                None => (
                    "unknown-message",
                    format!(
                        "the code requests `{id}`, which no language defines; add it to this file"
                    ),
                ),
                Some(other) => (
                    "missing-message",
                    format!(
                        "`{id}` is defined in {} ({}) but not in {}; the code requests it",
                        other.lang.tag(),
                        other
                            .message(id)
                            .map(|e| place(other, e.file, e.offset))
                            .unwrap_or_default(),
                        locale.lang.tag()
                    ),
                ),
            };
            let file = likely_file(locale, id);
            out.push(
                Finding {
                    file,
                    line: 1,
                    column: 1,
                    severity: Severity::Error,
                    code,
                    message,
                },
                None,
            );
        }
    }
    // Helpers the code does not request by id: a language may phrase things with messages or
    // terms the other does not need, so a difference is a warning.
    for locale in locales {
        for (key, &i) in &locale.by_key {
            let Some(entry) = locale.entries.get(i) else {
                continue;
            };
            if catalog.message(key).is_some_and(|r| r.required) {
                continue;
            }
            for other in locales.iter().filter(|o| o.get(key).is_none()) {
                let what = if entry.term { "term" } else { "message" };
                out.at(
                    locale,
                    entry.file,
                    entry.offset,
                    warning("missing-message"),
                    Some(key),
                    format!(
                        "the {what} `{key}` is defined in {} but not in {}",
                        locale.lang.tag(),
                        other.lang.tag()
                    ),
                );
            }
        }
    }
}

/// The file a missing id most likely belongs in: the one named after its first word
/// (`outage-body` → `outage.ftl`), else the first file.
fn likely_file(locale: &Locale<'_>, id: &str) -> String {
    let first = id.split('-').next().unwrap_or(id);
    let named = locale.files.iter().find(|f| {
        std::path::Path::new(&f.source.name)
            .file_stem()
            .is_some_and(|s| s == first)
    });
    let mut best: Option<(usize, &super::model::ParsedFile<'_>)> = None;
    for (i, f) in locale.files.iter().enumerate() {
        let n = locale
            .entries
            .iter()
            .filter(|e| e.file == i && e.id.starts_with(first))
            .count();
        if best.is_none_or(|(b, _)| n > b) {
            best = Some((n, f));
        }
    }
    named
        .or(best.map(|(_, f)| f))
        .map(|f| f.source.name.clone())
        .unwrap_or_else(|| format!("{}/", locale.lang.tag()))
}
