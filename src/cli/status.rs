//! `check --provider-status`: after our own check, ask the status page of the provider that
//! answered (Cloudflare, AWS, Fastly ...; `assets/status_pages.toml`), read it, and let it join
//! the evidence (the verdict and the report's "Known incidents" use it). Only when asked; only
//! the provider's status endpoint is contacted; `--status-url PROVIDER=URL` points a provider at
//! another endpoint.

use crate::provider_status::{self, Source};

/// `PROVIDER=URL` of `--status-url`: the provider must be in the table, the URL http(s).
pub fn parse_status_url(value: &str) -> Result<(String, String), String> {
    let (provider, url) = value
        .split_once('=')
        .ok_or_else(|| crate::t!("cli-status-url-form", value = format!("{value:?}")))?;
    let provider = provider.trim().to_ascii_lowercase();
    if provider != provider_status::SITE && provider_status::source(&provider).is_none() {
        let known: Vec<&str> = provider_status::sources()
            .iter()
            .map(|s| s.provider.as_str())
            .collect();
        return Err(crate::t!(
            "cli-status-unknown-provider",
            provider = format!("{provider:?}"),
            known = known.join(", ")
        ));
    }
    let parsed = url::Url::parse(url.trim()).map_err(|e| {
        crate::t!(
            "cli-status-not-url",
            url = format!("{url:?}"),
            error = e.to_string()
        )
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(crate::t!("cli-status-not-http", url = format!("{url:?}")));
    }
    Ok((provider, parsed.to_string()))
}

/// The notice printed before asking (text mode).
pub fn notice(sources: &[&Source]) -> String {
    let names: Vec<String> = sources
        .iter()
        .map(|s| format!("{} ({})", s.name, s.page))
        .collect();
    let and = format!(" {} ", crate::t!("cli-status-and"));
    crate::t!("cli-status-asking", names = names.join(&and))
}
