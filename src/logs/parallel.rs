//! Reading several log files at once: an owner usually gives an error log, an access log and a
//! PHP-FPM log, and each is one independent stream, so they are read on up to `MAX_THREADS`
//! threads, each into its own accumulator, and merged in the files' order afterwards, so the
//! result is the same as one thread reading them one after another (first examples, first/last
//! seen, top URLs). Memory stays bounded: one line buffer and one accumulator per thread.

use super::Accumulator;
use super::read;
use super::{AnalyseOptions, Analysis, CauseAcc, FileSummary, MAX_URLS, OTHER_URLS};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

/// More threads than this gains nothing on a desktop machine reading from one disk.
const MAX_THREADS: usize = 4;
/// How often the calling thread reports progress while the workers read.
const PROGRESS_EVERY: Duration = Duration::from_millis(50);

/// How many threads to read `files` files with (1: read them in turn on the caller's thread).
pub(super) fn threads_for(files: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    files.min(cores).clamp(1, MAX_THREADS)
}

/// One file's result: its summary, what it contributed, whether reading it was cancelled.
type FileResult = (FileSummary, Accumulator, bool);

/// Read `order` on `threads` threads and merge in order.
pub(super) fn analyse(order: &[PathBuf], options: &AnalyseOptions, threads: usize) -> Analysis {
    let next = AtomicUsize::new(0);
    let finished = AtomicUsize::new(0);
    let bytes: Vec<AtomicU64> = order.iter().map(|_| AtomicU64::new(0)).collect();
    let results: Vec<Mutex<Option<FileResult>>> = order.iter().map(|_| Mutex::new(None)).collect();
    let (since, cancel) = (options.since, options.cancel);
    let caller = std::thread::current();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = order.get(i) else {
                        break;
                    };
                    let progress = |n: u64| bytes[i].store(n, Ordering::Relaxed);
                    let options = AnalyseOptions {
                        since,
                        cancel,
                        progress: Some(&progress),
                    };
                    let mut acc = Accumulator::default();
                    let (summary, read, cancelled) = read::read_file(path, &options, 0, &mut acc);
                    bytes[i].store(read, Ordering::Relaxed);
                    if let Ok(mut slot) = results[i].lock() {
                        *slot = Some((summary, acc, cancelled));
                    }
                    finished.fetch_add(1, Ordering::Relaxed);
                    caller.unpark();
                }
            });
        }
        // The caller reports progress (its callback need not be thread-safe) until all are read.
        while finished.load(Ordering::Relaxed) < order.len() {
            std::thread::park_timeout(PROGRESS_EVERY);
            if let Some(progress) = options.progress {
                progress(bytes.iter().map(|b| b.load(Ordering::Relaxed)).sum());
            }
        }
    });
    let mut total = Accumulator::default();
    let mut files = Vec::new();
    let mut cancelled = false;
    for slot in results {
        let Some((summary, acc, was_cancelled)) = slot.into_inner().ok().flatten() else {
            continue;
        };
        if cancelled && summary.lines == 0 {
            // Not started before the cancel: as if never reached, like a sequential read.
            continue;
        }
        cancelled |= was_cancelled;
        total.merge(acc);
        files.push(summary);
    }
    total.finish(files, cancelled)
}

impl Accumulator {
    /// Add what a later file contributed (`other` comes after `self` in reading order).
    pub(super) fn merge(&mut self, mut other: Accumulator) {
        other.flush_minute();
        self.flush_minute();
        if self.causes.len() < other.causes.len() {
            self.causes.resize_with(other.causes.len(), || None);
        }
        for (mine, theirs) in self.causes.iter_mut().zip(other.causes) {
            let Some(theirs) = theirs else {
                continue;
            };
            match mine {
                None => *mine = Some(theirs),
                Some(m) => m.merge(theirs),
            }
        }
        self.saw_access |= other.saw_access;
        self.access_total += other.access_total;
        for (status, n) in other.per_status {
            *self.per_status.entry(status).or_default() += n;
        }
        for (url, n) in other.urls {
            if let Some(mine) = self.urls.get_mut(&url) {
                *mine += n;
            } else if self.urls.len() < MAX_URLS {
                self.urls.insert(url, n);
            } else {
                *self.urls.entry(OTHER_URLS.to_string()).or_default() += n;
            }
        }
        for (minute, n) in other.minutes {
            *self.minutes.entry(minute).or_default() += n;
        }
    }

    /// Move the running minute into `minutes`.
    fn flush_minute(&mut self) {
        if let Some((m, n)) = self.current_minute.take() {
            *self.minutes.entry(m).or_default() += n;
        }
    }
}

impl CauseAcc {
    fn merge(&mut self, other: CauseAcc) {
        self.count += other.count;
        if let Some(f) = other.first
            && self.first.is_none_or(|mine| f.at < mine.at)
        {
            self.first = Some(f);
        }
        if let Some(l) = other.last
            && self.last.is_none_or(|mine| l.at >= mine.at)
        {
            self.last = Some(l);
        }
        for s in other.subjects {
            if self.subjects.len() < 5 && !self.subjects.contains(&s) {
                self.subjects.push(s);
            }
        }
        let room = 3usize.saturating_sub(self.examples.len());
        self.examples.extend(other.examples.into_iter().take(room));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same result on one thread and on several, for every fixture file at once (nginx error
    /// and access logs, PHP-FPM, Apache, a rotated set with a .gz, a garbled file).
    #[test]
    fn threads_change_nothing_in_the_result() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logs");
        let mut paths = Vec::new();
        for dir in ["nginx", "php-fpm", "apache", "rotated", "garbled"] {
            let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
                .expect("fixture dir")
                .filter_map(|e| Some(e.ok()?.path()))
                .filter(|p| !p.extension().is_some_and(|e| e == "md" || e == "sh"))
                .collect();
            files.sort();
            paths.extend(files);
        }
        assert!(paths.len() >= 8, "{paths:?}");
        let order = read::rotation_order(&paths);
        let options = AnalyseOptions::default();
        let one = analyse(&order, &options, 1);
        let many = analyse(&order, &options, 3);
        assert_eq!(one, many);
        assert!(one.findings.len() >= 6 && one.access.is_some(), "{one:?}");
        // And the same as the plain sequential reader.
        assert_eq!(super::super::analyse(&paths, &options), many);
    }
}
