//! The bundled, dated snapshot of the CDNs' published IP ranges (`assets/cdn_ranges.toml`):
//! loading, validation and "which CDN's range holds this address".
//!
//! Bundled, never downloaded at run time: a check must not reach out to third parties the user
//! did not ask about. Every match names the snapshot date so the reader can judge how fresh it is.

use super::EdgeProvider;
use super::cidr::{Cidr, CidrError};
use serde::Deserialize;
use std::net::IpAddr;
use std::sync::OnceLock;

const CDN_RANGES_TOML: &str = include_str!("../../../assets/cdn_ranges.toml");

/// One provider's published ranges and where they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderRanges {
    pub provider: EdgeProvider,
    /// Where the list is published (URLs).
    pub source: String,
    /// The date the snapshot of this list was taken (YYYY-MM-DD).
    pub taken: String,
    /// Completeness and caveats, in plain words.
    pub note: String,
    /// IPv4 ranges first, then IPv6, in file order.
    pub ranges: Vec<Cidr>,
}

/// All providers' ranges.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CdnRanges {
    /// The date of the snapshot as a whole (YYYY-MM-DD).
    pub snapshot_date: String,
    pub providers: Vec<ProviderRanges>,
}

/// An address found in a provider's published ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RangeMatch<'a> {
    pub provider: &'a ProviderRanges,
    /// The range that holds the address.
    pub range: Cidr,
}

/// Why the ranges file could not be loaded; names the provider and list entry at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RangesError {
    #[error("cdn_ranges.toml: {0}")]
    Toml(String),
    #[error("cdn_ranges.toml: snapshot_date \"{0}\" is not a date like 2026-12-01")]
    BadDate(String),
    #[error("cdn_ranges.toml: provider {provider}, {list}[{index}]: {source}")]
    Cidr {
        provider: String,
        list: &'static str,
        index: usize,
        #[source]
        source: CidrError,
    },
    #[error(
        "cdn_ranges.toml: provider {provider}, {list}[{index}]: \"{range}\" is not an {family} range"
    )]
    WrongFamily {
        provider: String,
        list: &'static str,
        family: &'static str,
        index: usize,
        range: String,
    },
    #[error("cdn_ranges.toml: provider {0} lists no ranges")]
    Empty(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RangesFile {
    snapshot_date: String,
    provider: Vec<ProviderFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderFile {
    name: EdgeProvider,
    source: String,
    taken: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    v4: Vec<String>,
    #[serde(default)]
    v6: Vec<String>,
}

impl CdnRanges {
    /// Parse and validate a ranges file (the shape of `assets/cdn_ranges.toml`).
    pub fn parse(text: &str) -> Result<CdnRanges, RangesError> {
        let file: RangesFile =
            toml::from_str(text).map_err(|e| RangesError::Toml(e.to_string()))?;
        if !is_date(&file.snapshot_date) {
            return Err(RangesError::BadDate(file.snapshot_date));
        }
        let mut providers = Vec::new();
        for p in file.provider {
            let name = p.name.display_name().to_string();
            if !is_date(&p.taken) {
                return Err(RangesError::BadDate(p.taken));
            }
            let mut ranges = Vec::new();
            for (list, family, entries) in [("v4", "IPv4", &p.v4), ("v6", "IPv6", &p.v6)] {
                let want_v4 = list == "v4";
                for (index, text) in entries.iter().enumerate() {
                    let range = Cidr::parse(text).map_err(|source| RangesError::Cidr {
                        provider: name.clone(),
                        list,
                        index,
                        source,
                    })?;
                    if range.is_ipv4() != want_v4 {
                        return Err(RangesError::WrongFamily {
                            provider: name.clone(),
                            list,
                            family,
                            index,
                            range: text.clone(),
                        });
                    }
                    ranges.push(range);
                }
            }
            if ranges.is_empty() {
                return Err(RangesError::Empty(name));
            }
            providers.push(ProviderRanges {
                provider: p.name,
                source: p.source,
                taken: p.taken,
                note: p.note,
                ranges,
            });
        }
        Ok(CdnRanges {
            snapshot_date: file.snapshot_date,
            providers,
        })
    }

    /// The first provider whose published ranges hold `ip`, with the matching range.
    pub fn lookup(&self, ip: IpAddr) -> Option<RangeMatch<'_>> {
        self.providers.iter().find_map(|provider| {
            provider
                .ranges
                .iter()
                .find(|r| r.contains(ip))
                .map(|range| RangeMatch {
                    provider,
                    range: *range,
                })
        })
    }
}

/// The bundled snapshot, parsed once. The file is checked by unit tests; should it ever fail to
/// parse, no address matches (an honest "not seen") rather than a panic.
pub fn bundled() -> &'static CdnRanges {
    static RANGES: OnceLock<CdnRanges> = OnceLock::new();
    RANGES.get_or_init(|| CdnRanges::parse(CDN_RANGES_TOML).unwrap_or_default())
}

/// The CDN whose published ranges (bundled snapshot) hold `ip`, if any.
pub fn cdn_for_ip(ip: IpAddr) -> Option<EdgeProvider> {
    bundled().lookup(ip).map(|m| m.provider.provider)
}

/// `YYYY-MM-DD` with plausible numbers.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (num(y, 4), num(m, 2), num(d, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

#[cfg(test)]
pub(super) fn bundled_text() -> &'static str {
    CDN_RANGES_TOML
}
