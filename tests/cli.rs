//! The `suchana` command as a user runs it: output, diagnostics and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn suchana(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    if let Some(mut pipe) = child.stdin.take() {
        let _ = pipe.write_all(stdin.unwrap_or("").as_bytes());
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

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
    assert!(text(&out.stderr).is_empty());
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
    assert_eq!(schema["oneOf"].as_array().map(Vec::len), Some(3));
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
    let out = suchana(&["render", "--lang", "en", "examples/outage.yaml"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown language `en`"));
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
