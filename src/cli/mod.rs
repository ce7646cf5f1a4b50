//! The command line's own parts: diagnostics and the batch pipeline.

pub mod batch;
pub mod diag;

/// How a run ended, from best to worst; the worst outcome of a run sets its exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Ok = 0,
    BadInput = 1,
    Usage = 2,
    Io = 3,
    /// Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).
    Interrupted = 130,
}
