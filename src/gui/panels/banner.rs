//! The verdict banner: the current best answer in one plain sentence, how sure we are, and the
//! request path with the broken link marked: the answer first, then where it breaks. It updates
//! after every probe event; until the run is conclusive it says it is still checking.

use crate::diagnosis::{PathNode, PathNodeKind, PathState};
use crate::gui::app::GuiApp;
use crate::gui::style;
use crate::t;

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
                        style::glyph(ui, icon, color, Some(24.0));
                    }
                    ui.vertical(|ui| {
                        ui.label(egui::RichText::new(&verdict.summary).strong().size(16.0));
                        let mut second = if conclusive {
                            format!("{word}. {}", style::confidence_text(verdict.confidence))
                        } else {
                            t!(
                                "banner-so-far",
                                confidence =
                                    style::confidence_text(verdict.confidence).to_lowercase()
                            )
                        };
                        if let Some(line) = answer_line(run) {
                            second.push_str(" – ");
                            second.push_str(&line);
                        }
                        if cancelled {
                            second.push_str(" – ");
                            second.push_str(&t!("banner-cancelled"));
                        } else if running && !verdict.conclusive {
                            second.push_str(" – ");
                            second.push_str(&t!("banner-still-checking"));
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
    let software = run.diagnosis.responder.software;
    let who = software.display_name();
    let reason = http.reason.clone().unwrap_or_default();
    let s = if software == crate::fingerprint::Software::Unknown {
        t!("banner-answered-unknown", status = status, reason = reason)
    } else {
        t!(
            "banner-answered",
            who = who,
            status = status,
            reason = reason
        )
    };
    let s = s.trim_end().replace("  ", " ");
    Some(match http.timings.total {
        Some(total) => t!("banner-answered-in", answer = s, ms = format!("{total:.0}")),
        None => s,
    })
}

pub fn node_name(kind: PathNodeKind) -> String {
    crate::i18n::tr(
        match kind {
            PathNodeKind::ThisComputer => "node-this-computer",
            PathNodeKind::Dns => "node-dns",
            PathNodeKind::Edge => "node-edge",
            PathNodeKind::WebServer => "node-web-server",
            PathNodeKind::Application => "node-application",
        },
        &[],
    )
}

fn path_row(ui: &mut egui::Ui, path: &[PathNode]) {
    ui.horizontal_wrapped(|ui| {
        for (i, node) in path.iter().enumerate() {
            if i > 0 {
                let broken = node.state == PathState::Failing;
                let arrow = if broken { "✖" } else { "➡" };
                let color = ui.visuals().strong_text_color();
                style::glyph(ui, arrow, color, None);
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
                        && !node.label.eq_ignore_ascii_case(&node_name(node.kind))
                        && !node.label.eq_ignore_ascii_case("CDN / edge");
                    let label = if named {
                        format!("{word} ({})", node.label)
                    } else {
                        word
                    };
                    ui.horizontal(|ui| {
                        ui.spacing_mut().item_spacing.x = 3.0;
                        let small = egui::TextStyle::Small.resolve(ui.style()).size;
                        style::glyph(ui, icon, color, Some(small));
                        ui.label(egui::RichText::new(label).color(color).small());
                    });
                });
            });
        }
    });
}
