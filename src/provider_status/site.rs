//! The site's own status page: where to look for it. A link to a `status.` host in the page the
//! site answered (an error page often points at it), else `status.<registrable domain>` of the
//! site's name (`status.shop.example.co.uk` -> `status.example.co.uk`). The engine asks it at most
//! twice (its Statuspage summary, else whether it exists at all).

/// The id the site's own status page gets among the providers' (`StatusPageCheck::provider`).
pub const SITE: &str = "site";

/// Second-level labels under which names are registered at the third level (`co.uk`, `com.au`
/// ...): enough for the common cases without the whole public suffix list.
const SECOND_LEVEL: &[&str] = &[
    "co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go",
];

/// The registrable domain of `host` (`shop.example.co.uk` -> `example.co.uk`); `None` for an IP
/// address or a name with fewer than two labels.
pub fn registrable_domain(host: &str) -> Option<String> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() || host.trim_matches(['[', ']']).contains(':') {
        return None;
    }
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() < 2 || labels.iter().any(|l| !valid_label(l)) {
        return None;
    }
    let n = labels.len();
    let keep = if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) {
        3
    } else {
        2
    };
    Some(labels[n - keep..].join("."))
}

/// Where the site's status page probably is, as `https://status.example.com/`; `None` for an IP
/// address or a name with fewer than two labels.
pub fn site_status_base(host: &str, body: &str) -> Option<String> {
    if let Some(hinted) = hinted(body) {
        return Some(hinted);
    }
    registrable_domain(host).map(|d| format!("https://status.{d}/"))
}

fn valid_label(label: &str) -> bool {
    label.len() <= 63 && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A link to a `status.` host in the page: `href="https://status.example.com/..."` gives
/// `https://status.example.com/` (the first such link that is a real address).
fn hinted(body: &str) -> Option<String> {
    let mut rest = body;
    while let Some(at) = rest.find("href=\"") {
        rest = &rest[at + 6..];
        let Some(end) = rest.find('"') else { break };
        let link = &rest[..end];
        rest = &rest[end..];
        let Ok(url) = url::Url::parse(link) else {
            continue;
        };
        let Some(host) = url.host_str() else { continue };
        let labels = host.split('.').count();
        if matches!(url.scheme(), "http" | "https") && host.starts_with("status.") && labels >= 3 {
            return Some(format!("{}://{host}/", url.scheme()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::site_status_base;

    #[test]
    fn the_status_host_of_the_registrable_domain() {
        assert_eq!(
            site_status_base("shop.example.com", "").as_deref(),
            Some("https://status.example.com/")
        );
        assert_eq!(
            site_status_base("example.com", "").as_deref(),
            Some("https://status.example.com/")
        );
        assert_eq!(
            site_status_base("www.shop.example.co.uk", "").as_deref(),
            Some("https://status.example.co.uk/")
        );
        for none in ["127.0.0.1", "::1", "localhost", "", "bad_label.example.com"] {
            assert_eq!(site_status_base(none, ""), None, "{none}");
        }
    }

    #[test]
    fn a_link_in_the_page_wins() {
        let page =
            r#"<p>See <a href="https://status.shopco.io/incidents/42">our status page</a>.</p>"#;
        assert_eq!(
            site_status_base("shop.example.com", page).as_deref(),
            Some("https://status.shopco.io/")
        );
        let bare = r#"<a href="http://status.example.net">status</a>"#;
        assert_eq!(
            site_status_base("example.com", bare).as_deref(),
            Some("http://status.example.net/")
        );
        let bogus = r#"<a href="https://status.">x</a>"#;
        assert_eq!(
            site_status_base("example.com", bogus).as_deref(),
            Some("https://status.example.com/")
        );
    }
}
