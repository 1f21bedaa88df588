//! The five visitor steps: the list on the left (spinner while pending, then icon + word +
//! colour) and, on the right, the selected step: what we tried, what happened, what to do, and
//! the actions the app can take for the visitor (retry, open another browser, clear-cache
//! instructions for the installed browsers, a re-check countdown). In guided mode the pane
//! walks "Step n of 5" with Back / Next.

use crate::browsers::{self, Platform};
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::gui::app::{GuiApp, Pane, VISITOR_STEPS};
use crate::gui::style;
use crate::report::item_title;
use crate::t;
use std::time::Instant;

pub fn show_list(app: &mut GuiApp, ui: &mut egui::Ui) {
    egui::Panel::left("steps")
        .resizable(false)
        .exact_size(300.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| step_list(app, ui));
        });
}

fn step_list(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    ui.label(egui::RichText::new(t!("steps-title")).strong());
    ui.add_space(4.0);
    for (n, id) in VISITOR_STEPS.iter().enumerate() {
        let Some(item) = app.item(*id).cloned() else {
            continue;
        };
        step_row(app, ui, &item, Some(n + 1));
    }
    let owner: Vec<_> = app
        .run
        .as_ref()
        .map(|r| {
            r.diagnosis
                .checklist
                .iter()
                .filter(|i| !VISITOR_STEPS.contains(&i.id))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    if !owner.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(t!("steps-your-server")).strong());
        for item in owner {
            step_row(app, ui, &item, None);
        }
    }
}

/// One line of the step list: spinner or icon, the selectable name, the status word. The icon
/// and the word are painted: the row's accessible name carries the state ("1. Refresh:
/// failed"), so a screen reader says it once, with the step.
fn step_row(app: &mut GuiApp, ui: &mut egui::Ui, item: &ChecklistItem, number: Option<usize>) {
    let title = item_title(item.id);
    let text = match number {
        Some(n) => t!("steps-row-name", n = n, title = title.as_str()),
        None => title.clone(),
    };
    let state = style::status_label(item.status);
    let name = t!(
        "steps-row-accessible",
        n = number.map(|n| n.to_string()).unwrap_or_default(),
        title = title.as_str(),
        state = state.as_str()
    );
    let name = name.trim_start_matches(". ").to_string();
    ui.horizontal(|ui| {
        ui.set_min_height(26.0);
        let color = style::status_color(ui, item.status);
        if item.status == ItemStatus::Pending {
            ui.add(egui::Spinner::new().size(14.0));
        } else {
            style::glyph(ui, style::status_icon(item.status), color, None);
        }
        let selected = app.selected == item.id && app.pane == Pane::Step;
        let row = ui
            .selectable_label(selected, text)
            .on_hover_text(&item.finding);
        row.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
        if row.clicked() {
            app.selected = item.id;
            app.pane = Pane::Step;
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            style::glyph(ui, &state, color, None);
        });
    });
}

pub fn show_pane(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.selectable_value(&mut app.pane, Pane::Step, t!("pane-what-to-do"));
        ui.selectable_value(&mut app.pane, Pane::Details, t!("pane-details"));
        let owner = app
            .run
            .as_ref()
            .is_some_and(|r| r.evidence.mode == crate::evidence::Mode::Owner);
        if owner || app.logs.last.is_some() || app.logs.reading() {
            ui.selectable_value(&mut app.pane, Pane::Logs, t!("pane-logs"));
        }
        if app.site_history.is_some() {
            ui.selectable_value(&mut app.pane, Pane::History, t!("pane-history"));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(6.0);
        match app.pane {
            Pane::Details => super::details::show(app, ui),
            Pane::Logs => super::logs::show(app, ui),
            Pane::History => super::history::show(app, ui),
            Pane::Step => step(app, ui),
        }
    });
}

fn step(app: &mut GuiApp, ui: &mut egui::Ui) {
    let id = app.selected;
    let Some(item) = app.item(id).cloned() else {
        ui.label(t!("step-not-in-check"));
        return;
    };
    let index = VISITOR_STEPS.iter().position(|s| *s == id);
    if app.settings.guided
        && let Some(i) = index
    {
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new(t!("step-n-of", n = i + 1, total = VISITOR_STEPS.len())).weak(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .add_enabled(
                        i + 1 < VISITOR_STEPS.len(),
                        egui::Button::new(t!("step-next")),
                    )
                    .on_hover_text(t!("step-next-hover"))
                    .clicked()
                {
                    app.selected = VISITOR_STEPS[i + 1];
                }
                if ui
                    .add_enabled(i > 0, egui::Button::new(t!("step-back")))
                    .on_hover_text(t!("step-back-hover"))
                    .clicked()
                {
                    app.selected = VISITOR_STEPS[i - 1];
                }
            });
        });
    }
    ui.heading(item_title(id));
    ui.add_space(4.0);
    if item.status == ItemStatus::Pending {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label(t!("step-checking"));
        });
    } else {
        let color = style::status_color(ui, item.status);
        ui.horizontal(|ui| {
            style::glyph(ui, style::status_icon(item.status), color, None);
            ui.label(
                egui::RichText::new(style::status_label(item.status))
                    .color(color)
                    .strong(),
            );
        });
        ui.label(&item.finding);
        if !item.advice.is_empty() {
            ui.add_space(4.0);
            ui.label(egui::RichText::new(format!("➡ {}", item.advice)).strong());
        }
        super::commands(ui, &item.commands);
    }
    ui.add_space(10.0);
    match id {
        CheckId::Refresh => retry_button(app, ui),
        CheckId::ClearCache => clear_cache_help(app, ui),
        CheckId::OtherBrowser => other_browsers(app, ui),
        CheckId::Wait => {
            wait(app, ui);
            super::status::show(app, ui);
            super::world::show(app, ui);
        }
        CheckId::ServerLogs => {
            ui.separator();
            super::logs::show(app, ui);
        }
        _ => {}
    }
}

fn retry_button(app: &mut GuiApp, ui: &mut egui::Ui) {
    let retry = ui
        .add_enabled(!app.is_running(), egui::Button::new(t!("step-retry")))
        .on_hover_text(t!("step-retry-hover"));
    if retry.clicked() {
        app.start_check(ui.ctx());
    }
}

fn clear_cache_help(app: &GuiApp, ui: &mut egui::Ui) {
    let platform = Platform::current();
    ui.label(t!(
        "help-hard-reload",
        keys = browsers::hard_reload_shortcut(platform)
    ));
    ui.add_space(4.0);
    if app.browsers.is_empty() {
        ui.label(t!("help-clear-cache-most"));
        steps_list(
            ui,
            &browsers::clear_cache_steps(browsers::BrowserKind::Chrome, platform),
        );
        return;
    }
    for browser in &app.browsers {
        egui::CollapsingHeader::new(t!("help-clear-cache-in", browser = browser.kind.name()))
            .id_salt(("clear_cache", browser.kind.name()))
            .show(ui, |ui| {
                steps_list(ui, &browsers::clear_cache_steps(browser.kind, platform));
            });
    }
    save_har_help(app, ui);
}

fn steps_list(ui: &mut egui::Ui, steps: &[String]) {
    for (n, s) in steps.iter().enumerate() {
        ui.label(format!("{}. {s}", n + 1));
    }
}

fn other_browsers(app: &mut GuiApp, ui: &mut egui::Ui) {
    let Some(run) = app.run.as_ref() else {
        return;
    };
    let url = run.target.url().to_string();
    if app.browsers.is_empty() {
        ui.label(t!("help-no-other-browser"));
    } else {
        ui.label(t!("help-open-in-another"));
    }
    let mut failure = None;
    ui.horizontal_wrapped(|ui| {
        for browser in &app.browsers {
            let name = browser.kind.name();
            if ui
                .button(t!("help-open-in", browser = name))
                .on_hover_text(t!("help-open-in-hover", browser = name))
                .clicked()
                && let Err(e) = browsers::open_in(browser, &url)
            {
                failure = Some(t!(
                    "help-open-failed",
                    browser = name,
                    error = e.to_string()
                ));
            }
        }
        if ui
            .button(t!("help-open-default"))
            .on_hover_text(t!("help-open-default-hover"))
            .clicked()
        {
            ui.ctx().open_url(egui::OpenUrl::new_tab(&url));
        }
    });
    if let Some(text) = failure {
        app.notice = Some(crate::gui::app::Notice {
            text,
            problem: true,
        });
    }
    save_har_help(app, ui);
}

/// One line per installed browser on saving a HAR recording for the site's support team.
fn save_har_help(app: &GuiApp, ui: &mut egui::Ui) {
    egui::CollapsingHeader::new(t!("help-har-title"))
        .id_salt("save_har")
        .show(ui, |ui| {
            let kinds: Vec<browsers::BrowserKind> = if app.browsers.is_empty() {
                vec![
                    browsers::BrowserKind::Chrome,
                    browsers::BrowserKind::Firefox,
                ]
            } else {
                app.browsers.iter().map(|b| b.kind).collect()
            };
            for kind in kinds {
                ui.label(t!(
                    "help-har-line",
                    browser = kind.name(),
                    how = browsers::save_har(kind)
                ));
            }
            ui.label(t!("help-har-command"));
        });
}

fn wait(app: &mut GuiApp, ui: &mut egui::Ui) {
    wait_state(app, ui);
    watch_rows(app, ui);
}

/// "Keep checking": one row per check (time, result, who answered, time taken), newest last.
fn watch_rows(app: &GuiApp, ui: &mut egui::Ui) {
    if app.watch_rows.is_empty() {
        return;
    }
    ui.add_space(8.0);
    egui::Grid::new("watch-rows")
        .striped(true)
        .num_columns(4)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for head in [
                "watch-checked-at",
                "watch-result",
                "watch-answered-by",
                "watch-time-taken",
            ] {
                ui.label(egui::RichText::new(crate::i18n::tr(head, &[])).strong());
            }
            ui.end_row();
            for row in &app.watch_rows {
                let status = if row.healthy() {
                    ItemStatus::Pass
                } else {
                    ItemStatus::Fail
                };
                ui.label(crate::history::clock_seconds(crate::history::from_ms(
                    row.at_ms,
                )));
                ui.label(
                    egui::RichText::new(format!(
                        "{} {}",
                        style::status_icon(status),
                        row.outcome()
                    ))
                    .color(style::status_color(ui, status)),
                );
                ui.label(&row.responder);
                ui.label(
                    row.total_ms
                        .map(crate::diagnosis::wording::duration_ms)
                        .unwrap_or_else(|| "-".into()),
                );
                ui.end_row();
            }
        });
}

fn wait_state(app: &mut GuiApp, ui: &mut egui::Ui) {
    if let Some(back) = app.wait.back_since {
        let at = crate::history::clock_seconds(back);
        ui.label(
            egui::RichText::new(t!("watch-back", time = at))
                .color(style::status_color(ui, ItemStatus::Pass))
                .strong(),
        );
        return;
    }
    let healthy = app
        .run
        .as_ref()
        .is_some_and(|r| r.healthy() && !r.is_running());
    if healthy {
        return;
    }
    if let Some(left) = app.wait.left(Instant::now()) {
        ui.label(
            egui::RichText::new({
                let when = crate::gui::state::countdown(left).0;
                if app.wait.rechecks > 0 {
                    t!(
                        "watch-checking-again-count",
                        when = when,
                        count = app.wait.rechecks
                    )
                } else {
                    t!("watch-checking-again", when = when)
                }
            })
            .strong(),
        );
        ui.label(t!("watch-we-will-tell"));
        ui.horizontal(|ui| {
            if ui
                .button(t!("watch-check-now"))
                .on_hover_text(t!("watch-check-now-hover"))
                .clicked()
            {
                app.wait.next_at = Some(Instant::now());
            }
            if ui
                .button(t!("watch-stop"))
                .on_hover_text(t!("watch-stop-hover"))
                .clicked()
            {
                app.wait.stop();
            }
        });
    } else if app.wait.watching() {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label(t!("watch-checking-now"));
        });
    } else if !app.is_running()
        && ui
            .button(t!("watch-keep-checking"))
            .on_hover_text(t!("watch-keep-checking-hover"))
            .clicked()
    {
        app.keep_checking();
    }
}
