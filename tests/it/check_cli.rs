//! The `check` command line itself: bad input exits 2 with a message that names the problem,
//! the report formats and `--output`, secrets in the URL never printed or written, and proxy
//! variables honoured (and blamed) unless `--no-proxy`.

use crate::support::tcp::Canned;
use crate::support::*;

/// Runs a check that must fail on input alone. Reference and resolver point at a closed port so
/// that even a bug could not send a packet anywhere.
fn input_error(input: &str) -> CheckRun {
    let nowhere = format!("127.0.0.1:{}", closed_port());
    let run = run_check(&[
        input,
        "--format",
        "json",
        "--no-proxy",
        "--timeout",
        "2",
        "--retries",
        "1",
        "--reference",
        &nowhere,
        "--resolver",
        &nowhere,
    ]);
    run.assert_code(2);
    assert!(
        !run.stderr.trim().is_empty() && !run.stderr.contains("panicked"),
        "expected an error message, not silence or a panic\n{}",
        run.describe()
    );
    run
}

#[test]
fn unsupported_scheme_is_an_input_error_naming_the_scheme() {
    let run = input_error("ftp://example.com");
    let err = run.stderr.to_ascii_lowercase();
    assert!(
        err.contains("ftp") || err.contains("scheme"),
        "{}",
        run.describe()
    );
}

#[test]
fn space_in_host_is_an_input_error() {
    let run = input_error("exa mple.com");
    let err = run.stderr.to_ascii_lowercase();
    assert!(
        ["exa mple.com", "address", "host", "domain", "character"]
            .iter()
            .any(|w| err.contains(w)),
        "{}",
        run.describe()
    );
}

#[test]
fn port_out_of_range_is_an_input_error_naming_the_port() {
    let run = input_error("example.com:99999");
    assert!(
        run.stderr.to_ascii_lowercase().contains("port"),
        "{}",
        run.describe()
    );
}

#[test]
fn address_flags_refuse_bad_values_as_usage_errors_naming_the_flag() {
    for (args, said) in [
        (&["--resolver", "dns.google"][..], "is a name"),
        (&["--reference", "no-port-here"][..], "expected HOST:PORT"),
        (
            &["--mode", "owner", "--origin", "203.0.113.5:0"][..],
            "port 0",
        ),
        (
            &["--mode", "owner", "--expect-ip", "x"][..],
            "expected an IP address",
        ),
    ] {
        let mut argv = vec!["127.0.0.1", "--no-proxy"];
        argv.extend_from_slice(args);
        let run = run_check(&argv);
        run.assert_code(2);
        assert!(
            run.stderr.contains(args[args.len() - 2]) && run.stderr.contains(said),
            "{}",
            run.describe()
        );
        assert!(run.stdout.trim().is_empty(), "{}", run.describe());
    }
}

#[test]
fn a_bad_address_flag_never_repeats_the_credentials_in_it() {
    for args in [
        &[
            "--mode",
            "owner",
            "--origin",
            "admin:s3cretpw@203.0.113.5:x",
        ][..],
        &["--reference", "admin:s3cretpw@example.com"][..],
        &["--resolver", "admin:s3cretpw@192.0.2.53"][..],
        &["--mode", "owner", "--expect-ip", "admin:s3cretpw@192.0.2.1"][..],
    ] {
        let mut argv = vec!["127.0.0.1", "--no-proxy"];
        argv.extend_from_slice(args);
        let run = run_check(&argv);
        run.assert_code(2);
        assert!(
            run.stderr.contains(args[args.len() - 2]),
            "{}",
            run.describe()
        );
        assert!(!run.all_output().contains("s3cretpw"), "{}", run.describe());
    }
}

#[test]
fn markdown_report_has_its_title() {
    let app = http_ok();
    let run = Check::new(app.url()).format("markdown").run();
    run.assert_code(0);
    assert!(
        run.stdout.contains("# Gateway Doctor report"),
        "{}",
        run.describe()
    );
    assert!(
        run.json.is_none(),
        "markdown is not JSON\n{}",
        run.describe()
    );
}

#[test]
fn output_writes_the_report_to_a_file() {
    let app = http_ok();
    let dir = tempfile::tempdir().unwrap();
    let json_path = dir.path().join("report.json");
    let run = Check::new(app.url())
        .arg("--output")
        .arg(json_path.to_str().unwrap())
        .run();
    run.assert_code(0);
    let written = std::fs::read_to_string(&json_path)
        .unwrap_or_else(|e| panic!("no report file ({e})\n{}", run.describe()));
    let report: serde_json::Value = serde_json::from_str(&written)
        .unwrap_or_else(|e| panic!("report file is not JSON ({e}): {written}"));
    assert_eq!(report["verdict"]["status"], "healthy", "{written}");
    assert_eq!(report["target"]["port"], u64::from(app.port()), "{written}");

    let md_path = dir.path().join("report.md");
    let run = Check::new(app.url())
        .format("markdown")
        .arg("--output")
        .arg(md_path.to_str().unwrap())
        .run();
    run.assert_code(0);
    let written = std::fs::read_to_string(&md_path)
        .unwrap_or_else(|e| panic!("no report file ({e})\n{}", run.describe()));
    assert!(written.contains("# Gateway Doctor report"), "{written}");
}

#[test]
fn html_report_is_a_self_contained_page_with_the_verdict() {
    let app = http_canned(Canned::nginx_502());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    let run = Check::new(app.url())
        .format("html")
        .arg("--output")
        .arg(path.to_str().unwrap())
        .run();
    run.assert_code(1);
    let written = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("no report file ({e})\n{}", run.describe()));
    assert_eq!(
        run.stdout, written,
        "stdout and the file carry the same report, no live lines"
    );
    assert!(written.starts_with("<!DOCTYPE html>"), "{written}");
    assert!(written.trim_end().ends_with("</html>"), "{written}");
    assert!(
        written.contains("<title>Gateway Doctor report: 127.0.0.1</title>"),
        "{written}"
    );
    assert!(
        written.contains("class=\"banner v-failing\"") && written.contains("</span> Failing</p>"),
        "verdict banner with its word:\n{written}"
    );
    assert!(
        written.contains("HTTP 502 Bad Gateway from nginx"),
        "{written}"
    );
    assert!(
        written.contains("&lt;center&gt;&lt;h1&gt;502 Bad Gateway&lt;/h1&gt;&lt;/center&gt;"),
        "the error page is shown escaped:\n{written}"
    );
    let lower = written.to_ascii_lowercase();
    for banned in ["<script", "src=", "href=", "<link", "@import"] {
        assert!(!lower.contains(banned), "{banned} in the page:\n{written}");
    }

    // The verdict sentence is the one the JSON report gives for the same server.
    let json = Check::new(app.url()).run();
    let summary = json
        .str_at("/verdict/summary")
        .replace('&', "&amp;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;");
    assert!(written.contains(&summary), "{summary}\n{written}");
}

#[test]
fn credentials_and_query_tokens_never_appear_in_any_format() {
    let app = http_ok();
    let url = format!(
        "http://user:s3cretpw@127.0.0.1:{}/?token=tok123abc",
        app.port()
    );
    let dir = tempfile::tempdir().unwrap();
    for format in ["json", "text", "markdown", "html"] {
        let path = dir.path().join(format!("report.{format}"));
        let run = Check::new(url.clone())
            .format(format)
            .arg("--output")
            .arg(path.to_str().unwrap())
            .run();
        run.assert_code(0);
        let written = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{format}: no report file ({e})\n{}", run.describe()));
        assert!(!written.trim().is_empty(), "{format}: empty report file");
        for secret in ["s3cretpw", "tok123abc"] {
            assert!(
                !run.all_output().contains(secret),
                "{format}: {secret} printed\n{}",
                run.describe()
            );
            assert!(
                !written.contains(secret),
                "{format}: {secret} written to the report file:\n{written}"
            );
        }
        // The host is still there: redaction removed the secrets, not the whole address.
        assert!(
            written.contains("127.0.0.1"),
            "{format}: the report lost the address:\n{written}"
        );
    }
}

#[test]
fn broken_proxy_from_the_environment_is_blamed() {
    let app = http_ok();
    let proxy = format!("http://127.0.0.1:{}", closed_port());
    let run = Check::new(app.url())
        .with_proxy()
        .env("HTTP_PROXY", &proxy)
        .run();
    run.assert_code(1);
    run.assert_verdict(None, Some("local_proxy"), Some("local_proxy_failed"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
}

#[test]
fn no_proxy_flag_ignores_the_broken_proxy() {
    let app = http_ok();
    let proxy = format!("http://127.0.0.1:{}", closed_port());
    let run = Check::new(app.url()).env("HTTP_PROXY", &proxy).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), Some("none"), Some("ok"));
}
