//! The app itself: what the window holds (address, current run, selected step, settings) and
//! what it does (start, cancel, re-check on a schedule, export). Drawing lives in `panels/`;
//! this file owns the state transitions so the tests can drive them through the UI.
//!
//! One frame: drain engine messages (re-diagnose), handle due timers and finished dialogs, then
//! draw. Nothing here blocks: the engine runs on the backend's runtime and dialogs on their own
//! thread. Repaints happen on engine events, on input, and once a second only while a countdown
//! runs, so an idle window costs no CPU.

use super::bridge::{Backend, SavePicker};
use super::logs::{LogsJob, LogsState};
use super::panels;
use super::state::{Run, RunPhase, WaitSchedule};
use super::task::{Poll, Task};
use super::world::WorldState;
use crate::browsers::InstalledBrowser;
use crate::diagnosis::{CheckId, ChecklistItem};
use crate::evidence::Mode;
use crate::history::CheckRecord;
use crate::probe::{self, CheckOptions};
use crate::report::{self, Report};
use crate::store::{Settings, Store, write_atomically};
use crate::target::Target;
use crate::watch::Notifier;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// The visitor steps, in the order the guide walks them.
pub const VISITOR_STEPS: [CheckId; 5] = [
    CheckId::Refresh,
    CheckId::ClearCache,
    CheckId::OtherBrowser,
    CheckId::Connection,
    CheckId::Wait,
];

/// How many frames the address field asks for the focus before giving up.
const FOCUS_TRIES: u8 = 3;

/// Report formats the app can save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Html,
    Json,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Json,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Json => "json",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Html => "HTML",
            ExportFormat::Json => "JSON",
        }
    }

    pub fn render(self, report: &Report) -> String {
        match self {
            ExportFormat::Markdown => report::render_markdown(report),
            ExportFormat::Html => report::render_html(report),
            ExportFormat::Json => report.to_json() + "\n",
        }
    }
}

/// The right-hand pane: what to do for the selected step, or the technical details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Step,
    Details,
    /// Owner mode: the server logs read (findings, 5xx per minute, pages that failed).
    Logs,
    /// The site's stored checks: since when it fails, a status strip, the load times.
    History,
}

/// A message under the header: (text, is it a problem).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub problem: bool,
}

/// How the app is set up (the real binary and the tests differ only here).
pub struct AppConfig {
    /// An address to check as soon as the window opens (`gateway-doctor URL`).
    pub initial_url: Option<String>,
    /// Template for every check (timeouts, resolver, reference endpoints, proxy use).
    pub options: CheckOptions,
    /// Where settings live; `None` keeps them in memory only.
    pub store: Option<Store>,
    /// Installed browsers, for "open in another browser" and cache instructions.
    pub browsers: Vec<InstalledBrowser>,
    /// Where reports go when no save dialog can be shown (default: downloads, else home).
    pub fallback_dir: Option<PathBuf>,
    /// Owner mode: server logs to read after each check (`--logs`).
    pub logs: Vec<PathBuf>,
    /// The check history database; `None` stores nothing (tests).
    pub history: Option<PathBuf>,
    /// `--lang`: this language for this run, whatever the settings say.
    pub lang: Option<String>,
}

pub struct GuiApp {
    backend: Box<dyn Backend>,
    pub picker: Box<dyn SavePicker>,
    store: Option<Store>,
    options: CheckOptions,
    pub settings: Settings,
    pub address: String,
    pub input_error: Option<String>,
    /// Owner mode: the origin server behind the CDN (IP or IP:port), optional.
    pub origin: String,
    /// Owner mode: run the small, bounded burst of requests.
    pub burst: bool,
    pub notice: Option<Notice>,
    pub run: Option<Run>,
    pub selected: CheckId,
    pub pane: Pane,
    pub notes: String,
    pub export_format: ExportFormat,
    pub wait: WaitSchedule,
    pub browsers: Vec<InstalledBrowser>,
    fallback_dir: Option<PathBuf>,
    /// A save dialog that is open: its answer, what is saved and the suggested file name.
    pending_save: Option<(Task<Option<PathBuf>>, SaveWhat, String)>,
    start_pending: bool,
    /// Frames left in which the address field asks for the keyboard focus (0: don't).
    focus_address: u8,
    pub icon: Option<egui::TextureHandle>,
    window_size: Option<egui::Vec2>,
    /// Owner mode: the server logs to read and what they showed.
    pub logs: LogsState,
    /// Finished checks are stored here (see `crate::history`).
    history: Option<crate::history::History>,
    /// The stored checks of the site on screen, read when a check ends.
    pub site_history: Option<panels::history::SiteHistory>,
    /// "Is it down for everyone?" for the check on screen (asked only on request).
    pub world: WorldState,
    /// A browser recording (HAR) read and diagnosed, shown in its own window.
    pub recording: Option<RecordingView>,
    recording_task: Option<Task<Result<RecordingView, String>>>,
    /// "Check these now" for the recording on screen, while it runs.
    recording_recheck: Option<Task<Vec<crate::har::Recheck>>>,
    recording_pick: Option<Task<Option<PathBuf>>>,
    /// The window's context, for work that starts from a dialog's answer.
    ctx: Option<egui::Context>,
    /// The provider's status page for the check on screen, while it is being asked.
    pub status: Option<Task<Vec<crate::evidence::status_pages::StatusPageCheck>>>,
    /// Owner mode: the server checks of this computer for the site on screen, while they run.
    pub server_checks: Option<Task<crate::evidence::server_side::ServerSide>>,
    /// "Check this computer's web server": every site's server checks, running or done.
    pub machine: Option<Task<crate::report::server::ServerReport>>,
    pub machine_report: Option<Box<crate::report::server::ServerReport>>,
    /// Questions asked of Globalping in the last hour (its anonymous limit).
    pub world_budget: super::world::Budget,
    /// Tells the person the site is back while they look elsewhere (the desktop's notifications).
    pub notifier: Arc<dyn Notifier>,
    /// "Keep checking": one row per check since it was asked for (oldest first).
    pub watch_rows: Vec<CheckRecord>,
    /// A fixed "now" for the clock-dependent text (tests' snapshots); `None`: the real clock.
    pub fixed_now: Option<time::OffsetDateTime>,
    /// The language the window speaks (`--lang`, else the settings, else the system's).
    /// The app is the process's only window (the real app, not a test harness): the language is
    /// then also set for the whole process, so work on threads the window did not start (a
    /// runtime's sub-tasks) speaks it too. Tests leave it off: they run windows side by side.
    pub owns_process: bool,
    pub language: crate::i18n::Lang,
    /// The system's language (what "System" in the selector means).
    system_language: crate::i18n::Lang,
    /// `--lang` was given: the selector shows that language, not "System".
    pub language_from_flag: bool,
}

/// What an open save dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveWhat {
    Report(ExportFormat),
    /// The browser recording on screen, sanitized.
    SanitizedHar,
    /// The browser recording's report (what it shows), in this format.
    RecordingReport(ExportFormat),
    /// The stored checks of the site on screen, as CSV.
    HistoryCsv,
}

mod recording;
mod recovery;

pub use recording::RecordingView;

impl GuiApp {
    pub fn new(
        config: AppConfig,
        backend: Box<dyn Backend>,
        picker: Box<dyn SavePicker>,
    ) -> GuiApp {
        let (settings, notice) = match &config.store {
            Some(store) => {
                let loaded = store.load();
                (
                    loaded.settings,
                    loaded.notice.map(|text| Notice {
                        text,
                        problem: true,
                    }),
                )
            }
            None => (Settings::default(), None),
        };
        let system_language =
            crate::i18n::choose(None, |k| std::env::var(k).ok(), sys_locale::get_locale()).lang;
        let chosen = crate::i18n::choose(
            config.lang.as_deref().or(settings.language.as_deref()),
            |k| std::env::var(k).ok(),
            sys_locale::get_locale(),
        );
        if config.lang.is_some() || settings.language.is_some() {
            probe::profiles::set_locale(Some(chosen.lang.locale().to_string()));
        }
        // The window's thread speaks the chosen language from the first message on.
        crate::i18n::set_thread(chosen.lang);
        let (history, history_notice) = open_history(config.history.as_deref());
        let language_notice = chosen.note.map(|text| Notice {
            text,
            problem: true,
        });
        let notice = notice.or(history_notice).or(language_notice);
        let start_pending = config.initial_url.is_some();
        let origin = config
            .options
            .origin
            .map(|a| a.to_string())
            .unwrap_or_default();
        GuiApp {
            backend,
            picker,
            store: config.store,
            options: config.options,
            settings,
            address: config.initial_url.unwrap_or_default(),
            input_error: None,
            origin,
            burst: true,
            notice,
            run: None,
            selected: CheckId::Refresh,
            pane: Pane::Step,
            notes: String::new(),
            export_format: ExportFormat::Markdown,
            wait: WaitSchedule::default(),
            browsers: config.browsers,
            fallback_dir: config.fallback_dir,
            pending_save: None,
            start_pending,
            focus_address: FOCUS_TRIES,
            icon: None,
            window_size: None,
            logs: LogsState {
                files: config.logs,
                ..LogsState::default()
            },
            history,
            site_history: None,
            world: WorldState::default(),
            status: None,
            recording: None,
            recording_task: None,
            recording_recheck: None,
            recording_pick: None,
            ctx: None,
            server_checks: None,
            machine: None,
            machine_report: None,
            world_budget: Default::default(),
            notifier: crate::notify::desktop_notifier().into(),
            watch_rows: Vec::new(),
            fixed_now: None,
            language: chosen.lang,
            owns_process: false,
            system_language,
            language_from_flag: config.lang.is_some(),
        }
    }

    /// Now, for text that says how long ago something was.
    pub fn now(&self) -> time::OffsetDateTime {
        self.fixed_now.unwrap_or_else(time::OffsetDateTime::now_utc)
    }

    /// Draw one frame (called by eframe, and by the tests' harness).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        // Everything this frame says (and diagnoses) is in the window's language.
        crate::i18n::set_thread(self.language);
        let ctx = ui.ctx().clone();
        if self.start_pending {
            self.start_pending = false;
            self.start_check(&ctx);
        }
        self.poll(&ctx);
        self.poll_logs(&ctx);
        self.poll_world();
        self.poll_status();
        self.poll_recording();
        self.poll_recheck();
        self.keyboard(&ctx);
        self.dropped_files(&ctx);
        // The window's inner size in points (what `with_inner_size` takes back at the next start).
        self.window_size = Some(ctx.input(|i| i.viewport_rect().size()));

        panels::header::show(self, ui);
        if self.run.is_some() {
            panels::banner::show(self, ui);
            panels::footer::show(self, ui);
            panels::steps::show_list(self, ui);
            egui::CentralPanel::default().show(ui, |ui| panels::steps::show_pane(self, ui));
        } else {
            egui::CentralPanel::default().show(ui, |ui| panels::start::show(self, ui));
        }
        panels::recording::show(self, &ctx);

        if let Some(left) = self.wait.left(Instant::now()) {
            // Only the countdown needs a clock, and only when its words change (every minute,
            // then every ten seconds) or the check is due: between checks the app sleeps.
            let (_, unchanged_for) = super::state::countdown(left);
            ctx.request_repaint_after(unchanged_for.min(left));
        }
        panels::logs::drop_hint(&ctx);
    }

    /// Log files dropped on the window are read at once (and switch to owner mode, where the
    /// server's logs belong).
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        // A browser recording opens in its own window; anything else is a server log.
        let (recordings, logs): (Vec<PathBuf>, Vec<PathBuf>) = dropped
            .into_iter()
            .partition(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("har")));
        if let Some(first) = recordings.into_iter().next() {
            self.open_recording(first, ctx);
        }
        if logs.is_empty() {
            return;
        }
        self.set_mode(Mode::Owner);
        self.analyse_logs(logs, ctx);
    }

    /// Speak `lang` from now on (remembered; `None`: the system's language): the window, the
    /// verdict and the steps on screen, the reports and the requests' Accept-Language.
    pub fn set_language(&mut self, lang: Option<crate::i18n::Lang>) {
        self.language = lang.unwrap_or(self.system_language);
        self.language_from_flag = false;
        self.settings.language = lang.map(|l| l.code().to_string());
        probe::profiles::set_locale(lang.map(|l| l.locale().to_string()));
        crate::i18n::set_thread(self.language);
        if self.owns_process {
            crate::i18n::set(self.language);
        }
        if let Some(run) = self.run.as_mut() {
            run.rediagnose();
        }
        self.save_settings();
    }

    /// The system's language (the selector's "System" entry).
    pub fn system_language(&self) -> crate::i18n::Lang {
        self.system_language
    }

    /// The Globalping API asked by "Is it down for everyone?" (settings.json can point elsewhere).
    pub fn globalping_url(&self) -> String {
        self.settings
            .globalping_url
            .clone()
            .unwrap_or_else(|| crate::globalping::DEFAULT_URL.to_string())
    }

    /// Ask Globalping about the site on screen (the person pressed the button).
    pub fn ask_world(&mut self, ctx: &egui::Context) {
        let Some(run) = &self.run else {
            return;
        };
        let now = Instant::now();
        if self.world_budget.wait(now).is_some() {
            return;
        }
        self.world_budget.record(now);
        self.world = WorldState::ask(
            &self.globalping_url(),
            run.target.clone(),
            self.options.timeout,
            self.options.use_proxy,
            &self.backend.runtime(),
            ctx,
        );
    }

    /// Ask the status page of the provider that answered for the site on screen (the person
    /// pressed the button); `status_urls` in settings.json points a provider elsewhere.
    pub fn ask_status(&mut self, ctx: &egui::Context) {
        let Some(run) = &self.run else {
            return;
        };
        let sources = crate::status_client::sources_for(&run.diagnosis);
        let site = self.site_status_base();
        if (sources.is_empty() && site.is_none()) || self.status.is_some() {
            return;
        }
        let overrides: Vec<(String, String)> = self
            .settings
            .status_urls
            .iter()
            .map(|(p, u)| (p.clone(), u.clone()))
            .collect();
        let timeout = self.options.timeout;
        let use_proxy = self.options.use_proxy;
        self.status = Some(Task::on_runtime(&self.backend.runtime(), ctx, async move {
            let mut pages =
                crate::status_client::ask_all(&sources, &overrides, timeout, use_proxy).await;
            if let Some(base) = site
                && let Some(page) = crate::status_client::ask_site(&base, timeout, use_proxy).await
            {
                pages.push(page);
            }
            pages
        }));
    }

    /// Where the site on screen's own status page would be: `status_urls.site` in
    /// settings.json, a link in its page, or status.<its domain>.
    pub fn site_status_base(&self) -> Option<String> {
        let run = self.run.as_ref()?;
        if let Some(u) = self.settings.status_urls.get(crate::provider_status::SITE) {
            return Some(u.clone());
        }
        let body = run
            .evidence
            .http
            .as_ref()
            .map(|h| h.body_excerpt.as_str())
            .unwrap_or("");
        crate::provider_status::site_status_base(&run.evidence.target.host, body)
    }

    /// Whether a status page is being asked.
    pub fn status_asking(&self) -> bool {
        self.status.is_some()
    }

    /// Pick up the status pages' answer: the check on screen gets it as evidence.
    fn poll_status(&mut self) {
        let Some(task) = self.status.as_mut() else {
            return;
        };
        match task.poll() {
            super::task::Poll::Waiting => {}
            super::task::Poll::Done(pages) => {
                self.status = None;
                if let Some(run) = self.run.as_mut() {
                    run.apply_status_pages(pages);
                }
            }
            super::task::Poll::Lost => self.status = None,
        }
    }

    /// Read the stored checks of the site on screen (after a check, so it is among them).
    fn refresh_site_history(&mut self) {
        let (Some(h), Some(run)) = (&self.history, &self.run) else {
            return;
        };
        let t = &run.evidence.target;
        let site = crate::history::site_key(&t.host, t.port, t.scheme.as_str());
        let Ok(mut checks) = h.checks(&site, panels::history::SHOWN) else {
            return;
        };
        checks.sort_by_key(|c| c.at_ms);
        let summary = crate::history::summarize(&site, &checks);
        self.site_history = Some(panels::history::SiteHistory { checks, summary });
    }

    /// "Check this computer's web server": every site's server checks, off the UI thread.
    pub fn check_machine(&mut self, ctx: &egui::Context) {
        if self.machine.is_none() {
            self.machine = self.backend.check_machine(ctx);
        }
    }

    /// Open the "choose log files" dialog (off the UI thread).
    pub fn choose_logs(&mut self, ctx: &egui::Context) {
        self.logs.picking = Some(Task::from_receiver(self.picker.pick_logs(ctx)));
    }

    /// Read `files` now; the result becomes evidence of the current owner check.
    pub fn analyse_logs(&mut self, files: Vec<PathBuf>, ctx: &egui::Context) {
        self.logs.files = files;
        self.logs.job = Some(LogsJob::start(self.logs.files.clone(), ctx));
        if let Some(run) = self.run.as_mut() {
            if run.evidence.mode == Mode::Owner && !run.is_running() {
                run.expect_logs();
            }
            self.pane = Pane::Logs;
        }
    }

    pub fn cancel_logs(&mut self) {
        if let Some(job) = &self.logs.job {
            job.cancel();
        }
    }

    /// Pick up chosen files and finished readings.
    fn poll_logs(&mut self, ctx: &egui::Context) {
        if let Some(task) = &self.logs.picking {
            match task.poll() {
                Poll::Done(files) => {
                    self.logs.picking = None;
                    if !files.is_empty() {
                        self.analyse_logs(files, ctx);
                    }
                }
                Poll::Lost => {
                    self.logs.picking = None;
                    self.notice = Some(Notice {
                        text: crate::t!("notice-no-dialog-logs"),
                        problem: true,
                    });
                }
                Poll::Waiting => {}
            }
        }
        let state = match &self.logs.job {
            Some(job) => job.poll(),
            None => return,
        };
        let analysis = match state {
            Poll::Waiting => return,
            Poll::Done(a) => a,
            Poll::Lost => crate::logs::Analysis {
                files: Vec::new(),
                findings: Vec::new(),
                access: None,
                cancelled: true,
            },
        };
        let elapsed = self
            .logs
            .job
            .take()
            .map(|j| j.started.elapsed())
            .unwrap_or_default();
        let observation = crate::probe::clock::logs_read_now(analysis);
        self.logs.last = Some(observation.clone());
        if let Some(run) = self.run.as_mut()
            && run.evidence.mode == Mode::Owner
        {
            run.apply_logs(observation, elapsed);
        }
    }

    /// Whether the address field should ask for the keyboard focus this frame (at start, after
    /// a bad address). Asks a few frames at most: a window without focus (no window manager)
    /// never grants it, and asking every frame would repaint forever.
    pub(super) fn wants_address_focus(&mut self) -> bool {
        if self.focus_address == 0 {
            return false;
        }
        self.focus_address -= 1;
        true
    }

    pub(super) fn address_focused(&mut self) {
        self.focus_address = 0;
    }

    fn keyboard(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            if self.run.as_ref().is_some_and(Run::is_running) {
                self.cancel();
            } else if self.wait.watching() {
                self.wait.stop();
            }
        }
    }

    /// Drain the engine, run due re-checks, pick up finished dialogs.
    fn poll(&mut self, ctx: &egui::Context) {
        let mut just_finished = false;
        if let Some(run) = self.run.as_mut() {
            let was_running = run.is_running();
            run.drain();
            just_finished = was_running && run.phase == RunPhase::Done;
            if just_finished {
                let record = run.record();
                // A history that cannot be written never gets in the way of the check.
                if let Some(h) = &self.history {
                    let _ = h.record(&record);
                }
                if self.wait.watching() {
                    self.watch_rows.push(record);
                }
            }
        }
        if just_finished {
            self.refresh_site_history();
        }
        if just_finished
            && !self.logs.files.is_empty()
            && self
                .run
                .as_ref()
                .is_some_and(|r| r.evidence.mode == Mode::Owner)
        {
            // Read the logs after the probes, so the lines written for our requests are in.
            self.logs.job = Some(LogsJob::start(self.logs.files.clone(), ctx));
            if let Some(run) = self.run.as_mut() {
                run.expect_logs();
            }
        }
        if just_finished
            && let Some(run) = self.run.as_ref()
            && run.evidence.mode == Mode::Owner
        {
            // On the server itself, the configuration names the broken link.
            let t = &run.evidence.target;
            let ips = match t.host.parse::<std::net::IpAddr>() {
                Ok(ip) => vec![ip],
                Err(_) => run
                    .evidence
                    .dns
                    .as_ref()
                    .map(|d| d.addresses.clone())
                    .unwrap_or_default(),
            };
            let edge = crate::diagnosis::edge_limit(&run.evidence);
            self.server_checks = self
                .backend
                .server_checks(ips, t.port, t.host.clone(), edge, ctx);
        }
        if let Some(task) = &self.server_checks {
            match task.poll() {
                Poll::Done(side) => {
                    self.server_checks = None;
                    if let Some(run) = self.run.as_mut() {
                        run.apply_server_side(side);
                    }
                }
                Poll::Lost => self.server_checks = None,
                Poll::Waiting => {}
            }
        }
        if let Some(task) = &self.machine {
            match task.poll() {
                Poll::Done(report) => {
                    self.machine = None;
                    self.machine_report = Some(Box::new(report));
                }
                Poll::Lost => self.machine = None,
                Poll::Waiting => {}
            }
        }
        if just_finished && self.wait.watching() {
            self.after_recheck(ctx);
        }
        if self.wait.due(Instant::now()) && !self.is_running() {
            self.wait.next_at = None;
            self.wait.rechecks += 1;
            self.start_check(ctx);
        }
        if let Some((task, what, name)) = &self.pending_save {
            let (what, name) = (*what, name.clone());
            match task.poll() {
                Poll::Done(Some(path)) => {
                    self.pending_save = None;
                    self.save_to(&path, what);
                }
                Poll::Done(None) => self.pending_save = None,
                Poll::Lost => {
                    // No dialog could be shown (no desktop portal, say): save where downloads
                    // go and say where, rather than losing the report.
                    self.pending_save = None;
                    let dir = self.fallback_dir.clone().unwrap_or_else(fallback_dir);
                    let path = dir.join(name);
                    self.save_to(&path, what);
                    if let Some(n) = self.notice.as_mut().filter(|n| !n.problem) {
                        n.text =
                            crate::t!("notice-saved-fallback", path = path.display().to_string());
                    }
                }
                Poll::Waiting => {}
            }
        }
    }

    fn after_recheck(&mut self, ctx: &egui::Context) {
        let Some(run) = self.run.as_ref() else {
            return;
        };
        if run.healthy() {
            self.site_is_back(ctx);
        } else {
            let advised = self.item(CheckId::Wait).and_then(|i| i.wait_secs);
            self.wait.arm(advised, Instant::now());
        }
    }

    pub fn is_running(&self) -> bool {
        self.run.as_ref().is_some_and(Run::is_running)
    }

    pub fn item(&self, id: CheckId) -> Option<&ChecklistItem> {
        self.run
            .as_ref()?
            .diagnosis
            .checklist
            .iter()
            .find(|i| i.id == id)
    }

    /// Validate the address and start a check; an invalid address gets an inline message.
    pub fn start_check(&mut self, ctx: &egui::Context) {
        let target = match Target::parse(&self.address) {
            Ok(t) => t,
            Err(e) => {
                self.input_error = Some(e.message());
                self.focus_address = FOCUS_TRIES;
                return;
            }
        };
        let mut options = self.options.clone();
        options.mode = self.settings.mode;
        if self.settings.mode == Mode::Owner {
            options.burst = options.burst && self.burst;
            match parse_origin_input(&self.origin, target.port) {
                Ok(origin) => options.origin = origin.or(options.origin),
                Err(e) => {
                    self.input_error = Some(e);
                    return;
                }
            }
        }
        self.input_error = None;
        if let Some(run) = self.run.as_mut() {
            run.cancel();
        }
        self.settings.remember(&target.redacted());
        self.save_settings();
        let evidence = probe::new_evidence(&target, &options);
        self.world = WorldState::default();
        self.status = None;
        self.server_checks = None;
        let t = &evidence.target;
        let site = crate::history::site_key(&t.host, t.port, t.scheme.as_str());
        if self
            .site_history
            .as_ref()
            .is_some_and(|h| h.summary.site != site)
        {
            self.site_history = None;
        }
        let handle = self.backend.start(target.clone(), options, ctx);
        self.run = Some(Run::new(target, evidence, handle));
        if !self.wait.watching() {
            self.selected = VISITOR_STEPS[0];
        }
    }

    pub fn cancel(&mut self) {
        if let Some(run) = self.run.as_mut() {
            run.cancel();
        }
        self.wait.stop();
    }

    /// Start watching: count down, re-check, repeat until the site works (the wait step).
    pub fn keep_checking(&mut self) {
        self.watch_rows = self.run.iter().map(Run::record).collect();
        let advised = self.item(CheckId::Wait).and_then(|i| i.wait_secs);
        self.wait.arm(advised, Instant::now());
    }

    pub fn set_mode(&mut self, mode: Mode) {
        if self.settings.mode != mode {
            self.settings.mode = mode;
            self.save_settings();
        }
    }

    pub fn save_settings(&mut self) {
        if let Some(size) = self.window_size {
            self.settings.window = Some(crate::store::WindowSettings {
                width: size.x,
                height: size.y,
            });
        }
        let Some(store) = &self.store else {
            return;
        };
        if let Err(e) = store.save(&self.settings) {
            self.notice = Some(Notice {
                text: crate::t!("notice-settings-not-saved", error = e.message()),
                problem: true,
            });
        }
    }

    /// The report of the current run, with the notes and the redaction choice applied.
    pub fn report(&self) -> Option<Report> {
        let run = self.run.as_ref()?;
        let generated_at = report::timestamp(time::OffsetDateTime::now_utc());
        let extras = report::Extras {
            history: self
                .history
                .as_ref()
                .map(|h| crate::history::report_lines(h, &run.evidence))
                .unwrap_or_default(),
            world_error: match &self.world {
                WorldState::Failed(error) => Some(error.clone()),
                _ => None,
            },
            notes: Some(self.notes.clone()),
            recording: self.recording.as_ref().map(|v| v.report.clone()),
        };
        let mut report = Report::assemble(&run.evidence, &run.diagnosis, &generated_at, extras);
        if self.settings.include_full_url {
            // The full address, query included; credentials are never written anywhere.
            let mut url = run.target.url().clone();
            let _ = url.set_username("");
            let _ = url.set_password(None);
            report.target.url = url.to_string();
        }
        Some(report)
    }

    /// Ask where to save the report (the dialog runs off the UI thread).
    pub fn save_report(&mut self, ctx: &egui::Context) {
        let Some(run) = self.run.as_ref() else {
            return;
        };
        let stamp = run
            .started_wall
            .format(time::macros::format_description!(
                "[year][month][day]-[hour][minute]"
            ))
            .unwrap_or_default();
        let host: String = run
            .target
            .display_host()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let format = self.export_format;
        let name = format!("gateway-doctor-{host}-{stamp}.{}", format.extension());
        let rx = self.picker.pick(&name, format.extension(), ctx);
        self.pending_save = Some((Task::from_receiver(rx), SaveWhat::Report(format), name));
    }

    fn save_to(&mut self, path: &std::path::Path, what: SaveWhat) {
        match what {
            SaveWhat::Report(format) => self.save_report_to(path, format),
            SaveWhat::HistoryCsv => self.save_history_csv_to(path),
            SaveWhat::SanitizedHar => self.save_sanitized_to(path),
            SaveWhat::RecordingReport(format) => self.save_recording_report_to(path, format),
        }
    }

    fn save_report_to(&mut self, path: &std::path::Path, format: ExportFormat) {
        let Some(report) = self.report() else {
            return;
        };
        let text = format.render(&report);
        self.write_report(path, &text);
    }

    /// Write a report's text to `path` and say how it went.
    pub(super) fn write_report(&mut self, path: &std::path::Path, text: &str) {
        self.notice = Some(match write_atomically(path, text.as_bytes()) {
            Ok(()) => Notice {
                text: crate::t!("notice-report-saved", path = path.display().to_string()),
                problem: false,
            },
            Err(e) => Notice {
                text: crate::t!(
                    "notice-report-not-saved",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
                problem: true,
            },
        });
    }

    pub fn copy_report(&mut self, ctx: &egui::Context) {
        if let Some(report) = self.report() {
            ctx.copy_text(report::render_markdown(&report));
            self.notice = Some(Notice {
                text: crate::t!("notice-report-copied"),
                problem: false,
            });
        }
    }

    /// Called when the window closes: remember its size.
    pub fn on_close(&mut self) {
        if let Some(run) = self.run.as_mut() {
            run.cancel();
        }
        self.save_settings();
    }
}

/// The owner's "origin server" field: empty, an IP, or IP:port (`[v6]:port`).
pub fn parse_origin_input(
    text: &str,
    default_port: u16,
) -> Result<Option<std::net::SocketAddr>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    crate::target::parse_ip_port(text, default_port)
        .map(Some)
        .map_err(|e| crate::t!("input-origin", error = e.message()))
}

/// Where a report goes when no save dialog can be shown: the downloads folder, else home.
fn fallback_dir() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| {
            d.download_dir()
                .map(PathBuf::from)
                .or(Some(d.home_dir().to_path_buf()))
        })
        .filter(|d| d.is_dir())
        .unwrap_or_else(std::env::temp_dir)
}

impl eframe::App for GuiApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.on_close();
    }
}

/// Open the history (creating it); a damaged file was moved aside: say so once.
fn open_history(
    path: Option<&std::path::Path>,
) -> (Option<crate::history::History>, Option<Notice>) {
    let Some(path) = path else {
        return (None, None);
    };
    match crate::history::History::open(path) {
        Ok(opened) => (
            Some(opened.history),
            opened.notice.map(|text| Notice {
                text,
                problem: true,
            }),
        ),
        Err(e) => (
            None,
            Some(Notice {
                text: crate::t!("notice-history-off", error = e.to_string()),
                problem: true,
            }),
        ),
    }
}
