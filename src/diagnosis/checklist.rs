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
                "The application answered the error itself: it is running, so restarting it or \
                 the web server rarely helps.",
                "Read the application's log for the failing request and check what it depends \
                 on (its database, the APIs and services it calls); restart only a dependency \
                 that is down.",
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

/// The item for a probe without an observation: pending, or skipped with a reason.
fn not_observed(f: &Facts, id: CheckId, kind: ProbeKind, what: &str) -> ChecklistItem {
    // A step still running is pending, even when the site looks unreachable so far: its own
    // result may be the one that shows the site answering after all.
    if f.pending(kind) {
        return item(id, ItemStatus::Pending, "Checking…", "");
    }
    if f.unreachable() && kind != ProbeKind::Connection {
        return item(
            id,
            ItemStatus::Skipped,
            format!(
                "Not tried: the site could not be reached at all, so {what} cannot change anything."
            ),
            "",
        );
    }
    if f.pending(kind) {
        return item(id, ItemStatus::Pending, "Checking…", "");
    }
    let reason = f
        .skip_reason(kind)
        .unwrap_or_else(|| "Not checked in this run.".to_string());
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
        return not_observed(f, id, ProbeKind::Refresh, "refreshing");
    };
    let n = obs.attempts.len();
    let failed: Vec<&Attempt> = obs.attempts.iter().filter(|a| !got_page(a)).collect();
    let ok = n - failed.len();
    if n == 0 {
        return item(id, ItemStatus::Info, "No extra tries were made.", "");
    }
    let times = if n == 1 {
        "once".to_string()
    } else {
        format!("{n} times")
    };
    if ok == 0
        && v.cause == Cause::Http2Only
        && let Some(h1) = obs.http1.as_ref().filter(|a| got_page(a))
    {
        return item(
            id,
            ItemStatus::Fail,
            format!(
                "Tried {times} over HTTP/2, as browsers do: failed every time ({}). Once over \
                 HTTP/1.1 it worked ({}).",
                common_result(&failed),
                attempt_result(h1)
            ),
            "Refreshing won't help, and neither will another browser (they all use HTTP/2): \
             the site has to fix its HTTP/2 side. Wait, or tell the site.",
        );
    }
    if ok == 0 {
        let advice = if matches!(v.culprit, Culprit::Unknown | Culprit::YourConnection) {
            "Refreshing did not help."
        } else if on_this_computer(v) {
            "Refreshing won't help until the problem on this computer is fixed."
        } else {
            "Refreshing won't help; the problem is on the site's side."
        };
        let every = if n == 1 {
            "it failed"
        } else {
            "failed every time"
        };
        return item(
            id,
            ItemStatus::Fail,
            format!("Tried {times}, {every} ({}).", common_result(&failed)),
            advice,
        );
    }
    if !failed.is_empty() {
        return item(
            id,
            ItemStatus::Warn,
            format!(
                "{ok} of {n} tries worked; the others got {}.",
                common_result(&failed)
            ),
            "Refresh a few times; it works some of the time.",
        );
    }
    let advice = if f.main_worked() == Some(false) {
        "Refresh the page: it works now."
    } else {
        "Nothing to do here."
    };
    item(
        id,
        ItemStatus::Pass,
        format!("Tried {times}, worked every time."),
        advice,
    )
}

fn clear_cache(f: &Facts, v: &Verdict) -> ChecklistItem {
    let id = CheckId::ClearCache;
    let Some(obs) = &f.ev.clear_cache else {
        return not_observed(f, id, ProbeKind::ClearCache, "clearing the cache");
    };
    let (clean, cached) = (&obs.clean, &obs.cached);
    if got_page(clean) != got_page(cached) {
        let failing = if got_page(clean) { cached } else { clean };
        if let Some(found) = by_chance(f, id, failing, "clearing the cache") {
            return found;
        }
    }
    match (got_page(clean), got_page(cached)) {
        (true, false) => item(
            id,
            ItemStatus::Fail,
            format!(
                "With this site's cookies and cached data it fails ({}); without them it works.",
                attempt_result(cached)
            ),
            "Clear this site's cookies and cache (or open a private window).",
        ),
        (false, true) => item(
            id,
            ItemStatus::Warn,
            format!(
                "Without cookies it fails ({}), with them it works.",
                attempt_result(clean)
            ),
            "Clearing the cache won't help; keep this site's cookies.",
        ),
        (true, true) => item(
            id,
            ItemStatus::Pass,
            "Works with and without cookies and cache.",
            if v.status == VerdictStatus::Healthy {
                "If your browser still shows the error, clear its cache for this site."
            } else {
                "Clearing the cache won't help."
            },
        ),
        (false, false) => {
            let (a, b) = (attempt_result(clean), attempt_result(cached));
            let result = if a == b { a } else { format!("{a} / {b}") };
            item(
                id,
                ItemStatus::Pass,
                format!("Same failure with and without cookies and cache ({result})."),
                "Clearing the cache won't help.",
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
            BrowserBasis::Installed => {
                "Their requests were sent as the browsers installed here send them."
            }
            BrowserBasis::Standard => {
                "No other browser was found here, so Firefox's and Safari's requests were sent."
            }
            BrowserBasis::Chosen => "The browsers asked for were imitated.",
        };
        item.finding = format!("{} {basis}", item.finding);
    }
    item
}

fn other_browser_item(f: &Facts, v: &Verdict) -> ChecklistItem {
    let id = CheckId::OtherBrowser;
    let Some(obs) = &f.ev.other_browser else {
        return not_observed(f, id, ProbeKind::OtherBrowser, "another browser");
    };
    let profiles = &obs.profiles;
    if profiles.is_empty() {
        return item(id, ItemStatus::Info, "No other browser was imitated.", "");
    }
    let labels = |list: &[&Attempt]| {
        list.iter()
            .map(|a| {
                if a.label.is_empty() {
                    "a browser"
                } else {
                    a.label.as_str()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let worked: Vec<&Attempt> = profiles.iter().filter(|a| got_page(a)).collect();
    let failed: Vec<&Attempt> = profiles.iter().filter(|a| !got_page(a)).collect();
    if !worked.is_empty()
        && !failed.is_empty()
        && let Some(found) = by_chance(f, id, failed[0], "another browser")
    {
        return found;
    }
    if !worked.is_empty() && !failed.is_empty() {
        return item(
            id,
            ItemStatus::Warn,
            format!(
                "{} got the page, {} did not ({}): the site filters some browsers \
                 (browser-specific filtering).",
                labels(&worked),
                labels(&failed),
                common_result(&failed)
            ),
            format!("Use {} for now.", labels(&worked[..1])),
        );
    }
    if failed.is_empty() {
        let advice = if f.main_worked() == Some(false) {
            "Another browser may work for you now."
        } else {
            "Nothing to do here."
        };
        return item(
            id,
            ItemStatus::Pass,
            format!("{} all got the page.", labels(&worked)),
            advice,
        );
    }
    let advice = if v.cause == Cause::BotChallenge {
        "Open the site in your own browser and pass the check there (it needs JavaScript and \
         cookies switched on)."
    } else {
        "Another browser won't help."
    };
    item(
        id,
        ItemStatus::Pass,
        format!(
            "{} all got the same failure ({}).",
            labels(&failed),
            common_result(&failed)
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
            "This network answered 511: it wants a login (a Wi-Fi login page) before it lets \
             traffic out.",
            "Open any web page in your browser, log in to the network, then try again.",
        );
    }
    const TURN_OFF: &str = "Turn the proxy off in your system or browser settings, or ask whoever set it up to fix it.";
    if let Some(p) = proxy::blamed(f) {
        return item(
            id,
            ItemStatus::Fail,
            format!(
                "The proxy set on this computer ({}) fails ({}); without it the site answers ({}).",
                p.proxy,
                attempt_result(&p.via_proxy),
                attempt_result(&p.direct)
            ),
            TURN_OFF,
        );
    }
    if let Some((code, SquidError::Blocked)) = proxy::main_squid_error(f) {
        return item(
            id,
            ItemStatus::Fail,
            format!("The proxy set on this computer blocks this site ({code})."),
            "Ask whoever manages the proxy (often your IT department) to allow the site, or try \
             another network.",
        );
    }
    if let Some(direct) = proxy::direct_also_failed(f)
        && let Some(p) = &obs.proxy
        && !p.via_proxy.succeeded()
    {
        return item(
            id,
            ItemStatus::Pass,
            format!(
                "Through the proxy set on this computer it fails ({}), and without it too ({}): \
                 the proxy only passes the site's failure on.",
                attempt_result(&p.via_proxy),
                attempt_result(direct)
            ),
            "Nothing to fix on your side.",
        );
    }
    if obs.proxy.is_none()
        && f.ev.http.as_ref().map(|h| h.outcome) == Some(HttpOutcome::ProxyFailed)
    {
        return item(
            id,
            ItemStatus::Fail,
            "The proxy set on this computer could not be used.",
            TURN_OFF,
        );
    }
    let answered = f.response.is_some();
    match f.network {
        Network::Up => item(
            id,
            ItemStatus::Pass,
            "Your internet connection works.",
            "Nothing to fix on your side.",
        ),
        Network::Down if answered => item(
            id,
            ItemStatus::Pass,
            "The site answered, so your connection to it works (the reference sites did not).",
            "Nothing to fix on your side.",
        ),
        Network::Down => {
            let list: Vec<&str> = obs.references.iter().map(|r| r.endpoint.as_str()).collect();
            item(
                id,
                ItemStatus::Fail,
                format!("Could not reach any well-known site ({}).", list.join(", ")),
                "Check your Wi-Fi or cable and restart your router, then try again.",
            )
        }
        _ if answered => item(
            id,
            ItemStatus::Pass,
            "The site answered, so your connection to it works.",
            "Nothing to fix on your side.",
        ),
        _ => item(id, ItemStatus::Info, "No reference sites were checked.", ""),
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
        let says = match &site.status {
            Some(s) => match s.incidents.first() {
                Some(i) => format!(
                    "The site's status page says: \"{}\" ({}).",
                    i.title, site.page
                ),
                None if s.maintenances.is_empty() => {
                    format!(
                        "The site's status page reports no incident ({}).",
                        site.page
                    )
                }
                None => format!(
                    "The site's status page reports maintenance: \"{}\" ({}).",
                    s.maintenances[0].title, site.page
                ),
            },
            None => format!("The site has a status page: {}.", site.page),
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
        return item(id, ItemStatus::Pending, "Checking…", "");
    }
    // "Is it down for everyone?" said it works elsewhere: the way round is on this side.
    match v.cause {
        Cause::OnlyFromHere => {
            return item(
                id,
                ItemStatus::Info,
                "The site works from other places: waiting helps only if your network or internet provider fixes the problem.",
                "Try another network now (your phone's mobile data), or try again later.",
            );
        }
        Cause::ProviderIncident | Cause::ProviderMaintenance => {
            let check =
                f.ev.status_pages
                    .iter()
                    .find(|c| crate::text::serde_plain(&f.responder.software) == c.provider);
            let (name, page) = check
                .map(|c| (c.name.as_str(), c.page.as_str()))
                .unwrap_or(("the provider", ""));
            let what = if v.cause == Cause::ProviderIncident {
                "a known incident"
            } else {
                "maintenance"
            };
            return item(
                id,
                ItemStatus::Info,
                format!(
                    "This is {what} at {name}; it usually ends without anything done on your side \
                     (or the site's)."
                ),
                format!("Wait and try again later; follow it on {page}")
                    .trim()
                    .to_string()
                    + ".",
            );
        }
        Cause::DnsOnlyHere => {
            return ChecklistItem {
                wait_secs: Some(LONG_WAIT_SECS),
                ..item(
                    id,
                    ItemStatus::Info,
                    "Your DNS server may catch up by itself (a recent change can take up to 48 hours to reach every DNS server).",
                    "Switch this computer to another DNS server (1.1.1.1 or 8.8.8.8) now, or try again later.",
                )
            };
        }
        _ => {}
    }
    if on_this_computer(v) {
        return item(
            id,
            ItemStatus::Info,
            "Waiting won't help: the problem is on this computer.",
            "Fix the connection problem above, then try again.",
        );
    }
    if v.status == VerdictStatus::Healthy {
        return item(
            id,
            ItemStatus::Pass,
            "No need to wait: the site works now.",
            "",
        );
    }
    let timed = |secs: u64, finding: String, advice: String| ChecklistItem {
        wait_secs: Some(secs),
        ..item(id, ItemStatus::Info, finding, advice)
    };
    if let Some(secs) = retry_after(f) {
        let who = if v.cause == Cause::Maintenance {
            "The site is down for maintenance and asks"
        } else {
            "The site asks"
        };
        return timed(
            secs,
            format!("{who} visitors to come back in {}.", wording::wait(secs)),
            format!("Wait {}, then try again.", wording::wait(secs)),
        );
    }
    let cause = v.cause;
    if cause == Cause::BotChallenge {
        return item(
            id,
            ItemStatus::Info,
            "Waiting won't change the bot check.",
            "Open the site in your own browser and pass the check there.",
        );
    }
    if cause == Cause::Maintenance {
        return timed(
            LONG_WAIT_SECS,
            "The site is down for maintenance and did not say for how long.".into(),
            format!("Try again in {}.", wording::wait(LONG_WAIT_SECS)),
        );
    }
    if cause.family() == CauseFamily::Dns {
        return timed(
            LONG_WAIT_SECS,
            "Name problems can take a while to clear (after a move, up to 48 hours).".into(),
            format!("Try again in {}.", wording::wait(LONG_WAIT_SECS)),
        );
    }
    let needs_fix =
        matches!(cause.family(), CauseFamily::Page | CauseFamily::Tls) || cause == Cause::NotHttp;
    if needs_fix {
        return item(
            id,
            ItemStatus::Info,
            "Waiting is unlikely to help: the site needs a fix from its owner.",
            "Tell the site's owner; save a report to send them.",
        );
    }
    if v.status == VerdictStatus::Intermittent {
        return timed(
            SHORT_WAIT_SECS,
            "It fails some of the time.".into(),
            "Wait a minute and try again; it works some of the time.".into(),
        );
    }
    if v.cause == Cause::Unknown {
        return timed(
            SHORT_WAIT_SECS,
            "We could not tell whether waiting helps.".into(),
            "Try again in a minute.".into(),
        );
    }
    timed(
        SHORT_WAIT_SECS,
        "Errors like this often pass within minutes.".into(),
        "Wait a minute and try again. If it still fails, tell the site's owner (save a report to send them)."
            .into(),
    )
}

/// Two requests that differ prove nothing about cookies or browsers when plain refreshes of the
/// same page already differ the same way (an intermittent site fails at random). `None` when the
/// difference stands on its own; a pending item while the refresh tries are still out.
fn by_chance(f: &Facts, id: CheckId, failing: &Attempt, step: &str) -> Option<ChecklistItem> {
    match f.consistency {
        Consistency::Pending => Some(item(
            id,
            ItemStatus::Pending,
            "Waiting for the refresh tries, to tell a real difference from chance…",
            "",
        )),
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
                    format!(
                        "Results differed ({}), but plain refreshes fail the same way at random, \
                         so the difference proves nothing.",
                        attempt_result(failing)
                    ),
                    format!("The site is unreliable right now; {step} is unlikely to fix it."),
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
