//! Apache httpd's configuration (`apache2.conf`/`httpd.conf` and what it includes): the
//! directives with their sections (`<VirtualHost>`, `<Location>`, `<FilesMatch>`, `<Proxy>`),
//! and every upstream mod_proxy is told to use: `ProxyPass` and `ProxyPassMatch` (HTTP, FastCGI,
//! unix sockets, `balancer://` groups of `BalancerMember`s) and `SetHandler "proxy:..."` (how
//! PHP-FPM is usually wired), each with the site it serves and how long Apache waits for it
//! (`timeout=` on the line, else `ProxyTimeout`, else `Timeout`, 60 s by default).
//!
//! Pure and total: any text is read to its end; what cannot be read (an unclosed or stray
//! section, an unclosed quote, binary data, sections nested deeper than [`MAX_DEPTH`]) is a
//! [`ReadProblem`] and the rest is still read. `${VAR}` is replaced from `Define` lines and the
//! variables the caller gives (Debian's `/etc/apache2/envvars`).

use super::{Address, ReadProblem, Setting, Software, Upstream, UpstreamKind, is_secret, note};
use serde::Serialize;

/// Sections nest at most this deep; deeper ones are skipped with a problem.
pub const MAX_DEPTH: usize = 32;
/// How long Apache waits for an upstream when nothing says otherwise (`Timeout`'s default).
pub const DEFAULT_TIMEOUT_SECS: f64 = 60.0;

/// One directive or section, with its line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Directive {
    /// As written (`ProxyPass`, `VirtualHost`).
    pub name: String,
    pub args: Vec<String>,
    pub line: usize,
    /// The directives inside a section.
    pub block: Option<Vec<Directive>>,
}

impl Directive {
    /// Apache's directive names are not case-sensitive.
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }

    /// The arguments as they may be shown: a secret's values are replaced (see
    /// [`super::is_secret`]) and URLs lose their credentials, e.g.
    /// `RequestHeader set Authorization (hidden)`, `ProxyPass / http://10.0.0.1/`.
    pub fn shown_args(&self) -> Vec<String> {
        if is_secret(&self.name, None) {
            // `AuthUserFile`, `SSLCertificateKeyFile`: nothing of the value is shown.
            return vec!["(hidden)".into()];
        }
        // `RequestHeader set Authorization ...`, `SetEnv DB_PASSWORD ...`: the words up to the
        // secret's name, not what follows (a path or URL such as `/auth` names no secret).
        let names_secret =
            |a: &String| !a.starts_with(['/', '^']) && !a.contains("://") && is_secret("", Some(a));
        if let Some(i) = self.args.iter().position(names_secret)
            && i + 1 < self.args.len()
        {
            let mut shown = self.args[..=i].to_vec();
            shown.push("(hidden)".into());
            return shown;
        }
        self.args
            .iter()
            .map(|a| crate::target::redact_url(a))
            .collect()
    }

    fn children(&self) -> &[Directive] {
        self.block.as_deref().unwrap_or_default()
    }
}

/// One file as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApacheFile {
    pub name: String,
    pub directives: Vec<Directive>,
    pub problems: Vec<ReadProblem>,
}

impl ApacheFile {
    /// Every `Include`/`IncludeOptional` pattern (at any depth) with its line.
    pub fn includes(&self) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        walk(&self.directives, &mut |d| {
            if (d.is("Include") || d.is("IncludeOptional"))
                && let Some(p) = d.args.first()
            {
                out.push((p.clone(), d.line));
            }
        });
        out
    }

    /// `ServerRoot`, when the file sets it.
    pub fn server_root(&self) -> Option<String> {
        self.directives
            .iter()
            .rev()
            .find(|d| d.is("ServerRoot"))
            .and_then(|d| d.args.first().cloned())
    }
}

fn walk(directives: &[Directive], f: &mut dyn FnMut(&Directive)) {
    for d in directives {
        f(d);
        walk(d.children(), f);
    }
}

/// A section being read: the directive and what is inside so far.
struct Open {
    directive: Directive,
    children: Vec<Directive>,
}

/// Read one file.
pub fn parse(name: &str, text: &str) -> ApacheFile {
    let mut problems = Vec::new();
    let mut top: Vec<Directive> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    // Sections too deep to keep: how many are open inside the skipped one.
    let mut skipping = 0usize;
    for (number, logical) in super::logical_lines(text) {
        if logical.contains('\0') {
            note(&mut problems, name, number, crate::t!("srv-read-binary"));
            continue;
        }
        let trimmed = logical.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("</") {
            let closing = rest.trim_end_matches('>').trim();
            if skipping > 0 {
                skipping -= 1;
                continue;
            }
            match open.pop() {
                Some(o) if o.directive.name.eq_ignore_ascii_case(closing) => {
                    let mut d = o.directive;
                    d.block = Some(o.children);
                    push(&mut top, &mut open, d);
                }
                Some(o) => {
                    note(
                        &mut problems,
                        name,
                        number,
                        crate::t!(
                            "srv-read-apache-wrong-close",
                            closing = short(closing),
                            open = short(&o.directive.name),
                            line = o.directive.line.to_string()
                        ),
                    );
                    let mut d = o.directive;
                    d.block = Some(o.children);
                    push(&mut top, &mut open, d);
                }
                None => note(
                    &mut problems,
                    name,
                    number,
                    crate::t!("srv-read-apache-nothing-to-close", closing = short(closing)),
                ),
            }
            continue;
        }
        let section = trimmed.starts_with('<');
        let body = if section {
            let inner = &trimmed[1..];
            match inner.strip_suffix('>') {
                Some(b) => b,
                None => {
                    note(
                        &mut problems,
                        name,
                        number,
                        crate::t!("srv-read-apache-no-gt"),
                    );
                    inner
                }
            }
        } else {
            trimmed
        };
        if section && skipping > 0 {
            skipping += 1;
            continue;
        }
        if skipping > 0 {
            continue;
        }
        let words = match words(body) {
            Ok(w) => w,
            Err(what) => {
                note(&mut problems, name, number, what);
                continue;
            }
        };
        let Some((first, args)) = words.split_first() else {
            continue;
        };
        let d = Directive {
            name: first.clone(),
            args: args.to_vec(),
            line: number,
            block: None,
        };
        if section {
            if open.len() >= MAX_DEPTH {
                note(
                    &mut problems,
                    name,
                    number,
                    crate::t!("srv-read-apache-too-deep", max = MAX_DEPTH.to_string()),
                );
                skipping = 1;
                continue;
            }
            open.push(Open {
                directive: d,
                children: Vec::new(),
            });
        } else {
            push(&mut top, &mut open, d);
        }
    }
    while let Some(o) = open.pop() {
        note(
            &mut problems,
            name,
            o.directive.line,
            crate::t!(
                "srv-read-apache-not-closed",
                section = short(&o.directive.name)
            ),
        );
        let mut d = o.directive;
        d.block = Some(o.children);
        push(&mut top, &mut open, d);
    }
    ApacheFile {
        name: name.to_string(),
        directives: top,
        problems,
    }
}

fn push(top: &mut Vec<Directive>, open: &mut [Open], d: Directive) {
    match open.last_mut() {
        Some(o) => o.children.push(d),
        None => top.push(d),
    }
}

fn short(s: &str) -> String {
    crate::text::shorten(s, 40)
}

/// A line's words as Apache splits them: spaces separate, `"..."` and `'...'` quote (with `\"`
/// inside), no comments after a directive.
fn words(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let Some(&c) = chars.peek() else { break };
        let mut word = String::new();
        if c == '"' || c == '\'' {
            chars.next();
            let mut closed = false;
            while let Some(x) = chars.next() {
                if x == '\\' && chars.peek() == Some(&c) {
                    word.push(c);
                    chars.next();
                } else if x == c {
                    closed = true;
                    break;
                } else {
                    word.push(x);
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
                word.push(x);
                chars.next();
            }
        }
        out.push(word);
    }
    Ok(out)
}

/// `${NAME}` replaced from `vars` (later entries win); unknown names stay as written.
pub fn expand_vars(text: &str, vars: &[(String, String)]) -> String {
    if !text.contains("${") {
        return text.to_string();
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("${") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        match after.find('}') {
            Some(end) => {
                let key = &after[..end];
                match vars.iter().rev().find(|(k, _)| k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[at..at + 3 + end]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[at..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A directive with the file it came from, includes replaced by what they include.
#[derive(Debug, Clone)]
struct Placed {
    d: Directive,
    file: String,
    children: Vec<Placed>,
}

/// Includes nest at most this deep, at most this many directives are laid out, and at most this
/// many files are brought in by includes in all (files made only of includes that include each
/// other lay out no directive, yet their paths grow like a factorial).
const MAX_INCLUDE_DEPTH: usize = 16;
const MAX_PLACED: usize = 100_000;
const MAX_INCLUDED: usize = 10_000;

/// The walk through the includes: the files on the current include chain (a file never includes
/// itself again, so a loop ends at once), how many directives and included files so far.
struct Layout<'a> {
    files: &'a [ApacheFile],
    chain: Vec<&'a str>,
    placed: usize,
    included: usize,
}

fn place(directives: &[Directive], file: &str, layout: &mut Layout<'_>) -> Vec<Placed> {
    let mut out = Vec::new();
    for d in directives {
        if layout.placed >= MAX_PLACED {
            break;
        }
        if d.is("Include") || d.is("IncludeOptional") {
            if layout.chain.len() > MAX_INCLUDE_DEPTH {
                continue;
            }
            let pattern = d.args.first().map(String::as_str).unwrap_or_default();
            let pattern = pattern.trim_end_matches('/');
            let files = layout.files;
            for included in files.iter().filter(|f| {
                super::nginx::include_matches(pattern, &f.name)
                    || super::nginx::include_matches(&format!("{pattern}/*"), &f.name)
            }) {
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

fn layout(main: &ApacheFile, files: &[ApacheFile]) -> Vec<Placed> {
    let mut layout = Layout {
        files,
        chain: vec![main.name.as_str()],
        placed: 0,
        included: 0,
    };
    place(&main.directives, &main.name, &mut layout)
}

/// Every `Define NAME value` of the whole configuration, after `env` (the caller's variables).
fn defines(placed: &[Placed], env: &[(String, String)]) -> Vec<(String, String)> {
    let mut out = env.to_vec();
    fn collect(placed: &[Placed], out: &mut Vec<(String, String)>) {
        for p in placed {
            if p.d.is("Define")
                && let Some(k) = p.d.args.first()
            {
                let v = p.d.args.get(1).cloned().unwrap_or_default();
                let v = expand_vars(&v, out);
                out.push((k.clone(), v));
            }
            collect(&p.children, out);
        }
    }
    collect(placed, &mut out);
    out
}

/// The user Apache's workers run as (`User`), with its file and line; `${VAR}` replaced from
/// `Define` and `env`. A value still made of a variable is returned as written (the caller then
/// uses the distribution's default, www-data or apache).
pub fn worker_user(
    main: &ApacheFile,
    files: &[ApacheFile],
    env: &[(String, String)],
) -> Option<(String, String, usize)> {
    let placed = layout(main, files);
    let vars = defines(&placed, env);
    placed.iter().rev().find(|p| p.d.is("User")).and_then(|p| {
        let v = p.d.args.first()?;
        Some((expand_vars(v, &vars), p.file.clone(), p.d.line))
    })
}

/// The `ErrorLog` files (not pipes or syslog), with `${VAR}` replaced, as written (a relative
/// path is relative to the ServerRoot).
pub fn error_logs(
    main: &ApacheFile,
    files: &[ApacheFile],
    env: &[(String, String)],
) -> Vec<(String, usize)> {
    let placed = layout(main, files);
    let vars = defines(&placed, env);
    let mut out = Vec::new();
    fn collect(placed: &[Placed], vars: &[(String, String)], out: &mut Vec<(String, usize)>) {
        for p in placed {
            if p.d.is("ErrorLog")
                && let Some(v) = p.d.args.first()
                && !v.starts_with('|')
                && !v.starts_with("syslog")
            {
                let v = expand_vars(v, vars);
                if !out.iter().any(|(o, _)| *o == v) {
                    out.push((v, p.d.line));
                }
            }
            collect(&p.children, vars, out);
        }
    }
    collect(&placed, &vars, &mut out);
    out
}

/// What applies where a directive stands: the site, the location, the time limits.
#[derive(Debug, Clone, Default)]
struct Scope {
    listen: Vec<String>,
    names: Vec<String>,
    location: Option<String>,
    timeout: Option<Setting>,
    proxy_timeout: Option<Setting>,
}

impl Scope {
    /// `ProxyTimeout`, else `Timeout`, else the default.
    fn wait(&self) -> Setting {
        self.proxy_timeout
            .clone()
            .or_else(|| self.timeout.clone())
            .unwrap_or(Setting {
                name: "Timeout".into(),
                seconds: DEFAULT_TIMEOUT_SECS,
                at: None,
            })
    }

    /// Take in the time limits set directly in `placed` (they apply to the whole section).
    fn with_limits(&self, placed: &[Placed], vars: &[(String, String)]) -> Scope {
        let mut s = self.clone();
        for p in placed {
            let seconds =
                p.d.args
                    .first()
                    .and_then(|v| expand_vars(v, vars).trim().parse::<f64>().ok());
            let Some(seconds) = seconds else { continue };
            let setting = |name: &str| Setting {
                name: name.into(),
                seconds,
                at: Some((p.file.clone(), p.d.line)),
            };
            if p.d.is("ProxyTimeout") {
                s.proxy_timeout = Some(setting("ProxyTimeout"));
            } else if p.d.is("Timeout") {
                s.timeout = Some(setting("Timeout"));
            }
        }
        s
    }
}

/// One `BalancerMember` of a `<Proxy balancer://NAME>`.
struct Member {
    group: String,
    url: String,
    keys: Vec<String>,
    file: String,
    line: usize,
}

fn members(placed: &[Placed], vars: &[(String, String)], out: &mut Vec<Member>) {
    for p in placed {
        if p.d.is("Proxy") || p.d.is("ProxyMatch") {
            let group =
                p.d.args
                    .first()
                    .map(|a| balancer_name(&expand_vars(a, vars)))
                    .unwrap_or_default();
            for m in p.children.iter().filter(|c| c.d.is("BalancerMember")) {
                let mut args = m.d.args.iter().map(|a| expand_vars(a, vars));
                // `BalancerMember [balancer://name] url [key=value]...`
                let mut url = args.next().unwrap_or_default();
                if url.starts_with("balancer://") {
                    url = args.next().unwrap_or_default();
                }
                out.push(Member {
                    group: group.clone(),
                    url,
                    keys: args.collect(),
                    file: m.file.clone(),
                    line: m.d.line,
                });
            }
        }
        members(&p.children, vars, out);
    }
}

fn balancer_name(url: &str) -> String {
    url.trim_start_matches("balancer://")
        .trim_end_matches('/')
        .to_ascii_lowercase()
}

/// Every upstream of the whole configuration: `files` are the main file and every file its
/// includes brought in, each already parsed; `env` the variables Apache starts with.
pub fn upstreams(
    main: &ApacheFile,
    files: &[ApacheFile],
    env: &[(String, String)],
) -> Vec<Upstream> {
    let placed = layout(main, files);
    let vars = defines(&placed, env);
    let mut groups = Vec::new();
    members(&placed, &vars, &mut groups);
    let scope = Scope::default().with_limits(&placed, &vars);
    let mut out = Vec::new();
    visit(&placed, &scope, &vars, &groups, &mut out);
    out
}

fn visit(
    placed: &[Placed],
    scope: &Scope,
    vars: &[(String, String)],
    groups: &[Member],
    out: &mut Vec<Upstream>,
) {
    for p in placed {
        let d = &p.d;
        let args: Vec<String> = d.args.iter().map(|a| expand_vars(a, vars)).collect();
        if d.is("VirtualHost") {
            let mut inner = Scope {
                listen: args.clone(),
                names: Vec::new(),
                location: None,
                ..scope.clone()
            };
            for c in &p.children {
                if c.d.is("ServerName")
                    && let Some(n) = c.d.args.first()
                {
                    let n = expand_vars(n, vars);
                    let n = n.split("://").last().unwrap_or_default();
                    inner
                        .names
                        .insert(0, n.split(':').next().unwrap_or_default().to_string());
                } else if c.d.is("ServerAlias") {
                    inner
                        .names
                        .extend(c.d.args.iter().map(|a| expand_vars(a, vars)));
                }
            }
            let inner = inner.with_limits(&p.children, vars);
            visit(&p.children, &inner, vars, groups, out);
        } else if [
            "Location",
            "LocationMatch",
            "Files",
            "FilesMatch",
            "Directory",
            "DirectoryMatch",
        ]
        .iter()
        .any(|s| d.is(s))
        {
            let mut inner = scope.with_limits(&p.children, vars);
            if !d.is("Directory") && !d.is("DirectoryMatch") {
                inner.location = args.first().cloned();
            }
            visit(&p.children, &inner, vars, groups, out);
        } else if d.is("Proxy") || d.is("ProxyMatch") {
            // Balancer members are read with their group.
        } else if d.is("ProxyPass") || d.is("ProxyPassMatch") {
            // `ProxyPass PATH URL [key=value]...`, or `ProxyPass URL ...` inside a <Location>.
            let in_location = scope.location.is_some()
                && args.first().is_some_and(|a| a.contains("://") || a == "!");
            let (location, url, keys) = if in_location {
                (scope.location.clone(), args.first(), args.get(1..))
            } else {
                (args.first().cloned(), args.get(1), args.get(2..))
            };
            let Some(url) = url else { continue };
            if url == "!" {
                continue;
            }
            let keys = keys.unwrap_or_default();
            let wait = timeout_key(keys, &p.file, d.line).unwrap_or_else(|| scope.wait());
            let site = Site {
                scope,
                location,
                directive: &d.name,
                file: &p.file,
                line: d.line,
            };
            if let Some(name) = url.strip_prefix("balancer://") {
                let name = balancer_name(name.split('/').next().unwrap_or_default());
                for m in groups.iter().filter(|m| m.group == name) {
                    let wait =
                        timeout_key(&m.keys, &m.file, m.line).unwrap_or_else(|| wait.clone());
                    let (kind, address) = target(&m.url);
                    let mut up = site.upstream(kind, address, wait);
                    up.group = Some((name.clone(), m.file.clone(), m.line));
                    out.push(up);
                }
                continue;
            }
            let (kind, address) = target(url);
            out.push(site.upstream(kind, address, wait));
        } else if d.is("SetHandler")
            && let Some(handler) = args.first()
            && let Some(url) = handler.strip_prefix("proxy:")
        {
            let (kind, address) = target(url);
            let site = Site {
                scope,
                location: scope.location.clone(),
                directive: &d.name,
                file: &p.file,
                line: d.line,
            };
            out.push(site.upstream(kind, address, scope.wait()));
        } else if !p.children.is_empty() {
            // <IfModule>, <IfDefine>, <If>...: what is inside applies here.
            let inner = scope.with_limits(&p.children, vars);
            visit(&p.children, &inner, vars, groups, out);
        }
    }
}

/// Where an upstream directive stands.
struct Site<'a> {
    scope: &'a Scope,
    location: Option<String>,
    directive: &'a str,
    file: &'a str,
    line: usize,
}

impl Site<'_> {
    fn upstream(&self, kind: UpstreamKind, address: Address, wait: Setting) -> Upstream {
        Upstream {
            software: Software::Apache,
            kind,
            directive: self.directive.to_string(),
            file: self.file.to_string(),
            line: self.line,
            group: None,
            address,
            listen: self.scope.listen.clone(),
            server_names: self.scope.names.clone(),
            location: self.location.clone(),
            read_timeout: Some(wait),
            header_buffer: None,
        }
    }
}

/// A `timeout=N` key on a ProxyPass or BalancerMember line.
fn timeout_key(keys: &[String], file: &str, line: usize) -> Option<Setting> {
    keys.iter().find_map(|k| {
        let v = k.strip_prefix("timeout=")?;
        Some(Setting {
            name: "timeout=".into(),
            seconds: v.trim().parse().ok()?,
            at: Some((file.to_string(), line)),
        })
    })
}

/// What a mod_proxy URL points at: `http://host:port/`, `fcgi://127.0.0.1:9000/path`,
/// `unix:/run/php/php8.2-fpm.sock|fcgi://localhost/`. Credentials in it are never kept.
fn target(url: &str) -> (UpstreamKind, Address) {
    if let Some(rest) = url.strip_prefix("unix:") {
        let (path, after) = rest.split_once('|').unwrap_or((rest, "http://localhost/"));
        let kind = kind_of(after.split("://").next().unwrap_or_default());
        let address = if path.starts_with('/') && !path.contains('$') {
            Address::Unix {
                path: path.to_string(),
            }
        } else if path.contains('$') {
            Address::Variable {
                text: format!("unix:{path}"),
            }
        } else {
            Address::Invalid {
                text: format!("unix:{path}"),
            }
        };
        return (kind, address);
    }
    let Some((scheme, rest)) = url.split_once("://") else {
        return (
            UpstreamKind::Http,
            Address::Invalid {
                text: crate::text::shorten(&crate::target::redact_url(url), 80),
            },
        );
    };
    let scheme = scheme.to_ascii_lowercase();
    let kind = kind_of(&scheme);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // user:password@ is never kept.
    let authority = authority.rsplit('@').next().unwrap_or_default();
    // `ProxyPassMatch ^(/.*)$ http://127.0.0.1:8080$1`: a back-reference right after an explicit
    // port starts the path, the address is fixed.
    let authority = match authority.find('$') {
        Some(at)
            if authority[at + 1..].starts_with(|c: char| c.is_ascii_digit())
                && authority[..at].rsplit_once(':').is_some_and(|(_, p)| {
                    !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())
                }) =>
        {
            &authority[..at]
        }
        _ => authority,
    };
    let shown = format!("{scheme}://{authority}");
    if authority.contains('$') {
        return (kind, Address::Variable { text: shown });
    }
    let (host, port) = if let Some(r) = authority.strip_prefix('[') {
        match r.split_once(']') {
            Some((h, tail)) => (h, tail.strip_prefix(':')),
            None => ("", None),
        }
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    let default = match scheme.as_str() {
        "http" | "ws" | "h2c" => Some(80),
        "https" | "wss" | "h2" => Some(443),
        "ajp" => Some(8009),
        _ => None,
    };
    let port = match port {
        Some(p) => p.parse::<u16>().ok().filter(|p| *p != 0),
        None => default,
    };
    match port {
        Some(port) if super::plausible_host(host) => (
            kind,
            Address::Tcp {
                host: host.to_string(),
                port,
            },
        ),
        _ => (kind, Address::Invalid { text: shown }),
    }
}

fn kind_of(scheme: &str) -> UpstreamKind {
    match scheme.to_ascii_lowercase().as_str() {
        "fcgi" => UpstreamKind::Fastcgi,
        "uwsgi" => UpstreamKind::Uwsgi,
        "scgi" => UpstreamKind::Scgi,
        "ajp" => UpstreamKind::Tcp,
        _ => UpstreamKind::Http,
    }
}

#[cfg(test)]
#[path = "apache_tests.rs"]
mod tests;
