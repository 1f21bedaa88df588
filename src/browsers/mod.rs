//! Which web browsers are installed, how to clear their cache, and how to open a URL in one.
//!
//! The "Clear cache" and "Another browser" steps of the checklist need this: the app tells the
//! visitor exactly which keys to press in *their* browser, and offers to open the site in a
//! different installed browser to see whether the problem follows them. Everything here is data
//! tables (program names, install paths, instructions), so adding a browser is adding rows.
//!
//! Opening a URL never goes through a shell: the URL is handed to the browser (or to macOS's
//! `open`) as one argument, so characters like `&`, `;` or `$(...)` in it are inert.

use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A web browser we know how to find and describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum BrowserKind {
    Chrome,
    Chromium,
    Firefox,
    Edge,
    Brave,
    Opera,
    Vivaldi,
    Safari,
    Epiphany,
}

impl BrowserKind {
    /// Every kind, in the order detection reports them.
    pub const ALL: [BrowserKind; 9] = [
        BrowserKind::Chrome,
        BrowserKind::Chromium,
        BrowserKind::Firefox,
        BrowserKind::Edge,
        BrowserKind::Brave,
        BrowserKind::Opera,
        BrowserKind::Vivaldi,
        BrowserKind::Safari,
        BrowserKind::Epiphany,
    ];

    /// The name people know the browser by.
    pub fn name(self) -> &'static str {
        match self {
            BrowserKind::Chrome => "Google Chrome",
            BrowserKind::Chromium => "Chromium",
            BrowserKind::Firefox => "Firefox",
            BrowserKind::Edge => "Microsoft Edge",
            BrowserKind::Brave => "Brave",
            BrowserKind::Opera => "Opera",
            BrowserKind::Vivaldi => "Vivaldi",
            BrowserKind::Safari => "Safari",
            BrowserKind::Epiphany => "GNOME Web",
        }
    }
}

/// A browser found on this computer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledBrowser {
    pub kind: BrowserKind,
    /// The executable, or the `.app` bundle on macOS.
    pub program: PathBuf,
}

/// The desktop platform, for instructions and for how to launch a browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Linux,
    MacOs,
    Windows,
}

impl Platform {
    /// The platform this build runs on (BSDs and other unixes count as Linux: same browsers,
    /// same shortcuts).
    pub fn current() -> Platform {
        if cfg!(target_os = "macos") {
            Platform::MacOs
        } else if cfg!(windows) {
            Platform::Windows
        } else {
            Platform::Linux
        }
    }
}

/// Why a browser could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum BrowserError {
    #[error("refusing to open {url:?}: expected an address starting with http:// or https://")]
    BadUrl { url: String },
    #[error("cannot start {} ({}): {source}", kind.name(), program.display())]
    Spawn {
        kind: BrowserKind,
        program: PathBuf,
        source: io::Error,
    },
}

/// Candidate relative paths per kind; the first one found wins.
type Table = &'static [(BrowserKind, &'static [&'static str])];

/// Linux/BSD: executable names looked up in PATH (and in Flatpak's export folders).
const PATH_NAMES: Table = &[
    (
        BrowserKind::Chrome,
        &["google-chrome", "google-chrome-stable", "com.google.Chrome"],
    ),
    (
        BrowserKind::Chromium,
        &["chromium", "chromium-browser", "org.chromium.Chromium"],
    ),
    (
        BrowserKind::Firefox,
        &["firefox", "firefox-esr", "org.mozilla.firefox"],
    ),
    (
        BrowserKind::Edge,
        &[
            "microsoft-edge",
            "microsoft-edge-stable",
            "com.microsoft.Edge",
        ],
    ),
    (
        BrowserKind::Brave,
        &["brave-browser", "brave", "com.brave.Browser"],
    ),
    (BrowserKind::Opera, &["opera", "com.opera.Opera"]),
    (
        BrowserKind::Vivaldi,
        &["vivaldi-stable", "vivaldi", "com.vivaldi.Vivaldi"],
    ),
    (
        BrowserKind::Epiphany,
        &["epiphany-browser", "epiphany", "org.gnome.Epiphany"],
    ),
];

/// macOS: application bundles looked up in the Applications folders.
const MAC_BUNDLES: Table = &[
    (BrowserKind::Chrome, &["Google Chrome.app"]),
    (BrowserKind::Chromium, &["Chromium.app"]),
    (BrowserKind::Firefox, &["Firefox.app"]),
    (BrowserKind::Edge, &["Microsoft Edge.app"]),
    (BrowserKind::Brave, &["Brave Browser.app"]),
    (BrowserKind::Opera, &["Opera.app"]),
    (BrowserKind::Vivaldi, &["Vivaldi.app"]),
    (BrowserKind::Safari, &["Safari.app"]),
];

/// Windows: executables below `%ProgramFiles%`, `%ProgramFiles(x86)%` and `%LocalAppData%`
/// (path segments separated by `/`, joined per segment).
const WINDOWS_EXES: Table = &[
    (
        BrowserKind::Chrome,
        &["Google/Chrome/Application/chrome.exe"],
    ),
    (BrowserKind::Chromium, &["Chromium/Application/chrome.exe"]),
    (BrowserKind::Firefox, &["Mozilla Firefox/firefox.exe"]),
    (
        BrowserKind::Edge,
        &["Microsoft/Edge/Application/msedge.exe"],
    ),
    (
        BrowserKind::Brave,
        &["BraveSoftware/Brave-Browser/Application/brave.exe"],
    ),
    (
        BrowserKind::Opera,
        &["Programs/Opera/opera.exe", "Opera/opera.exe"],
    ),
    (BrowserKind::Vivaldi, &["Vivaldi/Application/vivaldi.exe"]),
];

/// For each kind in `table` (in table order), the first candidate that `accept`s, trying each
/// candidate in every root before moving to the next candidate.
fn find_first(roots: &[PathBuf], table: Table, accept: fn(&Path) -> bool) -> Vec<InstalledBrowser> {
    // Relative roots (an empty PATH entry means "the current folder") are never searched.
    let roots: Vec<&PathBuf> = roots.iter().filter(|r| r.is_absolute()).collect();
    table
        .iter()
        .filter_map(|(kind, candidates)| {
            candidates.iter().find_map(|rel| {
                roots.iter().find_map(|root| {
                    let path = rel.split('/').fold((*root).clone(), |p, seg| p.join(seg));
                    accept(&path).then_some(InstalledBrowser {
                        kind: *kind,
                        program: path,
                    })
                })
            })
        })
        .collect()
}

/// A regular file (after following links) that may be executed.
fn is_executable(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

/// Browsers found as executables in these folders (PATH style, as on Linux and the BSDs).
/// One entry per kind, in [`BrowserKind::ALL`] order; for each kind the first name in the table
/// wins, and for one name the first folder wins.
pub fn detect_in(search_path: &[PathBuf]) -> Vec<InstalledBrowser> {
    find_first(search_path, PATH_NAMES, is_executable)
}

/// Browsers found as `.app` bundles in these folders (macOS style).
pub fn detect_bundles_in(app_dirs: &[PathBuf]) -> Vec<InstalledBrowser> {
    find_first(app_dirs, MAC_BUNDLES, |p| p.is_dir())
}

/// Browsers found at their usual install paths below these folders (Windows style).
pub fn detect_windows_in(roots: &[PathBuf]) -> Vec<InstalledBrowser> {
    find_first(roots, WINDOWS_EXES, |p| p.is_file())
}

/// The browsers installed on this computer, looked up the way this platform installs them.
pub fn detect() -> Vec<InstalledBrowser> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    match Platform::current() {
        Platform::MacOs => {
            let mut dirs = vec![PathBuf::from("/Applications")];
            dirs.extend(home.map(|h| h.join("Applications")));
            dirs.push(PathBuf::from("/System/Applications"));
            detect_bundles_in(&dirs)
        }
        Platform::Windows => {
            let roots: Vec<PathBuf> = ["ProgramFiles", "ProgramFiles(x86)", "LocalAppData"]
                .iter()
                .filter_map(std::env::var_os)
                .map(PathBuf::from)
                .collect();
            detect_windows_in(&roots)
        }
        Platform::Linux => {
            let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
                .map(|p| std::env::split_paths(&p).collect())
                .unwrap_or_default();
            dirs.extend(home.map(|h| h.join(".local/share/flatpak/exports/bin")));
            dirs.push(PathBuf::from("/var/lib/flatpak/exports/bin"));
            detect_in(&dirs)
        }
    }
}

/// How to clear one browser's cache on one platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClearCache {
    /// The keyboard shortcut that opens the clearing dialog (or clears), if there is one.
    pub shortcut: Option<&'static str>,
    /// What to do, one short sentence per step, in order: the messages' ids (in
    /// `assets/i18n/<lang>/help.ftl`; a `$keys` in them is the shortcut).
    pub steps: &'static [&'static str],
}

const CHROMIUM_STEPS: &[&str] = &[
    "cache-chromium-open",
    "cache-chromium-range",
    "cache-chromium-tick",
    "cache-chromium-confirm",
];

const FIREFOX_STEPS: &[&str] = &[
    "cache-firefox-open",
    "cache-firefox-range",
    "cache-firefox-tick",
    "cache-firefox-confirm",
];

const CHROMIUM_FAMILY_PC: ClearCache = ClearCache {
    shortcut: Some("Ctrl+Shift+Delete"),
    steps: CHROMIUM_STEPS,
};

const CHROMIUM_FAMILY_MAC: ClearCache = ClearCache {
    shortcut: Some("Cmd+Shift+Delete"),
    steps: CHROMIUM_STEPS,
};

const FIREFOX_PC: ClearCache = ClearCache {
    shortcut: Some("Ctrl+Shift+Delete"),
    steps: FIREFOX_STEPS,
};

const FIREFOX_MAC: ClearCache = ClearCache {
    shortcut: Some("Cmd+Shift+Delete"),
    steps: FIREFOX_STEPS,
};

const SAFARI: ClearCache = ClearCache {
    shortcut: Some("Option+Cmd+E"),
    steps: &[
        "cache-safari-develop",
        "cache-safari-empty",
        "cache-safari-reload",
    ],
};

const EPIPHANY: ClearCache = ClearCache {
    shortcut: None,
    steps: &[
        "cache-epiphany-menu",
        "cache-epiphany-privacy",
        "cache-epiphany-tick",
        "cache-epiphany-reload",
    ],
};

/// How to clear `kind`'s cache on `platform`. Safari exists only on macOS and GNOME Web only on
/// Linux, so they get those instructions whatever the platform.
pub fn clear_cache(kind: BrowserKind, platform: Platform) -> ClearCache {
    let mac = platform == Platform::MacOs;
    match kind {
        BrowserKind::Safari => SAFARI,
        BrowserKind::Epiphany => EPIPHANY,
        BrowserKind::Firefox if mac => FIREFOX_MAC,
        BrowserKind::Firefox => FIREFOX_PC,
        _ if mac => CHROMIUM_FAMILY_MAC,
        _ => CHROMIUM_FAMILY_PC,
    }
}

/// How to save a browser recording (HAR) of the page in `kind`, in one line (the current
/// language).
pub fn save_har(kind: BrowserKind) -> String {
    crate::i18n::tr(
        match kind {
            BrowserKind::Chrome
            | BrowserKind::Chromium
            | BrowserKind::Edge
            | BrowserKind::Brave
            | BrowserKind::Opera
            | BrowserKind::Vivaldi => "har-chromium",
            BrowserKind::Firefox => "har-firefox",
            BrowserKind::Safari => "har-safari",
            BrowserKind::Epiphany => "har-epiphany",
        },
        &[],
    )
}

/// The steps of [`clear_cache`], in the current language.
pub fn clear_cache_steps(kind: BrowserKind, platform: Platform) -> Vec<String> {
    let how = clear_cache(kind, platform);
    // The keys as this language's keyboards label them (Strg, Entf ...).
    let keys = crate::i18n::tr(
        if platform == Platform::MacOs {
            "keys-clear-mac"
        } else {
            "keys-clear-pc"
        },
        &[],
    );
    how.steps
        .iter()
        .map(|id| {
            crate::i18n::tr(
                id,
                &[("keys", crate::i18n::FluentValue::from(keys.as_str()))],
            )
        })
        .collect()
}

/// The keys for a reload that bypasses the browser's cache.
pub fn hard_reload_shortcut(platform: Platform) -> String {
    match platform {
        Platform::MacOs => crate::t!("reload-keys-mac"),
        Platform::Linux | Platform::Windows => crate::t!("reload-keys-pc"),
    }
}

/// The command that opens `url` in `browser`: `open -a <bundle> <url>` on macOS, otherwise the
/// browser's program with the URL as its only argument. No shell is involved.
pub fn open_command(browser: &InstalledBrowser, url: &str, platform: Platform) -> Command {
    match platform {
        Platform::MacOs => {
            let mut cmd = Command::new("open");
            cmd.arg("-a").arg(&browser.program).arg(url);
            cmd
        }
        Platform::Linux | Platform::Windows => {
            let mut cmd = Command::new(&browser.program);
            cmd.arg(url);
            cmd
        }
    }
}

/// Open `url` in `browser` and return at once. The browser runs detached (own process group on
/// unix, no inherited stdin/stdout/stderr); a background thread reaps it when it exits. Only
/// `http://` and `https://` URLs are accepted, so a URL can never be mistaken for an option.
pub fn open_in(browser: &InstalledBrowser, url: &str) -> Result<(), BrowserError> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(BrowserError::BadUrl { url: url.into() });
    }
    let mut cmd = open_command(browser, url, Platform::current());
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd.spawn().map_err(|source| BrowserError::Spawn {
        kind: browser.kind,
        program: browser.program.clone(),
        source,
    })?;
    // Dropping a Child does not reap it; wait off-thread so no zombie is left behind.
    let _ = std::thread::Builder::new()
        .name("browser-reaper".into())
        .spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests;
