//! The page and its files, compiled into the binary (no build step, no request leaving the
//! machine): `GET /` is the page, `/assets/app.js` its one script, `/assets/style.css` its
//! style, `/assets/l10n/<tag>.json` its labels in each language. Fonts are the system's.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::errors::ApiError;

const INDEX_HTML: &str = include_str!("page/index.html");
const APP_JS: &str = include_str!("page/app.js");
const STYLE_CSS: &str = include_str!("page/style.css");

/// The page's labels, one JSON body per language.
#[derive(Clone)]
pub(crate) struct Labels(pub(crate) Arc<Vec<(&'static str, Bytes)>>);

impl Labels {
    /// Every language's labels, formatted from the page's Fluent files.
    pub(crate) fn load() -> Result<Labels, String> {
        let all = super::labels::all()?
            .into_iter()
            .map(|(tag, json)| (tag, Bytes::from(json)))
            .collect();
        Ok(Labels(Arc::new(all)))
    }
}

fn file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// `GET /`: the page.
pub(crate) async fn index() -> Response {
    file("text/html; charset=utf-8", INDEX_HTML)
}

/// `GET /assets/app.js`.
pub(crate) async fn app_js() -> Response {
    file("text/javascript; charset=utf-8", APP_JS)
}

/// `GET /assets/style.css`.
pub(crate) async fn style_css() -> Response {
    file("text/css; charset=utf-8", STYLE_CSS)
}

/// `GET /assets/l10n/{tag}.json`: the page's labels in one language.
pub(crate) async fn labels(
    State(labels): State<Labels>,
    Path(name): Path<String>,
) -> Result<Response, ApiError> {
    let tag = name.strip_suffix(".json").unwrap_or(&name);
    match labels.0.iter().find(|(t, _)| *t == tag) {
        Some((_, body)) => Ok((
            [
                (header::CONTENT_TYPE, "application/json"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            body.clone(),
        )
            .into_response()),
        None => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "not-found",
            format!("the page has no labels in `{tag}`"),
        )
        .help("mr-IN, hi-IN or en-IN")),
    }
}
