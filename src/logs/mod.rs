//! Log analyser: reads nginx, Apache, PHP-FPM and PHP logs (plain, `.gz`, rotated sets)
//! in one streaming pass with bounded memory, recognises the known 502/504 cause lines (patterns
//! are data in `assets/log_patterns.toml`) and groups them into findings, and counts 5xx answers in
//! access logs per status, URL and minute, so an owner sees *why* and *since when* without knowing
//! which lines matter. Pure std I/O: no tokio, no GUI; the CLI and the app both call `analyse`.

mod access;
mod parallel;
mod parse;
pub mod patterns;
#[cfg(test)]
mod proptests;
mod read;
mod scan;
#[cfg(test)]
mod tests;

pub use access::{AccessLine, parse_access};
pub use parse::{Stamp, detect_line, parse_since, timestamp};

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use time::PrimitiveDateTime;

/// The format of one log file, detected from its first non-empty lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    NginxError,
    /// nginx or Apache access log, combined or common format.
    Access,
    ApacheError,
    PhpFpm,
    PhpError,
    Unknown,
}

impl LogFormat {
    /// What people call it: "nginx error log", "access log" ...
    pub fn describe(self) -> &'static str {
        const ALL: [(LogFormat, &str); 6] = [
            (LogFormat::NginxError, "eng-logformat-nginx-error"),
            (LogFormat::Access, "eng-logformat-access"),
            (LogFormat::ApacheError, "eng-logformat-apache-error"),
            (LogFormat::PhpFpm, "eng-logformat-php-fpm"),
            (LogFormat::PhpError, "eng-logformat-php-error"),
            (LogFormat::Unknown, "eng-logformat-unknown"),
        ];
        // Made once per language, so the names stay `&'static str`.
        static NAMES: crate::i18n::PerLanguage<Vec<(LogFormat, String)>> =
            crate::i18n::PerLanguage::new();
        NAMES
            .get(|lang| {
                ALL.iter()
                    .map(|(f, key)| (*f, crate::i18n::tr_in(lang, key, &[])))
                    .collect()
            })
            .iter()
            .find(|(f, _)| *f == self)
            .map_or("", |(_, name)| name.as_str())
    }
}

/// How bad a finding is (sorted: errors first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// What `analyse` should do besides reading.
#[derive(Default, Clone, Copy)]
pub struct AnalyseOptions<'a> {
    /// Ignore lines older than this (compared with the log's own wall-clock time).
    pub since: Option<PrimitiveDateTime>,
    /// Set to stop early; the result then has `cancelled = true` and what was read so far.
    pub cancel: Option<&'a AtomicBool>,
    /// Called now and then with the bytes read so far over all files (compressed bytes for .gz).
    pub progress: Option<&'a dyn Fn(u64)>,
}

/// The result of reading a set of logs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// In the order read (rotated sets oldest first).
    pub files: Vec<FileSummary>,
    /// Errors first, then by count (most first).
    pub findings: Vec<Finding>,
    /// Present when at least one access log was read.
    pub access: Option<AccessStats>,
    pub cancelled: bool,
}

/// One file that was (or could not be) read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileSummary {
    pub path: String,
    pub format: LogFormat,
    /// Lines read (including skipped ones).
    pub lines: u64,
    /// Binary, garbled (not UTF-8) or too long (over 64 KiB) lines.
    pub skipped: u64,
    /// Why the file could not be read (completely), naming the file.
    pub error: Option<String>,
}

/// One known cause, with every line that showed it grouped together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub cause: String,
    pub title: String,
    pub explanation: String,
    pub severity: Severity,
    pub count: u64,
    /// "YYYY-MM-DDTHH:MM:SS" (+"+HH:MM" if the log has an offset).
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Upstreams, sockets, scripts named in the lines (deduplicated, at most 5).
    pub subjects: Vec<String>,
    /// The first 3 lines, trimmed to 300 characters.
    pub examples: Vec<String>,
    pub fix: String,
    pub commands: Vec<String>,
}

/// 5xx answers in the access logs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AccessStats {
    /// Access log lines counted (all statuses).
    pub total: u64,
    /// 5xx only.
    pub per_status: BTreeMap<u16, u64>,
    /// 5xx, top 10, query stripped.
    pub top_urls: Vec<UrlCount>,
    /// 5xx per minute, oldest first.
    pub per_minute: Vec<MinuteCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrlCount {
    pub url: String,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinuteCount {
    /// "YYYY-MM-DDTHH:MM".
    pub minute: String,
    pub count: u64,
}

/// Why a file could not be read; the message names the file and suggests what to do.
#[derive(Debug, thiserror::Error)]
pub enum LogError {
    #[error(
        "cannot read {path}: permission denied (run with sudo or copy the file somewhere readable)"
    )]
    PermissionDenied { path: String },
    #[error("cannot read {path}: the file does not exist")]
    NotFound { path: String },
    #[error("cannot read {path}: it is a directory, not a log file")]
    IsDirectory { path: String },
    #[error("cannot read {path}: {source}")]
    Open {
        path: String,
        source: std::io::Error,
    },
    #[error("error reading {path} after {lines} lines: {source}")]
    Read {
        path: String,
        lines: u64,
        source: std::io::Error,
    },
}

impl LogError {
    /// The message in the current language (the `Display` text is English, for logs); the
    /// operating system's words stay as they come.
    pub fn message(&self) -> String {
        use crate::t;
        match self {
            LogError::PermissionDenied { path } => {
                t!("eng-log-permission-denied", path = path.as_str())
            }
            LogError::NotFound { path } => t!("eng-log-not-found", path = path.as_str()),
            LogError::IsDirectory { path } => t!("eng-log-is-directory", path = path.as_str()),
            LogError::Open { path, source } => t!(
                "eng-log-open",
                path = path.as_str(),
                error = source.to_string()
            ),
            LogError::Read {
                path,
                lines,
                source,
            } => t!(
                "eng-log-read",
                path = path.as_str(),
                lines = *lines,
                error = source.to_string()
            ),
        }
    }
}

/// The most distinct 5xx URLs tracked; further new URLs are counted under one "(other URLs)".
const MAX_URLS: usize = 50_000;
const OTHER_URLS: &str = "(other URLs)";

/// Read all `paths` (rotated sets in time order) and analyse them. Never panics; a file that
/// cannot be read gets an `error` in its `FileSummary` and the others are still read.
pub fn analyse(paths: &[PathBuf], options: &AnalyseOptions) -> Analysis {
    let order = read::rotation_order(paths);
    let cores = parallel::cores();
    if cores > 1 {
        let work = parallel::plan(&order, parallel::PIECE_BYTES);
        if work.len() > 1 {
            return parallel::analyse(&order, &work, options, cores.min(work.len()));
        }
    }
    analyse_in_turn(&order, options)
}

/// Read the files one after another on the caller's thread.
fn analyse_in_turn(order: &[PathBuf], options: &AnalyseOptions) -> Analysis {
    let mut acc = Accumulator::default();
    let mut files = Vec::new();
    let mut cancelled = false;
    let mut bytes_before = 0u64;
    for path in order {
        if cancelled {
            break;
        }
        let (summary, bytes, was_cancelled) =
            read::read_file(path, options, bytes_before, &mut acc);
        bytes_before += bytes;
        cancelled = was_cancelled;
        files.push(summary);
    }
    if let Some(progress) = options.progress {
        progress(bytes_before);
    }
    acc.finish(files, cancelled)
}

/// Per-cause running totals.
#[derive(Debug, Default)]
struct CauseAcc {
    count: u64,
    first: Option<Stamp>,
    last: Option<Stamp>,
    subjects: Vec<String>,
    examples: Vec<String>,
}

/// Everything collected while streaming (bounded: per cause a few strings, per URL/minute a count).
/// No allocation per line: causes are indexed by position, minutes keyed by time (rendered at the
/// end), and the current minute's count is kept aside until the minute changes.
#[derive(Debug, Default)]
pub(crate) struct Accumulator {
    /// Indexed like `patterns::causes()`.
    causes: Vec<Option<CauseAcc>>,
    saw_access: bool,
    access_total: u64,
    /// 5xx counts indexed by status - 500 (grown on the first one): no map lookup per line.
    per_status: Vec<u64>,
    urls: HashMap<String, u64>,
    /// 5xx per minute (the time with seconds zeroed), without `current_minute`.
    minutes: BTreeMap<PrimitiveDateTime, u64>,
    /// The minute of the last 5xx and its count not yet added to `minutes`.
    current_minute: Option<(PrimitiveDateTime, u64)>,
}

impl Accumulator {
    /// A non-access line: match it against the known causes.
    pub(crate) fn cause_line(&mut self, line: &str, stamp: Option<Stamp>) {
        let Some(index) = patterns::classify(line) else {
            return;
        };
        if index >= patterns::causes().len() {
            return;
        }
        if self.causes.len() <= index {
            self.causes.resize_with(index + 1, || None);
        }
        let Some(acc) = self.causes.get_mut(index) else {
            return;
        };
        let acc = acc.get_or_insert_with(CauseAcc::default);
        acc.count += 1;
        if let Some(s) = stamp {
            if acc.first.is_none_or(|f| s.at < f.at) {
                acc.first = Some(s);
            }
            if acc.last.is_none_or(|l| s.at >= l.at) {
                acc.last = Some(s);
            }
        }
        if acc.subjects.len() < 5
            && let Some(subject) = patterns::subject_of(index, line)
            && !acc.subjects.iter().any(|s| s == subject)
        {
            acc.subjects.push(subject.to_string());
        }
        if acc.examples.len() < 3 {
            acc.examples.push(trim_example(line));
        }
    }

    /// An access log line (its URL is cut out of `request` for 5xx lines only).
    pub(crate) fn access_line(&mut self, status: u16, request: &str, stamp: &Stamp) {
        self.saw_access = true;
        self.access_total += 1;
        if !(500..=599).contains(&status) {
            return;
        }
        let slot = usize::from(status - 500);
        if self.per_status.len() <= slot {
            self.per_status.resize(100, 0);
        }
        if let Some(n) = self.per_status.get_mut(slot) {
            *n += 1;
        }
        let url = access::url_of(request);
        if let Some(n) = self.urls.get_mut(url) {
            *n += 1;
        } else if self.urls.len() < MAX_URLS {
            self.urls.insert(url.to_string(), 1);
        } else {
            *self.urls.entry(OTHER_URLS.to_string()).or_default() += 1;
        }
        let minute = minute_of(stamp.at);
        match &mut self.current_minute {
            Some((m, n)) if *m == minute => *n += 1,
            current => {
                if let Some((m, n)) = current.replace((minute, 1)) {
                    *self.minutes.entry(m).or_default() += n;
                }
            }
        }
    }

    pub(crate) fn mark_access(&mut self) {
        self.saw_access = true;
    }

    fn finish(mut self, files: Vec<FileSummary>, cancelled: bool) -> Analysis {
        if let Some((m, n)) = self.current_minute.take() {
            *self.minutes.entry(m).or_default() += n;
        }
        let specs = patterns::causes();
        let mut findings: Vec<Finding> = self
            .causes
            .into_iter()
            .enumerate()
            .filter_map(|(i, acc)| {
                let acc = acc?;
                let spec = specs.get(i)?;
                Some(Finding {
                    cause: spec.id.clone(),
                    title: spec.title.clone(),
                    explanation: spec.explanation.clone(),
                    severity: spec.severity,
                    count: acc.count,
                    first_seen: acc.first.map(|s| s.render()),
                    last_seen: acc.last.map(|s| s.render()),
                    subjects: acc.subjects,
                    examples: acc.examples,
                    fix: spec.fix.clone(),
                    commands: spec.commands.clone(),
                })
            })
            .collect();
        findings.sort_by(|a, b| {
            (a.severity, std::cmp::Reverse(a.count), &a.cause).cmp(&(
                b.severity,
                std::cmp::Reverse(b.count),
                &b.cause,
            ))
        });
        let access = self.saw_access.then(|| {
            let mut urls: Vec<UrlCount> = self
                .urls
                .into_iter()
                .map(|(url, count)| UrlCount {
                    url: if url == OTHER_URLS {
                        crate::t!("eng-logs-other-urls")
                    } else {
                        url
                    },
                    count,
                })
                .collect();
            urls.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.url.cmp(&b.url)));
            urls.truncate(10);
            AccessStats {
                total: self.access_total,
                per_status: (500u16..)
                    .zip(self.per_status)
                    .filter(|(_, n)| *n > 0)
                    .collect(),
                top_urls: urls,
                per_minute: self
                    .minutes
                    .into_iter()
                    .map(|(at, count)| MinuteCount {
                        minute: Stamp { at, offset: None }.minute(),
                        count,
                    })
                    .collect(),
            }
        });
        Analysis {
            files,
            findings,
            access,
            cancelled,
        }
    }
}

/// `at` with the seconds (and fractions) zeroed: the key of the per-minute statistics.
fn minute_of(at: PrimitiveDateTime) -> PrimitiveDateTime {
    let t = at.time();
    match time::Time::from_hms(t.hour(), t.minute(), 0) {
        Ok(m) => PrimitiveDateTime::new(at.date(), m),
        Err(_) => at,
    }
}

/// An example line as shown to the owner: trimmed, at most 300 characters.
fn trim_example(line: &str) -> String {
    let line = line.trim();
    match line.char_indices().nth(300) {
        Some((i, _)) => line[..i].to_string(),
        None => line.to_string(),
    }
}

impl Analysis {
    /// Total 5xx answers seen in access logs.
    pub fn access_5xx(&self) -> u64 {
        self.access
            .as_ref()
            .map_or(0, |a| a.per_status.values().sum())
    }

    /// True when no file could be read at all.
    pub fn nothing_readable(&self) -> bool {
        self.files.iter().all(|f| f.error.is_some() && f.lines == 0)
    }
}
