//! The print markup a kind's `<kind>.print.tera` renders: one block per line, `@name text`.
//!
//! ```text
//! @section mr          a language's part begins (page.print.tera writes it); tags what follows
//! @org महावितरण          letterhead: the organisation, large and bold, centred
//! @office …            letterhead: the office, centred
//! @meta …              reference or date; consecutive @meta lines share one row (left, right)
//! @rule                a horizontal line
//! @heading …           a centred bold heading (e.g. "सूचना")
//! @title …             the notice's title, centred, bold and larger
//! @p …                 a paragraph
//! @li …                a list item with a bullet
//! @n …                 a numbered list item (its number is in its text), indented
//! @sign …              a line of the signature block, set on the right
//! ```
//! A line without `@` continues the block before it (a value holding a line break); blank
//! lines are ignored.

use super::PrintError;

/// What a block is, which decides its type and place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The organisation in the letterhead.
    Org,
    /// The office in the letterhead.
    Office,
    /// Reference or date.
    Meta,
    /// A horizontal line (no text).
    Rule,
    /// A heading above the title.
    Heading,
    /// The notice's title.
    Title,
    /// A paragraph.
    Paragraph,
    /// A list item.
    Item,
    /// A numbered list item.
    Numbered,
    /// A signature line.
    Sign,
}

impl Role {
    fn from_tag(tag: &str) -> Option<Role> {
        Some(match tag {
            "org" => Role::Org,
            "office" => Role::Office,
            "meta" => Role::Meta,
            "rule" => Role::Rule,
            "heading" => Role::Heading,
            "title" => Role::Title,
            "p" => Role::Paragraph,
            "li" => Role::Item,
            "n" => Role::Numbered,
            "sign" => Role::Sign,
            _ => return None,
        })
    }
}

/// One block of text in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub role: Role,
    /// Its text, NFC, spaces folded.
    pub text: String,
    /// The language tag of its section (`mr`, `hi`, `en`; empty before any `@section`).
    pub lang: String,
    /// Whether it opens a section after the first.
    pub new_section: bool,
}

/// The blocks of a print markup, in order.
pub fn parse(markup: &str) -> Result<Vec<Block>, PrintError> {
    use unicode_normalization::UnicodeNormalization;
    let mut blocks: Vec<Block> = Vec::new();
    let mut lang = String::new();
    let mut sections = 0;
    let mut opens_section = false;
    for (i, line) in markup.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(tagged) = line.strip_prefix('@') else {
            // A value with a line break: it continues the block above.
            if let Some(last) = blocks.last_mut().filter(|b| b.role != Role::Rule) {
                last.text.push(' ');
                last.text.extend(line.nfc());
            } else {
                blocks.push(block(Role::Paragraph, line, &lang, &mut opens_section));
            }
            continue;
        };
        let (tag, text) = tagged.split_once(' ').unwrap_or((tagged, ""));
        if tag == "section" {
            lang = text.trim().to_string();
            sections += 1;
            opens_section = sections > 1;
            continue;
        }
        let role = Role::from_tag(tag).ok_or_else(|| PrintError::UnknownMarkup {
            line: i + 1,
            tag: tag.to_string(),
        })?;
        if text.trim().is_empty() && role != Role::Rule {
            continue;
        }
        blocks.push(block(role, text, &lang, &mut opens_section));
    }
    for b in &mut blocks {
        b.text = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    Ok(blocks)
}

fn block(role: Role, text: &str, lang: &str, opens_section: &mut bool) -> Block {
    use unicode_normalization::UnicodeNormalization;
    Block {
        role,
        text: text.trim().nfc().collect(),
        lang: lang.to_string(),
        new_section: std::mem::take(opens_section),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_blocks_in_their_section() {
        let blocks = parse("@section mr\n@org अ\n@p एक\nदोन\n\n@section hi\n@title ब\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<_> = blocks
            .iter()
            .map(|b| (b.role, b.text.as_str(), b.lang.as_str(), b.new_section))
            .collect();
        assert_eq!(
            got,
            [
                (Role::Org, "अ", "mr", false),
                (Role::Paragraph, "एक दोन", "mr", false),
                (Role::Title, "ब", "hi", true),
            ]
        );
    }

    #[test]
    fn an_unknown_tag_is_an_error_naming_it() {
        let err = parse("@p a\n@box b").err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("line 2") && e.contains("`@box`")));
    }
}
