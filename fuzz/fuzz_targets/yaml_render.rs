//! Any bytes as a YAML file: parse, then render every valid notice in both languages, alone and
//! bilingual, in every format, and check its SMS against DLT. Bad data must come back as
//! errors; a valid notice must render (only a missing language or an over-long bilingual SMS
//! may refuse it); nothing may panic or run away. Every document is also read by both readers
//! — the fast path for plain YAML and serde-saphyr — which must agree.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use suchana::{Engine, Format, Lang, RenderError};

/// A built-in language.
fn lang(tag: &str) -> Lang {
    Lang::from_tag(tag).expect("a built-in language")
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new().expect("the built-in locales and templates load"))
}

/// A notice's debug form without positions, which the fast path does not keep.
fn shape(debug: String) -> String {
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug.as_str();
    while let Some(i) = rest.find("Some(Position {") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find("})").map_or(after.len(), |e| e + 2);
        rest = &after[end..];
    }
    out.push_str(rest);
    out.replace("exact_positions: false", "exact_positions: true")
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let engine = engine();
    let file: std::sync::Arc<str> = std::sync::Arc::from("fuzz.yaml");
    for doc in suchana::notice::split_documents(&text) {
        let fast = suchana::notice::parse_document(&doc, &file, "fuzz");
        let exact = suchana::notice::parse_document_exact(&doc, &file, "fuzz");
        match (&fast, &exact) {
            (Ok(f), Ok(e)) => assert_eq!(shape(format!("{f:?}")), shape(format!("{e:?}"))),
            (Err(f), Err(e)) => assert_eq!(f, e),
            _ => panic!("the readers disagree on {:?}: fast {fast:?}, exact {exact:?}", doc.text),
        }
    }
    for result in suchana::parse_str(&text, "fuzz.yaml") {
        let Ok(notice) = result else { continue };
        let (mr, hi) = (lang("mr"), lang("hi"));
        for langs in [&[mr][..], &[hi], &[mr, hi], &[hi, mr]] {
            for format in Format::ALL {
                match engine.render_notice(&notice, langs, format) {
                    Ok(rendering) => {
                        if format == Format::Sms {
                            let _ = engine.check_dlt(&notice, langs, &rendering.text, None);
                        }
                    }
                    Err(RenderError::Data(e)) => {
                        assert_eq!(e.code(), "missing-language", "{e}");
                    }
                    Err(RenderError::SmsTooLong { .. }) => assert!(langs.len() > 1),
                    Err(e) => panic!("a valid notice failed to render: {e}"),
                }
            }
        }
    }
});
