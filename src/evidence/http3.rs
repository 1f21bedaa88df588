//! HTTP/3 reachability: whether the site advertises HTTP/3 (`Alt-Svc: h3=":443"`) and whether a
//! QUIC handshake to that port works from here. Browsers try HTTP/3 only after a response
//! advertised it and fall back to TCP after a short delay when UDP is filtered, so this is
//! information for the Details and the report, never the culprit of a 502.
//!
//! The `Alt-Svc` reader is here (pure) so the engine and the tests read the header the same way.

use serde::{Deserialize, Serialize};
use std::net::SocketAddr;

/// How the HTTP/3 check ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Http3Outcome {
    /// The site does not advertise HTTP/3 (no `h3` in `Alt-Svc`): nothing was sent.
    #[default]
    NotOffered,
    /// The QUIC handshake completed.
    Works,
    /// No answer to the QUIC handshake in time: UDP to that port is filtered on the way (or
    /// nothing listens). Browsers fall back to HTTP/2 or HTTP/1.1 over TCP.
    Blocked,
    /// Something answered but the handshake failed (the error says how).
    Failed,
}

/// The `http3` probe's observation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Http3Observation {
    pub outcome: Http3Outcome,
    /// The `h3` entry of `Alt-Svc` as sent (e.g. `h3=":443"; ma=86400`).
    pub advertised: Option<String>,
    /// Where the handshake went.
    pub address: Option<SocketAddr>,
    /// The ALPN the handshake agreed on (`h3`).
    pub alpn: Option<String>,
    pub duration_ms: f64,
    pub error: Option<String>,
}

/// Where an `h3` alternative points: the host (empty: the same host) and the port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AltService {
    pub host: String,
    pub port: u16,
    /// The entry as sent.
    pub entry: String,
}

/// The first `h3` alternative of an `Alt-Svc` header value (RFC 7838): entries are separated by
/// commas, each `protocol-id="[host]:port"` followed by `; parameters`. `clear` and drafts
/// (`h3-29`) are not HTTP/3 as browsers speak it today. `None` when there is no usable `h3`.
pub fn h3_alternative(alt_svc: &str) -> Option<AltService> {
    alt_svc.split(',').find_map(|entry| {
        let entry = entry.trim();
        let (alternative, _params) = entry.split_once(';').unwrap_or((entry, ""));
        let (protocol, authority) = alternative.trim().split_once('=')?;
        if protocol.trim() != "h3" {
            return None;
        }
        let authority = authority.trim().trim_matches('"');
        let (host, port) = authority.rsplit_once(':')?;
        let port: u16 = port.parse().ok().filter(|p| *p != 0)?;
        let host = host.trim_start_matches('[').trim_end_matches(']');
        Some(AltService {
            host: host.to_string(),
            port,
            entry: entry.chars().take(200).collect(),
        })
    })
}

/// One line on HTTP/3 for the live view, the reports and the app's Details.
pub fn summary(h: &Http3Observation) -> String {
    use crate::i18n::{FluentValue, tr};
    // With the address the handshake went to, when there was one.
    let say = |key: &str, key_at: &str, mut args: Vec<(&str, FluentValue<'static>)>| match h.address
    {
        Some(a) => {
            args.push(("address", a.to_string().into()));
            tr(key_at, &args)
        }
        None => tr(key, &args),
    };
    match h.outcome {
        Http3Outcome::NotOffered => crate::t!("eng-http3-not-offered"),
        Http3Outcome::Works => say(
            "eng-http3-works",
            "eng-http3-works-at",
            vec![("ms", format!("{:.0}", h.duration_ms).into())],
        ),
        Http3Outcome::Blocked => say(
            "eng-http3-blocked",
            "eng-http3-blocked-at",
            vec![("secs", format!("{:.1}", h.duration_ms / 1000.0).into())],
        ),
        Http3Outcome::Failed => say(
            "eng-http3-failed",
            "eng-http3-failed-at",
            vec![(
                "error",
                h.error
                    .clone()
                    .unwrap_or_else(|| crate::t!("eng-http3-no-reason"))
                    .into(),
            )],
        ),
    }
}

/// The protocol of the main request and the HTTP/3 line together ("HTTP/2; HTTP/3 offered and
/// works from here (...)"), as the reports and the app show them; `None` when neither is known.
pub fn protocol_line(protocol: Option<&str>, http3: Option<&Http3Observation>) -> Option<String> {
    match (protocol, http3.map(summary)) {
        (None, None) => None,
        (Some(p), None) => Some(p.to_string()),
        (None, Some(h3)) => Some(h3),
        (Some(p), Some(h3)) => Some(format!("{p}; {h3}")),
    }
}

#[cfg(test)]
#[path = "http3_proptests.rs"]
mod proptests;

#[cfg(test)]
mod tests {
    use super::h3_alternative;

    #[test]
    fn reads_the_h3_entry_as_cdns_send_it() {
        let cf = h3_alternative(r#"h3=":443"; ma=86400"#).expect("h3");
        assert_eq!((cf.host.as_str(), cf.port), ("", 443));
        assert_eq!(cf.entry, r#"h3=":443"; ma=86400"#);
        let google = h3_alternative(r#"h3-29=":443"; ma=2592000,h3=":8443"; ma=2592000"#)
            .expect("h3 after a draft");
        assert_eq!(google.port, 8443);
        let other = h3_alternative(r#"h2="alt.example.com:443", h3="alt.example.com:4433""#)
            .expect("h3 with a host");
        assert_eq!((other.host.as_str(), other.port), ("alt.example.com", 4433));
        let v6 = h3_alternative(r#"h3="[::1]:443""#).expect("IPv6");
        assert_eq!(v6.host, "::1");
    }

    #[test]
    fn no_h3_or_nonsense_is_none() {
        for value in [
            "clear",
            r#"h2=":443""#,
            r#"h3-29=":443""#,
            r#"h3=":0""#,
            r#"h3=":99999""#,
            r#"h3="443""#,
            "h3",
            "",
            ";;;,,,===",
        ] {
            assert_eq!(h3_alternative(value), None, "{value}");
        }
    }
}
