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
