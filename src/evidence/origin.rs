//! Owner mode, `cdn` item: the same request sent straight to the origin (`--origin IP[:PORT]`)
//! with the site's Host header and TLS server name, to compare with what the edge answers.

use super::{HttpObservation, TlsObservation};
use serde::{Deserialize, Serialize};

/// What the origin answered when asked directly, bypassing the CDN / edge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct OriginObservation {
    /// The origin address asked, `IP:PORT` (IPv6 in brackets), as given with `--origin`.
    pub origin: String,
    /// The (redacted) URL requested from the origin: the site's URL, with the scheme switched to
    /// http for an origin on port 80 and to https for one on port 443.
    pub url: String,
    /// The `Host` header sent (the site's name, so the origin picks the site's virtual host).
    pub host_header: String,
    /// The TLS server name (SNI) sent, for https; `None` for http or an IP-literal site.
    pub sni: Option<String>,
    /// The request straight to the origin. Redirects are not followed: the first answer is it.
    /// (Boxed to keep `Observation` small; serialized as the plain object.)
    pub direct: Box<HttpObservation>,
    /// The certificate the origin presented (https only), to compare with the edge's.
    pub tls: Option<TlsObservation>,
    /// The (redacted) `Location` of a redirect the origin answered with, if any.
    pub location: Option<String>,
}
