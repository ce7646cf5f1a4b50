//! The server's handlers, called as a tower service (`tower::ServiceExt::oneshot`), with
//! exact statuses, JSON fields and messages; a test for each security property: the
//! Content-Security-Policy, the body limit (413), the content type (415), the token (401),
//! the loopback host check (403), the timeout (408), the in-flight limit (503), unknown
//! kinds (404 with the list, 422 in a notice), and no route reaching the file system.

use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use serde_json::{Value, json};
use suchana::serve::{CONTENT_SECURITY_POLICY, Limits, MAX_BODY_BYTES, ServeConfig, app};
use suchana::{Engine, EngineOptions};
use tower::ServiceExt;

const OUTAGE: &str = include_str!("../examples/outage.yaml");

fn server(config: ServeConfig) -> Router {
    let engine = Engine::new().unwrap_or_else(|e| panic!("{e}"));
    app(engine, config).unwrap_or_else(|e| panic!("{e}"))
}

fn local() -> Router {
    server(ServeConfig::default())
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

async fn call(app: &Router, req: Request<Body>) -> Answer {
    let response = app
        .clone()
        .oneshot(req)
        .await
        .unwrap_or_else(|e| match e {});
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .body(Body::empty())
        .unwrap_or_else(|e| panic!("{e}"))
}

fn post(uri: &str, content_type: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .unwrap_or_else(|e| panic!("{e}"))
}

fn post_json(value: &Value) -> Request<Body> {
    post("/api/render", "application/json", value.to_string())
}

#[tokio::test]
async fn healthz_says_ok() {
    let a = call(&local(), get("/healthz")).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(
        a.json(),
        json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") })
    );
}

#[tokio::test]
async fn every_response_carries_a_csp_without_inline_script() {
    let app = local();
    for req in [
        get("/"),
        get("/assets/app.js"),
        get("/api/kinds"),
        get("/nowhere"),
        post_json(&json!({ "yaml": OUTAGE })),
    ] {
        let a = call(&app, req).await;
        assert_eq!(
            a.header(header::CONTENT_SECURITY_POLICY),
            CONTENT_SECURITY_POLICY
        );
        assert_eq!(a.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
        assert_eq!(a.header(header::X_FRAME_OPTIONS), "DENY");
    }
    let script_src = CONTENT_SECURITY_POLICY
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .unwrap_or_default();
    assert_eq!(script_src, "script-src 'self'");
    assert!(CONTENT_SECURITY_POLICY.contains("default-src 'none'"));
    assert!(CONTENT_SECURITY_POLICY.contains("connect-src 'self'"));
}

#[tokio::test]
async fn the_page_has_no_inline_script_and_no_external_reference() {
    let a = call(&local(), get("/")).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.header(header::CONTENT_TYPE), "text/html; charset=utf-8");
    let html = a.text();
    assert!(html.contains(r#"<script src="/assets/app.js" defer></script>"#));
    assert_eq!(
        html.matches("<script").count(),
        1,
        "one script, from a file"
    );
    let handlers = html
        .split(|c: char| c.is_whitespace() || c == '<')
        .filter(|w| w.starts_with("on") && w.contains('='))
        .count();
    assert_eq!(handlers, 0, "no inline event handler attributes");
    assert!(!html.contains("http://") && !html.contains("https://"));
    let js = call(&local(), get("/assets/app.js")).await.text();
    assert!(
        !js.contains("innerHTML"),
        "values reach the page as text, never as HTML"
    );
    assert!(!js.contains("eval(") && !js.contains("new Function"));
    assert!(!js.contains("http://") && !js.contains("https://"));
}

#[tokio::test]
async fn the_page_labels_come_in_three_languages() {
    let app = local();
    for (tag, title) in [
        ("mr-IN", "सूचना तयार करा"),
        ("hi-IN", "सूचना तैयार करें"),
        ("en-IN", "Compose a notice"),
    ] {
        let a = call(&app, get(&format!("/assets/l10n/{tag}.json"))).await;
        assert_eq!(a.status, StatusCode::OK, "{tag}");
        assert_eq!(a.json()["app-title"], title, "{tag}");
    }
    // Every field of the built-in kinds, the common ones too, has a label in each language,
    // and every value of their choices its meaning.
    let kinds = call(&app, get("/api/kinds")).await.json();
    for tag in ["mr-IN", "hi-IN", "en-IN"] {
        let labels = call(&app, get(&format!("/assets/l10n/{tag}.json")))
            .await
            .json();
        for kind in kinds["kinds"].as_array().into_iter().flatten() {
            for f in kind["fields"].as_array().into_iter().flatten() {
                let name = f["name"].as_str().unwrap_or_default();
                assert!(
                    labels[format!("field-{name}")].is_string(),
                    "{tag}: no label for `{name}`"
                );
                if f["type"] == "choice" {
                    for v in f["values"].as_array().into_iter().flatten() {
                        let v = v.as_str().unwrap_or_default();
                        assert!(
                            labels[format!("value-{name}-{v}")].is_string(),
                            "{tag}: no meaning for `{name}: {v}`"
                        );
                    }
                }
            }
        }
    }
    let a = call(&app, get("/assets/l10n/gu-IN.json")).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert_eq!(
        a.json()["error"]["message"],
        "the page has no labels in `gu-IN`"
    );
}

#[tokio::test]
async fn yaml_renders_in_each_language_with_sms_measure_and_dlt_template() {
    let a = call(
        &local(),
        post(
            "/api/render?languages=mr,hi&format=sms&data=true",
            "application/yaml",
            OUTAGE,
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text());
    let v = a.json();
    assert_eq!(v["kind"], "outage");
    assert_eq!(v["id"], "wai-2025-11-24");
    assert_eq!(v["diagnostics"], json!([]));
    let r = v["renderings"].as_array().cloned().unwrap_or_default();
    assert_eq!(r.len(), 2);
    assert_eq!(r[0]["lang"], "mr-IN");
    assert_eq!(r[0]["format"], "sms");
    assert_eq!(
        r[0]["text"],
        "महावितरण: २४ नोव्हेंबर, सकाळी १०:०० ते दुपारी २:०० वाजेपर्यंत वाई, पसरणी आणि भुईंज परिसरातील वीजपुरवठा देखभाल व दुरुस्तीसाठी बंद राहील. संपर्क: 1912"
    );
    assert_eq!(
        r[0]["sms"],
        json!({ "encoding": "ucs2", "chars": 148, "units": 148, "parts": 3 })
    );
    assert_eq!(
        r[0]["dlt"]["template"],
        "{#var#}: {#var#} ते {#var#} वाजेपर्यंत {#var#} परिसरातील वीजपुरवठा {#var#} बंद राहील. संपर्क: {#var#}"
    );
    assert_eq!(
        r[0]["dlt"]["variables"],
        json!(["org", "from", "to", "areas", "cause", "phone"])
    );
    assert_eq!(r[0]["dlt"]["findings"], json!([]));
    assert_eq!(r[1]["lang"], "hi-IN");
    assert_eq!(v["data"]["areas"][0]["en-IN"], "Wai");
}

#[tokio::test]
async fn a_json_notice_renders_bilingual_in_every_format_by_default() {
    let notice = json!({
        "kind": "outage", "issuer": { "org": "MSEDCL" }, "planned": true,
        "reason": "maintenance", "areas": ["Wai"],
        "start": "2025-11-24T10:00", "end": "2025-11-24T14:00"
    });
    let a = call(
        &local(),
        post_json(&json!({ "notice": notice, "languages": ["hi", "en"], "bilingual": true })),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text());
    let v = a.json();
    let formats: Vec<&str> = v["renderings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| r["format"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(formats, ["text", "whatsapp", "sms", "html"]);
    assert_eq!(v["renderings"][0]["lang"], "hi-IN+en-IN");
    assert_eq!(v["renderings"][0]["languages"], json!(["hi-IN", "en-IN"]));
    assert_eq!(v["id"], "notice-1");
    assert_eq!(v["data"], Value::Null, "only with \"data\": true");
    let html = v["renderings"][3]["text"].as_str().unwrap_or_default();
    assert!(html.contains(r#"lang="hi""#) && html.contains(r#"lang="en""#));
}

#[tokio::test]
async fn a_bad_date_is_422_with_the_message_help_line_column_and_path_of_the_command() {
    let yaml = OUTAGE.replace("start: 2025-11-24T10:00", "start: 2025-13-40T10:00");
    let a = call(
        &local(),
        post_json(&json!({ "yaml": yaml, "languages": "mr", "data": true })),
    )
    .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    let v = a.json();
    assert_eq!(v["renderings"], json!([]));
    assert_eq!(
        v["diagnostics"],
        json!([{
            "severity": "error",
            "code": "invalid-datetime",
            "message": "`start`: `2025-13-40T10:00` is not a date and time",
            "help": "write YYYY-MM-DDTHH:MM in IST, e.g. 2025-11-24T10:00, or add an offset: 2025-11-24T04:30+00:00",
            "line": 19,
            "column": 8,
            "path": "start"
        }])
    );
    // The form still gets the data to show.
    assert_eq!(v["data"]["start"], "2025-13-40T10:00");
}

#[tokio::test]
async fn a_language_missing_from_a_text_is_reported_once_with_its_place() {
    let yaml = "kind: outage\nissuer: { org: { mr: महावितरण } }\nplanned: true\nreason: maintenance\nareas: [वाई]\nstart: 2025-11-24T10:00\nend: 2025-11-24T14:00\n";
    let a = call(
        &local(),
        post_json(&json!({ "yaml": yaml, "languages": ["mr", "hi"] })),
    )
    .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    let v = a.json();
    let d = &v["diagnostics"];
    assert_eq!(d.as_array().map(Vec::len), Some(1), "{d}");
    assert_eq!(d[0]["code"], "missing-language");
    assert_eq!(d[0]["path"], "issuer.org");
    assert_eq!(d[0]["line"], 2);
    // The Marathi renderings were still made.
    assert_eq!(v["renderings"].as_array().map(Vec::len), Some(4));
    assert!(
        v["renderings"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|r| r["lang"] == "mr-IN")
    );
}

#[tokio::test]
async fn a_body_of_one_mib_is_read_and_one_byte_more_is_413() {
    let app = local();
    let padding = |len: usize| format!("# {}\n", "x".repeat(len - 3));
    let exactly = padding(MAX_BODY_BYTES);
    assert_eq!(exactly.len(), 1 << 20);
    let a = call(&app, post("/api/render", "application/yaml", exactly)).await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.text());
    assert_eq!(
        a.json()["diagnostics"][0]["message"],
        "the request holds no notice"
    );
    let over = padding(MAX_BODY_BYTES + 1);
    let a = call(&app, post("/api/render", "application/yaml", over)).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(a.header(header::CONTENT_TYPE), "application/json");
    assert_eq!(
        a.json(),
        json!({ "error": {
            "code": "body-too-large",
            "message": "the request body is larger than 1 MiB (1,048,576 bytes)",
            "help": "send one notice a request; a notice is far smaller"
        }})
    );
}

#[tokio::test]
async fn a_wrong_or_missing_content_type_is_415() {
    let app = local();
    let a = call(&app, post("/api/render", "text/csv", "kind,outage")).await;
    assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(a.json()["error"]["code"], "unsupported-media-type");
    assert_eq!(
        a.json()["error"]["message"],
        "`text/csv` is not a type this route reads"
    );
    let req = Request::post("/api/render")
        .body(Body::from(OUTAGE))
        .unwrap_or_else(|e| panic!("{e}"));
    let a = call(&app, req).await;
    assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        a.json()["error"]["message"],
        "the request has no Content-Type"
    );
}

#[tokio::test]
async fn malformed_json_is_400_with_its_place() {
    let a = call(
        &local(),
        post("/api/render", "application/json", "{\"yaml\": "),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    let e = &a.json()["error"];
    assert_eq!(e["code"], "malformed-json");
    assert_eq!(e["message"], "EOF while parsing a value at line 1 column 9");
    assert_eq!(
        (e["line"].clone(), e["column"].clone()),
        (json!(1), json!(9))
    );
    let a = call(&local(), post_json(&json!({ "yml": "kind: outage" }))).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(
        a.json()["error"]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("unknown field `yml`, expected one of `yaml`, `notice`")),
        "{}",
        a.text()
    );
}

#[tokio::test]
async fn languages_formats_and_bilingual_are_checked() {
    let app = local();
    let cases = [
        (
            json!({ "yaml": OUTAGE, "languages": "mr,xx" }),
            "unknown-language",
        ),
        (
            json!({ "yaml": OUTAGE, "languages": "mr,mr" }),
            "duplicate-language",
        ),
        (json!({ "yaml": OUTAGE, "format": "fax" }), "unknown-format"),
        (
            json!({ "yaml": OUTAGE, "bilingual": true }),
            "bilingual-needs-languages",
        ),
        (json!({ "languages": "mr" }), "bad-request"),
    ];
    for (body, code) in cases {
        let a = call(&app, post_json(&body)).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(a.json()["error"]["code"], code, "{body}");
    }
    let a = call(&app, post_json(&json!({ "yaml": OUTAGE, "format": "fax" }))).await;
    assert_eq!(
        a.json()["error"]["message"],
        "unknown format `fax`: write text, whatsapp, sms or html"
    );
}

#[tokio::test]
async fn an_unknown_kind_is_404_with_the_kinds_known_and_422_in_a_notice() {
    let app = local();
    for uri in ["/api/schema/water", "/api/example/water"] {
        let a = call(&app, get(uri)).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(
            a.json(),
            json!({ "error": {
                "code": "unknown-kind",
                "message": "unknown kind `water`: write one of outage, safety, meeting",
                "help": "start the server with --kinds DIR to add the kinds of a folder",
                "kinds": ["outage", "safety", "meeting"]
            }})
        );
    }
    let a = call(&app, post_json(&json!({ "yaml": "kind: water\n" }))).await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    let d = &a.json()["diagnostics"][0];
    assert_eq!(d["code"], "unknown-kind");
    assert_eq!(d["help"], "write outage, safety or meeting");
    assert_eq!(
        (d["line"].clone(), d["column"].clone()),
        (json!(1), json!(7))
    );
}

#[tokio::test]
async fn kinds_schema_and_example_come_from_the_definitions() {
    let app = local();
    let a = call(&app, get("/api/kinds")).await;
    assert_eq!(a.status, StatusCode::OK);
    let v = a.json();
    let kinds: Vec<&str> = v["kinds"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|k| k["kind"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(kinds, ["outage", "safety", "meeting"]);
    let outage = &v["kinds"][0];
    assert_eq!(outage["builtin"], true);
    let field = |name: &str| {
        outage["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|f| f["name"] == name)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(field("issuer")["type"], "issuer");
    assert_eq!(field("issuer")["common"], true);
    assert_eq!(field("areas")["type"], "list");
    assert_eq!(field("areas")["min_items"], 1);
    assert_eq!(
        field("reason")["values"],
        json!([
            "maintenance",
            "breakdown",
            "tree-trimming",
            "load-shedding",
            "weather",
            "network-upgrade",
            "other"
        ])
    );
    assert_eq!(field("span")["keys"], json!(["start", "end"]));
    assert_eq!(
        field("span")["span"]["end_required_if"],
        json!({ "field": "planned", "equals": [true] })
    );
    assert_eq!(field("details")["details_of"], "reason");
    let tags: Vec<&str> = v["languages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| l["tag"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(tags, ["mr-IN", "hi-IN", "en-IN"]);
    assert_eq!(v["formats"], json!(["text", "whatsapp", "sms", "html"]));

    let a = call(&app, get("/api/schema/safety")).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(
        a.json()["oneOf"],
        json!([{ "$ref": "#/$defs/SafetyDoc" }, { "$ref": "#/$defs/SafetyCancel" }])
    );

    let a = call(&app, get("/api/example/meeting")).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(
        a.header(header::CONTENT_TYPE),
        "application/yaml; charset=utf-8"
    );
    assert_eq!(a.text(), include_str!("../examples/meeting.yaml"));
    let r = call(&app, post("/api/render", "application/yaml", a.body)).await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn a_kinds_folder_adds_its_kinds_everywhere() {
    let options = EngineOptions {
        kinds_dir: Some("examples/kinds/water-supply".into()),
        ..EngineOptions::default()
    };
    let engine = Engine::with_options(&options).unwrap_or_else(|e| panic!("{e}"));
    let app = app(engine, ServeConfig::default()).unwrap_or_else(|e| panic!("{e}"));
    let v = call(&app, get("/api/kinds")).await.json();
    assert_eq!(v["kinds"][3]["kind"], "water-supply");
    assert_eq!(v["kinds"][3]["builtin"], false);
    // Each field's help in every language its definition gives, for the page to show.
    let zones = v["kinds"][3]["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["name"] == "zones")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        zones["help"],
        "Supply zones, wards or localities without water"
    );
    assert_eq!(
        zones["help_in"]["mr-IN"],
        "पाणीपुरवठा बंद राहणारे विभाग, प्रभाग किंवा परिसर"
    );
    assert_eq!(
        zones["help_in"]["hi-IN"],
        "जिन जलापूर्ति क्षेत्रों, वार्डों या इलाकों में पानी नहीं आएगा"
    );
    let example = call(&app, get("/api/example/water-supply")).await;
    assert_eq!(example.status, StatusCode::OK);
    let notice = include_str!("../examples/kinds/water-supply/notice.yaml");
    let a = call(
        &app,
        post(
            "/api/render?languages=mr&format=sms",
            "application/yaml",
            notice,
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text());
    let r = &a.json()["renderings"][0];
    assert_eq!(r["format"], "sms");
    // Its DLT template comes from its definition and words, as `suchana dlt` prints it.
    assert_eq!(
        r["dlt"]["template"],
        "{#var#}: {#var#} ते {#var#} वाजेपर्यंत {#var#} भागातील पाणीपुरवठा बंद राहील. टँकर: {#var#}"
    );
    assert_eq!(r["dlt"]["findings"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn beyond_loopback_every_request_but_the_page_needs_the_token() {
    let app = server(ServeConfig {
        token: Some("s3cret-token-0123456789".into()),
        ..ServeConfig::default()
    });
    let a = call(&app, post("/api/render", "application/yaml", OUTAGE)).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(a.header(header::WWW_AUTHENTICATE), "Bearer");
    assert_eq!(
        a.json(),
        json!({ "error": {
            "code": "unauthorized",
            "message": "this server is reachable beyond this computer and needs its access token",
            "help": "send the header `Authorization: Bearer TOKEN` with the token `suchana serve` printed"
        }})
    );
    for uri in ["/healthz", "/api/kinds", "/api/example/outage", "/nowhere"] {
        assert_eq!(
            call(&app, get(uri)).await.status,
            StatusCode::UNAUTHORIZED,
            "{uri}"
        );
    }
    let with = |token: &str| {
        Request::post("/api/render")
            .header(header::CONTENT_TYPE, "application/yaml")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::HOST, "192.168.1.20:8080")
            .body(Body::from(OUTAGE))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    assert_eq!(
        call(&app, with("s3cret-token-0123456788")).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&app, with("s3cret-token-0123456789")).await.status,
        StatusCode::OK
    );
    // The page and its files hold no data; a browser cannot send a header to open them.
    for uri in [
        "/",
        "/assets/app.js",
        "/assets/style.css",
        "/assets/l10n/mr-IN.json",
    ] {
        assert_eq!(call(&app, get(uri)).await.status, StatusCode::OK, "{uri}");
    }
}

#[tokio::test]
async fn on_loopback_a_request_for_another_host_name_is_403() {
    let app = local();
    let req = |host: &str| {
        Request::get("/healthz")
            .header(header::HOST, host)
            .body(Body::empty())
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let a = call(&app, req("attacker.example:8080")).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert_eq!(a.json()["error"]["code"], "forbidden-host");
    for host in ["127.0.0.1:8080", "localhost:8080", "[::1]:8080"] {
        assert_eq!(call(&app, req(host)).await.status, StatusCode::OK, "{host}");
    }
}

#[test]
fn the_default_limits() {
    let l = Limits::default();
    assert_eq!(l.body_bytes, 1_048_576);
    assert_eq!(l.request_timeout, Duration::from_secs(10));
    assert_eq!(l.in_flight, 1024);
    assert!(l.renders >= 1);
}

#[tokio::test]
async fn a_request_over_its_time_is_408() {
    // No render slot ever frees: the request waits, and the timeout answers.
    let app = server(ServeConfig {
        limits: Limits {
            renders: 0,
            request_timeout: Duration::from_millis(200),
            ..Limits::default()
        },
        ..ServeConfig::default()
    });
    let a = call(&app, post("/api/render", "application/yaml", OUTAGE)).await;
    assert_eq!(a.status, StatusCode::REQUEST_TIMEOUT);
    assert_eq!(
        a.json(),
        json!({ "error": { "code": "timeout", "message": "the request took longer than the server allows" }})
    );
}

#[tokio::test]
async fn a_request_beyond_the_in_flight_limit_is_503_at_once() {
    let app = server(ServeConfig {
        limits: Limits {
            renders: 0,
            in_flight: 1,
            request_timeout: Duration::from_secs(2),
            ..Limits::default()
        },
        ..ServeConfig::default()
    });
    let first = tokio::spawn({
        let app = app.clone();
        async move { call(&app, post("/api/render", "application/yaml", OUTAGE)).await }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = std::time::Instant::now();
    let a = call(&app, get("/healthz")).await;
    assert_eq!(a.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(a.json()["error"]["code"], "busy");
    let first = first.await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.status, StatusCode::REQUEST_TIMEOUT);
    assert_eq!(call(&app, get("/healthz")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_json() {
    let app = local();
    let a = call(&app, get("/api/nothing")).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert_eq!(a.json()["error"]["code"], "not-found");
    let a = call(&app, get("/api/render")).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(a.json()["error"]["code"], "method-not-allowed");
}

#[tokio::test]
async fn no_route_reads_a_file() {
    let app = local();
    for uri in [
        "/api/example/..%2F..%2FCargo.toml",
        "/api/schema/..%2Fkinds%2Foutage",
        "/assets/..%2F..%2FCargo.toml",
        "/assets/l10n/..%2F..%2F..%2FCargo.toml",
        "/Cargo.toml",
        "/examples/outage.yaml",
    ] {
        let a = call(&app, get(uri)).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(!a.text().contains("[package]"), "{uri}");
    }
    // A notice cannot include a file either: YAML's tags are plain values.
    let a = call(
        &app,
        post_json(&json!({ "yaml": "kind: outage\nissuer: { org: !include /etc/passwd }\n" })),
    )
    .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!a.text().contains("root:"));
}
