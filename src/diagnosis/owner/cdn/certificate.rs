//! The site's own certificate (the one visitors get, from the edge when a CDN is in front) as
//! the owner sees it: one that expires within `EXPIRY_WARN_DAYS` is a warning in the `cdn` item,
//! with the renewal command. Visitors are not told: it still works for them today.
//!
//! Expired certificates are the verdict's business (`tls_expired`); the origin's certificate
//! behind a CDN is compared in `owner::origin`.

use crate::diagnosis::owner::origin::EXPIRY_WARN_DAYS;
use crate::evidence::{TlsObservation, TlsOutcome};

/// A certificate that will soon stop working.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpiryWarning {
    pub days_left: i64,
    pub finding: String,
    pub advice: String,
    pub commands: Vec<String>,
}

/// Commands that renew a Let's Encrypt certificate on the server and load it.
pub const RENEW_COMMANDS: &[&str] = &[
    "certbot certificates",
    "certbot renew",
    "systemctl reload nginx   # or apache2 / httpd",
];

/// A warning when the certificate expires in less than `EXPIRY_WARN_DAYS` days (and has not
/// expired yet). `edge` names the CDN that presents it, when one is in front.
pub fn expiry_warning(tls: &TlsObservation, edge: Option<&str>) -> Option<ExpiryWarning> {
    if matches!(
        tls.outcome,
        TlsOutcome::Expired | TlsOutcome::HandshakeFailed | TlsOutcome::Timeout
    ) {
        return None;
    }
    let days = tls
        .days_left
        .filter(|d| (0..EXPIRY_WARN_DAYS).contains(d))?;
    let finding = match tls.not_after.as_deref() {
        Some(until) => crate::t!("own-cert-expires-until", days = days, until = until),
        None => crate::t!("own-cert-expires", days = days),
    };
    let (advice, commands) = match edge {
        Some(cdn) => (crate::t!("own-cert-renew-at-cdn", cdn = cdn), Vec::new()),
        None => (
            crate::t!("own-cert-renew"),
            RENEW_COMMANDS.iter().map(|c| c.to_string()).collect(),
        ),
    };
    Some(ExpiryWarning {
        days_left: days,
        finding,
        advice,
        commands,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cert(outcome: TlsOutcome, days_left: Option<i64>) -> TlsObservation {
        TlsObservation {
            outcome,
            days_left,
            not_after: Some("2026-12-06T10:00:00Z".into()),
            ..TlsObservation::default()
        }
    }

    #[test]
    fn warns_under_fourteen_days_with_the_renewal_command() {
        let w = expiry_warning(&cert(TlsOutcome::Ok, Some(5)), None).expect("a warning");
        assert_eq!(w.days_left, 5);
        assert!(w.finding.contains("expires in 5 days"), "{}", w.finding);
        assert!(w.finding.contains("2026-12-06"), "{}", w.finding);
        assert!(w.commands.iter().any(|c| c == "certbot renew"));
        let w = expiry_warning(&cert(TlsOutcome::Untrusted, Some(0)), None).expect("today");
        assert!(w.finding.contains("expires today"), "{}", w.finding);
        let w = expiry_warning(&cert(TlsOutcome::Ok, Some(13)), None).expect("13 days");
        assert!(w.finding.contains("13 days"), "{}", w.finding);
    }

    #[test]
    fn quiet_for_long_lived_expired_or_unknown_certificates() {
        for (outcome, days) in [
            (TlsOutcome::Ok, Some(14)),
            (TlsOutcome::Ok, Some(90)),
            (TlsOutcome::Ok, None),
            (TlsOutcome::Expired, Some(-1)),
            (TlsOutcome::Ok, Some(-3)),
            (TlsOutcome::HandshakeFailed, Some(5)),
        ] {
            assert_eq!(expiry_warning(&cert(outcome, days), None), None, "{days:?}");
        }
    }

    #[test]
    fn behind_a_cdn_the_dashboard_renews_it() {
        let w = expiry_warning(&cert(TlsOutcome::Ok, Some(3)), Some("Cloudflare")).expect("warn");
        assert!(w.advice.starts_with("Cloudflare presents"), "{}", w.advice);
        assert!(w.commands.is_empty());
    }
}
