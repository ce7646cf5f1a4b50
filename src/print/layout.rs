//! Lays the blocks of a notice out on pages: sizes by role, line breaks at the opportunities
//! of UAX #14 (ICU4X), measured with the shaped advances, and pages of a fixed height (PDF)
//! or one page as tall as the notice (PNG).

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;

use super::PrintError;
use super::markup::{Block, Role};
use super::shape::{self, Run, Weight};

/// The measures of a medium, in its units (points for the PDF, pixels for the PNG).
#[derive(Clone, Copy, Debug)]
pub struct Medium {
    /// The page's width.
    pub width: f32,
    /// The page's height; `None`: one page as tall as the notice.
    pub height: Option<f32>,
    /// The margin on every side.
    pub margin: f32,
    /// The body text's size; the other sizes are multiples of it.
    pub size: f32,
}

/// A line of text placed on a page.
#[derive(Clone, Debug)]
pub struct Line {
    /// Its text.
    pub text: String,
    /// Its runs, shaped; their ranges index `text`.
    pub runs: Vec<Run>,
    /// Where its baseline starts.
    pub x: f32,
    /// Its baseline, from the top of the page.
    pub y: f32,
    /// The type size.
    pub size: f32,
    /// Its language tag.
    pub lang: String,
    /// The role of the block it belongs to.
    pub role: Role,
    /// Which block (index in the blocks) it belongs to.
    pub block: usize,
}

/// A horizontal line: from `x0` to `x1` at `y`, `width` thick.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Left end.
    pub x0: f32,
    /// Right end.
    pub x1: f32,
    /// Height of its middle from the top.
    pub y: f32,
    /// Thickness.
    pub width: f32,
}

/// One page of the layout.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// Its lines of text.
    pub lines: Vec<Line>,
    /// Its rules.
    pub rules: Vec<Rule>,
    /// How far down it is filled (for a page of unbounded height: its height).
    pub bottom: f32,
}

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Center,
    Right,
}

/// How a role is set: size (times the body size), weight, alignment, space above.
fn style(role: Role) -> (f32, Weight, Align, f32) {
    match role {
        Role::Org => (1.45, Weight::Bold, Align::Center, 0.0),
        Role::Office => (1.1, Weight::Regular, Align::Center, 0.1),
        Role::Meta => (0.92, Weight::Regular, Align::Left, 0.5),
        Role::Rule => (1.0, Weight::Regular, Align::Left, 0.4),
        Role::Heading => (1.2, Weight::Bold, Align::Center, 0.9),
        Role::Title => (1.3, Weight::Bold, Align::Center, 0.6),
        Role::Paragraph => (1.0, Weight::Regular, Align::Left, 0.6),
        Role::Item | Role::Numbered => (1.0, Weight::Regular, Align::Left, 0.25),
        Role::Sign => (1.0, Weight::Regular, Align::Right, 0.1),
    }
}

/// Line height as a multiple of the type size: Devanagari's matras above and below need room.
const LEADING: f32 = 1.55;

struct Layout<'m> {
    medium: &'m Medium,
    pages: Vec<Page>,
    y: f32,
}

impl Layout<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Room for `height` more, on a new page when this one is full.
    fn make_room(&mut self, height: f32) {
        let Some(page_height) = self.medium.height else {
            return;
        };
        if self.y + height > page_height - self.medium.margin && self.y > self.medium.margin {
            let y = self.y;
            self.page().bottom = y;
            self.pages.push(Page::default());
            self.y = self.medium.margin;
        }
    }

    fn right(&self) -> f32 {
        self.medium.width - self.medium.margin
    }
}

/// The width of shaped runs at `size`, in the medium's units.
fn width(runs: &[Run], size: f32) -> Result<f32, PrintError> {
    let mut w = 0.0;
    for run in runs {
        w += run.advance() as f32 * size / shape::units_per_em(run.font)?;
    }
    Ok(w)
}

/// Lays `blocks` out on `medium`.
pub fn lay_out(blocks: &[Block], medium: &Medium) -> Result<Vec<Page>, PrintError> {
    let mut l = Layout {
        medium,
        pages: vec![Page::default()],
        y: medium.margin,
    };
    let content = medium.width - 2.0 * medium.margin;
    let mut i = 0;
    while i < blocks.len() {
        let block = &blocks[i];
        let (scale, weight, align, above) = style(block.role);
        let size = medium.size * scale;
        if block.new_section {
            // A rule between the languages, with room around it.
            l.y += medium.size * 1.2;
            l.make_room(medium.size * 6.0);
            let (x0, x1, y) = (medium.margin, l.right(), l.y);
            l.page().rules.push(Rule {
                x0,
                x1,
                y,
                width: medium.size * 0.12,
            });
            l.y += medium.size * 1.2;
        }
        if i > 0 && !block.new_section {
            l.y += above * medium.size;
        }
        match block.role {
            Role::Rule => {
                l.y += medium.size * 0.3;
                l.make_room(medium.size);
                let (x0, x1, y) = (medium.margin, l.right(), l.y);
                l.page().rules.push(Rule {
                    x0,
                    x1,
                    y,
                    width: medium.size * 0.06,
                });
                l.y += medium.size * 0.3;
                i += 1;
            }
            Role::Meta => {
                // Consecutive meta lines: first on the left, the last on the right.
                let mut j = i + 1;
                while j < blocks.len() && blocks[j].role == Role::Meta && !blocks[j].new_section {
                    j += 1;
                }
                if j - i == 2 {
                    let a = shape::shape(&blocks[i].text, weight, &blocks[i].lang)?;
                    let b = shape::shape(&blocks[i + 1].text, weight, &blocks[i + 1].lang)?;
                    let (wa, wb) = (width(&a, size)?, width(&b, size)?);
                    if wa + wb + size * 2.0 <= content {
                        l.make_room(size * LEADING);
                        let y = l.y + size * 1.1;
                        let x_right = l.right() - wb;
                        for (k, runs, x) in [(i, a, medium.margin), (i + 1, b, x_right)] {
                            let line = placed(&blocks[k], k, runs, x, y, size);
                            l.page().lines.push(line);
                        }
                        l.y += size * LEADING;
                        i = j;
                        continue;
                    }
                }
                for (k, b) in blocks.iter().enumerate().take(j).skip(i) {
                    paragraph(&mut l, b, k, size, weight, Align::Left, 0.0)?;
                }
                i = j;
            }
            Role::Item | Role::Numbered => {
                paragraph(&mut l, block, i, size, weight, align, size * 1.4)?;
                i += 1;
            }
            Role::Sign => {
                // The signature block: its lines centred on one another, at the right.
                let mut j = i;
                let mut widest: f32 = 0.0;
                while j < blocks.len()
                    && blocks[j].role == Role::Sign
                    && (j == i || !blocks[j].new_section)
                {
                    let runs = shape::shape(&blocks[j].text, weight, &blocks[j].lang)?;
                    widest = widest.max(width(&runs, size)?);
                    j += 1;
                }
                if widest > content * 0.7 {
                    for (k, b) in blocks.iter().enumerate().take(j).skip(i) {
                        paragraph(&mut l, b, k, size, weight, Align::Right, 0.0)?;
                    }
                } else {
                    l.y += size * 1.2;
                    let center = l.right() - widest / 2.0;
                    for (k, b) in blocks.iter().enumerate().take(j).skip(i) {
                        let runs = shape::shape(&b.text, weight, &b.lang)?;
                        let w = width(&runs, size)?;
                        l.make_room(size * LEADING);
                        let y = l.y + size * 1.1;
                        let line = placed(b, k, runs, center - w / 2.0, y, size);
                        l.page().lines.push(line);
                        l.y += size * LEADING;
                    }
                }
                i = j;
            }
            _ => {
                paragraph(&mut l, block, i, size, weight, align, 0.0)?;
                i += 1;
            }
        }
    }
    let y = l.y + medium.margin;
    l.page().bottom = y;
    Ok(l.pages)
}

fn placed(block: &Block, index: usize, runs: Vec<Run>, x: f32, y: f32, size: f32) -> Line {
    Line {
        text: block.text.clone(),
        runs,
        x,
        y,
        size,
        lang: block.lang.clone(),
        role: block.role,
        block: index,
    }
}

/// Sets `block` in lines no wider than the content, `indent` from the left (a list item's
/// bullet goes in the indent).
fn paragraph(
    l: &mut Layout<'_>,
    block: &Block,
    index: usize,
    size: f32,
    weight: Weight,
    align: Align,
    indent: f32,
) -> Result<(), PrintError> {
    let medium = l.medium;
    let left = medium.margin + indent;
    let available = medium.width - medium.margin - left;
    let lines = break_lines(&block.text, weight, &block.lang, size, available)?;
    for (n, text) in lines.into_iter().enumerate() {
        let runs = shape::shape(&text, weight, &block.lang)?;
        let w = width(&runs, size)?;
        let x = match align {
            Align::Left => left,
            Align::Center => left + (available - w).max(0.0) / 2.0,
            Align::Right => left + (available - w).max(0.0),
        };
        l.make_room(size * LEADING);
        let y = l.y + size * 1.1;
        if n == 0 && block.role == Role::Item {
            let bullet = shape::shape("•", weight, &block.lang)?;
            let line = Line {
                text: "•".to_string(),
                runs: bullet,
                x: left - indent * 0.7,
                y,
                size,
                lang: block.lang.clone(),
                role: block.role,
                block: index,
            };
            l.page().lines.push(line);
        }
        let line = Line {
            text,
            runs,
            x,
            y,
            size,
            lang: block.lang.clone(),
            role: block.role,
            block: index,
        };
        l.page().lines.push(line);
        l.y += size * LEADING;
    }
    Ok(())
}

/// `text` broken into lines no wider than `available` (greedy, at UAX #14 opportunities; a
/// word wider than a line is broken between its clusters).
fn break_lines(
    text: &str,
    weight: Weight,
    lang: &str,
    size: f32,
    available: f32,
) -> Result<Vec<String>, PrintError> {
    let segmenter = LineSegmenter::new_for_non_complex_scripts(LineBreakOptions::default());
    let breaks: Vec<usize> = segmenter.segment_str(text).collect();
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    for pair in breaks.windows(2) {
        let segment = &text[pair[0]..pair[1]];
        let trimmed = segment.trim_end();
        let w_trimmed = width(&shape::shape(trimmed, weight, lang)?, size)?;
        let w_full = if trimmed.len() == segment.len() {
            w_trimmed
        } else {
            width(&shape::shape(segment, weight, lang)?, size)?
        };
        if !line.is_empty() && line_width + w_trimmed > available {
            lines.push(line.trim_end().to_string());
            line.clear();
            line_width = 0.0;
        }
        if line.is_empty() && w_trimmed > available {
            // A word longer than the line: break it between clusters.
            let mut pieces = split_word(trimmed, weight, lang, size, available)?;
            let last = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
            line_width = width(&shape::shape(&last, weight, lang)?, size)?;
            line = last;
            line.push_str(&segment[trimmed.len()..]);
            continue;
        }
        line.push_str(segment);
        line_width += w_full;
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    Ok(lines)
}

/// A word wider than `available` in pieces that fit, broken where a glyph cluster begins.
fn split_word(
    word: &str,
    weight: Weight,
    lang: &str,
    size: f32,
    available: f32,
) -> Result<Vec<String>, PrintError> {
    let runs = shape::shape(word, weight, lang)?;
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut w = 0.0;
    for run in &runs {
        let upem = shape::units_per_em(run.font)?;
        for g in &run.glyphs {
            let at = run.range.start + g.cluster as usize;
            let advance = g.x_advance as f32 * size / upem;
            if w + advance > available && at > start && word.is_char_boundary(at) {
                pieces.push(word[start..at].to_string());
                start = at;
                w = 0.0;
            }
            w += advance;
        }
    }
    pieces.push(word[start..].to_string());
    Ok(pieces)
}
