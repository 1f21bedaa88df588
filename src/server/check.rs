//! Trying each upstream once, the way the web server would reach it: a unix socket must exist, be
//! a socket and be open to the worker user; then one real request: `HEAD /` with the site's Host
//! for HTTP, the FastCGI management record `FCGI_GET_VALUES` for FastCGI (PHP-FPM answers it
//! without running any script), a plain connect for the rest. At most [`PARALLEL`] at once, each
//! within the timeout, and an address several directives name is tried once.

use super::users::{Identity, Users, may_connect};
use crate::probe::dns::Resolver;
use crate::serverconf::judge::{Probed, UpstreamState, is_plain_name};
use crate::serverconf::{Address, Upstream, UpstreamKind};
use std::net::SocketAddr;
use std::os::unix::fs::FileTypeExt;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// At most this many upstreams are tried at once.
pub const PARALLEL: usize = 8;
/// An answer's head is read up to this many bytes.
const MAX_HEAD: usize = 64 * 1024;

/// How to try the upstreams.
#[derive(Clone)]
pub struct TryOptions {
    pub timeout: Duration,
    /// Where names are looked up (the system's resolver when `None`).
    pub resolver: Option<SocketAddr>,
}

/// What one distinct upstream is: kind, where, and the Host to send.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    kind: UpstreamKind,
    address: Address,
    host: String,
    /// The worker user that must open a socket.
    user: Option<String>,
}

/// Try every upstream once; results in the order of `upstreams`. `worker` names the user each
/// upstream's server runs its workers as.
pub async fn try_all(
    upstreams: &[Upstream],
    worker: &(dyn Fn(&Upstream) -> Option<String> + Sync),
    users: Arc<Users>,
    options: TryOptions,
) -> Vec<(Upstream, Probed)> {
    let keys: Vec<Key> = upstreams
        .iter()
        .map(|u| Key {
            kind: u.kind,
            address: u.address.clone(),
            host: host_header(u),
            user: matches!(u.address, Address::Unix { .. })
                .then(|| worker(u))
                .flatten(),
        })
        .collect();
    let mut distinct: Vec<Key> = Vec::new();
    for k in &keys {
        if !distinct.contains(k) {
            distinct.push(k.clone());
        }
    }
    let limit = Arc::new(tokio::sync::Semaphore::new(PARALLEL));
    let resolver = Arc::new(Resolver::new(options.resolver, options.timeout));
    let mut tasks = Vec::new();
    for key in distinct.iter().cloned() {
        let limit = limit.clone();
        let users = users.clone();
        let resolver = resolver.clone();
        let timeout = options.timeout;
        // The read timeout that applies: the shortest among the directives naming this address.
        let read_limit = upstreams
            .iter()
            .zip(&keys)
            .filter(|(_, k)| **k == key)
            .filter_map(|(u, _)| u.read_timeout.as_ref().map(|t| t.seconds))
            .fold(None, |a: Option<f64>, s| Some(a.map_or(s, |a| a.min(s))));
        // The task speaks the language of the run that started it, on whichever thread it runs.
        tasks.push(tokio::spawn(crate::i18n::in_language(
            crate::i18n::current(),
            async move {
                let _permit = limit.acquire_owned().await;
                try_one(&key, &users, &resolver, timeout, read_limit).await
            },
        )));
    }
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap_or_else(|e| {
            result(
                UpstreamState::NotChecked,
                crate::t!("mc-probe-stopped", error = e.to_string()),
                None,
            )
        }));
    }
    upstreams
        .iter()
        .zip(&keys)
        .map(|(u, k)| {
            let i = distinct.iter().position(|d| d == k).unwrap_or(0);
            let p = results.get(i).cloned().unwrap_or_else(|| {
                result(
                    UpstreamState::NotChecked,
                    crate::t!("mc-probe-not-tried"),
                    None,
                )
            });
            (u.clone(), p)
        })
        .collect()
}

/// The Host an HTTP request to this upstream carries: the site's name, else the upstream's.
fn host_header(u: &Upstream) -> String {
    match u.server_names.iter().find(|n| is_plain_name(n)) {
        Some(name) => name.clone(),
        None => match &u.address {
            Address::Tcp { host, port } if host.contains(':') => format!("[{host}]:{port}"),
            Address::Tcp { host, port } => format!("{host}:{port}"),
            _ => "localhost".into(),
        },
    }
}

fn result(state: UpstreamState, detail: impl Into<String>, ms: Option<u64>) -> Probed {
    Probed {
        header_bytes: None,
        state,
        detail: detail.into(),
        ms,
    }
}

async fn try_one(
    key: &Key,
    users: &Users,
    resolver: &Resolver,
    timeout: Duration,
    read_limit: Option<f64>,
) -> Probed {
    match &key.address {
        Address::Variable { text } => result(
            UpstreamState::NotChecked,
            crate::t!("mc-probe-variables", text = text.as_str()),
            None,
        ),
        Address::Invalid { text } => result(
            UpstreamState::NotChecked,
            crate::t!(
                "mc-probe-not-an-address",
                text = crate::text::shown(text, 80)
            ),
            None,
        ),
        Address::Unix { path } => {
            let p = std::path::Path::new(path);
            match std::fs::metadata(p) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return result(
                        UpstreamState::MissingSocket,
                        crate::t!("mc-probe-no-socket"),
                        None,
                    );
                }
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                    return result(
                        UpstreamState::NotChecked,
                        crate::t!("mc-probe-socket-hidden"),
                        None,
                    );
                }
                Err(e) => return result(UpstreamState::NotChecked, e.to_string(), None),
                Ok(m) if !m.file_type().is_socket() => {
                    return result(
                        UpstreamState::NotASocket,
                        crate::t!("mc-probe-not-a-socket"),
                        None,
                    );
                }
                Ok(_) => {}
            }
            if let Some(user) = &key.user {
                let who: Option<Identity> = users.identity(user);
                match who {
                    Some(who) => {
                        if let Err(why) = may_connect(&who, users, p) {
                            return result(UpstreamState::PermissionDenied, why, None);
                        }
                    }
                    None => {
                        // Unknown user: the check below still runs, as this user.
                    }
                }
            }
            let started = Instant::now();
            match tokio::time::timeout(timeout, tokio::net::UnixStream::connect(p)).await {
                Err(_) => result(
                    UpstreamState::Timeout,
                    crate::t!(
                        "mc-probe-connect-timeout",
                        seconds = timeout.as_secs_f64().to_string()
                    ),
                    None,
                ),
                Ok(Err(e)) => connect_error(&e),
                Ok(Ok(stream)) => exchange(stream, key, timeout, read_limit, started).await,
            }
        }
        Address::Tcp { host, port } => {
            let dns = resolver.resolve(host).await;
            let Some(ip) = dns.addresses.first().copied() else {
                return result(
                    UpstreamState::Unresolvable,
                    match dns.error {
                        Some(e) => crate::t!(
                            "mc-probe-unresolvable-because",
                            host = host.as_str(),
                            error = e
                        ),
                        None => crate::t!("mc-probe-unresolvable", host = host.as_str()),
                    },
                    None,
                );
            };
            let addr = SocketAddr::new(ip, *port);
            let started = Instant::now();
            match tokio::time::timeout(timeout, tokio::net::TcpStream::connect(addr)).await {
                Err(_) => result(
                    UpstreamState::Timeout,
                    crate::t!(
                        "mc-probe-connect-timeout-to",
                        address = addr.to_string(),
                        seconds = timeout.as_secs_f64().to_string()
                    ),
                    None,
                ),
                Ok(Err(e)) => connect_error(&e),
                Ok(Ok(stream)) => {
                    if *port == 443 && key.kind == UpstreamKind::Http {
                        return result(
                            UpstreamState::Ok,
                            crate::t!("mc-probe-tls-accepts"),
                            Some(started.elapsed().as_millis() as u64),
                        );
                    }
                    exchange(stream, key, timeout, read_limit, started).await
                }
            }
        }
    }
}

fn connect_error(e: &std::io::Error) -> Probed {
    match e.kind() {
        std::io::ErrorKind::ConnectionRefused => {
            result(UpstreamState::Refused, crate::t!("mc-probe-refused"), None)
        }
        std::io::ErrorKind::PermissionDenied => result(
            UpstreamState::PermissionDenied,
            crate::t!("mc-probe-permission-denied"),
            None,
        ),
        std::io::ErrorKind::NotFound => result(
            UpstreamState::MissingSocket,
            crate::t!("mc-probe-no-socket"),
            None,
        ),
        _ => result(
            UpstreamState::Refused,
            crate::t!("mc-probe-cannot-connect", error = e.to_string()),
            None,
        ),
    }
}

/// The one request, by kind.
async fn exchange<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    key: &Key,
    timeout: Duration,
    read_limit: Option<f64>,
    started: Instant,
) -> Probed {
    let request: Vec<u8> = match key.kind {
        UpstreamKind::Http => format!(
            "HEAD / HTTP/1.1\r\nHost: {}\r\nUser-Agent: gateway-doctor (server check)\r\nConnection: close\r\n\r\n",
            key.host
        )
        .into_bytes(),
        UpstreamKind::Fastcgi => fcgi_get_values(),
        _ => {
            return result(
                UpstreamState::Ok,
                crate::t!("mc-probe-accepts"),
                Some(started.elapsed().as_millis() as u64),
            );
        }
    };
    let sent = Instant::now();
    let answer = tokio::time::timeout(timeout, async {
        stream.write_all(&request).await?;
        let mut head = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = stream.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            head.extend_from_slice(&buf[..n]);
            if complete(key.kind, &head) || head.len() >= MAX_HEAD {
                break;
            }
        }
        Ok::<_, std::io::Error>(head)
    })
    .await;
    let ms = sent.elapsed().as_millis() as u64;
    let head = match answer {
        Err(_) => {
            return result(
                UpstreamState::Timeout,
                crate::t!(
                    "mc-probe-answer-timeout",
                    seconds = timeout.as_secs_f64().to_string()
                ),
                None,
            );
        }
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionReset => {
            return result(UpstreamState::Closed, crate::t!("mc-probe-reset"), Some(ms));
        }
        Ok(Err(e)) => {
            return result(
                UpstreamState::Closed,
                crate::t!("mc-probe-failed", error = e.to_string()),
                Some(ms),
            );
        }
        Ok(Ok(head)) => head,
    };
    if head.is_empty() {
        return result(
            UpstreamState::Closed,
            crate::t!("mc-probe-closed"),
            Some(ms),
        );
    }
    let slow = read_limit.filter(|limit| ms as f64 > limit * 1000.0);
    let judged = match key.kind {
        UpstreamKind::Fastcgi => judge_fcgi(&head),
        _ => judge_http(&head),
    };
    let header_bytes = (key.kind == UpstreamKind::Http)
        .then(|| {
            head.windows(4)
                .position(|w| w == b"\r\n\r\n")
                .map(|i| i + 4)
        })
        .flatten();
    let probed = match (judged, slow) {
        ((UpstreamState::Ok | UpstreamState::ErrorStatus, detail), Some(limit)) => result(
            UpstreamState::TooSlow,
            crate::t!(
                "mc-probe-too-slow",
                detail = detail,
                took = format!("{:.1}", ms as f64 / 1000.0),
                limit = limit.to_string()
            ),
            Some(ms),
        ),
        ((state, detail), _) => result(state, detail, Some(ms)),
    };
    Probed {
        header_bytes,
        ..probed
    }
}

/// Whether the answer's head is all there.
fn complete(kind: UpstreamKind, head: &[u8]) -> bool {
    match kind {
        UpstreamKind::Fastcgi => {
            head.len() >= 8 && {
                let len =
                    usize::from(u16::from_be_bytes([head[4], head[5]])) + usize::from(head[6]);
                head.len() >= 8 + len
            }
        }
        _ => head.windows(4).any(|w| w == b"\r\n\r\n"),
    }
}

fn judge_http(head: &[u8]) -> (UpstreamState, String) {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    match response.parse(head) {
        Ok(_) => match response.code {
            Some(code) if code >= 500 => (UpstreamState::ErrorStatus, format!("HTTP {code}")),
            Some(code) => (UpstreamState::Ok, format!("HTTP {code}")),
            None => (
                UpstreamState::BadResponse,
                crate::t!("mc-probe-http-incomplete"),
            ),
        },
        Err(_) => (
            UpstreamState::BadResponse,
            crate::t!("mc-probe-not-http", count = head.len()),
        ),
    }
}

/// `FCGI_GET_VALUES` asking for FCGI_MAX_CONNS, FCGI_MAX_REQS and FCGI_MPXS_CONNS.
pub fn fcgi_get_values() -> Vec<u8> {
    let mut body = Vec::new();
    for name in ["FCGI_MAX_CONNS", "FCGI_MAX_REQS", "FCGI_MPXS_CONNS"] {
        body.push(name.len() as u8);
        body.push(0);
        body.extend_from_slice(name.as_bytes());
    }
    let len = (body.len() as u16).to_be_bytes();
    let mut record = vec![1, 9, 0, 0, len[0], len[1], 0, 0];
    record.extend(body);
    record
}

/// A FastCGI answer: `FCGI_GET_VALUES_RESULT` (type 10) is a working FastCGI server; any other
/// record still speaks FastCGI; anything else does not.
fn judge_fcgi(head: &[u8]) -> (UpstreamState, String) {
    match head {
        [1, 10, ..] => (UpstreamState::Ok, crate::t!("mc-probe-fcgi-answered")),
        [1, t, ..] if (1..=11).contains(t) => (
            UpstreamState::Ok,
            crate::t!("mc-probe-fcgi-answered-type", record = t.to_string()),
        ),
        _ if head.starts_with(b"HTTP/") => (
            UpstreamState::BadResponse,
            crate::t!("mc-probe-fcgi-got-http"),
        ),
        _ => (
            UpstreamState::BadResponse,
            crate::t!("mc-probe-not-fcgi", count = head.len()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fastcgi_record_is_well_formed() {
        let r = fcgi_get_values();
        assert_eq!(&r[..4], &[1, 9, 0, 0]);
        let len = u16::from_be_bytes([r[4], r[5]]) as usize;
        assert_eq!(r.len(), 8 + len);
        assert!(complete(
            UpstreamKind::Fastcgi,
            &[1, 10, 0, 0, 0, 2, 0, 0, 9, 9]
        ));
        assert!(!complete(
            UpstreamKind::Fastcgi,
            &[1, 10, 0, 0, 0, 2, 0, 0, 9]
        ));
        assert!(!complete(UpstreamKind::Fastcgi, &[1, 10]));
    }

    #[test]
    fn answers_are_judged_by_protocol() {
        assert_eq!(judge_http(b"HTTP/1.1 200 OK\r\n\r\n").0, UpstreamState::Ok);
        assert_eq!(
            judge_http(b"HTTP/1.1 404 Not Found\r\n\r\n").0,
            UpstreamState::Ok
        );
        assert_eq!(
            judge_http(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").0,
            UpstreamState::ErrorStatus
        );
        assert_eq!(
            judge_http(b"SSH-2.0-OpenSSH\r\n").0,
            UpstreamState::BadResponse
        );
        assert_eq!(judge_fcgi(&[1, 10, 0, 0, 0, 0, 0, 0]).0, UpstreamState::Ok);
        assert_eq!(
            judge_fcgi(b"HTTP/1.1 400 Bad Request").0,
            UpstreamState::BadResponse
        );
        assert_eq!(judge_fcgi(&[0xff, 0]).0, UpstreamState::BadResponse);
    }
}
