//! Properties over generated notices: any valid notice of any kind — random Devanagari texts
//! (with ZWJ and ZWNJ, some not in NFC), random optional fields, dates, times including
//! midnight and noon, 1–10 areas — renders in every language and format, the same every time
//! and from every engine; non-HTML output is NFC and free of isolation marks; and the SMS part
//! count agrees with a count written here independently.

mod library;
use library::{hi, mr};

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::Config;
use suchana::render::{SmsEncoding, sms_info};
use suchana::{Engine, Format, Lang, Notice, RenderError};
use unicode_normalization::is_nfc;

fn engines() -> &'static (Engine, Engine) {
    static ENGINES: OnceLock<(Engine, Engine)> = OnceLock::new();
    ENGINES.get_or_init(|| {
        let build = || Engine::new().unwrap_or_else(|e| panic!("engine: {e}"));
        (build(), build())
    })
}

/// Letters a text may hold after its first: Devanagari consonants, vowel signs, virama, nukta,
/// anusvara, digits, ZWJ/ZWNJ, spaces, Latin, and characters that mean something to Fluent,
/// Tera or HTML (printed as they are, escaped in HTML).
const REST: &[char] = &[
    'क', 'ख', 'ग', 'च', 'ज', 'ट', 'ड', 'त', 'द', 'न', 'प', 'ब', 'म', 'य', 'र', 'ल', 'व', 'श', 'स',
    'ह', 'ळ', 'ा', 'ि', 'ी', 'ु', 'ू', 'े', 'ै', 'ो', 'ौ', 'ं', 'ः', '्', '्', '\u{093C}', '\u{200D}',
    '\u{200C}', 'अ', 'इ', 'उ', 'ए', '०', '५', '९', '1', ' ', ' ', 'a', 'Z', '.', ',', '-', '(',
    ')', '/', '{', '}', '$', '<', '>', '&', '\'', '|',
];

/// A text: a consonant, then up to 30 more characters (quoted in YAML with no escapes needed).
fn text() -> impl Strategy<Value = String> {
    let first = prop::sample::select(vec!['क', 'प', 'व', 'म', 'स', 'ग', 'अ', 'र']);
    let rest = prop::collection::vec(prop::sample::select(REST.to_vec()), 0..30);
    (first, rest).prop_map(|(f, r)| std::iter::once(f).chain(r).collect::<String>())
}

/// A Text value in YAML: one string, or one per language.
fn ytext() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => text().prop_map(|t| format!("\"{t}\"")),
        1 => (text(), text()).prop_map(|(m, h)| format!("{{ mr-IN: \"{m}\", hi-IN: \"{h}\" }}")),
    ]
}

fn list(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(ytext(), min..=max).prop_map(|items| format!("[{}]", items.join(", ")))
}

fn opt<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}

/// A date `YYYY-MM-DD` (days up to 27, so that the next day exists in every month).
fn date() -> impl Strategy<Value = (u32, u32, u32)> {
    (2000u32..2100, 1u32..=12, 1u32..=27)
}

/// An hour and minute, midnight and noon often.
fn time() -> impl Strategy<Value = (u32, u32)> {
    prop_oneof![
        1 => Just((0, 0)),
        1 => Just((12, 0)),
        1 => Just((23, 59)),
        4 => (0u32..24, 0u32..60),
    ]
}

/// A start and an end after it: later the same day, or on the next day.
fn span() -> impl Strategy<Value = (String, String)> {
    (date(), time(), time(), any::<bool>()).prop_map(|((y, m, d), (h1, m1), (h2, m2), next)| {
        let start = format!("{y:04}-{m:02}-{d:02}T{h1:02}:{m1:02}");
        let later = (h2, m2) > (h1, m1);
        let (ed, (eh, em)) = if next || !later {
            (d + 1, (h2, m2))
        } else {
            (d, (h2, m2))
        };
        (start, format!("{y:04}-{m:02}-{ed:02}T{eh:02}:{em:02}"))
    })
}

fn phone() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"1912\"".to_string()),
        (1000u32..99999, 100000u32..999999).prop_map(|(a, b)| format!("\"0{a}-{b}\"")),
        (7000000000u64..9999999999).prop_map(|n| format!("\"+91 {n}\"")),
    ]
}

fn person() -> impl Strategy<Value = String> {
    (ytext(), ytext()).prop_map(|(n, d)| format!("{{ name: {n}, designation: {d} }}"))
}

/// The fields every notice has, as YAML lines.
fn header() -> impl Strategy<Value = String> {
    (
        opt(date().prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))),
        opt(Just("MSEDCL/WAI/2025/118".to_string())),
        ytext(),
        opt(ytext()),
        opt(person()),
        prop::collection::vec((opt(ytext()), phone()), 0..3),
    )
        .prop_map(|(issued, reference, org, office, signatory, contacts)| {
            let mut y = String::new();
            if let Some(d) = issued {
                y += &format!("issued: {d}\n");
            }
            if let Some(r) = reference {
                y += &format!("reference: {r}\n");
            }
            y += &format!("issuer:\n  org: {org}\n");
            if let Some(o) = office {
                y += &format!("  office: {o}\n");
            }
            if let Some(s) = signatory {
                y += &format!("  signatory: {s}\n");
            }
            if !contacts.is_empty() {
                y += "contacts:\n";
                for (label, phone) in contacts {
                    match label {
                        Some(l) => y += &format!("  - {{ label: {l}, phone: {phone} }}\n"),
                        None => y += &format!("  - {{ phone: {phone} }}\n"),
                    }
                }
            }
            y
        })
}

use suchana::l10n::catalog::{HAZARDS, REASONS};

fn outage() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::sample::select(REASONS),
        ytext(),
        list(1, 10),
        span(),
        any::<bool>(),
        opt((0u64..2_000_000_000).prop_map(|n| n.to_string())),
    )
        .prop_map(
            |(planned, reason, details, areas, (start, end), has_end, consumers)| {
                let mut y = format!(
                    "kind: outage\nplanned: {planned}\nreason: {reason}\nareas: {areas}\nstart: {start}\n"
                );
                if reason == "other" {
                    y += &format!("details: {details}\n");
                }
                if planned || has_end {
                    y += &format!("end: {end}\n");
                }
                if let Some(c) = consumers {
                    y += &format!("consumers: {c}\n");
                }
                y
            },
        )
}

fn safety() -> impl Strategy<Value = String> {
    (
        prop::sample::select(HAZARDS),
        ytext(),
        opt(list(1, 5)),
        opt(list(1, 10)),
        opt(date()),
        opt(phone()),
    )
        .prop_map(|(hazard, details, advice, areas, until, report)| {
            let mut y = format!("kind: safety\nhazard: {hazard}\n");
            if hazard == "other" {
                y += &format!("details: {details}\n");
            }
            if let Some(a) = advice {
                y += &format!("advice: {a}\n");
            }
            if let Some(a) = areas {
                y += &format!("areas: {a}\n");
            }
            if let Some((yy, m, d)) = until {
                y += &format!("valid_until: {yy:04}-{m:02}-{d:02}\n");
            }
            if let Some(p) = report {
                y += &format!("report_phone: {p}\n");
            }
            y
        })
}

fn meeting() -> impl Strategy<Value = String> {
    (
        (ytext(), span(), any::<bool>(), ytext(), ytext()),
        (opt(person()), opt(list(1, 6)), opt(ytext()), opt(phone())),
    )
        .prop_map(
            |((title, (start, end), has_end, venue, organizer), (chair, agenda, audience, rsvp))| {
                let mut y = format!(
                    "kind: meeting\ntitle: {title}\nstart: {start}\nvenue: {venue}\norganizer: {organizer}\n"
                );
                if has_end {
                    y += &format!("end: {end}\n");
                }
                if let Some(c) = chair {
                    y += &format!("chair: {c}\n");
                }
                if let Some(a) = agenda {
                    y += &format!("agenda: {a}\n");
                }
                if let Some(a) = audience {
                    y += &format!("audience: {a}\n");
                }
                if let Some(p) = rsvp {
                    y += &format!("rsvp_phone: {p}\n");
                }
                y
            },
        )
}

fn notice_yaml() -> impl Strategy<Value = String> {
    (prop_oneof![outage(), safety(), meeting()], header()).prop_map(|(body, head)| body + &head)
}

fn parse_one(yaml: &str) -> Notice {
    let mut all = suchana::parse_str(yaml, "generated.yaml");
    assert_eq!(all.len(), 1, "{yaml}");
    match all.remove(0) {
        Ok(n) => n,
        Err(errors) => panic!("a valid notice was refused: {errors:#?}\n{yaml}"),
    }
}

/// GSM 03.38, written out here independently of the library.
fn gsm_septets(c: char) -> Option<usize> {
    const BASIC: &[char] = &[
        '@', '£', '$', '¥', 'è', 'é', 'ù', 'ì', 'ò', 'Ç', '\n', 'Ø', 'ø', '\r', 'Å', 'å', 'Δ', '_',
        'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ', 'Æ', 'æ', 'ß', 'É', ' ', '!', '"', '#', '¤',
        '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '?', '¡',
        'Ä', 'Ö', 'Ñ', 'Ü', '§', '¿', 'ä', 'ö', 'ñ', 'ü', 'à',
    ];
    const EXTENSION: &[char] = &['\u{0C}', '^', '{', '}', '\\', '[', '~', ']', '|', '€'];
    if c.is_ascii_alphanumeric() || BASIC.contains(&c) {
        Some(1)
    } else if EXTENSION.contains(&c) {
        Some(2)
    } else {
        None
    }
}

/// Parts of an SMS: one part up to `single` units; else parts of `multi` units, a character
/// (a surrogate pair, an escape and its character) never split between two.
fn parts_of(sizes: &[usize], single: usize, multi: usize) -> usize {
    if sizes.iter().sum::<usize>() <= single {
        return 1;
    }
    let mut parts = vec![0usize];
    for &size in sizes {
        let room = multi - parts.last().copied().unwrap_or(0);
        if size > room {
            parts.push(0);
        }
        if let Some(last) = parts.last_mut() {
            *last += size;
        }
    }
    parts.len()
}

fn expected_sms(text: &str) -> (SmsEncoding, usize) {
    let septets: Option<Vec<usize>> = text.chars().map(gsm_septets).collect();
    match septets {
        Some(s) => (SmsEncoding::Gsm7, parts_of(&s, 160, 153)),
        None => {
            let units: Vec<usize> = text.chars().map(|c| c.len_utf16()).collect();
            (SmsEncoding::Ucs2, parts_of(&units, 70, 67))
        }
    }
}

/// The language groups every notice renders in: each language, both orders of mr and hi.
fn groups() -> [Vec<Lang>; 4] {
    [vec![mr()], vec![hi()], vec![mr(), hi()], vec![hi(), mr()]]
}

proptest! {
    #![proptest_config(Config { cases: 96, ..Config::default() })]

    #[test]
    fn any_valid_notice_renders_everywhere_the_same_way(yaml in notice_yaml()) {
        let notice = parse_one(&yaml);
        let (a, b) = engines();
        for langs in &groups() {
            for format in Format::ALL {
                let first = match a.render_notice(&notice, langs, format) {
                    Ok(r) => r,
                    Err(RenderError::SmsTooLong { .. }) if langs.len() > 1 => continue,
                    Err(e) => panic!("{langs:?} {format}: {e}\n{yaml}"),
                };
                let again = a.render_notice(&notice, langs, format)
                    .unwrap_or_else(|e| panic!("second render: {e}"));
                let other = b.render_notice(&notice, langs, format)
                    .unwrap_or_else(|e| panic!("other engine: {e}"));
                prop_assert_eq!(&first, &again, "same engine, same output");
                prop_assert_eq!(&first, &other, "two engines, same output");
                let text = &first.text;
                prop_assert!(!text.trim().is_empty());
                if format != Format::Html {
                    prop_assert!(is_nfc(text), "{:?} {} is not NFC:\n{}", langs, format, text);
                    prop_assert!(!text.contains(['\u{2068}', '\u{2069}']), "isolation marks");
                }
                if let Some(info) = first.sms {
                    let (encoding, parts) = expected_sms(text);
                    prop_assert_eq!(info.encoding, encoding);
                    prop_assert_eq!(info.parts, parts);
                    prop_assert_eq!(info.units, text.encode_utf16().count());
                }
            }
        }
    }

    #[test]
    fn sms_parts_agree_with_an_independent_count(
        text in prop::collection::vec(
            prop::sample::select(vec!['a', 'Z', '7', ' ', '@', '€', '{', '\\', '\n', 'क', 'ा', '😀', '\u{200D}']),
            0..400,
        ).prop_map(|v| v.into_iter().collect::<String>())
    ) {
        let info = sms_info(&text);
        let (encoding, parts) = expected_sms(&text);
        prop_assert_eq!(info.encoding, encoding);
        prop_assert_eq!(info.parts, parts);
        prop_assert_eq!(info.units, text.encode_utf16().count());
    }

    #[test]
    fn gsm_only_text_counts_escapes_twice(n in 0usize..400, euros in 0usize..100) {
        let text = format!("{}{}", "a".repeat(n), "€".repeat(euros));
        let info = sms_info(&text);
        prop_assert_eq!(info.encoding, SmsEncoding::Gsm7);
        prop_assert_eq!(info.parts, expected_sms(&text).1);
    }
}

#[test]
fn fluent_and_tera_syntax_in_data_is_printed_as_written() {
    let yaml = "kind: outage\nissuer: { org: \"{ $areas } {{ title }} {% if x %}\" }\nplanned: false\nreason: weather\nareas: [\"{ -brand }\", वाई]\nstart: 2025-11-24T10:00\n";
    let notice = parse_one(yaml);
    let (engine, _) = engines();
    for lang in Lang::embedded() {
        for format in [Format::Text, Format::Whatsapp] {
            let out = engine
                .render(&notice, lang, format)
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(out.contains("{ $areas } {{ title }} {% if x %}"), "{out}");
            assert!(out.contains("{ -brand }"), "{out}");
        }
    }
}
