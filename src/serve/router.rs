//! The routes and the layers around them, from the outside in: every error as JSON, the
//! security headers (a Content-Security-Policy without inline script), the access check, the
//! in-flight limit, the request timeout, and the body limit.

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{from_fn_with_state, map_response};
use axum::routing::{get, post};
use tokio::sync::Semaphore;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use super::assets::{self, Labels};
use super::errors::json_errors;
use super::handlers::{self, AppState};
use super::limits::{self, InFlight, Limits};
use super::tokens::{self, Access};
use crate::Engine;

/// The Content-Security-Policy of every response. Scripts only from the server's own files
/// (no inline script, no `eval`); connections only to the server. Inline styles are allowed
/// for the HTML preview alone: a rendered notice is a standalone page with its own `<style>`,
/// shown in a sandboxed frame without scripts (`srcdoc` inherits this policy).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; \
     connect-src 'self'; frame-src 'self' blob:; base-uri 'none'; form-action 'none'; \
     frame-ancestors 'none'";

/// How a server is set up besides its engine.
#[derive(Clone, Debug, Default)]
pub struct ServeConfig {
    /// The access token every request but the page's must carry (`Authorization: Bearer
    /// …`); required when the server is reachable beyond loopback.
    pub token: Option<String>,
    /// Body, time and concurrency limits.
    pub limits: Limits,
}

/// The server's routes and layers on `engine`: a tower service to serve with
/// [`super::serve`] or to call in tests (`tower::ServiceExt::oneshot`).
pub fn app(engine: Engine, config: ServeConfig) -> Result<Router, String> {
    let limits = &config.limits;
    let state = AppState::new(engine, limits.renders);
    let labels = Labels::load()?;
    let page = Router::new()
        .route("/assets/l10n/{name}", get(assets::labels))
        .with_state(labels);
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    Ok(Router::new()
        .route("/", get(assets::index))
        .route("/assets/app.js", get(assets::app_js))
        .route("/assets/style.css", get(assets::style_css))
        .route("/healthz", get(handlers::healthz))
        .route("/api/kinds", get(handlers::kinds))
        .route("/api/schema/{kind}", get(handlers::schema))
        .route("/api/example/{kind}", get(handlers::example))
        .route("/api/render", post(handlers::render))
        .fallback(handlers::not_found)
        .with_state(state)
        .merge(page)
        .layer(DefaultBodyLimit::max(limits.body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.request_timeout,
        ))
        .layer(from_fn_with_state(
            InFlight(Arc::new(Semaphore::new(limits.in_flight))),
            limits::in_flight,
        ))
        .layer(from_fn_with_state(
            Access {
                token: config.token.clone(),
            },
            tokens::check,
        ))
        .layer(header(
            header::CONTENT_SECURITY_POLICY,
            CONTENT_SECURITY_POLICY,
        ))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ))
        .layer(map_response(json_errors)))
}
