//! CAP 1.2 alerts (`--format cap`): snapshots of outage and safety notices in Marathi, Hindi
//! and English together; each alert read back by roxmltree (a reader independent of the
//! writer) and checked against the elements, order, value lists and time format of the CAP
//! 1.2 specification's data dictionary; the classification table; escaping; the errors;
//! and, with `xmllint`, validation against a schema written here from that data dictionary
//! (`tests/data/cap-1.2-from-spec.xsd`) and, when a copy is at hand, OASIS's CAP-v1.2.xsd.
//!
//! OASIS's schema is not shipped ("Copyright OASIS Open 2010 All Rights Reserved");
//! `.ci/run` downloads it when OASIS can be reached and names it in `SUCHANA_CAP_XSD`, and sets
//! `SUCHANA_XML_TOOLS=1`, which makes the test fail rather than skip without xmllint.

use std::path::Path;
use std::process::Command;

use suchana::cap::{CAP_NAMESPACE, CapOptions};
use suchana::{Engine, Lang, Notice};

const SENDER: &str = "alerts@mahadiscom.in";

/// The notices of the snapshots: (name, YAML).
const CASES: &[(&str, &str)] = &[
    ("outage_planned", include_str!("../examples/outage.yaml")),
    (
        "outage_unplanned_breakdown_with_end",
        "kind: outage
id: karad-2025-12-02
issued: 2025-12-02
issuer:
  org: { mr-IN: महावितरण, hi-IN: महावितरण, en-IN: MSEDCL }
  office: { mr-IN: कराड विभाग, hi-IN: कराड विभाग, en-IN: Karad Division }
planned: false
reason: breakdown
areas: [{ mr-IN: मलकापूर, hi-IN: मलकापुर, en-IN: Malkapur }]
start: 2025-12-02T07:15
end: 2025-12-02T11:30
contacts:
  - { label: { mr-IN: टोल-फ्री, hi-IN: टोल-फ्री, en-IN: Toll-free }, phone: \"1912\" }
",
    ),
    (
        "outage_unplanned_weather_open",
        "kind: outage
id: patan-2025-06-14
issued: 2025-06-14
issuer:
  org: { mr-IN: महावितरण, hi-IN: महावितरण, en-IN: MSEDCL }
planned: false
reason: weather
areas:
  - { mr-IN: पाटण, hi-IN: पाटन, en-IN: Patan }
  - { mr-IN: कोयनानगर, hi-IN: कोयनानगर, en-IN: Koynanagar }
start: 2025-06-14T18:40
",
    ),
    ("safety_monsoon", include_str!("../examples/safety.yaml")),
    (
        "safety_fallen_line_everywhere",
        "kind: safety
id: satara-lines-2025-07-20
issued: 2025-07-20
issuer:
  org: { mr-IN: महावितरण, hi-IN: महावितरण, en-IN: MSEDCL }
hazard: fallen-line
report_phone: \"1912\"
",
    ),
    (
        "safety_other_until",
        "kind: safety
id: wai-ganesh-2025
issued: 2025-08-25
issuer:
  org: { mr-IN: महावितरण, hi-IN: महावितरण, en-IN: MSEDCL }
hazard: other
details:
  mr-IN: गणेशोत्सवातील मिरवणुका
  hi-IN: गणेशोत्सव की शोभायात्राएँ
  en-IN: Ganesh festival processions
areas: [{ mr-IN: वाई, hi-IN: वाई, en-IN: Wai }]
advice:
  - mr-IN: मिरवणुकीतील उंच देखावे वीजतारांखालून नेऊ नका.
    hi-IN: शोभायात्रा की ऊँची झाँकियाँ बिजली के तारों के नीचे से न ले जाएँ।
    en-IN: Do not take tall floats under power lines.
valid_until: 2025-09-06
",
    ),
    // Updates and cancellations (status: update | cancel): msgType Update and Cancel.
    (
        "outage_update",
        include_str!("data/status/outage-update.yaml"),
    ),
    (
        "outage_cancel",
        include_str!("data/status/outage-cancel.yaml"),
    ),
    (
        "safety_update",
        include_str!("data/status/safety-update.yaml"),
    ),
];

fn engine() -> Engine {
    Engine::new().unwrap_or_else(|e| panic!("{e}"))
}

fn langs() -> Vec<Lang> {
    ["mr-IN", "hi-IN", "en-IN"]
        .into_iter()
        .map(|t| Lang::from_tag(t).unwrap_or_else(|| panic!("{t}")))
        .collect()
}

fn notice(yaml: &str) -> Notice {
    match suchana::parse_str(yaml, "case.yaml").pop() {
        Some(Ok(n)) => n,
        other => panic!("{other:?}"),
    }
}

fn options() -> CapOptions {
    CapOptions::with_sender(SENDER).unwrap_or_else(|e| panic!("{e}"))
}

fn alert(engine: &Engine, yaml: &str) -> String {
    engine
        .render_cap(&notice(yaml), &langs(), &options())
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn alerts_of_outages_and_advisories_in_three_languages() {
    let engine = engine();
    for (name, yaml) in CASES {
        let xml = alert(&engine, yaml);
        assert!(
            !xml.contains(['\u{2068}', '\u{2069}']),
            "{name}: isolation marks"
        );
        insta::assert_snapshot!(*name, xml);
    }
}

/// The text of the only child `name` of `node`, if any.
fn child<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<&'a str> {
    let mut found = node
        .children()
        .filter(|c| c.has_tag_name((CAP_NAMESPACE, name)));
    let first = found.next()?;
    assert!(found.next().is_none(), "two <{name}>");
    Some(first.text().unwrap_or_default())
}

fn required<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> &'a str {
    child(node, name).unwrap_or_else(|| panic!("no <{name}> in <{}>", node.tag_name().name()))
}

/// The elements of `<alert>`, `<info>` and `<area>` in the order of CAP 1.2's data
/// dictionary (section 3.2), each with whether it is required and may repeat.
const ALERT: &[(&str, bool, bool)] = &[
    ("identifier", true, false),
    ("sender", true, false),
    ("sent", true, false),
    ("status", true, false),
    ("msgType", true, false),
    ("source", false, false),
    ("scope", true, false),
    ("restriction", false, false),
    ("addresses", false, false),
    ("code", false, true),
    ("note", false, false),
    ("references", false, false),
    ("incidents", false, false),
    ("info", false, true),
];
const INFO: &[(&str, bool, bool)] = &[
    ("language", false, false),
    ("category", true, true),
    ("event", true, false),
    ("responseType", false, true),
    ("urgency", true, false),
    ("severity", true, false),
    ("certainty", true, false),
    ("audience", false, false),
    ("eventCode", false, true),
    ("effective", false, false),
    ("onset", false, false),
    ("expires", false, false),
    ("senderName", false, false),
    ("headline", false, false),
    ("description", false, false),
    ("instruction", false, false),
    ("web", false, false),
    ("contact", false, false),
    ("parameter", false, true),
    ("resource", false, true),
    ("area", false, true),
];
const AREA: &[(&str, bool, bool)] = &[
    ("areaDesc", true, false),
    ("polygon", false, true),
    ("circle", false, true),
    ("geocode", false, true),
    ("altitude", false, false),
    ("ceiling", false, false),
];

/// The children of `node` follow `order`: known, in order, required ones present, only
/// repeatable ones repeated, all in CAP's namespace.
fn check_sequence(node: roxmltree::Node<'_, '_>, order: &[(&str, bool, bool)]) {
    let names: Vec<&str> = node
        .children()
        .filter(|c| c.is_element())
        .map(|c| {
            assert_eq!(c.tag_name().namespace(), Some(CAP_NAMESPACE));
            c.tag_name().name()
        })
        .collect();
    let mut place = 0;
    for (i, name) in names.iter().enumerate() {
        let Some(at) = order.iter().position(|(n, _, _)| n == name) else {
            panic!("<{name}> is not an element of <{}>", node.tag_name().name());
        };
        assert!(at >= place, "<{name}> out of order in {names:?}");
        if i > 0 && names[i - 1] == *name {
            assert!(order[at].2, "<{name}> repeated");
        }
        place = at;
    }
    for (name, is_required, _) in order {
        assert!(
            !is_required || names.contains(name),
            "<{}> lacks <{name}>",
            node.tag_name().name()
        );
    }
}

/// CAP's time format: `YYYY-MM-DDThh:mm:ss` and an offset, never `Z` (section 3.3.2).
fn is_cap_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 25
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && (b[19] == b'+' || b[19] == b'-')
        && digits(20..22)
        && b[22] == b':'
        && digits(23..25)
}

/// What CAP allows in `sender` and `identifier`: no spaces, commas, `<` or `&`.
fn is_cap_token(s: &str) -> bool {
    !s.is_empty() && !s.contains(|c: char| c.is_whitespace() || matches!(c, ',' | '<' | '&'))
}

#[test]
fn every_alert_has_the_elements_order_values_and_times_the_specification_requires() {
    let engine = engine();
    for (name, yaml) in CASES {
        let xml = alert(&engine, yaml);
        let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
        let root = doc.root_element();
        assert!(root.has_tag_name((CAP_NAMESPACE, "alert")), "{name}");
        check_sequence(root, ALERT);
        assert!(is_cap_token(required(root, "identifier")));
        assert!(is_cap_token(required(root, "sender")));
        assert!(is_cap_time(required(root, "sent")), "{name}");
        assert_eq!(required(root, "status"), "Actual");
        let msg_type = match name.rsplit('_').next() {
            Some("update") => "Update",
            Some("cancel") => "Cancel",
            _ => "Alert",
        };
        assert_eq!(required(root, "msgType"), msg_type, "{name}");
        assert_eq!(required(root, "scope"), "Public");
        let infos: Vec<_> = root
            .children()
            .filter(|c| c.has_tag_name((CAP_NAMESPACE, "info")))
            .collect();
        assert_eq!(infos.len(), 3, "{name}");
        for info in infos {
            check_sequence(info, INFO);
            assert!(
                ["Infra", "Safety"].contains(&required(info, "category")),
                "{name}"
            );
            assert!(
                ["Immediate", "Expected", "Future", "Past"].contains(&required(info, "urgency"))
            );
            assert!(["Severe", "Moderate", "Minor"].contains(&required(info, "severity")));
            assert!(
                ["Observed", "Likely", "Possible", "Unlikely"]
                    .contains(&required(info, "certainty"))
            );
            assert!(!required(info, "event").trim().is_empty());
            for time in ["onset", "expires"] {
                if let Some(t) = child(info, time) {
                    assert!(is_cap_time(t), "{name}: <{time}>{t}");
                }
            }
            for area in info
                .children()
                .filter(|c| c.has_tag_name((CAP_NAMESPACE, "area")))
            {
                check_sequence(area, AREA);
                assert!(!required(area, "areaDesc").trim().is_empty());
            }
        }
    }
}

/// The values of the `<info>` in `lang` of `xml`.
fn info_of<'a>(doc: &'a roxmltree::Document<'a>, lang: &str) -> roxmltree::Node<'a, 'a> {
    doc.root_element()
        .children()
        .find(|c| c.has_tag_name((CAP_NAMESPACE, "info")) && child(*c, "language") == Some(lang))
        .unwrap_or_else(|| panic!("no <info> in {lang}"))
}

fn areas<'a>(info: roxmltree::Node<'a, 'a>) -> Vec<&'a str> {
    info.children()
        .filter(|c| c.has_tag_name((CAP_NAMESPACE, "area")))
        .map(|a| required(a, "areaDesc"))
        .collect()
}

#[test]
fn the_values_read_back_are_the_notices() {
    let engine = engine();
    let xml = alert(&engine, CASES[0].1);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}"));
    let root = doc.root_element();
    assert_eq!(required(root, "identifier"), "wai-2025-11-24");
    assert_eq!(required(root, "sender"), SENDER);
    assert_eq!(required(root, "sent"), "2025-11-22T00:00:00+05:30");
    let langs: Vec<&str> = root
        .children()
        .filter_map(|c| child(c, "language"))
        .collect();
    assert_eq!(langs, ["mr-IN", "hi-IN", "en-IN"]);
    let mr = info_of(&doc, "mr-IN");
    assert_eq!(required(mr, "onset"), "2025-11-24T10:00:00+05:30");
    assert_eq!(required(mr, "expires"), "2025-11-24T14:00:00+05:30");
    assert_eq!(required(mr, "event"), "नियोजित वीजपुरवठा खंडित");
    assert_eq!(
        required(mr, "headline"),
        "नियोजित वीजपुरवठा खंडित राहण्याबाबत सूचना"
    );
    assert_eq!(required(mr, "senderName"), "महावितरण, वाई उपविभाग");
    assert!(required(mr, "description").contains(
        "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी १०:०० ते दुपारी २:०० वाजेपर्यंत वाई, पसरणी आणि भुईंज परिसरातील वीजपुरवठा बंद राहील."
    ));
    assert!(required(mr, "description").contains("२,१८,००० वीजग्राहक"));
    assert_eq!(areas(mr), ["वाई", "पसरणी", "भुईंज"]);
    let hi = info_of(&doc, "hi-IN");
    assert_eq!(areas(hi), ["वाई", "पसरणी", "भुइंज"]);
    assert!(required(hi, "description").contains("2,18,000 उपभोक्ता"));
    assert_eq!(
        required(hi, "contact"),
        "अधिक जानकारी के लिए टोल-फ्री 1912 या 1800-212-3435 पर संपर्क करें।"
    );
    let en = info_of(&doc, "en-IN");
    assert_eq!(required(en, "event"), "Planned power shutdown");
    assert_eq!(required(en, "senderName"), "MSEDCL, Wai Sub-division");

    // An advisory: expires at the end of its last day; no onset; the advice as instructions.
    let xml = alert(&engine, CASES[3].1);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}"));
    let en = info_of(&doc, "en-IN");
    assert_eq!(child(en, "onset"), None);
    assert_eq!(required(en, "expires"), "2025-09-30T23:59:59+05:30");
    let instruction = required(en, "instruction");
    assert!(instruction.starts_with(
        "During the monsoon, keep away from electric poles, stay wires and transformers.\n"
    ));
    assert!(instruction.contains(
        "\nIn flooded areas, do not switch on the power supply of houses until the water recedes.\n"
    ));
    assert!(instruction.ends_with("Stay alert, stay safe."));
    assert_eq!(areas(en), ["Satara", "Karad", "Patan"]);
}

/// The classification of `yaml` as (category, urgency, severity, certainty).
fn classification(engine: &Engine, yaml: &str) -> [String; 4] {
    let xml = alert(engine, yaml);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}"));
    let info = info_of(&doc, "en-IN");
    ["category", "urgency", "severity", "certainty"].map(|n| required(info, n).to_string())
}

#[test]
fn classification_follows_the_documented_table() {
    let engine = engine();
    let outage = |planned: bool, reason: &str| {
        let details = if reason == "other" {
            "details: Shifting of a pole\n"
        } else {
            ""
        };
        format!(
            "kind: outage\nid: x\nissued: 2025-11-22\nissuer: {{ org: MSEDCL }}\nplanned: {planned}\nreason: {reason}\n{details}areas: [Wai]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n"
        )
    };
    let reasons = suchana::notice::Reason::ALL.map(suchana::notice::Reason::key);
    for reason in reasons {
        assert_eq!(
            classification(&engine, &outage(true, reason)),
            ["Infra", "Future", "Minor", "Likely"],
            "planned {reason}"
        );
        let severity = if reason == "weather" {
            "Moderate"
        } else {
            "Minor"
        };
        assert_eq!(
            classification(&engine, &outage(false, reason)),
            ["Infra", "Immediate", severity, "Observed"],
            "unplanned {reason}"
        );
    }
    let hazards = suchana::notice::Hazard::ALL.map(suchana::notice::Hazard::key);
    for hazard in hazards {
        let details = if hazard == "other" {
            "details: Kite flying\n"
        } else {
            ""
        };
        let yaml = format!(
            "kind: safety\nid: x\nissued: 2025-11-22\nissuer: {{ org: MSEDCL }}\nhazard: {hazard}\n{details}"
        );
        let expected = if hazard == "fallen-line" {
            ["Safety", "Expected", "Severe", "Likely"]
        } else {
            ["Safety", "Future", "Moderate", "Possible"]
        };
        assert_eq!(classification(&engine, &yaml), expected, "{hazard}");
    }
}

#[test]
fn an_update_or_cancellation_names_the_alert_it_supersedes() {
    let engine = engine();
    let read = |yaml: &str, options: &CapOptions| {
        let xml = engine
            .render_cap(&notice(yaml), &langs(), options)
            .unwrap_or_else(|e| panic!("{e}"));
        let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}"));
        let root = doc.root_element();
        let info = info_of(&doc, "en-IN");
        (
            required(root, "msgType").to_string(),
            child(root, "references").map(str::to_string),
            [
                required(info, "urgency").to_string(),
                required(info, "certainty").to_string(),
            ],
            child(info, "description").unwrap_or_default().to_string(),
        )
    };
    let update = include_str!("data/status/outage-update.yaml");
    let cancel = include_str!("data/status/outage-cancel.yaml");
    // The earlier alert's <sent> is not in the data: without it there are no <references>.
    let (msg_type, references, _, description) = read(update, &options());
    assert_eq!((msg_type.as_str(), references), ("Update", None));
    assert!(
        description.ends_with("What has changed: the work moves from 24 to 26 November."),
        "{description}"
    );
    let mut with_sent = options();
    with_sent.superseded_sent = Some(suchana::notice::DateTime {
        date: suchana::notice::Date {
            year: 2025,
            month: 11,
            day: 22,
        },
        hour: 0,
        minute: 0,
    });
    let (msg_type, references, class, description) = read(cancel, &with_sent);
    assert_eq!(msg_type, "Cancel");
    assert_eq!(
        references.as_deref(),
        Some("alerts@mahadiscom.in,wai-2025-11-24,2025-11-22T00:00:00+05:30")
    );
    // Nothing is to come: no action (Past), not expected to happen (Unlikely).
    assert_eq!(class, ["Past", "Unlikely"]);
    assert_eq!(
        description,
        "The notice of the planned power shutdown in the Wai, Pasarni and Bhuinj areas from 10:00 AM on Monday, 24 November 2025 has been cancelled. Reason: the transformer repair has been postponed."
    );
    // A meeting's cancellation is no more an alert than the meeting.
    let meeting = include_str!("data/status/meeting-cancel.yaml");
    let err = engine
        .render_cap(&notice(meeting), &langs(), &options())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("a meeting notice is not an alert"), "{err}");
}

#[test]
fn every_value_is_escaped() {
    let engine = engine();
    let nasty = "A & B <b>\"x\"</b> ]]> 'y'";
    let yaml = format!(
        "kind: outage\nid: x\nissued: 2025-11-22\nissuer: {{ org: '{org}' }}\nplanned: false\nreason: other\ndetails: '{org}'\nareas: ['{org}', '<Wai>']\nstart: 2025-11-24T10:00\n",
        org = nasty.replace('\'', "''")
    );
    let xml = alert(&engine, &yaml);
    assert!(!xml.contains("<b>"), "{xml}");
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}"));
    let en = info_of(&doc, "en-IN");
    assert_eq!(areas(en), [nasty, "<Wai>"]);
    assert_eq!(required(en, "senderName"), nasty);
    assert!(required(en, "description").contains(&format!("Reason: {nasty}")));
}

/// The error of rendering `yaml` as CAP, as the library reports it.
fn error(engine: &Engine, yaml: &str) -> String {
    match engine.render_cap(&notice(yaml), &langs(), &options()) {
        Err(e) => e.to_string(),
        Ok(xml) => panic!("{xml}"),
    }
}

#[test]
fn a_meeting_is_not_an_alert_and_an_alert_needs_a_date() {
    let engine = engine();
    assert_eq!(
        error(&engine, include_str!("../examples/meeting.yaml")),
        "case.yaml:1:1: notice `bsp-customer-meet-2025-09-19`: a meeting notice is not an alert: CAP carries outage and safety notices only"
    );
    assert_eq!(
        error(
            &engine,
            "kind: safety\nid: x\nissuer: { org: MSEDCL }\nhazard: monsoon\n"
        ),
        "case.yaml:1:1: notice `x`: a CAP alert needs `issued`: its <sent> time is 00:00 IST of that day"
    );
    // The time the options give stands for `issued`.
    let mut options = options();
    options.sent = suchana::notice::datetime::parse_datetime("2025-06-10T09:30");
    let xml = engine
        .render_cap(
            &notice("kind: safety\nid: x\nissuer: { org: MSEDCL }\nhazard: monsoon\n"),
            &langs(),
            &options,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(xml.contains("<sent>2025-06-10T09:30:00+05:30</sent>"));
}

#[test]
fn a_sender_with_spaces_commas_or_markup_is_refused() {
    for bad in ["", "MSEDCL Wai", "a,b", "a<b", "a&b"] {
        assert!(CapOptions::with_sender(bad).is_err(), "{bad:?}");
    }
    assert_eq!(CapOptions::default().sender(), suchana::cap::DEFAULT_SENDER);
}

fn suchana(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_command_writes_one_alert_per_notice_and_refuses_a_meeting() {
    let out = suchana(&[
        "render",
        "-q",
        "--format",
        "cap",
        "--lang",
        "mr,hi,en",
        "--cap-sender",
        SENDER,
        "examples/outage.yaml",
        "examples/meeting.yaml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout, alert(&engine(), CASES[0].1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "examples/meeting.yaml:1:1: error[not-an-alert]: notice `bsp-customer-meet-2025-09-19`: a meeting notice is not an alert: CAP carries outage and safety notices only\n = help: render meetings as text, whatsapp, sms, html or pdf, and leave them out of the CAP run\n"
    );

    let dir = std::env::temp_dir().join(format!("suchana-cap-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let dir_arg = dir.display().to_string();
    let out = suchana(&[
        "render",
        "-q",
        "--format",
        "cap",
        "--lang",
        "hi,en",
        "--out",
        &dir_arg,
        "examples/safety.yaml",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let file = dir.join("satara-monsoon-2025.hi-IN+en-IN.cap.xml");
    let xml = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert!(xml.contains("<sender>suchana.invalid</sender>"));
    assert_eq!(xml.matches("<info>").count(), 2);
    let _ = std::fs::remove_dir_all(&dir);

    let out = suchana(&[
        "render",
        "--format",
        "cap",
        "--cap-sender",
        "MSEDCL Wai",
        "examples/outage.yaml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .starts_with("suchana: error: --cap-sender: `MSEDCL Wai` cannot be a CAP sender"),
        "{out:?}"
    );
    let out = suchana(&["render", "--cap-sender", SENDER, "examples/outage.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "suchana: error: --cap-sender and --cap-sent describe CAP alerts: add --format cap\n"
    );
}

const WATER: &str = "examples/kinds/water-supply";

/// The water-supply pack's alert: its own template, its own classification.
fn water_supply_alert() -> String {
    let with_kinds = suchana::EngineOptions {
        kinds_dir: Some(WATER.into()),
        ..suchana::EngineOptions::default()
    };
    let engine = Engine::with_options(&with_kinds).unwrap_or_else(|e| panic!("{e}"));
    let src =
        std::fs::read_to_string(format!("{WATER}/notice.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let notice = match engine.parse_str(&src, "notice.yaml").pop() {
        Some(Ok(n)) => n,
        other => panic!("{other:?}"),
    };
    engine
        .render_cap(&notice, &langs(), &options())
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_kind_defined_as_data_is_an_alert_when_it_brings_a_cap_template() {
    let xml = water_supply_alert();
    insta::assert_snapshot!("water_supply_opt_in", xml);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}"));
    check_sequence(doc.root_element(), ALERT);
    let en = info_of(&doc, "en-IN");
    check_sequence(en, INFO);
    let class = ["category", "urgency", "severity", "certainty"].map(|n| required(en, n));
    assert_eq!(class, ["Infra", "Future", "Minor", "Likely"]);
    // The first span field gives onset and expires.
    assert_eq!(required(en, "onset"), "2025-12-03T09:00:00+05:30");
    assert_eq!(required(en, "expires"), "2025-12-03T21:00:00+05:30");
    assert_eq!(areas(en), ["Kothrud", "Karve Nagar", "Warje"]);

    // Without the template, its notices are not alerts.
    let dir = std::env::temp_dir().join(format!("suchana-cap-kinds-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_tree(Path::new(WATER), &dir);
    std::fs::remove_file(dir.join("templates/water-supply.cap.tera"))
        .unwrap_or_else(|e| panic!("{e}"));
    let kinds = dir.display().to_string();
    let out = suchana(&[
        "render",
        "-q",
        "--format",
        "cap",
        "--kinds",
        &kinds,
        "examples/kinds/water-supply/notice.yaml",
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "examples/kinds/water-supply/notice.yaml:1:1: error[not-an-alert]: notice `pmc-kothrud-2025-12-03`: `water-supply` has no CAP template, so its notices are not alerts\n = help: to send them as CAP alerts, add templates/water-supply.cap.tera to its kinds folder, with @category, @urgency, @severity and @certainty (README: Alerts: CAP 1.2); else leave them out of the CAP run\n"
    );
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// Validates every case with `xmllint --schema` against OASIS's CAP-v1.2.xsd, named by
/// `SUCHANA_CAP_XSD` (without it, checks that each is well-formed). Skipped without xmllint,
/// unless `SUCHANA_XML_TOOLS` is set (as `.ci/run` sets it): then it must run.
#[test]
fn every_alert_is_valid_against_the_schema() {
    let must = std::env::var_os("SUCHANA_XML_TOOLS").is_some();
    let xmllint = Command::new("xmllint").arg("--version").output().is_ok();
    if !xmllint {
        assert!(
            !must,
            "SUCHANA_XML_TOOLS is set: install xmllint (libxml2-utils)"
        );
        eprintln!("skipped: no xmllint");
        return;
    }
    // Every alert against the schema written here from the specification's data dictionary
    // (tests/data/cap-1.2-from-spec.xsd), and against OASIS's own when SUCHANA_CAP_XSD names
    // a copy (not shipped; .ci/run fetches it when OASIS can be reached).
    let spec = Path::new("tests/data/cap-1.2-from-spec.xsd").to_path_buf();
    let oasis = std::env::var_os("SUCHANA_CAP_XSD").map(std::path::PathBuf::from);
    if let Some(xsd) = &oasis {
        assert!(xsd.is_file(), "{xsd:?} is not a file");
    } else {
        eprintln!(
            "no SUCHANA_CAP_XSD: alerts checked against the schema from the specification only"
        );
    }
    let schemas: Vec<&Path> = [Some(spec.as_path()), oasis.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let engine = engine();
    let dir = std::env::temp_dir().join(format!("suchana-cap-xsd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let validate = |file: &Path, xsd: &Path| {
        Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(xsd)
            .arg(file)
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let alerts = CASES
        .iter()
        .map(|(name, yaml)| (*name, alert(&engine, yaml)))
        .chain([("water_supply_opt_in", water_supply_alert())]);
    for (name, xml) in alerts {
        let file = dir.join(format!("{name}.xml"));
        std::fs::write(&file, &xml).unwrap_or_else(|e| panic!("{e}"));
        for xsd in &schemas {
            let out = validate(&file, xsd);
            assert!(
                out.status.success(),
                "{name} against {xsd:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    // The schema from the specification refuses what CAP forbids: a value off its list, a
    // time in UTC's "Z", a sender with a space, an element out of order.
    let good = alert(&engine, CASES[0].1);
    let broken = [
        (
            "<urgency>Future",
            "<urgency>Soon",
            "'Soon' is not an element of the set",
        ),
        (
            "+05:30</sent>",
            "Z</sent>",
            "is not accepted by the pattern",
        ),
        (
            "<sender>alerts@",
            "<sender>alerts @",
            "is not accepted by the pattern",
        ),
        ("<scope>Public</scope>", "", "This element is not expected"),
    ];
    for (from, to, says) in broken {
        assert!(good.contains(from), "{from}");
        let file = dir.join("broken.xml");
        std::fs::write(&file, good.replacen(from, to, 1)).unwrap_or_else(|e| panic!("{e}"));
        let out = validate(&file, &spec);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains(says), "{to}: {err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_templates_folder_without_the_cap_template_says_which_file_to_add() {
    let dir = std::env::temp_dir().join(format!("suchana-cap-templates-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_tree(Path::new("templates"), &dir);
    std::fs::remove_file(dir.join("outage.cap.tera")).unwrap_or_else(|e| panic!("{e}"));
    let templates = dir.display().to_string();
    let out = suchana(&[
        "render",
        "-q",
        "--format",
        "cap",
        "--templates",
        &templates,
        "examples/outage.yaml",
        "examples/safety.yaml",
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "examples/outage.yaml:1:1: error[not-an-alert]: notice `wai-2025-11-24`: this run's templates have no outage.cap.tera, so its notices are not alerts\n = help: add outage.cap.tera to the --templates folder (copy the built-in one)\n"
    );
    // The advisory, whose template is there, is still an alert.
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("<identifier>satara-monsoon-2025</identifier>")
    );
}
