//! The owner `paths` probe: a few paths the web server can serve without the application
//! (`/robots.txt`, `/favicon.ico`, up to two static files the page loads) against the dynamic page
//! (the page again, and once more with a cache-busting query so no cache answers for the app).
//!
//! "Static fine, dynamic 502" puts the fault in the application server (PHP-FPM and friends),
//! "everything 502" in the web server's upstream configuration or the whole backend. The pages
//! fetched here also feed the PHP / WordPress recognition (`fingerprint::wordpress`).

use super::http::{Client, Fetched};
use super::steps::{chrome, no_cache};
use super::tcp::futures_join_all;
use crate::evidence::HttpOutcome;
use crate::evidence::paths::{PathCheck, PathKind, PathsObservation};
use crate::fingerprint::wordpress;
use crate::target::{Target, redact_url};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::Semaphore;

/// Static files found in the page that are fetched (besides robots.txt and the favicon).
pub const MAX_PAGE_ASSETS: usize = 2;
/// Requests of this probe in flight at once.
pub const CONCURRENCY: usize = 3;
/// The cache-busting query parameter added to the dynamic request.
pub const NOCACHE_PARAM: &str = "gd-nocache";

/// Fetch the static and dynamic paths of `target` side by side (at most `CONCURRENCY` at once,
/// each under the client's timeout). `main_body` is the page the main request got; the static
/// files it loads are taken from it.
pub async fn run(target: &Target, main_body: &str, client: &Client) -> PathsObservation {
    let planned = plan(target, main_body);
    let gate = Semaphore::new(CONCURRENCY);
    let headers = chrome();
    let dynamic_headers = no_cache(chrome());
    let fetches = planned.iter().map(|(t, kind)| {
        let gate = &gate;
        let headers = if *kind == PathKind::Dynamic {
            &dynamic_headers
        } else {
            &headers
        };
        async move {
            let _permit = gate.acquire().await.ok();
            let guard = client.timeout + Duration::from_secs(1);
            tokio::time::timeout(guard, client.fetch(t, None, headers, true))
                .await
                .ok()
        }
    });
    let results = futures_join_all(fetches).await;

    let mut app = wordpress::detect(&[], main_body);
    let mut checks = Vec::new();
    for ((t, kind), fetched) in planned.iter().zip(results) {
        let check = path_check(t, *kind, fetched.as_ref(), client.timeout);
        if let Some(f) = &fetched
            && f.http.outcome.is_response()
        {
            // Static bodies (icons, scripts) say nothing about the app; their headers may.
            let body = if *kind == PathKind::Dynamic {
                f.page.as_str()
            } else {
                ""
            };
            app.merge(wordpress::detect(&f.http.headers, body));
        }
        checks.push(check);
    }
    PathsObservation { checks, app }
}

/// The paths to fetch, static first: robots.txt, favicon, page assets; then the page and the
/// cache-busted page.
fn plan(target: &Target, main_body: &str) -> Vec<(Target, PathKind)> {
    let mut out = Vec::new();
    let mut add = |t: Target, kind| {
        if !out
            .iter()
            .any(|(o, _): &(Target, PathKind)| o.url() == t.url())
        {
            out.push((t, kind));
        }
    };
    for path in ["/robots.txt", "/favicon.ico"] {
        if let Ok(t) = target.join(path) {
            add(t, PathKind::Static);
        }
    }
    for url in wordpress::static_assets(target.url(), main_body)
        .into_iter()
        .take(MAX_PAGE_ASSETS)
    {
        if let Ok(t) = Target::from_url(url) {
            add(t, PathKind::Static);
        }
    }
    add(target.clone(), PathKind::Dynamic);
    let mut busted = target.url().clone();
    let n = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    busted
        .query_pairs_mut()
        .append_pair(NOCACHE_PARAM, &n.to_string());
    if let Ok(t) = Target::from_url(busted) {
        add(t, PathKind::Dynamic);
    }
    out
}

fn path_check(
    target: &Target,
    kind: PathKind,
    fetched: Option<&Fetched>,
    timeout: Duration,
) -> PathCheck {
    let url = target.url();
    let mut path = url.path().to_string();
    if let Some(q) = url.query() {
        path.push('?');
        path.push_str(q);
    }
    let path = redact_url(&path);
    let Some(f) = fetched else {
        return PathCheck {
            path,
            kind,
            outcome: HttpOutcome::Timeout,
            error: Some(crate::t!(
                "eng-no-answer-within",
                secs = format!("{:.1}", timeout.as_secs_f64())
            )),
            ..PathCheck::default()
        };
    };
    let h = &f.http;
    PathCheck {
        path,
        kind,
        outcome: h.outcome,
        status: h.status,
        total_ms: h.timings.total,
        first_byte_ms: h.timings.first_byte,
        server: h.header("server").map(str::to_string),
        error: h.error.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_has_statics_then_the_page_and_a_cache_busted_page() {
        let target = Target::parse("http://127.0.0.1:8080/shop/?p=1").expect("target");
        let body = r#"<link rel="stylesheet" href="/a.css"><script src="/b.js"></script>
                      <img src="/c.png"><link rel="stylesheet" href="https://elsewhere.example/x.css">"#;
        let plan = plan(&target, body);
        let paths: Vec<String> = plan
            .iter()
            .map(|(t, _)| t.url().path().to_string())
            .collect();
        assert_eq!(
            paths,
            [
                "/robots.txt",
                "/favicon.ico",
                "/a.css",
                "/b.js",
                "/shop/",
                "/shop/"
            ]
        );
        let kinds: Vec<PathKind> = plan.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds.iter().filter(|k| **k == PathKind::Static).count(), 4);
        let busted = plan[5].0.url().query().unwrap_or_default().to_string();
        assert!(busted.starts_with("p=1&gd-nocache="), "{busted}");
    }

    #[test]
    fn plan_without_assets_fetches_two_statics_and_two_dynamics() {
        let target = Target::parse("https://shop.example/").expect("target");
        let plan = plan(&target, "");
        assert_eq!(plan.len(), 4);
        assert_eq!(plan[2].0.url().as_str(), "https://shop.example/");
    }
}
