//! A notice kind added as data, through the command a kind author uses: the water board's
//! `examples/kinds/water-supply/` pack (definition, words in mr, hi and en, templates),
//! rendered with `--kinds` in every language and format, its mistakes reported with their
//! place.

mod common;
use common::{suchana, text};

const PACK: &str = "examples/kinds/water-supply";
const NOTICE: &str = "examples/kinds/water-supply/notice.yaml";

/// `render --kinds PACK` with `args`; the notice must render.
fn render(args: &[&str], stdin: Option<&str>) -> String {
    let mut all = vec!["render", "--quiet", "--kinds", PACK];
    all.extend_from_slice(args);
    let out = suchana(&all, stdin);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    text(&out.stdout)
}

#[test]
fn the_water_supply_example_renders_in_every_language_and_format() {
    for lang in ["mr", "hi", "en"] {
        for format in ["text", "whatsapp", "sms", "html"] {
            let out = render(&["--lang", lang, "--format", format, NOTICE], None);
            assert!(!out.contains('\u{2068}') || format == "html", "{out}");
            insta::assert_snapshot!(format!("water-supply.{lang}.{format}"), out);
        }
    }
    // One notice in three languages, in the order of a central office in Maharashtra.
    let out = render(&["--lang", "mr,hi,en", "--bilingual", NOTICE], None);
    insta::assert_snapshot!("water-supply.mr+hi+en.text", out);
}

/// A notice of the kind with `changes` made to a small valid one.
fn variant(changes: &[(&str, &str)]) -> String {
    let mut yaml = "kind: water-supply\nissuer: { org: पुणे महानगरपालिका }\nplanned: true\n\
        reason: pipeline-repair\nzones: [कोथरूड]\nstart: 2025-12-03T09:00\nend: 2025-12-03T21:00\n"
        .to_string();
    for (from, to) in changes {
        assert!(yaml.contains(from), "{from}");
        yaml = yaml.replace(from, to);
    }
    yaml
}

/// Changes to the small notice, and two phrases its Marathi text must hold.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);

#[test]
fn every_reason_and_span_reads_true_in_each_language() {
    let cases: &[Case] = &[
        // An unplanned breakdown with no end: no "before the planned time".
        (
            &[
                ("planned: true", "planned: false"),
                ("end: 2025-12-03T21:00\n", ""),
            ],
            "जलवाहिनीत बिघाड झाल्यामुळे बुधवार, दि. ३ डिसेंबर २०२५ रोजी सकाळी ९:०० वाजल्यापासून कोथरूड भागातील पाणीपुरवठा खंडित झाला आहे.",
            "दुरुस्तीचे काम युद्धपातळीवर सुरू असून पाणीपुरवठा लवकरात लवकर पूर्ववत करण्यात येईल.",
        ),
        // A planned low-dam cut goes back to the usual times, it does not "finish early".
        (
            &[("reason: pipeline-repair", "reason: low-dam-level")],
            "धरणातील पाणीसाठा कमी असल्याने बुधवार, दि. ३ डिसेंबर २०२५ रोजी सकाळी ९:०० ते रात्री ९:०० वाजेपर्यंत कोथरूड भागातील पाणीपुरवठा बंद राहील.",
            "त्यानंतर पाणीपुरवठा नेहमीच्या वेळेनुसार सुरू राहील.",
        ),
        // Overnight: both ends with their dates.
        (
            &[("end: 2025-12-03T21:00", "end: 2025-12-04T06:00")],
            "रोजी सकाळी ९:०० वाजल्यापासून गुरुवार, दि. ४ डिसेंबर २०२५ रोजी सकाळी ६:०० वाजेपर्यंत",
            "काम नियोजित वेळेपूर्वी पूर्ण झाल्यास",
        ),
        // `other` says its details, without a doubled full stop.
        (
            &[(
                "reason: pipeline-repair",
                "reason: other\ndetails: मेट्रोच्या कामामुळे जलवाहिनी हलवणे.",
            )],
            "वाजेपर्यंत कोथरूड भागातील पाणीपुरवठा बंद राहील. कारण: मेट्रोच्या कामामुळे जलवाहिनी हलवणे.\n",
            "शक्य झाल्यास पाणीपुरवठा नियोजित वेळेपूर्वीच सुरू करण्यात येईल.",
        ),
    ];
    for (changes, body, restoration) in cases {
        let out = render(&["--lang", "mr", "-"], Some(&variant(changes)));
        assert!(out.contains(body), "{out}");
        assert!(out.contains(restoration), "{out}");
        // A field the notice leaves out leaves its sentence out.
        assert!(!out.contains("घरांचा") && !out.contains("टँकर"), "{out}");
    }
    // Hindi counts its zones: one क्षेत्र, several क्षेत्रों.
    let one = render(&["--lang", "hi", "-"], Some(&variant(&[])));
    assert!(one.contains("कोथरूड क्षेत्र में जलापूर्ति बंद रहेगी।"), "{one}");
    let two = render(
        &["--lang", "hi", "-"],
        Some(&variant(&[("zones: [कोथरूड]", "zones: [कोथरूड, वारजे]")])),
    );
    assert!(two.contains("कोथरूड और वारजे क्षेत्रों में"), "{two}");
}

#[test]
fn a_bad_notice_of_the_kind_is_reported_at_its_place() {
    let out = suchana(
        &[
            "validate",
            "--kinds",
            PACK,
            "examples/kinds/water-supply/bad.yaml",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "examples/kinds/water-supply/bad.yaml:4:9: error[unknown-value]: `pipline-repair` is not a valid value of `reason`"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("did you mean `pipeline-repair`?"),
        "{stderr}"
    );
    // A planned interruption needs its end, as the definition says.
    let out = suchana(
        &["render", "--kinds", PACK, "-"],
        Some(&variant(&[("end: 2025-12-03T21:00\n", "")])),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("error[missing-field]"), "{stderr}");
    // The help quotes the definition's own example.
    assert!(stderr.contains("add `end: 2025-12-03T21:00`"), "{stderr}");
    // Without --kinds the kind is unknown.
    let out = suchana(&["validate", NOTICE], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("error[unknown-kind]"),
        "{}",
        text(&out.stderr)
    );
}

/// Copies the pack to a scratch folder, applies `edit` to it, and runs `render` on it.
fn render_edited_pack(
    name: &str,
    lang: &str,
    edit: impl Fn(&std::path::Path),
) -> std::process::Output {
    on_edited_pack(
        name,
        &["render", "--lang", lang, "--kinds", "{PACK}", NOTICE],
        None,
        edit,
    )
}

#[test]
fn a_pack_with_a_mistake_stops_the_run_naming_the_file() {
    let definition = |dir: &std::path::Path| dir.join("kinds").join("water-supply.yaml");
    let out = render_edited_pack("type", "mr", |dir| {
        let path = definition(dir);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        std::fs::write(&path, text.replace("type: count", "type: number"))
            .unwrap_or_else(|e| panic!("{e}"));
    });
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("kinds/water-supply.yaml:"), "{stderr}");
    assert!(stderr.contains("error[unknown-type]"), "{stderr}");

    let out = render_edited_pack("template", "mr", |dir| {
        std::fs::remove_file(dir.join("templates").join("water-supply.sms.tera"))
            .unwrap_or_else(|e| panic!("{e}"));
    });
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("has no sms template: add templates/water-supply.sms.tera"),
        "{}",
        text(&out.stderr)
    );

    // A template requesting a message no language defines, even where a misspelling would
    // only leave a sentence out.
    let out = render_edited_pack("request", "mr", |dir| {
        let path = dir.join("templates").join("water-supply.text.tera");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        std::fs::write(
            &path,
            text.replace("{% if msg.households %}", "{% if msg.houseolds %}"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    });
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(
            "templates/water-supply.text.tera:5:21: `msg.houseolds`: no language defines the message `water-supply-houseolds`"
        ),
        "{}",
        text(&out.stderr)
    );

    let out = render_edited_pack("field", "mr", |dir| {
        let path = dir.join("templates").join("water-supply.whatsapp.tera");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        std::fs::write(
            &path,
            text.replace("{% if data.households %}", "{% if data.housholds %}"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    });
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(
            "templates/water-supply.whatsapp.tera:7:7: `data.housholds`: the kind `water-supply` has no field `housholds`"
        ),
        "{}",
        text(&out.stderr)
    );

    // A language without the kind's words: that language's rendering fails, naming the file
    // to add; the others render.
    let out = render_edited_pack("words", "hi,mr", |dir| {
        std::fs::remove_file(dir.join("locales").join("hi-IN").join("water-supply.ftl"))
            .unwrap_or_else(|e| panic!("{e}"));
    });
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("no .ftl file of this language gives the words of `water-supply`: add locales/hi-IN/water-supply.ftl"),
        "{stderr}"
    );
    assert!(
        text(&out.stdout).contains("पाणीपुरवठा बंद राहील"),
        "mr still renders"
    );
}

/// The JSON value of one YAML notice.
fn json_of(yaml: &str) -> serde_json::Value {
    serde_saphyr::from_str::<serde_json::Value>(yaml).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_kind_has_a_schema_and_a_starter_notice_from_its_definition() {
    let out = suchana(&["schema", "water-supply", "--kinds", PACK], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let schema: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        schema["oneOf"],
        serde_json::json!([
            { "$ref": "#/$defs/WaterSupplyDoc" },
            { "$ref": "#/$defs/WaterSupplyCancel" }
        ])
    );
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
    let notice = std::fs::read_to_string(NOTICE).unwrap_or_default();
    assert!(validator.is_valid(&json_of(&notice)));
    let bad = std::fs::read_to_string("examples/kinds/water-supply/bad.yaml").unwrap_or_default();
    assert!(!validator.is_valid(&json_of(&bad)));
    // The schema says what the definition says: a planned interruption needs its end.
    let no_end = variant(&[("end: 2025-12-03T21:00\n", "")]);
    assert!(!validator.is_valid(&json_of(&no_end)));
    assert!(validator.is_valid(&json_of(&no_end.replace("planned: true", "planned: false"))));

    // Every kind together, the built-in ones first, each with its cancellation.
    let out = suchana(&["schema", "--kinds", PACK], None);
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(all["oneOf"].as_array().map(Vec::len), Some(8));
    // A cancellation of the kind keeps its first span and its first list.
    let cancel = std::fs::read_to_string(format!(
        "{}/tests/data/status/water-supply-cancel.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let all_validator = jsonschema::validator_for(&all).unwrap_or_else(|e| panic!("{e}"));
    assert!(all_validator.is_valid(&json_of(&cancel)));
    assert!(!all_validator.is_valid(&json_of(&format!("{cancel}households: 5\n"))));

    // The starter notice validates and renders.
    let out = suchana(&["example", "water-supply", "--kinds", PACK], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let starter = text(&out.stdout);
    assert!(validator.is_valid(&json_of(&starter)), "{starter}");
    let out = suchana(&["validate", "--kinds", PACK, "-"], Some(&starter));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let out = suchana(&["example", "gas-supply", "--kinds", PACK], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(
            "unknown kind `gas-supply`: write one of outage, safety, meeting, water-supply"
        ),
        "{}",
        text(&out.stderr)
    );
}

/// `suchana dlt water-supply --kinds PACK` with `args`; it must succeed.
fn dlt(args: &[&str]) -> String {
    let mut all = vec!["dlt", "water-supply", "--kinds", PACK];
    all.extend_from_slice(args);
    let out = suchana(&all, None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn the_kind_s_dlt_templates_come_from_its_definition_and_words() {
    for (name, args) in [
        ("mr", &["--lang", "mr"][..]),
        ("hi", &["--lang", "hi"]),
        ("en", &["--lang", "en"]),
        ("mr+hi", &["--lang", "mr,hi", "--bilingual"]),
    ] {
        let out = dlt(args);
        // Every template holds fixed text between its variables, and no isolation mark.
        assert!(
            !out.contains('\u{2068}') && !out.contains('\u{2069}'),
            "{out}"
        );
        for line in out.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            assert!(line.starts_with("{#var#}: "), "{line}");
            assert!(!line.contains("{#var#}{#var#}"), "{line}");
            assert!(!line.contains("{#var#} {#var#}"), "{line}");
            assert!(!line.contains("  "), "{line}");
        }
        insta::assert_snapshot!(format!("water-supply.dlt.{name}"), out);
    }
    // The same cases are listed in every language: 2 planned × 3 zone lists × 2 tankers, with
    // 3 spans when planned (its end is required) and 4 when not; the same again for a revised
    // notice (its SMS template says `revised`) that does not say how, one postponed (planned
    // only: `postponable-if`) and one extended; and a cancellation's: with or without the
    // date it was to apply from × no zones, one, a few or more than a variable holds.
    let mr = dlt(&["--lang", "mr"]);
    let when = |status: &str| {
        mr.lines()
            .filter(|l| l.starts_with("#    when "))
            .filter(|l| match status {
                "actual" => !l.contains("status="),
                s => l.starts_with(&format!("#    when status={s} ")),
            })
            .count()
    };
    assert_eq!(
        [when("actual"), when("update"), when("cancel")],
        [42, 42 + 18 + 42, 8]
    );
    assert!(
        mr.starts_with("# DLT templates: water-supply SMS, mr-IN (46 templates)."),
        "{mr}"
    );
    // The templates of an actual notice come first, as they were before updates and
    // cancellations had SMS of their own: registered templates keep their numbers.
    let templates: Vec<&str> = mr.lines().filter(|l| l.starts_with("{#var#}: ")).collect();
    let (actual, follow_ups) = templates.split_at(12);
    assert!(
        actual
            .iter()
            .all(|t| !t.contains("सुधारित") && !t.contains("रद्द")),
        "{mr}"
    );
    assert!(
        follow_ups[..12]
            .iter()
            .all(|t| t.contains(": (सुधारित सूचना) "))
            && follow_ups[12..16]
                .iter()
                .all(|t| t.contains(": (सुधारित सूचना: स्थगिती) "))
            && follow_ups[16..28]
                .iter()
                .all(|t| t.contains(": (सुधारित सूचना: मुदतवाढ) "))
            && follow_ups[28..]
                .iter()
                .all(|t| t.contains("रद्द करण्यात आली आहे.")),
        "{mr}"
    );
    assert!(
        !mr.contains("revision=postponed planned=no"),
        "a breakdown is not postponed: {mr}"
    );
    assert!(
        !mr.contains("planned=yes zones-list=one period=open"),
        "a planned interruption always has its end: {mr}"
    );
}

/// The notices of every case: planned or not, two reasons, every span the definition
/// allows, one zone, a few, and more than one SMS variable holds, with and without a tanker.
fn every_case() -> Vec<(String, String)> {
    let zones = [
        "zones: [कोथरूड]",
        "zones: [कोथरूड, कर्वेनगर, वारजे]",
        "zones: [कोथरूड, कर्वेनगर, वारजे, एरंडवणे, डेक्कन जिमखाना, शिवाजीनगर, औंध, बाणेर]",
    ];
    let spans = [
        ("same-day", "end: 2025-12-03T21:00\n"),
        ("small-hours", "end: 2025-12-04T02:00\n"),
        ("overnight", "end: 2025-12-04T06:00\n"),
        ("multi-day", "end: 2025-12-06T18:00\n"),
        ("open", ""),
    ];
    let mut out = Vec::new();
    for planned in ["true", "false"] {
        for reason in [
            "reason: pipeline-repair",
            "reason: other\ndetails: मेट्रोचे काम.",
        ] {
            for (span, end) in spans {
                if planned == "true" && span == "open" {
                    continue;
                }
                for (z, zone_list) in zones.iter().enumerate() {
                    for tanker in ["", "tanker: \"020-2550 1383\"\n"] {
                        let mut yaml = variant(&[
                            ("planned: true", &format!("planned: {planned}")),
                            ("reason: pipeline-repair", reason),
                            ("zones: [कोथरूड]", zone_list),
                            ("end: 2025-12-03T21:00\n", end),
                        ]);
                        yaml.push_str(tanker);
                        let id = format!(
                            "p{planned}-{}-{span}-z{z}-t{}",
                            &reason[8..13],
                            tanker.len()
                        );
                        out.push((id, yaml));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_sms_of_the_kind_matches_one_of_its_listed_templates() {
    let cases = every_case();
    let input: String = cases
        .iter()
        .map(|(id, yaml)| format!("---\nid: {id}\n{yaml}"))
        .collect();
    // (Together, mr and hi take more than the 4 parts a bilingual SMS may.)
    for (lang, digits) in [
        ("mr", "deva"),
        ("mr", "latn"),
        ("hi", "latn"),
        ("en", "latn"),
    ] {
        let args = [
            "--lang", lang, "--format", "sms", "--digits", digits, "--jsonl", "--dlt", "-",
        ];
        let dlt_args = ["--lang", lang, "--digits", digits];
        let rendered = render(&args, Some(&input));
        let templates = suchana::render::parse_templates(&dlt(&dlt_args));
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines.len(), cases.len(), "{lang}");
        for line in lines {
            let record: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            let sms = record["text"].as_str().unwrap_or_default();
            // Two templates may match (a variable may hold what another's fixed text says),
            // as they do for an operator: one of them must take the SMS with each variable
            // filled and within the limit.
            let fits = |values: &Vec<String>| {
                values
                    .iter()
                    .all(|v| !v.is_empty() && v.chars().count() <= 30)
            };
            let matching: Vec<Vec<String>> = templates
                .iter()
                .filter_map(|t| suchana::render::match_template(t, sms))
                .collect();
            assert!(
                matching.iter().any(fits),
                "{lang} {}: no template takes\n{sms}\n{matching:?}",
                record["id"]
            );
        }
    }
}

/// Runs `suchana args…` with `{PACK}` in `args` standing for a copy of the pack that `edit`
/// has changed.
fn on_edited_pack(
    name: &str,
    args: &[&str],
    stdin: Option<&str>,
    edit: impl Fn(&std::path::Path),
) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!("suchana-pack-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let status = std::process::Command::new("cp")
        .args(["-r", PACK])
        .arg(&dir)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap_or_else(|e| panic!("cp: {e}"));
    assert!(status.success());
    edit(&dir);
    let path = dir.to_str().unwrap_or("");
    let args: Vec<&str> = args
        .iter()
        .map(|a| if *a == "{PACK}" { path } else { a })
        .collect();
    let out = suchana(&args, stdin);
    let _ = std::fs::remove_dir_all(&dir);
    out
}

#[test]
fn dlt_checks_the_kind_s_sms_and_names_the_field_too_long() {
    // More zones than one variable holds: the first ones and a count of the others.
    let many = variant(&[(
        "zones: [कोथरूड]",
        "zones: [कोथरूड, कर्वेनगर, वारजे, एरंडवणे, डेक्कन जिमखाना, शिवाजीनगर, औंध, बाणेर]",
    )]);
    let sms = render(&["--format", "sms", "--dlt", "-"], Some(&many));
    assert_eq!(
        sms,
        "पुणे महानगरपालिका: ३ डिसेंबर, सकाळी ९:०० ते रात्री ९:०० वाजेपर्यंत कोथरूड, कर्वेनगर आणि इतर ६ भागांतील पाणीपुरवठा बंद राहील.\n"
    );
    let sms = render(
        &["--format", "sms", "--dlt", "--lang", "en", "-"],
        Some(&many),
    );
    assert!(
        sms.contains("Water supply to कोथरूड, कर्वेनगर and 6 other areas will remain shut"),
        "{sms}"
    );

    // One zone longer than a variable: nothing to shorten, so --dlt withholds the SMS and
    // names the field and its place.
    let long = variant(&[(
        "zones: [कोथरूड]",
        "zones: [कोथरूड पश्चिम व कर्वेनगर औद्योगिक वसाहत]",
    )]);
    let out = suchana(
        &["render", "--kinds", PACK, "--format", "sms", "--dlt", "-"],
        Some(&long),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "<stdin>:5:9: error[dlt-variable-too-long]: notice `notice-1`, `zones`: DLT variable 4 ($zones) holds 39 characters, more than the 30 DLT allows: \"कोथरूड पश्चिम व कर्वेनगर औद्योगिक वसाहत\""
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("= help: shorten this text to 30 characters or fewer for SMS"),
        "{stderr}"
    );
    // Without --dlt it is a warning, and the SMS is written.
    let out = suchana(
        &["render", "--kinds", PACK, "--format", "sms", "-"],
        Some(&long),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).contains("warning[dlt-variable-too-long]"));

    // Checked against templates registered earlier: the same SMS matches them.
    let registered =
        std::env::temp_dir().join(format!("suchana-ws-dlt-{}.txt", std::process::id()));
    std::fs::write(&registered, dlt(&["--lang", "mr"])).unwrap_or_else(|e| panic!("{e}"));
    let path = registered.to_str().unwrap_or("");
    let sms = render(
        &["--format", "sms", "--dlt-templates", path, "--dlt", "-"],
        Some(&many),
    );
    assert!(sms.contains("आणि इतर ६ भागांतील"), "{sms}");
    let _ = std::fs::remove_file(&registered);
}

#[test]
fn dlt_of_an_unknown_kind_or_a_kind_whose_sms_cannot_have_one_says_why() {
    let out = suchana(&["dlt", "gas-supply", "--kinds", PACK], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "suchana: error: unknown kind `gas-supply`: write one of outage, safety, meeting, water-supply (or add its folder with --kinds DIR)\n"
    );
    let out = suchana(&["dlt", "water-supply"], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "suchana: error: unknown kind `water-supply`: write one of outage, safety, meeting (or add its folder with --kinds DIR)\n"
    );

    // An SMS that counts its zones with a number: no template can hold every count.
    let counted = |dir: &std::path::Path| {
        let path = dir.join("locales/hi-IN/water-supply.ftl");
        let words = std::fs::read_to_string(&path).unwrap_or_default();
        let words = words.replace("{ $zones-list ->", "{ $zones-count ->");
        std::fs::write(&path, words).unwrap_or_else(|e| panic!("{e}"));
    };
    let out = on_edited_pack(
        "counted",
        &["dlt", "water-supply", "--kinds", "{PACK}"],
        None,
        counted,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "suchana: error: water-supply: no DLT template can be made for its SMS: its SMS messages use $zones-count (hi-IN), a number, which a DLT template cannot vary with; select on $zones-list\n"
    );
    // Its SMS still renders, unchecked; --dlt, which asks for the check, refuses it.
    let args = [
        "render", "--quiet", "--kinds", "{PACK}", "--format", "sms", "--lang", "hi", NOTICE,
    ];
    let out = on_edited_pack("counted", &args, None, counted);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("वारजे क्षेत्रों में जलापूर्ति बंद रहेगी।"));
    let mut args = args.to_vec();
    args.insert(1, "--dlt");
    let out = on_edited_pack("counted", &args, None, counted);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("= help: leave out --dlt for this kind"),
        "{}",
        text(&out.stderr)
    );

    // An SMS template that prints data itself, where no variable shows DLT.
    let data = |dir: &std::path::Path| {
        let path = dir.join("templates/water-supply.sms.tera");
        std::fs::write(&path, "{{ org }}: {{ msg.sms }} {{ data.tanker }}")
            .unwrap_or_else(|e| panic!("{e}"));
    };
    let out = on_edited_pack(
        "data",
        &["dlt", "water-supply", "--kinds", "{PACK}"],
        None,
        data,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "suchana: error: water-supply: no DLT template can be made for its SMS: its SMS template reads more than lang, org, title, msg, revised: DLT sees data only in the variables of the SMS messages (`msg.…`)\n"
    );
}
