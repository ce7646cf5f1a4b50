//! The `suchana` command: a thin dispatcher over the library. Parses arguments, calls one
//! entry point per subcommand, and maps the outcome to an exit code:
//! 0 all good, 1 some input was bad (the rest still rendered), 2 bad usage, 3 I/O failure.
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::diagnostic::Severity;
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::term::{self, Config, DisplayStyle};
use suchana::render::{DltProblem, Rendering};
use suchana::{DataError, Digits, Engine, EngineOptions, Format, Kind, Lang, Notice, Position};

const EXAMPLES: [(Kind, &str); 3] = [
    (Kind::Outage, include_str!("../examples/outage.yaml")),
    (Kind::Safety, include_str!("../examples/safety.yaml")),
    (Kind::Meeting, include_str!("../examples/meeting.yaml")),
];

#[derive(Parser)]
#[command(
    name = "suchana",
    version,
    about = "Localised public notices in Marathi and Hindi"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render notices from YAML files (`-` reads standard input).
    Render(RenderArgs),
    /// Check notice data without rendering it.
    Validate {
        /// YAML files; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print a starter YAML file for a kind of notice.
    Example {
        /// outage, safety or meeting.
        #[arg(value_enum)]
        kind: KindArg,
    },
    /// Print the JSON Schema of the notice data.
    Schema,
    /// Print the SMS templates of a kind of notice in the form DLT registers them.
    Dlt(DltArgs),
    /// Check the locale files and templates for translators' mistakes.
    Check(CheckArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Check the .ftl files in DIR/mr-IN and DIR/hi-IN instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
    /// Check the .tera templates in DIR instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Output: one `FILE:LINE:COL: severity[code]: message` a line, or a JSON array.
    #[arg(long, value_enum, default_value = "human")]
    format: CheckFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
}

/// Where the words and layout come from, and which digits to print.
#[derive(clap::Args)]
struct EngineArgs {
    /// Digits for every language: latn (0-9) or deva (०-९); default: each language's own.
    #[arg(long, value_enum)]
    digits: Option<DigitsArg>,
    /// Use the .ftl files in DIR/mr-IN and DIR/hi-IN instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
    /// Use the .tera templates in DIR instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
}

#[derive(clap::Args)]
struct RenderArgs {
    /// Languages, in order: mr, hi, mr,hi or hi,mr.
    #[arg(long, short, default_value = "mr", value_delimiter = ',', value_parser = parse_lang)]
    lang: Vec<Lang>,
    /// Output format: text, whatsapp, sms or html.
    #[arg(long, short, default_value = "text", value_parser = parse_format)]
    format: Format,
    /// One notice holding every language of --lang, in that order (e.g. --lang mr,hi).
    #[arg(long)]
    bilingual: bool,
    /// Print one JSON object per rendering (id, lang, format, text; for SMS also encoding,
    /// units and parts) instead of the text.
    #[arg(long, conflicts_with = "out")]
    jsonl: bool,
    /// Write one file per rendering, DIR/<id>.<lang>.<ext>, instead of printing.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// With --format sms: refuse any SMS that breaks its DLT template (without it: a warning).
    #[arg(long)]
    dlt: bool,
    /// With --format sms: check against these registered templates (as `suchana dlt` prints
    /// them) instead of the templates of the current locale files.
    #[arg(long, value_name = "FILE")]
    dlt_templates: Option<PathBuf>,
    #[command(flatten)]
    engine: EngineArgs,
    /// YAML files; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct DltArgs {
    /// outage, safety or meeting.
    #[arg(value_enum)]
    kind: KindArg,
    /// Languages: mr, hi, or both (each printed on its own, or together with --bilingual).
    #[arg(long, short, default_value = "mr", value_delimiter = ',', value_parser = parse_lang)]
    lang: Vec<Lang>,
    /// The templates of a bilingual SMS holding every language of --lang.
    #[arg(long)]
    bilingual: bool,
    #[command(flatten)]
    engine: EngineArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Outage,
    Safety,
    Meeting,
}

#[derive(Clone, Copy, ValueEnum)]
enum DigitsArg {
    Latn,
    Deva,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>()
}

/// How a run ended, from best to worst; the worst outcome of a run sets its exit code.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Ok = 0,
    BadInput = 1,
    Usage = 2,
    Io = 3,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                Outcome::Usage as u8
            } else {
                0
            });
        }
    };
    let outcome = match cli.command {
        Command::Render(args) => render(&args),
        Command::Validate { files } => validate(&files),
        Command::Example { kind } => example(kind),
        Command::Schema => schema(),
        Command::Dlt(args) => dlt(&args),
        Command::Check(args) => check(&args),
    };
    ExitCode::from(outcome as u8)
}

/// Writes to stdout; a closed pipe (`suchana render … | head`) ends the run quietly.
fn emit(out: &mut impl Write, text: &str) -> Result<(), Outcome> {
    match out.write_all(text.as_bytes()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Outcome::Ok),
        Err(e) => {
            eprintln!("suchana: error: cannot write output: {e}");
            Err(Outcome::Io)
        }
    }
}

/// One input file's name and text, or the reason it could not be read.
fn read_input(path: &PathBuf) -> Result<(String, String), Outcome> {
    let name = path.display().to_string();
    let mut bytes = Vec::new();
    let read = if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    if let Err(e) = read {
        eprintln!("{name}: error: cannot read: {e}");
        return Err(Outcome::Io);
    }
    let shown = if name == "-" {
        "<stdin>".to_string()
    } else {
        name
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok((shown, text)),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let text = String::from_utf8_lossy(valid);
            let line = text.matches('\n').count() + 1;
            let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            eprintln!(
                "{shown}:{line}:{col}: error[not-utf8]: the file is not UTF-8 text\n= help: save it as UTF-8 (in most editors: Save As → Encoding: UTF-8)"
            );
            Err(Outcome::BadInput)
        }
    }
}

/// One problem to print like a compiler: `FILE:LINE:COL: severity[code]: message`, then the help.
struct Diag {
    file: String,
    position: Option<Position>,
    severity: Severity,
    code: &'static str,
    message: String,
    help: Option<String>,
}

impl From<&DataError> for Diag {
    fn from(err: &DataError) -> Diag {
        Diag {
            file: err.file.to_string(),
            position: err.position,
            severity: Severity::Error,
            code: err.code(),
            message: err.message.clone(),
            help: err.help.clone(),
        }
    }
}

/// Prints data errors like a compiler.
fn report(errors: &[DataError], source: &str) {
    let diags: Vec<Diag> = errors.iter().map(Diag::from).collect();
    print_diags(&diags, source);
}

/// Prints diagnostics on stderr, pointing into `source` where they have a position.
fn print_diags(diags: &[Diag], source: &str) {
    let config = Config {
        display_style: DisplayStyle::Medium,
        ..Config::default()
    };
    let stderr = io::stderr();
    let color = if stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        term::termcolor::ColorChoice::Auto
    } else {
        term::termcolor::ColorChoice::Never
    };
    let mut writer = term::termcolor::StandardStream::stderr(color);
    for d in diags {
        let mut diag = Diagnostic::new(d.severity)
            .with_message(&d.message)
            .with_code(d.code);
        let excerpt = Excerpt::new(&d.file, source, d.position);
        if let Some(pos) = d.position {
            let at = byte_offset(excerpt.text, 1, pos.column);
            let end = excerpt.text[at..]
                .chars()
                .next()
                .map_or(at, |c| at + c.len_utf8());
            diag = diag.with_labels(vec![Label::primary((), at..end)]);
        }
        if let Some(help) = &d.help {
            diag = diag.with_notes(vec![format!("help: {help}")]);
        }
        if term::emit_to_write_style(&mut writer, &config, &excerpt, &diag).is_err() {
            eprintln!(
                "{}: {}[{}]: {}",
                d.file,
                severity_name(d.severity),
                d.code,
                d.message
            );
        }
    }
}

/// The one line of a file a diagnostic points at, numbered as in the file: printing an error
/// costs the length of its line, not of the file (a file of 20,000 bad documents took minutes
/// when every error copied and indexed the whole file).
struct Excerpt<'a> {
    name: &'a str,
    line: usize,
    text: &'a str,
}

impl<'a> Excerpt<'a> {
    fn new(name: &'a str, source: &'a str, at: Option<Position>) -> Excerpt<'a> {
        let line = at.map_or(1, |p| p.line.max(1));
        let text = line_text(source, line);
        Excerpt {
            name,
            line: line as usize,
            text,
        }
    }
}

impl<'a> codespan_reporting::files::Files<'a> for Excerpt<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(self.text)
    }

    fn line_index(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }

    fn line_number(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.line)
    }

    fn line_range(
        &'a self,
        (): (),
        _: usize,
    ) -> Result<std::ops::Range<usize>, codespan_reporting::files::Error> {
        Ok(0..self.text.len())
    }
}

/// Line `line` (1-based) of `source`, without its line break; empty past the end. The starts
/// of lines of the last source asked about are kept, so that the errors of one file cost one
/// scan of it in all.
fn line_text(source: &str, line: u32) -> &str {
    use std::cell::RefCell;
    thread_local! {
        static STARTS: RefCell<(usize, usize, Vec<usize>)> = const { RefCell::new((0, 0, Vec::new())) };
    }
    let key = (source.as_ptr() as usize, source.len());
    let range = STARTS.with(|cell| {
        let mut cached = cell.borrow_mut();
        if (cached.0, cached.1) != key || cached.2.is_empty() {
            let starts = std::iter::once(0)
                .chain(source.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            *cached = (key.0, key.1, starts);
        }
        let index = (line as usize).saturating_sub(1);
        let start = cached.2.get(index).copied()?;
        let end = cached.2.get(index + 1).copied().unwrap_or(source.len());
        Some(start..end)
    });
    range
        .and_then(|r| source.get(r))
        .map_or("", |l| l.trim_end_matches(['\n', '\r']))
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Bug | Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
        Severity::Help => "help",
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

fn engine_options(args: &EngineArgs) -> EngineOptions {
    EngineOptions {
        locales_dir: args.locales.clone(),
        templates_dir: args.templates.clone(),
        digits: args.digits.map(|d| match d {
            DigitsArg::Latn => Digits::Latn,
            DigitsArg::Deva => Digits::Deva,
        }),
    }
}

/// Builds the engine, or says why the locale or template files cannot be used.
fn build_engine(args: &EngineArgs) -> Result<Engine, Outcome> {
    Engine::with_options(&engine_options(args)).map_err(|e| {
        eprintln!("suchana: error: {e}");
        Outcome::Usage
    })
}

/// The language groups to render: each language on its own, or all together (--bilingual).
fn language_groups(langs: &[Lang], bilingual: bool) -> Result<Vec<Vec<Lang>>, Outcome> {
    let mut seen = Vec::new();
    for &l in langs {
        if seen.contains(&l) {
            eprintln!("suchana: error: --lang names {} twice", l.code());
            return Err(Outcome::Usage);
        }
        seen.push(l);
    }
    if bilingual {
        if langs.len() < 2 {
            eprintln!(
                "suchana: error: --bilingual needs two languages, in order: --lang mr,hi or --lang hi,mr"
            );
            return Err(Outcome::Usage);
        }
        Ok(vec![langs.to_vec()])
    } else {
        Ok(langs.iter().map(|&l| vec![l]).collect())
    }
}

/// The language label of a rendering: `mr-IN`, or `mr-IN+hi-IN` when bilingual.
fn lang_label(langs: &[Lang]) -> String {
    langs.iter().map(|l| l.tag()).collect::<Vec<_>>().join("+")
}

/// Where renderings go.
enum Sink<'a> {
    /// Text on stdout, renderings separated by a blank line.
    Text { first: bool },
    /// One JSON object per line on stdout.
    Jsonl,
    /// One file per rendering in a folder; remembers what it wrote, to refuse overwriting
    /// one notice with another of the same id.
    Files {
        dir: &'a Path,
        written: HashMap<PathBuf, (String, Position)>,
    },
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

/// The entry point for `suchana render`: parse each file, render each notice in each language.
fn render(args: &RenderArgs) -> Outcome {
    let engine = match build_engine(&args.engine) {
        Ok(e) => e,
        Err(o) => return o,
    };
    let groups = match language_groups(&args.lang, args.bilingual) {
        Ok(g) => g,
        Err(o) => return o,
    };
    if (args.dlt || args.dlt_templates.is_some()) && args.format != Format::Sms {
        eprintln!("suchana: error: --dlt and --dlt-templates check SMS: add --format sms");
        return Outcome::Usage;
    }
    let registered = match &args.dlt_templates {
        None => None,
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => Some(suchana::render::parse_templates(&text)),
            Err(e) => {
                eprintln!("{}: error: cannot read: {e}", path.display());
                return Outcome::Io;
            }
        },
    };
    let mut sink = match &args.out {
        Some(dir) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!(
                    "{}: error: cannot create the output folder: {e}",
                    dir.display()
                );
                return Outcome::Io;
            }
            Sink::Files {
                dir,
                written: HashMap::new(),
            }
        }
        None if args.jsonl => Sink::Jsonl,
        None => Sink::Text { first: true },
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut worst = Outcome::Ok;
    for path in &args.files {
        let (name, text) = match read_input(path) {
            Ok(input) => input,
            Err(o) => {
                worst = worst.max(o);
                continue;
            }
        };
        for result in suchana::parse_str(&text, &name) {
            let notice = match result {
                Ok(n) => n,
                Err(errors) => {
                    report(&errors, &text);
                    worst = worst.max(Outcome::BadInput);
                    continue;
                }
            };
            for langs in &groups {
                let job = Job {
                    engine: &engine,
                    notice: &notice,
                    langs,
                    args,
                    registered: registered.as_deref(),
                    source: &text,
                };
                match job.run(&mut sink, &mut out) {
                    Ok(()) => {}
                    Err(Outcome::Ok) => return worst, // stdout closed: stop quietly
                    Err(Outcome::Io) => return Outcome::Io,
                    Err(o) => worst = worst.max(o),
                }
            }
        }
    }
    worst
}

/// One rendering: a notice in one language, or in several as one bilingual notice.
struct Job<'a> {
    engine: &'a Engine,
    notice: &'a Notice,
    langs: &'a [Lang],
    args: &'a RenderArgs,
    registered: Option<&'a [String]>,
    source: &'a str,
}

impl Job<'_> {
    /// Renders, checks and writes; nothing reaches the output unless all of it succeeded.
    fn run(&self, sink: &mut Sink, out: &mut impl Write) -> Result<(), Outcome> {
        let notice = self.notice;
        let rendering = match self
            .engine
            .render_notice(notice, self.langs, self.args.format)
        {
            Ok(r) => r,
            Err(suchana::RenderError::Data(e)) => {
                report(&[e], self.source);
                return Err(Outcome::BadInput);
            }
            Err(e) => {
                let code = match e {
                    suchana::RenderError::SmsTooLong { .. } => "sms-too-long",
                    _ => "render-failed",
                };
                self.diag(
                    Severity::Error,
                    code,
                    format!("notice `{}`: {e}", notice.id),
                    None,
                    None,
                );
                return Err(Outcome::BadInput);
            }
        };
        if let Some(info) = rendering.sms {
            self.check_sms(&rendering, info)?;
        }
        self.write(sink, out, &rendering)
    }

    fn diag(
        &self,
        severity: Severity,
        code: &'static str,
        message: String,
        position: Option<Position>,
        help: Option<String>,
    ) {
        let diag = Diag {
            file: self.notice.file.to_string(),
            position: position.or(Some(self.notice.at)),
            severity,
            code,
            message,
            help,
        };
        print_diags(&[diag], self.source);
    }

    /// SMS checks: parts (a warning beyond the limit) and DLT (an error with --dlt).
    fn check_sms(
        &self,
        rendering: &Rendering,
        info: suchana::render::SmsInfo,
    ) -> Result<(), Outcome> {
        let id = &self.notice.id;
        if info.parts > suchana::render::SMS_MAX_PARTS {
            self.diag(
                Severity::Warning,
                "sms-too-long",
                format!(
                    "notice `{id}`: the SMS takes {} parts ({} UTF-16 units, {}); more than {} is costly and may arrive out of order",
                    info.parts,
                    info.units,
                    info.encoding.key(),
                    suchana::render::SMS_MAX_PARTS
                ),
                None,
                Some("shorten the longest texts (areas, title, venue)".into()),
            );
        }
        let findings =
            match self
                .engine
                .check_dlt(self.notice, self.langs, &rendering.text, self.registered)
            {
                Ok(f) => f,
                Err(e) => {
                    self.diag(
                        Severity::Error,
                        "render-failed",
                        format!("notice `{id}`: {e}"),
                        None,
                        None,
                    );
                    return Err(Outcome::BadInput);
                }
            };
        let severity = if self.args.dlt {
            Severity::Error
        } else {
            Severity::Warning
        };
        for f in &findings {
            let (message, help) = match &f.problem {
                DltProblem::TooLong { .. } => (
                    match &f.path {
                        Some(path) => format!("notice `{id}`, `{path}`: {}", f.problem),
                        None => format!("notice `{id}`: {}", f.problem),
                    },
                    "shorten this text to 30 characters or fewer for SMS".to_string(),
                ),
                DltProblem::Mismatch { .. } => (
                    format!("notice `{id}`: {}", f.problem),
                    match self.registered {
                        Some(_) => "the locale files changed since the templates were registered: register the output of `suchana dlt` again, or restore the wording".to_string(),
                        None => "a template or locale file puts data outside the SMS variables; print the templates with `suchana dlt`".to_string(),
                    },
                ),
            };
            self.diag(severity, f.problem.code(), message, f.position, Some(help));
        }
        if self.args.dlt && !findings.is_empty() {
            return Err(Outcome::BadInput);
        }
        Ok(())
    }

    fn write(
        &self,
        sink: &mut Sink,
        out: &mut impl Write,
        rendering: &Rendering,
    ) -> Result<(), Outcome> {
        let format = self.args.format;
        let label = lang_label(self.langs);
        match sink {
            Sink::Text { first } => {
                if !*first {
                    emit(out, "\n")?;
                }
                *first = false;
                emit(out, &rendering.text)?;
                if !rendering.text.ends_with('\n') {
                    emit(out, "\n")?;
                }
                Ok(())
            }
            Sink::Jsonl => {
                let record = JsonRendering {
                    id: &self.notice.id,
                    lang: &label,
                    format: format.key(),
                    text: &rendering.text,
                    encoding: rendering.sms.map(|i| i.encoding.key()),
                    units: rendering.sms.map(|i| i.units),
                    parts: rendering.sms.map(|i| i.parts),
                };
                let mut line = serde_json::to_string(&record).map_err(|e| {
                    eprintln!("suchana: error: cannot encode JSON: {e}");
                    Outcome::Io
                })?;
                line.push('\n');
                emit(out, &line)
            }
            Sink::Files { dir, written } => {
                let name = format!("{}.{label}.{}", self.notice.id, format.extension());
                let path = match safe_join(dir, &name) {
                    Some(p) => p,
                    None => {
                        self.diag(
                            Severity::Error,
                            "unsafe-path",
                            format!(
                                "notice `{}`: `{name}` is not a plain file name",
                                self.notice.id
                            ),
                            None,
                            Some("an id may hold only letters, digits, `-`, `_` and `.`".into()),
                        );
                        return Err(Outcome::BadInput);
                    }
                };
                if let Some((file, at)) = written.get(&path) {
                    self.diag(
                        Severity::Error,
                        "duplicate-id",
                        format!(
                            "notice `{}` would overwrite {}, written for the notice at {file}:{at}",
                            self.notice.id,
                            path.display()
                        ),
                        None,
                        Some("give each notice its own `id`".into()),
                    );
                    return Err(Outcome::BadInput);
                }
                write_atomically(&path, rendering.text.as_bytes()).map_err(|e| {
                    eprintln!("{}: error: cannot write: {e}", path.display());
                    Outcome::Io
                })?;
                written.insert(path, (self.notice.file.to_string(), self.notice.at));
                Ok(())
            }
        }
    }
}

/// `dir/name`, or `None` when `name` is not one plain file name inside `dir`.
fn safe_join(dir: &Path, name: &str) -> Option<PathBuf> {
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', '\0'])
        && name != ".."
        && Path::new(name).components().count() == 1;
    let path = dir.join(name);
    (plain && path.parent() == Some(dir)).then_some(path)
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`: a reader
/// (or an interrupted run) sees the old file or the whole new one, never half of it. On any
/// error the temporary file is removed.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("notice");
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.flush()))
        .and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The entry point for `suchana validate`: parse and check every notice, render nothing.
fn validate(files: &[PathBuf]) -> Outcome {
    let mut worst = Outcome::Ok;
    for path in files {
        let (name, text) = match read_input(path) {
            Ok(input) => input,
            Err(o) => {
                worst = worst.max(o);
                continue;
            }
        };
        let (mut good, mut bad) = (0, 0);
        for result in suchana::parse_str(&text, &name) {
            match result {
                Ok(_) => good += 1,
                Err(errors) => {
                    bad += 1;
                    report(&errors, &text);
                }
            }
        }
        if bad > 0 {
            worst = worst.max(Outcome::BadInput);
        }
        eprintln!("{name}: {good} valid, {bad} with errors");
    }
    worst
}

/// The entry point for `suchana example`: print a starter file that validates.
fn example(kind: KindArg) -> Outcome {
    let kind = kind_of(kind);
    let text = EXAMPLES
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("", |(_, t)| t);
    emit(&mut io::stdout().lock(), text)
        .err()
        .unwrap_or(Outcome::Ok)
}

/// The entry point for `suchana schema`: print the JSON Schema of the data contract.
fn schema() -> Outcome {
    let text = serde_json::to_string_pretty(&suchana::schema()).unwrap_or_default() + "\n";
    emit(&mut io::stdout().lock(), &text)
        .err()
        .unwrap_or(Outcome::Ok)
}

/// The entry point for `suchana dlt`: print every SMS template of a kind, ready to register.
fn dlt(args: &DltArgs) -> Outcome {
    let engine = match build_engine(&args.engine) {
        Ok(e) => e,
        Err(o) => return o,
    };
    let groups = match language_groups(&args.lang, args.bilingual) {
        Ok(g) => g,
        Err(o) => return o,
    };
    let kind = kind_of(args.kind);
    let mut text = String::new();
    for langs in &groups {
        let templates = match engine.dlt_templates(kind, langs) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("suchana: error: {e}");
                return Outcome::Usage;
            }
        };
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!(
            "# DLT templates: {} SMS, {} ({} templates). Register each one as it stands:\n# {{#var#}} marks where data goes ({} characters at most); lines starting with # are notes.\n",
            kind.key(),
            lang_label(langs),
            templates.len(),
            suchana::render::DLT_VARIABLE_LIMIT,
        ));
        for (i, t) in templates.iter().enumerate() {
            text.push_str(&format!(
                "\n# {}. variables: {}\n",
                i + 1,
                t.variables.join(", ")
            ));
            for case in &t.cases {
                text.push_str(&format!("#    when {case}\n"));
            }
            text.push_str(&t.text);
            text.push('\n');
        }
    }
    emit(&mut io::stdout().lock(), &text)
        .err()
        .unwrap_or(Outcome::Ok)
}

fn kind_of(kind: KindArg) -> Kind {
    match kind {
        KindArg::Outage => Kind::Outage,
        KindArg::Safety => Kind::Safety,
        KindArg::Meeting => Kind::Meeting,
    }
}

/// The entry point for `suchana check`: report every problem in the locale files and templates.
fn check(args: &CheckArgs) -> Outcome {
    let options = suchana::check::CheckOptions {
        locales_dir: args.locales.clone(),
        templates_dir: args.templates.clone(),
    };
    let findings = match suchana::check::check(&options) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("suchana: error: {e}");
            return Outcome::Usage;
        }
    };
    let text = match args.format {
        CheckFormat::Human => findings.iter().map(|f| format!("{f}\n")).collect(),
        CheckFormat::Json => serde_json::to_string_pretty(&findings).unwrap_or_default() + "\n",
    };
    if let Err(o) = emit(&mut io::stdout().lock(), &text) {
        return o;
    }
    if suchana::check::has_errors(&findings) {
        Outcome::BadInput
    } else {
        Outcome::Ok
    }
}
