//! GUI tests: the app driven through its widgets (egui_kittest, AccessKit) with a fake probe
//! backend that the test feeds real engine events built from the scenario files, plus snapshot
//! images of each screen (wgpu on lavapipe in CI; `UPDATE_SNAPSHOTS=1 cargo test` refreshes
//! them).

use super::app::{AppConfig, ExportFormat, GuiApp, Pane};
use super::bridge::{Backend, BridgeMsg, RunHandle, SavePicker};
use crate::browsers::{BrowserKind, InstalledBrowser};
use crate::diagnosis::{CheckId, ItemStatus};
use crate::evidence::test_evidence::{healthy, nginx_502, owner_502};
use crate::evidence::{Evidence, Observation, ProbeEvent, ProbeKind, ProbeRecord};
use crate::probe::CheckOptions;
use crate::store::Store;
use crate::target::Target;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

mod about;
mod language;

// ------------------------------------------------------------------------------------------
// The fake backend: records each started run and lets the test send its events.

struct FakeRun {
    target: Target,
    options: CheckOptions,
    tx: Sender<BridgeMsg>,
    cancelled: Arc<AtomicBool>,
}

/// Fake checks; real third-party questions (a loopback Globalping) on a small runtime of its own.
#[derive(Clone)]
struct FakeBackend {
    runs: Rc<RefCell<Vec<FakeRun>>>,
    runtime: Rc<tokio::runtime::Runtime>,
    /// What the server checks find when an owner check finishes (`None`: not offered).
    server_side: Rc<RefCell<Option<crate::evidence::server_side::ServerSide>>>,
    /// What "Check every site on this computer" finds (`None`: not offered).
    machine: Rc<RefCell<Option<crate::report::server::ServerReport>>>,
    /// The addresses each "Check these now" of a recording asked for.
    rechecks: Rc<RefCell<Vec<Vec<String>>>>,
}

impl Default for FakeBackend {
    fn default() -> Self {
        FakeBackend {
            runs: Rc::default(),
            server_side: Rc::default(),
            machine: Rc::default(),
            rechecks: Rc::default(),
            runtime: Rc::new(
                tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .enable_all()
                    .build()
                    .expect("test runtime"),
            ),
        }
    }
}

impl Backend for FakeBackend {
    fn start(&self, target: Target, options: CheckOptions, _ctx: &egui::Context) -> RunHandle {
        let (tx, rx) = channel();
        let cancelled = Arc::new(AtomicBool::new(false));
        let flag = cancelled.clone();
        self.runs.borrow_mut().push(FakeRun {
            target,
            options,
            tx,
            cancelled,
        });
        RunHandle::new(rx, Box::new(move || flag.store(true, Ordering::SeqCst)))
    }

    fn runtime(&self) -> tokio::runtime::Handle {
        self.runtime.handle().clone()
    }

    fn server_checks(
        &self,
        _ips: Vec<std::net::IpAddr>,
        _port: u16,
        _host: String,
        _edge: Option<crate::serverconf::judge::EdgeLimit>,
        _ctx: &egui::Context,
    ) -> Option<super::task::Task<crate::evidence::server_side::ServerSide>> {
        let side = self.server_side.borrow().clone()?;
        let (tx, rx) = channel();
        let _ = tx.send(side);
        Some(super::task::Task::from_receiver(rx))
    }

    /// Every address "works now" (the test checks what was asked, not the probes).
    fn recheck(
        &self,
        urls: Vec<String>,
        _options: CheckOptions,
        _ctx: &egui::Context,
    ) -> Option<super::task::Task<Vec<crate::har::Recheck>>> {
        let answer = urls
            .iter()
            .map(|u| crate::har::Recheck {
                url: u.clone(),
                status: Some(200),
                cause: crate::diagnosis::Cause::Healthy,
                summary: "The site works.".into(),
                still_failing: false,
            })
            .collect();
        self.rechecks.borrow_mut().push(urls);
        let (tx, rx) = channel();
        let _ = tx.send(answer);
        Some(super::task::Task::from_receiver(rx))
    }

    fn check_machine(
        &self,
        _ctx: &egui::Context,
    ) -> Option<super::task::Task<crate::report::server::ServerReport>> {
        let report = self.machine.borrow().clone()?;
        let (tx, rx) = channel();
        let _ = tx.send(report);
        Some(super::task::Task::from_receiver(rx))
    }
}

impl FakeBackend {
    fn count(&self) -> usize {
        self.runs.borrow().len()
    }

    fn send(&self, events: impl IntoIterator<Item = ProbeEvent>) {
        let runs = self.runs.borrow();
        let run = runs.last().expect("a run was started");
        for e in events {
            // After a cancel the app no longer listens; like the engine, stop quietly.
            let _ = run.tx.send(BridgeMsg::Event(e));
        }
    }

    fn done(&self) {
        let runs = self.runs.borrow();
        let _ = runs
            .last()
            .expect("a run was started")
            .tx
            .send(BridgeMsg::Done);
    }

    fn cancelled(&self) -> bool {
        self.runs
            .borrow()
            .last()
            .is_some_and(|r| r.cancelled.load(Ordering::SeqCst))
    }
}

/// A save dialog that cannot be shown (the sender is dropped at once).
struct NoDialog;

impl SavePicker for NoDialog {
    fn pick(&self, _name: &str, _ext: &str, _ctx: &egui::Context) -> Receiver<Option<PathBuf>> {
        channel().1
    }
}

/// A save dialog that answers with a fixed path at once.
struct FixedPicker(Option<PathBuf>);

impl SavePicker for FixedPicker {
    fn pick(&self, _name: &str, _ext: &str, _ctx: &egui::Context) -> Receiver<Option<PathBuf>> {
        let (tx, rx) = channel();
        let _ = tx.send(self.0.clone());
        rx
    }
}

// ------------------------------------------------------------------------------------------
// Evidence from the scenario files, turned back into the engine's events.

/// The `Finished` event of one probe kind as the engine would send it.
fn finished(e: &Evidence, kind: ProbeKind) -> ProbeEvent {
    let observation = match kind {
        ProbeKind::Dns => e.dns.clone().map(Observation::Dns),
        ProbeKind::Tcp => e.tcp.clone().map(Observation::Tcp),
        ProbeKind::Tls => e.tls.clone().map(Observation::Tls),
        ProbeKind::Http => e.http.clone().map(Observation::Http),
        ProbeKind::Refresh => e.refresh.clone().map(Observation::Refresh),
        ProbeKind::ClearCache => e.clear_cache.clone().map(Observation::ClearCache),
        ProbeKind::OtherBrowser => e.other_browser.clone().map(Observation::OtherBrowser),
        ProbeKind::Connection => e.connection.clone().map(Observation::Connection),
        ProbeKind::Propagation => e.propagation.clone().map(Observation::Propagation),
        ProbeKind::Origin => e.origin.clone().map(Observation::Origin),
        ProbeKind::Routes => e.routes.clone().map(Observation::Routes),
        ProbeKind::Paths => e.paths.clone().map(Observation::Paths),
        ProbeKind::Burst => e.burst.clone().map(Observation::Burst),
        ProbeKind::Logs => e.logs.clone().map(|l| Observation::Logs(Box::new(l))),
        ProbeKind::Http3 => e.http3.clone().map(Observation::Http3),
    }
    .unwrap_or(Observation::Skipped {
        kind,
        reason: "not in this scenario".into(),
    });
    ProbeEvent::Finished {
        observation: Box::new(observation),
        record: ProbeRecord {
            kind,
            duration_ms: 5.0,
            ..ProbeRecord::new(kind)
        },
    }
}

fn all_events(e: &Evidence) -> Vec<ProbeEvent> {
    let mut events: Vec<ProbeEvent> = e.planned.iter().map(|k| ProbeEvent::Started(*k)).collect();
    events.extend(e.planned.iter().map(|k| finished(e, *k)));
    events
}

// ------------------------------------------------------------------------------------------
// The harness.

fn config(store: Option<Store>) -> AppConfig {
    AppConfig {
        initial_url: None,
        options: CheckOptions {
            references: vec!["127.0.0.1:9".into()],
            ..CheckOptions::default()
        },
        store,
        browsers: Vec::new(),
        fallback_dir: None,
        logs: Vec::new(),
        history: None,
        lang: Some("en".into()),
    }
}

fn harness_with(app: GuiApp) -> Harness<'static, GuiApp> {
    harness_themed(app, egui::Theme::Dark)
}

fn harness_themed(app: GuiApp, theme: egui::Theme) -> Harness<'static, GuiApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(960.0, 680.0))
        .with_theme(theme)
        .with_render_cursor(false)
        .build_ui_state(|ui, app: &mut GuiApp| app.show(ui), app);
    super::quiet_style(&harness.ctx);
    let icon = super::icon_texture(&harness.ctx);
    harness.state_mut().icon = icon;
    harness
}

fn harness(backend: &FakeBackend) -> Harness<'static, GuiApp> {
    let app = GuiApp::new(
        config(None),
        Box::new(backend.clone()),
        Box::new(FixedPicker(None)),
    );
    harness_with(app)
}

/// An app with this picker that has checked `address` and seen every event of `evidence`.
fn checked_with(
    backend: &FakeBackend,
    cfg: AppConfig,
    picker: Box<dyn SavePicker>,
    address: &str,
    evidence: &Evidence,
) -> Harness<'static, GuiApp> {
    let app = GuiApp::new(cfg, Box::new(backend.clone()), picker);
    let mut harness = harness_with(app);
    harness.run();
    check(&mut harness, address);
    backend.send(all_events(evidence));
    backend.done();
    harness.run();
    harness
}

/// A plain app that has checked `address` and seen every event of `evidence`.
/// The verdict of the run on screen.
fn verdict(harness: &Harness<'static, GuiApp>) -> crate::diagnosis::Verdict {
    let run = harness.state().run.as_ref().expect("a run");
    run.diagnosis.verdict.clone()
}

fn checked(backend: &FakeBackend, address: &str, evidence: &Evidence) -> Harness<'static, GuiApp> {
    checked_with(
        backend,
        config(None),
        Box::new(FixedPicker(None)),
        address,
        evidence,
    )
}

/// Type an address and press Enter, as a person would.
fn check(harness: &mut Harness<'static, GuiApp>, address: &str) {
    type_into(harness, "Site:", address);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
}

/// Focus the field labelled `label`, replace nothing, type `text`.
fn type_into(harness: &mut Harness<'static, GuiApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run_steps(1);
    harness.get_by_label(label).type_text(text);
    harness.run_steps(1);
}

/// Some node's label contains `text` (several may: a label and its tooltip owner).
fn has_text(harness: &Harness<'static, GuiApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

fn status(harness: &Harness<'static, GuiApp>, id: CheckId) -> ItemStatus {
    harness.state().item(id).expect("item exists").status
}

// ------------------------------------------------------------------------------------------

#[test]
fn start_screen_has_a_focused_address_field_and_explains_the_steps() {
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    // The address field has the focus: typing goes straight into it.
    assert!(
        harness.get_by_label("Site:").is_focused(),
        "the address field has the focus"
    );
    harness.get_by_label("Site:").type_text("shop.example.com");
    harness.run();
    assert_eq!(harness.state().address, "shop.example.com");
    harness.state_mut().address.clear();
    harness.get_by_label_contains("Which site shows the error?");
    harness.get_by_label_contains("1. Refresh");
    harness.get_by_label("Visitor");
    harness.get_by_label("Site owner").click();
    harness.run();
    harness.get_by_label_contains("static files vs the dynamic page, your server logs");
    harness.get_by_label("📂 Analyse logs…");
    harness.get_by_label("Visitor").click();
    harness.run();
    harness.snapshot("start_screen");
}

#[test]
fn a_502_fills_in_live_then_gives_the_verdict() {
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    check(&mut harness, "shop.example.com/cart");
    assert_eq!(backend.count(), 1);
    assert_eq!(backend.runs.borrow()[0].target.host, "shop.example.com");
    // Everything pending: spinners, "checking" words, a banner that says so.
    for id in super::app::VISITOR_STEPS {
        assert_eq!(status(&harness, id), ItemStatus::Pending, "{id:?}");
    }
    assert!(has_text(&harness, "Still checking"));
    // DNS, TCP, TLS and the main request arrive: the banner changes before the steps settle.
    let evidence = nginx_502();
    backend.send(
        [
            ProbeKind::Dns,
            ProbeKind::Tcp,
            ProbeKind::Tls,
            ProbeKind::Http,
        ]
        .into_iter()
        .map(|k| finished(&evidence, k)),
    );
    harness.run_steps(3);
    assert_eq!(status(&harness, CheckId::Refresh), ItemStatus::Pending);
    harness.get_by_label_contains("nginx answered 502");
    harness.snapshot("run_in_progress");

    backend.send(all_events(&evidence));
    backend.done();
    harness.run();
    assert!(!harness.state().is_running());
    assert_eq!(status(&harness, CheckId::Refresh), ItemStatus::Fail);
    let summary = verdict(&harness).summary;
    assert!(summary.contains("not your computer"), "{summary}");
    harness.get_by_label_contains(&summary);
    harness.get_by_label_contains("Failing.");
    harness.get_by_label("▶ Check");
    harness.snapshot("verdict_failing_502");
}

#[test]
fn the_light_theme_reads_as_well() {
    // The app follows the system's theme; the verdict must read in light as in dark.
    let backend = FakeBackend::default();
    let evidence = nginx_502();
    let app = GuiApp::new(
        config(None),
        Box::new(backend.clone()),
        Box::new(FixedPicker(None)),
    );
    let mut harness = harness_themed(app, egui::Theme::Light);
    harness.run();
    check(&mut harness, "shop.example.com/cart");
    backend.send(all_events(&evidence));
    backend.done();
    harness.run();
    assert!(!harness.ctx.global_style().visuals.dark_mode);
    harness.get_by_label_contains("Failing.");
    harness.snapshot("verdict_failing_502_light");
}

#[test]
fn a_healthy_site_says_so_and_shows_the_details() {
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    check(&mut harness, "https://shop.example.com/");
    let mut evidence = healthy();
    // Spoken like a browser: HTTP/2; HTTP/3 offered but UDP filtered here.
    if let Some(http) = evidence.http.as_mut() {
        http.protocol = Some("HTTP/2".into());
    }
    evidence.http3 = Some(crate::evidence::http3::Http3Observation {
        outcome: crate::evidence::http3::Http3Outcome::Blocked,
        advertised: Some("h3=\":443\"; ma=86400".into()),
        address: "203.0.113.10:443".parse().ok(),
        duration_ms: 3000.0,
        error: Some("no answer over UDP within 3.0 s".into()),
        ..Default::default()
    });
    evidence.planned.push(ProbeKind::Http3);
    evidence.finished.push(ProbeKind::Http3);
    backend.send(all_events(&evidence));
    backend.done();
    harness.run();
    assert_eq!(
        verdict(&harness).status,
        crate::diagnosis::VerdictStatus::Healthy
    );
    harness.get_by_label_contains("Working.");
    harness.snapshot("verdict_healthy");

    harness
        .get_by_label("🔍 Details (timings, headers, log)")
        .click();
    harness.run();
    assert_eq!(harness.state().pane, Pane::Details);
    harness.get_by_label("DNS lookup");
    harness.get_by_label("Total");
    harness.get_by_label_contains("Headers (");
    harness.get_by_label_contains("http finished");
    harness.get_by_label_contains("Protocol: HTTP/2; HTTP/3 offered but blocked here");
    harness.snapshot("details");
}

#[test]
fn the_502_details_show_ids_and_the_error_page() {
    let backend = FakeBackend::default();
    let mut harness = checked(&backend, "shop.example.com", &nginx_502());
    harness
        .get_by_label("🔍 Details (timings, headers, log)")
        .click();
    harness.run();
    harness.get_by_label_contains("HTTP 502");
    harness.get_by_label_contains("<center><h1>502 Bad Gateway</h1></center>");
    harness.get_by_label("📋 Copy log");
    harness.snapshot("details_502");
}

#[test]
fn cancel_stops_the_run_and_keeps_what_was_seen() {
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    check(&mut harness, "shop.example.com");
    backend.send([finished(&nginx_502(), ProbeKind::Dns)]);
    harness.run_steps(2);
    harness.get_by_label("⏹ Cancel").click();
    harness.run();
    assert!(backend.cancelled(), "the backend was told to stop");
    assert!(!harness.state().is_running());
    harness.get_by_label_contains("Cancelled");
    // Events that arrive after the cancel are ignored.
    backend.send(all_events(&nginx_502()));
    harness.run();
    assert!(
        harness
            .state()
            .run
            .as_ref()
            .unwrap()
            .evidence
            .http
            .is_none()
    );

    // Esc cancels too.
    check(&mut harness, "shop.example.com");
    assert!(harness.state().is_running());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(backend.cancelled());
    assert!(!harness.state().is_running());
}

#[test]
fn an_invalid_address_gets_an_inline_message_and_no_probe() {
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    check(&mut harness, "ftp://example.com");
    assert_eq!(backend.count(), 0);
    let error = harness
        .state()
        .input_error
        .clone()
        .expect("an inline error");
    assert!(error.contains("ftp"), "{error}");
    harness.get_by_label_contains(&format!("✖ {error}"));
    // Typing again clears it.
    type_into(&mut harness, "Site:", "x");
    harness.run();
    assert!(harness.state().input_error.is_none());
}

#[test]
fn export_writes_each_format_with_notes_and_redaction() {
    let dir = tempfile::tempdir().unwrap();
    let backend = FakeBackend::default();
    for format in ExportFormat::ALL {
        let path = dir.path().join(format!("report.{}", format.extension()));
        let mut harness = checked_with(
            &backend,
            config(None),
            Box::new(FixedPicker(Some(path.clone()))),
            "https://shop.example.com/cart?token=s3cret&item=7",
            &nginx_502(),
        );
        type_into(&mut harness, "Notes:", "Since 9:10 when I pay");
        harness.state_mut().export_format = format;
        harness.run();
        harness.get_by_label("💾 Save report…").click();
        harness.run();
        let text = std::fs::read_to_string(&path).expect("the report was written");
        assert!(text.contains("Since 9:10 when I pay"), "{format:?}: notes");
        assert!(!text.contains("s3cret"), "{format:?}: the token is removed");
        match format {
            ExportFormat::Markdown => assert!(text.starts_with("# Gateway Doctor report")),
            ExportFormat::Html => assert!(text.to_lowercase().starts_with("<!doctype html")),
            ExportFormat::Json => {
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                assert_eq!(v["http"]["status"], 502);
            }
        }
        harness.get_by_label_contains("Report saved to");
    }

    // With "Include the full address" the query stays; the report still has no password.
    let path = dir.path().join("full.md");
    let mut harness = checked_with(
        &backend,
        config(None),
        Box::new(FixedPicker(Some(path.clone()))),
        "https://user:pw@shop.example.com/cart?token=s3cret",
        &nginx_502(),
    );
    harness.get_by_label("Include the full address").click();
    harness.run();
    harness.get_by_label("💾 Save report…").click();
    harness.run();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("token=s3cret"), "{text}");
    assert!(!text.contains("pw@") && !text.contains("user:"), "{text}");

    // Without a dialog the report goes to the fallback folder, and the notice says where.
    let mut cfg = config(None);
    cfg.fallback_dir = Some(dir.path().to_path_buf());
    let mut harness = checked_with(
        &backend,
        cfg,
        Box::new(NoDialog),
        "shop.example.com",
        &nginx_502(),
    );
    harness.get_by_label("💾 Save report…").click();
    harness.run();
    let saved: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.to_string_lossy()
                .contains("gateway-doctor-shop.example.com-")
        })
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert!(
        std::fs::read_to_string(&saved[0])
            .unwrap()
            .starts_with("# Gateway Doctor report")
    );
    harness.get_by_label_contains("No file dialog could be opened here");

    // A failed write is reported, not lost.
    let app = GuiApp::new(
        config(None),
        Box::new(backend.clone()),
        Box::new(FixedPicker(Some(dir.path().join("missing-dir/r.md")))),
    );
    let mut harness = harness_with(app);
    harness.run();
    check(&mut harness, "shop.example.com");
    harness.run_steps(1);
    harness.get_by_label("💾 Save report…").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Could not save the report");
}

#[test]
fn corrupt_settings_fall_back_with_a_notice_and_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("settings.json");
    std::fs::write(&file, b"{ not json").unwrap();
    let backend = FakeBackend::default();
    let app = GuiApp::new(
        config(Some(Store::at(file.clone()))),
        Box::new(backend.clone()),
        Box::new(FixedPicker(None)),
    );
    let mut harness = harness_with(app);
    harness.run();
    harness.get_by_label_contains("could not be read");
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert_eq!(backups.len(), 1, "the bad file was kept aside");
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert_eq!(harness.state().notice, None);

    // A check remembers the site in a good file; a new app shows it under recent sites.
    check(&mut harness, "shop.example.com");
    harness.get_by_label("Site owner").click();
    harness.run_steps(2);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["mode"], "owner");
    assert_eq!(saved["recent"][0], "https://shop.example.com/");
    assert_eq!(
        saved["window"]["width"], 960.0,
        "the window size is remembered"
    );
    drop(harness);
    let app = GuiApp::new(
        config(Some(Store::at(file.clone()))),
        Box::new(backend.clone()),
        Box::new(FixedPicker(None)),
    );
    let mut harness = harness_with(app);
    harness.run();
    assert_eq!(harness.state().notice, None);
    harness.get_by_label_contains("Recent sites");
    harness.get_by_label("https://shop.example.com/").click();
    harness.run_steps(2);
    assert_eq!(backend.count(), 2, "clicking a recent site checks it");
}

#[test]
fn the_guide_walks_the_steps_and_offers_the_browsers() {
    let backend = FakeBackend::default();
    let mut cfg = config(None);
    cfg.browsers = vec![InstalledBrowser {
        kind: BrowserKind::Firefox,
        program: PathBuf::from("/nonexistent/gateway-doctor-test/firefox"),
    }];
    let app = GuiApp::new(cfg, Box::new(backend.clone()), Box::new(FixedPicker(None)));
    let mut harness = harness_with(app);
    harness.run();
    assert!(harness.state().settings.guided, "guided is the default");
    check(&mut harness, "shop.example.com");
    backend.send(all_events(&nginx_502()));
    backend.done();
    harness.run();
    harness.get_by_label_contains("Step 1 of 5");
    harness.get_by_label("↻ Retry now");
    harness.get_by_label("Next ▶").click();
    harness.run();
    harness.get_by_label_contains("Step 2 of 5");
    harness.get_by_label("How to clear the cache in Firefox");
    harness.get_by_label("Next ▶").click();
    harness.run();
    harness.get_by_label("Open in your default browser");
    // How to record a HAR for support, in the browser installed here.
    harness
        .get_by_label("Record what your browser sees (HAR file for support)")
        .click();
    harness.run();
    harness.get_by_label_contains("Firefox: press F12, open Network, reload the page");
    harness.get_by_label("Open in Firefox").click();
    harness.run();
    harness.get_by_label_contains("Could not open Firefox");
    harness.get_by_label("◀ Back").click();
    harness.run();
    harness.get_by_label_contains("Step 2 of 5");

    // "Retry now" on the first step starts a new check.
    harness.get_by_label_contains("1. Refresh").click();
    harness.run();
    harness.get_by_label("↻ Retry now").click();
    harness.run_steps(2);
    assert_eq!(backend.count(), 2);
}

/// Records the desktop notifications the app asks for.
#[derive(Default)]
struct Recorder(std::sync::Mutex<Vec<(String, String)>>);

impl crate::watch::Notifier for Recorder {
    fn notify(&self, title: &str, body: &str) -> Result<(), String> {
        self.0.lock().unwrap().push((title.into(), body.into()));
        Ok(())
    }
}

#[test]
fn wait_counts_down_rechecks_and_says_when_the_site_is_back() {
    let backend = FakeBackend::default();
    let mut harness = checked(&backend, "shop.example.com", &nginx_502());
    let recorder = std::sync::Arc::new(Recorder::default());
    harness.state_mut().notifier = recorder.clone();
    harness.get_by_label_contains("5. Wait").click();
    harness.run();
    harness
        .get_by_label("⏱ Keep checking until it's back")
        .click();
    harness.run();
    harness.get_by_label_contains("Checking again in");
    // Still failing at the first re-check: the next pause is longer.
    harness.get_by_label("Check now").click();
    harness.run_steps(2);
    assert_eq!(backend.count(), 2, "the countdown started a re-check");
    let first_pause = harness.state().wait.last_pause.unwrap();
    backend.send(all_events(&nginx_502()));
    backend.done();
    harness.run_steps(3);
    assert!(
        harness.state().wait.last_pause.unwrap() > first_pause,
        "backs off"
    );
    harness.get_by_label_contains("re-checks so far: 1");
    // The site recovers.
    harness.state_mut().wait.next_at = Some(std::time::Instant::now());
    harness.run_steps(2);
    assert_eq!(backend.count(), 3);
    backend.send(all_events(&healthy()));
    backend.done();
    harness.run_steps(3);
    assert!(!harness.state().wait.watching());
    harness.get_by_label_contains("is working again");
    harness.get_by_label_contains("The site is back");
    // One row per check since "keep checking": the first failure, one more, then the 200.
    let rows: Vec<String> = harness
        .state()
        .watch_rows
        .iter()
        .map(|r| r.outcome())
        .collect();
    assert_eq!(rows, ["502", "502", "200"]);
    harness.get_by_label("Answered by");
    // The desktop notification goes out once, off the UI thread.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while recorder.0.lock().unwrap().is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let sent = recorder.0.lock().unwrap().clone();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].0, "shop.example.com is back");
    assert!(sent[0].1.contains("after 3 checks"), "{sent:?}");
    // Fixed times, so the picture does not depend on the clock.
    let state = harness.state_mut();
    for (i, row) in state.watch_rows.iter_mut().enumerate() {
        row.at_ms = 1_764_680_400_000 + i as i64 * 30_000;
    }
    state.wait.back_since = Some(time::macros::datetime!(2025-12-02 13:01:00 UTC));
    harness.run();
    harness.snapshot("wait_back_with_rows");
}

#[test]
fn owner_mode_takes_an_origin_and_labels_the_load_test() {
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    harness.get_by_label("Site owner").click();
    harness.run();
    harness.get_by_label("Gentle load test");
    type_into(&mut harness, "Origin server (optional):", "not-an-ip");
    check(&mut harness, "shop.example.com");
    assert_eq!(backend.count(), 0, "a bad origin stops the check");
    let error = harness.state().input_error.clone().unwrap();
    assert!(error.starts_with("Origin server:"), "{error}");

    harness.state_mut().origin = "203.0.113.10".into();
    harness.get_by_label("Gentle load test").click();
    harness.run();
    harness.get_by_label("▶ Check").click();
    harness.run_steps(2);
    assert_eq!(backend.count(), 1);
    let options = backend.runs.borrow()[0].options.clone();
    assert_eq!(options.mode, crate::evidence::Mode::Owner);
    assert_eq!(options.origin, Some("203.0.113.10:443".parse().unwrap()));
    assert!(!options.burst, "the load test was switched off");
}

#[test]
fn origin_input_accepts_ips_with_or_without_port() {
    use super::app::parse_origin_input;
    assert_eq!(parse_origin_input("", 443), Ok(None));
    assert_eq!(
        parse_origin_input(" 192.0.2.1 ", 443),
        Ok(Some("192.0.2.1:443".parse().unwrap()))
    );
    assert_eq!(
        parse_origin_input("192.0.2.1:8080", 443),
        Ok(Some("192.0.2.1:8080".parse().unwrap()))
    );
    assert_eq!(
        parse_origin_input("[::1]:81", 80),
        Ok(Some("[::1]:81".parse().unwrap()))
    );
    assert_eq!(
        parse_origin_input("::1", 80),
        Ok(Some("[::1]:80".parse().unwrap()))
    );
    assert!(
        parse_origin_input("origin.example.com", 443)
            .unwrap_err()
            .contains("origin.example.com")
    );
}

/// The 502 scenario as owner mode sees it: resolvers agree, the origin fails the same way, static
/// files work while the page fails, IPv4 answers and port 80 is closed.
#[test]
fn owner_mode_lists_the_server_items_and_compares_edge_and_origin() {
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    harness.get_by_label("Site owner").click();
    harness.run();
    harness.get_by_label("Gentle load test").click();
    type_into(&mut harness, "Origin server (optional):", "203.0.113.10");
    check(&mut harness, "shop.example.com");
    let evidence = owner_502();
    backend.send(all_events(&evidence));
    backend.done();
    harness.run();
    harness.get_by_label_contains("Your server");
    for id in [
        CheckId::RestartServer,
        CheckId::ServerLogs,
        CheckId::Plugins,
        CheckId::Dns,
        CheckId::FirewallProxy,
        CheckId::PhpLimits,
        CheckId::Cdn,
    ] {
        assert_ne!(status(&harness, id), ItemStatus::Pending, "{id:?}");
    }
    assert_eq!(status(&harness, CheckId::RestartServer), ItemStatus::Fail);
    harness.get_by_label_contains("Restart server").click();
    harness.run();
    assert!(
        has_text(&harness, "Copy command"),
        "owner commands can be copied"
    );
    harness.snapshot("owner_restart_server");

    harness
        .get_by_label("🔍 Details (timings, headers, log)")
        .click();
    harness.run();
    harness.get_by_label("Edge vs origin");
    harness.get_by_label("DNS answers for shop.example.com");
    harness.get_by_label("Cloudflare 1.1.1.1");
    harness.get_by_label("Ways to reach the site");
    harness.snapshot("owner_details");
}

#[test]
fn on_the_server_itself_the_owner_check_names_the_broken_line() {
    use crate::serverconf::judge::{Finding, Severity};
    let backend = FakeBackend::default();
    *backend.server_side.borrow_mut() = Some(crate::evidence::server_side::ServerSide {
        checked: true,
        note: "nginx (process 4242) listens on port 443; its configuration /etc/nginx/nginx.conf was read.".into(),
        findings: vec![Finding {
            id: "upstream_down".into(),
            severity: Severity::Error,
            title: "nginx (sites-enabled/shop line 12) passes shop.example.com to 127.0.0.1:9000, where nothing listens.".into(),
            config: Some("/etc/nginx/sites-enabled/shop".into()),
            line: Some(12),
            fix: "Start the application that should listen on 127.0.0.1:9000.".into(),
            commands: vec!["ss -ltnp 'sport = :9000'".into()],
        }],
        verdict: Some(crate::diagnosis::Verdict {
            status: crate::diagnosis::VerdictStatus::Failing,
            culprit: crate::diagnosis::Culprit::UpstreamApp,
            cause: crate::diagnosis::Cause::UpstreamRefused,
            ..crate::diagnosis::Verdict::default()
        }),
    });
    let mut harness = harness(&backend);
    harness.run();
    harness.get_by_label("Site owner").click();
    harness.run();
    check(&mut harness, "shop.example.com");
    backend.send(all_events(&owner_502()));
    backend.done();
    harness.run();
    let v = verdict(&harness);
    assert!(
        v.detail
            .contains("On this computer: nginx (sites-enabled/shop line 12)"),
        "{}",
        v.detail
    );
    assert_eq!(v.cause, crate::diagnosis::Cause::UpstreamRefused);
    harness
        .get_by_label("🔍 Details (timings, headers, log)")
        .click();
    harness.run();
    harness.get_by_label("This computer's web server");
    harness.get_by_label("/etc/nginx/sites-enabled/shop line 12");
    assert!(has_text(&harness, "Copy place"), "the place can be copied");
    harness.snapshot("owner_server_side");

    // Every site on this computer: the same judging as `gateway-doctor server`, from a real
    // configuration text and what each upstream did.
    use crate::serverconf::judge::{self, Probed, Stack, UpstreamState};
    let conf = "http {\n  server {\n    server_name shop.example.com;\n    location / { proxy_pass http://127.0.0.1:9000; }\n    location /api { proxy_pass http://127.0.0.1:9001; }\n  }\n}\n";
    let main = crate::serverconf::nginx::parse("/etc/nginx/nginx.conf", conf);
    let stack = Stack {
        upstreams: crate::serverconf::nginx::upstreams(&main, &[]),
        ..Stack::default()
    };
    let probed: Vec<_> = stack
        .upstreams
        .iter()
        .zip([
            (
                UpstreamState::Refused,
                "connection refused: nothing listens there",
            ),
            (UpstreamState::Ok, "HTTP 200"),
        ])
        .map(|(u, (state, detail))| {
            (
                u.clone(),
                Probed {
                    state,
                    detail: detail.into(),
                    ms: Some(1),
                    header_bytes: None,
                },
            )
        })
        .collect();
    let found = judge::findings(&stack, &probed);
    let v = judge::verdict(&stack, &probed, &found);
    *backend.machine.borrow_mut() = Some(crate::report::server::ServerReport::assemble(
        &stack,
        &probed,
        &found,
        &v,
        None,
        Default::default(),
        "2026-12-03T12:00:00Z",
    ));
    harness
        .get_by_label("🖥 Check every site on this computer")
        .click();
    harness.run();
    assert!(harness.state().machine_report.is_some());
    // The place of the finding and the upstream table's row.
    assert_eq!(
        harness
            .query_all_by_label("/etc/nginx/nginx.conf line 4")
            .count(),
        2
    );
    assert!(has_text(&harness, "Upstreams (each tried once)"));
    assert!(
        has_text(&harness, "✖ refused"),
        "the upstream table shows each state"
    );
    harness.snapshot("owner_machine");
}

mod logs;
#[test]
fn finished_app_checks_are_stored_in_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(crate::history::FILE_NAME);
    let backend = FakeBackend::default();
    let cfg = AppConfig {
        history: Some(db.clone()),
        ..config(None)
    };
    let harness = checked_with(
        &backend,
        cfg,
        Box::new(FixedPicker(None)),
        "https://shop.example.com/",
        &healthy(),
    );
    drop(harness);
    let h = crate::history::History::open(&db).unwrap().history;
    let checks = h.checks("shop.example.com", 10).unwrap();
    assert_eq!(checks.len(), 1, "{checks:?}");
    assert_eq!(checks[0].source, crate::history::Source::App);
    assert_eq!(checks[0].verdict, "healthy");
}
mod history;
mod world;

/// Cloudflare's own 502; its status page (a loopback stand-in serving a real-shaped summary with
/// an unresolved incident on the colo in the Ray ID) is asked only when the button is pressed.
#[test]
fn the_wait_step_asks_the_providers_status_page_on_request() {
    use std::io::{Read, Write};
    let summary = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/status/cloudflare_major.json"
    ))
    .expect("fixture");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let asked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = asked.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                summary.len()
            );
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(&summary);
        }
    });
    let mut evidence = nginx_502();
    if let Some(h) = evidence.http.as_mut() {
        h.headers = vec![
            ("server".into(), "cloudflare".into()),
            ("cf-ray".into(), "8a1b2c3d4e5f6789-AMS".into()),
            ("content-type".into(), "text/html".into()),
        ];
        h.body_excerpt = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n".into();
    }
    let backend = FakeBackend::default();
    let mut harness = checked(&backend, "shop.example.com", &evidence);
    harness.state_mut().settings.status_urls.insert(
        "cloudflare".into(),
        format!("http://127.0.0.1:{port}/summary.json"),
    );
    // The site's own status page (status.example.com otherwise): a closed loopback port.
    harness
        .state_mut()
        .settings
        .status_urls
        .insert("site".into(), "http://127.0.0.1:1/".into());
    harness.get_by_label_contains("5. Wait").click();
    harness.run();
    harness.get_by_label_contains(
        "Pressing the button contacts only Cloudflare (www.cloudflarestatus.com)",
    );
    assert_eq!(
        asked.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "nothing asked before the button"
    );
    harness
        .get_by_label("📰 Ask Cloudflare's status page")
        .click();
    harness.run_steps(1);
    assert!(
        harness.state().status_asking(),
        "the button started the question"
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while harness.state().status_asking() && std::time::Instant::now() < deadline {
        harness.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The answer's lines grow the scroll area, which settles over a few frames.
    harness.run_steps(8);
    assert_eq!(asked.load(std::sync::atomic::Ordering::SeqCst), 1);
    let v = verdict(&harness);
    assert_eq!(v.cause, crate::diagnosis::Cause::ProviderIncident, "{v:?}");
    harness.get_by_label_contains("This is a known incident at Cloudflare");
    harness.get_by_label_contains("Cloudflare: \"Elevated 5xx errors in Europe\"");
    harness.snapshot("wait_provider_incident");
}

/// The Chrome-style recording whose API call answers nginx's 502, copied to `to`.
fn copy_fixture_recording(to: &std::path::Path) {
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/har/chrome_api_502.har"
        ),
        to,
    )
    .expect("copy");
}

/// Open the recording at `path` in the app and wait until its window shows it.
fn open_recording_and_wait(harness: &mut Harness<'static, GuiApp>, path: PathBuf) {
    let ctx = harness.ctx.clone();
    harness.state_mut().open_recording(path, &ctx);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while harness.state().recording.is_none() && std::time::Instant::now() < deadline {
        harness.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run_steps(4);
}

/// A browser recording opened in the app: its window says what failed, and the sanitized copy
/// holds none of the session's secrets (never written over the original).
#[test]
fn a_browser_recording_opens_in_its_window_and_saves_sanitized() {
    let dir = tempfile::tempdir().expect("tempdir");
    let original = dir.path().join("session.har");
    copy_fixture_recording(&original);
    let out = dir.path().join("session-sanitized.har");
    let backend = FakeBackend::default();
    let app = GuiApp::new(
        config(None),
        Box::new(backend.clone()),
        Box::new(FixedPicker(Some(out.clone()))),
    );
    let mut harness = harness_with(app);
    harness.run();
    harness.get_by_label("📂 Open a browser recording (HAR)…");
    open_recording_and_wait(&mut harness, original.clone());
    harness.get_by_label_contains(
        "The page loaded, but 1 of its calls to api.shop.example.com failed (502 from nginx)",
    );
    harness.get_by_label_contains("net::ERR_NAME_NOT_RESOLVED (third party)");
    harness.snapshot("recording");
    harness.get_by_label("🛡 Save sanitized HAR…").click();
    harness.run_steps(4);
    let clean = std::fs::read_to_string(&out).expect("the sanitized copy");
    for secret in [
        "SESSIONSECRET42",
        "QUERYTOKEN77",
        "APIKEYSECRET9",
        "HUNTER2PASS",
    ] {
        assert!(!clean.contains(secret), "{secret} in the copy");
    }
    harness.get_by_label_contains("Sanitized recording saved to");
    // Choosing the original's own name is refused.
    harness.state_mut().picker = Box::new(FixedPicker(Some(original.clone())));
    let before = std::fs::read(&original).expect("read");
    harness.get_by_label("🛡 Save sanitized HAR…").click();
    harness.run_steps(4);
    harness.get_by_label_contains("the original recording is never overwritten");
    assert_eq!(std::fs::read(&original).expect("read"), before);
}

/// "Check these now" asks first, then checks the recording's failing addresses (never with its
/// tokens) and shows what each does now; the recording's report and the check's exported report
/// both carry what the recording shows.
#[test]
fn a_recording_is_checked_again_on_request_and_goes_into_the_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let recording = dir.path().join("session.har");
    copy_fixture_recording(&recording);
    let saved = dir.path().join("recording.md");
    let backend = FakeBackend::default();
    let mut harness = checked_with(
        &backend,
        config(None),
        Box::new(FixedPicker(Some(saved.clone()))),
        "https://shop.example.com/",
        &nginx_502(),
    );
    open_recording_and_wait(&mut harness, recording);
    harness.get_by_label("🔄 Check these now (2)").click();
    harness.run_steps(4);
    assert!(backend.rechecks.borrow().is_empty(), "asked first");
    harness.get_by_label_contains("Check 2 addresses again now?");
    harness.get_by_label("Check now").click();
    harness.run_steps(1);
    harness.run_steps(4);
    let asked = backend.rechecks.borrow().clone();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert_eq!(asked[0].len(), 2, "{asked:?}");
    assert!(
        asked[0].iter().all(|u| !u.contains("QUERYTOKEN77")),
        "no token is replayed: {asked:?}"
    );
    assert_eq!(
        harness
            .query_all_by_label("Checked again: works now (200)")
            .count(),
        2
    );
    harness.snapshot("recording_rechecked");

    harness
        .get_by_label("💾 Save the recording's report…")
        .click();
    harness.run_steps(4);
    let md = std::fs::read_to_string(&saved).expect("the recording's report");
    assert!(md.starts_with("## Browser recording: session.har"), "{md}");
    assert!(md.contains("works now (200)"), "{md}");
    assert!(!md.contains("QUERYTOKEN77"), "{md}");

    let report = harness.state().report().expect("a check on screen");
    let lines = report.recording.as_ref().expect("the recording").lines();
    assert!(
        lines[0].starts_with("The page loaded, but 1 of its calls"),
        "{lines:?}"
    );
    let html = ExportFormat::Html.render(&report);
    assert!(html.contains("<h2>Browser recording</h2>"), "{html}");
    assert!(html.contains("Checked again now:"), "{html}");
}
