//! The bridge between the engine and the UI thread. The engine runs on a tokio runtime owned by
//! the backend; every probe event is forwarded to a plain channel that the app drains each frame,
//! and the sender wakes the UI with `request_repaint` (so nothing repaints while nothing happens).
//!
//! The UI talks to a `Backend` trait so the GUI tests can drive the app with scripted events
//! (a fake backend) while the real app runs real probes. File dialogs go through `SavePicker`
//! for the same reason.

use crate::evidence::ProbeEvent;
use crate::probe::{self, CheckOptions};
use crate::target::Target;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

/// What the engine tells the UI.
#[derive(Debug)]
pub enum BridgeMsg {
    Event(ProbeEvent),
    /// Every probe of the run has reported.
    Done,
}

/// A run in progress: its messages, and how to stop it.
pub struct RunHandle {
    pub rx: Receiver<BridgeMsg>,
    cancel: Option<Box<dyn FnOnce() + Send>>,
}

impl RunHandle {
    pub fn new(rx: Receiver<BridgeMsg>, cancel: Box<dyn FnOnce() + Send>) -> RunHandle {
        RunHandle {
            rx,
            cancel: Some(cancel),
        }
    }

    /// Stop every probe of the run now (idempotent).
    pub fn cancel(&mut self) {
        if let Some(cancel) = self.cancel.take() {
            cancel();
        }
    }
}

impl Drop for RunHandle {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// Starts checks. `ctx` is woken whenever a message is sent.
pub trait Backend {
    fn start(&self, target: Target, options: CheckOptions, ctx: &egui::Context) -> RunHandle;

    /// The runtime the engine's other work runs on (Globalping's question, say).
    fn runtime(&self) -> tokio::runtime::Handle;

    /// Owner mode on the server itself: the server checks for the site a browser reaches at
    /// `ips` on `port` as `host`, with the time limit of the CDN seen in front (they say why not
    /// when this computer does not serve it). `None`: this backend does not run them.
    fn server_checks(
        &self,
        _ips: Vec<std::net::IpAddr>,
        _port: u16,
        _host: String,
        _edge: Option<crate::serverconf::judge::EdgeLimit>,
        _ctx: &egui::Context,
    ) -> Option<super::task::Task<crate::evidence::server_side::ServerSide>> {
        None
    }

    /// "Check these now" for a browser recording: the normal check of each address, one after
    /// the other. `None`: this backend does not run them.
    fn recheck(
        &self,
        _urls: Vec<String>,
        _options: CheckOptions,
        _ctx: &egui::Context,
    ) -> Option<super::task::Task<Vec<crate::har::Recheck>>> {
        None
    }

    /// The server checks of every site on this computer (`gateway-doctor server`), as a report.
    /// `None`: this backend does not run them.
    fn check_machine(
        &self,
        _ctx: &egui::Context,
    ) -> Option<super::task::Task<crate::report::server::ServerReport>> {
        None
    }
}

/// The real engine on a small multi-threaded tokio runtime.
pub struct EngineBackend {
    runtime: tokio::runtime::Runtime,
}

impl EngineBackend {
    pub fn new() -> std::io::Result<EngineBackend> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("gateway-doctor-probe")
            .enable_all()
            .build()?;
        Ok(EngineBackend { runtime })
    }
}

impl Backend for EngineBackend {
    fn start(&self, target: Target, options: CheckOptions, ctx: &egui::Context) -> RunHandle {
        let (tx, rx) = channel();
        let (engine_tx, mut engine_rx) = tokio::sync::mpsc::unbounded_channel();
        let engine = self.runtime.spawn(crate::i18n::in_language(
            crate::i18n::current(),
            async move { probe::run(target, options, engine_tx).await },
        ));
        let ctx = ctx.clone();
        let forward = self.runtime.spawn(async move {
            while let Some(event) = engine_rx.recv().await {
                if tx.send(BridgeMsg::Event(event)).is_err() {
                    return;
                }
                ctx.request_repaint();
            }
            let _ = tx.send(BridgeMsg::Done);
            ctx.request_repaint();
        });
        let (engine, forward) = (engine.abort_handle(), forward.abort_handle());
        RunHandle::new(
            rx,
            Box::new(move || {
                engine.abort();
                forward.abort();
            }),
        )
    }

    fn runtime(&self) -> tokio::runtime::Handle {
        self.runtime.handle().clone()
    }

    fn server_checks(
        &self,
        ips: Vec<std::net::IpAddr>,
        port: u16,
        host: String,
        edge: Option<crate::serverconf::judge::EdgeLimit>,
        ctx: &egui::Context,
    ) -> Option<super::task::Task<crate::evidence::server_side::ServerSide>> {
        let options = crate::server::ServerOptions {
            logs: false,
            edge,
            ..crate::server::ServerOptions::default()
        };
        Some(super::task::Task::on_runtime(
            self.runtime.handle(),
            ctx,
            async move { crate::server::for_site(&ips, port, &host, &options).await },
        ))
    }

    fn recheck(
        &self,
        urls: Vec<String>,
        options: CheckOptions,
        ctx: &egui::Context,
    ) -> Option<super::task::Task<Vec<crate::har::Recheck>>> {
        Some(super::task::Task::on_runtime(
            self.runtime.handle(),
            ctx,
            async move { probe::recheck::recheck(&urls, &options).await },
        ))
    }

    fn check_machine(
        &self,
        ctx: &egui::Context,
    ) -> Option<super::task::Task<crate::report::server::ServerReport>> {
        Some(super::task::Task::on_runtime(
            self.runtime.handle(),
            ctx,
            async move {
                let options = crate::server::ServerOptions::default();
                let found = crate::server::discovered(&options.proc_root);
                let run = crate::server::run(&found, &options).await;
                let now = crate::report::timestamp(time::OffsetDateTime::now_utc());
                crate::report::server::ServerReport::assemble(
                    &run.stack,
                    &run.probed,
                    &run.findings,
                    &run.verdict,
                    run.logs,
                    run.host,
                    &now,
                )
            },
        ))
    }
}

/// Asks the person where to save a file.
pub trait SavePicker {
    /// Returns a channel that yields the chosen path (or `None` when they cancelled, or no
    /// dialog could be shown). Must not block the UI thread.
    fn pick(
        &self,
        suggested_name: &str,
        extension: &str,
        ctx: &egui::Context,
    ) -> Receiver<Option<PathBuf>>;

    /// Asks for log files to read (owner mode). The channel yields the chosen files (empty when
    /// they cancelled); a dropped sender means no dialog could be shown.
    fn pick_logs(&self, _ctx: &egui::Context) -> Receiver<Vec<PathBuf>> {
        channel().1
    }

    /// Asks for a browser recording (a .har file) to open; yields `None` when they cancelled.
    fn pick_recording(&self, _ctx: &egui::Context) -> Receiver<Option<PathBuf>> {
        channel().1
    }
}

/// On Linux and the BSDs the dialog is a desktop portal reached over the session D-Bus; without
/// a session bus it cannot appear (and rfd would only log an error).
fn dialog_possible() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty())
}

/// The platform's native save dialog (rfd), run off the UI thread.
pub struct NativePicker;

impl SavePicker for NativePicker {
    fn pick(
        &self,
        suggested_name: &str,
        extension: &str,
        ctx: &egui::Context,
    ) -> Receiver<Option<PathBuf>> {
        let (tx, rx): (Sender<Option<PathBuf>>, _) = channel();
        if !dialog_possible() {
            // Dropping the sender tells the app that no dialog could be shown.
            return rx;
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_file_name(suggested_name)
            .add_filter(extension.to_uppercase(), &[extension]);
        let ctx = ctx.clone();
        // If the thread cannot start, the sender is dropped with it: same as "no dialog".
        let _ = std::thread::Builder::new()
            .name("save-dialog".into())
            .spawn(move || {
                let picked = pollster::block_on(dialog.save_file());
                let _ = tx.send(picked.map(|h| h.path().to_path_buf()));
                ctx.request_repaint();
            });
        rx
    }

    fn pick_recording(&self, ctx: &egui::Context) -> Receiver<Option<PathBuf>> {
        let (tx, rx): (Sender<Option<PathBuf>>, _) = channel();
        if !dialog_possible() {
            return rx;
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(crate::t!("dialog-pick-recording"))
            .add_filter("HAR", &["har"]);
        let ctx = ctx.clone();
        let _ = std::thread::Builder::new()
            .name("har-dialog".into())
            .spawn(move || {
                let picked = pollster::block_on(dialog.pick_file());
                let _ = tx.send(picked.map(|h| h.path().to_path_buf()));
                ctx.request_repaint();
            });
        rx
    }

    fn pick_logs(&self, ctx: &egui::Context) -> Receiver<Vec<PathBuf>> {
        let (tx, rx): (Sender<Vec<PathBuf>>, _) = channel();
        if !dialog_possible() {
            return rx;
        }
        let mut dialog = rfd::AsyncFileDialog::new().set_title(crate::t!("dialog-pick-logs"));
        if std::path::Path::new("/var/log").is_dir() {
            dialog = dialog.set_directory("/var/log");
        }
        let ctx = ctx.clone();
        let _ = std::thread::Builder::new()
            .name("logs-dialog".into())
            .spawn(move || {
                let picked = pollster::block_on(dialog.pick_files()).unwrap_or_default();
                let _ = tx.send(picked.iter().map(|h| h.path().to_path_buf()).collect());
                ctx.request_repaint();
            });
        rx
    }
}
