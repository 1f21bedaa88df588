//! `check --mode owner --logs FILE`: the server's own logs, written for real by nginx and PHP-FPM
//! on loopback while the check runs, fill the `server_logs` item and make the verdict certain and
//! precise: nginx's "Connection refused" -> `upstream_refused`; PHP-FPM workers dying of SIGSEGV
//! under nginx -> `upstream_crash`. Logs from another time or
//! that cannot be read change nothing but the item. The server checks (which would name the
//! broken link from the configuration) are off here, so the logs' own effect is what is tested.

use crate::support::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn owner_check(url: String, logs: &[&std::path::Path]) -> CheckRun {
    let mut check = Check::new(url)
        .timeout(3)
        .retries(1)
        .arg("--mode")
        .arg("owner")
        .arg("--no-burst")
        .arg("--no-server-checks");
    for log in logs {
        check = check.arg("--logs").arg(log.display().to_string());
    }
    check.run()
}

fn text(item: &serde_json::Value, field: &str) -> String {
    item[field].as_str().unwrap_or_default().to_string()
}

#[test]
fn nginx_refused_lines_make_the_502_a_certain_upstream_refused() {
    let closed = free_port();
    let nginx = Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{closed}; }}"
    ));
    let error_log = nginx.error_log_path();
    let access_log = nginx.access_log_path();
    let run = owner_check(nginx.url(), &[&error_log, &access_log]);
    run.assert_code(1);
    run.assert_http_status(Some(502));
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_refused"),
    );
    run.assert_str("/verdict/confidence", "high");
    let detail = run.str_at("/verdict/detail");
    assert!(
        detail.starts_with("The server log says why: Backend refused the connection"),
        "{detail}"
    );
    let item = run.checklist_item("server_logs");
    assert_eq!(item["status"], "fail", "{item}");
    let finding = text(item, "finding");
    assert!(
        finding.starts_with("The logs explain the error: Backend refused the connection")
            && finding.contains(&format!("127.0.0.1:{closed}")),
        "{finding}"
    );
    // The access log counted our own 502s, on the page we asked for.
    assert!(
        finding.contains("answers were errors (") && finding.contains("most on / ("),
        "{finding}"
    );
    // The logs probe is in the probe log, and the report carries the whole analysis.
    let logs = run.probes_of_kind("logs");
    assert_eq!(logs.len(), 1, "{}", run.describe());
    assert_eq!(logs[0]["status"], "ok");
    let findings = run.at("/logs/findings").as_array().expect("logs section");
    let refused = findings
        .iter()
        .find(|f| f["cause"] == "upstream_refused")
        .expect("upstream_refused finding");
    // One "Connection refused" line per request nginx passed on: at least the main request and
    // its retry, never more than the requests the check makes.
    let count = refused["count"].as_u64().unwrap_or(0);
    let requests = nginx_requests(&access_log);
    assert!(
        count >= 2 && count <= requests,
        "{count} lines for {requests} requests"
    );
}

/// How many requests nginx logged.
fn nginx_requests(access_log: &std::path::Path) -> u64 {
    std::fs::read_to_string(access_log)
        .unwrap_or_default()
        .lines()
        .count() as u64
}

/// Sends SIGSEGV to every worker of the php-fpm master `pid` until `stop` is set: each request
/// then hits a worker that dies under it, as with a crashing PHP extension.
fn segfault_workers(pid: u32, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<u32> {
    std::thread::spawn(move || {
        let mut killed = 0;
        while !stop.load(Ordering::Relaxed) {
            for child in children_of(pid) {
                let status = std::process::Command::new("kill")
                    .args(["-SEGV", &child.to_string()])
                    .status();
                if status.is_ok_and(|s| s.success()) {
                    killed += 1;
                }
            }
            std::thread::sleep(Duration::from_millis(150));
        }
        killed
    })
}

fn children_of(pid: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|p| {
            let stat = std::fs::read_to_string(format!("/proc/{p}/stat")).unwrap_or_default();
            // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
            stat.rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok())
                == Some(pid)
        })
        .collect()
}

#[test]
fn php_fpm_workers_dying_of_sigsegv_make_a_certain_crash() {
    let fpm = FpmPool::default()
        .max_children(2)
        .script("index.php", "<?php usleep(600000); echo \"ok\\n\";")
        .start();
    let nginx = Nginx::server(&format!(
        "location / {{\n\
           fastcgi_pass {};\n\
           fastcgi_param SCRIPT_FILENAME {}/index.php;\n\
           fastcgi_param REQUEST_METHOD $request_method;\n\
         }}",
        fpm.addr(),
        fpm.script_dir().display()
    ));
    let stop = Arc::new(AtomicBool::new(false));
    let killer = segfault_workers(fpm.pid(), stop.clone());
    let error_log = nginx.error_log_path();
    let run = owner_check(nginx.url(), &[&error_log, &fpm.log_path()]);
    stop.store(true, Ordering::Relaxed);
    let killed = killer.join().expect("killer thread");
    assert!(killed > 0, "no worker was killed");
    assert!(
        fpm.log().contains("exited on signal 11"),
        "php-fpm logged the crashes:\n{}",
        fpm.log()
    );
    run.assert_code(1);
    run.assert_http_status(Some(502));
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_crash"),
    );
    run.assert_str("/verdict/confidence", "high");
    assert!(
        run.str_at("/verdict/summary").contains("crashed"),
        "{}",
        run.describe()
    );
    let item = run.checklist_item("server_logs");
    assert_eq!(item["status"], "fail", "{item}");
    let finding = text(item, "finding");
    assert!(
        finding.contains("PHP-FPM worker crashed (segfault)"),
        "{finding}"
    );
    // nginx's own view of the same crashes is listed too.
    assert!(finding.contains("Also in the logs"), "{finding}");
}

#[test]
fn unreadable_logs_are_named_and_change_nothing_else() {
    let closed = free_port();
    let nginx = Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{closed}; }}"
    ));
    let missing = nginx.dir().join("no-such.log");
    let run = owner_check(nginx.url(), &[&missing]);
    run.assert_code(1);
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_failed"),
    );
    let item = run.checklist_item("server_logs");
    assert_eq!(item["status"], "warn", "{item}");
    let finding = text(item, "finding");
    assert!(
        finding.contains("could not be read") && finding.contains("no-such.log"),
        "{finding}"
    );
    assert_eq!(run.probes_of_kind("logs")[0]["status"], "error");
}

#[test]
fn logs_are_an_owner_check() {
    let run = run_check(&["http://127.0.0.1:9/", "--logs", "/var/log/nginx/error.log"]);
    run.assert_code(2);
    assert!(
        run.all_output().contains("--logs") && run.all_output().contains("--mode owner"),
        "{}",
        run.describe()
    );
}
