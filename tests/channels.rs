//! The channels' own rules: SMS parts as a phone counts them, DLT variables and templates,
//! HTML escaping of hostile data, and bilingual SMS within the part limit.

use suchana::render::{DltProblem, SmsEncoding, check_against, sms_info};
use suchana::{Format, Notice, RenderError};

mod library;
use library::{engine, notice};

fn outage(areas: &str, extra: &str) -> Notice {
    notice(&format!(
        "kind: outage\nissuer: {{ org: महावितरण }}\nreason: maintenance\nplanned: true\nareas: {areas}\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n{extra}"
    ))
}

#[test]
fn ucs2_boundary_at_70_and_67_units_a_part() {
    let deva = |n: usize| "अ".repeat(n);
    let counts = |t: &str| {
        let i = sms_info(t);
        (i.encoding, i.units, i.parts)
    };
    assert_eq!(counts(&deva(70)), (SmsEncoding::Ucs2, 70, 1));
    assert_eq!(counts(&deva(71)), (SmsEncoding::Ucs2, 71, 2));
    assert_eq!(counts(&deva(134)), (SmsEncoding::Ucs2, 134, 2));
    assert_eq!(counts(&deva(135)), (SmsEncoding::Ucs2, 135, 3));
    assert_eq!(counts(&deva(268)), (SmsEncoding::Ucs2, 268, 4));
    assert_eq!(counts(&deva(269)), (SmsEncoding::Ucs2, 269, 5));
    // One Devanagari letter makes a Latin text UCS-2.
    let mixed = format!("{}अ", "a".repeat(69));
    assert_eq!(counts(&mixed), (SmsEncoding::Ucs2, 70, 1));
}

#[test]
fn gsm7_boundary_at_160_and_153_septets_a_part() {
    let latin = |n: usize| "a".repeat(n);
    let counts = |t: &str| {
        let i = sms_info(t);
        (i.encoding, i.units, i.parts)
    };
    assert_eq!(counts(&latin(160)), (SmsEncoding::Gsm7, 160, 1));
    assert_eq!(counts(&latin(161)), (SmsEncoding::Gsm7, 161, 2));
    assert_eq!(counts(&latin(306)), (SmsEncoding::Gsm7, 306, 2));
    assert_eq!(counts(&latin(307)), (SmsEncoding::Gsm7, 307, 3));
    // `€` is in the extension table: two septets, still GSM-7.
    assert_eq!(
        counts(&format!("{}€", latin(158))),
        (SmsEncoding::Gsm7, 159, 1)
    );
    assert_eq!(
        counts(&format!("{}€", latin(159))),
        (SmsEncoding::Gsm7, 160, 2)
    );
    // `ç` is not in GSM-7 (only `Ç` is): the whole text becomes UCS-2.
    assert_eq!(counts("ça"), (SmsEncoding::Ucs2, 2, 1));
}

#[test]
fn a_surrogate_pair_counts_two_units_and_never_straddles_parts() {
    let emoji = "😀";
    assert_eq!(sms_info(&emoji.repeat(35)).units, 70);
    assert_eq!(sms_info(&emoji.repeat(35)).parts, 1);
    assert_eq!(sms_info(&emoji.repeat(36)).parts, 2);
    // 66 + 2 + 66 = 134 units, two parts by arithmetic; but the pair cannot start at unit 67
    // of the first part, so it moves to the second, which then overflows into a third.
    let text = format!("{}{emoji}{}", "अ".repeat(66), "अ".repeat(66));
    let info = sms_info(&text);
    assert_eq!((info.units, info.parts), (134, 3));
}

#[test]
fn long_area_lists_are_shortened_to_fit_a_dlt_variable() {
    let e = engine();
    let n = outage(
        "[वाई, पसरणी, भुईंज, सातारा, कराड, पाटण, फलटण, कोरेगाव]",
        "contacts: [{ phone: \"1912\" }]\n",
    );
    let mr = e.render(&n, library::mr(), Format::Sms).unwrap_or_default();
    assert!(
        mr.contains(" वाई, पसरणी, भुईंज आणि इतर ५ भागांतील वीजपुरवठा "),
        "{mr}"
    );
    let hi = e.render(&n, library::hi(), Format::Sms).unwrap_or_default();
    assert!(hi.contains(" वाई, पसरणी, भुईंज और 5 अन्य क्षेत्रों में "), "{hi}");
    for (lang, text) in [(library::mr(), &mr), (library::hi(), &hi)] {
        let findings = e.check_dlt(&n, &[lang], text, None).unwrap_or_default();
        assert_eq!(findings, vec![], "{text}");
    }
}

#[test]
fn an_area_too_long_for_a_dlt_variable_is_named() {
    let e = engine();
    let n = outage(
        "[छत्रपती संभाजीनगर औद्योगिक वसाहत परिसर]",
        "contacts: [{ phone: \"1912\" }]\n",
    );
    let text = e.render(&n, library::mr(), Format::Sms).unwrap_or_default();
    let findings = e
        .check_dlt(&n, &[library::mr()], &text, None)
        .unwrap_or_default();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].path.as_deref(), Some("areas"));
    assert_eq!(
        findings[0].position.map(|p| (p.line, p.column)),
        Some((5, 9))
    );
    match &findings[0].problem {
        DltProblem::TooLong {
            name, value, chars, ..
        } => {
            assert_eq!(name.as_deref(), Some("areas"));
            assert_eq!(value, "छत्रपती संभाजीनगर औद्योगिक वसाहत परिसर");
            assert_eq!(*chars, 38);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_rendering_whose_fixed_text_changed_does_not_match() {
    let e = engine();
    let n = outage("[वाई]", "contacts: [{ phone: \"1912\" }]\n");
    let template = e
        .sms_template(&n, &[library::mr()])
        .unwrap_or_else(|e| panic!("{e}"));
    let text = e.render(&n, library::mr(), Format::Sms).unwrap_or_default();
    assert_eq!(check_against(&template, &text), vec![]);
    let edited = text.replace("बंद राहील.", "बंद राहील!");
    assert_eq!(check_against(&template, &edited)[0].code(), "dlt-mismatch");
    let spaced = text.replace(" संपर्क", "  संपर्क");
    assert_eq!(check_against(&template, &spaced)[0].code(), "dlt-mismatch");
}

#[test]
fn a_short_notice_fits_one_bilingual_sms_within_four_parts() {
    let e = engine();
    let n = outage("[वाई]", "");
    for langs in [
        [library::mr(), library::hi()],
        [library::hi(), library::mr()],
    ] {
        let r = e
            .render_notice(&n, &langs, Format::Sms)
            .unwrap_or_else(|e| panic!("{e}"));
        let info = r.sms.unwrap_or_else(|| panic!("SMS info"));
        assert!(info.parts <= 4 && info.parts >= 3, "{info:?}");
        let lines: Vec<&str> = r.text.lines().collect();
        assert_eq!(lines.len(), 2);
        let first = e.render(&n, langs[0], Format::Sms).unwrap_or_default();
        assert_eq!(lines[0], first, "the first language first");
        let template = e.sms_template(&n, &langs).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(check_against(&template, &r.text), vec![]);
    }
    let long = outage(
        "[वाई, पसरणी, भुईंज]",
        "contacts: [{ phone: \"1800-212-3435\" }]\n",
    );
    match e.render_notice(&long, &[library::mr(), library::hi()], Format::Sms) {
        Err(err @ RenderError::SmsTooLong { .. }) => {
            let message = err.to_string();
            assert!(
                message.starts_with("the SMS in several languages needs 5 parts ("),
                "{message}"
            );
            assert!(message.ends_with(
                "at most 4 are allowed: send one SMS per language (leave out --bilingual)"
            ));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn hostile_data_is_escaped_in_html_and_printed_literally_elsewhere() {
    let e = engine();
    let n = notice(
        "kind: outage\nissuer: { org: \"<b>Evil</b> & Co\", office: \"\\\"quoted\\\" 'single'\" }\nreason: other\ndetails: \"<script>alert(1)</script> { $areas }\"\nplanned: true\nareas: [\"<img src=x onerror=alert(1)>\"]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n",
    );
    let html = e
        .render(&n, library::mr(), Format::Html)
        .unwrap_or_else(|e| panic!("{e}"));
    for raw in ["<script>", "<img", "<b>Evil", "\"quoted\""] {
        assert!(!html.contains(raw), "unescaped {raw} in:\n{html}");
    }
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt; { $areas }.",
        "&lt;img src=x onerror=alert(1)&gt; परिसरातील",
        "<p class=\"org\">&lt;b&gt;Evil&lt;/b&gt; &amp; Co</p>",
        "&quot;quoted&quot; &#39;single&#39;",
    ] {
        assert!(html.contains(escaped), "{escaped} missing in:\n{html}");
    }
    // Fluent syntax in data is data: printed as written, never resolved.
    let text = e
        .render(&n, library::mr(), Format::Text)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains("कारण: <script>alert(1)</script> { $areas }."),
        "{text}"
    );
    let wa = e
        .render(&n, library::hi(), Format::Whatsapp)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(wa.contains("<script>alert(1)</script> { $areas }"), "{wa}");
}
