//! The header row: each column's name is a field path of the notice (`areas`, `issuer.org`,
//! `title.mr-IN`, `agenda.2`, `contacts.1.phone`), resolved against the kind's definition so
//! that each cell's value gets the field's type, and an unknown name gets a did-you-mean.

use crate::kind::{Definition, FieldType};
use crate::limits::MAX_LIST_ITEMS;
use crate::notice::suggest::closest;

/// One step of a path into the notice's value: a key of a mapping or a list index (from 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

/// How a cell's value is written into the notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Leaf {
    /// Text, a string, a choice or an id: the cell's text.
    Text,
    /// A phone number: text; a number is refused (Excel may have dropped a leading zero).
    Phone,
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM-DDTHH:MM`.
    DateTime,
    /// `true` or `false`.
    YesNo,
    /// A whole number.
    Count,
}

/// What a column is, for notices of one kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The `kind` column.
    Kind,
    /// A field path. `split`: a list written in one cell, items separated by `;`; each item
    /// goes to the path with its index inserted at `split_at`.
    Path {
        steps: Vec<Step>,
        leaf: Leaf,
        split: Option<usize>,
    },
    /// Not a field of the kind, with the closest header that is.
    Unknown { suggestion: Option<String> },
    /// The column has no header.
    Blank,
}

/// The headers a notice of `definition` can have, one per field or part of a field, as the
/// starter workbook writes them and did-you-mean suggests them (numbered lists as `.1`).
pub fn headers_of(definition: &Definition) -> Vec<String> {
    let mut out = vec!["kind".to_string()];
    for field in &definition.fields {
        let key = field.name.as_str();
        match field.ty {
            FieldType::Span => {
                if let Some(span) = &field.span {
                    out.push(span.start.clone());
                    out.push(span.end.clone());
                }
            }
            FieldType::Person => {
                out.push(format!("{key}.name"));
                out.push(format!("{key}.designation"));
            }
            FieldType::Issuer => {
                for part in ["org", "office", "signatory.name", "signatory.designation"] {
                    out.push(format!("{key}.{part}"));
                }
            }
            FieldType::Contacts => {
                out.push(format!("{key}.1.label"));
                out.push(format!("{key}.1.phone"));
            }
            _ => out.push(key.to_string()),
        }
    }
    out
}

/// The leaf of a scalar field type.
fn scalar_leaf(ty: FieldType) -> Option<Leaf> {
    Some(match ty {
        FieldType::Text | FieldType::String | FieldType::Choice | FieldType::Id => Leaf::Text,
        FieldType::Phone => Leaf::Phone,
        FieldType::Date => Leaf::Date,
        FieldType::DateTime | FieldType::Span => Leaf::DateTime,
        FieldType::YesNo => Leaf::YesNo,
        FieldType::Count => Leaf::Count,
        FieldType::TextList | FieldType::Contacts | FieldType::Person | FieldType::Issuer => {
            return None;
        }
    })
}

/// A list item number written in a header (`agenda.2`): 1 to the most items a list may hold.
fn item_number(segment: &str) -> Option<usize> {
    let n: usize = segment.parse().ok()?;
    n.checked_sub(1).filter(|i| *i < MAX_LIST_ITEMS)
}

/// Whether `segment` can be a language key (`mr`, `hi-IN`): the reader checks which.
fn language_like(segment: &str) -> bool {
    !segment.is_empty()
        && segment.parse::<usize>().is_err()
        && segment
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A text at `steps`, optionally in one language (`rest` is `[]` or `[lang]`).
fn text_at(mut steps: Vec<Step>, rest: &[&str], leaf: Leaf) -> Option<Target> {
    match rest {
        [] => {}
        [lang] if leaf == Leaf::Text && language_like(lang) => {
            steps.push(Step::Key(lang.to_string()))
        }
        _ => return None,
    }
    Some(Target::Path {
        steps,
        leaf,
        split: None,
    })
}

/// A person's part (`name`, `designation`), optionally in one language.
fn person_at(mut steps: Vec<Step>, rest: &[&str]) -> Option<Target> {
    let (part, lang) = rest.split_first()?;
    let part = part.to_ascii_lowercase();
    if part != "name" && part != "designation" {
        return None;
    }
    steps.push(Step::Key(part));
    text_at(steps, lang, Leaf::Text)
}

/// What the header `header` is for a notice of `definition`.
pub(crate) fn resolve(header: &str, definition: &Definition) -> Target {
    let header = header.trim();
    if header.is_empty() {
        return Target::Blank;
    }
    if header.eq_ignore_ascii_case("kind") {
        return Target::Kind;
    }
    resolve_path(header, definition).unwrap_or_else(|| Target::Unknown {
        suggestion: suggest(header, definition),
    })
}

fn resolve_path(header: &str, definition: &Definition) -> Option<Target> {
    let segments: Vec<&str> = header.split('.').map(str::trim).collect();
    let (first, rest) = segments.split_first()?;
    let key = first.to_ascii_lowercase();
    let field = definition.field_for_key(&key)?;
    let base = vec![Step::Key(key)];
    match field.ty {
        FieldType::TextList => match rest {
            [] => Some(Target::Path {
                steps: base,
                leaf: Leaf::Text,
                split: Some(1),
            }),
            [n, lang @ ..] if item_number(n).is_some() => {
                let mut steps = base;
                steps.push(Step::Index(item_number(n)?));
                text_at(steps, lang, Leaf::Text)
            }
            // `areas.mr-IN`: the items of one language, `;`-separated, matched by place.
            [lang] if language_like(lang) => Some(Target::Path {
                steps: vec![base[0].clone(), Step::Key(lang.to_string())],
                leaf: Leaf::Text,
                split: Some(1),
            }),
            _ => None,
        },
        FieldType::Person => person_at(base, rest),
        FieldType::Issuer => {
            let (part, more) = rest.split_first()?;
            let part = part.to_ascii_lowercase();
            let mut steps = base;
            match part.as_str() {
                "org" | "office" => {
                    steps.push(Step::Key(part));
                    text_at(steps, more, Leaf::Text)
                }
                "signatory" => {
                    steps.push(Step::Key(part));
                    person_at(steps, more)
                }
                _ => None,
            }
        }
        FieldType::Contacts => {
            let [n, part, lang @ ..] = rest else {
                return None;
            };
            let mut steps = base;
            steps.push(Step::Index(item_number(n)?));
            match part.to_ascii_lowercase().as_str() {
                "label" => {
                    steps.push(Step::Key("label".into()));
                    text_at(steps, lang, Leaf::Text)
                }
                "phone" if lang.is_empty() => {
                    steps.push(Step::Key("phone".into()));
                    text_at(steps, &[], Leaf::Phone)
                }
                _ => None,
            }
        }
        ty => text_at(base, rest, scalar_leaf(ty)?),
    }
}

/// The header most likely meant by an unknown `header`: a close spelling of a known header
/// (items numbered `.1`), the one known header that ends with it (`signatory.name` →
/// `issuer.signatory.name`), or the header with its first part corrected (`titel.mr` →
/// `title.mr`).
fn suggest(header: &str, definition: &Definition) -> Option<String> {
    let known = headers_of(definition);
    let refs: Vec<&str> = known.iter().map(String::as_str).collect();
    let lower = header.to_lowercase();
    // Item numbers do not count in the spelling: `contact.2.phone` is near `contacts.1.phone`.
    let numbered: Vec<&str> = lower.split('.').collect();
    let as_first: String = numbered
        .iter()
        .map(|s| if item_number(s).is_some() { "1" } else { s })
        .collect::<Vec<_>>()
        .join(".");
    if let Some(c) = closest(&as_first, &refs) {
        return Some(renumber(c, &numbered));
    }
    let suffix = format!(".{lower}");
    let ends: Vec<&&str> = refs.iter().filter(|k| k.ends_with(&suffix)).collect();
    if let [one] = ends.as_slice() {
        return Some((**one).to_string());
    }
    let (first, rest) = lower.split_once('.')?;
    let keys = definition.document_keys();
    let key = closest(first, &keys)?;
    Some(format!("{key}.{rest}"))
}

/// `candidate` with the item number of the header the user wrote (`contacts.1.phone` for
/// `contact.3.phone` gives `contacts.3.phone`).
fn renumber(candidate: &str, written: &[&str]) -> String {
    let n = written.iter().find(|s| item_number(s).is_some());
    match n {
        Some(n) => candidate.replacen(".1", &format!(".{n}"), 1),
        None => candidate.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::Kinds;

    fn kinds() -> Kinds {
        Kinds::builtin().unwrap_or_else(|e| panic!("built-in kinds: {e:?}"))
    }

    #[test]
    fn headers_resolve_to_paths() {
        let kinds = kinds();
        let outage = kinds.get("outage").unwrap_or_else(|| panic!("outage"));
        let path = |h: &str| match resolve(h, outage) {
            Target::Path { steps, leaf, split } => (steps, leaf, split),
            other => panic!("{h}: {other:?}"),
        };
        assert_eq!(path("areas").2, Some(1));
        assert_eq!(path("Start").1, Leaf::DateTime);
        assert_eq!(path("planned").1, Leaf::YesNo);
        assert_eq!(path("consumers").1, Leaf::Count);
        assert_eq!(
            path("issuer.office.mr-IN").0,
            vec![
                Step::Key("issuer".into()),
                Step::Key("office".into()),
                Step::Key("mr-IN".into())
            ]
        );
        assert_eq!(
            path("contacts.2.phone").0,
            vec![
                Step::Key("contacts".into()),
                Step::Index(1),
                Step::Key("phone".into())
            ]
        );
        assert_eq!(path("contacts.2.phone").1, Leaf::Phone);
        assert_eq!(resolve("kind", outage), Target::Kind);
        assert_eq!(resolve(" ", outage), Target::Blank);
    }

    #[test]
    fn unknown_headers_get_a_did_you_mean() {
        let kinds = kinds();
        let outage = kinds.get("outage").unwrap_or_else(|| panic!("outage"));
        let meeting = kinds.get("meeting").unwrap_or_else(|| panic!("meeting"));
        let suggestion = |h: &str, d| match resolve(h, d) {
            Target::Unknown { suggestion } => suggestion,
            other => panic!("{h}: {other:?}"),
        };
        assert_eq!(suggestion("aeras", outage).as_deref(), Some("areas"));
        assert_eq!(
            suggestion("signatory.name", outage).as_deref(),
            Some("issuer.signatory.name")
        );
        assert_eq!(
            suggestion("contact.3.phone", outage).as_deref(),
            Some("contacts.3.phone")
        );
        assert_eq!(suggestion("titel.mr", meeting).as_deref(), Some("title.mr"));
        // Items are numbered from 1; the whole list in one cell is the nearest header.
        assert_eq!(suggestion("agenda.0", meeting).as_deref(), Some("agenda"));
        assert_eq!(suggestion("zzz", outage), None);
    }
}
