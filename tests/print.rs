//! PDF and PNG: the text a PDF gives back (pdftotext) and its pages, its fonts (pdffonts), the
//! image's size and raster against a stored one, pagination of long notices, a character no
//! font has, and the shaping compared glyph by glyph with HarfBuzz's hb-shape.
//!
//! The tests that run poppler-utils or hb-shape print a notice and pass when the tool is
//! missing, unless `SUCHANA_PRINT_TOOLS=1` (which `.ci/run` sets) says it must be there.

use std::path::{Path, PathBuf};
use std::process::Command;

use suchana::print::shape::{self, FONT_FILES, FontId, Weight};
use suchana::print::{PrintError, layout, markup, pdf};
use suchana::{Engine, Format, Lang, Notice};

const EXAMPLES: [&str; 3] = ["outage", "safety", "meeting"];

fn lang(code: &str) -> Lang {
    Lang::from_tag(&format!("{code}-IN")).unwrap_or_else(|| panic!("{code}"))
}

fn langs() -> Vec<Lang> {
    ["mr", "hi", "en"].map(lang).to_vec()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn engine() -> Engine {
    Engine::new().unwrap_or_else(|e| panic!("engine: {e}"))
}

fn notice(engine: &Engine, src: &str, name: &str) -> Notice {
    let mut notices = engine.parse_str(src, name);
    match notices.remove(0) {
        Ok(n) => n,
        Err(errors) => panic!("{name}: {errors:?}"),
    }
}

fn example(engine: &Engine, file: &str) -> Notice {
    let path = root().join(format!("examples/{file}.yaml"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    notice(engine, &src, &format!("examples/{file}.yaml"))
}

/// Whether `tool` runs; when it does not, a notice (or, with SUCHANA_PRINT_TOOLS=1, a failure).
fn have(tool: &str) -> bool {
    let found = Command::new(tool).arg("--version").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("SUCHANA_PRINT_TOOLS").is_none_or(|v| v != "1"),
            "{tool} is missing and SUCHANA_PRINT_TOOLS=1: apt-get install poppler-utils libharfbuzz-bin"
        );
        eprintln!(
            "note: {tool} is not installed; this test checked nothing (apt-get install poppler-utils libharfbuzz-bin)"
        );
    }
    found
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{cmd:?}: {e}"))
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("suchana-print-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}"));
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    path
}

fn without_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The notice's text as its print markup holds it (NFC), block by block.
fn markup_text(engine: &Engine, notice: &Notice, langs: &[Lang], format: Format) -> String {
    let rendering = engine
        .render_notice(notice, langs, format)
        .unwrap_or_else(|e| panic!("{e}"));
    let blocks = markup::parse(&rendering.text).unwrap_or_else(|e| panic!("{e}"));
    blocks
        .iter()
        .map(|b| match b.role {
            markup::Role::Item => format!("• {}", b.text),
            _ => b.text.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn pdf_gives_back_the_notice_text_for_every_kind_and_language() {
    if !have("pdftotext") {
        return;
    }
    let engine = engine();
    for file in EXAMPLES {
        let notice = example(&engine, file);
        let mut groups: Vec<Vec<Lang>> = langs().iter().map(|l| vec![*l]).collect();
        groups.push(langs());
        for langs in groups {
            let label: Vec<_> = langs.iter().map(|l| l.code()).collect();
            let name = format!("{file}.{}.pdf", label.join("+"));
            let bytes = engine
                .render_file(&notice, &langs, Format::Pdf)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let path = temp_file(&name, &bytes);
            let text = run(Command::new("pdftotext")
                .args(["-enc", "UTF-8"])
                .arg(&path)
                .arg("-"));
            let pages = text.matches('\u{c}').count();
            let expected = markup_text(&engine, &notice, &langs, Format::Pdf);
            assert_eq!(
                without_space(&text),
                without_space(&expected),
                "{name}: pdftotext differs from the notice's text"
            );
            let text: String = text
                .replace('\u{c}', "[page break]\n")
                .lines()
                .map(|l| format!("{}\n", l.trim_end()))
                .collect();
            insta::assert_snapshot!(name.clone(), format!("pages: {pages}\n\n{text}"));
        }
    }
}

#[test]
fn pdf_embeds_subset_fonts() {
    if !have("pdffonts") {
        return;
    }
    let engine = engine();
    let notice = example(&engine, "safety");
    let bytes = engine
        .render_file(&notice, &langs(), Format::Pdf)
        .unwrap_or_else(|e| panic!("{e}"));
    let path = temp_file("fonts.pdf", &bytes);
    let listing = run(Command::new("pdffonts").arg(&path));
    let fonts: Vec<&str> = listing.lines().skip(2).collect();
    assert_eq!(fonts.len(), 4, "{listing}");
    for line in fonts {
        let cols: Vec<&str> = line.split_whitespace().collect();
        // name, type (two words), encoding, emb, sub, uni, object, generation
        assert!(
            cols[0].contains('+'),
            "a subset is named XXXXXX+Name: {line}"
        );
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 2],
            ["yes", "yes", "yes"],
            "{line}"
        );
    }
    assert!(
        bytes.len() < 120_000,
        "subsetting keeps a trilingual notice small: {} bytes",
        bytes.len()
    );
}

#[test]
fn pdf_is_tagged_with_each_sections_language() {
    let engine = engine();
    let notice = example(&engine, "outage");
    let bytes = engine
        .render_file(&notice, &langs(), Format::Pdf)
        .unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.starts_with("%PDF-"));
    for lang in ["mr", "hi", "en"] {
        assert!(
            text.contains(&format!("/Lang ({lang})")),
            "no /Lang ({lang})"
        );
    }
    assert!(text.contains("/StructTreeRoot"));
}

fn pages_of(markup_text: &str) -> usize {
    let blocks = markup::parse(markup_text).unwrap_or_else(|e| panic!("{e}"));
    layout::lay_out(&blocks, &pdf::A4)
        .unwrap_or_else(|e| panic!("{e}"))
        .len()
}

#[test]
fn a_long_agenda_and_a_long_text_run_onto_more_pages() {
    let engine = engine();
    let path = root().join("examples/meeting.yaml");
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let one = example(&engine, "meeting");
    let short = engine
        .render_notice(&one, &[lang("mr")], Format::Pdf)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pages_of(&short.text), 1);

    // 200 agenda items instead of the example's.
    let old: String = src
        .lines()
        .filter(|l| l.starts_with("  - {"))
        .map(|l| format!("{l}\n"))
        .collect();
    let items: String = (1..=200)
        .map(|n| {
            format!(
                "  - {{ mr-IN: \"विषय क्रमांक {n}: ग्राहकांच्या तक्रारींचा आढावा\", hi-IN: \"विषय {n}\", en-IN: \"Item {n}\" }}\n"
            )
        })
        .collect();
    assert!(
        !old.is_empty() && src.contains(&old),
        "meeting.yaml's agenda"
    );
    let long = src.replacen(&old, &items, 1);
    let notice = notice(&engine, &long, "agenda-200.yaml");
    let rendering = engine
        .render_notice(&notice, &[lang("mr")], Format::Pdf)
        .unwrap_or_else(|e| panic!("{e}"));
    let pages = pages_of(&rendering.text);
    assert!(pages >= 4, "200 items on {pages} pages");

    // A 2,000-character paragraph, and one word of 2,000 characters.
    let words = "वीजपुरवठा ".repeat(200);
    let word = "वीजपुरवठा".repeat(222);
    for text in [words, word] {
        assert!(text.chars().count() >= 1_990);
        let markup = format!("@section mr\n@title शीर्षक\n@p {text}\n@p {text}\n@p {text}\n");
        assert!(pages_of(&markup) >= 2, "a long text on one page");
        let blocks = markup::parse(&markup).unwrap_or_else(|e| panic!("{e}"));
        let pages = layout::lay_out(&blocks, &pdf::A4).unwrap_or_else(|e| panic!("{e}"));
        for line in pages.iter().flat_map(|p| &p.lines) {
            assert!(line.y < pdf::A4.height.unwrap_or(0.0) - pdf::A4.margin + 1.0);
        }
    }
}

#[test]
fn a_character_no_font_has_is_an_error_naming_it() {
    let engine = engine();
    let path = root().join("examples/outage.yaml");
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let with_emoji = src.replacen("mr-IN: वाई,", "mr-IN: \"वाई ⚡\",", 1);
    assert_ne!(with_emoji, src);
    let notice = notice(&engine, &with_emoji, "emoji.yaml");
    for format in [Format::Pdf, Format::Png] {
        match engine.render_file(&notice, &[lang("mr")], format) {
            Err(PrintError::MissingCharacter { ch, .. }) => assert_eq!(ch, '⚡'),
            other => panic!("{format}: {:?}", other.map(|b| b.len())),
        }
    }
}

/// The PNG downscaled 4 × 4 to grayscale, as a PGM file's bytes.
fn downscaled(png: &[u8]) -> (u32, u32, Vec<u8>) {
    let pixmap = tiny_skia::Pixmap::decode_png(png).unwrap_or_else(|e| panic!("{e}"));
    let (w, h) = (pixmap.width() / 4, pixmap.height() / 4);
    let mut out = Vec::with_capacity((w * h) as usize);
    for y in 0..h {
        for x in 0..w {
            let mut sum = 0u32;
            for dy in 0..4 {
                for dx in 0..4 {
                    let p = pixmap.pixel(x * 4 + dx, y * 4 + dy).map_or(255, |p| {
                        let c = p.demultiply();
                        (u32::from(c.red()) * 3 + u32::from(c.green()) * 6 + u32::from(c.blue()))
                            / 10
                    });
                    sum += p;
                }
            }
            out.push((sum / 16) as u8);
        }
    }
    (w, h, out)
}

#[test]
fn png_matches_the_stored_image() {
    let engine = engine();
    for (file, lang) in [
        ("outage", lang("mr")),
        ("safety", lang("hi")),
        ("meeting", lang("en")),
    ] {
        let notice = example(&engine, file);
        let png = engine
            .render_file(&notice, &[lang], Format::Png)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(png.starts_with(b"\x89PNG"));
        let (w, h, gray) = downscaled(&png);
        assert_eq!(w, 270, "1080 px wide");
        assert!(h * 4 > 900 && h * 4 < 16_000, "{file}: {} px tall", h * 4);
        let stored = root().join(format!("tests/data/print/{file}.{}.pgm", lang.code()));
        let header = format!("P5\n{w} {h}\n255\n");
        if !stored.exists() || std::env::var_os("SUCHANA_BLESS_PRINT").is_some() {
            let mut bytes = header.into_bytes();
            bytes.extend(&gray);
            std::fs::write(&stored, bytes).unwrap_or_else(|e| panic!("{stored:?}: {e}"));
            eprintln!("note: wrote {stored:?}; look at it and commit it");
            continue;
        }
        let bytes = std::fs::read(&stored).unwrap_or_else(|e| panic!("{stored:?}: {e}"));
        let want = bytes
            .strip_prefix(header.as_bytes())
            .unwrap_or_else(|| panic!("{file}: the image is no longer {w}×{h} (×4)"));
        let diff: u64 = want
            .iter()
            .zip(&gray)
            .map(|(a, b)| u64::from(a.abs_diff(*b)))
            .sum();
        let mean = diff as f64 / gray.len() as f64;
        assert!(
            mean < 0.5,
            "{file}: mean difference {mean:.3} of 255 from {stored:?}"
        );
    }
}

/// A glyph as both shapers give it: id, cluster, advance, x offset, y offset.
type Placed = (u16, u32, i32, i32, i32);

/// Runs of text to shape, by font (index) and language.
type Batches = std::collections::BTreeMap<(usize, String), Vec<(String, Vec<shape::Glyph>)>>;

fn hb_shape(font: FontId, lang: &str, texts: &[String]) -> Vec<Vec<Placed>> {
    let input = temp_file(
        &format!("hb-{}-{lang}.txt", font.index()),
        texts.join("\n").as_bytes(),
    );
    let font_path = root().join("fonts").join(FONT_FILES[font.index()]);
    let out = run(Command::new("hb-shape")
        .args([
            "--output-format=json",
            "--no-glyph-names",
            "--utf8-clusters",
        ])
        .arg(format!("--language={lang}"))
        .arg(format!("--text-file={}", input.display()))
        .arg(&font_path));
    out.lines()
        .map(|l| {
            let glyphs: Vec<serde_json::Value> =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}"));
            glyphs
                .iter()
                .map(|g| {
                    let n = |k: &str| g[k].as_i64().unwrap_or_else(|| panic!("{k} in {g}"));
                    (
                        n("g") as u16,
                        n("cl") as u32,
                        n("ax") as i32,
                        n("dx") as i32,
                        n("dy") as i32,
                    )
                })
                .collect()
        })
        .collect()
}

/// Every line of the built-in notices' snapshots and hard cases, shaped by suchana and by
/// hb-shape in the embedded fonts: the same glyphs, clusters, advances and offsets.
#[test]
fn shaping_matches_harfbuzz() {
    if !have("hb-shape") {
        return;
    }
    let mut lines: Vec<(String, String)> = Vec::new();
    let dir = root().join("tests/snapshots");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir:?}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "snap"))
        // The notices' text snapshots, not this file's own (pdftotext's output).
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| !n.to_string_lossy().starts_with("print__"))
        })
        .collect();
    files.sort();
    for path in &files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let lang = ["mr", "hi", "en"]
            .into_iter()
            .find(|l| name.contains(&format!(".{l}-IN")) || name.contains(&format!(".{l}.")))
            .unwrap_or("hi");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
        // After insta's header (--- … ---).
        let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text);
        for line in body.lines() {
            if !line.trim().is_empty() {
                lines.push((lang.to_string(), line.to_string()));
            }
        }
    }
    assert!(lines.len() > 500, "{} lines", lines.len());
    let hard = [
        "क्ष",
        "त्र",
        "ज्ञ",
        "श्र",
        "द्ध",
        "ह्म",
        "र्क",
        "कि",
        "र्कि",
        "क्षि",
        "श्री",
        "द्ध्र",
        "क़",
        "ख़",
        "ग़",
        "ज़",
        "ड़",
        "ढ़",
        "फ़",
        "य़",
        "क़ि",
        "क्\u{200D}ष",
        "क्\u{200C}ष",
        "र्\u{200D}",
        "र\u{200D}्",
        "श्\u{200D}र",
        "न्\u{200C}ह",
        "ऱ्य",
        "त्त्व",
        "स्त्री",
        "द्व",
        "ह्न",
        "ह्य",
        "ङ्क्ष",
        "अँ",
        "ॐ",
        "१२३",
        "₹ १,२०० रु.",
        "पॉवर",
        "ऑफिस",
        "कृ",
        "हृ",
        "रु",
        "रू",
        "र्‍",
        "MSEDCL/STR/2025",
        "Power – “cut” 10:30",
    ];
    for lang in ["mr", "hi"] {
        for h in hard {
            lines.push((lang.to_string(), h.to_string()));
        }
    }
    // Shape every line with suchana, then each font's runs with hb-shape in one call.
    let mut compared = 0;
    for weight in [Weight::Regular, Weight::Bold] {
        let mut batches: Batches = Batches::new();
        for (lang, line) in &lines {
            let runs = match shape::shape(line, weight, lang) {
                Ok(runs) => runs,
                // The text format's rule between languages (U+2500) is in no print font.
                Err(PrintError::MissingCharacter { ch: '─', .. }) => continue,
                Err(e) => panic!("{line}: {e}"),
            };
            for run in runs {
                let text = line[run.range.clone()].to_string();
                batches
                    .entry((run.font.index(), lang.clone()))
                    .or_default()
                    .push((text, run.glyphs));
            }
        }
        for ((index, lang), runs) in batches {
            let font = FontId {
                devanagari: index < 2,
                weight,
            };
            let texts: Vec<String> = runs.iter().map(|(t, _)| t.clone()).collect();
            let theirs = hb_shape(font, &lang, &texts);
            assert_eq!(
                theirs.len(),
                runs.len(),
                "{} lines from hb-shape",
                theirs.len()
            );
            for ((text, ours), theirs) in runs.iter().zip(theirs) {
                let ours: Vec<_> = ours
                    .iter()
                    .map(|g| (g.id, g.cluster, g.x_advance, g.x_offset, g.y_offset))
                    .collect();
                assert_eq!(
                    ours,
                    theirs,
                    "{:?} ({lang}, {}): suchana's glyphs differ from hb-shape's",
                    text,
                    FONT_FILES[font.index()]
                );
                compared += 1;
            }
        }
    }
    eprintln!("{compared} runs shaped the same as hb-shape");
}

#[test]
fn the_embedded_fonts_are_the_committed_files() {
    for (i, name) in FONT_FILES.iter().enumerate() {
        let font = FontId {
            devanagari: i < 2,
            weight: if i % 2 == 0 {
                Weight::Regular
            } else {
                Weight::Bold
            },
        };
        assert_eq!(font.index(), i);
        let file = std::fs::read(root().join("fonts").join(name)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(file, shape::font_data(font), "{name}");
    }
    assert!(Path::new(&root().join("fonts/OFL.txt")).exists());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{to:?}: {e}"));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{from:?}: {e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        }
    }
}

/// A kinds folder's print template is used; without one, its text template is printed a
/// paragraph a line.
#[test]
fn a_kind_of_a_folder_prints_with_or_without_a_print_template() {
    let folder = root().join("examples/kinds/water-supply");
    let src = std::fs::read_to_string(folder.join("notice.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let copy = std::env::temp_dir().join(format!("suchana-print-kinds-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_dir(&folder, &copy);
    std::fs::remove_file(copy.join("templates/water-supply.print.tera"))
        .unwrap_or_else(|e| panic!("{e}"));
    for (dir, with_template) in [(folder, true), (copy.clone(), false)] {
        let options = suchana::EngineOptions {
            kinds_dir: Some(dir),
            ..Default::default()
        };
        let engine = Engine::with_options(&options).unwrap_or_else(|e| panic!("{e}"));
        let notice = notice(&engine, &src, "notice.yaml");
        let markup = engine
            .render_notice(&notice, &[lang("mr")], Format::Pdf)
            .unwrap_or_else(|e| panic!("{e}"))
            .text;
        assert_eq!(markup.contains("@title "), with_template, "{markup}");
        assert!(markup.lines().any(|l| l.starts_with("@p ")), "{markup}");
        for format in [Format::Pdf, Format::Png] {
            let bytes = engine
                .render_file(&notice, &[lang("mr")], format)
                .unwrap_or_else(|e| panic!("{format}: {e}"));
            assert!(bytes.len() > 1000);
        }
    }
    let _ = std::fs::remove_dir_all(&copy);
}
