//! The person's language: every sentence a person reads comes from the Fluent files under
//! `assets/i18n/<lang>/` (compiled in), in English, German, Spanish, French, Brazilian Portuguese
//! or Russian, with Fluent's plural rules per language instead of string concatenation.
//!
//! Why `fluent-bundle` directly (not `fluent-templates` or `i18n-embed`): the files are few and
//! compiled in (packed by build.rs: comments out, deflate), so a loader or a file watcher would add
//! nothing, and the bundle
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
use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};
use std::task::{Context, Poll};

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

/// One value per language, made the first time a language asks for it: tables whose rows carry
/// words (the owner actions, the log patterns) are built once per language, not per call.
pub struct PerLanguage<T>([OnceLock<T>; 7]);

impl<T> PerLanguage<T> {
    pub const fn new() -> PerLanguage<T> {
        PerLanguage([const { OnceLock::new() }; 7])
    }

    /// The value for the current language, made by `make` the first time.
    pub fn get(&self, make: impl FnOnce(Lang) -> T) -> &T {
        self.get_in(current(), make)
    }

    /// The value for `lang`, made by `make` the first time.
    pub fn get_in(&self, lang: Lang, make: impl FnOnce(Lang) -> T) -> &T {
        self.0[lang.index()].get_or_init(|| make(lang))
    }
}

impl<T> Default for PerLanguage<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A future that runs in `lang` wherever it is polled: each poll sets the thread's language and
/// puts the previous one back, so work handed to a runtime's worker threads speaks the language of
/// the window that started it (a thread-local alone would not follow the future between threads).
pub struct InLanguage<F> {
    lang: Lang,
    inner: Pin<Box<F>>,
}

/// `future`, run in `lang` (see [`InLanguage`]).
pub fn in_language<F: Future>(lang: Lang, future: F) -> InLanguage<F> {
    InLanguage {
        lang,
        inner: Box::pin(future),
    }
}

impl<F: Future> Future for InLanguage<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let lang = self.lang;
        scoped(lang, || self.inner.as_mut().poll(cx))
    }
}

/// How many Fluent files each language has (the list is in [`with_file_names!`]).
pub const FILE_COUNT: usize = 23;

/// Calls `$then!(ARGS; name name …)` with the Fluent files' names: the one list of them, used
/// for each language's files and for [`FILE_NAMES`], so a new file is added here (and in every
/// `assets/i18n/<lang>/`).
macro_rules! with_file_names {
    ($then:ident ! ($($args:tt)*)) => {
        $then!($($args)*;
            app report verdict steps help export input har panels world details diagnosis owner
            backend server cli usage pages machine engine signatures actions logs)
    };
}

/// The Fluent files of one language, compiled in as build.rs packed them (comments out,
/// deflate).
macro_rules! lang_files {
    ($code:literal; $($name:ident)*) => {
        (
            $code,
            [$(include_bytes!(concat!(
                env!("OUT_DIR"), "/i18n/", $code, "/", stringify!($name), ".ftl.z"
            ))),*],
        )
    };
}

/// The file names as `name.ftl`.
macro_rules! file_names {
    (; $($name:ident)*) => {
        [$(concat!(stringify!($name), ".ftl")),*]
    };
}

/// The Fluent files of each language, in `Lang::index` order (the pseudo-locale uses English).
const FILES: [(&str, [&[u8]; FILE_COUNT]); 6] = [
    with_file_names!(lang_files!("en")),
    with_file_names!(lang_files!("de")),
    with_file_names!(lang_files!("es")),
    with_file_names!(lang_files!("fr")),
    with_file_names!(lang_files!("pt-BR")),
    with_file_names!(lang_files!("ru")),
];

/// The file names, in the order of [`FILES`] (for the tests' messages).
pub const FILE_NAMES: [&str; FILE_COUNT] = with_file_names!(file_names!());

/// The Fluent sources of every language, inflated once (`FILES`' order).
fn texts() -> &'static [Vec<String>] {
    static TEXTS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        FILES
            .iter()
            .map(|(_, files)| files.iter().map(|packed| inflate(packed)).collect())
            .collect()
    })
}

/// A packed file's text; a file that does not inflate is empty (the key-coverage test names it).
fn inflate(packed: &[u8]) -> String {
    use std::io::Read;
    let mut text = String::new();
    let mut reader = flate2::read::DeflateDecoder::new(packed);
    if reader.read_to_string(&mut text).is_err() {
        text.clear();
    }
    text
}

/// The Fluent sources of a language, comments left out, for the tests (`None` for the
/// pseudo-locale).
pub fn sources(lang: Lang) -> Option<&'static [String]> {
    texts().get(lang.index()).map(Vec::as_slice)
}

fn bundle(code: &str, files: &[String], pseudo: bool) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No FSI/PDI marks around values: the app's fonts would draw them as boxes.
    bundle.set_use_isolating(false);
    if pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    for source in files {
        // A file that does not parse keeps what did: the key-coverage test names the error.
        let resource = match FluentResource::try_new(source.clone()) {
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
        let texts = texts();
        let mut all: Vec<FluentBundle<FluentResource>> = FILES
            .iter()
            .zip(texts)
            .map(|((code, _), files)| bundle(code, files, false))
            .collect();
        all.push(bundle("en", &texts[0], true));
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

/// Whether English has the message `key` (for keys made from data ids, such as a table's rows:
/// the row's sentences are `prefix-<id>-title`, `prefix-<id>-step-1`, …).
pub fn has(key: &str) -> bool {
    bundles()[0].has_message(key)
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
