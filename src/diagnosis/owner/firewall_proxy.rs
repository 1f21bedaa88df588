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
        return ChecklistItem::new(id, ItemStatus::Pending, "Checking…", "");
    }
    let Some(routes) = &ev.routes else {
        return ChecklistItem::new(id, ItemStatus::Skipped, skip_reason(ev), "");
    };
    let proxy = ev.connection.as_ref().and_then(|c| c.proxy.as_ref());
    if routes.routes.is_empty() && proxy.is_none() {
        return ChecklistItem::new(
            id,
            ItemStatus::Skipped,
            "Nothing to compare: the name gave no address and no proxy applies.",
            "",
        );
    }
    let url = ev.target.url.as_str();
    let mut problems = Vec::new();
    let proxy_reached = proxy.is_some_and(|p| p.via_proxy.reached() || p.direct.reached());
    if !routes.routes.iter().any(RouteCheck::reached) && !proxy_reached {
        problems.push(Problem {
            status: ItemStatus::Fail,
            finding: format!(
                "No way of reaching the site worked from here: {}.",
                list(routes.routes.iter())
            ),
            advice: "The server is down, or a firewall in front of it blocks this computer. Check \
                     that the web server listens and that the firewall allows its ports."
                .into(),
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
            format!(
                "Reached the same way every way tried: {}. No firewall or proxy difference.",
                list(routes.routes.iter())
            ),
            "Nothing to change here.",
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
        .unwrap_or_else(|| "Not checked in this run (owner mode compares the routes).".into())
}

/// "IPv4 127.0.0.1:80: 200; IPv6 [::1]:80: refused".
fn list<'a>(rows: impl Iterator<Item = &'a RouteCheck>) -> String {
    rows.map(|r| format!("{}: {}", r.label, r.result_text()))
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
            finding: format!(
                "Through the configured proxy ({proxy}) the site fails ({}); without it, it \
                 answers ({}): the proxy blocks it or is broken.",
                via.result_text(),
                direct.result_text()
            ),
            advice: "The site is fine; fix the proxy, or let this site bypass it (add it to \
                     no_proxy / the browser's proxy exceptions)."
                .into(),
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
            finding: format!(
                "Only the proxy ({proxy}) reaches the site; direct connections from here fail \
                 ({}). Normal on networks that force a proxy: the direct rows say little about \
                 the site.",
                direct.result_text()
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
            finding: format!(
                "{name} fails, {other} works ({}): the {record} record points at an address that \
                 does not accept connections.",
                list(down.iter().copied())
            ),
            advice: format!(
                "Fix the {record} record (or remove it), or make the server listen on {name} and \
                 open the {name} firewall: visitors on {name} get errors or slow fallbacks."
            ),
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
                finding: format!(
                    "IPv4 and IPv6 answer differently ({}; {}): they lead to different servers \
                     or configurations.",
                    list(v4.iter().copied()),
                    list(v6.iter().copied())
                ),
                advice: "Make both addresses serve the same site (same server block / virtual \
                         host on both, or the same backend)."
                    .into(),
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
                finding: format!(
                    "Some addresses fail while others work ({}; {}): one of the servers behind \
                     the name is down or firewalled.",
                    list(bad.iter().copied()),
                    list(good.iter().copied())
                ),
                advice: "Fix that server or remove its address from DNS.".into(),
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
            finding: format!(
                "Port {} ({}) does not work ({}) but port {} does ({}): the web server does not \
                 listen on it, or a firewall blocks it.",
                port(own),
                if site_is_http { "http" } else { "https" },
                own.result_text(),
                port(other),
                other.result_text()
            ),
            advice: format!(
                "Make the web server listen on port {} and open it in the firewall (and in the \
                 hosting provider's security group).",
                port(own)
            ),
            commands,
        });
    }
    if own.reached() && !other.reached() {
        let (finding, advice) = if site_is_http {
            (
                format!(
                    "Port {} (https) is closed ({}) but port {} works: the site has no HTTPS.",
                    port(other),
                    other.result_text(),
                    port(own)
                ),
                "Browsers mark plain http as not secure; add a certificate (e.g. Let's Encrypt) \
                 and serve https on port 443.",
            )
        } else {
            (
                format!(
                    "Port {} (http) is closed ({}) but port {} works: visitors who type the \
                     address without https:// may get no answer.",
                    port(other),
                    other.result_text(),
                    port(own)
                ),
                "Open port 80 and redirect it to https.",
            )
        };
        return Some(Problem {
            status: ItemStatus::Warn,
            finding,
            advice: advice.into(),
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
