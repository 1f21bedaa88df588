//! The Globalping HTTP client: one POST to start a measurement, then GETs every 500 ms until it
//! is no longer in progress. HTTP/1.1 over hyper (TLS with rustls and the Mozilla roots), a
//! timeout on every request, a bound on the whole measurement, and errors that say plainly what
//! Globalping answered (rate limit with its headers, malformed JSON, slowness).

use crate::evidence::world::{LocationResult, LocationState};
use crate::target::Target;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

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
    #[error("Globalping's limit for anonymous tests is used up (HTTP 429{limits}): {message}")]
    RateLimited { message: String, limits: String },
    #[error("Globalping answered HTTP {status}: {message}")]
    Http { status: u16, message: String },
    #[error("Globalping's answer is not what its API documents ({what}): {excerpt}")]
    Malformed { what: String, excerpt: String },
}

/// Talks to one Globalping endpoint.
#[derive(Clone)]
pub struct Client {
    base: url::Url,
    /// Each HTTP request.
    pub request_timeout: Duration,
    /// The whole measurement, polling included.
    pub total_timeout: Duration,
    pub poll_every: Duration,
}

impl Client {
    pub fn new(base: &str) -> Result<Client, GlobalpingError> {
        let base = url::Url::parse(base.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
            .ok_or_else(|| GlobalpingError::BadUrl(crate::target::redact_url(base)))?;
        Ok(Client {
            base,
            request_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            poll_every: Duration::from_millis(500),
        })
    }

    /// A client bounded by one probe step's timeout: each request gets `step`, the whole
    /// measurement three times it, between 5 and 60 s (what `check --from-world` and the app use).
    pub fn with_step(base: &str, step: Duration) -> Result<Client, GlobalpingError> {
        let mut c = Client::new(base)?;
        c.request_timeout = step;
        c.total_timeout = (step * 3).clamp(Duration::from_secs(5), Duration::from_secs(60));
        Ok(c)
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
                "protocol": if target.scheme.as_str() == "http" { "HTTP" } else { "HTTPS" },
                "port": target.port,
            }
        });
        let created = self
            .request(
                "POST",
                &self.endpoint("/v1/measurements"),
                Some(body.to_string()),
            )
            .await?;
        let id = measurement_id(&created)?;
        let poll_url = self.endpoint(&format!("/v1/measurements/{id}"));
        loop {
            tokio::time::sleep(self.poll_every).await;
            let answer = self.request("GET", &poll_url, None).await?;
            let (running, locations) = poll_results(&answer)?;
            if !running || started.elapsed() >= self.total_timeout {
                return Ok(locations);
            }
        }
    }

    async fn request(
        &self,
        method: &str,
        url: &url::Url,
        body: Option<String>,
    ) -> Result<Answer, GlobalpingError> {
        // The endpoint as shown in messages: never with credentials or tokens.
        let shown = crate::target::redact_url(url.as_str());
        match tokio::time::timeout(self.request_timeout, send(method, url, body)).await {
            Ok(Ok(a)) => Ok(a),
            Ok(Err(why)) => Err(GlobalpingError::Unreachable { url: shown, why }),
            Err(_) => Err(GlobalpingError::Slow {
                url: shown,
                secs: self.request_timeout.as_secs(),
            }),
        }
    }
}

struct Answer {
    status: u16,
    headers: hyper::HeaderMap,
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

fn malformed(what: &str, body: &[u8]) -> GlobalpingError {
    GlobalpingError::Malformed {
        what: what.to_string(),
        excerpt: crate::text::excerpt(String::from_utf8_lossy(body).trim(), 200),
    }
}

/// The error message Globalping puts in `{"error": {"message": ...}}`, else the body's start.
fn api_message(body: &[u8]) -> String {
    serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|v| {
            v.pointer("/error/message")
                .and_then(Value::as_str)
                .map(String::from)
        })
        .unwrap_or_else(|| crate::text::excerpt(String::from_utf8_lossy(body).trim(), 200))
}

fn expect_json(a: &Answer, ok: &[u16]) -> Result<Value, GlobalpingError> {
    if a.status == 429 {
        let mut limits = Vec::new();
        for (name, label) in [
            ("x-ratelimit-limit", "limit"),
            ("x-ratelimit-remaining", "remaining"),
            ("x-ratelimit-reset", "resets in (s)"),
            ("retry-after", "retry after (s)"),
        ] {
            if let Some(v) = a.header(name) {
                limits.push(format!("{label} {v}"));
            }
        }
        let limits = if limits.is_empty() {
            String::new()
        } else {
            format!("; {}", limits.join(", "))
        };
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
    serde_json::from_slice(&a.body).map_err(|e| malformed(&format!("invalid JSON: {e}"), &a.body))
}

/// The measurement id in the answer to `POST /v1/measurements` (letters and digits only, as it
/// goes into the next URL).
fn measurement_id(created: &Answer) -> Result<String, GlobalpingError> {
    let json = expect_json(created, &[200, 201, 202])?;
    json.get("id")
        .and_then(Value::as_str)
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(str::to_string)
        .ok_or_else(|| malformed("no measurement id", &created.body))
}

/// One answer to `GET /v1/measurements/{id}`: whether the measurement is still in progress, and
/// each location's result so far.
fn poll_results(answer: &Answer) -> Result<(bool, Vec<LocationResult>), GlobalpingError> {
    let json = expect_json(answer, &[200])?;
    let status = json
        .get("status")
        .and_then(Value::as_str)
        .ok_or_else(|| malformed("no status", &answer.body))?;
    let results = json
        .get("results")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no results list", &answer.body))?;
    Ok((
        status == "in-progress",
        results.iter().map(location).collect(),
    ))
}

/// One entry of `results` (missing fields read as unknown, never an error).
fn location(r: &Value) -> LocationResult {
    let probe = &r["probe"];
    let result = &r["result"];
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    let city = s(&probe["city"]);
    let country = s(&probe["country"]);
    let mut place = match (city.is_empty(), country.is_empty()) {
        (false, false) => format!("{city}, {country}"),
        (true, false) => country,
        (false, true) => city,
        (true, true) => "somewhere".to_string(),
    };
    if let Some(asn) = probe["asn"].as_u64() {
        let network = s(&probe["network"]);
        place.push_str(&format!(
            " (AS{asn}{}{network})",
            if network.is_empty() { "" } else { " " }
        ));
    }
    let status = result["statusCode"]
        .as_u64()
        .and_then(|c| u16::try_from(c).ok());
    let state = LocationState::from_api(result["status"].as_str().unwrap_or("in-progress"));
    let error = status
        .is_none()
        .then(|| s(&result["rawOutput"]))
        .filter(|e| !e.is_empty());
    LocationResult {
        place,
        state,
        status,
        total_ms: result["timings"]["total"].as_f64(),
        first_byte_ms: result["timings"]["firstByte"].as_f64(),
        error,
    }
}

/// One HTTP/1.1 exchange (no proxy: the API is called directly).
async fn send(method: &str, url: &url::Url, body: Option<String>) -> Result<Answer, String> {
    let host = url.host_str().ok_or("no host")?.to_string();
    let port = url.port_or_known_default().ok_or("no port")?;
    let bare = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let tcp = TcpStream::connect((bare.as_str(), port))
        .await
        .map_err(|e| e.to_string())?;
    let _ = tcp.set_nodelay(true);
    let mut path = url.path().to_string();
    if let Some(q) = url.query() {
        path = format!("{path}?{q}");
    }
    let host_header = match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.clone(),
    };
    let mut req = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("host", host_header)
        .header(
            "user-agent",
            concat!("gateway-doctor/", env!("CARGO_PKG_VERSION")),
        )
        .header("accept", "application/json");
    if body.is_some() {
        req = req.header("content-type", "application/json");
    }
    let req = req
        .body(Full::new(Bytes::from(body.unwrap_or_default())))
        .map_err(|e| e.to_string())?;
    if url.scheme() == "https" {
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let name = rustls::pki_types::ServerName::try_from(bare).map_err(|e| e.to_string())?;
        let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
            .connect(name, tcp)
            .await
            .map_err(|e| format!("TLS: {e}"))?;
        exchange(tls, req).await
    } else {
        exchange(tcp, req).await
    }
}

async fn exchange<S>(io: S, req: hyper::Request<Full<Bytes>>) -> Result<Answer, String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(io))
            .await
            .map_err(|e| e.to_string())?;
    let driver = tokio::spawn(conn);
    let resp = sender.send_request(req).await.map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let body = Limited::new(resp.into_body(), BODY_CAP)
        .collect()
        .await
        .map_err(|e| format!("reading the answer: {e}"))?
        .to_bytes()
        .to_vec();
    driver.abort();
    Ok(Answer {
        status,
        headers,
        body,
    })
}

#[cfg(test)]
#[path = "client_proptests.rs"]
mod proptests;
