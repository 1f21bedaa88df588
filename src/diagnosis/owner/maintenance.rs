//! Owner wording for a site in maintenance (verdict cause `maintenance`: a 503 with a maintenance
//! page or Retry-After). Nothing is down then, so `restart_server` must not tell the owner to
//! restart the backend: it says maintenance, for how long, and how to switch it off.

use crate::diagnosis::wording;
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};

/// Commands that find and end a maintenance mode (WordPress' `.maintenance` file, WP-CLI, a
/// `return 503` in the web server's configuration).
pub const END_MAINTENANCE: &[&str] = &[
    "ls -la /var/www/*/.maintenance /var/www/html/.maintenance   # WordPress: delete it to end maintenance",
    "wp maintenance-mode status",
    "wp maintenance-mode deactivate",
    "grep -rnE 'return 503|maintenance' /etc/nginx/ /etc/apache2/ /etc/httpd/",
];

/// The `restart_server` item while the site is in maintenance; `retry_after_secs` is what the
/// site's Retry-After said, when it said something.
pub fn restart_server(retry_after_secs: Option<u64>) -> ChecklistItem {
    let finding = match retry_after_secs {
        Some(secs) => crate::t!(
            "own-maint-finding-retry",
            secs = secs.to_string(),
            wait = wording::wait(secs)
        ),
        None => crate::t!("own-maint-finding-no-retry"),
    };
    let mut item = ChecklistItem::new(
        CheckId::RestartServer,
        ItemStatus::Info,
        finding,
        crate::t!("own-maint-advice"),
    );
    item.commands = END_MAINTENANCE.iter().map(|c| c.to_string()).collect();
    item
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_maintenance_and_how_long() {
        let item = restart_server(Some(120));
        assert_eq!(item.id, CheckId::RestartServer);
        assert_eq!(item.status, ItemStatus::Info);
        assert!(
            item.finding.contains("maintenance mode"),
            "{}",
            item.finding
        );
        assert!(item.finding.contains("about 2 minutes"), "{}", item.finding);
        assert!(
            item.commands
                .iter()
                .any(|c| c.contains("wp maintenance-mode"))
        );
        let item = restart_server(None);
        assert!(item.finding.contains("no Retry-After"), "{}", item.finding);
    }
}
