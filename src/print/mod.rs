//! Print formats: a notice as a PDF (A4 pages) or a PNG image (for WhatsApp), drawn from its
//! print markup with the embedded Noto fonts, shaped as HarfBuzz shapes them.
//!
//! A kind's `templates/<kind>.print.tera` renders the print markup ([`markup`]);
//! `page.print.tera` puts one section per language in it. The layout ([`layout`]) shapes
//! ([`shape`]) and breaks the lines and fills pages, which [`pdf`] writes with krilla and
//! [`png`] rasterizes with tiny-skia.
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use suchana::{Engine, Format, Lang};
//! let engine = Engine::new()?;
//! let langs: Vec<Lang> = ["mr-IN", "hi-IN"].into_iter().filter_map(Lang::from_tag).collect();
//! let src = std::fs::read_to_string("examples/outage.yaml")?;
//! for notice in engine.parse_str(&src, "outage.yaml").into_iter().flatten() {
//!     let pdf = engine.render_file(&notice, &langs, Format::Pdf)?;
//!     std::fs::write(format!("{}.pdf", notice.id), pdf)?;
//! }
//! # Ok(())
//! # }
//! ```

mod error;
pub mod layout;
pub mod markup;
pub mod pdf;
pub mod png;
pub mod shape;

pub use error::PrintError;

use crate::lang::Lang;
use crate::notice::Notice;
use crate::render::{Engine, Format};

/// The file of `markup` (a rendered print page) as `format`: a PDF, or a PNG; for any other
/// format the markup itself.
pub fn render_markup(markup: &str, format: Format) -> Result<Vec<u8>, PrintError> {
    let blocks = markup::parse(markup)?;
    match format {
        Format::Png => {
            let pages = layout::lay_out(&blocks, &png::PHONE)?;
            let page = pages.first().cloned().unwrap_or_default();
            png::write(&page)
        }
        Format::Pdf => {
            let pages = layout::lay_out(&blocks, &pdf::A4)?;
            let lang = blocks.first().map_or("", |b| b.lang.as_str());
            let title = blocks
                .iter()
                .find(|b| b.role == markup::Role::Title)
                .map_or("", |b| b.text.as_str());
            pdf::write(&pages, lang, title)
        }
        _ => Ok(markup.as_bytes().to_vec()),
    }
}

impl Engine {
    /// Renders `notice` in `langs` (in that order, one section each) as the file of `format`:
    /// a PDF or PNG for [`Format::Pdf`] and [`Format::Png`], the text for the others.
    pub fn render_file(
        &self,
        notice: &Notice,
        langs: &[Lang],
        format: Format,
    ) -> Result<Vec<u8>, PrintError> {
        let rendering = self.render_notice(notice, langs, format)?;
        if format.is_binary() {
            render_markup(&rendering.text, format)
        } else {
            Ok(rendering.text.into_bytes())
        }
    }
}
