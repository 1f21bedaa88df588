use super::*;
use crate::evidence::DnsObservation;
use crate::evidence::origin::OriginObservation;

fn resp(status: u16) -> HttpObservation {
    HttpObservation {
        outcome: HttpOutcome::Response,
        status: Some(status),
        ..HttpObservation::default()
    }
}

fn failed(outcome: HttpOutcome) -> HttpObservation {
    HttpObservation {
        outcome,
        error: Some("connection refused".into()),
        ..HttpObservation::default()
    }
}

fn ev(edge: HttpObservation, direct: HttpObservation) -> Evidence {
    Evidence {
        http: Some(edge),
        origin: Some(OriginObservation {
            origin: "203.0.113.5:443".into(),
            direct: Box::new(direct),
            ..OriginObservation::default()
        }),
        ..Evidence::default()
    }
}

#[test]
fn edge_fails_origin_fine_is_edge_config() {
    let c = compare_origin(&ev(resp(502), resp(200))).unwrap();
    assert_eq!(c.verdict, OriginVerdict::EdgeConfig);
    assert_eq!((c.edge_status, c.origin_status), (Some(502), Some(200)));
    assert!(
        c.summary
            .starts_with("Through the edge: 502. Straight to the origin 203.0.113.5:443: 200."),
        "{}",
        c.summary
    );
    assert!(!c.origin_is_edge);
}

#[test]
fn both_fail_is_the_origin_stack() {
    let c = compare_origin(&ev(resp(502), resp(502))).unwrap();
    assert_eq!(c.verdict, OriginVerdict::OriginStack);
    let c = compare_origin(&ev(resp(504), failed(HttpOutcome::Timeout))).unwrap();
    assert_eq!(c.verdict, OriginVerdict::OriginStack);
    assert_eq!(c.origin_result, "timeout");
}

#[test]
fn edge_fine_is_fine_and_says_when_the_origin_is_not() {
    let c = compare_origin(&ev(resp(200), resp(200))).unwrap();
    assert_eq!(c.verdict, OriginVerdict::Fine);
    assert!(c.summary.ends_with("Both work."), "{}", c.summary);
    let c = compare_origin(&ev(resp(200), resp(502))).unwrap();
    assert_eq!(c.verdict, OriginVerdict::Fine);
    assert!(c.summary.contains("cache"), "{}", c.summary);
}

#[test]
fn origin_refusing_or_silent_is_unreachable() {
    for outcome in [
        HttpOutcome::ConnectRefused,
        HttpOutcome::ConnectTimeout,
        HttpOutcome::ConnectFailed,
        HttpOutcome::TlsFailed,
    ] {
        let c = compare_origin(&ev(resp(522), failed(outcome))).unwrap();
        assert_eq!(c.verdict, OriginVerdict::OriginUnreachable, "{outcome:?}");
    }
    let c = compare_origin(&ev(resp(522), failed(HttpOutcome::ConnectRefused))).unwrap();
    assert_eq!(c.origin_result, "connect refused");
    assert!(
        c.summary
            .contains("Nothing accepts connections at 203.0.113.5:443"),
        "{}",
        c.summary
    );
}

#[test]
fn nothing_to_compare_until_both_are_in() {
    let mut e = ev(resp(502), resp(200));
    e.origin = None;
    assert!(compare_origin(&e).is_none());
    let mut e = ev(resp(502), resp(200));
    e.http = None;
    assert!(compare_origin(&e).is_none());
    let e = ev(failed(HttpOutcome::DnsFailed), resp(200));
    assert!(compare_origin(&e).is_none());
}

#[test]
fn origin_that_is_the_sites_own_address_is_flagged() {
    let mut e = ev(resp(502), resp(502));
    e.dns = Some(DnsObservation {
        addresses: vec!["203.0.113.5".parse().unwrap()],
        ..DnsObservation::default()
    });
    let c = compare_origin(&e).unwrap();
    assert!(c.origin_is_edge);
    assert!(c.summary.contains("no edge in between"), "{}", c.summary);
}

fn cert(outcome: TlsOutcome, subject: &str, issuer: &str, days_left: i64) -> TlsObservation {
    TlsObservation {
        outcome,
        subject: Some(subject.into()),
        issuer: Some(issuer.into()),
        days_left: Some(days_left),
        not_after: Some("2021-01-01T00:00:00Z".into()),
        sans: vec!["localhost".into()],
        ..TlsObservation::default()
    }
}

#[test]
fn origin_certificate_problems_and_differences_are_noted() {
    let edge = cert(TlsOutcome::Ok, "CN=site.test", "CN=Edge CA", 80);
    let mut e = ev(resp(526), resp(200));
    e.target.host = "site.test".into();
    e.tls = Some(edge.clone());

    let origin = e.origin.as_mut().unwrap();
    origin.tls = Some(cert(
        TlsOutcome::Untrusted,
        "CN=localhost",
        "CN=localhost",
        300,
    ));
    let c = compare_origin(&e).unwrap();
    assert!(
        c.certificate_notes[0].contains("self-signed"),
        "{:?}",
        c.certificate_notes
    );
    assert!(
        c.certificate_notes
            .iter()
            .any(|n| n.contains("another certificate than the edge"))
    );

    let origin = e.origin.as_mut().unwrap();
    origin.tls = Some(cert(
        TlsOutcome::Expired,
        "CN=site.test",
        "CN=Edge CA",
        -1500,
    ));
    let c = compare_origin(&e).unwrap();
    assert!(
        c.certificate_notes[0].contains("expired (valid until 2021-01-01"),
        "{:?}",
        c.certificate_notes
    );
    assert_eq!(
        c.certificate_notes.len(),
        1,
        "same subject and issuer: no difference note"
    );

    let origin = e.origin.as_mut().unwrap();
    origin.tls = Some(cert(TlsOutcome::WrongHost, "CN=localhost", "CN=R3", 60));
    let c = compare_origin(&e).unwrap();
    assert!(
        c.certificate_notes[0].contains("not for site.test (it names localhost)"),
        "{:?}",
        c.certificate_notes
    );

    let origin = e.origin.as_mut().unwrap();
    origin.tls = Some(cert(TlsOutcome::Ok, "CN=site.test", "CN=Edge CA", 3));
    let c = compare_origin(&e).unwrap();
    assert_eq!(
        c.certificate_notes,
        vec!["The origin's certificate expires in 3 days: renew it now.".to_string()]
    );

    let origin = e.origin.as_mut().unwrap();
    origin.tls = None;
    assert!(compare_origin(&e).unwrap().certificate_notes.is_empty());
}
