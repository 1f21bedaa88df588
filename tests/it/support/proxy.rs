//! A small forwarding HTTP proxy on loopback, for the tests of the tool's proxy handling
//! (`http_proxy`/`https_proxy`/`no_proxy`).
//!
//! It does what squid or a corporate proxy does, minus everything else: absolute-form
//! `GET http://host:port/path` is forwarded in origin form and the answer relayed back;
//! `CONNECT host:port` gets `200 Connection established` and the bytes are piped both ways (the TLS
//! handshake runs end to end through it). It counts what it handled and keeps every request head it
//! received so tests can check what the tool sent (e.g. `Proxy-Authorization`). In `Deny` mode it
//! answers every GET `407 Proxy Authentication Required` and every CONNECT `403 Forbidden`.
//!
//! It only ever connects to loopback addresses: a request for any other host gets a 502, so no
//! test can send a packet off this machine through it.

use super::tcp::{Canned, IO_TIMEOUT, RequestHead, Stop, TcpServer, read_request};
use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, Shutdown, SocketAddr, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

/// How the proxy treats requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProxyMode {
    /// Forward GETs and open CONNECT tunnels.
    Forward,
    /// 407 to every GET, 403 to every CONNECT (a proxy that wants credentials or a policy).
    Deny,
}

#[derive(Default)]
struct Counters {
    gets: AtomicUsize,
    connects: AtomicUsize,
    heads: Mutex<Vec<String>>,
}

/// A running proxy; dropping it stops it.
pub struct Proxy {
    server: TcpServer,
    counters: Arc<Counters>,
}

impl Proxy {
    pub fn start(mode: ProxyMode) -> Proxy {
        let counters = Arc::new(Counters::default());
        let c = counters.clone();
        let server = TcpServer::start_on(IpAddr::V4(Ipv4Addr::LOCALHOST), move |s, stop| {
            handle(s, stop, mode, &c)
        });
        Proxy { server, counters }
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    /// `http://127.0.0.1:PORT`, the value for `http_proxy`/`https_proxy`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr())
    }

    /// Requests handled (GETs and CONNECTs, forwarded or denied).
    pub fn requests(&self) -> usize {
        self.gets() + self.connects()
    }

    pub fn gets(&self) -> usize {
        self.counters.gets.load(Ordering::SeqCst)
    }

    pub fn connects(&self) -> usize {
        self.counters.connects.load(Ordering::SeqCst)
    }

    /// Every request head received, as sent (request line and headers).
    pub fn heads(&self) -> Vec<String> {
        self.counters
            .heads
            .lock()
            .map(|h| h.clone())
            .unwrap_or_default()
    }
}

fn handle(mut client: TcpStream, _stop: &Stop, mode: ProxyMode, counters: &Counters) {
    let Some(req) = read_request(&mut client) else {
        return;
    };
    if let Ok(mut heads) = counters.heads.lock() {
        heads.push(req.raw.clone());
    }
    if req.method.eq_ignore_ascii_case("CONNECT") {
        counters.connects.fetch_add(1, Ordering::SeqCst);
        connect(client, &req, mode);
    } else {
        counters.gets.fetch_add(1, Ordering::SeqCst);
        forward(client, &req, mode);
    }
}

/// `CONNECT host:port`: answer 200 and pipe bytes both ways until either side closes.
fn connect(mut client: TcpStream, req: &RequestHead, mode: ProxyMode) {
    if mode == ProxyMode::Deny {
        reply(
            client,
            Canned::new(403, "Forbidden", "tunnel denied by policy"),
        );
        return;
    }
    let Some(upstream) = dial(&req.path) else {
        reply(
            client,
            Canned::new(502, "Bad Gateway", "cannot reach upstream"),
        );
        return;
    };
    if client
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .is_err()
    {
        return;
    }
    pipe_both_ways(client, upstream);
}

/// Absolute-form `GET http://host:port/path`: forward in origin form, relay the answer.
fn forward(client: TcpStream, req: &RequestHead, mode: ProxyMode) {
    if mode == ProxyMode::Deny {
        let answer = Canned::new(407, "Proxy Authentication Required", "credentials needed")
            .header("Proxy-Authenticate", "Basic realm=\"test proxy\"");
        reply(client, answer);
        return;
    }
    let Some(rest) = req.path.strip_prefix("http://") else {
        reply(
            client,
            Canned::new(400, "Bad Request", "not an absolute URL"),
        );
        return;
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let authority = if authority.contains(':') && !authority.ends_with(']') {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    let Some(mut upstream) = dial(&authority) else {
        reply(
            client,
            Canned::new(502, "Bad Gateway", "cannot reach upstream"),
        );
        return;
    };
    // Origin form, without the hop-by-hop proxy headers; body bytes read with the head (a
    // POST's JSON) follow it, the rest is piped.
    let (head_part, early_body) = req
        .raw
        .split_once("\r\n\r\n")
        .unwrap_or((req.raw.as_str(), ""));
    let mut lines = head_part.split("\r\n");
    let first = lines.next().unwrap_or_default();
    let version = first.rsplit(' ').next().unwrap_or("HTTP/1.1");
    let mut head = format!("{} {path} {version}\r\n", req.method);
    for line in lines.filter(|l| !l.is_empty()) {
        let name = line
            .split(':')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if name != "proxy-authorization" && name != "proxy-connection" {
            head.push_str(line);
            head.push_str("\r\n");
        }
    }
    head.push_str("\r\n");
    head.push_str(early_body);
    if upstream.write_all(head.as_bytes()).is_err() {
        reply(client, Canned::new(502, "Bad Gateway", "upstream closed"));
        return;
    }
    pipe_both_ways(client, upstream);
}

/// Connects to `host:port` when it is a loopback address (`localhost`, 127.x, ::1, or a
/// `*.proxy-only.test` name).
fn dial(authority: &str) -> Option<TcpStream> {
    let (host, port) = authority.rsplit_once(':')?;
    let port: u16 = port.parse().ok()?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    // Names under `.proxy-only.test` exist only for the proxy (like an intranet name behind a
    // corporate proxy): it resolves them to 127.0.0.1 itself, without DNS.
    let ips: Vec<IpAddr> = if host.to_ascii_lowercase().ends_with(".proxy-only.test") {
        vec![IpAddr::V4(Ipv4Addr::LOCALHOST)]
    } else if host.eq_ignore_ascii_case("localhost") {
        vec![
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(Ipv6Addr::LOCALHOST),
        ]
    } else {
        vec![host.parse().ok()?]
    };
    ips.into_iter().filter(IpAddr::is_loopback).find_map(|ip| {
        let s = TcpStream::connect_timeout(&SocketAddr::new(ip, port), IO_TIMEOUT).ok()?;
        let _ = s.set_read_timeout(Some(IO_TIMEOUT));
        let _ = s.set_write_timeout(Some(IO_TIMEOUT));
        Some(s)
    })
}

fn reply(mut client: TcpStream, answer: Canned) {
    let _ = answer.write_to(&mut client, false);
    let _ = client.shutdown(Shutdown::Write);
}

/// Copies client->upstream on a helper thread and upstream->client here; each direction passes its
/// end of stream on as a half-close. Both sockets have read timeouts, so neither copy outlives an
/// idle peer by more than `IO_TIMEOUT`.
fn pipe_both_ways(client: TcpStream, upstream: TcpStream) {
    let (Ok(client_reader), Ok(upstream_writer)) = (client.try_clone(), upstream.try_clone())
    else {
        return;
    };
    let up = thread::spawn(move || copy(client_reader, upstream_writer));
    copy(upstream, client);
    let _ = up.join();
}

fn copy(mut from: TcpStream, mut to: TcpStream) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}
