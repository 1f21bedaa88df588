//! `watch` and `history` end to end: a loopback site that fails for its first checks and then
//! recovers, watched by the real binary until it is healthy; the history then shows the failing
//! and the recovered checks; `check` stores its checks (unless `--no-history`); a damaged
//! history file never breaks a check. The notification path is driven through the library's
//! watch loop with a recording notifier.

use crate::support::tcp::{Canned, TcpServer, read_request};
use crate::support::*;
use gateway_doctor::cli::watch::WatchEnd;
use gateway_doctor::watch::Notifier;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A request arriving this long after the previous one starts a new check (inside one check the
/// requests come at most 250 ms apart with `--retries 1`; checks are at least 1 s apart).
const NEW_CHECK_GAP: Duration = Duration::from_millis(800);

/// A site that answers nginx's 502 during its first `failing_checks` checks (bursts of
/// requests), then 200.
struct Recovering {
    server: TcpServer,
    checks_seen: Arc<Mutex<(usize, Option<Instant>)>>,
}

impl Recovering {
    fn start(failing_checks: usize) -> Recovering {
        let checks_seen = Arc::new(Mutex::new((0usize, None::<Instant>)));
        let seen = checks_seen.clone();
        let server = TcpServer::start(move |mut s, _| {
            let Some(req) = read_request(&mut s) else {
                return;
            };
            let check_no = {
                let mut g = seen.lock().unwrap();
                let now = Instant::now();
                if g.1
                    .is_none_or(|last| now.duration_since(last) > NEW_CHECK_GAP)
                {
                    g.0 += 1;
                }
                g.1 = Some(now);
                g.0
            };
            let response = if check_no <= failing_checks {
                Canned::nginx_502()
            } else {
                Canned::ok_hello()
            };
            let _ = response.write_to(&mut s, req.method == "HEAD");
            let _ = s.shutdown(std::net::Shutdown::Write);
        });
        Recovering {
            server,
            checks_seen,
        }
    }

    fn checks(&self) -> usize {
        self.checks_seen.lock().unwrap().0
    }
}

fn data_env(dir: &tempfile::TempDir) -> (&'static str, String) {
    ("GATEWAY_DOCTOR_DATA_DIR", dir.path().display().to_string())
}

fn run_in(sub: &str, args: &[String], data: &tempfile::TempDir) -> CheckRun {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (k, v) = data_env(data);
    let mut run = run_subcommand(sub, &args, &[(k, v.as_str())]);
    run.args.insert(0, sub.to_string());
    run
}

fn probe_flags(reference: &Reference) -> Vec<String> {
    [
        "--timeout",
        "2",
        "--retries",
        "1",
        "--no-proxy",
        "--reference",
        &reference.arg(),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[test]
fn watch_until_healthy_ends_when_the_site_is_back_and_history_shows_it() {
    let site = Recovering::start(2);
    let reference = Reference::start();
    let data = tempfile::tempdir().unwrap();
    let mut args = vec![
        site.server.url(),
        "--until-healthy".into(),
        "--interval".into(),
        "1".into(),
    ];
    args.extend(probe_flags(&reference));
    let run = run_in("watch", &args, &data);
    run.assert_code(0);
    assert_eq!(site.checks(), 3, "{}", run.describe());
    let lines: Vec<&str> = run.stdout.lines().filter(|l| l.contains("  #")).collect();
    assert_eq!(lines.len(), 3, "{}", run.describe());
    assert!(
        lines[0].contains("#1  502 Bad Gateway  nginx"),
        "{}",
        run.describe()
    );
    assert!(
        lines[0].contains("(next check in 1 s)"),
        "{}",
        run.describe()
    );
    // Back-off: the second failure waits twice as long.
    assert!(
        lines[1].contains("(next check in 2 s)"),
        "{}",
        run.describe()
    );
    assert!(lines[2].contains("#3  200 OK") && lines[2].contains("healthy"));
    assert!(!lines[2].contains("next check"), "{}", run.describe());
    assert!(run.stdout.contains("Back up: "), "{}", run.describe());
    // The notification was attempted (this test machine may or may not have a desktop).
    assert!(
        run.stderr.contains("Desktop notification sent.")
            || run.stderr.contains("Desktop notification not shown: "),
        "{}",
        run.describe()
    );
    assert!(run.elapsed >= Duration::from_secs(3), "{}", run.describe());

    let host = format!("127.0.0.1:{}", site.server.port());
    let hist = run_in("history", std::slice::from_ref(&host), &data);
    hist.assert_code(0);
    let rows: Vec<&str> = hist
        .stdout
        .lines()
        .filter(|l| l.contains("  watch  "))
        .collect();
    assert_eq!(rows.len(), 3, "{}", hist.describe());
    assert!(
        rows[0].contains("502") && rows[0].contains("failing"),
        "{}",
        hist.describe()
    );
    assert!(
        rows[2].contains("200") && rows[2].contains("healthy"),
        "{}",
        hist.describe()
    );
    assert!(
        hist.stdout.contains("working again since"),
        "{}",
        hist.describe()
    );
    assert!(
        hist.stdout.contains("2 of 3 checks failed"),
        "{}",
        hist.describe()
    );

    let csv_path = data.path().join("out.csv");
    let csv = run_in(
        "history",
        &["--csv".into(), csv_path.display().to_string()],
        &data,
    );
    csv.assert_code(0);
    let text = std::fs::read_to_string(&csv_path).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 4, "{text}");
    assert!(rows[0].starts_with("time,site,url,source,status"), "{text}");
    assert!(
        rows[1].contains(&format!(",{host},")) && rows[1].contains(",502,"),
        "{text}"
    );
    assert!(
        rows[3].contains(",200,") && rows[3].contains(",healthy,"),
        "{text}"
    );
}

#[test]
fn watch_json_prints_one_object_per_check_and_stops_at_max_checks() {
    let site = http_canned(Canned::nginx_502().header("Retry-After", "2"));
    let reference = Reference::start();
    let data = tempfile::tempdir().unwrap();
    let mut args = vec![
        site.url(),
        "--format".into(),
        "json".into(),
        "--max-checks".into(),
        "2".into(),
        "--interval".into(),
        "1".into(),
        "--no-history".into(),
    ];
    args.extend(probe_flags(&reference));
    let run = run_in("watch", &args, &data);
    run.assert_code(1);
    let objects: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(objects.len(), 2, "{}", run.describe());
    assert_eq!(objects[0]["status"], 502);
    assert_eq!(objects[0]["responder"], "nginx");
    assert_ne!(objects[0]["verdict"], "healthy");
    // The server's Retry-After (2 s) beats the 1 s interval.
    assert_eq!(objects[0]["next_check_in_s"], 2.0, "{}", run.describe());
    assert_eq!(objects[1]["check"], 2);
    assert!(objects[1]["next_check_in_s"].is_null());
    // --no-history: nothing stored.
    let hist = run_in("history", &[], &data);
    assert!(
        hist.stdout.contains("No checks stored yet"),
        "{}",
        hist.describe()
    );
}

#[test]
fn bad_watch_input_is_an_input_error() {
    let data = tempfile::tempdir().unwrap();
    for (flag, value) in [
        ("--interval", "0"),
        ("--max-checks", "0"),
        ("--interval", "NaN"),
    ] {
        let run = run_in(
            "watch",
            &["example.invalid".into(), flag.into(), value.into()],
            &data,
        );
        run.assert_code(2);
        assert!(run.stderr.contains(flag), "{}", run.describe());
    }
}

#[test]
fn check_stores_its_result_unless_told_not_to() {
    let site = http_canned(Canned::nginx_502());
    let data = tempfile::tempdir().unwrap();
    let (k, v) = data_env(&data);
    Check::new(site.url()).env(k, &v).run().assert_code(1);
    Check::new(site.url())
        .env(k, &v)
        .arg("--no-history")
        .run()
        .assert_code(1);
    // A second stored check: the report carries what the history says.
    let third = Check::new(site.url()).env(k, &v).run();
    third.assert_code(1);
    let lines = third
        .at("/history")
        .as_array()
        .expect("history lines")
        .clone();
    assert_eq!(lines.len(), 2, "{}", third.describe());
    assert!(
        lines[0].as_str().unwrap().starts_with("failing since "),
        "{lines:?}"
    );
    assert!(
        lines[1]
            .as_str()
            .unwrap()
            .ends_with(", 2 of 2 checks failed"),
        "{lines:?}"
    );
    let hist = run_in("history", &[], &data);
    hist.assert_code(0);
    let site_key = format!("127.0.0.1:{}", site.port());
    assert!(
        hist.stdout.contains(&format!("{site_key}: failing since ")),
        "{}",
        hist.describe()
    );
    assert!(
        hist.stdout.contains("2 of 2 checks failed"),
        "{}",
        hist.describe()
    );
}

#[test]
fn a_damaged_history_file_is_moved_aside_and_the_check_still_runs() {
    let site = http_ok();
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("history.sqlite"),
        "not a database, just text\n".repeat(100),
    )
    .unwrap();
    let (k, v) = data_env(&data);
    let run = Check::new(site.url()).env(k, &v).run();
    run.assert_code(0);
    assert!(run.stderr.contains("was damaged"), "{}", run.describe());
    assert!(run.stderr.contains(".corrupt-"), "{}", run.describe());
    let hist = run_in("history", &[], &data);
    assert!(hist.stdout.contains("1 check"), "{}", hist.describe());
}

/// Remembers every notification.
#[derive(Default)]
struct Recorder(Mutex<Vec<(String, String)>>);

impl Notifier for Recorder {
    fn notify(&self, title: &str, body: &str) -> Result<(), String> {
        self.0.lock().unwrap().push((title.into(), body.into()));
        Ok(())
    }
}

#[test]
fn the_watch_loop_notifies_once_when_the_site_is_back() {
    use clap::Parser;
    use gateway_doctor::cli::{Cli, Command};
    let site = Recovering::start(1);
    let reference = Reference::start();
    let mut argv = vec![
        "gateway-doctor".to_string(),
        "watch".into(),
        site.server.url(),
        "--interval".into(),
        "1".into(),
        "--max-checks".into(),
        "3".into(),
    ];
    argv.extend(probe_flags(&reference));
    let Some(Command::Watch(args)) = Cli::try_parse_from(argv).unwrap().command else {
        panic!("watch was given");
    };
    let plan = args.plan().unwrap();
    let recorder = Arc::new(Recorder::default());
    let mut out: Vec<u8> = Vec::new();
    let end = runtime().block_on(gateway_doctor::cli::watch::watch_loop(
        plan,
        None,
        recorder.clone(),
        &tokio::sync::Notify::new(),
        &mut out,
    ));
    let out = String::from_utf8_lossy(&out);
    assert_eq!(end, WatchEnd::Healthy, "{out}");
    assert_eq!(site.checks(), 3, "{out}");
    let sent = recorder.0.lock().unwrap().clone();
    assert_eq!(
        sent.len(),
        1,
        "notified once, when it came back: {sent:?}\n{out}"
    );
    assert_eq!(sent[0].0, "127.0.0.1 is back");
    assert!(sent[0].1.contains("HTTP 200"), "{sent:?}");
    assert_eq!(out.matches("Back up: ").count(), 1, "{out}");
}

#[test]
fn ctrl_c_stops_the_watch_with_a_summary_and_keeps_the_history() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let site = Recovering::start(usize::MAX);
    let reference = Reference::start();
    let data = tempfile::tempdir().unwrap();
    let (key, value) = data_env(&data);
    let mut child = Command::new(env!("CARGO_BIN_EXE_gateway-doctor"))
        .arg("watch")
        .arg(site.server.url())
        .args(["--interval", "60"])
        .args(probe_flags(&reference))
        .env(key, value)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // Wait for the first check's line (it fails: the site answers 502), then press Ctrl-C
    // during the 60 s pause.
    let first = loop {
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if line.contains("#1") => break line,
            Ok(_) => continue,
            Err(e) => {
                terminate(&mut child);
                panic!("no first check line: {e}");
            }
        }
    };
    assert!(first.contains("502"), "{first}");
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            terminate(&mut child);
            panic!("watch did not stop on SIGINT");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    reader.join().unwrap();
    let rest: Vec<String> = rx.try_iter().collect();
    assert_eq!(status.code(), Some(130), "{rest:?}");
    assert_eq!(
        rest.last().map(String::as_str),
        Some("Stopped after 1 check, 1 of them failed."),
        "{rest:?}"
    );
    // The check made before Ctrl-C is in the history.
    let history = run_in(
        "history",
        &[site.server.url(), "--csv".into(), "-".into()],
        &data,
    );
    history.assert_code(0);
    assert_eq!(history.stdout.lines().count(), 2, "{}", history.describe());
    assert!(history.stdout.contains(",502,"), "{}", history.describe());
}

#[test]
fn checks_from_several_processes_and_the_app_library_all_land_in_one_history() {
    use gateway_doctor::history::{CheckRecord, History, Source};
    let site = http_canned(Canned::nginx_502());
    let data = tempfile::tempdir().unwrap();
    let (k, v) = data_env(&data);
    // Four `check` processes at once, while this process writes like the app does.
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let (url, v) = (site.url(), v.clone());
            std::thread::spawn(move || Check::new(url).env(k, &v).run())
        })
        .collect();
    let db = data.path().join(gateway_doctor::history::FILE_NAME);
    let app = History::open(&db).expect("open").history;
    let mut record = CheckRecord {
        site: format!("127.0.0.1:{}", site.port()),
        url: site.url(),
        at_ms: 1_764_680_400_000,
        source: Source::App,
        status: Some(502),
        failure: None,
        verdict: "failing".into(),
        cause: "upstream_failed".into(),
        culprit: "upstream_app".into(),
        responder: "nginx".into(),
        total_ms: Some(3.0),
    };
    // The app keeps writing for as long as any process runs, so their writes overlap.
    let mut written = 0;
    while written < 10 || runs.iter().any(|r| !r.is_finished()) {
        record.at_ms += 1;
        app.record(&record)
            .expect("the app's write waits for the lock, never fails");
        written += 1;
        std::thread::sleep(Duration::from_millis(2));
    }
    for run in runs {
        let run = run.join().unwrap();
        run.assert_code(1);
        assert!(
            !run.all_output().contains("not stored in the history"),
            "{}",
            run.describe()
        );
    }
    let csv = run_in("history", &[site.url(), "--csv".into(), "-".into()], &data);
    csv.assert_code(0);
    assert!(written > 10, "the writes overlapped the checks: {written}");
    assert_eq!(
        csv.stdout.lines().count(),
        1 + 4 + written,
        "{}",
        csv.describe()
    );
    assert_eq!(
        csv.stdout.matches(",check,").count(),
        4,
        "{}",
        csv.describe()
    );
    assert_eq!(
        csv.stdout.matches(",app,").count(),
        written,
        "{}",
        csv.describe()
    );
}
