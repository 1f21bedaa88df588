//! Splitting a byte stream into lines in place: the analyser's hot loop. Bytes are read into one
//! fixed buffer and each complete line is handed out as a slice of it (only the partial line at the
//! buffer's end is moved), and the UTF-8 and control-character check runs once over all complete
//! lines of a read instead of line by line; only a read with a bad byte in it is checked line by
//! line. Memory stays at one buffer however big the file or its lines are.

use std::io::{self, Read};
use std::ops::ControlFlow;

/// Longer lines are skipped (and counted) rather than buffered.
pub const MAX_LINE: usize = 64 * 1024;
/// The read buffer; larger than `MAX_LINE`, so a partial line kept for the next read always leaves
/// room to read into.
pub const BUFFER: usize = 256 * 1024;
const _: () = assert!(BUFFER > 2 * MAX_LINE);

/// One line as the analyser sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line<'a> {
    /// Valid UTF-8 without control characters (tabs allowed), without its `\n` or `\r\n`.
    Text(&'a str),
    /// Binary, garbled (not UTF-8) or longer than `MAX_LINE` bytes.
    Skipped,
}

/// Call `on_line(offset, line)` for every line of `r` in order, where `offset` is where the line
/// starts in the stream. A last line without a newline is a line too; an empty input has none.
/// Stops early (returning `Break`) when `on_line` does.
pub fn for_each_line<R, F>(r: &mut R, mut on_line: F) -> io::Result<ControlFlow<()>>
where
    R: Read + ?Sized,
    F: FnMut(u64, Line<'_>) -> ControlFlow<()>,
{
    let mut buf = vec![0u8; BUFFER];
    // buf[..filled] holds unprocessed bytes; `base` is the stream offset of buf[0].
    let mut filled = 0usize;
    let mut base = 0u64;
    // Inside a line longer than MAX_LINE that started at this offset: drop bytes until its end.
    let mut skipping: Option<u64> = None;
    loop {
        let n = read_some(r, &mut buf[filled..])?;
        let eof = n == 0;
        filled += n;
        let mut pos = 0;
        if let Some(start) = skipping {
            match memchr::memchr(b'\n', &buf[..filled]) {
                Some(i) => {
                    skipping = None;
                    if on_line(start, Line::Skipped).is_break() {
                        return Ok(ControlFlow::Break(()));
                    }
                    pos = i + 1;
                }
                None if eof => {
                    if on_line(start, Line::Skipped).is_break() {
                        return Ok(ControlFlow::Break(()));
                    }
                    return Ok(ControlFlow::Continue(()));
                }
                None => {
                    base += filled as u64;
                    filled = 0;
                    continue;
                }
            }
        }
        let complete = match memchr::memrchr(b'\n', &buf[pos..filled]) {
            Some(i) => pos + i + 1,
            None => pos,
        };
        if complete > pos
            && lines_in(&buf[pos..complete], base + pos as u64, &mut on_line).is_break()
        {
            return Ok(ControlFlow::Break(()));
        }
        pos = complete;
        if eof {
            if pos < filled {
                // The last line, without a newline.
                let last = &buf[pos..filled];
                let line = if last.len() > MAX_LINE {
                    Line::Skipped
                } else {
                    checked(last)
                };
                if on_line(base + pos as u64, line).is_break() {
                    return Ok(ControlFlow::Break(()));
                }
            }
            return Ok(ControlFlow::Continue(()));
        }
        let tail = filled - pos;
        if tail > MAX_LINE {
            skipping = Some(base + pos as u64);
            base += filled as u64;
            filled = 0;
        } else {
            buf.copy_within(pos..filled, 0);
            base += pos as u64;
            filled = tail;
        }
    }
}

/// `read`, retried when interrupted.
fn read_some<R: Read + ?Sized>(r: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match r.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// Every line of `region` (complete lines, each ending with `\n`), starting at stream `offset`.
fn lines_in<F>(region: &[u8], offset: u64, on_line: &mut F) -> ControlFlow<()>
where
    F: FnMut(u64, Line<'_>) -> ControlFlow<()>,
{
    // The fast path: the whole region is UTF-8 without control characters (so also without `\r`):
    // every line is text as it is.
    if !has_control(region)
        && let Ok(text) = std::str::from_utf8(region)
    {
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', region) {
            let line = match text.get(start..end) {
                Some(l) if l.len() <= MAX_LINE => Line::Text(l),
                _ => Line::Skipped,
            };
            on_line(offset + start as u64, line)?;
            start = end + 1;
        }
        return ControlFlow::Continue(());
    }
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', region) {
        let raw = &region[start..end];
        let line = if raw.len() > MAX_LINE {
            Line::Skipped
        } else {
            checked(raw)
        };
        on_line(offset + start as u64, line)?;
        start = end + 1;
    }
    ControlFlow::Continue(())
}

/// A line's bytes (without `\n`, at most MAX_LINE) checked one by one: a trailing `\r` is dropped.
fn checked(raw: &[u8]) -> Line<'_> {
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    match text(raw) {
        Some(t) => Line::Text(t),
        None => Line::Skipped,
    }
}

/// True if `bytes` has a control character other than tab and newline (or DEL).
fn has_control(bytes: &[u8]) -> bool {
    // No early exit on purpose: this form is vectorised, and almost every buffer is clean.
    bytes.iter().fold(false, |bad, &b| {
        bad | ((b < 0x20) & (b != b'\t') & (b != b'\n')) | (b == 0x7f)
    })
}

/// Text worth reading: valid UTF-8 without control characters (tabs are fine).
fn text(bytes: &[u8]) -> Option<&str> {
    let control = bytes.iter().fold(false, |bad, &b| {
        bad | ((b < 0x20) & (b != b'\t')) | (b == 0x7f)
    });
    if control {
        return None;
    }
    std::str::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: the line splitter the analyser used before, one line at a time.
    fn simple(data: &[u8]) -> Vec<(u64, Option<String>)> {
        let mut out = Vec::new();
        let mut start = 0usize;
        while start < data.len() {
            let end = memchr::memchr(b'\n', &data[start..]).map_or(data.len(), |i| start + i);
            let raw = &data[start..end];
            let line = if raw.len() > MAX_LINE {
                None
            } else {
                text(raw.strip_suffix(b"\r").unwrap_or(raw)).map(str::to_string)
            };
            out.push((start as u64, line));
            start = end + 1;
        }
        out
    }

    /// A reader that returns at most `step` bytes per read, like a pipe or a gzip decoder.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    fn scanned(data: &[u8], step: usize) -> Vec<(u64, Option<String>)> {
        let mut out = Vec::new();
        let mut r = Trickle { data, step };
        let flow = for_each_line(&mut r, |at, line| {
            out.push((
                at,
                match line {
                    Line::Text(t) => Some(t.to_string()),
                    Line::Skipped => None,
                },
            ));
            ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(flow, ControlFlow::Continue(()));
        out
    }

    /// Lines straddling the buffer's end, lines of exactly and just over 64 KiB (with and without
    /// `\r`), a line over the whole buffer, CRLF, garbled bytes and control characters near a buffer
    /// boundary, UTF-8 split across reads, a last line without newline: the same lines, offsets
    /// and verdicts as the simple one-line-at-a-time splitter, whatever the read sizes.
    #[test]
    fn in_place_lines_are_the_simple_splitters_lines() {
        let mut data = Vec::new();
        let mut n = 0;
        while data.len() < BUFFER - 37 {
            data.extend_from_slice(format!("line {n} caf\u{e9} with some text\n").as_bytes());
            n += 1;
        }
        data.extend_from_slice(b"straddling the first buffer end\r\n\n\r\n   \n");
        data.extend(std::iter::repeat_n(b'a', MAX_LINE));
        data.extend_from_slice(b"\nexactly max\n");
        data.extend(std::iter::repeat_n(b'b', MAX_LINE));
        data.extend_from_slice(b"\r\n");
        data.extend(std::iter::repeat_n(b'c', MAX_LINE + 1));
        data.extend_from_slice(b"\n");
        data.extend(std::iter::repeat_n(b'd', BUFFER * 2 + 5));
        data.extend_from_slice(b"\nafter the huge one\n\x00\x01binary\x7f\ngarbled caf\xe9\n");
        while data.len() % BUFFER != BUFFER - 3 {
            data.extend_from_slice(b"tab\tok\n");
        }
        data.extend_from_slice(b"x\x02y\nmid\rcr\nlast line without newline \xc3\xa9");
        let want = simple(&data);
        assert!(want.len() > 1000 && want.iter().filter(|(_, l)| l.is_none()).count() == 7);
        for step in [usize::MAX, BUFFER, 4096, 1000, 7, 1] {
            assert_eq!(scanned(&data, step), want, "reads of {step} bytes");
        }
    }

    #[test]
    fn empty_input_has_no_lines_and_a_final_newline_adds_none() {
        assert!(scanned(b"", 10).is_empty());
        assert_eq!(scanned(b"a\n", 10), vec![(0, Some("a".to_string()))]);
        assert_eq!(
            scanned(b"\n\n", 10),
            vec![(0, Some(String::new())), (1, Some(String::new()))]
        );
        let huge = vec![b'z'; BUFFER * 3];
        assert_eq!(scanned(&huge, usize::MAX), vec![(0, None)]);
    }

    #[test]
    fn stops_when_asked() {
        let mut seen = 0;
        let flow = for_each_line(&mut &b"a\nb\nc\n"[..], |_, _| {
            seen += 1;
            if seen == 2 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .unwrap();
        assert_eq!((flow, seen), (ControlFlow::Break(()), 2));
    }
}
