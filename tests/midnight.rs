//! Moments around midnight and noon, as each channel says them. 00:00 on the 24th said as
//! "24th, 12 at night" reads as the end of the 24th, a day off; so the small hours are said
//! with the night they end (the day before), and a span that ends at midnight ends on its
//! own day. Every expectation is the whole phrase a reader sees.

use suchana::{Engine, Format, Lang};

mod library;
use library::{engine, notice};

fn render(engine: &Engine, yaml: &str, lang: Lang, format: Format) -> String {
    engine
        .render(&notice(yaml), lang, format)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn outage(planned: bool, start: &str, end: Option<&str>) -> String {
    let end = end.map(|e| format!("end: {e}\n")).unwrap_or_default();
    format!(
        "kind: outage\nissuer: {{ org: महावितरण }}\nplanned: {planned}\nreason: maintenance\nareas: [वाई]\nstart: {start}\n{end}"
    )
}

fn meeting(start: &str, end: Option<&str>) -> String {
    let end = end.map(|e| format!("end: {e}\n")).unwrap_or_default();
    format!(
        "kind: meeting\nissuer: {{ org: महावितरण }}\ntitle: {{ mr: ग्राहक मेळावा, hi: ग्राहक सम्मेलन }}\nvenue: वाई\norganizer: महावितरण\nstart: {start}\n{end}"
    )
}

/// Asserts that the rendering contains `expected`, showing the whole rendering otherwise.
fn has(text: &str, expected: &str) {
    assert!(text.contains(expected), "expected «{expected}» in:\n{text}");
}

#[test]
fn outage_start_and_end_in_the_notice() {
    let e = engine();
    // (start, end, Marathi, Hindi)
    let cases = [
        (
            "2025-11-24T00:00",
            Some("2025-11-24T06:00"),
            "रविवार, दि. २३ नोव्हेंबर २०२५च्या मध्यरात्री १२:०० वाजल्यापासून सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी ६:०० वाजेपर्यंत",
            "रविवार, 23 नवंबर 2025 की मध्यरात्रि 12:00 बजे से सोमवार, 24 नवंबर 2025 को सुबह 6:00 बजे तक",
        ),
        (
            "2025-11-24T00:01",
            Some("2025-11-24T02:00"),
            "रविवार, दि. २३ नोव्हेंबर २०२५च्या मध्यरात्री १२:०१ ते रात्री २:०० वाजेपर्यंत",
            "रविवार, 23 नवंबर 2025 की मध्यरात्रि 12:01 बजे से रात 2:00 बजे तक",
        ),
        (
            "2025-11-24T11:59",
            Some("2025-11-24T12:00"),
            "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी ११:५९ ते दुपारी १२:०० वाजेपर्यंत",
            "सोमवार, 24 नवंबर 2025 को सुबह 11:59 बजे से दोपहर 12:00 बजे तक",
        ),
        (
            "2025-11-24T23:59",
            Some("2025-11-25T00:00"),
            "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी रात्री ११:५९ ते मध्यरात्री १२:०० वाजेपर्यंत",
            "सोमवार, 24 नवंबर 2025 को रात 11:59 बजे से मध्यरात्रि 12:00 बजे तक",
        ),
        (
            "2025-11-24T22:00",
            Some("2025-11-25T00:01"),
            "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी रात्री १०:०० ते मध्यरात्री १२:०१ वाजेपर्यंत",
            "सोमवार, 24 नवंबर 2025 को रात 10:00 बजे से मध्यरात्रि 12:01 बजे तक",
        ),
        (
            "2025-11-24T12:00",
            Some("2025-11-26T00:00"),
            "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी दुपारी १२:०० वाजल्यापासून मंगळवार, दि. २५ नोव्हेंबर २०२५च्या मध्यरात्री १२:०० वाजेपर्यंत",
            "सोमवार, 24 नवंबर 2025 को दोपहर 12:00 बजे से मंगलवार, 25 नवंबर 2025 की मध्यरात्रि 12:00 बजे तक",
        ),
    ];
    for (start, end, mr, hi) in cases {
        let y = outage(true, start, end);
        has(&render(&e, &y, library::mr(), Format::Text), mr);
        has(&render(&e, &y, library::hi(), Format::Text), hi);
        // WhatsApp's period line says it the same way.
        has(&render(&e, &y, library::mr(), Format::Whatsapp), mr);
        has(&render(&e, &y, library::hi(), Format::Whatsapp), hi);
    }
}

#[test]
fn unplanned_restoration_at_midnight_names_the_night() {
    let e = engine();
    let y = outage(false, "2025-11-24T18:00", Some("2025-11-26T00:00"));
    has(
        &render(&e, &y, library::mr(), Format::Text),
        "काम युद्धपातळीवर सुरू असून मंगळवार, दि. २५ नोव्हेंबर २०२५च्या मध्यरात्री १२:०० वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.",
    );
    has(
        &render(&e, &y, library::hi(), Format::Text),
        "कार्य युद्धस्तर पर जारी है; मंगलवार, 25 नवंबर 2025 की मध्यरात्रि 12:00 बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।",
    );
}

#[test]
fn outage_sms_at_midnight() {
    let e = engine();
    let cases = [
        (
            "2025-11-24T00:00",
            Some("2025-11-24T06:00"),
            "महावितरण: २३ नोव्हेंबरच्या रात्री १२:०० ते २४ नोव्हेंबर, सकाळी ६:०० वाजेपर्यंत वाई परिसरातील",
            "महावितरण: 23 नवंबर की रात 12:00 बजे से 24 नवंबर को सुबह 6:00 बजे तक वाई क्षेत्र में",
        ),
        (
            "2025-11-24T00:01",
            Some("2025-11-24T02:00"),
            "महावितरण: २३ नोव्हेंबरच्या रात्री १२:०१ ते रात्री २:०० वाजेपर्यंत",
            "महावितरण: 23 नवंबर की रात 12:01 बजे से रात 2:00 बजे तक",
        ),
        (
            "2025-11-24T11:59",
            Some("2025-11-24T12:00"),
            "महावितरण: २४ नोव्हेंबर, सकाळी ११:५९ ते दुपारी १२:०० वाजेपर्यंत",
            "महावितरण: 24 नवंबर को सुबह 11:59 बजे से दोपहर 12:00 बजे तक",
        ),
        (
            "2025-11-24T23:59",
            Some("2025-11-25T00:00"),
            "महावितरण: २४ नोव्हेंबर, रात्री ११:५९ ते मध्यरात्री १२:०० वाजेपर्यंत",
            "महावितरण: 24 नवंबर को रात 11:59 बजे से मध्यरात्रि 12:00 बजे तक",
        ),
    ];
    for (start, end, mr, hi) in cases {
        let y = outage(true, start, end);
        has(&render(&e, &y, library::mr(), Format::Sms), mr);
        has(&render(&e, &y, library::hi(), Format::Sms), hi);
    }
    // An unplanned outage from midnight with no end known.
    let y = outage(false, "2025-11-24T00:00", None);
    has(
        &render(&e, &y, library::mr(), Format::Sms),
        "महावितरण: २३ नोव्हेंबरच्या रात्री १२:०० वाजल्यापासून वाई परिसरातील वीजपुरवठा देखभाल व दुरुस्तीसाठी खंडित झाला आहे. काम युद्धपातळीवर सुरू आहे.",
    );
    has(
        &render(&e, &y, library::hi(), Format::Sms),
        "महावितरण: 23 नवंबर की रात 12:00 बजे से वाई क्षेत्र में बिजली आपूर्ति रखरखाव कार्य के कारण बाधित है। कार्य युद्धस्तर पर जारी है।",
    );
}

#[test]
fn meeting_start_and_end() {
    let e = engine();
    // (start, end, Marathi date and time lines, Hindi date and time lines, SMS moment)
    let cases = [
        (
            "2025-11-24T00:00",
            Some("2025-11-24T02:00"),
            "दिनांक: रविवार, २३ नोव्हेंबर २०२५\nवेळ: मध्यरात्री १२:०० ते रात्री २:०० वाजेपर्यंत\n",
            "दिनांक: रविवार, 23 नवंबर 2025\nसमय: मध्यरात्रि 12:00 बजे से रात 2:00 बजे तक\n",
            (
                "२३ नोव्हेंबर रोजी मध्यरात्री १२:०० वाजता",
                "23 नवंबर को मध्यरात्रि 12:00 बजे",
            ),
        ),
        (
            "2025-11-24T00:01",
            None,
            "दिनांक: रविवार, २३ नोव्हेंबर २०२५\nवेळ: मध्यरात्री १२:०१ वाजता\n",
            "दिनांक: रविवार, 23 नवंबर 2025\nसमय: मध्यरात्रि 12:01 बजे\n",
            (
                "२३ नोव्हेंबर रोजी मध्यरात्री १२:०१ वाजता",
                "23 नवंबर को मध्यरात्रि 12:01 बजे",
            ),
        ),
        (
            "2025-11-24T11:59",
            Some("2025-11-24T12:00"),
            "दिनांक: सोमवार, २४ नोव्हेंबर २०२५\nवेळ: सकाळी ११:५९ ते दुपारी १२:०० वाजेपर्यंत\n",
            "दिनांक: सोमवार, 24 नवंबर 2025\nसमय: सुबह 11:59 बजे से दोपहर 12:00 बजे तक\n",
            (
                "२४ नोव्हेंबर रोजी सकाळी ११:५९ वाजता",
                "24 नवंबर को सुबह 11:59 बजे",
            ),
        ),
        (
            "2025-11-24T23:59",
            Some("2025-11-25T00:00"),
            "दिनांक: सोमवार, २४ नोव्हेंबर २०२५\nवेळ: रात्री ११:५९ ते मध्यरात्री १२:०० वाजेपर्यंत\n",
            "दिनांक: सोमवार, 24 नवंबर 2025\nसमय: रात 11:59 बजे से मध्यरात्रि 12:00 बजे तक\n",
            (
                "२४ नोव्हेंबर रोजी रात्री ११:५९ वाजता",
                "24 नवंबर को रात 11:59 बजे",
            ),
        ),
        (
            "2025-11-24T22:00",
            Some("2025-11-25T06:00"),
            "दिनांक: सोमवार, २४ नोव्हेंबर २०२५\nवेळ: रात्री १०:०० ते दुसऱ्या दिवशी सकाळी ६:०० वाजेपर्यंत\n",
            "दिनांक: सोमवार, 24 नवंबर 2025\nसमय: रात 10:00 बजे से अगले दिन सुबह 6:00 बजे तक\n",
            (
                "२४ नोव्हेंबर रोजी रात्री १०:०० वाजता",
                "24 नवंबर को रात 10:00 बजे",
            ),
        ),
        (
            "2025-11-24T18:00",
            Some("2025-11-27T00:00"),
            "दिनांक: सोमवार, २४ नोव्हेंबर २०२५ ते बुधवार, २६ नोव्हेंबर २०२५\nवेळ: दररोज सायंकाळी ६:०० ते मध्यरात्री १२:०० वाजेपर्यंत\n",
            "दिनांक: सोमवार, 24 नवंबर 2025 से बुधवार, 26 नवंबर 2025 तक\nसमय: प्रतिदिन शाम 6:00 बजे से मध्यरात्रि 12:00 बजे तक\n",
            (
                "२४ नोव्हेंबर रोजी सायंकाळी ६:०० वाजता",
                "24 नवंबर को शाम 6:00 बजे",
            ),
        ),
    ];
    for (start, end, mr, hi, (mr_sms, hi_sms)) in cases {
        let y = meeting(start, end);
        has(&render(&e, &y, library::mr(), Format::Text), mr);
        has(&render(&e, &y, library::hi(), Format::Text), hi);
        has(&render(&e, &y, library::mr(), Format::Sms), mr_sms);
        has(&render(&e, &y, library::hi(), Format::Sms), hi_sms);
    }
}

#[test]
fn dates_without_a_time_are_never_shifted() {
    let e = engine();
    // `valid_until` and `issued` are days, not moments: the day printed is the day given.
    let y = "kind: safety\nissued: 2025-11-24\nissuer: { org: महावितरण }\nhazard: monsoon\nvalid_until: 2025-12-01\n";
    let mr = render(&e, y, library::mr(), Format::Text);
    has(&mr, "दिनांक: २४ नोव्हेंबर २०२५\n");
    has(&mr, "ही सूचना दि. १ डिसेंबर २०२५ पर्यंत लागू राहील.");
    let hi = render(&e, y, library::hi(), Format::Text);
    has(&hi, "दिनांक: 24 नवंबर 2025\n");
    has(&hi, "यह सूचना 1 दिसंबर 2025 तक लागू रहेगी।");
    has(
        &render(&e, y, library::mr(), Format::Sms),
        "ही सूचना १ डिसेंबर २०२५ पर्यंत लागू.",
    );
    has(
        &render(&e, y, library::hi(), Format::Sms),
        "यह सूचना 1 दिसंबर 2025 तक लागू।",
    );
}

#[test]
fn a_midnight_at_the_turn_of_a_month_and_a_year_names_the_day_before() {
    let e = engine();
    let y = outage(false, "2026-01-01T00:00", None);
    has(
        &render(&e, &y, library::mr(), Format::Text),
        "बुधवार, दि. ३१ डिसेंबर २०२५च्या मध्यरात्री १२:०० वाजल्यापासून",
    );
    has(
        &render(&e, &y, library::hi(), Format::Text),
        "बुधवार, 31 दिसंबर 2025 की मध्यरात्रि 12:00 बजे से",
    );
    let y = outage(false, "2024-03-01T01:30", None);
    has(
        &render(&e, &y, library::mr(), Format::Text),
        "गुरुवार, दि. २९ फेब्रुवारी २०२४च्या रात्री १:३० वाजल्यापासून",
    );
    has(
        &render(&e, &y, library::mr(), Format::Sms),
        "२९ फेब्रुवारीच्या रात्री १:३० वाजल्यापासून",
    );
}

#[test]
fn english_says_the_small_hours_with_am_and_the_night_they_end() {
    let e = engine();
    let y = outage(true, "2025-11-24T00:00", Some("2025-11-24T06:00"))
        .replace("areas: [वाई]", "areas: [{ mr: वाई, hi: वाई, en: Wai }]")
        .replace(
            "org: महावितरण",
            "org: { mr: महावितरण, hi: महावितरण, en: MSEDCL }",
        );
    has(
        &render(&e, &y, library::en(), Format::Text),
        "Power supply in the Wai area will remain off from 12:00 AM on the night of Sunday, 23 November 2025 to 6:00 AM on Monday, 24 November 2025 for planned maintenance work.",
    );
    // An SMS says the calendar date: with AM it is plain.
    has(
        &render(&e, &y, library::en(), Format::Sms),
        "MSEDCL: Power supply in Wai will remain off for maintenance from 12:00 AM on 24 November to 6:00 AM on 24 November.",
    );
    let y = outage(true, "2025-11-24T22:00", Some("2025-11-25T00:30"))
        .replace("areas: [वाई]", "areas: [{ mr: वाई, hi: वाई, en: Wai }]")
        .replace(
            "org: महावितरण",
            "org: { mr: महावितरण, hi: महावितरण, en: MSEDCL }",
        );
    has(
        &render(&e, &y, library::en(), Format::Text),
        "from 10:00 PM on Monday, 24 November 2025 to 12:30 AM for planned maintenance work.",
    );
    let y = meeting("2025-11-24T22:00", Some("2025-11-25T06:00"))
        .replace("venue: वाई", "venue: { mr: वाई, hi: वाई, en: Wai }")
        .replace(
            "organizer: महावितरण",
            "organizer: { mr: महावितरण, hi: महावितरण, en: MSEDCL }",
        )
        .replace(
            "org: महावितरण",
            "org: { mr: महावितरण, hi: महावितरण, en: MSEDCL }",
        )
        .replace("hi: ग्राहक सम्मेलन }", "hi: ग्राहक सम्मेलन, en: Customer Meet }");
    has(
        &render(&e, &y, library::en(), Format::Text),
        "Date: Monday, 24 November 2025\nTime: 10:00 PM to 6:00 AM on Tuesday, 25 November 2025\n",
    );
}
