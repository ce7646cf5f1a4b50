//! The `suchana` command: a thin dispatcher over the library. Parses arguments, calls one
//! entry point per subcommand (`src/cli/`), and maps the outcome to an exit code:
//! 0 all good, 1 some input was bad (the rest still rendered), 2 bad usage, 3 I/O failure,
//! 130 interrupted.

#![forbid(unsafe_code)]

mod cli;

// Rendering a batch allocates many small strings on every core; mimalloc's per-thread heaps
// take a third of the time glibc's allocator does here (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

use clap::Parser;

use cli::Outcome;
use cli::args::{Cli, Command};
use cli::commands;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                Outcome::Usage as u8
            } else {
                0
            });
        }
    };
    cli::diag::set_color(cli.color);
    let outcome = match cli.command {
        Command::Render(args) => commands::render(&args),
        Command::Validate(args) => commands::validate(&args),
        Command::Example { kind, kinds, sheet } => {
            commands::example(&kind, kinds.as_deref(), sheet.as_deref())
        }
        Command::Schema { kind, kinds } => commands::schema(kind.as_deref(), kinds.as_deref()),
        Command::Dlt(args) => commands::dlt(&args),
        Command::WhatsappTemplates(args) => commands::whatsapp_templates(&args),
        Command::Check(args) => commands::check(&args),
        #[cfg(feature = "serve")]
        Command::Serve(args) => commands::serve(&args),
        Command::Completions { shell } => commands::completions(shell),
        Command::Man => commands::man(),
    };
    ExitCode::from(outcome as u8)
}
