//! The request headers of current browsers, as they send them for a page typed into the address
//! bar: the same names in the same order, `Accept`, `Accept-Language` from this computer's locale,
//! `Accept-Encoding` with the decoders the `http` probe has (gzip, deflate, br, zstd), the
//! `sec-fetch-*` and client-hint headers, `upgrade-insecure-requests`. The main request is
//! Chrome's; the "another browser" step sends the profiles of the browsers installed here.
//!
//! A table, not code paths: a new browser is a new row.

use crate::browsers::BrowserKind;

/// The engine a browser is built on decides its header shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Engine {
    Chromium,
    Gecko,
    WebKit,
}

/// One browser's identity: its engine, `User-Agent`, and (Chromium) the brand in `sec-ch-ua`.
struct Identity {
    engine: Engine,
    user_agent: &'static str,
    brand: &'static str,
}

const CHROME_UA: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";

fn identity(kind: BrowserKind) -> Identity {
    let chromium = |user_agent, brand| Identity {
        engine: Engine::Chromium,
        user_agent,
        brand,
    };
    match kind {
        BrowserKind::Chrome => chromium(CHROME_UA, "\"Google Chrome\";v=\"142\""),
        BrowserKind::Chromium => chromium(
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
            "\"Chromium\";v=\"142\"",
        ),
        BrowserKind::Edge => chromium(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0",
            "\"Microsoft Edge\";v=\"142\"",
        ),
        BrowserKind::Brave => chromium(CHROME_UA, "\"Brave\";v=\"142\""),
        BrowserKind::Opera => chromium(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 OPR/125.0.0.0",
            "\"Opera\";v=\"125\"",
        ),
        BrowserKind::Vivaldi => chromium(CHROME_UA, "\"Vivaldi\";v=\"7.7\""),
        BrowserKind::Firefox => Identity {
            engine: Engine::Gecko,
            user_agent: "Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0",
            brand: "",
        },
        BrowserKind::Safari => Identity {
            engine: Engine::WebKit,
            user_agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15",
            brand: "",
        },
        BrowserKind::Epiphany => Identity {
            engine: Engine::WebKit,
            user_agent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15 Epiphany/605.1.15",
            brand: "",
        },
    }
}

/// What the `http` probe can decode, as browsers announce it.
pub const ACCEPT_ENCODING: &str = "gzip, deflate, br, zstd";

/// The headers `kind` sends for a page typed into the address bar, in its order, with
/// `Accept-Language` from `locale` (a POSIX locale such as `de_DE.UTF-8`; `None`: English).
/// `connection: close` ends the list for HTTP/1.1 (it is left out over HTTP/2).
pub fn headers_for(kind: BrowserKind, locale: Option<&str>) -> Vec<(String, String)> {
    let id = identity(kind);
    let language = accept_language(id.engine, locale);
    let list: Vec<(&str, String)> = match id.engine {
        Engine::Chromium => vec![
            (
                "sec-ch-ua",
                format!("\"Chromium\";v=\"142\", {}, \"Not_A Brand\";v=\"99\"", id.brand),
            ),
            ("sec-ch-ua-mobile", "?0".into()),
            ("sec-ch-ua-platform", "\"Windows\"".into()),
            ("upgrade-insecure-requests", "1".into()),
            ("user-agent", id.user_agent.into()),
            (
                "accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7".into(),
            ),
            ("sec-fetch-site", "none".into()),
            ("sec-fetch-mode", "navigate".into()),
            ("sec-fetch-user", "?1".into()),
            ("sec-fetch-dest", "document".into()),
            ("accept-encoding", ACCEPT_ENCODING.into()),
            ("accept-language", language),
            ("priority", "u=0, i".into()),
        ],
        Engine::Gecko => vec![
            ("user-agent", id.user_agent.into()),
            (
                "accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8".into(),
            ),
            ("accept-language", language),
            ("accept-encoding", ACCEPT_ENCODING.into()),
            ("upgrade-insecure-requests", "1".into()),
            ("sec-fetch-dest", "document".into()),
            ("sec-fetch-mode", "navigate".into()),
            ("sec-fetch-site", "none".into()),
            ("sec-fetch-user", "?1".into()),
            ("priority", "u=0, i".into()),
        ],
        Engine::WebKit => vec![
            (
                "accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8".into(),
            ),
            ("sec-fetch-site", "none".into()),
            ("accept-encoding", "gzip, deflate, br".into()),
            ("sec-fetch-mode", "navigate".into()),
            ("user-agent", id.user_agent.into()),
            ("accept-language", language),
            ("sec-fetch-dest", "document".into()),
            ("upgrade-insecure-requests", "1".into()),
            ("priority", "u=0, i".into()),
        ],
    };
    list.into_iter()
        .map(|(n, v)| (n.to_string(), v))
        .chain([("connection".to_string(), "close".to_string())])
        .collect()
}

/// The language the person chose (`--lang`, the app's setting), which the requests then ask
/// for instead of the system's.
static CHOSEN: std::sync::RwLock<Option<String>> = std::sync::RwLock::new(None);

/// Ask for this locale (`de_DE`) from now on; `None`: the system's again.
pub fn set_locale(locale: Option<String>) {
    if let Ok(mut chosen) = CHOSEN.write() {
        *chosen = locale;
    }
}

/// The locale the requests speak: the one chosen, else this computer's, as browsers take it from
/// the system: `LC_ALL`, `LC_MESSAGES`, `LANG`.
pub fn system_locale() -> Option<String> {
    if let Some(chosen) = CHOSEN.read().ok().and_then(|c| c.clone()) {
        return Some(chosen);
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.trim().is_empty())
}

/// `Accept-Language` for a POSIX locale the way each engine writes it by default: Chromium
/// `de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7`, Firefox `de-DE,de;q=0.8,en-US;q=0.5,en;q=0.3`, Safari
/// `de-DE,de;q=0.9`. `C`, `POSIX`, nothing usable or English: English only.
fn accept_language(engine: Engine, locale: Option<&str>) -> String {
    let tag = locale.and_then(language_tag);
    let english = |engine| match engine {
        Engine::Chromium => "en-US,en;q=0.9".to_string(),
        Engine::Gecko => "en-US,en;q=0.5".to_string(),
        Engine::WebKit => "en-US,en;q=0.9".to_string(),
    };
    let Some((lang, region)) = tag else {
        return english(engine);
    };
    let full = match &region {
        Some(r) => format!("{lang}-{r}"),
        None => lang.clone(),
    };
    if lang == "en" {
        return match (engine, region) {
            (Engine::Gecko, _) => format!("{full},en;q=0.5"),
            (_, Some(_)) => format!("{full},en;q=0.9"),
            (_, None) => "en".to_string(),
        };
    }
    let with_base = region.is_some();
    match engine {
        Engine::Chromium if with_base => format!("{full},{lang};q=0.9,en-US;q=0.8,en;q=0.7"),
        Engine::Chromium => format!("{full},en-US;q=0.9,en;q=0.8"),
        Engine::Gecko if with_base => format!("{full},{lang};q=0.8,en-US;q=0.5,en;q=0.3"),
        Engine::Gecko => format!("{full},en-US;q=0.7,en;q=0.3"),
        Engine::WebKit if with_base => format!("{full},{lang};q=0.9"),
        Engine::WebKit => full,
    }
}

/// `de_DE.UTF-8@euro` -> ("de", Some("DE")); `C`/`POSIX`/garbage -> None.
fn language_tag(locale: &str) -> Option<(String, Option<String>)> {
    let base = locale.split(['.', '@']).next()?.trim();
    let (lang, region) = match base.split_once(['_', '-']) {
        Some((l, r)) => (l, Some(r)),
        None => (base, None),
    };
    let lang_ok = (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_alphabetic());
    if !lang_ok || matches!(base, "C" | "POSIX") {
        return None;
    }
    let region = region
        .filter(|r| (2..=3).contains(&r.len()) && r.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(str::to_ascii_uppercase);
    Some((lang.to_ascii_lowercase(), region))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_sends_its_headers_in_its_order() {
        let h = headers_for(BrowserKind::Chrome, Some("en_US.UTF-8"));
        let names: Vec<&str> = h.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sec-ch-ua",
                "sec-ch-ua-mobile",
                "sec-ch-ua-platform",
                "upgrade-insecure-requests",
                "user-agent",
                "accept",
                "sec-fetch-site",
                "sec-fetch-mode",
                "sec-fetch-user",
                "sec-fetch-dest",
                "accept-encoding",
                "accept-language",
                "priority",
                "connection"
            ]
        );
        let value = |n: &str| h.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        assert_eq!(value("accept-encoding"), Some("gzip, deflate, br, zstd"));
        assert_eq!(value("accept-language"), Some("en-US,en;q=0.9"));
        assert!(value("sec-ch-ua").is_some_and(|v| v.contains("Google Chrome")));
    }

    #[test]
    fn each_browser_names_itself() {
        for (kind, mark) in [
            (BrowserKind::Edge, "Edg/"),
            (BrowserKind::Opera, "OPR/"),
            (BrowserKind::Firefox, "Firefox/"),
            (BrowserKind::Safari, "Version/26.0 Safari"),
            (BrowserKind::Epiphany, "Epiphany/"),
        ] {
            let h = headers_for(kind, None);
            let ua = h
                .iter()
                .find(|(n, _)| n == "user-agent")
                .map(|(_, v)| v.clone());
            assert!(ua.is_some_and(|u| u.contains(mark)), "{kind:?}");
        }
        let brave = headers_for(BrowserKind::Brave, None);
        assert!(
            brave
                .iter()
                .any(|(n, v)| n == "sec-ch-ua" && v.contains("Brave"))
        );
        let firefox = headers_for(BrowserKind::Firefox, None);
        assert!(!firefox.iter().any(|(n, _)| n.starts_with("sec-ch-ua")));
    }

    #[test]
    fn accept_language_follows_the_locale_like_each_browser() {
        let chrome = |l| accept_language(Engine::Chromium, l);
        assert_eq!(
            chrome(Some("de_DE.UTF-8")),
            "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7"
        );
        assert_eq!(
            chrome(Some("fr_FR@euro")),
            "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7"
        );
        assert_eq!(chrome(Some("ja")), "ja,en-US;q=0.9,en;q=0.8");
        assert_eq!(chrome(Some("en_GB.UTF-8")), "en-GB,en;q=0.9");
        for english in [
            None,
            Some("C"),
            Some("POSIX"),
            Some("C.UTF-8"),
            Some("1234"),
            Some(""),
        ] {
            assert_eq!(chrome(english), "en-US,en;q=0.9", "{english:?}");
        }
        assert_eq!(
            accept_language(Engine::Gecko, Some("es_ES.UTF-8")),
            "es-ES,es;q=0.8,en-US;q=0.5,en;q=0.3"
        );
        assert_eq!(
            accept_language(Engine::WebKit, Some("pt_BR")),
            "pt-BR,pt;q=0.9"
        );
    }
}
