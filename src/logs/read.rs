//! Streaming reader for one log file: opens plain or gzip (by magic bytes), detects the format from
//! the first non-empty lines, and feeds each line to the accumulator. Lines are capped at 64 KiB
//! and read into one reused buffer, so memory stays constant however big the file is.

use super::parse::{self, Stamp};
use super::{Accumulator, AnalyseOptions, FileSummary, LogError, LogFormat};
use flate2::bufread::MultiGzDecoder;
use std::cell::Cell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::Ordering;

/// Longer lines are skipped (and counted) rather than buffered.
pub const MAX_LINE: usize = 64 * 1024;
/// How many non-empty lines decide a file's format.
const DETECT_LINES: usize = 10;
const BUFFER: usize = 256 * 1024;
const PROGRESS_EVERY: u64 = 4 * 1024 * 1024;

/// Order the paths so each rotated set (`error.log`, `error.log.1`, `error.log.2.gz`) is read
/// oldest first; sets keep the order in which they were first named.
pub fn rotation_order(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut groups: Vec<(PathBuf, Vec<(u32, PathBuf)>)> = Vec::new();
    let mut index: HashMap<PathBuf, usize> = HashMap::new();
    for path in paths {
        let (base, n) = rotation_key(path);
        let slot = *index.entry(base.clone()).or_insert_with(|| {
            groups.push((base, Vec::new()));
            groups.len() - 1
        });
        if let Some((_, members)) = groups.get_mut(slot) {
            members.push((n, path.clone()));
        }
    }
    groups
        .into_iter()
        .flat_map(|(_, mut members)| {
            // Higher numbers are older; the live file (0) is the newest.
            members.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
            members.into_iter().map(|(_, p)| p)
        })
        .collect()
}

/// `dir/error.log.2.gz` -> (`dir/error.log`, 2); `dir/error.log` -> (`dir/error.log`, 0).
fn rotation_key(path: &Path) -> (PathBuf, u32) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".gz").unwrap_or(&name);
    if let Some((base, num)) = stem.rsplit_once('.')
        && !base.is_empty()
        && !num.is_empty()
        && num.bytes().all(|b| b.is_ascii_digit())
        && let Ok(n) = num.parse::<u32>()
    {
        return (path.with_file_name(base), n.saturating_add(1));
    }
    (path.with_file_name(stem), 0)
}

/// Counts the raw bytes read from the file (for progress, also under gzip).
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

fn open_error(path: &str, e: io::Error) -> LogError {
    let path = path.to_string();
    match e.kind() {
        io::ErrorKind::PermissionDenied => LogError::PermissionDenied { path },
        io::ErrorKind::NotFound => LogError::NotFound { path },
        io::ErrorKind::IsADirectory => LogError::IsDirectory { path },
        _ => LogError::Open { path, source: e },
    }
}

fn open(path: &Path, shown: &str, count: Rc<Cell<u64>>) -> Result<Box<dyn BufRead>, LogError> {
    if path.is_dir() {
        return Err(LogError::IsDirectory {
            path: shown.to_string(),
        });
    }
    let file = File::open(path).map_err(|e| open_error(shown, e))?;
    let mut raw = BufReader::with_capacity(BUFFER, Counting { inner: file, count });
    let head = raw.fill_buf().map_err(|e| open_error(shown, e))?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(
            BUFFER,
            MultiGzDecoder::new(raw),
        )))
    } else {
        Ok(Box::new(raw))
    }
}

/// What one call to `next_line` found.
enum Line {
    Text,
    TooLong,
}

/// Read one line (without the newline) into `buf`, at most `MAX_LINE` bytes; the rest of a longer
/// line is consumed and dropped. `None` at the end of the input.
fn next_line(r: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<Option<Line>> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, used, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (&chunk[..i], i + 1, true),
            None => (chunk, chunk.len(), false),
        };
        if !too_long {
            if buf.len() + part.len() > MAX_LINE {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        r.consume(used);
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(if too_long { Line::TooLong } else { Line::Text }))
}

/// Text worth reading: valid UTF-8 without control characters (tabs are fine).
fn text(bytes: &[u8]) -> Option<&str> {
    // No early exit on purpose: this form is vectorised, and almost every line is clean.
    let control = bytes.iter().fold(false, |bad, &b| {
        bad | ((b < 0x20) & (b != b'\t')) | (b == 0x7f)
    });
    if control {
        return None;
    }
    std::str::from_utf8(bytes).ok()
}

/// Per-file state while streaming.
struct FileState {
    format: LogFormat,
    last_stamp: Option<Stamp>,
}

impl FileState {
    fn feed(&mut self, line: &str, options: &AnalyseOptions, acc: &mut Accumulator) {
        if line.trim().is_empty() {
            return;
        }
        let since = options.since;
        if self.format == LogFormat::Access {
            if let Some(a) = parse::parse_access(line)
                && since.is_none_or(|s| a.stamp.at >= s)
            {
                acc.access_line(a.status, a.url, &a.stamp);
            }
            return;
        }
        let stamp = parse::timestamp(self.format, line);
        if stamp.is_some() {
            self.last_stamp = stamp;
        }
        // Continuation lines (stack traces) belong to the last timestamp seen.
        let when = stamp.or(self.last_stamp);
        if let (Some(s), Some(w)) = (since, when)
            && w.at < s
        {
            return;
        }
        acc.cause_line(line, when);
    }
}

/// The format most of the sample lines have (ties: the one seen first).
fn detect(sample: &[String]) -> LogFormat {
    let mut counts: Vec<(LogFormat, usize)> = Vec::new();
    for line in sample {
        let f = parse::detect_line(line);
        if f == LogFormat::Unknown {
            continue;
        }
        match counts.iter_mut().find(|(g, _)| *g == f) {
            Some((_, n)) => *n += 1,
            None => counts.push((f, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map_or(LogFormat::Unknown, |(f, _)| f)
}

/// Read one file into `acc`. Returns its summary, the raw bytes read, and whether it was cancelled.
pub(crate) fn read_file(
    path: &Path,
    options: &AnalyseOptions,
    bytes_before: u64,
    acc: &mut Accumulator,
) -> (FileSummary, u64, bool) {
    let shown = path.display().to_string();
    let mut summary = FileSummary {
        path: shown.clone(),
        format: LogFormat::Unknown,
        lines: 0,
        skipped: 0,
        error: None,
    };
    let count = Rc::new(Cell::new(0u64));
    let mut reader = match open(path, &shown, count.clone()) {
        Ok(r) => r,
        Err(e) => {
            summary.error = Some(e.to_string());
            return (summary, 0, false);
        }
    };
    let cancelled = || options.cancel.is_some_and(|c| c.load(Ordering::Relaxed));
    let mut buf = Vec::with_capacity(4096);
    let mut sample: Vec<String> = Vec::new();
    let mut state: Option<FileState> = None;
    let mut next_progress = PROGRESS_EVERY;
    let mut was_cancelled = false;
    loop {
        if summary.lines % 1024 == 0 {
            if cancelled() {
                was_cancelled = true;
                break;
            }
            if let Some(progress) = options.progress
                && count.get() >= next_progress
            {
                progress(bytes_before + count.get());
                next_progress = count.get() + PROGRESS_EVERY;
            }
        }
        let kind = match next_line(reader.as_mut(), &mut buf) {
            Ok(Some(k)) => k,
            Ok(None) => break,
            Err(e) => {
                let err = LogError::Read {
                    path: shown.clone(),
                    lines: summary.lines,
                    source: e,
                };
                summary.error = Some(err.to_string());
                break;
            }
        };
        summary.lines += 1;
        let line = match kind {
            Line::TooLong => None,
            Line::Text => text(&buf),
        };
        let Some(line) = line else {
            summary.skipped += 1;
            continue;
        };
        match state.as_mut() {
            Some(s) => s.feed(line, options, acc),
            None => {
                if !line.trim().is_empty() {
                    sample.push(line.to_string());
                }
                if sample.len() >= DETECT_LINES {
                    state = Some(start(&mut summary, &mut sample, options, acc));
                }
            }
        }
    }
    if state.is_none() && !was_cancelled {
        start(&mut summary, &mut sample, options, acc);
    }
    (summary, count.get(), was_cancelled)
}

/// Decide the format from the sample and feed the sampled lines.
fn start(
    summary: &mut FileSummary,
    sample: &mut Vec<String>,
    options: &AnalyseOptions,
    acc: &mut Accumulator,
) -> FileState {
    let format = detect(sample);
    summary.format = format;
    if format == LogFormat::Access {
        acc.mark_access();
    }
    let mut state = FileState {
        format,
        last_stamp: None,
    };
    for line in sample.drain(..) {
        state.feed(&line, options, acc);
    }
    state
}
