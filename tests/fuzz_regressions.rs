//! Inputs the fuzz targets (`fuzz/`) flagged, replayed as the targets replay them. Each file
//! in `tests/fuzz_regressions/` is named after its target: `ftl_check-*.ftl` is a Marathi
//! `.ftl` file beside the shipped Hindi ones, `yaml_render-*.yaml` a notice file.

mod library;

use std::borrow::Cow;
use std::path::Path;
use std::time::{Duration, Instant};

use fluent_bundle::FluentArgs;
use suchana::check::check_sources;
use suchana::l10n::{FtlSource, Locale, catalog, ftl_sources};
use suchana::render::template_sources;
use suchana::{Engine, Format, Lang};

fn ftl_check(text: String) {
    let mr = vec![FtlSource {
        name: "fuzz/mr-IN/fuzz.ftl".into(),
        text: Cow::Owned(text),
    }];
    let hi = ftl_sources(library::hi(), None).unwrap_or_else(|e| panic!("{e}"));
    let templates: Vec<_> = template_sources(None)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|(name, text)| (name.clone(), name, text))
        .collect();
    let _ = check_sources(
        &[(library::mr(), mr.clone()), (library::hi(), hi)],
        &templates,
    );
    let Ok(locale) = Locale::new(library::mr(), &mr, None) else {
        return;
    };
    for spec in catalog::MESSAGES {
        let mut args = FluentArgs::new();
        for (i, var) in spec.vars.iter().enumerate() {
            if catalog::NUMERIC_VARS.contains(var) {
                args.set(*var, i as i64 * 1000 + 1);
            } else {
                args.set(*var, format!("पाठ {var}"));
            }
        }
        let _ = locale.message(spec.id, &args);
    }
}

fn yaml_render(text: &str) {
    let engine = Engine::new().unwrap_or_else(|e| panic!("{e}"));
    for notice in suchana::parse_str(text, "fuzz.yaml").into_iter().flatten() {
        for lang in Lang::embedded() {
            for format in Format::ALL {
                let _ = engine.render(&notice, lang, format);
            }
        }
    }
}

#[test]
fn every_flagged_input_runs_quickly_without_panicking() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let started = Instant::now();
        if name.starts_with("ftl_check-") {
            ftl_check(text);
        } else if name.starts_with("yaml_render-") {
            yaml_render(&text);
        } else {
            panic!("{name}: name it after its fuzz target");
        }
        let took = started.elapsed();
        assert!(took < Duration::from_secs(10), "{name}: took {took:?}");
    }
}
