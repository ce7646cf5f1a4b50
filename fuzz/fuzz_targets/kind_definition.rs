//! Any bytes as a kind definition and a notice, split at the first line `===`: the definition
//! is read against the built-in kinds (a mistake must come back as errors with positions),
//! and when it is valid its starter notice, its JSON Schema and the notice part read against
//! it must not panic; the starter notice must be valid. The notice part is also read and
//! rendered, in every language and format, as a notice of the water-supply pack, through the
//! generic renderer of kinds defined as data.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use suchana::kind::Kinds;
use suchana::{Engine, EngineOptions, Format, RenderError};

/// An engine with the water-supply pack (the fuzzer runs from `fuzz/`).
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let options = EngineOptions {
            kinds_dir: Some("../examples/kinds/water-supply".into()),
            ..EngineOptions::default()
        };
        Engine::with_options(&options).expect("the water-supply pack loads")
    })
}

fn builtin() -> &'static Kinds {
    static KINDS: OnceLock<Kinds> = OnceLock::new();
    KINDS.get_or_init(|| Kinds::builtin().expect("the built-in definitions"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (definition, notice) = match text.split_once("\n===\n") {
        Some((d, n)) => (d, n),
        None => (text.as_ref(), ""),
    };
    let mut kinds = builtin().clone();
    match kinds.add(definition, "fuzz-kind.yaml") {
        Ok(def) => {
            let def = def.clone();
            let root = suchana::schema();
            let _ = suchana::kind::schema::notice_schema(&def, &root);
            let _ = suchana::kind::fluent::variables(&def);
            let starter = suchana::kind::schema::example(&def);
            let _ = kinds.parse_str(&starter, "starter.yaml");
            let _ = kinds.parse_str(notice, "fuzz.yaml");
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in errors {
                assert!(e.line >= 1 && e.column >= 1, "{e}");
            }
        }
    }
    let engine = engine();
    let langs = engine.languages();
    for result in engine.parse_str(notice, "fuzz.yaml") {
        let Ok(notice) = result else { continue };
        for group in [&langs[..1], &langs[1..2], &langs[2..3], &langs[..]] {
            for format in Format::ALL {
                match engine.render_notice(&notice, group, format) {
                    Ok(_) => {}
                    Err(RenderError::Data(e)) => assert_eq!(e.code(), "missing-language", "{e}"),
                    Err(RenderError::SmsTooLong { .. }) => assert!(group.len() > 1),
                    Err(e) => panic!("a valid notice failed to render: {e}"),
                }
            }
        }
    }
});
