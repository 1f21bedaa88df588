//! The `firewall_proxy` owner item: the routes probe reached the site several ways (the http vs
//! the https port, each IPv4 vs IPv6 address) and the connection step compared the system proxy
//! with a direct request; a path that fails only one way names the culprit ("IPv6 fails, IPv4 works", "port 80 is closed but 443 works", "the
//! proxy blocks it; direct works") with the commands to confirm and fix it.

use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::evidence::routes::{RouteCheck, RouteKind, RoutesObservation};
use crate::evidence::{Evidence, ProbeKind, ProbeStatus, ProxyComparison};

/// One thing found, before they are merged into the item.
struct Problem {
    status: ItemStatus,
    finding: String,
    advice: String,
    commands: Vec<String>,
}

/// The `firewall_proxy` item from the routes probe.
pub fn assess(ev: &Evidence) -> ChecklistItem {
    let id = CheckId::FirewallProxy;
    if ev.is_pending(ProbeKind::Routes) || ev.is_pending(ProbeKind::Connection) {
        return ChecklistItem::new(id, ItemStatus::Pending, crate::t!("be-checking"), "");
    }
    let Some(routes) = &ev.routes else {
        return ChecklistItem::new(id, ItemStatus::Skipped, skip_reason(ev), "");
    };
    let proxy = ev.connection.as_ref().and_then(|c| c.proxy.as_ref());
    if routes.routes.is_empty() && proxy.is_none() {
        return ChecklistItem::new(
            id,
            ItemStatus::Skipped,
            crate::t!("be-fw-nothing-to-compare"),
            "",
        );
    }
    let url = ev.target.url.as_str();
    let mut problems = Vec::new();
    let proxy_reached = proxy.is_some_and(|p| p.via_proxy.reached() || p.direct.reached());
    if !routes.routes.iter().any(RouteCheck::reached) && !proxy_reached {
        problems.push(Problem {
            status: ItemStatus::Fail,
            finding: crate::t!("be-fw-nothing-worked", routes = list(routes.routes.iter())),
            advice: crate::t!("be-fw-nothing-worked-advice"),
            commands: vec![
                format!("curl -v {}", quote(url)),
                "ss -ltnp".into(),
                "ufw status verbose".into(),
                "nft list ruleset".into(),
            ],
        });
    } else {
        problems.extend(proxy.and_then(|p| proxy_problem(p, url)));
        problems.extend(family_problems(routes, ev));
        problems.extend(port_problem(routes, ev));
    }
    let Some(worst) = problems.iter().map(|p| p.status).min_by_key(|s| rank(*s)) else {
        return ChecklistItem::new(
            id,
            ItemStatus::Pass,
            crate::t!("be-fw-same-everywhere", routes = list(routes.routes.iter())),
            crate::t!("be-fw-nothing-to-change"),
        );
    };
    let join = |f: fn(&Problem) -> &str| {
        problems
            .iter()
            .map(f)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut item = ChecklistItem::new(id, worst, join(|p| &p.finding), join(|p| &p.advice));
    for c in problems.iter().flat_map(|p| &p.commands) {
        if !item.commands.contains(c) {
            item.commands.push(c.clone());
        }
    }
    item
}

/// Fail first, then warn, then info.
fn rank(s: ItemStatus) -> u8 {
    match s {
        ItemStatus::Fail => 0,
        ItemStatus::Warn => 1,
        ItemStatus::Info => 2,
        _ => 3,
    }
}

fn skip_reason(ev: &Evidence) -> String {
    ev.probes
        .iter()
        .find(|p| p.kind == ProbeKind::Routes && p.status == ProbeStatus::Skipped)
        .and_then(|p| p.details.get("reason"))
        .and_then(|r| r.as_str())
        .map(str::to_string)
        .unwrap_or_else(|| crate::t!("be-fw-not-checked"))
}

/// "IPv4 127.0.0.1:80: 200; IPv6 [::1]:80: refused".
fn list<'a>(rows: impl Iterator<Item = &'a RouteCheck>) -> String {
    rows.map(|r| {
        format!(
            "{}: {}",
            r.label,
            crate::evidence::say_result(&r.result_text())
        )
    })
    .collect::<Vec<_>>()
    .join("; ")
}

/// The connection step's comparison: the same request through the system proxy and without it.
fn proxy_problem(comparison: &ProxyComparison, url: &str) -> Option<Problem> {
    let (via, direct) = (&comparison.via_proxy, &comparison.direct);
    let proxy = comparison.proxy.as_str();
    let proxy_worse =
        (!via.reached() && direct.reached()) || (!via.succeeded() && direct.succeeded());
    if proxy_worse {
        return Some(Problem {
            status: ItemStatus::Fail,
            finding: crate::t!(
                "be-fw-proxy-blocks",
                proxy = proxy,
                via = crate::evidence::say_result(&via.result_text()),
                direct = crate::evidence::say_result(&direct.result_text())
            ),
            advice: crate::t!("be-fw-proxy-blocks-advice"),
            commands: vec![
                format!("curl --noproxy '*' -v {}", quote(url)),
                format!("curl -x {} -v {}", quote(proxy), quote(url)),
                "env | grep -i _proxy".into(),
            ],
        });
    }
    if via.reached() && !direct.reached() {
        return Some(Problem {
            status: ItemStatus::Info,
            finding: crate::t!(
                "be-fw-only-proxy",
                proxy = proxy,
                direct = crate::evidence::say_result(&direct.result_text())
            ),
            advice: String::new(),
            commands: Vec::new(),
        });
    }
    None
}

fn family_problems(routes: &RoutesObservation, ev: &Evidence) -> Vec<Problem> {
    let v4: Vec<&RouteCheck> = routes.of(RouteKind::Ipv4).collect();
    let v6: Vec<&RouteCheck> = routes.of(RouteKind::Ipv6).collect();
    let url = ev.target.url.as_str();
    let host = ev.target.host.as_str();
    let reached = |rows: &[&RouteCheck]| rows.iter().any(|r| r.reached());
    let mut out = Vec::new();
    let one_family_down =
        |down: &[&RouteCheck], name: &str, record: &str, flag: &str, other: &str| Problem {
            status: ItemStatus::Fail,
            finding: crate::t!(
                "be-fw-family-down",
                family = name,
                other = other,
                routes = list(down.iter().copied()),
                record = record
            ),
            advice: crate::t!("be-fw-family-down-advice", record = record, family = name),
            commands: vec![
                format!("curl {flag} -v {}", quote(url)),
                format!("dig {record} {host} +short"),
                "ss -ltnp".into(),
                if record == "AAAA" {
                    "ip6tables -L -n".into()
                } else {
                    "iptables -L -n".into()
                },
                "nft list ruleset".into(),
                "ufw status verbose".into(),
            ],
        };
    if !v6.is_empty() && !reached(&v6) && reached(&v4) {
        out.push(one_family_down(&v6, "IPv6", "AAAA", "-6", "IPv4"));
    } else if !v4.is_empty() && !reached(&v4) && reached(&v6) {
        out.push(one_family_down(&v4, "IPv4", "A", "-4", "IPv6"));
    } else {
        // Both families answer: do they answer the same?
        let ok = |rows: &[&RouteCheck]| rows.iter().any(|r| r.succeeded());
        if reached(&v4) && reached(&v6) && ok(&v4) != ok(&v6) {
            out.push(Problem {
                status: ItemStatus::Warn,
                finding: crate::t!(
                    "be-fw-families-differ",
                    v4 = list(v4.iter().copied()),
                    v6 = list(v6.iter().copied())
                ),
                advice: crate::t!("be-fw-families-differ-advice"),
                commands: vec![
                    format!("curl -4 -v {}", quote(url)),
                    format!("curl -6 -v {}", quote(url)),
                ],
            });
        }
    }
    // One address of a family failing while another of the same family works.
    for rows in [&v4, &v6] {
        let (good, bad): (Vec<&RouteCheck>, Vec<&RouteCheck>) =
            rows.iter().partition(|r| r.reached());
        if !good.is_empty() && !bad.is_empty() {
            out.push(Problem {
                status: ItemStatus::Warn,
                finding: crate::t!(
                    "be-fw-some-addresses",
                    bad = list(bad.iter().copied()),
                    good = list(good.iter().copied())
                ),
                advice: crate::t!("be-fw-some-addresses-advice"),
                commands: vec![
                    format!("dig A {host} +short"),
                    format!("dig AAAA {host} +short"),
                ],
            });
        }
    }
    out
}

fn port_problem(routes: &RoutesObservation, ev: &Evidence) -> Option<Problem> {
    let site_is_http = ev.target.scheme == crate::target::Scheme::Http;
    let (own_kind, other_kind) = if site_is_http {
        (RouteKind::HttpPort, RouteKind::HttpsPort)
    } else {
        (RouteKind::HttpsPort, RouteKind::HttpPort)
    };
    let own = routes.of(own_kind).next()?;
    let other = routes.of(other_kind).next()?;
    let port = |r: &RouteCheck| r.address.map(|a| a.port()).unwrap_or_default();
    let firewall_commands = |p: u16| {
        vec![
            format!("ss -ltnp | grep ':{p} '"),
            "ufw status verbose".into(),
            format!("ufw allow {p}/tcp"),
            "nft list ruleset".into(),
        ]
    };
    if !own.reached() && other.reached() {
        let mut commands = vec![format!("curl -v {}", quote(&ev.target.url))];
        commands.extend(firewall_commands(port(own)));
        return Some(Problem {
            status: ItemStatus::Fail,
            finding: crate::t!(
                "be-fw-own-port-closed",
                port = port(own).to_string(),
                scheme = if site_is_http { "http" } else { "https" },
                result = crate::evidence::say_result(&own.result_text()),
                other_port = port(other).to_string(),
                other_result = crate::evidence::say_result(&other.result_text())
            ),
            advice: crate::t!("be-fw-own-port-closed-advice", port = port(own).to_string()),
            commands,
        });
    }
    if own.reached() && !other.reached() {
        let (finding, advice) = if site_is_http {
            (
                crate::t!(
                    "be-fw-no-https",
                    port = port(other).to_string(),
                    result = crate::evidence::say_result(&other.result_text()),
                    other_port = port(own).to_string()
                ),
                crate::t!("be-fw-no-https-advice"),
            )
        } else {
            (
                crate::t!(
                    "be-fw-no-http",
                    port = port(other).to_string(),
                    result = crate::evidence::say_result(&other.result_text()),
                    other_port = port(own).to_string()
                ),
                crate::t!("be-fw-no-http-advice"),
            )
        };
        return Some(Problem {
            status: ItemStatus::Warn,
            finding,
            advice,
            commands: firewall_commands(port(other)),
        });
    }
    None
}

/// Quote for a POSIX shell when needed.
fn quote(s: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c);
    if !s.is_empty() && s.chars().all(safe) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
#[path = "firewall_proxy_tests.rs"]
mod tests;
