//! Writes a laid-out notice as a PDF (krilla): A4 pages, the glyphs of each line with their
//! text (so the text can be searched and copied), the fonts embedded and subset, and every
//! line tagged with its section's language.

use std::num::NonZeroU16;
use std::ops::Range;
use std::sync::OnceLock;

use krilla::Document;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::tagging::{ArtifactType, ContentTag, Node, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::PrintError;
use super::layout::{Medium, Page};
use super::markup::Role;
use super::shape::{self, FONT_FILES, FontId, Weight};

/// A4 in points, 18 mm margins, 11.5 pt body text.
pub const A4: Medium = Medium {
    width: 595.28,
    height: Some(841.89),
    margin: 51.0,
    size: 11.5,
};

/// The krilla fonts, made once: building one hashes the whole file.
fn fonts() -> &'static [Option<Font>; 4] {
    static FONTS: OnceLock<[Option<Font>; 4]> = OnceLock::new();
    FONTS.get_or_init(|| {
        let ids = [
            (true, Weight::Regular),
            (true, Weight::Bold),
            (false, Weight::Regular),
            (false, Weight::Bold),
        ];
        ids.map(|(devanagari, weight)| {
            let data = shape::font_data(FontId { devanagari, weight });
            Font::new(data.into(), 0)
        })
    })
}

fn font(id: FontId) -> Result<Font, PrintError> {
    fonts()[id.index()]
        .clone()
        .ok_or_else(|| PrintError::Pdf(format!("cannot read {}", FONT_FILES[id.index()])))
}

/// The PDF of `pages`; `lang` is the document's language (the first section's), `title` its
/// title.
pub fn write(pages: &[Page], lang: &str, title: &str) -> Result<Vec<u8>, PrintError> {
    let mut document = Document::new();
    let mut tree = TagTree::new().with_lang(Some(lang.to_string()));
    // One group per section (language), one per block inside it.
    let mut sections: Vec<(String, TagGroup)> = Vec::new();
    let mut current_block: Option<(usize, TagGroup)> = None;
    for page in pages {
        let settings = PageSettings::from_wh(A4.width, A4.height.unwrap_or(A4.width))
            .ok_or_else(|| PrintError::Pdf("bad page size".into()))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for rule in &page.rules {
            surface.start_tagged(ContentTag::Artifact(ArtifactType::Other));
            let mut pb = PathBuilder::new();
            let h = rule.width / 2.0;
            pb.move_to(rule.x0, rule.y - h);
            pb.line_to(rule.x1, rule.y - h);
            pb.line_to(rule.x1, rule.y + h);
            pb.line_to(rule.x0, rule.y + h);
            pb.close();
            if let Some(path) = pb.finish() {
                surface.draw_path(&path);
            }
            surface.end_tagged();
        }
        for line in &page.lines {
            let id = surface.start_tagged(ContentTag::Span(
                SpanTag::empty().with_lang(Some(line.lang.as_str())),
            ));
            let mut x = line.x;
            for run in &line.runs {
                let upem = shape::units_per_em(run.font)?;
                let text = &line.text[run.range.clone()];
                let glyphs: Vec<KrillaGlyph> = run
                    .glyphs
                    .iter()
                    .enumerate()
                    .map(|(k, g)| {
                        KrillaGlyph::new(
                            GlyphId::new(u32::from(g.id)),
                            g.x_advance as f32 / upem,
                            g.x_offset as f32 / upem,
                            -g.y_offset as f32 / upem,
                            0.0,
                            word_range(text, &run.glyphs, k),
                            None,
                        )
                    })
                    .collect();
                surface.draw_glyphs(
                    Point::from_xy(x, line.y),
                    &glyphs,
                    font(run.font)?,
                    text,
                    line.size,
                    false,
                );
                x += run.advance() as f32 * line.size / upem;
            }
            surface.end_tagged();
            // Group the line under its block, and the block under its section.
            match &mut current_block {
                Some((b, group)) if *b == line.block => group.push(id),
                _ => {
                    if let Some((_, group)) = current_block.take() {
                        push_block(&mut sections, group, lang);
                    }
                    let mut group = TagGroup::new(block_tag(line.role, &line.lang));
                    group.push(id);
                    current_block = Some((line.block, group));
                    if sections.last().is_none_or(|(l, _)| *l != line.lang) {
                        let section = Tag::Section.with_lang(Some(line.lang.clone()));
                        sections.push((line.lang.clone(), TagGroup::new(section)));
                    }
                }
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    if let Some((_, group)) = current_block.take() {
        push_block(&mut sections, group, lang);
    }
    for (_, section) in sections {
        tree.push(section);
    }
    document.set_tag_tree(tree);
    document.set_metadata(
        Metadata::new()
            .language(lang.to_string())
            .title(title.to_string())
            .creator("suchana".to_string()),
    );
    document
        .finish()
        .map_err(|e| PrintError::Pdf(format!("{e:?}")))
}

/// The text of glyph `k` of `glyphs` for the PDF: the whole word it belongs to (its cluster
/// for a space). A word's glyphs then carry its text together, and a text extractor puts no
/// space inside a word where a vowel sign is placed back over its consonant (ठे, के, कृ),
/// which it would if each cluster carried its own.
fn word_range(text: &str, glyphs: &[shape::Glyph], k: usize) -> Range<usize> {
    let start = (glyphs[k].cluster as usize).min(text.len());
    // A cluster ends where the next cluster begins.
    let end = glyphs[k + 1..]
        .iter()
        .map(|n| n.cluster as usize)
        .find(|&c| c != start)
        .unwrap_or(text.len())
        .clamp(start, text.len());
    let cluster = &text[start..end];
    if cluster.is_empty() || cluster.chars().all(char::is_whitespace) {
        return start..end;
    }
    let word_start = text[..start].rfind(char::is_whitespace).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word_end = text[end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| end + i);
    word_start..word_end
}

fn push_block(sections: &mut Vec<(String, TagGroup)>, group: TagGroup, lang: &str) {
    if sections.is_empty() {
        let section = Tag::Section.with_lang(Some(lang.to_string()));
        sections.push((lang.to_string(), TagGroup::new(section)));
    }
    if let Some((_, section)) = sections.last_mut() {
        section.push(Node::from(group));
    }
}

fn block_tag(role: Role, lang: &str) -> krilla::tagging::TagKind {
    let lang = Some(lang.to_string());
    match role {
        Role::Title | Role::Org => Tag::Hn(NonZeroU16::MIN, None).with_lang(lang).into(),
        Role::Heading => Tag::Hn(NonZeroU16::MIN.saturating_add(1), None)
            .with_lang(lang)
            .into(),
        Role::Item => Tag::LI.with_lang(lang).into(),
        _ => Tag::P.with_lang(lang).into(),
    }
}
