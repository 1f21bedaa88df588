//! No sentence left behind: every message of English exists in every language with the same
//! placeables and parses; every cause has its sentence; the language is chosen as gettext would;
//! the pseudo-locale changes only the message's own text.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// The variables a pattern uses, wherever they are (selectors and variants included).
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}

/// Each message of a file with its variables; panics naming the file on a syntax error.
fn messages(lang: Lang, file: usize) -> BTreeMap<String, BTreeSet<String>> {
    let source = sources(lang).expect("a real language")[file].as_str();
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!(
            "assets/i18n/{}/{}: {errors:?}",
            lang.code(),
            FILE_NAMES[file]
        )
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

#[test]
fn every_message_is_in_every_language_with_the_same_placeables() {
    let mut problems = Vec::new();
    for (file, name) in FILE_NAMES.iter().enumerate() {
        let english = messages(Lang::En, file);
        assert!(!english.is_empty(), "{name} is empty");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let theirs = messages(lang, file);
            let at = format!("assets/i18n/{}/{name}", lang.code());
            for (key, vars) in &english {
                match theirs.get(key) {
                    None => problems.push(format!("{at}: `{key}` is missing")),
                    Some(v) if v != vars => problems.push(format!(
                        "{at}: `{key}` has the placeables {v:?}, English has {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for key in theirs.keys().filter(|k| !english.contains_key(*k)) {
                problems.push(format!("{at}: `{key}` is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_cause_has_its_sentence_in_every_language() {
    use crate::diagnosis::Cause;
    let causes = Cause::FIXED
        .iter()
        .copied()
        .chain([Cause::ClientError(404)]);
    for cause in causes {
        for lang in Lang::ALL.into_iter().chain([Lang::Pseudo]) {
            let line = scoped(lang, || {
                crate::diagnosis::wording::summary(cause, None, true)
            });
            assert!(
                !line.starts_with("cause-") && !line.starts_with("verdict-") && line.len() > 20,
                "{cause} in {}: {line}",
                lang.code()
            );
        }
    }
}

#[test]
fn a_message_reads_in_the_language_chosen_and_falls_back_to_english() {
    let english = tr_in(Lang::En, "app-check", &[]);
    assert_eq!(english, "▶ Check");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let theirs = tr_in(lang, "app-check", &[]);
        assert!(
            theirs.starts_with("▶ ") && theirs != english,
            "{}: {theirs}",
            lang.code()
        );
    }
    assert_eq!(tr_in(Lang::De, "no-such-key", &[]), "no-such-key");
    let line = tr_in(
        Lang::En,
        "verdict-some-of-the-time",
        &[
            ("failed", FluentValue::from(2)),
            ("total", FluentValue::from(3)),
            ("summary", FluentValue::from("X.")),
        ],
    );
    assert_eq!(
        line, "The site fails some of the time (2 of 3 tries failed). X.",
        "no isolation marks around values"
    );
}

#[test]
fn the_thread_language_wins_over_the_process_one_and_is_restored() {
    assert_eq!(current(), Lang::En);
    let inner = scoped(Lang::Ru, || {
        assert_eq!(current(), Lang::Ru);
        scoped(Lang::De, current)
    });
    assert_eq!(inner, Lang::De);
    assert_eq!(current(), Lang::En);
}

#[test]
fn a_future_speaks_its_language_on_whatever_thread_polls_it() {
    let failed_de = tr_in(Lang::De, "state-failed", &[]);
    assert_ne!(failed_de, tr_in(Lang::En, "state-failed", &[]));
    let mut future = Box::pin(in_language(Lang::De, async {
        (crate::t!("state-failed"), current())
    }));
    // Polled on a thread that never chose a language (as a runtime's worker would be).
    let polled = std::thread::spawn(move || {
        let mut cx = Context::from_waker(std::task::Waker::noop());
        let out = future.as_mut().poll(&mut cx);
        (out, current())
    })
    .join()
    .expect("thread");
    assert_eq!(polled.0, Poll::Ready((failed_de, Lang::De)));
    assert_ne!(polled.1, Lang::De, "the thread's own language is put back");
}

#[test]
fn the_language_is_chosen_like_gettext_does() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            vars.iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| v.to_string())
        }
    };
    let pick =
        |requested: Option<&str>,
         vars: &'static [(&'static str, &'static str)],
         os: Option<&str>| { choose(requested, env(vars), os.map(str::to_string)) };
    assert_eq!(pick(None, &[("LANG", "fr_FR.UTF-8")], None).lang, Lang::Fr);
    assert_eq!(
        pick(
            None,
            &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "de_AT.UTF-8")],
            None
        )
        .lang,
        Lang::De
    );
    assert_eq!(
        pick(
            None,
            &[("LANGUAGE", "ja:ru:en"), ("LANG", "fr_FR.UTF-8")],
            None
        )
        .lang,
        Lang::Ru,
        "the first of LANGUAGE's list that is spoken"
    );
    assert_eq!(
        pick(None, &[("LANGUAGE", "ru"), ("LANG", "C")], None).lang,
        Lang::En,
        "gettext ignores LANGUAGE under the C locale"
    );
    assert_eq!(pick(None, &[], Some("pt-BR")).lang, Lang::PtBr);
    assert_eq!(
        pick(None, &[], None),
        Choice {
            lang: Lang::En,
            note: None
        }
    );
    assert_eq!(pick(Some("es"), &[("LANG", "ru_RU")], None).lang, Lang::Es);
    let unknown = pick(Some("ja"), &[("LANG", "ru_RU")], None);
    assert_eq!(unknown.lang, Lang::En);
    let note = unknown.note.expect("one note");
    assert!(note.contains("'ja'") && note.contains("English"), "{note}");
    assert!(pick(None, &[("LANG", "ja_JP.UTF-8")], None).note.is_some());
    for (code, lang) in [
        ("de", Lang::De),
        ("DE-ch", Lang::De),
        ("pt", Lang::PtBr),
        ("pt_PT.UTF-8", Lang::PtBr),
        ("ru_RU.UTF-8@latin", Lang::Ru),
        ("en-XA", Lang::Pseudo),
        ("POSIX", Lang::En),
    ] {
        assert_eq!(Lang::parse(code), Some(lang), "{code}");
    }
    assert_eq!(Lang::parse(""), None);
    assert_eq!(Lang::parse("zz"), None);
}

#[test]
fn the_pseudo_locale_is_longer_accented_bracketed_and_keeps_values() {
    let pseudo = tr_in(
        Lang::Pseudo,
        "start-recent-hover",
        &[("site", "shop.example.com".into())],
    );
    assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
    assert!(
        pseudo.contains("shop.example.com"),
        "values untouched: {pseudo}"
    );
    assert!(!pseudo.contains("Check"), "{pseudo}");
    let heading = tr_in(Lang::En, "start-heading", &[]);
    let longer = tr_in(Lang::Pseudo, "start-heading", &[]);
    let (e, p) = (heading.chars().count(), longer.chars().count());
    assert!(
        p * 10 >= e * 13,
        "at least 30 % longer: {heading} -> {longer}"
    );
}

#[test]
fn input_errors_say_in_english_what_they_always_said_and_are_translated() {
    use crate::target::{AddressError, TargetError};
    let targets = vec![
        TargetError::Empty,
        TargetError::Malformed("invalid international domain name".into()),
        TargetError::TooLong {
            len: 3000,
            max: 2048,
        },
        TargetError::UnsupportedScheme {
            scheme: "ftp".into(),
        },
        TargetError::MissingSlashes {
            scheme: "https".into(),
        },
        TargetError::EmptyHost,
        TargetError::Whitespace,
        TargetError::ControlChar { code: 7 },
        TargetError::PortNotNumber { port: "x".into() },
        TargetError::PortOutOfRange {
            port: "70000".into(),
        },
        TargetError::PortZero,
        TargetError::MissingPort {
            input: "example.com".into(),
        },
        TargetError::InvalidHostChar {
            host: "a_b".into(),
            ch: '_',
        },
        TargetError::HostTooLong { len: 300 },
        TargetError::LabelTooLong {
            label: "x".into(),
            len: 70,
        },
        TargetError::EmptyLabel {
            host: "a..b".into(),
        },
        TargetError::InvalidIdn {
            host: "xn--".into(),
        },
        TargetError::InvalidIpv4 {
            host: "1.2.3.999".into(),
        },
        TargetError::InvalidIpv6 {
            host: "[::g]".into(),
        },
        TargetError::UnbracketedIpv6,
    ];
    let addresses = vec![
        AddressError::PortZero {
            input: "1.2.3.4:0".into(),
        },
        AddressError::HostName {
            host: "example.com".into(),
        },
        AddressError::NotIpPort { input: "x".into() },
        AddressError::NotIp { input: "x".into() },
    ];
    let pairs: Vec<(String, Box<dyn Fn() -> String>)> = targets
        .into_iter()
        .map(|e| {
            let english = e.to_string();
            (
                english,
                Box::new(move || e.message()) as Box<dyn Fn() -> String>,
            )
        })
        .chain(addresses.into_iter().map(|e| {
            let english = e.to_string();
            (
                english,
                Box::new(move || e.message()) as Box<dyn Fn() -> String>,
            )
        }))
        .collect();
    for (english, message) in &pairs {
        assert_eq!(&scoped(Lang::En, message), english);
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let theirs = scoped(lang, message);
            assert!(
                &theirs != english && !theirs.starts_with("input-"),
                "{}: {theirs}",
                lang.code()
            );
        }
    }
}

#[test]
fn counts_take_each_languages_plural_forms() {
    let forms = |lang: Lang, key: &str, var: &str| -> Vec<String> {
        [1, 3, 5]
            .iter()
            .map(|n| {
                tr_in(
                    lang,
                    key,
                    &[
                        (var, FluentValue::from(*n)),
                        ("time", FluentValue::from("14:02 UTC")),
                        ("failures", FluentValue::from(1)),
                    ],
                )
            })
            .collect()
    };
    // Russian has three forms for 1, 3 and 5 (one, few, many); English two.
    let ru = forms(Lang::Ru, "wait-minutes", "n");
    assert!(ru[0] != ru[1] && ru[1] != ru[2] && ru[0] != ru[2], "{ru:?}");
    let en = forms(Lang::En, "wait-minutes", "n");
    assert_eq!(en, ["1 minute", "3 minutes", "5 minutes"]);
    let history = forms(Lang::En, "history-first-failure", "checks");
    assert!(history[0].ends_with("1 of 1 check failed"), "{history:?}");
    assert!(history[2].ends_with("1 of 5 checks failed"), "{history:?}");
}

#[test]
fn a_tries_result_reads_in_the_language_and_english_keeps_the_ids_words() {
    use crate::evidence::say_result;
    assert_eq!(say_result("connect refused"), "connect refused");
    assert_eq!(say_result("not tried"), "not tried");
    assert_eq!(say_result("502"), "502");
    assert_eq!(say_result("something new"), "something new");
    let german = scoped(Lang::De, || {
        (
            say_result("connect refused"),
            say_result("connect_refused"),
            say_result("200"),
        )
    });
    assert_eq!(german.0, tr_in(Lang::De, "result-connect-refused", &[]));
    assert_eq!(german.1, german.0, "the id and its spaced form");
    assert_ne!(german.0, "connect refused");
    assert_eq!(german.2, "200");
}

#[test]
fn the_packed_files_hold_every_message_and_no_comment() {
    for lang in Lang::ALL {
        let files = sources(lang).expect("a real language");
        assert_eq!(files.len(), FILE_COUNT);
        for (text, name) in files.iter().zip(FILE_NAMES) {
            assert!(text.contains(" = "), "{}/{name} is empty", lang.code());
            assert!(
                !text.lines().any(|l| l.starts_with('#')),
                "{}/{name} kept a comment",
                lang.code()
            );
        }
    }
    let english = include_str!("../../assets/i18n/en/verdict.ftl");
    let first = english
        .lines()
        .find(|l| !l.starts_with('#') && l.contains(" = "))
        .expect("a message");
    assert!(sources(Lang::En).expect("en")[2].contains(first));
}
