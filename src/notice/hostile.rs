//! Hostile or runaway input in notice data: invisible and control characters in text, texts
//! and lists beyond [`limits`](crate::limits), and YAML that breaks a parser budget (alias
//! bombs, deep nesting, huge documents). Each becomes a positioned error with a stable code.

use serde_saphyr::Error as YamlError;
use serde_saphyr::budget::BudgetBreach;

use crate::error::{DataErrorKind as K, Position};
use crate::limits::{
    MAX_LIST_ITEMS, MAX_TEXT_CHARS, MAX_YAML_ALIASES, MAX_YAML_DEPTH, MAX_YAML_REPLAYED_EVENTS,
};

/// One problem found here, ready for the validation context to report.
pub(super) struct Problem {
    pub kind: K,
    pub at: Position,
    pub message: String,
    pub help: Option<String>,
}

/// What kind of unwanted character `c` is, if it is one.
///
/// - control characters (general category Cc) other than line feed and tab, and the line and
///   paragraph separators U+2028/U+2029: they break SMS, terminals and line counting;
/// - direction controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): they make
///   text display in a different order from how it reads ("Trojan Source");
/// - other invisible format characters (general category Cf: U+200B, U+2060, U+FEFF, U+00AD,
///   …), which make equal-looking texts differ — except ZWNJ U+200C and ZWJ U+200D, which
///   Devanagari needs to choose between a conjunct and a half form (क्‍ष, र्‍य).
pub(crate) fn classify(c: char) -> Option<K> {
    let u = u32::from(c);
    match u {
        0x0A | 0x09 => None,
        0x00..=0x1F | 0x7F..=0x9F | 0x2028 | 0x2029 => Some(K::ControlCharacter),
        0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 => Some(K::BidiControl),
        0x200C | 0x200D => None,
        _ if is_format(u) => Some(K::InvisibleCharacter),
        _ => None,
    }
}

/// General category Cf (Unicode 16.0).
fn is_format(u: u32) -> bool {
    matches!(
        u,
        0x00AD
            | 0x0600..=0x0605
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// Every character [`classify`] refuses, as inclusive ranges of code points, for the JSON
/// Schema (a unit test checks that the two agree on every character).
const REFUSED: &[(u32, u32)] = &[
    (0x00, 0x08),
    (0x0B, 0x1F),
    (0x7F, 0x9F),
    (0xAD, 0xAD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200B),
    (0x200E, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// A regular expression (ECMA-262, as JSON Schema's `pattern`, and Rust's `regex`) matching
/// any character that [`classify`] refuses in a text.
pub(crate) fn refused_class() -> String {
    fn escape(u: u32) -> String {
        if u <= 0xFFFF {
            format!("\\u{u:04X}")
        } else {
            format!("\\u{{{u:X}}}")
        }
    }
    let mut class = String::from("[");
    for &(from, to) in REFUSED {
        class.push_str(&escape(from));
        if to != from {
            class.push('-');
            class.push_str(&escape(to));
        }
    }
    class.push(']');
    class
}

/// A name for the characters people meet, for the message.
fn char_name(c: char) -> &'static str {
    match u32::from(c) {
        0x00 => "NUL",
        0x07 => "bell",
        0x08 => "backspace",
        0x0B => "vertical tab",
        0x0C => "form feed",
        0x0D => "carriage return",
        0x1B => "escape",
        0x7F => "delete",
        0x85 => "next line",
        0x2028 => "line separator",
        0x2029 => "paragraph separator",
        0x00AD => "soft hyphen",
        0x061C => "Arabic letter mark",
        0x200B => "zero width space",
        0x200E => "left-to-right mark",
        0x200F => "right-to-left mark",
        0x202A => "left-to-right embedding",
        0x202B => "right-to-left embedding",
        0x202C => "pop directional formatting",
        0x202D => "left-to-right override",
        0x202E => "right-to-left override",
        0x2060 => "word joiner",
        0x2066 => "left-to-right isolate",
        0x2067 => "right-to-left isolate",
        0x2068 => "first strong isolate",
        0x2069 => "pop directional isolate",
        0xFEFF => "zero width no-break space (byte order mark)",
        _ => "",
    }
}

fn describe(c: char) -> String {
    match char_name(c) {
        "" => format!("U+{:04X}", u32::from(c)),
        name => format!("U+{:04X} ({name})", u32::from(c)),
    }
}

/// Checks one text value (already trimmed) written at `at` in the document `src`: no
/// unwanted character, at most [`MAX_TEXT_CHARS`] characters.
pub(super) fn check_text(text: &str, at: Position, path: &str, src: &str) -> Option<Problem> {
    if let Some((kind, c)) = text.chars().find_map(|c| classify(c).map(|k| (k, c))) {
        let what = match kind {
            K::ControlCharacter => "a control character",
            K::BidiControl => "an invisible direction control",
            _ => "an invisible character",
        };
        let help = match kind {
            K::ControlCharacter => {
                "delete it; within a text only line breaks and tabs are allowed".to_string()
            }
            K::BidiControl => "delete it: it makes the text display in a different order from how it reads; retype the text or paste it as plain text".to_string(),
            _ => "delete it: invisible characters make equal-looking texts differ (ZWJ U+200D and ZWNJ U+200C, which Devanagari needs, are allowed)".to_string(),
        };
        return Some(Problem {
            kind,
            at: locate(src, at, c, text.len()),
            message: format!("`{path}` holds {what}, {}", describe(c)),
            help: Some(help),
        });
    }
    let count = text.chars().count();
    (count > MAX_TEXT_CHARS).then(|| Problem {
        kind: K::TextTooLong,
        at,
        message: format!(
            "`{path}` is {count} characters long; at most {MAX_TEXT_CHARS} are allowed"
        ),
        help: Some("shorten it: a notice is read on a phone".into()),
    })
}

/// Checks the length of a list at `at` whose item number [`MAX_LIST_ITEMS`] (0-based) is at
/// `extra`.
pub(super) fn check_list(
    len: usize,
    at: Position,
    extra: Option<Position>,
    path: &str,
) -> Option<Problem> {
    (len > MAX_LIST_ITEMS).then(|| Problem {
        kind: K::TooManyItems,
        at: extra.unwrap_or(at),
        message: format!("`{path}` has {len} items; at most {MAX_LIST_ITEMS} are allowed"),
        help: Some(format!(
            "split the notice into several, each with at most {MAX_LIST_ITEMS} items"
        )),
    })
}

/// Where character `c` is written in `src`: the first time it occurs in the text from `at` (the
/// start of the value) over about the length of the value; `at` itself when it is not
/// written there literally (an escape such as `"\u202E"` in a quoted string).
fn locate(src: &str, at: Position, c: char, len: usize) -> Position {
    let Some(start) = byte_offset(src, at) else {
        return at;
    };
    let window = len.saturating_mul(4).saturating_add(16);
    let end = (start.saturating_add(window)).min(src.len());
    let Some(region) = src.get(start..end).or_else(|| src.get(start..)) else {
        return at;
    };
    let Some(found) = region.find(c) else {
        return at;
    };
    let mut pos = at;
    for ch in region[..found].chars() {
        if ch == '\n' {
            pos.line = pos.line.saturating_add(1);
            pos.column = 1;
        } else {
            pos.column = pos.column.saturating_add(1);
        }
    }
    pos
}

/// The byte offset of a 1-based line and character column in `src`.
fn byte_offset(src: &str, at: Position) -> Option<usize> {
    let mut offset = 0usize;
    for (i, line) in (1u32..).zip(src.split_inclusive('\n')) {
        if i == at.line {
            let col = usize::try_from(at.column.saturating_sub(1)).ok()?;
            return line.char_indices().nth(col).map(|(b, _)| offset + b);
        }
        offset += line.len();
    }
    None
}

/// A parser error at `at` in the document `src` that has a more precise code than
/// `yaml-syntax`: a budget broken (alias bomb, deep nesting, too much text), or a control
/// character, which YAML forbids anywhere: (code, where, message, help).
pub(crate) fn parser_problem(
    e: &YamlError,
    src: &str,
    at: Option<Position>,
) -> Option<(K, Option<Position>, String, Option<String>)> {
    if let Some((kind, message, help)) = budget(e) {
        return Some((kind, at, message, help));
    }
    // The parser points at the token that holds the character: look along its line.
    let at = at?;
    let line = src.get(byte_offset(src, at)?..)?.split('\n').next()?;
    let (i, c) = line
        .chars()
        .enumerate()
        .find(|&(_, c)| c != '\r' && classify(c) == Some(K::ControlCharacter))?;
    let column = at
        .column
        .saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
    Some((
        K::ControlCharacter,
        Some(Position { column, ..at }),
        format!("a control character, {}, in the text", describe(c)),
        Some("delete it; within a text only line breaks and tabs are allowed".into()),
    ))
}

/// A parser error that means the document broke a budget: (code, message, help).
fn budget(e: &YamlError) -> Option<(K, String, Option<String>)> {
    let deep = || {
        Some((
            K::TooDeep,
            format!("this document nests lists and mappings more than {MAX_YAML_DEPTH} deep"),
            Some("a notice needs at most 4 levels: check for unclosed [ or {".into()),
        ))
    };
    let aliases = || {
        Some((
            K::TooManyAliases,
            format!(
                "this document repeats values through YAML aliases (*name) beyond the budget: at most {MAX_YAML_ALIASES} anchors and aliases, {MAX_YAML_REPLAYED_EVENTS} values repeated"
            ),
            Some("write the values out instead of repeating them through aliases".into()),
        ))
    };
    match e.without_snippet() {
        YamlError::Budget { breach, .. } => match breach {
            BudgetBreach::Depth { .. } => deep(),
            BudgetBreach::Aliases { .. }
            | BudgetBreach::Anchors { .. }
            | BudgetBreach::AliasAnchorRatio { .. }
            | BudgetBreach::RecordedAnchorEvents { .. }
            | BudgetBreach::RecordedAnchorBytes { .. }
            | BudgetBreach::MergeKeys { .. } => aliases(),
            other => Some((
                K::TooLarge,
                format!(
                    "this document is too large to be a notice ({})",
                    breach_name(other)
                ),
                Some("split it into several notices, or look for text pasted in by mistake".into()),
            )),
        },
        YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasReplayCounterOverflow { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. } => aliases(),
        YamlError::AliasError { error, .. } => budget(error),
        other => {
            let msg = other.to_string();
            if msg.contains("recursion limit exceeded") || msg.contains("nesting limit") {
                deep()
            } else {
                None
            }
        }
    }
}

fn breach_name(b: &BudgetBreach) -> &'static str {
    match b {
        BudgetBreach::Events { .. } => "too many YAML events",
        BudgetBreach::Nodes { .. } => "too many values",
        BudgetBreach::ScalarBytes { .. } => "too much text",
        BudgetBreach::Documents { .. } => "too many documents",
        _ => "over a parser budget",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_refuses_exactly_what_classify_refuses() {
        for u in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(u) else { continue };
            let listed = REFUSED.iter().any(|&(from, to)| (from..=to).contains(&u));
            assert_eq!(classify(c).is_some(), listed, "U+{u:04X}");
        }
        assert!(refused_class().starts_with("[\\u0000-\\u0008\\u000B-"));
        assert!(refused_class().ends_with("\\u{E0020}-\\u{E007F}]"));
    }

    #[test]
    fn devanagari_joiners_are_kept_and_other_format_characters_are_not() {
        assert_eq!(classify('\u{200D}'), None);
        assert_eq!(classify('\u{200C}'), None);
        assert_eq!(classify('\n'), None);
        assert_eq!(classify('\t'), None);
        assert_eq!(classify('क'), None);
        assert_eq!(classify('\r'), Some(K::ControlCharacter));
        assert_eq!(classify('\u{85}'), Some(K::ControlCharacter));
        assert_eq!(classify('\u{202E}'), Some(K::BidiControl));
        assert_eq!(classify('\u{2068}'), Some(K::BidiControl));
        assert_eq!(classify('\u{200B}'), Some(K::InvisibleCharacter));
        assert_eq!(classify('\u{FEFF}'), Some(K::InvisibleCharacter));
        assert_eq!(classify('\u{AD}'), Some(K::InvisibleCharacter));
        assert_eq!(classify('\u{E0041}'), Some(K::InvisibleCharacter));
    }

    #[test]
    fn finds_the_character_in_the_source() {
        let src = "kind: x\nareas: [वाई, \"प\u{200B}सरणी\"]\n";
        let at = Position {
            line: 2,
            column: 14,
        };
        assert_eq!(
            locate(src, at, '\u{200B}', 10),
            Position {
                line: 2,
                column: 16
            }
        );
        // Written as an escape: the value's own position.
        assert_eq!(locate("a: \"x\\u200By\"", at, '\u{200B}', 3), at);
    }
}
