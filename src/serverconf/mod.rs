//! The web stack's configuration as text, read without touching the file system: the parsers get
//! a file's name and text and return what it says, with the line of every directive, so a finding
//! can name `file:line` and the fix. Includes are not followed here: each parser lists the include
//! patterns it saw, the engine reads those files and feeds them back. Every parser survives any
//! input: what it cannot read becomes a [`ReadProblem`] ("could not read line N: ...") and the rest
//! of the file is still read.
//!
//! nginx (`nginx`): the directive tree and every upstream its `*_pass` directives name.
//! Apache (`apache`): the section tree and every upstream of `ProxyPass`, `ProxyPassMatch`,
//! balancer members and `SetHandler "proxy:..."`, with the site and the timeout that applies.
//! Caddy (`caddy`, Caddyfile form): every upstream `reverse_proxy` and `php_fastcgi` name, with
//! the site, the handle path and the transport's timeout.
//! HAProxy (`haproxy`): every `server` of its backends, the mode, `timeout server`, the sites
//! that reach each backend.
//! Varnish (`varnish`): every VCL `backend` with its address and `first_byte_timeout`.
//! PHP-FPM and php.ini (`php_fpm`): where each pool listens, as whom, and its time limits.
//! The links between them the configuration alone can judge (`links`): a `fastcgi_pass` to a
//! socket no pool listens on, with the line to write.
//! The machine under the stack (`host`): OOM kills in the kernel log, full disks, services that
//! are stopped, failed or restarting in a loop.
//! The software's own configuration test and version, as output (`syntax`): where the error is.
//! What it all means (`judge`): the configuration and what each upstream did when tried once
//! become findings with file, line and fix, and a verdict.

pub mod apache;
pub mod caddy;
pub mod haproxy;
pub mod host;
pub mod judge;
pub mod links;
pub mod nginx;
pub mod php_fpm;
pub mod syntax;
pub mod varnish;

use serde::Serialize;

/// The software a configuration belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Software {
    Nginx,
    Apache,
    Haproxy,
    Caddy,
    Varnish,
    PhpFpm,
}

impl Software {
    /// Its name as people write it.
    pub fn name(self) -> &'static str {
        match self {
            Software::Nginx => "nginx",
            Software::Apache => "Apache",
            Software::Haproxy => "HAProxy",
            Software::Caddy => "Caddy",
            Software::Varnish => "Varnish",
            Software::PhpFpm => "PHP-FPM",
        }
    }
}

/// What kind of configuration file a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConfigKind {
    Nginx,
    Apache,
    Haproxy,
    Caddy,
    Varnish,
    PhpFpm,
    PhpIni,
}

impl ConfigKind {
    /// The software the file configures.
    pub fn software(self) -> Software {
        match self {
            ConfigKind::Nginx => Software::Nginx,
            ConfigKind::Apache => Software::Apache,
            ConfigKind::Haproxy => Software::Haproxy,
            ConfigKind::Caddy => Software::Caddy,
            ConfigKind::Varnish => Software::Varnish,
            ConfigKind::PhpFpm | ConfigKind::PhpIni => Software::PhpFpm,
        }
    }

    /// Its name in a sentence ("recognised as ...").
    pub fn name(self) -> &'static str {
        match self {
            ConfigKind::PhpIni => "php.ini",
            other => other.software().name(),
        }
    }
}

/// The kind of a configuration file, from its name and content (for `--config FILE`): `None`
/// when nothing in it says. Looks at the first 64 KiB only.
pub fn detect(name: &str, text: &str) -> Option<ConfigKind> {
    let base = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    let head = match text.char_indices().nth(65_536) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let lines: Vec<&str> = head
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with(';'))
        .collect();
    let starts = |words: &[&str]| {
        lines.iter().any(|l| {
            let lower = l.to_ascii_lowercase();
            words.iter().any(|w| {
                lower.starts_with(w)
                    && lower[w.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| c.is_whitespace() || c == '=' || c == '{' || c == '>')
            })
        })
    };
    if base == "php.ini" || lines.iter().any(|l| l.eq_ignore_ascii_case("[php]")) {
        return Some(ConfigKind::PhpIni);
    }
    let sections = lines.iter().any(|l| l.starts_with('[') && l.ends_with(']'));
    if sections && starts(&["listen", "pm", "include", "pid", "error_log", "user"]) {
        return Some(ConfigKind::PhpFpm);
    }
    if lines.iter().any(|l| l.starts_with("vcl "))
        || head.contains(".host =")
        || head.contains(".host=")
    {
        return Some(ConfigKind::Varnish);
    }
    if starts(&[
        "<virtualhost",
        "<directory",
        "<ifmodule",
        "serverroot",
        "loadmodule",
        "proxypass",
        "documentroot",
    ]) {
        return Some(ConfigKind::Apache);
    }
    if starts(&["frontend", "backend", "defaults"]) && !head.contains('{') {
        return Some(ConfigKind::Haproxy);
    }
    let semicolons = lines.iter().filter(|l| l.ends_with(';')).count();
    if starts(&[
        "http",
        "events",
        "server",
        "upstream",
        "location",
        "worker_processes",
        "stream",
    ]) && semicolons > 0
    {
        return Some(ConfigKind::Nginx);
    }
    if base.starts_with("caddyfile")
        || starts(&[
            "reverse_proxy",
            "php_fastcgi",
            "file_server",
            "encode",
            "import",
        ])
        || head.contains("reverse_proxy")
        || head.contains("php_fastcgi")
    {
        return Some(ConfigKind::Caddy);
    }
    None
}

/// The lines of a text with a trailing backslash joining a line to the next (Apache, Caddy), each
/// with the number of its first line; `\r` before a newline dropped.
pub(crate) fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let number = i + 1;
        let mut logical = lines[i].trim_end_matches('\r').to_string();
        while logical.ends_with('\\') && i + 1 < lines.len() {
            logical.pop();
            i += 1;
            logical.push(' ');
            logical.push_str(lines[i].trim_end_matches('\r'));
        }
        i += 1;
        out.push((number, logical));
    }
    out
}

/// A host an upstream address could name: not empty, at most 253 characters (DNS's limit), no
/// spaces or control characters. Anything else is kept as an invalid address, shortened.
pub(crate) fn plausible_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && !host.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// What protocol a server speaks to an upstream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UpstreamKind {
    Http,
    Fastcgi,
    Uwsgi,
    Scgi,
    Grpc,
    /// Bytes passed through (HAProxy `mode tcp`, nginx `stream`): only a connect can be checked.
    Tcp,
}

/// Where an upstream is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Address {
    /// `host:port` (an IP or a name).
    Tcp { host: String, port: u16 },
    /// `unix:/run/php/php8.2-fpm.sock`.
    Unix { path: String },
    /// Made of variables (`$upstream`, `{http.request.host}`): known only per request, so it
    /// cannot be checked.
    Variable { text: String },
    /// Not an address the server would accept.
    Invalid { text: String },
}

/// A time limit with the directive that sets it and where (no place: the software's default).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Setting {
    /// `proxy_read_timeout`, `ProxyTimeout`, `timeout server`.
    pub name: String,
    pub seconds: f64,
    /// `file:line` of the directive; `None` when the default applies.
    pub at: Option<(String, usize)>,
}

/// One upstream a configuration names (one per `server` of a group), with the site it serves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Upstream {
    pub software: Software,
    pub kind: UpstreamKind,
    /// The directive that names it (`proxy_pass`, `ProxyPass`, `server`, `reverse_proxy`), its
    /// file and line.
    pub directive: String,
    pub file: String,
    pub line: usize,
    /// The group it belongs to (nginx `upstream`, HAProxy `backend`), with the file and line of
    /// its own entry.
    pub group: Option<(String, String, usize)>,
    pub address: Address,
    /// The site: the addresses it listens on and its names.
    pub listen: Vec<String>,
    pub server_names: Vec<String>,
    /// The location or path it serves (`/`, `~ \.php$`).
    pub location: Option<String>,
    /// How long the server waits for this upstream's answer (`None`: it waits without limit).
    pub read_timeout: Option<Setting>,
    /// The buffer the answer's headers must fit in (nginx `proxy_buffer_size`; `None`: the
    /// server has no such limit worth checking).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_buffer: Option<BufferSize>,
}

/// A buffer size with the directive that sets it and where (no place: the default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BufferSize {
    /// `proxy_buffer_size`, `fastcgi_buffer_size`.
    pub name: String,
    pub bytes: u64,
    pub at: Option<(String, usize)>,
}

impl Upstream {
    /// The file and line to change for this upstream: its group entry when it has one.
    pub fn place(&self) -> (&str, usize) {
        match &self.group {
            Some((_, file, line)) => (file, *line),
            None => (&self.file, self.line),
        }
    }
}

/// Something in a file that could not be read; the rest of the file was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadProblem {
    pub file: String,
    pub line: usize,
    /// What was wrong, in a few words ("unbalanced '}'", "binary data").
    pub what: String,
}

/// At most this many problems are kept per file: a binary file must not fill the report.
pub const MAX_PROBLEMS: usize = 100;

/// Add a problem of `file` at `line` to `problems`, up to [`MAX_PROBLEMS`].
pub(crate) fn note(
    problems: &mut Vec<ReadProblem>,
    file: &str,
    line: usize,
    what: impl Into<String>,
) {
    if problems.len() < MAX_PROBLEMS {
        problems.push(ReadProblem {
            file: file.to_string(),
            line,
            what: what.into(),
        });
    }
}

/// For the parsers' property tests: every problem names a line the text has.
#[cfg(test)]
pub(crate) fn on_real_lines(problems: &[ReadProblem], text: &str) -> bool {
    let lines = text.split('\n').count();
    problems.len() <= MAX_PROBLEMS && problems.iter().all(|p| p.line >= 1 && p.line <= lines)
}

impl std::fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "srv-read-problem",
            file = self.file.as_str(),
            line = self.line.to_string(),
            what = self.what.as_str()
        ))
    }
}

/// Besides what a URL's secret parameters are named ([`crate::target::is_secret_param`]), parts
/// that make a configuration directive secret (`auth_basic_user_file`, `ssl_certificate_key`,
/// `proxy_set_header Authorization`, `passwd`).
const CONFIG_SECRET_PARTS: &[&str] = &["key", "auth", "cookie", "passwd"];

/// Whether a directive (with its first argument, e.g. the parameter name of `fastcgi_param`)
/// carries a secret: its values never appear in any output, only the directive's name.
pub fn is_secret(name: &str, first_arg: Option<&str>) -> bool {
    let secretish = |s: &str| {
        let lower = s.to_ascii_lowercase();
        crate::target::is_secret_param(s) || CONFIG_SECRET_PARTS.iter().any(|w| lower.contains(w))
    };
    secretish(name) || first_arg.is_some_and(secretish)
}

#[cfg(test)]
mod detect_tests {
    use super::*;

    #[test]
    fn each_kind_is_recognised_from_its_content() {
        let cases = [
            (
                "user www-data;\nevents {}\nhttp {\n  server { listen 80; }\n}\n",
                ConfigKind::Nginx,
            ),
            (
                "server {\n  listen 8080;\n  location / { proxy_pass http://127.0.0.1:3000; }\n}\n",
                ConfigKind::Nginx,
            ),
            (
                "ServerRoot \"/etc/httpd\"\nListen 80\n<VirtualHost *:80>\n</VirtualHost>\n",
                ConfigKind::Apache,
            ),
            (
                "global\n  daemon\ndefaults\n  mode http\nbackend app\n  server a 127.0.0.1:8080\n",
                ConfigKind::Haproxy,
            ),
            (
                "example.com {\n  reverse_proxy localhost:8080\n}\n",
                ConfigKind::Caddy,
            ),
            (
                "vcl 4.1;\nbackend default {\n  .host = \"127.0.0.1\";\n}\n",
                ConfigKind::Varnish,
            ),
            (
                "[global]\npid = /run/php.pid\n[www]\nlisten = /run/php.sock\n",
                ConfigKind::PhpFpm,
            ),
            ("[PHP]\nmax_execution_time = 30\n", ConfigKind::PhpIni),
        ];
        for (text, kind) in cases {
            assert_eq!(detect("/tmp/some.conf", text), Some(kind), "{text}");
        }
        assert_eq!(
            detect("/etc/caddy/Caddyfile", ":80\n"),
            Some(ConfigKind::Caddy)
        );
        assert_eq!(detect("/tmp/x", "hello world\n"), None);
        assert_eq!(detect("/tmp/x", "\u{0}\u{1}binary"), None);
    }
}
