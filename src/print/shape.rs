//! The embedded fonts, which of them draws each character, and shaping (rustybuzz, HarfBuzz's
//! algorithm in Rust): text in, glyph ids and advances out, in font units.

use std::ops::Range;
use std::sync::OnceLock;

use super::PrintError;

/// A weight of the embedded fonts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Letterhead, headings, the title.
    Bold,
}

/// One of the four embedded fonts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FontId {
    /// Noto Sans Devanagari (`true`) or Noto Sans, for Latin (`false`).
    pub devanagari: bool,
    /// Its weight.
    pub weight: Weight,
}

impl FontId {
    /// Its index in [`FONT_FILES`].
    pub fn index(self) -> usize {
        usize::from(!self.devanagari) * 2 + usize::from(self.weight == Weight::Bold)
    }
}

/// The embedded fonts' files (in `fonts/`, OFL: `fonts/OFL.txt`), by [`FontId::index`].
pub const FONT_FILES: [&str; 4] = [
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
];

const FONT_DATA: [&[u8]; 4] = [
    include_bytes!("../../fonts/NotoSansDevanagari-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansDevanagari-Bold.ttf"),
    include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../fonts/NotoSans-Bold.ttf"),
];

/// The bytes of an embedded font.
pub fn font_data(font: FontId) -> &'static [u8] {
    FONT_DATA[font.index()]
}

/// The parsed faces, made on first use.
fn faces() -> &'static [Option<rustybuzz::Face<'static>>; 4] {
    static FACES: OnceLock<[Option<rustybuzz::Face<'static>>; 4]> = OnceLock::new();
    FACES.get_or_init(|| FONT_DATA.map(|data| rustybuzz::Face::from_slice(data, 0)))
}

/// The face of `font`; an error only if an embedded font failed to parse (never, tested).
pub(super) fn face(font: FontId) -> Result<&'static rustybuzz::Face<'static>, PrintError> {
    faces()[font.index()]
        .as_ref()
        .ok_or_else(|| PrintError::Pdf(format!("cannot read {}", FONT_FILES[font.index()])))
}

/// Units per em of `font`.
pub fn units_per_em(font: FontId) -> Result<f32, PrintError> {
    Ok(f32::from(face(font)?.units_per_em() as u16))
}

/// One glyph as the shaper placed it, in font units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Glyph {
    /// The glyph id in its font.
    pub id: u16,
    /// The byte offset, in the run's text, of the cluster it belongs to.
    pub cluster: u32,
    /// How far it moves the pen.
    pub x_advance: i32,
    /// Its horizontal shift from the pen.
    pub x_offset: i32,
    /// Its vertical shift (up).
    pub y_offset: i32,
}

/// A stretch of text in one font, shaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// The font that draws it.
    pub font: FontId,
    /// Where it is in the text given to [`shape`].
    pub range: Range<usize>,
    /// Its glyphs, in visual order (left to right).
    pub glyphs: Vec<Glyph>,
}

impl Run {
    /// Its width in font units.
    pub fn advance(&self) -> i32 {
        self.glyphs.iter().map(|g| g.x_advance).sum()
    }
}

fn is_devanagari(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}')
}

/// Characters the shaper handles without a glyph of their own (joiners, marks of direction).
fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

fn covers(font: FontId, c: char) -> bool {
    faces()[font.index()]
        .as_ref()
        .is_some_and(|f| f.glyph_index(c).is_some())
}

/// Which font draws each character of `text`: Devanagari in Noto Sans Devanagari, letters of
/// other scripts in Noto Sans, and the neutral characters (spaces, digits, punctuation,
/// joiners) in the font of the letters around them, so that runs stay long.
fn assign(text: &str, weight: Weight) -> Result<Vec<(usize, FontId)>, PrintError> {
    let deva = FontId {
        devanagari: true,
        weight,
    };
    let latin = FontId {
        devanagari: false,
        weight,
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut fonts: Vec<Option<FontId>> = chars
        .iter()
        .map(|&(_, c)| {
            if is_devanagari(c) {
                Some(deva)
            } else if c.is_alphabetic() {
                Some(if covers(latin, c) { latin } else { deva })
            } else {
                None
            }
        })
        .collect();
    // Neutral characters take the font before them, or after them at the start.
    let first = fonts.iter().flatten().next().copied().unwrap_or(latin);
    let mut current = first;
    for f in &mut fonts {
        match f {
            Some(font) => current = *font,
            None => *f = Some(current),
        }
    }
    let mut out = Vec::with_capacity(chars.len());
    for (i, &(at, c)) in chars.iter().enumerate() {
        let wanted = fonts[i].unwrap_or(first);
        let font = if is_ignorable(c) || covers(wanted, c) {
            wanted
        } else if covers(deva, c) {
            deva
        } else if covers(latin, c) {
            latin
        } else {
            return Err(missing(text, at, c));
        };
        out.push((at, font));
    }
    Ok(out)
}

fn missing(text: &str, at: usize, c: char) -> PrintError {
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(15)
        .map_or(0, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .nth(16)
        .map_or(text.len(), |(i, _)| at + i);
    PrintError::MissingCharacter {
        ch: c,
        code: u32::from(c),
        context: text[start..end].to_string(),
    }
}

/// The OpenType language of a section's language tag (`mr` → Marathi forms, `hi` → Hindi).
fn language(lang: &str) -> Option<rustybuzz::Language> {
    lang.parse().ok().filter(|_| !lang.is_empty())
}

/// Shapes `text` (one line, left to right) in `weight` for the language `lang` (a BCP 47 tag
/// such as `mr`; Marathi and Hindi differ in a few letter forms): the runs of each font, with
/// glyph ids and advances as HarfBuzz gives them. An error names a character no font has.
pub fn shape(text: &str, weight: Weight, lang: &str) -> Result<Vec<Run>, PrintError> {
    let assigned = assign(text, weight)?;
    let mut runs = Vec::new();
    let mut i = 0;
    while i < assigned.len() {
        let (start, font) = assigned[i];
        let mut j = i + 1;
        while j < assigned.len() && assigned[j].1 == font {
            j += 1;
        }
        let end = assigned.get(j).map_or(text.len(), |&(at, _)| at);
        runs.push(shape_run(&text[start..end], start..end, font, lang)?);
        i = j;
    }
    Ok(runs)
}

/// Shapes `text` in one font as hb-shape does: script and direction guessed from the text.
pub fn shape_run(
    text: &str,
    range: Range<usize>,
    font: FontId,
    lang: &str,
) -> Result<Run, PrintError> {
    let face = face(font)?;
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    if let Some(language) = language(lang) {
        buffer.set_language(language);
    }
    let shaped = rustybuzz::shape(face, &[], buffer);
    let glyphs = shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| Glyph {
            id: u16::try_from(info.glyph_id).unwrap_or(0),
            cluster: info.cluster,
            x_advance: pos.x_advance,
            x_offset: pos.x_offset,
            y_offset: pos.y_offset,
        })
        .collect();
    Ok(Run {
        font,
        range,
        glyphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_font_parses() {
        assert!(faces().iter().all(Option::is_some));
    }

    #[test]
    fn devanagari_and_latin_go_to_their_fonts_and_neutrals_follow() {
        let runs =
            shape("वीज 10 बंद. Power off", Weight::Regular, "mr").unwrap_or_else(|e| panic!("{e}"));
        let fonts: Vec<_> = runs
            .iter()
            .map(|r| (r.font.devanagari, r.range.clone()))
            .collect();
        let split = "वीज 10 बंद. ".len();
        assert_eq!(
            fonts,
            [
                (true, 0..split),
                (false, split.."वीज 10 बंद. Power off".len())
            ]
        );
    }

    #[test]
    fn a_character_of_no_font_is_an_error_naming_it() {
        let err = shape("वीज 😀 बंद", Weight::Regular, "mr")
            .err()
            .map(|e| e.to_string());
        assert!(
            err.as_ref().is_some_and(|e| e.contains("U+1F600")),
            "{err:?}"
        );
    }
}
