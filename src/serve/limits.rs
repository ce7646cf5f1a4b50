//! The server's limits: how large a request may be, how long it may take, how many may be in
//! flight and how many notices render at once. The defaults sit far above what one person at
//! the page or one portal's batch needs, and far below what would starve the machine.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;

use super::errors::ApiError;

/// The most bytes a request body may hold (1 MiB, the size of one document of a batch); one
/// byte more is refused with 413.
pub const MAX_BODY_BYTES: usize = crate::notice::MAX_DOCUMENT_BYTES;

/// The limits of one server.
#[derive(Clone, Debug)]
pub struct Limits {
    /// The most bytes of a request body; more is refused with 413.
    pub body_bytes: usize,
    /// The longest a request may take, queueing included; longer is answered with 408.
    pub request_timeout: Duration,
    /// The most requests in flight at once; one more is refused at once with 503, so that a
    /// flood is turned away instead of queued without end.
    pub in_flight: usize,
    /// The most notices rendering at once, each on a blocking thread; further renders wait
    /// (within the request timeout). Rendering is CPU work: one a core is enough.
    pub renders: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            body_bytes: MAX_BODY_BYTES,
            request_timeout: Duration::from_secs(10),
            in_flight: 1024,
            renders: std::thread::available_parallelism().map_or(2, usize::from),
        }
    }
}

/// The permits of the in-flight limit.
#[derive(Clone)]
pub(crate) struct InFlight(pub(crate) Arc<Semaphore>);

/// Refuses a request with 503 when [`Limits::in_flight`] requests are already being served.
pub(crate) async fn in_flight(
    State(permits): State<InFlight>,
    req: Request,
    next: Next,
) -> Response {
    match permits.0.clone().try_acquire_owned() {
        Ok(permit) => {
            let response = next.run(req).await;
            drop(permit);
            response
        }
        Err(_) => ApiError::busy().into_response(),
    }
}
