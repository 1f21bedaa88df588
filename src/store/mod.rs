//! The app's settings (recent sites, mode, window size, ...) kept as pretty-printed JSON in the
//! platform's config directory, so the desktop app remembers them between runs.
//!
//! Why it is built this way:
//! - Writes are atomic (temporary file in the same directory, fsync, rename), so a crash or a full
//!   disk never leaves half a settings file behind. [`write_atomically`] is shared with the CLI's
//!   `--output` report writer.
//! - A settings file that cannot be read or parsed never stops the app: it is moved aside to
//!   `settings.json.corrupt-<unix-seconds>` (kept for the user, never overwritten) and the app starts
//!   with defaults, with one plain sentence ([`LoadOutcome::notice`]) saying what happened.
//! - Loaded values are sanitized (a timeout of 0 or a window of 1e9 pixels would only hurt).
//! - Recent sites are stored as the caller gives them; the caller passes redacted URLs only
//!   (no credentials or query tokens on disk).
//!
//! Location: `directories::ProjectDirs::from("org", "Gateway Doctor", "gateway-doctor")` config dir,
//! file `settings.json` (e.g. `~/.config/gateway-doctor/settings.json` on Linux). The environment
//! variable `GATEWAY_DOCTOR_CONFIG_DIR`, when set and not empty, replaces that directory (used for
//! portable installs and tests): the file is then `$GATEWAY_DOCTOR_CONFIG_DIR/settings.json`.

use crate::evidence::Mode;
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// How many recent sites are remembered.
pub const MAX_RECENT: usize = 8;
/// The settings file format version written by this build.
pub const SCHEMA: u32 = 1;
/// The environment variable that overrides the config directory.
pub const CONFIG_DIR_ENV: &str = "GATEWAY_DOCTOR_CONFIG_DIR";
/// The file name inside the config directory.
pub const FILE_NAME: &str = "settings.json";

const DEFAULT_TIMEOUT_SECS: f64 = 10.0;
const TIMEOUT_RANGE: std::ops::RangeInclusive<f64> = 1.0..=600.0;
/// Window sizes outside this range (in points) are not restored.
const WINDOW_RANGE: std::ops::RangeInclusive<f32> = 100.0..=20_000.0;

/// Everything the app remembers between runs. Missing fields take their defaults, unknown fields
/// are ignored, so older and newer files both load.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Settings {
    /// File format version (currently 1).
    pub schema: u32,
    /// Recent sites, newest first, already redacted by the caller.
    pub recent: Vec<String>,
    /// Visitor or owner mode.
    pub mode: Mode,
    /// Guided (step by step) view.
    pub guided: bool,
    /// The last window size, if known.
    pub window: Option<WindowSettings>,
    /// Whether reports include the full URL (path and query) rather than the redacted one.
    pub include_full_url: bool,
    /// Per-probe timeout in seconds (1 to 600).
    pub timeout_secs: f64,
    /// "Down for everyone?": the Globalping API to ask (default: the public one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub globalping_url: Option<String>,
    /// Providers' status pages asked at another endpoint (provider id -> URL), as
    /// `--status-url` does.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub status_urls: std::collections::BTreeMap<String, String>,
    /// The language chosen in the app (`de`, `pt-BR` ...); none: the system's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// The window's inner size in points.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct WindowSettings {
    pub width: f32,
    pub height: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            schema: SCHEMA,
            recent: Vec::new(),
            mode: Mode::default(),
            guided: true,
            window: None,
            include_full_url: false,
            timeout_secs: DEFAULT_TIMEOUT_SECS,
            globalping_url: None,
            status_urls: std::collections::BTreeMap::new(),
            language: None,
        }
    }
}

impl Settings {
    /// Put `site` at the front of the recent list (moving it if already there), keeping at most
    /// [`MAX_RECENT`] entries. Sites are compared ignoring ASCII case and surrounding whitespace;
    /// empty strings are ignored.
    pub fn remember(&mut self, site: &str) {
        let site = site.trim();
        if site.is_empty() {
            return;
        }
        self.recent.retain(|s| !s.trim().eq_ignore_ascii_case(site));
        self.recent.insert(0, site.to_owned());
        self.recent.truncate(MAX_RECENT);
    }

    /// Replace values that make no sense (from a hand-edited or damaged file) with safe ones.
    fn sanitize(&mut self) {
        if !(self.timeout_secs.is_finite() && TIMEOUT_RANGE.contains(&self.timeout_secs)) {
            self.timeout_secs = DEFAULT_TIMEOUT_SECS;
        }
        if let Some(w) = self.window {
            let ok = |v: f32| v.is_finite() && WINDOW_RANGE.contains(&v);
            if !(ok(w.width) && ok(w.height)) {
                self.window = None;
            }
        }
        // Rebuild the list through `remember` (oldest first) to trim, dedup and cap it.
        let recent = std::mem::take(&mut self.recent);
        for site in recent.iter().rev() {
            self.remember(site);
        }
        self.schema = SCHEMA;
    }
}

/// What [`Store::load`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadOutcome {
    /// The settings to use (defaults if the file was missing or damaged).
    pub settings: Settings,
    /// One plain sentence for the user when the file was damaged, naming it and its backup.
    pub notice: Option<String>,
}

/// Why settings could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the settings folder {}: {source}", path.display())]
    CreateDir { path: PathBuf, source: io::Error },
    #[error("cannot write the settings file {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("cannot encode the settings for {}: {source}", path.display())]
    Encode {
        path: PathBuf,
        source: serde_json::Error,
    },
}

impl StoreError {
    /// The message in the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        let (key, path, error) = match self {
            StoreError::CreateDir { path, source } => {
                ("srv-store-error-create-dir", path, source.to_string())
            }
            StoreError::Write { path, source } => {
                ("srv-store-error-write", path, source.to_string())
            }
            StoreError::Encode { path, source } => {
                ("srv-store-error-encode", path, source.to_string())
            }
        };
        crate::i18n::tr(
            key,
            &[
                (
                    "path",
                    crate::i18n::FluentValue::from(path.display().to_string()),
                ),
                ("error", crate::i18n::FluentValue::from(error)),
            ],
        )
    }
}

/// Where the settings live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    path: PathBuf,
}

impl Store {
    /// A store using exactly this settings file.
    pub fn at(path: impl Into<PathBuf>) -> Store {
        Store { path: path.into() }
    }

    /// `settings.json` in the platform's config directory; `None` if the platform has none
    /// (no home directory).
    pub fn default_location() -> Option<Store> {
        directories::ProjectDirs::from("org", "Gateway Doctor", "gateway-doctor")
            .map(|dirs| Store::at(dirs.config_dir().join(FILE_NAME)))
    }

    /// `$GATEWAY_DOCTOR_CONFIG_DIR/settings.json` if that variable is set and not empty,
    /// else [`Store::default_location`].
    pub fn from_env_or_default() -> Option<Store> {
        Self::from_override(std::env::var_os(CONFIG_DIR_ENV)).or_else(Self::default_location)
    }

    fn from_override(dir: Option<OsString>) -> Option<Store> {
        dir.filter(|d| !d.is_empty())
            .map(|d| Store::at(PathBuf::from(d).join(FILE_NAME)))
    }

    /// The settings file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read the settings. Never fails: a missing file gives defaults silently; a damaged one
    /// (unreadable, not UTF-8, invalid JSON, wrong types, a folder) gives defaults, is moved aside
    /// and is described in [`LoadOutcome::notice`].
    pub fn load(&self) -> LoadOutcome {
        let problem = match fs::read(&self.path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return LoadOutcome {
                    settings: Settings::default(),
                    notice: None,
                };
            }
            Err(_) if self.path.is_dir() => crate::t!("srv-store-problem-folder"),
            Err(e) => crate::t!("srv-store-problem-open", error = e.to_string()),
            Ok(bytes) => match parse(&bytes) {
                Ok(mut settings) => {
                    settings.sanitize();
                    return LoadOutcome {
                        settings,
                        notice: None,
                    };
                }
                Err(reason) => reason,
            },
        };
        let file = self.path.display().to_string();
        let notice = match move_aside(&self.path, &[]) {
            Ok(backup) => crate::t!(
                "srv-store-notice-kept",
                file = file,
                problem = problem,
                backup = backup.display().to_string()
            ),
            Err(e) => crate::t!(
                "srv-store-notice-not-moved",
                file = file,
                problem = problem,
                error = e.to_string()
            ),
        };
        LoadOutcome {
            settings: Settings::default(),
            notice: Some(notice),
        }
    }

    /// Write the settings (pretty JSON), creating the folder if needed. Atomic: readers see the
    /// old file or the new one, never a mix.
    pub fn save(&self, settings: &Settings) -> Result<(), StoreError> {
        let mut bytes =
            serde_json::to_vec_pretty(settings).map_err(|source| StoreError::Encode {
                path: self.path.clone(),
                source,
            })?;
        bytes.push(b'\n');
        if let Some(dir) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.to_owned(),
                source,
            })?;
        }
        write_atomically(&self.path, &bytes).map_err(|source| StoreError::Write {
            path: self.path.clone(),
            source,
        })
    }
}

/// Parse settings, describing a failure in words for the notice.
fn parse(bytes: &[u8]) -> Result<Settings, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| crate::t!("srv-store-problem-not-utf8", byte = e.valid_up_to()))?;
    // First the syntax, then the shape: "[]" would otherwise pass as a struct.
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| crate::t!("srv-store-problem-json", error = e.to_string()))?;
    if !value.is_object() {
        return Err(crate::t!("srv-store-problem-not-object"));
    }
    serde_json::from_str(text)
        .map_err(|e| crate::t!("srv-store-problem-value", error = e.to_string()))
}

/// Write `bytes` to `path` atomically: a new temporary file in the same directory is written,
/// flushed to disk and renamed over `path`, so a crash never leaves a half-written file. The
/// temporary file is removed on failure. The directory must exist.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let tmp = dir.join(format!(
        ".{name}.tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)
    })();
    match result {
        Ok(()) => {
            // Make the rename itself durable; not every platform can open a directory.
            #[cfg(unix)]
            if let Ok(d) = fs::File::open(dir) {
                let _ = d.sync_all();
            }
            Ok(())
        }
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Rename a damaged file to `<name>.corrupt-<unix-seconds>` (with `-2`, `-3`, ... if that name is
/// taken, so an older backup is never overwritten), and its `companions` (suffixes such as SQLite's
/// `-wal`, `-shm`) with it. Shared by the settings store and the check history.
pub(crate) fn move_aside(path: &Path, companions: &[&str]) -> io::Result<PathBuf> {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut base = path.as_os_str().to_owned();
    base.push(format!(".corrupt-{secs}"));
    for n in 1..100u32 {
        let mut candidate = base.clone();
        if n > 1 {
            candidate.push(format!("-{n}"));
        }
        let candidate = PathBuf::from(candidate);
        if fs::symlink_metadata(&candidate).is_err() {
            fs::rename(path, &candidate)?;
            for suffix in companions {
                let mut side = path.as_os_str().to_owned();
                side.push(suffix);
                let mut dest = candidate.as_os_str().to_owned();
                dest.push(suffix);
                let _ = fs::rename(PathBuf::from(side), PathBuf::from(dest));
            }
            return Ok(candidate);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        crate::t!("srv-store-too-many-backups"),
    ))
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
