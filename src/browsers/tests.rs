//! Tests for browser detection, instructions and launching, with fake browsers in temp folders.

use super::*;
use std::fs;
use std::time::{Duration, Instant};

/// Create an executable `#!/bin/sh` script (mode 0755) or a plain file (mode 0644).
#[cfg(unix)]
fn make_file(dir: &Path, name: &str, body: &str, executable: bool) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write script");
    let mode = if executable { 0o755 } else { 0o644 };
    fs::set_permissions(&path, fs::Permissions::from_mode(mode)).expect("chmod");
    path
}

fn kinds(found: &[InstalledBrowser]) -> Vec<BrowserKind> {
    found.iter().map(|b| b.kind).collect()
}

#[cfg(unix)]
#[test]
fn detect_in_finds_executables_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    make_file(dir.path(), "firefox", "exit 0", true);
    make_file(dir.path(), "google-chrome-stable", "exit 0", true);
    make_file(dir.path(), "vivaldi", "exit 0", false); // not executable
    fs::create_dir(dir.path().join("chromium")).expect("mkdir"); // a folder, not a program
    make_file(dir.path(), "epiphany", "exit 0", true);
    let found = detect_in(&[dir.path().to_path_buf()]);
    assert_eq!(
        kinds(&found),
        vec![
            BrowserKind::Chrome,
            BrowserKind::Firefox,
            BrowserKind::Epiphany
        ]
    );
    assert_eq!(found[0].program, dir.path().join("google-chrome-stable"));
    assert_eq!(found[1].program, dir.path().join("firefox"));
}

#[cfg(unix)]
#[test]
fn detect_in_first_match_wins_and_order_is_stable() {
    let first = tempfile::tempdir().expect("tempdir");
    let second = tempfile::tempdir().expect("tempdir");
    // The first name in the table wins over a later one, even in an earlier folder.
    make_file(first.path(), "google-chrome-stable", "exit 0", true);
    make_file(second.path(), "google-chrome", "exit 0", true);
    // For the same name, the earlier folder wins.
    make_file(first.path(), "firefox", "exit 0", true);
    make_file(second.path(), "firefox", "exit 0", true);
    make_file(second.path(), "brave-browser", "exit 0", true);
    make_file(first.path(), "opera", "exit 0", true);
    let path = vec![
        PathBuf::from("relative/is/ignored"),
        first.path().to_path_buf(),
        second.path().to_path_buf(),
    ];
    let found = detect_in(&path);
    assert_eq!(
        found,
        vec![
            InstalledBrowser {
                kind: BrowserKind::Chrome,
                program: second.path().join("google-chrome"),
            },
            InstalledBrowser {
                kind: BrowserKind::Firefox,
                program: first.path().join("firefox"),
            },
            InstalledBrowser {
                kind: BrowserKind::Brave,
                program: second.path().join("brave-browser"),
            },
            InstalledBrowser {
                kind: BrowserKind::Opera,
                program: first.path().join("opera"),
            },
        ]
    );
    assert_eq!(detect_in(&path), found, "same result every time");
    assert!(detect_in(&[]).is_empty());
}

#[test]
fn detect_bundles_and_windows_paths() {
    let apps = tempfile::tempdir().expect("tempdir");
    let user_apps = tempfile::tempdir().expect("tempdir");
    fs::create_dir(apps.path().join("Safari.app")).expect("mkdir");
    fs::create_dir(user_apps.path().join("Firefox.app")).expect("mkdir");
    fs::write(apps.path().join("Opera.app"), b"a file, not a bundle").expect("write");
    let found = detect_bundles_in(&[apps.path().to_path_buf(), user_apps.path().to_path_buf()]);
    assert_eq!(
        kinds(&found),
        vec![BrowserKind::Firefox, BrowserKind::Safari]
    );
    assert_eq!(found[0].program, user_apps.path().join("Firefox.app"));

    let local = tempfile::tempdir().expect("tempdir");
    let edge_dir = local
        .path()
        .join("Microsoft")
        .join("Edge")
        .join("Application");
    fs::create_dir_all(&edge_dir).expect("mkdir");
    fs::write(edge_dir.join("msedge.exe"), b"MZ").expect("write");
    let opera_dir = local.path().join("Programs").join("Opera");
    fs::create_dir_all(&opera_dir).expect("mkdir");
    fs::write(opera_dir.join("opera.exe"), b"MZ").expect("write");
    let found = detect_windows_in(&[local.path().to_path_buf()]);
    assert_eq!(kinds(&found), vec![BrowserKind::Edge, BrowserKind::Opera]);
    assert_eq!(found[0].program, edge_dir.join("msedge.exe"));
}

#[test]
fn detect_on_this_computer_does_not_panic_and_has_one_entry_per_kind() {
    let found = detect();
    let mut seen = std::collections::HashSet::new();
    for b in &found {
        assert!(seen.insert(b.kind), "{:?} listed twice", b.kind);
        assert!(b.program.is_absolute(), "{}", b.program.display());
    }
}

#[test]
fn clear_cache_instructions_cover_every_browser_and_platform() {
    for kind in BrowserKind::ALL {
        assert!(!kind.name().is_empty());
        for platform in [Platform::Linux, Platform::MacOs, Platform::Windows] {
            let how = clear_cache(kind, platform);
            let steps = clear_cache_steps(kind, platform);
            assert!(steps.len() >= 2, "{kind:?} on {platform:?}");
            assert!(steps.iter().all(|s| !s.trim().is_empty()));
            let text = steps.join(" ");
            if let Some(shortcut) = how.shortcut {
                assert!(text.contains(shortcut), "{kind:?} {platform:?}: {text}");
            }
            let expected = match (kind, platform) {
                (BrowserKind::Safari, _) => "Option+Cmd+E",
                (BrowserKind::Epiphany, _) => "HTTP disk cache",
                (_, Platform::MacOs) => "Cmd+Shift+Delete",
                _ => "Ctrl+Shift+Delete",
            };
            assert!(text.contains(expected), "{kind:?} {platform:?}: {text}");
            let cache_word = match kind {
                BrowserKind::Firefox => "Temporary cached files and pages",
                BrowserKind::Safari => "Empty Caches",
                BrowserKind::Epiphany => "cache",
                _ => "Cached images and files",
            };
            assert!(text.contains(cache_word), "{kind:?} {platform:?}: {text}");
        }
    }
    assert!(hard_reload_shortcut(Platform::Windows).contains("Ctrl+F5"));
    assert!(hard_reload_shortcut(Platform::Linux).contains("Ctrl+F5"));
    assert!(hard_reload_shortcut(Platform::MacOs).starts_with("Cmd+Shift+R"));
}

#[test]
fn open_command_shape() {
    let url = "https://shop.example.com/a b?x=1&y=2";
    let firefox = InstalledBrowser {
        kind: BrowserKind::Firefox,
        program: PathBuf::from("/usr/bin/firefox"),
    };
    let cmd = open_command(&firefox, url, Platform::Linux);
    assert_eq!(cmd.get_program(), "/usr/bin/firefox");
    assert_eq!(cmd.get_args().collect::<Vec<_>>(), vec![url]);

    let safari = InstalledBrowser {
        kind: BrowserKind::Safari,
        program: PathBuf::from("/Applications/Safari.app"),
    };
    let cmd = open_command(&safari, url, Platform::MacOs);
    assert_eq!(cmd.get_program(), "open");
    assert_eq!(
        cmd.get_args().collect::<Vec<_>>(),
        vec!["-a", "/Applications/Safari.app", url]
    );

    let edge = InstalledBrowser {
        kind: BrowserKind::Edge,
        program: PathBuf::from(r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe"),
    };
    let cmd = open_command(&edge, url, Platform::Windows);
    assert_eq!(cmd.get_program(), edge.program.as_os_str());
    assert_eq!(cmd.get_args().collect::<Vec<_>>(), vec![url]);
}

#[test]
fn open_in_rejects_non_web_addresses() {
    let b = InstalledBrowser {
        kind: BrowserKind::Firefox,
        program: PathBuf::from("/nonexistent/firefox"),
    };
    for bad in [
        "",
        "-new-window",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ht",
    ] {
        let err = open_in(&b, bad).expect_err(bad);
        assert!(matches!(err, BrowserError::BadUrl { .. }), "{bad}: {err:?}");
    }
    // A good address but a missing program: the error names the browser and the path
    // (on macOS `open` itself exists, so this part runs elsewhere).
    #[cfg(not(target_os = "macos"))]
    {
        let err = open_in(&b, "HTTPS://example.com/").expect_err("missing program");
        let text = err.to_string();
        assert!(
            text.contains("Firefox") && text.contains("/nonexistent/firefox"),
            "{text}"
        );
    }
}

/// Launch a fake browser that records its arguments; the URL must arrive as exactly one argument,
/// byte for byte, with no shell interpreting `&`, `;`, spaces or `$(...)`.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn open_in_passes_the_url_as_one_argument_without_a_shell() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("args.txt");
    let pwned = dir.path().join("pwned");
    let body = format!(
        "printf '%s|%s' \"$#\" \"$1\" > '{out}.tmp' && mv '{out}.tmp' '{out}'",
        out = out.display()
    );
    let program = make_file(dir.path(), "fake-browser", &body, true);
    let browser = InstalledBrowser {
        kind: BrowserKind::Chromium,
        program,
    };
    let url = format!(
        "http://127.0.0.1:9/a%20b c?x=1&y=2;$(touch {p})`touch {p}`#frag",
        p = pwned.display()
    );
    // A freshly written script can briefly be "busy" if another test thread forked meanwhile.
    let mut attempts = 0;
    loop {
        match open_in(&browser, &url) {
            Ok(()) => break,
            Err(BrowserError::Spawn { source, .. })
                if source.kind() == io::ErrorKind::ExecutableFileBusy && attempts < 20 =>
            {
                attempts += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => panic!("open_in failed: {e}"),
        }
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    let recorded = loop {
        if let Ok(text) = fs::read_to_string(&out) {
            break text;
        }
        assert!(Instant::now() < deadline, "the fake browser never ran");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(recorded, format!("1|{url}"));
    assert!(!pwned.exists(), "a shell interpreted the URL");
}
