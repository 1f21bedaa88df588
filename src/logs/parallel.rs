//! Reading logs on several threads: an owner usually gives an error log, an access log and a
//! PHP-FPM log, and a big plain file can itself be cut into byte ranges at line boundaries, so the
//! files and ranges ("pieces") are read on up to `MAX_THREADS` threads, each into its own
//! accumulator, and merged in reading order as they finish, so the result is the same as one
//! thread reading everything in turn (first examples, first/last seen, top URLs). A range starts
//! at a line that stands alone (`read::is_anchor`: in error logs one with its own timestamp), so
//! continuation lines stay with the line before them. Memory stays bounded: one read buffer per
//! thread, and accumulators kept only until their turn to be merged.

use super::Accumulator;
use super::read::{self, Piece};
use super::{AnalyseOptions, Analysis, CauseAcc, FileSummary, MAX_URLS, OTHER_URLS};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

/// More threads than this gains nothing on a desktop machine reading from one disk.
const MAX_THREADS: usize = 4;
/// How often the calling thread reports progress while the workers read.
const PROGRESS_EVERY: Duration = Duration::from_millis(50);
/// Plain files of at least twice this size are read in ranges of about this size: small enough
/// to keep all threads busy until the end, large enough that starting one costs nothing.
pub(super) const PIECE_BYTES: u64 = 32 * 1024 * 1024;
/// At most this many ranges per file.
const MAX_PIECES: u64 = 256;

/// The threads available (1: read everything in turn on the caller's thread).
pub(super) fn cores() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_THREADS)
}

/// One unit of work: a whole file or a range of one (`file` indexes the reading order).
#[derive(Debug, Clone, Copy)]
pub(super) struct Work {
    file: usize,
    piece: Piece,
}

/// The pieces to read `order` in: big plain files in ranges of about `piece_bytes`, all other
/// files (gzip, small, or whose format is not settled within the first range) whole.
pub(super) fn plan(order: &[PathBuf], piece_bytes: u64) -> Vec<Work> {
    let mut work = Vec::new();
    for (file, path) in order.iter().enumerate() {
        let len = std::fs::metadata(path).map_or(0, |m| m.len());
        let pieces = (len / piece_bytes.max(1)).min(MAX_PIECES);
        let format = (pieces >= 2 && read::is_plain_file(path))
            .then(|| read::detect_head(path, len / pieces))
            .flatten();
        let Some(format) = format else {
            work.push(Work {
                file,
                piece: Piece::WHOLE,
            });
            continue;
        };
        for k in 0..pieces {
            let start = len / pieces * k;
            // The last range reads to the end, however much the file has grown since.
            let end = if k + 1 == pieces {
                u64::MAX
            } else {
                len / pieces * (k + 1)
            };
            work.push(Work {
                file,
                piece: Piece {
                    start,
                    end,
                    format: Some(format),
                },
            });
        }
    }
    work
}

/// One piece's result: its summary, what it contributed, whether reading it was cancelled.
type PieceResult = (FileSummary, Accumulator, bool);

/// Read `work` (pieces of the files in `order`) on `threads` threads and merge in order.
pub(super) fn analyse(
    order: &[PathBuf],
    work: &[Work],
    options: &AnalyseOptions,
    threads: usize,
) -> Analysis {
    let next = AtomicUsize::new(0);
    let finished = AtomicUsize::new(0);
    let bytes: Vec<AtomicU64> = work.iter().map(|_| AtomicU64::new(0)).collect();
    let results: Vec<Mutex<Option<PieceResult>>> = work.iter().map(|_| Mutex::new(None)).collect();
    let (since, cancel) = (options.since, options.cancel);
    let caller = std::thread::current();
    // The workers' words (a file's error) are in the caller's language.
    let lang = crate::i18n::current();
    let mut merged = Merged::default();
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| {
                crate::i18n::set_thread(lang);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(w) = work.get(i) else {
                        break;
                    };
                    let Some(path) = order.get(w.file) else {
                        break;
                    };
                    let progress = |n: u64| bytes[i].store(n, Ordering::Relaxed);
                    let options = AnalyseOptions {
                        since,
                        cancel,
                        progress: Some(&progress),
                    };
                    let mut acc = Accumulator::default();
                    let (summary, read, cancelled) =
                        read::read_piece(path, w.piece, &options, 0, &mut acc);
                    bytes[i].store(read, Ordering::Relaxed);
                    if let Ok(mut slot) = results[i].lock() {
                        *slot = Some((summary, acc, cancelled));
                    }
                    finished.fetch_add(1, Ordering::Relaxed);
                    caller.unpark();
                }
            });
        }
        // The caller merges what is ready, in order, and reports progress (its callback need
        // not be thread-safe) until all is read.
        let mut done = 0;
        loop {
            let all = finished.load(Ordering::Relaxed) >= work.len();
            while let (Some(w), Some(slot)) = (work.get(done), results.get(done)) {
                let Some(result) = slot.lock().ok().and_then(|mut s| s.take()) else {
                    break;
                };
                merged.add(w.file, result);
                done += 1;
            }
            if let Some(progress) = options.progress {
                progress(bytes.iter().map(|b| b.load(Ordering::Relaxed)).sum());
            }
            if all {
                break;
            }
            std::thread::park_timeout(PROGRESS_EVERY);
        }
    });
    merged.finish()
}

/// The pieces merged so far, in reading order.
#[derive(Default)]
struct Merged {
    total: Accumulator,
    files: Vec<FileSummary>,
    cancelled: bool,
    /// The file being merged piece by piece: its index, summary so far, and whether cancelled.
    current: Option<(usize, FileSummary, bool)>,
}

impl Merged {
    fn add(&mut self, file: usize, (summary, acc, was_cancelled): PieceResult) {
        match &mut self.current {
            Some((f, sum, cancelled)) if *f == file => {
                sum.lines += summary.lines;
                sum.skipped += summary.skipped;
                if sum.error.is_none() {
                    sum.error = summary.error;
                }
                *cancelled |= was_cancelled;
            }
            current => {
                if let Some((_, sum, cancelled)) = current.replace((file, summary, was_cancelled)) {
                    self.end_file(sum, cancelled);
                }
            }
        }
        self.total.merge(acc);
    }

    fn end_file(&mut self, summary: FileSummary, was_cancelled: bool) {
        if self.cancelled && summary.lines == 0 {
            // Not started before the cancel: as if never reached, like a sequential read.
            return;
        }
        self.cancelled |= was_cancelled;
        self.files.push(summary);
    }

    fn finish(mut self) -> Analysis {
        if let Some((_, sum, cancelled)) = self.current.take() {
            self.end_file(sum, cancelled);
        }
        self.total.finish(self.files, self.cancelled)
    }
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
        if self.per_status.len() < other.per_status.len() {
            self.per_status.resize(other.per_status.len(), 0);
        }
        for (mine, n) in self.per_status.iter_mut().zip(other.per_status) {
            *mine += n;
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
    use std::path::Path;

    /// The same result on one thread and on several, for every fixture file at once (nginx error
    /// and access logs, PHP-FPM, Apache, a rotated set with a .gz, a garbled file).
    #[test]
    fn threads_change_nothing_in_the_result() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logs");
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
        let work = plan(&order, PIECE_BYTES);
        assert_eq!(work.len(), order.len());
        let one = analyse(&order, &work, &options, 1);
        let many = analyse(&order, &work, &options, 3);
        assert_eq!(one, many);
        assert!(one.findings.len() >= 6 && one.access.is_some(), "{one:?}");
        // And the same as the plain sequential reader.
        assert_eq!(super::super::analyse_in_turn(&order, &options), many);
        assert_eq!(super::super::analyse(&paths, &options), many);
    }

    /// A small deterministic pseudo-random sequence (xorshift).
    struct Dice(u64);

    impl Dice {
        fn roll(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    /// An nginx error log with stamped cause lines (ties in time included), continuation lines
    /// without a stamp that match causes too, blank, CRLF, garbled and binary lines, lines over
    /// 64 KiB, and a last line without a newline.
    fn error_log(dice: &mut Dice) -> Vec<u8> {
        let causes = [
            "connect() failed (111: Connection refused) while connecting to upstream, client: 1.2.3.4, upstream: \"http://127.0.0.1:80{n}/\"",
            "upstream prematurely closed connection while reading response header from upstream, upstream: \"http://10.0.0.{n}:9000/\"",
            "upstream timed out (110: Connection timed out) while reading response header, upstream: \"http://b{n}:80/\"",
            "connect() to unix:/run/php/php{n}-fpm.sock failed (2: No such file or directory) while connecting",
            "client sent invalid header line {n}",
        ];
        let mut out = Vec::new();
        let mut second = 0u64;
        for i in 0..3000u64 {
            second += dice.roll(3);
            let stamp = format!(
                "2026/12/01 {:02}:{:02}:{:02}",
                10 + second / 3600,
                second / 60 % 60,
                second % 60
            );
            let cause = causes[dice.roll(5) as usize].replace("{n}", &dice.roll(9).to_string());
            let line = format!("{stamp} [error] 16#16: *{i} {cause}");
            match dice.roll(40) {
                0 => out.extend_from_slice(b"\n   \n"),
                1 => out.extend_from_slice(format!("{line}\r\n").as_bytes()),
                2 => out.extend_from_slice(
                    b"2026/12/01 10:00:00 [error] caf\xe9 garbled upstream timed out (110\n",
                ),
                3 => out.extend_from_slice(b"\x00\x01binary\x7f\n"),
                4 => out
                    .extend_from_slice(b"  continuation: upstream prematurely closed connection\n"),
                5 => out.extend_from_slice(b"PHP message: no stamp here\n"),
                6 if i % 7 == 0 => {
                    out.extend_from_slice(stamp.as_bytes());
                    out.extend(std::iter::repeat_n(b'x', 70_000));
                    out.extend_from_slice(b" no live upstreams\n");
                }
                _ => out.extend_from_slice(format!("{line}\n").as_bytes()),
            }
        }
        out.extend_from_slice(
            b"2026/12/01 23:59:59 [error] 1#1: *9 no live upstreams while connecting to upstream",
        );
        out
    }

    /// An access log with 5xx and other statuses over many minutes and URLs, garbage and CRLF.
    fn access_log(dice: &mut Dice) -> Vec<u8> {
        let mut out = Vec::new();
        let mut second = 0u64;
        for _ in 0..8000 {
            second += dice.roll(4);
            let time = format!(
                "01/Dec/2026:{:02}:{:02}:{:02} +0100",
                10 + second / 3600,
                second / 60 % 60,
                second % 60
            );
            let status = [200, 200, 404, 500, 502, 503, 504][dice.roll(7) as usize];
            let url = format!("/p{}?q={}", dice.roll(30), dice.roll(5));
            let line =
                format!("10.0.0.1 - - [{time}] \"GET {url} HTTP/1.1\" {status} 12 \"-\" \"agent\"");
            match dice.roll(50) {
                0 => out.extend_from_slice(b"garbage line\n"),
                1 => out.extend_from_slice(format!("{line}\r\n").as_bytes()),
                2 => out.extend_from_slice(
                    b"10.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"GET /caf\xe9 HTTP/1.1\" 502 1\n",
                ),
                _ => out.extend_from_slice(format!("{line}\n").as_bytes()),
            }
        }
        out
    }

    /// Ranges of many sizes (cutting lines, CRLF pairs, long and garbled lines, continuation
    /// lines) give exactly what reading each file whole in turn gives, with or without --since,
    /// on one thread and several; and a file whose format is not settled in its first range is
    /// read whole.
    #[test]
    fn ranges_change_nothing_in_the_result() {
        let dir = tempfile::tempdir().unwrap();
        let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
        let error = dir.path().join("error.log");
        let access = dir.path().join("access.log");
        std::fs::write(&error, error_log(&mut dice)).unwrap();
        std::fs::write(&access, access_log(&mut dice)).unwrap();
        let order = vec![error.clone(), access.clone()];
        let since = super::super::parse_since("2026-12-01 10:40").unwrap();
        for options in [
            AnalyseOptions::default(),
            AnalyseOptions {
                since: Some(since),
                ..Default::default()
            },
        ] {
            let want = super::super::analyse_in_turn(&order, &options);
            assert!(
                want.findings.len() >= 5 && want.access_5xx() > 1000,
                "{want:?}"
            );
            assert!(want.files.iter().all(|f| f.lines > 3000), "{want:?}");
            assert!(want.files[0].skipped > 100, "{want:?}");
            for piece_bytes in [4_001, 9_973, 65_536, 100_003, 250_000] {
                let work = plan(&order, piece_bytes);
                assert!(work.len() > 4, "{piece_bytes}: {work:?}");
                for threads in [1, 2, 3] {
                    let got = analyse(&order, &work, &options, threads);
                    assert_eq!(
                        got, want,
                        "pieces of {piece_bytes} bytes, {threads} threads"
                    );
                }
            }
        }
        // The first ten lines do not fit in the first range: the file is read whole.
        let long_lines = format!("{}\n", "y".repeat(60_000)).repeat(20);
        std::fs::write(&error, long_lines).unwrap();
        let work = plan(std::slice::from_ref(&error), 200_000);
        assert_eq!(work.len(), 1);
        assert!(work[0].piece.format.is_none());
    }
}
