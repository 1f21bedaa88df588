//! Access log lines (nginx or Apache, combined or common format): the status, the request and the
//! time. This is the hottest parser (most lines of a busy server's logs are access lines), so it
//! works on bytes with `memchr`, remembers the last date and zone it read (consecutive lines almost
//! always share them), and leaves the URL to the 5xx lines that need it.

use super::parse::{Stamp, access_time_fields, d2, month, parse_offset};
use time::{Date, PrimitiveDateTime, Time, UtcOffset};

/// One access log line (nginx or Apache, combined or common).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessLine<'a> {
    pub stamp: Stamp,
    pub status: u16,
    /// The request path without the query string ("-" if the request line was garbage).
    pub url: &'a str,
}

/// `1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] "GET /a?b HTTP/1.1" 502 157 "ref" "agent"`.
pub fn parse_access(line: &str) -> Option<AccessLine<'_>> {
    AccessParser::default().parse(line)
}

/// The fields of one access line before the URL is cut out of the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AccessFields<'a> {
    pub stamp: Stamp,
    pub status: u16,
    /// The request line as written, e.g. `GET /a?b HTTP/1.1`.
    pub request: &'a str,
}

/// Parses access lines one after another, remembering the last date and zone it read.
#[derive(Debug, Default)]
pub(crate) struct AccessParser {
    /// `10/Oct/2026` (as a number, compared in one go) and its date.
    date: Option<(u128, Date)>,
    /// `+0000` (as a number) and its offset (`None` when the zone is not a valid offset).
    zone: Option<(u64, Option<UtcOffset>)>,
}

impl AccessParser {
    pub(crate) fn parse<'a>(&mut self, line: &'a str) -> Option<AccessLine<'a>> {
        let f = self.fields(line)?;
        Some(AccessLine {
            stamp: f.stamp,
            status: f.status,
            url: url_of(f.request),
        })
    }

    /// Time, status and request of `line`, or `None` if it is not an access line.
    pub(crate) fn fields<'a>(&mut self, line: &'a str) -> Option<AccessFields<'a>> {
        let b = line.as_bytes();
        let open = open_bracket(b)? + 2;
        let close = open + memchr::memchr(b']', b.get(open..)?)?;
        let stamp = self.time(line.get(open..close)?)?;
        let rest = line.get(close + 1..)?.strip_prefix(" \"")?;
        let rb = rest.as_bytes();
        // The request ends at the `" NNN ` that follows it (a quote inside the request is escaped).
        let mut search = 0;
        loop {
            let q = search + memchr::memchr(b'"', rb.get(search..)?)?;
            if rb.get(q + 1) == Some(&b' ') {
                // Both bytes are ASCII: `q + 2` is a character boundary.
                let code = rest.get(q + 2..)?.get(..3)?.as_bytes();
                if code.iter().all(u8::is_ascii_digit) && rb.get(q + 5).is_none_or(|b| *b == b' ') {
                    let status = code.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
                    let request = rest.get(..q)?;
                    return Some(AccessFields {
                        stamp,
                        status,
                        request,
                    });
                }
            }
            search = q + 1;
        }
    }

    /// `10/Oct/2026:13:55:36 +0000`: the usual fixed-width form byte by byte (date and zone
    /// remembered), else field by field.
    fn time(&mut self, s: &str) -> Option<Stamp> {
        let b = s.as_bytes();
        if !(b.len() == 26
            && b[2] == b'/'
            && b[6] == b'/'
            && b[11] == b':'
            && b[14] == b':'
            && b[17] == b':'
            && b[20] == b' ')
        {
            return access_time_fields(s);
        }
        let date_key = key(b.get(..11)?);
        let date = match self.date {
            Some((key, date)) if key == date_key => date,
            _ => {
                // Bytes 2 and 6 are '/': 3..6 is on character boundaries.
                let mo = month(s.get(3..6)?)?;
                let y = d2(b, 7)? * 100 + d2(b, 9)?;
                let date = Date::from_calendar_date(
                    i32::try_from(y).ok()?,
                    mo,
                    u8::try_from(d2(b, 0)?).ok()?,
                )
                .ok()?;
                self.date = Some((date_key, date));
                date
            }
        };
        let time = Time::from_hms(
            u8::try_from(d2(b, 12)?).ok()?,
            u8::try_from(d2(b, 15)?).ok()?,
            u8::try_from(d2(b, 18)?).ok()?,
        )
        .ok()?;
        let zone_key = key(b.get(21..)?) as u64;
        let offset = match self.zone {
            Some((key, offset)) if key == zone_key => offset,
            _ => {
                // Byte 20 is a space: 21.. is on a character boundary.
                let offset = parse_offset(s.get(21..)?);
                self.zone = Some((zone_key, offset));
                offset
            }
        };
        Some(Stamp {
            at: PrimitiveDateTime::new(date, time),
            offset,
        })
    }
}

/// Up to 16 bytes as one number (the same bytes give the same number; `b` is at most 16 long
/// where it is used, and of fixed length, so different bytes give different numbers).
pub(crate) fn key(b: &[u8]) -> u128 {
    let mut k = [0u8; 16];
    let n = b.len().min(16);
    k[..n].copy_from_slice(&b[..n]);
    u128::from_le_bytes(k)
}

/// `GET /path?query HTTP/1.1` -> `/path`: the second word without its query or fragment ("-" if
/// there is none).
pub(crate) fn url_of(request: &str) -> &str {
    let url = match memchr::memchr(b' ', request.as_bytes()) {
        Some(sp) => {
            let target = &request[sp + 1..];
            let end = memchr::memchr3(b' ', b'?', b'#', target.as_bytes()).unwrap_or(target.len());
            &target[..end]
        }
        None => "-",
    };
    if url.is_empty() { "-" } else { url }
}

/// Where the first `" ["` in `b` starts.
fn open_bracket(b: &[u8]) -> Option<usize> {
    let mut from = 0;
    loop {
        let i = from + memchr::memchr(b'[', b.get(from..)?)?;
        if i > 0 && b[i - 1] == b' ' {
            return Some(i - 1);
        }
        from = i + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The remembered date and zone never change a result: lines whose dates, zones and times
    /// vary (and bad ones in between) parse the same with one parser as each with a fresh one.
    #[test]
    fn remembering_date_and_zone_changes_nothing() {
        let times = [
            "01/Dec/2026:23:19:45 +0530",
            "01/Dec/2026:23:19:46 +0530",
            "01/Dec/2026:23:19:46 +0000",
            "02/Dec/2026:00:00:00 +0000",
            "31/Feb/2026:23:19:45 +0000",
            "02/Dec/2026:24:00:00 +0000",
            "02/Dec/2026:23:59:59 +9999",
            "02/Dec/2026:23:59:59 -0100",
            "2/Dec/2026:23:59:59 -0100",
            "02/Dex/2026:23:59:59 -0100",
            "02/Dec/2026:23:59:59 -0100",
        ];
        let requests = [
            r#""GET /a?b HTTP/1.1" 502 1 "-" "-""#,
            r#""GET /b HTTP/1.1" 200 1"#,
            r#""GET /c\" x" 503 1"#,
            r#""garbage" 504 -"#,
            r#""GET /d HTTP/1.1" 5023 1"#,
            r#""GET /e HTTP/1.1" 50"#,
            r#""" 500 0"#,
        ];
        let mut parser = AccessParser::default();
        let mut parsed = 0;
        for t in times {
            for r in requests {
                let line = format!("1.2.3.4 - - [{t}] {r}");
                let fresh = AccessParser::default().parse(&line);
                assert_eq!(parser.parse(&line), fresh, "{line}");
                parsed += usize::from(fresh.is_some());
            }
        }
        assert!(parsed > 20, "{parsed}");
        let a = parse_access(r#"h - - [01/Dec/2026:23:19:45 +0530] "GET /c\" x" 503 1"#).unwrap();
        assert_eq!((a.status, a.url), (503, "/c\\\""));
        // The first " [" holds the time, as before.
        assert!(
            parse_access(r#"h [x] - [01/Dec/2026:23:19:45 +0530] "GET / HTTP/1.1" 503 1"#)
                .is_none()
        );
    }
}
