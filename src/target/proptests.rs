//! Property tests for the target parser and redaction: whatever the user types or a server sends
//! in `Location`, parsing never panics and every refusal explains itself, and a password or
//! query token put into an address never shows up in anything that is displayed, logged or
//! written to a report (`Display`, `Debug`, `redacted()`, `info()`, error messages).
//!
//! 256 cases per property by default (proptest's default); `PROPTEST_CASES=10000 cargo test
//! --no-default-features --lib target::proptests` runs longer. Pure: no network.

use super::*;
use proptest::prelude::*;

/// Strings worth parsing: any Unicode text, and text over the characters addresses are made of
/// (so that many inputs get deep into the parser instead of stopping at the first check).
fn address_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9:/?#@.%\\[\\]_~!$&'()*+,;=-]{0,60}",
        (
            "(https?|HTTP|ftp|ws|javascript|file|)",
            "(://|:|//|:///)?",
            "[a-z0-9.:@\\[\\]_-]{0,30}",
            "[/?#a-z0-9=&%@:.-]{0,30}"
        )
            .prop_map(|(s, sep, auth, rest)| format!("{s}{sep}{auth}{rest}")),
    ]
}

/// A secret as people pick them: an upper-case letter first (nothing else the generators below
/// produce has upper-case letters, so it cannot appear by chance), then letters and digits.
fn secret() -> impl Strategy<Value = String> {
    "[A-Z][A-Za-z0-9]{7,24}"
}

/// Hosts, valid and not: names, IP literals, with ports, bad characters, empty labels, too long.
fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z][a-z0-9-]{0,12}(\\.[a-z0-9-]{1,12}){0,3}",
        "[a-z0-9.-]{1,20}:[0-9]{1,6}",
        Just("127.0.0.1".to_string()),
        Just("[::1]:8443".to_string()),
        Just("[::1".to_string()),
        Just("999.1.1.1".to_string()),
        Just("exa_mple.com".to_string()),
        Just("a..b".to_string()),
        Just("ex!mple.com".to_string()),
        Just("b\u{fc}cher.example".to_string()),
        "[a-z]{64}\\.com",
        Just(String::new()),
    ]
}

/// Every string that leaves the module for one parse result.
fn shown(result: &Result<Target, TargetError>) -> Vec<String> {
    match result {
        Ok(t) => vec![
            t.to_string(),
            format!("{t:?}"),
            t.redacted(),
            t.info().url,
            format!("{:?}", t.info()),
            t.authority(),
            t.display_host().to_string(),
        ],
        Err(e) => vec![e.to_string(), format!("{e:?}")],
    }
}

proptest! {
    /// Any input parses or is refused with a message; a parsed target is http(s) with a host and
    /// a port, shows no credentials, and reading its own URL again gives the same target.
    #[test]
    fn any_input_parses_or_is_explained(input in address_like()) {
        match Target::parse(&input) {
            Err(e) => {
                let message = e.to_string();
                prop_assert!(!message.trim().is_empty(), "{e:?}");
                prop_assert!(message.chars().count() < 400, "{message}");
            }
            Ok(t) => {
                prop_assert!(matches!(t.url().scheme(), "http" | "https"));
                prop_assert_eq!(t.url().scheme(), t.scheme.as_str());
                prop_assert!(t.port != 0);
                prop_assert!(!t.host.is_empty());
                let shown = Url::parse(&t.to_string());
                prop_assert!(shown.is_ok(), "{t} is not a URL");
                if let Ok(shown) = shown {
                    prop_assert_eq!(shown.username(), "");
                    prop_assert_eq!(shown.password(), None);
                }
                let again = Target::parse(t.url().as_str());
                prop_assert_eq!(again.as_ref(), Ok(&t), "{} read again", t.url());
            }
        }
    }

    /// `scheme://user:PASSWORD@host/path?token=SECRET`: the password and the token are used for
    /// the request, but nothing shown, logged or reported contains either, whether the address
    /// parses or is refused (also as a redirect `Location` and as a HOST:PORT argument).
    #[test]
    fn passwords_and_tokens_are_never_shown(
        scheme in "(https?|HTTP|ftp|ws|foo|javascript|file|)",
        slashes in prop_oneof![Just("://"), Just(":"), Just("//"), Just("")],
        user in "[a-z0-9]{0,8}",
        password_text in secret(),
        token in secret(),
        host in host(),
        path in "(/[a-z0-9._-]{0,10}){0,3}",
        param in "(token|access_token|api_key|X-Amz-Signature|csrf_token|code|sig)",
        other in "(&page=[0-9]{1,3})?",
        fragment in "(#[a-z]{0,5})?",
    ) {
        let scheme_part = if scheme.is_empty() {
            String::new()
        } else {
            format!("{scheme}{slashes}")
        };
        let query = format!("{param}={token}{other}{fragment}");
        let input = format!("{scheme_part}{user}:{password_text}@{host}{path}?{query}");
        let hide = |texts: Vec<String>, password: bool| -> Result<(), TestCaseError> {
            for text in texts {
                let leaked = password && text.contains(&password_text);
                prop_assert!(!leaked, "password in {text:?} (from {input:?})");
                prop_assert!(!text.contains(&token), "token in {text:?} (from {input:?})");
            }
            Ok(())
        };
        let never = |texts: Vec<String>| hide(texts, true);
        never(vec![redact_url(&input)])?;
        let parsed = Target::parse(&input);
        never(shown(&parsed))?;
        if let Ok(t) = &parsed {
            // The secrets are still there for the request itself.
            if t.has_credentials() {
                prop_assert!(t.url().as_str().contains(&password_text));
            }
            prop_assert!(t.url().as_str().contains(&token));
        }
        let base = Target::parse("https://example.com/start");
        prop_assert!(base.is_ok());
        if let Ok(base) = base {
            // As a redirect `Location`: without a `//` before it, `user:pass@host` is a relative
            // path (a file named so on the server), not credentials; the token is hidden anyway.
            hide(shown(&base.join(&input)), scheme_part.ends_with("//"))?;
        }
        match parse_host_port(&input, Some(443)) {
            Ok((host, _)) => never(vec![host])?,
            Err(e) => never(vec![e.to_string(), format!("{e:?}")])?,
        }
        match parse_ip_port(&input, 443) {
            Ok(addr) => never(vec![addr.to_string()])?,
            Err(e) => never(vec![e.to_string()])?,
        }
    }

    /// Redaction is stable: what it returns has nothing left to hide, so redacting it again
    /// changes nothing (a second pass that still found a secret would mean the first one leaked).
    /// Only when both passes read the text the same way: a garbled address (`http://@/=`) can
    /// become one that parses as a URL, which is then normalised, not redacted further.
    #[test]
    fn redaction_is_idempotent(input in address_like()) {
        let url_with_host = |s: &str| Url::parse(s).is_ok_and(|u| u.has_host());
        let once = redact_url(&input);
        if url_with_host(&input) == url_with_host(&once) {
            prop_assert_eq!(redact_url(&once), once.clone(), "input {:?}", input);
        }
    }

    /// A redirect `Location` (any text a server sends) is followed or refused with a message,
    /// never a panic; a followed one is an http(s) target with a port.
    #[test]
    fn any_location_is_joined_or_explained(location in address_like()) {
        let base = Target::parse("http://user:pw@shop.example.com:8080/a/b?x=1");
        prop_assert!(base.is_ok());
        if let Ok(base) = base {
            match base.join(&location) {
                Err(e) => prop_assert!(!e.to_string().trim().is_empty()),
                Ok(t) => {
                    prop_assert!(matches!(t.url().scheme(), "http" | "https"));
                    prop_assert!(t.port != 0 && !t.host.is_empty());
                }
            }
        }
    }

    /// `HOST:PORT` arguments: any text is accepted or refused with a message; an accepted one
    /// has a host and a port that is not 0, and written back as HOST:PORT reads the same.
    #[test]
    fn host_port_arguments_round_trip(input in address_like()) {
        match parse_host_port(&input, None) {
            Err(e) => prop_assert!(!e.to_string().trim().is_empty()),
            Ok((host, port)) => {
                prop_assert!(!host.is_empty() && port != 0);
                let written = if host.contains(':') {
                    format!("[{host}]:{port}")
                } else {
                    format!("{host}:{port}")
                };
                prop_assert_eq!(parse_host_port(&written, None), Ok((host.clone(), port)));
            }
        }
        match parse_ip_port(&input, 443) {
            Err(e) => prop_assert!(!e.to_string().trim().is_empty()),
            Ok(addr) => prop_assert!(addr.port() != 0),
        }
    }
}
