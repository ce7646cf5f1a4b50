//! What can go wrong between a notice's print markup and a PDF or PNG file.

use crate::error::RenderError;

/// A print rendering that failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PrintError {
    /// The notice could not be rendered to its print markup.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// A character no embedded font draws: printing it would show an empty box.
    #[error(
        "the character {ch:?} (U+{code:04X}) is in none of the embedded fonts (Noto Sans Devanagari, Noto Sans), in: {context}"
    )]
    MissingCharacter {
        /// The character.
        ch: char,
        /// Its code point.
        code: u32,
        /// The text around it, to find it in the data.
        context: String,
    },
    /// A line of the print markup starts with `@` and a name the layout does not know.
    #[error(
        "print template line {line}: unknown markup `@{tag}`; write one of @section, @org, @office, @meta, @heading, @title, @p, @li, @n, @sign, @rule"
    )]
    UnknownMarkup {
        /// The line of the rendered markup (1-based).
        line: usize,
        /// The name after `@`.
        tag: String,
    },
    /// The notice is too long for one image.
    #[error(
        "the notice is {height} px tall as an image, more than {max} px: render it as --format pdf"
    )]
    ImageTooTall {
        /// The height it would take.
        height: u32,
        /// The most allowed.
        max: u32,
    },
    /// The PDF writer failed.
    #[error("PDF: {0}")]
    Pdf(String),
    /// The image could not be made or encoded.
    #[error("PNG: {0}")]
    Png(String),
}
