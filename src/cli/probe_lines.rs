//! The live view's one line per finished probe (`check` in text format): what each probe saw,
//! short enough to follow as the check runs. The owner probes' lines are the same summaries the
//! reports show (`report::owner`).

use crate::evidence::{Evidence, Observation, ProbeKind};
use crate::report::owner;

/// The live lines for one finished probe, given the evidence before it is applied. The origin's
/// line compares with the edge's answer, so it waits for the main request: it is printed with
/// whichever of the two finishes last.
pub(super) fn probe_lines(o: &Observation, ev: &Evidence) -> Vec<String> {
    let origin_line = |edge| {
        ev.origin
            .as_ref()
            .map(|origin| format!("origin   {}", owner::origin_summary(origin, edge)))
    };
    match o {
        Observation::Origin(_) if ev.http.is_none() && ev.is_pending(ProbeKind::Http) => Vec::new(),
        Observation::Http(h) => [Some(probe_line(o, ev)), origin_line(Some(h))]
            .into_iter()
            .flatten()
            .collect(),
        Observation::Skipped {
            kind: ProbeKind::Http,
            ..
        } => [Some(probe_line(o, ev)), origin_line(None)]
            .into_iter()
            .flatten()
            .collect(),
        _ => vec![probe_line(o, ev)],
    }
}

/// One line per finished probe for the live view.
pub(super) fn probe_line(o: &Observation, ev: &Evidence) -> String {
    match o {
        Observation::Dns(d) => {
            let addrs: Vec<String> = d.addresses.iter().map(|a| a.to_string()).collect();
            format!(
                "dns      {} {} ({} ms)",
                crate::text::serde_plain(&d.outcome),
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
                        crate::text::serde_plain(&a.outcome),
                        a.duration_ms
                    )
                })
                .collect();
            format!("tcp      {}", parts.join("; "))
        }
        Observation::Tls(t) => format!(
            "tls      {} {} {}",
            crate::text::serde_plain(&t.outcome),
            t.protocol.clone().unwrap_or_default(),
            t.error.clone().unwrap_or_default()
        ),
        Observation::Http(h) => match h.status {
            Some(s) => {
                let reason = h.reason.clone().unwrap_or_default();
                let ms = h.timings.total.unwrap_or_default().to_string();
                match &h.protocol {
                    Some(p) => format!(
                        "http     {}",
                        crate::t!(
                            "cli-probe-http-over",
                            status = s.to_string(),
                            reason = reason,
                            ms = ms,
                            protocol = p.to_string()
                        )
                    ),
                    None => format!("http     {s} {reason} ({ms} ms)"),
                }
            }
            None => format!(
                "http     {}: {}",
                crate::text::serde_plain(&h.outcome),
                h.error.clone().unwrap_or_default()
            ),
        },
        Observation::Refresh(r) => {
            let keys: Vec<String> = r
                .attempts
                .iter()
                .map(|a| a.result_key().to_string())
                .collect();
            format!("refresh  {}", keys.join(", "))
        }
        Observation::ClearCache(c) => format!(
            "cache    {}",
            crate::t!(
                "cli-probe-cache",
                clean = c.clean.result_key().to_string(),
                cached = c.cached.result_key().to_string()
            )
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
                "network  {}",
                crate::t!("cli-probe-network", ok = ok, total = c.references.len())
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
        Observation::Logs(l) => format!("logs     {}", l.summary()),
        Observation::Http3(h) => format!("http3    {}", crate::evidence::http3::summary(h)),
        Observation::Skipped { kind, reason } => format!(
            "{:<8} {}",
            kind.as_str(),
            crate::t!("cli-probe-skipped", reason = reason.as_str())
        ),
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
    fn the_origin_line_waits_for_the_edges_answer() {
        let done = owner_502_done();
        let origin = Observation::Origin(done.origin.clone().unwrap());
        let http = Observation::Http(done.http.clone().unwrap());
        // The origin first: nothing yet, then both lines with the edge's answer.
        let mut ev = done.clone();
        ev.http = None;
        ev.origin = None;
        ev.finished
            .retain(|k| !matches!(k, ProbeKind::Http | ProbeKind::Origin));
        assert!(probe_lines(&origin, &ev).is_empty());
        ev.origin = done.origin.clone();
        ev.finished.push(ProbeKind::Origin);
        assert_eq!(
            probe_lines(&http, &ev),
            [
                "http     502 Bad Gateway (13 ms)",
                "origin   203.0.113.10:443 answered 502 (edge: 502)"
            ]
        );
        // The edge first: its line alone, then the origin's.
        let mut ev = done.clone();
        ev.http = None;
        ev.origin = None;
        assert_eq!(probe_lines(&http, &ev).len(), 1);
        ev.http = done.http.clone();
        assert_eq!(
            probe_lines(&origin, &ev),
            ["origin   203.0.113.10:443 answered 502 (edge: 502)"]
        );
        // No main request at all: the origin line alone, with the http probe's reason.
        let mut ev = done.clone();
        ev.http = None;
        let skipped = Observation::Skipped {
            kind: ProbeKind::Http,
            reason: "no address".into(),
        };
        assert_eq!(
            probe_lines(&skipped, &ev),
            [
                "http     skipped: no address",
                "origin   203.0.113.10:443 answered 502"
            ]
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
