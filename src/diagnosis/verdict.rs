//! The verdict rules: which layer fails, why, and how sure we are.
//!
//! Rules run from the most specific to the least: a failing local proxy explains everything
//! after it; an HTTP response (any status) beats what DNS/TCP/TLS probes say, since it proves the
//! path up to the responder; otherwise the first step that failed (your connection, DNS, TCP,
//! TLS, the HTTP exchange) is the answer. Nothing decisive yet gives "Still checking…" while
//! probes are pending and "We could not tell" once they are all done.

use super::facts::{Consistency, Facts, Network, got_page};
use super::http_rules::{ResponseView, classify};
use super::log_evidence;
use super::proxy;
use super::reach::{
    cert_problem, cert_words, dns, is_cert_problem, no_network, no_response, tcp, tls, undecided,
};
use super::responder::software_from_server;
use super::server_evidence;
use super::wording;
use super::world_evidence;
use super::{Cause, Confidence, Culprit, Verdict, VerdictStatus};
use crate::evidence::{Attempt, DnsOutcome, HttpOutcome, ProbeKind, TcpOutcome};
use crate::fingerprint::Software;

/// A rule's conclusion before the summary sentence is chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub status: VerdictStatus,
    pub culprit: Culprit,
    pub cause: Cause,
    pub confidence: Confidence,
    pub detail: String,
}

impl Finding {
    pub fn new(
        status: VerdictStatus,
        culprit: Culprit,
        cause: Cause,
        confidence: Confidence,
        detail: String,
    ) -> Self {
        Finding {
            status,
            culprit,
            cause,
            confidence,
            detail,
        }
    }
}

/// The verdict on what is known so far.
pub fn verdict(f: &Facts) -> Verdict {
    let finding = super::status_evidence::refine(
        f,
        world_evidence::refine(
            f.ev,
            f.edge.is_some(),
            server_evidence::refine(f.ev, log_evidence::refine(f.ev, decide(f))),
        ),
    );
    // Nothing proves this computer's connection works yet: do not clear it.
    let clear_you = !(f.network != Network::Up && f.response.is_none());
    let mut summary = match finding.cause {
        Cause::Unknown if !f.ev.is_complete() => wording::still_checking(),
        Cause::Unknown => wording::no_conclusion(),
        Cause::LocalProxyFailed if proxy::blamed(f).is_none() => {
            crate::t!("verdict-local-proxy-unusable")
        }
        cause => wording::summary(cause, f.edge, clear_you),
    };
    if finding.status == VerdictStatus::Intermittent {
        let failed = f.tries_total.saturating_sub(f.tries_ok);
        summary = crate::t!(
            "verdict-some-of-the-time",
            failed = failed,
            total = f.tries_total,
            summary = summary
        );
    }
    let ev = f.ev;
    let tls_settled =
        ev.target.scheme != crate::target::Scheme::Https || ev.is_settled(ProbeKind::Tls);
    let settled = tls_settled
        && [ProbeKind::Http, ProbeKind::Refresh, ProbeKind::Connection]
            .iter()
            .all(|k| ev.is_settled(*k));
    Verdict {
        conclusive: ev.is_complete() || (finding.confidence == Confidence::High && settled),
        status: finding.status,
        culprit: finding.culprit,
        cause: finding.cause,
        summary,
        confidence: finding.confidence,
        detail: finding.detail,
    }
}

fn decide(f: &Facts) -> Finding {
    if let Some(found) = proxy::local_proxy(f) {
        return found;
    }
    if let Some(found) = proxy::relayed_failure(f) {
        return found;
    }
    if let Some(found) = super::http2::http2_only(f) {
        return found;
    }
    if f.response.is_some() {
        return response(f);
    }
    let Some(mut found) = target_failure(f) else {
        return undecided(f);
    };
    if f.network == Network::Down {
        if !packets_got_out(f) {
            return no_network(f);
        }
        // An answer from the site's side (NXDOMAIN, a refusal ...) proves this computer reaches
        // the internet: the reference endpoints are probably blocked, not the connection down.
        found.confidence = Confidence::Low;
        found.detail = format!("{} {}", found.detail, crate::t!("dx-references-blocked"));
    }
    found
}

/// The first step that failed for a target that gave no response: DNS, TCP, TLS, HTTP.
fn target_failure(f: &Facts) -> Option<Finding> {
    if let Some(outcome) = f.dns_failure() {
        return Some(dns(f, outcome));
    }
    if let Some(outcome) = f.tcp_failure() {
        return Some(tcp(f, outcome));
    }
    if let Some(outcome) = f.tls_problem() {
        return Some(tls(f, outcome));
    }
    let http = f.ev.http.as_ref().filter(|h| !h.outcome.is_response())?;
    Some(no_response(f, http.outcome))
}

/// Something answered from the far side: a DNS answer (NXDOMAIN, SERVFAIL, no records), a
/// refused or completed TCP connection, a proxy that answered.
fn packets_got_out(f: &Facts) -> bool {
    let dns_answered = matches!(
        f.dns_failure(),
        Some(DnsOutcome::NxDomain | DnsOutcome::ServFail | DnsOutcome::NoRecords)
    );
    let http_got_out = f.ev.http.as_ref().is_some_and(|h| {
        matches!(
            h.outcome,
            HttpOutcome::ConnectRefused
                | HttpOutcome::TlsFailed
                | HttpOutcome::ConnectionClosed
                | HttpOutcome::ProtocolError
                | HttpOutcome::Http2Error
                | HttpOutcome::RedirectLoop
                | HttpOutcome::TooManyRedirects
        )
    });
    dns_answered
        || http_got_out
        || f.tcp_failure() == Some(TcpOutcome::Refused)
        || f.ev.tcp.as_ref().is_some_and(|t| t.any_connected())
}

/// "502 from nginx" / "no answer in time".
pub fn attempt_result(a: &Attempt) -> String {
    match (a.outcome, a.status) {
        (HttpOutcome::Response, Some(s)) => match a.server.as_deref() {
            Some(server) if software_from_server(server) != Software::Unknown => crate::t!(
                "result-from",
                status = s,
                software = software_from_server(server).display_name()
            ),
            _ => s.to_string(),
        },
        (o, _) => wording::outcome(o),
    }
}

fn main_view(f: &Facts) -> ResponseView {
    ResponseView {
        status: f.status().unwrap_or(0),
        software: f.responder.software,
        identified: f.identified,
        edge: f.edge,
        web_server: f.web_server,
        retry_after: f.header("retry-after").map(str::to_string),
        body: f
            .response
            .map(|h| h.body_excerpt.to_lowercase())
            .unwrap_or_default(),
        elapsed_secs: f.elapsed_secs(),
        consistency: f.consistency,
        app_page: f.app_page.clone(),
    }
}

fn response(f: &Facts) -> Finding {
    let status = f.status().unwrap_or(0);
    let failed_attempt = f.refresh_attempts().iter().find(|a| !got_page(a));
    let some_attempt_worked = f.refresh_attempts().iter().any(got_page);
    if status < 400 {
        if let Some(a) = failed_attempt {
            return intermittent(attempt_finding(f, a));
        }
        if let Some(found) = cert_problem(f) {
            return found;
        }
        let cached_fails =
            f.ev.clear_cache
                .as_ref()
                .filter(|c| got_page(&c.clean) && !got_page(&c.cached))
                .map(|c| &c.cached);
        let confidence = if f.consistency == Consistency::Same && cached_fails.is_none() {
            Confidence::High
        } else {
            Confidence::Medium
        };
        let mut detail = match f.responder.software {
            Software::Unknown => crate::t!("dx-site-answered", status = status.to_string()),
            sw => crate::t!(
                "dx-software-answered",
                software = sw.display_name(),
                status = status.to_string()
            ),
        };
        if let Some(cached) = cached_fails {
            detail = format!(
                "{detail} {}",
                crate::t!("dx-cached-data-failed", result = attempt_result(cached))
            );
        }
        return Finding::new(
            VerdictStatus::Healthy,
            Culprit::None,
            Cause::Healthy,
            confidence,
            detail,
        );
    }
    if let Some(found) = bot_challenge(f, status) {
        return found;
    }
    if crate::evidence::usable_status(status) {
        if let Some(found) = cert_problem(f) {
            return found;
        }
        if let Some(found) = browser_blocked(f, status) {
            return found;
        }
        let found = classify(&main_view(f));
        return if some_attempt_worked {
            intermittent(found)
        } else {
            found
        };
    }
    let mut found = classify(&main_view(f));
    if let Some(tls) = f.ev.tls.as_ref().filter(|t| is_cert_problem(t.outcome)) {
        found.detail = format!(
            "{} {}",
            found.detail,
            crate::t!("dx-also-cert-invalid", problem = cert_words(tls.outcome))
        );
    }
    if some_attempt_worked {
        return intermittent(found);
    }
    found
}

fn intermittent(mut found: Finding) -> Finding {
    found.status = VerdictStatus::Intermittent;
    if found.confidence == Confidence::High {
        found.confidence = Confidence::Medium;
    }
    found
}

/// What a failed refresh attempt says, judged by the same rules as a main response.
pub fn attempt_finding(f: &Facts, a: &Attempt) -> Finding {
    match (a.outcome, a.status) {
        (HttpOutcome::Response, Some(status)) => {
            let software = a
                .server
                .as_deref()
                .map(software_from_server)
                .unwrap_or(Software::Unknown);
            classify(&ResponseView {
                status,
                software,
                identified: software != Software::Unknown,
                edge: f.edge,
                web_server: f.web_server,
                retry_after: a.retry_after.clone(),
                body: String::new(),
                elapsed_secs: a.first_byte_ms.or(a.total_ms).map(|ms| ms / 1000.0),
                consistency: Consistency::Mixed,
                app_page: None,
            })
        }
        (outcome, _) => no_response(f, outcome),
    }
}

fn browser_blocked(f: &Facts, status: u16) -> Option<Finding> {
    if status != 403 {
        return None;
    }
    let profiles = &f.ev.other_browser.as_ref()?.profiles;
    let worked: Vec<&str> = profiles
        .iter()
        .filter(|p| got_page(p))
        .map(|p| p.label.as_str())
        .collect();
    if worked.is_empty() {
        return None;
    }
    Some(Finding::new(
        VerdictStatus::Failing,
        Culprit::Unknown,
        Cause::BrowserBlocked,
        Confidence::Medium,
        crate::t!("dx-browser-blocked", browsers = worked.join(", ")),
    ))
}

/// Cloudflare's bot check ("Just a moment...", `cf-mitigated: challenge`): a browser passes it,
/// this tool cannot.
fn bot_challenge(f: &Facts, status: u16) -> Option<Finding> {
    if !matches!(status, 403 | 503) {
        return None;
    }
    let body = f.response?.body_excerpt.to_ascii_lowercase();
    let challenge = f
        .header("cf-mitigated")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("challenge"))
        || body.contains("<title>just a moment...</title>")
        || body.contains("challenge-platform");
    challenge.then(|| {
        Finding::new(
            VerdictStatus::Failing,
            Culprit::Cdn,
            Cause::BotChallenge,
            Confidence::Medium,
            crate::t!("dx-bot-challenge", status = status.to_string()),
        )
    })
}
