//! The desktop app (eframe/egui on the glow renderer): a live, guided 502 checklist for
//! visitors. It consumes the same engine events and the same diagnosis as the CLI, so the window,
//! the terminal and the exported reports always agree.
//!
//! Files: `app` (state and actions), `bridge` (engine <-> UI thread, file dialogs), `state` (one
//! run, the re-check schedule), `style` (colours, icons, words), `logs` (reading server logs),
//! `world` (asking Globalping), `panels/` (one file per area).

pub mod app;
pub mod bridge;
pub mod logs;
pub mod panels;
pub mod state;
pub mod style;
pub mod task;
pub mod world;

#[cfg(test)]
mod tests;

use crate::probe::CheckOptions;
use app::{AppConfig, GuiApp};

/// The window's icon (also drawn in the header), from `assets/`.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");
/// Desktop integration id (Wayland app id / X11 WM_CLASS; the .desktop file uses the same).
pub const APP_ID: &str = "gateway-doctor";

/// The icon as a texture for drawing inside the window.
pub fn icon_texture(ctx: &egui::Context) -> Option<egui::TextureHandle> {
    let icon = eframe::icon_data::from_png_bytes(ICON_PNG).ok()?;
    let image = egui::ColorImage::from_rgba_unmultiplied(
        [icon.width as usize, icon.height as usize],
        &icon.rgba,
    );
    Some(ctx.load_texture("app-icon", image, egui::TextureOptions::LINEAR))
}

/// No blinking text cursor: a blinking cursor repaints the window twice a second forever, and
/// an idle window should cost no CPU. The cursor still shows, steadily.
pub fn quiet_style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| style.visuals.text_cursor.blink = false);
}

/// Open the window and run until it is closed.
pub fn run_app(
    initial_url: Option<String>,
    options: CheckOptions,
    logs: Vec<std::path::PathBuf>,
    lang: Option<String>,
) -> Result<(), GuiError> {
    let store = crate::store::Store::from_env_or_default();
    let size = store
        .as_ref()
        .and_then(|s| s.load().settings.window)
        .map(|w| egui::vec2(w.width, w.height))
        .unwrap_or(egui::vec2(960.0, 680.0));
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Gateway Doctor")
        .with_app_id(APP_ID)
        .with_inner_size(size)
        .with_min_inner_size([720.0, 520.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let backend = bridge::EngineBackend::new().map_err(GuiError::Runtime)?;
    let config = AppConfig {
        initial_url,
        options,
        store,
        browsers: crate::browsers::detect(),
        fallback_dir: None,
        logs,
        history: crate::history::default_path().ok(),
        lang,
    };
    eframe::run_native(
        "Gateway Doctor",
        native,
        Box::new(move |cc| {
            quiet_style(&cc.egui_ctx);
            let owner = config.options.mode == crate::evidence::Mode::Owner;
            let mut app = GuiApp::new(config, Box::new(backend), Box::new(bridge::NativePicker));
            if owner {
                // `gateway-doctor URL --mode owner` opens in owner mode.
                app.settings.mode = crate::evidence::Mode::Owner;
            }
            app.icon = icon_texture(&cc.egui_ctx);
            app.owns_process = true;
            crate::i18n::set(app.language);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| GuiError::Window(e.to_string()))
}

#[derive(Debug, thiserror::Error)]
pub enum GuiError {
    #[error("cannot start the probe engine: {0}")]
    Runtime(std::io::Error),
    #[error("cannot open the window: {0}")]
    Window(String),
}
