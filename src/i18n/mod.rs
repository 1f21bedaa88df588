//! The person's language: every sentence a person reads comes from the Fluent files under
//! `assets/i18n/<lang>/` (compiled in), in English, German, Spanish, French, Brazilian Portuguese
//! or Russian, with Fluent's plural rules per language instead of string concatenation.
//!
//! Why `fluent-bundle` directly (not `fluent-templates` or `i18n-embed`): the files are few and
//! compiled in with `include_str!`, so a loader or a file watcher would add nothing, and the bundle
//! gives the two things needed beyond lookup: a transform for the pseudo-locale and no Unicode
//! isolation marks (which the app's fonts draw as boxes). `sys-locale` asks Windows and macOS for
//! the system language; on Unix the environment decides, as gettext does.
//!
//! Which language: `--lang CODE` or the app's choice (remembered in settings.json), else the
//! system's (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, then the OS); an unknown language falls
//! back to English with one note. The choice is process-wide ([`set`]); a thread may use another
//! for a while ([`scoped`]: the app's window, the tests). Commands, config lines, header names, ids
//! and the JSON's field names and enum values are never translated.
//!
//! `en-XA` is a pseudo-locale for finding untranslated text and layouts that break with longer
//! words: English, accented, about 40 % longer, in brackets.

mod pseudo;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

pub use fluent_bundle::FluentValue;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Fr,
    PtBr,
    Ru,
    /// `en-XA`: accented, longer, bracketed English, for the tests.
    Pseudo,
}

impl Lang {
    /// The languages offered to people (the pseudo-locale is not).
    pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Es, Lang::Fr, Lang::PtBr, Lang::Ru];

    /// The BCP 47 code (`pt-BR`); the folder under `assets/i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::PtBr => "pt-BR",
            Lang::Ru => "ru",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, for the selector.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ru => "Русский",
            Lang::Pseudo => "[Ƥşéúúðó]",
        }
    }

    /// The POSIX locale the browser-like requests take their `Accept-Language` from.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En | Lang::Pseudo => "en_US",
            Lang::De => "de_DE",
            Lang::Es => "es_ES",
            Lang::Fr => "fr_FR",
            Lang::PtBr => "pt_BR",
            Lang::Ru => "ru_RU",
        }
    }

    /// A language code or a locale: `de`, `de-AT`, `de_DE.UTF-8`, `pt_BR`, `pt` (Brazilian is the
    /// Portuguese offered), `en-XA`. `C` and `POSIX` are English. `None`: not one we speak.
    pub fn parse(code: &str) -> Option<Lang> {
        let base = code.trim().split(['.', '@']).next().unwrap_or("").trim();
        if base.eq_ignore_ascii_case("en-XA") || base.eq_ignore_ascii_case("en_XA") {
            return Some(Lang::Pseudo);
        }
        if matches!(base, "C" | "POSIX") {
            return Some(Lang::En);
        }
        let lang = base
            .split(['_', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(match lang.as_str() {
            "en" => Lang::En,
            "de" => Lang::De,
            "es" => Lang::Es,
            "fr" => Lang::Fr,
            "pt" => Lang::PtBr,
            "ru" => Lang::Ru,
            _ => return None,
        })
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::De => 1,
            Lang::Es => 2,
            Lang::Fr => 3,
            Lang::PtBr => 4,
            Lang::Ru => 5,
            Lang::Pseudo => 6,
        }
    }

    fn from_index(i: u8) -> Lang {
        match i {
            1 => Lang::De,
            2 => Lang::Es,
            3 => Lang::Fr,
            4 => Lang::PtBr,
            5 => Lang::Ru,
            6 => Lang::Pseudo,
            _ => Lang::En,
        }
    }
}

/// The language chosen, and the one note to show when the request could not be met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    /// "The language 'ja' is not available: English is used." (in English: it is not known what
    /// the person reads).
    pub note: Option<String>,
}

/// Choose: the explicit request (`--lang`, settings) first, else the system's. `env` reads an
/// environment variable; `os` is the operating system's own setting (Windows, macOS).
pub fn choose(
    requested: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
    os: Option<String>,
) -> Choice {
    if let Some(code) = requested.map(str::trim).filter(|c| !c.is_empty()) {
        return match Lang::parse(code) {
            Some(lang) => Choice { lang, note: None },
            None => Choice {
                lang: Lang::En,
                note: Some(unknown_note(code)),
            },
        };
    }
    // LANGUAGE is a colon-separated list of preferences (GNU gettext); the first we speak wins.
    if let Some(list) = env("LANGUAGE").filter(|v| !v.trim().is_empty()) {
        let locale_set = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| env(k))
            .find(|v| !v.trim().is_empty());
        // gettext ignores LANGUAGE when the locale is "C".
        if !matches!(locale_set.as_deref(), Some("C") | Some("POSIX")) {
            if let Some(lang) = list.split(':').find_map(Lang::parse) {
                return Choice { lang, note: None };
            }
        }
    }
    let system = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| env(k))
        .find(|v| !v.trim().is_empty())
        .or(os);
    match system {
        None => Choice {
            lang: Lang::En,
            note: None,
        },
        Some(code) => match Lang::parse(&code) {
            Some(lang) => Choice { lang, note: None },
            None => Choice {
                lang: Lang::En,
                note: Some(unknown_note(&code)),
            },
        },
    }
}

fn unknown_note(code: &str) -> String {
    let shown = crate::text::shown(code, 40);
    let offered: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    format!(
        "The language '{shown}' is not available ({}): English is used.",
        offered.join(", ")
    )
}

/// The process-wide language (see [`set`]).
static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// This thread's own language while [`scoped`] runs.
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Speak `lang` from now on, in every thread without its own.
pub fn set(lang: Lang) {
    CURRENT.store(lang.index() as u8, Ordering::Relaxed);
}

/// Speak `lang` on this thread until [`clear_thread`] (the app's window thread; tests).
pub fn set_thread(lang: Lang) {
    OVERRIDE.with(|o| o.set(Some(lang)));
}

/// Back to the process-wide language on this thread.
pub fn clear_thread() {
    OVERRIDE.with(|o| o.set(None));
}

/// Run `f` with this thread speaking `lang`, then restore what it spoke.
pub fn scoped<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

/// The language sentences are written in on this thread now.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(CURRENT.load(Ordering::Relaxed)))
}

/// The Fluent files of each language, in `Lang::index` order (the pseudo-locale uses English).
const FILES: [(&str, [&str; 11]); 6] = [
    (
        "en",
        [
            include_str!("../../assets/i18n/en/app.ftl"),
            include_str!("../../assets/i18n/en/report.ftl"),
            include_str!("../../assets/i18n/en/verdict.ftl"),
            include_str!("../../assets/i18n/en/steps.ftl"),
            include_str!("../../assets/i18n/en/help.ftl"),
            include_str!("../../assets/i18n/en/export.ftl"),
            include_str!("../../assets/i18n/en/input.ftl"),
            include_str!("../../assets/i18n/en/har.ftl"),
            include_str!("../../assets/i18n/en/panels.ftl"),
            include_str!("../../assets/i18n/en/world.ftl"),
            include_str!("../../assets/i18n/en/details.ftl"),
        ],
    ),
    (
        "de",
        [
            include_str!("../../assets/i18n/de/app.ftl"),
            include_str!("../../assets/i18n/de/report.ftl"),
            include_str!("../../assets/i18n/de/verdict.ftl"),
            include_str!("../../assets/i18n/de/steps.ftl"),
            include_str!("../../assets/i18n/de/help.ftl"),
            include_str!("../../assets/i18n/de/export.ftl"),
            include_str!("../../assets/i18n/de/input.ftl"),
            include_str!("../../assets/i18n/de/har.ftl"),
            include_str!("../../assets/i18n/de/panels.ftl"),
            include_str!("../../assets/i18n/de/world.ftl"),
            include_str!("../../assets/i18n/de/details.ftl"),
        ],
    ),
    (
        "es",
        [
            include_str!("../../assets/i18n/es/app.ftl"),
            include_str!("../../assets/i18n/es/report.ftl"),
            include_str!("../../assets/i18n/es/verdict.ftl"),
            include_str!("../../assets/i18n/es/steps.ftl"),
            include_str!("../../assets/i18n/es/help.ftl"),
            include_str!("../../assets/i18n/es/export.ftl"),
            include_str!("../../assets/i18n/es/input.ftl"),
            include_str!("../../assets/i18n/es/har.ftl"),
            include_str!("../../assets/i18n/es/panels.ftl"),
            include_str!("../../assets/i18n/es/world.ftl"),
            include_str!("../../assets/i18n/es/details.ftl"),
        ],
    ),
    (
        "fr",
        [
            include_str!("../../assets/i18n/fr/app.ftl"),
            include_str!("../../assets/i18n/fr/report.ftl"),
            include_str!("../../assets/i18n/fr/verdict.ftl"),
            include_str!("../../assets/i18n/fr/steps.ftl"),
            include_str!("../../assets/i18n/fr/help.ftl"),
            include_str!("../../assets/i18n/fr/export.ftl"),
            include_str!("../../assets/i18n/fr/input.ftl"),
            include_str!("../../assets/i18n/fr/har.ftl"),
            include_str!("../../assets/i18n/fr/panels.ftl"),
            include_str!("../../assets/i18n/fr/world.ftl"),
            include_str!("../../assets/i18n/fr/details.ftl"),
        ],
    ),
    (
        "pt-BR",
        [
            include_str!("../../assets/i18n/pt-BR/app.ftl"),
            include_str!("../../assets/i18n/pt-BR/report.ftl"),
            include_str!("../../assets/i18n/pt-BR/verdict.ftl"),
            include_str!("../../assets/i18n/pt-BR/steps.ftl"),
            include_str!("../../assets/i18n/pt-BR/help.ftl"),
            include_str!("../../assets/i18n/pt-BR/export.ftl"),
            include_str!("../../assets/i18n/pt-BR/input.ftl"),
            include_str!("../../assets/i18n/pt-BR/har.ftl"),
            include_str!("../../assets/i18n/pt-BR/panels.ftl"),
            include_str!("../../assets/i18n/pt-BR/world.ftl"),
            include_str!("../../assets/i18n/pt-BR/details.ftl"),
        ],
    ),
    (
        "ru",
        [
            include_str!("../../assets/i18n/ru/app.ftl"),
            include_str!("../../assets/i18n/ru/report.ftl"),
            include_str!("../../assets/i18n/ru/verdict.ftl"),
            include_str!("../../assets/i18n/ru/steps.ftl"),
            include_str!("../../assets/i18n/ru/help.ftl"),
            include_str!("../../assets/i18n/ru/export.ftl"),
            include_str!("../../assets/i18n/ru/input.ftl"),
            include_str!("../../assets/i18n/ru/har.ftl"),
            include_str!("../../assets/i18n/ru/panels.ftl"),
            include_str!("../../assets/i18n/ru/world.ftl"),
            include_str!("../../assets/i18n/ru/details.ftl"),
        ],
    ),
];

/// The Fluent sources of a language, for the tests (`None` for the pseudo-locale).
pub fn sources(lang: Lang) -> Option<&'static [&'static str; 11]> {
    FILES.get(lang.index()).map(|(_, files)| files)
}

fn bundle(code: &str, files: &[&str], pseudo: bool) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No FSI/PDI marks around values: the app's fonts would draw them as boxes.
    bundle.set_use_isolating(false);
    if pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    for source in files {
        // A file that does not parse keeps what did: the key-coverage test names the error.
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut all: Vec<FluentBundle<FluentResource>> = FILES
            .iter()
            .map(|(code, files)| bundle(code, files, false))
            .collect();
        all.push(bundle("en", &FILES[0].1, true));
        all
    })
}

fn format_in(
    b: &FluentBundle<FluentResource>,
    key: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Option<String> {
    let message = b.get_message(key)?;
    let pattern = message.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The message `key` in the current language, with `args` put in; English when the language
/// lacks it; the key itself when no language has it (the key-coverage test prevents that).
pub fn tr(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(current(), key, args)
}

/// [`tr`] in a given language.
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let all = bundles();
    let text = all
        .get(lang.index())
        .and_then(|b| format_in(b, key, args))
        .or_else(|| format_in(&all[0], key, args))
        .unwrap_or_else(|| key.to_string());
    if lang == Lang::Pseudo {
        pseudo::bracket(&text)
    } else {
        text
    }
}

/// `t!("key")`, `t!("key", name = value, count = n)`: the message in the current language.
/// Values are anything Fluent takes: `&str`, `String`, numbers.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::tr($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr(
            $key,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
