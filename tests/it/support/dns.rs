//! A tiny authoritative DNS server over UDP on 127.0.0.1, passed to the tool as `--resolver`, so
//! the DNS tests (NXDOMAIN, SERVFAIL, a working name) never send a packet off the machine.
//!
//! The wire format is written by hand (RFC 1035): the 12-byte header, the question copied from the
//! query, and answer records owned by the question name. `DnsServer::zone` serves a small zone
//! (A/AAAA with a TTL, NS records, glue-like host addresses, AA on or off), so one test can run an
//! "authoritative" server and "public resolvers" that disagree; `DnsServer::rcode(RCODE_REFUSED)`
//! is a lame name server and `DnsServer::silent` one that never answers.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

pub const RCODE_NOERROR: u8 = 0;
pub const RCODE_SERVFAIL: u8 = 2;
pub const RCODE_NXDOMAIN: u8 = 3;
pub const RCODE_REFUSED: u8 = 5;

const TYPE_A: u16 = 1;
const TYPE_NS: u16 = 2;
const TYPE_AAAA: u16 = 28;
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
    /// A small zone (see `Zone`).
    Zone(Zone),
    /// Reads queries (and counts them) but never answers.
    Silent,
}

/// What `DnsServer::zone` serves: address records for one name, optionally NS records for a zone
/// apex and addresses for other hosts (the name servers). Names under the apex without data get
/// an empty NOERROR; names outside it NXDOMAIN. Every record carries `ttl`.
#[derive(Debug, Clone)]
pub struct Zone {
    name: String,
    a: Vec<Ipv4Addr>,
    aaaa: Vec<Ipv6Addr>,
    ttl: u32,
    apex: Option<String>,
    ns: Vec<String>,
    hosts: Vec<(String, Ipv4Addr)>,
    authoritative: bool,
}

fn lower(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

impl Zone {
    /// `name` with no records yet, TTL 300, AA bit set.
    pub fn new(name: &str) -> Zone {
        Zone {
            name: lower(name),
            a: Vec::new(),
            aaaa: Vec::new(),
            ttl: 300,
            apex: None,
            ns: Vec::new(),
            hosts: Vec::new(),
            authoritative: true,
        }
    }

    pub fn a(mut self, ip: Ipv4Addr) -> Zone {
        self.a.push(ip);
        self
    }

    pub fn aaaa(mut self, ip: Ipv6Addr) -> Zone {
        self.aaaa.push(ip);
        self
    }

    pub fn ttl(mut self, secs: u32) -> Zone {
        self.ttl = secs;
        self
    }

    /// NS records for `apex` (which should be `name` or a parent of it).
    pub fn ns(mut self, apex: &str, servers: &[&str]) -> Zone {
        self.apex = Some(lower(apex));
        self.ns = servers.iter().map(|s| lower(s)).collect();
        self
    }

    /// An A record for another name (e.g. a name server's address).
    pub fn host(mut self, name: &str, ip: Ipv4Addr) -> Zone {
        self.hosts.push((lower(name), ip));
        self
    }

    /// The AA bit: on for an authoritative server, off for a cache (or a lame server).
    pub fn authoritative(mut self, on: bool) -> Zone {
        self.authoritative = on;
        self
    }

    /// RCODE and answer records (type, RDATA) for a question.
    fn lookup(&self, name: &str, qtype: u16) -> (u8, Vec<(u16, Vec<u8>)>) {
        let mut answers = Vec::new();
        let mut known = false;
        if name == self.name {
            known = true;
            if qtype == TYPE_A {
                answers.extend(self.a.iter().map(|ip| (TYPE_A, ip.octets().to_vec())));
            }
            if qtype == TYPE_AAAA {
                answers.extend(self.aaaa.iter().map(|ip| (TYPE_AAAA, ip.octets().to_vec())));
            }
        }
        for (host, ip) in &self.hosts {
            if host == name {
                known = true;
                if qtype == TYPE_A {
                    answers.push((TYPE_A, ip.octets().to_vec()));
                }
            }
        }
        if let Some(apex) = &self.apex {
            if name == apex {
                known = true;
                if qtype == TYPE_NS {
                    answers.extend(self.ns.iter().map(|ns| (TYPE_NS, encode_name(ns))));
                }
            }
            if name.ends_with(&format!(".{apex}")) {
                known = true;
            }
        }
        let rcode = if known { RCODE_NOERROR } else { RCODE_NXDOMAIN };
        (rcode, answers)
    }
}

/// A name in wire format, uncompressed.
fn encode_name(name: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for label in name.split('.').filter(|l| !l.is_empty()) {
        out.push(label.len() as u8);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
    out
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

    /// Serves `zone` (see `Zone`).
    pub fn zone(zone: Zone) -> DnsServer {
        DnsServer::start(Behavior::Zone(zone))
    }

    /// Counts queries but never answers (a resolver that times out).
    pub fn silent() -> DnsServer {
        DnsServer::start(Behavior::Silent)
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
        if matches!(behavior, Behavior::Silent) {
            if parse_question(&buf[..n]).is_some() {
                queries.fetch_add(1, Ordering::SeqCst);
            }
            continue;
        }
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
    let mut aa = true;
    let (rcode, answers): (u8, Vec<(u16, Vec<u8>)>) = match behavior {
        Behavior::Rcode(rcode) => (*rcode, Vec::new()),
        Behavior::Answer { name, ip } if *name == question.name => {
            let a = (question.qtype == TYPE_A).then(|| (TYPE_A, ip.octets().to_vec()));
            (RCODE_NOERROR, a.into_iter().collect())
        }
        Behavior::Answer { .. } => (RCODE_NXDOMAIN, Vec::new()),
        Behavior::Zone(zone) => {
            aa = zone.authoritative;
            zone.lookup(&question.name, question.qtype)
        }
        Behavior::Silent => return None,
    };
    let ttl = match behavior {
        Behavior::Zone(zone) => zone.ttl,
        _ => 60,
    };
    let opcode_and_rd = query[2] & 0x79; // opcode bits and RD, copied
    let mut out = Vec::with_capacity(64);
    out.extend_from_slice(&query[0..2]); // id
    out.push(0x80 | if aa { 0x04 } else { 0 } | opcode_and_rd); // QR, AA
    out.push(0x80 | (rcode & 0x0f)); // RA, RCODE
    out.extend_from_slice(&1u16.to_be_bytes()); // QDCOUNT
    out.extend_from_slice(&(answers.len() as u16).to_be_bytes()); // ANCOUNT
    out.extend_from_slice(&0u16.to_be_bytes()); // NSCOUNT
    out.extend_from_slice(&0u16.to_be_bytes()); // ARCOUNT
    out.extend_from_slice(question.raw);
    for (rtype, rdata) in answers {
        out.extend_from_slice(&[0xc0, 0x0c]); // pointer to the question name
        out.extend_from_slice(&rtype.to_be_bytes());
        out.extend_from_slice(&1u16.to_be_bytes()); // class IN
        out.extend_from_slice(&ttl.to_be_bytes());
        out.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
        out.extend_from_slice(&rdata);
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

    #[test]
    fn zone_serves_addresses_ns_and_hosts_with_its_ttl_and_aa_bit() {
        let z = Zone::new("www.example.test")
            .a(Ipv4Addr::new(192, 0, 2, 1))
            .aaaa(Ipv6Addr::LOCALHOST)
            .ttl(1234)
            .ns("example.test", &["ns1.example.test"])
            .host("ns1.example.test", Ipv4Addr::LOCALHOST)
            .authoritative(false);
        let b = Behavior::Zone(z);
        let r = respond(&query("www.example.test", TYPE_A), &b).expect("a reply");
        assert_eq!(r[2] & 0x04, 0, "AA off");
        assert_eq!(&r[6..8], &[0, 1]);
        assert_eq!(&r[r.len() - 10..r.len() - 6], &1234u32.to_be_bytes());
        assert_eq!(&r[r.len() - 4..], &[192, 0, 2, 1]);
        let aaaa = respond(&query("www.example.test", TYPE_AAAA), &b).expect("a reply");
        assert_eq!(&aaaa[aaaa.len() - 16..], &Ipv6Addr::LOCALHOST.octets());
        let ns = respond(&query("example.test", TYPE_NS), &b).expect("a reply");
        assert!(ns.ends_with(&encode_name("ns1.example.test")));
        let host = respond(&query("ns1.example.test", TYPE_A), &b).expect("a reply");
        assert_eq!(&host[host.len() - 4..], &[127, 0, 0, 1]);
        let empty = respond(&query("other.example.test", TYPE_A), &b).expect("a reply");
        assert_eq!(
            (empty[3] & 0x0f, &empty[6..8]),
            (RCODE_NOERROR, &[0u8, 0][..])
        );
        let outside = respond(&query("example.org", TYPE_A), &b).expect("a reply");
        assert_eq!(outside[3] & 0x0f, RCODE_NXDOMAIN);
    }
}
