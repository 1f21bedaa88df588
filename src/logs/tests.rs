//! Unit tests for the log analyser: every cause id from a real-looking line, every timestamp
//! format, format detection, --since, gzip, rotation order, garbled/binary/long lines, errors.

use super::*;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn run(paths: &[PathBuf]) -> Analysis {
    analyse(paths, &AnalyseOptions::default())
}

fn one(content: &str) -> Analysis {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "x.log", content.as_bytes());
    run(&[p])
}

/// (cause id, line, expected subject)
const CASES: &[(&str, &str, &str)] = &[
    (
        "upstream_refused",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *5 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: shop.example.com, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8080/", host: "shop.example.com""#,
        "http://127.0.0.1:8080/",
    ),
    (
        "php_fpm_socket_missing",
        r#"2026/12/01 21:53:22 [crit] 1234#1234: *7 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "localhost""#,
        "/run/php/php8.2-fpm.sock",
    ),
    (
        "upstream_permission_denied",
        r#"2026/12/01 21:53:22 [crit] 1234#1234: *9 connect() to unix:/run/php/php-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 10.0.0.5, server: _, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php-fpm.sock:", host: "example.com""#,
        "fastcgi://unix:/run/php/php-fpm.sock:",
    ),
    (
        "upstream_overloaded",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *11 connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream, client: 10.0.0.5, server: _, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php-fpm.sock:", host: "example.com""#,
        "fastcgi://unix:/run/php/php-fpm.sock:",
    ),
    (
        "upstream_timeout",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *13 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 127.0.0.1, server: _, request: "GET /slow HTTP/1.1", upstream: "http://127.0.0.1:3000/slow", host: "localhost""#,
        "http://127.0.0.1:3000/slow",
    ),
    (
        "upstream_closed",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *15 upstream prematurely closed connection while reading response header from upstream, client: 127.0.0.1, server: _, request: "GET /crash HTTP/1.1", upstream: "http://127.0.0.1:3000/crash", host: "localhost""#,
        "http://127.0.0.1:3000/crash",
    ),
    (
        "upstream_header_too_big",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *17 upstream sent too big header while reading response header from upstream, client: 127.0.0.1, server: _, request: "GET /cookies HTTP/1.1", upstream: "http://127.0.0.1:3000/cookies", host: "localhost""#,
        "http://127.0.0.1:3000/cookies",
    ),
    (
        "no_live_upstreams",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *19 no live upstreams while connecting to upstream, client: 127.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://backend/", host: "localhost""#,
        "http://backend/",
    ),
    (
        "upstream_tls_failed",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *21 SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream, client: 127.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "https://127.0.0.1:8443/", host: "localhost""#,
        "https://127.0.0.1:8443/",
    ),
    (
        "upstream_unresolved",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *23 api.internal could not be resolved (3: Host not found), client: 127.0.0.1, server: _, request: "GET /api HTTP/1.1", host: "localhost""#,
        "api.internal",
    ),
    (
        "script_unknown",
        r#"2026/12/01 21:53:22 [error] 1234#1234: *25 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 127.0.0.1, server: _, request: "GET /missing.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "localhost""#,
        "GET /missing.php HTTP/1.1",
    ),
    (
        "backend_connect_failed",
        "[Tue Dec 01 21:53:22.123456 2026] [proxy:error] [pid 4242:tid 4243] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed",
        "127.0.0.1:8080",
    ),
    (
        "backend_disabled",
        "[Tue Dec 01 21:53:22.123456 2026] [proxy_http:error] [pid 4242:tid 4243] AH00959: ap_proxy_connect_backend disabling worker for (127.0.0.1:8080) for 60s",
        "127.0.0.1:8080",
    ),
    (
        "backend_read_timeout",
        "[Tue Dec 01 21:53:22.123456 2026] [proxy_http:error] [pid 4242:tid 4243] (70007)The timeout specified has expired: [client 127.0.0.1:50000] AH01102: error reading status line from remote server 127.0.0.1:8080",
        "127.0.0.1:8080",
    ),
    (
        "backend_read_error",
        "[Tue Dec 01 21:53:22.123456 2026] [proxy:error] [pid 4242:tid 4243] [client 127.0.0.1:50000] AH00898: Error reading from remote server returned by /slow",
        "/slow",
    ),
    (
        "fcgi_failed",
        "[Tue Dec 01 21:53:22.123456 2026] [proxy_fcgi:error] [pid 4242:tid 4243] [client 127.0.0.1:50000] AH01079: failed to make connection to backend: httpd-UDS:0",
        "httpd-UDS:0",
    ),
    (
        "fpm_max_children",
        "[01-Dec-2026 21:53:22] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it",
        "www",
    ),
    (
        "fpm_execute_timeout",
        "[01-Dec-2026 21:53:22] WARNING: [pool www] child 4321, script '/var/www/html/slow.php' (request: \"GET /slow.php\") execute timed out (31.004312 sec), terminating",
        "/var/www/html/slow.php",
    ),
    (
        "fpm_child_segfault",
        "[01-Dec-2026 21:53:22] WARNING: [pool www] child 4321 exited on signal 11 (SIGSEGV - core dumped) after 12.345678 seconds from start",
        "www",
    ),
    (
        "php_max_execution_time",
        "[01-Dec-2026 21:53:22 UTC] PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/html/slow.php on line 7",
        "/var/www/html/slow.php",
    ),
    (
        "php_memory_limit",
        "[01-Dec-2026 21:53:22 UTC] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/big.php on line 12",
        "/var/www/html/big.php",
    ),
];

#[test]
fn patterns_file_parses_and_has_every_cause_once() {
    let causes = patterns::load(include_str!("../../assets/log_patterns.toml")).unwrap();
    let ids: Vec<&str> = causes.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), CASES.len(), "{ids:?}");
    for (id, _, _) in CASES {
        assert_eq!(ids.iter().filter(|i| *i == id).count(), 1, "{id}");
    }
    for c in &causes {
        assert!(
            !c.title.is_empty() && !c.explanation.is_empty() && !c.fix.is_empty(),
            "{}",
            c.id
        );
        assert!(!c.commands.is_empty() && !c.patterns.is_empty(), "{}", c.id);
    }
}

#[test]
fn every_cause_line_is_recognised_with_its_subject() {
    for (id, line, subject) in CASES {
        let a = one(&format!("{line}\n"));
        assert_eq!(a.findings.len(), 1, "{id}: {:?}", a.findings);
        let f = &a.findings[0];
        assert_eq!(f.cause, *id);
        assert_eq!(f.count, 1, "{id}");
        assert_eq!(f.subjects, vec![subject.to_string()], "{id}");
        assert_eq!(f.first_seen.as_deref(), Some("2026-12-01T21:53:22"), "{id}");
        assert_eq!(f.examples, vec![line.to_string()], "{id}");
    }
}

#[test]
fn reset_by_peer_and_ah01114_and_ah01067_map_to_their_causes() {
    let lines = [
        (
            "upstream_closed",
            r#"2026/12/01 21:53:22 [error] 7#7: *1 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 127.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:3000/", host: "localhost""#,
        ),
        (
            "backend_connect_failed",
            "[Tue Dec 01 21:53:22.123456 2026] [proxy_http:error] [pid 1:tid 2] [client 127.0.0.1:5] AH01114: HTTP: failed to make connection to backend: 127.0.0.1",
        ),
        (
            "fcgi_failed",
            "[Tue Dec 01 21:53:22.123456 2026] [proxy_fcgi:error] [pid 1:tid 2] (104)Connection reset by peer: [client 127.0.0.1:5] AH01067: Failed to read FastCGI header",
        ),
    ];
    for (id, line) in lines {
        let a = one(line);
        assert_eq!(
            a.findings.first().map(|f| f.cause.as_str()),
            Some(id),
            "{line}"
        );
    }
}

#[test]
fn ah01102_without_timeout_is_not_a_read_timeout() {
    let a = one(
        "[Tue Dec 01 21:53:22.1 2026] [proxy_http:error] [pid 1] (104)Connection reset by peer: AH01102: error reading status line from remote server 127.0.0.1:8080\n",
    );
    assert!(a.findings.iter().all(|f| f.cause != "backend_read_timeout"));
}

#[test]
fn each_timestamp_format_is_read() {
    let cases = [
        (
            "2026/10/10 13:55:36 [error] x",
            LogFormat::NginxError,
            "2026-10-10T13:55:36",
        ),
        (
            "[Tue Dec 01 21:53:22.123456 2026] [core:error] x",
            LogFormat::ApacheError,
            "2026-12-01T21:53:22",
        ),
        (
            "[Tue Dec 01 21:53:22 2026] [error] x",
            LogFormat::ApacheError,
            "2026-12-01T21:53:22",
        ),
        (
            "[01-Dec-2026 21:53:22] NOTICE: ready",
            LogFormat::PhpFpm,
            "2026-12-01T21:53:22",
        ),
        (
            "[01-Dec-2026 21:53:22 UTC] PHP Warning: x",
            LogFormat::PhpError,
            "2026-12-01T21:53:22",
        ),
        (
            "[01-Dec-2026 21:53:22 Europe/Berlin] PHP Warning: x",
            LogFormat::PhpError,
            "2026-12-01T21:53:22",
        ),
        (
            r#"127.0.0.1 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 502 157 "-" "curl/8""#,
            LogFormat::Access,
            "2026-10-10T13:55:36+00:00",
        ),
        (
            r#"127.0.0.1 - bob [10/Oct/2026:13:55:36 -0530] "GET / HTTP/1.0" 200 2326"#,
            LogFormat::Access,
            "2026-10-10T13:55:36-05:30",
        ),
    ];
    for (line, format, rendered) in cases {
        assert_eq!(detect_line(line), format, "{line}");
        assert_eq!(
            timestamp(format, line).map(|s| s.render()).as_deref(),
            Some(rendered),
            "{line}"
        );
    }
    assert_eq!(detect_line("hello world"), LogFormat::Unknown);
    assert_eq!(
        detect_line("2026/13/40 99:00:00 [error] bad date"),
        LogFormat::Unknown
    );
    assert_eq!(
        detect_line("[Tue Foo 01 21:53:22 2026] x"),
        LogFormat::Unknown
    );
}

#[test]
fn format_is_detected_per_file_from_the_first_non_empty_lines() {
    let dir = tempfile::tempdir().unwrap();
    let nginx = write(
        dir.path(),
        "error.log",
        format!("\n\n{}\n", CASES[0].1).as_bytes(),
    );
    let fpm = write(dir.path(), "fpm.log", b"[01-Dec-2026 21:53:22] NOTICE: fpm is running, pid 1\n[01-Dec-2026 21:53:22] NOTICE: ready to handle connections\n");
    let access = write(
        dir.path(),
        "access.log",
        b"127.0.0.1 - - [10/Oct/2026:13:55:36 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"x\"\n",
    );
    let junk = write(dir.path(), "notes.txt", b"just some text\n");
    let a = run(&[nginx, fpm, access, junk]);
    let formats: Vec<LogFormat> = a.files.iter().map(|f| f.format).collect();
    assert_eq!(
        formats,
        [
            LogFormat::NginxError,
            LogFormat::PhpFpm,
            LogFormat::Access,
            LogFormat::Unknown
        ]
    );
    assert_eq!(a.files[0].lines, 3);
    assert_eq!(a.access.as_ref().map(|s| s.total), Some(1));
}

fn access_line(ts: &str, req: &str, status: u16) -> String {
    format!(
        "203.0.113.9 - - [{ts} +0000] \"{req}\" {status} 157 \"https://ref/\" \"Mozilla/5.0 (X11)\"\n"
    )
}

#[test]
fn access_stats_per_status_url_and_minute() {
    let mut log = String::new();
    log += &access_line("01/Dec/2026:21:53:01", "GET /cart?id=1 HTTP/1.1", 502);
    log += &access_line("01/Dec/2026:21:53:40", "GET /cart?id=2 HTTP/1.1", 502);
    log += &access_line("01/Dec/2026:21:54:02", "POST /checkout HTTP/2.0", 504);
    log += &access_line("01/Dec/2026:21:54:03", "GET / HTTP/1.1", 200);
    log += &access_line("01/Dec/2026:21:54:04", "GET /a\\\"b\" HTTP/1.1", 503);
    log += "127.0.0.1 - - [01/Dec/2026:21:55:00 +0000] \"GET /common HTTP/1.0\" 500 -\n";
    for i in 0..12 {
        log += &access_line(
            "01/Dec/2026:21:56:00",
            &format!("GET /p{i:02} HTTP/1.1"),
            502,
        );
    }
    let a = one(&log);
    let s = a.access.unwrap();
    assert_eq!(s.total, 18);
    assert_eq!(
        s.per_status,
        BTreeMap::from([(500, 1), (502, 14), (503, 1), (504, 1)])
    );
    assert_eq!(s.top_urls.len(), 10);
    assert_eq!(
        s.top_urls[0],
        UrlCount {
            url: "/cart".into(),
            count: 2
        }
    );
    let minutes: Vec<(&str, u64)> = s
        .per_minute
        .iter()
        .map(|m| (m.minute.as_str(), m.count))
        .collect();
    assert_eq!(
        minutes,
        [
            ("2026-12-01T21:53", 2),
            ("2026-12-01T21:54", 2),
            ("2026-12-01T21:55", 1),
            ("2026-12-01T21:56", 12)
        ]
    );
    assert!(a.findings.is_empty());
}

#[test]
fn since_drops_older_lines_and_continuations_follow_their_stamp() {
    let log = "[01-Dec-2026 10:00:00 UTC] PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /old.php on line 1\n\
PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /old-continuation.php on line 1\n\
[01-Dec-2026 12:00:00 UTC] PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /new.php on line 1\n";
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "php_errors.log", log.as_bytes());
    let since = parse_since("2026-12-01 11:00").unwrap();
    let a = analyse(
        std::slice::from_ref(&p),
        &AnalyseOptions {
            since: Some(since),
            ..Default::default()
        },
    );
    assert_eq!(a.findings[0].count, 1);
    assert_eq!(a.findings[0].subjects, ["/new.php"]);
    assert_eq!(
        a.findings[0].first_seen.as_deref(),
        Some("2026-12-01T12:00:00")
    );
    let all = run(&[p]);
    assert_eq!(all.findings[0].count, 3);
    assert_eq!(
        all.findings[0].last_seen.as_deref(),
        Some("2026-12-01T12:00:00")
    );
    assert_eq!(all.findings[0].subjects.len(), 3);
}

#[test]
fn since_accepts_dates_and_rejects_garbage() {
    assert_eq!(
        parse_since("2026-12-01").unwrap().to_string(),
        "2026-12-01 0:00:00.0"
    );
    assert_eq!(
        parse_since("2026-12-01T21:53:22").unwrap().to_string(),
        "2026-12-01 21:53:22.0"
    );
    let err = parse_since("yesterday").unwrap_err();
    assert!(
        err.contains("--since") && err.contains("yesterday"),
        "{err}"
    );
    assert!(parse_since("2026-02-30").is_err());
}

#[test]
fn since_filters_access_lines() {
    let log = access_line("01/Dec/2026:09:00:00", "GET /old HTTP/1.1", 502)
        + &access_line("01/Dec/2026:21:00:00", "GET /new HTTP/1.1", 502);
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "access.log", log.as_bytes());
    let since = parse_since("2026-12-01 12:00").unwrap();
    let a = analyse(
        &[p],
        &AnalyseOptions {
            since: Some(since),
            ..Default::default()
        },
    );
    let s = a.access.unwrap();
    assert_eq!(
        s.top_urls,
        [UrlCount {
            url: "/new".into(),
            count: 1
        }]
    );
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn gz_is_read_transparently_and_rotated_sets_oldest_first() {
    let dir = tempfile::tempdir().unwrap();
    let line = |t: &str| CASES[0].1.replace("2026/12/01 21:53:22", t) + "\n";
    let live = write(
        dir.path(),
        "error.log",
        line("2026/12/01 12:00:00").as_bytes(),
    );
    let one = write(
        dir.path(),
        "error.log.1",
        line("2026/12/01 11:00:00").as_bytes(),
    );
    let two = write(
        dir.path(),
        "error.log.2.gz",
        &gzip(line("2026/12/01 10:00:00").as_bytes()),
    );
    let other = write(dir.path(), "access.log", b"");
    let a = run(&[live.clone(), other, two.clone(), one.clone()]);
    let order: Vec<&str> = a.files.iter().map(|f| f.path.as_str()).collect();
    let s = |p: &PathBuf| p.display().to_string();
    assert_eq!(order[..3], [s(&two), s(&one), s(&live)]);
    assert_eq!(a.files[0].format, LogFormat::NginxError);
    assert_eq!(a.files[0].error, None);
    let f = &a.findings[0];
    assert_eq!(f.count, 3);
    assert_eq!(f.first_seen.as_deref(), Some("2026-12-01T10:00:00"));
    assert_eq!(f.last_seen.as_deref(), Some("2026-12-01T12:00:00"));
    assert!(f.examples[0].starts_with("2026/12/01 10:00:00"));
}

#[test]
fn binary_garbled_and_too_long_lines_are_skipped_and_counted() {
    let mut data = Vec::new();
    data.extend_from_slice(b"\x00\x01\x02binary\x7f\n");
    data.extend_from_slice(b"2026/12/01 21:53:22 [error] caf\xe9 not utf-8\n");
    data.extend_from_slice(b"2026/12/01 21:53:22 [error] ");
    data.extend(std::iter::repeat_n(b'a', 100_000));
    data.extend_from_slice(b" upstream prematurely closed connection\n");
    data.extend_from_slice(CASES[5].1.as_bytes());
    data.extend_from_slice(b"\r\n");
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "error.log", &data);
    let a = run(&[p]);
    assert_eq!(a.files[0].lines, 4);
    assert_eq!(a.files[0].skipped, 3);
    assert_eq!(a.files[0].format, LogFormat::NginxError);
    assert_eq!(a.findings.len(), 1);
    assert_eq!(a.findings[0].count, 1);
    assert!(!a.findings[0].examples[0].ends_with('\r'));
}

#[test]
fn a_long_line_under_the_cap_is_read_and_its_example_trimmed() {
    let line = format!("{} {}", CASES[5].1, "x".repeat(10_000));
    let a = one(&line);
    assert_eq!(a.files[0].skipped, 0);
    assert_eq!(a.findings[0].examples[0].chars().count(), 300);
}

#[test]
fn unreadable_and_missing_files_get_a_clear_error_and_others_are_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "error.log", CASES[0].1.as_bytes());
    let missing = dir.path().join("nope.log");
    let a = run(&[missing.clone(), dir.path().to_path_buf(), good]);
    let e0 = a.files[0].error.as_deref().unwrap();
    assert!(
        e0.contains(&missing.display().to_string()) && e0.contains("does not exist"),
        "{e0}"
    );
    assert!(a.files[1].error.as_deref().unwrap().contains("directory"));
    assert_eq!(a.findings.len(), 1);
    assert!(!a.nothing_readable());
}

#[test]
fn permission_denied_suggests_sudo() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "secret.log", CASES[0].1.as_bytes());
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&p).is_ok() {
        // Running as root: permissions do not apply; the message is still checked directly.
        let e = LogError::PermissionDenied {
            path: p.display().to_string(),
        }
        .to_string();
        assert!(e.contains("sudo") && e.contains("secret.log"));
        return;
    }
    let a = run(std::slice::from_ref(&p));
    let e = a.files[0].error.as_deref().unwrap();
    assert!(
        e.contains(&p.display().to_string()) && e.contains("sudo"),
        "{e}"
    );
    assert!(a.nothing_readable());
}

#[test]
fn corrupt_gzip_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = gzip(CASES[0].1.repeat(100).as_bytes());
    data.truncate(data.len() / 2);
    let p = write(dir.path(), "error.log.3.gz", &data);
    let a = run(&[p]);
    let e = a.files[0].error.as_deref().unwrap();
    assert!(e.contains("error.log.3.gz"), "{e}");
}

#[test]
fn cancel_stops_and_progress_reports_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let body = (CASES[0].1.to_string() + "\n").repeat(30_000);
    let p = write(dir.path(), "error.log", body.as_bytes());
    let seen = std::cell::Cell::new(0u64);
    let progress = |n: u64| seen.set(n);
    let a = analyse(
        std::slice::from_ref(&p),
        &AnalyseOptions {
            progress: Some(&progress),
            ..Default::default()
        },
    );
    assert_eq!(seen.get(), body.len() as u64);
    assert_eq!(a.findings[0].count, 30_000);
    let cancel = AtomicBool::new(true);
    let a = analyse(
        &[p.clone(), p],
        &AnalyseOptions {
            cancel: Some(&cancel),
            ..Default::default()
        },
    );
    assert!(a.cancelled);
    assert_eq!(a.files.len(), 1);
    assert!(a.findings.is_empty());
    cancel.store(false, Ordering::Relaxed);
}

#[test]
fn json_is_snake_case() {
    let a = one(CASES[0].1);
    let v: serde_json::Value = serde_json::to_value(&a).unwrap();
    assert_eq!(v["files"][0]["format"], "nginx_error");
    assert_eq!(v["findings"][0]["severity"], "error");
    assert_eq!(v["findings"][0]["cause"], "upstream_refused");
    assert!(v["access"].is_null());
    assert_eq!(v["cancelled"], false);
}

#[test]
fn fast_paths_agree_with_the_general_parsers() {
    // Fixed-width access time (byte by byte) and the field-by-field fallback (one-digit day).
    let a = r#"1.2.3.4 - - [01/Dec/2026:23:19:45 +0530] "GET /a?b HTTP/1.1" 502 1 "-" "-""#;
    let a = parse_access(a).expect("fixed-width access line");
    assert_eq!(a.stamp.render(), "2026-12-01T23:19:45+05:30");
    assert_eq!((a.status, a.url), (502, "/a"));
    let b = r#"1.2.3.4 - - [1/Dec/2026:23:19:45 +0000] "GET /b HTTP/1.1" 503 1"#;
    let b = parse_access(b).expect("one-digit day");
    assert_eq!(b.stamp.render(), "2026-12-01T23:19:45+00:00");
    for bad in ["31/Feb/2026:23:19:45 +0000", "01/Dex/2026:23:19:45 +0000"] {
        let line = format!(r#"1.2.3.4 - - [{bad}] "GET /a HTTP/1.1" 502 1"#);
        assert!(parse_access(&line).is_none(), "{line}");
    }
    // Compiled subject markers give what the rules give, for every cause.
    let line = "connect() to unix:/run/php/x.sock failed, upstream: \"http://127.0.0.1:9/\", \
                script '/srv/a.php' [pool www] worker for (127.0.0.1) attempt to connect to 10.0.0.1:80 \
                returned by /x remote server 10.0.0.2:81 host.example could not be resolved";
    for (i, spec) in patterns::causes().iter().enumerate() {
        assert_eq!(
            patterns::subject_of(i, line),
            patterns::subject(spec, line).as_deref(),
            "{}",
            spec.id
        );
    }
}
