//! One entry point per subcommand; each says how it ended as an [`Outcome`].

use std::io::{self, Write};

use clap::CommandFactory;
use clap_complete::Shell;
use suchana::notice::InputFormat;
use suchana::sheet::SheetFormat;
use suchana::{Digits, Engine, EngineOptions, Format, Kind, Lang};

use super::Outcome;
use super::args::{
    BatchArgs, CheckArgs, CheckFormat, Cli, DigitsArg, DltArgs, EngineArgs, InputArg, RenderArgs,
    ValidateArgs, WhatsappTemplatesArgs,
};
use super::batch::{Batch, Input, Output, RenderPlan, SinkKind};

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
        kinds_dir: args.kinds.clone(),
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

/// The engine and the language groups of a command that renders (`render`, `dlt`). The
/// languages are read after the engine is built: its locales folder may add some.
fn engine_and_groups(
    engine: &EngineArgs,
    tags: &[String],
    bilingual: bool,
) -> Result<(Engine, Vec<Vec<Lang>>), Outcome> {
    let engine = build_engine(engine)?;
    let spoken = engine.languages();
    let mut langs = Vec::new();
    for tag in tags {
        match tag.parse::<Lang>() {
            Ok(lang) if spoken.contains(&lang) => langs.push(lang),
            Ok(lang) => {
                eprintln!(
                    "suchana: error: --lang {tag}: {} is not in this run's locales; give --locales the folder that holds {}/",
                    lang.tag(),
                    lang.tag()
                );
                return Err(Outcome::Usage);
            }
            Err(e) => {
                eprintln!("suchana: error: --lang: {e}");
                return Err(Outcome::Usage);
            }
        }
    }
    let groups = language_groups(&langs, bilingual)?;
    Ok((engine, groups))
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
        kinds: None,
        sink,
        input: match args.input {
            InputArg::Yaml => Input::Stream(InputFormat::Yaml),
            InputArg::Jsonl => Input::Stream(InputFormat::Jsonl),
            InputArg::Csv => Input::Sheet(SheetFormat::Csv),
            InputArg::Xlsx => Input::Sheet(SheetFormat::Xlsx),
            InputArg::Ods => Input::Sheet(SheetFormat::Ods),
        },
        kind: args.kind.clone(),
        sheet: args.sheet.clone(),
        jobs: args.jobs.map(usize::from),
        quiet: args.quiet,
    }
}

/// The entry point for `suchana render`: stream every input through the workers and write each
/// notice in each language, in input order.
pub fn render(args: &RenderArgs) -> Outcome {
    let (engine, groups) = match engine_and_groups(&args.engine, &args.lang, args.bilingual) {
        Ok(both) => both,
        Err(o) => return o,
    };
    // An alert holds every language: one group of them all.
    let groups = if Format::ALERT.contains(&args.format) {
        vec![groups.concat()]
    } else {
        groups
    };
    #[cfg(feature = "cap")]
    let cap = match cap_options(args) {
        Ok(options) => options,
        Err(o) => return o,
    };
    if (args.dlt || args.dlt_templates.is_some()) && args.format != Format::Sms {
        eprintln!("suchana: error: --dlt and --dlt-templates check SMS: add --format sms");
        return Outcome::Usage;
    }
    if args.format.is_binary() && args.out.is_none() {
        use std::io::IsTerminal;
        if args.jsonl {
            eprintln!(
                "suchana: error: --format {} makes files, not JSON lines: use --out DIR",
                args.format
            );
            return Outcome::Usage;
        }
        if std::io::stdout().is_terminal() {
            eprintln!(
                "suchana: error: --format {} is a binary file: write it with --out DIR or redirect stdout (> notice.{})",
                args.format,
                args.format.extension()
            );
            return Outcome::Usage;
        }
    }
    if args.whatsapp_templates.is_some() && args.format != Format::WhatsappTemplate {
        eprintln!(
            "suchana: error: --whatsapp-templates checks WhatsApp template messages: add --format whatsapp-template"
        );
        return Outcome::Usage;
    }
    if args.format == Format::WhatsappTemplate && args.bilingual {
        eprintln!(
            "suchana: error: a WhatsApp template speaks one language: leave out --bilingual (each language is its own message)"
        );
        return Outcome::Usage;
    }
    let whatsapp = match &args.whatsapp_templates {
        None => None,
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => match suchana::render::parse_registered(&text) {
                Ok(t) => Some(t),
                Err(e) => {
                    eprintln!("{}: error: {e}", path.display());
                    return Outcome::Usage;
                }
            },
            Err(e) => {
                eprintln!("{}: error: cannot read: {e}", path.display());
                return Outcome::Io;
            }
        },
    };
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
        #[cfg(feature = "cap")]
        cap,
        whatsapp,
    };
    batch(&args.batch, Some(plan), sink).run(&args.batch.files)
}

/// The sender and sent time of CAP alerts, from --cap-sender and --cap-sent (which need
/// --format cap).
#[cfg(feature = "cap")]
fn cap_options(args: &RenderArgs) -> Result<suchana::cap::CapOptions, Outcome> {
    use suchana::cap::CapOptions;
    if args.format != Format::Cap && (args.cap_sender.is_some() || args.cap_sent.is_some()) {
        eprintln!(
            "suchana: error: --cap-sender and --cap-sent describe CAP alerts: add --format cap"
        );
        return Err(Outcome::Usage);
    }
    let mut options = match &args.cap_sender {
        None => CapOptions::default(),
        Some(sender) => CapOptions::with_sender(sender).map_err(|e| {
            eprintln!("suchana: error: --cap-sender: {e}");
            Outcome::Usage
        })?,
    };
    if let Some(sent) = &args.cap_sent {
        let Some(t) = suchana::notice::datetime::parse_datetime(sent) else {
            eprintln!(
                "suchana: error: --cap-sent: `{sent}` is not a date and time; write YYYY-MM-DDTHH:MM (IST), e.g. 2025-11-22T09:30"
            );
            return Err(Outcome::Usage);
        };
        options.sent = Some(t);
    }
    Ok(options)
}

/// The entry point for `suchana validate`: parse and check every notice, render nothing.
pub fn validate(args: &ValidateArgs) -> Outcome {
    let Some(dir) = &args.kinds else {
        return batch(&args.batch, None, SinkKind::Nothing).run(&args.batch.files);
    };
    let options = EngineOptions {
        kinds_dir: Some(dir.clone()),
        ..EngineOptions::default()
    };
    let engine = match Engine::with_options(&options) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("suchana: error: {e}");
            return Outcome::Usage;
        }
    };
    let mut run = batch(&args.batch, None, SinkKind::Nothing);
    run.kinds = Some(&engine);
    run.run(&args.batch.files)
}

/// An engine that knows the kinds of `dir` (or only the built-in kinds).
pub(super) fn kinds_engine(dir: Option<&std::path::Path>) -> Result<Engine, Outcome> {
    let options = EngineOptions {
        kinds_dir: dir.map(std::path::Path::to_path_buf),
        ..EngineOptions::default()
    };
    Engine::with_options(&options).map_err(|e| {
        eprintln!("suchana: error: {e}");
        Outcome::Usage
    })
}

/// Says that `kind` is not a kind `engine` knows.
pub(super) fn unknown_kind(engine: &Engine, kind: &str) -> Outcome {
    let known: Vec<&str> = engine
        .kinds()
        .definitions()
        .iter()
        .map(|d| d.kind.as_str())
        .collect();
    eprintln!(
        "suchana: error: unknown kind `{kind}`: write one of {} (or add its folder with --kinds DIR)",
        known.join(", ")
    );
    Outcome::Usage
}

/// The entry point for `suchana example`: print a starter file that validates, or write a
/// starter sheet (`--sheet FILE.xlsx|FILE.csv`).
pub fn example(
    kind: &str,
    kinds: Option<&std::path::Path>,
    sheet: Option<&std::path::Path>,
) -> Outcome {
    if let Some(path) = sheet {
        return super::sheet::starter(kind, kinds, path);
    }
    let engine = match kinds_engine(kinds) {
        Ok(e) => e,
        Err(o) => return o,
    };
    let Some(text) = engine.example(kind) else {
        return unknown_kind(&engine, kind);
    };
    emit(&mut io::stdout().lock(), &text)
        .err()
        .unwrap_or(Outcome::Ok)
}

/// The entry point for `suchana schema`: print the JSON Schema of the data contract.
pub fn schema(kind: Option<&str>, kinds: Option<&std::path::Path>) -> Outcome {
    let engine = match kinds_engine(kinds) {
        Ok(e) => e,
        Err(o) => return o,
    };
    let Some(schema) = engine.schema(kind) else {
        return unknown_kind(&engine, kind.unwrap_or_default());
    };
    let text = serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n";
    emit(&mut io::stdout().lock(), &text)
        .err()
        .unwrap_or(Outcome::Ok)
}

/// The entry point for `suchana dlt`: print every SMS template of a kind, ready to register.
pub fn dlt(args: &DltArgs) -> Outcome {
    let (engine, groups) = match engine_and_groups(&args.engine, &args.lang, args.bilingual) {
        Ok(both) => both,
        Err(o) => return o,
    };
    if Kind::from_key(&args.kind).is_none() && engine.kinds().get(&args.kind).is_none() {
        return unknown_kind(&engine, &args.kind);
    }
    let kind = args.kind.as_str();
    let mut text = String::new();
    for langs in &groups {
        let templates = match engine.dlt_templates_of(kind, langs) {
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
            kind,
            super::batch::lang_label(langs),
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

/// The entry point for `suchana whatsapp-templates`: print the WhatsApp Business template of
/// every case of a kind in each language, one JSON body a line, and report on stderr every
/// rule of Meta's one breaks (exit 1 then).
pub fn whatsapp_templates(args: &WhatsappTemplatesArgs) -> Outcome {
    let (engine, groups) = match engine_and_groups(&args.engine, &args.lang, false) {
        Ok(both) => both,
        Err(o) => return o,
    };
    let kind = args.kind.as_str();
    if Kind::from_key(kind).is_none() && engine.kinds().get(kind).is_none() {
        return unknown_kind(&engine, kind);
    }
    let mut examples = Vec::new();
    let mut sources: Vec<(String, String)> = Vec::new();
    if let Some(path) = &args.example {
        match std::fs::read_to_string(path) {
            Ok(text) => sources.push((path.display().to_string(), text)),
            Err(e) => {
                eprintln!("{}: error: cannot read: {e}", path.display());
                return Outcome::Io;
            }
        }
    }
    if let Some(text) = engine.example(kind) {
        sources.push((format!("suchana example {kind}"), text));
    }
    for (file, text) in &sources {
        for result in engine.parse_str(text, file) {
            match result {
                Ok(notice) => examples.push(notice),
                Err(errors) => {
                    let diags: Vec<super::diag::Diag> =
                        errors.iter().map(super::diag::Diag::from).collect();
                    super::diag::print(&diags, None);
                    return Outcome::BadInput;
                }
            }
        }
    }
    let langs: Vec<Lang> = groups.into_iter().flatten().collect();
    let templates = match engine.whatsapp_templates_of(kind, &langs, &examples) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("suchana: error: {e}");
            return Outcome::Usage;
        }
    };
    let mut outcome = Outcome::Ok;
    for t in &templates {
        let case = match t.cases.as_slice() {
            [one] => one.clone(),
            [first, rest @ ..] => format!("{first}, and {} more cases", rest.len()),
            [] => String::new(),
        };
        for problem in t.lint() {
            eprintln!(
                "suchana: error[{}]: {} ({}; {}): {problem}",
                problem.code(),
                t.name,
                t.language,
                case
            );
            outcome = Outcome::BadInput;
        }
    }
    for (name, in_templates) in Engine::whatsapp_missing_examples(&templates) {
        eprintln!(
            "suchana: warning[whatsapp-no-example]: no example notice gives ${name} (in {} templates, e.g. {}): its example is its name; give --example FILE with a notice that has it",
            in_templates.len(),
            in_templates.first().map_or("", String::as_str)
        );
    }
    let text: String = templates.iter().map(|t| t.to_json() + "\n").collect();
    if let Err(o) = emit(&mut io::stdout().lock(), &text) {
        return o;
    }
    outcome
}

/// The entry point for `suchana check`: report every problem in the locale files and templates.
pub fn check(args: &CheckArgs) -> Outcome {
    let options = suchana::check::CheckOptions {
        locales_dir: args.locales.clone(),
        templates_dir: args.templates.clone(),
        kinds_dir: args.kinds.clone(),
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

/// The entry point for `suchana completions SHELL`: print the completion script.
pub fn completions(shell: Shell) -> Outcome {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "suchana", &mut script);
    emit(&mut io::stdout().lock(), &String::from_utf8_lossy(&script))
        .err()
        .unwrap_or(Outcome::Ok)
}

/// The entry point for `suchana man`: print the manual page in roff.
pub fn man() -> Outcome {
    let mut page = Vec::new();
    if let Err(e) = clap_mangen::Man::new(Cli::command()).render(&mut page) {
        eprintln!("suchana: error: cannot make the manual page: {e}");
        return Outcome::Io;
    }
    emit(&mut io::stdout().lock(), &String::from_utf8_lossy(&page))
        .err()
        .unwrap_or(Outcome::Ok)
}

/// The entry point for `suchana serve`: build the engine once, then serve the page and the
/// API until Ctrl-C.
#[cfg(feature = "serve")]
pub fn serve(args: &super::args::ServeArgs) -> Outcome {
    use std::net::{IpAddr, Ipv4Addr, SocketAddr};

    let engine = match build_engine(&args.engine) {
        Ok(e) => e,
        Err(o) => return o,
    };
    let ip = args.bind.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let token = match (&args.token, ip.is_loopback()) {
        (Some(t), _) if t.trim().len() < 16 => {
            eprintln!("suchana: error: --token: use 16 characters or more");
            return Outcome::Usage;
        }
        (Some(t), _) => Some(t.trim().to_string()),
        (None, true) => None,
        (None, false) => match suchana::serve::tokens::generate() {
            Ok(t) => Some(t),
            Err(e) => {
                eprintln!("suchana: error: {e}");
                return Outcome::Io;
            }
        },
    };
    let config = suchana::serve::ServeConfig {
        token: token.clone(),
        limits: suchana::serve::Limits::default(),
    };
    let app = match suchana::serve::app(engine, config) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("suchana: error: {e}");
            return Outcome::Usage;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("suchana: error: cannot start the server: {e}");
            return Outcome::Io;
        }
    };
    runtime.block_on(async {
        let listener = match tokio::net::TcpListener::bind(SocketAddr::new(ip, args.port)).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("suchana: error: cannot listen on {ip}:{}: {e}", args.port);
                return Outcome::Io;
            }
        };
        let addr = listener
            .local_addr()
            .unwrap_or(SocketAddr::new(ip, args.port));
        let host = if ip.is_unspecified() {
            "THIS-COMPUTER".to_string()
        } else {
            match addr {
                SocketAddr::V4(a) => a.ip().to_string(),
                SocketAddr::V6(a) => format!("[{}]", a.ip()),
            }
        };
        let url = format!("http://{host}:{}/", addr.port());
        let text = match &token {
            None => format!("suchana serve: {url} (this computer only; Ctrl-C stops)\n"),
            Some(t) => format!(
                "suchana serve: {url}#token={t} (listening on {addr}; Ctrl-C stops)\n\
                 access token: {t}\n\
                 every request but the page's needs it: Authorization: Bearer {t}\n"
            ),
        };
        if let Err(o) = emit(&mut io::stdout().lock(), &text) {
            return o;
        }
        let _ = io::stdout().flush();
        match suchana::serve::serve(listener, app).await {
            Ok(()) => Outcome::Ok,
            Err(e) => {
                eprintln!("suchana: error: the server stopped: {e}");
                Outcome::Io
            }
        }
    })
}
