//! Reading notices from a stream one document at a time, so that memory holds one document
//! (and whatever the caller keeps), not the whole input: a YAML stream split at `---`/`...`
//! lines, or JSON Lines with one notice object a line.

use std::io::BufRead;
use std::sync::Arc;

use super::load::has_content;
use crate::error::{DataError, DataErrorKind, Position};

/// The most bytes one document may hold; a larger one is refused (and skipped) with its
/// position. A stream may hold any number of documents.
pub const MAX_DOCUMENT_BYTES: usize = 1 << 20;

/// How the input is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// A YAML stream: one or more documents separated by `---` lines.
    #[default]
    Yaml,
    /// JSON Lines: one notice object a line (same contract; empty lines are skipped).
    Jsonl,
}

/// Whether `line` is the marker `---` or `...`, alone or followed by a space or tab (as
/// [`split_documents`](super::split_documents) decides).
fn is_marker_bytes(line: &[u8], marker: &[u8]) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.is_empty() || matches!(rest[0], b' ' | b'\t' | b'\r'))
}

/// One document of a stream, owning its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedDocument {
    /// 1-based number of the document among the non-empty documents of its input.
    pub index: usize,
    /// Number of lines in the input before the document's first line.
    pub line_offset: u32,
    /// The document's text.
    pub text: String,
    /// How it is written.
    pub format: InputFormat,
}

impl OwnedDocument {
    /// The document as [`parse_document`](super::parse_document) reads it.
    pub fn as_document(&self) -> super::Document<'_> {
        super::Document {
            index: self.index,
            line_offset: self.line_offset,
            text: &self.text,
            format: self.format,
        }
    }
}

/// An iterator over the documents of a reader; a document that is not UTF-8 or too large
/// comes as an error, and reading goes on with the next one. An I/O error ends the stream.
pub struct DocumentReader<R> {
    reader: R,
    file: Arc<str>,
    format: InputFormat,
    /// Lines read so far.
    line_no: u32,
    /// Documents yielded (good or bad) so far.
    index: usize,
    line: Vec<u8>,
    /// The document being gathered.
    current: String,
    current_line: u32,
    /// Set when the document being gathered is already known to be bad.
    spoiled: Option<DataError>,
    /// An I/O error to yield once, then the end.
    failed: Option<std::io::Error>,
    done: bool,
    first_line: bool,
}

impl<R: BufRead> DocumentReader<R> {
    /// Reads `reader`, naming it `file` in errors.
    pub fn new(reader: R, file: Arc<str>, format: InputFormat) -> Self {
        DocumentReader {
            reader,
            file,
            format,
            line_no: 0,
            index: 0,
            line: Vec::with_capacity(256),
            current: String::new(),
            current_line: 0,
            spoiled: None,
            failed: None,
            done: false,
            first_line: true,
        }
    }

    /// The I/O error that ended the stream early, if any (taken once).
    pub fn take_io_error(&mut self) -> Option<std::io::Error> {
        self.failed.take()
    }

    fn error(
        &self,
        line: u32,
        column: u32,
        kind: DataErrorKind,
        message: String,
        help: &str,
    ) -> DataError {
        DataError {
            file: self.file.clone(),
            position: Some(Position { line, column }),
            path: String::new(),
            kind,
            message,
            help: Some(help.to_string()),
        }
    }

    /// Ends the document being gathered: a document, an error, or nothing when it is empty.
    fn finish(&mut self) -> Option<Result<OwnedDocument, DataError>> {
        let text = std::mem::take(&mut self.current);
        let spoiled = self.spoiled.take();
        let line_offset = self.current_line;
        if let Some(err) = spoiled {
            self.index += 1;
            return Some(Err(err));
        }
        let content = match self.format {
            InputFormat::Yaml => has_content(&text),
            InputFormat::Jsonl => !text.trim().is_empty(),
        };
        if !content {
            return None;
        }
        self.index += 1;
        Some(Ok(OwnedDocument {
            index: self.index,
            line_offset,
            text,
            format: self.format,
        }))
    }

    /// Reads one line into `self.line`; false at the end of input or on an I/O error.
    fn read_line(&mut self) -> bool {
        self.line.clear();
        match self.reader.read_until(b'\n', &mut self.line) {
            Ok(0) => false,
            Ok(_) => true,
            Err(e) => {
                self.failed = Some(e);
                false
            }
        }
    }

    /// Adds the line just read to the current document, or spoils it.
    fn add_line(&mut self, line_no: u32) {
        if self.spoiled.is_some() {
            return;
        }
        let mut bytes: &[u8] = &self.line;
        if self.first_line {
            bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()])
                    .chars()
                    .count();
                let err = self.error(
                    line_no + 1,
                    u32::try_from(valid + 1).unwrap_or(u32::MAX),
                    DataErrorKind::NotUtf8,
                    "the file is not UTF-8 text".into(),
                    "save it as UTF-8 (in most editors: Save As → Encoding: UTF-8)",
                );
                self.spoiled = Some(err);
                self.current.clear();
                return;
            }
        };
        if self.current.len() + text.len() > MAX_DOCUMENT_BYTES {
            let err = self.error(
                self.current_line + 1,
                1,
                DataErrorKind::DocumentTooLarge,
                format!(
                    "this document is larger than {} KiB; a notice is never that long",
                    MAX_DOCUMENT_BYTES / 1024
                ),
                "check for a missing `---` between notices, or split the text",
            );
            self.spoiled = Some(err);
            self.current = String::new();
            return;
        }
        self.current.push_str(text);
    }
}

impl<R: BufRead> Iterator for DocumentReader<R> {
    type Item = Result<OwnedDocument, DataError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            if !self.read_line() {
                self.done = true;
                if let Some(doc) = self.finish() {
                    return Some(doc);
                }
                break;
            }
            let line_no = self.line_no;
            self.line_no = self.line_no.saturating_add(1);
            match self.format {
                InputFormat::Jsonl => {
                    self.current_line = line_no;
                    self.add_line(line_no);
                    self.first_line = false;
                    if let Some(doc) = self.finish() {
                        return Some(doc);
                    }
                }
                InputFormat::Yaml => {
                    let bare = self
                        .line
                        .strip_suffix(b"\n")
                        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
                        .unwrap_or(&self.line);
                    let start = is_marker_bytes(bare, b"---");
                    let end = is_marker_bytes(bare, b"...");
                    if start || end {
                        let finished = self.finish();
                        if start {
                            self.current_line = line_no;
                            self.add_line(line_no);
                        } else {
                            self.current_line = line_no + 1;
                        }
                        self.first_line = false;
                        if finished.is_some() {
                            return finished;
                        }
                    } else {
                        self.add_line(line_no);
                        self.first_line = false;
                    }
                }
            }
        }
        None
    }
}
