//! The About box: the header's button opens it with the version, the licence and the project
//! link; the link asks the system to open the project page; Esc closes it.

use super::*;

/// Did the last frame ask the platform to open `url` (what a click on a hyperlink does)?
fn opened_url(harness: &Harness<'static, GuiApp>, url: &str) -> bool {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::OpenUrl(open) if open.url == url))
}

#[test]
fn about_box_shows_the_version_the_licence_and_the_project_link() {
    let backend = FakeBackend::default();
    let mut harness = harness(&backend);
    harness.run();
    let version = concat!("Version ", env!("CARGO_PKG_VERSION"));
    assert!(!has_text(&harness, version), "closed at start");

    harness.get_by_label("ℹ About").click();
    harness.run();
    harness.get_by_label(version);
    harness.get_by_label("Licence: MIT OR Apache-2.0");
    assert_eq!(
        crate::LICENSE,
        "MIT OR Apache-2.0",
        "the licence shown is Cargo.toml's"
    );
    harness.snapshot("about");

    harness.get_by_label("Project page").click();
    harness.run_steps(1);
    assert!(
        opened_url(&harness, crate::PROJECT_URL),
        "the link opens {}",
        crate::PROJECT_URL
    );
    assert_eq!(backend.count(), 0, "opening About starts no check");

    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!has_text(&harness, version), "Esc closes the box");

    // Close works as well, and the box opens again.
    harness.get_by_label("ℹ About").click();
    harness.run();
    harness.get_by_label("Close").click();
    harness.run();
    assert!(!has_text(&harness, version), "Close closes the box");
}
