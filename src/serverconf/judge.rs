//! What the server checks mean: the configuration as read (a [`Stack`]) and what each upstream did
//! when it was tried once (a [`Probed`] per upstream) become findings that name the broken link,
//! its file and line, and the fix, and one verdict in the same shape as `check`'s. Pure: the
//! engine (`crate::server`) reads the files and tries the upstreams; this module only judges, so
//! every rule is tested without a server.

use super::links::socket_mismatches;
use super::php_fpm::{FpmFile, Pool};
use super::{Address, ReadProblem, Software, Upstream, UpstreamKind};
use crate::diagnosis::{Cause, Confidence, Culprit, Verdict, VerdictStatus, wording};
use serde::{Deserialize, Serialize};

/// One configuration that was read: the main file and every file its includes brought in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServerConfig {
    pub software: Software,
    /// The main file.
    pub config: String,
    /// How the kind was known: "running process", "standard path", "given; recognised as nginx".
    pub found_by: String,
    /// Every file read for it, the main file first.
    pub files: Vec<String>,
    /// The user its workers run as, and where that is set (`None`: the software's default).
    pub worker_user: Option<String>,
    pub worker_user_at: Option<(String, usize)>,
    /// The error logs its configuration names.
    pub error_logs: Vec<String>,
    /// Its version and own configuration test, when the program was found and run.
    pub version: Option<String>,
    pub config_test: Option<super::syntax::ConfigTest>,
}

/// A file that could not be read at all, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unreadable {
    pub file: String,
    /// Why, in a few words ("permission denied", "not found"), in the current language.
    pub why: String,
    /// The system refused to let us read it (the fix is then about rights, not the path).
    #[serde(skip)]
    pub permission: bool,
}

/// The whole stack as read from its configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Stack {
    pub servers: Vec<ServerConfig>,
    pub upstreams: Vec<Upstream>,
    /// PHP-FPM's files (pools) and the php.ini files.
    #[serde(skip)]
    pub fpm: Vec<FpmFile>,
    #[serde(skip)]
    pub php_ini: Vec<FpmFile>,
    pub problems: Vec<ReadProblem>,
    pub unreadable: Vec<Unreadable>,
}

/// What trying an upstream once found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UpstreamState {
    Ok,
    Refused,
    Timeout,
    /// It answered, but later than the read timeout that applies to it.
    TooSlow,
    /// Accepted the connection, then closed it without an answer.
    Closed,
    BadResponse,
    /// An HTTP answer with a 5xx status.
    ErrorStatus,
    MissingSocket,
    NotASocket,
    PermissionDenied,
    Unresolvable,
    NotChecked,
}

impl UpstreamState {
    /// Its id, as in the JSON.
    pub fn id(self) -> &'static str {
        match self {
            UpstreamState::Ok => "ok",
            UpstreamState::Refused => "refused",
            UpstreamState::Timeout => "timeout",
            UpstreamState::TooSlow => "too_slow",
            UpstreamState::Closed => "closed",
            UpstreamState::BadResponse => "bad_response",
            UpstreamState::ErrorStatus => "error_status",
            UpstreamState::MissingSocket => "missing_socket",
            UpstreamState::NotASocket => "not_a_socket",
            UpstreamState::PermissionDenied => "permission_denied",
            UpstreamState::Unresolvable => "unresolvable",
            UpstreamState::NotChecked => "not_checked",
        }
    }
}

/// The result of trying one upstream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Probed {
    pub state: UpstreamState,
    /// What was seen, in a few words ("connection refused", "HTTP 200", "mode 0600, owner root").
    pub detail: String,
    /// How long the answer took.
    pub ms: Option<u64>,
    /// The size of an HTTP answer's head (status line and headers), in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_bytes: Option<usize>,
}

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// A named cause with where to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// `upstream_down`, `socket_path_mismatch`, `socket_permission`, `timeout_chain` ...
    pub id: String,
    pub severity: Severity,
    /// One plain sentence: what is wrong, naming the link.
    pub title: String,
    /// The file and line to look at or change.
    pub config: Option<String>,
    pub line: Option<usize>,
    /// What to do (a line to write, a service to start).
    pub fix: String,
    /// Commands to run, each ready to paste.
    pub commands: Vec<String>,
}

/// Where an upstream is, as people write it: `127.0.0.1:9000`, `unix:/run/php/php8.2-fpm.sock`.
pub fn target_text(address: &Address) -> String {
    match address {
        Address::Tcp { host, port } if host.contains(':') => format!("[{host}]:{port}"),
        Address::Tcp { host, port } => format!("{host}:{port}"),
        Address::Unix { path } => format!("unix:{path}"),
        Address::Variable { text } | Address::Invalid { text } => text.clone(),
    }
}

/// The site an upstream serves, for a sentence: "shop.example.com", "the site on :8080".
pub fn site_text(up: &Upstream) -> String {
    match up.server_names.iter().find(|n| is_plain_name(n)) {
        Some(name) => name.clone(),
        None => match up.listen.first() {
            Some(listen) => crate::t!("srv-site-on", listen = listen.as_str()),
            None => crate::t!("srv-its-site"),
        },
    }
}

/// The upstreams of the site a browser reaches at `host` on `port`: the server blocks that listen
/// on that port and name the host (exactly, `*.example.com` or `.example.com`); when none names
/// it, every block on that port (the server answers with one of them, its default).
pub fn for_site(ups: &[Upstream], port: u16, host: &str) -> Vec<Upstream> {
    let on_port: Vec<&Upstream> = ups.iter().filter(|u| listens_on(u, port)).collect();
    let named: Vec<&Upstream> = on_port
        .iter()
        .copied()
        .filter(|u| u.server_names.iter().any(|n| name_matches(n, host)))
        .collect();
    let chosen = if named.is_empty() { on_port } else { named };
    chosen.into_iter().cloned().collect()
}

/// Whether a site listens on `port` (no `listen` at all: port 80).
fn listens_on(up: &Upstream, port: u16) -> bool {
    if up.listen.is_empty() {
        return port == 80;
    }
    up.listen.iter().any(|l| {
        let l = l.trim();
        if l.starts_with("unix:") {
            return false;
        }
        let p = match l.rsplit_once(':') {
            Some((_, p)) => p,
            None => l,
        };
        p.parse::<u16>().ok() == Some(port)
    })
}

/// A server name against the host a browser asks for.
fn name_matches(name: &str, host: &str) -> bool {
    let (name, host) = (name.to_ascii_lowercase(), host.to_ascii_lowercase());
    if let Some(suffix) = name.strip_prefix("*.") {
        return host.ends_with(&format!(".{suffix}"));
    }
    if let Some(domain) = name.strip_prefix('.') {
        return host == domain || host.ends_with(&format!(".{domain}"));
    }
    name == host
}

/// A server name a browser could ask for (not `_`, `*.x`, `~regex` or empty).
pub fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name != "_"
        && !name.starts_with('~')
        && !name.contains('*')
        && !name.starts_with('$')
}

/// The short name of a file for a sentence: its last two parts (`sites-enabled/shop`).
fn short(file: &str) -> &str {
    let mut cut = file.len();
    for _ in 0..2 {
        match file[..cut].rfind('/') {
            Some(i) => cut = i,
            None => return file,
        }
    }
    &file[cut + 1..]
}

/// "nginx (sites-enabled/shop line 12)".
fn who(up: &Upstream) -> String {
    crate::t!(
        "srv-who",
        software = up.software.name(),
        file = short(&up.file),
        line = up.line.to_string()
    )
}

/// A number of seconds as Rust writes it (`60`, `0.5`), for a sentence.
fn secs(seconds: f64) -> String {
    seconds.to_string()
}

/// "`who` passes `site` to `target`" sentences: the arguments every one of them takes, then
/// `more`.
fn passes(
    key: &str,
    up: &Upstream,
    target: &str,
    more: &[(&str, crate::i18n::FluentValue<'_>)],
) -> String {
    use crate::i18n::FluentValue;
    let mut args = vec![
        ("who", FluentValue::from(who(up))),
        ("site", FluentValue::from(site_text(up))),
        ("target", FluentValue::from(target.to_string())),
    ];
    args.extend(more.iter().cloned());
    crate::i18n::tr(key, &args)
}

/// The PHP-FPM pool that listens where `address` points, if the configuration has one.
fn pool_at<'a>(fpm: &'a [FpmFile], address: &Address) -> Option<&'a Pool> {
    fpm.iter().flat_map(|f| f.pools.iter()).find(|pool| {
        let Some(listen) = pool.listen() else {
            return false;
        };
        let listen = listen.value.trim();
        match address {
            Address::Unix { path } => listen == path,
            Address::Tcp { host, port } => {
                let (lhost, lport) = match listen.rsplit_once(':') {
                    Some((h, p)) => (h.trim_matches(['[', ']']), p),
                    None => ("", listen),
                };
                lport.parse::<u16>().ok() == Some(*port)
                    && (lhost.is_empty()
                        || lhost == host
                        || lhost == "0.0.0.0"
                        || lhost == "::"
                        || (is_loopback_name(lhost) && is_loopback_name(host)))
            }
            _ => false,
        }
    })
}

fn is_loopback_name(host: &str) -> bool {
    host == "localhost" || host == "::1" || host.starts_with("127.")
}

/// The systemd unit a PHP-FPM pool file belongs to: `/etc/php/8.2/fpm/pool.d/www.conf` is
/// `php8.2-fpm` (Debian, Ubuntu); elsewhere `php-fpm`.
pub fn fpm_service(pool_file: &str) -> String {
    let parts: Vec<&str> = pool_file.split('/').collect();
    match parts.iter().position(|p| *p == "php") {
        Some(i) if parts.get(i + 2) == Some(&"fpm") => match parts.get(i + 1) {
            Some(version) if version.chars().all(|c| c.is_ascii_digit() || c == '.') => {
                format!("php{version}-fpm")
            }
            _ => "php-fpm".into(),
        },
        _ => "php-fpm".into(),
    }
}

/// Every finding: the broken links first (what the upstreams did), then the configuration's own
/// problems (timeouts out of order, lines that could not be read, files that could not be opened).
pub fn findings(stack: &Stack, probed: &[(Upstream, Probed)]) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    let ups: Vec<Upstream> = probed.iter().map(|(u, _)| u.clone()).collect();
    let mismatches = socket_mismatches(&ups, &stack.fpm);
    for (up, result) in probed {
        let target = target_text(&up.address);
        let (file, line) = up.place();
        let at = |id: &str, severity, title: String, fix: String, commands: Vec<String>| Finding {
            id: id.into(),
            severity,
            title,
            config: Some(file.to_string()),
            line: Some(line),
            fix,
            commands,
        };
        let finding = match result.state {
            UpstreamState::Ok | UpstreamState::NotChecked => None,
            UpstreamState::Refused => Some(down(
                stack,
                up,
                &target,
                file,
                line,
                "srv-down-nothing-listens",
            )),
            UpstreamState::MissingSocket => {
                let path = match &up.address {
                    Address::Unix { path } => path.as_str(),
                    _ => "",
                };
                match mismatches.iter().find(|m| m.title.contains(path)) {
                    Some(m) => Some(Finding {
                        id: m.id.clone(),
                        severity: Severity::Error,
                        title: m.title.clone(),
                        config: Some(m.file.clone()),
                        line: Some(m.line),
                        fix: crate::t!(
                            "srv-socket-mismatch-fix",
                            fix = m.fix.as_str(),
                            software = up.software.name()
                        ),
                        commands: vec![
                            reload_command(up.software).into(),
                            format!("ls -l {}", parent(path)),
                        ],
                    }),
                    None => Some(down(stack, up, &target, file, line, "srv-down-no-socket")),
                }
            }
            UpstreamState::NotASocket => Some(at(
                "not_a_socket",
                Severity::Error,
                passes("srv-not-a-socket-title", up, &target, &[]),
                crate::t!("srv-not-a-socket-fix"),
                vec![format!("ls -l {}", target.trim_start_matches("unix:"))],
            )),
            UpstreamState::PermissionDenied => {
                Some(permission(stack, up, &target, result, file, line))
            }
            UpstreamState::Unresolvable => Some(at(
                "upstream_unresolvable",
                Severity::Error,
                passes("srv-unresolvable-title", up, &target, &[]),
                crate::t!("srv-unresolvable-fix"),
                vec![format!("getent hosts {}", host_of(&up.address))],
            )),
            UpstreamState::Timeout | UpstreamState::TooSlow => {
                use crate::i18n::FluentValue;
                let detail = ("detail", FluentValue::from(result.detail.as_str()));
                let software = ("software", FluentValue::from(up.software.name()));
                let title = match &up.read_timeout {
                    Some(t) => passes(
                        "srv-slow-title-limit",
                        up,
                        &target,
                        &[
                            detail,
                            software,
                            ("seconds", FluentValue::from(secs(t.seconds))),
                            ("setting", FluentValue::from(t.name.as_str())),
                        ],
                    ),
                    None => passes("srv-slow-title-no-limit", up, &target, &[detail, software]),
                };
                Some(at(
                    "upstream_slow",
                    Severity::Error,
                    title,
                    crate::t!("srv-slow-fix"),
                    Vec::new(),
                ))
            }
            UpstreamState::Closed | UpstreamState::BadResponse | UpstreamState::ErrorStatus => {
                Some(at(
                    "upstream_error",
                    Severity::Error,
                    passes(
                        "srv-error-title",
                        up,
                        &target,
                        &[(
                            "detail",
                            crate::i18n::FluentValue::from(result.detail.as_str()),
                        )],
                    ),
                    crate::t!("srv-error-fix"),
                    Vec::new(),
                ))
            }
        };
        if let Some(f) = finding
            && !out.contains(&f)
        {
            out.push(f);
        }
        if let Some(f) = header_size(up, result, &target)
            && !out.contains(&f)
        {
            out.push(f);
        }
    }
    out.extend(timeout_chain(stack, &ups));
    out.extend(proxy_chain(&ups));
    for p in &stack.problems {
        out.push(Finding {
            id: "config_unreadable_line".into(),
            severity: Severity::Info,
            title: crate::t!(
                "srv-unreadable-line-title",
                line = p.line.to_string(),
                file = p.file.as_str(),
                what = p.what.as_str()
            ),
            config: Some(p.file.clone()),
            line: Some(p.line),
            fix: crate::t!("srv-unreadable-line-fix"),
            commands: Vec::new(),
        });
    }
    for u in &stack.unreadable {
        out.push(Finding {
            id: "file_unreadable".into(),
            severity: Severity::Warning,
            title: crate::t!(
                "srv-unreadable-file-title",
                file = u.file.as_str(),
                why = u.why.as_str()
            ),
            config: Some(u.file.clone()),
            line: None,
            fix: if u.permission {
                crate::t!("srv-unreadable-file-fix-permission")
            } else {
                crate::t!("srv-unreadable-file-fix-path")
            },
            commands: Vec::new(),
        });
    }
    out.sort_by_key(|f| f.severity);
    out
}

fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) => "/",
        Some(i) => &path[..i],
        None => ".",
    }
}

fn host_of(address: &Address) -> String {
    match address {
        Address::Tcp { host, .. } => host.clone(),
        other => target_text(other),
    }
}

/// Nothing answers where the configuration points: which service should, and how to start it.
/// `title` is the message that says what is there (`srv-down-*`).
fn down(
    stack: &Stack,
    up: &Upstream,
    target: &str,
    file: &str,
    line: usize,
    title: &str,
) -> Finding {
    let pool = pool_at(&stack.fpm, &up.address);
    let (fix, commands) = match pool {
        Some(pool) => {
            let service = fpm_service(&pool.file);
            (
                crate::t!(
                    "srv-down-fix-pool",
                    pool = pool.name.as_str(),
                    file = pool.file.as_str(),
                    line = pool.line.to_string()
                ),
                vec![
                    format!("systemctl start {service}"),
                    format!("systemctl status {service}"),
                ],
            )
        }
        None => {
            let look = match &up.address {
                Address::Tcp { port, .. } => format!("ss -ltnp 'sport = :{port}'"),
                Address::Unix { path } => format!("ls -l {}", parent(path)),
                _ => String::new(),
            };
            (
                crate::t!(
                    "srv-down-fix-app",
                    target = target,
                    file = short(file),
                    line = line.to_string()
                ),
                [look, "systemctl --failed".to_string()]
                    .into_iter()
                    .filter(|c| !c.is_empty())
                    .collect(),
            )
        }
    };
    Finding {
        id: "upstream_down".into(),
        severity: Severity::Error,
        title: passes(title, up, target, &[]),
        config: Some(file.to_string()),
        line: Some(line),
        fix,
        commands,
    }
}

/// The worker may not open the socket: the pool's `listen.owner`/`listen.mode` lines to write.
fn permission(
    stack: &Stack,
    up: &Upstream,
    target: &str,
    result: &Probed,
    file: &str,
    line: usize,
) -> Finding {
    let user = stack
        .servers
        .iter()
        .find(|s| s.software == up.software)
        .and_then(|s| s.worker_user.clone())
        .unwrap_or_else(|| "www-data".into());
    let title = passes(
        "srv-permission-title",
        up,
        target,
        &[
            ("user", crate::i18n::FluentValue::from(user.as_str())),
            (
                "detail",
                crate::i18n::FluentValue::from(result.detail.as_str()),
            ),
        ],
    );
    match pool_at(&stack.fpm, &up.address) {
        Some(pool) => {
            let (pfile, pline) = pool
                .get("listen.owner")
                .or_else(|| pool.listen())
                .map(|v| (v.file.clone(), v.line))
                .unwrap_or((pool.file.clone(), pool.line));
            Finding {
                id: "socket_permission".into(),
                severity: Severity::Error,
                title,
                config: Some(pfile),
                line: Some(pline),
                fix: crate::t!(
                    "srv-permission-fix-pool",
                    pool = pool.name.as_str(),
                    user = user.as_str()
                ),
                commands: vec![format!("systemctl restart {}", fpm_service(&pool.file))],
            }
        }
        None => Finding {
            id: "socket_permission".into(),
            severity: Severity::Error,
            title,
            config: Some(file.to_string()),
            line: Some(line),
            fix: crate::t!("srv-permission-fix-app", user = user.as_str()),
            commands: vec![format!("ls -l {}", target.trim_start_matches("unix:"))],
        },
    }
}

/// Share of the header buffer above which an answer's head is close to the limit.
const NEAR_BUFFER_PERCENT: usize = 75;

/// The upstream answers with more header bytes than the buffer they must fit in: nginx answers
/// 502 ("upstream sent too big header while reading response header from upstream"). Close to
/// the limit is a warning: a larger cookie or one more header tips it over.
fn header_size(up: &Upstream, result: &Probed, target: &str) -> Option<Finding> {
    let (bytes, buffer) = (result.header_bytes?, up.header_buffer.as_ref()?);
    let limit = usize::try_from(buffer.bytes).unwrap_or(usize::MAX);
    let over = bytes > limit;
    if !over && bytes * 100 <= limit * NEAR_BUFFER_PERCENT {
        return None;
    }
    let (file, line) = match &buffer.at {
        Some((f, l)) => (f.clone(), *l),
        None => (up.place().0.to_string(), up.place().1),
    };
    let set = match &buffer.at {
        Some((f, l)) => crate::t!(
            "srv-buffer-at",
            directive = buffer.name.as_str(),
            size = size_text(buffer.bytes),
            file = short(f),
            line = l.to_string()
        ),
        None => crate::t!(
            "srv-buffer-default",
            directive = buffer.name.as_str(),
            size = size_text(buffer.bytes)
        ),
    };
    // Room for twice the headers seen, a power of two, at least 8k.
    let wanted = ((bytes as u64) * 2).next_power_of_two().max(8192);
    let prefix = buffer.name.trim_end_matches("_buffer_size");
    let lines = format!(
        "{} {}; {prefix}_buffers 8 {}; {prefix}_busy_buffers_size {};",
        buffer.name,
        size_text(wanted),
        size_text(wanted),
        size_text(wanted * 2)
    );
    Some(Finding {
        id: if over {
            "upstream_header_too_big"
        } else {
            "upstream_header_near_limit"
        }
        .into(),
        severity: if over {
            Severity::Error
        } else {
            Severity::Warning
        },
        title: passes(
            if over {
                "srv-header-too-big-title"
            } else {
                "srv-header-near-title"
            },
            up,
            target,
            &[
                ("bytes", crate::i18n::FluentValue::from(bytes)),
                ("limit", crate::i18n::FluentValue::from(set)),
            ],
        ),
        config: Some(file),
        line: Some(line),
        fix: crate::t!("srv-header-fix", lines = lines),
        commands: vec![reload_command(up.software).into()],
    })
}

/// Bytes as nginx writes a size: `16k`, `1m`, `512`.
fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 {
        format!("{}m", bytes / (1024 * 1024))
    } else if bytes >= 1024 && bytes % 1024 == 0 {
        format!("{}k", bytes / 1024)
    } else {
        bytes.to_string()
    }
}

/// How to test the configuration and reload `software` without dropping connections.
pub fn reload_command(software: Software) -> &'static str {
    match software {
        Software::Nginx => "nginx -t && systemctl reload nginx",
        Software::Apache => "apachectl configtest && systemctl reload apache2",
        Software::Haproxy => "haproxy -c -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy",
        Software::Caddy => "caddy validate --config /etc/caddy/Caddyfile && systemctl reload caddy",
        Software::Varnish => "systemctl reload varnish",
        Software::PhpFpm => "systemctl reload php-fpm",
    }
}

/// The line that sets time limit `name` to `secs` in `software`'s syntax.
pub fn setting_line(software: Software, name: &str, secs: f64) -> String {
    match software {
        Software::Nginx => format!("{name} {secs}s;"),
        Software::Apache if name.ends_with('=') => format!("{name}{secs}"),
        Software::Apache => format!("{name} {secs}"),
        Software::Haproxy => format!("timeout server {secs}s"),
        Software::Caddy => format!("{name} {secs}s"),
        Software::Varnish => format!(".{name} = {secs}s;"),
        Software::PhpFpm => format!("{name} = {secs}"),
    }
}

/// The time limit of the CDN or platform in front of the site (Cloudflare's 100 s, CloudFront's
/// 30 s ...), when the check saw one.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeLimit {
    /// Its name in a sentence ("Cloudflare's 100 s limit for an origin answer").
    pub name: String,
    /// Who it is ("Cloudflare").
    pub edge: String,
    pub seconds: f64,
}

/// The server waits longer for an upstream than the edge in front of it waits for the server:
/// past the edge's limit the visitor gets the edge's timeout error (Cloudflare's 524) whatever
/// the server's setting says, so raising it does not help.
pub fn edge_chain(ups: &[Upstream], edge: &EdgeLimit) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for up in ups {
        let Some(wait) = up
            .read_timeout
            .as_ref()
            .filter(|t| t.seconds > edge.seconds)
        else {
            continue;
        };
        let (file, line) = match &wait.at {
            Some((f, l)) => (f.clone(), *l),
            None => (up.place().0.to_string(), up.place().1),
        };
        let finding = Finding {
            id: "timeout_chain".into(),
            severity: Severity::Warning,
            title: crate::t!(
                "srv-edge-chain-title",
                who = who(up),
                seconds = secs(wait.seconds),
                setting = wait.name.as_str(),
                target = target_text(&up.address),
                edge_limit = edge.name.as_str(),
                edge_seconds = secs(edge.seconds),
                edge = edge.edge.as_str()
            ),
            config: Some(file),
            line: Some(line),
            fix: crate::t!(
                "srv-edge-chain-fix",
                edge_seconds = secs(edge.seconds),
                setting = wait.name.as_str(),
                edge = edge.edge.as_str()
            ),
            commands: Vec::new(),
        };
        if !out.contains(&finding) {
            out.push(finding);
        }
    }
    out
}

/// The port a site listens on, from a `listen` value (`80`, `127.0.0.1:8080`, `[::]:443`,
/// `*:80`, `:8080`).
fn listen_port(listen: &str) -> Option<u16> {
    let l = listen.trim();
    if l.starts_with("unix:") {
        return None;
    }
    l.rsplit(':').next()?.parse().ok()
}

/// One proxy passes to another on this machine (HAProxy -> nginx, nginx -> Apache, Varnish ->
/// nginx) and gives up sooner than the one behind it waits for its own upstream: slow pages end
/// in the outer proxy's 504 while the inner one is still waiting.
fn proxy_chain(ups: &[Upstream]) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for outer in ups {
        let (Address::Tcp { host, port }, Some(limit)) = (&outer.address, &outer.read_timeout)
        else {
            continue;
        };
        if !is_loopback_name(host) {
            continue;
        }
        // The slowest wait behind it: the sites of another server that listen on that port.
        let inner = ups
            .iter()
            .filter(|u| u.software != outer.software)
            .filter(|u| u.listen.iter().any(|l| listen_port(l) == Some(*port)))
            .filter_map(|u| u.read_timeout.as_ref().map(|t| (u, t)))
            .max_by(|a, b| a.1.seconds.total_cmp(&b.1.seconds));
        let Some((behind, wait)) = inner else {
            continue;
        };
        if wait.seconds <= limit.seconds {
            continue;
        }
        let (file, line) = match &limit.at {
            Some((f, l)) => (f.clone(), *l),
            None => (outer.place().0.to_string(), outer.place().1),
        };
        let finding = Finding {
            id: "timeout_chain".into(),
            severity: Severity::Warning,
            title: crate::t!(
                "srv-proxy-chain-title",
                who = who(outer),
                target = target_text(&outer.address),
                seconds = secs(limit.seconds),
                setting = limit.name.as_str(),
                inner = behind.software.name(),
                inner_seconds = secs(wait.seconds),
                inner_setting = wait.name.as_str(),
                outer = outer.software.name()
            ),
            config: Some(file),
            line: Some(line),
            fix: crate::t!(
                "srv-proxy-chain-fix",
                line = setting_line(outer.software, &limit.name, wait.seconds + 5.0),
                inner_seconds = secs(wait.seconds),
                inner = behind.software.name(),
                inner_setting = wait.name.as_str(),
                seconds = secs(limit.seconds)
            ),
            commands: vec![reload_command(outer.software).into()],
        };
        if !out.contains(&finding) {
            out.push(finding);
        }
    }
    out
}

/// PHP may run longer than the web server waits for it: the web server gives up first and
/// answers 504 while PHP is still working.
fn timeout_chain(stack: &Stack, ups: &[Upstream]) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    let ini = stack
        .php_ini
        .iter()
        .find_map(super::php_fpm::ini_max_execution_time);
    for up in ups.iter().filter(|u| u.kind == UpstreamKind::Fastcgi) {
        let (Some(limit), Some(pool)) = (&up.read_timeout, pool_at(&stack.fpm, &up.address)) else {
            continue;
        };
        // What stops PHP first: request_terminate_timeout (0 = never) or max_execution_time.
        let terminate = pool.request_terminate_secs().filter(|(s, _)| *s > 0.0);
        let max_exec = pool.max_execution_time().or(ini).filter(|(s, _)| *s > 0.0);
        let php = match (terminate, max_exec) {
            (Some(t), Some(m)) => Some(if t.0 <= m.0 { t } else { m }),
            (t, m) => t.or(m),
        };
        let Some((php_secs, php_at)) = php else {
            continue;
        };
        if php_secs <= limit.seconds {
            continue;
        }
        let (file, line) = match &limit.at {
            Some((f, l)) => (f.clone(), *l),
            None => (up.file.clone(), up.line),
        };
        // php.ini's max_execution_time, or the pool's own limit.
        let key = if php_at.file.ends_with(".ini") {
            "srv-php-timeout-title-ini"
        } else {
            "srv-php-timeout-title-pool"
        };
        use crate::i18n::FluentValue;
        let title = crate::i18n::tr(
            key,
            &[
                ("php_seconds", FluentValue::from(secs(php_secs))),
                ("php_file", FluentValue::from(php_at.file.as_str())),
                ("php_line", FluentValue::from(php_at.line.to_string())),
                ("software", FluentValue::from(up.software.name())),
                ("seconds", FluentValue::from(secs(limit.seconds))),
                ("setting", FluentValue::from(limit.name.as_str())),
            ],
        );
        let finding = Finding {
            id: "timeout_chain".into(),
            severity: Severity::Warning,
            title,
            config: Some(file),
            line: Some(line),
            fix: crate::t!(
                "srv-php-timeout-fix",
                line = setting_line(up.software, &limit.name, php_secs),
                seconds = secs(limit.seconds)
            ),
            commands: vec![reload_command(up.software).into()],
        };
        if !out.contains(&finding) {
            out.push(finding);
        }
    }
    out
}

/// The verdict, in the same shape as `check`'s: the first error names the broken link; nothing
/// wrong with upstreams that answered is healthy; nothing to go on is unknown.
pub fn verdict(stack: &Stack, probed: &[(Upstream, Probed)], findings: &[Finding]) -> Verdict {
    let first_error = findings.iter().find(|f| f.severity == Severity::Error);
    if let Some(f) = first_error {
        let fastcgi = probed.iter().any(|(u, p)| {
            u.kind == UpstreamKind::Fastcgi
                && f.title.contains(&target_text(&u.address))
                && p.state != UpstreamState::Ok
        });
        let (cause, culprit) = match f.id.as_str() {
            "upstream_down" if fastcgi => (Cause::PhpFpmDown, Culprit::UpstreamApp),
            "upstream_down" => (Cause::UpstreamRefused, Culprit::UpstreamApp),
            "socket_path_mismatch" => (Cause::SocketPathMismatch, Culprit::ReverseProxy),
            "socket_permission" | "not_a_socket" => {
                (Cause::UpstreamPermissionDenied, Culprit::ReverseProxy)
            }
            "upstream_unresolvable" => (Cause::UpstreamUnresolved, Culprit::ReverseProxy),
            "upstream_slow" => (Cause::UpstreamTimeout, Culprit::UpstreamApp),
            "upstream_error" => (Cause::UpstreamFailed, Culprit::UpstreamApp),
            "upstream_header_too_big" => (Cause::UpstreamHeaderTooBig, Culprit::ReverseProxy),
            "service_failed" | "service_stopped" | "service_restart_loop"
                if f.title.contains("fpm") =>
            {
                (Cause::PhpFpmDown, Culprit::UpstreamApp)
            }
            "service_failed" | "service_stopped" | "service_restart_loop" => {
                (Cause::ServiceUnavailable, Culprit::ReverseProxy)
            }
            "disk_full" | "inodes_full" => (Cause::ServerError, Culprit::ReverseProxy),
            "config_test_failed" if super::syntax::is_fpm_test(f) => {
                (Cause::PhpFpmDown, Culprit::UpstreamApp)
            }
            "config_test_failed" => (Cause::ServerError, Culprit::ReverseProxy),
            _ => (Cause::Unknown, Culprit::Unknown),
        };
        return Verdict {
            status: VerdictStatus::Failing,
            culprit,
            cause,
            summary: wording::summary(cause, None, true),
            confidence: Confidence::High,
            detail: f.title.clone(),
            conclusive: true,
        };
    }
    let checked = probed
        .iter()
        .filter(|(_, p)| p.state == UpstreamState::Ok)
        .count();
    if checked == 0 {
        let detail = if stack.servers.is_empty() {
            crate::t!("srv-verdict-no-config")
        } else if stack.upstreams.is_empty() {
            crate::t!("srv-verdict-no-upstreams")
        } else {
            crate::t!("srv-verdict-nothing-checked")
        };
        return Verdict {
            status: VerdictStatus::Unreachable,
            culprit: Culprit::Unknown,
            cause: Cause::Unknown,
            summary: wording::no_conclusion(),
            confidence: Confidence::Low,
            detail,
            conclusive: true,
        };
    }
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    Verdict {
        status: VerdictStatus::Healthy,
        culprit: Culprit::None,
        cause: Cause::Healthy,
        summary: crate::t!("srv-verdict-healthy", checked = checked),
        confidence: Confidence::High,
        detail: if warnings > 0 {
            crate::t!("srv-verdict-warnings", count = warnings)
        } else {
            String::new()
        },
        conclusive: true,
    }
}

#[cfg(test)]
#[path = "judge_tests.rs"]
mod tests;
