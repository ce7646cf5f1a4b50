//! DLT, India's register of commercial SMS: every SMS must match a registered template, whose
//! fixed text is sent as is and whose variables (`{#var#}`) hold at most 30 characters each.
//! This module matches renderings against templates and reports what an operator would reject.

use std::borrow::Cow;
use std::fmt;

/// How a variable is written in a DLT template.
pub const DLT_VARIABLE: &str = "{#var#}";

/// The most characters a DLT variable may hold.
pub const DLT_VARIABLE_LIMIT: usize = 30;

/// One registrable SMS template and the data cases that produce it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DltTemplate {
    /// The fixed text with `{#var#}` where data goes.
    pub text: String,
    /// The names of the variables, in order of appearance (`areas`; for a kind defined as
    /// data, its fields' variables, `zones`, `start-short`).
    pub variables: Vec<Cow<'static, str>>,
    /// The cases (selector values) that render to this template, e.g. `planned=yes span=open`.
    pub cases: Vec<String>,
}

/// Something a DLT operator would reject in one SMS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DltProblem {
    /// The rendering's fixed text differs from its template's.
    Mismatch {
        /// The template it should have matched.
        template: String,
    },
    /// A variable holds more than [`DLT_VARIABLE_LIMIT`] characters.
    TooLong {
        /// The variable's name (e.g. `areas`), when known.
        name: Option<Cow<'static, str>>,
        /// Its 1-based place in the template.
        index: usize,
        /// What it holds.
        value: String,
        /// How many characters that is.
        chars: usize,
    },
}

impl DltProblem {
    /// A stable code for the problem: `dlt-mismatch` or `dlt-variable-too-long`.
    pub fn code(&self) -> &'static str {
        match self {
            DltProblem::Mismatch { .. } => "dlt-mismatch",
            DltProblem::TooLong { .. } => "dlt-variable-too-long",
        }
    }
}

impl fmt::Display for DltProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DltProblem::Mismatch { template } => write!(
                f,
                "the SMS does not match its DLT template (fixed text, spaces and line breaks must be exactly as registered): \"{template}\""
            ),
            DltProblem::TooLong {
                name,
                index,
                value,
                chars,
            } => {
                write!(f, "DLT variable {index}")?;
                if let Some(name) = name {
                    write!(f, " (${name})")?;
                }
                write!(
                    f,
                    " holds {chars} characters, more than the {DLT_VARIABLE_LIMIT} DLT allows: \"{value}\""
                )
            }
        }
    }
}

/// The values `text` puts in the variables of `template`, or `None` when its fixed text differs.
///
/// Each variable takes the shortest text that lets the rest match, as an operator's regular
/// expression `(.*?)` would.
///
/// ```
/// use suchana::render::match_template;
/// let values = match_template("{#var#}: बंद राहील. संपर्क: {#var#}", "महावितरण: बंद राहील. संपर्क: 1912");
/// assert_eq!(values, Some(vec!["महावितरण".to_string(), "1912".to_string()]));
/// assert_eq!(match_template("{#var#}: बंद राहील.", "महावितरण - बंद राहील."), None);
/// ```
pub fn match_template(template: &str, text: &str) -> Option<Vec<String>> {
    match_values(template, text).map(|v| v.into_iter().map(str::to_string).collect())
}

/// [`match_template`] without copying the values.
fn match_values<'t>(template: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let fixed: Vec<&str> = template.split(DLT_VARIABLE).collect();
    match_pieces(&fixed, text)
}

/// Matches `text` against a template already split at its variables.
fn match_pieces<'t, S: AsRef<str>>(fixed: &[S], text: &'t str) -> Option<Vec<&'t str>> {
    let split = SplitTemplate::new(fixed.iter().map(AsRef::as_ref));
    split.match_values(text)
}

/// A template split at its variables, with a searcher made once for each fixed piece.
pub(crate) struct SplitTemplate {
    first: String,
    pieces: Vec<(String, memchr::memmem::Finder<'static>)>,
}

impl SplitTemplate {
    /// `fixed`: the template's text between its variables (one more piece than variables).
    pub(crate) fn new<'a>(mut fixed: impl Iterator<Item = &'a str>) -> SplitTemplate {
        let first = fixed.next().unwrap_or_default().to_string();
        let pieces = fixed
            .map(|p| (p.to_string(), memchr::memmem::Finder::new(p).into_owned()))
            .collect();
        SplitTemplate { first, pieces }
    }

    /// The values `text` puts in the variables, or `None` when its fixed text differs.
    pub(crate) fn match_values<'t>(&self, text: &'t str) -> Option<Vec<&'t str>> {
        let remaining = text.strip_prefix(self.first.as_str())?;
        let mut values = Vec::with_capacity(self.pieces.len());
        match_rest(&self.pieces, remaining, &mut values).then_some(values)
    }
}

/// Matches `text` against variable-then-`pieces[i]` pairs, backtracking over where each
/// variable ends; pushes the variables' values.
fn match_rest<'t>(
    pieces: &[(String, memchr::memmem::Finder<'static>)],
    text: &'t str,
    values: &mut Vec<&'t str>,
) -> bool {
    let Some(((piece, finder), rest)) = pieces.split_first() else {
        return text.is_empty();
    };
    if rest.is_empty() {
        return match text.strip_suffix(piece.as_str()) {
            Some(value) => {
                values.push(value);
                true
            }
            None => false,
        };
    }
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|t| finder.find(t.as_bytes())) {
        let at = from + found;
        if let (Some(value), Some(after)) = (text.get(..at), text.get(at + piece.len()..)) {
            values.push(value);
            if match_rest(rest, after, values) {
                return true;
            }
            values.pop();
        }
        // The next place the piece starts, overlapping or not, on a character boundary.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Checks `text` against `template`: the fixed text must match and each variable fit.
pub fn check_against(template: &DltTemplate, text: &str) -> Vec<DltProblem> {
    let split = SplitTemplate::new(template.text.split(DLT_VARIABLE));
    check_split(template, &split, text)
}

/// [`check_against`] with the template already split at its variables (`pieces`).
pub(crate) fn check_split(
    template: &DltTemplate,
    split: &SplitTemplate,
    text: &str,
) -> Vec<DltProblem> {
    let Some(values) = split.match_values(text) else {
        return vec![DltProblem::Mismatch {
            template: template.text.clone(),
        }];
    };
    values
        .into_iter()
        .enumerate()
        .filter_map(|(i, value)| {
            let chars = value.chars().count();
            (chars > DLT_VARIABLE_LIMIT).then(|| DltProblem::TooLong {
                name: template.variables.get(i).cloned(),
                index: i + 1,
                value: value.to_string(),
                chars,
            })
        })
        .collect()
}

/// Reads templates as `suchana dlt` prints them: `#` lines are comments, and the lines
/// between comments (a bilingual template has two) form one template.
pub fn parse_templates(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_without_variables_matches_only_itself() {
        assert_eq!(match_template("सूचना", "सूचना"), Some(vec![]));
        assert_eq!(match_template("सूचना", "सूचना."), None);
    }

    #[test]
    fn spacing_is_part_of_the_fixed_text() {
        let t = "{#var#}: बंद राहील. संपर्क: {#var#}";
        assert!(match_template(t, "महावितरण: बंद राहील.  संपर्क: 1912").is_none());
        assert!(match_template(t, "महावितरण: बंद राहील.\nसंपर्क: 1912").is_none());
    }

    #[test]
    fn long_variables_are_named() {
        let template = DltTemplate {
            text: "{#var#} परिसरातील".into(),
            variables: vec!["areas".into()],
            cases: vec![],
        };
        let long = "अ".repeat(31);
        let problems = check_against(&template, &format!("{long} परिसरातील"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].code(), "dlt-variable-too-long");
        assert!(
            problems[0]
                .to_string()
                .contains("($areas) holds 31 characters")
        );
        assert!(check_against(&template, &format!("{} परिसरातील", "अ".repeat(30))).is_empty());
    }

    #[test]
    fn templates_are_read_between_comments() {
        let file = "# 1\nएक {#var#}\n# 2\nदोन {#var#}\nतीन\n\n";
        assert_eq!(
            parse_templates(file),
            vec!["एक {#var#}", "दोन {#var#}\nतीन"]
        );
    }
}
