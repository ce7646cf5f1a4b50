//! Draws a laid-out notice as one PNG image, 1080 px wide and as tall as the notice: the
//! glyph outlines of the same shaping filled with tiny-skia.

use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

use super::PrintError;
use super::layout::{Medium, Page};
use super::shape;

/// 1080 px wide (a phone's full-HD width), 60 px margins, 34 px body text: about 13 CSS px
/// on a phone showing the image across its width, as WhatsApp does.
pub const PHONE: Medium = Medium {
    width: 1080.0,
    height: None,
    margin: 60.0,
    size: 34.0,
};

/// The tallest image made; a longer notice is an error that suggests the PDF.
pub const MAX_HEIGHT: u32 = 16_000;

/// Builds a tiny-skia path from a glyph outline in font units (y up).
struct Outline(PathBuilder);

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

/// The raster of `page` (one page of unbounded height) as RGBA pixels.
pub fn draw(page: &Page) -> Result<Pixmap, PrintError> {
    let width = PHONE.width as u32;
    let height = page.bottom.ceil().max(1.0) as u32;
    if height > MAX_HEIGHT {
        return Err(PrintError::ImageTooTall {
            height,
            max: MAX_HEIGHT,
        });
    }
    let mut pixmap = Pixmap::new(width, height)
        .ok_or_else(|| PrintError::Png(format!("cannot make a {width}×{height} image")))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let mut ink = Paint::default();
    ink.set_color_rgba8(17, 17, 17, 255);
    ink.anti_alias = true;
    for rule in &page.rules {
        if let Some(rect) = Rect::from_ltrb(
            rule.x0,
            rule.y - rule.width / 2.0,
            rule.x1,
            rule.y + rule.width / 2.0,
        ) {
            pixmap.fill_rect(rect, &ink, Transform::identity(), None);
        }
    }
    for line in &page.lines {
        let mut x = line.x;
        for run in &line.runs {
            let face = shape::face(run.font)?;
            let scale = line.size / shape::units_per_em(run.font)?;
            for g in &run.glyphs {
                let mut outline = Outline(PathBuilder::new());
                if face
                    .outline_glyph(ttf_parser::GlyphId(g.id), &mut outline)
                    .is_some()
                    && let Some(path) = outline.0.finish()
                {
                    let gx = x + g.x_offset as f32 * scale;
                    let gy = line.y - g.y_offset as f32 * scale;
                    let transform = Transform::from_row(scale, 0.0, 0.0, -scale, gx, gy);
                    pixmap.fill_path(&path, &ink, FillRule::Winding, transform, None);
                }
                x += g.x_advance as f32 * scale;
            }
        }
    }
    Ok(pixmap)
}

/// The PNG file of `page`.
pub fn write(page: &Page) -> Result<Vec<u8>, PrintError> {
    draw(page)?
        .encode_png()
        .map_err(|e| PrintError::Png(e.to_string()))
}
