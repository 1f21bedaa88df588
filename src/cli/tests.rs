//! Argument parsing and validation of `check` (no network).

use super::*;

fn args(extra: &[&str]) -> Result<CheckArgs, clap::Error> {
    let mut argv = vec!["gateway-doctor", "check", "example.com"];
    argv.extend_from_slice(extra);
    Cli::try_parse_from(argv).map(|c| match c.command {
        Some(Command::Check(a)) => a,
        _ => panic!("check was given"),
    })
}

/// The message for a bad value, starting with the flag: a value the flag's parser refuses is a
/// usage error from clap (exit code 2, as `parse` exits), anything else an error from `options`.
fn input_error(extra: &[&str]) -> String {
    match args(extra) {
        Ok(a) => a.options().unwrap_err().0,
        Err(e) => {
            assert_eq!(e.kind(), clap::error::ErrorKind::ValueValidation, "{e}");
            assert!(e.use_stderr());
            assert_eq!(e.exit_code(), 2);
            // "error: --flag: why" (our words, see `Checked`).
            let text = e.to_string();
            let first = text.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    }
}

#[test]
fn defaults_match_the_issue() {
    let (target, o) = args(&[]).unwrap().options().unwrap();
    assert_eq!(target.host, "example.com");
    assert_eq!(o.timeout, Duration::from_secs(10));
    assert_eq!(o.retries, 3);
    assert!(o.use_proxy);
    assert!(o.resolver.is_none());
    assert_eq!(o.references.len(), probe::DEFAULT_REFERENCES.len());
}

#[test]
fn flags_override_defaults() {
    let (_, o) = args(&[
        "--timeout",
        "2.5",
        "--retries",
        "0",
        "--resolver",
        "127.0.0.1:5353",
        "--reference",
        "127.0.0.1:1",
        "--reference",
        "[::1]:2",
        "--no-proxy",
    ])
    .unwrap()
    .options()
    .unwrap();
    assert_eq!(o.timeout, Duration::from_millis(2500));
    assert_eq!(o.retries, 0);
    assert_eq!(o.resolver, Some("127.0.0.1:5353".parse().unwrap()));
    assert_eq!(o.references, vec!["127.0.0.1:1", "[::1]:2"]);
    assert!(!o.use_proxy);
    let (_, o) = args(&["--resolver", "::1"]).unwrap().options().unwrap();
    assert_eq!(o.resolver, Some("[::1]:53".parse().unwrap()));
}

#[test]
fn bad_values_name_the_flag() {
    assert!(input_error(&["--timeout", "0"]).starts_with("--timeout"));
    assert!(input_error(&["--timeout", "NaN"]).starts_with("--timeout"));
    assert!(input_error(&["--timeout", "9999"]).starts_with("--timeout"));
    assert!(input_error(&["--retries", "500"]).starts_with("--retries"));
    assert!(input_error(&["--resolver", "dns.google"]).starts_with("--resolver"));
    assert!(input_error(&["--reference", "no-port-here"]).starts_with("--reference"));
    assert!(args(&["--format", "yaml"]).is_err());
    assert!(input_error(&["--output", "/nonexistent-dir-gd/x.json"]).starts_with("--output"));
    assert!(input_error(&["--output", "/"]).starts_with("--output"));
}

#[test]
fn owner_flags_parse_and_need_owner_mode() {
    let (_, o) = args(&[
        "--mode",
        "owner",
        "--origin",
        "127.0.0.1:8080",
        "--expect-ip",
        "192.0.2.7",
        "--public-resolver",
        "127.0.0.1:5301",
        "--authoritative",
        "[::1]",
        "--no-burst",
    ])
    .unwrap()
    .options()
    .unwrap();
    assert_eq!(o.mode, Mode::Owner);
    assert_eq!(o.origin, Some("127.0.0.1:8080".parse().unwrap()));
    assert_eq!(
        o.expect_ips,
        vec!["192.0.2.7".parse::<std::net::IpAddr>().unwrap()]
    );
    assert_eq!(
        o.public_resolvers,
        Some(vec!["127.0.0.1:5301".parse().unwrap()])
    );
    assert_eq!(o.authoritative, vec!["[::1]:53".parse().unwrap()]);
    assert!(!o.burst);
    let (_, o) = args(&["--mode", "owner", "--origin", "192.0.2.1"])
        .unwrap()
        .options()
        .unwrap();
    assert_eq!(o.origin, Some("192.0.2.1:443".parse().unwrap()));
    assert!(o.burst, "the gentle burst is on by default");
    assert!(input_error(&["--origin", "127.0.0.1"]).contains("--mode owner"));
    assert!(
        input_error(&["--mode", "owner", "--origin", "origin.example.com"]).starts_with("--origin")
    );
    assert!(input_error(&["--mode", "owner", "--expect-ip", "x"]).starts_with("--expect-ip"));
    assert!(
        input_error(&["--mode", "owner", "--public-resolver", "dns.google"])
            .starts_with("--public-resolver")
    );
    assert!(args(&["--mode", "admin"]).is_err());
}

#[test]
fn bad_urls_are_input_errors() {
    let err = Cli::try_parse_from(["gateway-doctor", "check", "ftp://example.com"])
        .map(|c| match c.command {
            Some(Command::Check(a)) => a.options().unwrap_err().0,
            _ => String::new(),
        })
        .unwrap();
    assert!(err.starts_with("URL:"), "{err}");
}

#[test]
fn bad_addresses_are_usage_errors_that_say_what_was_expected() {
    let rendered = |extra: &[&str]| args(extra).unwrap_err().to_string();
    let e = rendered(&["--resolver", "dns.google"]);
    assert!(
        e.contains("--resolver") && e.contains("\"dns.google\" is a name"),
        "{e}"
    );
    let e = rendered(&["--reference", "no-port-here"]);
    assert!(
        e.contains("--reference") && e.contains("expected HOST:PORT"),
        "{e}"
    );
    let e = rendered(&["--mode", "owner", "--origin", "203.0.113.5:0"]);
    assert!(e.contains("--origin") && e.contains("port 0"), "{e}");
    let e = rendered(&["--mode", "owner", "--expect-ip", "x"]);
    assert!(
        e.contains("--expect-ip") && e.contains("expected an IP address"),
        "{e}"
    );
    let e = rendered(&["--mode", "owner", "--authoritative", "ns1.example.com"]);
    assert!(
        e.contains("--authoritative") && e.contains("is a name"),
        "{e}"
    );
    // The values are parsed the same way in the app's arguments.
    let e = Cli::try_parse_from(["gateway-doctor", "--resolver", "dns.google"])
        .unwrap_err()
        .to_string();
    assert!(e.contains("--resolver"), "{e}");
}

#[test]
fn the_language_flag_is_found_before_the_arguments_are_read() {
    let os = |words: &[&str]| -> Vec<std::ffi::OsString> { words.iter().map(Into::into).collect() };
    let flag = |words: &[&str]| lang_flag(&os(words));
    assert_eq!(
        flag(&["gd", "check", "x", "--lang", "de"]),
        Some("de".into())
    );
    assert_eq!(flag(&["gd", "--lang=pt-BR", "logs"]), Some("pt-BR".into()));
    assert_eq!(flag(&["gd", "check", "x"]), None);
    assert_eq!(flag(&["gd", "check", "--", "--lang", "de"]), None);
    assert_eq!(
        flag(&["gd", "check", "--lang"]),
        None,
        "a flag without its value"
    );
}

/// Every (command, argument id) of the command line, the generated ones included.
fn every_argument(
    cmd: &clap::Command,
    name: Option<&str>,
    out: &mut Vec<(Option<String>, String)>,
) {
    for arg in cmd.get_arguments() {
        out.push((name.map(str::to_string), arg.get_id().to_string()));
    }
    for sub in cmd.get_subcommands() {
        every_argument(sub, Some(sub.get_name()), out);
    }
}

#[test]
fn every_command_and_argument_has_its_help_in_the_fluent_files_and_none_is_left_over() {
    let cmd = help::command();
    let mut args = Vec::new();
    every_argument(&cmd, None, &mut args);
    assert!(args.len() > 40, "{args:?}");
    let mut used = std::collections::BTreeSet::new();
    for (command, id) in &args {
        let key = help::arg_key(command.as_deref(), id)
            .unwrap_or_else(|| panic!("no help for {id} of {command:?} in usage.ftl"));
        used.insert(key);
    }
    used.insert(help::about_key(None));
    for sub in cmd.get_subcommands() {
        let key = help::about_key(Some(sub.get_name()));
        assert!(crate::i18n::has(&key), "no {key} in usage.ftl");
        used.insert(key);
    }
    let english = include_str!("../../assets/i18n/en/usage.ftl");
    for line in english.lines() {
        let Some((key, _)) = line.split_once(" = ") else {
            continue;
        };
        if key.starts_with("cli-about") || key.starts_with("cli-arg") {
            assert!(
                used.contains(key),
                "{key} in usage.ftl belongs to no argument"
            );
        }
    }
}

#[test]
fn the_help_speaks_the_language_chosen() {
    let english = help::command()
        .find_subcommand_mut("check")
        .expect("check")
        .render_help()
        .to_string();
    assert!(english.contains("Check a web address now"), "{english}");
    assert!(english.contains("Usage: gateway-doctor check"), "{english}");
    assert!(english.contains("Options:"), "{english}");
    assert!(
        english.contains("Seconds each probe step may take"),
        "{english}"
    );
    let german = crate::i18n::scoped(crate::i18n::Lang::De, || {
        help::command()
            .find_subcommand_mut("check")
            .expect("check")
            .render_help()
            .to_string()
    });
    assert!(
        !german.contains("Seconds each probe step may take"),
        "{german}"
    );
    assert!(!german.contains("Options:"), "{german}");
    assert!(
        german.contains("--timeout <SECONDS>"),
        "flags stay: {german}"
    );
    assert_eq!(
        german.lines().next(),
        Some(crate::i18n::tr_in(crate::i18n::Lang::De, "cli-about-check", &[]).as_str())
    );
}
