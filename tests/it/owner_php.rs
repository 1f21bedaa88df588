//! Owner mode against a real PHP-FPM behind a real nginx on loopback: a script that sleeps past a
//! 2 s limit must be recognised as a configured time limit (nginx's `fastcgi_read_timeout` -> 504,
//! PHP-FPM's `request_terminate_timeout` -> 502), with the exact settings in `php_limits`; and a
//! 503 maintenance page with `Retry-After: 120` must be called maintenance, with how long.
//!
//! Every run uses an IP-literal URL (no DNS), `--no-burst`, and short client timeouts.

use crate::support::*;
use std::time::Duration;

/// The PHP script that outlives every 2 s limit.
const SLOW_PHP: &str = "<?php sleep(4); echo \"done\\n\";";

/// nginx passing every request to `fpm`'s `slow.php`, with `extra` directives in the location.
fn nginx_to_fpm(fpm: &PhpFpm, extra: &str) -> Nginx {
    let script = fpm.script_dir().join("slow.php");
    Nginx::server(&format!(
        "location / {{\n\
           fastcgi_pass {};\n\
           fastcgi_param SCRIPT_FILENAME {};\n\
           fastcgi_param REQUEST_METHOD $request_method;\n\
           fastcgi_param QUERY_STRING $query_string;\n\
           fastcgi_param SERVER_PROTOCOL $server_protocol;\n\
           {extra}\n\
         }}",
        fpm.addr(),
        script.display()
    ))
}

/// `check URL --mode owner --no-burst` with a client timeout longer than the 2 s limits.
fn owner_check(url: String) -> CheckRun {
    Check::new(url)
        .timeout(5)
        .retries(1)
        .arg("--mode")
        .arg("owner")
        .arg("--no-burst")
        .run()
}

/// Seconds until the main response's first byte.
fn first_byte_secs(run: &CheckRun) -> f64 {
    run.at("/http/timings_ms/first_byte")
        .as_f64()
        .unwrap_or_else(|| panic!("no first_byte timing\n{}", run.describe()))
        / 1000.0
}

fn text(item: &serde_json::Value, field: &str) -> String {
    item[field].as_str().unwrap_or_default().to_string()
}

fn commands(item: &serde_json::Value) -> Vec<String> {
    item["commands"]
        .as_array()
        .map(|c| {
            c.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// `php_limits` failed, says "about 2 s" and names every setting in `settings`.
fn assert_configured_two_seconds(run: &CheckRun, settings: &[&str]) {
    let item = run.checklist_item("php_limits");
    assert_eq!(item["status"], "fail", "{}", run.describe());
    let finding = text(item, "finding");
    assert!(
        finding.contains("after about 2 s")
            && finding.contains("a limit of 2 s is probably configured"),
        "{finding}\n{}",
        run.describe()
    );
    let commands = commands(item);
    for s in settings {
        assert!(finding.contains(s), "{s} not in finding: {finding}");
        assert!(
            commands.iter().any(|c| c.starts_with(s)),
            "{s} not in commands: {commands:?}"
        );
    }
}

#[test]
fn fastcgi_read_timeout_504_names_the_configured_limit() {
    // Enough workers that no request waits for another one's sleep.
    let fpm = FpmPool::default()
        .max_children(6)
        .script("slow.php", SLOW_PHP)
        .start();
    let nginx = nginx_to_fpm(&fpm, "fastcgi_read_timeout 2s;");
    let run = owner_check(nginx.url());
    run.assert_code(1);
    run.assert_http_status(Some(504));
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_timeout"),
    );
    let secs = first_byte_secs(&run);
    assert!((1.95..2.4).contains(&secs), "first byte after {secs} s");
    assert_configured_two_seconds(
        &run,
        &[
            "fastcgi_read_timeout",
            "max_execution_time",
            "request_terminate_timeout",
        ],
    );
    assert!(
        nginx.error_log().contains("upstream timed out"),
        "nginx timed out reading from PHP-FPM:\n{}",
        nginx.error_log()
    );
    assert!(run.elapsed < Duration::from_secs(30), "{:?}", run.elapsed);
}

#[test]
fn request_terminate_timeout_502_names_the_configured_limit() {
    let fpm = FpmPool::default()
        .max_children(8)
        .request_terminate_timeout(2)
        .script("slow.php", SLOW_PHP)
        .start();
    // nginx would wait 10 s: PHP-FPM's own limit is the one that fires.
    let nginx = nginx_to_fpm(&fpm, "fastcgi_read_timeout 10s;");
    let run = owner_check(nginx.url());
    run.assert_code(1);
    run.assert_http_status(Some(502));
    // The verdict stays with what nginx saw (its upstream closed); the owner's php_limits item is
    // the one that says a configured limit probably fired.
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_failed"),
    );
    // PHP-FPM checks the limit on a heartbeat of a third of it: the kill comes up to 0.67 s late.
    let secs = first_byte_secs(&run);
    assert!((1.95..2.85).contains(&secs), "first byte after {secs} s");
    assert_configured_two_seconds(&run, &["request_terminate_timeout", "max_execution_time"]);
    let item = run.checklist_item("php_limits");
    assert!(
        commands(item)
            .iter()
            .position(|c| c.starts_with("request_terminate_timeout"))
            < commands(item)
                .iter()
                .position(|c| c.starts_with("fastcgi_read_timeout")),
        "a killed worker names PHP's limits first: {item}"
    );
    // The killed worker's socket is reset (or, on some kernels, closed) under nginx.
    let log = nginx.error_log();
    assert!(
        log.contains("Connection reset by peer") || log.contains("upstream prematurely closed"),
        "nginx saw PHP-FPM drop the connection:\n{log}"
    );
    assert!(
        fpm.log().contains("request_terminate_timeout") || fpm.log().contains("terminating"),
        "PHP-FPM killed the worker:\n{}",
        fpm.log()
    );
}

#[test]
fn maintenance_503_with_retry_after_says_maintenance_and_how_long() {
    let root = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        root.path().join("maintenance.html"),
        "<html><body><h1>Down for maintenance</h1><p>We'll be back soon.</p></body></html>\n",
    )
    .expect("maintenance page");
    let nginx = Nginx::server(&format!(
        "root {};\n\
         add_header Retry-After 120 always;\n\
         error_page 503 /maintenance.html;\n\
         location = /maintenance.html {{ internal; }}\n\
         location / {{ return 503; }}",
        root.path().display()
    ));
    let run = owner_check(nginx.url());
    run.assert_code(1);
    run.assert_http_status(Some(503));
    run.assert_verdict(Some("failing"), None, Some("maintenance"));
    assert!(
        run.str_at("/verdict/summary").contains("maintenance"),
        "{}",
        run.describe()
    );
    let wait = run.checklist_item("wait");
    assert_eq!(wait["wait_secs"], 120, "{wait}");
    let finding = text(wait, "finding");
    assert!(
        finding.contains("maintenance") && finding.contains("2 minutes"),
        "{wait}"
    );
    // The owner is not told to restart a backend that is not down.
    let restart = run.checklist_item("restart_server");
    assert_eq!(restart["status"], "info", "{restart}");
    let finding = text(restart, "finding");
    assert!(
        finding.contains("maintenance mode") && finding.contains("Retry-After: 120"),
        "{restart}"
    );
    assert!(
        commands(restart)
            .iter()
            .any(|c| c.contains("wp maintenance-mode")),
        "{restart}"
    );
}

/// `check https://127.0.0.1:PORT/` trusting the test CA, in `mode`.
fn check_expiring(server: &TlsServer, mode: &str) -> CheckRun {
    let dir = tempfile::tempdir().expect("tempdir");
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, server.cert_pem()).expect("write CA");
    let url = format!("https://127.0.0.1:{}/", server.port());
    let mut check = Check::new(url)
        .env("SSL_CERT_FILE", &ca.display().to_string())
        .arg("--mode")
        .arg(mode);
    if mode == "owner" {
        check = check.arg("--no-burst");
    }
    check.run()
}

#[test]
fn certificate_expiring_in_5_days_warns_the_owner_only() {
    let server = tls_server_expiring(5, crate::support::tcp::Canned::ok_hello());
    let run = check_expiring(&server, "owner");
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, None);
    let cdn = run.checklist_item("cdn");
    assert_eq!(cdn["status"], "warn", "{}", run.describe());
    assert!(
        text(cdn, "finding").contains("certificate expires in 5 days"),
        "{cdn}"
    );
    assert!(commands(cdn).iter().any(|c| c == "certbot renew"), "{cdn}");

    let run = check_expiring(&server, "visitor");
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, None);
    assert!(
        !any_string(&run.report()["checklist"], &|s| s.contains("expires in")),
        "visitors are not told: {}",
        run.describe()
    );
    assert!(
        !any_string(&run.report()["verdict"], &|s| s.contains("expires")),
        "{}",
        run.describe()
    );
}
