//! The one check across the documents of a run: a notice that updates or cancels another
//! (`supersedes`) must be of the same kind as that notice when both are in the run, in any
//! input file and in either order. Ids in earlier runs are not known and not checked.
//!
//! A run may hold a million notices, so each is remembered by a 64-bit hash of its id with
//! its kind, file and line (about 24 bytes), not by its id.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use suchana::error::{DataErrorKind, Position};
use suchana::notice::Notice;

use codespan_reporting::diagnostic::Severity;

use super::diag::Diag;

/// What the check needs of one notice, taken when it is read.
#[derive(Clone, Debug)]
pub(super) struct Link {
    id: String,
    kind: String,
    at: Position,
    /// The id it supersedes and where `supersedes` is written.
    supersedes: Option<(String, Position)>,
    /// For a row of a sheet: the row (`Sheet1!7:7`), which stands for the position.
    place: Option<String>,
}

impl Link {
    /// The link of `notice`.
    pub(super) fn of(notice: &Notice) -> Link {
        Link {
            id: notice.id.clone(),
            kind: notice.kind_key().to_string(),
            at: notice.at,
            supersedes: notice
                .status()
                .supersedes()
                .map(|s| (s.id.clone(), s.at.unwrap_or(notice.at))),
            place: None,
        }
    }

    /// The link of a notice read from a row of a sheet, reported at the row.
    pub(super) fn in_row(mut self, row: String) -> Link {
        self.place = Some(row);
        self
    }
}

/// A notice seen in the run, compactly.
#[derive(Clone, Copy)]
struct Seen {
    kind: u32,
    file: u32,
    line: u32,
}

/// A notice that supersedes one not seen yet.
struct Waiting {
    kind: u32,
    file: u32,
    at: Position,
    place: Option<String>,
    id: String,
}

/// The mismatches one notice makes, from [`Links::check`].
#[derive(Default)]
pub(super) struct Mismatches {
    /// With the notice it supersedes, read earlier in the run: the notice is refused.
    pub refused: Option<Diag>,
    /// With notices read earlier that supersede it, each reported at its own `supersedes`
    /// (they were written already).
    pub earlier: Vec<Diag>,
}

/// The notices of a run so far, for [`Links::check`].
#[derive(Default)]
pub(super) struct Links {
    seen: HashMap<u64, Seen>,
    waiting: HashMap<u64, Vec<Waiting>>,
    kinds: Vec<String>,
    files: Vec<Arc<str>>,
}

fn hash(id: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

impl Links {
    fn intern_kind(&mut self, kind: &str) -> u32 {
        match self.kinds.iter().position(|k| k == kind) {
            Some(i) => i as u32,
            None => {
                self.kinds.push(kind.to_string());
                (self.kinds.len() - 1) as u32
            }
        }
    }

    fn intern_file(&mut self, file: &Arc<str>) -> u32 {
        // Documents come file by file: the last one is nearly always the one.
        match self.files.iter().rposition(|f| f == file) {
            Some(i) => i as u32,
            None => {
                self.files.push(file.clone());
                (self.files.len() - 1) as u32
            }
        }
    }

    /// Records the notice of `link`, read from `file`, and returns the mismatches it makes.
    pub(super) fn check(&mut self, link: &Link, file: &Arc<str>) -> Mismatches {
        let kind = self.intern_kind(&link.kind);
        let file_ix = self.intern_file(file);
        let mut refused = None;
        if let Some((target, at)) = &link.supersedes {
            match self.seen.get(&hash(target)) {
                Some(other) if other.kind != kind => {
                    refused = Some(self.mismatch(
                        file,
                        (*at, link.place.clone()),
                        &link.kind,
                        target,
                        other.kind,
                        other.file,
                        other.line,
                    ));
                }
                Some(_) => {}
                None => self.waiting.entry(hash(target)).or_default().push(Waiting {
                    kind,
                    file: file_ix,
                    at: *at,
                    place: link.place.clone(),
                    id: target.clone(),
                }),
            }
        }
        let mut later = Vec::new();
        if refused.is_none() {
            let key = hash(&link.id);
            self.seen.insert(
                key,
                Seen {
                    kind,
                    file: file_ix,
                    line: link.at.line,
                },
            );
            for w in self.waiting.remove(&key).unwrap_or_default() {
                if w.kind != kind {
                    let waiting_file = self.files[w.file as usize].clone();
                    let waiting_kind = self.kinds[w.kind as usize].clone();
                    later.push(self.mismatch(
                        &waiting_file,
                        (w.at, w.place),
                        &waiting_kind,
                        &w.id,
                        kind,
                        file_ix,
                        link.at.line,
                    ));
                }
            }
        }
        Mismatches {
            refused,
            earlier: later,
        }
    }

    /// The error at `supersedes` (`at` in `file`, or the row `place` of a sheet) of a notice of kind `kind` that supersedes
    /// `target`, a notice of kind `other_kind` at `other_file`:`other_line`.
    #[allow(clippy::too_many_arguments)]
    fn mismatch(
        &self,
        file: &Arc<str>,
        (at, place): (Position, Option<String>),
        kind: &str,
        target: &str,
        other_kind: u32,
        other_file: u32,
        other_line: u32,
    ) -> Diag {
        let other_kind = &self.kinds[other_kind as usize];
        let other_file = &self.files[other_file as usize];
        Diag {
            file: file.to_string(),
            position: place.is_none().then_some(at),
            place,
            severity: Severity::Error,
            code: DataErrorKind::SupersededKindMismatch.code(),
            message: format!(
                "this {kind} notice supersedes `{target}`, a {other_kind} notice ({other_file}:{other_line})"
            ),
            help: Some(format!(
                "an update or cancellation is of the kind of the notice it supersedes: write `kind: {other_kind}`, or name the right notice in `supersedes`"
            )),
        }
    }
}
