//! What the library tests share: one engine with the built-in words, one notice from YAML.
#![allow(dead_code)] // each test file uses what it needs

use suchana::{Engine, Notice};

/// An engine with the built-in locales and templates.
pub fn engine() -> Engine {
    Engine::new().unwrap_or_else(|e| panic!("engine: {e}"))
}

/// An engine with the built-in words and the kinds folder `dir` (relative to the crate).
pub fn engine_with_kinds(dir: &str) -> Engine {
    let options = suchana::EngineOptions {
        kinds_dir: Some(format!("{}/{dir}", env!("CARGO_MANIFEST_DIR")).into()),
        ..suchana::EngineOptions::default()
    };
    Engine::with_options(&options).unwrap_or_else(|e| panic!("engine: {e}"))
}

/// The one notice of `yaml` (read as `test.yaml`); any error fails the test.
pub fn notice(yaml: &str) -> Notice {
    let mut all = suchana::parse_str(yaml, "test.yaml");
    assert_eq!(all.len(), 1);
    all.remove(0).unwrap_or_else(|e| panic!("{e:?}"))
}

/// The registered language `tag` names (`mr`, `hi`, `en`, …); an unknown tag fails the test.
pub fn lang(tag: &str) -> suchana::Lang {
    suchana::Lang::from_tag(tag).unwrap_or_else(|| panic!("{tag} is not a registered language"))
}

/// Marathi.
pub fn mr() -> suchana::Lang {
    lang("mr")
}

/// Hindi.
pub fn hi() -> suchana::Lang {
    lang("hi")
}

/// English.
pub fn en() -> suchana::Lang {
    lang("en")
}
