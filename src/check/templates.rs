//! Templates: Tera's own parse errors, and variables a template uses that the renderer's
//! context for its kind of notice does not provide ([`catalog::DEFINED_CONTEXT`] for every
//! kind, with each `msg.x` a message some language defines and each `data.y` a field of the
//! kind; [`catalog::KIND_CONTEXT`] for the SMS of the built-in kinds).

use std::borrow::Cow;

use super::catalog::{Catalog, PackKind};
use super::{Finding, Findings, Severity};
use crate::l10n::{catalog, line_col};
use crate::notice::suggest::closest;

/// (name as `include` calls it, name to show, text)
type Source<'a> = (String, String, Cow<'a, str>);

pub(super) fn check(catalog: &Catalog, templates: &[Source<'_>], out: &mut Findings) {
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
    for kind in catalog.kinds.iter().map(|k| k.kind.as_str()) {
        let prefix = format!("{kind}.");
        for (name, shown, _) in usable.iter().copied().filter(|s| s.0.starts_with(&prefix)) {
            let Ok(used) = tera.get_template_variables(name) else {
                continue;
            };
            if name.strip_prefix(&prefix) == Some("sms.tera") && !used.contains(&"revised") {
                unrevised_sms(shown, kind, out);
            }
            // A built-in kind's SMS gets its words from the typed SMS view, and so does the
            // body of its WhatsApp templates, with their greeting and closing.
            let whatsapp = name.ends_with(".whatsapp-template.tera");
            let sms = catalog::KIND_CONTEXT
                .iter()
                .filter(|k| k.kind == kind && (name.ends_with(".sms.tera") || whatsapp))
                .flat_map(|k| k.vars);
            let wa = catalog::WHATSAPP_TEMPLATE_CONTEXT
                .iter()
                .filter(|_| whatsapp);
            let defined_sms = catalog::SMS_CONTEXT
                .iter()
                .filter(|_| whatsapp || name.ends_with(".sms.tera"));
            let known: Vec<&str> = catalog::SHARED_CONTEXT
                .iter()
                .chain(catalog::DEFINED_CONTEXT)
                .chain(sms)
                .chain(wa)
                .chain(defined_sms)
                .copied()
                .collect();
            let mut unknown: Vec<&str> = used.into_iter().filter(|v| !known.contains(v)).collect();
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
                            "`{var}` is not in the context of {kind} notices (used by {name}){hint}"
                        ),
                    ),
                    None,
                );
            }
        }
    }
    for kind in &catalog.kinds {
        let prefix = format!("{}.", kind.kind);
        for source in usable.iter().filter(|s| s.0.starts_with(&prefix)) {
            pack_attributes(kind, source, out);
        }
    }
}

/// A kind's SMS template (shown as `shown`) that does not print `revised`: an update's SMS
/// would read like the notice it replaces.
fn unrevised_sms(shown: &str, kind: &str, out: &mut Findings) {
    out.push(
        Finding {
            severity: Severity::Warning,
            ..finding(
                shown,
                1,
                1,
                "sms-not-revised",
                format!(
                    "the SMS of a revised {kind} notice (status: update) would read like the notice it replaces: print `revised` (the words of `sms-revised`), e.g. `{{% if revised %}}{{{{ revised }}}} {{% endif %}}` before its message"
                ),
            )
        },
        None,
    );
}

/// `msg.x`, `title` and `data.y` in a template of a pack's kind: the first two must be
/// messages some language defines (`<kind>-x`, `<kind>-title`), the last a field of the kind.
fn pack_attributes(kind: &PackKind, (_, shown, text): &Source<'_>, out: &mut Findings) {
    // `title` is the message `<kind>-title`, as the renderer hands it on.
    if !kind.msg.contains("title")
        && let Some(offset) = find_var(text, "title")
    {
        let (line, column) = line_col(text, offset);
        let message = format!(
            "`title` is the message `{}-title`, which no language defines",
            kind.kind
        );
        out.push(
            finding(shown, line, column, "unknown-message", message),
            None,
        );
    }
    for (object, names) in [("msg", &kind.msg), ("data", &kind.data)] {
        let known: Vec<&str> = names.iter().map(String::as_str).collect();
        for (attr, offset) in crate::kind::pack::attributes(text, object) {
            if names.contains(attr) {
                continue;
            }
            let (line, column) = line_col(text, offset);
            let hint = closest(attr, &known)
                .map(|c| format!("; did you mean `{object}.{c}`?"))
                .unwrap_or_default();
            let (code, message) = if object == "msg" {
                (
                    "unknown-message",
                    format!(
                        "`msg.{attr}` is the message `{}-{}`, which no language defines{hint}",
                        kind.kind,
                        attr.replace('_', "-")
                    ),
                )
            } else {
                (
                    "unknown-template-variable",
                    format!(
                        "`data.{attr}`: the kind `{}` has no field or key `{attr}`{hint}",
                        kind.kind
                    ),
                )
            };
            out.push(finding(shown, line, column, code, message), None);
        }
    }
}

/// The names a pack kind's templates use as `msg.…` (`label_zones`), or those of its template
/// of `format` (`sms`); `None` when it has no such template.
pub(super) fn msg_uses(
    templates: &[Source<'_>],
    kind: &str,
    format: Option<&str>,
) -> Option<std::collections::BTreeSet<String>> {
    let prefix = match format {
        Some(format) => format!("{kind}.{format}.tera"),
        None => format!("{kind}."),
    };
    let mine: Vec<&Source<'_>> = templates
        .iter()
        .filter(|s| s.0.starts_with(&prefix))
        .collect();
    (!mine.is_empty()).then(|| {
        mine.iter()
            .flat_map(|s| crate::kind::pack::attributes(&s.2, "msg"))
            .map(|(name, _)| name.to_string())
            .collect()
    })
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
    for (open, tag) in crate::kind::pack::tags(text) {
        let mut from = 0;
        while let Some(i) = tag.get(from..)?.find(var).map(|i| from + i) {
            let before = tag.get(..i)?.chars().next_back();
            let after = tag.get(i + var.len()..)?.chars().next();
            if !before.is_some_and(|c| word(c) || c == '.') && !after.is_some_and(word) {
                return Some(open + i);
            }
            from = i + var.len();
        }
    }
    None
}
