//! The `server_logs` item once the owner's logs were read (`--logs`, "Analyse logs"): which
//! known causes the logs show, whether they were logged at the time of the check and explain
//! what the probes saw, the fix of the most telling one, and the access logs' 5xx counts.

use crate::diagnosis::log_evidence::{self, Recency};
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::evidence::Evidence;
use crate::evidence::logs::LogsObservation;
use crate::logs::{Finding, Severity};

/// At most this many findings are named in the item (the report and the app list them all).
const NAMED: usize = 3;

pub fn item(ev: &Evidence, obs: &LogsObservation) -> ChecklistItem {
    let id = CheckId::ServerLogs;
    let a = &obs.analysis;
    let errors: Vec<&str> = a.files.iter().filter_map(|f| f.error.as_deref()).collect();
    if a.nothing_readable() {
        return ChecklistItem::new(
            id,
            ItemStatus::Warn,
            crate::t!("be-logs-unreadable", errors = errors.join("; ")),
            crate::t!("be-logs-unreadable-advice"),
        );
    }
    let read = a.files.iter().filter(|f| f.error.is_none()).count();
    let lines: u64 = a.files.iter().map(|f| f.lines).sum();
    let mut finding = String::new();
    let advice;
    let mut commands = Vec::new();
    let corroborating = log_evidence::corroborating(ev);
    let status = if let Some(c) = corroborating {
        finding.push_str(&crate::t!(
            "be-logs-explain",
            title = c.finding.title.as_str(),
            times = log_evidence::times(c.finding)
        ));
        if let Some(s) = c.finding.subjects.first() {
            finding.push(' ');
            finding.push_str(&crate::t!(
                "be-logs-involved",
                subject = crate::target::redact_url(s)
            ));
        }
        advice = format!("{} {}", c.finding.explanation, c.finding.fix);
        commands.extend(c.finding.commands.iter().cloned());
        ItemStatus::Fail
    } else if let Some(top) = a.findings.first() {
        let recent = a
            .findings
            .iter()
            .any(|f| recency(obs, f) == Recency::Recent && f.severity == Severity::Error);
        finding.push_str(&if recent {
            crate::t!("be-logs-recent-unrelated")
        } else {
            crate::t!("be-logs-old-problems")
        });
        advice = crate::t!(
            "be-logs-most-telling",
            title = top.title.as_str(),
            fix = top.fix.as_str()
        );
        commands.extend(top.commands.iter().cloned());
        if recent {
            ItemStatus::Warn
        } else {
            ItemStatus::Info
        }
    } else {
        finding.push_str(&crate::t!(
            "be-logs-nothing-known",
            lines = lines,
            files = read
        ));
        advice = crate::t!("be-logs-wrong-logs");
        ItemStatus::Info
    };
    let others: Vec<String> = a
        .findings
        .iter()
        .filter(|f| corroborating.is_none_or(|c| c.finding.cause != f.cause))
        .take(NAMED)
        .map(|f| format!("{} ({})", f.title, log_evidence::times(f)))
        .collect();
    if !others.is_empty() {
        finding.push(' ');
        finding.push_str(&crate::t!("be-logs-also", findings = others.join("; ")));
    }
    if let Some(access) = &a.access
        && a.access_5xx() > 0
    {
        let per_status: Vec<String> = access
            .per_status
            .iter()
            .map(|(s, n)| format!("{n} × {s}"))
            .collect();
        finding.push(' ');
        finding.push_str(&match access.top_urls.first() {
            Some(u) => crate::t!(
                "be-logs-access-errors-top",
                errors = a.access_5xx(),
                total = access.total,
                statuses = per_status.join(", "),
                url = u.url.as_str(),
                count = u.count
            ),
            None => crate::t!(
                "be-logs-access-errors",
                errors = a.access_5xx(),
                total = access.total,
                statuses = per_status.join(", ")
            ),
        });
        match (access.per_minute.first(), access.per_minute.last()) {
            (Some(first), Some(last)) if first.minute == last.minute => {
                finding.push(' ');
                finding.push_str(&crate::t!(
                    "be-logs-access-one-minute",
                    minute = first.minute.replace('T', " ")
                ));
            }
            (Some(first), Some(last)) => {
                finding.push(' ');
                finding.push_str(&crate::t!(
                    "be-logs-access-span",
                    first = first.minute.replace('T', " "),
                    last = last.minute.replace('T', " ")
                ));
            }
            _ => {}
        }
    }
    if !errors.is_empty() {
        finding.push(' ');
        finding.push_str(&crate::t!("be-logs-not-read", errors = errors.join("; ")));
    }
    if a.cancelled {
        finding.push(' ');
        finding.push_str(&crate::t!("be-logs-cancelled"));
    }
    let mut item = ChecklistItem::new(id, status, finding, advice);
    commands.dedup();
    item.commands = commands;
    item
}

fn recency(obs: &LogsObservation, f: &Finding) -> Recency {
    log_evidence::recency(obs, f.last_seen.as_deref())
}
