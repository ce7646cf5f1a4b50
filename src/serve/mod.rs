//! `suchana serve`: a local page where staff compose a notice and see it in every language
//! and format as they type, and a JSON API that gives other programs the same renderer
//! (feature `serve`, on in the default build).
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let app = suchana::serve::app(suchana::Engine::new()?, suchana::serve::ServeConfig::default())?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! suchana::serve::serve(listener, app).await?;
//! # Ok(()) }
//! ```
//!
//! The routes: `POST /api/render`, `GET /api/kinds`, `GET /api/schema/{kind}`,
//! `GET /api/example/{kind}`, `GET /healthz`, and the page (`GET /`, `/assets/…`). Every
//! answer is JSON (an example is YAML); every error is `{"error": {"code", "message", …}}`
//! with a 4xx or 5xx status, and a notice's own problems are diagnostics with status 422.

mod assets;
mod errors;
mod handlers;
mod json;
pub mod labels;
pub mod limits;
mod render;
mod router;
pub mod tokens;

pub use errors::{ApiError, Extra};
pub use json::{
    ConditionJson, Diagnostic, DltJson, FieldJson, KindJson, KindsJson, LanguageJson, OneOrMany,
    RenderQuery, RenderRequest, RenderResponse, RenderingJson, SmsJson, SpanJson,
};
pub use limits::{Limits, MAX_BODY_BYTES};
pub use router::{CONTENT_SECURITY_POLICY, ServeConfig, app};

/// Serves `app` on `listener` until Ctrl-C (or SIGTERM), letting requests in flight finish.
pub async fn serve(listener: tokio::net::TcpListener, app: axum::Router) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown())
        .await
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
