//! One render request, worked through on a blocking thread: the notice read from YAML or
//! JSON with every error the command would print, then every rendering asked for, each SMS
//! measured and checked against its DLT template.

use std::sync::Arc;

use super::json::{Diagnostic, DltJson, RenderResponse, RenderingJson, SmsJson};
use crate::error::{DataErrorKind, Position, RenderError};
use crate::notice::{Document, InputFormat, split_documents};
use crate::render::DltFinding;
use crate::{Engine, Format, Lang, Notice};

/// The notice of a request, as text.
#[derive(Clone, Debug)]
pub(crate) enum Source {
    /// YAML, as a file holds it.
    Yaml(String),
    /// A JSON object on one line.
    Json(String),
}

/// What to render.
#[derive(Clone, Debug)]
pub(crate) struct Job {
    /// The notice.
    pub(crate) source: Source,
    /// The language groups: each language alone, or all of them together (bilingual).
    pub(crate) groups: Vec<Vec<Lang>>,
    /// The formats, in order.
    pub(crate) formats: Vec<Format>,
    /// Whether to answer the notice as plain JSON data too.
    pub(crate) data: bool,
}

/// A diagnostic of the whole notice, at `at`.
fn at(
    severity: &'static str,
    code: &'static str,
    message: String,
    help: Option<String>,
    position: Option<Position>,
) -> Diagnostic {
    Diagnostic {
        severity,
        code,
        message,
        help,
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        path: String::new(),
    }
}

/// Renders `job` with `engine`: every rendering that can be made, and every problem.
pub(crate) fn render(engine: &Engine, job: &Job) -> RenderResponse {
    let mut out = RenderResponse {
        kind: None,
        id: None,
        renderings: Vec::new(),
        diagnostics: Vec::new(),
        data: None,
    };
    let (text, file) = match &job.source {
        Source::Yaml(t) => (t.as_str(), "notice.yaml"),
        Source::Json(t) => (t.as_str(), "notice.json"),
    };
    let docs = match &job.source {
        Source::Yaml(_) => split_documents(text),
        Source::Json(_) => vec![Document {
            index: 1,
            line_offset: 0,
            text,
            format: InputFormat::Jsonl,
        }],
    };
    let doc = match docs.as_slice() {
        [doc] => *doc,
        [] => {
            out.diagnostics.push(at(
                "error",
                DataErrorKind::NotAMapping.code(),
                "the request holds no notice".into(),
                Some("send one notice: `kind: outage`, then its fields".into()),
                None,
            ));
            return out;
        }
        [_, second, ..] => {
            out.diagnostics.push(at(
                "error",
                "several-notices",
                format!(
                    "the request holds {} notices; the API renders one a request",
                    docs.len()
                ),
                Some(
                    "send each notice in its own request, or use `suchana render` for a batch"
                        .into(),
                ),
                Some(Position {
                    line: second.line_offset + 1,
                    column: 1,
                }),
            ));
            return out;
        }
    };
    let file: Arc<str> = Arc::from(file);
    if job.data {
        out.data = match &job.source {
            Source::Json(t) => serde_json::from_str(t).ok(),
            Source::Yaml(_) => {
                serde_saphyr::from_str_with_options(doc.text, crate::limits::yaml_options()).ok()
            }
        };
    }
    // The fast reader first; a problem found while rendering (a language missing from a
    // text) is reported from the exact reader's notice, at the value's own place.
    let mut notice = match engine.parse_document(&doc, &file, "notice") {
        Ok(n) => n,
        Err(errors) => {
            out.diagnostics = errors.iter().map(Diagnostic::from_data).collect();
            return out;
        }
    };
    loop {
        out.kind = Some(notice.kind_key().to_string());
        out.id = Some(notice.id.clone());
        for langs in &job.groups {
            for &format in &job.formats {
                render_one(engine, &notice, langs, format, &mut out);
            }
        }
        let data_problem = out.diagnostics.iter().any(|d| {
            d.severity == "error" && d.code != "sms-too-long" && d.code != "render-failed"
        });
        if notice.exact_positions || !data_problem {
            break;
        }
        match engine.parse_document_exact(&doc, &file, "notice") {
            Ok(exact) => notice = exact,
            Err(_) => break,
        }
        out.renderings.clear();
        out.diagnostics.clear();
    }
    out.diagnostics.dedup();
    out.diagnostics
        .sort_by_key(|d| (d.line, d.column, d.severity != "error"));
    out.diagnostics.dedup();
    out
}

/// One rendering of `notice` in `langs` as `format`, or its problems.
fn render_one(
    engine: &Engine,
    notice: &Notice,
    langs: &[Lang],
    format: Format,
    out: &mut RenderResponse,
) {
    let rendered = if format == Format::Sms {
        engine
            .render_sms(notice, langs, None)
            .map(|(r, findings)| (r, Some(findings)))
    } else {
        engine
            .render_notice(notice, langs, format)
            .map(|r| (r, None))
    };
    let (rendering, findings) = match rendered {
        Ok(r) => r,
        Err(RenderError::Data(e)) => {
            let d = Diagnostic::from_data(&e);
            if !out.diagnostics.contains(&d) {
                out.diagnostics.push(d);
            }
            return;
        }
        Err(e) => {
            let code = match e {
                RenderError::SmsTooLong { .. } => "sms-too-long",
                _ => "render-failed",
            };
            out.diagnostics.push(at(
                "error",
                code,
                format!("notice `{}`: {e}", notice.id),
                None,
                Some(notice.at),
            ));
            return;
        }
    };
    let sms = rendering.sms.map(|info| SmsJson {
        encoding: info.encoding.key(),
        chars: rendering.text.chars().count(),
        units: info.units,
        parts: info.parts,
    });
    if let Some((message, help)) = rendering
        .sms
        .and_then(|info| info.too_many_parts(&notice.id))
    {
        out.diagnostics.push(at(
            "warning",
            "sms-too-long",
            message,
            Some(help),
            Some(notice.at),
        ));
    }
    let dlt = match findings {
        // A kind whose SMS cannot have a DLT template (its messages use a number or a
        // moment) renders without one.
        Some(findings) => engine
            .sms_template(notice, langs)
            .ok()
            .map(|template| DltJson {
                template: template.text,
                variables: template.variables,
                findings: findings.iter().map(|f| dlt_diagnostic(notice, f)).collect(),
            }),
        _ => None,
    };
    out.renderings.push(RenderingJson {
        lang: langs.iter().map(|l| l.tag()).collect::<Vec<_>>().join("+"),
        languages: langs.iter().map(|l| l.tag()).collect(),
        format: format.key(),
        text: rendering.text,
        sms,
        dlt,
    });
}

/// A DLT finding as the command reports it (a warning: the server never withholds an SMS).
fn dlt_diagnostic(notice: &Notice, f: &DltFinding) -> Diagnostic {
    let (message, help) = f.describe(&notice.id, false);
    let position = f.position.or(Some(notice.at));
    Diagnostic {
        severity: "warning",
        code: f.problem.code(),
        message,
        help: Some(help),
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        path: f.path.clone().unwrap_or_default(),
    }
}
