//! What the command-line tests share: running the real `suchana` binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `suchana args…` in the crate folder, feeding `stdin` from a thread (so that a large
/// input and a large output never wait on each other), and returns what it did.
pub fn suchana(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    let input = stdin.unwrap_or("").to_string();
    let mut pipe = child.stdin.take();
    let feeder = std::thread::spawn(move || {
        if let Some(p) = pipe.as_mut() {
            let _ = p.write_all(input.as_bytes());
        }
    });
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    let _ = feeder.join();
    out
}

/// Bytes of output as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
