//! Per-line parsing for the log formats Gateway Doctor knows: recognising a format from a line,
//! reading each format's timestamp, and splitting an access log line into status and URL. Plain
//! byte/str slicing (no regex), because this runs on every line of multi-GB logs.

use super::LogFormat;
use time::{Date, Month, PrimitiveDateTime, Time, UtcOffset};

/// A timestamp from a log line: the wall-clock time as written, and the offset if the line has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub at: PrimitiveDateTime,
    pub offset: Option<UtcOffset>,
}

impl Stamp {
    /// "YYYY-MM-DDTHH:MM:SS", plus "+HH:MM" when the log gave an offset.
    pub fn render(&self) -> String {
        let d = self.at.date();
        let t = self.at.time();
        let mut s = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            d.year(),
            u8::from(d.month()),
            d.day(),
            t.hour(),
            t.minute(),
            t.second()
        );
        if let Some(o) = self.offset {
            let (h, m, _) = o.as_hms();
            let sign = if o.is_negative() { '-' } else { '+' };
            s.push_str(&format!(
                "{sign}{:02}:{:02}",
                h.unsigned_abs(),
                m.unsigned_abs()
            ));
        }
        s
    }

    /// "YYYY-MM-DDTHH:MM" for the per-minute access statistics.
    pub fn minute(&self) -> String {
        let mut s = self.render();
        s.truncate(16);
        s
    }
}

/// Which format a single line looks like (`Unknown` if none).
pub fn detect_line(line: &str) -> LogFormat {
    if nginx_error_time(line).is_some() {
        LogFormat::NginxError
    } else if apache_error_time(line).is_some() {
        LogFormat::ApacheError
    } else if let Some((_, has_zone)) = php_time(line) {
        if has_zone {
            LogFormat::PhpError
        } else {
            LogFormat::PhpFpm
        }
    } else if super::access::parse_access(line).is_some() {
        LogFormat::Access
    } else {
        LogFormat::Unknown
    }
}

/// The timestamp of a line in the given format.
pub fn timestamp(format: LogFormat, line: &str) -> Option<Stamp> {
    match format {
        LogFormat::NginxError => nginx_error_time(line).map(local),
        LogFormat::ApacheError => apache_error_time(line).map(local),
        LogFormat::PhpFpm | LogFormat::PhpError => php_time(line).map(|(at, _)| local(at)),
        LogFormat::Access => super::access::parse_access(line).map(|a| a.stamp),
        LogFormat::Unknown => None,
    }
}

fn local(at: PrimitiveDateTime) -> Stamp {
    Stamp { at, offset: None }
}

fn num(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

pub(super) fn month(s: &str) -> Option<Month> {
    // A match on a 3-byte array (integer compares, no memcmp): this runs on every access line.
    let b: &[u8; 3] = s.as_bytes().try_into().ok()?;
    let m = match b {
        b"Jan" => 1,
        b"Feb" => 2,
        b"Mar" => 3,
        b"Apr" => 4,
        b"May" => 5,
        b"Jun" => 6,
        b"Jul" => 7,
        b"Aug" => 8,
        b"Sep" => 9,
        b"Oct" => 10,
        b"Nov" => 11,
        b"Dec" => 12,
        _ => return None,
    };
    Month::try_from(m).ok()
}

/// The two ASCII digits at `b[i..i + 2]` as a number.
pub(super) fn d2(b: &[u8], i: usize) -> Option<u32> {
    let (x, y) = (*b.get(i)?, *b.get(i + 1)?);
    (x.is_ascii_digit() && y.is_ascii_digit())
        .then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
}

/// A date and time from numbers, validated (no panics on e.g. 31 February).
fn from_parts(y: u32, mo: Month, d: u32, h: u32, mi: u32, sec: u32) -> Option<PrimitiveDateTime> {
    let date = Date::from_calendar_date(i32::try_from(y).ok()?, mo, u8::try_from(d).ok()?).ok()?;
    let time = Time::from_hms(
        u8::try_from(h).ok()?,
        u8::try_from(mi).ok()?,
        u8::try_from(sec).ok()?,
    )
    .ok()?;
    Some(PrimitiveDateTime::new(date, time))
}

fn datetime(y: u32, mo: Month, d: u32, hms: &str) -> Option<PrimitiveDateTime> {
    let mut parts = hms.splitn(3, ':');
    let h = num(parts.next()?)?;
    let mi = num(parts.next()?)?;
    let sec = num(parts.next()?.split('.').next()?)?;
    from_parts(y, mo, d, h, mi, sec)
}

/// `2026/12/01 21:53:22 [`: the fixed-width start of an nginx error log line.
fn nginx_error_shape(b: &[u8]) -> bool {
    b.len() >= 21
        && b[4] == b'/'
        && b[7] == b'/'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b' '
        && b[20] == b'['
}

/// nginx error log: `2026/12/01 21:53:22 [error] ...` (fixed width, read byte by byte).
fn nginx_error_time(line: &str) -> Option<PrimitiveDateTime> {
    let b = line.as_bytes();
    if !nginx_error_shape(b) {
        return None;
    }
    let y = d2(b, 0)? * 100 + d2(b, 2)?;
    let mo = month_num(d2(b, 5)?)?;
    from_parts(y, mo, d2(b, 8)?, d2(b, 11)?, d2(b, 14)?, d2(b, 17)?)
}

/// Reads timestamps line after line, remembering the last nginx error log date (consecutive lines
/// almost always share it); other formats are read as `timestamp` reads them.
#[derive(Debug, Default)]
pub(crate) struct Clock {
    nginx_date: Option<(u128, Date)>,
}

impl Clock {
    pub(crate) fn timestamp(&mut self, format: LogFormat, line: &str) -> Option<Stamp> {
        if format != LogFormat::NginxError {
            return timestamp(format, line);
        }
        // As `nginx_error_time`, with the date looked up first.
        let b = line.as_bytes();
        if !nginx_error_shape(b) {
            return None;
        }
        let key = super::access::key(&b[..10]);
        let date = match self.nginx_date {
            Some((k, date)) if k == key => date,
            _ => {
                let y = d2(b, 0)? * 100 + d2(b, 2)?;
                let mo = month_num(d2(b, 5)?)?;
                let date = Date::from_calendar_date(
                    i32::try_from(y).ok()?,
                    mo,
                    u8::try_from(d2(b, 8)?).ok()?,
                )
                .ok()?;
                self.nginx_date = Some((key, date));
                date
            }
        };
        let time = Time::from_hms(
            u8::try_from(d2(b, 11)?).ok()?,
            u8::try_from(d2(b, 14)?).ok()?,
            u8::try_from(d2(b, 17)?).ok()?,
        )
        .ok()?;
        Some(local(PrimitiveDateTime::new(date, time)))
    }
}

fn month_num(m: u32) -> Option<Month> {
    Month::try_from(u8::try_from(m).ok()?).ok()
}

/// Apache error log: `[Tue Dec 01 21:53:22.123456 2026] [proxy:error] ...`.
fn apache_error_time(line: &str) -> Option<PrimitiveDateTime> {
    let inner = line.strip_prefix('[')?;
    let end = inner.find(']')?;
    let mut f = inner[..end].split_ascii_whitespace();
    let _weekday = f.next()?;
    let mo = month(f.next()?)?;
    let d = num(f.next()?)?;
    let hms = f.next()?;
    let y = num(f.next()?)?;
    if f.next().is_some() {
        return None;
    }
    datetime(y, mo, d, hms)
}

/// PHP-FPM `[01-Dec-2026 21:53:22]` (zone = false) or PHP `[01-Dec-2026 21:53:22 UTC]` (true).
fn php_time(line: &str) -> Option<(PrimitiveDateTime, bool)> {
    let inner = line.strip_prefix('[')?;
    let end = inner.find(']')?;
    let mut f = inner[..end].split_ascii_whitespace();
    let mut dmy = f.next()?.splitn(3, '-');
    let d = num(dmy.next()?)?;
    let mo = month(dmy.next()?)?;
    let y = num(dmy.next()?)?;
    let at = datetime(y, mo, d, f.next()?)?;
    let zone = f.next().is_some();
    if f.next().is_some() {
        return None;
    }
    Some((at, zone))
}

/// `10/Oct/2026:13:55:36 +0000` read field by field (the fixed-width form is read in `access`).
pub(super) fn access_time_fields(s: &str) -> Option<Stamp> {
    let (dt, zone) = s.split_once(' ')?;
    let mut parts = dt.splitn(3, '/');
    let d = num(parts.next()?)?;
    let mo = month(parts.next()?)?;
    let rest = parts.next()?;
    let (y, hms) = rest.split_once(':')?;
    let at = datetime(num(y)?, mo, d, hms)?;
    let offset = parse_offset(zone);
    Some(Stamp { at, offset })
}

/// `+0000`, `-0530`.
pub(super) fn parse_offset(z: &str) -> Option<UtcOffset> {
    let b = z.as_bytes();
    if b.len() != 5 {
        return None;
    }
    let sign: i8 = match b[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let h = i8::try_from(d2(b, 1)?).ok()?;
    let m = i8::try_from(d2(b, 3)?).ok()?;
    UtcOffset::from_hms(sign * h, sign * m, 0).ok()
}

/// `--since` values: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` or with `T`, compared with the log's
/// own wall-clock times.
pub fn parse_since(s: &str) -> Result<PrimitiveDateTime, String> {
    let s = s.trim();
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, t),
        None => (s, "00:00:00"),
    };
    let bad = || crate::t!("eng-logs-since-bad", value = format!("{s:?}"));
    let mut dp = date.splitn(3, '-');
    let y = dp.next().and_then(num).ok_or_else(bad)?;
    let mo = dp
        .next()
        .and_then(num)
        .and_then(month_num)
        .ok_or_else(bad)?;
    let d = dp.next().and_then(num).ok_or_else(bad)?;
    let time = if time.matches(':').count() == 1 {
        format!("{time}:00")
    } else {
        time.to_string()
    };
    datetime(y, mo, d, &time).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Remembering the date changes nothing: varied, equal and invalid dates and times read with
    /// one clock give what a fresh read gives, in every format.
    #[test]
    fn clock_reads_what_timestamp_reads() {
        let lines = [
            "2026/12/01 21:53:22 [error] a",
            "2026/12/01 21:53:23 [error] b",
            "2026/12/01 24:53:23 [error] bad hour",
            "2026/02/31 21:53:23 [error] bad day",
            "2026/02/28 21:53:23 [error] c",
            "2026/13/28 21:53:23 [error] bad month",
            "2026/02/28 21:5x:23 [error] bad minute",
            "2026/02/28 21:53:23 [error] d",
            "2027/02/28 00:00:00 [warn] e",
            "[Tue Dec 01 21:53:22.123456 2026] [proxy:error] f",
            "[01-Dec-2026 21:53:22] WARNING: g",
            "1.2.3.4 - - [01/Dec/2026:23:19:45 +0530] \"GET / HTTP/1.1\" 502 1",
            "2026/12/01 21:53:22",
        ];
        let formats = [
            LogFormat::NginxError,
            LogFormat::ApacheError,
            LogFormat::PhpFpm,
            LogFormat::Access,
            LogFormat::Unknown,
        ];
        let mut clock = Clock::default();
        let mut read = 0;
        for _ in 0..2 {
            for format in formats {
                for line in lines {
                    let want = timestamp(format, line);
                    assert_eq!(clock.timestamp(format, line), want, "{format:?} {line}");
                    read += usize::from(want.is_some());
                }
            }
        }
        assert_eq!(read, 2 * 8, "{read}");
    }
}
