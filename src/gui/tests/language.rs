//! The app in the person's language: the failing-502 view in German, Russian and the
//! pseudo-locale (snapshots: nothing cut off with longer words), the language switched in the
//! window (the verdict on screen follows, the choice is remembered), and what a screen reader
//! gets: each step's state in its name, no glyph spoken on its own.

use super::*;
use crate::i18n::{FluentValue, Lang, tr_in};

/// A window speaking `lang`, drawn once, with the fake engine behind it.
fn window_in(lang: &str) -> (FakeBackend, Harness<'static, GuiApp>) {
    let backend = FakeBackend::default();
    let cfg = AppConfig {
        lang: Some(lang.into()),
        ..config(None)
    };
    let app = GuiApp::new(cfg, Box::new(backend.clone()), Box::new(FixedPicker(None)));
    let mut harness = harness_with(app);
    harness.run();
    (backend, harness)
}

/// An app speaking `lang` that has checked the nginx 502 (started without typing: the field's
/// label is in that language).
fn failing_502_in(lang: &str) -> Harness<'static, GuiApp> {
    let (backend, mut harness) = window_in(lang);
    harness.state_mut().address = "https://shop.example.com/".into();
    let ctx = harness.ctx.clone();
    harness.state_mut().start_check(&ctx);
    harness.run_steps(2);
    backend.send(all_events(&nginx_502()));
    backend.done();
    harness.run();
    harness
}

fn step_name(lang: Lang, n: usize, step: &str, state: &str) -> String {
    tr_in(
        lang,
        "steps-row-accessible",
        &[
            ("n", FluentValue::from(n)),
            ("title", FluentValue::from(tr_in(lang, step, &[]))),
            ("state", FluentValue::from(tr_in(lang, state, &[]))),
        ],
    )
}

/// The failing-502 view in `lang`: the verdict, the steps and the buttons in it, the report
/// marked with it, and a snapshot to look at (nothing cut off with longer words).
fn the_failing_502_view_speaks(code: &str, lang: Lang) {
    let mut harness = failing_502_in(code);
    assert_eq!(harness.state().language, lang);
    let summary = tr_in(lang, "cause-app-not-answering", &[]);
    let banner = verdict(&harness).summary;
    assert!(banner.starts_with(&summary), "{code}: {banner}");
    harness.get_by_label_contains(&summary);
    harness.get_by_label(&step_name(lang, 1, "step-refresh", "state-failed"));
    harness.get_by_label(&tr_in(lang, "footer-save", &[]));
    let refresh = tr_in(lang, "refresh-advice-site-side", &[]);
    harness.get_by_label_contains(&refresh);
    let report = harness.state().report().expect("a report");
    assert_eq!(report.language, lang.code());
    harness.snapshot(format!("nginx_502_{code}"));
}

#[test]
fn the_failing_502_view_speaks_german() {
    the_failing_502_view_speaks("de", Lang::De);
}

#[test]
fn the_failing_502_view_speaks_russian() {
    the_failing_502_view_speaks("ru", Lang::Ru);
}

#[test]
fn the_failing_502_view_speaks_the_pseudo_locale() {
    the_failing_502_view_speaks("en-XA", Lang::Pseudo);
}

#[test]
fn switching_the_language_redraws_the_verdict_and_is_remembered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().join("settings.json"));
    let backend = FakeBackend::default();
    let mut harness = checked_with(
        &backend,
        config(Some(store.clone())),
        Box::new(FixedPicker(None)),
        "https://shop.example.com/",
        &nginx_502(),
    );
    harness.get_by_label_contains("the application behind it is not answering");
    harness.state_mut().set_language(Some(Lang::Fr));
    harness.run();
    let french = tr_in(Lang::Fr, "cause-app-not-answering", &[]);
    assert!(verdict(&harness).summary.starts_with(&french));
    harness.get_by_label_contains(&french);
    assert_eq!(store.load().settings.language.as_deref(), Some("fr"));
    harness.state_mut().set_language(None);
    harness.run();
    assert_eq!(store.load().settings.language, None, "back to the system's");
}

#[test]
fn a_screen_reader_hears_each_step_with_its_state_and_no_bare_glyphs() {
    let harness = failing_502_in("en");
    harness.get_by_label("1. Refresh: failed");
    harness.get_by_label_contains("5. Wait: ");
    harness.get_by_label_contains("The site's web server is up, but the application behind it");
    for glyph in ["✖", "➡", "✔", "ℹ", "⚠", "✖ failed", "✔ working"] {
        assert_eq!(
            harness.query_all_by_label(glyph).count(),
            0,
            "a node that only says {glyph:?}"
        );
    }
}

#[test]
fn the_clear_cache_page_explains_itself_in_german() {
    let mut harness = failing_502_in("de");
    harness.state_mut().selected = CheckId::ClearCache;
    harness.state_mut().browsers.clear();
    harness.run();
    let keys = tr_in(Lang::De, "reload-keys-pc", &[]);
    let mac = tr_in(Lang::De, "reload-keys-mac", &[]);
    let reload = |keys: &str| {
        tr_in(
            Lang::De,
            "help-hard-reload",
            &[("keys", FluentValue::from(keys.to_string()))],
        )
    };
    assert!(
        has_text(&harness, &reload(&keys)) || has_text(&harness, &reload(&mac)),
        "the reload keys in German"
    );
    harness.get_by_label(&tr_in(Lang::De, "help-clear-cache-most", &[]));
    let first = crate::browsers::clear_cache_steps(
        crate::browsers::BrowserKind::Chrome,
        crate::browsers::Platform::current(),
    );
    assert!(
        first[0].contains("Strg") || first[0].contains("Cmd"),
        "{first:?}"
    );
    harness.get_by_label_contains(&first[0]);
}

#[test]
fn a_bad_address_is_explained_in_russian() {
    let (backend, mut harness) = window_in("ru");
    harness.state_mut().address = "ftp://files.example.com/".into();
    let ctx = harness.ctx.clone();
    harness.state_mut().start_check(&ctx);
    harness.run();
    let expected = tr_in(
        Lang::Ru,
        "input-unsupported-scheme",
        &[("scheme", FluentValue::from("ftp"))],
    );
    assert_eq!(
        harness.state().input_error.as_deref(),
        Some(expected.as_str())
    );
    harness.get_by_label_contains(&expected);
    assert_eq!(backend.count(), 0, "no probe for a bad address");
}

#[test]
fn a_browser_recording_is_explained_in_german() {
    let dir = tempfile::tempdir().expect("tempdir");
    let recording = dir.path().join("sitzung.har");
    copy_fixture_recording(&recording);
    let (_backend, mut harness) = window_in("de");
    open_recording_and_wait(&mut harness, recording);
    let summary = tr_in(Lang::De, "cause-app-not-answering", &[]);
    let verdict = harness
        .state()
        .recording
        .as_ref()
        .expect("open")
        .report
        .analysis
        .verdict
        .clone();
    assert!(verdict.contains(&summary), "{verdict}");
    assert!(
        harness.query_all_by_label_contains(&summary).count() >= 2,
        "the sentence and the API call's line"
    );
    harness.get_by_label(&tr_in(Lang::De, "har-save-sanitized", &[]));
    harness.snapshot("recording_de");
}

#[test]
fn the_wait_page_asks_its_questions_in_french() {
    let mut harness = failing_502_in("fr");
    harness.state_mut().selected = CheckId::Wait;
    harness.run();
    for key in [
        "world-title",
        "world-ask",
        "status-title",
        "status-ask-site",
    ] {
        harness.get_by_label(&tr_in(Lang::Fr, key, &[]));
    }
    assert!(has_text(&harness, &tr_in(Lang::Fr, "step-wait", &[])));
}

#[test]
fn the_details_pane_reads_in_portuguese() {
    let mut harness = failing_502_in("pt-BR");
    harness.state_mut().pane = Pane::Details;
    harness.run();
    for key in [
        "details-title",
        "details-timings",
        "details-who",
        "details-response",
        "details-phase-total",
        "details-probe-log",
    ] {
        harness.get_by_label(&tr_in(Lang::PtBr, key, &[]));
    }
}

#[test]
fn the_owner_checks_read_in_german_with_the_same_states_as_in_english() {
    let (backend, mut harness) = window_in("de");
    harness
        .get_by_label(&tr_in(Lang::De, "app-mode-owner", &[]))
        .click();
    harness.run();
    assert_eq!(harness.state().settings.mode, crate::evidence::Mode::Owner);
    harness.state_mut().address = "shop.example.com".into();
    let ctx = harness.ctx.clone();
    harness.state_mut().start_check(&ctx);
    harness.run_steps(2);
    let evidence = crate::evidence::test_evidence::owner_502();
    backend.send(all_events(&evidence));
    backend.done();
    harness.run();
    let german = harness.state().run.as_ref().expect("run").diagnosis.clone();
    harness
        .get_by_label_contains(&tr_in(Lang::De, "step-restart-server", &[]))
        .click();
    harness.run();
    harness.snapshot("owner_restart_server_de");
    // The same run, switched to English in the window.
    harness.state_mut().set_language(Some(Lang::En));
    harness.run();
    let english = harness.state().run.as_ref().expect("run").diagnosis.clone();
    assert_eq!(german.verdict.cause, english.verdict.cause);
    assert_ne!(german.verdict.detail, english.verdict.detail);
    let owner_items = [
        CheckId::RestartServer,
        CheckId::ServerLogs,
        CheckId::Dns,
        CheckId::FirewallProxy,
        CheckId::PhpLimits,
        CheckId::Cdn,
    ];
    for id in owner_items {
        let item = |d: &crate::diagnosis::Diagnosis| {
            d.checklist
                .iter()
                .find(|i| i.id == id)
                .cloned()
                .unwrap_or_else(|| panic!("{id:?}"))
        };
        let (en, de) = (item(&english), item(&german));
        assert_eq!(en.status, de.status, "{id:?}");
        assert_eq!(en.commands, de.commands, "commands are not translated");
        assert!(!de.finding.is_empty(), "{id:?}");
        assert_ne!(en.finding, de.finding, "{id:?} is in German");
    }
}
