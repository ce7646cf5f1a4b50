//! Criterion benchmarks: one rendering of each kind × language × format from parsed data, and
//! parsing + validating one document (the fast path for plain YAML, the exact path, JSON).
//!
//!     cargo bench --bench render
//!
//! The whole-process throughput against the hand-written reference is `bench/throughput.sh`.
// `criterion_group!` makes an undocumented `pub fn`.
#![allow(missing_docs)]

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use suchana::notice::{Document, InputFormat, parse_document, parse_document_exact};
use suchana::{Engine, Format, Lang, Notice};

const EXAMPLES: [(&str, &str); 3] = [
    ("outage", include_str!("../examples/outage.yaml")),
    ("safety", include_str!("../examples/safety.yaml")),
    ("meeting", include_str!("../examples/meeting.yaml")),
];

fn notice(text: &str) -> Notice {
    match suchana::parse_str(text, "bench.yaml").pop() {
        Some(Ok(n)) => n,
        other => panic!("an example that does not parse: {other:?}"),
    }
}

fn rendering(c: &mut Criterion) {
    let engine = Engine::new().unwrap_or_else(|e| panic!("{e}"));
    let langs = Lang::embedded();
    let mut group = c.benchmark_group("render");
    for (kind, text) in EXAMPLES {
        let notice = notice(text);
        for lang in engine.languages() {
            for format in Format::ALL {
                let name = format!("{kind}/{}/{format}", lang.code());
                group.bench_function(name, |b| {
                    b.iter(|| engine.render(black_box(&notice), lang, format))
                });
            }
        }
        group.bench_function(format!("{kind}/mr+hi/text"), |b| {
            b.iter(|| engine.render_notice(black_box(&notice), &langs[..2], Format::Text))
        });
    }
    let outage = notice(EXAMPLES[0].1);
    group.bench_function("outage/mr/sms+dlt", |b| {
        b.iter(|| engine.render_sms(black_box(&outage), &langs[..1], None))
    });
    group.finish();
}

fn parsing(c: &mut Criterion) {
    let file: Arc<str> = Arc::from("bench.yaml");
    let mut group = c.benchmark_group("parse");
    for (kind, text) in EXAMPLES {
        let doc = Document {
            index: 1,
            line_offset: 0,
            text,
            format: InputFormat::Yaml,
        };
        group.bench_function(format!("{kind}/fast"), |b| {
            b.iter(|| parse_document(black_box(&doc), &file, "bench"))
        });
        group.bench_function(format!("{kind}/exact"), |b| {
            b.iter(|| parse_document_exact(black_box(&doc), &file, "bench"))
        });
    }
    let json = r#"{"kind":"outage","id":"o-1","issuer":{"org":"महावितरण","office":{"mr-IN":"वाई उपविभाग","hi-IN":"वाई उपखंड"}},"planned":true,"reason":"maintenance","areas":["वाई","पसरणी",{"mr-IN":"भुईंज","hi-IN":"भुइंज"}],"start":"2025-11-24T10:00","end":"2025-11-24T14:00","consumers":218000,"contacts":[{"phone":"1912"}]}"#;
    let doc = Document {
        index: 1,
        line_offset: 0,
        text: json,
        format: InputFormat::Jsonl,
    };
    group.bench_function("outage/jsonl", |b| {
        b.iter(|| parse_document(black_box(&doc), &file, "bench"))
    });
    group.finish();
}

criterion_group!(benches, rendering, parsing);
criterion_main!(benches);
