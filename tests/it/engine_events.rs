//! The probe engine as a library (no binary): the event stream the CLI and the GUI both consume.
//! Every planned probe reports exactly once, `Started` always comes before its `Finished`, the
//! folded evidence is complete and diagnoses a healthy site as healthy; and dropping the `run`
//! future really cancels the check (connections closed, runtime shuts down at once).

use crate::support::*;
use gateway_doctor::diagnosis::{self, VerdictStatus};
use gateway_doctor::evidence::{ProbeEvent, ProbeKind};
use gateway_doctor::probe::{self, CheckOptions};
use gateway_doctor::target::Target;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

fn options(reference: &Reference, timeout: Duration) -> CheckOptions {
    CheckOptions {
        references: vec![reference.arg()],
        use_proxy: false,
        retries: 2,
        timeout,
        ..CheckOptions::default()
    }
}

/// Drains whatever is in the channel now.
fn drain(rx: &mut mpsc::UnboundedReceiver<ProbeEvent>) -> Vec<ProbeEvent> {
    let mut events = Vec::new();
    while let Ok(e) = rx.try_recv() {
        events.push(e);
    }
    events
}

#[test]
fn every_planned_probe_reports_once_after_it_started() {
    let app = http_ok();
    let reference = Reference::start();
    let target = Target::parse(&app.url()).expect("target");
    let options = options(&reference, Duration::from_secs(2));
    let planned = probe::plan(&target, &options);
    let mut evidence = probe::new_evidence(&target, &options);
    assert_eq!(evidence.planned, planned);
    assert!(!evidence.is_complete(), "nothing has run yet");

    let (tx, mut rx) = mpsc::unbounded_channel();
    let rt = runtime();
    let started = Instant::now();
    rt.block_on(async {
        tokio::time::timeout(
            Duration::from_secs(30),
            probe::run(target.clone(), options, tx),
        )
        .await
        .expect("the engine finished well within 30 s");
    });
    assert!(started.elapsed() < Duration::from_secs(20));
    let events = drain(&mut rx);
    rt.shutdown_timeout(Duration::from_secs(2));

    // Position of each kind's Started and Finished events.
    let mut starts: BTreeMap<ProbeKind, Vec<usize>> = BTreeMap::new();
    let mut finishes: BTreeMap<ProbeKind, Vec<usize>> = BTreeMap::new();
    for (i, e) in events.iter().enumerate() {
        match e {
            ProbeEvent::Started(k) => starts.entry(*k).or_default().push(i),
            ProbeEvent::Finished {
                observation,
                record,
            } => {
                assert_eq!(record.kind, observation.kind());
                finishes.entry(observation.kind()).or_default().push(i)
            }
        }
    }
    for kind in &planned {
        let f = finishes.get(kind).cloned().unwrap_or_default();
        assert_eq!(
            f.len(),
            1,
            "{kind:?} finished {} times: {events:#?}",
            f.len()
        );
        let s = starts.get(kind).cloned().unwrap_or_default();
        assert!(s.len() <= 1, "{kind:?} started {} times", s.len());
        if let Some(start) = s.first() {
            assert!(start < &f[0], "{kind:?} finished before it started");
        }
    }
    // A healthy site: every planned probe started, and nothing unplanned appeared.
    for kind in starts.keys().chain(finishes.keys()) {
        assert!(planned.contains(kind), "unplanned probe {kind:?}");
    }
    for kind in &planned {
        assert!(starts.contains_key(kind), "{kind:?} never started");
    }
    // TLS is planned even for http (a redirect may lead to https); here it reports as skipped.
    assert!(planned.contains(&ProbeKind::Tls));
    assert!(
        planned.contains(&ProbeKind::Refresh),
        "retries=2 plans a refresh"
    );

    for e in events {
        evidence.apply(e);
    }
    assert!(evidence.is_complete(), "{evidence:#?}");
    assert_eq!(evidence.probes.len(), planned.len());
    assert_eq!(evidence.http.as_ref().and_then(|h| h.status), Some(200));
    assert_eq!(
        evidence.refresh.as_ref().map(|r| r.attempts.len()),
        Some(2),
        "retries=2 makes two refresh requests"
    );
    let connection = evidence.connection.as_ref().expect("connection observed");
    assert!(connection.any_reference_ok(), "{connection:#?}");
    assert!(connection.proxy.is_none(), "use_proxy=false");

    let d = diagnosis::diagnose(&evidence);
    assert_eq!(d.verdict.status, VerdictStatus::Healthy, "{:#?}", d.verdict);
    assert!(d.verdict.conclusive, "{:#?}", d.verdict);
}

#[test]
fn dropping_the_run_future_cancels_the_check() {
    let server = accept_and_hang();
    let reference = Reference::start();
    let target = Target::parse(&server.url()).expect("target");
    let options = options(&reference, Duration::from_secs(30));
    let (tx, mut rx) = mpsc::unbounded_channel();
    let rt = runtime();

    let started = Instant::now();
    let (outcome, open_while_running) = rt.block_on(async {
        let engine =
            tokio::time::timeout(Duration::from_millis(300), probe::run(target, options, tx));
        let sample = async {
            tokio::time::sleep(Duration::from_millis(250)).await;
            server.active_connections()
        };
        tokio::join!(engine, sample)
    });
    let returned_after = started.elapsed();
    assert!(
        outcome.is_err(),
        "the engine finished against a hanging server"
    );
    assert!(
        returned_after < Duration::from_secs(2),
        "the timeout did not end the engine promptly: {returned_after:?}"
    );
    assert!(
        open_while_running > 0,
        "the engine held no connection to the hanging server while running"
    );

    // The dropped probes close their sockets while the runtime keeps running (as the GUI's
    // does): the server sees every client hang up.
    let deadline = Instant::now() + Duration::from_secs(3);
    while server.active_connections() > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        server.active_connections(),
        0,
        "connections left open after the check was cancelled"
    );

    let shutdown = Instant::now();
    rt.shutdown_timeout(Duration::from_secs(2));
    assert!(
        shutdown.elapsed() < Duration::from_secs(5),
        "the runtime took {:?} to shut down",
        shutdown.elapsed()
    );

    // The main request started and never finished: it was cancelled, not completed.
    let events = drain(&mut rx);
    assert!(events.contains(&ProbeEvent::Started(ProbeKind::Http)));
    let http_finished = events.iter().any(|e| {
        matches!(e, ProbeEvent::Finished { observation, .. } if observation.kind() == ProbeKind::Http)
    });
    assert!(
        !http_finished,
        "the http probe cannot have finished: {events:#?}"
    );
}
