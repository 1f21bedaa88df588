//! The verdict's cause: what failed, as a closed set. Each cause has a stable snake_case id (the
//! JSON contract's `verdict.cause`, e.g. `upstream_refused`, `client_error_404`), a family that
//! groups the causes the advice treats alike (every DNS cause, every certificate cause ...), and
//! one sentence in `wording`, matched exhaustively: a new cause does not compile until it has
//! its words.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// Groups of causes the checklist and the rules treat alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CauseFamily {
    /// Nothing failed.
    Healthy,
    /// The site's own stack: its web server, the application behind it, maintenance, limits.
    Server,
    /// The site's own server as seen through its CDN (the CDN's codes for an origin problem).
    Origin,
    /// The CDN itself (its error pages, its servers in one region, its bot check).
    Cdn,
    /// Looking up the site's name.
    Dns,
    /// The secure connection or its certificate.
    Tls,
    /// Reaching the site's server at all (TCP).
    Connection,
    /// This computer or its network: no internet, a proxy, a captive portal, a wrong clock.
    ThisSide,
    /// The page itself: refused, redirected in circles, blocked for this browser.
    Page,
    /// What places around the world said (down everywhere, regional).
    World,
    /// Not enough evidence to say.
    Unknown,
}

macro_rules! causes {
    ($($variant:ident => $id:literal, $family:ident;)*) => {
        /// What failed (see the module docs).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum Cause {
            $($variant,)*
            /// The site answered 4xx to this page (`client_error_404`).
            ClientError(u16),
            /// Not enough evidence to say.
            #[default]
            Unknown,
        }

        impl Cause {
            /// Every cause with a fixed id (not `client_error_N`), for tests and tables.
            pub const FIXED: &'static [Cause] = &[$(Cause::$variant,)* Cause::Unknown];

            /// The family it belongs to.
            pub fn family(self) -> CauseFamily {
                match self {
                    $(Cause::$variant => CauseFamily::$family,)*
                    Cause::ClientError(_) => CauseFamily::Page,
                    Cause::Unknown => CauseFamily::Unknown,
                }
            }

            /// The stable snake_case id of the JSON contract.
            pub fn id(self) -> Cow<'static, str> {
                match self {
                    $(Cause::$variant => Cow::Borrowed($id),)*
                    Cause::ClientError(status) => Cow::Owned(format!("client_error_{status}")),
                    Cause::Unknown => Cow::Borrowed("unknown"),
                }
            }

            /// The cause with this id, if there is one.
            pub fn from_id(id: &str) -> Option<Cause> {
                match id {
                    $($id => Some(Cause::$variant),)*
                    "unknown" => Some(Cause::Unknown),
                    other => other
                        .strip_prefix("client_error_")
                        .and_then(|n| n.parse().ok())
                        .map(Cause::ClientError),
                }
            }
        }
    };
}

causes! {
    Healthy => "ok", Healthy;
    // From the server logs (`log_evidence`) and the owner's checks.
    UpstreamCrash => "upstream_crash", Server;
    UpstreamOverloaded => "upstream_overloaded", Server;
    AppMemoryLimit => "app_memory_limit", Server;
    UpstreamPermissionDenied => "upstream_permission_denied", Server;
    UpstreamHeaderTooBig => "upstream_header_too_big", Server;
    UpstreamTlsFailed => "upstream_tls_failed", Server;
    UpstreamUnresolved => "upstream_unresolved", Server;
    SocketPathMismatch => "socket_path_mismatch", Server;
    BackendDisabled => "backend_disabled", Server;
    UpstreamFailed => "upstream_failed", Server;
    NoHealthyUpstream => "no_healthy_upstream", Server;
    UpstreamRefused => "upstream_refused", Server;
    PhpFpmDown => "php_fpm_down", Server;
    UpstreamClosed => "upstream_closed", Server;
    Http2Only => "http2_only", Server;
    UpstreamTimeout => "upstream_timeout", Server;
    AppError => "app_error", Server;
    ServerError => "server_error", Server;
    ServiceUnavailable => "service_unavailable", Server;
    Maintenance => "maintenance", Server;
    RateLimited => "rate_limited", Server;
    ResponseTimeout => "response_timeout", Server;
    ConnectionClosed => "connection_closed", Server;
    NotHttp => "not_http", Server;
    ScriptNotFound => "script_not_found", Server;
    OriginDown => "origin_down", Origin;
    OriginTimeout => "origin_timeout", Origin;
    OriginUnreachable => "origin_unreachable", Origin;
    OriginBadGateway => "origin_bad_gateway", Origin;
    OriginBadResponse => "origin_bad_response", Origin;
    OriginTls => "origin_tls", Origin;
    CdnError => "cdn_error", Cdn;
    CdnRegion => "cdn_region", Cdn;
    ProviderIncident => "provider_incident", Cdn;
    ProviderMaintenance => "provider_maintenance", Cdn;
    BotChallenge => "bot_challenge", Cdn;
    DnsNxdomain => "dns_nxdomain", Dns;
    DnsServfail => "dns_servfail", Dns;
    DnsNoRecords => "dns_no_records", Dns;
    DnsTimeout => "dns_timeout", Dns;
    DnsError => "dns_error", Dns;
    DnsOnlyHere => "dns_only_here", Dns;
    TlsIntercepted => "tls_intercepted", Tls;
    TlsHandshakeFailed => "tls_handshake_failed", Tls;
    TlsTimeout => "tls_timeout", Tls;
    TlsExpired => "tls_expired", Tls;
    TlsWrongHost => "tls_wrong_host", Tls;
    TlsUntrusted => "tls_untrusted", Tls;
    TlsInvalid => "tls_invalid", Tls;
    TcpRefused => "tcp_refused", Connection;
    TcpTimeout => "tcp_timeout", Connection;
    TcpUnreachable => "tcp_unreachable", Connection;
    NoNetwork => "no_network", ThisSide;
    LocalProxyFailed => "local_proxy_failed", ThisSide;
    ClockWrong => "clock_wrong", ThisSide;
    CaptivePortal => "captive_portal", ThisSide;
    ProxyBlocked => "proxy_blocked", ThisSide;
    OnlyFromHere => "only_from_here", ThisSide;
    BrowserBlocked => "browser_blocked", Page;
    RedirectLoop => "redirect_loop", Page;
    TooManyRedirects => "too_many_redirects", Page;
    DownEverywhere => "down_everywhere", World;
    RegionalOutage => "regional_outage", World;
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id())
    }
}

impl Serialize for Cause {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.id())
    }
}

impl<'de> Deserialize<'de> for Cause {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Cause, D::Error> {
        let id = Cow::<'de, str>::deserialize(deserializer)?;
        Cause::from_id(&id).ok_or_else(|| {
            serde::de::Error::custom(crate::t!("dx-unknown-cause", id = format!("{id:?}")))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_reads_back_as_its_cause_and_ids_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for cause in Cause::FIXED
            .iter()
            .copied()
            .chain([Cause::ClientError(404)])
        {
            let id = cause.id();
            assert!(seen.insert(id.to_string()), "{id} twice");
            assert_eq!(Cause::from_id(&id), Some(cause), "{id}");
            let json = serde_json::to_string(&cause).expect("serialize");
            assert_eq!(json, format!("\"{id}\""));
            let back: Cause = serde_json::from_str(&json).expect("deserialize");
            assert_eq!(back, cause);
        }
    }

    #[test]
    fn families_follow_the_id_prefixes_and_unknown_ids_are_refused() {
        for cause in Cause::FIXED {
            let id = cause.id();
            for (prefix, family) in [
                ("dns_", CauseFamily::Dns),
                ("tls_", CauseFamily::Tls),
                ("origin_", CauseFamily::Origin),
                ("tcp_", CauseFamily::Connection),
            ] {
                if id.starts_with(prefix) {
                    assert_eq!(cause.family(), family, "{id}");
                }
            }
        }
        assert_eq!(Cause::ClientError(410).family(), CauseFamily::Page);
        assert_eq!(Cause::from_id("upstream_refsued"), None);
        assert_eq!(Cause::from_id("client_error_70000"), None);
        assert_eq!(Cause::from_id("client_error_x"), None);
        let err = serde_json::from_str::<Cause>("\"upstream_refsued\"").unwrap_err();
        assert!(
            err.to_string()
                .contains("unknown cause \"upstream_refsued\""),
            "{err}"
        );
    }
}
