//! "Is it down for everyone?" against a small local server that speaks Globalping's
//! documented shapes (POST /v1/measurements, then GET /v1/measurements/{id}); the real service is
//! never reached. Nothing is sent before the button is pressed.

use super::*;
use crate::diagnosis::Cause;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

/// Answers a measurement whose two locations both load the site; records the request lines.
fn fake_globalping() -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(20) {
            let Ok(mut s) = stream else { continue };
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let mut buf = vec![0u8; 16 * 1024];
            let mut got = Vec::new();
            // Headers and a small body arrive in one or two reads.
            while let Ok(n) = s.read(&mut buf) {
                got.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&got);
                if n == 0
                    || (text.contains("\r\n\r\n")
                        && (text.starts_with("GET") || text.ends_with('}')))
                {
                    break;
                }
            }
            let text = String::from_utf8_lossy(&got).to_string();
            log.lock().unwrap().push(text.clone());
            let probe = |city: &str, country: &str| {
                format!(
                    r#"{{"probe":{{"continent":"EU","country":"{country}","city":"{city}","asn":3320,"network":"Example","tags":[]}},"result":{{"status":"finished","statusCode":200,"statusCodeName":"OK","rawOutput":"HTTP/1.1 200","timings":{{"total":120,"firstByte":80}}}}}}"#
                )
            };
            let (status, body) = if text.starts_with("POST /v1/measurements ") {
                ("202 Accepted", r#"{"id":"m1","probesCount":2}"#.to_string())
            } else if text.starts_with("GET /v1/measurements/m1 ") {
                (
                    "200 OK",
                    format!(
                        r#"{{"id":"m1","type":"http","status":"finished","results":[{},{}]}}"#,
                        probe("Berlin", "DE"),
                        probe("Tokyo", "JP")
                    ),
                )
            } else {
                ("404 Not Found", "{}".to_string())
            };
            let _ = s.write_all(
                format!(
                    "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                )
                .as_bytes(),
            );
        }
    });
    (url, seen)
}

#[test]
fn asking_the_world_says_it_is_just_you_and_lists_the_places() {
    let (url, seen) = fake_globalping();
    let backend = FakeBackend::default();
    let mut harness = checked(
        &backend,
        "https://shop.example.com/cart?token=s3cret",
        &nginx_502(),
    );
    harness.state_mut().settings.globalping_url = Some(url.clone());
    harness.get_by_label_contains("5. Wait").click();
    harness.run();
    harness.get_by_label_contains("a third-party service");
    assert!(
        seen.lock().unwrap().is_empty(),
        "nothing is sent before the button"
    );
    harness.get_by_label("🌍 Ask Globalping").click();
    harness.run_steps(1);
    let deadline = Instant::now() + Duration::from_secs(20);
    while harness.state().world.asking() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
        harness.run_steps(1);
    }
    harness.run_steps(2);
    harness.get_by_label_contains("Just you: all 2 locations around the world loaded the site");
    harness.get_by_label_contains("Tokyo");
    harness.get_by_label_contains("Here (this computer)  502");
    harness.snapshot("world_just_you");
    // The answer is evidence: the verdict notes it and the report carries it.
    let verdict = verdict(&harness);
    assert_eq!(
        verdict.cause,
        Cause::UpstreamFailed,
        "nginx's own 502 still blames the server"
    );
    assert!(
        verdict
            .detail
            .contains("Globalping: all 2 places around the world loaded the site"),
        "{}",
        verdict.detail
    );
    let markdown = crate::report::render_markdown(&harness.state().report().unwrap());
    assert!(markdown.contains("## Down for everyone?"), "{markdown}");
    assert!(markdown.contains("Tokyo"), "{markdown}");
    let requests = seen.lock().unwrap().clone();
    let post = requests
        .iter()
        .find(|r| r.starts_with("POST"))
        .expect("a measurement was asked for");
    assert!(post.contains("shop.example.com"), "{post}");
    assert!(!post.contains("s3cret"), "the query never leaves: {post}");
    // Globalping's anonymous limit: after 25 questions in an hour the button waits.
    assert_eq!(harness.state().world_budget.used(Instant::now()), 1);
    for _ in 1..crate::gui::world::Budget::PER_HOUR {
        harness.state_mut().world_budget.record(Instant::now());
    }
    harness.run();
    harness.get_by_label_contains("You can ask again in 60 min");
    let asked_before = seen.lock().unwrap().len();
    harness.state_mut().ask_world(&egui::Context::default());
    assert!(
        !harness.state().world.asking(),
        "no question over the limit"
    );
    assert_eq!(seen.lock().unwrap().len(), asked_before);
}
