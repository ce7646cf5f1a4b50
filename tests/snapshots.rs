//! Every shipped example × language × format, and every example as one bilingual notice in
//! both orders, as a reader would see it. Each snapshot was read line by line by a reader of
//! that language before it was accepted.

mod library;

use suchana::render::{SMS_MAX_PARTS, check_against, sms_info};
use suchana::{Engine, Format, Lang, Notice, RenderError};

const EXAMPLES: [&str; 3] = ["outage", "safety", "meeting"];

fn example(file: &str) -> Notice {
    let path = format!("{}/examples/{file}.yaml", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut notices = suchana::parse_str(&src, &format!("examples/{file}.yaml"));
    assert_eq!(notices.len(), 1, "{file}: one notice");
    match notices.remove(0) {
        Ok(n) => n,
        Err(errors) => panic!("{file}: {errors:?}"),
    }
}

fn engine() -> Engine {
    Engine::new().unwrap_or_else(|e| panic!("engine: {e}"))
}

/// What every rendering of a channel must be, whatever the notice.
fn assert_channel_rules(name: &str, text: &str, format: Format, langs: &[Lang]) {
    if format != Format::Html {
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "{name}: isolation marks"
        );
        assert!(!text.contains('<'), "{name}: markup in a text channel");
    }
    match format {
        Format::Text => {}
        Format::Whatsapp => {
            // A one-language message fits a WhatsApp template body; a bilingual one is a
            // plain group message, which may be longer.
            let chars = text.chars().count();
            assert!(
                langs.len() > 1 || chars < 1024,
                "{name}: {chars} characters, over a template body"
            );
            assert!(text.starts_with('*'), "{name}: a bold headline");
            assert!(
                text.lines().all(|l| l.matches('*').count() % 2 == 0),
                "{name}: unbalanced bold"
            );
        }
        Format::Sms => {
            assert!(!text.contains("\n\n"), "{name}: a blank line in an SMS");
            assert_eq!(
                text.lines().count(),
                langs.len(),
                "{name}: one paragraph a language"
            );
            assert!(
                sms_info(text).parts <= SMS_MAX_PARTS,
                "{name}: too many parts"
            );
        }
        Format::Html => {
            assert!(text.starts_with("<!doctype html>\n"), "{name}");
            assert!(text.contains("<meta charset=\"utf-8\">"), "{name}");
            let root = format!("<html lang=\"{}\">", langs[0].code());
            assert!(text.contains(&root), "{name}: {root}");
            for lang in langs {
                let half = format!("<article class=\"notice\" lang=\"{}\">", lang.code());
                assert!(text.contains(&half), "{name}: {half}");
            }
            assert!(text.contains("Noto Sans Devanagari"), "{name}: font stack");
            assert!(text.contains("@page { size: A4"), "{name}: print CSS");
            for external in ["http://", "https://", "src=", "@import", "url("] {
                assert!(
                    !text.contains(external),
                    "{name}: external request {external}"
                );
            }
        }
        _ => panic!("{name}: a format without channel rules"),
    }
}

#[test]
fn every_example_in_every_language_and_format() {
    let engine = engine();
    for file in EXAMPLES {
        let notice = example(file);
        for lang in Lang::embedded() {
            for format in Format::ALL {
                let name = format!("{file}.{}.{format}", lang.tag());
                let text = engine
                    .render(&notice, lang, format)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_channel_rules(&name, &text, format, &[lang]);
                insta::assert_snapshot!(name, text);
            }
        }
    }
}

/// The orders notices are issued in: a State body in Maharashtra (mr, hi), a central office
/// (hi, mr), a central PSU (hi, en; Official Languages Act §3(3)), a State body writing to
/// English readers (mr, en), and a central office in Maharashtra (mr, hi, en; Official
/// Language Rules 1976, r. 11).
const ORDERS: &[&[&str]] = &[
    &["mr", "hi"],
    &["hi", "mr"],
    &["hi", "en"],
    &["mr", "en"],
    &["mr", "hi", "en"],
];

/// The languages of an order.
fn order(tags: &[&str]) -> Vec<Lang> {
    tags.iter().map(|t| library::lang(t)).collect()
}

#[test]
fn every_example_as_one_notice_in_several_languages_in_every_order() {
    let engine = engine();
    for file in EXAMPLES {
        let notice = example(file);
        for &tags in ORDERS {
            let langs = &order(tags)[..];
            for format in [Format::Text, Format::Whatsapp, Format::Html] {
                let tags: Vec<&str> = langs.iter().map(|l| l.tag()).collect();
                let name = format!("{file}.{}.{format}", tags.join("+"));
                let rendering = engine
                    .render_notice(&notice, langs, format)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                // One notice: each language's own rendering, in the order asked.
                if format != Format::Html {
                    let mut rest = rendering.text.as_str();
                    for &lang in langs {
                        let own = engine.render(&notice, lang, format).unwrap_or_default();
                        let at = rest
                            .find(&own)
                            .unwrap_or_else(|| panic!("{name}: {lang} missing or out of order"));
                        rest = &rest[at + own.len()..];
                    }
                    assert!(
                        rendering.text.starts_with(
                            &engine.render(&notice, langs[0], format).unwrap_or_default()
                        ),
                        "{name}: first language first"
                    );
                }
                assert_channel_rules(&name, &rendering.text, format, langs);
                insta::assert_snapshot!(name, rendering.text);
            }
        }
    }
}

#[test]
fn bilingual_sms_of_the_examples_is_refused_as_too_long() {
    let engine = engine();
    for file in EXAMPLES {
        let notice = example(file);
        for &tags in ORDERS {
            let langs = &order(tags)[..];
            match engine.render_notice(&notice, langs, Format::Sms) {
                Err(RenderError::SmsTooLong { parts, max, .. }) => {
                    assert!(parts > max, "{file}");
                    assert_eq!(max, 4);
                }
                other => panic!("{file}: expected SmsTooLong, got {other:?}"),
            }
        }
    }
}

#[test]
fn every_example_sms_matches_its_dlt_template() {
    let engine = engine();
    for file in EXAMPLES {
        let notice = example(file);
        for lang in Lang::embedded() {
            let text = engine
                .render(&notice, lang, Format::Sms)
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            let template = engine
                .sms_template(&notice, &[lang])
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(
                template.text.contains("{#var#}"),
                "{file}: {}",
                template.text
            );
            assert_eq!(
                check_against(&template, &text),
                vec![],
                "{file} {lang}: {text}"
            );
            let registered = engine
                .dlt_templates(
                    notice
                        .kind()
                        .unwrap_or_else(|| panic!("{file} is built in")),
                    &[lang],
                )
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(
                registered.iter().any(|t| t.text == template.text),
                "{file} {lang}: its template is among those `suchana dlt` prints"
            );
        }
    }
}
