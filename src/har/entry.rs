//! One request of a recording, read leniently from the browser's JSON (each browser writes its
//! own extras: Chrome `_error` and `_resourceType`, Firefox status 0 for a failed request), and
//! turned into the evidence of one HTTP exchange for the diagnosis.

use crate::evidence::{
    Evidence, HttpObservation, HttpOutcome, Mode, ProbeKind, TargetInfo, Timings,
};
use crate::target::{Scheme, redact_header, redact_url};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Bytes of a response body kept (decoded) for fingerprinting.
const BODY_KEEP: usize = 8 * 1024;

/// A request of the recording, as the diagnosis needs it (secrets already redacted).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Entry {
    pub method: String,
    /// Redacted.
    pub url: String,
    pub host: String,
    pub port: u16,
    pub scheme: Scheme,
    /// The page's own address (Chrome's `_resourceType: document`, else an HTML answer to the
    /// page's URL).
    pub document: bool,
    pub status: Option<u16>,
    pub status_text: Option<String>,
    pub protocol: Option<String>,
    /// Response headers, names lower-case, secrets redacted.
    pub headers: Vec<(String, String)>,
    /// The start of the response body as text.
    pub body: String,
    /// The browser's own error (`net::ERR_...`).
    pub browser_error: Option<String>,
    pub started: Option<String>,
    pub timings: Timings,
    pub server_ip: Option<String>,
}

fn text(v: &Value, pointer: &str) -> Option<String> {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A HAR timing: -1 means "does not apply".
fn timing(v: &Value, pointer: &str) -> Option<f64> {
    v.pointer(pointer)
        .and_then(Value::as_f64)
        .filter(|t| t.is_finite() && *t >= 0.0)
}

impl Entry {
    pub fn from_value(v: &Value) -> Entry {
        let raw_url = text(v, "/request/url").unwrap_or_default();
        let parsed = url::Url::parse(&raw_url).ok();
        let scheme = match parsed.as_ref().map(|u| u.scheme()) {
            Some("https") | Some("wss") => Scheme::Https,
            _ => Scheme::Http,
        };
        let host = parsed
            .as_ref()
            .and_then(|u| u.host_str())
            .map(|h| h.trim_matches(['[', ']']).to_ascii_lowercase())
            .unwrap_or_default();
        let port = parsed
            .as_ref()
            .and_then(|u| u.port_or_known_default())
            .unwrap_or(if scheme == Scheme::Https { 443 } else { 80 });
        let status = v
            .pointer("/response/status")
            .and_then(Value::as_i64)
            .filter(|s| (100..=999).contains(s))
            .map(|s| s as u16);
        let headers: Vec<(String, String)> = v
            .pointer("/response/headers")
            .and_then(Value::as_array)
            .map(|hs| {
                hs.iter()
                    .take(200)
                    .filter_map(|h| {
                        let name = h.get("name")?.as_str()?.trim().to_ascii_lowercase();
                        let value = h.get("value")?.as_str()?;
                        Some((
                            crate::text::shown(&name, 100),
                            crate::text::shown(&redact_header(&name, value), 2000),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let browser_error = text(v, "/_error")
            .or_else(|| text(v, "/response/_error"))
            .map(|e| crate::text::shown(&e, 120));
        let mime = text(v, "/response/content/mimeType").unwrap_or_default();
        let document = match text(v, "/_resourceType") {
            Some(t) => t == "document",
            None => mime.starts_with("text/html") && text(v, "/pageref").is_some(),
        };
        Entry {
            method: text(v, "/request/method").unwrap_or_else(|| "GET".into()),
            url: redact_url(&raw_url),
            host,
            port,
            scheme,
            document,
            status,
            status_text: text(v, "/response/statusText").map(|s| crate::text::shown(&s, 100)),
            protocol: text(v, "/response/httpVersion").map(|p| crate::text::shown(&p, 20)),
            headers,
            body: body(v),
            browser_error,
            started: text(v, "/startedDateTime").map(|s| crate::text::shown(&s, 40)),
            timings: Timings {
                dns: timing(v, "/timings/dns"),
                connect: timing(v, "/timings/connect"),
                tls: timing(v, "/timings/ssl"),
                first_byte: timing(v, "/timings/wait"),
                total: v
                    .get("time")
                    .and_then(Value::as_f64)
                    .filter(|t| t.is_finite() && *t >= 0.0),
            },
            server_ip: text(v, "/serverIPAddress").map(|s| crate::text::shown(&s, 60)),
        }
    }

    /// A request that did not get a usable answer: 5xx (and 429), no answer (status 0), or the
    /// browser's own error.
    pub fn failed(&self) -> bool {
        self.browser_error
            .as_deref()
            .is_some_and(|e| !e.eq_ignore_ascii_case("net::ERR_ABORTED"))
            || match self.status {
                Some(s) => !crate::evidence::usable_status(s),
                None => true,
            }
    }

    /// The evidence of this one exchange, for the diagnosis.
    pub fn evidence(&self) -> Evidence {
        let (outcome, http2_error) = match (&self.browser_error, self.status) {
            (Some(e), _) if self.status.is_none() => browser_error_outcome(e),
            (_, Some(_)) => (HttpOutcome::Response, None),
            (_, None) => (HttpOutcome::ConnectFailed, None),
        };
        let http = HttpObservation {
            outcome,
            url: self.url.clone(),
            status: self.status.filter(|_| outcome == HttpOutcome::Response),
            reason: self.status_text.clone(),
            headers: self.headers.clone(),
            body_excerpt: self.body.clone(),
            body_bytes: self.body.len() as u64,
            timings: self.timings,
            error: self.browser_error.clone(),
            protocol: self.protocol.as_deref().map(protocol_name),
            http2_error,
            ..HttpObservation::default()
        };
        Evidence {
            mode: Mode::Visitor,
            target: TargetInfo {
                url: self.url.clone(),
                host: self.host.clone(),
                host_unicode: None,
                port: self.port,
                scheme: self.scheme,
            },
            planned: vec![ProbeKind::Http],
            finished: vec![ProbeKind::Http],
            http: Some(http),
            ..Evidence::default()
        }
    }
}

/// `h2` / `HTTP/2.0` / `http/1.1` as the evidence writes them.
fn protocol_name(p: &str) -> String {
    let lower = p.to_ascii_lowercase();
    if lower == "h2" || lower.starts_with("http/2") {
        crate::evidence::HTTP2.to_string()
    } else if lower == "h3" || lower.starts_with("http/3") {
        "HTTP/3".to_string()
    } else {
        crate::text::shown(p, 20)
    }
}

/// What a Chromium network error means for the diagnosis: the outcome, and the HTTP/2 code for
/// the HTTP/2 errors.
pub fn browser_error_outcome(error: &str) -> (HttpOutcome, Option<String>) {
    let code = error
        .trim()
        .trim_start_matches("net::")
        .to_ascii_uppercase();
    let outcome = match code.as_str() {
        "ERR_NAME_NOT_RESOLVED" | "ERR_NAME_RESOLUTION_FAILED" | "ERR_DNS_TIMED_OUT" => {
            HttpOutcome::DnsFailed
        }
        "ERR_CONNECTION_REFUSED" => HttpOutcome::ConnectRefused,
        "ERR_CONNECTION_TIMED_OUT" => HttpOutcome::ConnectTimeout,
        "ERR_TIMED_OUT" => HttpOutcome::Timeout,
        "ERR_CONNECTION_CLOSED"
        | "ERR_CONNECTION_RESET"
        | "ERR_EMPTY_RESPONSE"
        | "ERR_INCOMPLETE_CHUNKED_ENCODING" => HttpOutcome::ConnectionClosed,
        "ERR_INVALID_HTTP_RESPONSE" | "ERR_RESPONSE_HEADERS_TOO_BIG" => HttpOutcome::ProtocolError,
        "ERR_PROXY_CONNECTION_FAILED" | "ERR_TUNNEL_CONNECTION_FAILED" => HttpOutcome::ProxyFailed,
        "ERR_TOO_MANY_REDIRECTS" => HttpOutcome::TooManyRedirects,
        c if c.starts_with("ERR_CERT_") || c.starts_with("ERR_SSL_") => HttpOutcome::TlsFailed,
        c if c.starts_with("ERR_HTTP2_") || c == "ERR_QUIC_PROTOCOL_ERROR" => {
            let h2 = match c {
                "ERR_HTTP2_SERVER_REFUSED_STREAM" => "REFUSED_STREAM",
                "ERR_HTTP2_FLOW_CONTROL_ERROR" => "FLOW_CONTROL_ERROR",
                "ERR_HTTP2_FRAME_SIZE_ERROR" => "FRAME_SIZE_ERROR",
                "ERR_HTTP2_COMPRESSION_ERROR" => "COMPRESSION_ERROR",
                _ => "PROTOCOL_ERROR",
            };
            return (HttpOutcome::Http2Error, Some(h2.to_string()));
        }
        _ => HttpOutcome::ConnectFailed,
    };
    (outcome, None)
}

/// The start of the response body as text: `content.text`, base64-decoded when so encoded,
/// bounded; nothing when it is missing or not text.
fn body(v: &Value) -> String {
    let Some(text) = v.pointer("/response/content/text").and_then(Value::as_str) else {
        return String::new();
    };
    let encoded = v
        .pointer("/response/content/encoding")
        .and_then(Value::as_str)
        .is_some_and(|e| e.eq_ignore_ascii_case("base64"));
    let bytes: Vec<u8> = if encoded {
        // Only as much as needed: base64 of BODY_KEEP bytes.
        // Base64 is ASCII: cut on bytes, in whole groups of four.
        let trimmed = text.trim().as_bytes();
        let cut = &trimmed[..trimmed.len().min(BODY_KEEP * 4 / 3 + 4)];
        let cut = &cut[..cut.len() - cut.len() % 4];
        match base64::engine::general_purpose::STANDARD.decode(cut) {
            Ok(b) => b,
            Err(_) => return String::new(),
        }
    } else {
        crate::text::cap_str(text, BODY_KEEP).as_bytes().to_vec()
    };
    let keep = bytes.len().min(BODY_KEEP);
    String::from_utf8_lossy(&bytes[..keep]).replace('\0', "\u{FFFD}")
}
