//! The text of messages: left in English, or carrying invisible trouble (direction controls,
//! non-NFC sequences, trailing spaces, a colon typed for a visarga, replacement characters).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

use super::model::{Entry, Locale};
use super::{Findings, error, warning};

pub(super) fn check(locale: &Locale<'_>, out: &mut Findings) {
    for entry in &locale.entries {
        untranslated(locale, entry, out);
        for &(text, offset) in &entry.contents.texts {
            invisible(locale, entry, text, offset, out);
        }
    }
}

fn is_devanagari_letter(c: char) -> bool {
    // Letters and signs; not the dandas (U+0964–5), digits (U+0966–F) or abbreviation sign.
    matches!(c, '\u{0900}'..='\u{0963}' | '\u{0971}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}')
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' if c.is_alphabetic())
}

/// A message whose text is mostly in another script than its language's was most likely
/// left untranslated: Latin letters in Marathi or Hindi, Devanagari in English.
fn untranslated(locale: &Locale<'_>, entry: &Entry<'_>, out: &mut Findings) {
    let (foreign_script, is_foreign): (&str, fn(char) -> bool) = match locale.lang.script() {
        "Latn" => ("Devanagari", is_devanagari_letter),
        _ => ("Latin", is_latin_letter),
    };
    let (mut foreign, mut letters) = (0usize, 0usize);
    for (text, _) in &entry.contents.texts {
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            foreign += usize::from(is_foreign(c));
        }
    }
    if foreign >= 3 && foreign * 2 > letters {
        let key = entry.key();
        out.at(
            locale,
            entry.file,
            entry.offset,
            warning("untranslated"),
            Some(&key),
            format!(
                "`{key}` is mostly {foreign_script} letters ({foreign} of {letters}): is it still untranslated in {}?",
                locale.lang.tag()
            ),
        );
    }
}

fn invisible(
    locale: &Locale<'_>,
    entry: &Entry<'_>,
    text: &str,
    offset: usize,
    out: &mut Findings,
) {
    let key = entry.key();
    let mut report = |at: usize, kind, message: String| {
        out.at(locale, entry.file, offset + at, kind, Some(&key), message);
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        match c {
            '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' => report(
                i,
                error("bidi-control"),
                format!(
                    "an invisible direction control U+{:04X} is in the text; delete it (notices are left-to-right and must not carry it)",
                    u32::from(c)
                ),
            ),
            '\u{FFFD}' => report(
                i,
                error("replacement-char"),
                "a replacement character � stands where a character was lost (the file was saved in another encoding at some point); write the character again".to_string(),
            ),
            ':' => {
                let before = n.checked_sub(1).and_then(|p| chars.get(p)).map(|x| x.1);
                let after = chars.get(n + 1).map(|x| x.1);
                if before.is_some_and(is_devanagari_letter) && after.is_some_and(is_devanagari_letter) {
                    report(
                        i,
                        warning("ascii-colon-for-visarga"),
                        "an ASCII colon `:` between two Devanagari letters: write the visarga `ः` (U+0903)".to_string(),
                    );
                }
            }
            ' ' | '\t' => {
                let rest = text.get(i..).unwrap_or("");
                let trimmed = rest.trim_start_matches([' ', '\t']);
                let at_line_start = i == 0 || text.get(..i).is_some_and(|b| b.ends_with([' ', '\t', '\n']));
                if !at_line_start && (trimmed.starts_with('\n') || trimmed.starts_with("\r\n")) {
                    report(
                        i,
                        warning("trailing-space"),
                        "a space before the line break ends up in the notice; delete it".to_string(),
                    );
                }
            }
            _ => {}
        }
    }
    if let Some(at) = first_non_nfc(text) {
        report(
            at,
            error("not-nfc"),
            format!(
                "this text is not in Unicode NFC; write it as `{}` (the same letters, composed)",
                segment_at(text, at).nfc().collect::<String>()
            ),
        );
    }
}

/// The text from `at` to the next character that starts a new combining sequence.
fn segment_at(text: &str, at: usize) -> &str {
    let rest = text.get(at..).unwrap_or("");
    let end = rest
        .char_indices()
        .skip(1)
        .find(|(_, c)| canonical_combining_class(*c) == 0)
        .map_or(rest.len(), |(i, _)| i);
    rest.get(..end).unwrap_or(rest)
}

/// The offset of the first combining sequence that NFC would change.
fn first_non_nfc(text: &str) -> Option<usize> {
    if unicode_normalization::is_nfc(text) {
        return None;
    }
    let mut start = 0;
    for (i, c) in text.char_indices().skip(1).chain([(text.len(), ' ')]) {
        if canonical_combining_class(c) == 0 || i == text.len() {
            let segment = text.get(start..i).unwrap_or("");
            if !segment.chars().eq(segment.nfc()) {
                return Some(start);
            }
            start = i;
        }
    }
    Some(0)
}
