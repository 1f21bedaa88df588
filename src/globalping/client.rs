//! The Globalping HTTP client: one POST to start a measurement, then GETs every 500 ms until it
//! is no longer in progress. Through reqwest (the project's client for third-party JSON APIs:
//! rustls with the Mozilla roots, the system's proxy settings), a timeout on every request, a
//! bound on the whole measurement and on every answer's size, and errors that say plainly what
//! Globalping answered (rate limit with its headers, malformed JSON, slowness). Answers are read
//! into typed structs; a field of the wrong type reads as unknown, never as an error.

use crate::evidence::world::{LocationResult, LocationState};
use crate::target::Target;
use serde::{Deserialize, Deserializer};
use std::sync::Arc;
use std::time::{Duration, Instant};
/// The public API.
pub const DEFAULT_URL: &str = "https://api.globalping.io";
/// How many probes to ask for.
pub const PROBE_LIMIT: u32 = 10;
/// Globalping's limit for anonymous use: about this many tests (one per place) per hour per IP.
pub const ANONYMOUS_TESTS_PER_HOUR: u32 = 250;
/// The largest answer read from the API.
const BODY_CAP: usize = 2 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum GlobalpingError {
    #[error("--globalping-url: expected an http:// or https:// address, got {0:?}")]
    BadUrl(String),
    #[error("Globalping at {url} could not be reached: {why}")]
    Unreachable { url: String, why: String },
    #[error("Globalping at {url} did not answer within {secs} s")]
    Slow { url: String, secs: u64 },
    #[error(
        "Globalping's limit for anonymous tests is used up (HTTP 429{}): {message}",
        limits_text(.limits, RateLimit::english)
    )]
    RateLimited {
        message: String,
        /// The rate-limit headers Globalping sent, in order.
        limits: Vec<(RateLimit, String)>,
    },
    #[error("Globalping answered HTTP {status}: {message}")]
    Http { status: u16, message: String },
    #[error("Globalping's answer is not what its API documents ({what}): {excerpt}")]
    Malformed { what: Malformation, excerpt: String },
}

impl GlobalpingError {
    /// The message in the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        use crate::t;
        match self {
            GlobalpingError::BadUrl(url) => t!("eng-gp-bad-url", url = format!("{url:?}")),
            GlobalpingError::Unreachable { url, why } => {
                t!("eng-gp-unreachable", url = url.as_str(), why = why.as_str())
            }
            GlobalpingError::Slow { url, secs } => {
                t!("eng-gp-slow", url = url.as_str(), secs = secs.to_string())
            }
            GlobalpingError::RateLimited { message, limits } => t!(
                "eng-gp-rate-limited",
                limits = limits_text(limits, RateLimit::message),
                message = message.as_str()
            ),
            GlobalpingError::Http { status, message } => t!(
                "eng-gp-http",
                status = status.to_string(),
                message = message.as_str()
            ),
            GlobalpingError::Malformed { what, excerpt } => t!(
                "eng-gp-malformed",
                what = what.message(),
                excerpt = excerpt.as_str()
            ),
        }
    }
}

/// A rate-limit header of a 429 answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateLimit {
    /// `x-ratelimit-limit`
    Limit,
    /// `x-ratelimit-remaining`
    Remaining,
    /// `x-ratelimit-reset`, in seconds
    Resets,
    /// `retry-after`, in seconds
    RetryAfter,
}

impl RateLimit {
    /// "limit 250", in English (the error's `Display`).
    fn english(self, value: &str) -> String {
        let label = match self {
            RateLimit::Limit => "limit",
            RateLimit::Remaining => "remaining",
            RateLimit::Resets => "resets in (s)",
            RateLimit::RetryAfter => "retry after (s)",
        };
        format!("{label} {value}")
    }

    /// "limit 250", in the current language.
    fn message(self, value: &str) -> String {
        let key = match self {
            RateLimit::Limit => "eng-gp-limit-limit",
            RateLimit::Remaining => "eng-gp-limit-remaining",
            RateLimit::Resets => "eng-gp-limit-resets",
            RateLimit::RetryAfter => "eng-gp-limit-retry-after",
        };
        crate::i18n::tr(key, &[("value", value.to_string().into())])
    }
}

/// "; limit 250, remaining 0", or nothing without rate-limit headers.
fn limits_text(limits: &[(RateLimit, String)], say: fn(RateLimit, &str) -> String) -> String {
    if limits.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = limits.iter().map(|(l, v)| say(*l, v)).collect();
    format!("; {}", parts.join(", "))
}

/// What was wrong with an answer of Globalping's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformation {
    /// Over this many MB.
    TooLarge(usize),
    /// No measurement id in the answer to the POST.
    NoId,
    /// Not JSON of the documented shape (serde's words).
    InvalidJson(String),
}

impl Malformation {
    /// In the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        match self {
            Malformation::TooLarge(mb) => {
                crate::t!("eng-gp-malformed-too-large", mb = mb.to_string())
            }
            Malformation::NoId => crate::t!("eng-gp-malformed-no-id"),
            Malformation::InvalidJson(e) => {
                crate::t!("eng-gp-malformed-json", error = e.as_str())
            }
        }
    }
}

impl std::fmt::Display for Malformation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Malformation::TooLarge(mb) => write!(f, "an answer over {mb} MB"),
            Malformation::NoId => f.write_str("no measurement id"),
            Malformation::InvalidJson(e) => write!(f, "invalid JSON: {e}"),
        }
    }
}

/// Talks to one Globalping endpoint.
#[derive(Clone)]
pub struct Client {
    base: url::Url,
    http: reqwest::Client,
    /// Each HTTP request.
    pub request_timeout: Duration,
    /// The whole measurement, polling included.
    pub total_timeout: Duration,
    pub poll_every: Duration,
}

impl Client {
    /// A client of `base` with the default bounds (10 s a request, 30 s in all) and the system's
    /// proxy settings; an error when `base` is not an http(s) address.
    pub fn new(base: &str) -> Result<Client, GlobalpingError> {
        Client::build(base, Duration::from_secs(10), Duration::from_secs(30), true)
    }

    /// The client `check --from-world` and the app use: bounded by one probe step's timeout
    /// (each request gets `step`, the whole measurement three times it, between 5 and 60 s);
    /// `use_proxy` false ignores the system's proxy settings (`--no-proxy`).
    pub fn for_check(
        base: &str,
        step: Duration,
        use_proxy: bool,
    ) -> Result<Client, GlobalpingError> {
        let total = (step * 3).clamp(Duration::from_secs(5), Duration::from_secs(60));
        Client::build(base, step, total, use_proxy)
    }

    fn build(
        base: &str,
        request_timeout: Duration,
        total_timeout: Duration,
        use_proxy: bool,
    ) -> Result<Client, GlobalpingError> {
        let bad = || GlobalpingError::BadUrl(crate::target::redact_url(base));
        let url = url::Url::parse(base.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
            .ok_or_else(bad)?;
        Ok(Client {
            base: url,
            http: json_client(use_proxy).map_err(|_| bad())?,
            request_timeout,
            total_timeout,
            poll_every: Duration::from_millis(500),
        })
    }

    fn endpoint(&self, path: &str) -> url::Url {
        let mut u = self.base.clone();
        let prefix = u.path().trim_end_matches('/').to_string();
        u.set_path(&format!("{prefix}{path}"));
        u.set_query(None);
        u
    }

    /// Fetch `target` from around the world; the locations still running when the total time
    /// ran out are returned as `in-progress`.
    pub async fn measure(&self, target: &Target) -> Result<Vec<LocationResult>, GlobalpingError> {
        let started = Instant::now();
        let url = target.url();
        let body = serde_json::json!({
            "type": "http",
            "target": target.host,
            "locations": [{"magic": "world"}],
            "limit": PROBE_LIMIT,
            "measurementOptions": {
                "request": {"method": "GET", "path": url.path(), "host": target.host},
                "protocol": if target.scheme == crate::target::Scheme::Http { "HTTP" } else { "HTTPS" },
                "port": target.port,
            }
        });
        let answer = self
            .request(
                self.http
                    .post(self.endpoint("/v1/measurements"))
                    .json(&body),
            )
            .await?;
        let id = measurement_id(&answer)?;
        let poll_url = self.endpoint(&format!("/v1/measurements/{id}"));
        loop {
            tokio::time::sleep(self.poll_every).await;
            let answer = self.request(self.http.get(poll_url.clone())).await?;
            let (in_progress, locations) = poll_results(&answer)?;
            if !in_progress || started.elapsed() >= self.total_timeout {
                return Ok(locations);
            }
        }
    }

    async fn request(&self, request: reqwest::RequestBuilder) -> Result<Answer, GlobalpingError> {
        let request = request
            .timeout(self.request_timeout)
            .header("accept", "application/json")
            .build()
            .map_err(|e| GlobalpingError::Unreachable {
                url: crate::target::redact_url(self.base.as_str()),
                why: reason(e),
            })?;
        // The endpoint as shown in messages: never with credentials or tokens.
        let shown = crate::target::redact_url(request.url().as_str());
        let failed = |e: reqwest::Error| {
            if e.is_timeout() {
                GlobalpingError::Slow {
                    url: shown.clone(),
                    secs: self.request_timeout.as_secs(),
                }
            } else {
                GlobalpingError::Unreachable {
                    url: shown.clone(),
                    why: reason(e),
                }
            }
        };
        let work = async {
            let mut response = self.http.execute(request).await.map_err(failed)?;
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let mut body = Vec::new();
            while let Some(chunk) = response.chunk().await.map_err(failed)? {
                body.extend_from_slice(&chunk);
                if body.len() > BODY_CAP {
                    return Err(GlobalpingError::Malformed {
                        what: Malformation::TooLarge(BODY_CAP / (1024 * 1024)),
                        excerpt: String::new(),
                    });
                }
            }
            Ok(Answer {
                status,
                headers,
                body,
            })
        };
        // The body is bounded in time too (reqwest's timeout covers the whole exchange, this
        // is a backstop).
        match tokio::time::timeout(self.request_timeout + Duration::from_secs(1), work).await {
            Ok(answer) => answer,
            Err(_) => Err(GlobalpingError::Slow {
                url: shown.clone(),
                secs: self.request_timeout.as_secs(),
            }),
        }
    }
}

/// The one reqwest client setup for third-party JSON APIs: TLS by rustls (ring, the Mozilla
/// roots, as the probes use), the system's proxy settings unless `use_proxy` is false, no
/// redirects (an API that redirects is answered as it is), and our user agent.
pub(crate) fn json_client(use_proxy: bool) -> Result<reqwest::Client, reqwest::Error> {
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map(|b| b.with_root_certificates(roots).with_no_client_auth());
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("gateway-doctor/", env!("CARGO_PKG_VERSION")))
        .redirect(reqwest::redirect::Policy::none());
    if !use_proxy {
        builder = builder.no_proxy();
    }
    if let Ok(tls) = tls {
        builder = builder.tls_backend_preconfigured(tls);
    }
    builder.build()
}

/// Why a request failed, in words, without the URL (it may carry credentials): the error and
/// its causes ("error sending request: connection refused").
pub(crate) fn reason(e: reqwest::Error) -> String {
    let e = e.without_url();
    let mut words = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        let text = cause.to_string();
        if !words.contains(&text) {
            words.push_str(": ");
            words.push_str(&text);
        }
        source = cause.source();
    }
    words
}

/// `POST /v1/measurements` answers `{id, probesCount}`.
#[derive(Deserialize)]
struct Created {
    #[serde(default, deserialize_with = "lenient")]
    id: String,
}

/// `GET /v1/measurements/{id}` answers `{status, results: [...]}`.
#[derive(Deserialize)]
struct Measurement {
    status: String,
    #[serde(deserialize_with = "lenient_each")]
    results: Vec<ResultEntry>,
}

/// The measurement id in the answer to `POST /v1/measurements` (letters and digits only, as it
/// goes into the next URL).
fn measurement_id(created: &Answer) -> Result<String, GlobalpingError> {
    let answer: Created = expect_json(created, &[200, 201, 202])?;
    Some(answer.id)
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()))
        .ok_or_else(|| malformed(Malformation::NoId, &created.body))
}

/// One answer to `GET /v1/measurements/{id}`: whether the measurement is still in progress, and
/// each location's result so far.
fn poll_results(answer: &Answer) -> Result<(bool, Vec<LocationResult>), GlobalpingError> {
    let measurement: Measurement = expect_json(answer, &[200])?;
    Ok((
        measurement.status == "in-progress",
        measurement.results.iter().map(location).collect(),
    ))
}

/// One place's entry: who measured, and what it saw.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ResultEntry {
    #[serde(deserialize_with = "lenient")]
    probe: ProbeInfo,
    #[serde(deserialize_with = "lenient")]
    result: ResultInfo,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ProbeInfo {
    #[serde(deserialize_with = "lenient")]
    city: String,
    #[serde(deserialize_with = "lenient")]
    country: String,
    #[serde(deserialize_with = "lenient")]
    asn: Option<u64>,
    #[serde(deserialize_with = "lenient")]
    network: String,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct ResultInfo {
    #[serde(deserialize_with = "lenient")]
    status: Option<String>,
    #[serde(deserialize_with = "lenient")]
    status_code: Option<u64>,
    #[serde(deserialize_with = "lenient")]
    raw_output: String,
    #[serde(deserialize_with = "lenient")]
    timings: Timings,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Timings {
    #[serde(deserialize_with = "lenient")]
    total: Option<f64>,
    #[serde(deserialize_with = "lenient")]
    first_byte: Option<f64>,
}

/// A list whose entries of the wrong shape read as empty entries (one odd probe does not spoil
/// the others).
fn lenient_each<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned + Default,
{
    let values = Vec::<serde_json::Value>::deserialize(deserializer)?;
    Ok(values
        .into_iter()
        .map(|v| serde_json::from_value(v).unwrap_or_default())
        .collect())
}

/// A field of the wrong type (or null) reads as its default: Globalping's answers vary by probe.
fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned + Default,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|s| crate::text::excerpt(s.trim(), 80))
    }
}

fn malformed(what: Malformation, body: &[u8]) -> GlobalpingError {
    GlobalpingError::Malformed {
        what,
        excerpt: crate::text::excerpt(String::from_utf8_lossy(body).trim(), 200),
    }
}

/// Globalping's error answer: `{"error": {"message": ...}}`.
#[derive(Deserialize)]
struct ApiError {
    error: ApiErrorBody,
}

#[derive(Deserialize)]
struct ApiErrorBody {
    message: String,
}

/// The error message Globalping puts in `{"error": {"message": ...}}`, else the body's start.
fn api_message(body: &[u8]) -> String {
    serde_json::from_slice::<ApiError>(body)
        .map(|e| e.error.message)
        .unwrap_or_else(|_| crate::text::excerpt(String::from_utf8_lossy(body).trim(), 200))
}

fn expect_json<T: serde::de::DeserializeOwned>(
    a: &Answer,
    ok: &[u16],
) -> Result<T, GlobalpingError> {
    if a.status == 429 {
        let mut limits = Vec::new();
        for (name, limit) in [
            ("x-ratelimit-limit", RateLimit::Limit),
            ("x-ratelimit-remaining", RateLimit::Remaining),
            ("x-ratelimit-reset", RateLimit::Resets),
            ("retry-after", RateLimit::RetryAfter),
        ] {
            if let Some(v) = a.header(name) {
                limits.push((limit, v));
            }
        }
        return Err(GlobalpingError::RateLimited {
            message: api_message(&a.body),
            limits,
        });
    }
    if !ok.contains(&a.status) {
        return Err(GlobalpingError::Http {
            status: a.status,
            message: api_message(&a.body),
        });
    }
    serde_json::from_slice(&a.body)
        .map_err(|e| malformed(Malformation::InvalidJson(e.to_string()), &a.body))
}

/// One entry of `results` (missing fields read as unknown, never an error).
fn location(r: &ResultEntry) -> LocationResult {
    let (city, country) = (r.probe.city.clone(), r.probe.country.clone());
    let mut place = match (city.is_empty(), country.is_empty()) {
        (false, false) => format!("{city}, {country}"),
        (true, false) => country,
        (false, true) => city,
        (true, true) => crate::t!("eng-gp-somewhere"),
    };
    if let Some(asn) = r.probe.asn {
        let network = &r.probe.network;
        place.push_str(&format!(
            " (AS{asn}{}{network})",
            if network.is_empty() { "" } else { " " }
        ));
    }
    let status = r.result.status_code.and_then(|c| u16::try_from(c).ok());
    let state = LocationState::from_api(r.result.status.as_deref().unwrap_or("in-progress"));
    let error = status
        .is_none()
        .then(|| r.result.raw_output.clone())
        .filter(|e| !e.is_empty());
    LocationResult {
        place,
        state,
        status,
        total_ms: r.result.timings.total,
        first_byte_ms: r.result.timings.first_byte,
        error,
    }
}

#[cfg(test)]
#[path = "client_proptests.rs"]
mod proptests;
