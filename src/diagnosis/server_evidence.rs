//! The server checks as evidence for the verdict: when the check ran on the server that serves
//! the site (owner mode) and its configuration names a broken link, the verdict names that link
//! with its file and line and becomes certain. As with the logs, only a server-side failure is
//! refined; a failing CDN keeps its wording (the CDN is what the visitor saw).

use super::verdict::Finding as VerdictFinding;
use super::{CauseFamily, Confidence, VerdictStatus};
use crate::evidence::Evidence;

/// Refine a failing server-side verdict with the broken link the server checks found.
pub(crate) fn refine(ev: &Evidence, mut found: VerdictFinding) -> VerdictFinding {
    if !super::log_evidence::server_side_failure(&found) {
        return found;
    }
    let Some(side) = ev.server_side.as_ref().filter(|s| s.checked) else {
        return found;
    };
    let (Some(link), Some(verdict)) = (side.broken_link(), side.verdict.as_ref()) else {
        return found;
    };
    if verdict.status != VerdictStatus::Failing {
        return found;
    }
    found.confidence = Confidence::High;
    if found.cause.family() != CauseFamily::Origin && verdict.cause != super::Cause::Unknown {
        found.cause = verdict.cause;
        found.culprit = verdict.culprit;
    }
    found.detail = format!(
        "{} {}",
        found.detail,
        crate::t!(
            "dx-server-broken-link",
            title = link.title.as_str(),
            fix = link.fix.as_str()
        )
    )
    .trim_start()
    .to_string();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnosis::{Cause, Culprit, Verdict};
    use crate::evidence::server_side::ServerSide;
    use crate::serverconf::judge::{Finding, Severity};

    fn side(status: VerdictStatus) -> ServerSide {
        ServerSide {
            checked: true,
            note: "nginx (process 1) listens on 127.0.0.1:8080".into(),
            findings: vec![Finding {
                id: "upstream_down".into(),
                severity: Severity::Error,
                title: "nginx (sites-enabled/shop line 12) passes shop.test to 127.0.0.1:9000, where nothing listens.".into(),
                config: Some("/etc/nginx/sites-enabled/shop".into()),
                line: Some(12),
                fix: "Start the application.".into(),
                commands: vec![],
            }],
            verdict: Some(Verdict {
                status,
                culprit: Culprit::UpstreamApp,
                cause: Cause::UpstreamRefused,
                ..Verdict::default()
            }),
        }
    }

    fn failing(culprit: Culprit, cause: Cause) -> VerdictFinding {
        VerdictFinding::new(
            VerdictStatus::Failing,
            culprit,
            cause,
            Confidence::Medium,
            "nginx answered 502.".into(),
        )
    }

    #[test]
    fn a_broken_link_on_this_server_names_the_line_and_makes_the_verdict_certain() {
        let ev = Evidence {
            server_side: Some(side(VerdictStatus::Failing)),
            ..Evidence::default()
        };
        let f = refine(&ev, failing(Culprit::ReverseProxy, Cause::ServerError));
        assert_eq!(f.confidence, Confidence::High);
        assert_eq!(
            (f.cause, f.culprit),
            (Cause::UpstreamRefused, Culprit::UpstreamApp)
        );
        assert!(
            f.detail.starts_with(
                "nginx answered 502. On this computer: nginx (sites-enabled/shop line 12)"
            ),
            "{}",
            f.detail
        );
        assert!(
            f.detail.ends_with("Fix: Start the application."),
            "{}",
            f.detail
        );
    }

    #[test]
    fn the_cdn_in_front_gives_its_time_limit() {
        let cf = crate::evidence::test_evidence::scenario(include_str!(
            "../../tests/scenarios/cloudflare_522.toml"
        ));
        let limit = crate::diagnosis::edge_limit(&cf).expect("Cloudflare seen");
        assert_eq!((limit.edge.as_str(), limit.seconds), ("Cloudflare", 100.0));
        let direct = crate::evidence::test_evidence::nginx_502();
        assert_eq!(crate::diagnosis::edge_limit(&direct), None);
    }

    #[test]
    fn nothing_changes_without_a_checked_failing_server_or_for_other_layers() {
        let mut ev = Evidence::default();
        let before = failing(Culprit::ReverseProxy, Cause::ServerError);
        assert_eq!(refine(&ev, before.clone()), before);
        ev.server_side = Some(side(VerdictStatus::Healthy));
        assert_eq!(refine(&ev, before.clone()), before);
        ev.server_side = Some(ServerSide {
            checked: false,
            ..side(VerdictStatus::Failing)
        });
        assert_eq!(refine(&ev, before.clone()), before);
        ev.server_side = Some(side(VerdictStatus::Failing));
        let dns = failing(Culprit::Dns, Cause::DnsNxdomain);
        assert_eq!(refine(&ev, dns.clone()), dns);
        let healthy = VerdictFinding::new(
            VerdictStatus::Healthy,
            Culprit::None,
            Cause::Healthy,
            Confidence::High,
            String::new(),
        );
        assert_eq!(refine(&ev, healthy.clone()), healthy);
    }
}
