//! The access token: a server bound beyond loopback answers only requests that carry it
//! (`Authorization: Bearer TOKEN`). The page and its files are served without it — a browser
//! cannot send a header when it opens a URL, and they hold no data — and the page takes the
//! token from the URL's fragment (`http://host:8080/#token=…`, never sent to a server) or
//! asks for it.
//!
//! A server on loopback needs no token, but answers only requests addressed to a loopback
//! name (`Host: 127.0.0.1:8080`, `localhost:8080`, `[::1]:8080`), so that a web site whose
//! name is made to point at 127.0.0.1 (DNS rebinding) cannot use it.

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::errors::ApiError;

/// A new random token: 32 hexadecimal digits (128 bits from the operating system).
pub fn generate() -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| format!("cannot make a random token: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether `a` and `b` are equal, in a time that depends on their lengths only.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether a request needs the token: everything but the page and its files.
fn needs_token(path: &str) -> bool {
    !(path == "/" || path.starts_with("/assets/"))
}

/// Whether the host of a `Host` header is a loopback name.
fn loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or_default(),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// What the access check needs: the token, when the server has one.
#[derive(Clone)]
pub(crate) struct Access {
    pub(crate) token: Option<String>,
}

/// Answers 401 to a request without the token (when the server has one), and 403 to a
/// request addressed to another name than loopback (when it has none).
pub(crate) async fn check(State(access): State<Access>, req: Request, next: Next) -> Response {
    match &access.token {
        Some(token) => {
            if needs_token(req.uri().path()) {
                let given = req
                    .headers()
                    .get(header::AUTHORIZATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.strip_prefix("Bearer "))
                    .map(str::trim);
                if !given.is_some_and(|g| same(g.as_bytes(), token.as_bytes())) {
                    let mut response = ApiError::new(
                        StatusCode::UNAUTHORIZED,
                        "unauthorized",
                        "this server is reachable beyond this computer and needs its access token",
                    )
                    .help("send the header `Authorization: Bearer TOKEN` with the token `suchana serve` printed")
                    .into_response();
                    response.headers_mut().insert(
                        header::WWW_AUTHENTICATE,
                        header::HeaderValue::from_static("Bearer"),
                    );
                    return response;
                }
            }
        }
        None => {
            let host = req
                .headers()
                .get(header::HOST)
                .and_then(|v| v.to_str().ok());
            if let Some(host) = host
                && !loopback_host(host)
            {
                return ApiError::new(
                    StatusCode::FORBIDDEN,
                    "forbidden-host",
                    format!("this server serves this computer only, not `{host}`"),
                )
                .help("open http://127.0.0.1:PORT/, or start it with --bind and a token")
                .into_response();
            }
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex() {
        let (a, b) = (generate(), generate());
        assert!(matches!((&a, &b), (Ok(a), Ok(b)) if a.len() == 32 && a != b));
    }

    #[test]
    fn loopback_names() {
        for host in [
            "127.0.0.1:8080",
            "localhost:1",
            "[::1]:8080",
            "LOCALHOST",
            "127.0.0.2",
        ] {
            assert!(loopback_host(host), "{host}");
        }
        for host in [
            "evil.example:8080",
            "192.168.1.5:8080",
            "[::2]:80",
            "localhost.evil:80",
        ] {
            assert!(!loopback_host(host), "{host}");
        }
    }

    #[test]
    fn comparison() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"ab"));
    }
}
