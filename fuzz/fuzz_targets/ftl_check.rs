//! Any bytes as a Marathi `.ftl` file beside the shipped Hindi ones: the translators' checker
//! must report findings, building a bundle must succeed or fail with a `SetupError`, and every
//! message the code requests must format or fail with an error; nothing may panic.
#![no_main]

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;
use suchana::check::check_sources;
use suchana::l10n::{FtlSource, Locale, catalog, ftl_sources};
use suchana::render::template_sources;
use suchana::Lang;

/// A built-in language.
fn lang(tag: &str) -> Lang {
    Lang::from_tag(tag).expect("a built-in language")
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mr = vec![FtlSource {
        name: "fuzz/mr-IN/fuzz.ftl".into(),
        text: Cow::Owned(text),
    }];
    let hi = ftl_sources(lang("hi"), None).expect("embedded");
    let templates: Vec<_> = template_sources(None)
        .expect("embedded")
        .into_iter()
        .map(|(name, text)| (name.clone(), name, text))
        .collect();
    let locales = vec![(lang("mr"), mr.clone()), (lang("hi"), hi)];
    let _ = check_sources(&locales, &templates);
    let Ok(locale) = Locale::new(lang("mr"), &mr, None) else {
        return;
    };
    for spec in catalog::MESSAGES {
        let mut args = fluent_args(spec.vars);
        let _ = locale.message(spec.id, &args);
        args.set("consumers", -1);
        let _ = locale.message(spec.id, &args);
    }
});

fn fluent_args(vars: &'static [&'static str]) -> fluent_bundle::FluentArgs<'static> {
    let mut args = fluent_bundle::FluentArgs::new();
    for (i, var) in vars.iter().enumerate() {
        if catalog::NUMERIC_VARS.contains(var) {
            args.set(*var, i as i64 * 1000 + 1);
        } else {
            let value = catalog::values(var)
                .and_then(|v| v.first())
                .map_or_else(|| format!("पाठ {var}"), |v| v.to_string());
            args.set(*var, value);
        }
    }
    args
}
