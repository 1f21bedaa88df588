//! A small threaded TCP server on loopback that hands each connection to a handler, plus the bits
//! of HTTP/1.1 the test servers need (read a request head, write a canned response).
//!
//! Why std threads and not tokio: the servers must misbehave in precise ways (hang, close early,
//! send garbage), which is simplest with blocking sockets; and they must never outlive a test:
//! dropping the server sets a stop flag and wakes the accept loop, and every connection thread has
//! socket timeouts and a hard lifetime cap, so no thread can linger.

use std::io::{self, Read, Write};
use std::net::{IpAddr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// At most this many connections are handled at once; more are closed right away.
const MAX_CONNECTIONS: usize = 64;
/// No connection thread lives longer than this, whatever its handler does.
pub const MAX_CONNECTION_LIFETIME: Duration = Duration::from_secs(90);
/// Socket read/write timeout for connection threads.
pub const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// Shared "the server is being dropped" flag, checked by long-running handlers.
#[derive(Clone, Default)]
pub struct Stop(Arc<AtomicBool>);

impl Stop {
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    fn set(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Sleeps up to `d` in short slices; returns false when stopped early.
    pub fn sleep(&self, d: Duration) -> bool {
        let end = Instant::now() + d;
        while Instant::now() < end {
            if self.is_set() {
                return false;
            }
            thread::sleep(Duration::from_millis(10).min(end - Instant::now()));
        }
        !self.is_set()
    }
}

type Handler = dyn Fn(TcpStream, &Stop) + Send + Sync + 'static;

/// A TCP server on 127.0.0.1 (and ::1 on the same port when possible) until dropped.
pub struct TcpServer {
    addr: SocketAddr,
    extra_addrs: Vec<SocketAddr>,
    stop: Stop,
    accept_threads: Vec<JoinHandle<()>>,
    /// Connections being handled right now.
    active: Arc<AtomicUsize>,
    /// Connections accepted since the start.
    accepted: Arc<AtomicUsize>,
}

impl TcpServer {
    /// Starts accepting; each connection runs `handler` on its own thread.
    pub fn start<F>(handler: F) -> TcpServer
    where
        F: Fn(TcpStream, &Stop) + Send + Sync + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        let mut listeners = vec![listener];
        // So a URL with `localhost` works whichever address the tool tries first.
        if let Ok(v6) = TcpListener::bind((Ipv6Addr::LOCALHOST, addr.port())) {
            listeners.push(v6);
        }
        TcpServer::serve(listeners, handler)
    }

    /// Like `start`, but listening on `ip` (a loopback address) only: the same port on the other
    /// family stays closed, which is how the tests make one address of `localhost` refuse.
    pub fn start_on<F>(ip: IpAddr, handler: F) -> TcpServer
    where
        F: Fn(TcpStream, &Stop) + Send + Sync + 'static,
    {
        assert!(ip.is_loopback(), "test servers listen on loopback only");
        let listener = TcpListener::bind((ip, 0)).unwrap_or_else(|e| panic!("bind {ip}: {e}"));
        TcpServer::serve(vec![listener], handler)
    }

    fn serve<F>(listeners: Vec<TcpListener>, handler: F) -> TcpServer
    where
        F: Fn(TcpStream, &Stop) + Send + Sync + 'static,
    {
        let mut addrs: Vec<SocketAddr> = listeners
            .iter()
            .map(|l| l.local_addr().expect("local addr"))
            .collect();
        let addr = addrs.remove(0);
        let handler: Arc<Handler> = Arc::new(handler);
        let stop = Stop::default();
        let active = Arc::new(AtomicUsize::new(0));
        let accepted = Arc::new(AtomicUsize::new(0));
        let accept_threads = listeners
            .into_iter()
            .map(|l| {
                let (handler, stop) = (handler.clone(), stop.clone());
                let (active, accepted) = (active.clone(), accepted.clone());
                thread::spawn(move || accept_loop(l, handler, stop, active, accepted))
            })
            .collect();
        TcpServer {
            addr,
            extra_addrs: addrs,
            stop,
            accept_threads,
            active,
            accepted,
        }
    }

    /// Connections whose handler is still running.
    pub fn active_connections(&self) -> usize {
        self.active.load(Ordering::SeqCst)
    }

    /// Connections accepted so far (including ones already closed).
    pub fn accepted_connections(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://IP:PORT/` for the main address (IPv6 in brackets).
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }
}

impl Drop for TcpServer {
    fn drop(&mut self) {
        self.stop.set();
        // Wake each blocking accept() so its loop sees the flag.
        for a in std::iter::once(&self.addr).chain(&self.extra_addrs) {
            let _ = TcpStream::connect_timeout(a, Duration::from_secs(1));
        }
        for t in self.accept_threads.drain(..) {
            let _ = t.join();
        }
    }
}

fn accept_loop(
    listener: TcpListener,
    handler: Arc<Handler>,
    stop: Stop,
    active: Arc<AtomicUsize>,
    accepted: Arc<AtomicUsize>,
) {
    for conn in listener.incoming() {
        if stop.is_set() {
            break;
        }
        let Ok(conn) = conn else { continue };
        accepted.fetch_add(1, Ordering::SeqCst);
        if active.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            continue; // dropped: closes the connection
        }
        let _ = conn.set_read_timeout(Some(IO_TIMEOUT));
        let _ = conn.set_write_timeout(Some(IO_TIMEOUT));
        let _ = conn.set_nodelay(true);
        active.fetch_add(1, Ordering::SeqCst);
        let (handler, stop, active) = (handler.clone(), stop.clone(), active.clone());
        thread::spawn(move || {
            handler(conn, &stop);
            active.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

/// A port nothing listens on: bound, read, released. (Another process could grab it in between;
/// on a test machine that is vanishingly rare.)
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    l.local_addr().expect("local addr").port()
}

/// The head of an HTTP request: enough to route the test servers.
#[derive(Debug, Clone)]
pub struct RequestHead {
    pub method: String,
    pub path: String,
    pub raw: String,
}

/// Reads one request head (up to the blank line, at most 64 KiB). `None` when the peer closed,
/// timed out or sent something that is not a request line.
pub fn read_request(stream: &mut impl Read) -> Option<RequestHead> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        if buf.len() > 64 * 1024 {
            return None;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let raw = String::from_utf8_lossy(&buf).into_owned();
    let mut parts = raw.lines().next()?.split_whitespace();
    let method = parts.next()?.to_string();
    let path = parts.next()?.to_string();
    Some(RequestHead { method, path, raw })
}

/// A fixed HTTP response.
#[derive(Debug, Clone)]
pub struct Canned {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Canned {
    pub fn new(status: u16, reason: &str, body: &str) -> Canned {
        Canned {
            status,
            reason: reason.into(),
            headers: vec![
                ("Server".into(), "test".into()),
                ("Content-Type".into(), "text/plain".into()),
            ],
            body: body.as_bytes().to_vec(),
        }
    }

    /// `200 OK`, `Server: test`, body `hello`.
    pub fn ok_hello() -> Canned {
        Canned::new(200, "OK", "hello")
    }

    /// Exactly what nginx 1.22 sends when its upstream fails.
    pub fn nginx_502() -> Canned {
        let body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
                    <center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n\
                    </body>\r\n</html>\r\n";
        Canned {
            status: 502,
            reason: "Bad Gateway".into(),
            headers: vec![
                ("Server".into(), "nginx/1.22.1".into()),
                ("Content-Type".into(), "text/html".into()),
            ],
            body: body.as_bytes().to_vec(),
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Canned {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Writes the response (no body for HEAD) with `Connection: close`.
    pub fn write_to(&self, stream: &mut impl Write, head_only: bool) -> io::Result<()> {
        let mut out = format!("HTTP/1.1 {} {}\r\n", self.status, self.reason);
        for (k, v) in &self.headers {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.body.len()
        ));
        let mut bytes = out.into_bytes();
        if !head_only {
            bytes.extend_from_slice(&self.body);
        }
        stream.write_all(&bytes)?;
        stream.flush()
    }
}

/// Reads a request and answers it with `response`, then closes (FIN, not RST).
pub fn answer(mut stream: TcpStream, response: &Canned) {
    if let Some(req) = read_request(&mut stream) {
        let _ = response.write_to(&mut stream, req.method == "HEAD");
    }
    let _ = stream.shutdown(std::net::Shutdown::Write);
}
