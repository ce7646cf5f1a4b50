//! Diagnostics printed like a compiler's: `FILE:LINE:COL: severity[code]: message`, then the
//! help, through codespan-reporting. A document of a stream is shown with its own lines
//! numbered as in the whole file, so the stream never has to be kept in memory.

use std::io::{self, IsTerminal};
use std::ops::Range;
use std::sync::OnceLock;

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity};
use codespan_reporting::files::{self, Files, SimpleFile};
use codespan_reporting::term::termcolor::ColorChoice;
use codespan_reporting::term::{self, Config, DisplayStyle};
use suchana::{DataError, Position};

use super::args::ColorArg;

/// The `--color` of this run (auto when never set).
static COLOR: OnceLock<ColorArg> = OnceLock::new();

/// Sets `--color` for every diagnostic of the run (the first call wins).
pub fn set_color(color: ColorArg) {
    let _ = COLOR.set(color);
}

/// Whether diagnostics are coloured: `--color always` or `never` as said; `auto` colours a
/// terminal unless `NO_COLOR` is set to anything but the empty string (no-color.org) or
/// `TERM` is `dumb`.
fn color_choice() -> ColorChoice {
    match COLOR.get().copied().unwrap_or(ColorArg::Auto) {
        ColorArg::Always => ColorChoice::AlwaysAnsi,
        ColorArg::Never => ColorChoice::Never,
        ColorArg::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
            // Decided here, so termcolor's own look at the environment (which treats an
            // empty NO_COLOR as set) does not decide again.
            if io::stderr().is_terminal() && !no_color && !dumb {
                ColorChoice::Always
            } else {
                ColorChoice::Never
            }
        }
    }
}

/// One problem to print.
pub struct Diag {
    pub file: String,
    /// For a sheet: the cell (or row) and its column's header, `Sheet1!D7 (start)`, which
    /// stands for the position.
    pub place: Option<String>,
    pub position: Option<Position>,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub help: Option<String>,
}

impl From<&DataError> for Diag {
    fn from(err: &DataError) -> Diag {
        Diag {
            file: err.file.to_string(),
            place: None,
            position: err.position,
            severity: Severity::Error,
            code: err.code(),
            message: err.message.clone(),
            help: err.help.clone(),
        }
    }
}

impl From<&suchana::sheet::SheetError> for Diag {
    fn from(err: &suchana::sheet::SheetError) -> Diag {
        Diag {
            place: Some(err.place()),
            position: None,
            ..Diag::from(&err.error)
        }
    }
}

/// The text a diagnostic points into: a document and how many lines of its file precede it.
pub struct Source<'a> {
    pub text: &'a str,
    pub line_offset: u32,
}

/// A document shown with the line numbers of its whole file.
struct OffsetFile<'a> {
    inner: SimpleFile<&'a str, &'a str>,
    line_offset: usize,
}

impl<'a> Files<'a> for OffsetFile<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, _: ()) -> Result<&'a str, files::Error> {
        Ok(self.inner.name())
    }

    fn source(&'a self, _: ()) -> Result<&'a str, files::Error> {
        Ok(self.inner.source())
    }

    fn line_index(&'a self, id: (), byte_index: usize) -> Result<usize, files::Error> {
        self.inner.line_index(id, byte_index)
    }

    fn line_number(&'a self, _: (), line_index: usize) -> Result<usize, files::Error> {
        Ok(line_index + 1 + self.line_offset)
    }

    fn line_range(&'a self, id: (), line_index: usize) -> Result<Range<usize>, files::Error> {
        self.inner.line_range(id, line_index)
    }
}

/// The byte offset of a 1-based line and character column, clamped to the text.
fn byte_offset(text: &str, line: u32, column: u32) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let chars = column.saturating_sub(1) as usize;
            let within = l
                .char_indices()
                .nth(chars)
                .map_or(l.trim_end_matches('\n').len(), |(b, _)| b);
            return offset + within;
        }
        offset += l.len();
    }
    text.len()
}

/// Prints diagnostics on stderr; `source` is the document they point into, when known.
pub fn print(diags: &[Diag], source: Option<&Source<'_>>) {
    let config = Config {
        display_style: DisplayStyle::Medium,
        ..Config::default()
    };
    let mut writer = term::termcolor::StandardStream::stderr(color_choice());
    for d in diags {
        if let Some(place) = &d.place {
            print_at_cell(&mut writer, d, place);
            continue;
        }
        // Without the document (it could not be read), a one-line stand-in puts the position
        // where the reader found the problem.
        let standin;
        let (text, line_offset) = match (source, d.position) {
            (Some(s), Some(p)) if p.line > s.line_offset => (s.text, s.line_offset),
            (_, Some(p)) => {
                standin = " ".repeat(p.column as usize);
                (standin.as_str(), p.line.saturating_sub(1))
            }
            (Some(s), None) => (s.text, s.line_offset),
            (None, None) => ("", 0),
        };
        let file = OffsetFile {
            inner: SimpleFile::new(d.file.as_str(), text),
            line_offset: line_offset as usize,
        };
        let mut diag = Diagnostic::new(d.severity)
            .with_message(&d.message)
            .with_code(d.code);
        if let Some(pos) = d.position {
            let at = byte_offset(text, pos.line - line_offset, pos.column);
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            diag = diag.with_labels(vec![Label::primary((), at..end)]);
        }
        if let Some(help) = &d.help {
            diag = diag.with_notes(vec![format!("help: {help}")]);
        }
        if term::emit_to_write_style(&mut writer, &config, &file, &diag).is_err() {
            let at = d.position.map_or(String::new(), |p| format!(":{p}"));
            eprintln!(
                "{}{at}: {}[{}]: {}",
                d.file,
                severity_name(d.severity),
                d.code,
                d.message
            );
        }
    }
}

/// Prints a diagnostic of a sheet, at its cell: `FILE: Sheet1!D7 (start): error[code]: …`
/// and the help, coloured as codespan-reporting colours the others.
fn print_at_cell(writer: &mut term::termcolor::StandardStream, d: &Diag, place: &str) {
    use std::io::Write;
    use term::termcolor::{Color, ColorSpec, WriteColor};
    let color = match d.severity {
        Severity::Bug | Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Note | Severity::Help => Color::Blue,
    };
    let mut line = || -> io::Result<()> {
        write!(writer, "{}: {place}: ", d.file)?;
        writer.set_color(ColorSpec::new().set_fg(Some(color)).set_bold(true))?;
        write!(writer, "{}[{}]", severity_name(d.severity), d.code)?;
        writer.set_color(ColorSpec::new().set_bold(true))?;
        write!(writer, ": {}", d.message)?;
        writer.reset()?;
        writeln!(writer)?;
        if let Some(help) = &d.help {
            writeln!(writer, " = help: {help}")?;
        }
        Ok(())
    };
    if line().is_err() {
        eprintln!(
            "{}: {place}: {}[{}]: {}",
            d.file,
            severity_name(d.severity),
            d.code,
            d.message
        );
    }
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Bug | Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
        Severity::Help => "help",
    }
}
