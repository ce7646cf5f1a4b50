//! The command line's own parts: arguments, one entry point per subcommand, diagnostics and
//! the batch pipeline. None of it is in the library: it is built with the `cli` feature only.

pub mod args;
pub mod batch;
pub mod commands;
pub mod diag;
pub mod sheet;
mod supersedes;

/// How a run ended, from best to worst; the worst outcome of a run sets its exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Everything rendered (or checked) and written.
    Ok = 0,
    /// Some input was bad; the rest was still rendered.
    BadInput = 1,
    /// Bad usage: an unknown option, language or format; broken locale or template files.
    Usage = 2,
    /// A file could not be read or the output could not be written.
    Io = 3,
    /// Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).
    Interrupted = 130,
}
