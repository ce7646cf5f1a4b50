//! The `suchana` command as a user runs it: output, diagnostics and exit codes.

mod common;
use common::{suchana, text};

use std::io::Write;
use std::process::{Command, Output, Stdio};

#[test]
fn renders_an_example_in_both_languages() {
    let out = suchana(&["render", "--lang", "mr,hi", "examples/outage.yaml"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let mr = stdout.find("२,१८,००० वीजग्राहक").unwrap_or(usize::MAX);
    let hi = stdout.find("2,18,000 उपभोक्ता").unwrap_or(usize::MAX);
    assert!(
        mr < hi && hi != usize::MAX,
        "Marathi first, then Hindi:\n{stdout}"
    );
    assert_eq!(
        text(&out.stderr),
        "suchana: 2 rendered, 0 failed, 2 written\n"
    );
}

#[test]
fn a_bad_document_is_reported_like_a_compiler_and_the_rest_render() {
    let src = "kind: outage\nissuer: { org: X }\nplanned: true\nreason: weather\naeras: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n---\nkind: safety\nissuer: { org: X }\nhazard: monsoon\n";
    let out = suchana(&["render", "--lang", "hi", "-"], Some(src));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(
        stderr.lines().next(),
        Some("<stdin>:5:1: error[unknown-field]: unknown field `aeras` in an outage notice"),
        "{stderr}"
    );
    assert!(stderr.contains("help: did you mean `areas`?"), "{stderr}");
    assert!(
        text(&out.stdout).contains("विद्युत सुरक्षा सूचना"),
        "the good document still renders"
    );
}

#[test]
fn validate_counts_and_fails_on_bad_data() {
    let out = suchana(
        &[
            "validate",
            "examples/outage.yaml",
            "examples/safety.yaml",
            "examples/meeting.yaml",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = suchana(&["validate", "-"], Some("kind: outage\n"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("<stdin>:1:1: error[missing-field]: `issuer` is missing"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn example_prints_starter_files_that_validate() {
    for kind in ["outage", "safety", "meeting"] {
        let example = suchana(&["example", kind], None);
        assert_eq!(example.status.code(), Some(0));
        let starter = text(&example.stdout);
        assert!(starter.contains(&format!("kind: {kind}")));
        let check = suchana(&["validate", "-"], Some(&starter));
        assert_eq!(
            check.status.code(),
            Some(0),
            "{kind}: {}",
            text(&check.stderr)
        );
    }
}

#[test]
fn schema_is_json_with_one_branch_per_kind() {
    let out = suchana(&["schema"], None);
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    // Each kind, and a cancellation of each kind.
    assert_eq!(schema["oneOf"].as_array().map(Vec::len), Some(6));
    let outage = &schema["$defs"]["OutageDoc"];
    assert_eq!(outage["properties"]["kind"]["const"], "outage");
    let required: Vec<&str> = outage["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str())
        .collect();
    for field in ["kind", "issuer", "planned", "reason", "areas", "start"] {
        assert!(required.contains(&field), "{field} required: {required:?}");
    }
    assert_eq!(outage["additionalProperties"], false);
}

#[test]
fn usage_errors_exit_2_and_missing_files_exit_3() {
    let out = suchana(&["render", "--lang", "gu", "examples/outage.yaml"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown language `gu`"));
    let out = suchana(&["render", "no-such-file.yaml"], None);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).starts_with("no-such-file.yaml: error: cannot read"));
}

#[test]
fn non_utf8_input_is_reported_with_its_position() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(["validate", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut pipe) = child.stdin.take() {
        let _ = pipe.write_all(b"kind: outage\nissuer: \xff\n");
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("<stdin>:2:9: error[not-utf8]"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let one = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/outage.yaml"))
        .unwrap_or_default();
    let many: String = (0..300).map(|_| format!("---\n{one}")).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(["render", "--lang", "mr,hi", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    drop(child.stdout.take()); // the reader goes away at once, like `| head -c1`
    if let Some(mut pipe) = child.stdin.take() {
        let _ = pipe.write_all(many.as_bytes());
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// Renders the example outage with a locales folder whose two languages hold only `ftl`.
fn render_with_locales(name: &str, ftl: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("suchana-{name}-{}", std::process::id()));
    for lang in ["mr-IN", "hi-IN"] {
        std::fs::create_dir_all(dir.join(lang)).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.join(lang).join("common.ftl"), ftl).unwrap_or_else(|e| panic!("{e}"));
    }
    let out = suchana(
        &[
            "render",
            "--locales",
            dir.to_str().unwrap_or(""),
            "examples/outage.yaml",
        ],
        None,
    );
    let _ = std::fs::remove_dir_all(&dir);
    out
}

#[test]
fn locale_and_template_folders_override_the_built_in_ones() {
    let built_in = suchana(
        &["render", "--lang", "mr,hi", "examples/meeting.yaml"],
        None,
    );
    let from_dirs = suchana(
        &[
            "render",
            "--lang",
            "mr,hi",
            "--locales",
            "locales",
            "--templates",
            "templates",
            "examples/meeting.yaml",
        ],
        None,
    );
    assert_eq!(
        from_dirs.status.code(),
        Some(0),
        "{}",
        text(&from_dirs.stderr)
    );
    assert_eq!(text(&built_in.stdout), text(&from_dirs.stdout));

    let out = render_with_locales("broken", "notice-heading = सूचना\nbroken = { $x\n");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("mr-IN/common.ftl:3:1: Fluent syntax error"),
        "{stderr}"
    );
    assert!(stderr.contains("Fluent syntax error"), "{stderr}");
}

#[test]
fn a_missing_message_is_an_error_not_text() {
    let out = render_with_locales("partial", "notice-heading = सूचना\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).is_empty(),
        "nothing half-rendered: {}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("no such message"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn jsonl_gives_one_object_per_rendering_with_sms_counts() {
    let out = suchana(
        &[
            "render",
            "--format",
            "sms",
            "--lang",
            "mr,hi",
            "--jsonl",
            "examples/outage.yaml",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "wai-2025-11-24");
    assert_eq!(lines[0]["lang"], "mr-IN");
    assert_eq!(lines[1]["lang"], "hi-IN");
    assert_eq!(lines[0]["format"], "sms");
    assert_eq!(lines[0]["encoding"], "ucs2");
    let sms = lines[0]["text"].as_str().unwrap_or_default();
    assert!(sms.starts_with("महावितरण: २४ नोव्हेंबर, सकाळी १०:००"), "{sms}");
    assert_eq!(lines[0]["units"], sms.encode_utf16().count());
    assert_eq!(lines[0]["parts"], 3);
    // Other formats carry no SMS fields; bilingual renderings name both languages.
    let out = suchana(
        &[
            "render",
            "--lang",
            "hi,mr",
            "--bilingual",
            "--jsonl",
            "examples/meeting.yaml",
        ],
        None,
    );
    let line: serde_json::Value =
        serde_json::from_str(text(&out.stdout).trim()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(line["lang"], "hi-IN+mr-IN");
    assert_eq!(line["format"], "text");
    assert!(line.get("parts").is_none());
}

#[test]
fn out_writes_one_complete_file_per_rendering_and_no_temporary_files() {
    let dir = std::env::temp_dir().join(format!("suchana-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let dir_arg = dir.display().to_string();
    for (format, extra) in [
        ("text", None),
        ("whatsapp", None),
        ("sms", None),
        ("html", Some("--bilingual")),
    ] {
        let mut args = vec!["render", "-f", format, "--lang", "mr,hi", "--out", &dir_arg];
        args.extend(extra);
        args.extend(["examples/outage.yaml", "examples/meeting.yaml"]);
        let out = suchana(&args, None);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty(), "nothing on stdout with --out");
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    assert_eq!(
        names,
        [
            "bsp-customer-meet-2025-09-19.hi-IN.sms.txt",
            "bsp-customer-meet-2025-09-19.hi-IN.txt",
            "bsp-customer-meet-2025-09-19.hi-IN.wa.txt",
            "bsp-customer-meet-2025-09-19.mr-IN+hi-IN.html",
            "bsp-customer-meet-2025-09-19.mr-IN.sms.txt",
            "bsp-customer-meet-2025-09-19.mr-IN.txt",
            "bsp-customer-meet-2025-09-19.mr-IN.wa.txt",
            "wai-2025-11-24.hi-IN.sms.txt",
            "wai-2025-11-24.hi-IN.txt",
            "wai-2025-11-24.hi-IN.wa.txt",
            "wai-2025-11-24.mr-IN+hi-IN.html",
            "wai-2025-11-24.mr-IN.sms.txt",
            "wai-2025-11-24.mr-IN.txt",
            "wai-2025-11-24.mr-IN.wa.txt",
        ]
    );
    let written = std::fs::read_to_string(dir.join("wai-2025-11-24.mr-IN.txt")).unwrap_or_default();
    let printed = text(&suchana(&["render", "examples/outage.yaml"], None).stdout);
    assert_eq!(
        written, printed,
        "the file holds exactly what render prints"
    );
    // The same id twice would overwrite a notice: refused, and the first file kept.
    let twice = std::fs::read_to_string("examples/outage.yaml").unwrap_or_default();
    let stream = format!("{twice}---\n{twice}");
    let out = suchana(&["render", "--out", &dir_arg, "-"], Some(&stream));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("error[duplicate-id]: notice `wai-2025-11-24` would overwrite "),
        "{stderr}"
    );
    assert!(
        stderr.contains("written for the notice at <stdin>:1:1"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `suchana render --lang mr,hi --out DIR examples/outage.yaml` under `umask`.
#[cfg(unix)]
fn render_out_under_umask(umask: &str, dir: &std::path::Path) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask {umask} && exec \"$0\" render --lang mr,hi --out \"$1\" examples/outage.yaml"
        ))
        .arg(env!("CARGO_BIN_EXE_suchana"))
        .arg(dir)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("sh: {e}"))
}

#[cfg(unix)]
#[test]
fn out_never_follows_a_planted_symlink_and_writes_files_as_any_new_file() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = std::env::temp_dir().join(format!("suchana-symlink-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out_dir = dir.join("out");
    std::fs::create_dir_all(&out_dir).unwrap_or_else(|e| panic!("{e}"));
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "not yours").unwrap_or_else(|e| panic!("{e}"));
    let names = ["wai-2025-11-24.mr-IN.txt", "wai-2025-11-24.hi-IN.txt"];
    // Every name the run could use that can be known beforehand: the final names, and the
    // temporary names of earlier versions (`.NAME.tmp`, `.NAME.PID.tmp` for the next few
    // process ids). Today's temporary names are random and created exclusively.
    let next_pid = std::process::id();
    let mut planted = Vec::new();
    for name in names {
        planted.push(out_dir.join(name));
        planted.push(out_dir.join(format!(".{name}.tmp")));
        for pid in next_pid..next_pid + 200 {
            planted.push(out_dir.join(format!(".{name}.{pid}.tmp")));
        }
    }
    for link in &planted {
        symlink(&victim, link).unwrap_or_else(|e| panic!("{}: {e}", link.display()));
    }
    let out = render_out_under_umask("022", &out_dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap_or_default(),
        "not yours",
        "the symlinks' target is unchanged"
    );
    let printed = text(&suchana(&["render", "--lang", "hi", "examples/outage.yaml"], None).stdout);
    for name in names {
        let path = out_dir.join(name);
        let meta = std::fs::symlink_metadata(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(meta.file_type().is_file(), "{name} replaced the symlink");
        assert_eq!(meta.permissions().mode() & 0o7777, 0o644, "{name}");
    }
    assert_eq!(
        std::fs::read_to_string(out_dir.join(names[1])).unwrap_or_default(),
        printed
    );
    // The planted temporary names are left as they were; nothing else is left behind.
    let entries = std::fs::read_dir(&out_dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(entries, planted.len());
    for link in &planted[1..] {
        if !names.iter().any(|n| link.ends_with(n)) {
            let meta = std::fs::symlink_metadata(link).unwrap_or_else(|e| panic!("{e}"));
            assert!(meta.file_type().is_symlink(), "{}", link.display());
        }
    }
    // Another umask gives the mode any new file gets under it.
    let out = render_out_under_umask("027", &out_dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let meta = std::fs::metadata(out_dir.join(names[0])).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(meta.permissions().mode() & 0o7777, 0o640);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unwritable_out_folder_is_an_io_failure() {
    let out = suchana(
        &[
            "render",
            "--out",
            "/proc/suchana-cannot-be-here",
            "examples/outage.yaml",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr)
            .contains("/proc/suchana-cannot-be-here: error: cannot create the output folder")
    );
}

#[test]
fn bilingual_needs_two_languages_and_a_bilingual_sms_must_fit_four_parts() {
    let out = suchana(&["render", "--bilingual", "examples/outage.yaml"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--bilingual needs two or more languages"));
    let out = suchana(
        &[
            "render",
            "-f",
            "sms",
            "--lang",
            "mr,hi",
            "--bilingual",
            "examples/outage.yaml",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("examples/outage.yaml:1:1: error[sms-too-long]: notice `wai-2025-11-24`: the SMS in several languages needs 5 parts"),
        "{stderr}"
    );
}

#[test]
fn dlt_prints_registrable_templates_and_render_checks_against_them() {
    let out = suchana(&["dlt", "meeting", "--lang", "hi"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listing = text(&out.stdout);
    assert!(
        // Those of an actual notice first (2), then of an update (2 that do not say how, 2
        // postponed, 2 extended) and a cancellation (8).
        listing.starts_with("# DLT templates: meeting SMS, hi-IN (16 templates)."),
        "{listing}"
    );
    let templates = suchana::render::parse_templates(&listing);
    assert_eq!(
        templates[0],
        "{#var#}: {#var#} का आयोजन {#var#} को {#var#} बजे {#var#} में किया जाएगा। सभी संबंधितों से उपस्थित रहने का अनुरोध है। संपर्क: {#var#}"
    );
    // Registered templates: the rendering matches, so --dlt passes.
    let file = std::env::temp_dir().join(format!("suchana-dlt-{}.txt", std::process::id()));
    let _ = std::fs::write(&file, &listing);
    let file_arg = file.display().to_string();
    let args = [
        "render",
        "-f",
        "sms",
        "--lang",
        "hi",
        "--dlt",
        "--dlt-templates",
        &file_arg,
        "examples/meeting.yaml",
    ];
    let out = suchana(&args, None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // The wording changed since registration: refused with --dlt.
    let _ = std::fs::write(&file, listing.replace("किया जाएगा।", "होगा।"));
    let out = suchana(&args, None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("error[dlt-mismatch]: notice `bsp-customer-meet-2025-09-19`: the SMS does not match its DLT template"), "{stderr}");
    assert!(
        stderr.contains("register the output of `suchana dlt` again"),
        "{stderr}"
    );
    let _ = std::fs::remove_file(&file);
}

#[test]
fn a_dlt_variable_over_30_characters_warns_and_with_dlt_fails() {
    let yaml = "kind: meeting\nid: m1\nissuer: { org: महावितरण }\ntitle: ग्राहक मेळावा\nstart: 2025-09-19T10:30\nvenue: इस्पात भवन सभागृह, सेक्टर एक, भिलाई नगर\norganizer: महावितरण\n";
    let out = suchana(&["render", "-f", "sms", "-"], Some(yaml));
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("<stdin>:6:8: warning[dlt-variable-too-long]: notice `m1`, `venue`: DLT variable 4 ($venue) holds 39 characters, more than the 30 DLT allows: \"इस्पात भवन सभागृह, सेक्टर एक, भिलाई नगर\""),
        "{stderr}"
    );
    let out = suchana(&["render", "-f", "sms", "--dlt", "-"], Some(yaml));
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("<stdin>:6:8: error[dlt-variable-too-long]"));
    let out = suchana(&["render", "--dlt", "-"], Some(yaml));
    assert_eq!(
        out.status.code(),
        Some(2),
        "--dlt without --format sms is a usage error"
    );
}

#[test]
fn version_names_the_crate_version() {
    let out = suchana(&["--version"], None);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("suchana {}", env!("CARGO_PKG_VERSION"))
    );
}

const SUBCOMMANDS: [&str; 8] = [
    "render",
    "validate",
    "example",
    "schema",
    "dlt",
    "check",
    "completions",
    "man",
];

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = suchana(&["completions", shell], None);
        assert!(out.status.success(), "{shell}: {}", text(&out.stderr));
        let script = text(&out.stdout);
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} completion lacks `{sub}`");
        }
    }
    let out = suchana(&["completions", "tcsh"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bash_completion_loads_and_registers_the_command() {
    let Ok(bash) = Command::new("bash").arg("--version").output() else {
        eprintln!("no bash here: skipped");
        return;
    };
    assert!(bash.status.success());
    let script = format!(
        "source <('{}' completions bash) && complete -p suchana",
        env!("CARGO_BIN_EXE_suchana")
    );
    let out = Command::new("bash")
        .args(["--norc", "-c", &script])
        .output()
        .unwrap_or_else(|e| panic!("bash: {e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let registered = text(&out.stdout);
    assert!(
        registered.contains("-F _suchana") && registered.trim_end().ends_with(" suchana"),
        "{registered}"
    );
}

#[test]
fn man_page_is_roff_naming_every_subcommand() {
    let out = suchana(&["man"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = text(&out.stdout);
    assert!(page.contains(".TH suchana 1"), "{page}");
    assert!(page.contains(env!("CARGO_PKG_VERSION")));
    for sub in SUBCOMMANDS {
        assert!(page.contains(sub), "the man page lacks `{sub}`");
    }
}

#[test]
fn every_command_help_shows_an_example() {
    for sub in SUBCOMMANDS {
        let out = suchana(&[sub, "--help"], None);
        assert!(out.status.success(), "{sub}: {}", text(&out.stderr));
        let help = text(&out.stdout);
        let example = help
            .split_once("Example")
            .map(|(_, rest)| rest)
            .unwrap_or_else(|| panic!("`suchana {sub} --help` has no example:\n{help}"));
        assert!(
            example.contains(&format!("suchana {sub}")),
            "{sub}: {example}"
        );
    }
}

/// Runs `suchana ARGS -` (a validate) on a misspelt notice from stdin, with the environment changed
/// by `env` (name, value), and returns its stderr (piped, so never a terminal).
fn diagnostics(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_suchana"));
    command
        .args(args)
        .arg("-")
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().unwrap_or_else(|e| panic!("spawn: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(b"kind: outage\naeras: [x]\n");
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("error[unknown-field]"), "{stderr}");
    stderr
}

#[test]
fn color_follows_the_option_and_no_color() {
    const ESC: char = '\u{1b}';
    assert!(diagnostics(&["--color", "always", "validate"], &[]).contains(ESC));
    // After the subcommand too (the option is global), and whatever NO_COLOR says.
    assert!(diagnostics(&["validate", "--color=always"], &[("NO_COLOR", "1")]).contains(ESC));
    assert!(!diagnostics(&["--color", "never", "validate"], &[]).contains(ESC));
    // Piped output is not a terminal: auto means no colour.
    assert!(!diagnostics(&["validate"], &[]).contains(ESC));
    assert!(!diagnostics(&["--color", "auto", "validate"], &[("NO_COLOR", "1")]).contains(ESC));
    let out = suchana(&["--color", "sometimes", "schema"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn color_auto_colours_a_terminal_unless_no_color() {
    // `script` (util-linux) runs the command on a pseudo-terminal.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("no `script` here: skipped");
        return;
    }
    let bad = std::env::temp_dir().join(format!("suchana-tty-{}.yaml", std::process::id()));
    std::fs::write(&bad, "kind: outage\naeras: [x]\n").unwrap_or_else(|e| panic!("{e}"));
    let on_terminal = |no_color: Option<&str>| {
        let mut command = Command::new("script");
        command
            .args(["-qec"])
            .arg(format!(
                "'{}' validate '{}'",
                env!("CARGO_BIN_EXE_suchana"),
                bad.display()
            ))
            .arg("/dev/null")
            .env_remove("NO_COLOR")
            .stdin(Stdio::null());
        if let Some(v) = no_color {
            command.env("NO_COLOR", v);
        }
        let out = command.output().unwrap_or_else(|e| panic!("script: {e}"));
        let shown = text(&out.stdout);
        assert!(shown.contains("error[unknown-field]"), "{shown}");
        shown.contains('\u{1b}')
    };
    assert!(on_terminal(None), "auto colours a terminal");
    assert!(!on_terminal(Some("1")), "NO_COLOR=1 turns colour off");
    assert!(
        on_terminal(Some("")),
        "an empty NO_COLOR is no NO_COLOR (no-color.org)"
    );
    let _ = std::fs::remove_file(&bad);
}

/// A folder `DIR/gu-IN/` holding the Marathi words and a Gujarati manifest: a language added
/// as data, with no Rust.
fn gujarati_locales(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("suchana-{name}-{}", std::process::id()));
    let gu = dir.join("gu-IN");
    std::fs::create_dir_all(&gu).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir("locales/mr-IN").unwrap_or_else(|e| panic!("{e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.extension().is_some_and(|x| x == "ftl") {
            let to = gu.join(path.file_name().unwrap_or_default());
            std::fs::copy(&path, to).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let manifest = "tag: gu-IN\nname: Gujarati\nscript: Gujr\ndigits: gujr\n\
        day-periods-source: CLDR common/supplemental/dayPeriods.xml, <dayPeriodRules locales=\"gu\">\n\
        day-periods:\n  morning1: { from: \"04:00\", before: \"12:00\" }\n  afternoon1: { from: \"12:00\", before: \"16:00\" }\n  \
        evening1: { from: \"16:00\", before: \"20:00\" }\n  night1: { from: \"20:00\", before: \"04:00\" }\n";
    std::fs::write(gu.join("language.yaml"), manifest).unwrap_or_else(|e| panic!("{e}"));
    dir
}

const PLAIN_OUTAGE: &str = "kind: outage\nissuer: { org: MSEDCL }\nplanned: true\nreason: maintenance\n\
    areas: [Wai, Pasarni]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\nconsumers: 218000\n";

#[test]
fn a_locale_folder_under_a_new_tag_adds_a_language_with_its_cldr_dates_and_digits() {
    let dir = gujarati_locales("gu");
    let locales = dir.to_str().unwrap_or("");
    let out = suchana(
        &["render", "--lang", "gu,mr", "--locales", locales, "-"],
        Some(PLAIN_OUTAGE),
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    // Gujarati month and weekday names, digits and list words from ICU4X's CLDR data, in
    // the copied Marathi sentences ("दि." is the copied words').
    assert!(stdout.contains("સોમવાર, दि. ૨૪ નવેમ્બર ૨૦૨૫"), "{stdout}");
    assert!(stdout.contains("Wai અને Pasarni"), "{stdout}");
    assert!(stdout.contains("૨,૧૮,૦૦૦"), "{stdout}");
    // Marathi, rendered beside it in the same run, is unchanged.
    assert!(stdout.contains("सोमवार, दि. २४ नोव्हेंबर २०२५"), "{stdout}");

    // Texts may be written per language under the new tag too.
    let per_language = PLAIN_OUTAGE.replace("[Wai, Pasarni]", "[{ gu: વાઈ, mr: वाई }]");
    let out = suchana(
        &["render", "--lang", "gu", "--locales", locales, "-"],
        Some(&per_language),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(" વાઈ "), "{}", text(&out.stdout));

    // Without the folder, gu is not a language of the run.
    let out = suchana(&["render", "--lang", "gu", "-"], Some(PLAIN_OUTAGE));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr)
            .contains("unknown language `gu`: write mr (Marathi), hi (Hindi) or en (English)"),
        "{}",
        text(&out.stderr)
    );

    // A manifest with a mistake is named with its place.
    let manifest = dir.join("gu-IN").join("language.yaml");
    let text_of = std::fs::read_to_string(&manifest).unwrap_or_default();
    std::fs::write(
        &manifest,
        text_of.replace("\"20:00\", before", "\"21:00\", before"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(
        &["render", "--lang", "gu", "--locales", locales, "-"],
        Some(PLAIN_OUTAGE),
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(
            "gu-IN/language.yaml:7:3: no part of the day holds 20:00; give every hour from 01:00 to 23:00 to one"
        ),
        "{}",
        text(&out.stderr)
    );
}
