//! The web stack's configuration as text, read without touching the file system: the parsers get
//! a file's name and text and return what it says, with the line of every directive, so a finding
//! can name `file:line` and the fix. Includes are not followed here: each parser lists the include
//! patterns it saw, the engine reads those files and feeds them back. Every parser survives any
//! input: what it cannot read becomes a [`ReadProblem`] ("could not read line N: ...") and the rest
//! of the file is still read.
//!
//! nginx (`nginx`): the directive tree and every upstream its `*_pass` directives name.
//! PHP-FPM and php.ini (`php_fpm`): where each pool listens, as whom, and its time limits.
//! The links between them the configuration alone can judge (`links`): a `fastcgi_pass` to a
//! socket no pool listens on, with the line to write.

pub mod links;
pub mod nginx;
pub mod php_fpm;

use serde::Serialize;

/// Something in a file that could not be read; the rest of the file was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadProblem {
    pub file: String,
    pub line: usize,
    /// What was wrong, in a few words ("unbalanced '}'", "binary data").
    pub what: String,
}

/// At most this many problems are kept per file: a binary file must not fill the report.
pub const MAX_PROBLEMS: usize = 100;

/// Add a problem of `file` at `line` to `problems`, up to [`MAX_PROBLEMS`].
pub(crate) fn note(
    problems: &mut Vec<ReadProblem>,
    file: &str,
    line: usize,
    what: impl Into<String>,
) {
    if problems.len() < MAX_PROBLEMS {
        problems.push(ReadProblem {
            file: file.to_string(),
            line,
            what: what.into(),
        });
    }
}

/// For the parsers' property tests: every problem names a line the text has.
#[cfg(test)]
pub(crate) fn on_real_lines(problems: &[ReadProblem], text: &str) -> bool {
    let lines = text.split('\n').count();
    problems.len() <= MAX_PROBLEMS && problems.iter().all(|p| p.line >= 1 && p.line <= lines)
}

impl std::fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: could not read line {}: {}",
            self.file, self.line, self.what
        )
    }
}

/// Besides what a URL's secret parameters are named ([`crate::target::is_secret_param`]), parts
/// that make a configuration directive secret (`auth_basic_user_file`, `ssl_certificate_key`,
/// `proxy_set_header Authorization`, `passwd`).
const CONFIG_SECRET_PARTS: &[&str] = &["key", "auth", "cookie", "passwd"];

/// Whether a directive (with its first argument, e.g. the parameter name of `fastcgi_param`)
/// carries a secret: its values never appear in any output, only the directive's name.
pub fn is_secret(name: &str, first_arg: Option<&str>) -> bool {
    let secretish = |s: &str| {
        let lower = s.to_ascii_lowercase();
        crate::target::is_secret_param(s) || CONFIG_SECRET_PARTS.iter().any(|w| lower.contains(w))
    };
    secretish(name) || first_arg.is_some_and(secretish)
}
