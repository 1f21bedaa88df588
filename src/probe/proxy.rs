//! The system proxy as browsers and curl see it on Linux/macOS: `http_proxy`, `https_proxy`,
//! `all_proxy` (either case) and `no_proxy`. A broken local proxy is a classic cause of "the site
//! does not load here but works elsewhere", so the engine records whether one was used and the
//! connection probe compares it with a direct request.

use crate::target::{Scheme, Target};
use url::Url;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProxyConfig {
    pub http: Option<Url>,
    pub https: Option<Url>,
    pub no_proxy: Vec<String>,
    /// Proxies set in the environment that this tool cannot use (e.g. `socks5://`), redacted.
    pub unsupported: Vec<String>,
}

impl ProxyConfig {
    /// Read the proxy variables of this process' environment.
    pub fn from_env() -> ProxyConfig {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Read proxy settings through `get` (testable without touching the environment).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> ProxyConfig {
        let var = |lower: &str| {
            get(lower)
                .or_else(|| get(&lower.to_ascii_uppercase()))
                .filter(|v| !v.trim().is_empty())
        };
        let parse = |v: Option<String>| {
            v.and_then(|v| {
                let v = v.trim().to_string();
                let v = if v.contains("://") {
                    v
                } else {
                    format!("http://{v}")
                };
                // Only plain HTTP proxies are spoken to; SOCKS and HTTPS proxies are reported,
                // not misused.
                Url::parse(&v)
                    .ok()
                    .filter(|u| u.host_str().is_some() && u.scheme() == "http")
            })
        };
        let unsupported = ["http_proxy", "https_proxy", "all_proxy"]
            .iter()
            .filter_map(|n| var(n))
            .filter(|v| v.contains("://") && parse(Some(v.clone())).is_none())
            .map(|v| crate::target::redact_url(v.trim()))
            .collect();
        let all = parse(var("all_proxy"));
        ProxyConfig {
            http: parse(var("http_proxy")).or_else(|| all.clone()),
            https: parse(var("https_proxy")).or(all),
            no_proxy: var("no_proxy")
                .map(|v| {
                    v.split(',')
                        .map(|s| s.trim().to_ascii_lowercase())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
            unsupported,
        }
    }

    /// The proxy a browser would use for `target`, if any.
    pub fn for_target(&self, target: &Target) -> Option<&Url> {
        let proxy = match target.scheme {
            Scheme::Http => self.http.as_ref(),
            Scheme::Https => self.https.as_ref(),
        }?;
        if self.bypassed(&target.host, target.port) {
            None
        } else {
            Some(proxy)
        }
    }

    fn bypassed(&self, host: &str, port: u16) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let host_ip = host.parse::<std::net::IpAddr>().ok();
        self.no_proxy.iter().any(|entry| {
            if entry == "*" {
                return true;
            }
            // curl 7.86+: address ranges like 10.0.0.0/8 or fd00::/8.
            if let (Some(ip), Some((net, bits))) = (host_ip, entry.split_once('/')) {
                return in_cidr(ip, net.trim_matches(|c| c == '[' || c == ']'), bits);
            }
            let (name, entry_port) = match entry.rsplit_once(':') {
                Some((n, p)) if !n.contains(':') || n.ends_with(']') => (n, p.parse::<u16>().ok()),
                _ => (entry.as_str(), None),
            };
            if entry_port.is_some_and(|p| p != port) {
                return false;
            }
            let name = name.trim_start_matches('[').trim_end_matches(']');
            let name = name
                .trim_start_matches("*.")
                .trim_start_matches('.')
                .trim_end_matches('.');
            host == name || host.ends_with(&format!(".{name}"))
        })
    }
}

/// Is `ip` inside `net/bits` (host bits in `net` ignored, as curl does)? Malformed ranges match
/// nothing.
fn in_cidr(ip: std::net::IpAddr, net: &str, bits: &str) -> bool {
    let (Ok(net), Ok(bits)) = (net.parse::<std::net::IpAddr>(), bits.parse::<u8>()) else {
        return false;
    };
    ipnet::IpNet::new(net, bits).is_ok_and(|range| range.contains(&ip))
}

/// `Basic` credentials (never logged) from the user name and password of a URL: a proxy URL like
/// `http://user:pass@proxy:3128`, or the site's own URL typed with credentials. `None` without a
/// user name. Both are percent-decoded first (a `+` stays a `+`: this is URL userinfo, not a form).
pub fn basic_authorization(url: &url::Url) -> Option<String> {
    if url.username().is_empty() {
        return None;
    }
    let pair = format!(
        "{}:{}",
        percent_decode(url.username()),
        percent_decode(url.password().unwrap_or_default())
    );
    Some(format!("Basic {}", base64(pair.as_bytes())))
}

/// Decode `%XX` escapes; an incomplete or non-hex escape stays as it is, bytes that are not
/// UTF-8 become U+FFFD.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Standard base64 with padding (RFC 4648), for the proxy credentials above.
fn base64(input: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(vars: &[(&str, &str)]) -> ProxyConfig {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ProxyConfig::from_lookup(move |n| vars.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone()))
    }

    #[test]
    fn picks_proxy_per_scheme_and_honours_no_proxy() {
        let c = cfg(&[
            ("HTTP_PROXY", "127.0.0.1:3128"),
            ("https_proxy", "http://127.0.0.1:3129"),
            ("no_proxy", "internal.example, .corp.example,localhost:8080"),
        ]);
        let t = Target::parse("http://example.com/").unwrap();
        assert_eq!(c.for_target(&t).unwrap().port(), Some(3128));
        let t = Target::parse("https://example.com/").unwrap();
        assert_eq!(c.for_target(&t).unwrap().port(), Some(3129));
        let t = Target::parse("https://internal.example/").unwrap();
        assert!(c.for_target(&t).is_none());
        let t = Target::parse("https://a.corp.example/").unwrap();
        assert!(c.for_target(&t).is_none());
        let t = Target::parse("http://localhost:8080/").unwrap();
        assert!(c.for_target(&t).is_none());
        let t = Target::parse("http://localhost:9090/").unwrap();
        assert!(c.for_target(&t).is_some());
    }

    #[test]
    fn no_proxy_takes_address_ranges_and_trailing_dots_like_curl() {
        let c = cfg(&[
            ("http_proxy", "127.0.0.1:3128"),
            ("no_proxy", "127.0.0.0/8,fd00::/8,example.org."),
        ]);
        for bypassed in [
            "http://127.0.0.1:8080/",
            "http://127.9.9.9/",
            "http://[fd12::1]/",
            "http://example.org./",
            "http://www.example.org/",
        ] {
            let t = Target::parse(bypassed).unwrap();
            assert!(c.for_target(&t).is_none(), "{bypassed}");
        }
        for proxied in [
            "http://10.0.0.1/",
            "http://[fe80::1]/",
            "http://example.com/",
        ] {
            let t = Target::parse(proxied).unwrap();
            assert!(c.for_target(&t).is_some(), "{proxied}");
        }
        // An https:// proxy is reported as unsupported rather than spoken to in plain text.
        let c = cfg(&[("https_proxy", "https://127.0.0.1:3129")]);
        let t = Target::parse("https://example.com/").unwrap();
        assert!(c.for_target(&t).is_none());
        assert_eq!(c.unsupported.len(), 1);
    }

    #[test]
    fn empty_environment_means_no_proxy() {
        let c = cfg(&[]);
        let t = Target::parse("https://example.com/").unwrap();
        assert!(c.for_target(&t).is_none());
        let c = cfg(&[("all_proxy", "socks5://127.0.0.1:1080"), ("NO_PROXY", "*")]);
        assert!(c.for_target(&t).is_none());
        // A SOCKS proxy is not spoken to as if it were an HTTP proxy; it is reported instead.
        let c = cfg(&[("all_proxy", "socks5://u:secret@127.0.0.1:1080")]);
        assert!(c.for_target(&t).is_none());
        assert_eq!(c.unsupported.len(), 1);
        assert!(!c.unsupported[0].contains("secret"));
    }

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn proxy_credentials_become_basic_auth() {
        let u = url::Url::parse("http://al%40ice:p%3Ass@127.0.0.1:3128").unwrap();
        assert_eq!(
            basic_authorization(&u).as_deref(),
            Some(format!("Basic {}", base64(b"al@ice:p:ss")).as_str())
        );
        let u = url::Url::parse("http://127.0.0.1:3128").unwrap();
        assert_eq!(basic_authorization(&u), None);
        // A literal '+' in userinfo is a '+', not a space.
        let u = url::Url::parse("http://u:p+ss@127.0.0.1:3128").unwrap();
        assert_eq!(
            basic_authorization(&u).as_deref(),
            Some(format!("Basic {}", base64(b"u:p+ss")).as_str())
        );
        assert_eq!(percent_decode("a%2"), "a%2");
    }
}
