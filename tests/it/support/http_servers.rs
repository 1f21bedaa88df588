//! The misbehaving origins the end-to-end tests point the tool (or nginx) at: one that works, and
//! one for each way an upstream fails in real life (refuses, closes, hangs, talks garbage, is slow,
//! redirects forever, sends a huge body).
//!
//! Each function returns a running `TcpServer` on 127.0.0.1; dropping it stops it.

use super::tcp::{Canned, MAX_CONNECTION_LIFETIME, Stop, TcpServer, answer, read_request};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Answers every request `200 OK`, `Server: test`, body `hello`.
pub fn http_ok() -> TcpServer {
    let response = Canned::ok_hello();
    TcpServer::start(move |s, _| answer(s, &response))
}

/// Answers every request with this response.
pub fn http_canned(response: Canned) -> TcpServer {
    TcpServer::start(move |s, _| answer(s, &response))
}

/// Accepts, reads the request, then closes without a single byte of answer.
pub fn accept_then_close() -> TcpServer {
    TcpServer::start(|mut s, _| {
        let _ = read_request(&mut s);
        let _ = s.shutdown(Shutdown::Both);
    })
}

/// Accepts and reads, then never answers; lets go when the client hangs up or the server drops.
pub fn accept_and_hang() -> TcpServer {
    TcpServer::start(|mut s, stop| {
        let _ = s.set_read_timeout(Some(Duration::from_millis(100)));
        let started = Instant::now();
        let mut buf = [0u8; 4096];
        while !stop.is_set() && started.elapsed() < MAX_CONNECTION_LIFETIME {
            match s.read(&mut buf) {
                Ok(0) => return, // client gave up
                Ok(_) => {}      // swallow whatever it sends
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Err(_) => return,
            }
        }
    })
}

/// Bytes no HTTP client can parse as a status line.
pub const GARBAGE: &[u8] =
    b"\x00\x9f\x13\xfe\x7fGARBAGE\x01\x02\x03\xc3\x28 not http at all \xff\xfe\r\n\x00\x00";

/// Reads the request, answers with non-HTTP bytes, closes.
pub fn garbage() -> TcpServer {
    TcpServer::start(|mut s, _| {
        let _ = read_request(&mut s);
        let _ = s.write_all(GARBAGE);
        let _ = s.shutdown(Shutdown::Write);
    })
}

/// Answers `200 hello` after `ms` milliseconds.
pub fn slow(ms: u64) -> TcpServer {
    let response = Canned::ok_hello();
    TcpServer::start(move |mut s, stop| {
        let Some(req) = read_request(&mut s) else {
            return;
        };
        if stop.sleep(Duration::from_millis(ms)) {
            let _ = response.write_to(&mut s, req.method == "HEAD");
        }
        let _ = s.shutdown(Shutdown::Write);
    })
}

/// `/` -> 302 `/a`, `/a` -> 302 `/b`, `/b` -> 302 `/a`, forever. Locations are absolute
/// (`http://127.0.0.1:PORT/a`) so the chain is easy to recognise in a report.
pub fn redirect_loop() -> TcpServer {
    TcpServer::start(|mut s, _| {
        let Some(req) = read_request(&mut s) else {
            return;
        };
        let port = s.local_addr().map(|a| a.port()).unwrap_or(0);
        let next = if req.path.starts_with("/a") {
            "/b"
        } else {
            "/a"
        };
        let location = format!("http://127.0.0.1:{port}{next}");
        let response = Canned::new(302, "Found", "redirecting").header("Location", &location);
        let _ = response.write_to(&mut s, req.method == "HEAD");
        let _ = s.shutdown(Shutdown::Write);
    })
}

/// The size `big_body` announces and streams.
pub const BIG_BODY_BYTES: u64 = 50 * 1024 * 1024;

/// A server streaming a 50 MB body; counts how many times the whole body was delivered (a client
/// that stops reading early makes the write fail, and the handler stops).
pub struct BigBody {
    pub server: TcpServer,
    complete: Arc<AtomicUsize>,
    requests: Arc<AtomicUsize>,
}

impl BigBody {
    /// How many responses went out in full.
    pub fn complete_bodies(&self) -> usize {
        self.complete.load(Ordering::SeqCst)
    }

    /// How many GET/HEAD requests arrived.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

/// `200 OK`, `Content-Length: 52428800`, streamed in 64 KiB chunks.
pub fn big_body() -> BigBody {
    let complete = Arc::new(AtomicUsize::new(0));
    let requests = Arc::new(AtomicUsize::new(0));
    let (c, r) = (complete.clone(), requests.clone());
    let server = TcpServer::start(move |mut s, stop| {
        let Some(req) = read_request(&mut s) else {
            return;
        };
        r.fetch_add(1, Ordering::SeqCst);
        if stream_big_body(&mut s, stop, req.method == "HEAD") {
            c.fetch_add(1, Ordering::SeqCst);
        }
        let _ = s.shutdown(Shutdown::Write);
    });
    BigBody {
        server,
        complete,
        requests,
    }
}

/// Returns true when the whole body was written (false when the client hung up or we stopped).
fn stream_big_body(s: &mut TcpStream, stop: &Stop, head_only: bool) -> bool {
    let head = format!(
        "HTTP/1.1 200 OK\r\nServer: test\r\nContent-Type: application/octet-stream\r\n\
         Content-Length: {BIG_BODY_BYTES}\r\nConnection: close\r\n\r\n"
    );
    if s.write_all(head.as_bytes()).is_err() {
        return false;
    }
    if head_only {
        return false;
    }
    let chunk = vec![b'x'; 64 * 1024];
    let mut sent = 0u64;
    while sent < BIG_BODY_BYTES {
        if stop.is_set() {
            return false;
        }
        let n = chunk.len().min((BIG_BODY_BYTES - sent) as usize);
        if s.write_all(&chunk[..n]).is_err() {
            return false; // client hung up (EPIPE/ECONNRESET) or stalled past the write timeout
        }
        sent += n as u64;
    }
    true
}

/// An app with a fixed number of workers: counts the requests and the most in flight at once.
pub struct Workers {
    pub server: TcpServer,
    requests: Arc<AtomicUsize>,
    max_in_flight: Arc<AtomicUsize>,
}

impl Workers {
    /// Requests that arrived (each on its own connection).
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// The most requests that were in flight at the same moment.
    pub fn max_in_flight(&self) -> usize {
        self.max_in_flight.load(Ordering::SeqCst)
    }

    pub fn url(&self) -> String {
        self.server.url()
    }
}

/// Answers `200 hello` after `hold` while at most `workers` requests are in flight, and `502`
/// at once beyond that (like an app server out of workers). A request stops counting as in
/// flight just before its answer is written, so a client that sends the next request as soon
/// as it reads an answer is never counted twice.
pub fn limited_workers(workers: usize, hold: Duration) -> Workers {
    let requests = Arc::new(AtomicUsize::new(0));
    let max_in_flight = Arc::new(AtomicUsize::new(0));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let (r, m) = (requests.clone(), max_in_flight.clone());
    let server = TcpServer::start(move |mut s, stop| {
        let Some(req) = read_request(&mut s) else {
            return;
        };
        r.fetch_add(1, Ordering::SeqCst);
        let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        m.fetch_max(now, Ordering::SeqCst);
        let response = if now > workers {
            Canned::new(502, "Bad Gateway", "no free worker")
        } else {
            stop.sleep(hold);
            Canned::ok_hello()
        };
        in_flight.fetch_sub(1, Ordering::SeqCst);
        let _ = response.write_to(&mut s, req.method == "HEAD");
        let _ = s.shutdown(Shutdown::Write);
    });
    Workers {
        server,
        requests,
        max_in_flight,
    }
}
