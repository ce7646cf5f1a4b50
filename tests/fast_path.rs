//! The fast path for plain YAML (and JSON Lines) must read every document it accepts exactly
//! as serde-saphyr does. These tests compare the two on the shipped examples, on tricky
//! documents, and — with `SUCHANA_DIFF_FILE=outages.yaml` — on every document of a file.

use std::sync::Arc;

use suchana::notice::{
    Document, InputFormat, parse_document, parse_document_exact, split_documents,
};

/// The notice's debug form without positions, which the fast path does not keep.
fn shape(debug: String) -> String {
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug.as_str();
    while let Some(i) = rest.find("Some(Position {") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find("})").map_or(after.len(), |e| e + 2);
        out.push_str("POS");
        rest = &after[end..];
    }
    out.push_str(rest);
    out.replace("exact_positions: false", "exact_positions: true")
}

/// Compares both paths on every document of `text`; returns how many the fast path took.
fn compare(text: &str, format: InputFormat) -> usize {
    let file: Arc<str> = Arc::from("test.yaml");
    let docs: Vec<Document<'_>> = match format {
        InputFormat::Yaml => split_documents(text),
        InputFormat::Jsonl => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .enumerate()
            .map(|(i, (n, l))| Document {
                index: i + 1,
                line_offset: n as u32,
                text: l,
                format,
            })
            .collect(),
    };
    let mut fast = 0;
    for doc in &docs {
        let quick = parse_document(doc, &file, "test");
        let exact = parse_document_exact(doc, &file, "test");
        match (&quick, &exact) {
            (Ok(q), Ok(e)) => {
                if !q.exact_positions {
                    fast += 1;
                }
                assert_eq!(
                    shape(format!("{q:?}")),
                    shape(format!("{e:?}")),
                    "{}",
                    doc.text
                );
            }
            (Err(q), Err(e)) => assert_eq!(q, e, "{}", doc.text),
            _ => panic!(
                "the paths disagree on:\n{}\nfast: {quick:?}\nexact: {exact:?}",
                doc.text
            ),
        }
    }
    fast
}

#[test]
fn the_examples_take_the_fast_path_and_read_the_same() {
    for file in ["outage", "safety", "meeting"] {
        let path = format!("{}/examples/{file}.yaml", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(
            compare(&text, InputFormat::Yaml),
            1,
            "{file} takes the fast path"
        );
    }
}

#[test]
fn updates_and_cancellations_read_the_same_either_way() {
    for (file, fast) in [
        ("outage-update", 1),
        ("safety-update", 1),
        ("meeting-update", 1),
        // A cancellation is read against its kind's definition, never by the fast path.
        ("outage-cancel", 0),
        ("safety-cancel", 0),
        ("meeting-cancel", 0),
    ] {
        let path = format!(
            "{}/tests/data/status/{file}.yaml",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(compare(&text, InputFormat::Yaml), fast, "{file}");
        let value: serde_json::Value =
            serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(
            compare(&value.to_string(), InputFormat::Jsonl),
            fast,
            "{file}"
        );
    }
    let base = "kind: safety\nid: s-2\nissuer: { org: महावितरण }\nhazard: monsoon\n";
    for case in [
        "status: update\nsupersedes: s-1\n",
        "status: update\nsupersedes: s-1\nchange: नवीन\n",
        "status: actual\n",
        "status: update\n",
        "supersedes: s-1\n",
        "change: नवीन\n",
        "status: update\nsupersedes: s-2\n",
        "status: update\nsupersedes: S 1\n",
        "status: cancel\nsupersedes: s-1\n",
        "status: 'cancel'\nsupersedes: s-1\n",
        "status: cancel\nsupersedes: s-1\nareas: [वाई]\n",
        "status: revised\nsupersedes: s-1\n",
    ] {
        let doc = format!("{base}{case}");
        compare(&doc, InputFormat::Yaml);
    }
}

#[test]
fn tricky_documents_read_the_same_either_way() {
    let base = "kind: outage\nissuer: { org: महावितरण }\nreason: maintenance\nareas: [वाई]\nstart: 2025-11-24T10:00\n";
    let cases = [
        "planned: true\nend: 2025-11-24T14:00\n",
        "planned: yes\nend: 2025-11-24T14:00\n",
        "planned: True\nend: 2025-11-24T14:00\n",
        "planned: true\nend: 2025-11-24T14:00\nconsumers: 0\n",
        "planned: true\nend: 2025-11-24T14:00\nconsumers: 012\n",
        "planned: true\nend: 2025-11-24T14:00\nconsumers: -5\n",
        "planned: true\nend: 2025-11-24T14:00\nconsumers: 1_000\n",
        "planned: true\nend: 2025-11-24T14:00\nconsumers: 99999999999999999999999\n",
        "planned: true\nend: 2025-11-24T14:00\nconsumers: ~\n",
        "planned: true\nend: 2025-11-24T14:00\nconsumers:\n",
        "planned: true\nend: 2025-11-24T14:00\nreference: 118/2025\n",
        "planned: true\nend: 2025-11-24T14:00\nreference: 'it''s # here'\n",
        "planned: true\nend: 2025-11-24T14:00\nreference: \"a \\\"b\\\" c\"\n",
        "planned: true\nend: 2025-11-24T14:00\nreference: a # comment\n",
        "planned: true\nend: 2025-11-24T14:00\nreference: a#b\n",
        "planned: true\nend: 2025-11-24T14:00\nreference: 2025\n",
        "planned: true\nend: 2025-11-24T14:00\ncontacts:\n- phone: \"1912\"\n  label: टोल-फ्री\n",
        "planned: true\nend: 2025-11-24T14:00\ncontacts:\n  - phone: 1912\n",
        "planned: true\nend: 2025-11-24T14:00\ncontacts: [{phone: \"1912\"},]\n",
        "planned: true\nend: 2025-11-24T14:00\nunknown: 1\n",
        "planned: true\nend: 2025-11-24T14:00\nplanned: false\n",
        "planned: true\nend: 2025-11-24T10:00\n",
        "planned: true\nend: 2025-11-24T14:00\nid: \"../x\"\n",
        "planned: true\nend: 2025-11-24T14:00\nid: Upper\n",
        "planned: false\nissued: 2025-02-30\n",
        "planned: false\nconsumers: 5 # five\n",
        "planned: false\ndetails: [a, b]\n",
        "planned: false\ncontacts: []\n",
        "planned: true\nend: 2025-11-24 14:00\n",
        "planned: true\nend: 2025-11-24 14:00:00+05:30 # IST\n",
        "planned: true\nend: \"2025-11-24 14:00\"\n",
        "planned: true\nend: 2025-11-24  14:00\n",
        "planned: true\nend: 2025-11-24\t14:00\n",
        "planned: true\nend: 2025-11-24 2:00 pm\n",
        "planned: true\nend: 24/11/2025 14:00\n",
        "planned: false\nissued: 2025-11-24 10:00\n",
    ];
    for extra in cases {
        compare(&format!("{base}{extra}"), InputFormat::Yaml);
    }
    let texts = [
        "kind: meeting\nissuer: {org: x}\ntitle: { mr: सभा, hi: बैठक }\nstart: 2025-09-19T10:30\nvenue: \"इस्पात भवन, भिलाई\"\norganizer: x\n",
        "kind: meeting\nissuer: {org: x}\ntitle: { mr: सभा }\nstart: 2025-09-19T10:30\nvenue: a, b\norganizer: x\n",
        "kind: safety\nissuer:\n  org: x\nhazard: monsoon\nadvice:\n  - एक\n  - { mr-IN: दोन, hi-IN: दो }\n",
        "kind: safety\nissuer:\n  org: x\nhazard: monsoon\nareas: [a, a]\n",
        "---\nkind: safety\nissuer:\n  org: x\n  office:\n    mr-IN: कार्यालय\n    hi-IN: कार्यालय\nhazard: other\ndetails: x\n",
        "kind: safety\nissuer: {org: \"x\\u0041\"}\nhazard: monsoon\n",
        "kind: safety\nissuer: {org: x}\nhazard: monsoon\n...\n",
        "kind:   safety\nissuer: {org: x}\nhazard: monsoon\n",
        "kind: safety\nissuer: {org: { hi-IN: Hall A, Bhilai }}\nhazard: monsoon\n",
        "kind: safety\nissuer: {org: { hi-IN: Hall A, Bhilai, mr-IN: Hall A, Bhilai }}\nhazard: monsoon\n",
        "kind: safety\nissuer: {org: { hi-IN: A, B: c }}\nhazard: monsoon\n",
        "kind: safety\nissuer: {org: { hi: A, hi: B }}\nhazard: monsoon\n",
        "kind: safety\nissuer: {org: x}\nhazard: monsoon\nareas: [{ mr: वाई, पसरणी, hi: वाई, पसरणी }]\n",
    ];
    for text in texts {
        compare(text, InputFormat::Yaml);
    }
}

#[test]
fn json_lines_read_the_same_either_way() {
    let lines = "{\"kind\":\"outage\",\"issuer\":{\"org\":\"महावितरण\"},\"planned\":false,\"reason\":\"breakdown\",\"areas\":[\"वाई\",{\"mr-IN\":\"भुईंज\",\"hi-IN\":\"भुइंज\"}],\"start\":\"2025-11-24T10:00\",\"consumers\":12}\n\n{\"kind\":\"outage\",\"planned\":\"no\"}\n{\"kind\":\"meeting\",\"issuer\":{\"org\":\"x\"},\"title\":\"t\",\"start\":\"2025-09-19T10:30\",\"venue\":\"v\",\"organizer\":\"o\"}\n";
    assert_eq!(compare(lines, InputFormat::Jsonl), 2);
}

#[test]
fn every_document_of_a_file_reads_the_same_either_way() {
    // 300 notices of ../shared/bench/gen_outages.py (seed 7); SUCHANA_DIFF_FILE names a
    // larger file to compare locally.
    let path = std::env::var("SUCHANA_DIFF_FILE")
        .unwrap_or_else(|_| format!("{}/tests/data/outages-300.yaml", env!("CARGO_MANIFEST_DIR")));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let fast = compare(&text, InputFormat::Yaml);
    eprintln!("{path}: {fast} documents took the fast path");
    assert!(
        fast * 10 >= text.matches("\nkind:").count() * 9,
        "most take the fast path"
    );
}
