//! Streaming reader for one log file, or one byte range of a big plain one: opens plain or gzip (by
//! magic bytes), detects the format from the first non-empty lines, and feeds each line to the
//! accumulator. Lines come from `scan` (in place in one fixed buffer, capped at 64 KiB), so memory
//! stays constant however big the file is.

use super::access::AccessParser;
use super::parse::{self, Clock, Stamp};
use super::scan::{self, Line};
use super::{Accumulator, AnalyseOptions, FileSummary, LogError, LogFormat};
use flate2::bufread::MultiGzDecoder;
use std::cell::Cell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::Ordering;

/// How many non-empty lines decide a file's format.
const DETECT_LINES: usize = 10;
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

/// Small: large reads go past it straight into the scanner's buffer; it only serves the peek at
/// the gzip magic bytes.
const PEEK_BUFFER: usize = 8 * 1024;
/// The compressed bytes buffered for the gzip decoder.
const GZ_BUFFER: usize = 256 * 1024;

/// Open `path` from its start, decompressing gzip (recognised by its magic bytes).
fn open(path: &Path, shown: &str, count: Rc<Cell<u64>>) -> Result<Box<dyn Read>, LogError> {
    if path.is_dir() {
        return Err(LogError::IsDirectory {
            path: shown.to_string(),
        });
    }
    let file = File::open(path).map_err(|e| open_error(shown, e))?;
    let mut raw = BufReader::with_capacity(PEEK_BUFFER, Counting { inner: file, count });
    let head = raw.fill_buf().map_err(|e| open_error(shown, e))?;
    if is_gzip(head) {
        Ok(Box::new(MultiGzDecoder::new(BufReader::with_capacity(
            GZ_BUFFER, raw,
        ))))
    } else {
        Ok(Box::new(raw))
    }
}

fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// Open a plain file at byte `at` (for reading one range of it).
fn open_at(
    path: &Path,
    shown: &str,
    at: u64,
    count: Rc<Cell<u64>>,
) -> Result<Box<dyn Read>, LogError> {
    let mut file = File::open(path).map_err(|e| open_error(shown, e))?;
    file.seek(SeekFrom::Start(at))
        .map_err(|e| open_error(shown, e))?;
    Ok(Box::new(Counting { inner: file, count }))
}

/// True if `path` is a plain (not gzip) file, so it can be read in ranges.
pub(crate) fn is_plain_file(path: &Path) -> bool {
    let Ok(mut file) = File::open(path) else {
        return false;
    };
    let mut head = [0u8; 2];
    file.metadata().is_ok_and(|m| m.is_file())
        && file.read_exact(&mut head).is_ok()
        && !is_gzip(&head)
}

/// Per-file state while streaming.
struct FileState {
    format: LogFormat,
    last_stamp: Option<Stamp>,
    access: AccessParser,
    clock: Clock,
}

impl FileState {
    fn feed(&mut self, line: &str, options: &AnalyseOptions, acc: &mut Accumulator) {
        // Most lines start with a visible ASCII character: no need to trim them.
        let visible = line.as_bytes().first().is_some_and(u8::is_ascii_graphic);
        if !visible && line.trim().is_empty() {
            return;
        }
        let since = options.since;
        if self.format == LogFormat::Access {
            if let Some(a) = self.access.fields(line)
                && since.is_none_or(|s| a.stamp.at >= s)
            {
                acc.access_line(a.status, a.request, &a.stamp);
            }
            return;
        }
        let stamp = self.clock.timestamp(self.format, line);
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

/// Which part of a file to read: all of it, or the lines of one byte range (see `parallel`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    /// A range starts at the first *anchor* line (see `is_anchor`) starting at or after `start`;
    /// 0 reads from the file's start (detecting the format).
    pub start: u64,
    /// ... and ends before the first anchor line starting at or after `end`.
    pub end: u64,
    /// The file's format, detected beforehand from its head (`detect_head`) when reading ranges.
    pub format: Option<LogFormat>,
}

impl Piece {
    pub(crate) const WHOLE: Piece = Piece {
        start: 0,
        end: u64::MAX,
        format: None,
    };
}

/// Where one range may begin: a line that does not continue the one before it. Access lines and
/// lines of unknown formats stand alone; in error logs a line with its own timestamp (the lines
/// after it without one, stack traces, belong to it).
fn is_anchor(format: LogFormat, line: Line) -> bool {
    match (format, line) {
        (_, Line::Skipped) => false,
        (LogFormat::Access | LogFormat::Unknown, Line::Text(_)) => true,
        (f, Line::Text(t)) => parse::timestamp(f, t).is_some(),
    }
}

/// The format of a plain file from its first lines, as `read_file` detects it, if they are all
/// complete within the first `limit` bytes (else `None`: the file is read in one piece).
pub(crate) fn detect_head(path: &Path, limit: u64) -> Option<LogFormat> {
    let file = File::open(path).ok()?;
    let mut sample: Vec<String> = Vec::new();
    let mut complete = false;
    let flow = scan::for_each_line(&mut file.take(limit), |_, line| {
        if sample.len() >= DETECT_LINES {
            // A line follows the sample's last one: that one ended with its newline.
            complete = true;
            return ControlFlow::Break(());
        }
        if let Line::Text(t) = line
            && !t.trim().is_empty()
        {
            sample.push(t.to_string());
        }
        ControlFlow::Continue(())
    })
    .ok()?;
    (flow.is_break() && complete).then(|| detect(&sample))
}

/// Read one file into `acc`. Returns its summary, the raw bytes read, and whether it was cancelled.
pub(crate) fn read_file(
    path: &Path,
    options: &AnalyseOptions,
    bytes_before: u64,
    acc: &mut Accumulator,
) -> (FileSummary, u64, bool) {
    read_piece(path, Piece::WHOLE, options, bytes_before, acc)
}

/// Read one piece of a file into `acc`. Returns its summary, the raw bytes read (for a range: its
/// length, so the pieces add up to the file's size), and whether it was cancelled.
pub(crate) fn read_piece(
    path: &Path,
    piece: Piece,
    options: &AnalyseOptions,
    bytes_before: u64,
    acc: &mut Accumulator,
) -> (FileSummary, u64, bool) {
    let shown = path.display().to_string();
    let mut summary = FileSummary {
        path: shown.clone(),
        format: piece.format.unwrap_or(LogFormat::Unknown),
        lines: 0,
        skipped: 0,
        error: None,
    };
    let count = Rc::new(Cell::new(0u64));
    // A range opens one byte early: its first line is the one running into `start`, which belongs
    // to the range before (unless that byte is the newline ending it).
    let origin = piece.start.saturating_sub(1);
    let opened = if piece.start == 0 {
        open(path, &shown, count.clone())
    } else {
        open_at(path, &shown, origin, count.clone())
    };
    let mut reader = match opened {
        Ok(r) => r,
        Err(e) => {
            summary.error = Some(e.message());
            return (summary, 0, false);
        }
    };
    let is_range = piece.start > 0 || piece.end != u64::MAX;
    let range_len = piece.end.saturating_sub(piece.start);
    // The bytes read so far that count as this piece's.
    let read_so_far = |n: u64| if is_range { n.min(range_len) } else { n };
    let cancelled = || options.cancel.is_some_and(|c| c.load(Ordering::Relaxed));
    let mut sample: Vec<String> = Vec::new();
    let mut state: Option<FileState> = match (piece.start, piece.format) {
        (1.., Some(format)) => Some(FileState {
            format,
            last_stamp: None,
            access: AccessParser::default(),
            clock: Clock::default(),
        }),
        _ => None,
    };
    // Before the range's first anchor line (ranges not at the file's start only).
    let mut seeking = piece.start > 0;
    let mut next_progress = PROGRESS_EVERY;
    let mut was_cancelled = false;
    let scanned = scan::for_each_line(reader.as_mut(), |at, line| {
        let at = origin + at;
        if let Some(format) = piece.format
            && at >= piece.end
            && is_anchor(format, line)
        {
            return ControlFlow::Break(());
        }
        if seeking {
            if at < piece.start || !piece.format.is_some_and(|f| is_anchor(f, line)) {
                return ControlFlow::Continue(());
            }
            seeking = false;
        }
        if summary.lines % 1024 == 0 {
            if cancelled() {
                was_cancelled = true;
                return ControlFlow::Break(());
            }
            if let Some(progress) = options.progress
                && count.get() >= next_progress
            {
                progress(bytes_before + read_so_far(count.get()));
                next_progress = count.get() + PROGRESS_EVERY;
            }
        }
        summary.lines += 1;
        let Line::Text(line) = line else {
            summary.skipped += 1;
            return ControlFlow::Continue(());
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
        ControlFlow::Continue(())
    });
    if let Err(e) = scanned {
        let err = LogError::Read {
            path: shown.clone(),
            lines: summary.lines,
            source: e,
        };
        summary.error = Some(err.message());
    }
    if !was_cancelled {
        match &state {
            None => {
                start(&mut summary, &mut sample, options, acc);
            }
            Some(s) if s.format == LogFormat::Access => acc.mark_access(),
            Some(_) => {}
        }
    }
    let bytes = if is_range { range_len } else { count.get() };
    (summary, bytes, was_cancelled)
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
        access: AccessParser::default(),
        clock: Clock::default(),
    };
    for line in sample.drain(..) {
        state.feed(&line, options, acc);
    }
    state
}
