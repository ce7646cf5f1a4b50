//! One language against another, id by id: values, attributes, variables and references that
//! one has and the other lacks, and text left identical in both.

use std::collections::{BTreeMap, BTreeSet};

use super::catalog::Catalog;
use super::model::{Entry, Locale};
use super::{Findings, Severity, warning};

pub(super) fn check(catalog: &Catalog, a: &Locale<'_>, b: &Locale<'_>, out: &mut Findings) {
    for (key, &ia) in &a.by_key {
        let (Some(ea), Some(eb)) = (a.entries.get(ia), b.get(key)) else {
            continue;
        };
        for (x, ex, y, ey) in [(a, ea, b, eb), (b, eb, a, ea)] {
            one_way(catalog, x, ex, y, ey, out);
        }
        same_text(a, ea, b, eb, out);
    }
}

/// What `x` has for this entry and `y` lacks, reported where `y` lacks it or where `x` has it.
fn one_way(
    catalog: &Catalog,
    x: &Locale<'_>,
    ex: &Entry<'_>,
    y: &Locale<'_>,
    ey: &Entry<'_>,
    out: &mut Findings,
) {
    let key = ex.key();
    let (xt, yt) = (x.lang.tag(), y.lang.tag());
    if ex.has_value && !ey.has_value {
        let severity = if catalog.message(&key).is_some() {
            Severity::Error
        } else {
            Severity::Warning
        };
        out.at(
            y,
            ey.file,
            ey.offset,
            (severity, "missing-value"),
            Some(&key),
            format!("`{key}` has a value in {xt} but none in {yt}"),
        );
    }
    for (name, _) in &ex.attributes {
        if !ey.attributes.iter().any(|(n, _)| n == name) {
            out.at(
                y,
                ey.file,
                ey.offset,
                warning("missing-attribute"),
                Some(&key),
                format!("`{key}` has the attribute `.{name}` in {xt} but not in {yt}"),
            );
        }
    }
    if !ex.term {
        let (vx, vy) = (transitive_vars(x, ex), transitive_vars(y, ey));
        for (var, &(file, offset)) in &vx {
            if !vy.contains_key(var) {
                out.at(
                    x,
                    file,
                    offset,
                    warning("variable-mismatch"),
                    Some(&key),
                    format!("`{key}` uses `${var}` in {xt} but not in {yt}"),
                );
            }
        }
    }
    let refs = |e: &Entry<'_>| -> BTreeSet<String> {
        e.contents
            .messages
            .iter()
            .map(|u| u.name.to_string())
            .chain(e.contents.terms.iter().map(|u| format!("-{}", u.name)))
            .collect()
    };
    let theirs = refs(ey);
    let mut reported = BTreeSet::new();
    for (u, term) in ex
        .contents
        .messages
        .iter()
        .map(|u| (u, false))
        .chain(ex.contents.terms.iter().map(|u| (u, true)))
    {
        let target = if term {
            format!("-{}", u.name)
        } else {
            u.name.to_string()
        };
        if !theirs.contains(&target) && reported.insert(target.clone()) {
            out.at(
                x,
                ex.file,
                u.offset,
                warning("reference-mismatch"),
                Some(&key),
                format!("`{key}` refers to `{target}` in {xt} but not in {yt}"),
            );
        }
    }
}

/// Every variable a message uses, directly or through the messages it refers to, with the
/// place of its first use.
fn transitive_vars(locale: &Locale<'_>, entry: &Entry<'_>) -> BTreeMap<String, (usize, usize)> {
    let mut vars = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut stack = vec![entry];
    while let Some(e) = stack.pop() {
        if !seen.insert(e.key()) {
            continue;
        }
        for v in &e.contents.vars {
            vars.entry(v.name.to_string()).or_insert((e.file, v.offset));
        }
        stack.extend(
            e.contents
                .messages
                .iter()
                .filter_map(|m| locale.message(m.name)),
        );
    }
    vars
}

/// The same text in both languages: most likely copied and not translated.
fn same_text(a: &Locale<'_>, ea: &Entry<'_>, b: &Locale<'_>, eb: &Entry<'_>, out: &mut Findings) {
    let has_letters = ea
        .contents
        .texts
        .iter()
        .any(|(t, _)| t.chars().any(char::is_alphabetic));
    if has_letters && ea.contents.shape == eb.contents.shape {
        let key = ea.key();
        out.at(
            b,
            eb.file,
            eb.offset,
            warning("same-as-other-locale"),
            Some(&key),
            format!(
                "`{key}` is the same in {} and {}; if that is right, write `# check: same-in-both` on the line above it",
                a.lang.tag(),
                b.lang.tag()
            ),
        );
    }
}
