//! The bad-input corpus (`tests/bad_input/`): one file per kind of failure, run through the
//! real command. The first line of each file says what must happen —
//! `# expect: EXIT LINE:COL CODE` — and an optional second line `# args: …` adds options to
//! `suchana render`. Every error code of the README's table must have a file here.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_input")
}

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap_or_else(|e| panic!("tests/bad_input: {e}"))
        .map(|entry| entry.unwrap_or_else(|e| panic!("{e}")).path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "bin"))
        .collect();
    files.sort();
    files
}

struct Expect {
    exit: i32,
    line_col: String,
    code: String,
    args: Vec<String>,
}

fn expectation(file: &Path) -> Expect {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let head = String::from_utf8_lossy(&bytes);
    let mut lines = head.lines();
    let first = lines.next().unwrap_or_default();
    let fields: Vec<&str> = first
        .strip_prefix("# expect: ")
        .unwrap_or_else(|| panic!("{}: no `# expect:` line", file.display()))
        .split_whitespace()
        .collect();
    let [exit, line_col, code] = fields[..] else {
        panic!("{}: `# expect: EXIT LINE:COL CODE`", file.display());
    };
    let args = lines
        .next()
        .and_then(|l| l.strip_prefix("# args: "))
        .map(|a| a.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    Expect {
        exit: exit
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", file.display())),
        line_col: line_col.to_string(),
        code: code.to_string(),
        args,
    }
}

fn run(dir: &Path, args: &[String]) -> (Output, Duration) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    (out, started.elapsed())
}

#[test]
fn every_corpus_file_fails_as_its_first_line_says() {
    let files = corpus();
    assert!(files.len() >= 30, "the corpus is missing");
    let mut failures = Vec::new();
    for file in &files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let expect = expectation(file);
        let mut args = vec!["render".to_string()];
        args.extend(expect.args.iter().cloned());
        args.push(name.clone());
        let (out, took) = run(&corpus_dir(), &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let want = format!("{name}:{}: error[{}]: ", expect.line_col, expect.code);
        let first = stderr.lines().next().unwrap_or_default();
        if out.status.code() != Some(expect.exit) || !first.starts_with(&want) {
            failures.push(format!(
                "{name}: expected exit {} and `{want}…`, got exit {:?}:\n{stderr}",
                expect.exit,
                out.status.code()
            ));
        }
        if stderr.contains("panicked") || !out.stdout.is_empty() {
            failures.push(format!("{name}: a panic or output:\n{stderr}"));
        }
        // Generous for a debug build on a loaded CI machine; release takes milliseconds.
        if took > Duration::from_secs(10) {
            failures.push(format!("{name}: took {took:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The codes in the first column of the README's "Error codes" table.
fn readme_codes() -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .unwrap_or_else(|e| panic!("README.md: {e}"));
    let table = readme
        .split("### Error codes")
        .nth(1)
        .unwrap_or_else(|| panic!("README.md has no Error codes table"));
    table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .filter_map(|row| row.split('|').nth(1))
        .flat_map(|cell| {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_error_code_of_the_readme_has_a_corpus_file() {
    let covered: Vec<String> = corpus().iter().map(|f| expectation(f).code).collect();
    let codes = readme_codes();
    assert!(codes.len() >= 30, "{codes:?}");
    let missing: Vec<&String> = codes.iter().filter(|c| !covered.contains(c)).collect();
    assert!(
        missing.is_empty(),
        "no file in tests/bad_input for {missing:?}"
    );
}

fn suchana(args: &[&std::ffi::OsStr]) -> Output {
    run(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>(),
    )
    .0
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("suchana-bad-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn out_replaces_files_whole_and_leaves_no_temporary_file_when_it_cannot() {
    let dir = scratch("out");
    let target = dir.join("wai-2025-11-24.mr-IN.txt");
    std::fs::write(&target, "an older notice").unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&[
        os("render"),
        os("--out"),
        dir.as_os_str(),
        os("examples/outage.yaml"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let now = std::fs::read_to_string(&target).unwrap_or_default();
    assert!(now.contains("महावितरण") && !now.contains("older"), "{now}");
    // The Hindi file's name is taken by a folder: the rename fails, exit 3, nothing left over.
    std::fs::create_dir(dir.join("wai-2025-11-24.hi-IN.txt")).unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&[
        os("render"),
        os("--lang"),
        os("hi"),
        os("--out"),
        dir.as_os_str(),
        os("examples/outage.yaml"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("wai-2025-11-24.hi-IN.txt: error: cannot write")
    );
    assert_eq!(
        names_in(&dir),
        ["wai-2025-11-24.hi-IN.txt", "wai-2025-11-24.mr-IN.txt"],
        "no temporary file is left"
    );
    // --out naming a file, not a folder.
    let out = suchana(&[
        os("render"),
        os("--out"),
        target.as_os_str(),
        os("examples/outage.yaml"),
    ]);
    assert_eq!(out.status.code(), Some(3));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_full_disk_on_stdout_is_an_io_failure() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not Linux
    };
    let out = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(["render", "--lang", "mr,hi", "examples/outage.yaml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(full)
        .output()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("cannot write output") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn bad_arguments_are_usage_errors() {
    use std::os::unix::ffi::OsStrExt;
    let not_utf8 = std::ffi::OsStr::from_bytes(b"m\xffr");
    for args in [
        vec![
            os("render"),
            os("--lang"),
            not_utf8,
            os("examples/outage.yaml"),
        ],
        vec![
            os("render"),
            os("--format"),
            os("docx"),
            os("examples/outage.yaml"),
        ],
        vec![
            os("render"),
            os("--lang"),
            os("mr,mr"),
            os("examples/outage.yaml"),
        ],
        vec![os("render"), os("--bilingual"), os("examples/outage.yaml")],
        vec![
            os("render"),
            os("--digits"),
            os("roman"),
            os("examples/outage.yaml"),
        ],
        vec![os("render")],
        vec![os("--nonsense")],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_suchana"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap_or_else(|e| panic!("spawn: {e}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    // A file name that is not UTF-8 is read like any other.
    let out = suchana(&[
        os("render"),
        std::ffi::OsStr::from_bytes(b"no-such-\xff.yaml"),
    ]);
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn oversized_or_broken_locale_and_template_files_are_setup_errors() {
    let dir = scratch("setup");
    let locales = dir.join("locales");
    for lang in ["mr-IN", "hi-IN"] {
        std::fs::create_dir_all(locales.join(lang)).unwrap_or_else(|e| panic!("{e}"));
        for entry in std::fs::read_dir(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("locales")
                .join(lang),
        )
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        {
            std::fs::copy(entry.path(), locales.join(lang).join(entry.file_name()))
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let huge = locales.join("mr-IN/zz-huge.ftl");
    std::fs::write(&huge, format!("# {}\n", "x".repeat(1024 * 1024)))
        .unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&[
        os("render"),
        os("--locales"),
        locales.as_os_str(),
        os("examples/outage.yaml"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("zz-huge.ftl: the file is larger than 1048576 bytes"),
        "{stderr}"
    );
    std::fs::write(&huge, b"greeting = \xe0\xa4\n").unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&[
        os("render"),
        os("--locales"),
        locales.as_os_str(),
        os("examples/outage.yaml"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("zz-huge.ftl:1:12: the file is not UTF-8 text"),
        "{stderr}"
    );
    let out = suchana(&[os("check"), os("--locales"), locales.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));

    let templates = dir.join("templates");
    std::fs::create_dir_all(&templates).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        templates.join("page.text.tera"),
        "x".repeat(1024 * 1024 + 1),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&[
        os("render"),
        os("--templates"),
        templates.as_os_str(),
        os("examples/outage.yaml"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("page.text.tera: the file is larger than"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Huge inputs made here rather than stored: each is refused quickly with an error that
/// names the document's position.
#[test]
fn runaway_documents_are_refused_quickly() {
    let head = "kind: outage\nissuer: { org: X }\nplanned: false\nreason: weather\nstart: 2025-11-24T10:00\n";
    let mut bomb = String::from(
        "kind: \"outage\"\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        bomb += &format!("x{i}: &a{i} [{refs}]\n");
    }
    let cases = [
        (
            "a 20 MB text",
            format!("{head}areas: [\"{}\"]\n", "क".repeat(7_000_000)),
            "too-large",
        ),
        (
            "100,000 brackets",
            format!(
                "{head}areas: {}{}\n",
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
            "too-deep",
        ),
        (
            "100,000 nested maps",
            format!(
                "kind: \"outage\"\nx: {}{}\n",
                "{a: ".repeat(100_000),
                "}".repeat(100_000)
            ),
            "too-deep",
        ),
        ("a billion laughs", bomb, "too-many-aliases"),
        (
            "a million areas",
            format!("{head}areas: [{}]\n", vec!["a"; 1_000_000].join(",")),
            "too-large",
        ),
    ];
    for (what, yaml, code) in cases {
        let started = Instant::now();
        let results = suchana::parse_str(&yaml, "big.yaml");
        let took = started.elapsed();
        let [Err(errors)] = &results[..] else {
            panic!("{what}: expected one refused document");
        };
        assert_eq!(errors[0].code(), code, "{what}: {errors:?}");
        assert!(errors[0].position.is_some(), "{what}");
        assert!(took < Duration::from_secs(5), "{what}: took {took:?}");
    }
}

#[test]
fn every_error_of_a_file_of_many_bad_documents_is_reported_at_its_line() {
    let doc = "---\nkind: outage\nissuer: {org: X}\nplanned: maybe\n";
    let dir = scratch("many");
    let file = dir.join("many.yaml");
    std::fs::write(&file, doc.repeat(3_000)).unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&[os("validate"), file.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("error[")).collect();
    assert_eq!(errors.len(), 3_000);
    let last = format!("{}:12000:10: error[wrong-type]", file.display());
    assert!(errors[2_999].starts_with(&last), "{}", errors[2_999]);
    let _ = std::fs::remove_dir_all(&dir);
}
