//! The visitor checklist: refresh, clear cache, another browser, your connection, wait. Each item
//! says what was tried, what happened, and what to do.
//!
//! An item is `pending` while the probe it needs has not reported; `skipped` (with the reason)
//! when that probe did not run, or cannot run because the site is unreachable. In owner mode the
//! owner items (built in `diagnosis::owner`) follow the visitor items.

use super::facts::{Consistency, Facts, Network, got_page, main_key};
use super::proxy::{self, SquidError};
use super::verdict::attempt_result;
use super::wording;
use super::{
    Cause, CauseFamily, CheckId, ChecklistItem, Culprit, ItemStatus, Verdict, VerdictStatus,
};
use crate::evidence::{Attempt, BrowserBasis, HttpOutcome, Mode, ProbeKind};
use crate::t;

/// Longest wait we ever advise, whatever Retry-After says.
pub const MAX_WAIT_SECS: u64 = 3600;
/// Wait advised for intermittent or server-side failures.
pub const SHORT_WAIT_SECS: u64 = 60;
/// Wait advised for maintenance without Retry-After, and for name (DNS) problems.
pub const LONG_WAIT_SECS: u64 = 300;

pub fn checklist(f: &Facts, v: &Verdict) -> Vec<ChecklistItem> {
    let mut items = vec![
        refresh(f, v),
        clear_cache(f, v),
        other_browser(f, v),
        connection(f, v),
        wait(f, v),
    ];
    if f.ev.mode == Mode::Owner {
        // The owner items, after the visitor steps and always in this order.
        let edge = super::owner::edge_link::edge(f, v);
        let app_answered = v.cause == Cause::AppError && f.app_page.is_some();
        let restart = match edge {
            _ if v.cause == Cause::Maintenance => {
                super::owner::maintenance::restart_server(retry_after(f))
            }
            _ if app_answered => ChecklistItem::new(
                CheckId::RestartServer,
                ItemStatus::Warn,
                t!("owner-app-answered"),
                t!("owner-app-answered-advice"),
            ),
            Some(edge) => super::owner::edge_link::restart_server(f.ev, edge),
            None => super::owner::restart_server::assess(f.ev),
        };
        // The owner's own logs, when given, are read whoever made the page.
        let logs = match edge {
            Some(edge)
                if f.ev.logs.is_none() && !f.ev.is_pending(crate::evidence::ProbeKind::Http) =>
            {
                super::owner::edge_link::server_logs(f.ev, edge)
            }
            _ => super::owner::server_logs::assess(f.ev),
        };
        items.extend([
            restart,
            logs,
            super::owner::plugins::assess(f.ev),
            super::owner::dns::assess(f.ev),
            super::owner::firewall_proxy::assess(f.ev),
            super::owner::php_limits::assess(f.ev),
            super::owner::cdn::assess(f.ev),
        ]);
    }
    items
}

fn item(
    id: CheckId,
    status: ItemStatus,
    finding: impl Into<String>,
    advice: impl Into<String>,
) -> ChecklistItem {
    ChecklistItem::new(id, status, finding, advice)
}

/// The item for a probe without an observation: pending, or skipped with a reason
/// (`not_tried`: the message saying the step cannot change anything when the site is unreachable).
fn not_observed(f: &Facts, id: CheckId, kind: ProbeKind, not_tried: &str) -> ChecklistItem {
    // A step still running is pending, even when the site looks unreachable so far: its own
    // result may be the one that shows the site answering after all.
    if f.pending(kind) {
        return item(id, ItemStatus::Pending, t!("step-pending"), "");
    }
    if f.unreachable() && kind != ProbeKind::Connection {
        return item(id, ItemStatus::Skipped, crate::i18n::tr(not_tried, &[]), "");
    }
    let reason = f
        .skip_reason(kind)
        .unwrap_or_else(|| t!("step-not-checked"));
    item(id, ItemStatus::Skipped, reason, "")
}

fn on_this_computer(v: &Verdict) -> bool {
    matches!(v.culprit, Culprit::YourConnection | Culprit::LocalProxy)
}

/// The most common result among attempts, in words ("502 from nginx").
fn common_result(attempts: &[&Attempt]) -> String {
    let mut best: Option<(&Attempt, usize)> = None;
    for a in attempts {
        let n = attempts
            .iter()
            .filter(|b| b.result_key() == a.result_key())
            .count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((a, n));
        }
    }
    best.map(|(a, _)| attempt_result(a)).unwrap_or_default()
}

fn refresh(f: &Facts, v: &Verdict) -> ChecklistItem {
    let id = CheckId::Refresh;
    let Some(obs) = &f.ev.refresh else {
        return not_observed(f, id, ProbeKind::Refresh, "refresh-not-tried");
    };
    let n = obs.attempts.len();
    let failed: Vec<&Attempt> = obs.attempts.iter().filter(|a| !got_page(a)).collect();
    let ok = n - failed.len();
    if n == 0 {
        return item(id, ItemStatus::Info, t!("refresh-no-tries"), "");
    }
    if ok == 0
        && v.cause == Cause::Http2Only
        && let Some(h1) = obs.http1.as_ref().filter(|a| got_page(a))
    {
        return item(
            id,
            ItemStatus::Fail,
            t!(
                "refresh-http2-only",
                n = n,
                result = common_result(&failed),
                http1 = attempt_result(h1)
            ),
            t!("refresh-http2-only-advice"),
        );
    }
    if ok == 0 {
        let advice = if matches!(v.culprit, Culprit::Unknown | Culprit::YourConnection) {
            t!("refresh-advice-did-not-help")
        } else if on_this_computer(v) {
            t!("refresh-advice-this-computer")
        } else {
            t!("refresh-advice-site-side")
        };
        return item(
            id,
            ItemStatus::Fail,
            t!("refresh-failed", n = n, result = common_result(&failed)),
            advice,
        );
    }
    if !failed.is_empty() {
        return item(
            id,
            ItemStatus::Warn,
            t!(
                "refresh-some",
                ok = ok,
                n = n,
                result = common_result(&failed)
            ),
            t!("refresh-some-advice"),
        );
    }
    let advice = if f.main_worked() == Some(false) {
        t!("refresh-works-now")
    } else {
        t!("advice-nothing-to-do")
    };
    item(
        id,
        ItemStatus::Pass,
        t!("refresh-all-worked", n = n),
        advice,
    )
}

fn clear_cache(f: &Facts, v: &Verdict) -> ChecklistItem {
    let id = CheckId::ClearCache;
    let Some(obs) = &f.ev.clear_cache else {
        return not_observed(f, id, ProbeKind::ClearCache, "clear-cache-not-tried");
    };
    let (clean, cached) = (&obs.clean, &obs.cached);
    if got_page(clean) != got_page(cached) {
        let failing = if got_page(clean) { cached } else { clean };
        if let Some(found) = by_chance(f, id, failing, "clear-cache-by-chance-advice") {
            return found;
        }
    }
    match (got_page(clean), got_page(cached)) {
        (true, false) => item(
            id,
            ItemStatus::Fail,
            t!("clear-cache-fails-with", result = attempt_result(cached)),
            t!("clear-cache-fails-with-advice"),
        ),
        (false, true) => item(
            id,
            ItemStatus::Warn,
            t!("clear-cache-fails-without", result = attempt_result(clean)),
            t!("clear-cache-fails-without-advice"),
        ),
        (true, true) => item(
            id,
            ItemStatus::Pass,
            t!("clear-cache-works-both"),
            if v.status == VerdictStatus::Healthy {
                t!("clear-cache-healthy-advice")
            } else {
                t!("clear-cache-wont-help")
            },
        ),
        (false, false) => {
            let (a, b) = (attempt_result(clean), attempt_result(cached));
            let result = if a == b { a } else { format!("{a} / {b}") };
            item(
                id,
                ItemStatus::Pass,
                t!("clear-cache-same-failure", result = result),
                t!("clear-cache-wont-help"),
            )
        }
    }
}

/// `other_browser_item`, saying which browsers were emulated and why.
fn other_browser(f: &Facts, v: &Verdict) -> ChecklistItem {
    let mut item = other_browser_item(f, v);
    if let Some(obs) =
        f.ev.other_browser
            .as_ref()
            .filter(|o| !o.profiles.is_empty())
    {
        let basis = match obs.basis {
            BrowserBasis::Installed => t!("other-browser-basis-installed"),
            BrowserBasis::Standard => t!("other-browser-basis-standard"),
            BrowserBasis::Chosen => t!("other-browser-basis-chosen"),
        };
        item.finding = format!("{} {basis}", item.finding);
    }
    item
}

fn other_browser_item(f: &Facts, v: &Verdict) -> ChecklistItem {
    let id = CheckId::OtherBrowser;
    let Some(obs) = &f.ev.other_browser else {
        return not_observed(f, id, ProbeKind::OtherBrowser, "other-browser-not-tried");
    };
    let profiles = &obs.profiles;
    if profiles.is_empty() {
        return item(id, ItemStatus::Info, t!("other-browser-none"), "");
    }
    let labels = |list: &[&Attempt]| {
        list.iter()
            .map(|a| {
                if a.label.is_empty() {
                    t!("other-browser-a-browser")
                } else {
                    a.label.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let worked: Vec<&Attempt> = profiles.iter().filter(|a| got_page(a)).collect();
    let failed: Vec<&Attempt> = profiles.iter().filter(|a| !got_page(a)).collect();
    if !worked.is_empty()
        && !failed.is_empty()
        && let Some(found) = by_chance(f, id, failed[0], "other-browser-by-chance-advice")
    {
        return found;
    }
    if !worked.is_empty() && !failed.is_empty() {
        return item(
            id,
            ItemStatus::Warn,
            t!(
                "other-browser-split",
                worked = labels(&worked),
                failed = labels(&failed),
                result = common_result(&failed)
            ),
            t!("other-browser-use", browser = labels(&worked[..1])),
        );
    }
    if failed.is_empty() {
        let advice = if f.main_worked() == Some(false) {
            t!("other-browser-may-work")
        } else {
            t!("advice-nothing-to-do")
        };
        return item(
            id,
            ItemStatus::Pass,
            t!("other-browser-all-worked", browsers = labels(&worked)),
            advice,
        );
    }
    let advice = if v.cause == Cause::BotChallenge {
        t!("other-browser-bot-advice")
    } else {
        t!("other-browser-wont-help")
    };
    item(
        id,
        ItemStatus::Pass,
        t!(
            "other-browser-same-failure",
            browsers = labels(&failed),
            result = common_result(&failed)
        ),
        advice,
    )
}

fn connection(f: &Facts, v: &Verdict) -> ChecklistItem {
    let id = CheckId::Connection;
    let Some(obs) = &f.ev.connection else {
        return not_observed(f, id, ProbeKind::Connection, "");
    };
    if v.cause == Cause::CaptivePortal {
        return item(
            id,
            ItemStatus::Fail,
            t!("connection-captive"),
            t!("connection-captive-advice"),
        );
    }
    let turn_off = || t!("connection-proxy-turn-off");
    if let Some(p) = proxy::blamed(f) {
        return item(
            id,
            ItemStatus::Fail,
            t!(
                "connection-proxy-fails",
                proxy = p.proxy.to_string(),
                via = attempt_result(&p.via_proxy),
                direct = attempt_result(&p.direct)
            ),
            turn_off(),
        );
    }
    if let Some((code, SquidError::Blocked)) = proxy::main_squid_error(f) {
        return item(
            id,
            ItemStatus::Fail,
            t!("connection-proxy-blocks", code = code.to_string()),
            t!("connection-proxy-blocks-advice"),
        );
    }
    if let Some(direct) = proxy::direct_also_failed(f)
        && let Some(p) = &obs.proxy
        && !p.via_proxy.succeeded()
    {
        return item(
            id,
            ItemStatus::Pass,
            t!(
                "connection-proxy-passes-on",
                via = attempt_result(&p.via_proxy),
                direct = attempt_result(direct)
            ),
            t!("advice-nothing-to-fix"),
        );
    }
    if obs.proxy.is_none()
        && f.ev.http.as_ref().map(|h| h.outcome) == Some(HttpOutcome::ProxyFailed)
    {
        return item(
            id,
            ItemStatus::Fail,
            t!("connection-proxy-unusable"),
            turn_off(),
        );
    }
    let answered = f.response.is_some();
    match f.network {
        Network::Up => item(
            id,
            ItemStatus::Pass,
            t!("connection-works"),
            t!("advice-nothing-to-fix"),
        ),
        Network::Down if answered => item(
            id,
            ItemStatus::Pass,
            t!("connection-answered-references-down"),
            t!("advice-nothing-to-fix"),
        ),
        Network::Down => {
            let list: Vec<&str> = obs.references.iter().map(|r| r.endpoint.as_str()).collect();
            item(
                id,
                ItemStatus::Fail,
                t!("connection-down", list = list.join(", ")),
                t!("connection-down-advice"),
            )
        }
        _ if answered => item(
            id,
            ItemStatus::Pass,
            t!("connection-answered"),
            t!("advice-nothing-to-fix"),
        ),
        _ => item(id, ItemStatus::Info, t!("connection-no-references"), ""),
    }
}

/// Seconds from a Retry-After value: delta-seconds, or an HTTP date measured against the
/// response's own Date header (no clock is read here).
pub fn retry_after_secs(value: &str, date: Option<&str>) -> Option<u64> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(secs.min(MAX_WAIT_SECS));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    let now = httpdate::parse_http_date(date?.trim()).ok()?;
    let secs = at.duration_since(now).map(|d| d.as_secs()).unwrap_or(0);
    Some(secs.min(MAX_WAIT_SECS))
}

fn retry_after(f: &Facts) -> Option<u64> {
    let date = f.header("date");
    if let Some(r) = f.header("retry-after")
        && let Some(secs) = retry_after_secs(r, date)
    {
        return Some(secs);
    }
    f.refresh_attempts()
        .iter()
        .filter_map(|a| a.retry_after.as_deref())
        .find_map(|r| retry_after_secs(r, None))
}

/// `wait_item`, with what the site's own status page says when it was asked.
fn wait(f: &Facts, v: &Verdict) -> ChecklistItem {
    let mut item = wait_item(f, v);
    let site =
        f.ev.status_pages
            .iter()
            .find(|c| c.provider == crate::provider_status::SITE);
    if let Some(site) = site.filter(|_| item.status != ItemStatus::Pending) {
        let page = site.page.as_str();
        let says = match &site.status {
            Some(s) => match s.incidents.first() {
                Some(i) => t!(
                    "wait-status-incident",
                    title = i.title.as_str(),
                    page = page
                ),
                None if s.maintenances.is_empty() => t!("wait-status-clear", page = page),
                None => t!(
                    "wait-status-maintenance",
                    title = s.maintenances[0].title.as_str(),
                    page = page
                ),
            },
            None => t!("wait-status-exists", page = page),
        };
        item.finding = format!("{} {says}", item.finding);
    }
    item
}

fn wait_item(f: &Facts, v: &Verdict) -> ChecklistItem {
    let id = CheckId::Wait;
    let connection_open = f.pending(ProbeKind::Connection) && f.response.is_none();
    if f.pending(ProbeKind::Http)
        || (f.pending(ProbeKind::Refresh) && !f.unreachable())
        || connection_open
    {
        return item(id, ItemStatus::Pending, t!("step-pending"), "");
    }
    // "Is it down for everyone?" said it works elsewhere: the way round is on this side.
    match v.cause {
        Cause::OnlyFromHere => {
            return item(
                id,
                ItemStatus::Info,
                t!("wait-only-from-here"),
                t!("wait-only-from-here-advice"),
            );
        }
        Cause::ProviderIncident | Cause::ProviderMaintenance => {
            let check =
                f.ev.status_pages
                    .iter()
                    .find(|c| crate::text::serde_plain(&f.responder.software) == c.provider);
            let (name, page) = check
                .map(|c| (c.name.clone(), c.page.clone()))
                .unwrap_or_else(|| (t!("wait-the-provider"), String::new()));
            let finding = if v.cause == Cause::ProviderIncident {
                t!("wait-provider-incident", name = name)
            } else {
                t!("wait-provider-maintenance", name = name)
            };
            let advice = if page.is_empty() {
                t!("wait-provider-advice-no-page")
            } else {
                t!("wait-provider-advice", page = page)
            };
            return item(id, ItemStatus::Info, finding, advice);
        }
        Cause::DnsOnlyHere => {
            return ChecklistItem {
                wait_secs: Some(LONG_WAIT_SECS),
                ..item(
                    id,
                    ItemStatus::Info,
                    t!("wait-dns-only-here"),
                    t!("wait-dns-only-here-advice"),
                )
            };
        }
        _ => {}
    }
    if on_this_computer(v) {
        return item(
            id,
            ItemStatus::Info,
            t!("wait-this-computer"),
            t!("wait-this-computer-advice"),
        );
    }
    if v.status == VerdictStatus::Healthy {
        return item(id, ItemStatus::Pass, t!("wait-healthy"), "");
    }
    let timed = |secs: u64, finding: String, advice: String| ChecklistItem {
        wait_secs: Some(secs),
        ..item(id, ItemStatus::Info, finding, advice)
    };
    if let Some(secs) = retry_after(f) {
        let wait = wording::wait(secs);
        let finding = if v.cause == Cause::Maintenance {
            t!("wait-retry-after-maintenance", wait = wait.as_str())
        } else {
            t!("wait-retry-after", wait = wait.as_str())
        };
        return timed(secs, finding, t!("wait-retry-after-advice", wait = wait));
    }
    let cause = v.cause;
    if cause == Cause::BotChallenge {
        return item(id, ItemStatus::Info, t!("wait-bot"), t!("wait-bot-advice"));
    }
    if cause == Cause::Maintenance {
        return timed(
            LONG_WAIT_SECS,
            t!("wait-maintenance"),
            t!("wait-try-again-in", wait = wording::wait(LONG_WAIT_SECS)),
        );
    }
    if cause.family() == CauseFamily::Dns {
        return timed(
            LONG_WAIT_SECS,
            t!("wait-dns"),
            t!("wait-try-again-in", wait = wording::wait(LONG_WAIT_SECS)),
        );
    }
    let needs_fix =
        matches!(cause.family(), CauseFamily::Page | CauseFamily::Tls) || cause == Cause::NotHttp;
    if needs_fix {
        return item(
            id,
            ItemStatus::Info,
            t!("wait-needs-fix"),
            t!("wait-needs-fix-advice"),
        );
    }
    if v.status == VerdictStatus::Intermittent {
        return timed(
            SHORT_WAIT_SECS,
            t!("wait-intermittent"),
            t!("wait-intermittent-advice"),
        );
    }
    if v.cause == Cause::Unknown {
        return timed(
            SHORT_WAIT_SECS,
            t!("wait-unknown"),
            t!("wait-unknown-advice"),
        );
    }
    timed(
        SHORT_WAIT_SECS,
        t!("wait-default"),
        t!("wait-default-advice"),
    )
}

/// Two requests that differ prove nothing about cookies or browsers when plain refreshes of the
/// same page already differ the same way (an intermittent site fails at random). `None` when the
/// difference stands on its own; a pending item while the refresh tries are still out.
fn by_chance(f: &Facts, id: CheckId, failing: &Attempt, advice: &str) -> Option<ChecklistItem> {
    match f.consistency {
        Consistency::Pending => Some(item(id, ItemStatus::Pending, t!("by-chance-pending"), "")),
        Consistency::Mixed => {
            let key = failing.result_key();
            let seen_on_refresh =
                f.ev.refresh
                    .iter()
                    .flat_map(|r| r.attempts.iter())
                    .any(|a| a.result_key() == key)
                    || f.ev.http.as_ref().is_some_and(|h| main_key(h) == key);
            seen_on_refresh.then(|| {
                item(
                    id,
                    ItemStatus::Info,
                    t!("by-chance-differed", result = attempt_result(failing)),
                    crate::i18n::tr(advice, &[]),
                )
            })
        }
        Consistency::Same | Consistency::None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_seconds_are_capped() {
        assert_eq!(retry_after_secs("120", None), Some(120));
        assert_eq!(retry_after_secs("86400", None), Some(MAX_WAIT_SECS));
        assert_eq!(retry_after_secs("soon", None), None);
    }

    #[test]
    fn retry_after_date_is_measured_against_the_response_date() {
        let secs = retry_after_secs(
            "Wed, 25 Nov 2026 09:20:00 GMT",
            Some("Wed, 25 Nov 2026 09:15:00 GMT"),
        );
        assert_eq!(secs, Some(300));
        assert_eq!(
            retry_after_secs("Wed, 25 Nov 2026 09:20:00 GMT", None),
            None
        );
    }
}
