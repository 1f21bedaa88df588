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
        crate::t!("world-places-all", reported = reported)
    } else {
        crate::t!("world-places-some", n = n, reported = reported)
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
            crate::t!(
                "world-works-here-fails-elsewhere",
                places = places(w, w.failing)
            ),
        ),
        (WorldVerdict::DownEverywhere, true) => down_everywhere(w, &mut found),
        (WorldVerdict::FineElsewhere, true) => fine_elsewhere(w, &mut found),
        (WorldVerdict::Mixed, true) => mixed(w, edge, &mut found),
    }
    found
}

fn down_everywhere(w: &WorldCheck, found: &mut Finding) {
    let sentence = crate::t!("world-down-everywhere", places = places(w, w.failing));
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
    let loaded = places(w, w.working);
    let loaded = loaded.as_str();
    match found.culprit {
        Culprit::YourConnection | Culprit::LocalProxy => {
            found.confidence = Confidence::High;
            append(found, crate::t!("world-fine-site-fine", places = loaded));
        }
        Culprit::Dns => recast(
            found,
            Culprit::Dns,
            Cause::DnsOnlyHere,
            crate::t!("world-fine-dns", places = loaded),
        ),
        // The CDN's own error page: its servers near you fail, the site works elsewhere.
        Culprit::Cdn => recast(
            found,
            Culprit::Cdn,
            Cause::CdnRegion,
            crate::t!("world-fine-cdn", places = loaded),
        ),
        c if server_side(c) => append(found, crate::t!("world-fine-server", places = loaded)),
        _ => recast(
            found,
            Culprit::YourConnection,
            Cause::OnlyFromHere,
            crate::t!("world-fine-between", places = loaded),
        ),
    }
}

fn mixed(w: &WorldCheck, edge: bool, found: &mut Finding) {
    let sentence = crate::t!(
        "world-mixed",
        places = places(w, w.failing),
        working = w.working
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
        WorldVerdict::NoAnswer => crate::t!("world-summary-no-answer"),
        WorldVerdict::DownEverywhere => crate::t!("world-summary-down", n = n),
        WorldVerdict::FineElsewhere if fails_here => crate::t!("world-summary-just-you", n = n),
        WorldVerdict::FineElsewhere => crate::t!("world-summary-works", n = n),
        WorldVerdict::Mixed => crate::t!(
            "world-summary-partly",
            working = working,
            n = n,
            failing = failing
        ),
    }
}
