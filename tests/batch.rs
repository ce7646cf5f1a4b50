//! Batches through the real command: parallel and streaming output identical to sequential,
//! a bad document in the middle of a long stream, folders, JSON Lines, interrupted `--out`.

mod common;
mod library;
use library::hi;

use common::{suchana, text};

use std::path::Path;
use std::process::{Command, Stdio};

const AREAS: [&str; 6] = [
    "वाई",
    "पसरणी",
    "{ mr-IN: भुईंज, hi-IN: भुइंज }",
    "सातारा",
    "कराड",
    "पाटण",
];

/// The YAML of notice `i`: a different id, areas, times and plan for each.
fn outage_yaml(i: usize) -> String {
    let areas: Vec<&str> = (0..1 + i % 4)
        .map(|k| AREAS[(i + k) % AREAS.len()])
        .collect();
    let planned = !i.is_multiple_of(3);
    let hour = 6 + i % 12;
    let end = if planned || i.is_multiple_of(2) {
        format!("end: 2025-12-{:02}T{:02}:30\n", 1 + i % 28, hour + 4)
    } else {
        String::new()
    };
    format!(
        "---\nkind: outage\nid: n-{i:05}\nissuer:\n  org: महावितरण\n  office: {{ mr-IN: वाई उपविभाग, hi-IN: वाई उपखंड }}\nplanned: {planned}\nreason: {}\nareas: [{}]\nstart: 2025-12-{:02}T{hour:02}:00\n{end}consumers: {}\ncontacts:\n  - {{ phone: \"1912\" }}\n",
        ["maintenance", "breakdown", "weather"][i % 3],
        areas.join(", "),
        1 + i % 28,
        i * 37 % 5000,
    )
}

fn stream(n: usize) -> String {
    (0..n).map(outage_yaml).collect()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("suchana-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(&dir);
    dir
}

#[test]
fn parallel_and_streaming_output_is_identical_to_sequential() {
    let input = stream(3000);
    let dir = temp_dir("identical");
    let file = dir.join("batch.yaml");
    let _ = std::fs::write(&file, &input);
    let file = file.display().to_string();
    let run = |extra: &[&str], stdin: Option<&str>| {
        let mut args = vec!["render", "-q", "-f", "sms", "--lang", "mr,hi", "--jsonl"];
        args.extend(extra);
        let out = suchana(&args, stdin);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        out.stdout
    };
    let sequential = run(&["--jobs", "1", &file], None);
    assert_eq!(text(&sequential).lines().count(), 6000);
    assert_eq!(
        run(&["--jobs", "2", &file], None),
        sequential,
        "two workers"
    );
    assert_eq!(
        run(&["--jobs", "7", &file], None),
        sequential,
        "seven workers"
    );
    assert_eq!(run(&["-"], Some(&input)), sequential, "streamed from stdin");
    // The library, one notice at a time, gives the same texts in the same order.
    let engine = suchana::Engine::new().unwrap_or_else(|e| panic!("{e}"));
    let lines: Vec<serde_json::Value> = text(&sequential)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_default())
        .collect();
    for (i, result) in suchana::parse_str(&input, "batch.yaml")
        .into_iter()
        .enumerate()
        .step_by(97)
    {
        let notice = result.unwrap_or_else(|e| panic!("{e:?}"));
        let mr = engine
            .render(&notice, library::mr(), suchana::Format::Sms)
            .unwrap_or_default();
        assert_eq!(lines[2 * i]["text"], mr.as_str(), "notice {i}");
        assert_eq!(lines[2 * i]["id"], format!("n-{i:05}"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bad_document_in_the_middle_of_a_long_stream_is_reported_and_the_rest_render() {
    let mut input = String::new();
    let mut bad_line = 0;
    for i in 0..10_000 {
        let doc = outage_yaml(i);
        if i == 5_000 {
            bad_line = input.lines().count() + 8; // the `reason:` line of this document
            input.push_str(&doc.replace("reason: ", "reason: maintanance #"));
        } else {
            input.push_str(&doc);
        }
    }
    let out = suchana(&["render", "--jsonl", "-"], Some(&input));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let expected = format!(
        "<stdin>:{bad_line}:9: error[unknown-value]: `maintanance` is not a valid value of `reason`"
    );
    assert!(stderr.contains(&expected), "{expected}\n{stderr}");
    assert!(
        stderr.ends_with("suchana: 9999 rendered, 1 failed, 9999 written\n"),
        "{stderr}"
    );
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap_or_default();
            v["id"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    assert_eq!(ids.len(), 9_999);
    assert_eq!(ids[4_999], "n-04999");
    assert_eq!(ids[5_000], "n-05001", "the rest render, in order");
}

#[test]
fn folders_are_read_in_order_and_json_lines_read_like_yaml() {
    let dir = temp_dir("folders");
    let _ = std::fs::create_dir_all(dir.join("sub"));
    let _ = std::fs::write(dir.join("b.yaml"), outage_yaml(2));
    let _ = std::fs::write(dir.join("a.yml"), outage_yaml(1));
    let _ = std::fs::write(dir.join("sub/c.yaml"), outage_yaml(3));
    let _ = std::fs::write(dir.join("notes.txt"), "not a notice");
    let dir_arg = dir.display().to_string();
    let out = suchana(&["render", "-q", "--jsonl", &dir_arg], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap_or_default()["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"n-00001\"", "\"n-00002\"", "\"n-00003\""]);
    // The same notices as JSON Lines render the same.
    let yaml: String = (0..40).map(outage_yaml).collect();
    let jsonl: String = (0..40).map(|i| outage_json(i) + "\n").collect();
    let yaml_out = suchana(
        &["render", "-q", "-f", "sms", "--lang", "hi", "-"],
        Some(&yaml),
    );
    let json_out = suchana(
        &[
            "render", "-q", "-f", "sms", "--lang", "hi", "--input", "jsonl", "-",
        ],
        Some(&jsonl),
    );
    assert_eq!(
        json_out.status.code(),
        Some(0),
        "{}",
        text(&json_out.stderr)
    );
    assert_eq!(text(&json_out.stdout), text(&yaml_out.stdout));
    assert_eq!(text(&json_out.stdout).matches("महावितरण: ").count(), 40);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Notice `i` of [`outage_yaml`] as one JSON line.
fn outage_json(i: usize) -> String {
    let areas: Vec<serde_json::Value> = (0..1 + i % 4)
        .map(|k| match (i + k) % AREAS.len() {
            2 => serde_json::json!({"mr-IN": "भुईंज", "hi-IN": "भुइंज"}),
            a => AREAS[a].into(),
        })
        .collect();
    let planned = !i.is_multiple_of(3);
    let hour = 6 + i % 12;
    let reason = ["maintenance", "breakdown", "weather"][i % 3];
    let mut v = serde_json::json!({
        "kind": "outage",
        "id": format!("n-{i:05}"),
        "issuer": {"org": "महावितरण", "office": {"mr-IN": "वाई उपविभाग", "hi-IN": "वाई उपखंड"}},
        "planned": planned,
        "reason": reason,
        "areas": areas,
        "start": format!("2025-12-{:02}T{hour:02}:00", 1 + i % 28),
        "consumers": i * 37 % 5000,
        "contacts": [{"phone": "1912"}],
    });
    if planned || i.is_multiple_of(2) {
        v["end"] = format!("2025-12-{:02}T{:02}:30", 1 + i % 28, hour + 4).into();
    }
    v.to_string()
}

#[test]
fn an_interrupted_out_run_leaves_only_complete_files() {
    let dir = temp_dir("interrupted");
    let input = dir.join("batch.yaml");
    let _ = std::fs::write(&input, stream(20_000));
    let out_dir = dir.join("out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(["render", "-q", "--lang", "mr,hi", "--out"])
        .arg(&out_dir)
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    // Let it write a few hundred files, then kill it mid-run.
    let started = std::time::Instant::now();
    while count_files(&out_dir) < 400 && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
    let names = notice_files(&out_dir);
    assert_complete(&out_dir, &names);
    let checked = names.len();
    assert!(checked >= 200, "{checked} files");
    assert!(checked < 40_000, "the run was interrupted");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The notice files in `dir`: every name that is not a hidden temporary file.
fn notice_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect()
}

/// Each file of `names` in `dir` holds exactly the rendering of its notice of [`stream`].
fn assert_complete(dir: &Path, names: &[String]) {
    let engine = suchana::Engine::new().unwrap_or_else(|e| panic!("{e}"));
    for name in names {
        let (id, rest) = name.split_once('.').unwrap_or_default();
        let lang = if rest.starts_with("mr-IN") {
            library::mr()
        } else {
            hi()
        };
        let i: usize = id.trim_start_matches("n-").parse().unwrap_or(usize::MAX);
        let notice = suchana::parse_str(&outage_yaml(i), "x.yaml")
            .remove(0)
            .unwrap_or_else(|e| panic!("{e:?}"));
        let expected = engine
            .render(&notice, lang, suchana::Format::Text)
            .unwrap_or_default();
        let written = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert_eq!(written, expected, "{name} is complete");
    }
}

fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

#[test]
fn a_document_over_a_mebibyte_is_refused_with_its_line_and_the_next_renders() {
    let big = format!(
        "---\nkind: outage\nid: big\nissuer: {{ org: महावितरण }}\nreference: {}\n",
        "x".repeat(1_100_000)
    );
    let input = format!("{}{big}{}", outage_yaml(1), outage_yaml(2));
    let big_line = outage_yaml(1).lines().count() + 1;
    let out = suchana(&["render", "--jsonl", "-"], Some(&input));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let expected = format!(
        "<stdin>:{big_line}:1: error[document-too-large]: this document is larger than 1024 KiB"
    );
    assert!(stderr.contains(&expected), "{expected}\n{stderr}");
    assert!(
        stderr.ends_with("suchana: 2 rendered, 1 failed, 2 written\n"),
        "{stderr}"
    );
    assert!(text(&out.stdout).contains("\"id\":\"n-00002\""));
}

#[test]
fn ctrl_c_during_an_out_run_stops_after_a_whole_file_and_leaves_no_temporary_file() {
    let dir = temp_dir("ctrl-c");
    let input = dir.join("batch.yaml");
    let _ = std::fs::write(&input, stream(20_000));
    let out_dir = dir.join("out");
    let child = Command::new(env!("CARGO_BIN_EXE_suchana"))
        .args(["render", "-q", "--lang", "mr,hi", "--out"])
        .arg(&out_dir)
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    let started = std::time::Instant::now();
    while count_files(&out_dir) < 400 && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("suchana: interrupted: "), "{stderr}");
    let all = std::fs::read_dir(&out_dir).map(|d| d.count()).unwrap_or(0);
    let names = notice_files(&out_dir);
    assert_eq!(all, names.len(), "no temporary file is left");
    assert!(
        names.len() >= 400 && names.len() < 40_000,
        "{} files",
        names.len()
    );
    assert_complete(&out_dir, &names);
    let _ = std::fs::remove_dir_all(&dir);
}
