//! A tiny authoritative DNS server over UDP on 127.0.0.1, passed to the tool as `--resolver`, so
//! the DNS tests (NXDOMAIN, SERVFAIL, a working name) never send a packet off the machine.
//!
//! The wire format is written by hand (RFC 1035): the 12-byte header, the question copied from the
//! query, and at most one A record pointing back at the question name.

use std::net::{Ipv4Addr, SocketAddr, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

pub const RCODE_NOERROR: u8 = 0;
pub const RCODE_SERVFAIL: u8 = 2;
pub const RCODE_NXDOMAIN: u8 = 3;

const TYPE_A: u16 = 1;
/// The server thread stops by itself after this long, even if never dropped.
const MAX_LIFETIME: Duration = Duration::from_secs(120);

/// What the server answers.
#[derive(Debug, Clone)]
enum Behavior {
    /// Every query gets this RCODE and no answers.
    Rcode(u8),
    /// A queries for `name` get `ip`; other types for `name` get an empty NOERROR; any other name
    /// gets NXDOMAIN.
    Answer { name: String, ip: Ipv4Addr },
}

/// A running DNS server; dropping it stops it.
pub struct DnsServer {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    queries: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl DnsServer {
    /// Answers every query with `rcode` (e.g. `RCODE_NXDOMAIN`) and no records.
    pub fn rcode(rcode: u8) -> DnsServer {
        DnsServer::start(Behavior::Rcode(rcode))
    }

    /// Answers A queries for `name` (case-insensitive) with `ip`; NXDOMAIN for any other name.
    pub fn answering(name: &str, ip: Ipv4Addr) -> DnsServer {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        DnsServer::start(Behavior::Answer { name, ip })
    }

    fn start(behavior: Behavior) -> DnsServer {
        let socket = UdpSocket::bind("127.0.0.1:0").expect("bind UDP 127.0.0.1:0");
        let addr = socket.local_addr().expect("local addr");
        socket
            .set_read_timeout(Some(Duration::from_millis(50)))
            .expect("read timeout");
        let stop = Arc::new(AtomicBool::new(false));
        let queries = Arc::new(AtomicUsize::new(0));
        let (s, q) = (stop.clone(), queries.clone());
        let thread = thread::spawn(move || serve(socket, behavior, s, q));
        DnsServer {
            addr,
            stop,
            queries,
            thread: Some(thread),
        }
    }

    /// The value for `--resolver`.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// How many well-formed queries arrived (proves the tool used this resolver).
    pub fn queries(&self) -> usize {
        self.queries.load(Ordering::SeqCst)
    }
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(socket: UdpSocket, behavior: Behavior, stop: Arc<AtomicBool>, queries: Arc<AtomicUsize>) {
    let started = Instant::now();
    let mut buf = [0u8; 1500];
    while !stop.load(Ordering::SeqCst) && started.elapsed() < MAX_LIFETIME {
        let Ok((n, peer)) = socket.recv_from(&mut buf) else {
            continue; // timeout: check the stop flag
        };
        if let Some(reply) = respond(&buf[..n], &behavior) {
            queries.fetch_add(1, Ordering::SeqCst);
            let _ = socket.send_to(&reply, peer);
        }
    }
}

/// The question of a query: its name (lowercase, dotted), type, and the raw bytes to echo.
struct Question<'a> {
    name: String,
    qtype: u16,
    raw: &'a [u8],
}

fn parse_question(msg: &[u8]) -> Option<Question<'_>> {
    if msg.len() < 12 || u16::from_be_bytes([msg[4], msg[5]]) == 0 {
        return None;
    }
    let mut labels = Vec::new();
    let mut i = 12;
    loop {
        let len = *msg.get(i)? as usize;
        i += 1;
        if len == 0 {
            break;
        }
        if len > 63 {
            return None; // compression pointers never appear in a query's first name
        }
        labels.push(String::from_utf8_lossy(msg.get(i..i + len)?).to_ascii_lowercase());
        i += len;
    }
    let qtype = u16::from_be_bytes([*msg.get(i)?, *msg.get(i + 1)?]);
    let end = i + 4;
    Some(Question {
        name: labels.join("."),
        qtype,
        raw: msg.get(12..end)?,
    })
}

/// Builds the reply to `query`, or `None` when it is not a query we can parse.
fn respond(query: &[u8], behavior: &Behavior) -> Option<Vec<u8>> {
    if query.len() < 12 || query[2] & 0x80 != 0 {
        return None; // too short, or a response
    }
    let question = parse_question(query)?;
    let (rcode, answer) = match behavior {
        Behavior::Rcode(rcode) => (*rcode, None),
        Behavior::Answer { name, ip } if *name == question.name => {
            (RCODE_NOERROR, (question.qtype == TYPE_A).then_some(*ip))
        }
        Behavior::Answer { .. } => (RCODE_NXDOMAIN, None),
    };
    let opcode_and_rd = query[2] & 0x79; // opcode bits and RD, copied
    let mut out = Vec::with_capacity(64);
    out.extend_from_slice(&query[0..2]); // id
    out.push(0x80 | 0x04 | opcode_and_rd); // QR, AA
    out.push(0x80 | (rcode & 0x0f)); // RA, RCODE
    out.extend_from_slice(&1u16.to_be_bytes()); // QDCOUNT
    out.extend_from_slice(&u16::from(answer.is_some()).to_be_bytes()); // ANCOUNT
    out.extend_from_slice(&0u16.to_be_bytes()); // NSCOUNT
    out.extend_from_slice(&0u16.to_be_bytes()); // ARCOUNT
    out.extend_from_slice(question.raw);
    if let Some(ip) = answer {
        out.extend_from_slice(&[0xc0, 0x0c]); // pointer to the question name
        out.extend_from_slice(&TYPE_A.to_be_bytes());
        out.extend_from_slice(&1u16.to_be_bytes()); // class IN
        out.extend_from_slice(&60u32.to_be_bytes()); // TTL
        out.extend_from_slice(&4u16.to_be_bytes());
        out.extend_from_slice(&ip.octets());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A query for `name` of type `qtype` as a stub resolver sends it (id 0xbeef, RD set).
    fn query(name: &str, qtype: u16) -> Vec<u8> {
        let mut q = vec![0xbe, 0xef, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
        for label in name.split('.') {
            q.push(label.len() as u8);
            q.extend_from_slice(label.as_bytes());
        }
        q.push(0);
        q.extend_from_slice(&qtype.to_be_bytes());
        q.extend_from_slice(&1u16.to_be_bytes());
        q
    }

    #[test]
    fn nxdomain_reply_echoes_id_and_question() {
        let q = query("missing.gateway-doctor.test", TYPE_A);
        let r = respond(&q, &Behavior::Rcode(RCODE_NXDOMAIN)).expect("a reply");
        assert_eq!(&r[0..2], &[0xbe, 0xef]);
        assert_eq!(r[2] & 0x80, 0x80, "QR set");
        assert_eq!(r[2] & 0x01, 0x01, "RD copied");
        assert_eq!(r[3] & 0x0f, RCODE_NXDOMAIN);
        assert_eq!(&r[6..8], &[0, 0], "no answers");
        assert_eq!(&r[12..], &q[12..], "question echoed");
    }

    #[test]
    fn answers_a_for_the_configured_name_only() {
        let b = Behavior::Answer {
            name: "ok.gateway-doctor.test".into(),
            ip: Ipv4Addr::LOCALHOST,
        };
        let r = respond(&query("OK.gateway-doctor.test", TYPE_A), &b).expect("a reply");
        assert_eq!(r[3] & 0x0f, RCODE_NOERROR);
        assert_eq!(&r[6..8], &[0, 1]);
        assert_eq!(&r[r.len() - 4..], &[127, 0, 0, 1]);
        let aaaa = respond(&query("ok.gateway-doctor.test", 28), &b).expect("a reply");
        assert_eq!(
            (aaaa[3] & 0x0f, &aaaa[6..8]),
            (RCODE_NOERROR, &[0u8, 0][..])
        );
        let other = respond(&query("other.test", TYPE_A), &b).expect("a reply");
        assert_eq!(other[3] & 0x0f, RCODE_NXDOMAIN);
    }
}
