//! nginx's configuration: the directive tree of one file (with the line of every directive), and
//! every upstream the `*_pass` directives of a whole configuration name — the address, the unix
//! socket, or each `server` of an `upstream` block — with the site it serves (`listen`,
//! `server_name`) and the read timeout that applies to it, each with file and line.
//!
//! The tokenizer follows nginx's own rules: words separated by white space, `;` ends a directive,
//! `{ }` a block, `#` starts a comment, quotes with backslash escapes, `${var}` inside a word.
//! Any input is read to its end: binary junk, an unbalanced brace or an unterminated quote is a
//! [`ReadProblem`] and the rest is still read.

use super::{
    Address, BufferSize, ReadProblem, Setting, Software, Upstream, UpstreamKind, is_secret, note,
};
use serde::Serialize;

/// One directive: `name args...;` or `name args... { children }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Directive {
    pub name: String,
    pub args: Vec<String>,
    /// 1-based line of the directive's name.
    pub line: usize,
    /// The block's directives (`None` for a simple directive).
    pub block: Option<Vec<Directive>>,
}

impl Directive {
    /// The arguments as they may be shown: a secret's values are replaced (see
    /// [`super::is_secret`]), e.g. `fastcgi_param DB_PASSWORD (hidden)`.
    pub fn shown_args(&self) -> Vec<String> {
        let first = self.args.first().map(String::as_str);
        if is_secret(&self.name, None) {
            // `auth_basic_user_file`, `ssl_certificate_key`: nothing of the value is shown.
            return vec!["(hidden)".into()];
        }
        if is_secret(&self.name, first) {
            // `fastcgi_param DB_PASSWORD ...`: the parameter's name, not its value.
            return first
                .map(str::to_string)
                .into_iter()
                .chain(std::iter::once("(hidden)".to_string()))
                .collect();
        }
        self.args.clone()
    }

    fn children(&self) -> &[Directive] {
        self.block.as_deref().unwrap_or_default()
    }
}

/// One file, read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NginxFile {
    pub name: String,
    pub directives: Vec<Directive>,
    pub problems: Vec<ReadProblem>,
}

impl NginxFile {
    /// Every `include` pattern in the file (relative ones are relative to nginx's prefix or the
    /// main file's folder: the engine resolves them), with its line.
    pub fn includes(&self) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        walk(&self.directives, &mut |d| {
            if d.name == "include"
                && let Some(pattern) = d.args.first()
            {
                out.push((pattern.clone(), d.line));
            }
        });
        out
    }
}

fn walk(directives: &[Directive], f: &mut impl FnMut(&Directive)) {
    for d in directives {
        f(d);
        walk(d.children(), f);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Semicolon,
    Open,
    Close,
}

/// Split `text` into tokens with their lines; problems for what cannot be read.
fn tokens(name: &str, text: &str, problems: &mut Vec<ReadProblem>) -> Vec<(Token, usize)> {
    let mut out = Vec::new();
    let mut line = 1usize;
    let mut chars = text.chars().peekable();
    let mut word = String::new();
    let mut word_line = 1usize;
    let mut binary_line = 0usize;
    let problem = |problems: &mut Vec<ReadProblem>, line: usize, what: &str| {
        // One problem per line is enough to say what is wrong there.
        if problems.last().is_none_or(|p| p.line != line) {
            note(problems, name, line, what);
        }
    };
    let flush = |word: &mut String, out: &mut Vec<(Token, usize)>, at: usize| {
        if !word.is_empty() {
            out.push((Token::Word(std::mem::take(word)), at));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                flush(&mut word, &mut out, word_line);
                line += 1;
            }
            c if c.is_whitespace() => flush(&mut word, &mut out, word_line),
            '#' if word.is_empty() => {
                while chars.peek().is_some_and(|c| *c != '\n') {
                    chars.next();
                }
            }
            ';' => {
                flush(&mut word, &mut out, word_line);
                out.push((Token::Semicolon, line));
            }
            '{' if !word.ends_with('$') => {
                flush(&mut word, &mut out, word_line);
                out.push((Token::Open, line));
            }
            '}' => {
                flush(&mut word, &mut out, word_line);
                out.push((Token::Close, line));
            }
            '"' | '\'' => {
                if word.is_empty() {
                    word_line = line;
                }
                let quote = c;
                let start = line;
                let mut closed = false;
                while let Some(q) = chars.next() {
                    match q {
                        '\\' => {
                            if let Some(escaped) = chars.next() {
                                if escaped == '\n' {
                                    line += 1;
                                }
                                word.push(escaped);
                            }
                        }
                        q if q == quote => {
                            closed = true;
                            break;
                        }
                        '\n' => {
                            line += 1;
                            word.push('\n');
                        }
                        q => word.push(q),
                    }
                }
                if !closed {
                    problem(problems, start, &crate::t!("srv-read-nginx-quote"));
                }
                // An empty quoted word ("") is still a word.
                out.push((Token::Word(std::mem::take(&mut word)), word_line));
            }
            '$' if chars.peek() == Some(&'{') => {
                if word.is_empty() {
                    word_line = line;
                }
                word.push('$');
                for v in chars.by_ref() {
                    word.push(v);
                    if v == '}' || v == '\n' {
                        break;
                    }
                }
            }
            c if c.is_control() || c == '\u{FFFD}' => {
                if binary_line != line {
                    binary_line = line;
                    problem(problems, line, &crate::t!("srv-read-binary-text"));
                }
            }
            c => {
                if word.is_empty() {
                    word_line = line;
                }
                word.push(c);
            }
        }
    }
    flush(&mut word, &mut out, word_line);
    out
}

/// Blocks nest at most this deep in one file (real configurations nest about five deep); a
/// deeper block is a problem and is skipped, so no input can exhaust the stack.
pub const MAX_DEPTH: usize = 32;

/// Read one file's text. Never fails: see [`NginxFile::problems`].
pub fn parse(name: &str, text: &str) -> NginxFile {
    let mut problems = Vec::new();
    let tokens = tokens(name, text, &mut problems);
    let mut stack: Vec<(Directive, Vec<Directive>)> = Vec::new();
    let mut top: Vec<Directive> = Vec::new();
    let mut words: Vec<(String, usize)> = Vec::new();
    let problem = |problems: &mut Vec<ReadProblem>, line: usize, what: String| {
        note(problems, name, line, what);
    };
    let take = |words: &mut Vec<(String, usize)>| -> Option<(String, Vec<String>, usize)> {
        let mut it = std::mem::take(words).into_iter();
        let (name, line) = it.next()?;
        Some((name, it.map(|(w, _)| w).collect(), line))
    };
    // Blocks deeper than MAX_DEPTH are skipped whole (how many of their braces are open).
    let mut skipped = 0usize;
    for (token, line) in tokens {
        if skipped > 0 || (matches!(token, Token::Open) && stack.len() >= MAX_DEPTH) {
            match token {
                Token::Open => {
                    if skipped == 0 {
                        problem(
                            &mut problems,
                            line,
                            crate::t!("srv-read-nginx-too-deep", max = MAX_DEPTH.to_string()),
                        );
                    }
                    skipped += 1;
                }
                Token::Close => skipped -= 1,
                _ => {}
            }
            words.clear();
            continue;
        }
        match token {
            Token::Word(w) => words.push((w, line)),
            Token::Semicolon => match take(&mut words) {
                Some((name, args, line)) => {
                    let d = Directive {
                        name,
                        args,
                        line,
                        block: None,
                    };
                    match stack.last_mut() {
                        Some((_, children)) => children.push(d),
                        None => top.push(d),
                    }
                }
                None => problem(
                    &mut problems,
                    line,
                    crate::t!("srv-read-nginx-stray-semicolon"),
                ),
            },
            Token::Open => match take(&mut words) {
                Some((name, args, line)) => stack.push((
                    Directive {
                        name,
                        args,
                        line,
                        block: None,
                    },
                    Vec::new(),
                )),
                None => {
                    problem(&mut problems, line, crate::t!("srv-read-nginx-stray-open"));
                    stack.push((
                        Directive {
                            name: String::new(),
                            args: Vec::new(),
                            line,
                            block: None,
                        },
                        Vec::new(),
                    ));
                }
            },
            Token::Close => {
                if let Some((name, _, at)) = take(&mut words) {
                    problem(
                        &mut problems,
                        at,
                        crate::t!("srv-read-nginx-no-semicolon", name = shown_word(&name)),
                    );
                }
                match stack.pop() {
                    Some((mut d, children)) => {
                        d.block = Some(children);
                        match stack.last_mut() {
                            Some((_, parent)) => parent.push(d),
                            None => top.push(d),
                        }
                    }
                    None => problem(&mut problems, line, crate::t!("srv-read-nginx-stray-close")),
                }
            }
        }
    }
    if let Some((name, _, at)) = take(&mut words) {
        problem(
            &mut problems,
            at,
            crate::t!("srv-read-nginx-no-semicolon", name = shown_word(&name)),
        );
    }
    while let Some((mut d, children)) = stack.pop() {
        problem(
            &mut problems,
            d.line,
            crate::t!("srv-read-nginx-not-closed", name = shown_word(&d.name)),
        );
        d.block = Some(children);
        match stack.last_mut() {
            Some((_, parent)) => parent.push(d),
            None => top.push(d),
        }
    }
    NginxFile {
        name: name.to_string(),
        directives: top,
        problems,
    }
}

/// A word quoted in a problem: short, and never a secret's value.
fn shown_word(word: &str) -> String {
    if is_secret(word, None) {
        return "(hidden)".into();
    }
    crate::text::shown(word, 60)
}

/// The directive that passes requests to an upstream of this kind, and the one that sets its
/// read timeout (`None` for kinds nginx has no `*_pass` for).
fn directives(kind: UpstreamKind) -> Option<(&'static str, &'static str)> {
    match kind {
        UpstreamKind::Http => Some(("proxy_pass", "proxy_read_timeout")),
        UpstreamKind::Fastcgi => Some(("fastcgi_pass", "fastcgi_read_timeout")),
        UpstreamKind::Uwsgi => Some(("uwsgi_pass", "uwsgi_read_timeout")),
        UpstreamKind::Scgi => Some(("scgi_pass", "scgi_read_timeout")),
        UpstreamKind::Grpc => Some(("grpc_pass", "grpc_read_timeout")),
        UpstreamKind::Tcp => None,
    }
}

fn kind_of_directive(name: &str) -> Option<UpstreamKind> {
    [
        UpstreamKind::Http,
        UpstreamKind::Fastcgi,
        UpstreamKind::Uwsgi,
        UpstreamKind::Scgi,
        UpstreamKind::Grpc,
    ]
    .into_iter()
    .find(|k| directives(*k).is_some_and(|d| d.0 == name))
}

/// nginx's default `*_read_timeout`.
pub const DEFAULT_READ_TIMEOUT_SECS: f64 = 60.0;

/// Every upstream named in a whole configuration: `files` are the main file and every file its
/// includes brought in, each already parsed. An include is read where it stands, so the
/// directives of an included file count as part of the block that includes it.
pub fn upstreams(main: &NginxFile, files: &[NginxFile]) -> Vec<Upstream> {
    let mut groups: Vec<Group> = Vec::new();
    let expanded = expand(main, files);
    collect_groups(&expanded, &mut groups);
    let mut out = Vec::new();
    let scope = Scope::default();
    visit(&expanded, &scope, &groups, &mut out);
    out
}

/// A directive with the file it came from, includes replaced by what they include.
#[derive(Debug, Clone)]
struct Placed {
    d: Directive,
    file: String,
    children: Vec<Placed>,
}

/// Includes nest at most this deep.
const MAX_INCLUDE_DEPTH: usize = 16;
/// At most this many directives are laid out across all includes (a file that includes many
/// files that include each other cannot blow up the work).
const MAX_PLACED: usize = 100_000;
/// At most this many files are brought in by includes in all: files made only of includes that
/// include each other lay out no directive, yet their paths grow like a factorial.
pub const MAX_INCLUDED: usize = 10_000;

/// The walk through the includes: the files on the current include chain (a file never includes
/// itself again, so a loop ends at once) and how many directives are laid out so far.
struct Layout<'a> {
    files: &'a [NginxFile],
    chain: Vec<&'a str>,
    placed: usize,
    included: usize,
}

fn expand(file: &NginxFile, files: &[NginxFile]) -> Vec<Placed> {
    let mut layout = Layout {
        files,
        chain: vec![file.name.as_str()],
        placed: 0,
        included: 0,
    };
    place(&file.directives, &file.name, &mut layout)
}

fn place(directives: &[Directive], file: &str, layout: &mut Layout<'_>) -> Vec<Placed> {
    let mut out = Vec::new();
    for d in directives {
        if layout.placed >= MAX_PLACED {
            break;
        }
        if d.name == "include" {
            if layout.chain.len() > MAX_INCLUDE_DEPTH {
                continue;
            }
            let pattern = d.args.first().map(String::as_str).unwrap_or_default();
            let files = layout.files;
            for included in files.iter().filter(|f| include_matches(pattern, &f.name)) {
                if layout.chain.contains(&included.name.as_str()) {
                    continue;
                }
                if layout.included >= MAX_INCLUDED {
                    break;
                }
                layout.included += 1;
                layout.chain.push(&included.name);
                out.extend(place(&included.directives, &included.name, layout));
                layout.chain.pop();
            }
            continue;
        }
        layout.placed += 1;
        out.push(Placed {
            d: Directive {
                name: d.name.clone(),
                args: d.args.clone(),
                line: d.line,
                block: None,
            },
            file: file.to_string(),
            children: place(d.children(), file, layout),
        });
    }
    out
}

/// Whether a file name matches an include pattern: the pattern's `*` matches any run of
/// characters, and a relative pattern matches the end of the name (the engine names files by
/// their full path).
pub fn include_matches(pattern: &str, name: &str) -> bool {
    // Wildcard match with one backtrack point (linear-ish, never exponential).
    fn glob(p: &[u8], n: &[u8]) -> bool {
        let (mut pi, mut ni) = (0, 0);
        let mut star: Option<(usize, usize)> = None;
        while ni < n.len() {
            if pi < p.len() && p[pi] == b'*' {
                star = Some((pi, ni));
                pi += 1;
            } else if pi < p.len() && p[pi] == n[ni] {
                pi += 1;
                ni += 1;
            } else if let Some((sp, sn)) = star {
                pi = sp + 1;
                ni = sn + 1;
                star = Some((sp, sn + 1));
            } else {
                return false;
            }
        }
        p[pi..].iter().all(|c| *c == b'*')
    }
    if pattern.is_empty() || pattern.len() > 4096 || name.len() > 4096 {
        return false;
    }
    if pattern.starts_with('/') {
        return glob(pattern.as_bytes(), name.as_bytes());
    }
    let tail = format!("/{pattern}");
    // The relative pattern against every suffix of the name that starts after a '/'.
    name.char_indices()
        .filter(|(_, c)| *c == '/')
        .any(|(i, _)| glob(tail.as_bytes(), &name.as_bytes()[i..]))
        || glob(pattern.as_bytes(), name.as_bytes())
}

/// An `upstream` block: its name and each `server` entry with file and line.
struct Group {
    name: String,
    servers: Vec<GroupServer>,
}

struct GroupServer {
    file: String,
    line: usize,
    address: String,
}

fn collect_groups(placed: &[Placed], groups: &mut Vec<Group>) {
    for p in placed {
        if p.d.name == "upstream"
            && let Some(name) = p.d.args.first()
        {
            let servers = p
                .children
                .iter()
                .filter(|c| c.d.name == "server")
                .filter_map(|c| {
                    c.d.args.first().map(|a| GroupServer {
                        file: c.file.clone(),
                        line: c.d.line,
                        address: a.clone(),
                    })
                })
                .collect();
            groups.push(Group {
                name: name.clone(),
                servers,
            });
        }
        collect_groups(&p.children, groups);
    }
}

/// What applies at a point of the tree: the site and the timeouts set above it.
#[derive(Debug, Clone, Default)]
struct Scope {
    listen: Vec<String>,
    server_names: Vec<String>,
    location: Option<String>,
    /// `(directive, seconds, file, line)` of the read timeouts set on the way down.
    timeouts: Vec<(String, f64, String, usize)>,
    /// `(directive, bytes, file, line)` of the `*_buffer_size` set on the way down.
    buffers: Vec<(String, u64, String, usize)>,
}

/// nginx's default `*_buffer_size`: one memory page, 4k on x86-64 and most ARM.
pub const DEFAULT_BUFFER_SIZE: u64 = 4096;

/// The `*_buffer_size` directive for an upstream kind.
fn buffer_directive(kind: UpstreamKind) -> Option<&'static str> {
    match kind {
        UpstreamKind::Http => Some("proxy_buffer_size"),
        UpstreamKind::Fastcgi => Some("fastcgi_buffer_size"),
        UpstreamKind::Uwsgi => Some("uwsgi_buffer_size"),
        UpstreamKind::Scgi => Some("scgi_buffer_size"),
        UpstreamKind::Grpc => Some("grpc_buffer_size"),
        UpstreamKind::Tcp => None,
    }
}

/// An nginx size in bytes: `4096`, `16k`, `1m`, `1g`.
pub fn size_bytes(text: &str) -> Option<u64> {
    let text = text.trim().to_ascii_lowercase();
    let (number, factor) = match text.chars().last()? {
        'k' => (&text[..text.len() - 1], 1024),
        'm' => (&text[..text.len() - 1], 1024 * 1024),
        'g' => (&text[..text.len() - 1], 1024 * 1024 * 1024),
        _ => (text.as_str(), 1),
    };
    number.parse::<u64>().ok()?.checked_mul(factor)
}

fn visit(placed: &[Placed], outer: &Scope, groups: &[Group], out: &mut Vec<Upstream>) {
    // Settings of this level apply to every directive in it, wherever they stand.
    let mut scope = outer.clone();
    for p in placed {
        match p.d.name.as_str() {
            "listen" => scope.listen.extend(p.d.args.first().cloned()),
            "server_name" => scope.server_names.extend(p.d.args.iter().cloned()),
            name if name.ends_with("_buffer_size") && !name.contains("busy") => {
                if let Some(bytes) = p.d.args.first().and_then(|a| size_bytes(a)) {
                    scope.buffers.retain(|(n, ..)| n != name);
                    scope
                        .buffers
                        .push((name.to_string(), bytes, p.file.clone(), p.d.line));
                }
            }
            name if name.ends_with("_read_timeout") => {
                if let Some(secs) = p.d.args.first().and_then(|a| duration_secs(a)) {
                    scope.timeouts.retain(|(n, ..)| n != name);
                    scope
                        .timeouts
                        .push((name.to_string(), secs, p.file.clone(), p.d.line));
                }
            }
            _ => {}
        }
    }
    for p in placed {
        if let Some(kind) = kind_of_directive(&p.d.name) {
            let target = p.d.args.first().cloned().unwrap_or_default();
            let read_timeout = scope
                .timeouts
                .iter()
                .find(|(n, ..)| directives(kind).is_some_and(|d| d.1 == n))
                .map(|(name, secs, file, line)| Setting {
                    name: name.clone(),
                    seconds: *secs,
                    at: Some((file.clone(), *line)),
                })
                .unwrap_or_else(|| Setting {
                    name: directives(kind)
                        .map(|d| d.1)
                        .unwrap_or_default()
                        .to_string(),
                    seconds: DEFAULT_READ_TIMEOUT_SECS,
                    at: None,
                });
            let header_buffer = buffer_directive(kind).map(|wanted| {
                scope
                    .buffers
                    .iter()
                    .find(|(n, ..)| n == wanted)
                    .map(|(name, bytes, file, line)| BufferSize {
                        name: name.clone(),
                        bytes: *bytes,
                        at: Some((file.clone(), *line)),
                    })
                    .unwrap_or_else(|| BufferSize {
                        name: wanted.to_string(),
                        bytes: DEFAULT_BUFFER_SIZE,
                        at: None,
                    })
            });
            let base = Upstream {
                software: Software::Nginx,
                kind,
                directive: p.d.name.clone(),
                file: p.file.clone(),
                line: p.d.line,
                group: None,
                address: Address::Invalid {
                    text: target.clone(),
                },
                listen: scope.listen.clone(),
                server_names: scope.server_names.clone(),
                location: scope.location.clone(),
                read_timeout: Some(read_timeout),
                header_buffer,
            };
            let (scheme_default, rest) = strip_scheme(kind, &target);
            let group_name = rest.split(['/', ':']).next().unwrap_or_default();
            match groups.iter().find(|g| g.name == group_name) {
                Some(group) if !target.contains('$') => {
                    for server in &group.servers {
                        out.push(Upstream {
                            group: Some((group.name.clone(), server.file.clone(), server.line)),
                            address: address(&server.address, scheme_default),
                            ..base.clone()
                        });
                    }
                }
                _ => out.push(Upstream {
                    address: address(rest, scheme_default),
                    ..base
                }),
            }
        }
        if p.d.name == "upstream" {
            continue;
        }
        if !p.children.is_empty() || matches!(p.d.name.as_str(), "server" | "location") {
            let mut inner = scope.clone();
            match p.d.name.as_str() {
                // A new server block starts a new site.
                "server" => {
                    inner.listen.clear();
                    inner.server_names.clear();
                    inner.location = None;
                }
                "location" => inner.location = Some(p.d.args.join(" ")),
                _ => {}
            }
            visit(&p.children, &inner, groups, out);
        }
    }
}

/// The part of a `*_pass` value after its scheme, and the port that scheme implies.
fn strip_scheme(kind: UpstreamKind, target: &str) -> (u16, &str) {
    for (prefix, port) in [
        ("https://", 443),
        ("http://", 80),
        ("grpcs://", 443),
        ("grpc://", 80),
    ] {
        if let Some(rest) = target.strip_prefix(prefix) {
            return (port, rest);
        }
    }
    let _ = kind;
    (80, target)
}

/// An address as nginx reads it: `unix:/path[:/uri]`, `host:port[/uri]`, `[v6]:port`, `host`.
fn address(text: &str, default_port: u16) -> Address {
    if text.contains('$') {
        return Address::Variable {
            text: text.to_string(),
        };
    }
    if let Some(path) = text.strip_prefix("unix:") {
        // `unix:/run/app.sock:/uri` in proxy_pass: the path ends at the ':' before the URI.
        let path = path.split(':').next().unwrap_or_default();
        return if path.starts_with('/') {
            Address::Unix {
                path: path.to_string(),
            }
        } else {
            Address::Invalid {
                text: text.to_string(),
            }
        };
    }
    let authority = text.split('/').next().unwrap_or_default();
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        match rest.split_once(']') {
            Some((host, tail)) => (host, tail.strip_prefix(':')),
            None => ("", None),
        }
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port = match port {
        None => Some(default_port),
        Some(p) => p.parse::<u16>().ok().filter(|p| *p != 0),
    };
    match port {
        Some(port) if !host.is_empty() && !host.contains(char::is_whitespace) => Address::Tcp {
            host: host.to_string(),
            port,
        },
        _ => Address::Invalid {
            text: text.to_string(),
        },
    }
}

/// An nginx time value in seconds: `60`, `60s`, `2m`, `1h`, `500ms`, `1m30s`.
pub fn duration_secs(text: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut number = String::new();
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match (c, chars.peek()) {
            ('m', Some('s')) => {
                chars.next();
                0.001
            }
            ('m', _) => 60.0,
            ('s', _) => 1.0,
            ('h', _) => 3600.0,
            ('d', _) => 86400.0,
            ('w', _) => 604800.0,
            ('M', _) => 2_592_000.0,
            ('y', _) => 31_536_000.0,
            _ => return None,
        };
        let n: f64 = number.parse().ok()?;
        total += n * unit;
        number.clear();
        any = true;
    }
    if !number.is_empty() {
        total += number.parse::<f64>().ok()?;
        any = true;
    }
    any.then_some(total)
}

#[cfg(test)]
#[path = "nginx_tests.rs"]
mod tests;
