//! Kinds as data (`suchana::kind`): the built-in definitions, mistakes in definitions, the
//! water-supply example pack, and the generic loader against today's loader on every example,
//! data file and bad-input file.

use std::path::{Path, PathBuf};

use suchana::kind::{Definition, Kinds};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn builtin() -> Kinds {
    Kinds::builtin().unwrap_or_else(|e| panic!("built-in definitions: {e:?}"))
}

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap_or_else(|e| panic!("{e}")).path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    all.sort();
    all
}

/// Files whose first error the generic loader reports differently, and why.
const DIFFERENCES: &[(&str, &str)] = &[];

/// One line per document: `ok`, or the first error's `line:col code`.
fn outcomes<T, E: std::ops::Deref<Target = [suchana::DataError]>>(
    results: Vec<Result<T, E>>,
) -> Vec<String> {
    results
        .into_iter()
        .map(|r| match r {
            Ok(_) => "ok".to_string(),
            Err(errors) => errors.first().map_or("no error".into(), |e| {
                format!(
                    "{} {}",
                    e.position.map(|p| p.to_string()).unwrap_or_default(),
                    e.code()
                )
            }),
        })
        .collect()
}

#[test]
fn the_generic_loader_accepts_and_refuses_what_the_built_in_loader_does() {
    let kinds = builtin();
    let mut paths = files("examples", "yaml");
    paths.extend(files("tests/data", "yaml"));
    paths.extend(files("tests/bad_input", "yaml"));
    let mut matched = 0;
    let mut failures = Vec::new();
    for path in &paths {
        let name = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let today = outcomes(suchana::parse_str(&src, &name));
        let generic = outcomes(kinds.parse_str(&src, &name));
        let known = DIFFERENCES.iter().any(|(f, _)| name.ends_with(f));
        match (today == generic, known) {
            (true, false) => matched += 1,
            (true, true) => failures.push(format!("{name}: listed as different but matches")),
            (false, true) => {}
            (false, false) => failures.push(format!(
                "{name}: today {:?}, generic {:?}",
                today
                    .iter()
                    .filter(|o| *o != "ok")
                    .take(3)
                    .collect::<Vec<_>>(),
                generic
                    .iter()
                    .filter(|o| *o != "ok")
                    .take(3)
                    .collect::<Vec<_>>()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(matched >= 40, "only {matched} files compared");
    eprintln!(
        "{matched} files match, {} listed as different",
        DIFFERENCES.len()
    );
}

#[test]
fn the_built_in_definitions_parse() {
    let kinds = builtin();
    let names: Vec<&str> = kinds
        .definitions()
        .iter()
        .map(|d| d.kind.as_str())
        .collect();
    assert_eq!(names, ["outage", "safety", "meeting"]);
    let _: &Definition = kinds.get("outage").unwrap_or_else(|| panic!("outage"));
}
