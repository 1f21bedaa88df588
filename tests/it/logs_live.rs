//! `gateway-doctor logs` on logs written during the test itself (the genuine lines are produced
//! in the test setup, not copied in): a private nginx in front of broken upstreams (a closed
//! port, a missing PHP-FPM socket, a server slower than `proxy_read_timeout`, one that closes at
//! once) and a private PHP-FPM (`pm.max_children = 1` under parallel requests,
//! `request_terminate_timeout`) get requests over a raw `TcpStream`; then the real binary reads
//! the genuine lines they wrote.
//!
//! Every finding is asserted: cause id, the exact count of what the test caused (one line per
//! request: a lone upstream is never retried), first/last seen inside the test's own time window,
//! the subject (upstream address, socket path, script, pool), and the access log's 5xx per status
//! and per URL. The servers log in UTC (`TZ=UTC`), so their wall-clock stamps compare with ours.
//! The committed fixtures in `tests/fixtures/logs/` stay as regression data (rotated, gzip,
//! garbled); Apache is in `logs_live_apache.rs`.

use crate::logs_cli::{assert_causes, file_summary, finding, per_status, top_urls};
use crate::support::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

/// The client waits at most this long for an answer (every server-side limit here is 1 s).
const CLIENT_TIMEOUT: Duration = Duration::from_secs(10);

/// The test's own time span, as "YYYY-MM-DDTHH:MM:SS" in UTC (whole seconds, like the logs).
pub(crate) struct Window {
    pub start: String,
    pub end: Option<String>,
}

pub(crate) fn utc_now() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

impl Window {
    pub(crate) fn open() -> Window {
        Window {
            start: utc_now(),
            end: None,
        }
    }

    pub(crate) fn close(&mut self) {
        self.end = Some(utc_now());
    }

    /// True when `stamp` (a finding's first/last seen, or a minute "YYYY-MM-DDTHH:MM") lies
    /// inside the window; both are compared at the stamp's own precision.
    pub(crate) fn contains(&self, stamp: &str) -> bool {
        let end = self
            .end
            .as_deref()
            .expect("close the window before asserting");
        let n = stamp.len().min(19);
        stamp >= &self.start[..n] && stamp <= &end[..n]
    }
}

/// `GET path` to 127.0.0.1:`port` over a raw socket (`Connection: close`); the status code.
pub(crate) fn get(port: u16, path: &str) -> u16 {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(2))
        .unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    s.set_read_timeout(Some(CLIENT_TIMEOUT)).expect("timeout");
    s.set_write_timeout(Some(CLIENT_TIMEOUT)).expect("timeout");
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: gd-live-test\r\nConnection: close\r\n\r\n"
    );
    s.write_all(request.as_bytes())
        .unwrap_or_else(|e| panic!("send GET {path}: {e}"));
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer); // a reset after the head is fine
    let head = String::from_utf8_lossy(&answer);
    head.split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("GET {path}: no HTTP status in {head:?}"))
}

/// The same as `get` for every path at once (one thread each); statuses in the order given.
pub(crate) fn get_parallel(port: u16, paths: &[&str]) -> Vec<u16> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .iter()
            .map(|p| scope.spawn(move || get(port, p)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("request thread"))
            .collect()
    })
}

/// `gateway-doctor logs FILES... --format json`.
pub(crate) fn analyse(files: &[&Path]) -> CheckRun {
    let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let mut args: Vec<&str> = paths.iter().map(String::as_str).collect();
    args.extend(["--format", "json"]);
    run_logs(&args)
}

/// One finding as the test caused it: exact count, first/last inside `window`, and every
/// `subjects` entry equal to one of its subjects.
pub(crate) fn assert_live(
    run: &CheckRun,
    window: &Window,
    cause: &str,
    count: u64,
    subjects: &[&str],
) {
    let f = finding(run, cause);
    let ctx = || format!("finding {cause}: {f:#}\n{}", run.describe());
    assert_eq!(f["count"].as_u64(), Some(count), "count\n{}", ctx());
    let first = f["first_seen"].as_str().unwrap_or_default();
    let last = f["last_seen"].as_str().unwrap_or_default();
    assert!(
        window.contains(first) && window.contains(last) && first <= last,
        "first {first} / last {last} outside {} .. {:?}\n{}",
        window.start,
        window.end,
        ctx()
    );
    let got: Vec<&str> = f["subjects"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for want in subjects {
        assert!(got.contains(want), "no subject {want:?}\n{}", ctx());
    }
    let examples = f["examples"].as_array().map_or(0, Vec::len);
    assert_eq!(examples as u64, count.min(3), "examples\n{}", ctx());
}

/// The access statistics: 5xx per status and per URL exactly, every 5xx minute inside `window`.
pub(crate) fn assert_access(
    run: &CheckRun,
    window: &Window,
    total: u64,
    statuses: &[(&str, u64)],
    urls: &[(&str, u64)],
) {
    assert_eq!(
        run.at("/access/total").as_u64(),
        Some(total),
        "{}",
        run.describe()
    );
    let want: BTreeMap<String, u64> = statuses.iter().map(|(s, n)| (s.to_string(), *n)).collect();
    assert_eq!(per_status(run), want, "per status\n{}", run.describe());
    let got: BTreeMap<String, u64> = top_urls(run).into_iter().collect();
    let want: BTreeMap<String, u64> = urls.iter().map(|(u, n)| (u.to_string(), *n)).collect();
    assert_eq!(got, want, "per URL\n{}", run.describe());
    let minutes = run.at("/access/per_minute").as_array().cloned();
    let minutes = minutes.unwrap_or_default();
    let mut sum = 0;
    for m in &minutes {
        let minute = m["minute"].as_str().unwrap_or_default();
        assert!(
            window.contains(minute),
            "minute {minute}\n{}",
            run.describe()
        );
        sum += m["count"].as_u64().unwrap_or(0);
    }
    assert_eq!(
        sum,
        statuses.iter().map(|(_, n)| n).sum::<u64>(),
        "{}",
        run.describe()
    );
}

#[test]
fn nginx_in_front_of_broken_upstreams() {
    let closed = closed_port();
    let sleepy = slow(3000); // answers after 3 s, past proxy_read_timeout 1s
    let closer = accept_then_close();
    let mut nginx = Nginx::server(&format!(
        "location = /ok {{ return 200 \"ok\\n\"; }}\n\
         location /api/ {{ proxy_pass http://127.0.0.1:{closed}; }}\n\
         location /report/ {{ proxy_pass http://127.0.0.1:{}; proxy_read_timeout 1s; }}\n\
         location /upload/ {{ proxy_pass http://127.0.0.1:{}; }}\n\
         location = /index.php {{ fastcgi_pass unix:@DIR@/missing.sock; }}",
        sleepy.port(),
        closer.port()
    ));
    let socket = nginx.dir().join("missing.sock").display().to_string();
    let port = nginx.port();
    let mut window = Window::open();
    let ok = [get(port, "/ok"), get(port, "/ok")];
    let refused = [
        get(port, "/api/orders?id=1"),
        get(port, "/api/orders?id=2"),
        get(port, "/api/users"),
    ];
    let no_socket = [get(port, "/index.php"), get(port, "/index.php?page=2")];
    let timed_out = get_parallel(port, &["/report/monthly", "/report/daily"]);
    let closed_early = [get(port, "/upload/photo"), get(port, "/upload/photo")];
    nginx.stop();
    window.close();
    let log = nginx.error_log();
    assert_eq!(ok, [200, 200], "{log}");
    assert_eq!(refused, [502; 3], "{log}");
    assert_eq!(no_socket, [502; 2], "{log}");
    assert_eq!(timed_out, [504; 2], "{log}");
    assert_eq!(closed_early, [502; 2], "{log}");

    let run = analyse(&[&nginx.error_log_path(), &nginx.access_log_path()]);
    run.assert_code(1);
    assert_eq!(file_summary(&run, "error.log")["format"], "nginx_error");
    assert_eq!(file_summary(&run, "error.log")["skipped"], 0);
    assert_eq!(file_summary(&run, "access.log")["format"], "access");
    assert_causes(
        &run,
        &[
            "upstream_refused",
            "php_fpm_socket_missing",
            "upstream_timeout",
            "upstream_closed",
        ],
    );
    let upstream = |p: u16, path: &str| format!("http://127.0.0.1:{p}{path}");
    assert_live(
        &run,
        &window,
        "upstream_refused",
        3,
        &[
            &upstream(closed, "/api/orders?id=1"),
            &upstream(closed, "/api/users"),
        ],
    );
    assert_live(&run, &window, "php_fpm_socket_missing", 2, &[&socket]);
    assert_live(
        &run,
        &window,
        "upstream_timeout",
        2,
        &[
            &upstream(sleepy.port(), "/report/monthly"),
            &upstream(sleepy.port(), "/report/daily"),
        ],
    );
    assert_live(
        &run,
        &window,
        "upstream_closed",
        2,
        &[&upstream(closer.port(), "/upload/photo")],
    );
    let first = finding(&run, "upstream_refused")["examples"][0].clone();
    assert!(
        first
            .as_str()
            .is_some_and(|e| e.contains("GET /api/orders?id=1 ")),
        "{}",
        run.describe()
    );
    assert_access(
        &run,
        &window,
        11,
        &[("502", 7), ("504", 2)],
        &[
            ("/api/orders", 2),
            ("/api/users", 1),
            ("/index.php", 2),
            ("/report/monthly", 1),
            ("/report/daily", 1),
            ("/upload/photo", 2),
        ],
    );
}

/// Stop nginx and PHP-FPM (so their logs are complete), close the window, and analyse PHP-FPM's
/// log with nginx's error and access logs; the format of `php-fpm.log` is checked.
fn stop_and_analyse(fpm: &mut PhpFpm, nginx: &mut Nginx, window: &mut Window) -> CheckRun {
    nginx.stop();
    fpm.stop();
    window.close();
    let run = analyse(&[
        &fpm.log_path(),
        &nginx.error_log_path(),
        &nginx.access_log_path(),
    ]);
    assert_eq!(file_summary(&run, "php-fpm.log")["format"], "php_fpm");
    run
}

/// nginx passing `*.php` to `fpm`'s script directory.
fn nginx_to_fpm(fpm: &PhpFpm) -> Nginx {
    Nginx::server(&format!(
        "location ~ \\.php$ {{\n\
           fastcgi_pass {};\n\
           fastcgi_param SCRIPT_FILENAME {}$fastcgi_script_name;\n\
           fastcgi_param REQUEST_METHOD $request_method;\n\
           fastcgi_param QUERY_STRING $query_string;\n\
           fastcgi_param SERVER_PROTOCOL $server_protocol;\n\
         }}",
        fpm.addr(),
        fpm.script_dir().display()
    ))
}

#[test]
fn php_fpm_max_children_under_parallel_requests() {
    // One worker, each request holds it 0.4 s: six at once keep it busy across several of
    // PHP-FPM's once-a-second checks. The warning is logged once until a worker is free again.
    let mut fpm = FpmPool::default()
        .dynamic()
        .max_children(1)
        .script("busy.php", "<?php usleep(400000); echo \"ok\\n\";")
        .start();
    let mut nginx = nginx_to_fpm(&fpm);
    let mut window = Window::open();
    let paths: Vec<String> = (1..=6).map(|i| format!("/busy.php?n={i}")).collect();
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    let statuses = get_parallel(nginx.port(), &paths);
    let run = stop_and_analyse(&mut fpm, &mut nginx, &mut window);
    assert_eq!(statuses, [200; 6], "{}\n{}", fpm.log(), nginx.error_log());
    run.assert_code(1);
    // Queued requests waited, none failed: nothing in nginx's log, no 5xx.
    assert_causes(&run, &["fpm_max_children"]);
    assert_live(&run, &window, "fpm_max_children", 1, &["test"]);
    assert_access(&run, &window, 6, &[], &[]);
}

#[test]
fn php_fpm_request_terminate_timeout_kills_the_script() {
    // request_terminate_timeout = 1s against a 3 s script: PHP-FPM kills the worker (SIGTERM,
    // not a crash) and nginx sees the connection reset -> 502.
    let mut fpm = FpmPool::default()
        .max_children(1)
        .request_terminate_timeout(1)
        .script("sleep.php", "<?php sleep(3); echo \"done\\n\";")
        .start();
    let script = fpm.script_dir().join("sleep.php").display().to_string();
    let mut nginx = nginx_to_fpm(&fpm);
    let mut window = Window::open();
    let statuses = [
        get(nginx.port(), "/sleep.php"),
        get(nginx.port(), "/sleep.php?again=1"),
    ];
    let run = stop_and_analyse(&mut fpm, &mut nginx, &mut window);
    assert_eq!(statuses, [502; 2], "{}\n{}", fpm.log(), nginx.error_log());
    run.assert_code(1);
    assert_eq!(file_summary(&run, "error.log")["format"], "nginx_error");
    // "exited on signal 15 (SIGTERM)" is the kill, not a segfault.
    assert_causes(&run, &["fpm_execute_timeout", "upstream_closed"]);
    assert_live(&run, &window, "fpm_execute_timeout", 2, &[&script]);
    assert_live(
        &run,
        &window,
        "upstream_closed",
        2,
        &[&format!("fastcgi://{}", fpm.addr())],
    );
    assert_access(&run, &window, 2, &[("502", 2)], &[("/sleep.php", 2)]);
}
