//! "Check these now" for a browser recording: the normal check, run to its end, on each of the
//! recording's distinct failing addresses (`har::recheck_urls`: GET only, at most five, the
//! redacted address, so no cookie, token or POST body of the recording is ever sent). One check
//! at a time: a handful of checks side by side would look like a burst to the site.

use crate::diagnosis::{Diagnosis, diagnose};
use crate::evidence::Evidence;
use crate::har::Recheck;
use crate::probe::CheckOptions;
use crate::target::Target;

/// Run one whole check and return what it found (no live output).
pub async fn check_to_end(target: Target, options: CheckOptions) -> (Evidence, Diagnosis) {
    let mut evidence = super::new_evidence(&target, &options);
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let engine = tokio::spawn(crate::i18n::in_language(
        crate::i18n::current(),
        super::run(target, options, tx),
    ));
    while let Some(event) = rx.recv().await {
        evidence.apply(event);
        if evidence.is_complete() {
            break;
        }
    }
    engine.abort();
    let diagnosis = diagnose(&evidence);
    (evidence, diagnosis)
}

/// Check each address again now, in order. An address that is not a valid web address is left
/// out (the recording may hold anything).
pub async fn recheck(urls: &[String], options: &CheckOptions) -> Vec<Recheck> {
    let mut out = Vec::new();
    for url in urls {
        let Ok(target) = Target::parse(url) else {
            continue;
        };
        let (evidence, diagnosis) = check_to_end(target, options.clone()).await;
        out.push(Recheck::from_check(url, &evidence, &diagnosis));
    }
    out
}
