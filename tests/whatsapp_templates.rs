//! WhatsApp Business templates: the templates of every built-in kind in every language as a
//! reader reviews them (snapshots), the lint of the command, and for every case of every kind
//! a notice whose send payload fills its registered template into exactly its message.

mod common;

use std::collections::BTreeMap;

use common::{suchana, text};
use suchana::render::{WaTemplate, fill_template};
use suchana::{Engine, EngineOptions, Lang, Notice};

const PACK: &str = "examples/kinds/water-supply";

fn engine() -> Engine {
    Engine::new().unwrap_or_else(|e| panic!("engine: {e}"))
}

fn pack_engine() -> Engine {
    let options = EngineOptions {
        kinds_dir: Some(format!("{}/{PACK}", env!("CARGO_MANIFEST_DIR")).into()),
        ..EngineOptions::default()
    };
    Engine::with_options(&options).unwrap_or_else(|e| panic!("engine: {e}"))
}

fn parse(engine: &Engine, yaml: &str, file: &str) -> Vec<Notice> {
    engine
        .parse_str(yaml, file)
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{file}: {e:?}\n{yaml}")))
        .collect()
}

fn read(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The example notices of a kind: its shipped example (the engine adds a safety advisory of
/// its own, `examples/whatsapp/safety-other.yaml`, for the cases the shipped one cannot show).
fn examples(engine: &Engine, kind: &str) -> Vec<Notice> {
    let yaml = match kind {
        "water-supply" => read(&format!("{PACK}/notice.yaml")),
        _ => read(&format!("examples/{kind}.yaml")),
    };
    parse(engine, &yaml, &format!("{kind}.yaml"))
}

/// A template as a reader reviews it: its cases, its three texts as WhatsApp shows them, and
/// the example of each variable.
fn describe(templates: &[WaTemplate]) -> String {
    let mut out = format!("{} templates\n", templates.len());
    for t in templates {
        out.push_str(&format!("\n# {} ({})\n", t.name, t.language));
        for case in &t.cases {
            out.push_str(&format!("#    when {case}\n"));
        }
        if let Some(h) = &t.header {
            out.push_str(&format!("HEADER: {h}\n"));
        }
        out.push_str(&format!("BODY:\n{}\n", t.body));
        if let Some(f) = &t.footer {
            out.push_str(&format!("FOOTER: {f}\n"));
        }
        for (part, names, values) in [
            ("header", &t.header_variables, &t.header_example),
            ("body", &t.body_variables, &t.body_example),
        ] {
            for (i, (name, value)) in names.iter().zip(values).enumerate() {
                out.push_str(&format!("  {part} {{{{{}}}}} ${name} = {value}\n", i + 1));
            }
        }
    }
    out
}

#[test]
fn the_templates_of_each_built_in_kind_in_each_language() {
    let engine = engine();
    for kind in ["outage", "safety", "meeting"] {
        let examples = examples(&engine, kind);
        for lang in Lang::embedded() {
            let templates = engine
                .whatsapp_templates_of(kind, &[lang], &examples)
                .unwrap_or_else(|e| panic!("{kind} {lang}: {e}"));
            for t in &templates {
                assert_eq!(t.lint(), vec![], "{kind} {lang}: {}", t.body);
            }
            assert!(Engine::whatsapp_missing_examples(&templates).is_empty());
            insta::assert_snapshot!(format!("{kind}.{}", lang.code()), describe(&templates));
        }
    }
}

#[test]
fn the_templates_of_a_kind_of_a_kinds_folder() {
    let engine = pack_engine();
    let examples = examples(&engine, "water-supply");
    for lang in Lang::embedded() {
        let templates = engine
            .whatsapp_templates_of("water-supply", &[lang], &examples)
            .unwrap_or_else(|e| panic!("{lang}: {e}"));
        for t in &templates {
            assert_eq!(t.lint(), vec![], "{lang}: {}", t.body);
        }
        insta::assert_snapshot!(
            format!("water-supply.{}", lang.code()),
            describe(&templates)
        );
    }
}

/// Two areas or zones that fit one variable, and so many that some are counted instead.
const ONE: &str = "[वाई]";
const MANY: &str = "[वाई, पसरणी, भुईंज]";
const PARTIAL: &str =
    "[वाई, पसरणी, भुईंज, सुरूर, ओझर्डे, कवठे, बावधन, धोम, मेणवली, पांडेवाडी, व्याजवाडी, किकली]";

/// `start:` and `end:` lines of a span kind.
fn span(kind: &str) -> &'static str {
    match kind {
        "same-day" => "start: 2025-11-24T10:00\nend: 2025-11-24T14:00\n",
        "overnight" => "start: 2025-11-24T22:00\nend: 2025-11-25T06:00\n",
        "multi-day" => "start: 2025-11-24T10:00\nend: 2025-11-26T18:00\n",
        _ => "start: 2025-11-24T10:00\n",
    }
}

fn list(kind: &str) -> &'static str {
    match kind {
        "one" => ONE,
        "many" => MANY,
        _ => PARTIAL,
    }
}

/// A notice of `kind` in the case `case` (`planned=yes reason=other …`), or `None` for a
/// case no valid notice has (a planned outage always has its end).
fn notice_of(kind: &str, case: &str) -> Option<String> {
    let s: BTreeMap<&str, &str> = case
        .split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .collect();
    let get = |k: &str| s.get(k).copied().unwrap_or_default();
    // The issuer of the kind's example, whose templates are registered.
    let org = match kind {
        "meeting" => {
            "{ mr-IN: भिलाई पोलाद प्रकल्प, hi-IN: भिलाई इस्पात संयंत्र, en-IN: Bhilai Steel Plant }"
        }
        "water-supply" => {
            "{ mr-IN: पुणे महानगरपालिका, hi-IN: पुणे महानगरपालिका, en-IN: Pune Municipal Corporation }"
        }
        _ => "{ mr-IN: महावितरण, hi-IN: महावितरण, en-IN: MSEDCL }",
    };
    let mut y = format!("kind: {kind}\nissuer: {{ org: {org} }}\n");
    match get("status") {
        // A revised notice: its kind's case, headed as revised.
        "update" => {
            let status = match get("revision") {
                "" => "update",
                how => how,
            };
            y += &format!("status: {status}\nsupersedes: earlier-1\n");
        }
        // A cancellation gives only what its case keeps of its kind's fields.
        "cancel" => {
            y += "status: cancel\nsupersedes: earlier-1\n";
            if get("has-date") == "yes" {
                y += "start: 2025-11-24T10:00\n";
            }
            if !["", "none"].contains(&get("area-list")) {
                // The first list a cancellation keeps: the kind of a kinds folder names it so.
                let key = if kind == "water-supply" {
                    "zones"
                } else {
                    "areas"
                };
                y += &format!("{key}: {}\n", list(get("area-list")));
            }
            if get("has-title") == "yes" {
                y += "title: ग्राहक मेळावा\n";
            }
            if get("has-venue") == "yes" {
                y += "venue: इस्पात भवन सभागृह\n";
            }
            return Some(y);
        }
        _ => {}
    }
    match kind {
        "outage" => {
            if get("planned") == "yes" && get("span") == "open" {
                return None;
            }
            y += &format!("planned: {}\n", get("planned") == "yes");
            y += &format!("reason: {}\n", get("reason"));
            if get("reason") == "other" {
                y += "details: रोहित्र बदलण्याचे काम\n";
            }
            y += &format!("areas: {}\n", list(get("area-list")));
            y += span(get("span"));
            if get("has-phone") == "yes" {
                y += "contacts: [{ phone: \"1912\" }]\n";
            }
        }
        "safety" => {
            y += &format!("hazard: {}\n", get("hazard"));
            if get("hazard") == "other" {
                y += "details: गणेशोत्सव मंडप\n";
            }
            if get("area-list") != "none" {
                y += &format!("areas: {}\n", list(get("area-list")));
            }
            if get("has-until") == "yes" {
                y += "valid_until: 2025-09-30\n";
            }
            if get("has-phone") == "yes" {
                y += "report_phone: \"1912\"\n";
            }
        }
        "meeting" => {
            y += "title: ग्राहक मेळावा\nstart: 2025-09-19T10:30\nvenue: इस्पात भवन सभागृह\norganizer: विपणन विभाग\n";
            if get("has-phone") == "yes" {
                y += "rsvp_phone: \"0788-2222222\"\n";
            }
        }
        _ => {
            if get("planned") == "yes" && get("period") == "open" {
                return None;
            }
            y += &format!(
                "planned: {}\nreason: pipeline-repair\n",
                get("planned") == "yes"
            );
            y += &format!("zones: {}\n", list(get("zones-list")));
            y += span(get("period"));
            if get("has-tanker") == "yes" {
                y += "tanker: \"020-2550 1383\"\n";
            }
        }
    }
    Some(y)
}

/// For every case of `kind` in every language: a notice of that case renders a payload whose
/// template is the case's registered one, and filling that template with the payload's
/// parameters gives the notice's message byte for byte.
fn every_case_round_trips(engine: &Engine, kind: &str) {
    let examples = examples(engine, kind);
    let mut checked = 0;
    for lang in Lang::embedded() {
        let templates = engine
            .whatsapp_templates_of(kind, &[lang], &examples)
            .unwrap_or_else(|e| panic!("{kind} {lang}: {e}"));
        for t in &templates {
            for case in &t.cases {
                let Some(yaml) = notice_of(kind, case) else {
                    continue;
                };
                let notices = parse(engine, &yaml, "case.yaml");
                let notice = &notices[0];
                // Templates registered with the example's issuer: the notice has the same.
                let (rendering, problems) = engine
                    .render_whatsapp_template(notice, &[lang], Some(&templates))
                    .unwrap_or_else(|e| panic!("{kind} {lang} {case}: {e}"));
                assert_eq!(problems, vec![], "{kind} {lang} {case}");
                let payload: serde_json::Value = serde_json::from_str(&rendering.text)
                    .unwrap_or_else(|e| panic!("{e}: {}", rendering.text));
                let name = payload["template"]["name"].as_str().unwrap_or_default();
                assert_eq!(name, t.name, "{kind} {lang} {case}: its own template");
                assert_eq!(payload["template"]["language"]["code"], lang.code());
                let params = |part: &str| -> Vec<String> {
                    payload["template"]["components"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter(|c| c["type"] == part)
                        .flat_map(|c| c["parameters"].as_array().cloned().unwrap_or_default())
                        .map(|p| p["text"].as_str().unwrap_or_default().to_string())
                        .collect()
                };
                let message = engine
                    .whatsapp_message(notice, lang)
                    .unwrap_or_else(|e| panic!("{kind} {lang} {case}: {e}"));
                assert_eq!(fill_template(&t.body, &params("body")), message.body);
                assert_eq!(
                    t.header
                        .as_deref()
                        .map(|h| fill_template(h, &params("header"))),
                    message.header
                );
                assert_eq!(t.footer, message.footer);
                assert!(!message.body.contains(['\u{2068}', '\u{2069}']));
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "{kind}: no case checked");
}

#[test]
fn every_case_of_every_built_in_kind_fills_its_template_into_its_message() {
    let engine = engine();
    for kind in ["outage", "safety", "meeting"] {
        every_case_round_trips(&engine, kind);
    }
}

#[test]
fn every_case_of_a_kind_of_a_kinds_folder_fills_its_template_into_its_message() {
    every_case_round_trips(&pack_engine(), "water-supply");
}

#[test]
fn the_command_prints_one_json_body_a_line_and_exits_0_when_every_rule_holds() {
    // Every variable of every template of the built-in kinds has an example.
    let out = suchana(
        &["whatsapp-templates", "safety", "--lang", "mr,hi,en"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let out = suchana(&["whatsapp-templates", "meeting", "--lang", "mr,en"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 32);
    let first = &lines[0];
    assert_eq!(first["language"], "mr");
    assert_eq!(first["category"], "UTILITY");
    let kinds: Vec<&str> = first["components"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["type"].as_str())
        .collect();
    assert_eq!(kinds, ["HEADER", "BODY", "FOOTER"]);
    assert_eq!(
        first["components"][0]["example"]["header_text"][0],
        "ग्राहक मेळावा"
    );
    assert_eq!(first["components"][2]["text"], "भिलाई पोलाद प्रकल्प");
    // What it prints is what render --whatsapp-templates reads back.
    let registered = suchana::render::parse_registered(&stdout).unwrap_or_default();
    assert_eq!(registered.len(), 32);
    // Only a cancellation that keeps nothing of its meeting has no variable, in each language.
    let fixed: Vec<&str> = registered
        .iter()
        .filter(|t| !t.body.contains("{{1}}"))
        .map(|t| t.body.as_str())
        .collect();
    assert_eq!(
        fixed,
        [
            "नमस्कार,\n\nसभा रद्द करण्यात येत आहे.\n\nकृपया या सूचनेची नोंद घ्यावी. धन्यवाद.",
            "Dear Sir/Madam,\n\nThe meeting has been cancelled.\n\nPlease take note of this notice. Thank you."
        ]
    );
}

#[test]
fn the_command_takes_the_issuer_and_examples_from_the_notices_given() {
    let out = suchana(
        &[
            "whatsapp-templates",
            "water-supply",
            "--kinds",
            PACK,
            "--example",
            &format!("{PACK}/notice.yaml"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("\"text\":\"पुणे महानगरपालिका\""), "{stdout}");
    assert!(stdout.contains("\"020-2550 1383\""), "{stdout}");
    // Without it, the kind's own example (made from its definition) lacks a tanker: said.
    let out = suchana(
        &["whatsapp-templates", "water-supply", "--kinds", PACK],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr).starts_with("suchana: warning[whatsapp-no-example]: no example notice gives $tanker (in 20 templates, e.g. water_supply_mr_"),
        "{}",
        text(&out.stderr)
    );
}

/// A copy of the pack with its WhatsApp layout replaced by `layout`.
fn pack_with_layout(name: &str, layout: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("suchana-wa-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let status = std::process::Command::new("cp")
        .args(["-r", PACK])
        .arg(&dir)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap_or_else(|e| panic!("cp: {e}"));
    assert!(status.success());
    std::fs::write(
        dir.join("templates/water-supply.whatsapp-template.tera"),
        layout,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    dir
}

/// The lint of `suchana whatsapp-templates water-supply --lang mr` with `layout`: its exit
/// code and the error lines of its first case (planned, one zone, same day, no tanker).
fn lint_with_layout(name: &str, layout: &str) -> (Option<i32>, Vec<String>) {
    let dir = pack_with_layout(name, layout);
    let path = dir.to_str().unwrap_or_default();
    let out = suchana(
        &[
            "whatsapp-templates",
            "water-supply",
            "--kinds",
            path,
            "--example",
            &format!("{PACK}/notice.yaml"),
        ],
        None,
    );
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = text(&out.stderr);
    let first = "(mr; planned=yes zones-list=one period=same-day has-tanker=yes";
    let lines = stderr
        .lines()
        .filter(|l| l.contains(first))
        .map(|l| {
            // The name's hash changes with the words; the rest is the message.
            let (head, rest) = l.split_once(" water_supply_mr_").unwrap_or((l, ""));
            let rest = rest.split_once(' ').map_or("", |(_, r)| r);
            format!("{head} water_supply_mr_… {rest}")
        })
        .collect();
    (out.status.code(), lines)
}

#[test]
fn a_variable_at_either_end_of_the_body_fails_the_lint() {
    let (code, lines) = lint_with_layout("edge", "{{ msg.sms }}\n{{ closing }} {{ org }}");
    assert_eq!(code, Some(1));
    assert_eq!(
        lines,
        [
            "suchana: error[whatsapp-variable-at-edge]: water_supply_mr_… (mr; planned=yes zones-list=one period=same-day has-tanker=yes, and 47 more cases): BODY: starts with the variable {{1}}; begin with fixed words",
            "suchana: error[whatsapp-variable-at-edge]: water_supply_mr_… (mr; planned=yes zones-list=one period=same-day has-tanker=yes, and 47 more cases): BODY: ends with the variable {{4}}; end with fixed words",
        ]
    );
}

#[test]
fn variables_side_by_side_or_too_few_words_fail_the_lint() {
    let (code, lines) = lint_with_layout(
        "side",
        "{{ greeting }} {{ org }} {{ msg.sms }} {{ closing }}",
    );
    assert_eq!(code, Some(1));
    assert_eq!(
        lines,
        [
            "suchana: error[whatsapp-side-by-side]: water_supply_mr_… (mr; planned=yes zones-list=one period=same-day has-tanker=yes, and 47 more cases): BODY: the variables {{1}} and {{2}} are side by side; put words between them"
        ]
    );
}

#[test]
fn a_body_over_1024_characters_after_filling_fails_the_lint() {
    let padding = "पाणी ".repeat(200);
    let (code, lines) = lint_with_layout(
        "long",
        &format!("{{{{ greeting }}}} {{{{ msg.sms }}}} {padding} {{{{ closing }}}}"),
    );
    assert_eq!(code, Some(1));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("suchana: error[whatsapp-too-long]: water_supply_mr_… (mr; planned=yes zones-list=one period=same-day has-tanker=yes, and 47 more cases): BODY: ")
            && lines[0].ends_with(" characters after filling, more than the 1024 WhatsApp allows"),
        "{lines:?}"
    );
}

#[test]
fn a_registered_template_whose_words_changed_is_reported_with_the_notice() {
    let registered =
        std::env::temp_dir().join(format!("suchana-wa-reg-{}.jsonl", std::process::id()));
    let out = suchana(&["whatsapp-templates", "outage", "--lang", "mr"], None);
    let listed = text(&out.stdout);
    // The operator's copy: the body of every template edited.
    std::fs::write(&registered, listed.replace("बंद राहील", "बंद असेल"))
        .unwrap_or_else(|e| panic!("{e}"));
    let path = registered.to_str().unwrap_or_default();
    let args = [
        "render",
        "--format",
        "whatsapp-template",
        "--whatsapp-templates",
        path,
        "-q",
        "examples/outage.yaml",
    ];
    let out = suchana(&args, None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "", "the message is withheld");
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("examples/outage.yaml:1:1: error[whatsapp-mismatch]: notice `wai-2025-11-24` (mr-IN): BODY: differs from the registered template `outage_mr_"),
        "{stderr}"
    );
    assert!(stderr.contains("बंद असेल"), "{stderr}");
    // A template that was never registered.
    std::fs::write(&registered, "").unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&args, None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("error[whatsapp-mismatch]: notice `wai-2025-11-24` (mr-IN): name: matches no registered template: `outage_mr_"),
        "{}",
        text(&out.stderr)
    );
    // Registered as printed, it matches.
    std::fs::write(&registered, &listed).unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&args, None);
    let _ = std::fs::remove_file(&registered);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("{\"messaging_product\":\"whatsapp\",\"type\":\"template\",\"template\":{\"name\":\"outage_mr_"));
}

#[test]
fn a_value_with_a_line_break_is_refused_with_its_notice_and_parameter() {
    let yaml = "kind: meeting\nissuer: { org: महावितरण }\ntitle: ग्राहक मेळावा\nstart: 2025-09-19T10:30\norganizer: विपणन विभाग\nvenue: \"इस्पात भवन\\nभिलाई\"\n";
    let out = suchana(
        &["render", "--format", "whatsapp-template", "-q", "-"],
        Some(yaml),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "<stdin>:1:1: error[whatsapp-value]: notice `notice-1` (mr-IN): BODY: parameter {{3}} ($venue) holds a line break: \"इस्पात भवन\nभिलाई\"\n"
    );
    let out = suchana(
        &[
            "render",
            "--format",
            "whatsapp-template",
            "--bilingual",
            "--lang",
            "mr,hi",
            "-",
        ],
        Some(yaml),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("a WhatsApp template speaks one language"));
}

#[test]
fn examples_come_from_a_notice_of_the_template_s_own_case_when_one_is_given() {
    let engine = engine();
    let mut notices = examples(&engine, "outage");
    let breakdown = notice_of(
        "outage",
        "planned=no reason=breakdown span=open area-list=one has-phone=yes",
    )
    .unwrap_or_default();
    notices.extend(parse(&engine, &breakdown, "breakdown.yaml"));
    let templates = engine
        .whatsapp_templates_of("outage", &[Lang::embedded()[0]], &notices)
        .unwrap_or_else(|e| panic!("{e}"));
    let of = |case: &str| {
        templates
            .iter()
            .find(|t| t.cases.iter().any(|c| c == case))
            .map(|t| t.body_example.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        of("planned=no reason=breakdown span=open area-list=one has-phone=yes"),
        ["२४ नोव्हेंबर, सकाळी १०:००", "वाई", "तांत्रिक बिघाडामुळे", "1912"]
    );
    // The shipped example's own case keeps its values; a case of neither takes the first.
    assert_eq!(
        of("planned=yes reason=maintenance span=same-day area-list=many has-phone=yes")[3],
        "देखभाल व दुरुस्तीसाठी"
    );
    assert_eq!(
        of("planned=no reason=weather span=open area-list=one has-phone=yes")[2],
        "देखभाल व दुरुस्तीसाठी"
    );
}

#[test]
fn a_bad_example_notice_is_reported_like_any_other() {
    let out = suchana(
        &[
            "whatsapp-templates",
            "water-supply",
            "--kinds",
            PACK,
            "--example",
            &format!("{PACK}/bad.yaml"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    assert!(
        text(&out.stderr).starts_with("examples/kinds/water-supply/bad.yaml:4:9: error[unknown-value]: `pipline-repair` is not a valid value of `reason`\n"),
        "{}",
        text(&out.stderr)
    );
}
