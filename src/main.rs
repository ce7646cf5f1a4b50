//! The `suchana` command: a thin dispatcher over the library. Parses arguments, calls one
//! entry point per subcommand, and maps the outcome to an exit code:
//! 0 all good, 1 some input was bad (the rest still rendered), 2 bad usage, 3 I/O failure.
#![forbid(unsafe_code)]

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, DisplayStyle};
use suchana::{DataError, Digits, Engine, EngineOptions, Format, Kind, Lang, Notice};

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

#[derive(clap::Args)]
struct RenderArgs {
    /// Languages, in order: mr, hi, or mr,hi.
    #[arg(long, short, default_value = "mr", value_delimiter = ',', value_parser = parse_lang)]
    lang: Vec<Lang>,
    /// Output format.
    #[arg(long, short, default_value = "text", value_parser = parse_format)]
    format: Format,
    /// Digits for every language: latn (0-9) or deva (०-९); default: each language's own.
    #[arg(long, value_enum)]
    digits: Option<DigitsArg>,
    /// Use the .ftl files in DIR/mr-IN and DIR/hi-IN instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
    /// Use the .tera templates in DIR instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// YAML files; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
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

/// Prints data errors like a compiler: `FILE:LINE:COL: error[code]: message`, then the help.
fn report(errors: &[DataError], source: &str) {
    let mut files = SimpleFiles::new();
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
    for err in errors {
        let id = files.add(err.file.to_string(), source.to_string());
        let mut diag = Diagnostic::error()
            .with_message(&err.message)
            .with_code(err.code());
        if let Some(pos) = err.position {
            let at = byte_offset(source, pos.line, pos.column);
            let end = source[at..]
                .chars()
                .next()
                .map_or(at, |c| at + c.len_utf8());
            diag = diag.with_labels(vec![Label::primary(id, at..end)]);
        }
        if let Some(help) = &err.help {
            diag = diag.with_notes(vec![format!("help: {help}")]);
        }
        if term::emit_to_write_style(&mut writer, &config, &files, &diag).is_err() {
            eprintln!("{err}");
        }
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

/// The entry point for `suchana render`: parse each file, render each notice in each language.
fn render(args: &RenderArgs) -> Outcome {
    let options = EngineOptions {
        locales_dir: args.locales.clone(),
        templates_dir: args.templates.clone(),
        digits: args.digits.map(|d| match d {
            DigitsArg::Latn => Digits::Latn,
            DigitsArg::Deva => Digits::Deva,
        }),
    };
    let engine = match Engine::with_options(&options) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("suchana: error: {e}");
            return Outcome::Usage;
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut worst = Outcome::Ok;
    let mut first = true;
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
            if let Err(o) = render_notice(&engine, &notice, args, &text, &mut out, &mut first) {
                if o == Outcome::Ok {
                    return worst; // stdout closed: stop quietly
                }
                worst = worst.max(o);
                if o == Outcome::Io {
                    return worst;
                }
            }
        }
    }
    worst
}

/// Renders one notice in every asked language; all of them or none reach the output.
fn render_notice(
    engine: &Engine,
    notice: &Notice,
    args: &RenderArgs,
    source: &str,
    out: &mut impl Write,
    first: &mut bool,
) -> Result<(), Outcome> {
    let mut texts = Vec::with_capacity(args.lang.len());
    for &lang in &args.lang {
        match engine.render(notice, lang, args.format) {
            Ok(t) => texts.push(t),
            Err(suchana::RenderError::Data(e)) => {
                report(&[e], source);
                return Err(Outcome::BadInput);
            }
            Err(e) => {
                eprintln!("{}: error: notice `{}`: {e}", notice.file, notice.id);
                return Err(Outcome::BadInput);
            }
        }
    }
    for text in texts {
        if !*first {
            emit(out, "\n")?;
        }
        *first = false;
        emit(out, &text)?;
    }
    Ok(())
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
    let kind = match kind {
        KindArg::Outage => Kind::Outage,
        KindArg::Safety => Kind::Safety,
        KindArg::Meeting => Kind::Meeting,
    };
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
