//! Varnish's VCL (`default.vcl` and what it `include`s): every `backend` with its `.host`/`.port`
//! or `.path` (a unix socket, Varnish 6+) and `.first_byte_timeout`, how long Varnish waits for
//! the first byte of an answer before it gives the visitor "503 Backend fetch failed" (60 s by
//! default; `varnishd -p first_byte_timeout=` can change that default, which the VCL does not
//! show). The rest of the VCL (subroutines) is skipped, staying balanced.
//!
//! Pure and total: any text is read to its end; what cannot be read (an unclosed string or
//! comment, binary data, an unbalanced brace) is a [`ReadProblem`].

use super::{Address, ReadProblem, Setting, Software, Upstream, UpstreamKind, note};
use serde::Serialize;

/// How long Varnish waits for a backend's first byte by default.
pub const DEFAULT_FIRST_BYTE_TIMEOUT_SECS: f64 = 60.0;

/// One `backend NAME { ... }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Backend {
    pub name: String,
    pub line: usize,
    /// `.host`, `.port`, `.path`, `.first_byte_timeout`, ... with their values and lines.
    pub fields: Vec<(String, String, usize)>,
}

impl Backend {
    fn get(&self, key: &str) -> Option<(&str, usize)> {
        self.fields
            .iter()
            .rev()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, l)| (v.as_str(), *l))
    }
}

/// One VCL file as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VarnishFile {
    pub name: String,
    pub backends: Vec<Backend>,
    /// `include "file.vcl";` with its line.
    pub includes: Vec<(String, usize)>,
    pub problems: Vec<ReadProblem>,
}

/// A token: a word, a string's content, or one of `{ } ; =`, with its line.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Str(String),
    Punct(char),
}

fn lex(name: &str, text: &str, problems: &mut Vec<ReadProblem>) -> Vec<(Tok, usize)> {
    let b: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let mut binary_noted = false;
    while i < b.len() {
        let c = b[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '\0' => {
                if !binary_noted {
                    note(problems, name, line, crate::t!("srv-read-binary"));
                    binary_noted = true;
                }
                i += 1;
            }
            c if c.is_whitespace() => i += 1,
            '#' => {
                while i < b.len() && b[i] != '\n' {
                    i += 1;
                }
            }
            '/' if b.get(i + 1) == Some(&'/') => {
                while i < b.len() && b[i] != '\n' {
                    i += 1;
                }
            }
            '/' if b.get(i + 1) == Some(&'*') => {
                let start = line;
                i += 2;
                let mut closed = false;
                while i < b.len() {
                    if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                        i += 2;
                        closed = true;
                        break;
                    }
                    if b[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                if !closed {
                    note(problems, name, start, crate::t!("srv-read-varnish-comment"));
                }
            }
            '{' if b.get(i + 1) == Some(&'"') => {
                // {"long string"}
                let start = line;
                i += 2;
                let mut s = String::new();
                let mut closed = false;
                while i < b.len() {
                    if b[i] == '"' && b.get(i + 1) == Some(&'}') {
                        i += 2;
                        closed = true;
                        break;
                    }
                    if b[i] == '\n' {
                        line += 1;
                    }
                    s.push(b[i]);
                    i += 1;
                }
                if !closed {
                    note(
                        problems,
                        name,
                        start,
                        crate::t!("srv-read-varnish-long-string"),
                    );
                }
                out.push((Tok::Str(s), start));
            }
            '"' => {
                i += 1;
                let mut s = String::new();
                let mut closed = false;
                while i < b.len() && b[i] != '\n' {
                    if b[i] == '"' {
                        closed = true;
                        i += 1;
                        break;
                    }
                    s.push(b[i]);
                    i += 1;
                }
                if !closed {
                    note(problems, name, line, crate::t!("srv-read-varnish-string"));
                }
                out.push((Tok::Str(s), line));
            }
            '{' | '}' | ';' | '=' | '(' | ')' | ',' => {
                out.push((Tok::Punct(c), line));
                i += 1;
            }
            _ => {
                let mut w = String::new();
                while i < b.len()
                    && !b[i].is_whitespace()
                    && !matches!(b[i], '{' | '}' | ';' | '=' | '"' | '(' | ')' | ',' | '\0')
                {
                    w.push(b[i]);
                    i += 1;
                }
                out.push((Tok::Word(w), line));
            }
        }
    }
    out
}

/// Read one VCL file.
pub fn parse(name: &str, text: &str) -> VarnishFile {
    let mut problems = Vec::new();
    let toks = lex(name, text, &mut problems);
    let mut backends = Vec::new();
    let mut includes = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < toks.len() {
        let (tok, line) = &toks[i];
        match tok {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                if depth == 0 {
                    note(
                        &mut problems,
                        name,
                        *line,
                        crate::t!("srv-read-close-without-block"),
                    );
                } else {
                    depth -= 1;
                }
            }
            Tok::Word(w) if w == "include" => {
                if let Some((Tok::Str(s), _)) = toks.get(i + 1) {
                    includes.push((s.clone(), *line));
                }
            }
            Tok::Word(w) if w == "backend" && depth == 0 => {
                if let (Some((Tok::Word(bname), _)), Some((Tok::Punct('{'), _))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    let mut backend = Backend {
                        name: bname.clone(),
                        line: *line,
                        fields: Vec::new(),
                    };
                    // Fields until the matching brace; `.probe = { ... }` nests.
                    let mut j = i + 3;
                    let mut inner = 1usize;
                    while j < toks.len() && inner > 0 {
                        match &toks[j].0 {
                            Tok::Punct('{') => inner += 1,
                            Tok::Punct('}') => inner -= 1,
                            Tok::Word(key) if inner == 1 && key.starts_with('.') => {
                                if let (Some((Tok::Punct('='), _)), Some((value, vline))) =
                                    (toks.get(j + 1), toks.get(j + 2))
                                {
                                    let v = match value {
                                        Tok::Word(v) | Tok::Str(v) => v.clone(),
                                        Tok::Punct(p) => p.to_string(),
                                    };
                                    backend.fields.push((key[1..].to_string(), v, *vline));
                                }
                            }
                            _ => {}
                        }
                        j += 1;
                    }
                    if inner > 0 {
                        note(
                            &mut problems,
                            name,
                            *line,
                            crate::t!("srv-read-varnish-backend-not-closed"),
                        );
                    }
                    backends.push(backend);
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if depth > 0 {
        let last = toks.last().map(|t| t.1).unwrap_or(1);
        note(
            &mut problems,
            name,
            last,
            crate::t!("srv-read-varnish-blocks-open", count = depth),
        );
    }
    problems.sort_by_key(|p| p.line);
    VarnishFile {
        name: name.to_string(),
        backends,
        includes,
        problems,
    }
}

/// A VCL duration in seconds: a number with `ms`, `s`, `m`, `h`, `d`, `w` or `y`.
pub fn duration_secs(text: &str) -> Option<f64> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(text.len());
    let number: f64 = text[..digits].parse().ok()?;
    let factor = match &text[digits..] {
        "ms" => 0.001,
        "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        "d" => 86_400.0,
        "w" => 604_800.0,
        "y" => 31_536_000.0,
        _ => return None,
    };
    Some(number * factor)
}

/// Every backend of every file, in order.
pub fn upstreams(files: &[VarnishFile]) -> Vec<Upstream> {
    let mut out = Vec::new();
    for f in files {
        for b in &f.backends {
            let address = match (b.get("path"), b.get("host")) {
                (Some((path, _)), _) if path.starts_with('/') => Address::Unix {
                    path: path.to_string(),
                },
                (_, Some((host, _))) => {
                    let port = match b.get("port").map(|p| p.0) {
                        None | Some("http") => Some(80),
                        Some("https") => Some(443),
                        Some(p) => p.parse::<u16>().ok().filter(|p| *p != 0),
                    };
                    match port {
                        Some(port) if super::plausible_host(host) => Address::Tcp {
                            host: host.to_string(),
                            port,
                        },
                        _ => Address::Invalid {
                            text: crate::text::shorten(
                                &format!("{host}:{}", b.get("port").map(|p| p.0).unwrap_or("")),
                                80,
                            ),
                        },
                    }
                }
                _ => Address::Invalid {
                    text: crate::t!("srv-varnish-backend-no-host", name = b.name.as_str()),
                },
            };
            let read_timeout = match b.get("first_byte_timeout") {
                Some((v, line)) => duration_secs(v).map(|seconds| Setting {
                    name: "first_byte_timeout".into(),
                    seconds,
                    at: Some((f.name.clone(), line)),
                }),
                None => Some(Setting {
                    name: "first_byte_timeout".into(),
                    seconds: DEFAULT_FIRST_BYTE_TIMEOUT_SECS,
                    at: None,
                }),
            };
            out.push(Upstream {
                software: Software::Varnish,
                kind: UpstreamKind::Http,
                directive: "backend".into(),
                file: f.name.clone(),
                line: b.line,
                group: Some((b.name.clone(), f.name.clone(), b.line)),
                address,
                listen: Vec::new(),
                server_names: Vec::new(),
                location: None,
                read_timeout,
                header_buffer: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const VCL: &str = r#"vcl 4.1;
# Debian's default.vcl with a second backend
import std;
include "acl.vcl";

backend default {
    .host = "127.0.0.1";
    .port = "8080";
    .first_byte_timeout = 2m;
    .probe = {
        .url = "/health";
        .timeout = 1s;
    }
}

backend app {
    .path = "/run/app.sock";
}

/* a comment with backend fake { .host = "x"; } inside */
sub vcl_recv {
    if (req.url ~ "^/app") {
        set req.backend_hint = app;
    }
    return (hash);
}

backend named { .host = "api.internal"; .port = "https"; }
"#;

    #[test]
    fn backends_give_their_address_timeout_and_line() {
        let f = parse("/etc/varnish/default.vcl", VCL);
        assert!(f.problems.is_empty(), "{:?}", f.problems);
        assert_eq!(f.includes, [("acl.vcl".to_string(), 4)]);
        let ups = upstreams(std::slice::from_ref(&f));
        let line = |needle: &str| VCL.lines().position(|l| l.contains(needle)).unwrap() + 1;
        assert_eq!(ups.len(), 3, "{ups:#?}");
        assert_eq!(
            ups[0].address,
            Address::Tcp {
                host: "127.0.0.1".into(),
                port: 8080
            }
        );
        assert_eq!(ups[0].line, line("backend default"));
        assert_eq!(
            ups[0].group,
            Some((
                "default".into(),
                "/etc/varnish/default.vcl".into(),
                line("backend default")
            ))
        );
        let t = ups[0].read_timeout.as_ref().unwrap();
        assert_eq!(
            (t.seconds, t.at.as_ref().unwrap().1),
            (120.0, line("first_byte_timeout"))
        );
        assert_eq!(
            ups[1].address,
            Address::Unix {
                path: "/run/app.sock".into()
            }
        );
        assert_eq!(ups[1].read_timeout.as_ref().unwrap().at, None);
        assert_eq!(ups[1].read_timeout.as_ref().unwrap().seconds, 60.0);
        assert_eq!(
            ups[2].address,
            Address::Tcp {
                host: "api.internal".into(),
                port: 443
            }
        );
    }

    #[test]
    fn vcl_durations_read_every_unit() {
        assert_eq!(duration_secs("60s"), Some(60.0));
        assert_eq!(duration_secs("1.5s"), Some(1.5));
        assert_eq!(duration_secs("2m"), Some(120.0));
        assert_eq!(duration_secs("500ms"), Some(0.5));
        assert_eq!(duration_secs("1w"), Some(604_800.0));
        assert_eq!(duration_secs("60"), None);
    }

    #[test]
    fn bad_input_is_named_and_the_rest_is_read() {
        let text = "}\nbackend a { .host = \"127.0.0.1\"; .port = \"1\"; }\n.x = \"unclosed\n\u{0}\nbackend b { .host = \"127.0.0.1\"; .port = \"99999\"; }\nbackend c { .port = \"1\"; }\n/* open";
        let f = parse("/bad.vcl", text);
        let what: Vec<(usize, &str)> = f
            .problems
            .iter()
            .map(|p| (p.line, p.what.as_str()))
            .collect();
        assert_eq!(
            what,
            [
                (1, "'}' without a block to close"),
                (3, "a string is not closed"),
                (4, "binary data"),
                (7, "a /* comment is not closed"),
            ]
        );
        let ups = upstreams(&[f]);
        assert_eq!(ups.len(), 3);
        assert_eq!(
            ups[0].address,
            Address::Tcp {
                host: "127.0.0.1".into(),
                port: 1
            }
        );
        assert!(
            ups.iter()
                .skip(1)
                .all(|u| matches!(u.address, Address::Invalid { .. })),
            "{ups:#?}"
        );
        let deep =
            "sub x {".repeat(100_000) + &"}".repeat(100_000) + "\nbackend z { .host = \"h\"; }\n";
        assert_eq!(upstreams(&[parse("/deep.vcl", &deep)]).len(), 1);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_is_read_and_problems_name_real_lines(text in any::<String>()) {
                let f = parse("p.vcl", &text);
                prop_assert!(crate::serverconf::on_real_lines(&f.problems, &text), "{:?}", f.problems);
                for u in upstreams(&[f]) {
                    prop_assert!(u.line >= 1 && u.line <= text.split('\n').count());
                }
            }
        }
    }
}
