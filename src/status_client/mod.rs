//! Asking a provider's status page (engine): one GET of the endpoint in `assets/status_pages.toml`
//! (or the one `--status-url` gives), through the same reqwest client as the other third-party
//! APIs, bounded in time and size, then read by `provider_status`. Only that endpoint is
//! contacted and nothing about the checked site is sent; it runs only when the person asks
//! (`check --provider-status`).

use crate::diagnosis::Diagnosis;
use crate::evidence::status_pages::StatusPageCheck;
use crate::provider_status::{self, Source};
use std::time::{Duration, Instant};

/// The largest answer read (Google's incidents.json is a few MiB).
pub const MAX_ANSWER: usize = 8 * 1024 * 1024;

/// Ask `source`'s status page (at `endpoint` when given, else the table's) within `timeout`.
pub async fn ask(
    source: &Source,
    endpoint: Option<&str>,
    timeout: Duration,
    use_proxy: bool,
) -> StatusPageCheck {
    let started = Instant::now();
    let endpoint = endpoint.unwrap_or(&source.endpoint).to_string();
    let mut check = StatusPageCheck {
        provider: source.provider.clone(),
        name: source.name.clone(),
        page: source.page.clone(),
        endpoint: crate::target::redact_url(&endpoint),
        ..StatusPageCheck::default()
    };
    let result = tokio::time::timeout(timeout, fetch(&endpoint, use_proxy)).await;
    match result {
        Err(_) => {
            check.error = Some(crate::t!(
                "eng-no-answer-within",
                secs = format!("{:.0}", timeout.as_secs_f64())
            ))
        }
        Ok(Err(e)) => check.error = Some(e),
        Ok(Ok(body)) => match provider_status::read(source.format, &body) {
            Ok(status) => check.status = Some(status),
            Err(e) => check.error = Some(e.message()),
        },
    }
    check.duration_ms = started.elapsed().as_secs_f64() * 1000.0;
    check
}

/// The body of a 2xx answer (at most [`MAX_ANSWER`] bytes), or why there is none.
async fn fetch(endpoint: &str, use_proxy: bool) -> Result<Vec<u8>, String> {
    let client = crate::globalping::client::json_client(use_proxy).map_err(|e| {
        crate::t!(
            "eng-status-client-setup",
            error = crate::globalping::client::reason(e)
        )
    })?;
    let mut response = client
        .get(endpoint)
        .header(
            "accept",
            "application/json, application/rss+xml, application/atom+xml, */*",
        )
        .send()
        .await
        .map_err(crate::globalping::client::reason)?;
    let status = response.status();
    if !status.is_success() {
        let retry = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(|r| format!(" (Retry-After: {})", crate::text::shown(r, 40)))
            .unwrap_or_default();
        return Err(crate::t!(
            "eng-status-answered",
            code = status.as_u16().to_string(),
            // HTTP's own reason phrase: not translated.
            reason = status.canonical_reason().unwrap_or_default(),
            retry = retry
        ));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(crate::globalping::client::reason)?
    {
        if body.len() + chunk.len() > MAX_ANSWER {
            return Err(crate::t!(
                "eng-status-too-large",
                mib = (MAX_ANSWER / (1024 * 1024)).to_string()
            ));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The status sources for what answered: the responder first, then the other layers seen, one
/// per provider, at most two.
pub fn sources_for(diagnosis: &Diagnosis) -> Vec<&'static Source> {
    let mut out: Vec<&'static Source> = Vec::new();
    let seen = std::iter::once(diagnosis.responder.software)
        .chain(diagnosis.responder.layers.iter().copied());
    for software in seen {
        if let Some(s) = provider_status::source(&crate::text::serde_plain(&software))
            && !out.iter().any(|o| o.provider == s.provider)
        {
            out.push(s);
        }
    }
    out.truncate(2);
    out
}

/// Ask every source, each within `timeout`.
pub async fn ask_all(
    sources: &[&Source],
    overrides: &[(String, String)],
    timeout: Duration,
    use_proxy: bool,
) -> Vec<StatusPageCheck> {
    let mut out = Vec::new();
    for s in sources {
        let endpoint = overrides
            .iter()
            .find(|(p, _)| *p == s.provider)
            .map(|(_, u)| u.as_str());
        out.push(ask(s, endpoint, timeout, use_proxy).await);
    }
    out
}

/// The site's own status page at `base` (`https://status.example.com/`): its Statuspage summary
/// when it publishes one (`api/v2/summary.json`), else whether the page exists at all (then only
/// its link is given). At most two requests; `None` when there is no such page.
pub async fn ask_site(base: &str, timeout: Duration, use_proxy: bool) -> Option<StatusPageCheck> {
    let started = Instant::now();
    let base = if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    };
    let mut check = StatusPageCheck {
        provider: provider_status::SITE.to_string(),
        name: crate::t!("eng-status-the-site"),
        page: crate::target::redact_url(&base),
        endpoint: crate::target::redact_url(&format!("{base}api/v2/summary.json")),
        ..StatusPageCheck::default()
    };
    let summary = tokio::time::timeout(
        timeout,
        fetch(&format!("{base}api/v2/summary.json"), use_proxy),
    )
    .await;
    if let Ok(Ok(body)) = summary
        && let Ok(status) = provider_status::read_statuspage(&body)
    {
        check.status = Some(status);
        check.duration_ms = started.elapsed().as_secs_f64() * 1000.0;
        return Some(check);
    }
    // Not machine-readable: does the page exist? (A redirect counts: it leads somewhere.)
    let client = crate::globalping::client::json_client(use_proxy).ok()?;
    let page = tokio::time::timeout(timeout, client.get(&base).send()).await;
    let exists =
        matches!(page, Ok(Ok(r)) if r.status().is_success() || r.status().is_redirection());
    check.duration_ms = started.elapsed().as_secs_f64() * 1000.0;
    exists.then(|| {
        check.endpoint = check.page.clone();
        check
    })
}
