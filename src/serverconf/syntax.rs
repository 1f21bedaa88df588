//! The software's own configuration test (`nginx -t`, `apache2 -t`, `haproxy -c`, `php-fpm -t`,
//! `caddy adapt`) and version (`nginx -v` ...), as the engine ran them: a failing test means the
//! next reload or restart will not come up, which is the 502 that follows a deploy. This module
//! reads their output: where the error is (file and line, in each program's own format), the
//! message, and the version; the engine only runs the commands.

use super::Software;
use super::judge::{Finding, Severity};
use serde::Serialize;

/// At most this much of a test's output is kept.
pub const MAX_OUTPUT_CHARS: usize = 2000;

/// One run of a configuration test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfigTest {
    /// The command as run (`nginx -t -c /etc/nginx/nginx.conf`).
    pub command: String,
    pub ok: bool,
    /// Its output (both streams), the lines that matter, capped.
    pub output: String,
}

/// The lines of a test's output worth showing: errors and warnings first, without the
/// programs' own chatter (time stamps, "test is successful", notices), capped.
pub fn trim_output(output: &str) -> String {
    let mut kept: Vec<&str> = output
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .filter(|l| !l.contains("[NOTICE]") && !l.contains("syntax is ok"))
        .collect();
    kept.truncate(20);
    let mut text = kept.join("\n");
    if text.chars().count() > MAX_OUTPUT_CHARS {
        text = text.chars().take(MAX_OUTPUT_CHARS).collect::<String>() + "...";
    }
    text
}

/// The first file and line an error in a test's output names, in each program's format:
/// nginx `... in /etc/nginx/nginx.conf:12`, Apache `Syntax error on line 12 of /etc/...:`,
/// HAProxy `parsing [/etc/haproxy/haproxy.cfg:12]`, PHP-FPM `ERROR: [/etc/php/...conf:12]`,
/// Caddy `Error: /etc/caddy/Caddyfile:12: ...`.
pub fn error_place(output: &str) -> Option<(String, usize)> {
    output.lines().find_map(line_place)
}

fn line_place(line: &str) -> Option<(String, usize)> {
    // Apache: "Syntax error on line 12 of /etc/apache2/sites-enabled/shop.conf:"
    if let Some(rest) = line.split("Syntax error on line ").nth(1) {
        let (num, rest) = rest.split_once(" of ")?;
        let file = rest.trim_end().trim_end_matches(':');
        return Some((file.to_string(), num.trim().parse().ok()?));
    }
    let error = ["[emerg]", "[ALERT]", "ERROR:", "Error:", "[error]"]
        .iter()
        .any(|w| line.contains(w));
    if !error {
        return None;
    }
    // "path:line" as a word, possibly inside [ ] or before ": ".
    line.split([' ', '[', ']'])
        .filter(|w| w.starts_with('/'))
        .find_map(|w| {
            let w = w.trim_end_matches(':');
            let (file, num) = w.rsplit_once(':')?;
            Some((file.to_string(), num.parse().ok()?))
        })
}

/// The first line of the output that says what is wrong, without the program's time stamp.
pub fn error_message(output: &str) -> Option<String> {
    output
        .lines()
        .map(str::trim)
        .find(|l| {
            [
                "[emerg]",
                "[ALERT]",
                "ERROR:",
                "Error:",
                "Syntax error",
                "AH0",
                "[error]",
            ]
            .iter()
            .any(|w| l.contains(w))
        })
        .map(|l| {
            // "2026/12/03 23:36:34 [emerg] 10387#10387: unknown directive ..." -> from [emerg]
            let cut = ["[emerg]", "[ALERT]", "ERROR:", "Error:"]
                .iter()
                .filter_map(|w| l.find(w))
                .min()
                .unwrap_or(0);
            clean(&l[cut..]).chars().take(300).collect()
        })
}

/// Without the level tag and process ids: `[emerg] 10387#10387: unknown directive` ->
/// `unknown directive`, `[ALERT]    (10403) : config : parsing` -> `config : parsing`.
fn clean(message: &str) -> String {
    let mut rest = message.trim();
    for tag in ["[emerg]", "[ALERT]", "ERROR:", "Error:"] {
        if let Some(r) = rest.strip_prefix(tag) {
            rest = r.trim_start();
        }
    }
    let words: Vec<&str> = rest.split(' ').collect();
    let noise = |w: &str| {
        let w = w.trim_end_matches(':');
        (w.contains('#')
            && w.split('#')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
            || (w.starts_with('(')
                && w.ends_with(')')
                && w[1..w.len() - 1].bytes().all(|b| b.is_ascii_digit()))
    };
    let mut start = 0;
    while start < words.len()
        && (words[start].is_empty() || noise(words[start]) || words[start] == ":")
    {
        start += 1;
    }
    words[start..].join(" ")
}

/// The version in a `-v` output: `nginx version: nginx/1.22.1` -> `1.22.1`.
pub fn version(software: Software, output: &str) -> Option<String> {
    let first = output.lines().map(str::trim).find(|l| !l.is_empty())?;
    let word = |after: &str| {
        first
            .split(after)
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .map(str::to_string)
    };
    let v = match software {
        Software::Nginx => word("nginx/"),
        Software::Apache => word("Apache/"),
        Software::Haproxy => word("version "),
        Software::PhpFpm => word("PHP "),
        Software::Caddy => first
            .split_whitespace()
            .next()
            .map(|v| v.trim_start_matches('v').to_string()),
        Software::Varnish => word("varnish-"),
    }?;
    (v.chars().next().is_some_and(|c| c.is_ascii_digit()) && v.len() <= 64).then_some(v)
}

/// Reload only (the test is the command before it).
fn reload_only(software: Software) -> &'static str {
    let both = super::judge::reload_command(software);
    both.rsplit("&& ").next().unwrap_or(both)
}

/// Whether a finding is PHP-FPM's failing configuration test (whatever the language of its
/// sentence): its last command reloads PHP-FPM.
pub fn is_fpm_test(f: &Finding) -> bool {
    f.id == "config_test_failed"
        && f.commands.last().map(String::as_str) == Some(reload_only(Software::PhpFpm))
}

/// A failing configuration test as a finding: the program's message at its file and line.
pub fn finding(software: Software, config: &str, test: &ConfigTest) -> Option<Finding> {
    if test.ok {
        return None;
    }
    let message =
        error_message(&test.output).unwrap_or_else(|| crate::t!("srv-config-test-no-message"));
    let (file, line) = match error_place(&test.output) {
        Some((f, l)) => (f, Some(l)),
        None => (config.to_string(), None),
    };
    let reload = reload_only(software);
    Some(Finding {
        id: "config_test_failed".into(),
        severity: Severity::Error,
        title: crate::t!(
            "srv-config-test-title",
            software = software.name(),
            command = test.command.as_str(),
            message = message
        ),
        config: Some(file),
        line,
        fix: crate::t!("srv-config-test-fix"),
        commands: vec![test.command.clone(), reload.into()],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_programs_error_is_placed_at_its_file_and_line() {
        let cases = [
            (
                "2026/12/03 23:36:34 [emerg] 10387#10387: unknown directive \"bogus_directive\" in /tmp/syn/nginx.conf:5\nnginx: configuration file /tmp/syn/nginx.conf test failed\n",
                "/tmp/syn/nginx.conf",
                5,
                "unknown directive \"bogus_directive\" in /tmp/syn/nginx.conf:5",
            ),
            (
                "[NOTICE]   (10403) : haproxy version is 2.6.12\n[ALERT]    (10403) : config : parsing [/tmp/syn/h.cfg:4] : unknown keyword 'bogus' in 'backend' section\n[ALERT]    (10403) : config : Fatal errors found in configuration.\n",
                "/tmp/syn/h.cfg",
                4,
                "config : parsing [/tmp/syn/h.cfg:4] : unknown keyword 'bogus' in 'backend' section",
            ),
            (
                "Error: /tmp/syn/Caddyfile:2: unrecognized directive: bogus_dir\n",
                "/tmp/syn/Caddyfile",
                2,
                "/tmp/syn/Caddyfile:2: unrecognized directive: bogus_dir",
            ),
            (
                "[03-Dec-2026 23:36:34] ERROR: [/tmp/syn/fpm.conf:4] unknown entry 'bogus'\n[03-Dec-2026 23:36:34] ERROR: failed to load configuration file '/tmp/syn/fpm.conf'\n",
                "/tmp/syn/fpm.conf",
                4,
                "[/tmp/syn/fpm.conf:4] unknown entry 'bogus'",
            ),
            (
                "AH00526: Syntax error on line 12 of /etc/apache2/sites-enabled/shop.conf:\nInvalid command 'BogusDirective', perhaps misspelled\n",
                "/etc/apache2/sites-enabled/shop.conf",
                12,
                "AH00526: Syntax error on line 12 of /etc/apache2/sites-enabled/shop.conf:",
            ),
        ];
        for (output, file, line, message) in cases {
            assert_eq!(
                error_place(output),
                Some((file.to_string(), line)),
                "{output}"
            );
            assert_eq!(error_message(output).as_deref(), Some(message));
        }
        assert_eq!(
            error_place("nginx: the configuration file syntax is ok\n"),
            None
        );
        assert_eq!(error_place("[emerg] no place here /x:y\n"), None);
    }

    #[test]
    fn versions_are_read_from_each_programs_words() {
        assert_eq!(
            version(Software::Nginx, "nginx version: nginx/1.22.1\n").as_deref(),
            Some("1.22.1")
        );
        assert_eq!(
            version(
                Software::Apache,
                "Server version: Apache/2.4.71 (Debian)\nServer built: x\n"
            )
            .as_deref(),
            Some("2.4.71")
        );
        assert_eq!(
            version(
                Software::Haproxy,
                "HAProxy version 2.6.12-1+deb12u4 2026/10/17 - https://haproxy.org/\n"
            )
            .as_deref(),
            Some("2.6.12-1+deb12u4")
        );
        assert_eq!(
            version(Software::Caddy, "v2.6.2 h1:abc\n").as_deref(),
            Some("2.6.2")
        );
        assert_eq!(
            version(Software::Caddy, "2.6.2\n").as_deref(),
            Some("2.6.2")
        );
        assert_eq!(
            version(
                Software::PhpFpm,
                "PHP 8.2.36 (fpm-fcgi) (built: Nov 18 2026)\n"
            )
            .as_deref(),
            Some("8.2.36")
        );
        assert_eq!(version(Software::Nginx, "command not found\n"), None);
        assert_eq!(version(Software::Nginx, ""), None);
    }

    #[test]
    fn a_failing_test_is_an_error_at_its_line_and_a_passing_one_is_nothing() {
        let failed = ConfigTest {
            command: "nginx -t -c /tmp/syn/nginx.conf".into(),
            ok: false,
            output: trim_output(
                "2026/12/03 23:36:34 [emerg] 1#1: unknown directive \"x\" in /tmp/syn/site.conf:7\n\n",
            ),
        };
        let f = finding(Software::Nginx, "/tmp/syn/nginx.conf", &failed).unwrap();
        assert_eq!(f.id, "config_test_failed");
        assert_eq!(f.config.as_deref(), Some("/tmp/syn/site.conf"));
        assert_eq!(f.line, Some(7));
        assert!(f.title.contains("unknown directive"), "{}", f.title);
        assert_eq!(
            f.commands,
            ["nginx -t -c /tmp/syn/nginx.conf", "systemctl reload nginx"]
        );
        let passed = ConfigTest {
            ok: true,
            ..failed.clone()
        };
        assert_eq!(finding(Software::Nginx, "/x", &passed), None);
        let long = trim_output(&"y".repeat(10_000));
        assert!(long.chars().count() <= MAX_OUTPUT_CHARS + 3);
    }
}
