//! Google Cloud's `incidents.json`: every incident of the last months; the ongoing ones have no
//! `end`. The newest update's text, the products and the locations affected are kept.

use super::{Incident, Indicator, MAX_ITEMS, ProviderStatus, ReadError, clean, looks_like};
use serde::Deserialize;

#[derive(Deserialize)]
struct RawIncident {
    #[serde(default)]
    external_desc: String,
    #[serde(default)]
    begin: Option<String>,
    #[serde(default)]
    end: Option<String>,
    #[serde(default)]
    modified: Option<String>,
    #[serde(default)]
    severity: String,
    #[serde(default)]
    status_impact: String,
    #[serde(default)]
    uri: Option<String>,
    #[serde(default)]
    most_recent_update: Option<RawUpdate>,
    #[serde(default)]
    affected_products: Vec<Named>,
    #[serde(default)]
    currently_affected_locations: Vec<Named>,
}

#[derive(Deserialize)]
struct RawUpdate {
    #[serde(default)]
    text: String,
}

#[derive(Deserialize)]
struct Named {
    #[serde(default)]
    title: String,
}

/// Read an `incidents.json`.
pub fn read_google(body: &[u8]) -> Result<ProviderStatus, ReadError> {
    let all: Vec<RawIncident> =
        serde_json::from_slice(body).map_err(|_| ReadError::NotThisFormat {
            expected: super::Format::GoogleIncidents,
            found: looks_like(body),
        })?;
    let incidents: Vec<Incident> = all
        .iter()
        .filter(|i| i.end.as_deref().is_none_or(|e| e.trim().is_empty()))
        .take(MAX_ITEMS)
        .map(|i| Incident {
            title: clean(&i.external_desc),
            impact: clean(&i.severity),
            status: clean(&i.status_impact.to_ascii_lowercase()),
            started: i.begin.as_deref().map(clean),
            updated: i.modified.as_deref().map(clean),
            url: i.uri.as_deref().map(|u| {
                clean(&format!(
                    "https://status.cloud.google.com/{}",
                    u.trim_start_matches('/')
                ))
            }),
            components: i
                .affected_products
                .iter()
                .chain(&i.currently_affected_locations)
                .take(MAX_ITEMS)
                .map(|n| clean(&n.title))
                .collect(),
            latest: i.most_recent_update.as_ref().map(|u| clean(&u.text)),
        })
        .collect();
    let indicator = if incidents.is_empty() {
        Indicator::None
    } else if incidents.iter().any(|i| i.impact == "high") {
        Indicator::Major
    } else {
        Indicator::Minor
    };
    Ok(ProviderStatus {
        indicator,
        description: None,
        components: Vec::new(),
        incidents,
        maintenances: Vec::new(),
    })
}
