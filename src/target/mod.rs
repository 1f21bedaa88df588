//! The target: parses and validates what the user typed into a URL we can probe, and redacts it.
//!
//! Accepts `example.com`, `example.com:8443/path`, `http(s)://...`, IPv4/IPv6 literals
//! (`[::1]:8080`, `http://[::1]/`, a bare `::1`), `localhost:8080` and IDN hosts (converted to
//! punycode; the Unicode form is kept for display). Without a scheme the target is `https://`,
//! also for `localhost` and IP literals: we never guess plain http; type `http://` for that.
//! IPv4 literals follow the WHATWG URL rules browsers use (`127.1` is `127.0.0.1`), so we probe
//! what a browser would. Everything else gets a specific [`TargetError`] that names the problem and what was expected.
//! Credentials in the URL are used for the request but never printed or stored: every string
//! that leaves this module (`Display`, `Debug`, `redacted()`, `info()`) goes through [`redact_url`].
//! The address arguments of the command line and the app are parsed here too ([`parse_host_port`],
//! [`parse_ip_port`], [`parse_ip`]), so every face refuses the same input with the same words.
//! Pure: no I/O.

#[cfg(test)]
mod proptests;
mod redact;
#[cfg(test)]
mod tests;

pub use redact::{REDACTED, is_secret_param, redact_header, redact_url};

use crate::evidence::TargetInfo;
use crate::text::shorten;
use std::fmt;
use std::net::{IpAddr, Ipv6Addr};
use thiserror::Error;
use url::Url;

/// Quoted user input in error messages is cut to this many characters.
const QUOTE_MAX: usize = 64;

/// Longest input we try to parse; longer text is certainly not an address someone typed.
pub const MAX_INPUT_LEN: usize = 8192;
/// Longest host name DNS allows (without the trailing dot).
pub const MAX_HOST_LEN: usize = 253;
/// Longest label (part between dots) DNS allows.
pub const MAX_LABEL_LEN: usize = 63;

/// Schemes people paste that are certainly not `host:port` (so `file:x` is not read as a port).
const OTHER_SCHEMES: &[&str] = &[
    "ftp",
    "ftps",
    "sftp",
    "file",
    "javascript",
    "data",
    "mailto",
    "tel",
    "ws",
    "wss",
    "ssh",
    "about",
    "blob",
    "chrome",
    "view-source",
];

/// Why an address could not be used. Each message names the problem and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TargetError {
    #[error("the address is empty: type a web address such as example.com")]
    Empty,
    #[error("the address could not be understood: {0}")]
    Malformed(String),
    #[error("the address is {len} characters long: at most {max} are accepted")]
    TooLong { len: usize, max: usize },
    #[error(
        "the scheme \"{scheme}\" is not supported: only http:// and https:// addresses can be checked"
    )]
    UnsupportedScheme { scheme: String },
    #[error("expected \"//\" after \"{scheme}:\", as in {scheme}://example.com/")]
    MissingSlashes { scheme: String },
    #[error("the host name is missing: expected a host after \"//\", as in https://example.com/")]
    EmptyHost,
    #[error(
        "the address contains a space: web addresses cannot contain spaces (use %20 in a path)"
    )]
    Whitespace,
    #[error(
        "the address contains an invisible control character (U+{code:04X}): retype the address"
    )]
    ControlChar { code: u32 },
    #[error("the port \"{port}\" is not a number: expected a port from 1 to 65535")]
    PortNotNumber { port: String },
    #[error("the port {port} is out of range: expected a port from 1 to 65535")]
    PortOutOfRange { port: String },
    #[error("port 0 cannot be connected to: expected a port from 1 to 65535")]
    PortZero,
    #[error("\"{input}\" has no port: expected HOST:PORT, as in 127.0.0.1:53")]
    MissingPort { input: String },
    #[error(
        "the host \"{host}\" contains {ch:?}, which is not allowed in host names: \
         expected letters, digits, hyphens and dots"
    )]
    InvalidHostChar { host: String, ch: char },
    #[error("the host name is {len} characters long: at most 253 are allowed")]
    HostTooLong { len: usize },
    #[error(
        "the part \"{label}\" of the host name is {len} characters long: \
         each part between dots may have at most 63"
    )]
    LabelTooLong { label: String, len: usize },
    #[error(
        "the host \"{host}\" has an empty part between dots: expected a name like www.example.com"
    )]
    EmptyLabel { host: String },
    #[error("the host \"{host}\" is not a valid international domain name")]
    InvalidIdn { host: String },
    #[error(
        "the host \"{host}\" ends in a number, so it is read as an IPv4 address, but it is not a \
         valid one: expected a name like example.com or four numbers from 0 to 255, as in 192.0.2.1"
    )]
    InvalidIpv4 { host: String },
    #[error("\"{host}\" is not a valid IPv6 address: expected something like [2001:db8::1]")]
    InvalidIpv6 { host: String },
    #[error(
        "an IPv6 address needs square brackets in an address: expected [2001:db8::1] or [2001:db8::1]:8443"
    )]
    UnbracketedIpv6,
}

impl TargetError {
    /// The message in the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        use crate::i18n::{FluentValue, tr};
        let v = |s: &str| FluentValue::from(s.to_string());
        let n = |x: usize| FluentValue::from(x);
        match self {
            TargetError::Empty => tr("input-empty", &[]),
            TargetError::Malformed(reason) => tr("input-malformed", &[("reason", v(reason))]),
            TargetError::TooLong { len, max } => {
                tr("input-too-long", &[("len", n(*len)), ("max", n(*max))])
            }
            TargetError::UnsupportedScheme { scheme } => {
                tr("input-unsupported-scheme", &[("scheme", v(scheme))])
            }
            TargetError::MissingSlashes { scheme } => {
                tr("input-missing-slashes", &[("scheme", v(scheme))])
            }
            TargetError::EmptyHost => tr("input-empty-host", &[]),
            TargetError::Whitespace => tr("input-whitespace", &[]),
            TargetError::ControlChar { code } => tr(
                "input-control-char",
                &[("code", v(&format!("U+{code:04X}")))],
            ),
            TargetError::PortNotNumber { port } => {
                tr("input-port-not-number", &[("port", v(port))])
            }
            TargetError::PortOutOfRange { port } => {
                tr("input-port-out-of-range", &[("port", v(port))])
            }
            TargetError::PortZero => tr("input-port-zero", &[]),
            TargetError::MissingPort { input } => tr("input-missing-port", &[("input", v(input))]),
            TargetError::InvalidHostChar { host, ch } => tr(
                "input-invalid-host-char",
                &[("host", v(host)), ("char", v(&format!("{ch:?}")))],
            ),
            TargetError::HostTooLong { len } => tr("input-host-too-long", &[("len", n(*len))]),
            TargetError::LabelTooLong { label, len } => tr(
                "input-label-too-long",
                &[("label", v(label)), ("len", n(*len))],
            ),
            TargetError::EmptyLabel { host } => tr("input-empty-label", &[("host", v(host))]),
            TargetError::InvalidIdn { host } => tr("input-invalid-idn", &[("host", v(host))]),
            TargetError::InvalidIpv4 { host } => tr("input-invalid-ipv4", &[("host", v(host))]),
            TargetError::InvalidIpv6 { host } => tr("input-invalid-ipv6", &[("host", v(host))]),
            TargetError::UnbracketedIpv6 => tr("input-unbracketed-ipv6", &[]),
        }
    }
}

/// The two schemes a site is checked over; in JSON `"http"` / `"https"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    Http,
    #[default]
    Https,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }

    /// The port used when the URL names none: 80 or 443.
    pub fn default_port(self) -> u16 {
        match self {
            Scheme::Http => 80,
            Scheme::Https => 443,
        }
    }
}

/// A validated target URL. `Display` and `Debug` never show credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct Target {
    url: Url,
    pub scheme: Scheme,
    /// ASCII (punycode) host name or IP literal, without brackets.
    pub host: String,
    /// The Unicode form of an IDN host, when it differs from `host`.
    pub host_unicode: Option<String>,
    /// Set when the host is an IP literal.
    pub ip: Option<IpAddr>,
    pub port: u16,
}

impl Target {
    /// Parse what the user typed. The scheme is optional and defaults to https (also for
    /// `localhost` and IP literals). Surrounding whitespace is ignored.
    pub fn parse(input: &str) -> Result<Target, TargetError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(TargetError::Empty);
        }
        if input.len() > MAX_INPUT_LEN {
            return Err(TargetError::TooLong {
                len: input.len(),
                max: MAX_INPUT_LEN,
            });
        }
        check_chars(input)?;
        let (scheme, rest) = split_scheme(input)?;
        check_authority(&rest)?;
        let url = Url::parse(&format!("{}://{rest}", scheme.as_str()))
            .map_err(|e| map_parse_error(e, &rest))?;
        Target::from_url(url)
    }

    /// Validate an already parsed URL (used for redirect targets).
    pub fn from_url(url: Url) -> Result<Target, TargetError> {
        let scheme = match url.scheme() {
            "http" => Scheme::Http,
            "https" => Scheme::Https,
            other => {
                return Err(TargetError::UnsupportedScheme {
                    scheme: shorten(other, QUOTE_MAX),
                });
            }
        };
        let (host, ip) = match url.host() {
            Some(url::Host::Domain(d)) => {
                check_domain(d)?;
                (d.to_string(), None)
            }
            Some(url::Host::Ipv4(a)) => (a.to_string(), Some(IpAddr::V4(a))),
            Some(url::Host::Ipv6(a)) => (a.to_string(), Some(IpAddr::V6(a))),
            None => return Err(TargetError::EmptyHost),
        };
        let port = url.port().unwrap_or(scheme.default_port());
        if port == 0 {
            return Err(TargetError::PortZero);
        }
        let host_unicode = match ip {
            Some(_) => None,
            None => host_to_unicode(&host).filter(|u| *u != host),
        };
        Ok(Target {
            url,
            scheme,
            host,
            host_unicode,
            ip,
            port,
        })
    }

    /// The full URL including any credentials: only for making the request, never for display.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Resolve a redirect `Location` (absolute, scheme-relative or relative) against this URL.
    pub fn join(&self, location: &str) -> Result<Target, TargetError> {
        let location = location.trim();
        if location.len() > MAX_INPUT_LEN {
            return Err(TargetError::TooLong {
                len: location.len(),
                max: MAX_INPUT_LEN,
            });
        }
        let url = self
            .url
            .join(location)
            .map_err(|e| map_parse_error(e, location))?;
        Target::from_url(url)
    }

    /// Path and query for the request line (`/` when empty).
    pub fn path_and_query(&self) -> String {
        let mut s = self.url.path().to_string();
        if s.is_empty() {
            s.push('/');
        }
        if let Some(q) = self.url.query() {
            s.push('?');
            s.push_str(q);
        }
        s
    }

    /// The `Host` header value: host (bracketed if IPv6) and the port unless it is the default.
    pub fn authority(&self) -> String {
        let host = match self.ip {
            Some(IpAddr::V6(_)) => format!("[{}]", self.host),
            _ => self.host.clone(),
        };
        if self.port == self.scheme.default_port() {
            host
        } else {
            format!("{host}:{}", self.port)
        }
    }

    /// The host for people: the Unicode form of an IDN host, else `host`.
    pub fn display_host(&self) -> &str {
        self.host_unicode.as_deref().unwrap_or(&self.host)
    }

    /// True when the URL carries a user name or password (they are sent, never shown).
    pub fn has_credentials(&self) -> bool {
        !self.url.username().is_empty() || self.url.password().is_some()
    }

    /// The URL safe to show and store.
    pub fn redacted(&self) -> String {
        redact_url(self.url.as_str())
    }

    /// The target as it goes into evidence and reports.
    pub fn info(&self) -> TargetInfo {
        TargetInfo {
            url: self.redacted(),
            host: self.host.clone(),
            host_unicode: self.host_unicode.clone(),
            port: self.port,
            scheme: self.scheme,
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("url", &self.redacted())
            .field("scheme", &self.scheme)
            .field("host", &self.host)
            .field("host_unicode", &self.host_unicode)
            .field("ip", &self.ip)
            .field("port", &self.port)
            .finish()
    }
}

/// The Unicode form of an ASCII host (each `xn--` label decoded), for display. `None` when a
/// label is not valid punycode or does not decode to a valid international name.
fn host_to_unicode(host: &str) -> Option<String> {
    match idna::domain_to_unicode(host) {
        (unicode, Ok(())) => Some(unicode),
        (_, Err(_)) => None,
    }
}

/// Why an `IP` or `IP[:PORT]` argument could not be used. Each message quotes the input (cut
/// short, credentials removed) and says what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AddressError {
    #[error("port 0 in \"{input}\" is not a port a server listens on")]
    PortZero { input: String },
    #[error(
        "\"{host}\" is a name, but an IP address is needed here (it must not depend on DNS): \
         expected 203.0.113.10, 203.0.113.10:8080 or [2001:db8::1]:443"
    )]
    HostName { host: String },
    #[error(
        "expected an IP address with an optional port (203.0.113.10, 203.0.113.10:8080 or \
         [2001:db8::1]:443), got \"{input}\""
    )]
    NotIpPort { input: String },
    #[error("expected an IP address (203.0.113.10 or 2001:db8::1), got \"{input}\"")]
    NotIp { input: String },
}

impl AddressError {
    /// The message in the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        use crate::i18n::{FluentValue, tr};
        let v = |s: &str| FluentValue::from(s.to_string());
        match self {
            AddressError::PortZero { input } => tr("address-port-zero", &[("input", v(input))]),
            AddressError::HostName { host } => tr("address-host-name", &[("host", v(host))]),
            AddressError::NotIpPort { input } => tr("address-not-ip-port", &[("input", v(input))]),
            AddressError::NotIp { input } => tr("address-not-ip", &[("input", v(input))]),
        }
    }
}

/// Parse an `IP` or `IP:PORT` argument (`--origin`, `--resolver`, `--public-resolver`,
/// `--authoritative`, the app's origin field; `[v6]:port` for IPv6). Host names are refused:
/// these options exist to bypass DNS. The error says what was expected.
pub fn parse_ip_port(s: &str, default_port: u16) -> Result<std::net::SocketAddr, AddressError> {
    let s = s.trim();
    if let Ok(addr) = s.parse::<std::net::SocketAddr>() {
        if addr.port() == 0 {
            return Err(AddressError::PortZero {
                input: shorten(s, QUOTE_MAX),
            });
        }
        return Ok(addr);
    }
    let bare = s
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .unwrap_or(s);
    if let Ok(ip) = bare.parse::<std::net::IpAddr>() {
        return Ok(std::net::SocketAddr::new(ip, default_port));
    }
    if let Ok((host, _)) = parse_host_port(s, Some(default_port))
        && host.parse::<std::net::IpAddr>().is_err()
    {
        return Err(AddressError::HostName {
            host: shorten(&host, QUOTE_MAX),
        });
    }
    Err(AddressError::NotIpPort {
        input: shorten(&redact_url(s), QUOTE_MAX),
    })
}

/// Parse an `IP` argument (`--expect-ip`): an IPv4 or IPv6 address, no port, no brackets.
pub fn parse_ip(s: &str) -> Result<std::net::IpAddr, AddressError> {
    s.trim()
        .parse::<std::net::IpAddr>()
        .map_err(|_| AddressError::NotIp {
            input: shorten(&redact_url(s.trim()), QUOTE_MAX),
        })
}

/// Parse a `HOST:PORT` argument (`--reference`, `--resolver`): `example.com:443`, `127.0.0.1:53`,
/// `[::1]:53`, or just a host when `default_port` is given. IPv6 hosts come back without brackets;
/// IDN hosts come back in punycode.
pub fn parse_host_port(s: &str, default_port: Option<u16>) -> Result<(String, u16), TargetError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(TargetError::Empty);
    }
    if s.len() > MAX_INPUT_LEN {
        return Err(TargetError::TooLong {
            len: s.len(),
            max: MAX_INPUT_LEN,
        });
    }
    check_chars(s)?;
    if s.contains("://") || s.contains(['/', '?', '#', '@']) {
        return Err(TargetError::Malformed(format!(
            "\"{}\" is not HOST:PORT: expected a host and port only, as in example.com:443 or [::1]:53",
            shorten(&redact_url(s), QUOTE_MAX)
        )));
    }
    if let Ok(v6) = s.parse::<Ipv6Addr>() {
        let port = default_port.ok_or_else(|| TargetError::MissingPort {
            input: shorten(s, QUOTE_MAX),
        })?;
        return Ok((v6.to_string(), port));
    }
    let (host, port) = split_host_port(s)?;
    let port = match port {
        Some(p) => parse_port(p)?,
        None => default_port.ok_or_else(|| TargetError::MissingPort {
            input: shorten(s, QUOTE_MAX),
        })?,
    };
    if port == 0 {
        return Err(TargetError::PortZero);
    }
    let host = match url::Host::parse(host).map_err(|e| map_parse_error(e, host))? {
        url::Host::Domain(d) => {
            check_domain(&d)?;
            d
        }
        url::Host::Ipv4(a) => a.to_string(),
        url::Host::Ipv6(a) => a.to_string(),
    };
    Ok((host, port))
}

/// Reject whitespace and control characters anywhere (they are never part of a typed address).
fn check_chars(s: &str) -> Result<(), TargetError> {
    for c in s.chars() {
        if c.is_control() {
            return Err(TargetError::ControlChar { code: u32::from(c) });
        }
        if c.is_whitespace() {
            return Err(TargetError::Whitespace);
        }
    }
    Ok(())
}

/// Split off the scheme, returning the chosen scheme and the part after `scheme://`.
/// Without `://`, the input is a host (`example.com:8443` is host and port, not scheme
/// `example.com`) unless it clearly starts with another scheme (`javascript:`, `file:`).
fn split_scheme(input: &str) -> Result<(Scheme, String), TargetError> {
    if let Some((scheme, rest)) = input.split_once("://") {
        if is_scheme_token(scheme) {
            return Ok((scheme_from(scheme)?, rest.to_string()));
        }
    }
    // Scheme-relative "//example.com".
    let input = input.strip_prefix("//").unwrap_or(input);
    let head_end = input.find(['/', '?', '#']).unwrap_or(input.len());
    let head = &input[..head_end];
    // A bare IPv6 literal ("::1", "2001:db8::1/path") gets its brackets added.
    if head.parse::<Ipv6Addr>().is_ok() {
        return Ok((Scheme::Https, format!("[{head}]{}", &input[head_end..])));
    }
    // "user:pass@host" has userinfo, not a scheme (but "mailto:me@example.com" is a scheme).
    let known_other = input
        .split_once(':')
        .is_some_and(|(p, _)| OTHER_SCHEMES.contains(&p.to_ascii_lowercase().as_str()));
    if head.contains('@') && !known_other {
        return Ok((Scheme::Https, input.to_string()));
    }
    if let Some((prefix, after)) = input.split_once(':') {
        if is_scheme_token(prefix) {
            let lower = prefix.to_ascii_lowercase();
            if lower == "http" || lower == "https" {
                return Err(TargetError::MissingSlashes { scheme: lower });
            }
            let port_text = &after[..after.find(['/', '?', '#']).unwrap_or(after.len())];
            let looks_like_port =
                !port_text.is_empty() && port_text.bytes().all(|b| b.is_ascii_digit());
            let looks_like_host = prefix.contains('.') || lower == "localhost";
            if OTHER_SCHEMES.contains(&lower.as_str()) || (!looks_like_host && !looks_like_port) {
                return Err(TargetError::UnsupportedScheme {
                    scheme: shorten(&lower, QUOTE_MAX),
                });
            }
        }
    }
    Ok((Scheme::Https, input.to_string()))
}

fn is_scheme_token(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

fn scheme_from(s: &str) -> Result<Scheme, TargetError> {
    match s.to_ascii_lowercase().as_str() {
        "http" => Ok(Scheme::Http),
        "https" => Ok(Scheme::Https),
        other => Err(TargetError::UnsupportedScheme {
            scheme: shorten(other, QUOTE_MAX),
        }),
    }
}

/// Check the authority (between `//` and the path) before `url` normalises it away: `url`
/// would read `https:///path` as host "path" and gives no detail about bad ports.
fn check_authority(rest: &str) -> Result<(), TargetError> {
    let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
    let (_, port) = split_host_port(host_port)?;
    match port {
        Some(p) if !p.is_empty() => parse_port(p).map(|_| ()),
        _ => Ok(()),
    }
}

/// Split `host[:port]` / `[v6][:port]`; the host must not be empty.
fn split_host_port(s: &str) -> Result<(&str, Option<&str>), TargetError> {
    let (host, port) = if let Some(inner) = s.strip_prefix('[') {
        let Some(close) = inner.find(']') else {
            return Err(TargetError::InvalidIpv6 {
                host: shorten(s, QUOTE_MAX),
            });
        };
        let after = &inner[close + 1..];
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p),
            None if after.is_empty() => None,
            None => {
                return Err(TargetError::Malformed(format!(
                    "unexpected \"{}\" after the IPv6 address: expected \":PORT\" or nothing",
                    shorten(after, QUOTE_MAX)
                )));
            }
        };
        (&s[..close + 2], port)
    } else {
        match s.split_once(':') {
            Some((_, p)) if p.contains(':') => return Err(TargetError::UnbracketedIpv6),
            Some((h, p)) => (h, Some(p)),
            None => (s, None),
        }
    };
    if host.is_empty() || host == "[]" {
        return Err(TargetError::EmptyHost);
    }
    Ok((host, port))
}

fn parse_port(p: &str) -> Result<u16, TargetError> {
    if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TargetError::PortNotNumber {
            port: shorten(p, QUOTE_MAX),
        });
    }
    let digits = p.trim_start_matches('0');
    if digits.len() > 5 {
        return Err(TargetError::PortOutOfRange {
            port: shorten(p, QUOTE_MAX),
        });
    }
    match digits.parse::<u32>().unwrap_or(0) {
        0 => Err(TargetError::PortZero),
        n => u16::try_from(n).map_err(|_| TargetError::PortOutOfRange {
            port: shorten(p, QUOTE_MAX),
        }),
    }
}

/// Validate an ASCII (already punycode) domain: allowed characters and DNS lengths.
/// One trailing dot (a fully qualified name) is allowed.
fn check_domain(host: &str) -> Result<(), TargetError> {
    if let Some(ch) = host
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')))
    {
        return Err(TargetError::InvalidHostChar {
            host: shorten(host, QUOTE_MAX),
            ch,
        });
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.is_empty() {
        return Err(TargetError::EmptyHost);
    }
    if name.len() > MAX_HOST_LEN {
        return Err(TargetError::HostTooLong { len: name.len() });
    }
    for label in name.split('.') {
        if label.is_empty() {
            return Err(TargetError::EmptyLabel {
                host: shorten(host, QUOTE_MAX),
            });
        }
        if label.len() > MAX_LABEL_LEN {
            return Err(TargetError::LabelTooLong {
                label: shorten(label, QUOTE_MAX),
                len: label.len(),
            });
        }
    }
    Ok(())
}

/// Turn a `url` error into one that names the problem. `context` is the text being parsed
/// (no credentials are ever put into the message: only the host part is quoted).
fn map_parse_error(e: url::ParseError, context: &str) -> TargetError {
    let host = || {
        let end = context.find(['/', '?', '#', '\\']).unwrap_or(context.len());
        let authority = &context[..end];
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
        let host = if host_port.starts_with('[') {
            host_port.split_once(']').map_or(host_port, |(h, _)| h)
        } else {
            host_port.split_once(':').map_or(host_port, |(h, _)| h)
        };
        shorten(host.trim_start_matches('['), QUOTE_MAX)
    };
    match e {
        url::ParseError::EmptyHost => TargetError::EmptyHost,
        url::ParseError::InvalidPort => {
            TargetError::Malformed("invalid port: expected a port from 1 to 65535".into())
        }
        url::ParseError::InvalidIpv4Address => TargetError::InvalidIpv4 { host: host() },
        url::ParseError::InvalidIpv6Address => TargetError::InvalidIpv6 { host: host() },
        url::ParseError::IdnaError | url::ParseError::InvalidDomainCharacter => {
            let h = host();
            match h.chars().find(|c| {
                c.is_ascii() && !c.is_ascii_alphanumeric() && !matches!(c, '-' | '.' | '_')
            }) {
                Some(ch) => TargetError::InvalidHostChar { host: h, ch },
                None => TargetError::InvalidIdn { host: h },
            }
        }
        other => TargetError::Malformed(other.to_string()),
    }
}
