//! "Is it down for everyone?" as evidence: when the person asked Globalping (`check
//! --from-world`, the app's button), what the places around the world saw adjusts the verdict.
//!
//! Fails everywhere -> the site itself is down (a server-side or DNS verdict becomes certain; an
//! undecided one becomes `down_everywhere`). Fine elsewhere while it fails here -> the problem is
//! near the person asking: their network or ISP (`only_from_here`), their DNS resolver
//! (`dns_only_here`), or the CDN's servers in their region (`cdn_region`). Some places fail ->
//! `regional_outage` when nothing more precise was known. A world answer never turns a failure
//! into a success or the other way round, and no answer changes nothing. Pure: no I/O here.

use super::verdict::Finding;
use super::{Cause, Confidence, Culprit, VerdictStatus};
use crate::evidence::Evidence;
use crate::evidence::world::{WorldCheck, WorldVerdict};

/// The layers behind the site's address (not the visitor's side).
fn server_side(c: Culprit) -> bool {
    matches!(
        c,
        Culprit::Cdn | Culprit::LoadBalancer | Culprit::ReverseProxy | Culprit::UpstreamApp
    )
}

/// "3 of 10 places around the world" (only the places that reported).
fn places(w: &WorldCheck, n: usize) -> String {
    let reported = w.reported();
    if n == reported {
        format!("all {reported} places around the world")
    } else {
        format!("{n} of {reported} places around the world")
    }
}

fn append(found: &mut Finding, sentence: String) {
    found.detail = format!("{} {sentence}", found.detail).trim().to_string();
}

/// The world's answer names the cause: medium confidence (a sample of places, at one moment).
fn recast(found: &mut Finding, culprit: Culprit, cause: Cause, sentence: String) {
    found.culprit = culprit;
    found.cause = cause;
    found.confidence = Confidence::Medium;
    append(found, sentence);
}

/// Adjust the verdict with the world's answer (`edge`: a CDN answered us).
pub(crate) fn refine(ev: &Evidence, edge: bool, mut found: Finding) -> Finding {
    let Some(w) = ev.world.as_ref() else {
        return found;
    };
    let fails_here = found.status != VerdictStatus::Healthy;
    match (w.verdict, fails_here) {
        (WorldVerdict::NoAnswer, _) | (WorldVerdict::FineElsewhere, false) => {}
        (WorldVerdict::DownEverywhere | WorldVerdict::Mixed, false) => append(
            &mut found,
            format!(
                "It works from here, but {} failed (Globalping): the site may be down in other regions.",
                places(w, w.failing)
            ),
        ),
        (WorldVerdict::DownEverywhere, true) => down_everywhere(w, &mut found),
        (WorldVerdict::FineElsewhere, true) => fine_elsewhere(w, &mut found),
        (WorldVerdict::Mixed, true) => mixed(w, edge, &mut found),
    }
    found
}

fn down_everywhere(w: &WorldCheck, found: &mut Finding) {
    let sentence = format!(
        "Globalping: {} failed too, so the site is down for everyone.",
        places(w, w.failing)
    );
    match found.culprit {
        c if server_side(c) || c == Culprit::Dns => {
            found.confidence = Confidence::High;
            append(found, sentence);
        }
        // The proxy on this computer may fail as well; it is not the whole story.
        Culprit::LocalProxy => append(found, sentence),
        // "Your connection" cannot be why other places fail: the site is down.
        _ => recast(found, Culprit::Unknown, Cause::DownEverywhere, sentence),
    }
}

fn fine_elsewhere(w: &WorldCheck, found: &mut Finding) {
    let loaded = format!("Globalping: {} loaded the site", places(w, w.working));
    match found.culprit {
        Culprit::YourConnection | Culprit::LocalProxy => {
            found.confidence = Confidence::High;
            append(found, format!("{loaded}, so the site itself is fine."));
        }
        Culprit::Dns => recast(
            found,
            Culprit::Dns,
            Cause::DnsOnlyHere,
            format!(
                "{loaded}, so its name works there: the DNS server this computer asks is out of \
                 date or filtering (try another one, e.g. 1.1.1.1, or wait for a recent change to spread)."
            ),
        ),
        // The CDN's own error page: its servers near you fail, the site works elsewhere.
        Culprit::Cdn => recast(
            found,
            Culprit::Cdn,
            Cause::CdnRegion,
            format!(
                "{loaded}: the CDN servers that answer you (your region) fail, not the whole site."
            ),
        ),
        c if server_side(c) => append(
            found,
            format!(
                "{loaded}: the failure may be limited to requests from your address (blocked or \
                 rate-limited) or to the one server that answers you."
            ),
        ),
        _ => recast(
            found,
            Culprit::YourConnection,
            Cause::OnlyFromHere,
            format!("{loaded}: something between you and the site blocks or loses the connection."),
        ),
    }
}

fn mixed(w: &WorldCheck, edge: bool, found: &mut Finding) {
    let sentence = format!(
        "Globalping: {} failed too and {} loaded it: the failure is regional or comes and goes.",
        places(w, w.failing),
        w.working
    );
    if found.culprit == Culprit::Unknown {
        let culprit = if edge { Culprit::Cdn } else { Culprit::Unknown };
        recast(found, culprit, Cause::RegionalOutage, sentence);
    } else {
        append(found, sentence);
    }
}

/// The sentence that explains the world's answer to the person asking "is it just me?";
/// `fails_here` is whether our own check failed. Part of the diagnosis (not of the evidence), so
/// it is recomputed with the verdict and never goes stale.
pub fn world_summary(w: &WorldCheck, fails_here: bool) -> String {
    let n = w.reported();
    let (working, failing) = (w.working, w.failing);
    match w.verdict {
        WorldVerdict::NoAnswer => {
            "No Globalping location reported in time, so this says nothing about other places."
                .to_string()
        }
        WorldVerdict::DownEverywhere => format!(
            "Down for everyone: all {n} locations around the world failed too, so the problem is the site itself, not your connection."
        ),
        WorldVerdict::FineElsewhere if fails_here => format!(
            "Just you: all {n} locations around the world loaded the site, so what fails lies between you and it: your network, your ISP, your DNS, or the site's servers that answer your region."
        ),
        WorldVerdict::FineElsewhere => {
            format!("Works everywhere: all {n} locations around the world loaded the site.")
        }
        WorldVerdict::Mixed => format!(
            "Partly down: {working} of {n} locations loaded the site and {failing} failed, so the problem is regional (a CDN region, a load balancer node) or comes and goes."
        ),
    }
}
