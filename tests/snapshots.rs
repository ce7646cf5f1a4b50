//! Every shipped example × language × format, as a reader would see it. Each snapshot was
//! read line by line by a reader of that language before it was accepted.

use suchana::{Engine, Format, Lang};

fn render_example(file: &str, lang: Lang, format: Format) -> String {
    let path = format!("{}/examples/{file}.yaml", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let engine = Engine::new().unwrap_or_else(|e| panic!("engine: {e}"));
    let mut notices = suchana::parse_str(&src, &format!("examples/{file}.yaml"));
    assert_eq!(notices.len(), 1, "{file}: one notice");
    let notice = match notices.remove(0) {
        Ok(n) => n,
        Err(errors) => panic!("{file}: {errors:?}"),
    };
    engine
        .render(&notice, lang, format)
        .unwrap_or_else(|e| panic!("{file} {lang}: {e}"))
}

#[test]
fn every_example_in_every_language_and_format() {
    for file in ["outage", "safety", "meeting"] {
        for lang in Lang::ALL {
            for format in Format::ALL {
                let text = render_example(file, lang, format);
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "isolation marks in {file} {lang}"
                );
                insta::assert_snapshot!(format!("{file}.{}.{format}", lang.tag()), text);
            }
        }
    }
}
