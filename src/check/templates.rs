//! Templates: Tera's own parse errors, and variables a template uses that the renderer's
//! context for its kind of notice does not provide ([`catalog::KIND_CONTEXT`]).

use std::borrow::Cow;

use super::{Finding, Findings, Severity};
use crate::l10n::{catalog, line_col};
use crate::notice::suggest::closest;

/// (name as `include` calls it, name to show, text)
type Source<'a> = (String, String, Cow<'a, str>);

pub(super) fn check(templates: &[Source<'_>], out: &mut Findings) {
    let mut usable: Vec<&Source<'_>> = templates.iter().collect();
    // Tera stops at the first broken template: report it, set it aside, try the rest.
    let tera = loop {
        let mut tera = tera::Tera::new();
        let result =
            tera.add_raw_templates(usable.iter().map(|(n, _, t)| (n.as_str(), t.as_ref())));
        let Err(e) = result else {
            break Some(tera);
        };
        let (culprit, offset, message) = match e.kind() {
            tera::ErrorKind::SyntaxError(report) => (
                usable.iter().position(|s| s.0 == report.filename()),
                Some(report.span().range.start),
                report.message().to_string(),
            ),
            _ => {
                let message = e.to_string();
                (
                    usable
                        .iter()
                        .position(|s| message.contains(&format!("'{}'", s.0))),
                    None,
                    message,
                )
            }
        };
        let Some(index) = culprit else {
            let shown = usable.first().map_or("templates", |s| s.1.as_str());
            out.push(finding(shown, 1, 1, "template-syntax", message), None);
            break None;
        };
        let source = usable.remove(index);
        let (line, column) = offset.map_or((1, 1), |o| line_col(&source.2, o));
        out.push(
            finding(&source.1, line, column, "template-syntax", message),
            None,
        );
    };
    let Some(tera) = tera else { return };
    for kind in catalog::KIND_CONTEXT {
        let prefix = format!("{}.", kind.kind);
        for (name, _, _) in usable.iter().copied().filter(|s| s.0.starts_with(&prefix)) {
            let Ok(vars) = tera.get_template_variables(name) else {
                continue;
            };
            let known: Vec<&str> = catalog::SHARED_CONTEXT
                .iter()
                .chain(kind.vars)
                .copied()
                .collect();
            let mut unknown: Vec<&str> = vars.into_iter().filter(|v| !known.contains(v)).collect();
            unknown.sort_unstable();
            for var in unknown {
                // The kind's own template first, then the parts it may include.
                let place = usable
                    .iter()
                    .filter(|s| s.0 == *name)
                    .chain(usable.iter().filter(|s| s.0 != *name))
                    .find_map(|s| find_var(&s.2, var).map(|o| (s, o)));
                let (shown, line, column) = match place {
                    Some((s, o)) => {
                        let (l, c) = line_col(&s.2, o);
                        (s.1.as_str(), l, c)
                    }
                    None => (name.as_str(), 1, 1),
                };
                let hint = closest(var, &known)
                    .map(|c| format!("; did you mean `{c}`?"))
                    .unwrap_or_default();
                out.push(
                    finding(
                        shown,
                        line,
                        column,
                        "unknown-template-variable",
                        format!(
                            "`{var}` is not in the context of {} notices (used by {name}){hint}",
                            kind.kind
                        ),
                    ),
                    None,
                );
            }
        }
    }
}

fn finding(file: &str, line: u32, column: u32, code: &'static str, message: String) -> Finding {
    Finding {
        file: file.to_string(),
        line,
        column,
        severity: Severity::Error,
        code,
        message,
    }
}

/// The offset of the first use of `var` as a name inside a `{{ }}` or `{% %}` tag.
fn find_var(text: &str, var: &str) -> Option<usize> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut search = 0;
    while let Some(open) = text.get(search..)?.find(['{']).map(|o| search + o) {
        let rest = text.get(open..)?;
        let close = if rest.starts_with("{{") {
            rest.find("}}")
        } else if rest.starts_with("{%") {
            rest.find("%}")
        } else {
            search = open + 1;
            continue;
        };
        let end = close.map_or(text.len(), |c| open + c);
        let tag = text.get(open..end)?;
        let mut from = 0;
        while let Some(i) = tag.get(from..)?.find(var).map(|i| from + i) {
            let before = tag.get(..i)?.chars().next_back();
            let after = tag.get(i + var.len()..)?.chars().next();
            if !before.is_some_and(|c| word(c) || c == '.') && !after.is_some_and(word) {
                return Some(open + i);
            }
            from = i + var.len();
        }
        search = end;
    }
    None
}
