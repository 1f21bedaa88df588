//! The live view's one line per finished probe (`check` in text format): what each probe saw,
//! short enough to follow as the check runs. The owner probes' lines are the same summaries the
//! reports show (`report::owner`).

use crate::evidence::{Evidence, Observation};
use crate::report::{self, owner};

/// One line per finished probe for the live view.
pub(super) fn probe_line(o: &Observation, ev: &Evidence) -> String {
    match o {
        Observation::Dns(d) => {
            let addrs: Vec<String> = d.addresses.iter().map(|a| a.to_string()).collect();
            format!(
                "dns      {} {} ({} ms)",
                report::text::serde_plain(&d.outcome),
                addrs.join(", "),
                d.duration_ms
            )
        }
        Observation::Tcp(t) => {
            let parts: Vec<String> = t
                .attempts
                .iter()
                .map(|a| {
                    format!(
                        "{} {} ({} ms)",
                        a.address,
                        report::text::serde_plain(&a.outcome),
                        a.duration_ms
                    )
                })
                .collect();
            format!("tcp      {}", parts.join("; "))
        }
        Observation::Tls(t) => format!(
            "tls      {} {} {}",
            report::text::serde_plain(&t.outcome),
            t.protocol.clone().unwrap_or_default(),
            t.error.clone().unwrap_or_default()
        ),
        Observation::Http(h) => match h.status {
            Some(s) => format!(
                "http     {} {} ({} ms)",
                s,
                h.reason.clone().unwrap_or_default(),
                h.timings.total.unwrap_or_default()
            ),
            None => format!(
                "http     {}: {}",
                report::text::serde_plain(&h.outcome),
                h.error.clone().unwrap_or_default()
            ),
        },
        Observation::Refresh(r) => {
            let keys: Vec<String> = r.attempts.iter().map(|a| a.result_key()).collect();
            format!("refresh  {}", keys.join(", "))
        }
        Observation::ClearCache(c) => format!(
            "cache    fresh: {}, with cache/cookies: {}",
            c.clean.result_key(),
            c.cached.result_key()
        ),
        Observation::OtherBrowser(b) => {
            let keys: Vec<String> = b
                .profiles
                .iter()
                .map(|a| format!("{} {}", a.label, a.result_key()))
                .collect();
            format!("browsers {}", keys.join(", "))
        }
        Observation::Connection(c) => {
            let ok = c.references.iter().filter(|r| r.connected).count();
            format!(
                "network  {ok} of {} reference endpoints reachable",
                c.references.len()
            )
        }
        Observation::Propagation(p) => format!("dns-all  {}", owner::propagation_summary(p)),
        Observation::Routes(r) => format!("routes   {}", owner::routes_summary(r)),
        Observation::Origin(origin) => {
            format!(
                "origin   {}",
                owner::origin_summary(origin, ev.http.as_ref())
            )
        }
        Observation::Paths(p) => format!("paths    {}", owner::paths_summary(p)),
        Observation::Burst(b) => format!("burst    {}", owner::burst_summary(b)),
        Observation::Skipped { kind, reason } => format!("{:<8} skipped: {reason}", kind.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::test_evidence::owner_502_done;

    #[test]
    fn owner_probes_print_a_summary_not_done() {
        let ev = owner_502_done();
        let line = |o: Observation| probe_line(&o, &ev);
        assert_eq!(
            line(Observation::Propagation(ev.propagation.clone().unwrap())),
            "dns-all  3 resolvers agree: 203.0.113.10"
        );
        assert_eq!(
            line(Observation::Routes(ev.routes.clone().unwrap())),
            "routes   IPv4 502, port 80 refused"
        );
        assert_eq!(
            line(Observation::Origin(ev.origin.clone().unwrap())),
            "origin   203.0.113.10:443 answered 502 (edge: 502)"
        );
        assert_eq!(
            line(Observation::Paths(ev.paths.clone().unwrap())),
            "paths    static 1/1 ok, dynamic 0/1 (502)"
        );
        assert_eq!(
            line(Observation::Burst(ev.burst.clone().unwrap())),
            "burst    13 requests at 1-4 at once: 0, 0, 5 failed"
        );
        // Before the edge's answer is in, the origin line says only what the origin answered.
        let mut early = ev.clone();
        early.http = None;
        assert_eq!(
            probe_line(&Observation::Origin(ev.origin.clone().unwrap()), &early),
            "origin   203.0.113.10:443 answered 502"
        );
    }

    #[test]
    fn skipped_probes_say_why() {
        let ev = owner_502_done();
        let o = Observation::Skipped {
            kind: crate::evidence::ProbeKind::Burst,
            reason: "the server does not answer at all".into(),
        };
        assert_eq!(
            probe_line(&o, &ev),
            "burst    skipped: the server does not answer at all"
        );
    }
}
