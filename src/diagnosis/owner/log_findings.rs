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
            format!("The logs could not be read: {}.", errors.join("; ")),
            "Give Gateway Doctor a copy it can read, or run it with sudo.",
        );
    }
    let read = a.files.iter().filter(|f| f.error.is_none()).count();
    let lines: u64 = a.files.iter().map(|f| f.lines).sum();
    let mut finding = String::new();
    let advice;
    let mut commands = Vec::new();
    let corroborating = log_evidence::corroborating(ev);
    let status = if let Some(c) = corroborating {
        finding.push_str(&format!(
            "The logs explain the error: {} ({}).",
            c.finding.title,
            log_evidence::times(c.finding)
        ));
        if let Some(s) = c.finding.subjects.first() {
            finding.push_str(&format!(" Involved: {}.", crate::target::redact_url(s)));
        }
        advice = format!("{} {}", c.finding.explanation, c.finding.fix);
        commands.extend(c.finding.commands.iter().cloned());
        ItemStatus::Fail
    } else if let Some(top) = a.findings.first() {
        let recent = a
            .findings
            .iter()
            .any(|f| recency(obs, f) == Recency::Recent && f.severity == Severity::Error);
        finding.push_str(if recent {
            "The logs show problems from around the time of this check, but none that explains what the site answered."
        } else {
            "The logs show known problems, but none from around the time of this check (within the hour before it)."
        });
        advice = format!("Most telling: {}. {}", top.title, top.fix);
        commands.extend(top.commands.iter().cloned());
        if recent {
            ItemStatus::Warn
        } else {
            ItemStatus::Info
        }
    } else {
        finding.push_str(&format!(
            "No known 502/504 cause in the logs ({lines} lines in {read} file{}).",
            if read == 1 { "" } else { "s" }
        ));
        advice =
            "If the site fails, these may not be the logs of the server that answered: check the \
                  error log named in its configuration (error_log / ErrorLog)."
                .to_string();
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
        finding.push_str(&format!(" Also in the logs: {}.", others.join("; ")));
    }
    if let Some(access) = &a.access
        && a.access_5xx() > 0
    {
        let per_status: Vec<String> = access
            .per_status
            .iter()
            .map(|(s, n)| format!("{n} × {s}"))
            .collect();
        finding.push_str(&format!(
            " Access logs: {} of {} answers were errors ({})",
            a.access_5xx(),
            access.total,
            per_status.join(", ")
        ));
        match access.top_urls.first() {
            Some(u) => finding.push_str(&format!(", most on {} ({}).", u.url, u.count)),
            None => finding.push('.'),
        }
        match (access.per_minute.first(), access.per_minute.last()) {
            (Some(first), Some(last)) if first.minute == last.minute => finding.push_str(&format!(
                " All in the minute {}.",
                first.minute.replace('T', " ")
            )),
            (Some(first), Some(last)) => finding.push_str(&format!(
                " Errors from {} to {}.",
                first.minute.replace('T', " "),
                last.minute.replace('T', " ")
            )),
            _ => {}
        }
    }
    if !errors.is_empty() {
        finding.push_str(&format!(" Not read: {}.", errors.join("; ")));
    }
    if a.cancelled {
        finding.push_str(" Reading was cancelled: only part of the logs was read.");
    }
    let mut item = ChecklistItem::new(id, status, finding, advice);
    commands.dedup();
    item.commands = commands;
    item
}

fn recency(obs: &LogsObservation, f: &Finding) -> Recency {
    log_evidence::recency(obs, f.last_seen.as_deref())
}
