//! Requests the way browsers send them, against loopback servers: the header set and order of
//! Chrome for the main request with `Accept-Language` from the locale, the browsers asked for in
//! "another browser", and bodies the server compressed (gzip from a real nginx; brotli and zstd
//! from captured-style answers) read decoded and fingerprinted.

use crate::support::tcp::{Canned, read_request};
use crate::support::*;
use std::sync::{Arc, Mutex};

/// A server that answers `response` and keeps every request head it read.
fn recording(response: Canned) -> (TcpServer, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let keep = seen.clone();
    let server = TcpServer::start(move |mut s, _| {
        if let Some(req) = read_request(&mut s) {
            keep.lock().expect("lock").push(req.raw.clone());
            let _ = response.write_to(&mut s, req.method == "HEAD");
        }
    });
    (server, seen)
}

/// The header names of a request head, in order, lower-case.
fn names(head: &str) -> Vec<String> {
    head.lines()
        .skip(1)
        .filter_map(|l| {
            l.split_once(':')
                .map(|(n, _)| n.trim().to_ascii_lowercase())
        })
        .collect()
}

#[test]
fn the_main_request_is_chromes_in_the_users_language() {
    let (server, seen) = recording(Canned::ok_hello());
    let run = Check::new(server.url())
        .env("LANG", "de_DE.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .arg("--browser")
        .arg("firefox")
        .run();
    run.assert_code(0);
    let heads = seen.lock().expect("lock").clone();
    let chrome = heads
        .iter()
        .find(|h| h.contains("Chrome/142") && !h.contains("Edg/"))
        .expect("a Chrome request");
    let order = names(chrome);
    let expected = [
        "host",
        "sec-ch-ua",
        "sec-ch-ua-mobile",
        "sec-ch-ua-platform",
        "upgrade-insecure-requests",
        "user-agent",
        "accept",
        "sec-fetch-site",
        "sec-fetch-mode",
        "sec-fetch-user",
        "sec-fetch-dest",
        "accept-encoding",
        "accept-language",
        "priority",
    ];
    assert_eq!(&order[..expected.len()], expected, "{chrome}");
    assert!(
        chrome.contains("accept-language: de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7"),
        "{chrome}"
    );
    assert!(
        chrome.contains("accept-encoding: gzip, deflate, br, zstd"),
        "{chrome}"
    );
    let firefox = heads
        .iter()
        .find(|h| h.contains("Firefox/145"))
        .expect("the Firefox request of `another browser`");
    assert!(
        firefox.contains("accept-language: de-DE,de;q=0.8,en-US;q=0.5,en;q=0.3"),
        "{firefox}"
    );
    assert!(!firefox.contains("sec-ch-ua"), "{firefox}");
}

#[test]
fn another_browser_says_which_browsers_it_imitated() {
    let (server, seen) = recording(Canned::ok_hello());
    let run = Check::new(server.url())
        .arg("--browser")
        .arg("edge")
        .arg("--browser")
        .arg("safari")
        .run();
    run.assert_code(0);
    let probe = run.probes_of_kind("other_browser");
    let details = &probe[0]["details"];
    assert_eq!(details["basis"], "chosen", "{}", run.describe());
    let labels: Vec<&str> = details["profiles"]
        .as_array()
        .map(|a| a.iter().filter_map(|p| p["label"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(labels, ["Microsoft Edge", "Safari"], "{}", run.describe());
    let heads = seen.lock().expect("lock").clone();
    assert!(
        heads.iter().any(|h| h.contains("Edg/142")),
        "no Edge request"
    );
    assert!(
        heads.iter().any(|h| h.contains("Version/26.0 Safari")),
        "no Safari request"
    );
    let finding = run.checklist_item("other_browser")["finding"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(finding.contains("Microsoft Edge, Safari"), "{finding}");
    assert!(finding.contains("asked for"), "{finding}");
}

/// nginx compresses what it passes on (not its own 502 page: its gzip filter only takes 200, 403
/// and 404), so the page a browser gets gzipped arrives gzipped here too and is read decoded.
#[test]
fn a_page_nginx_gzipped_is_read_decoded() {
    let app = http_ok();
    let nginx = Nginx::server(&format!(
        "gzip on; gzip_min_length 1; gzip_types text/plain;\n location / {{ proxy_pass http://127.0.0.1:{}; }}",
        app.port()
    ));
    let run = Check::new(nginx.url()).run();
    run.assert_code(0);
    run.assert_http_status(Some(200));
    run.assert_str("/http/headers/content-encoding", "gzip");
    run.assert_str("/http/body_excerpt", "hello");
    assert!(run.at("/http/error").is_null(), "{}", run.describe());
}

/// The nginx 502 page as one stored brotli meta-block, and as `zstd -c` wrote it.
const PAGE: &str =
    "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";

fn encoded(encoding: &str, body: Vec<u8>) -> Canned {
    let mut canned = Canned::new(502, "Bad Gateway", "");
    canned.headers = vec![
        ("Content-Type".into(), "text/html".into()),
        ("Content-Encoding".into(), encoding.into()),
    ];
    canned.body = body;
    canned
}

fn brotli_stored(data: &[u8]) -> Vec<u8> {
    // WBITS=16 (bit 0), ISLAST=0, MNIBBLES=4, MLEN-1 (16 bits), ISUNCOMPRESSED=1, padding.
    let mlen = (data.len() - 1) as u32;
    let bits: u32 = (mlen << 4) | (1 << 20);
    let mut out = vec![bits as u8, (bits >> 8) as u8, (bits >> 16) as u8];
    out.extend_from_slice(data);
    out.push(0b11); // ISLAST=1, ISLASTEMPTY=1
    out
}

#[test]
fn brotli_and_zstd_bodies_are_decoded_before_fingerprinting() {
    let zstd = std::process::Command::new("zstd")
        .args(["-c", "-q"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(PAGE.as_bytes())?;
            child.wait_with_output()
        })
        .expect("zstd (installed by scripts/test)");
    for (encoding, body) in [
        ("br", brotli_stored(PAGE.as_bytes())),
        ("zstd", zstd.stdout),
    ] {
        let server = http_canned(encoded(encoding, body));
        let run = Check::new(server.url()).run();
        run.assert_code(1);
        assert_eq!(
            run.str_at("/http/body_excerpt"),
            PAGE,
            "{encoding}\n{}",
            run.describe()
        );
        run.assert_str("/responder/software", "nginx");
        assert!(run.at("/http/error").is_null(), "{}", run.describe());
    }
}
