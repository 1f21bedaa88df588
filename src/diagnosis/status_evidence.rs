//! The providers' status pages as evidence: when the person asked (`check --provider-status`),
//! what the page of the provider that answered says adjusts the verdict.
//!
//! An unresolved incident (or a component that is not operational) at the provider that made
//! the error page -> `provider_incident`: the culprit is that provider, with the incident's title,
//! impact, start, last update and link, and the components matching where the request was
//! served (the colo in Cloudflare's Ray ID, the POP in CloudFront's `X-Amz-Cf-Pop`) named first.
//! A maintenance in progress -> `provider_maintenance`. All clear -> a note, verdict unchanged.
//! An incident at a provider that did not make the page, or an error asking -> said in the
//! detail only. Pure: no I/O here.

use super::facts::Facts;
use super::verdict::Finding;
use super::{Cause, Confidence, Culprit, VerdictStatus};
use crate::provider_status::{Incident, ProviderStatus};

/// Where the request was served, from the edge's headers: Cloudflare's colo (`cf-ray:
/// 8a1b2c3d4e5f6789-AMS`), CloudFront's POP (`x-amz-cf-pop: FRA56-P1`), as a 3-letter code.
pub fn served_from(f: &Facts) -> Option<String> {
    let h = f.response?;
    let code = h
        .header("cf-ray")
        .and_then(|r| r.rsplit_once('-').map(|(_, colo)| colo.to_string()))
        .or_else(|| {
            h.header("x-amz-cf-pop")
                .map(|p| p.chars().take_while(|c| c.is_ascii_alphabetic()).collect())
        })?;
    let code = code.trim().to_ascii_uppercase();
    (code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic())).then_some(code)
}

/// "Elevated 5xx errors (major, since 09:05, last update 09:40: "..."; https://...)".
fn incident_words(i: &Incident, here: Option<&str>) -> String {
    let mut parts = Vec::new();
    if !i.impact.is_empty() {
        parts.push(i.impact.clone());
    }
    if let Some(s) = &i.started {
        parts.push(crate::t!("dx-incident-since", time = s.as_str()));
    }
    if let Some(u) = &i.updated {
        parts.push(crate::t!("dx-incident-updated", time = u.as_str()));
    }
    let mut words = crate::t!("dx-incident-title", title = i.title.as_str());
    if !parts.is_empty() {
        words.push_str(&format!(" ({})", parts.join(", ")));
    }
    if let Some(c) = here.and_then(|code| i.components.iter().find(|c| c.contains(code))) {
        words.push_str(&crate::t!("dx-incident-affecting", component = c.as_str()));
    }
    if let Some(l) = &i.latest {
        words.push_str(&format!(": {l}"));
    }
    if let Some(u) = &i.url {
        words.push_str(&format!(" {u}"));
    }
    words
}

/// The incident to name first: one touching where the request was served, else the first.
fn first_incident<'a>(s: &'a ProviderStatus, here: Option<&str>) -> Option<&'a Incident> {
    here.and_then(|code| {
        s.incidents
            .iter()
            .find(|i| i.components.iter().any(|c| c.contains(code)))
    })
    .or(s.incidents.first())
}

fn append(found: &mut Finding, sentence: String) {
    found.detail = format!("{} {sentence}", found.detail).trim().to_string();
}

/// Adjust the verdict with what the status pages said.
pub(crate) fn refine(f: &Facts, mut found: Finding) -> Finding {
    let responder = f.responder.software;
    let here = served_from(f);
    for check in &f.ev.status_pages {
        let made_the_page = crate::text::serde_plain(&responder) == check.provider
            && f.status().is_some_and(|s| s >= 500)
            && found.status != VerdictStatus::Healthy;
        let Some(status) = &check.status else {
            if check.provider == crate::provider_status::SITE {
                append(
                    &mut found,
                    crate::t!("dx-status-site-page", page = check.page.as_str()),
                );
                continue;
            }
            if let Some(e) = &check.error {
                append(
                    &mut found,
                    crate::t!(
                        "dx-status-unreadable",
                        name = check.name.as_str(),
                        error = e.as_str()
                    ),
                );
            }
            continue;
        };
        if let Some(incident) = first_incident(status, here.as_deref()) {
            let sentence = crate::t!(
                "dx-status-incident",
                name = check.name.as_str(),
                incident = incident_words(incident, here.as_deref())
            );
            if made_the_page {
                found.culprit = Culprit::Cdn;
                found.cause = Cause::ProviderIncident;
                found.confidence = Confidence::High;
                found.detail = format!(
                    "{sentence} {}",
                    crate::t!("dx-status-incident-follow", page = check.page.as_str())
                );
            } else {
                append(&mut found, sentence);
            }
        } else if let Some(m) = status.maintenances.first() {
            let name = check.name.as_str();
            let title = m.title.as_str();
            let sentence = match m.ends.as_deref() {
                Some(until) => crate::t!(
                    "dx-status-maintenance-until",
                    name = name,
                    title = title,
                    until = until
                ),
                None => crate::t!("dx-status-maintenance", name = name, title = title),
            };
            if made_the_page {
                found.culprit = Culprit::Cdn;
                found.cause = Cause::ProviderMaintenance;
                found.confidence = Confidence::Medium;
                found.detail = format!(
                    "{sentence} {}",
                    crate::t!("dx-status-see", page = check.page.as_str())
                );
            } else {
                append(&mut found, sentence);
            }
        } else if !status.components.is_empty() {
            let names: Vec<String> = status
                .components
                .iter()
                .take(3)
                .map(|c| format!("{} ({})", c.name, c.status.replace('_', " ")))
                .collect();
            append(
                &mut found,
                crate::t!(
                    "dx-status-components",
                    name = check.name.as_str(),
                    components = names.join(", ")
                ),
            );
        } else {
            append(
                &mut found,
                crate::t!("dx-status-no-incident", name = check.name.as_str()),
            );
        }
    }
    found
}
