//! The route handlers: each reads its request, asks the engine, and answers JSON (or YAML for
//! an example). None touches the file system: the engine was built, with its folders, before
//! the server started.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;

use super::errors::ApiError;
use super::json::{KindsJson, LanguageJson, RenderQuery, RenderRequest};
use super::render::{Job, Source};
use crate::{Engine, Format, Lang};

/// What every handler shares.
#[derive(Clone)]
pub(crate) struct AppState {
    /// The engine, built once.
    pub(crate) engine: Arc<Engine>,
    /// Permits to render: one per notice rendering at once.
    pub(crate) renders: Arc<Semaphore>,
    /// `GET /api/kinds`, made once.
    pub(crate) kinds: Bytes,
}

impl AppState {
    /// The state of a server on `engine`, rendering at most `renders` notices at once.
    pub(crate) fn new(engine: Engine, renders: usize) -> AppState {
        let kinds = KindsJson {
            kinds: engine
                .kinds()
                .definitions()
                .iter()
                .map(Into::into)
                .collect(),
            languages: engine
                .languages()
                .into_iter()
                .map(LanguageJson::from)
                .collect(),
            formats: Format::ALL.iter().map(|f| f.key()).collect(),
        };
        AppState {
            kinds: Bytes::from(serde_json::to_vec(&kinds).unwrap_or_default()),
            engine: Arc::new(engine),
            renders: Arc::new(Semaphore::new(renders)),
        }
    }

    fn kind_names(&self) -> Vec<String> {
        self.engine
            .kinds()
            .definitions()
            .iter()
            .map(|d| d.kind.clone())
            .collect()
    }
}

/// The content types `POST /api/render` reads as a YAML notice.
const YAML_TYPES: [&str; 5] = [
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    "text/x-yaml",
    "text/plain",
];

/// `GET /healthz`: `{"status": "ok", "version": …}`.
pub(crate) async fn healthz() -> Response {
    Json(serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
        .into_response()
}

/// `GET /api/kinds`: every kind with its fields, the languages and the formats.
pub(crate) async fn kinds(State(state): State<AppState>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], state.kinds).into_response()
}

/// `GET /api/schema/{kind}`: the JSON Schema of a kind's notices.
pub(crate) async fn schema(
    State(state): State<AppState>,
    Path(kind): Path<String>,
) -> Result<Response, ApiError> {
    match state.engine.schema(Some(&kind)) {
        Some(schema) => Ok(Json(schema).into_response()),
        None => Err(ApiError::unknown_kind(&kind, state.kind_names())),
    }
}

/// `GET /api/example/{kind}`: a starter notice of a kind, as YAML.
pub(crate) async fn example(
    State(state): State<AppState>,
    Path(kind): Path<String>,
) -> Result<Response, ApiError> {
    match state.engine.example(&kind) {
        Some(yaml) => Ok((
            [(header::CONTENT_TYPE, "application/yaml; charset=utf-8")],
            yaml,
        )
            .into_response()),
        None => Err(ApiError::unknown_kind(&kind, state.kind_names())),
    }
}

/// The essence of a `Content-Type`, lower-cased: `application/json`.
fn media_type(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    Some(value.split(';').next()?.trim().to_ascii_lowercase())
}

fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, code, message)
}

/// The language groups asked for, against the languages `engine` speaks.
fn groups(engine: &Engine, tags: &[String], bilingual: bool) -> Result<Vec<Vec<Lang>>, ApiError> {
    let spoken = engine.languages();
    let mut langs: Vec<Lang> = Vec::new();
    for tag in tags {
        let lang = tag
            .parse::<Lang>()
            .map_err(|e| bad_request("unknown-language", e.to_string()))?;
        if !spoken.contains(&lang) {
            return Err(bad_request(
                "unknown-language",
                format!("{} is not a language of this server", lang.tag()),
            )
            .help("start the server with --locales DIR holding the language's folder"));
        }
        if langs.contains(&lang) {
            return Err(bad_request(
                "duplicate-language",
                format!("the languages name {} twice", lang.code()),
            ));
        }
        langs.push(lang);
    }
    if langs.is_empty() {
        return Err(bad_request("unknown-language", "no language is named")
            .help("name one or more: mr, hi, en"));
    }
    if bilingual {
        if langs.len() < 2 {
            return Err(bad_request(
                "bilingual-needs-languages",
                "bilingual needs two or more languages, in order: mr,hi, hi,en or mr,hi,en",
            ));
        }
        return Ok(vec![langs]);
    }
    Ok(langs.into_iter().map(|l| vec![l]).collect())
}

/// The formats asked for; `all` (or nothing) is every format.
fn formats(names: &[String]) -> Result<Vec<Format>, ApiError> {
    if names.is_empty() || names.iter().any(|n| n == "all") {
        return Ok(Format::ALL.to_vec());
    }
    let mut out = Vec::new();
    for name in names {
        let format = name
            .parse::<Format>()
            .map_err(|e| bad_request("unknown-format", e))?;
        if format.is_binary() {
            // PDF and PNG are files; the JSON API answers text.
            return Err(bad_request(
                "unknown-format",
                format!("`{name}` is a file format: the API renders text, whatsapp, sms and html"),
            ));
        }
        if !out.contains(&format) {
            out.push(format);
        }
    }
    Ok(out)
}

/// Splits a query's comma-separated list.
fn split(list: Option<&str>) -> Option<Vec<String>> {
    list.map(|s| {
        s.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    })
}

/// `POST /api/render`: a notice (YAML, or JSON with `yaml` or `notice`) rendered in every
/// language and format asked for; 422 with the diagnostics when anything is wrong with it.
pub(crate) async fn render(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<RenderQuery>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| bad_request("bad-query", e.body_text()))?;
    let body = body.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::body_too_large(),
        status => ApiError::new(status, "bad-body", e.body_text()),
    })?;
    let media = media_type(&headers).ok_or_else(|| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "the request has no Content-Type",
        )
        .help("send Content-Type: application/json ({\"yaml\": …} or {\"notice\": {…}}) or application/yaml (the notice itself)")
    })?;
    let request = if media == "application/json" {
        let request: RenderRequest =
            serde_json::from_slice(&body).map_err(|e| ApiError::malformed_json(&e))?;
        request
    } else if YAML_TYPES.contains(&media.as_str()) {
        let yaml = String::from_utf8(body.to_vec()).map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "not-utf8",
                format!(
                    "the body is not UTF-8 text (at byte {})",
                    e.utf8_error().valid_up_to()
                ),
            )
            .help("save the file as UTF-8")
        })?;
        RenderRequest {
            yaml: Some(yaml),
            ..RenderRequest::default()
        }
    } else {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            format!("`{media}` is not a type this route reads"),
        )
        .help("send Content-Type: application/json ({\"yaml\": …} or {\"notice\": {…}}) or application/yaml (the notice itself)"));
    };
    let source = match (request.yaml, request.notice) {
        (Some(yaml), None) => Source::Yaml(yaml),
        (None, Some(notice)) => Source::Json(notice.to_string()),
        (Some(_), Some(_)) => {
            return Err(bad_request(
                "bad-request",
                "the request gives both `yaml` and `notice`; give one",
            ));
        }
        (None, None) => {
            return Err(bad_request(
                "bad-request",
                "the request gives no notice: add `yaml` (the notice as YAML text) or `notice` (a JSON object)",
            ));
        }
    };
    let tags = request
        .languages
        .map(|l| l.items())
        .or_else(|| split(query.languages.as_deref()))
        .unwrap_or_else(|| vec!["mr".to_string()]);
    let bilingual = request.bilingual.or(query.bilingual).unwrap_or(false);
    let groups = groups(&state.engine, &tags, bilingual)?;
    let format_names = request
        .format
        .map(|f| f.items())
        .or_else(|| split(query.format.as_deref()))
        .unwrap_or_default();
    let job = Job {
        source,
        groups,
        formats: formats(&format_names)?,
        data: request.data.or(query.data).unwrap_or(false),
    };
    // Rendering is CPU work: on a blocking thread, at most `Limits::renders` at once.
    let permit = state
        .renders
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| ApiError::internal("the server is shutting down"))?;
    let engine = state.engine.clone();
    let response = tokio::task::spawn_blocking(move || {
        let response = super::render::render(&engine, &job);
        drop(permit);
        response
    })
    .await
    .map_err(|e| ApiError::internal(format!("rendering stopped: {e}")))?;
    let status = if response.diagnostics.iter().any(|d| d.severity == "error") {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, Json(response)).into_response())
}

/// Any other route: 404, as JSON.
pub(crate) async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not-found", "no such route").help(
        "the routes: POST /api/render, GET /api/kinds, GET /api/schema/{kind}, GET /api/example/{kind}, GET /healthz, GET /",
    )
}
