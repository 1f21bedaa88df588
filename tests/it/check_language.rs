//! The command line in the person's language, against a real nginx whose upstream is down:
//! `--lang` for each language prints the verdict and the step names in it; the JSON differs from
//! English only in `language` and the human texts (ids, states and numbers are the same);
//! `LANG=fr_FR.UTF-8` without a flag gives French; a language not offered falls back to English
//! with one note.

use crate::support::*;
use gateway_doctor::i18n::{Lang, tr_in};

fn dead_upstream() -> Nginx {
    Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{}; }}",
        closed_port()
    ))
}

/// Every path of a JSON value (strings and numbers only by path, other values with the value).
/// The probes are left out: they are listed in the order they finished, which varies.
fn shape(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                if at.is_empty() && k == "probes" {
                    continue;
                }
                shape(x, &format!("{at}/{k}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                shape(x, &format!("{at}/{i}"), out);
            }
        }
        serde_json::Value::String(_) => out.push(at.to_string()),
        other if other.is_number() => out.push(at.to_string()),
        other => out.push(format!("{at}={other}")),
    }
}

#[test]
fn check_speaks_each_language_and_the_json_differs_only_in_words() {
    let nginx = dead_upstream();
    let english = Check::new(nginx.url()).run();
    english.assert_code(1);
    english.assert_str("/language", "en");
    let mut english_shape = Vec::new();
    shape(english.report(), "", &mut english_shape);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let run = Check::new(nginx.url()).arg("--lang").arg(lang.code()).run();
        run.assert_code(1);
        run.assert_str("/language", lang.code());
        for machine in [
            "/verdict/status",
            "/verdict/culprit",
            "/verdict/cause",
            "/verdict/confidence",
            "/responder/software",
            "/checklist/0/id",
            "/checklist/0/status",
        ] {
            assert_eq!(
                run.at(machine),
                english.at(machine),
                "{machine} in {}",
                lang.code()
            );
        }
        assert_eq!(run.at("/http/status"), english.at("/http/status"));
        let mut theirs = Vec::new();
        shape(run.report(), "", &mut theirs);
        assert_eq!(theirs, english_shape, "the same fields in {}", lang.code());
        let kinds = |r: &CheckRun| {
            let mut k: Vec<String> = r
                .at("/probes")
                .as_array()
                .map(|ps| ps.iter().map(|p| p["kind"].to_string()).collect())
                .unwrap_or_default();
            k.sort();
            k
        };
        assert_eq!(kinds(&run), kinds(&english), "the same probes");
        let summary = run.str_at("/verdict/summary");
        let expected = tr_in(lang, "cause-app-not-answering", &[]);
        assert!(summary.starts_with(&expected), "{}: {summary}", lang.code());

        let text = Check::new(nginx.url())
            .format("text")
            .arg("--lang")
            .arg(lang.code())
            .run();
        text.assert_code(1);
        for word in [expected, tr_in(lang, "step-refresh", &[])] {
            assert!(
                text.stdout.contains(&word),
                "{}: {word}\n{}",
                lang.code(),
                text.stdout
            );
        }
    }
}

#[test]
fn the_system_language_is_used_without_a_flag_and_an_unknown_one_falls_back() {
    let nginx = dead_upstream();
    let french = Check::new(nginx.url())
        .format("text")
        .env("LANG", "fr_FR.UTF-8")
        .run();
    french.assert_code(1);
    let expected = tr_in(Lang::Fr, "cause-app-not-answering", &[]);
    assert!(french.stdout.contains(&expected), "{}", french.stdout);

    let unknown = Check::new(nginx.url()).arg("--lang").arg("ja").run();
    unknown.assert_code(1);
    unknown.assert_str("/language", "en");
    assert_eq!(
        unknown.stderr.matches("is not available").count(),
        1,
        "one note\n{}",
        unknown.describe()
    );
    assert!(
        unknown
            .str_at("/verdict/summary")
            .starts_with("The site's web server is up"),
        "{}",
        unknown.describe()
    );
}

/// Whether `text` reads as the message `key` of `lang`: every fixed part of the message (what is
/// not a value put in) is in `text`, in order. The values are the program's own, not known here.
fn reads_as(lang: Lang, key: &str, names: &[&str], text: &str) -> bool {
    const MARK: &str = "\u{1}";
    let args: Vec<(&str, gateway_doctor::i18n::FluentValue)> =
        names.iter().map(|n| (*n, MARK.into())).collect();
    let message = tr_in(lang, key, &args);
    let mut rest = text;
    for part in message.split(MARK).map(str::trim).filter(|p| !p.is_empty()) {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

#[test]
fn the_server_checks_the_logs_and_the_help_speak_the_language_too() {
    // `server`: the same finding, file and line, in German words.
    let nginx = dead_upstream();
    let conf = nginx.conf_path().display().to_string();
    let server = |lang: &str| {
        run_subcommand(
            "server",
            &[
                "--config",
                &conf,
                "--format",
                "json",
                "--kernel-log",
                "/dev/null",
                "--lang",
                lang,
            ],
            &[],
        )
    };
    let (english, german) = (server("en"), server("de"));
    let dead = |run: &CheckRun| -> serde_json::Value {
        run.at("/findings")
            .as_array()
            .and_then(|fs| {
                fs.iter()
                    .find(|f| {
                        f["config"].as_str() == Some(conf.as_str()) && f["severity"] == "error"
                    })
                    .cloned()
            })
            .unwrap_or_else(|| panic!("no error finding in {conf}\n{}", run.describe()))
    };
    let (en, de) = (dead(&english), dead(&german));
    assert_eq!((&en["id"], &en["line"]), (&de["id"], &de["line"]));
    let names = ["who", "site", "target"];
    let en_title = en["title"].as_str().unwrap_or_default();
    let de_title = de["title"].as_str().unwrap_or_default();
    assert!(
        reads_as(Lang::En, "srv-down-nothing-listens", &names, en_title),
        "{en_title}"
    );
    assert!(
        reads_as(Lang::De, "srv-down-nothing-listens", &names, de_title),
        "{de_title}"
    );
    assert_ne!(en_title, de_title);

    // `logs`: what a log line means, in Russian.
    let log: std::path::PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests/fixtures/logs/nginx/error.log",
    ]
    .iter()
    .collect();
    let logs = run_logs(&[
        &log.display().to_string(),
        "--format",
        "json",
        "--lang",
        "ru",
    ]);
    logs.assert_code(1);
    let refused = logs
        .at("/findings")
        .as_array()
        .and_then(|fs| {
            fs.iter()
                .find(|f| f["cause"] == "upstream_refused")
                .cloned()
        })
        .unwrap_or_else(|| panic!("no upstream_refused\n{}", logs.describe()));
    for field in ["title", "explanation", "fix"] {
        let key = format!("logp-upstream_refused-{field}");
        assert_eq!(
            refused[field],
            tr_in(Lang::Ru, &key, &[]).as_str(),
            "{field}"
        );
        assert_ne!(
            refused[field],
            tr_in(Lang::En, &key, &[]).as_str(),
            "{field}"
        );
    }

    // `--help`: the about line and the arguments' help.
    let help = run_subcommand("check", &["--help", "--lang", "fr"], &[]);
    help.assert_code(0);
    for key in ["cli-about-check", "cli-arg-timeout", "cli-heading-usage"] {
        let words = tr_in(Lang::Fr, key, &[]);
        assert!(
            help.stdout.contains(&words),
            "{key}: {words}\n{}",
            help.stdout
        );
    }
    assert!(
        help.stdout.contains("--timeout <SECONDS>"),
        "{}",
        help.stdout
    );
}

#[test]
fn owner_mode_findings_follow_the_language_and_keep_the_json_shape() {
    let nginx = dead_upstream();
    let owner = |lang: &str| {
        Check::new(nginx.url())
            .arg("--mode")
            .arg("owner")
            .arg("--no-burst")
            .arg("--lang")
            .arg(lang)
            .run()
    };
    let (english, french) = (owner("en"), owner("fr"));
    english.assert_code(1);
    french.assert_code(1);
    let (mut en_shape, mut fr_shape) = (Vec::new(), Vec::new());
    shape(english.report(), "", &mut en_shape);
    shape(french.report(), "", &mut fr_shape);
    // The owner side has lists whose length depends on timing (DNS answers, probes): compare
    // the verdict and the checklist, whose shape does not.
    let keep = |s: &Vec<String>| -> Vec<String> {
        s.iter()
            .filter(|p| p.starts_with("/verdict") || p.starts_with("/checklist"))
            .cloned()
            .collect()
    };
    assert_eq!(keep(&fr_shape), keep(&en_shape));
    assert_eq!(french.at("/verdict/cause"), english.at("/verdict/cause"));
    let items = |run: &CheckRun| -> Vec<(String, String, String)> {
        run.at("/checklist")
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|i| {
                        (
                            i["id"].to_string(),
                            i["status"].to_string(),
                            i["finding"].to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (en_items, fr_items) = (items(&english), items(&french));
    assert!(
        en_items.len() > 5,
        "owner checklist\n{}",
        english.describe()
    );
    assert_eq!(en_items.len(), fr_items.len());
    for (en, fr) in en_items.iter().zip(&fr_items) {
        assert_eq!((&en.0, &en.1), (&fr.0, &fr.1), "same item and state");
        assert_ne!(en.2, fr.2, "the finding of {} is in French", en.0);
    }
    assert_ne!(
        french.str_at("/verdict/detail"),
        english.str_at("/verdict/detail")
    );
}
