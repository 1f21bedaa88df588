//! Caddy's configuration in Caddyfile form: site blocks with their addresses, snippets and
//! `import`, and every upstream `reverse_proxy` and `php_fastcgi` name (HTTP, FastCGI, unix
//! sockets), with the site, the `handle`/matcher path, and how long Caddy waits for the answer
//! (`response_header_timeout` or `read_timeout` of the transport; without one it waits without
//! limit). Caddy's JSON configuration is not read.
//!
//! Pure and total: any text is read to its end; what cannot be read (an unclosed quote or block,
//! a stray `}`, binary data, blocks nested deeper than [`MAX_DEPTH`]) is a [`ReadProblem`] and
//! the rest is still read.

use super::{Address, ReadProblem, Setting, Software, Upstream, UpstreamKind, note};
use serde::Serialize;

/// Blocks nest at most this deep; deeper ones are skipped with a problem.
pub const MAX_DEPTH: usize = 32;

/// One line of tokens, with the block that follows it when it ends in `{`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    pub tokens: Vec<String>,
    pub line: usize,
    pub block: Option<Vec<Node>>,
}

impl Node {
    fn children(&self) -> &[Node] {
        self.block.as_deref().unwrap_or_default()
    }

    fn first(&self) -> &str {
        self.tokens.first().map(String::as_str).unwrap_or_default()
    }
}

/// One Caddyfile as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaddyFile {
    pub name: String,
    pub nodes: Vec<Node>,
    pub problems: Vec<ReadProblem>,
}

impl CaddyFile {
    /// `import` lines that name files (not snippets defined in `snippets`), with their lines.
    pub fn includes(&self, snippets: &[String]) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        fn walk(nodes: &[Node], snippets: &[String], out: &mut Vec<(String, usize)>) {
            for n in nodes {
                if n.first() == "import"
                    && let Some(target) = n.tokens.get(1)
                    && !snippets.contains(target)
                {
                    out.push((target.clone(), n.line));
                }
                walk(n.children(), snippets, out);
            }
        }
        walk(&self.nodes, snippets, &mut out);
        out
    }

    /// The names of the snippets this file defines (`(name) { ... }`).
    pub fn snippets(&self) -> Vec<String> {
        self.nodes
            .iter()
            .filter_map(|n| snippet_name(n).map(str::to_string))
            .collect()
    }
}

fn snippet_name(n: &Node) -> Option<&str> {
    let first = n.tokens.first()?;
    (n.tokens.len() == 1 && n.block.is_some())
        .then(|| first.strip_prefix('(')?.strip_suffix(')'))
        .flatten()
}

/// The tokens of one line: words, `"quoted"` and `` `backtick` `` tokens, `#` comments at the
/// start of a token.
fn tokens(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let Some(&c) = chars.peek() else { break };
        if c == '#' {
            break;
        }
        let mut token = String::new();
        if c == '"' || c == '`' {
            chars.next();
            let mut closed = false;
            while let Some(x) = chars.next() {
                if c == '"' && x == '\\' && chars.peek() == Some(&'"') {
                    token.push('"');
                    chars.next();
                } else if x == c {
                    closed = true;
                    break;
                } else {
                    token.push(x);
                }
            }
            if !closed {
                return Err(crate::t!("srv-read-quote-not-closed"));
            }
        } else {
            while let Some(&x) = chars.peek() {
                if x.is_whitespace() {
                    break;
                }
                token.push(x);
                chars.next();
            }
        }
        out.push(token);
    }
    Ok(out)
}

/// A block being read.
struct Open {
    head: Node,
    children: Vec<Node>,
}

/// Read one Caddyfile.
pub fn parse(name: &str, text: &str) -> CaddyFile {
    let mut problems = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut skipping = 0usize;
    for (number, logical) in super::logical_lines(text) {
        if logical.contains('\0') {
            note(&mut problems, name, number, crate::t!("srv-read-binary"));
            continue;
        }
        let mut toks = match tokens(&logical) {
            Ok(t) => t,
            Err(what) => {
                note(&mut problems, name, number, what);
                continue;
            }
        };
        if toks.is_empty() {
            continue;
        }
        // Closing braces (alone, or leading: `} else {` is not Caddyfile, but `}` then more is
        // read as a close and the rest as a new line).
        while toks.first().map(String::as_str) == Some("}") {
            toks.remove(0);
            if skipping > 0 {
                skipping -= 1;
                continue;
            }
            match open.pop() {
                Some(o) => {
                    let mut head = o.head;
                    head.block = Some(o.children);
                    push(&mut top, &mut open, head);
                }
                None => note(
                    &mut problems,
                    name,
                    number,
                    crate::t!("srv-read-close-without-block"),
                ),
            }
        }
        if toks.is_empty() {
            continue;
        }
        let opens = toks.last().map(String::as_str) == Some("{");
        if opens {
            toks.pop();
        }
        if skipping > 0 {
            if opens {
                skipping += 1;
            }
            continue;
        }
        let node = Node {
            tokens: toks,
            line: number,
            block: None,
        };
        if opens {
            if open.len() >= MAX_DEPTH {
                note(
                    &mut problems,
                    name,
                    number,
                    crate::t!("srv-read-blocks-too-deep", max = MAX_DEPTH.to_string()),
                );
                skipping = 1;
                continue;
            }
            open.push(Open {
                head: node,
                children: Vec::new(),
            });
        } else {
            push(&mut top, &mut open, node);
        }
    }
    while let Some(o) = open.pop() {
        note(
            &mut problems,
            name,
            o.head.line,
            crate::t!("srv-read-block-not-closed"),
        );
        let mut head = o.head;
        head.block = Some(o.children);
        push(&mut top, &mut open, head);
    }
    CaddyFile {
        name: name.to_string(),
        nodes: top,
        problems,
    }
}

fn push(top: &mut Vec<Node>, open: &mut [Open], n: Node) {
    match open.last_mut() {
        Some(o) => o.children.push(n),
        None => top.push(n),
    }
}

/// A Caddy duration in seconds: Go's syntax (`1m30s`, `500ms`, `2h`, `1.5s`) plus `d` for days.
pub fn duration_secs(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(n) = text.parse::<f64>() {
        // A bare number is nanoseconds in Go; Caddy reads it so too.
        return Some(n / 1e9);
    }
    let mut total = 0.0;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(rest.len());
        let number: f64 = rest[..digits].parse().ok()?;
        rest = &rest[digits..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let factor = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            "d" => 86_400.0,
            _ => return None,
        };
        total += number * factor;
        rest = &rest[unit_len..];
    }
    Some(total)
}

/// A node with the file it came from, snippets and imports replaced by what they bring in.
#[derive(Debug, Clone)]
struct Placed {
    tokens: Vec<String>,
    line: usize,
    file: String,
    children: Vec<Placed>,
}

const MAX_IMPORT_DEPTH: usize = 16;
const MAX_PLACED: usize = 100_000;
/// At most this many snippets and files are brought in by imports in all (imports that import
/// each other lay out nothing, yet their paths grow like a factorial).
const MAX_IMPORTED: usize = 10_000;

struct Layout<'a> {
    files: &'a [CaddyFile],
    snippets: Vec<(&'a str, &'a Node, &'a str)>,
    chain: Vec<String>,
    placed: usize,
    imported: usize,
}

fn place(nodes: &[Node], file: &str, layout: &mut Layout<'_>) -> Vec<Placed> {
    let mut out = Vec::new();
    for n in nodes {
        if layout.placed >= MAX_PLACED {
            break;
        }
        if snippet_name(n).is_some() {
            continue;
        }
        if n.first() == "import" {
            let target = n.tokens.get(1).map(String::as_str).unwrap_or_default();
            if layout.chain.len() > MAX_IMPORT_DEPTH
                || layout.chain.iter().any(|c| c == target)
                || layout.imported >= MAX_IMPORTED
            {
                continue;
            }
            if let Some((_, snippet, sfile)) = layout
                .snippets
                .iter()
                .find(|(s, _, _)| *s == target)
                .copied()
            {
                layout.imported += 1;
                layout.chain.push(target.to_string());
                out.extend(place(snippet.children(), sfile, layout));
                layout.chain.pop();
                continue;
            }
            let files = layout.files;
            for f in files
                .iter()
                .filter(|f| super::nginx::include_matches(target, &f.name))
            {
                if layout.chain.contains(&f.name) {
                    continue;
                }
                if layout.imported >= MAX_IMPORTED {
                    break;
                }
                layout.imported += 1;
                layout.chain.push(f.name.clone());
                out.extend(place(&f.nodes, &f.name, layout));
                layout.chain.pop();
            }
            continue;
        }
        layout.placed += 1;
        out.push(Placed {
            tokens: n.tokens.clone(),
            line: n.line,
            file: file.to_string(),
            children: place(n.children(), file, layout),
        });
    }
    out
}

/// Every upstream of the configuration: `files` are the main Caddyfile and every file its
/// imports brought in, each already parsed.
pub fn upstreams(main: &CaddyFile, files: &[CaddyFile]) -> Vec<Upstream> {
    let mut snippets = Vec::new();
    for f in std::iter::once(main).chain(files.iter()) {
        for n in &f.nodes {
            if let Some(s) = snippet_name(n) {
                snippets.push((s, n, f.name.as_str()));
            }
        }
    }
    let mut layout = Layout {
        files,
        snippets,
        chain: vec![main.name.clone()],
        placed: 0,
        imported: 0,
    };
    let placed = place(&main.nodes, &main.name, &mut layout);
    let mut out = Vec::new();
    // One site without braces: every line after its address line belongs to it.
    let braceless = placed
        .iter()
        .any(|p| p.children.is_empty() && is_site_address(p))
        && !placed
            .iter()
            .any(|p| !p.children.is_empty() && !p.tokens.is_empty());
    if braceless {
        let mut iter = placed.iter().skip_while(|p| p.tokens.is_empty());
        if let Some(site) = iter.next() {
            let (listen, names) = site_addresses(&site.tokens);
            let rest: Vec<Placed> = iter.cloned().collect();
            let scope = Scope {
                listen,
                names,
                location: None,
            };
            visit(&rest, &scope, &mut out);
        }
        return out;
    }
    for p in &placed {
        if p.tokens.is_empty() {
            continue; // the global options block
        }
        let (listen, names) = site_addresses(&p.tokens);
        let scope = Scope {
            listen,
            names,
            location: None,
        };
        visit(&p.children, &scope, &mut out);
    }
    out
}

fn is_site_address(p: &Placed) -> bool {
    p.tokens.first().is_some_and(|t| {
        t.starts_with(':')
            || t.contains('.')
            || t.starts_with("http")
            || t == "localhost"
            || t.starts_with("localhost:")
    })
}

/// A site block's addresses as ports (`:443`, `:8080`) and names.
fn site_addresses(tokens: &[String]) -> (Vec<String>, Vec<String>) {
    let mut listen = Vec::new();
    let mut names = Vec::new();
    for t in tokens
        .iter()
        .flat_map(|t| t.split(','))
        .filter(|t| !t.is_empty())
    {
        let (scheme, rest) = match t.split_once("://") {
            Some((s, r)) => (Some(s), r),
            None => (None, t),
        };
        let hostport = rest.split('/').next().unwrap_or_default();
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) if p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty() => {
                (h, Some(p.to_string()))
            }
            _ => (hostport, None),
        };
        let port =
            port.unwrap_or_else(|| if scheme == Some("http") { "80" } else { "443" }.to_string());
        let port = format!(":{port}");
        if !listen.contains(&port) {
            listen.push(port);
        }
        if !host.is_empty() && !names.iter().any(|n| n == host) {
            names.push(host.to_string());
        }
    }
    (listen, names)
}

#[derive(Debug, Clone)]
struct Scope {
    listen: Vec<String>,
    names: Vec<String>,
    location: Option<String>,
}

/// Directives whose block holds more handlers, with a matcher as their first argument.
const ROUTES: &[&str] = &["handle", "handle_path", "route", "handle_errors"];

fn visit(placed: &[Placed], scope: &Scope, out: &mut Vec<Upstream>) {
    for p in placed {
        let Some(first) = p.tokens.first() else {
            continue;
        };
        if ROUTES.contains(&first.as_str()) {
            let mut inner = scope.clone();
            if let Some(m) = p.tokens.get(1) {
                inner.location = Some(m.clone());
            }
            visit(&p.children, &inner, out);
            continue;
        }
        let kind = match first.as_str() {
            "reverse_proxy" => UpstreamKind::Http,
            "php_fastcgi" => UpstreamKind::Fastcgi,
            _ => continue,
        };
        let mut args: &[String] = &p.tokens[1..];
        let mut location = scope.location.clone();
        if let Some(m) = args.first()
            && (m.starts_with('/') || m.starts_with('@') || m == "*")
        {
            location = Some(m.clone());
            args = &args[1..];
        }
        let mut targets: Vec<(String, usize)> = args.iter().map(|a| (a.clone(), p.line)).collect();
        let mut kind = kind;
        let mut wait: Option<Setting> = None;
        for c in &p.children {
            match c.tokens.first().map(String::as_str) {
                Some("to") => targets.extend(c.tokens[1..].iter().map(|t| (t.clone(), c.line))),
                Some("transport") => {
                    if c.tokens.get(1).map(String::as_str) == Some("fastcgi") {
                        kind = UpstreamKind::Fastcgi;
                    }
                    for t in &c.children {
                        let name = t.tokens.first().map(String::as_str).unwrap_or_default();
                        let better = name == "response_header_timeout"
                            || (name == "read_timeout" && wait.is_none());
                        if better && let Some(secs) = t.tokens.get(1).and_then(|v| duration_secs(v))
                        {
                            wait = Some(Setting {
                                name: name.to_string(),
                                seconds: secs,
                                at: Some((t.file.clone(), t.line)),
                            });
                        }
                    }
                }
                _ => {}
            }
        }
        for (target, line) in targets {
            for address in addresses(&target) {
                out.push(Upstream {
                    software: Software::Caddy,
                    kind,
                    directive: first.clone(),
                    file: p.file.clone(),
                    line,
                    group: None,
                    address,
                    listen: scope.listen.clone(),
                    server_names: scope.names.clone(),
                    location: location.clone(),
                    read_timeout: wait.clone(),
                    header_buffer: None,
                });
            }
        }
    }
}

/// The addresses one upstream token names: `localhost:8080`, `:8080`, `http://h:p`,
/// `https://h`, `h2c://h:p`, `unix//run/app.sock`, `localhost:8001-8003` (a small range);
/// placeholders (`{$APP}`, `{http.request.host}`) cannot be checked.
fn addresses(token: &str) -> Vec<Address> {
    if token.contains('{') {
        return vec![Address::Variable {
            text: token.to_string(),
        }];
    }
    let (scheme, rest) = match token.split_once("://") {
        Some((s, r)) => (s.to_ascii_lowercase(), r),
        None => (String::new(), token),
    };
    if let Some(path) = rest.strip_prefix("unix/") {
        return vec![Address::Unix {
            path: path.to_string(),
        }];
    }
    let rest = rest.split('/').next().unwrap_or_default();
    let rest = rest.rsplit('@').next().unwrap_or_default();
    let (host, port) = if let Some(r) = rest.strip_prefix('[') {
        match r.split_once(']') {
            Some((h, tail)) => (h, tail.strip_prefix(':')),
            None => ("", None),
        }
    } else {
        match rest.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (rest, None),
        }
    };
    let host = if host.is_empty() { "localhost" } else { host };
    // Without a port, the scheme's: 443 for https, else 80 (as Caddy does, FastCGI too).
    let default = if scheme == "https" { 443 } else { 80 };
    let invalid = || {
        vec![Address::Invalid {
            text: crate::text::shorten(token, 80),
        }]
    };
    let ports: Vec<u16> = match port {
        None => vec![default],
        Some(p) => match p.split_once('-') {
            Some((a, b)) => match (a.parse::<u16>(), b.parse::<u16>()) {
                (Ok(a), Ok(b)) if a <= b && b - a < 16 => (a..=b).collect(),
                _ => return invalid(),
            },
            None => match p.parse::<u16>() {
                Ok(p) => vec![p],
                Err(_) => return invalid(),
            },
        },
    };
    if ports.contains(&0) || !super::plausible_host(host) {
        return invalid();
    }
    ports
        .into_iter()
        .map(|port| Address::Tcp {
            host: host.to_string(),
            port,
        })
        .collect()
}

#[cfg(test)]
#[path = "caddy_tests.rs"]
mod tests;
