//! Every check (from `check`, `watch` and the app) stored per site in an embedded SQLite
//! database, so "failing since 14:02 (23 min)" and "17 of 20 checks failed" can be answered
//! later, and exported as CSV.
//!
//! Why it is built this way:
//! - One file, `history.sqlite`, in the platform's data directory
//!   (`directories::ProjectDirs::from("org", "Gateway Doctor", "gateway-doctor")`, e.g.
//!   `~/.local/share/gateway-doctor/` on Linux); `GATEWAY_DOCTOR_DATA_DIR`, when set and not
//!   empty, replaces that directory (portable installs and tests), as `GATEWAY_DOCTOR_CONFIG_DIR`
//!   does for settings.
//! - The schema version lives in `PRAGMA user_version`; [`MIGRATIONS`] are applied in order in
//!   one immediate transaction, so two processes opening a new file at once migrate it once.
//! - WAL journal and a busy timeout: the CLI and the app can write at the same time.
//! - A file that is not a database (or fails SQLite's quick check) is renamed to
//!   `history.sqlite.corrupt-<unix-seconds>` and a fresh database is started, with one plain
//!   sentence in [`Opened::notice`]. Nothing here panics; errors name the file.
//! - Only redacted URLs and host names are stored (see [`CheckRecord`]).

mod record;
mod summary;
#[cfg(test)]
mod tests;

pub use record::{CheckRecord, Source, from_ms, site_key};
pub use summary::{
    CSV_COLUMNS, SiteSummary, clock, clock_seconds, date_clock, span, summarize, to_csv,
};

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The environment variable that overrides the data directory.
pub const DATA_DIR_ENV: &str = "GATEWAY_DOCTOR_DATA_DIR";
/// The database file name inside the data directory.
pub const FILE_NAME: &str = "history.sqlite";
/// How long a writer waits for another one (CLI and app at once) before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The schema, one step per version: `MIGRATIONS[0]` takes a database from version 0 (empty) to
/// 1, and so on. Never edit a released step; append a new one.
pub const MIGRATIONS: &[&str] = &[
    // 1: the checks table.
    "CREATE TABLE checks (
        id INTEGER PRIMARY KEY,
        site TEXT NOT NULL,
        url TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        source TEXT NOT NULL,
        status INTEGER,
        failure TEXT,
        verdict TEXT NOT NULL,
        cause TEXT NOT NULL,
        culprit TEXT NOT NULL,
        responder TEXT NOT NULL,
        total_ms REAL
    );
    CREATE INDEX checks_site_time ON checks(site, at_ms);",
];

/// The schema version this build writes.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error(
        "no folder for the history: this system has no home directory; set {DATA_DIR_ENV} to a folder"
    )]
    NoDataDir,
    #[error("cannot create the history folder {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("history database {path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "history database {path} was written by a newer Gateway Doctor (schema version {found}; this one knows up to {known}); it was left as it is"
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("history database {path} is damaged and could not be moved aside: {source}")]
    MoveAside {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The history database, open.
pub struct History {
    conn: Connection,
    path: PathBuf,
}

/// What [`History::open`] found.
pub struct Opened {
    pub history: History,
    /// Set when a damaged file was moved aside: one sentence for the user.
    pub notice: Option<String>,
}

/// The history file: `$GATEWAY_DOCTOR_DATA_DIR/history.sqlite` when that variable is set and not
/// empty, else the platform's data directory.
pub fn default_path() -> Result<PathBuf, HistoryError> {
    path_from(std::env::var_os(DATA_DIR_ENV))
}

fn path_from(dir: Option<OsString>) -> Result<PathBuf, HistoryError> {
    if let Some(d) = dir.filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d).join(FILE_NAME));
    }
    directories::ProjectDirs::from("org", "Gateway Doctor", "gateway-doctor")
        .map(|dirs| dirs.data_dir().join(FILE_NAME))
        .ok_or(HistoryError::NoDataDir)
}

impl History {
    /// Open (creating and migrating) the history at [`default_path`].
    pub fn open_default() -> Result<Opened, HistoryError> {
        History::open(&default_path()?)
    }

    /// Open (creating and migrating) the history at `path`. A damaged file is moved aside and a
    /// fresh one started (see [`Opened::notice`]).
    pub fn open(path: &Path) -> Result<Opened, HistoryError> {
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|source| HistoryError::CreateDir {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        match History::open_checked(path) {
            Ok(history) => Ok(Opened {
                history,
                notice: None,
            }),
            Err(Damage::Fatal(e)) => Err(e),
            Err(Damage::Damaged(why)) => {
                let backup =
                    crate::store::move_aside(path, &["-wal", "-shm"]).map_err(|source| {
                        HistoryError::MoveAside {
                            path: path.to_path_buf(),
                            source,
                        }
                    })?;
                let history = History::open_checked(path).map_err(|d| match d {
                    Damage::Fatal(e) => e,
                    Damage::Damaged(why) => sqlite_error(path, why),
                })?;
                let notice = format!(
                    "The check history {} was damaged ({}); it was kept as {} and a new, empty \
                     history was started.",
                    path.display(),
                    damage_words(&why),
                    backup.display()
                );
                Ok(Opened {
                    history,
                    notice: Some(notice),
                })
            }
        }
    }

    fn open_checked(path: &Path) -> Result<History, Damage> {
        let fatal = |e| Damage::classify(path, e);
        let conn = Connection::open(path).map_err(fatal)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(fatal)?;
        // Reading the header is where "file is not a database" shows up.
        let check: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(fatal)?;
        if check != "ok" {
            return Err(Damage::Damaged(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(check),
            )));
        }
        // Switching to WAL needs a moment alone with the file and SQLite answers "busy" at once
        // instead of waiting: when several processes open a new file together, ask again
        // (bounded by the same busy timeout).
        let started = std::time::Instant::now();
        loop {
            match conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0)) {
                Ok(_) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && started.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(e) => return Err(fatal(e)),
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(fatal)?;
        let mut history = History {
            conn,
            path: path.to_path_buf(),
        };
        history.migrate().map_err(|e| match e {
            HistoryError::Sqlite { source, .. } => Damage::classify(path, source),
            other => Damage::Fatal(other),
        })?;
        Ok(history)
    }

    /// Apply the missing migrations in one immediate transaction (re-reading the version inside
    /// it, so a second process that raced us finds nothing to do).
    fn migrate(&mut self) -> Result<(), HistoryError> {
        let path = self.path.clone();
        let err = |source| HistoryError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        let found: u32 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(err)?;
        let known = schema_version();
        if found > known {
            return Err(HistoryError::TooNew {
                path: path.clone(),
                found,
                known,
            });
        }
        for (i, step) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            tx.execute_batch(step).map_err(err)?;
            tx.pragma_update(None, "user_version", (i + 1) as u32)
                .map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, source: rusqlite::Error) -> HistoryError {
        sqlite_error(&self.path, source)
    }

    /// Store one check.
    pub fn record(&self, c: &CheckRecord) -> Result<(), HistoryError> {
        self.conn
            .execute(
                "INSERT INTO checks (site, url, at_ms, source, status, failure, verdict, cause,
                                     culprit, responder, total_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    c.site,
                    c.url,
                    c.at_ms,
                    c.source.as_str(),
                    c.status,
                    c.failure,
                    c.verdict,
                    c.cause,
                    c.culprit,
                    c.responder,
                    c.total_ms
                ],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// The sites with stored checks, the most recently checked first.
    pub fn sites(&self) -> Result<Vec<String>, HistoryError> {
        let mut stmt = self
            .conn
            .prepare("SELECT site FROM checks GROUP BY site ORDER BY MAX(at_ms) DESC, site")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// The newest `limit` checks of `site` (compared ignoring ASCII case), oldest first.
    pub fn checks(&self, site: &str, limit: usize) -> Result<Vec<CheckRecord>, HistoryError> {
        self.query(
            "SELECT * FROM (SELECT site, url, at_ms, source, status, failure, verdict, cause,
                    culprit, responder, total_ms, id FROM checks WHERE site = ?1 COLLATE NOCASE
                    ORDER BY at_ms DESC, id DESC LIMIT ?2) ORDER BY at_ms, id",
            params![site.trim(), limit.min(i64::MAX as usize) as i64],
        )
    }

    /// Every stored check of every site, oldest first (for the CSV export).
    pub fn all_checks(&self) -> Result<Vec<CheckRecord>, HistoryError> {
        self.query(
            "SELECT site, url, at_ms, source, status, failure, verdict, cause, culprit,
                    responder, total_ms FROM checks ORDER BY at_ms, id",
            [],
        )
    }

    fn query(
        &self,
        sql: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<CheckRecord>, HistoryError> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(args, |r| {
                Ok(CheckRecord {
                    site: r.get(0)?,
                    url: r.get(1)?,
                    at_ms: r.get(2)?,
                    source: Source::parse(&r.get::<_, String>(3)?),
                    status: r.get(4)?,
                    failure: r.get(5)?,
                    verdict: r.get(6)?,
                    cause: r.get(7)?,
                    culprit: r.get(8)?,
                    responder: r.get(9)?,
                    total_ms: r.get(10)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// The summary of `site`'s newest `limit` checks.
    pub fn summary(&self, site: &str, limit: usize) -> Result<SiteSummary, HistoryError> {
        Ok(summarize(site, &self.checks(site, limit)?))
    }

    /// The stored schema version (for tests and `history --info`).
    pub fn stored_version(&self) -> Result<u32, HistoryError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .optional()
            .map(|v| v.unwrap_or(0))
            .map_err(|e| self.err(e))
    }
}

fn sqlite_error(path: &Path, source: rusqlite::Error) -> HistoryError {
    HistoryError::Sqlite {
        path: path.to_path_buf(),
        source,
    }
}

/// Whether an open failed because the file is damaged (move it aside) or for another reason
/// (permissions, a full disk, a newer schema: leave the file alone).
enum Damage {
    Damaged(rusqlite::Error),
    Fatal(HistoryError),
}

impl Damage {
    fn classify(path: &Path, e: rusqlite::Error) -> Damage {
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Damage::Damaged(e),
            _ => Damage::Fatal(sqlite_error(path, e)),
        }
    }
}

fn damage_words(e: &rusqlite::Error) -> &'static str {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => "it is not a database",
        _ => "the database is corrupt",
    }
}

/// The history lines for a support report about `evidence`'s site: its state and failure count
/// over the newest 20 checks; nothing when fewer than two checks are stored or on any error.
pub fn report_lines(history: &History, evidence: &crate::evidence::Evidence) -> Vec<String> {
    let t = &evidence.target;
    let site = site_key(&t.host, t.port, t.scheme.as_str());
    match history.summary(&site, 20) {
        Ok(s) if s.checks >= 2 => {
            let now = (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64;
            vec![s.state_line(now), s.failures_line()]
        }
        _ => Vec::new(),
    }
}
