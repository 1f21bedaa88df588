//! The command line twin of the app: `gateway-doctor check URL ...`. Runs the same engine and
//! diagnosis as the GUI; text mode prints each probe and checklist line as it settles (fine on a
//! pipe too: plain lines, no cursor tricks), JSON, Markdown and HTML print the report at the end.
//!
//! This is an edge of the program: errors become messages and exit codes here (0 healthy,
//! 1 a problem was found, 2 usage or input error).

mod har;
pub mod help;
mod history;
mod logs;
mod probe_lines;
mod server;
mod status;
pub mod watch;
mod world;

pub use history::{HistoryArgs, run_history};
pub use logs::{LogsArgs, LogsFormat, analyse_with_progress, run_logs};
pub use server::{ServerArgs, ServerFormat, run_server};
pub use watch::{WatchArgs, WatchFormat, run_watch};

use crate::diagnosis::{CheckId, Diagnosis, ItemStatus, VerdictStatus, diagnose};
use crate::evidence::{Evidence, Mode, Observation, ProbeEvent, ProbeKind};
use crate::probe::{self, CheckOptions};
use crate::report::{self, Report};
use crate::store::write_atomically;
use crate::target::{AddressError, Target, parse_host_port, parse_ip, parse_ip_port};
use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::collections::HashMap;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

/// Print a line to stdout, ignoring a closed pipe (`check ... | head` must not panic).
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// The command line. Its words (`--help`: about lines, each argument's help, headings) are in
/// `assets/i18n/<lang>/usage.ftl`, put in by [`help::command`], not in doc comments here.
#[derive(Debug, Parser)]
#[command(name = "gateway-doctor", version)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[arg(value_name = "URL")]
    pub url: Option<String>,
    #[command(flatten)]
    pub probe: ProbeArgs,
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check(CheckArgs),
    Logs(LogsArgs),
    Watch(WatchArgs),
    History(HistoryArgs),
    Server(ServerArgs),
    Har(har::HarArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
    // A self-contained HTML page (inline style, no scripts), best written with --output.
    Html,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    pub url: String,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub no_history: bool,
    #[arg(long)]
    pub from_world: bool,
    #[arg(long)]
    pub provider_status: bool,
    #[arg(long = "status-url", value_name = "PROVIDER=URL", value_parser = Checked(status::parse_status_url))]
    pub status_urls: Vec<(String, String)>,
    #[arg(long, value_name = "URL", default_value = crate::globalping::DEFAULT_URL)]
    pub globalping_url: String,
    #[command(flatten)]
    pub probe: ProbeArgs,
}

/// How checks probe; shared by `check` and the app (`gateway-doctor [URL] [options]`).
#[derive(Debug, Clone, Args)]
pub struct ProbeArgs {
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub timeout: f64,
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub retries: u32,
    #[arg(long, value_name = "IP:PORT", value_parser = Checked(dns_server))]
    pub resolver: Option<SocketAddr>,
    #[arg(long = "reference", value_name = "HOST:PORT", value_parser = Checked(reference))]
    pub references: Vec<String>,
    #[arg(long)]
    pub no_proxy: bool,
    #[arg(long = "browser", value_enum, value_name = "BROWSER")]
    pub browsers: Vec<crate::browsers::BrowserKind>,
    #[arg(long, value_enum, default_value = "visitor")]
    pub mode: Mode,
    #[arg(long, value_name = "IP[:PORT]", value_parser = Checked(origin_server))]
    pub origin: Option<SocketAddr>,
    #[arg(long = "expect-ip", value_name = "IP", value_parser = Checked(parse_ip))]
    pub expect_ips: Vec<IpAddr>,
    #[arg(long = "public-resolver", value_name = "IP:PORT", value_parser = Checked(dns_server))]
    pub public_resolvers: Vec<SocketAddr>,
    #[arg(long = "authoritative", value_name = "IP:PORT", value_parser = Checked(dns_server))]
    pub authoritative: Vec<SocketAddr>,
    #[arg(long)]
    pub no_burst: bool,
    #[arg(long = "logs", value_name = "FILE")]
    pub logs: Vec<PathBuf>,
    #[arg(long)]
    pub no_server_checks: bool,
}

/// A flag's value parsed by a function of ours. A bad value is reported in our words, as
/// `--flag: why` (our parsers redact what they quote): clap's own message would repeat the
/// value as typed, `user:password@` included.
struct Checked<T, E>(fn(&str) -> Result<T, E>);

impl<T, E> Clone for Checked<T, E> {
    fn clone(&self) -> Self {
        Checked(self.0)
    }
}

/// A flag value's error in the person's language: our address errors say it through `message()`;
/// a `String` is already a sentence made with `t!`.
trait Said {
    fn said(&self) -> String;
}

impl Said for AddressError {
    fn said(&self) -> String {
        self.message()
    }
}

impl Said for String {
    fn said(&self) -> String {
        self.clone()
    }
}

impl<T, E> clap::builder::TypedValueParser for Checked<T, E>
where
    T: Clone + Send + Sync + 'static,
    E: Said + 'static,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let flag = arg
            .and_then(|a| a.get_long())
            .map(|l| format!("--{l}"))
            .unwrap_or_else(|| crate::t!("cli-flag-a-value"));
        let fail = |why: String| {
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("{flag}: {why}\n"),
            )
            .with_cmd(cmd)
        };
        let text = value
            .to_str()
            .ok_or_else(|| fail(crate::t!("cli-value-not-utf8")))?;
        (self.0)(text).map_err(|e| fail(e.said()))
    }
}

/// `--resolver`, `--public-resolver`, `--authoritative`: a DNS server's IP, port 53 unless given.
fn dns_server(s: &str) -> Result<SocketAddr, AddressError> {
    parse_ip_port(s, 53)
}

/// `--origin`: the origin server's IP, port 443 unless given.
fn origin_server(s: &str) -> Result<SocketAddr, AddressError> {
    parse_ip_port(s, 443)
}

/// `--reference`: `HOST:PORT`, checked here and kept as typed (without surrounding spaces); the
/// engine resolves it when the check runs.
fn reference(s: &str) -> Result<String, String> {
    parse_host_port(s, None)
        .map(|_| s.trim().to_string())
        .map_err(|e| crate::t!("cli-expected-host-port", error = e.message()))
}

/// A usage or input problem (exit code 2), as opposed to a failure while running.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InputError(pub String);

impl CheckArgs {
    /// Validate everything before any packet is sent.
    pub fn options(&self) -> Result<(Target, CheckOptions), InputError> {
        let target =
            Target::parse(&self.url).map_err(|e| InputError(format!("URL: {}", e.message())))?;
        if let Some(path) = &self.output {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(std::path::Path::new("."));
            if !dir.is_dir() {
                return Err(InputError(crate::t!(
                    "cli-output-no-folder",
                    folder = dir.display().to_string()
                )));
            }
            if path.is_dir() {
                return Err(InputError(crate::t!(
                    "cli-output-is-folder",
                    path = path.display().to_string()
                )));
            }
        }
        if self.from_world {
            crate::globalping::Client::new(&self.globalping_url)
                .map_err(|e| InputError(e.message()))?;
        }
        Ok((target, self.probe.options()?))
    }
}

impl ProbeArgs {
    /// Validate the probe options.
    pub fn options(&self) -> Result<CheckOptions, InputError> {
        if !self.timeout.is_finite() || self.timeout <= 0.0 || self.timeout > 600.0 {
            return Err(InputError(crate::t!(
                "cli-timeout-range",
                value = self.timeout.to_string()
            )));
        }
        if self.retries > 20 {
            return Err(InputError(crate::t!(
                "cli-retries-range",
                value = self.retries.to_string()
            )));
        }
        let owner_only = self.origin.is_some()
            || !self.expect_ips.is_empty()
            || !self.public_resolvers.is_empty()
            || !self.authoritative.is_empty()
            || self.no_burst
            || self.no_server_checks
            || !self.logs.is_empty();
        if self.mode == Mode::Visitor && owner_only {
            return Err(InputError(crate::t!("cli-owner-only-flags")));
        }
        let mut options = CheckOptions {
            mode: self.mode,
            origin: self.origin,
            expect_ips: self.expect_ips.clone(),
            public_resolvers: (!self.public_resolvers.is_empty())
                .then(|| self.public_resolvers.clone()),
            authoritative: self.authoritative.clone(),
            burst: !self.no_burst,
            timeout: Duration::from_secs_f64(self.timeout),
            retries: self.retries,
            resolver: self.resolver,
            use_proxy: !self.no_proxy,
            other_browsers: (!self.browsers.is_empty()).then(|| self.browsers.clone()),
            ..CheckOptions::default()
        };
        if !self.references.is_empty() {
            options.references = self.references.clone();
        }
        Ok(options)
    }
}

/// Run `check`; returns the exit code.
pub fn run_check(args: &CheckArgs) -> Result<i32> {
    let (target, options) = match args.options() {
        Ok(v) => v,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "gateway-doctor: {e}");
            return Ok(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .with_context(|| crate::t!("cli-no-runtime"))?;
    let live = args.format == Format::Text;
    let world_target = args.from_world.then(|| target.clone());
    let step_timeout = options.timeout;
    let use_proxy = options.use_proxy;
    let server_site = (options.mode == Mode::Owner && !args.probe.no_server_checks)
        .then(|| (target.ip, target.port, target.host.clone()));
    let resolver = options.resolver;
    let (mut evidence, mut diagnosis) =
        runtime.block_on(check(target, options, &args.probe.logs, live));
    // On the server itself: the server checks for this site join the verdict.
    if let Some((ip, port, host)) = server_site {
        let ips: Vec<IpAddr> = match ip {
            Some(ip) => vec![ip],
            None => evidence
                .dns
                .as_ref()
                .map(|d| d.addresses.clone())
                .unwrap_or_default(),
        };
        let server_options = crate::server::ServerOptions {
            timeout: step_timeout.min(Duration::from_secs(10)),
            resolver,
            logs: false,
            edge: crate::diagnosis::edge_limit(&evidence),
            ..crate::server::ServerOptions::default()
        };
        let side = runtime.block_on(crate::server::for_site(&ips, port, &host, &server_options));
        if live {
            say!("  server   {}", side.note);
            if let Some(link) = side.broken_link() {
                say!("  server   {}", link.title);
            }
        }
        evidence.server_side = Some(side);
        diagnosis = diagnose(&evidence);
    }
    // The provider's status page joins the evidence, so the verdict says "known incident".
    if args.provider_status {
        let sources = crate::status_client::sources_for(&diagnosis);
        if !sources.is_empty() {
            if live {
                say!("\n{}", status::notice(&sources));
            }
            evidence.status_pages = runtime.block_on(crate::status_client::ask_all(
                &sources,
                &args.status_urls,
                step_timeout,
                use_proxy,
            ));
        }
        // The site's own status page: `--status-url site=URL`, a link in its page, or
        // status.<its domain>.
        let body = evidence
            .http
            .as_ref()
            .map(|h| h.body_excerpt.as_str())
            .unwrap_or("");
        let base = args
            .status_urls
            .iter()
            .find(|(p, _)| p == crate::provider_status::SITE)
            .map(|(_, u)| u.clone())
            .or_else(|| crate::provider_status::site_status_base(&evidence.target.host, body));
        if let Some(base) = base {
            if live {
                say!(
                    "{}",
                    crate::t!(
                        "cli-looking-for-site-status",
                        url = crate::target::redact_url(&base)
                    )
                );
            }
            if let Some(site) = runtime.block_on(crate::status_client::ask_site(
                &base,
                step_timeout,
                use_proxy,
            )) {
                evidence.status_pages.push(site);
            }
        }
        if sources.is_empty() && evidence.status_pages.is_empty() && live {
            say!("{}", crate::t!("cli-no-status-page"));
        }
        diagnosis = diagnose(&evidence);
    }
    // "Down for everyone?" joins the evidence, so the verdict (and the history) use it.
    let mut world_error = None;
    if let Some(t) = world_target {
        if live {
            say!("\n{}", world::notice(&args.globalping_url));
        }
        match runtime.block_on(world::ask_the_world(
            use_proxy,
            &args.globalping_url,
            step_timeout,
            &t,
        )) {
            Ok(w) => {
                evidence.world = Some(w);
                diagnosis = diagnose(&evidence);
            }
            Err(failed) => world_error = Some(failed),
        }
    }
    let mut history_lines = Vec::new();
    if !args.no_history
        && let Some(h) = history::open_for_recording()
    {
        history::record(&h, &evidence, &diagnosis, crate::history::Source::Check);
        history_lines = history::report_lines(&h, &evidence);
    }
    let generated_at = report::timestamp(time::OffsetDateTime::now_utc());
    let extras = report::Extras {
        history: history_lines,
        world_error,
        notes: None,
        recording: None,
    };
    let report = Report::assemble(&evidence, &diagnosis, &generated_at, extras);
    let rendered = match args.format {
        Format::Text => report::render_text(&report),
        Format::Json => report.to_json() + "\n",
        Format::Markdown => report::render_markdown(&report),
        Format::Html => report::render_html(&report),
    };
    let mut stdout = std::io::stdout().lock();
    if live {
        let _ = writeln!(stdout, "\n{}", report::text::verdict_block(&report));
        for line in &report.history {
            let _ = writeln!(
                stdout,
                "{}",
                crate::t!("cli-history-line", line = line.as_str())
            );
        }
        let _ = write!(stdout, "{}", report::text::status_block(&report));
        let _ = write!(stdout, "{}", report::text::world_block(&report));
    } else {
        // A reader that went away (a closed pipe) is not an error worth a message.
        let _ = stdout.write_all(rendered.as_bytes());
    }
    let _ = stdout.flush();
    if let Some(path) = &args.output {
        write_atomically(path, rendered.as_bytes()).with_context(|| {
            crate::t!("cli-cannot-write-report", path = path.display().to_string())
        })?;
        if live {
            say!(
                "{}",
                crate::t!("cli-report-written", path = path.display().to_string())
            );
        }
    }
    Ok(match diagnosis.verdict.status {
        VerdictStatus::Healthy => 0,
        _ => 1,
    })
}

/// Run the engine, folding events into evidence; with `live`, print lines as things settle.
pub(crate) async fn check(
    target: Target,
    options: CheckOptions,
    logs: &[PathBuf],
    live: bool,
) -> (Evidence, Diagnosis) {
    let mut evidence = probe::new_evidence(&target, &options);
    if !logs.is_empty() {
        evidence.planned.push(ProbeKind::Logs);
    }
    if live {
        say!(
            "{}",
            crate::t!(
                "cli-checking",
                url = target.redacted(),
                mode = report::text::mode_word(options.mode),
                seconds = format!("{:.0}", options.timeout.as_secs_f64())
            )
        );
    }
    if options.use_proxy {
        for p in probe::proxy::ProxyConfig::from_env().unsupported {
            let _ = writeln!(
                std::io::stderr(),
                "gateway-doctor: {}",
                crate::t!("cli-proxy-unsupported", proxy = p.to_string())
            );
        }
    }
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let engine = tokio::spawn(probe::run(target, options, tx));
    // What each checklist line said when printed: a line whose finding changes later (more
    // evidence arrived) is printed again, marked as updated, so the output never contradicts
    // the verdict.
    let mut printed: HashMap<CheckId, (ItemStatus, String)> = HashMap::new();
    let mut show = |item: &crate::diagnosis::ChecklistItem| {
        let now = (item.status, item.finding.clone());
        match printed.get(&item.id) {
            Some(before) if *before == now => {}
            Some(_) => {
                let line = report::text::checklist_line(item);
                let (first, rest) = line.split_once('\n').unwrap_or((line.as_str(), ""));
                say!("{}", crate::t!("cli-updated", line = first));
                if !rest.is_empty() {
                    say!("{rest}");
                }
                say_commands(item);
                printed.insert(item.id, now);
            }
            None => {
                say!("{}", report::text::checklist_line(item));
                say_commands(item);
                printed.insert(item.id, now);
            }
        }
    };
    while let Some(event) = rx.recv().await {
        if live && let ProbeEvent::Finished { observation, .. } = &event {
            for line in probe_lines::probe_lines(observation, &evidence) {
                say!("  {line}");
            }
        }
        evidence.apply(event);
        if live {
            let d = diagnose(&evidence);
            for item in d
                .checklist
                .iter()
                .filter(|i| i.status != ItemStatus::Pending)
            {
                show(item);
            }
        }
        if evidence.is_complete() {
            break;
        }
    }
    engine.abort();
    if !logs.is_empty() {
        // After the probes, so the lines the server wrote for our own requests are in.
        let started = std::time::Instant::now();
        let analysis = tokio::task::block_in_place(|| analyse_with_progress(logs, None));
        let observation = Observation::Logs(Box::new(crate::probe::clock::logs_read_now(analysis)));
        if live {
            for line in probe_lines::probe_lines(&observation, &evidence) {
                say!("  {line}");
            }
        }
        evidence.apply(probe::finished_event(observation, started.elapsed()));
    }
    let diagnosis = diagnose(&evidence);
    if live {
        for item in diagnosis.checklist.iter() {
            show(item);
        }
    }
    (evidence, diagnosis)
}

/// Owner mode: an item's commands under its live line, as the text report has them.
fn say_commands(item: &crate::diagnosis::ChecklistItem) {
    let lines = report::text::command_lines(item);
    if !lines.is_empty() {
        say!("{}", lines.trim_end());
    }
}

/// What the command line asked for: `main` opens the app or runs a subcommand (the command line
/// never starts the app itself).
pub enum Invocation {
    /// Help, version or a usage error was printed: exit with this code.
    Exit(i32),
    /// `gateway-doctor [URL] [options]`: open the desktop app (with the address filled in and
    /// checked at once when one is given).
    App {
        url: Option<String>,
        options: crate::probe::CheckOptions,
        logs: Vec<std::path::PathBuf>,
        /// `--lang`, when given (the app otherwise takes its own setting, then the system's).
        lang: Option<String>,
    },
    /// A subcommand (`check`, `logs`, `watch`, `history`).
    Run(Command),
}

/// The system's language setting (Windows and macOS ask the OS; Unix reads the environment).
pub fn system_language(requested: Option<&str>, saved: Option<&str>) -> crate::i18n::Choice {
    crate::i18n::choose(
        requested.or(saved),
        |k| std::env::var(k).ok(),
        sys_locale::get_locale(),
    )
}

/// Speak the language asked for (or the system's) from now on; a language we do not speak is
/// said once, on stderr. The browser-like requests ask for it too when it was asked for.
fn use_language(requested: Option<&str>) {
    let choice = system_language(requested, None);
    crate::i18n::set(choice.lang);
    if requested.is_some() {
        crate::probe::profiles::set_locale(Some(choice.lang.locale().to_string()));
    }
    if let Some(note) = choice.note {
        let _ = writeln!(std::io::stderr(), "gateway-doctor: note: {note}");
    }
}

/// The value of `--lang` (`--lang de`, `--lang=de`) among raw arguments, before `--`.
fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            return words.next().map(|v| v.into_owned());
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// Parse the arguments (printing help, the version or a usage error when that is all there is).
pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Invocation {
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    // The language before the arguments are read, so a bad value (`--timeout x`) is explained in
    // it too; quietly: the note about a language we do not speak comes once, below.
    crate::i18n::set(system_language(lang_flag(&args).as_deref(), None).lang);
    let cli = match help::command()
        .try_get_matches_from(args)
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches))
    {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Invocation::Exit(code);
        }
    };
    match cli.command {
        Some(command) => {
            use_language(cli.lang.as_deref());
            Invocation::Run(command)
        }
        None => match cli.probe.options() {
            Ok(options) => Invocation::App {
                url: cli.url,
                options,
                logs: cli.probe.logs.clone(),
                lang: cli.lang,
            },
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "gateway-doctor: {e}");
                Invocation::Exit(2)
            }
        },
    }
}

/// Print a rendered report (a reader that went away is no error) and also write it to `output`.
pub(crate) fn emit(rendered: &str, output: Option<&std::path::Path>) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(rendered.as_bytes());
    let _ = stdout.flush();
    if let Some(path) = output {
        write_atomically(path, rendered.as_bytes()).with_context(|| {
            crate::t!("cli-cannot-write-report", path = path.display().to_string())
        })?;
    }
    Ok(())
}

/// Run a subcommand. Returns the exit code.
pub fn run(command: Command) -> Result<i32> {
    match command {
        Command::Check(args) => run_check(&args),
        Command::Logs(args) => run_logs(&args),
        Command::Watch(args) => run_watch(&args),
        Command::History(args) => run_history(&args),
        Command::Server(args) => run_server(&args),
        Command::Har(args) => har::run_har(&args),
    }
}

/// Built without the app: say how to use the command line instead.
pub fn no_app() -> Result<i32> {
    use clap::CommandFactory;
    Cli::command().print_help()?;
    say!("\n\n{}", crate::t!("cli-no-app"));
    Ok(0)
}

#[cfg(test)]
mod tests;
