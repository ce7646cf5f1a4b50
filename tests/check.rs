//! `suchana check`: one small fixture per kind of finding, each asserting file, line, column
//! and code exactly; the shipped locales and templates have no findings at all; the CLI's exit
//! codes and JSON.

mod library;

use library::assert_finding;

/// Line and character column of the first `needle` in `text`.
fn pos(text: &str, needle: &str) -> (u32, u32) {
    library::pos_after(text, "", needle)
}

use std::borrow::Cow;
use std::process::Command;

use suchana::Lang;
use suchana::check::{CheckOptions, Finding, Severity, check, check_sources};
use suchana::l10n::{FtlSource, ftl_sources};
use suchana::render::template_sources;

const MR_EXTRA: &str = "mr-IN/extra.ftl";
const HI_EXTRA: &str = "hi-IN/extra.ftl";

/// The shipped files with `edit` applied to each (name, text), plus an `extra.ftl` per
/// language and extra or replaced templates.
struct Fixture {
    mr: &'static str,
    hi: &'static str,
    edits: Vec<(&'static str, &'static str, &'static str)>,
    templates: Vec<(&'static str, &'static str)>,
}

impl Fixture {
    fn new(mr: &'static str, hi: &'static str) -> Fixture {
        Fixture {
            mr,
            hi,
            edits: Vec::new(),
            templates: Vec::new(),
        }
    }

    /// Replaces `from` by `to` in the shipped file whose name ends with `file`.
    fn edit(mut self, file: &'static str, from: &'static str, to: &'static str) -> Fixture {
        self.edits.push((file, from, to));
        self
    }

    fn template(mut self, name: &'static str, text: &'static str) -> Fixture {
        self.templates.push((name, text));
        self
    }

    /// The shipped Marathi and Hindi files with the fixture's edits and additions (the
    /// fixtures compare these two; the shipped files of all three languages are checked on
    /// their own below).
    fn sources(&self) -> Vec<(Lang, Vec<FtlSource>)> {
        [library::mr(), library::hi()]
            .into_iter()
            .map(|lang| {
                let mut sources = ftl_sources(lang, None).unwrap_or_else(|e| panic!("{e}"));
                for s in &mut sources {
                    for (file, from, to) in &self.edits {
                        if s.name.ends_with(file) {
                            assert!(s.text.contains(from), "{file} lacks {from:?}");
                            s.text = Cow::Owned(s.text.replacen(from, to, 1));
                        }
                    }
                }
                let (name, text) = if lang == library::mr() {
                    (MR_EXTRA, self.mr)
                } else {
                    (HI_EXTRA, self.hi)
                };
                sources.push(FtlSource {
                    name: name.to_string(),
                    text: Cow::Borrowed(text),
                });
                (lang, sources)
            })
            .collect()
    }

    fn run(&self) -> Vec<Finding> {
        let mut templates: Vec<(String, String, Cow<str>)> = template_sources(None)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|(n, t)| (n.clone(), n, t))
            .collect();
        for (name, text) in &self.templates {
            templates.retain(|t| t.0 != *name);
            templates.push((name.to_string(), name.to_string(), Cow::Borrowed(*text)));
        }
        check_sources(&self.sources(), &templates)
    }

    /// The text of a shipped file after the edits, to find positions in.
    fn text_of(&self, file: &str) -> String {
        self.sources()
            .into_iter()
            .flat_map(|(_, s)| s)
            .find(|s| s.name.ends_with(file))
            .map(|s| s.text.into_owned())
            .unwrap_or_default()
    }
}

#[track_caller]
fn assert_no(findings: &[Finding], code: &str) {
    let found: Vec<String> = findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| f.to_string())
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

use Severity::{Error, Warning};

#[test]
fn shipped_locales_and_templates_have_no_findings() {
    for options in [
        CheckOptions::default(),
        CheckOptions {
            locales_dir: Some(concat!(env!("CARGO_MANIFEST_DIR"), "/locales").into()),
            templates_dir: Some(concat!(env!("CARGO_MANIFEST_DIR"), "/templates").into()),
            ..CheckOptions::default()
        },
    ] {
        let findings = check(&options).unwrap_or_else(|e| panic!("{e}"));
        for f in &findings {
            println!("{f}");
        }
        // Warnings too: each shipped exception is marked with a `# check:` comment that says why.
        assert!(findings.is_empty(), "{} findings", findings.len());
    }
}

#[test]
fn syntax_error_points_at_the_open_brace_and_the_rest_is_checked() {
    let f = Fixture::new("a = { $x\nb = अ\n", "").run();
    let e = assert_finding(&f, MR_EXTRA, (1, 5), "syntax-error", Error);
    assert!(e.message.contains("not closed"), "{e}");
    // `b` after the broken entry is still read (it is unused, and missing in hi-IN).
    assert_finding(&f, MR_EXTRA, (2, 1), "unused-message", Warning);
    let f = Fixture::new("a = x }\n", "").run();
    assert_finding(&f, MR_EXTRA, (1, 7), "syntax-error", Error);
}

#[test]
fn select_without_default() {
    let f = Fixture::new("a = { $x ->\n    [a] A\n}\n", "").run();
    let e = assert_finding(&f, MR_EXTRA, (1, 5), "missing-default", Error);
    assert!(e.message.contains("`*`"), "{e}");
}

#[test]
fn message_missing_in_one_language() {
    let fx = Fixture::new("", "").edit(
        "hi-IN/safety.ftl",
        "safety-closing =",
        "safety-closing-typo =",
    );
    let f = fx.run();
    let e = assert_finding(
        &f,
        "<embedded>/hi-IN/safety.ftl",
        (1, 1),
        "missing-message",
        Error,
    );
    assert!(
        e.message.contains("`safety-closing`") && e.message.contains("mr-IN"),
        "{e}"
    );
    let typo = pos(&fx.text_of("hi-IN/safety.ftl"), "safety-closing-typo");
    assert_finding(
        &f,
        "<embedded>/hi-IN/safety.ftl",
        typo,
        "unused-message",
        Warning,
    );
    // A helper only one language has is a warning at its definition.
    let f = Fixture::new("only-mr = अ\n", "").run();
    assert_finding(&f, MR_EXTRA, (1, 1), "missing-message", Warning);
}

#[test]
fn message_no_language_defines() {
    let f = Fixture::new("", "")
        .edit("mr-IN/safety.ftl", "safety-closing =", "safety-closing-x =")
        .edit("hi-IN/safety.ftl", "safety-closing =", "safety-closing-x =")
        .run();
    // Each template that asks for it, at the place it does, with the likely name.
    for (file, at) in [
        ("safety.text.tera", (13, 15)),
        ("safety.whatsapp.tera", (12, 15)),
        ("safety.html.tera", (13, 18)),
    ] {
        let e = assert_finding(&f, file, at, "unknown-message", Error);
        assert_eq!(
            e.message,
            "`msg.closing` is the message `safety-closing`, which no language defines; did you mean `msg.closing_x`?"
        );
    }
}

#[test]
fn variables_the_code_never_passes_and_that_differ() {
    let from = "{ $areas } परिसरातील वीजपुरवठा बंद राहील. कारण";
    let fx = Fixture::new("", "").edit(
        "mr-IN/outage.ftl",
        from,
        "{ $area } परिसरातील वीजपुरवठा बंद राहील. कारण",
    );
    let f = fx.run();
    let at = pos(&fx.text_of("mr-IN/outage.ftl"), "$area }");
    let e = assert_finding(
        &f,
        "<embedded>/mr-IN/outage.ftl",
        at,
        "unknown-variable",
        Error,
    );
    assert!(e.message.contains("did you mean `$areas`?"), "{e}");
    assert_finding(
        &f,
        "<embedded>/mr-IN/outage.ftl",
        at,
        "variable-mismatch",
        Warning,
    );
}

#[test]
fn unused_message() {
    let f = Fixture::new("orphan = अनाथ\n", "orphan = अनाथ संदेश\n").run();
    assert_finding(&f, MR_EXTRA, (1, 1), "unused-message", Warning);
    assert_finding(&f, HI_EXTRA, (1, 1), "unused-message", Warning);
}

#[test]
fn plural_selector_missing_a_category() {
    let f = Fixture::new("p = { NUMBER($n) ->\n    [few] क\n   *[other] ख\n}\n", "").run();
    let e = assert_finding(&f, MR_EXTRA, (1, 7), "missing-plural-category", Warning);
    assert!(e.message.contains("`one`"), "{e}");
    assert_finding(&f, MR_EXTRA, (2, 6), "unknown-variant", Warning);
    // A numeric variable the code passes needs no NUMBER().
    let fx = Fixture::new("", "").edit(
        "hi-IN/outage.ftl",
        "            [one] इस दौरान",
        "            [1] इस दौरान",
    );
    let f = fx.run();
    let at = pos(&fx.text_of("hi-IN/outage.ftl"), "$consumers ->");
    assert_finding(
        &f,
        "<embedded>/hi-IN/outage.ftl",
        at,
        "missing-plural-category",
        Warning,
    );
}

#[test]
fn enum_selector_leaving_values_to_a_default_that_is_a_value() {
    let fx = Fixture::new("", "").edit(
        "mr-IN/outage.ftl",
        "        [weather] खराब हवामानामुळे\n",
        "        [wether] खराब हवामानामुळे\n",
    );
    let f = fx.run();
    let text = fx.text_of("mr-IN/outage.ftl");
    let e = assert_finding(
        &f,
        "<embedded>/mr-IN/outage.ftl",
        pos(&text, "$reason ->\n        [maintenance]"),
        "missing-enum-value",
        Warning,
    );
    assert!(
        e.message.contains("`weather`") && e.message.contains("`[other]`"),
        "{e}"
    );
    let (line, _) = pos(&text, "[wether]");
    let e = assert_finding(
        &f,
        "<embedded>/mr-IN/outage.ftl",
        (line, 10),
        "unknown-variant",
        Warning,
    );
    assert!(e.message.contains("did you mean `weather`?"), "{e}");
    // A default outside the values (`*[known]`) is a deliberate catch-all: no finding.
    assert!(
        !f.iter()
            .any(|x| x.code == "missing-enum-value" && x.message.contains("[known]"))
    );
}

#[test]
fn untranslated_and_same_in_both() {
    let f = Fixture::new("eng = Power cut tomorrow\nsame = समान\n", "same = समान\n").run();
    assert_finding(&f, MR_EXTRA, (1, 1), "untranslated", Warning);
    let e = assert_finding(&f, HI_EXTRA, (1, 1), "same-as-other-locale", Warning);
    assert!(e.message.contains("# check: same-in-both"), "{e}");
    let f = Fixture::new("same = समान\n", "# check: same-in-both\nsame = समान\n").run();
    assert_no(&f, "same-as-other-locale");
}

#[test]
fn invisible_trouble() {
    let mr = "a = अ\u{2068}ब\u{2069}\nb = \u{0958}ल\nc = पहिली ओळ \n    दुसरी ओळ\nd = दु:ख\ne = अ\u{FFFD}ब\n";
    let f = Fixture::new(mr, "").run();
    assert_finding(&f, MR_EXTRA, (1, 6), "bidi-control", Error);
    assert_finding(&f, MR_EXTRA, (1, 8), "bidi-control", Error);
    assert_finding(&f, MR_EXTRA, (2, 5), "not-nfc", Error);
    assert_finding(&f, MR_EXTRA, (3, 13), "trailing-space", Warning);
    assert_finding(&f, MR_EXTRA, (5, 7), "ascii-colon-for-visarga", Warning);
    assert_finding(&f, MR_EXTRA, (6, 6), "replacement-char", Error);
    // A colon before a space is punctuation, and the last line's trailing space is dropped by Fluent.
    let f = Fixture::new("s = विषय: अ \n", "").run();
    assert_no(&f, "ascii-colon-for-visarga");
    assert_no(&f, "trailing-space");
}

#[test]
fn templates_that_fail_to_parse_or_use_unknown_variables() {
    let f = Fixture::new("", "")
        .template(
            "outage.text.tera",
            "{{ org }}\n{{ titel }}\n{% include \"footer.text.tera\" %}\n",
        )
        .template("safety.text.tera", "{{ org }}\n{% if title %}\n")
        .run();
    let e = assert_finding(
        &f,
        "outage.text.tera",
        (2, 4),
        "unknown-template-variable",
        Error,
    );
    assert!(e.message.contains("did you mean `title`?"), "{e}");
    assert_finding(&f, "safety.text.tera", (2, 15), "template-syntax", Error);
}

#[test]
fn duplicates() {
    let mr = "notice-heading = दुसरी\nd = { $planned ->\n    [yes] अ\n    [yes] ब\n   *[no] क\n}\natt = अ\n    .a = ब\n    .a = क\n";
    let f = Fixture::new(mr, "").run();
    let e = assert_finding(&f, MR_EXTRA, (1, 1), "duplicate-id", Error);
    assert!(e.message.contains("<embedded>/mr-IN/common.ftl:"), "{e}");
    assert_finding(&f, MR_EXTRA, (4, 6), "duplicate-variant", Error);
    assert_finding(&f, MR_EXTRA, (9, 6), "duplicate-attribute", Error);
    // Twice in one file, too.
    let f = Fixture::new("x = अ\nx = ब\n", "").run();
    assert_finding(&f, MR_EXTRA, (2, 1), "duplicate-id", Error);
}

#[test]
fn values_attributes_and_references_that_differ() {
    let mr = "v = अ\n    .title = ब\nr = { notice-heading } अ\nu = { nope } { -term }\n";
    let hi = "v =\n    .other = ब\nr = अ\nu = अ\n";
    let f = Fixture::new(mr, hi).run();
    assert_finding(&f, HI_EXTRA, (1, 1), "missing-value", Warning);
    let e = assert_finding(&f, HI_EXTRA, (1, 1), "missing-attribute", Warning);
    assert!(e.message.contains("`.title`"), "{e}");
    assert_finding(&f, MR_EXTRA, (1, 1), "missing-attribute", Warning);
    assert_finding(&f, MR_EXTRA, (3, 7), "reference-mismatch", Warning);
    assert_finding(&f, MR_EXTRA, (4, 7), "unknown-reference", Error);
    assert_finding(&f, MR_EXTRA, (4, 16), "unknown-reference", Error);
    // A message the code requests without a value cannot be rendered.
    let fx = Fixture::new("", "").edit(
        "hi-IN/common.ftl",
        "contacts-heading = संपर्क",
        "contacts-heading =\n    .x = संपर्क",
    );
    let f = fx.run();
    let at = pos(&fx.text_of("hi-IN/common.ftl"), "contacts-heading");
    assert_finding(
        &f,
        "<embedded>/hi-IN/common.ftl",
        at,
        "missing-value",
        Error,
    );
}

#[test]
fn comments_allow_named_codes() {
    let f = Fixture::new(
        "# check: allow unused-message missing-message\nhelper = अ\n",
        "",
    )
    .run();
    assert_no(&f, "unused-message");
    assert_no(&f, "missing-message");
}

fn suchana(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("spawn: {e}"))
}

#[test]
fn cli_exit_codes_and_json() {
    let out = suchana(&["check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());

    let dir = std::env::temp_dir().join(format!("suchana-check-{}", std::process::id()));
    for lang in ["mr-IN", "hi-IN"] {
        let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        let to = dir.join(lang);
        std::fs::create_dir_all(&to).unwrap_or_else(|e| panic!("{e}"));
        for entry in std::fs::read_dir(&from).unwrap_or_else(|e| panic!("{e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            let name = path.file_name().unwrap_or_default();
            std::fs::copy(&path, to.join(name)).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let locales = dir.display().to_string();
    // A warning alone exits 0.
    std::fs::write(dir.join("mr-IN/extra.ftl"), "orphan = अनाथ\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&["check", "--locales", &locales]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let extra = dir.join("mr-IN/extra.ftl").display().to_string();
    assert!(
        stdout.contains(&format!("{extra}:1:1: warning[unused-message]: ")),
        "{stdout}"
    );
    // An error exits 1; JSON is an array of findings.
    std::fs::write(dir.join("mr-IN/extra.ftl"), "broken = { $x\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let out = suchana(&["check", "--locales", &locales, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let first = &json[0];
    assert_eq!(first["file"], extra.as_str());
    assert_eq!(first["line"], 1);
    assert_eq!(first["column"], 10);
    assert_eq!(first["severity"], "error");
    assert_eq!(first["code"], "syntax-error");
    assert!(first["message"].is_string());
    assert_eq!(first.as_object().map(|o| o.len()), Some(6));
    // A folder that does not exist is bad usage.
    let out = suchana(&["check", "--locales", "/nonexistent-suchana"]);
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
