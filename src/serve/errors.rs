//! Errors of the HTTP layer, always as JSON: `{"error": {"code", "message", "help"?, …}}` with
//! a 4xx or 5xx status. Diagnostics of the notice itself are not errors of the request: they
//! come in the render response ([`super::json::RenderResponse`]) with status 422.

use axum::Json;
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An error of a request, with a stable code.
#[derive(Clone, Debug, Serialize)]
pub struct ApiError {
    /// The HTTP status.
    #[serde(skip)]
    pub status: StatusCode,
    /// A stable, kebab-case code: `malformed-json`, `unsupported-media-type`, `unknown-kind`, …
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// What to do instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Where in a malformed body; the kinds the server knows.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Box<Extra>>,
}

/// What some errors add.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Extra {
    /// For `malformed-json`: the line in the body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// For `malformed-json`: the column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// For `unknown-kind`: every kind the server knows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<String>>,
}

/// The JSON body of an error response.
#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a ApiError,
}

impl ApiError {
    /// An error with `status`, `code` and `message`.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            help: None,
            extra: None,
        }
    }

    /// The same error with what to do instead.
    pub fn help(mut self, help: impl Into<String>) -> ApiError {
        self.help = Some(help.into());
        self
    }

    /// 400: the body is not JSON, or not the JSON a request holds.
    pub fn malformed_json(e: &serde_json::Error) -> ApiError {
        let mut err = ApiError::new(StatusCode::BAD_REQUEST, "malformed-json", e.to_string())
            .help("send a JSON object such as {\"yaml\": \"kind: outage\\n…\", \"languages\": [\"mr\", \"hi\"], \"format\": \"sms\"}");
        err.extra = Some(Box::new(Extra {
            line: Some(e.line()),
            column: Some(e.column()),
            kinds: None,
        }));
        err
    }

    /// 404: a kind the server does not know, with the list of those it does.
    pub fn unknown_kind(kind: &str, known: Vec<String>) -> ApiError {
        let mut err = ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown-kind",
            format!("unknown kind `{kind}`: write one of {}", known.join(", ")),
        )
        .help("start the server with --kinds DIR to add the kinds of a folder");
        err.extra = Some(Box::new(Extra {
            kinds: Some(known),
            ..Extra::default()
        }));
        err
    }

    /// 413: a body over the limit.
    pub fn body_too_large() -> ApiError {
        let (code, message, help) = for_status(StatusCode::PAYLOAD_TOO_LARGE);
        let err = ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, code, message);
        match help {
            Some(h) => err.help(h),
            None => err,
        }
    }

    /// 503: too many requests in flight.
    pub fn busy() -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "busy",
            "the server is serving as many requests as it allows; try again in a moment",
        )
    }

    /// 500: rendering stopped unexpectedly.
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(ErrorBody { error: &self })).into_response()
    }
}

/// The code and message of an error response that a layer (not a handler) made: a route
/// that does not exist, a method it does not take, a body over the limit, a timeout.
fn for_status(status: StatusCode) -> (&'static str, &'static str, Option<&'static str>) {
    match status {
        StatusCode::BAD_REQUEST => ("bad-request", "the request cannot be read", None),
        StatusCode::UNAUTHORIZED => (
            "unauthorized",
            "this server needs its access token",
            Some(
                "send the header `Authorization: Bearer TOKEN` with the token `suchana serve` printed",
            ),
        ),
        StatusCode::NOT_FOUND => (
            "not-found",
            "no such route",
            Some(
                "the routes: POST /api/render, GET /api/kinds, GET /api/schema/{kind}, GET /api/example/{kind}, GET /healthz, GET /",
            ),
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method-not-allowed",
            "this route does not take this method",
            None,
        ),
        StatusCode::REQUEST_TIMEOUT => (
            "timeout",
            "the request took longer than the server allows",
            None,
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "body-too-large",
            "the request body is larger than 1 MiB (1,048,576 bytes)",
            Some("send one notice a request; a notice is far smaller"),
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported-media-type",
            "the body's Content-Type is not one this route reads",
            None,
        ),
        StatusCode::SERVICE_UNAVAILABLE => {
            ("busy", "the server is busy; try again in a moment", None)
        }
        s if s.is_server_error() => ("internal", "the server failed to answer", None),
        _ => ("error", "the request failed", None),
    }
}

/// Makes every error response JSON: one made by a handler already is; one made by axum or a
/// layer (404, 405, 408, 413, a rejection's plain text) gets the JSON body of its status,
/// keeping a rejection's own text as the message.
pub(crate) async fn json_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // A rejection's text is short; anything longer is not a message to pass on.
    let text = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&text).trim().to_string();
    let (code, message, help) = for_status(status);
    let mut err = ApiError::new(status, code, message);
    if !text.is_empty() && status != StatusCode::PAYLOAD_TOO_LARGE {
        err.message = text;
    }
    err.help = help.map(str::to_string);
    let body = serde_json::to_vec(&ErrorBody { error: &err }).unwrap_or_default();
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}
