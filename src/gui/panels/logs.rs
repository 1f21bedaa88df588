//! The server logs pane (owner mode): choose or drop log files, watch them being read (progress,
//! cancel), then the findings with severity colours (what happened, how often, when, the fix and
//! commands to copy, example lines), the 5xx answers per minute as a bar chart and the pages that
//! failed most. Everything is read on this computer; nothing is sent anywhere.

use crate::diagnosis::ItemStatus;
use crate::gui::app::GuiApp;
use crate::gui::style;
use crate::logs::{AccessStats, Analysis, Severity};
use crate::t;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.heading(t!("pg-logs-title"));
    ui.label(t!("pg-logs-intro"));
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let choose = ui
            .add_enabled(
                app.logs.picking.is_none() && !app.logs.reading(),
                egui::Button::new(t!("pg-logs-analyse")),
            )
            .on_hover_text(t!("pg-logs-analyse-hover"));
        if choose.clicked() {
            app.choose_logs(ui.ctx());
        }
        ui.label(egui::RichText::new(t!("pg-logs-or-drop")).weak());
    });
    if let Some(job) = &app.logs.job {
        let fraction = job.fraction();
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(320.0)
                    .text(t!(
                        "pg-logs-reading",
                        count = app.logs.files.len(),
                        percent = format!("{:.0}", fraction * 100.0)
                    )),
            );
            if ui
                .button(t!("pg-logs-cancel"))
                .on_hover_text(t!("pg-logs-cancel-hover"))
                .clicked()
            {
                app.cancel_logs();
            }
        });
        return;
    }
    let Some(observation) = app.logs.last.clone() else {
        if !app.logs.files.is_empty() {
            ui.label(t!("pg-logs-will-read", count = app.logs.files.len()));
        }
        return;
    };
    ui.add_space(6.0);
    analysis(ui, &observation.analysis);
}

fn analysis(ui: &mut egui::Ui, a: &Analysis) {
    files(ui, a);
    if a.cancelled {
        ui.colored_label(
            style::status_color(ui, ItemStatus::Warn),
            t!("pg-logs-cancelled"),
        );
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t!("pg-logs-what-they-say")).strong());
    if a.findings.is_empty() {
        ui.label(t!("pg-logs-none"));
    }
    for (n, f) in a.findings.iter().enumerate() {
        let status = match f.severity {
            Severity::Error => ItemStatus::Fail,
            Severity::Warning => ItemStatus::Warn,
            Severity::Info => ItemStatus::Info,
        };
        let color = style::status_color(ui, status);
        ui.add_space(4.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(format!("{} {}", style::status_icon(status), f.title))
                        .color(color)
                        .strong(),
                );
                ui.label(crate::diagnosis::log_evidence::times(f));
            });
            if !f.subjects.is_empty() {
                ui.label(t!("pg-logs-involved", subjects = f.subjects.join(", ")));
            }
            ui.label(&f.explanation);
            ui.label(egui::RichText::new(format!("➡ {}", f.fix)).strong());
            super::commands(ui, &f.commands);
            egui::CollapsingHeader::new(t!("pg-logs-examples", count = f.examples.len()))
                .id_salt(("log-examples", n))
                .show(ui, |ui| {
                    for line in &f.examples {
                        ui.label(egui::RichText::new(line).monospace().small());
                    }
                });
        });
    }
    if let Some(access) = &a.access {
        ui.add_space(8.0);
        access_stats(ui, access, a.access_5xx());
    }
}

fn files(ui: &mut egui::Ui, a: &Analysis) {
    egui::Grid::new("log-files")
        .num_columns(2)
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            for f in &a.files {
                ui.label(egui::RichText::new(&f.path).monospace());
                match &f.error {
                    Some(e) => {
                        ui.colored_label(style::status_color(ui, ItemStatus::Fail), e);
                    }
                    None if f.skipped > 0 => {
                        ui.label(t!(
                            "pg-logs-file-skipped",
                            format = f.format.describe(),
                            lines = f.lines,
                            skipped = f.skipped
                        ));
                    }
                    None => {
                        ui.label(t!(
                            "pg-logs-file",
                            format = f.format.describe(),
                            lines = f.lines
                        ));
                    }
                }
                ui.end_row();
            }
        });
}

fn access_stats(ui: &mut egui::Ui, s: &AccessStats, errors: u64) {
    ui.label(egui::RichText::new(t!("pg-logs-access")).strong());
    let per_status: Vec<String> = s
        .per_status
        .iter()
        .map(|(code, n)| format!("{n} × {code}"))
        .collect();
    ui.label(if errors == 0 {
        t!("pg-logs-access-no-errors", total = s.total)
    } else {
        t!(
            "pg-logs-access-errors",
            total = s.total,
            errors = errors,
            statuses = per_status.join(", ")
        )
    });
    if !s.per_minute.is_empty() {
        ui.add_space(4.0);
        ui.label(t!("pg-logs-per-minute"));
        per_minute_chart(ui, s);
    }
    if !s.top_urls.is_empty() {
        ui.add_space(4.0);
        ui.label(t!("pg-logs-top-pages"));
        egui::Grid::new("log-top-urls")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for u in &s.top_urls {
                    ui.label(u.count.to_string());
                    ui.label(egui::RichText::new(&u.url).monospace());
                    ui.end_row();
                }
            });
    }
}

/// 5xx per minute as bars, the minutes ("HH:MM") under them.
fn per_minute_chart(ui: &mut egui::Ui, s: &AccessStats) {
    use egui_plot::{Bar, BarChart, Plot};
    let labels: Vec<String> = s
        .per_minute
        .iter()
        .map(|m| m.minute.get(11..16).unwrap_or(&m.minute).to_string())
        .collect();
    let color = style::status_color(ui, ItemStatus::Fail);
    let bars: Vec<Bar> = s
        .per_minute
        .iter()
        .enumerate()
        .map(|(i, m)| {
            Bar::new(i as f64, m.count as f64)
                .width(0.8)
                .name(&m.minute)
        })
        .collect();
    let chart = BarChart::new(t!("pg-logs-chart"), bars).color(color);
    Plot::new("log-per-minute")
        .height(140.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([false, true])
        .include_y(0.0)
        .x_axis_formatter(move |mark, _range| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                return String::new();
            }
            labels.get(i as usize).cloned().unwrap_or_default()
        })
        .show(ui, |plot| plot.bar_chart(chart));
}

/// While files are dragged over the window: say what dropping them does.
pub fn drop_hint(ctx: &egui::Context) {
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("log-drop-hint"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(180));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        t!("pg-logs-drop-hint"),
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
