//! Property tests for the log readers: log files are outside input (any bytes, any length, lines
//! of any shape), so the line splitter and the per-line parsers must never panic, and must read
//! well-formed lines exactly. The splitter is checked against its documented contract (split at
//! `\n`, one trailing `\r` dropped, text only when UTF-8 without control characters and at most
//! `MAX_LINE` bytes) whatever the read sizes; the time and access readers against timestamps and
//! requests generated here, with the `time` crate saying which dates and times exist.
//!
//! 256 cases per property by default (proptest's default; a quarter of that for the splitter,
//! whose inputs reach several buffers); `PROPTEST_CASES=10000 cargo test --no-default-features
//! --lib logs::proptests` runs longer. Pure: no files, no network.

use super::access::AccessParser;
use super::parse::Clock;
use super::scan::{BUFFER, Line, MAX_LINE, for_each_line};
use super::*;
use proptest::prelude::*;
use proptest::sample::select;
use std::io::{self, Read};
use std::ops::ControlFlow;
use time::{Date, Month, Time, UtcOffset};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date and time as numbers, sometimes impossible (31 February, 24:00, 60 seconds).
#[derive(Debug, Clone, Copy)]
struct Parts {
    y: u32,
    mo: u8,
    d: u8,
    h: u8,
    mi: u8,
    s: u8,
}

impl Parts {
    /// What the line says, if it names a real moment (the `time` crate decides).
    fn expected(self) -> Option<PrimitiveDateTime> {
        let month = Month::try_from(self.mo).ok()?;
        let date = Date::from_calendar_date(i32::try_from(self.y).ok()?, month, self.d).ok()?;
        let time = Time::from_hms(self.h, self.mi, self.s).ok()?;
        Some(PrimitiveDateTime::new(date, time))
    }

    fn mon(self) -> &'static str {
        MONTHS[usize::from(self.mo - 1)]
    }

    fn hms(self) -> String {
        format!("{:02}:{:02}:{:02}", self.h, self.mi, self.s)
    }
}

fn parts() -> impl Strategy<Value = Parts> {
    (
        1970u32..=2099,
        1u8..=12,
        1u8..=31,
        0u8..=24,
        0u8..=60,
        0u8..=60,
    )
        .prop_map(|(y, mo, d, h, mi, s)| Parts { y, mo, d, h, mi, s })
}

/// Text after the time: anything on one line.
fn rest() -> impl Strategy<Value = String> {
    "[^\n]{0,60}"
}

/// A line in one of the error log formats, with the format and the time it should read as.
fn error_line() -> impl Strategy<Value = (LogFormat, Parts, String)> {
    (0..4u8, parts(), rest(), "(UTC|Europe/Paris)").prop_map(|(kind, p, rest, zone)| {
        let (format, line) = match kind {
            0 => (
                LogFormat::NginxError,
                format!(
                    "{:04}/{:02}/{:02} {} [error] 1#1: {rest}",
                    p.y,
                    p.mo,
                    p.d,
                    p.hms()
                ),
            ),
            1 => (
                LogFormat::ApacheError,
                format!(
                    "[Tue {} {:02} {}.123456 {}] [proxy:error] {rest}",
                    p.mon(),
                    p.d,
                    p.hms(),
                    p.y
                ),
            ),
            2 => (
                LogFormat::PhpFpm,
                format!(
                    "[{:02}-{}-{} {}] WARNING: {rest}",
                    p.d,
                    p.mon(),
                    p.y,
                    p.hms()
                ),
            ),
            _ => (
                LogFormat::PhpError,
                format!(
                    "[{:02}-{}-{} {} {zone}] PHP Warning: {rest}",
                    p.d,
                    p.mon(),
                    p.y,
                    p.hms()
                ),
            ),
        };
        (format, p, line)
    })
}

/// One request of an access line as nginx writes it (a `"` inside is escaped, so none here).
#[derive(Debug, Clone)]
struct Request {
    path: String,
    query: String,
    status: u16,
    zone: (bool, u8, u8),
    combined: bool,
}

fn request() -> impl Strategy<Value = Request> {
    (
        "/[A-Za-z0-9._~%/@:;=+,!$&'()*-]{0,40}",
        "(\\?[a-z0-9=&%]{0,20}|#[a-z]{0,5})?",
        100u16..=599,
        (
            any::<bool>(),
            0u8..=25,
            select(vec![0u8, 30, 45, 59, 60, 99]),
        ),
        any::<bool>(),
    )
        .prop_map(|(path, query, status, zone, combined)| Request {
            path,
            query,
            status,
            zone,
            combined,
        })
}

fn access_line(p: Parts, r: &Request, agent: &str) -> String {
    let (minus, zh, zm) = r.zone;
    let sign = if minus { '-' } else { '+' };
    let tail = if r.combined {
        format!(" \"https://example.com/from?x=\\\"1\\\"\" \"{agent}\"")
    } else {
        String::new()
    };
    let time = format!(
        "{:02}/{}/{}:{} {sign}{zh:02}{zm:02}",
        p.d,
        p.mon(),
        p.y,
        p.hms()
    );
    format!(
        "203.0.113.9 - alice [{time}] \"GET {}{} HTTP/1.1\" {} 157{tail}",
        r.path, r.query, r.status
    )
}

/// The offset a `+HHMM` zone names, if it is one.
fn expected_offset((minus, h, m): (bool, u8, u8)) -> Option<UtcOffset> {
    let sign: i8 = if minus { -1 } else { 1 };
    UtcOffset::from_hms(
        sign * i8::try_from(h).ok()?,
        sign * i8::try_from(m).ok()?,
        0,
    )
    .ok()
}

/// Lines of every kind: generated log lines, and any text at all.
fn any_line() -> impl Strategy<Value = String> {
    prop_oneof![
        error_line().prop_map(|(_, _, l)| l),
        (parts(), request(), rest()).prop_map(|(p, r, a)| access_line(p, &r, &a)),
        any::<String>(),
        "[0-9/: \\[\\]\"a-zA-Z+-]{0,60}",
    ]
}

/// A reader handing out the data in reads of the given sizes (in turn), with an `Interrupted`
/// error now and then, as pipes, gzip decoders and signals do.
struct Chunked<'a> {
    data: &'a [u8],
    /// Read sizes, used in turn; raised so that no input takes more than about 512 reads (the
    /// splitter looks at the partial line on every read: byte-sized reads of a long line would
    /// take minutes).
    sizes: Vec<usize>,
    floor: usize,
    reads: usize,
    interrupt_every: Option<usize>,
}

impl Read for Chunked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.reads += 1;
        if self.interrupt_every.is_some_and(|k| self.reads % k == 0) {
            return Err(io::Error::from(io::ErrorKind::Interrupted));
        }
        let size = self.sizes[self.reads % self.sizes.len()].max(self.floor);
        let n = size.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// The lines the splitter's contract promises: `(offset, text or None for skipped)`.
fn contract(data: &[u8]) -> Vec<(u64, Option<String>)> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in data.split(|b| *b == b'\n') {
        if start == data.len() {
            break; // after a final '\n' (or in an empty input) there is no line
        }
        let line = if raw.len() > MAX_LINE {
            None
        } else {
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            std::str::from_utf8(raw)
                .ok()
                .filter(|t| {
                    !t.chars()
                        .any(|c| c.is_control() && c != '\t' && c.is_ascii())
                })
                .map(str::to_string)
        };
        out.push((start as u64, line));
        start += raw.len() + 1;
    }
    out
}

/// Log-like bytes: text, garbage, CR and LF, and now and then a run long enough to reach
/// `MAX_LINE` or cross the read buffer.
fn log_bytes() -> impl Strategy<Value = Vec<u8>> {
    let long = (
        prop_oneof![
            select(vec![
                MAX_LINE - 1,
                MAX_LINE,
                MAX_LINE + 1,
                BUFFER - 1,
                BUFFER,
                BUFFER + 1
            ]),
            0..2 * BUFFER + 3,
        ],
        select(vec![b'a', b'\t', 0xe9, 0]),
    )
        .prop_map(|(n, b)| vec![b; n]);
    let segment = prop_oneof![
        6 => any::<String>().prop_map(String::into_bytes),
        3 => prop::collection::vec(any::<u8>(), 0..40),
        4 => select(vec![&b"\n"[..], b"\r\n", b"\r", b"\xc3", b"\xa9", b"\x7f", b"\n\n"])
            .prop_map(<[u8]>::to_vec),
        1 => long,
    ];
    prop::collection::vec(segment, 0..24).prop_map(|parts| parts.concat())
}

proptest! {
    /// A well-formed error log line is recognised as its format, and reads as the time it
    /// names, or as no time when that date or time does not exist; the rendered time reads back
    /// through `--since`.
    #[test]
    fn error_lines_read_their_time((format, parts, line) in error_line()) {
        let want = parts.expected();
        prop_assert_eq!(timestamp(format, &line).map(|s| s.at), want, "{}", line);
        if let Some(at) = want {
            prop_assert_eq!(detect_line(&line), format, "{}", line);
            let stamp = Stamp { at, offset: None };
            prop_assert_eq!(parse_since(&stamp.render()), Ok(at));
        }
    }

    /// A generated nginx/Apache access line (combined or common) reads back with its status,
    /// its path without query or fragment, its time and its zone.
    #[test]
    fn access_lines_read_back(
        parts in parts(),
        request in request(),
        agent in "[^\"\n\\\\]{0,30}",
    ) {
        let line = access_line(parts, &request, &agent);
        let parsed = parse_access(&line);
        match parts.expected() {
            None => prop_assert_eq!(parsed, None, "{}", line),
            Some(at) => {
                let want = AccessLine {
                    stamp: Stamp { at, offset: expected_offset(request.zone) },
                    status: request.status,
                    url: &request.path,
                };
                prop_assert_eq!(parsed, Some(want), "{}", line);
                prop_assert_eq!(detect_line(&line), LogFormat::Access);
            }
        }
    }

    /// Any text: no panic; a detected format always has a time; an access line's URL is a
    /// non-empty piece of the line without spaces, query or fragment; a parsed time renders to
    /// what `--since` reads back.
    #[test]
    fn any_line_is_read_consistently(line in any_line()) {
        let format = detect_line(&line);
        prop_assert_eq!(timestamp(LogFormat::Unknown, &line), None);
        if format != LogFormat::Unknown {
            let stamp = timestamp(format, &line);
            prop_assert!(stamp.is_some(), "{:?} without a time: {}", format, line);
        }
        if let Some(a) = parse_access(&line) {
            prop_assert!(!a.url.is_empty() && line.contains(a.url));
            prop_assert!(!a.url.contains([' ', '?', '#']), "{:?}", a.url);
            prop_assert!(a.status <= 999);
        }
        if let Some(stamp) = timestamp(format, &line) {
            let rendered = stamp.render();
            prop_assert_eq!(parse_since(&rendered[..19]), Ok(stamp.at));
            prop_assert_eq!(&stamp.minute(), &rendered[..16]);
        }
        if let Err(e) = parse_since(&line) {
            prop_assert!(e.starts_with("--since: expected"), "{e}");
        }
    }

    /// The remembering readers (last date, last zone) read a series of lines exactly as fresh
    /// readers read each line.
    #[test]
    fn remembering_readers_read_what_fresh_ones_read(
        lines in prop::collection::vec(any_line(), 1..30),
    ) {
        let mut clock = Clock::default();
        let mut parser = AccessParser::default();
        for line in &lines {
            let formats = [
                LogFormat::NginxError,
                LogFormat::ApacheError,
                LogFormat::PhpFpm,
                LogFormat::Access,
            ];
            for format in formats {
                let fresh = timestamp(format, line);
                prop_assert_eq!(clock.timestamp(format, line), fresh, "{:?} {}", format, line);
            }
            prop_assert_eq!(parser.parse(line), parse_access(line), "{}", line);
        }
    }
}

proptest! {
    // Inputs reach several read buffers (up to a few MB): a quarter of the default cases.
    #![proptest_config(ProptestConfig {
        cases: ProptestConfig::default().cases.div_ceil(4),
        ..ProptestConfig::default()
    })]

    /// Any bytes, read in any sizes (interrupted or not): the lines handed out are the ones the
    /// splitter promises: one per `\n` plus a last unterminated one, at the right offsets, text
    /// exactly as in the input without its `\r`, skipped when binary, garbled or too long.
    #[test]
    fn splitter_keeps_its_contract(
        data in log_bytes(),
        sizes in prop::collection::vec(
            prop_oneof![1usize..64, 1usize..=BUFFER + 7, Just(usize::MAX)],
            1..5,
        ),
        interrupt_every in prop::option::of(2usize..5),
    ) {
        let floor = data.len() / 512;
        let mut reader = Chunked { data: &data, sizes, floor, reads: 0, interrupt_every };
        let mut got = Vec::new();
        let flow = for_each_line(&mut reader, |at, line| {
            got.push((at, match line {
                Line::Text(t) => Some(t.to_string()),
                Line::Skipped => None,
            }));
            ControlFlow::Continue(())
        });
        prop_assert!(matches!(flow, Ok(ControlFlow::Continue(()))));
        let newlines = data.iter().filter(|b| **b == b'\n').count();
        let unterminated = usize::from(data.last().is_some_and(|b| *b != b'\n'));
        prop_assert_eq!(got.len(), newlines + unterminated);
        for (at, text) in &got {
            let at = usize::try_from(*at).unwrap_or(usize::MAX);
            prop_assert!(at == 0 || data.get(at - 1) == Some(&b'\n'), "line at {at}");
            if let Some(t) = text {
                prop_assert!(t.len() <= MAX_LINE && !t.contains(['\n', '\r']));
                prop_assert_eq!(data.get(at..at + t.len()), Some(t.as_bytes()));
            }
        }
        let want = contract(&data);
        let (n, m) = (got.len(), want.len());
        prop_assert!(got == want, "lines differ from the contract ({n} vs {m} lines)");
    }

    /// Asked to stop after `k` lines, the splitter stops there and says so.
    #[test]
    fn splitter_stops_when_asked(data in log_bytes(), k in 1usize..6) {
        let total = contract(&data).len();
        let mut seen = 0;
        let flow = for_each_line(&mut &data[..], |_, _| {
            seen += 1;
            if seen == k { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
        });
        let stopped = k <= total;
        prop_assert!(matches!(flow, Ok(f) if f.is_break() == stopped));
        prop_assert_eq!(seen, k.min(total));
    }
}
