//! Embedding suchana: build one engine, then render notices from several threads.
//!
//!     cargo run --example embed

use std::sync::Arc;
use std::thread;

use suchana::{Engine, Format, Lang};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let engine = Arc::new(Engine::new()?);
    let source = include_str!("outage.yaml");
    let notices: Vec<_> = suchana::parse_str(source, "examples/outage.yaml")
        .into_iter()
        .collect::<Result<_, _>>()
        .map_err(|errors| format!("bad data: {errors:?}"))?;

    let handles: Vec<_> = Lang::embedded()
        .into_iter()
        .map(|lang| {
            let engine = Arc::clone(&engine);
            let notices = notices.clone();
            thread::spawn(move || -> Result<String, suchana::RenderError> {
                let mut out = String::new();
                for notice in &notices {
                    out.push_str(&engine.render(notice, lang, Format::Text)?);
                }
                Ok(out)
            })
        })
        .collect();
    for handle in handles {
        let text = handle.join().map_err(|_| "a render thread failed")??;
        println!("{text}");
    }
    Ok(())
}
