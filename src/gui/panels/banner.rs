//! The verdict banner: the current best answer in one plain sentence, how sure we are, and the
//! request path with the broken link marked: the answer first, then where it breaks. It updates
//! after every probe event; until the run is conclusive it says it is still checking.

use crate::diagnosis::{PathNode, PathNodeKind, PathState};
use crate::gui::app::GuiApp;
use crate::gui::style;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    let Some(run) = app.run.as_ref() else {
        return;
    };
    let verdict = &run.diagnosis.verdict;
    let running = run.is_running();
    let cancelled = run.phase == crate::gui::state::RunPhase::Cancelled;
    let conclusive = verdict.conclusive || !running;
    egui::Panel::top("banner").show(ui, |ui| {
        let dark = ui.visuals().dark_mode;
        let (icon, word, status) = style::verdict_look(verdict.status, conclusive);
        let color = style::status_color(ui, status);
        egui::Frame::new()
            .fill(style::tint(color, dark))
            .stroke(egui::Stroke::new(1.0, color))
            .corner_radius(6.0)
            .inner_margin(10.0)
            .outer_margin(egui::Margin::symmetric(0, 6))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    if running && !verdict.conclusive {
                        ui.add(egui::Spinner::new().size(22.0));
                    } else {
                        ui.label(egui::RichText::new(icon).size(24.0).color(color));
                    }
                    ui.vertical(|ui| {
                        ui.label(egui::RichText::new(&verdict.summary).strong().size(16.0));
                        let mut second = if conclusive {
                            format!("{word}. {}", style::confidence_text(verdict.confidence))
                        } else {
                            format!(
                                "So far: {}",
                                style::confidence_text(verdict.confidence).to_lowercase()
                            )
                        };
                        if let Some(line) = answer_line(run) {
                            second.push_str(" – ");
                            second.push_str(&line);
                        }
                        if cancelled {
                            second.push_str(
                                " – Cancelled: this is what was seen before you stopped.",
                            );
                        } else if running && !verdict.conclusive {
                            second.push_str(" – Still checking…");
                        }
                        ui.label(second);
                    });
                });
                ui.add_space(6.0);
                path_row(ui, &run.diagnosis.path);
            });
    });
}

/// "nginx answered 502 Bad Gateway in 12 ms", when there was an answer.
fn answer_line(run: &crate::gui::state::Run) -> Option<String> {
    let http = run.evidence.http.as_ref()?;
    let status = http.status?;
    let who = run.diagnosis.responder.software.display_name();
    let reason = http.reason.clone().unwrap_or_default();
    let mut s = if who.eq_ignore_ascii_case("unknown") {
        format!("The server answered {status} {reason}")
    } else {
        format!("{who} answered {status} {reason}")
    };
    if let Some(total) = http.timings.total {
        s.push_str(&format!(" in {total:.0} ms"));
    }
    Some(s.trim_end().replace("  ", " "))
}

pub fn node_name(kind: PathNodeKind) -> &'static str {
    match kind {
        PathNodeKind::ThisComputer => "This computer",
        PathNodeKind::Dns => "Internet / DNS",
        PathNodeKind::Edge => "CDN / edge",
        PathNodeKind::WebServer => "Web server",
        PathNodeKind::Application => "Application",
    }
}

fn path_row(ui: &mut egui::Ui, path: &[PathNode]) {
    ui.horizontal_wrapped(|ui| {
        for (i, node) in path.iter().enumerate() {
            if i > 0 {
                let broken = node.state == PathState::Failing;
                let arrow = if broken { "✖" } else { "➡" };
                ui.label(egui::RichText::new(arrow).strong());
            }
            let (icon, word, status) = style::path_look(node.state);
            let color = style::status_color(ui, status);
            let faint = matches!(node.state, PathState::NotPresent);
            let frame = egui::Frame::new()
                .stroke(egui::Stroke::new(if faint { 0.5 } else { 1.0 }, color))
                .corner_radius(4.0)
                .inner_margin(egui::Margin::symmetric(8, 4));
            frame.show(ui, |ui| {
                ui.vertical(|ui| {
                    let mut title = egui::RichText::new(node_name(node.kind));
                    if faint {
                        title = title.weak();
                    }
                    ui.label(title);
                    // Name who is there (nginx, Cloudflare) but don't repeat the box's title.
                    let named = matches!(node.kind, PathNodeKind::Edge | PathNodeKind::WebServer)
                        && !node.label.is_empty()
                        && !node.label.eq_ignore_ascii_case(node_name(node.kind))
                        && !node.label.eq_ignore_ascii_case("CDN / edge");
                    let label = if named {
                        format!("{icon} {word} ({})", node.label)
                    } else {
                        format!("{icon} {word}")
                    };
                    ui.label(egui::RichText::new(label).color(color).small());
                });
            });
        }
    });
}
