//! The site's timeline: what the stored checks of the site on screen add up to
//! ("failing since 14:02 UTC (23 min)", "first failure seen at ..., 3 of 5 checks failed"), a
//! status strip (one block per check, oldest left, hover for the details) and the main request's
//! total time per check as a line plot. Read from the history when a check ends, never per frame.

use crate::diagnosis::ItemStatus;
use crate::gui::app::GuiApp;
use crate::gui::style;
use crate::history::{CheckRecord, SiteSummary};

/// Checks shown in the strip and the plot (the newest).
pub const SHOWN: usize = 40;

/// The stored checks of one site, as last read.
#[derive(Debug, Clone)]
pub struct SiteHistory {
    /// Oldest first.
    pub checks: Vec<CheckRecord>,
    pub summary: SiteSummary,
}

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.heading(crate::t!("history-title"));
    let Some(h) = &app.site_history else {
        ui.label(crate::t!("history-none"));
        return;
    };
    let now = (app.now().unix_timestamp_nanos() / 1_000_000) as i64;
    ui.label(egui::RichText::new(capitalised(&h.summary.state_line(now))).strong());
    ui.label(capitalised(&h.summary.failures_line()));
    ui.label(egui::RichText::new(crate::t!("history-local")).weak());
    if h.checks.is_empty() {
        return;
    }
    ui.add_space(8.0);
    status_strip(ui, &h.checks);
    ui.add_space(8.0);
    ui.label(crate::t!("history-load-time"));
    latency_plot(ui, &h.checks);
    ui.add_space(8.0);
    if ui
        .button(crate::t!("history-export"))
        .on_hover_text(crate::t!("history-export-hover"))
        .clicked()
    {
        app.export_history_csv(ui.ctx());
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One block per check: green when it worked, red when not; hover says when and what.
fn status_strip(ui: &mut egui::Ui, checks: &[CheckRecord]) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for c in checks {
            let status = if c.healthy() {
                ItemStatus::Pass
            } else {
                ItemStatus::Fail
            };
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(12.0, 22.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, style::status_color(ui, status));
            let total = c
                .total_ms
                .map(|ms| format!(", {ms:.0} ms"))
                .unwrap_or_default();
            response.on_hover_text(format!(
                "{}: {} ({}){total}",
                crate::history::date_clock(c.at_ms),
                c.outcome(),
                c.source.as_str()
            ));
        }
    });
}

fn latency_plot(ui: &mut egui::Ui, checks: &[CheckRecord]) {
    use egui_plot::{Line, Plot, PlotPoints, Points};
    let points: Vec<[f64; 2]> = checks
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some([i as f64, c.total_ms?]))
        .collect();
    let color = ui.visuals().hyperlink_color;
    Plot::new("history-latency")
        .height(120.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .show_axes([false, true])
        .show(ui, |plot| {
            plot.line(Line::new("total", PlotPoints::from(points.clone())).color(color));
            plot.points(
                Points::new("checks", PlotPoints::from(points))
                    .radius(3.0)
                    .color(color),
            );
        });
}
