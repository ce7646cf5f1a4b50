//! The command line: every subcommand and option, as clap parses them. Each command's help
//! ends with an example.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use suchana::Format;

/// `suchana`: notices in Marathi and Hindi from YAML data.
#[derive(Parser)]
#[command(
    name = "suchana",
    version,
    about = "Localised public notices in Marathi, Hindi and English",
    after_help = "Example:\n  suchana render --lang mr,hi examples/outage.yaml"
)]
pub struct Cli {
    /// Colour in diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(
        long,
        value_enum,
        default_value = "auto",
        global = true,
        value_name = "WHEN"
    )]
    pub color: ColorArg,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Render notices from YAML files (`-` reads standard input).
    #[command(
        after_help = "Example:\n  suchana render --lang mr,hi --format sms --out notices/ examples/outage.yaml"
    )]
    Render(RenderArgs),
    /// Check notice data without rendering it.
    #[command(after_help = "Example:\n  suchana validate notices/*.yaml")]
    Validate(ValidateArgs),
    /// Print a starter YAML file for a kind of notice (or write a starter sheet).
    #[command(
        after_help = "Examples:\n  suchana example outage > wai-outage.yaml\n  suchana example outage --sheet outages.xlsx"
    )]
    Example {
        /// outage, safety, meeting, or a kind of --kinds.
        kind: String,
        /// Write a starter sheet to FILE instead: FILE.xlsx (dropdowns, date formats, a note
        /// on each column) or FILE.csv.
        #[arg(long, value_name = "FILE")]
        sheet: Option<PathBuf>,
        /// Also know the kinds of DIR (DIR/kinds/<kind>.yaml).
        #[arg(long, value_name = "DIR")]
        kinds: Option<PathBuf>,
    },
    /// Print the JSON Schema of the notice data (of every kind, or of KIND).
    #[command(
        after_help = "Example:\n  suchana schema > notice-data-v1.schema.json\n  suchana schema water-supply --kinds examples/kinds/water-supply"
    )]
    Schema {
        /// Only this kind: outage, safety, meeting, or a kind of --kinds.
        kind: Option<String>,
        /// Also know the kinds of DIR (DIR/kinds/<kind>.yaml).
        #[arg(long, value_name = "DIR")]
        kinds: Option<PathBuf>,
    },
    /// Print the SMS templates of a kind of notice in the form DLT registers them.
    #[command(after_help = "Example:\n  suchana dlt outage --lang mr,hi > dlt-outage.txt")]
    Dlt(DltArgs),
    /// Print the WhatsApp Business templates of a kind of notice (one JSON body a line, to
    /// create each), and check each against the rules Meta enforces.
    #[command(
        name = "whatsapp-templates",
        after_help = "Example:\n  suchana whatsapp-templates outage --lang mr,hi,en > wa-outage.jsonl"
    )]
    WhatsappTemplates(WhatsappTemplatesArgs),
    /// Check the locale files and templates for translators' mistakes.
    #[command(
        after_help = "Examples:\n  suchana check --locales my-locales/ --format json\n  suchana check --kinds examples/kinds/water-supply"
    )]
    Check(CheckArgs),
    /// Serve the page where notices are composed and previewed in every language, and the
    /// JSON API (POST /api/render, GET /api/kinds, /api/schema/KIND, /api/example/KIND).
    #[cfg(feature = "serve")]
    #[command(
        after_help = "Examples:\n  suchana serve                      # http://127.0.0.1:8080/\n  suchana serve --bind 0.0.0.0 --port 9000   # beyond this computer: prints the access token"
    )]
    Serve(ServeArgs),
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell.
    #[command(
        after_help = "Example (bash):\n  suchana completions bash > ~/.local/share/bash-completion/completions/suchana"
    )]
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff), for `man`.
    #[command(after_help = "Example:\n  suchana man > ~/.local/share/man/man1/suchana.1")]
    Man,
}

/// When diagnostics are coloured.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// On a terminal, unless the NO_COLOR environment variable is set.
    Auto,
    /// Always, even piped (and whatever NO_COLOR says).
    Always,
    /// Never.
    Never,
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Check the .ftl files in DIR/mr-IN and DIR/hi-IN instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Check the .tera templates in DIR instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Also check the kinds folder DIR (kinds/<kind>.yaml, locales/<tag>/<kind>.ftl,
    /// templates/<kind>.<format>.tera), as `suchana render --kinds DIR` uses it.
    #[arg(long, value_name = "DIR")]
    pub kinds: Option<PathBuf>,
    /// Output: one `FILE:LINE:COL: severity[code]: message` a line, or a JSON array.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

/// Where the words and layout come from, and which digits to print.
#[derive(clap::Args)]
pub struct EngineArgs {
    /// Digits for every language: latn (0-9) or deva (०-९); default: each language's own.
    #[arg(long, value_enum)]
    pub digits: Option<DigitsArg>,
    /// Use the .ftl files in DIR/<tag> (mr-IN, hi-IN, en-IN) instead of the built-in ones of
    /// each language that has a folder there; a folder with a language.yaml adds a language.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Use the .tera templates in DIR instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Add the notice kinds of DIR: DIR/kinds/<kind>.yaml, DIR/locales/<tag>/<kind>.ftl and
    /// DIR/templates/<kind>.<format>.tera.
    #[arg(long, value_name = "DIR")]
    pub kinds: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct RenderArgs {
    /// Languages, in order: mr, hi, en, or several such as mr,hi, hi,en or mr,hi,en (or a
    /// language of --locales, e.g. gu).
    #[arg(long, short, default_value = "mr", value_delimiter = ',')]
    pub lang: Vec<String>,
    /// Output format: text, whatsapp, sms, html; whatsapp-template (the WhatsApp Business
    /// send payload of each notice, one language); with the `pdf` feature also pdf (A4
    /// pages) and png (one image 1080 px wide), best written with --out DIR; with the `cap`
    /// feature also cap (an OASIS CAP 1.2 alert holding every language of --lang; outage and
    /// safety).
    #[arg(long, short, default_value = "text", value_parser = parse_format)]
    pub format: Format,
    /// One notice holding every language of --lang, in that order (e.g. --lang mr,hi).
    #[arg(long)]
    pub bilingual: bool,
    /// Print one JSON object per rendering (id, lang, format, text; for SMS also encoding,
    /// units and parts) instead of the text.
    #[arg(long, conflicts_with = "out")]
    pub jsonl: bool,
    /// Write one file per rendering, DIR/<id>.<lang>.<ext>, instead of printing.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// With --format sms: refuse any SMS that breaks its DLT template (without it: a warning).
    #[arg(long)]
    pub dlt: bool,
    /// With --format sms: check against these registered templates (as `suchana dlt` prints
    /// them) instead of the templates of the current locale files.
    #[arg(long, value_name = "FILE")]
    pub dlt_templates: Option<PathBuf>,
    /// With --format cap: the alerts' <sender>, the issuer's address or domain as the
    /// aggregator knows it, e.g. alerts@mahadiscom.in (default: suchana.invalid, which
    /// marks an alert no issuer has claimed).
    #[cfg(feature = "cap")]
    #[arg(long, value_name = "ADDR")]
    pub cap_sender: Option<String>,
    /// With --format cap: the alerts' <sent> time, YYYY-MM-DDTHH:MM in IST (default: 00:00 of
    /// each notice's `issued` date).
    #[cfg(feature = "cap")]
    #[arg(long, value_name = "TIME")]
    pub cap_sent: Option<String>,
    /// With --format whatsapp-template: check each message against these registered
    /// templates (as `suchana whatsapp-templates` prints them).
    #[arg(long, value_name = "FILE")]
    pub whatsapp_templates: Option<PathBuf>,
    #[command(flatten)]
    pub engine: EngineArgs,
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// Inputs and how to work through them.
#[derive(clap::Args)]
pub struct BatchArgs {
    /// How the input is written: yaml (one or more documents), jsonl (one notice object a
    /// line), or a sheet: csv, xlsx, ods (one notice a row). Files named *.jsonl, *.csv,
    /// *.xlsx and *.ods are read by their extension either way.
    #[arg(long, value_enum, default_value = "yaml")]
    pub input: InputArg,
    /// Sheets: the kind of every row without a `kind` cell (outage, safety, meeting, or a
    /// kind of --kinds).
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Workbooks: read the sheet NAME (hidden sheets too) instead of the first visible one.
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Worker threads (default: one per core). Output is in input order whatever the number.
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// No progress bar and no summary line on stderr (problems are still reported).
    #[arg(long, short)]
    pub quiet: bool,
    /// YAML, JSON Lines, CSV, XLSX or ODS files, folders (every such file inside, sorted), or
    /// `-` for standard input (YAML, JSON Lines or CSV).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

#[derive(clap::Args)]
pub struct ValidateArgs {
    /// Also read notices of the kinds of DIR (DIR/kinds/<kind>.yaml).
    #[arg(long, value_name = "DIR")]
    pub kinds: Option<PathBuf>,
    #[command(flatten)]
    pub batch: BatchArgs,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum InputArg {
    Yaml,
    Jsonl,
    Csv,
    Xlsx,
    Ods,
}

#[derive(clap::Args)]
pub struct DltArgs {
    /// outage, safety, meeting, or a kind of --kinds.
    pub kind: String,
    /// Languages: mr, hi, en, or several (each printed on its own, or together with
    /// --bilingual).
    #[arg(long, short, default_value = "mr", value_delimiter = ',')]
    pub lang: Vec<String>,
    /// The templates of a bilingual SMS holding every language of --lang.
    #[arg(long)]
    pub bilingual: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(clap::Args)]
pub struct WhatsappTemplatesArgs {
    /// outage, safety, meeting, or a kind of --kinds.
    pub kind: String,
    /// Languages: mr, hi, en, or several (a WhatsApp template speaks one language; each is
    /// printed on its own).
    #[arg(long, short, default_value = "mr", value_delimiter = ',')]
    pub lang: Vec<String>,
    /// Take the footer (the issuer) and the example values from the notices of FILE before
    /// the kind's starter example: register templates with your own issuer.
    #[arg(long, value_name = "FILE")]
    pub example: Option<PathBuf>,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum DigitsArg {
    Latn,
    Deva,
}

pub fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|mut e| {
        if !Format::PRINT.is_empty() {
            e.push_str("; or, to print, pdf or png");
        }
        if !Format::ALERT.is_empty() {
            e.push_str("; or, for alert aggregators, cap");
        }
        e
    })
}

/// `suchana serve`.
#[cfg(feature = "serve")]
#[derive(clap::Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port; the URL printed names it).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// The address to listen on; default 127.0.0.1 (this computer only). Any other address
    /// needs an access token on every request: --token, or one made and printed.
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<std::net::IpAddr>,
    /// The access token requests must carry (`Authorization: Bearer TOKEN`); also on
    /// loopback when given.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "SUCHANA_TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
    #[command(flatten)]
    pub engine: EngineArgs,
}
