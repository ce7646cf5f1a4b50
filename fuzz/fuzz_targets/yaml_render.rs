//! Any bytes as a YAML file: parse, then render every valid notice in both languages, alone and
//! bilingual, in every format, and check its SMS against DLT. Bad data must come back as
//! errors; a valid notice must render (only a missing language or an over-long bilingual SMS
//! may refuse it); nothing may panic or run away.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use suchana::{Engine, Format, Lang, RenderError};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new().expect("the built-in locales and templates load"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let engine = engine();
    for result in suchana::parse_str(&text, "fuzz.yaml") {
        let Ok(notice) = result else { continue };
        for langs in [&[Lang::Mr][..], &[Lang::Hi], &[Lang::Mr, Lang::Hi], &[Lang::Hi, Lang::Mr]] {
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
