//! The `suchana` command: a thin dispatcher over the library. Parses arguments, calls one
//! entry point per subcommand, and maps the outcome to an exit code:
//! 0 all good, 1 some input was bad (the rest still rendered), 2 bad usage, 3 I/O failure.
#![forbid(unsafe_code)]

mod cli;

// Rendering a batch allocates many small strings on every core; mimalloc's per-thread heaps
// take a third of the time glibc's allocator does here (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use suchana::notice::InputFormat;
use suchana::{Digits, Engine, EngineOptions, Format, Kind, Lang};

use cli::Outcome;
use cli::batch::{Batch, Output, RenderPlan, SinkKind};

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
    Validate(ValidateArgs),
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
    #[command(flatten)]
    batch: BatchArgs,
}

/// Inputs and how to work through them.
#[derive(clap::Args)]
struct BatchArgs {
    /// How the input is written: yaml (one or more documents) or jsonl (one notice object a
    /// line). Files named *.jsonl are read as JSON Lines either way.
    #[arg(long, value_enum, default_value = "yaml")]
    input: InputArg,
    /// Worker threads (default: one per core). Output is in input order whatever the number.
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// No progress bar and no summary line on stderr (problems are still reported).
    #[arg(long, short)]
    quiet: bool,
    /// YAML or JSON Lines files, folders (every *.yaml, *.yml and *.jsonl inside, sorted), or
    /// `-` for standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct ValidateArgs {
    #[command(flatten)]
    batch: BatchArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputArg {
    Yaml,
    Jsonl,
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
        Command::Validate(args) => validate(&args),
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
                "suchana: error: --bilingual needs two or more languages, in order: --lang mr,hi, --lang hi,en or --lang mr,hi,en"
            );
            return Err(Outcome::Usage);
        }
        Ok(vec![langs.to_vec()])
    } else {
        Ok(langs.iter().map(|&l| vec![l]).collect())
    }
}

fn batch<'a>(args: &BatchArgs, plan: Option<RenderPlan<'a>>, sink: SinkKind) -> Batch<'a> {
    Batch {
        plan,
        sink,
        input: match args.input {
            InputArg::Yaml => InputFormat::Yaml,
            InputArg::Jsonl => InputFormat::Jsonl,
        },
        jobs: args.jobs.map(usize::from),
        quiet: args.quiet,
    }
}

/// The entry point for `suchana render`: stream every input through the workers and write each
/// notice in each language, in input order.
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
    let (sink, output) = match (&args.out, args.jsonl) {
        (Some(dir), _) => (SinkKind::Files(dir.clone()), Output::Files),
        (None, true) => (SinkKind::Jsonl, Output::Jsonl),
        (None, false) => (SinkKind::Text, Output::Text),
    };
    let plan = RenderPlan {
        output,
        engine: &engine,
        groups,
        format: args.format,
        dlt: args.dlt,
        registered,
    };
    batch(&args.batch, Some(plan), sink).run(&args.batch.files)
}

/// The entry point for `suchana validate`: parse and check every notice, render nothing.
fn validate(args: &ValidateArgs) -> Outcome {
    batch(&args.batch, None, SinkKind::Nothing).run(&args.batch.files)
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
            cli::batch::lang_label(langs),
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
