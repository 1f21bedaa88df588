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

impl std::fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: could not read line {}: {}",
            self.file, self.line, self.what
        )
    }
}

/// Directives whose values are secrets (or name where secrets are): their values never leave
/// the parser's data in any output, only the directive's name.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "key",
    "authorization",
    "auth",
    "cookie",
    "credential",
];

/// Whether a directive (with its first argument, e.g. the parameter name of `fastcgi_param`)
/// carries a secret.
pub fn is_secret(name: &str, first_arg: Option<&str>) -> bool {
    let secretish = |s: &str| {
        let s = s.to_ascii_lowercase();
        SECRET_WORDS.iter().any(|w| s.contains(w))
    };
    secretish(name) || first_arg.is_some_and(secretish)
}
