//! Atlassian Statuspage v2 (`/api/v2/summary.json`), which Cloudflare, Fastly, Vercel, Netlify,
//! GitHub, Shopify and many others publish: the overall indicator, components with their status,
//! unresolved incidents with impact and updates, and scheduled maintenances.

use super::{
    Component, Incident, Indicator, MAX_ITEMS, Maintenance, ProviderStatus, ReadError, clean,
    looks_like,
};
use serde::Deserialize;

#[derive(Deserialize)]
struct Summary {
    status: Overall,
    #[serde(default)]
    components: Vec<RawComponent>,
    #[serde(default)]
    incidents: Vec<RawIncident>,
    #[serde(default)]
    scheduled_maintenances: Vec<RawIncident>,
}

#[derive(Deserialize)]
struct Overall {
    #[serde(default)]
    indicator: String,
    #[serde(default)]
    description: Option<String>,
}

#[derive(Deserialize)]
struct RawComponent {
    #[serde(default)]
    name: String,
    #[serde(default)]
    status: String,
    /// Group rows only gather other components.
    #[serde(default)]
    group: bool,
}

#[derive(Deserialize)]
struct RawIncident {
    #[serde(default)]
    name: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    impact: String,
    #[serde(default)]
    started_at: Option<String>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    updated_at: Option<String>,
    #[serde(default)]
    scheduled_for: Option<String>,
    #[serde(default)]
    scheduled_until: Option<String>,
    #[serde(default)]
    shortlink: Option<String>,
    #[serde(default)]
    incident_updates: Vec<RawUpdate>,
    #[serde(default)]
    components: Vec<RawComponent>,
}

#[derive(Deserialize)]
struct RawUpdate {
    #[serde(default)]
    body: String,
}

fn indicator(value: &str) -> Indicator {
    match value {
        "none" => Indicator::None,
        "minor" => Indicator::Minor,
        "major" => Indicator::Major,
        "critical" => Indicator::Critical,
        "maintenance" => Indicator::Maintenance,
        _ => Indicator::Unknown,
    }
}

/// Read a `summary.json`.
pub fn read_statuspage(body: &[u8]) -> Result<ProviderStatus, ReadError> {
    let summary: Summary = serde_json::from_slice(body).map_err(|_| ReadError::NotThisFormat {
        expected: super::Format::Statuspage,
        found: looks_like(body),
    })?;
    let names = |list: &[RawComponent]| -> Vec<String> {
        list.iter()
            .take(MAX_ITEMS)
            .map(|c| clean(&c.name))
            .collect()
    };
    let components = summary
        .components
        .iter()
        .filter(|c| !c.group && !c.status.is_empty() && c.status != "operational")
        .take(MAX_ITEMS)
        .map(|c| Component {
            name: clean(&c.name),
            status: clean(&c.status),
        })
        .collect();
    let incidents = summary
        .incidents
        .iter()
        .filter(|i| !matches!(i.status.as_str(), "resolved" | "postmortem"))
        .take(MAX_ITEMS)
        .map(|i| Incident {
            title: clean(&i.name),
            impact: clean(&i.impact),
            status: clean(&i.status),
            started: i
                .started_at
                .clone()
                .or_else(|| i.created_at.clone())
                .map(|t| clean(&t)),
            updated: i.updated_at.as_deref().map(clean),
            url: i.shortlink.as_deref().map(clean),
            components: names(&i.components),
            latest: i.incident_updates.first().map(|u| clean(&u.body)),
        })
        .collect();
    let maintenances = summary
        .scheduled_maintenances
        .iter()
        .filter(|m| matches!(m.status.as_str(), "in_progress" | "verifying"))
        .take(MAX_ITEMS)
        .map(|m| Maintenance {
            title: clean(&m.name),
            starts: m.scheduled_for.as_deref().map(clean),
            ends: m.scheduled_until.as_deref().map(clean),
            url: m.shortlink.as_deref().map(clean),
            components: names(&m.components),
        })
        .collect();
    Ok(ProviderStatus {
        indicator: indicator(&summary.status.indicator),
        description: summary.status.description.as_deref().map(clean),
        components,
        incidents,
        maintenances,
    })
}
