//! HAProxy's configuration (`haproxy.cfg`, or every `*.cfg` of a folder given with `-f`): the
//! `backend` and `listen` sections and their `server` lines are the upstreams; the `mode` (http
//! or tcp) says whether an HTTP request can be tried or only a connect; `timeout server` is how
//! long HAProxy waits for an answer (without one it waits forever); the frontends' `bind` lines
//! and `use_backend` rules with `hdr(host)` say which site reaches which backend. HAProxy has no
//! include: several files are read in order and `defaults` carry across them.
//!
//! Pure and total: any text is read to its end; what cannot be read (an unclosed quote, binary
//! data, a `server` outside a backend) is a [`ReadProblem`] and the rest is still read.

use super::{Address, ReadProblem, Setting, Software, Upstream, UpstreamKind, note};
use serde::Serialize;

/// One line: its words (quotes and escapes resolved) and its number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub words: Vec<String>,
    pub line: usize,
}

/// A section: `global`, `defaults [name]`, `frontend NAME`, `backend NAME`, `listen NAME`, ...
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub kind: String,
    pub name: Option<String>,
    pub line: usize,
    pub lines: Vec<Line>,
}

impl Section {
    /// The last line whose first words are `key` (`["timeout", "server"]`).
    fn last(&self, key: &[&str]) -> Option<&Line> {
        self.lines.iter().rev().find(|l| starts(l, key))
    }
}

fn starts(l: &Line, key: &[&str]) -> bool {
    l.words.len() >= key.len() && l.words.iter().zip(key).all(|(w, k)| w == k)
}

/// One file as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HaproxyFile {
    pub name: String,
    pub sections: Vec<Section>,
    pub problems: Vec<ReadProblem>,
}

/// The words that open a section.
const SECTIONS: &[&str] = &[
    "global",
    "defaults",
    "frontend",
    "backend",
    "listen",
    "peers",
    "resolvers",
    "userlist",
    "program",
    "cache",
    "http-errors",
    "ring",
    "mailers",
    "fcgi-app",
    "crt-store",
    "traces",
];

/// Read one file.
pub fn parse(name: &str, text: &str) -> HaproxyFile {
    let mut file = HaproxyFile {
        name: name.to_string(),
        sections: Vec::new(),
        problems: Vec::new(),
    };
    for (i, raw) in text.split('\n').enumerate() {
        let number = i + 1;
        if raw.contains('\0') {
            note(
                &mut file.problems,
                name,
                number,
                crate::t!("srv-read-binary"),
            );
            continue;
        }
        let words = match words(raw) {
            Ok(w) => w,
            Err(what) => {
                note(&mut file.problems, name, number, what);
                continue;
            }
        };
        let Some(first) = words.first() else {
            continue;
        };
        if SECTIONS.contains(&first.as_str()) {
            file.sections.push(Section {
                kind: first.clone(),
                name: words.get(1).cloned(),
                line: number,
                lines: Vec::new(),
            });
            continue;
        }
        match file.sections.last_mut() {
            Some(section) => section.lines.push(Line {
                words,
                line: number,
            }),
            None => note(
                &mut file.problems,
                name,
                number,
                crate::t!("srv-read-haproxy-before-section", word = shorten(first)),
            ),
        }
    }
    file
}

fn shorten(s: &str) -> String {
    crate::text::shorten(s, 40)
}

/// A line's words as HAProxy splits them: spaces separate, `#` starts a comment, `"..."` and
/// `'...'` quote, `\` escapes the next character.
fn words(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (_, '\\') => {
                if let Some(next) = chars.next() {
                    word.push(next);
                }
                in_word = true;
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"') | (None, '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, '#') => break,
            (None, c) if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if quote.is_some() {
        return Err(crate::t!("srv-read-quote-not-closed"));
    }
    if in_word {
        out.push(word);
    }
    Ok(out)
}

/// The user HAProxy runs as (`user` in `global`), with its file and line.
pub fn worker_user(files: &[HaproxyFile]) -> Option<(String, String, usize)> {
    files.iter().rev().find_map(|f| {
        f.sections
            .iter()
            .rev()
            .filter(|s| s.kind == "global")
            .find_map(|s| s.last(&["user"]))
            .and_then(|l| Some((l.words.get(1)?.clone(), f.name.clone(), l.line)))
    })
}

/// An HAProxy time in seconds: a number with `us`, `ms`, `s`, `m`, `h` or `d` (a bare number is
/// milliseconds).
pub fn time_secs(text: &str) -> Option<f64> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let number: f64 = text[..digits].parse().ok()?;
    let factor = match &text[digits..] {
        "" | "ms" => 0.001,
        "us" => 0.000_001,
        "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        "d" => 86_400.0,
        _ => return None,
    };
    Some(number * factor)
}

/// What a proxy section inherits: the last `defaults` before it.
struct Defaults<'a> {
    section: Option<&'a Section>,
    file: &'a str,
}

/// The sites that reach each backend: (backend name -> binds, host names).
fn routes(files: &[HaproxyFile]) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
    let mut add = |backend: &str, binds: &[String], names: Vec<String>| match out
        .iter_mut()
        .find(|(b, _, _)| b == backend)
    {
        Some((_, b, n)) => {
            for bind in binds {
                if !b.contains(bind) {
                    b.push(bind.clone());
                }
            }
            for name in names {
                if !n.contains(&name) {
                    n.push(name);
                }
            }
        }
        None => out.push((backend.to_string(), binds.to_vec(), names)),
    };
    for s in files.iter().flat_map(|f| f.sections.iter()) {
        if s.kind != "frontend" && s.kind != "listen" {
            continue;
        }
        let binds: Vec<String> = s
            .lines
            .iter()
            .filter(|l| starts(l, &["bind"]))
            .filter_map(|l| l.words.get(1).cloned())
            .collect();
        // `acl NAME hdr(host) -i a.example b.example`
        let acls: Vec<(&str, Vec<String>)> = s
            .lines
            .iter()
            .filter(|l| starts(l, &["acl"]) && l.words.len() > 2)
            .map(|l| (l.words[1].as_str(), host_names(&l.words[2..])))
            .collect();
        if s.kind == "listen" {
            if let Some(name) = &s.name {
                add(name, &binds, Vec::new());
            }
            continue;
        }
        for l in &s.lines {
            let routes_to = starts(l, &["default_backend"]) || starts(l, &["use_backend"]);
            let backend = if routes_to { l.words.get(1) } else { None };
            let Some(backend) = backend else { continue };
            let mut names = host_names(l.words.get(2..).unwrap_or_default());
            for w in l.words.iter().skip(2) {
                let w = w.trim_start_matches('!');
                if let Some((_, n)) = acls.iter().find(|(a, _)| *a == w) {
                    names.extend(n.iter().cloned());
                }
            }
            add(backend, &binds, names);
        }
    }
    out
}

/// The host names a condition compares `Host` with: the words after `-i`/`-m str` that follow a
/// `hdr(host)`-like fetch.
fn host_names(words: &[String]) -> Vec<String> {
    let Some(at) = words.iter().position(|w| {
        let w = w.to_ascii_lowercase();
        w.contains("hdr(host)") || w.contains("hdr_dom(host)") || w.contains("hdr_end(host)")
    }) else {
        return Vec::new();
    };
    words[at + 1..]
        .iter()
        .filter(|w| !w.starts_with('-') && *w != "str" && *w != "beg" && *w != "end")
        .take_while(|w| !matches!(w.as_str(), "}" | "if" | "unless" | "||" | "or"))
        .filter(|w| w.contains('.') || *w == "localhost")
        .cloned()
        .collect()
}

/// Every `server` of every `backend` and `listen` section, in order.
pub fn upstreams(files: &[HaproxyFile]) -> Vec<Upstream> {
    let routes = routes(files);
    let mut out = Vec::new();
    let mut defaults = Defaults {
        section: None,
        file: "",
    };
    for f in files {
        for s in &f.sections {
            if s.kind == "defaults" {
                defaults = Defaults {
                    section: Some(s),
                    file: &f.name,
                };
                continue;
            }
            if s.kind != "backend" && s.kind != "listen" {
                continue;
            }
            let name = s.name.clone().unwrap_or_default();
            let mode = s
                .last(&["mode"])
                .or_else(|| defaults.section.and_then(|d| d.last(&["mode"])))
                .and_then(|l| l.words.get(1))
                .map(String::as_str)
                .unwrap_or("tcp");
            let kind = if mode == "http" {
                UpstreamKind::Http
            } else {
                UpstreamKind::Tcp
            };
            let timeout = |sec: &Section, file: &str| {
                let l = sec
                    .last(&["timeout", "server"])
                    .map(|l| (l, 2))
                    .or_else(|| sec.last(&["srvtimeout"]).map(|l| (l, 1)))?;
                let seconds = time_secs(l.0.words.get(l.1)?)?;
                Some(Setting {
                    name: "timeout server".into(),
                    seconds,
                    at: Some((file.to_string(), l.0.line)),
                })
            };
            let read_timeout = timeout(s, &f.name)
                .or_else(|| defaults.section.and_then(|d| timeout(d, defaults.file)));
            let (listen, server_names) = routes
                .iter()
                .find(|(b, _, _)| *b == name)
                .map(|(_, b, n)| (b.clone(), n.clone()))
                .unwrap_or_default();
            for l in &s.lines {
                let template = starts(l, &["server-template"]);
                if !starts(l, &["server"]) && !template {
                    continue;
                }
                let Some(addr) = l.words.get(if template { 3 } else { 2 }) else {
                    continue;
                };
                let address = if template {
                    Address::Variable { text: addr.clone() }
                } else {
                    address(addr)
                };
                out.push(Upstream {
                    software: Software::Haproxy,
                    kind,
                    directive: l.words[0].clone(),
                    file: f.name.clone(),
                    line: l.line,
                    group: Some((name.clone(), f.name.clone(), l.line)),
                    address,
                    listen: listen.clone(),
                    server_names: server_names.clone(),
                    location: None,
                    read_timeout: read_timeout.clone(),
                    header_buffer: None,
                });
            }
        }
    }
    out
}

/// A `server` address: `host:port`, `[v6]:port`, `ipv4@`/`ipv6@` prefixes, `unix@/path` or
/// `/path`; variables (`${APP}`) cannot be checked; without a port HAProxy uses the port the
/// client connected to, which is known only per request.
fn address(text: &str) -> Address {
    if text.contains('$') {
        return Address::Variable {
            text: text.to_string(),
        };
    }
    let text_in = text;
    let text = text
        .strip_prefix("ipv4@")
        .or_else(|| text.strip_prefix("ipv6@"))
        .or_else(|| text.strip_prefix("tcp@"))
        .unwrap_or(text);
    if let Some(path) = text
        .strip_prefix("unix@")
        .or_else(|| text.starts_with('/').then_some(text))
    {
        return Address::Unix {
            path: path.to_string(),
        };
    }
    let (host, port) = if let Some(rest) = text.strip_prefix('[') {
        match rest.split_once(']') {
            Some((h, tail)) => (h, tail.strip_prefix(':')),
            None => ("", None),
        }
    } else if text.matches(':').count() > 1 {
        // A bare IPv6 address: the port is after the last colon.
        match text.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (text, None),
        }
    } else {
        match text.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (text, None),
        }
    };
    match port {
        None | Some("") => Address::Variable {
            text: crate::t!("srv-haproxy-client-port", address = text_in),
        },
        Some(p) => match p.parse::<u16>() {
            Ok(port) if port != 0 && super::plausible_host(host) => Address::Tcp {
                host: host.to_string(),
                port,
            },
            _ => Address::Invalid {
                text: text_in.to_string(),
            },
        },
    }
}

#[cfg(test)]
#[path = "haproxy_tests.rs"]
mod tests;
