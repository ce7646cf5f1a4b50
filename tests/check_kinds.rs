//! `suchana check --kinds DIR`: the shipped water-supply pack is clean, and each kind of
//! mistake in a pack — in its words, its templates, its definition or its layout on disk — is
//! a finding at its file, line and column with its code. Each fixture is the shipped pack
//! copied to a temporary folder with one thing changed.

mod library;

use std::path::{Path, PathBuf};

use library::{assert_finding, pos_after as pos};

use suchana::check::{CheckOptions, Finding, Severity, check};

const PACK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/kinds/water-supply");
const EN: &str = "locales/en-IN/water-supply.ftl";
const MR: &str = "locales/mr-IN/water-supply.ftl";
const DEFINITION: &str = "kinds/water-supply.yaml";

use Severity::{Error, Warning};

/// The shipped pack, copied to a folder of its own named after the test.
struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    fn new(name: &str) -> Fixture {
        let dir =
            std::env::temp_dir().join(format!("suchana-check-kinds-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy(Path::new(PACK), &dir);
        Fixture { dir }
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    /// The text of `file` of the fixture.
    fn text(&self, file: &str) -> String {
        std::fs::read_to_string(self.path(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    /// Replaces the first `from` in `file` by `to`.
    fn edit(self, file: &str, from: &str, to: &str) -> Fixture {
        let text = self.text(file);
        assert!(text.contains(from), "{file} lacks {from:?}");
        std::fs::write(self.path(file), text.replacen(from, to, 1))
            .unwrap_or_else(|e| panic!("{e}"));
        self
    }

    fn run(&self) -> Vec<Finding> {
        check(&CheckOptions {
            kinds_dir: Some(self.dir.clone()),
            ..CheckOptions::default()
        })
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn the_shipped_pack_has_no_findings() {
    let findings = check(&CheckOptions {
        kinds_dir: Some(PACK.into()),
        ..CheckOptions::default()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    for f in &findings {
        println!("{f}");
    }
    // Warnings too: the one language-specific helper (Hindi's water-supply-where) says why.
    assert!(findings.is_empty(), "{} findings", findings.len());
}

#[test]
fn a_variable_the_kind_does_not_give() {
    let f = Fixture::new("unknown-variable").edit(EN, "call { $tanker }", "call { $tankr }");
    let findings = f.run();
    let at = pos(&f.text(EN), "water-supply-tanker", "$tankr");
    let found = assert_finding(&findings, EN, at, "unknown-variable", Error);
    assert!(found.message.contains("did you mean `$tanker`?"), "{found}");
}

#[test]
fn a_message_the_templates_use_missing_in_one_language() {
    let f = Fixture::new("missing-message").edit(
        MR,
        "water-supply-tanker = पाण्याच्या टँकरसाठी { $tanker } या क्रमांकावर संपर्क साधावा.\n",
        "",
    );
    let findings = f.run();
    let found = assert_finding(&findings, MR, (1, 1), "missing-message", Error);
    assert!(found.message.contains("`water-supply-tanker`"), "{found}");
}

#[test]
fn a_choice_value_the_definition_does_not_have() {
    let f = Fixture::new("unknown-variant").edit(
        EN,
        "[pipeline-repair] { $planned ->\n            [yes] Owing to",
        "[pipline-repair] { $planned ->\n            [yes] Owing to",
    );
    let findings = f.run();
    let at = pos(&f.text(EN), "water-supply-cause", "pipline-repair");
    let found = assert_finding(&findings, EN, at, "unknown-variant", Warning);
    assert!(
        found.message.contains("did you mean `pipeline-repair`?"),
        "{found}"
    );
}

#[test]
fn a_choice_value_left_to_a_default_that_is_a_value() {
    let f = Fixture::new("missing-enum-value").edit(
        EN,
        "        [low-dam-level] Owing to low water storage in the dam,\n",
        "",
    );
    let findings = f.run();
    let at = pos(&f.text(EN), "water-supply-cause =", "$reason");
    let found = assert_finding(&findings, EN, at, "missing-enum-value", Warning);
    assert!(found.message.contains("`low-dam-level`"), "{found}");
}

#[test]
fn a_count_selector_without_a_plural_category() {
    let f = Fixture::new("missing-plural-category").edit(
        MR,
        "            [one] या कालावधीत { NUMBER($households) } घराचा पाणीपुरवठा बाधित होईल.\n",
        "",
    );
    let findings = f.run();
    let at = pos(&f.text(MR), "water-supply-households =", "$households");
    let found = assert_finding(&findings, MR, at, "missing-plural-category", Warning);
    assert!(found.message.contains("`one`"), "{found}");
}

#[test]
fn a_template_asking_for_a_message_no_language_defines() {
    const T: &str = "templates/water-supply.whatsapp.tera";
    let f = Fixture::new("unknown-message").edit(T, "msg.label_zones", "msg.label_zone");
    let findings = f.run();
    let at = pos(&f.text(T), "", "msg.label_zone");
    let found = assert_finding(&findings, T, at, "unknown-message", Error);
    assert!(
        found.message.contains("`water-supply-label-zone`"),
        "{found}"
    );
    assert!(
        found.message.contains("did you mean `msg.label_zones`?"),
        "{found}"
    );
}

#[test]
fn a_title_no_language_defines() {
    const T: &str = "templates/water-supply.text.tera";
    let mut f = Fixture::new("no-title");
    for file in [EN, MR, "locales/hi-IN/water-supply.ftl"] {
        f = f.edit(file, "water-supply-title =", "water-supply-heading =");
    }
    let findings = f.run();
    let at = pos(&f.text(T), "", "title");
    let found = assert_finding(&findings, T, at, "unknown-message", Error);
    assert!(found.message.contains("`water-supply-title`"), "{found}");
}

#[test]
fn a_message_no_template_uses() {
    let f = Fixture::new("unused-message").edit(
        EN,
        "water-supply-label-period = Period\n",
        "water-supply-label-period = Period\nwater-supply-label-ward = Ward\n",
    );
    let findings = f.run();
    let at = pos(&f.text(EN), "", "water-supply-label-ward");
    let found = assert_finding(&findings, EN, at, "unused-message", Warning);
    assert!(found.message.contains("no template uses"), "{found}");
    // Only English has it: a helper, so a warning where it is defined.
    assert_finding(&findings, EN, at, "missing-message", Warning);
}

#[test]
fn a_template_asking_for_a_field_the_kind_does_not_have() {
    const T: &str = "templates/water-supply.whatsapp.tera";
    let f = Fixture::new("unknown-data").edit(T, "data.zones", "data.zone");
    let findings = f.run();
    let at = pos(&f.text(T), "", "data.zone");
    let found = assert_finding(&findings, T, at, "unknown-template-variable", Error);
    assert!(
        found.message.contains("did you mean `data.zones`?"),
        "{found}"
    );
    // The start and end keys of a span are keys of `data` too.
    let f = Fixture::new("span-keys").edit(T, "data.zones", "data.start");
    assert!(f.run().is_empty());
}

#[test]
fn a_template_using_a_variable_outside_the_context() {
    const T: &str = "templates/water-supply.text.tera";
    let f = Fixture::new("unknown-template-variable").edit(T, "{{ title }}", "{{ titel }}");
    let findings = f.run();
    let at = pos(&f.text(T), "", "titel");
    let found = assert_finding(&findings, T, at, "unknown-template-variable", Error);
    assert!(found.message.contains("did you mean `title`?"), "{found}");
}

#[test]
fn an_sms_template_that_does_not_say_revised() {
    const T: &str = "templates/water-supply.sms.tera";
    let f =
        Fixture::new("sms-not-revised").edit(T, "{% if revised %}{{ revised }} {% endif %}", "");
    let findings = f.run();
    let found = assert_finding(&findings, T, (1, 1), "sms-not-revised", Warning);
    assert_eq!(
        found.message,
        "the SMS of a revised water-supply notice (status: update) would read like the notice it replaces: print `revised` (the words of `sms-revised`), e.g. `{% if revised %}{{ revised }} {% endif %}` before its message"
    );
    assert_eq!(findings.len(), 1, "{findings:?}");
}

#[test]
fn a_mistake_in_the_definition() {
    let f =
        Fixture::new("definition").edit(DEFINITION, "    type: yes-no\n", "    type: yes-or-no\n");
    let findings = f.run();
    let at = pos(&f.text(DEFINITION), "planned:", "yes-or-no");
    assert_finding(&findings, DEFINITION, at, "unknown-type", Error);
    // The kind's words are not reported as unused, nor held to a definition not read.
    for finding in &findings {
        assert!(finding.file.ends_with(DEFINITION), "{finding}");
    }
}

#[test]
fn a_kind_the_program_already_has() {
    let f = Fixture::new("duplicate-kind").edit(DEFINITION, "kind: water-supply", "kind: outage");
    std::fs::rename(f.path(DEFINITION), f.path("kinds/outage.yaml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let findings = f.run();
    assert_finding(
        &findings,
        "kinds/outage.yaml",
        (1, 1),
        "duplicate-kind",
        Error,
    );
    // The built-in outage words are still checked against the code: none is unknown.
    assert!(
        findings.iter().all(|f| !f.file.contains("outage.ftl")),
        "{findings:?}"
    );
}

#[test]
fn words_for_a_language_the_run_does_not_have() {
    let f = Fixture::new("unknown-language");
    copy(&f.path("locales/en-IN"), &f.path("locales/fr-FR"));
    let findings = f.run();
    let found = assert_finding(
        &findings,
        "locales/fr-FR/water-supply.ftl",
        (1, 1),
        "unknown-language",
        Error,
    );
    assert!(found.message.contains("fr-FR"), "{found}");
}

#[test]
fn a_format_without_a_template() {
    let f = Fixture::new("missing-template");
    std::fs::remove_file(f.path("templates/water-supply.sms.tera"))
        .unwrap_or_else(|e| panic!("{e}"));
    let findings = f.run();
    let found = assert_finding(&findings, DEFINITION, (1, 1), "missing-template", Error);
    assert!(found.message.contains("water-supply.sms.tera"), "{found}");
}

#[cfg(feature = "cli")]
#[test]
fn cli_checks_a_pack() {
    let suchana = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_suchana"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap_or_else(|e| panic!("spawn: {e}"))
    };
    let out = suchana(&["check", "--kinds", "examples/kinds/water-supply"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.is_empty(), "{stdout}");

    let f = Fixture::new("cli").edit(EN, "call { $tanker }", "call { $tankr }");
    let dir = f.dir.display().to_string();
    let out = suchana(&["check", "--kinds", &dir]);
    assert_eq!(out.status.code(), Some(1));
    let (line, column) = pos(&f.text(EN), "water-supply-tanker", "$tankr");
    let expected = format!(
        "{}:{line}:{column}: error[unknown-variable]: ",
        f.path(EN).display()
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&expected),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // A folder that is not a pack is bad usage.
    let out = suchana(&["check", "--kinds", "/nonexistent-suchana"]);
    assert_eq!(out.status.code(), Some(2));
}
