//! Batches: read documents from every input as a stream, parse and render them on all cores
//! in chunks, and write the results in input order. Memory holds a few chunks, never the input.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use codespan_reporting::diagnostic::Severity;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use suchana::notice::{DocumentReader, InputFormat, OwnedDocument};
use suchana::render::{DltFinding, SmsInfo};
use suchana::sheet::{CellMap, NumberedRow, SheetError, SheetFormat, SheetLayout, SheetReader};
use suchana::{DataError, Engine, Format, Lang, Notice, Position, RenderError};

use super::Outcome;
use super::diag::{self, Diag, Source};

/// Documents handed to the workers at a time (fewer when they are large).
const CHUNK_DOCUMENTS: usize = 2048;
/// Bytes of documents handed to the workers at a time.
const CHUNK_BYTES: usize = 4 << 20;
/// Set by Ctrl-C (SIGINT) or SIGTERM: finish the file being written, write nothing more.
static INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn interrupted() -> bool {
    INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Errors of one sheet printed before the rest are only counted.
const SHEET_ERRORS_SHOWN: usize = 20;

/// A batch at least this large (bytes of input) shows a progress bar on a terminal.
const PROGRESS_BYTES: u64 = 4 << 20;

/// Where renderings go.
pub enum SinkKind {
    /// Text on stdout, renderings separated by a blank line.
    Text,
    /// One JSON object per line on stdout.
    Jsonl,
    /// One file per rendering in a folder.
    Files(PathBuf),
    /// Nowhere: validation only.
    Nothing,
}

/// The shape each rendering takes for its sink.
#[derive(Clone, Copy)]
pub enum Output {
    /// The text itself.
    Text,
    /// A JSON object on one line.
    Jsonl,
    /// A file named after the notice.
    Files,
}

/// What to render, and how.
pub struct RenderPlan<'a> {
    pub output: Output,
    pub engine: &'a Engine,
    /// Each inner list is one rendering: one language, or several as one bilingual notice.
    pub groups: Vec<Vec<Lang>>,
    pub format: Format,
    /// DLT problems are errors (the SMS is withheld) instead of warnings.
    pub dlt: bool,
    /// Templates registered on DLT, to check SMS against instead of the current ones.
    pub registered: Option<Vec<String>>,
    /// The sender and sent time of CAP alerts.
    #[cfg(feature = "cap")]
    pub cap: suchana::cap::CapOptions,
    /// WhatsApp templates registered earlier, to check each template message against.
    pub whatsapp: Option<Vec<suchana::render::WaTemplate>>,
}

/// A whole run: inputs, work, and where results go.
pub struct Batch<'a> {
    /// `None` validates only.
    pub plan: Option<RenderPlan<'a>>,
    /// Reads the kinds of a kinds folder when validating only (rendering uses the plan's).
    pub kinds: Option<&'a Engine>,
    pub sink: SinkKind,
    /// How inputs are written, unless their extension says (`.jsonl`, `.csv`, `.xlsx`, `.ods`).
    pub input: Input,
    /// Sheets: the kind of rows without a `kind` cell.
    pub kind: Option<String>,
    /// Workbooks: the sheet to read.
    pub sheet: Option<String>,
    pub jobs: Option<usize>,
    pub quiet: bool,
}

/// How an input is written.
#[derive(Clone, Copy)]
pub enum Input {
    /// YAML or JSON Lines, read as a stream of documents.
    Stream(InputFormat),
    /// A sheet: one notice a row.
    Sheet(SheetFormat),
}

impl Input {
    /// How the file `path` is written: by its extension, else `self`.
    fn of(self, path: Option<&Path>) -> Input {
        let Some(path) = path else {
            return self;
        };
        if path.extension().is_some_and(|x| x == "jsonl") {
            return Input::Stream(InputFormat::Jsonl);
        }
        match SheetFormat::from_path(path) {
            Some(f) => Input::Sheet(f),
            None => self,
        }
    }
}

/// One input: a file or standard input.
struct InputFile {
    /// As shown in messages.
    name: Arc<str>,
    path: Option<PathBuf>,
}

/// The inputs named on the command line: files, `-`, and folders (every `*.yaml`/`*.yml`
/// inside, recursively, sorted by path).
fn expand_inputs(paths: &[PathBuf]) -> Result<Vec<InputFile>, (String, io::Error)> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputFile {
                name: Arc::from("<stdin>"),
                path: None,
            });
        } else if p.is_dir() {
            let mut found = Vec::new();
            collect_yaml(p, &mut found).map_err(|e| (p.display().to_string(), e))?;
            found.sort();
            out.extend(found.into_iter().map(|f| InputFile {
                name: Arc::from(f.display().to_string()),
                path: Some(f),
            }));
        } else {
            out.push(InputFile {
                name: Arc::from(p.display().to_string()),
                path: Some(p.clone()),
            });
        }
    }
    Ok(out)
}

fn collect_yaml(dir: &Path, found: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_yaml(&path, found)?;
        } else if path
            .extension()
            .is_some_and(|x| x == "yaml" || x == "yml" || x == "jsonl")
            || SheetFormat::from_path(&path).is_some()
        {
            found.push(path);
        }
    }
    Ok(())
}

/// A piece of output of one document, written by the main thread in input order.
enum Piece {
    /// Bytes for stdout (a text rendering or a JSON line).
    Stdout(String),
    /// A binary file (PDF, PNG) for stdout.
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    StdoutBytes(Vec<u8>),
    /// A file to write in the output folder.
    File {
        name: String,
        bytes: Vec<u8>,
        id: String,
    },
}

/// What one document came to.
struct DocResult {
    doc: Option<OwnedDocument>,
    file: Arc<str>,
    notice_at: Option<Position>,
    diags: Vec<Diag>,
    pieces: Vec<Piece>,
    /// The document (or one of its renderings) failed.
    bad: bool,
    bytes: usize,
    /// For a row of a sheet: where its values came from, to report errors at their cells.
    cells: Option<CellMap>,
    /// A row of a sheet (its errors are capped).
    sheet_row: bool,
    /// The notice's id, kind and what it supersedes, for the check across documents.
    link: Option<super::supersedes::Link>,
    /// A sheet's row, kept to be freed by the thread that read it.
    row: Option<suchana::sheet::Row>,
}

impl DocResult {
    /// Nothing read yet from `file` (a row of a sheet, or a document).
    fn empty(file: &Arc<str>, sheet_row: bool) -> DocResult {
        DocResult {
            doc: None,
            file: file.clone(),
            notice_at: None,
            diags: Vec::new(),
            pieces: Vec::new(),
            bad: false,
            bytes: 0,
            link: None,
            cells: None,
            sheet_row,
            row: None,
        }
    }
}

/// One unit of work: a document of a stream, or a row of a sheet.
enum Unit {
    Document(Result<OwnedDocument, DataError>),
    Row(Result<NumberedRow, SheetError>),
}

/// Counts for the summary line.
#[derive(Default)]
struct Counts {
    documents: usize,
    failed: usize,
    rendered: usize,
    written: usize,
}

/// The output side, owned by whichever thread writes a chunk.
struct Writer {
    out: BufWriter<io::Stdout>,
    sink: SinkKind,
    first: bool,
    written_files: HashMap<PathBuf, (Arc<str>, Position)>,
    counts: Counts,
    worst: Outcome,
    /// Stdout was closed: stop quietly.
    closed: bool,
    /// An output could not be written: stop.
    io_failed: bool,
    /// Files were renamed into the output folder since it was last synced.
    renamed: bool,
    progress: Option<ProgressBar>,
    /// Errors of the current sheet printed, and those only counted (with their rows).
    sheet_errors: SheetErrors,
    /// The notices so far, for the check of `supersedes` across documents.
    links: super::supersedes::Links,
}

/// The summary cap of one sheet's errors.
#[derive(Default)]
struct SheetErrors {
    shown: usize,
    hidden: usize,
    hidden_rows: usize,
}

impl<'a> Batch<'a> {
    /// Runs the batch over `paths` and says how it ended.
    pub fn run(self, paths: &[PathBuf]) -> Outcome {
        let inputs = match expand_inputs(paths) {
            Ok(i) => i,
            Err((name, e)) => {
                eprintln!("{name}: error: cannot read the folder: {e}");
                return Outcome::Io;
            }
        };
        // A second batch in one process (tests) finds the handler set already: that is fine.
        let _ =
            ctrlc::set_handler(|| INTERRUPTED.store(true, std::sync::atomic::Ordering::Relaxed));
        let mut builder = rayon::ThreadPoolBuilder::new();
        if let Some(n) = self.jobs {
            builder = builder.num_threads(n);
        }
        let pool = match builder.build() {
            Ok(p) => p,
            Err(e) => {
                eprintln!("suchana: error: cannot start worker threads: {e}");
                return Outcome::Io;
            }
        };
        if let SinkKind::Files(dir) = &self.sink
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            eprintln!(
                "{}: error: cannot create the output folder: {e}",
                dir.display()
            );
            return Outcome::Io;
        }
        let total: u64 = inputs
            .iter()
            .filter_map(|i| i.path.as_ref())
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        let stdin_input = inputs.iter().any(|i| i.path.is_none());
        let progress =
            (!self.quiet && io::stderr().is_terminal() && (total >= PROGRESS_BYTES || stdin_input))
                .then(|| progress_bar(total, stdin_input));
        let mut writer = Writer {
            out: BufWriter::with_capacity(1 << 16, io::stdout()),
            sink: SinkKind::Nothing,
            first: true,
            written_files: HashMap::new(),
            counts: Counts::default(),
            worst: Outcome::Ok,
            closed: false,
            io_failed: false,
            renamed: false,
            progress,
            sheet_errors: SheetErrors::default(),
            links: super::supersedes::Links::default(),
        };
        let Batch {
            plan,
            sink,
            input,
            quiet,
            kind,
            sheet,
            ..
        } = self;
        writer.sink = sink;
        let builtin = match suchana::kind::Kinds::builtin() {
            Ok(k) => k,
            Err(e) => {
                eprintln!("suchana: error: the built-in kinds: {e:?}");
                return Outcome::Usage;
            }
        };
        let work = Work {
            plan: plan.as_ref(),
            kinds: self.kinds,
            builtin: &builtin,
            kind: kind.as_deref(),
            sheet: sheet.as_deref(),
            quiet,
        };
        pool.install(|| {
            for inp in &inputs {
                if writer.closed || writer.io_failed {
                    break;
                }
                match input.of(inp.path.as_deref()) {
                    Input::Stream(format) => work.run_input(inp, format, &mut writer),
                    Input::Sheet(format) => work.run_sheet(inp, format, &mut writer),
                }
            }
        });
        if !writer.closed
            && let Err(e) = writer.out.flush()
            && e.kind() != io::ErrorKind::BrokenPipe
        {
            eprintln!("suchana: error: cannot write output: {e}");
            writer.worst = writer.worst.max(Outcome::Io);
        }
        if let Some(pb) = &writer.progress {
            pb.finish_and_clear();
        }
        if interrupted() {
            let _ = writer.out.flush();
            if let Some(pb) = &writer.progress {
                pb.finish_and_clear();
            }
            let c = &writer.counts;
            eprintln!(
                "suchana: interrupted: {} rendered, {} failed, {} written; every file written is complete",
                c.rendered, c.failed, c.written
            );
            return Outcome::Interrupted;
        }
        if !quiet {
            let c = &writer.counts;
            match work.plan {
                Some(_) => eprintln!(
                    "suchana: {} rendered, {} failed, {} written",
                    c.rendered, c.failed, c.written
                ),
                None => eprintln!(
                    "suchana: {} valid, {} with errors",
                    c.documents - c.failed,
                    c.failed
                ),
            }
        }
        if writer.io_failed {
            return writer.worst.max(Outcome::Io);
        }
        writer.worst
    }
}

fn progress_bar(total: u64, unknown: bool) -> ProgressBar {
    let pb = if unknown {
        ProgressBar::new_spinner()
    } else {
        ProgressBar::new(total)
    };
    pb.set_draw_target(ProgressDrawTarget::stderr());
    let template = if unknown {
        "{spinner} {bytes} read, {msg} [{elapsed}]"
    } else {
        "{bar:40} {bytes}/{total_bytes} {msg} [{elapsed} < {eta}]"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style);
    }
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

/// The workers' side: everything needed to turn a document into its result.
struct Work<'p, 'a> {
    plan: Option<&'p RenderPlan<'a>>,
    kinds: Option<&'a Engine>,
    /// The built-in kinds, to lay sheets out against when no engine is given.
    builtin: &'p suchana::kind::Kinds,
    kind: Option<&'p str>,
    sheet: Option<&'p str>,
    quiet: bool,
}

impl Work<'_, '_> {
    /// Streams one input through the workers, writing results in order. Reading the next
    /// chunk and writing the last one overlap with rendering the current one.
    fn run_input(&self, input: &InputFile, format: InputFormat, writer: &mut Writer) {
        let reader: Box<dyn BufRead + Send> = match &input.path {
            None => Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
            Some(p) => match File::open(p) {
                Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                Err(e) => {
                    eprintln!("{}: error: cannot read: {e}", input.name);
                    writer.worst = writer.worst.max(Outcome::Io);
                    return;
                }
            },
        };
        let mut reader = DocumentReader::new(reader, input.name.clone(), format);
        let mut docs = reader.by_ref().map(Unit::Document);
        self.run_units(input, &mut docs, None, writer);
        if let Some(e) = reader.take_io_error() {
            eprintln!("{}: error: cannot read: {e}", input.name);
            writer.worst = writer.worst.max(Outcome::Io);
        }
    }

    /// Streams one sheet (CSV, XLSX, ODS) through the workers, a row a notice.
    fn run_sheet(&self, input: &InputFile, format: SheetFormat, writer: &mut Writer) {
        let opened = super::sheet::open(
            input.path.as_deref(),
            &input.name,
            format,
            self.sheet,
            self.quiet,
        );
        let kinds = match self.plan.map(|p| p.engine).or(self.kinds) {
            Some(engine) => engine.kinds(),
            None => self.builtin,
        };
        let reader = match opened {
            Ok((rows, sheet)) => {
                SheetReader::new(rows, input.name.clone(), sheet, kinds, self.kind)
            }
            Err(e) => Err(e),
        };
        let reader = match reader {
            Ok(r) => r,
            Err(e) => {
                writer.counts.documents += 1;
                writer.counts.failed += 1;
                writer.worst = writer.worst.max(Outcome::BadInput);
                diag::print(&[Diag::from(&e)], None);
                return;
            }
        };
        let layout = reader.layout().clone();
        writer.sheet_errors = SheetErrors::default();
        let mut rows = reader.map(Unit::Row);
        self.run_units(input, &mut rows, Some(&layout), writer);
        let capped = std::mem::take(&mut writer.sheet_errors);
        if capped.hidden > 0 {
            let line = format!(
                "{}: {} more errors in {} rows not shown (the first {SHEET_ERRORS_SHOWN} are above); fix those and run again",
                input.name, capped.hidden, capped.hidden_rows
            );
            match &writer.progress {
                Some(pb) => pb.suspend(|| eprintln!("{line}")),
                None => eprintln!("{line}"),
            }
        }
    }

    /// Runs the units of one input through the workers, writing results in order. Reading
    /// the next chunk and writing the last one overlap with working on the current one.
    fn run_units(
        &self,
        input: &InputFile,
        units: &mut (dyn Iterator<Item = Unit> + Send),
        layout: Option<&Arc<SheetLayout>>,
        writer: &mut Writer,
    ) {
        let docs = units;
        let stem = suchana::notice::id_stem(if input.path.is_some() {
            &input.name
        } else {
            "-"
        });
        let mut chunk = read_chunk(docs);
        let mut pending: Option<Vec<DocResult>> = None;
        while !chunk.is_empty() || pending.is_some() {
            let current = std::mem::take(&mut chunk);
            let (results, next) = rayon::join(
                || {
                    current
                        .into_par_iter()
                        .map(|unit| match unit {
                            Unit::Document(d) => self.document(&input.name, &stem, d),
                            Unit::Row(row) => self.row(&input.name, &stem, layout, row),
                        })
                        .collect::<Vec<_>>()
                },
                || {
                    if let Some(done) = pending.take() {
                        writer.write_all(done);
                    }
                    if writer.closed || writer.io_failed {
                        Vec::new()
                    } else {
                        read_chunk(docs)
                    }
                },
            );
            if writer.closed || writer.io_failed {
                return;
            }
            pending = (!results.is_empty()).then_some(results);
            chunk = next;
        }
    }

    /// Reads, renders and checks one row of a sheet, its errors at their cells.
    fn row(
        &self,
        file: &Arc<str>,
        stem: &str,
        layout: Option<&Arc<SheetLayout>>,
        row: Result<NumberedRow, SheetError>,
    ) -> DocResult {
        let mut result = DocResult::empty(file, true);
        let (row, layout) = match (row, layout) {
            (Ok(row), Some(layout)) => (row, layout),
            (Err(e), _) => {
                result.diags.push(Diag::from(&e));
                result.bad = true;
                return result;
            }
            (Ok(_), None) => return result,
        };
        self.read_row(stem, layout, &row, &mut result);
        // The row goes back with its result, to be freed by the thread that read it, as a
        // document's text is: freeing its cells' strings there is cheaper than here.
        result.row = Some(row.row);
        result
    }

    /// Reads, renders and checks `row` into `result`.
    fn read_row(
        &self,
        stem: &str,
        layout: &SheetLayout,
        row: &NumberedRow,
        result: &mut DocResult,
    ) {
        let mut document = layout.document(&row.row, row.index);
        result.bytes = document.bytes();
        let engine = self.plan.as_ref().map(|p| p.engine).or(self.kinds);
        let parsed = match engine {
            Some(e) => document.read(stem, |d, f, s| e.parse_document(d, f, s)),
            None => document.read(stem, suchana::notice::parse_document),
        };
        let notice = match parsed {
            Ok(n) => n,
            Err(errors) => {
                result.diags.extend(errors.iter().map(Diag::from));
                result.bad = true;
                return;
            }
        };
        result.notice_at = Some(notice.at);
        let row_place = suchana::sheet::CellRef {
            sheet: document.cells.sheet().cloned(),
            row: document.cells.row(),
            column: None,
        }
        .to_string();
        result.link = Some(super::supersedes::Link::of(&notice).in_row(row_place));
        result.cells = Some(document.cells);
        if let Some(plan) = self.plan {
            for langs in &plan.groups {
                render_one(plan, &notice, langs, result);
            }
        }
        // What rendering found is about the row: at its cells, or at the row.
        if let Some(cells) = &result.cells {
            let row_place = suchana::sheet::CellRef {
                sheet: cells.sheet().cloned(),
                row: cells.row(),
                column: None,
            }
            .to_string();
            for d in &mut result.diags {
                if d.place.is_none() {
                    d.place = Some(row_place.clone());
                    d.position = None;
                }
            }
        }
    }

    /// Parses, renders and checks one document.
    fn document(
        &self,
        file: &Arc<str>,
        stem: &str,
        doc: Result<OwnedDocument, DataError>,
    ) -> DocResult {
        let mut result = DocResult::empty(file, false);
        let doc = match doc {
            Ok(d) => d,
            Err(e) => {
                result.diags.push(Diag::from(&e));
                result.bad = true;
                return result;
            }
        };
        result.bytes = doc.text.len();
        let engine = self.plan.as_ref().map(|p| p.engine).or(self.kinds);
        let parsed = match engine {
            Some(e) => e.parse_document(&doc.as_document(), file, stem),
            None => suchana::notice::parse_document(&doc.as_document(), file, stem),
        };
        let notice = match parsed {
            Ok(n) => n,
            Err(errors) => {
                result.diags.extend(errors.iter().map(Diag::from));
                result.bad = true;
                result.doc = Some(doc);
                return result;
            }
        };
        result.notice_at = Some(notice.at);
        // A mismatch is reported at `supersedes`: the fast path knows only where the notice
        // starts, so an update or cancellation (few in a batch) is read again exactly.
        let exact = match engine {
            _ if notice.exact_positions || notice.status().supersedes().is_none() => None,
            Some(e) => e.parse_document_exact(&doc.as_document(), file, stem).ok(),
            None => suchana::notice::parse_document_exact(&doc.as_document(), file, stem).ok(),
        };
        result.link = Some(super::supersedes::Link::of(
            exact.as_ref().unwrap_or(&notice),
        ));
        if let Some(plan) = self.plan {
            for langs in &plan.groups {
                render_one(plan, &notice, langs, &mut result);
            }
            // A problem found while rendering points at its field: read the document again,
            // exactly this time, and render once more for the positions.
            if !result.diags.is_empty()
                && !notice.exact_positions
                && let Ok(exact) = plan
                    .engine
                    .parse_document_exact(&doc.as_document(), file, stem)
            {
                result.diags.clear();
                result.pieces.clear();
                result.bad = false;
                for langs in &plan.groups {
                    render_one(plan, &exact, langs, &mut result);
                }
            }
        }
        if !result.diags.is_empty() {
            result.doc = Some(doc);
        }
        result
    }
}

fn read_chunk(docs: &mut (dyn Iterator<Item = Unit> + Send)) -> Vec<Unit> {
    let mut chunk = Vec::with_capacity(CHUNK_DOCUMENTS);
    let mut bytes = 0;
    for doc in &mut *docs {
        bytes += match &doc {
            Unit::Document(d) => d.as_ref().map_or(0, |d| d.text.len()),
            Unit::Row(r) => r.as_ref().map_or(0, |r| r.row.cells.len() * 16),
        };
        chunk.push(doc);
        if chunk.len() >= CHUNK_DOCUMENTS || bytes >= CHUNK_BYTES {
            break;
        }
    }
    chunk
}

/// The language label of a rendering: `mr-IN`, or `mr-IN+hi-IN` when bilingual.
pub fn lang_label(langs: &[Lang]) -> String {
    langs.iter().map(|l| l.tag()).collect::<Vec<_>>().join("+")
}

#[derive(serde::Serialize)]
struct JsonRendering<'a> {
    id: &'a str,
    lang: &'a str,
    format: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    units: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parts: Option<usize>,
}

fn diag(
    notice: &Notice,
    severity: Severity,
    code: &'static str,
    message: String,
    position: Option<Position>,
    help: Option<String>,
) -> Diag {
    Diag {
        file: notice.file.to_string(),
        place: None,
        position: position.or(Some(notice.at)),
        severity,
        code,
        message,
        help,
    }
}

/// Marks `result` failed with an error about `notice` at its start: `notice `id`: {what}`.
fn fail(
    result: &mut DocResult,
    notice: &Notice,
    code: &'static str,
    what: impl std::fmt::Display,
    help: Option<String>,
) {
    result.diags.push(diag(
        notice,
        Severity::Error,
        code,
        format!("notice `{}`: {what}", notice.id),
        None,
        help,
    ));
    result.bad = true;
}

/// Renders one language group of a notice into `result`: its piece, or its diagnostics.
fn render_one(plan: &RenderPlan<'_>, notice: &Notice, langs: &[Lang], result: &mut DocResult) {
    if plan.format == Format::Sms
        && plan.dlt
        && notice.kind().is_none()
        && let Err(e @ RenderError::NoDltTemplates { .. }) = plan.engine.sms_template(notice, langs)
    {
        // --dlt asks for an SMS checked against DLT, which this kind defined as data cannot
        // give.
        fail(
            result,
            notice,
            "dlt-mismatch",
            e,
            Some("leave out --dlt for this kind".into()),
        );
        return;
    }
    #[cfg(feature = "pdf")]
    if plan.format.is_binary() {
        return render_file(plan, notice, langs, result);
    }
    let rendered = if plan.format == Format::Sms {
        plan.engine
            .render_sms(notice, langs, plan.registered.as_deref())
            .map(|(r, findings)| (r, Some(findings)))
    } else if plan.format == Format::WhatsappTemplate {
        let rendered =
            plan.engine
                .render_whatsapp_template(notice, langs, plan.whatsapp.as_deref());
        if let Ok((_, problems)) = &rendered
            && !check_whatsapp(notice, langs, problems, result)
        {
            result.bad = true;
            return;
        }
        rendered.map(|(r, _)| (r, None))
    } else {
        render_text(plan, notice, langs).map(|r| (r, None))
    };
    let (rendering, findings) = match rendered {
        Ok(r) => r,
        Err(RenderError::Data(e)) => {
            result.diags.push(match &result.cells {
                Some(cells) => Diag::from(&cells.locate(&e)),
                None => Diag::from(&e),
            });
            result.bad = true;
            return;
        }
        Err(e) => {
            let code = match e {
                RenderError::SmsTooLong { .. } => "sms-too-long",
                _ => "render-failed",
            };
            fail(result, notice, code, e, None);
            return;
        }
    };
    if let (Some(info), Some(findings)) = (rendering.sms, findings)
        && !check_sms(plan, notice, info, &findings, result)
    {
        result.bad = true;
        return;
    }
    let label = lang_label(langs);
    let piece = match plan.output {
        Output::Text => Piece::Stdout(rendering.text),
        Output::Jsonl => {
            let record = JsonRendering {
                id: &notice.id,
                lang: &label,
                format: plan.format.key(),
                text: &rendering.text,
                encoding: rendering.sms.map(|i| i.encoding.key()),
                units: rendering.sms.map(|i| i.units),
                parts: rendering.sms.map(|i| i.parts),
            };
            match serde_json::to_string(&record) {
                Ok(line) => Piece::Stdout(line),
                Err(e) => {
                    fail(
                        result,
                        notice,
                        "render-failed",
                        format_args!("cannot encode JSON: {e}"),
                        None,
                    );
                    return;
                }
            }
        }
        Output::Files => Piece::File {
            name: format!("{}.{label}.{}", notice.id, plan.format.extension()),
            bytes: rendering.text.into_bytes(),
            id: notice.id.clone(),
        },
    };
    result.pieces.push(piece);
}

/// A rendering in a text format; CAP alerts with the run's sender and sent time.
fn render_text(
    plan: &RenderPlan<'_>,
    notice: &Notice,
    langs: &[Lang],
) -> Result<suchana::render::Rendering, RenderError> {
    #[cfg(feature = "cap")]
    if plan.format == Format::Cap {
        let text = plan.engine.render_cap(notice, langs, &plan.cap)?;
        return Ok(suchana::render::Rendering { text, sms: None });
    }
    plan.engine.render_notice(notice, langs, plan.format)
}

/// Renders one language group of a notice as a PDF or PNG into `result`.
#[cfg(feature = "pdf")]
fn render_file(plan: &RenderPlan<'_>, notice: &Notice, langs: &[Lang], result: &mut DocResult) {
    use suchana::print::PrintError;
    let bytes = match plan.engine.render_file(notice, langs, plan.format) {
        Ok(bytes) => bytes,
        Err(PrintError::Render(RenderError::Data(e))) => {
            result.diags.push(Diag::from(&e));
            result.bad = true;
            return;
        }
        Err(e) => {
            let (code, help) = match e {
                PrintError::MissingCharacter { .. } => (
                    "missing-character",
                    Some("write the character another way, or leave it out".to_string()),
                ),
                PrintError::ImageTooTall { .. } => ("image-too-tall", None),
                _ => ("render-failed", None),
            };
            fail(result, notice, code, e, help);
            return;
        }
    };
    let label = lang_label(langs);
    result.pieces.push(match plan.output {
        Output::Files => Piece::File {
            name: format!("{}.{label}.{}", notice.id, plan.format.extension()),
            bytes,
            id: notice.id.clone(),
        },
        Output::Text | Output::Jsonl => Piece::StdoutBytes(bytes),
    });
}

/// SMS checks: parts (a warning beyond the limit) and DLT (an error with --dlt). False when
/// the SMS is withheld.
fn check_sms(
    plan: &RenderPlan<'_>,
    notice: &Notice,
    info: SmsInfo,
    findings: &[DltFinding],
    result: &mut DocResult,
) -> bool {
    let id = &notice.id;
    if let Some((message, help)) = info.too_many_parts(id) {
        result.diags.push(diag(
            notice,
            Severity::Warning,
            "sms-too-long",
            message,
            None,
            Some(help),
        ));
    }
    let severity = if plan.dlt {
        Severity::Error
    } else {
        Severity::Warning
    };
    for f in findings {
        let (message, help) = f.describe(id, plan.registered.is_some());
        result.diags.push(diag(
            notice,
            severity,
            f.problem.code(),
            message,
            f.position,
            Some(help),
        ));
    }
    !plan.dlt || findings.is_empty()
}

/// WhatsApp template checks: each problem of the message of `notice` in `langs`. False when
/// one is an error, and the message is withheld.
fn check_whatsapp(
    notice: &Notice,
    langs: &[Lang],
    problems: &[suchana::render::WaProblem],
    result: &mut DocResult,
) -> bool {
    let mut ok = true;
    for p in problems {
        let severity = if p.is_warning() {
            Severity::Warning
        } else {
            ok = false;
            Severity::Error
        };
        result.diags.push(diag(
            notice,
            severity,
            p.code(),
            format!("notice `{}` ({}): {p}", notice.id, lang_label(langs)),
            None,
            None,
        ));
    }
    ok
}

impl Writer {
    /// Writes the results of one chunk, in order, then makes the chunk's files durable.
    fn write_all(&mut self, results: Vec<DocResult>) {
        for r in results {
            if interrupted() {
                self.closed = true;
            }
            if self.closed || self.io_failed {
                break;
            }
            self.write_one(r);
        }
        self.sync_out_dir();
    }

    /// Syncs the output folder once after the files of a chunk were renamed into it (each
    /// file was synced before its rename: a crash loses at most renames, never half a file).
    fn sync_out_dir(&mut self) {
        if !std::mem::take(&mut self.renamed) {
            return;
        }
        if let SinkKind::Files(dir) = &self.sink
            && let Err(e) = sync_dir(dir)
        {
            eprintln!(
                "{}: error: cannot sync the output folder: {e}",
                dir.display()
            );
            self.io_failed = true;
            self.worst = self.worst.max(Outcome::Io);
        }
    }

    fn write_one(&mut self, mut r: DocResult) {
        self.counts.documents += 1;
        if let Some(link) = &r.link {
            let found = self.links.check(link, &r.file);
            // Refused before anything of it is written.
            if let Some(d) = found.refused {
                r.diags.insert(0, d);
                r.pieces.clear();
                r.bad = true;
            }
            // About notices written earlier in the run.
            let earlier = found.earlier;
            if !earlier.is_empty() {
                self.counts.failed += earlier.len();
                self.worst = self.worst.max(Outcome::BadInput);
                match &self.progress {
                    Some(pb) => pb.suspend(|| diag::print(&earlier, None)),
                    None => diag::print(&earlier, None),
                }
            }
        }
        if r.bad {
            self.counts.failed += 1;
            self.worst = self.worst.max(Outcome::BadInput);
        }
        if let Some(pb) = &self.progress {
            pb.inc(r.bytes as u64);
            pb.set_message(format!("{} notices", self.counts.documents));
        }
        if r.sheet_row && !r.diags.is_empty() {
            let capped = &mut self.sheet_errors;
            if capped.shown >= SHEET_ERRORS_SHOWN {
                capped.hidden += r.diags.len();
                capped.hidden_rows += 1;
            } else {
                capped.shown += r.diags.len();
                match &self.progress {
                    Some(pb) => pb.suspend(|| diag::print(&r.diags, None)),
                    None => diag::print(&r.diags, None),
                }
            }
        } else if !r.diags.is_empty() {
            let source = r.doc.as_ref().map(|d| Source {
                text: &d.text,
                line_offset: d.line_offset,
            });
            match &self.progress {
                Some(pb) => pb.suspend(|| diag::print(&r.diags, source.as_ref())),
                None => diag::print(&r.diags, source.as_ref()),
            }
        }
        for piece in r.pieces {
            self.counts.rendered += 1;
            let ok = match piece {
                Piece::Stdout(text) => self.stdout(&text),
                Piece::StdoutBytes(bytes) => self.stdout_bytes(&bytes),
                Piece::File { name, bytes, id } => self.file(
                    &name,
                    &bytes,
                    &id,
                    r.notice_at.unwrap_or(Position { line: 1, column: 1 }),
                    &r.file,
                ),
            };
            if ok {
                self.counts.written += 1;
            }
        }
    }

    fn stdout(&mut self, text: &str) -> bool {
        let mut result = Ok(());
        if !self.first && matches!(self.sink, SinkKind::Text) {
            result = self.out.write_all(b"\n");
        }
        self.first = false;
        result = result.and_then(|()| self.out.write_all(text.as_bytes()));
        if !text.ends_with('\n') {
            result = result.and_then(|()| self.out.write_all(b"\n"));
        }
        match result {
            Ok(()) => true,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                false
            }
            Err(e) => {
                eprintln!("suchana: error: cannot write output: {e}");
                self.io_failed = true;
                false
            }
        }
    }

    /// Writes a binary rendering to stdout as it is (no separating line).
    fn stdout_bytes(&mut self, bytes: &[u8]) -> bool {
        self.first = false;
        match self.out.write_all(bytes) {
            Ok(()) => true,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                false
            }
            Err(e) => {
                eprintln!("suchana: error: cannot write output: {e}");
                self.io_failed = true;
                false
            }
        }
    }

    fn file(&mut self, name: &str, text: &[u8], id: &str, at: Position, source: &Arc<str>) -> bool {
        let SinkKind::Files(dir) = &self.sink else {
            return false;
        };
        let Some(path) = safe_join(dir, name) else {
            diag::print(
                &[Diag {
                    file: source.to_string(),
                    place: None,
                    position: Some(at),
                    severity: Severity::Error,
                    code: "unsafe-path",
                    message: format!("notice `{id}`: `{name}` is not a plain file name"),
                    help: Some("an id may hold only letters, digits, `-`, `_` and `.`".into()),
                }],
                None,
            );
            self.worst = self.worst.max(Outcome::BadInput);
            return false;
        };
        if let Some((file, first_at)) = self.written_files.get(&path) {
            diag::print(
                &[Diag {
                    file: source.to_string(),
                    place: None,
                    position: Some(at),
                    severity: Severity::Error,
                    code: "duplicate-id",
                    message: format!(
                        "notice `{id}` would overwrite {}, written for the notice at {file}:{first_at}",
                        path.display()
                    ),
                    help: Some("give each notice its own `id`".into()),
                }],
                None,
            );
            self.worst = self.worst.max(Outcome::BadInput);
            self.counts.failed += 1;
            return false;
        }
        if let Err(e) = write_atomically(&path, text) {
            eprintln!("{}: error: cannot write: {e}", path.display());
            self.io_failed = true;
            self.worst = self.worst.max(Outcome::Io);
            return false;
        }
        self.written_files.insert(path, (source.clone(), at));
        self.renamed = true;
        true
    }
}

/// `dir/name`, or `None` when `name` is not one plain file name inside `dir`.
pub fn safe_join(dir: &Path, name: &str) -> Option<PathBuf> {
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', '\0'])
        && Path::new(name).components().count() == 1;
    let path = dir.join(name);
    (plain && path.parent() == Some(dir)).then_some(path)
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`: a reader
/// (or an interrupted run) sees the old file or the whole new one, never half of it.
///
/// The temporary file is created exclusively (`O_CREAT | O_EXCL`) under a random name
/// (`.NAME.XXXXXX.tmp`), so a symlink planted at any name is never followed: creating over one
/// fails and another name is tried; the rename replaces a symlink at `path` itself, not what it
/// points to. The file gets the mode of any new file (0666 less the umask: 0644 under umask
/// 022), is synced to disk before the rename, and is removed on any error. The folder is synced
/// afterwards by [`sync_dir`], once per batch of files.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("notice");
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // Dropping the temporary file on an error below removes it.
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Makes the renames into `dir` durable (on Unix, `fsync` of the folder).
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
