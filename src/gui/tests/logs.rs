//! GUI tests of the server logs: real log files dropped on the window are read on
//! the logs thread, shown as findings / chart / top pages, and become evidence of the owner check
//! on screen; reading can be cancelled.

use super::*;
use crate::diagnosis::{Cause, Confidence};
use std::io::Write as _;
use std::time::{Duration, Instant};

/// A file dropped on the window (what eframe hands over from the window system).
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_files(harness: &mut Harness<'static, GuiApp>, files: &[PathBuf]) {
    for f in files {
        harness
            .input_mut()
            .dropped_files
            .push(Arc::new(Dropped(f.clone())));
    }
    harness.run_steps(1);
}

/// Step frames until the logs thread has delivered (bounded).
fn wait_read(harness: &mut Harness<'static, GuiApp>) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while harness.state().logs.reading() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
        harness.run_steps(1);
    }
    assert!(
        !harness.state().logs.reading(),
        "the logs were not read in time"
    );
    harness.run_steps(2);
}

/// nginx error and access lines stamped now (UTC: the test process cannot know its zone, so
/// any zone's "now" counts as the time of the check).
fn fresh_nginx_logs(dir: &std::path::Path) -> Vec<PathBuf> {
    let now = time::OffsetDateTime::now_utc();
    let stamp = now
        .format(time::macros::format_description!(
            "[year]/[month]/[day] [hour]:[minute]:[second]"
        ))
        .expect("format");
    let access_stamp = now
        .format(time::macros::format_description!(
            "[day]/[month repr:short]/[year]:[hour]:[minute]:[second] +0000"
        ))
        .expect("format");
    let error = dir.join("error.log");
    let access = dir.join("access.log");
    let mut e = std::fs::File::create(&error).expect("error.log");
    let mut a = std::fs::File::create(&access).expect("access.log");
    for n in 1..=3 {
        writeln!(
            e,
            "{stamp} [error] 4242#4242: *{n} connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: shop.example.com, request: \"GET /cart HTTP/1.1\", upstream: \"http://127.0.0.1:9000/cart\", host: \"shop.example.com\""
        )
        .expect("write");
        writeln!(
            a,
            "127.0.0.1 - - [{access_stamp}] \"GET /cart?id={n} HTTP/1.1\" 502 157 \"-\" \"curl/8\""
        )
        .expect("write");
    }
    vec![error, access]
}

#[test]
fn dropped_logs_make_the_owner_verdict_certain() {
    let dir = tempfile::tempdir().expect("tempdir");
    let logs = fresh_nginx_logs(dir.path());
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    harness.get_by_label("Site owner").click();
    harness.run();
    check(&mut harness, "shop.example.com");
    backend.send(all_events(&owner_502()));
    backend.done();
    harness.run();
    let before = verdict(&harness);
    assert_eq!(before.cause, Cause::UpstreamFailed);

    drop_files(&mut harness, &logs);
    wait_read(&mut harness);
    let verdict = verdict(&harness);
    assert_eq!(verdict.cause, Cause::UpstreamRefused);
    assert_eq!(verdict.confidence, Confidence::High);
    assert!(
        verdict.detail.starts_with("The server log says why"),
        "{verdict:?}"
    );
    assert_eq!(status(&harness, CheckId::ServerLogs), ItemStatus::Fail);
    // The logs pane opened on its own with the finding, the chart and the failing page.
    assert_eq!(harness.state().pane, Pane::Logs);
    harness.get_by_label_contains("Backend refused the connection");
    harness.get_by_label("Server errors per minute");
    harness.get_by_label("/cart");
    // The report carries what the logs showed.
    let report = harness.state().report().expect("report");
    assert_eq!(report.logs.as_ref().map(|l| l.findings.len()), Some(1));
}

#[test]
fn logs_dropped_on_the_start_screen_switch_to_owner_mode_and_show_the_findings() {
    // A fixed folder, so the file names in the snapshot are the same on every machine.
    let dir = std::env::temp_dir().join("gateway-doctor-logs-snapshot");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("snapshot dir");
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logs");
    let mut files = Vec::new();
    for (from, to) in [
        ("nginx/error.log", "error.log"),
        ("nginx/access.log", "access.log"),
        ("php-fpm/php-fpm.log", "php8.2-fpm.log"),
    ] {
        std::fs::copy(fixtures.join(from), dir.join(to)).expect("copy fixture");
        files.push(dir.join(to));
    }
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    drop_files(&mut harness, &files);
    wait_read(&mut harness);
    assert_eq!(harness.state().settings.mode, crate::evidence::Mode::Owner);
    assert_eq!(backend.count(), 0, "reading logs sends nothing anywhere");
    let analysis = &harness.state().logs.last.as_ref().expect("read").analysis;
    assert_eq!(analysis.files.len(), 3);
    for title in [
        "Backend refused the connection",
        "PHP-FPM socket missing",
        "Backend too slow (timed out)",
    ] {
        harness.get_by_label_contains(title);
    }
    harness.snapshot("owner_logs");
    harness
        .get_by_label("Pages that failed most")
        .scroll_to_me();
    harness.run_steps(3);
    harness.snapshot("owner_logs_chart");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reading_logs_can_be_cancelled() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("error.log");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let line = "2026/12/01 08:00:00 [error] 1#1: *1 connect() failed (111: Connection refused) while connecting to upstream, upstream: \"http://127.0.0.1:9000/\"\n";
    let (go_on, wait) = channel::<()>();
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            // Blocks until the app opens the pipe for reading.
            let mut w = std::fs::OpenOptions::new()
                .write(true)
                .open(&fifo)
                .expect("open fifo");
            let _ = w.write_all(line.repeat(100).as_bytes());
            let _ = w.flush();
            // Hold the rest back until the test pressed Cancel.
            let _ = wait.recv_timeout(Duration::from_secs(20));
            // The reader checks for a cancel every 1024 lines; a closed pipe also ends it.
            let _ = w.write_all(line.repeat(3000).as_bytes());
        })
    };
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    drop_files(&mut harness, &[fifo]);
    assert!(harness.state().logs.reading());
    harness.run_steps(1);
    harness.get_by_label("Cancel").click();
    harness.run_steps(1);
    let _ = go_on.send(());
    wait_read(&mut harness);
    writer.join().expect("writer");
    let analysis = &harness.state().logs.last.as_ref().expect("result").analysis;
    assert!(analysis.cancelled, "{analysis:?}");
    assert!(
        analysis.files[0].lines < 3100,
        "stopped early: {analysis:?}"
    );
    harness.get_by_label("Reading was cancelled: these results cover only what was read.");
}
