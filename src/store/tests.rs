//! Tests for the settings store: real files in temporary directories.

use super::*;
use std::collections::BTreeSet;

fn sample() -> Settings {
    Settings {
        schema: SCHEMA,
        recent: vec!["https://shop.example.com/".into(), "example.org".into()],
        mode: Mode::Owner,
        guided: false,
        window: Some(WindowSettings {
            width: 1024.0,
            height: 700.5,
        }),
        include_full_url: true,
        timeout_secs: 25.5,
        globalping_url: Some("http://127.0.0.1:9/".into()),
        status_urls: [(
            "cloudflare".to_string(),
            "http://127.0.0.1:9/summary.json".to_string(),
        )]
        .into_iter()
        .collect(),
        language: Some("de".into()),
    }
}

/// Names of all entries in `dir`.
fn entries(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .expect("read temp dir")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

/// The single `settings.json.corrupt-*` backup in `dir`.
fn backup_in(dir: &Path) -> PathBuf {
    let backups: Vec<String> = entries(dir)
        .into_iter()
        .filter(|n| n.starts_with("settings.json.corrupt-"))
        .collect();
    assert_eq!(backups.len(), 1, "expected one backup, found {backups:?}");
    dir.join(&backups[0])
}

/// Write `bytes` as the settings file, load, and check the damaged-file path end to end.
fn assert_treated_as_corrupt(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().join(FILE_NAME));
    fs::write(store.path(), bytes).expect("write");
    let out = store.load();
    assert_eq!(out.settings, Settings::default());
    let notice = out.notice.expect("a notice for a damaged file");
    let backup = backup_in(dir.path());
    assert_eq!(fs::read(&backup).expect("read backup"), bytes);
    assert!(!store.path().exists(), "the damaged file was moved aside");
    assert!(
        notice.contains(&store.path().display().to_string()),
        "{notice}"
    );
    assert!(notice.contains(&backup.display().to_string()), "{notice}");
    assert!(notice.contains("default settings"), "{notice}");
    // The next save writes a good file, and the backup is left alone.
    store.save(&sample()).expect("save after corruption");
    assert_eq!(
        store.load(),
        LoadOutcome {
            settings: sample(),
            notice: None
        }
    );
    assert_eq!(fs::read(&backup).expect("read backup"), bytes);
    notice
}

#[test]
fn round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().join(FILE_NAME));
    store.save(&sample()).expect("save");
    let out = store.load();
    assert_eq!(out.notice, None);
    assert_eq!(out.settings, sample());
    let text = fs::read_to_string(store.path()).expect("read");
    assert!(
        text.contains("\n  \"mode\": \"owner\""),
        "pretty JSON: {text}"
    );
}

#[test]
fn missing_file_gives_defaults_without_notice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = Store::at(dir.path().join("nope").join(FILE_NAME)).load();
    assert_eq!(out.notice, None);
    assert_eq!(out.settings, Settings::default());
    assert!(out.settings.guided);
    assert_eq!(out.settings.mode, Mode::Visitor);
    assert_eq!(out.settings.timeout_secs, 10.0);
    assert!(!out.settings.include_full_url);
}

#[test]
fn missing_fields_take_defaults_and_unknown_fields_are_ignored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().join(FILE_NAME));
    fs::write(store.path(), r#"{"mode": "owner", "future_field": [1, 2]}"#).expect("write");
    let out = store.load();
    assert_eq!(out.notice, None);
    assert_eq!(out.settings.mode, Mode::Owner);
    assert!(out.settings.guided);
    assert_eq!(out.settings.timeout_secs, 10.0);
}

#[test]
fn invalid_json_is_moved_aside() {
    let notice = assert_treated_as_corrupt(b"{\n  \"guided\": true,\n  \"mode\": \n");
    assert!(notice.contains("invalid JSON"), "{notice}");
    assert!(notice.contains("line"), "{notice}");
}

#[test]
fn wrong_typed_field_is_corrupt() {
    let notice = assert_treated_as_corrupt(b"{\"recent\": 5}");
    assert!(notice.contains("invalid type"), "{notice}");
}

#[test]
fn unknown_mode_and_non_object_are_corrupt() {
    assert_treated_as_corrupt(b"{\"mode\": \"admin\"}");
    let notice = assert_treated_as_corrupt(b"[]");
    assert!(notice.contains("JSON object"), "{notice}");
}

#[test]
fn binary_garbage_is_corrupt() {
    let notice = assert_treated_as_corrupt(&[0xff, 0xfe, 0x00, 0x9c, 0x42, 0x80]);
    assert!(notice.contains("UTF-8"), "{notice}");
}

#[test]
fn directory_in_place_of_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().join(FILE_NAME));
    fs::create_dir(store.path()).expect("mkdir");
    fs::write(store.path().join("inner"), b"x").expect("write inner");
    let out = store.load();
    assert_eq!(out.settings, Settings::default());
    let notice = out.notice.expect("notice");
    assert!(notice.contains("folder"), "{notice}");
    // The folder was moved aside with its content, so saving works again.
    let backup = backup_in(dir.path());
    assert_eq!(fs::read(backup.join("inner")).expect("inner kept"), b"x");
    store.save(&sample()).expect("save");
    assert_eq!(store.load().settings, sample());
}

#[test]
fn second_corruption_in_the_same_second_keeps_both_backups() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().join(FILE_NAME));
    fs::write(store.path(), b"first").expect("write");
    assert!(store.load().notice.is_some());
    fs::write(store.path(), b"second").expect("write");
    assert!(store.load().notice.is_some());
    let mut contents: Vec<Vec<u8>> = entries(dir.path())
        .into_iter()
        .filter(|n| n.starts_with("settings.json.corrupt-"))
        .map(|n| fs::read(dir.path().join(n)).expect("read backup"))
        .collect();
    contents.sort();
    assert_eq!(contents, vec![b"first".to_vec(), b"second".to_vec()]);
}

#[cfg(unix)]
#[test]
fn unreadable_file_gives_defaults_or_is_read_as_root() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().join(FILE_NAME));
    store.save(&sample()).expect("save");
    fs::set_permissions(store.path(), fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root (as in CI containers) can read a mode-000 file; everyone else cannot.
    let readable = fs::read(store.path()).is_ok();
    let out = store.load();
    if readable {
        assert_eq!(
            out,
            LoadOutcome {
                settings: sample(),
                notice: None
            }
        );
    } else {
        assert_eq!(out.settings, Settings::default());
        let notice = out.notice.expect("notice");
        assert!(notice.contains("could not be opened"), "{notice}");
        let backup = backup_in(dir.path());
        fs::set_permissions(&backup, fs::Permissions::from_mode(0o600)).expect("chmod");
        assert_eq!(store.load().notice, None);
    }
    store.save(&Settings::default()).expect("save over it");
    assert_eq!(store.load().settings, Settings::default());
}

#[test]
fn sanitizes_loaded_values() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().join(FILE_NAME));
    let recent: Vec<String> = (0..12).map(|i| format!("site{i}.example")).collect();
    let json = serde_json::json!({
        "timeout_secs": 0.0,
        "window": {"width": 1e30, "height": 600.0},
        "recent": recent,
    });
    fs::write(store.path(), json.to_string()).expect("write");
    let out = store.load();
    assert_eq!(out.notice, None);
    assert_eq!(out.settings.timeout_secs, 10.0);
    assert_eq!(out.settings.window, None);
    assert_eq!(out.settings.recent, recent[..MAX_RECENT].to_vec());

    fs::write(
        store.path(),
        r#"{"timeout_secs": 601, "window": {"width": 800, "height": 600},
            "recent": ["  a.example ", "", "A.example", "b.example"]}"#,
    )
    .expect("write");
    let s = store.load().settings;
    assert_eq!(s.timeout_secs, 10.0);
    assert_eq!(
        s.window,
        Some(WindowSettings {
            width: 800.0,
            height: 600.0
        })
    );
    assert_eq!(s.recent, vec!["a.example", "b.example"]);
}

#[test]
fn remember_orders_dedups_and_caps() {
    let mut s = Settings::default();
    s.remember("a.example");
    s.remember("b.example");
    s.remember("");
    s.remember("   ");
    assert_eq!(s.recent, vec!["b.example", "a.example"]);
    s.remember("A.Example");
    assert_eq!(s.recent, vec!["A.Example", "b.example"]);
    for i in 0..20 {
        s.remember(&format!("s{i}.example"));
    }
    assert_eq!(s.recent.len(), MAX_RECENT);
    assert_eq!(s.recent[0], "s19.example");
    assert_eq!(s.recent[MAX_RECENT - 1], "s12.example");
    s.remember("s15.example");
    assert_eq!(s.recent.len(), MAX_RECENT);
    assert_eq!(s.recent[0], "s15.example");
    assert_eq!(s.recent.iter().filter(|r| *r == "s15.example").count(), 1);
}

#[test]
fn save_creates_missing_folders_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = dir.path().join("a").join("b");
    let store = Store::at(conf.join(FILE_NAME));
    store.save(&sample()).expect("first save");
    let mut changed = sample();
    changed.remember("new.example");
    store.save(&changed).expect("second save");
    assert_eq!(entries(&conf), BTreeSet::from([FILE_NAME.to_owned()]));
    assert_eq!(store.load().settings, changed);
}

#[test]
fn save_names_the_path_when_it_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let blocker = dir.path().join("blocker");
    fs::write(&blocker, b"a file, not a folder").expect("write");
    let store = Store::at(blocker.join(FILE_NAME));
    let err = store.save(&sample()).expect_err("parent is a file");
    assert!(matches!(err, StoreError::CreateDir { .. }), "{err:?}");
    assert!(err.to_string().contains("blocker"), "{err}");
}

#[test]
fn write_atomically_replaces_content_and_cleans_up_on_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("report.md");
    write_atomically(&path, b"one").expect("write");
    write_atomically(&path, b"two").expect("overwrite");
    assert_eq!(fs::read(&path).expect("read"), b"two");
    // Renaming a file over a non-empty folder fails; the temp file must not stay behind.
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).expect("mkdir");
    fs::write(folder.join("x"), b"x").expect("write");
    assert!(write_atomically(&folder, b"three").is_err());
    assert_eq!(
        entries(dir.path()),
        BTreeSet::from(["report.md".to_owned(), "folder".to_owned()])
    );
}

#[test]
fn env_override_and_default_location() {
    let store = Store::from_override(Some(OsString::from("/tmp/gd-conf"))).expect("override");
    assert_eq!(store.path(), Path::new("/tmp/gd-conf/settings.json"));
    assert_eq!(Store::from_override(Some(OsString::new())), None);
    assert_eq!(Store::from_override(None), None);
    if let Some(store) = Store::default_location() {
        assert!(store.path().ends_with(FILE_NAME));
        let text = store.path().display().to_string().to_lowercase();
        assert!(text.contains("gateway"), "{text}");
    }
}
