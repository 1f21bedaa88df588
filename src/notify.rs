//! Desktop notifications: the [`Notifier`](crate::watch::Notifier) that tells the person the
//! site is back through the desktop's notification service (freedesktop notifications over D-Bus
//! on Linux, the notification centre on macOS and Windows). Talks to the system, so it lives
//! beside the engine; `watch` keeps only the trait and the schedule.

#[cfg(not(feature = "notify"))]
use crate::watch::NoNotifier;
use crate::watch::Notifier;

/// The desktop's notification service (freedesktop notifications over D-Bus on Linux, the
/// notification centre on macOS and Windows).
#[cfg(feature = "notify")]
pub struct DesktopNotifier;

#[cfg(feature = "notify")]
impl Notifier for DesktopNotifier {
    fn notify(&self, title: &str, body: &str) -> Result<(), String> {
        #[cfg(target_os = "linux")]
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none()
            && std::env::var_os("XDG_RUNTIME_DIR")
                .map(|d| !std::path::Path::new(&d).join("bus").exists())
                .unwrap_or(true)
        {
            return Err(crate::t!("eng-notify-no-bus"));
        }
        notify_rust::Notification::new()
            .summary(title)
            .body(body)
            .appname("Gateway Doctor")
            .show()
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// The notifier for this build: the desktop's with the `notify` feature (on by default, for the
/// app and `watch` alike), else none.
pub fn desktop_notifier() -> Box<dyn Notifier> {
    #[cfg(feature = "notify")]
    {
        Box::new(DesktopNotifier)
    }
    #[cfg(not(feature = "notify"))]
    {
        Box::new(NoNotifier)
    }
}
