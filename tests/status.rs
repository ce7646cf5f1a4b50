//! Updates and cancellations (`status`, `supersedes`, `change`) of every kind: each
//! fixture of `tests/data/status/` in every language and format as a reader sees it, their
//! SMS against DLT, the templates registered before updates existed, and the mistakes
//! people make with the three fields (both readers agreeing: `tests/fast_path.rs`).

mod library;

use library::engine;
use suchana::notice::Status;
use suchana::render::check_against;
use suchana::{Format, Lang, Notice};

const FIXTURES: [&str; 6] = [
    "outage-update",
    "outage-cancel",
    "safety-update",
    "safety-cancel",
    "meeting-update",
    "meeting-cancel",
];

fn fixture_text(name: &str) -> String {
    let path = format!(
        "{}/tests/data/status/{name}.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn fixture(name: &str) -> Notice {
    let mut all = suchana::parse_str(&fixture_text(name), &format!("{name}.yaml"));
    assert_eq!(all.len(), 1);
    all.remove(0).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

/// The errors of one document, as the command prints them: `line:col code message`.
fn errors(yaml: &str) -> Vec<String> {
    let mut all = suchana::parse_str(yaml, "test.yaml");
    assert_eq!(all.len(), 1);
    match all.remove(0) {
        Ok(n) => panic!("expected errors, read {:?}", n.status()),
        Err(errors) => errors
            .iter()
            .map(|e| {
                let at = e.position.map_or("-".into(), |p| p.to_string());
                format!("{at} {} {}", e.code(), e.message)
            })
            .collect(),
    }
}

fn help(yaml: &str) -> Option<String> {
    suchana::parse_str(yaml, "test.yaml")
        .remove(0)
        .err()
        .and_then(|e| e[0].help.clone())
}

#[test]
fn every_update_and_cancellation_in_every_language_and_format() {
    let engine = engine();
    for name in FIXTURES {
        let notice = fixture(name);
        for format in [Format::Text, Format::Whatsapp, Format::Sms, Format::Html] {
            let mut out = String::new();
            for lang in Lang::embedded() {
                let text = engine
                    .render(&notice, lang, format)
                    .unwrap_or_else(|e| panic!("{name} {lang} {format}: {e}"));
                if format != Format::Html {
                    assert!(
                        !text.contains(['\u{2068}', '\u{2069}']),
                        "{name} {lang} {format}: isolation marks"
                    );
                }
                out.push_str(&format!("===== {}\n{text}\n", lang.tag()));
            }
            insta::assert_snapshot!(format!("{name}.{format}"), out);
        }
    }
}

#[test]
fn the_status_is_typed_with_the_id_and_the_change() {
    let update = fixture("outage-update");
    let Status::Update(s) = update.status() else {
        panic!("{:?}", update.status())
    };
    assert_eq!(s.id, "wai-2025-11-24");
    assert_eq!(s.at.map(|p| p.to_string()).as_deref(), Some("5:13"));
    assert!(s.change.is_some());
    // `status: postponed` is an update that says how.
    assert_eq!(s.revision, Some(suchana::notice::Revision::Postponed));
    assert_eq!(update.status().key(), "update");
    assert_eq!(
        fixture("safety-update").status().revision(),
        Some(suchana::notice::Revision::Extended)
    );
    assert_eq!(fixture("meeting-update").status().revision(), None);
    assert_eq!(update.kind(), Some(suchana::Kind::Outage));
    let cancel = fixture("meeting-cancel");
    assert!(cancel.status().is_cancel());
    assert_eq!(cancel.status().key(), "cancel");
    assert_eq!(cancel.kind(), Some(suchana::Kind::Meeting));
    assert_eq!(
        cancel.status().supersedes().map(|s| s.id.as_str()),
        Some("bsp-customer-meet-2025-09-19")
    );
    let actual = library::notice(
        &fixture_text("outage-update")
            .replace("status: postponed\nsupersedes: wai-2025-11-24\n", "")
            .replace("change: {", "# change: {"),
    );
    assert_eq!(actual.status(), &Status::Actual);
}

#[test]
fn every_update_and_cancellation_sms_matches_a_listed_dlt_template() {
    let engine = engine();
    for name in FIXTURES {
        let notice = fixture(name);
        let kind = notice
            .kind()
            .unwrap_or_else(|| panic!("{name} is built in"));
        let langs: Vec<Lang> = Lang::embedded();
        for group in langs.iter().map(std::slice::from_ref).chain([&langs[..2]]) {
            let (rendering, findings) = match engine.render_sms(&notice, group, None) {
                Ok(r) => r,
                // A revised outage in two languages is more than one SMS may be.
                Err(suchana::RenderError::SmsTooLong { .. }) if group.len() > 1 => continue,
                Err(e) => panic!("{name}: {e}"),
            };
            assert_eq!(findings, vec![], "{name} {group:?}: {}", rendering.text);
            let template = engine
                .sms_template(&notice, group)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(check_against(&template, &rendering.text), vec![]);
            let listed = engine
                .dlt_templates(kind, group)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let case = &template.cases[0];
            assert!(
                listed
                    .iter()
                    .any(|t| t.text == template.text && t.cases.contains(case)),
                "{name} {group:?}: `{case}` is among the cases `suchana dlt` prints"
            );
            let status = if name.ends_with("cancel") {
                "status=cancel"
            } else {
                "status=update"
            };
            assert!(case.starts_with(status), "{name}: {case}");
        }
    }
}

/// The templates of an actual notice's SMS are those operators registered before updates
/// and cancellations existed (`tests/data/dlt-registered/`, printed by `suchana dlt` then):
/// each with the same cases and the same text, byte for byte.
#[test]
fn the_dlt_templates_registered_before_are_unchanged() {
    for kind in ["outage", "safety", "meeting"] {
        let path = format!(
            "{}/tests/data/dlt-registered/{kind}.mr,hi,en.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        let before = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_suchana"))
            .args(["dlt", kind, "--lang", "mr,hi,en"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success());
        let now = String::from_utf8_lossy(&out.stdout).into_owned();
        let blocks = |text: &str| -> Vec<(Vec<String>, Vec<String>)> {
            text.split("\n\n")
                .map(|b| {
                    let lines: Vec<&str> = b.lines().collect();
                    let when = lines.iter().filter(|l| l.starts_with("#    when"));
                    let text = lines.iter().filter(|l| !l.starts_with('#'));
                    let when: Vec<String> = when.map(|l| l.to_string()).collect();
                    let text: Vec<String> = text.map(|l| l.to_string()).collect();
                    (when, text)
                })
                .filter(|(_, t)| !t.is_empty())
                .collect()
        };
        let now = blocks(&now);
        let before = blocks(&before);
        assert!(before.len() > 1);
        for block in &before {
            assert!(
                now.contains(block),
                "{kind}: {block:?} is no longer printed"
            );
        }
    }
}

#[test]
fn supersedes_is_required_with_update_and_cancel() {
    let yaml = "kind: outage\nstatus: update\nissuer: { org: महावितरण }\nplanned: false\nreason: breakdown\nareas: [वाई]\nstart: 2025-11-24T10:00\n";
    assert_eq!(
        errors(yaml),
        ["2:9 missing-field `status: update` needs `supersedes`, the id of the notice it revises"]
    );
    assert_eq!(
        help(yaml).as_deref(),
        Some("add `supersedes: <id>`, e.g. supersedes: wai-2025-11-24")
    );
    let yaml = "kind: meeting\nstatus: cancel\nissuer: { org: महावितरण }\n";
    assert_eq!(
        errors(yaml),
        ["2:9 missing-field `status: cancel` needs `supersedes`, the id of the notice it cancels"]
    );
    // A postponement or an extension is an update: named as written.
    let yaml = "kind: safety\nstatus: extended\nissuer: { org: महावितरण }\nhazard: monsoon\n";
    assert_eq!(
        errors(yaml),
        [
            "2:9 missing-field `status: extended` needs `supersedes`, the id of the notice it revises"
        ]
    );
    // Only what its kind says can be postponed is (`postponable-if: { planned: true }`): a
    // breakdown is extended or updated, in both readers.
    let yaml = "kind: outage\nstatus: postponed\nsupersedes: wai-1\nissuer: { org: महावितरण }\nplanned: false\nreason: breakdown\nareas: [वाई]\nstart: 2025-11-24T10:00\n";
    let refused =
        ["2:9 not-postponable `status: postponed` needs `planned: true` in a notice of `outage`"];
    assert_eq!(errors(yaml), refused);
    assert_eq!(
        help(yaml).as_deref(),
        Some("write `status: extended` if it now lasts longer, or `status: update`")
    );
    let exact = suchana::notice::parse_document_exact(
        &suchana::notice::split_documents(yaml)[0],
        &std::sync::Arc::from("test.yaml"),
        "test",
    )
    .err()
    .unwrap_or_default();
    assert_eq!(
        exact
            .iter()
            .map(|e| format!(
                "{} {} {}",
                e.position.map_or("-".into(), |p| p.to_string()),
                e.code(),
                e.message
            ))
            .collect::<Vec<_>>(),
        refused
    );
    assert!(
        library::notice(&yaml.replace("planned: false", "planned: true\nend: 2025-11-24T14:00"))
            .status()
            .revision()
            .is_some()
    );
    // A kinds folder's kind reads the same values (its status is the common field's choice).
    let engine = library::engine_with_kinds("examples/kinds/water-supply");
    let yaml = std::fs::read_to_string(format!(
        "{}/examples/kinds/water-supply/notice.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("{e}"))
    .replacen(
        "kind: water-supply\n",
        "kind: water-supply\nstatus: postponed\nsupersedes: pmc-1\n",
        1,
    );
    let notice = engine
        .parse_str(&yaml, "ws.yaml")
        .remove(0)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        notice.status().revision(),
        Some(suchana::notice::Revision::Postponed)
    );
    let unplanned = engine
        .parse_str(
            &yaml.replacen("planned: true", "planned: false", 1),
            "ws.yaml",
        )
        .remove(0)
        .err()
        .unwrap_or_default();
    assert_eq!(
        unplanned
            .iter()
            .map(|e| format!("{} {}", e.code(), e.message))
            .collect::<Vec<_>>(),
        ["not-postponable `status: postponed` needs `planned: true` in a notice of `water-supply`"]
    );
    let misspelt = yaml.replacen("status: postponed", "status: postpone", 1);
    let errors = engine
        .parse_str(&misspelt, "ws.yaml")
        .remove(0)
        .err()
        .unwrap_or_default();
    assert!(
        errors.iter().any(|e| e.message.contains("`postpone`")
            && e.help.as_deref().is_some_and(|h| h.contains("postponed"))),
        "{errors:?}"
    );
}

#[test]
fn supersedes_without_a_status_is_refused() {
    let yaml = "kind: safety\nissuer: { org: महावितरण }\nhazard: monsoon\nsupersedes: satara-1\n";
    assert_eq!(
        errors(yaml),
        [
            "4:13 supersedes-without-status `supersedes` is given, but the notice is not an update or a cancellation"
        ]
    );
    assert_eq!(
        help(yaml).as_deref(),
        Some("add `status: update` or `status: cancel`")
    );
    let yaml = "kind: safety\nstatus: actual\nissuer: { org: महावितरण }\nhazard: monsoon\nsupersedes: satara-1\n";
    assert_eq!(
        errors(yaml),
        [
            "5:13 supersedes-without-status `supersedes` is given, but the notice is not an update or a cancellation"
        ]
    );
    let yaml = "kind: safety\nissuer: { org: महावितरण }\nhazard: monsoon\nchange: नवीन\n";
    assert_eq!(
        errors(yaml),
        ["4:9 unused-change `change` is printed only on an update or a cancellation"]
    );
}

#[test]
fn supersedes_must_be_an_id_and_not_the_notice_s_own() {
    let yaml = "kind: safety\nid: satara-2\nstatus: update\nsupersedes: Satara 1\nissuer: { org: महावितरण }\nhazard: monsoon\n";
    assert_eq!(
        errors(yaml),
        ["4:13 invalid-id `supersedes`: `Satara 1` is not a valid id"]
    );
    let yaml = "kind: safety\nid: satara-2\nstatus: update\nsupersedes: satara-2\nissuer: { org: महावितरण }\nhazard: monsoon\n";
    assert_eq!(
        errors(yaml),
        ["4:13 supersedes-itself the notice `satara-2` supersedes itself"]
    );
    assert_eq!(
        help(yaml).as_deref(),
        Some(
            "`supersedes` names the earlier notice; give this update an id of its own: `id: satara-2-r1`"
        )
    );
    // The same for a cancellation, which the kind's definition reads.
    let yaml =
        "kind: outage\nid: wai-1\nstatus: cancel\nsupersedes: wai-1\nissuer: { org: महावितरण }\n";
    assert_eq!(
        errors(yaml),
        ["4:13 supersedes-itself the notice `wai-1` supersedes itself"]
    );
    let yaml = "kind: outage\nstatus: cancel\nsupersedes: ../wai\nissuer: { org: महावितरण }\n";
    assert_eq!(
        errors(yaml),
        ["3:13 invalid-id `supersedes`: `../wai` is not a valid id"]
    );
    let yaml = "kind: outage\nstatus: revised\nsupersedes: wai-1\nissuer: { org: महावितरण }\n";
    assert_eq!(
        errors(yaml),
        ["2:9 unknown-value `revised` is not a valid value of `status`"]
    );
}

#[test]
fn a_cancellation_gives_only_what_its_reader_needs() {
    // Nothing of the kind is required.
    let notice = library::notice(
        "kind: outage\nstatus: cancel\nsupersedes: wai-1\nissuer: { org: महावितरण }\n",
    );
    assert!(notice.status().is_cancel());
    // A field a cancellation does not print is refused, with what it may give.
    let yaml = "kind: outage\nstatus: cancel\nsupersedes: wai-1\nissuer: { org: महावितरण }\nreason: maintenance\n";
    assert_eq!(
        errors(yaml),
        ["5:1 not-in-cancel `reason` is not printed on a cancellation of an outage notice"]
    );
    assert_eq!(
        help(yaml).as_deref(),
        Some(
            "a cancellation gives `supersedes`, the issuer and, if the reader needs them, `planned`, `areas`, `start`, `end`; remove `reason`"
        )
    );
    let yaml = "kind: meeting\nstatus: cancel\nsupersedes: m-1\nissuer: { org: महावितरण }\norganizer: विपणन विभाग\n";
    assert_eq!(
        errors(yaml),
        ["5:1 not-in-cancel `organizer` is not printed on a cancellation of a meeting notice"]
    );
    // What it keeps is still checked.
    let yaml = "kind: outage\nstatus: cancel\nsupersedes: wai-1\nissuer: { org: महावितरण }\nstart: 24/11/2025 10:00\n";
    assert_eq!(
        errors(yaml),
        ["5:8 invalid-datetime `start`: `24/11/2025 10:00` is not a date and time"]
    );
}

fn suchana(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .env("NO_COLOR", "1")
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut input) = child.stdin.take() {
        input
            .write_all(stdin.unwrap_or_default().as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_batch_refuses_an_update_of_a_notice_of_another_kind_in_either_order() {
    let original = "kind: safety\nid: wai-2025-11-24\nissuer: { org: महावितरण }\nhazard: monsoon\n";
    // The original first: the update is refused before it is written.
    let stream = format!("{original}---\n{}", fixture_text("outage-update"));
    let (code, out, err) = suchana(&["render", "--lang", "mr", "-"], Some(&stream));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("<stdin>:10:13: error[superseded-kind-mismatch]: this outage notice supersedes `wai-2025-11-24`, a safety notice (<stdin>:1)"),
        "{err}"
    );
    assert!(err.contains("write `kind: safety`"), "{err}");
    assert!(!out.contains("सुधारित सूचना"), "{out}");
    assert!(err.contains("1 rendered, 1 failed, 1 written"), "{err}");
    // The update first, in another file: reported at its `supersedes` when the original comes.
    let (code, _, err) = suchana(
        &["validate", "tests/data/status/outage-cancel.yaml", "-"],
        Some(original),
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("tests/data/status/outage-cancel.yaml:5:13: error[superseded-kind-mismatch]: this outage notice supersedes `wai-2025-11-24`, a safety notice (<stdin>:1)"),
        "{err}"
    );
    // Kinds that match, and an id not in the run, pass.
    let (code, _, err) = suchana(
        &[
            "validate",
            "examples/outage.yaml",
            "tests/data/status/outage-cancel.yaml",
            "tests/data/status/meeting-update.yaml",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_sheet_row_may_update_or_cancel() {
    let csv = "kind,id,status,supersedes,change,issuer.org,planned,reason,areas,start,end\n\
outage,wai-2,update,wai-1,काम २६ नोव्हेंबरला,महावितरण,TRUE,maintenance,वाई; पसरणी,2025-11-26T10:00,2025-11-26T14:00\n\
outage,wai-3,cancel,wai-1,,महावितरण,,,वाई,2025-11-24T10:00,\n\
outage,wai-4,,wai-1,,महावितरण,TRUE,maintenance,वाई,2025-11-24T10:00,2025-11-24T14:00\n";
    let (code, out, err) = suchana(
        &[
            "render", "--input", "csv", "--lang", "mr", "--format", "sms", "-",
        ],
        Some(csv),
    );
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("महावितरण: (सुधारित सूचना) २६ नोव्हेंबर"), "{out}");
    assert!(
        out.contains("महावितरण: २४ नोव्हेंबर, सकाळी १०:०० वाजल्यापासून वाई परिसरातील वीजपुरवठा बंद राहण्याची सूचना रद्द करण्यात आली आहे."),
        "{out}"
    );
    assert!(
        err.contains("D4 (supersedes): error[supersedes-without-status]: `supersedes` is given, but the notice is not an update or a cancellation"),
        "{err}"
    );
    assert!(err.contains("2 rendered, 1 failed"), "{err}");
}

#[test]
fn the_schema_accepts_updates_and_cancellations_and_refuses_their_mistakes() {
    let validator =
        jsonschema::validator_for(&suchana::schema()).unwrap_or_else(|e| panic!("schema: {e}"));
    let json = |yaml: &str| -> serde_json::Value {
        serde_saphyr::from_str(yaml).unwrap_or_else(|e| panic!("{e}"))
    };
    for name in FIXTURES {
        let doc = json(&fixture_text(name));
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    let safety = "kind: safety\nissuer: { org: महावितरण }\nhazard: monsoon\n";
    for bad in [
        "status: update\n",
        "supersedes: s-1\n",
        "change: नवीन\n",
        "status: cancel\nsupersedes: s-1\n",
        "status: update\nsupersedes: ../s\n",
    ] {
        let doc = json(&format!("{safety}{bad}"));
        assert!(!validator.is_valid(&doc), "accepted: {bad}");
    }
    let cancel = "kind: outage\nstatus: cancel\nsupersedes: wai-1\nissuer: { org: महावितरण }\n";
    assert!(validator.is_valid(&json(cancel)));
    assert!(validator.is_valid(&json(&format!(
        "{cancel}areas: [वाई]\nstart: 2025-11-24T10:00\n"
    ))));
    assert!(!validator.is_valid(&json(&format!("{cancel}reason: maintenance\n"))));
    assert!(!validator.is_valid(&json(
        "kind: outage\nstatus: cancel\nissuer: { org: महावितरण }\n"
    )));
}

/// The print layout (PDF and PNG) of an update and a cancellation, block by block.
#[cfg(feature = "pdf")]
#[test]
fn updates_and_cancellations_print() {
    use suchana::print::markup;
    let engine = engine();
    let blocks = |name: &str| -> Vec<String> {
        let rendering = engine
            .render_notice(&fixture(name), &[library::mr()], Format::Pdf)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        markup::parse(&rendering.text)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .iter()
            .map(|b| format!("{:?} {}", b.role, b.text))
            .collect()
    };
    let update = blocks("outage-update");
    assert!(
        update.iter().any(|b| b == "Heading सुधारित सूचना (स्थगिती)"),
        "{update:#?}"
    );
    assert!(
        update.iter().any(
            |b| b.ends_with("पूर्वीच्या सूचना क्र. wai-2025-11-24 ऐवजी ही सुधारित सूचना देण्यात येत आहे.")
        ),
        "{update:#?}"
    );
    let cancel = blocks("outage-cancel");
    assert!(cancel.iter().any(|b| b == "Title सूचना रद्द"), "{cancel:#?}");
    assert!(
        cancel
            .iter()
            .any(|b| b.ends_with("नियोजित वीजपुरवठा खंडित राहण्याची सूचना रद्द करण्यात आली आहे.")),
        "{cancel:#?}"
    );
}

/// A kind of a kinds folder: an update is its notice under the revised heading (the shared
/// header), a cancellation keeps its first span and list and says so in `notice-cancelled`'s
/// words, in every format, SMS too.
#[test]
fn a_kind_of_a_kinds_folder_is_updated_and_cancelled_too() {
    let pack = "examples/kinds/water-supply";
    let (code, out, err) = suchana(
        &[
            "render",
            "--kinds",
            pack,
            "--lang",
            "mr,en",
            "tests/data/status/water-supply-cancel.yaml",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("सूचना रद्द\n\nसंदर्भ: सूचना क्र. pune-kothrud-2025-12-03\n\nकोथरूड आणि कर्वेनगर परिसरासाठी दि. ३ डिसेंबर २०२५ पासून लागू होणारी सूचना रद्द करण्यात आली आहे."), "{out}");
    assert!(
        out.contains(
            "The notice for कोथरूड and कर्वेनगर, effective from 3 December 2025, has been cancelled."
        ),
        "{out}"
    );
    let notice =
        std::fs::read_to_string(format!("{}/{pack}/notice.yaml", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|e| panic!("{e}"));
    let update = notice.replacen(
        "kind: water-supply\n",
        "kind: water-supply\nstatus: update\nsupersedes: pmc-kothrud-2025-12-01\nchange: { mr-IN: वेळ बदलली आहे, hi-IN: समय बदला है, en-IN: the time has changed }\n",
        1,
    );
    let (code, out, err) = suchana(
        &["render", "--kinds", pack, "--lang", "mr", "-"],
        Some(&update),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("सुधारित सूचना\nपूर्वीच्या सूचना क्र. pmc-kothrud-2025-12-01 ऐवजी ही सुधारित सूचना देण्यात येत आहे.\nबदल: वेळ बदलली आहे."), "{out}");
    // Its SMS: a cancellation in `sms-notice-cancelled`'s words (when and where the notice
    // was to apply), an update headed as revised; each matches a template `suchana dlt`
    // lists for the kind.
    let sms = |lang: &str, file: &str, stdin: Option<&str>| {
        let (code, out, err) = suchana(
            &[
                "render", "--quiet", "--kinds", pack, "--format", "sms", "--lang", lang, "--dlt",
                file,
            ],
            stdin,
        );
        assert_eq!(code, 0, "{err}");
        assert_eq!(err, "");
        let (code, listed, err) = suchana(
            &["dlt", "water-supply", "--kinds", pack, "--lang", lang],
            None,
        );
        assert_eq!(code, 0, "{err}");
        let templates = suchana::render::parse_templates(&listed);
        assert!(
            templates
                .iter()
                .any(|t| suchana::render::match_template(t, out.trim_end()).is_some()),
            "{lang}: no listed template takes {out}"
        );
        out
    };
    let cancel = "tests/data/status/water-supply-cancel.yaml";
    assert_eq!(
        sms("mr", cancel, None),
        "पुणे महानगरपालिका: कोथरूड आणि कर्वेनगर परिसरासाठी ३ डिसेंबर, सकाळी ९:०० पासून लागू होणारी सूचना रद्द करण्यात आली आहे.\n"
    );
    assert_eq!(
        sms("hi", cancel, None),
        "पुणे महानगरपालिका: कोथरूड और कर्वेनगर के लिए 3 दिसंबर को सुबह 9:00 बजे से लागू होने वाली सूचना रद्द कर दी गई है।\n"
    );
    assert_eq!(
        sms("en", cancel, None),
        "Pune Municipal Corporation: The notice for कोथरूड and कर्वेनगर, effective from 9:00 AM on 3 December, has been cancelled.\n"
    );
    // A cancellation that keeps nothing but the id says which notice it cancels.
    let bare = "kind: water-supply\nstatus: cancel\nsupersedes: pmc-kothrud-2025-12-01\nissuer: { org: पुणे महानगरपालिका }\n";
    assert_eq!(
        sms("mr", "-", Some(bare)),
        "पुणे महानगरपालिका: सूचना क्र. pmc-kothrud-2025-12-01 रद्द करण्यात आली आहे.\n"
    );
    assert_eq!(
        sms("mr", "-", Some(&update)),
        "पुणे महानगरपालिका: (सुधारित सूचना) ३ डिसेंबर, सकाळी ९:०० ते रात्री ९:०० वाजेपर्यंत कोथरूड, कर्वेनगर आणि वारजे भागातील पाणीपुरवठा बंद राहील. टँकर: 020-2550 1383\n"
    );
    assert!(
        sms("en", "-", Some(&update))
            .starts_with("Pune Municipal Corporation: (Revised notice) Water supply to "),
    );
    let (code, _, err) = suchana(
        &["validate", "--kinds", pack, "-"],
        Some(&format!(
            "{}zones: [कोथरूड]\nhouseholds: 5\n",
            "kind: water-supply\nstatus: cancel\nsupersedes: p-1\nissuer: { org: PMC }\n"
        )),
    );
    assert_eq!(code, 1);
    assert!(err.contains("<stdin>:6:1: error[not-in-cancel]: `households` is not printed on a cancellation of a water-supply notice"), "{err}");
    assert!(err.contains("a cancellation gives `supersedes`, the issuer and, if the reader needs them, `start`, `end`, `zones`; remove `households`"), "{err}");
}
