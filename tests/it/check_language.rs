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
