//! Edge cases of the wording: counts, spans, day periods, missing languages, NFC, digits.

use suchana::{DataErrorKind, Digits, Engine, EngineOptions, Format, Lang, Position, RenderError};

mod library;
use library::{engine, notice};

fn outage(extra: &str) -> String {
    format!("kind: outage\nissuer: {{ org: महावितरण }}\nreason: maintenance\n{extra}")
}

fn render(engine: &Engine, yaml: &str, lang: Lang) -> String {
    engine
        .render(&notice(yaml), lang, Format::Text)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn one_area_and_four_areas() {
    let e = engine();
    let one =
        outage("planned: true\nareas: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n");
    let four = outage(
        "planned: true\nareas: [वाई, पसरणी, कराड, { mr: भुईंज, hi: भुइंज }]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n",
    );
    assert!(render(&e, &one, library::hi()).contains(" वाई क्षेत्र में बिजली आपूर्ति बंद रहेगी।"));
    assert!(
        render(&e, &four, library::hi())
            .contains(" वाई, पसरणी, कराड और भुइंज क्षेत्रों में बिजली आपूर्ति बंद रहेगी।")
    );
    assert!(render(&e, &one, library::mr()).contains(" वाई परिसरातील वीजपुरवठा बंद राहील."));
    assert!(render(&e, &four, library::mr()).contains(" वाई, पसरणी, कराड आणि भुईंज परिसरातील"));
}

#[test]
fn zero_one_and_many_consumers() {
    let e = engine();
    let base = "planned: true\nareas: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n";
    let with = |n: &str| outage(&format!("{base}consumers: {n}\n"));
    assert!(
        render(&e, &with("0"), library::mr())
            .contains("या कालावधीत कोणताही वीजग्राहक बाधित होणार नाही.")
    );
    assert!(render(&e, &with("1"), library::mr()).contains("या कालावधीत १ वीजग्राहक बाधित होईल."));
    assert!(render(&e, &with("2"), library::mr()).contains("या कालावधीत २ वीजग्राहक बाधित होतील."));
    assert!(
        render(&e, &with("0"), library::hi()).contains("इस दौरान कोई उपभोक्ता प्रभावित नहीं होगा।")
    );
    assert!(render(&e, &with("1"), library::hi()).contains("इस दौरान 1 उपभोक्ता प्रभावित होगा।"));
    assert!(
        render(&e, &with("100000"), library::hi())
            .contains("इस दौरान 1,00,000 उपभोक्ता प्रभावित होंगे।")
    );
    let none = render(&e, &outage(base), library::hi());
    assert!(
        !none.contains("उपभोक्ता"),
        "no consumer sentence without consumers: {none}"
    );
}

#[test]
fn unplanned_without_end_is_until_further_notice() {
    let e = engine();
    let y = "kind: outage\nissuer: { org: महावितरण }\nplanned: false\nreason: breakdown\nareas: [वाई]\nstart: 2025-11-25T23:15\n";
    let mr = render(&e, y, library::mr());
    assert!(mr.contains("तांत्रिक बिघाडामुळे मंगळवार, दि. २५ नोव्हेंबर २०२५ रोजी रात्री ११:१५ वाजल्यापासून वाई परिसरातील वीजपुरवठा खंडित झाला आहे."), "{mr}");
    assert!(
        mr.contains("दुरुस्तीचे काम युद्धपातळीवर सुरू असून वीजपुरवठा लवकरात लवकर पूर्ववत करण्यात येईल."),
        "{mr}"
    );
    let hi = render(&e, y, library::hi());
    assert!(hi.contains("तकनीकी खराबी के कारण मंगलवार, 25 नवंबर 2025 को रात 11:15 बजे से वाई क्षेत्र में बिजली आपूर्ति बाधित है।"), "{hi}");
    assert!(
        hi.contains("मरम्मत कार्य युद्धस्तर पर जारी है; आपूर्ति यथाशीघ्र बहाल कर दी जाएगी।"),
        "{hi}"
    );
}

#[test]
fn midnight_is_the_end_of_the_day_before_and_noon_is_afternoon() {
    let e = engine();
    let y = outage("planned: true\nareas: [वाई]\nstart: 2025-11-24T00:00\nend: 2025-11-24T12:00\n");
    let mr = render(&e, &y, library::mr());
    assert!(mr.contains("रविवार, दि. २३ नोव्हेंबर २०२५च्या मध्यरात्री १२:०० वाजल्यापासून सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी दुपारी १२:०० वाजेपर्यंत"), "{mr}");
    let hi = render(&e, &y, library::hi());
    assert!(
        hi.contains(
            "रविवार, 23 नवंबर 2025 की मध्यरात्रि 12:00 बजे से सोमवार, 24 नवंबर 2025 को दोपहर 12:00 बजे तक"
        ),
        "{hi}"
    );
}

#[test]
fn spans_over_midnight_name_both_days() {
    let e = engine();
    let y = outage("planned: true\nareas: [वाई]\nstart: 2025-11-24T23:00\nend: 2025-11-25T05:30\n");
    let mr = render(&e, &y, library::mr());
    assert!(mr.contains("सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी रात्री ११:०० वाजल्यापासून मंगळवार, दि. २५ नोव्हेंबर २०२५ रोजी पहाटे ५:३० वाजेपर्यंत"), "{mr}");
    let hi = render(&e, &y, library::hi());
    assert!(
        hi.contains(
            "सोमवार, 24 नवंबर 2025 को रात 11:00 बजे से मंगलवार, 25 नवंबर 2025 को सुबह 5:30 बजे तक"
        ),
        "{hi}"
    );
}

#[test]
fn offsets_are_printed_in_ist() {
    let e = engine();
    let y = outage(
        "planned: true\nareas: [वाई]\nstart: 2025-11-24T04:30+00:00\nend: 2025-11-24T08:30Z\n",
    );
    // `Z` is not in the contract: the error says how to write it.
    let errs = suchana::parse_str(&y, "t.yaml")
        .remove(0)
        .err()
        .unwrap_or_default();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].kind, DataErrorKind::InvalidDateTime);
    let y = y.replace("08:30Z", "08:30+00:00");
    assert!(render(&e, &y, library::hi()).contains("सुबह 10:00 बजे से दोपहर 2:00 बजे तक"));
}

#[test]
fn a_map_missing_the_language_is_an_error_at_its_position() {
    let e = engine();
    let y = outage(
        "planned: true\nareas: [वाई, { mr-IN: भुईंज }]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n",
    );
    let n = notice(&y);
    assert!(e.render(&n, library::mr(), Format::Text).is_ok());
    match e.render(&n, library::hi(), Format::Text) {
        Err(RenderError::Data(err)) => {
            assert_eq!(err.kind, DataErrorKind::MissingLanguage);
            assert_eq!(err.path, "areas[1]");
            assert_eq!(
                err.position,
                Some(Position {
                    line: 5,
                    column: 14
                })
            );
            assert_eq!(err.message, "`areas[1]` has no hi-IN text");
            assert_eq!(&*err.file, "test.yaml");
        }
        other => panic!("expected a missing-language error, got {other:?}"),
    }
}

#[test]
fn text_is_normalised_to_nfc() {
    let e = engine();
    // U+0958 (क़) is a composition exclusion: NFC writes it as क + nukta.
    let y = outage(
        "planned: true\nareas: [\"\u{0958}\u{0959}\u{095A}\u{095B}\u{095C}\u{095D}\u{095E}\u{095F}\"]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n",
    );
    let text = render(&e, &y, library::hi());
    assert!(text.contains("\u{0915}\u{093C}\u{0916}\u{093C}\u{0917}\u{093C}\u{091C}\u{093C}\u{0921}\u{093C}\u{0922}\u{093C}\u{092B}\u{093C}\u{092F}\u{093C} क्षेत्र"), "{text}");
    assert!(!text.contains('\u{0958}'));
}

#[test]
fn digits_can_be_overridden() {
    let y = outage(
        "planned: true\nareas: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\nconsumers: 218000\n",
    );
    let latn = Engine::with_options(&EngineOptions {
        digits: Some(Digits::Latn),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let mr = render(&latn, &y, library::mr());
    assert!(
        mr.contains("सोमवार, दि. 24 नोव्हेंबर 2025 रोजी सकाळी 10:00 ते दुपारी 2:00 वाजेपर्यंत"),
        "{mr}"
    );
    assert!(mr.contains("2,18,000 वीजग्राहक"), "{mr}");
    let deva = Engine::with_options(&EngineOptions {
        digits: Some(Digits::Deva),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(render(&deva, &y, library::hi()).contains("२,१८,००० उपभोक्ता"));
}

#[test]
fn reason_other_prints_the_details_as_the_reason() {
    let e = engine();
    let y = "kind: outage\nissuer: { org: महावितरण }\nplanned: true\nreason: other\ndetails: { mr: रस्ता रुंदीकरणाचे काम., hi: सड़क चौड़ीकरण कार्य }\nareas: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n";
    assert!(render(&e, y, library::mr()).contains("वीजपुरवठा बंद राहील. कारण: रस्ता रुंदीकरणाचे काम.\n"));
    assert!(
        render(&e, y, library::hi()).contains("बिजली आपूर्ति बंद रहेगी। कारण: सड़क चौड़ीकरण कार्य।\n")
    );
}

#[test]
fn meeting_without_end_or_chair() {
    let e = engine();
    let y = "kind: meeting\nissuer: { org: महावितरण }\ntitle: ग्राहक संवाद\nstart: 2025-09-19T12:00\nvenue: वाई\norganizer: महावितरण\n";
    let mr = render(&e, y, library::mr());
    assert!(mr.contains("वेळ: दुपारी १२:०० वाजता\n"), "{mr}");
    assert!(!mr.contains("अध्यक्षतेखाली"));
    assert!(render(&e, y, library::hi()).contains("समय: दोपहर 12:00 बजे\n"));
}

#[test]
fn a_title_written_with_a_full_stop_reads_inside_a_sentence() {
    let e = engine();
    let y = "kind: meeting\nissuer: { org: महावितरण }\ntitle: ग्राहक मेळावा.\nstart: 2025-09-19T12:00\nvenue: वाई\norganizer: महावितरण\n";
    let mr = render(&e, y, library::mr());
    assert!(
        mr.contains("\nग्राहक मेळावा\n\nमहावितरण यांच्या वतीने ग्राहक मेळावा आयोजित करण्यात येत आहे."),
        "{mr}"
    );
}

#[test]
fn a_safety_notice_with_no_areas_and_no_advice_of_its_own() {
    let e = engine();
    let y = "kind: safety\nissuer: { org: X }\nhazard: monsoon\n";
    for format in [Format::Text, Format::Whatsapp, Format::Html] {
        let mr = e
            .render(&notice(y), library::mr(), format)
            .unwrap_or_else(|err| panic!("{format}: {err}"));
        assert!(
            mr.contains("सर्व नागरिकांनी पुढील सूचनांचे काटेकोरपणे पालन करावे:"),
            "{mr}"
        );
        // The standard advice, and nothing after its last point.
        assert!(
            mr.contains("विजांच्या कडकडाटाच्या वेळी झाडाखाली किंवा वीजखांबाजवळ थांबू नका."),
            "{mr}"
        );
        assert_eq!(
            mr.matches(['•']).count() + mr.matches("<li>").count(),
            5,
            "{mr}"
        );
    }
}

#[test]
fn plain_text_carries_no_isolation_marks() {
    let e = engine();
    let y = outage(
        "planned: true\nareas: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\nconsumers: 5\n",
    );
    for lang in Lang::embedded() {
        let t = render(&e, &y, lang);
        assert!(!t.contains(['\u{2068}', '\u{2069}']), "{t:?}");
    }
}

#[test]
fn extra_advice_ends_as_a_sentence_of_its_language() {
    let e = engine();
    let y = "kind: safety\nissuer: { org: X }\nhazard: monsoon\nadvice: [{ mr: नदीकाठी जाऊ नका, hi: नदी किनारे न जाएँ }, { mr: पूल ओलांडू नका., hi: पुल पार न करें। }]\n";
    let mr = render(&e, y, library::mr());
    assert!(mr.contains("• नदीकाठी जाऊ नका.\n• पूल ओलांडू नका.\n"), "{mr}");
    let hi = render(&e, y, library::hi());
    assert!(hi.contains("• नदी किनारे न जाएँ।\n• पुल पार न करें।\n"), "{hi}");
}

#[test]
fn every_hazard_sms_gives_its_advice_in_three_parts_and_matches_dlt() {
    let e = engine();
    // The longest case: a shortened list of long area names (a full 30-character DLT
    // variable), the last day and a number to report to.
    // English in Latin letters only, so that its SMS is GSM-7 as an English SMS is.
    let place = |mr: &str, en: &str| format!("{{ mr: {mr}, hi: {mr}, en: {en} }}");
    let areas = [
        ("महाबळेश्वर", "Mahabaleshwar"),
        ("पाचगणी", "Panchgani"),
        ("वाई", "Wai"),
        ("कोरेगाव", "Koregaon"),
        ("खंडाळा", "Khandala"),
        ("फलटण", "Phaltan"),
        ("माण", "Man"),
        ("खटाव", "Khatav"),
    ]
    .map(|(mr, en)| place(mr, en))
    .join(", ");
    for &hazard in suchana::l10n::catalog::HAZARDS {
        let details = if hazard == "other" {
            "details: { mr: पुलाचे बांधकाम, hi: पुल निर्माण, en: bridge construction }\n"
        } else {
            ""
        };
        let y = format!(
            "kind: safety\nissuer: {{ org: {{ mr: महावितरण, hi: महावितरण, en: MSEDCL }} }}\nhazard: {hazard}\n{details}areas: [{areas}]\nvalid_until: 2025-09-30\nreport_phone: \"1800-233-3435\"\n"
        );
        let n = notice(&y);
        for lang in Lang::embedded() {
            let (rendering, findings) = e
                .render_sms(&n, &[lang], None)
                .unwrap_or_else(|err| panic!("{hazard} {lang:?}: {err}"));
            let info = rendering.sms.unwrap_or_else(|| panic!("no SMS info"));
            assert!(
                info.parts <= 3,
                "{hazard} {lang:?}: {} parts ({} units): {}",
                info.parts,
                info.units,
                rendering.text
            );
            assert!(findings.is_empty(), "{hazard} {lang:?}: {findings:?}");
            // Not the old message that only repeated the title.
            assert!(!rendering.text.contains("सावधगिरी बाळगावी"));
            assert!(!rendering.text.contains("के मामले में सावधानी बरतें"));
        }
    }
}

#[test]
fn an_unplanned_outage_never_calls_its_work_planned() {
    let e = engine();
    let y = "kind: outage\nissuer: { org: { mr: महावितरण, hi: महावितरण, en: MSEDCL } }\nplanned: false\nreason: maintenance\nareas: [{ mr: वाई, hi: वाई, en: Wai }]\nstart: 2025-11-24T10:00\n";
    let n = notice(y);
    for lang in Lang::embedded() {
        for format in [Format::Text, Format::Whatsapp, Format::Sms, Format::Html] {
            let text = e
                .render(&n, lang, format)
                .unwrap_or_else(|err| panic!("{err}"));
            for planned in ["नियोजित", "planned", "Planned"] {
                assert!(
                    !text.contains(planned),
                    "{lang} {format}: «{planned}» in an unplanned notice:\n{text}"
                );
            }
        }
    }
    assert!(
        e.render(&n, library::mr(), Format::Text)
            .is_ok_and(|t| t.contains("तातडीच्या देखभाल व दुरुस्तीच्या कामासाठी"))
    );
    assert!(
        e.render(&n, library::hi(), Format::Whatsapp)
            .is_ok_and(|t| t.contains("*कारण:* आपातकालीन रखरखाव"))
    );
}
