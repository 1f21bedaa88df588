//! One file per area of the window: the header with the address, the verdict
//! banner with the request path, the step list and its pane, the technical details, the footer
//! with export and notes, the start screen and the About box.

pub mod about;
pub mod banner;
pub mod details;
pub mod footer;
pub mod header;
pub mod history;
pub mod logs;
pub mod recording;
pub mod start;
pub mod status;
pub mod steps;
pub mod world;

/// A small button that puts `text` on the clipboard; `label` says what it copies (it is also
/// the name screen readers announce, so each copy button has its own).
pub fn copy_button(ui: &mut egui::Ui, label: &str, text: &str) {
    if ui
        .small_button(format!("📋 {label}"))
        .on_hover_text(crate::t!("details-copy-hover"))
        .clicked()
    {
        ui.ctx().copy_text(text.to_string());
    }
}

/// Commands to copy, one per line in monospace with its own copy button.
pub fn commands(ui: &mut egui::Ui, commands: &[String]) {
    for (n, command) in commands.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(command).monospace());
            let label = if commands.len() == 1 {
                crate::t!("details-copy-command")
            } else {
                crate::t!("details-copy-command-n", n = n + 1)
            };
            copy_button(ui, &label, command);
        });
    }
}

/// The `backticked` parts of a sentence: the commands and settings it names.
pub fn backticked(text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split('`').collect();
    // Odd parts lie between a pair of backticks; a last unclosed one is not a command.
    (1..parts.len().saturating_sub(1))
        .step_by(2)
        .map(|i| parts[i].trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn backticked_finds_each_quoted_command() {
        assert_eq!(
            super::backticked(
                "Restart it (`systemctl restart php8.2-fpm`) or raise `proxy_read_timeout`."
            ),
            vec!["systemctl restart php8.2-fpm", "proxy_read_timeout"]
        );
        assert!(super::backticked("no commands here").is_empty());
        assert!(super::backticked("an `unclosed quote").is_empty());
    }
}
