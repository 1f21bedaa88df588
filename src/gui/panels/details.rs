//! The technical details, one click away from the answer: the timing waterfall of the main
//! request (DNS, connect, TLS, waiting for the first byte, total), who answered and why we think
//! so, the status line and headers, request ids, the error page excerpt and the raw probe log,
//! with copy buttons for everything a support team might ask for.

use super::copy_button;
use crate::diagnosis::ItemStatus;
use crate::evidence::Timings;
use crate::gui::app::GuiApp;
use crate::t;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    let Some(run) = app.run.as_ref() else {
        return;
    };
    ui.heading(t!("details-title"));
    ui.add_space(6.0);

    let detail = &run.diagnosis.verdict.detail;
    if !detail.is_empty() {
        ui.label(egui::RichText::new(t!("details-for-owner")).strong());
        ui.label(detail);
        super::commands(ui, &super::backticked(detail));
        ui.add_space(10.0);
    }

    if app.server_checks.is_some() {
        ui.label(egui::RichText::new(t!("details-server")).strong());
        ui.label(t!("details-server-reading"));
        ui.add_space(10.0);
    } else if let Some(side) = run.evidence.server_side.as_ref() {
        server_side(ui, side);
        ui.add_space(4.0);
    }
    if run.evidence.mode == crate::evidence::Mode::Owner {
        machine(app, ui);
        ui.add_space(10.0);
    }
    let Some(run) = app.run.as_ref() else {
        return;
    };
    if let Some(cmp) = crate::diagnosis::owner::origin::compare_origin(&run.evidence) {
        origin_comparison(ui, &cmp);
        ui.add_space(10.0);
    }
    if let Some(obs) = run.evidence.propagation.as_ref() {
        dns_table(ui, obs);
        ui.add_space(10.0);
    }
    if let Some(obs) = run
        .evidence
        .routes
        .as_ref()
        .filter(|r| !r.routes.is_empty())
    {
        ui.label(egui::RichText::new(t!("details-routes")).strong());
        egui::Grid::new("routes_table")
            .striped(true)
            .show(ui, |ui| {
                for route in &obs.routes {
                    let status = if route.succeeded() {
                        ItemStatus::Pass
                    } else {
                        ItemStatus::Fail
                    };
                    let color = crate::gui::style::status_color(ui, status);
                    ui.label(&route.label);
                    ui.label(
                        egui::RichText::new(format!(
                            "{} {}",
                            crate::gui::style::status_icon(status),
                            crate::evidence::say_result(&route.result_text())
                        ))
                        .color(color),
                    );
                    ui.end_row();
                }
            });
        ui.add_space(10.0);
    }

    ui.label(egui::RichText::new(t!("details-timings")).strong());
    match run.evidence.http.as_ref() {
        Some(http) => waterfall(ui, &http.timings),
        None if run.is_running() => {
            ui.label(t!("details-still-running"));
        }
        None => {
            ui.label(t!("details-no-request"));
        }
    }
    let protocol = crate::evidence::http3::protocol_line(
        run.evidence
            .http
            .as_ref()
            .and_then(|h| h.protocol.as_deref()),
        run.evidence.http3.as_ref(),
    );
    if let Some(line) = protocol {
        ui.label(t!("details-protocol", protocol = line));
    }
    ui.add_space(10.0);

    ui.label(egui::RichText::new(t!("details-who")).strong());
    let responder = &run.diagnosis.responder;
    ui.label(responder.software.display_name());
    for line in &responder.evidence {
        ui.label(egui::RichText::new(format!("• {line}")).small());
    }
    if responder.layers.len() > 1 {
        let layers: Vec<&str> = responder.layers.iter().map(|s| s.display_name()).collect();
        ui.label(t!("details-layers", layers = layers.join(" > ")));
    }
    ui.add_space(10.0);

    if let Some(http) = run.evidence.http.as_ref() {
        ui.label(egui::RichText::new(t!("details-response")).strong());
        let status = match http.status {
            Some(code) => format!("HTTP {code} {}", http.reason.clone().unwrap_or_default()),
            None => t!(
                "details-no-response",
                why = http
                    .error
                    .clone()
                    .unwrap_or_else(|| crate::text::serde_plain(&http.outcome))
            ),
        };
        ui.label(status);
        ui.label(egui::RichText::new(&http.url).monospace());
        if let Some(proxy) = &http.via_proxy {
            ui.label(t!("details-via-proxy", proxy = proxy.as_str()));
        }
        for hop in &http.redirects {
            ui.label(t!(
                "details-redirect",
                status = hop.status,
                from = hop.url.as_str(),
                to = hop.location.as_str()
            ));
        }
        if !http.headers.is_empty() {
            egui::CollapsingHeader::new(t!("details-headers", count = http.headers.len()))
                .id_salt("headers")
                .default_open(true)
                .show(ui, |ui| {
                    egui::Grid::new("headers_grid")
                        .striped(true)
                        .show(ui, |ui| {
                            for (name, value) in &http.headers {
                                ui.label(egui::RichText::new(name).monospace());
                                ui.label(egui::RichText::new(value).monospace());
                                ui.end_row();
                            }
                        });
                });
        }
        ui.add_space(10.0);
    }

    ui.label(egui::RichText::new(t!("details-request-ids")).strong());
    if run.diagnosis.request_ids.is_empty() {
        ui.label(t!("details-no-request-ids"));
    }
    for (name, value) in &run.diagnosis.request_ids {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(format!("{name}: {value}")).monospace());
            copy_button(ui, &t!("details-copy-id", name = name.as_str()), value);
        });
    }
    ui.add_space(10.0);

    if let Some(http) = run.evidence.http.as_ref()
        && !http.body_excerpt.is_empty()
    {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(t!("details-error-page")).strong());
            copy_button(ui, &t!("details-copy-page"), &http.body_excerpt);
        });
        let excerpt = crate::text::excerpt(&http.body_excerpt, 4096);
        egui::ScrollArea::vertical()
            .id_salt("body")
            .max_height(160.0)
            .show(ui, |ui| {
                ui.label(egui::RichText::new(excerpt).monospace().small());
            });
        ui.add_space(10.0);
    }

    let log = run.log.join("\n");
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(t!("details-probe-log")).strong());
        copy_button(ui, &t!("details-copy-log"), &log);
    });
    egui::ScrollArea::vertical()
        .id_salt("log")
        .max_height(200.0)
        .show(ui, |ui| {
            for line in &run.log {
                ui.label(egui::RichText::new(line).monospace().small());
            }
        });
}

/// Owner mode, `--origin`: the edge's answer next to the origin's, and what it means.
fn origin_comparison(ui: &mut egui::Ui, cmp: &crate::diagnosis::owner::origin::OriginComparison) {
    ui.label(egui::RichText::new(t!("details-edge-origin")).strong());
    egui::Grid::new("origin_grid").striped(true).show(ui, |ui| {
        ui.label(t!("details-through-edge"));
        ui.label(egui::RichText::new(crate::evidence::say_result(&cmp.edge_result)).monospace());
        ui.end_row();
        ui.label(t!(
            "details-straight-to-origin",
            origin = cmp.origin.to_string()
        ));
        ui.label(egui::RichText::new(crate::evidence::say_result(&cmp.origin_result)).monospace());
        ui.end_row();
    });
    ui.label(&cmp.summary);
    for note in &cmp.certificate_notes {
        ui.label(format!("• {note}"));
    }
}

/// Owner mode: what each resolver answers, side by side.
fn dns_table(ui: &mut egui::Ui, obs: &crate::evidence::propagation::PropagationObservation) {
    use crate::diagnosis::owner::dns::{table_header, table_rows};
    ui.label(egui::RichText::new(t!("details-dns-answers", name = obs.name.as_str())).strong());
    egui::Grid::new("dns_table").striped(true).show(ui, |ui| {
        for h in table_header() {
            ui.label(egui::RichText::new(h).strong());
        }
        ui.end_row();
        for row in table_rows(obs) {
            for cell in row {
                ui.label(cell);
            }
            ui.end_row();
        }
    });
}

/// The phases in order, as (message id of the name, start ms, duration ms). Phases that did not
/// happen are left out.
pub fn phases(t: &Timings) -> Vec<(&'static str, f64, f64)> {
    let mut at = 0.0;
    let mut out = Vec::new();
    for (name, d) in [
        ("details-phase-dns", t.dns),
        ("details-phase-connect", t.connect),
        ("details-phase-tls", t.tls),
        ("details-phase-wait", t.first_byte),
    ] {
        if let Some(d) = d.filter(|d| d.is_finite() && *d >= 0.0) {
            out.push((name, at, d));
            at += d;
        }
    }
    if let Some(total) = t.total.filter(|d| d.is_finite() && *d >= 0.0) {
        out.push(("details-phase-total", 0.0, total));
    }
    out
}

fn waterfall(ui: &mut egui::Ui, t: &Timings) {
    let rows = phases(t);
    if rows.is_empty() {
        ui.label(t!("details-no-timings"));
        return;
    }
    let end = rows.iter().map(|(_, s, d)| s + d).fold(1.0_f64, f64::max);
    let color = ui.visuals().selection.bg_fill;
    egui::Grid::new("waterfall").num_columns(3).show(ui, |ui| {
        for (name, start, duration) in rows {
            ui.label(crate::i18n::tr(name, &[]));
            let width = (ui.available_width() - 90.0).clamp(120.0, 420.0);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 14.0), egui::Sense::hover());
            let x0 = rect.left() + (start / end) as f32 * rect.width();
            let w = ((duration / end) as f32 * rect.width()).max(2.0);
            let bar =
                egui::Rect::from_min_size(egui::pos2(x0, rect.top()), egui::vec2(w, rect.height()));
            ui.painter()
                .rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
            ui.painter().rect_filled(bar, 2.0, color);
            ui.label(format!("{duration:.0} ms"));
            ui.end_row();
        }
    });
}

/// Owner mode on the server itself: how the site was found here (or why not), then each finding
/// with its file and line, the fix and the commands to copy.
fn server_side(ui: &mut egui::Ui, side: &crate::evidence::server_side::ServerSide) {
    ui.label(egui::RichText::new(t!("details-server")).strong());
    ui.label(&side.note);
    if side.checked && side.findings.is_empty() {
        ui.label(t!("details-server-all-fine"));
    }
    findings(ui, &side.findings);
}

/// "Check this computer's web server": the button, then every site's links as
/// `gateway-doctor server` finds them: the verdict, the findings, the upstream table.
fn machine(app: &mut GuiApp, ui: &mut egui::Ui) {
    if app.machine.is_some() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(t!("details-machine-checking"));
        });
        return;
    }
    if ui
        .button(t!("details-machine-button"))
        .on_hover_text(t!("details-machine-hover"))
        .clicked()
    {
        let ctx = ui.ctx().clone();
        app.check_machine(&ctx);
    }
    let Some(report) = app.machine_report.as_ref() else {
        return;
    };
    ui.label(egui::RichText::new(report.verdict_line()).strong());
    if !report.verdict.detail.is_empty() {
        ui.label(&report.verdict.detail);
    }
    findings(ui, &report.findings);
    if report.upstreams.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new(t!("details-upstreams")).strong());
    egui::Grid::new("machine_upstreams")
        .striped(true)
        .show(ui, |ui| {
            for u in &report.upstreams {
                let (icon, word) = crate::report::server::state_look(u.state);
                ui.label(format!("{icon} {word}"));
                ui.label(egui::RichText::new(&u.target).monospace());
                ui.label(t!(
                    "details-at-line",
                    config = u.config.as_str(),
                    line = u.line
                ));
                ui.label(&u.detail);
                ui.end_row();
            }
        });
}

/// Findings of the server checks: each with its place to copy, the fix and the commands.
fn findings(ui: &mut egui::Ui, findings: &[crate::serverconf::judge::Finding]) {
    use crate::serverconf::judge::Severity;
    for f in findings {
        let status = match f.severity {
            Severity::Error => ItemStatus::Fail,
            Severity::Warning => ItemStatus::Warn,
            Severity::Info => ItemStatus::Info,
        };
        let color = crate::gui::style::status_color(ui, status);
        ui.add_space(4.0);
        ui.label(
            egui::RichText::new(format!(
                "{} {}",
                crate::gui::style::status_icon(status),
                f.title
            ))
            .color(color),
        );
        if let Some(config) = &f.config {
            let at = match f.line {
                Some(line) => t!("details-at-line", config = config.as_str(), line = line),
                None => config.clone(),
            };
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(&at).monospace());
                copy_button(ui, &t!("details-copy-place"), &at);
            });
        }
        ui.label(t!("details-fix", fix = f.fix.as_str()));
        super::commands(ui, &f.commands);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_follow_each_other_and_total_spans_all() {
        let t = Timings {
            dns: Some(3.0),
            connect: Some(10.0),
            tls: None,
            first_byte: Some(12.0),
            total: Some(26.0),
        };
        let p = phases(&t);
        assert_eq!(p.len(), 4);
        assert_eq!(p[0], ("details-phase-dns", 0.0, 3.0));
        assert_eq!(p[1], ("details-phase-connect", 3.0, 10.0));
        assert_eq!(p[2], ("details-phase-wait", 13.0, 12.0));
        assert_eq!(p[3], ("details-phase-total", 0.0, 26.0));
        assert!(phases(&Timings::default()).is_empty());
        let bad = Timings {
            dns: Some(f64::NAN),
            ..Timings::default()
        };
        assert!(phases(&bad).is_empty());
    }
}
