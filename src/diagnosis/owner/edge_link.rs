//! Owner items `restart_server` and `server_logs` when a CDN made the error page because it could
//! not use the origin (Cloudflare's 520-526, CloudFront's or Akamai's own 502 ...): requests
//! through the edge then test the link from the edge to the origin (its address and name at the
//! CDN, DNS, firewall, certificate and TLS settings), not the origin's own stack, so comparing
//! static files with the page says nothing about which process to restart, and the logs that
//! matter are those of that link. Both items say so, point at the origin (`--origin` tests it
//! directly; its answer, when known, decides), and name the CDN's own log and request id.

use super::origin::{OriginVerdict, compare_origin};
use super::stack;
use crate::diagnosis::facts::Facts;
use crate::diagnosis::{Cause, CauseFamily, CheckId, ChecklistItem, ItemStatus, Verdict};
use crate::evidence::Evidence;
use crate::fingerprint::{Layer, Software};

/// The CDN that made the error page about its link to the origin, when the verdict is about that
/// link: the origin refused or never took the connection, cannot be reached or failed TLS, or the
/// CDN itself failed. `None` when the requests reached the origin's stack (an invalid or slow
/// answer, 520/524, or a branded page relaying the origin's own 502): then the usual items apply.
pub fn edge(f: &Facts, v: &Verdict) -> Option<Software> {
    let status = f.status()?;
    let software = f.responder.software;
    (status >= 500 && f.identified && software.layer() == Layer::Cdn && about_link(v.cause, status))
        .then_some(software)
}

/// The causes about the link from a CDN to the origin (`status` tells a connect timeout, 522,
/// from a slow answer, 524).
pub fn about_link(cause: Cause, status: u16) -> bool {
    match cause {
        Cause::OriginDown | Cause::OriginUnreachable | Cause::OriginTls => true,
        Cause::OriginTimeout => status == 522,
        _ => cause.family() == CauseFamily::Cdn && cause != Cause::BotChallenge,
    }
}

/// Where the CDN keeps its own record of the failed request, and the id to quote.
fn cdn_log(edge: Software) -> String {
    match edge {
        Software::Cloudflare => crate::t!("own-link-log-cloudflare"),
        Software::Cloudfront => crate::t!("own-link-log-cloudfront"),
        Software::Akamai => crate::t!("own-link-log-akamai"),
        Software::Fastly => crate::t!("own-link-log-fastly"),
        _ => crate::t!("own-link-log-other"),
    }
}

/// "straight to the origin: ..." when `--origin` was given, else how to ask it.
fn origin_line(ev: &Evidence, edge: &str) -> (String, Option<OriginVerdict>) {
    match compare_origin(ev) {
        Some(c) => (
            crate::t!(
                "own-link-origin-answered",
                origin = c.origin,
                result = crate::evidence::say_result(&c.origin_result)
            ),
            Some(c.verdict),
        ),
        None => (
            crate::t!(
                "own-link-ask-origin",
                url = ev.target.url.to_string(),
                edge = edge
            ),
            None,
        ),
    }
}

pub fn restart_server(ev: &Evidence, edge: Software) -> ChecklistItem {
    let name = edge.display_name();
    let finding = crate::t!("own-link-restart-finding", name = name);
    let (origin, verdict) = origin_line(ev, name);
    let unit = stack::web_server_unit(stack::web_server(ev)).unwrap_or("nginx");
    let (status, advice, commands) = match verdict {
        Some(OriginVerdict::EdgeConfig | OriginVerdict::Fine) => (
            ItemStatus::Pass,
            crate::t!(
                "own-link-restart-origin-works",
                origin = origin,
                name = name
            ),
            Vec::new(),
        ),
        Some(OriginVerdict::OriginStack | OriginVerdict::OriginUnreachable) => (
            ItemStatus::Fail,
            crate::t!("own-link-restart-origin-fails", origin = origin),
            vec![
                format!("systemctl status {unit}"),
                format!("systemctl restart {unit}"),
                "ss -ltnp | grep -E ':(80|443) '".to_string(),
            ],
        ),
        None => (
            ItemStatus::Info,
            origin,
            vec![
                format!(
                    "curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null",
                    host = ev.target.host
                ),
                format!("systemctl status {unit}"),
            ],
        ),
    };
    let mut item = ChecklistItem::new(CheckId::RestartServer, status, finding, advice);
    item.commands = commands;
    item
}

pub fn server_logs(ev: &Evidence, edge: Software) -> ChecklistItem {
    let name = edge.display_name();
    let server = stack::web_server(ev);
    let (access, error) = match server {
        Some(Software::Apache) => ("/var/log/apache2/access.log", "/var/log/apache2/error.log"),
        _ => ("/var/log/nginx/access.log", "/var/log/nginx/error.log"),
    };
    let finding = crate::t!("own-link-logs-finding", name = name);
    let advice = crate::t!(
        "own-link-logs-advice",
        access = access,
        error = error,
        name = name,
        log = cdn_log(edge)
    );
    let mut item = ChecklistItem::new(CheckId::ServerLogs, ItemStatus::Info, finding, advice);
    item.commands = vec![
        format!("tail -n 100 {access}"),
        format!("grep -iE 'ssl|handshake|certificate' {error} | tail -n 50"),
        "journalctl -k --since \"1 hour ago\" | grep -iE 'ufw|drop|reject' | tail -n 50"
            .to_string(),
    ];
    item
}
