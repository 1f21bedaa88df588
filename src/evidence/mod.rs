//! Evidence: what the probes observed, as plain serde data.
//!
//! This is the contract between the engine (which fills it in, probe by probe) and the pure
//! diagnosis (which reads it, possibly half-filled). It imports no I/O crate so that scenario
//! files (`tests/scenarios/*.toml`) can describe evidence by hand and the diagnosis can be tested
//! without a network. Every field has a default so a scenario only states what matters to it.

pub mod burst;
pub mod http3;
pub mod logs;
pub mod origin;
pub mod paths;
pub mod propagation;
pub mod routes;
pub mod server_side;
pub mod status_pages;
#[cfg(test)]
pub(crate) mod test_evidence;
pub mod world;

use serde::{Deserialize, Serialize};
use std::net::{IpAddr, SocketAddr};

/// Who is running the check: a visitor of the site or its owner. Also the values of `--mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Visitor,
    Owner,
}

/// The target as it goes into reports: never with credentials (see `target::Target::info`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct TargetInfo {
    /// The URL with credentials and query tokens removed.
    pub url: String,
    /// ASCII (punycode) host, without brackets for IPv6.
    pub host: String,
    /// The host as the user typed it when it differs from `host` (IDN), e.g. "bücher.example".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_unicode: Option<String>,
    pub port: u16,
    pub scheme: crate::target::Scheme,
}

/// The probes the engine knows. The checklist items depend on these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProbeKind {
    Dns,
    Tcp,
    Tls,
    Http,
    Refresh,
    ClearCache,
    OtherBrowser,
    Connection,
    /// Owner mode: DNS answers at the system, public and authoritative resolvers.
    Propagation,
    /// Owner mode: the same request straight to the origin (`--origin`), bypassing the CDN.
    Origin,
    /// Owner mode: proxy vs direct, port 80 vs 443, IPv4 vs IPv6.
    Routes,
    /// Owner mode: static paths (robots.txt, an asset) vs the dynamic page; WordPress and plugins.
    Paths,
    /// Owner mode: a small, bounded burst of requests (failure ratio vs concurrency).
    Burst,
    /// Owner mode: the server logs the owner gave (`--logs`, "Analyse logs" in the app).
    Logs,
    /// https: HTTP/3 advertised (`Alt-Svc`) and a QUIC handshake to it.
    Http3,
}

impl ProbeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProbeKind::Dns => "dns",
            ProbeKind::Tcp => "tcp",
            ProbeKind::Tls => "tls",
            ProbeKind::Http => "http",
            ProbeKind::Refresh => "refresh",
            ProbeKind::ClearCache => "clear_cache",
            ProbeKind::OtherBrowser => "other_browser",
            ProbeKind::Connection => "connection",
            ProbeKind::Propagation => "propagation",
            ProbeKind::Origin => "origin",
            ProbeKind::Routes => "routes",
            ProbeKind::Paths => "paths",
            ProbeKind::Logs => "logs",
            ProbeKind::Burst => "burst",
            ProbeKind::Http3 => "http3",
        }
    }
}

/// Status of one probe in the report's `probes` array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ProbeStatus {
    #[default]
    Ok,
    Error,
    Timeout,
    Skipped,
}

/// One finished probe, as listed in the report (`probes`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(into = "ProbeRecordJson", from = "ProbeRecordJson")]
pub struct ProbeRecord {
    /// Which probe (one of each kind runs, so it is also the record's `id` in JSON).
    pub kind: ProbeKind,
    pub status: ProbeStatus,
    pub duration_ms: f64,
    pub details: serde_json::Value,
}

impl ProbeRecord {
    /// A record of `kind` that finished at once with nothing to say (filled in by the caller).
    pub fn new(kind: ProbeKind) -> ProbeRecord {
        ProbeRecord {
            kind,
            status: ProbeStatus::Ok,
            duration_ms: 0.0,
            details: serde_json::Value::Null,
        }
    }
}

/// A probe record as the JSON contract spells it: `id` and `kind` (the same word).
#[derive(Serialize, Deserialize)]
struct ProbeRecordJson {
    #[serde(default)]
    id: Option<ProbeKind>,
    kind: ProbeKind,
    #[serde(default)]
    status: ProbeStatus,
    #[serde(default)]
    duration_ms: f64,
    #[serde(default)]
    details: serde_json::Value,
}

impl From<ProbeRecord> for ProbeRecordJson {
    fn from(r: ProbeRecord) -> Self {
        ProbeRecordJson {
            id: Some(r.kind),
            kind: r.kind,
            status: r.status,
            duration_ms: r.duration_ms,
            details: r.details,
        }
    }
}

impl From<ProbeRecordJson> for ProbeRecord {
    fn from(r: ProbeRecordJson) -> Self {
        ProbeRecord {
            kind: r.kind,
            status: r.status,
            duration_ms: r.duration_ms,
            details: r.details,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// DNS

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DnsOutcome {
    /// Names resolved to at least one address.
    #[default]
    Resolved,
    /// The host is an IP literal (or `localhost`): nothing to resolve.
    Literal,
    NxDomain,
    ServFail,
    /// The name exists but has no A/AAAA records.
    NoRecords,
    Timeout,
    /// Any other failure (refused, malformed answer, no resolver configured ...).
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct DnsObservation {
    pub outcome: DnsOutcome,
    /// "system" or the `--resolver` address.
    pub resolver: String,
    pub addresses: Vec<IpAddr>,
    /// CNAME chain from the asked name to the final name, if any.
    pub cname_chain: Vec<String>,
    /// Smallest TTL of the answer records.
    pub ttl_secs: Option<u32>,
    pub duration_ms: f64,
    pub error: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// TCP

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TcpOutcome {
    #[default]
    Connected,
    Refused,
    Timeout,
    /// No route, network unreachable, host unreachable.
    Unreachable,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TcpAttempt {
    pub address: SocketAddr,
    pub outcome: TcpOutcome,
    pub duration_ms: f64,
    #[serde(default)]
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct TcpObservation {
    pub attempts: Vec<TcpAttempt>,
}

impl TcpObservation {
    pub fn any_connected(&self) -> bool {
        self.attempts
            .iter()
            .any(|a| a.outcome == TcpOutcome::Connected)
    }
}

// ---------------------------------------------------------------------------------------------
// TLS

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TlsOutcome {
    /// Handshake done and the certificate is valid for the host.
    #[default]
    Ok,
    /// Handshake done, but the certificate has expired (or is not valid yet).
    Expired,
    /// Handshake done, but the certificate is for another name.
    WrongHost,
    /// Handshake done, but the certificate chains to no trusted root (self-signed, private CA).
    Untrusted,
    /// Any other certificate problem (bad signature, revoked, unsupported).
    InvalidCertificate,
    /// The handshake itself failed (protocol alert, no shared cipher, not TLS at all).
    HandshakeFailed,
    Timeout,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct TlsObservation {
    pub outcome: TlsOutcome,
    pub address: Option<SocketAddr>,
    /// "TLSv1.3", "TLSv1.2".
    pub protocol: Option<String>,
    pub alpn: Option<String>,
    pub subject: Option<String>,
    pub issuer: Option<String>,
    pub sans: Vec<String>,
    /// RFC 3339.
    pub not_after: Option<String>,
    /// Days until `not_after` (negative once expired).
    pub days_left: Option<i64>,
    pub duration_ms: f64,
    pub error: Option<String>,
}

impl TlsOutcome {
    /// The handshake completed, so an HTTP exchange is possible over it.
    pub fn handshake_completed(self) -> bool {
        !matches!(self, TlsOutcome::HandshakeFailed | TlsOutcome::Timeout)
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP

/// How one HTTP exchange ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum HttpOutcome {
    /// An HTTP response (of any status) arrived.
    #[default]
    Response,
    /// The name did not resolve.
    DnsFailed,
    ConnectRefused,
    ConnectTimeout,
    /// Unreachable or other connect error.
    ConnectFailed,
    TlsFailed,
    /// Connected, request sent, no response before the timeout.
    Timeout,
    /// The peer closed or reset the connection before a complete response head.
    ConnectionClosed,
    /// The peer answered something that is not HTTP.
    ProtocolError,
    /// Over HTTP/2, the server reset the request's stream (`RST_STREAM`) or closed the
    /// connection (`GOAWAY`) with an error code instead of answering; the code is in
    /// `http2_error`. Browsers show `ERR_HTTP2_PROTOCOL_ERROR` and the like.
    Http2Error,
    /// A configured proxy could not be used (refused, or answered the CONNECT with an error).
    ProxyFailed,
    RedirectLoop,
    TooManyRedirects,
}

impl HttpOutcome {
    pub fn is_response(self) -> bool {
        self == HttpOutcome::Response
    }
}

/// The protocol names in [`HttpObservation::protocol`] and [`Attempt::protocol`].
/// A try's result as the data says it ("200", "connect refused", "refused", "not tried": see
/// [`HttpObservation::result_text`] and the routes), in the person's words for display (`result-*`
/// in report.ftl). A status code, or a text with no message, is kept as it is; the data itself (the
/// JSON, comparisons) keeps the id's English words.
pub fn say_result(text: &str) -> String {
    let key = format!("result-{}", text.trim().replace([' ', '_'], "-"));
    if text.chars().any(|c| c.is_ascii_alphabetic()) && crate::i18n::has(&key) {
        crate::i18n::tr(&key, &[])
    } else {
        text.to_string()
    }
}

pub const HTTP1: &str = "HTTP/1.1";
pub const HTTP2: &str = "HTTP/2";

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Timings {
    pub dns: Option<f64>,
    pub connect: Option<f64>,
    pub tls: Option<f64>,
    pub first_byte: Option<f64>,
    pub total: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RedirectHop {
    pub url: String,
    pub status: u16,
    pub location: String,
}

/// One full HTTP exchange (the main, timed request), after following redirects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct HttpObservation {
    pub outcome: HttpOutcome,
    /// The (redacted) URL of the last request made.
    pub url: String,
    pub status: Option<u16>,
    pub reason: Option<String>,
    /// Response headers in arrival order, names lower-case, secrets redacted.
    pub headers: Vec<(String, String)>,
    /// The start of the body as text (lossy UTF-8), at most a few KiB.
    pub body_excerpt: String,
    /// Bytes of body read (reading stops at the cap).
    pub body_bytes: u64,
    pub body_truncated: bool,
    pub timings: Timings,
    /// The proxy the request went through (redacted), if any.
    pub via_proxy: Option<String>,
    pub redirects: Vec<RedirectHop>,
    pub error: Option<String>,
    /// `HTTP/1.1` or `HTTP/2`: what the last exchange spoke (ALPN on https offers `h2` first,
    /// as browsers do; plain http is HTTP/1.1). `None` when no connection got that far.
    pub protocol: Option<String>,
    /// The HTTP/2 error code the server sent (`PROTOCOL_ERROR`, `REFUSED_STREAM` ...) when it
    /// reset the stream or sent `GOAWAY` instead of an answer.
    pub http2_error: Option<String>,
}

impl HttpObservation {
    /// First value of a header (name compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A short summary of one extra request made by a visitor step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Attempt {
    /// What this attempt was ("try 2", "Firefox", "with cookies").
    pub label: String,
    pub outcome: HttpOutcome,
    pub status: Option<u16>,
    pub total_ms: Option<f64>,
    /// Time from sending the request to the response head (what gateway timeouts measure).
    pub first_byte_ms: Option<f64>,
    /// The `Server` header, to tell if another layer answered.
    pub server: Option<String>,
    pub retry_after: Option<String>,
    pub error: Option<String>,
    /// `HTTP/1.1` or `HTTP/2` (see [`HttpObservation::protocol`]).
    pub protocol: Option<String>,
    /// The HTTP/2 error code, when the server reset the stream or sent `GOAWAY`.
    pub http2_error: Option<String>,
}

/// A usable answer: a status a visitor could use. Below 500 (a 404 or 403 still shows the stack
/// behind answering on its own) and not 429 (Too Many Requests withholds the page). Every
/// "did it work?" question (attempts, paths, the edge and the origin, Globalping's places) asks
/// this one.
pub fn usable_status(status: u16) -> bool {
    status < 500 && status != 429
}

impl Attempt {
    /// Did this attempt get a usable page (see [`usable_status`])?
    pub fn succeeded(&self) -> bool {
        self.outcome.is_response() && self.status.is_some_and(usable_status)
    }

    /// How it ended, comparable: the status code, or the way it failed.
    pub fn result_key(&self) -> ResultKey {
        ResultKey::of(self.outcome, self.status)
    }

    /// An answer of any status came (no connection, TLS or protocol failure).
    pub fn reached(&self) -> bool {
        self.outcome.is_response()
    }

    /// The status code or the failure in a few words: "200", "connect refused".
    pub fn result_text(&self) -> String {
        self.result_key().to_string().replace('_', " ")
    }
}

/// How an exchange ended, comparable between tries: the status code when an answer came, else
/// the way it failed. Shown as `502` or `connect_refused`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultKey {
    Status(u16),
    Failed(HttpOutcome),
}

impl ResultKey {
    pub fn of(outcome: HttpOutcome, status: Option<u16>) -> ResultKey {
        match (outcome, status) {
            (HttpOutcome::Response, Some(s)) => ResultKey::Status(s),
            (o, _) => ResultKey::Failed(o),
        }
    }
}

impl std::fmt::Display for ResultKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResultKey::Status(s) => write!(f, "{s}"),
            ResultKey::Failed(o) => f.write_str(&crate::text::serde_plain(o)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RefreshObservation {
    /// The repeated requests, in order (the main request is not included).
    pub attempts: Vec<Attempt>,
    /// When the site spoke HTTP/2, the same request once more offering only HTTP/1.1: a failure
    /// of HTTP/2 alone shows as a usable answer here.
    pub http1: Option<Attempt>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ClearCacheObservation {
    /// A request like a fresh browser profile: no cookies, no validators.
    pub clean: Attempt,
    /// A request like a browser with history: validators from the first response and a large cookie jar.
    pub cached: Attempt,
    /// Header names the cached request carried.
    pub cached_headers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct OtherBrowserObservation {
    /// One attempt per browser profile (label = browser name).
    pub profiles: Vec<Attempt>,
    /// Why these browsers were emulated.
    pub basis: BrowserBasis,
}

/// Which browsers the "another browser" step emulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum BrowserBasis {
    /// The browsers installed on this computer (the main request is Chrome's).
    Installed,
    /// No other browser was found here: a standard pair (Firefox, Safari).
    #[default]
    Standard,
    /// The ones asked for (`--browser`).
    Chosen,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ReferenceCheck {
    /// "host:port" as given.
    pub endpoint: String,
    pub resolved: bool,
    pub connected: bool,
    pub duration_ms: f64,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ProxyComparison {
    /// The configured proxy (redacted).
    pub proxy: String,
    pub via_proxy: Attempt,
    pub direct: Attempt,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ConnectionObservation {
    pub references: Vec<ReferenceCheck>,
    /// Present when a system proxy applies to the target: the same request with and without it.
    pub proxy: Option<ProxyComparison>,
}

impl ConnectionObservation {
    pub fn any_reference_ok(&self) -> bool {
        self.references.iter().any(|r| r.connected)
    }
}

// ---------------------------------------------------------------------------------------------
// Evidence

/// Everything known so far about one check. Filled in as probes finish.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Evidence {
    pub mode: Mode,
    pub target: TargetInfo,
    /// The probes this run will run; a planned probe with no observation yet is pending.
    pub planned: Vec<ProbeKind>,
    /// The probes that reported (finished, failed or skipped).
    pub finished: Vec<ProbeKind>,
    /// The timeout each probe step had, in seconds.
    pub timeout_secs: f64,
    pub dns: Option<DnsObservation>,
    pub tcp: Option<TcpObservation>,
    pub tls: Option<TlsObservation>,
    pub http: Option<HttpObservation>,
    pub refresh: Option<RefreshObservation>,
    pub clear_cache: Option<ClearCacheObservation>,
    pub other_browser: Option<OtherBrowserObservation>,
    pub connection: Option<ConnectionObservation>,
    // Owner mode (each type lives in its own file under `evidence/`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub propagation: Option<propagation::PropagationObservation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<origin::OriginObservation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routes: Option<routes::RoutesObservation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paths: Option<paths::PathsObservation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub burst: Option<burst::BurstObservation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logs: Option<logs::LogsObservation>,
    /// https: HTTP/3 advertised and a QUIC handshake to it (information, never a culprit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http3: Option<http3::Http3Observation>,
    /// The providers' status pages, when the person asked (`--provider-status`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_pages: Vec<status_pages::StatusPageCheck>,
    /// "Is it down for everyone?": what Globalping's places saw (only when the person asked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub world: Option<world::WorldCheck>,
    /// Owner mode on the server itself: the server checks for this site, or why they did not run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_side: Option<server_side::ServerSide>,
    /// The report's `probes` array.
    pub probes: Vec<ProbeRecord>,
}

impl Evidence {
    /// Planned and not finished yet.
    pub fn is_pending(&self, kind: ProbeKind) -> bool {
        self.planned.contains(&kind) && !self.finished.contains(&kind)
    }

    /// Finished (or never planned): nothing more will arrive for it.
    pub fn is_settled(&self, kind: ProbeKind) -> bool {
        !self.is_pending(kind)
    }

    /// All planned probes have reported.
    pub fn is_complete(&self) -> bool {
        self.planned.iter().all(|k| self.finished.contains(k))
    }
}

// ---------------------------------------------------------------------------------------------
// Events

/// What one probe reported when it finished (or why it did not run).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "probe", content = "observation")]
pub enum Observation {
    Dns(DnsObservation),
    Tcp(TcpObservation),
    Tls(TlsObservation),
    Http(HttpObservation),
    Refresh(RefreshObservation),
    ClearCache(ClearCacheObservation),
    OtherBrowser(OtherBrowserObservation),
    Connection(ConnectionObservation),
    Propagation(propagation::PropagationObservation),
    Origin(origin::OriginObservation),
    Routes(routes::RoutesObservation),
    Paths(paths::PathsObservation),
    Burst(burst::BurstObservation),
    Logs(Box<logs::LogsObservation>),
    Http3(http3::Http3Observation),
    /// The probe was not run (e.g. nothing to connect to after DNS failed); the reason says why.
    Skipped {
        kind: ProbeKind,
        reason: String,
    },
}

impl Observation {
    pub fn kind(&self) -> ProbeKind {
        match self {
            Observation::Dns(_) => ProbeKind::Dns,
            Observation::Tcp(_) => ProbeKind::Tcp,
            Observation::Tls(_) => ProbeKind::Tls,
            Observation::Http(_) => ProbeKind::Http,
            Observation::Refresh(_) => ProbeKind::Refresh,
            Observation::ClearCache(_) => ProbeKind::ClearCache,
            Observation::OtherBrowser(_) => ProbeKind::OtherBrowser,
            Observation::Connection(_) => ProbeKind::Connection,
            Observation::Propagation(_) => ProbeKind::Propagation,
            Observation::Origin(_) => ProbeKind::Origin,
            Observation::Routes(_) => ProbeKind::Routes,
            Observation::Paths(_) => ProbeKind::Paths,
            Observation::Burst(_) => ProbeKind::Burst,
            Observation::Logs(_) => ProbeKind::Logs,
            Observation::Http3(_) => ProbeKind::Http3,
            Observation::Skipped { kind, .. } => *kind,
        }
    }
}

impl Observation {
    /// How the probe ended, as the report's `probes[].status` says it.
    pub fn probe_status(&self) -> ProbeStatus {
        match self {
            Observation::Dns(d) => match d.outcome {
                DnsOutcome::Resolved | DnsOutcome::Literal => ProbeStatus::Ok,
                DnsOutcome::Timeout => ProbeStatus::Timeout,
                _ => ProbeStatus::Error,
            },
            Observation::Tcp(t) => {
                if t.any_connected() {
                    ProbeStatus::Ok
                } else if t.attempts.iter().all(|a| a.outcome == TcpOutcome::Timeout) {
                    ProbeStatus::Timeout
                } else {
                    ProbeStatus::Error
                }
            }
            Observation::Tls(t) => match t.outcome {
                TlsOutcome::Ok => ProbeStatus::Ok,
                TlsOutcome::Timeout => ProbeStatus::Timeout,
                _ => ProbeStatus::Error,
            },
            Observation::Http(h) => match h.outcome {
                HttpOutcome::Response => ProbeStatus::Ok,
                HttpOutcome::Timeout | HttpOutcome::ConnectTimeout => ProbeStatus::Timeout,
                HttpOutcome::DnsFailed => ProbeStatus::Skipped,
                _ => ProbeStatus::Error,
            },
            Observation::Skipped { .. } => ProbeStatus::Skipped,
            Observation::Http3(h) => match h.outcome {
                http3::Http3Outcome::Blocked => ProbeStatus::Timeout,
                http3::Http3Outcome::Failed => ProbeStatus::Error,
                _ => ProbeStatus::Ok,
            },
            Observation::Logs(o) if o.analysis.nothing_readable() => ProbeStatus::Error,
            _ => ProbeStatus::Ok,
        }
    }

    /// The report's `probes[].details`: the observation as its tagged JSON carries it, except
    /// where the report holds the data elsewhere (the HTTP body is in the `http` section, the
    /// log findings in `logs`) or there is only a reason.
    pub fn details(&self) -> serde_json::Value {
        match self {
            Observation::Http(o) => {
                let mut o = o.clone();
                o.body_excerpt.clear();
                serde_json::to_value(o).unwrap_or_default()
            }
            Observation::Logs(o) => serde_json::json!({
                "summary": o.summary(),
                "files": o.analysis.files,
                "causes": o.analysis.findings.iter()
                    .map(|f| serde_json::json!({ "cause": f.cause, "count": f.count, "last_seen": f.last_seen }))
                    .collect::<Vec<_>>(),
            }),
            Observation::Skipped { reason, .. } => serde_json::json!({ "reason": reason }),
            tagged => match serde_json::to_value(tagged) {
                Ok(serde_json::Value::Object(mut fields)) => {
                    fields.remove("observation").unwrap_or_default()
                }
                _ => serde_json::Value::Null,
            },
        }
    }
}

impl ProbeRecord {
    /// The report's `probes` entry for an observation that took `duration_ms`.
    pub fn of(observation: &Observation, duration_ms: f64) -> ProbeRecord {
        ProbeRecord {
            kind: observation.kind(),
            status: observation.probe_status(),
            duration_ms,
            details: observation.details(),
        }
    }
}

/// The engine's event stream: the GUI and the CLI consume the same events.
#[derive(Debug, Clone, PartialEq)]
pub enum ProbeEvent {
    Started(ProbeKind),
    Finished {
        observation: Box<Observation>,
        record: ProbeRecord,
    },
}

impl Evidence {
    /// Fold one engine event into the evidence.
    pub fn apply(&mut self, event: ProbeEvent) {
        let ProbeEvent::Finished {
            observation,
            record,
        } = event
        else {
            return;
        };
        let kind = observation.kind();
        match *observation {
            Observation::Dns(o) => self.dns = Some(o),
            Observation::Tcp(o) => self.tcp = Some(o),
            Observation::Tls(o) => self.tls = Some(o),
            Observation::Http(o) => self.http = Some(o),
            Observation::Refresh(o) => self.refresh = Some(o),
            Observation::ClearCache(o) => self.clear_cache = Some(o),
            Observation::OtherBrowser(o) => self.other_browser = Some(o),
            Observation::Connection(o) => self.connection = Some(o),
            Observation::Propagation(o) => self.propagation = Some(o),
            Observation::Origin(o) => self.origin = Some(o),
            Observation::Routes(o) => self.routes = Some(o),
            Observation::Paths(o) => self.paths = Some(o),
            Observation::Burst(o) => self.burst = Some(o),
            Observation::Logs(o) => self.logs = Some(*o),
            Observation::Http3(o) => self.http3 = Some(o),
            Observation::Skipped { .. } => {}
        }
        if !self.finished.contains(&kind) {
            self.finished.push(kind);
        }
        self.probes.retain(|p| p.kind != record.kind);
        self.probes.push(record);
    }
}
