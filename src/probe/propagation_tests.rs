//! Unit tests for the pure parts of the propagation probe: folding A/AAAA replies into a row,
//! the zones walked for NS records, and rows for hosts that need no lookup.

use super::*;
use hickory_resolver::proto::op::OpCode;
use hickory_resolver::proto::rr::Record;
use hickory_resolver::proto::rr::rdata::{A, AAAA, CNAME, SOA};

fn server() -> SocketAddr {
    "127.0.0.1:5300".parse().expect("addr")
}

fn name(s: &str) -> Name {
    Name::from_ascii(s).expect("name")
}

fn reply(rcode: ResponseCode, aa: bool, answers: Vec<Record>) -> Result<Message, AskError> {
    let mut m = Message::response(7, OpCode::Query);
    m.metadata.response_code = rcode;
    m.metadata.authoritative = aa;
    m.answers = answers;
    Ok(m)
}

fn a(ip: [u8; 4], ttl: u32) -> Record {
    Record::from_rdata(
        name("www.example.test."),
        ttl,
        RData::A(A(Ipv4Addr::from(ip))),
    )
}

#[test]
fn a_and_aaaa_answers_fold_into_one_row_with_the_smallest_ttl() {
    let v6 = Record::from_rdata(
        name("www.example.test."),
        120,
        RData::AAAA(AAAA(Ipv6Addr::LOCALHOST)),
    );
    let row = row_from_replies(
        ResolverRole::Authoritative,
        "ns1".into(),
        server(),
        &[
            reply(ResponseCode::NoError, true, vec![a([192, 0, 2, 1], 300)]),
            reply(ResponseCode::NoError, true, vec![v6]),
        ],
    );
    assert_eq!(row.outcome, ResolverOutcome::Answered);
    assert_eq!(
        row.addresses,
        vec![
            "192.0.2.1".parse::<IpAddr>().expect("ip"),
            IpAddr::V6(Ipv6Addr::LOCALHOST)
        ]
    );
    assert_eq!(row.ttl_secs, Some(120));
    assert_eq!(row.authoritative_flag, Some(true));
    assert_eq!(row.server, "127.0.0.1:5300");
    assert_eq!(row.error, None);
}

#[test]
fn the_aa_flag_is_only_recorded_for_authoritative_rows_and_needs_every_reply() {
    let replies = [
        reply(ResponseCode::NoError, true, vec![a([192, 0, 2, 1], 60)]),
        reply(ResponseCode::NoError, false, vec![]),
    ];
    let auth = row_from_replies(ResolverRole::Authoritative, "ns".into(), server(), &replies);
    assert_eq!(auth.authoritative_flag, Some(false));
    let public = row_from_replies(ResolverRole::Public, "p".into(), server(), &replies);
    assert_eq!(public.authoritative_flag, None);
}

#[test]
fn cname_only_counts_as_an_answer() {
    let cname = Record::from_rdata(
        name("www.example.test."),
        600,
        RData::CNAME(CNAME(name("Edge.CDN.test."))),
    );
    let row = row_from_replies(
        ResolverRole::Authoritative,
        "ns".into(),
        server(),
        &[
            reply(ResponseCode::NoError, true, vec![cname.clone()]),
            reply(ResponseCode::NoError, true, vec![cname]),
        ],
    );
    assert_eq!(row.outcome, ResolverOutcome::Answered);
    assert!(row.addresses.is_empty());
    assert_eq!(row.cname_chain, vec!["edge.cdn.test".to_string()]);
    assert_eq!(row.ttl_secs, Some(600));
}

#[test]
fn negative_answers_keep_the_soa_negative_ttl() {
    let mut nx = Message::response(7, OpCode::Query);
    nx.metadata.response_code = ResponseCode::NXDomain;
    let soa = SOA::new(
        name("ns1.example.test."),
        name("admin.example.test."),
        1,
        3600,
        600,
        86400,
        900,
    );
    nx.authorities.push(Record::from_rdata(
        name("example.test."),
        3600,
        RData::SOA(soa),
    ));
    let row = row_from_replies(
        ResolverRole::Public,
        "p".into(),
        server(),
        &[Ok(nx.clone()), Ok(nx)],
    );
    assert_eq!(row.outcome, ResolverOutcome::NxDomain);
    assert_eq!(row.ttl_secs, Some(900));
}

#[test]
fn failures_are_ranked_and_explained() {
    let timeout = Err(AskError::Timeout(Duration::from_millis(300)));
    let both_timed_out = row_from_replies(
        ResolverRole::Public,
        "p".into(),
        server(),
        &[timeout.clone(), timeout.clone()],
    );
    assert_eq!(both_timed_out.outcome, ResolverOutcome::Timeout);
    assert_eq!(
        both_timed_out.error.as_deref(),
        Some("no reply within 0.3 s")
    );

    let refused = row_from_replies(
        ResolverRole::Authoritative,
        "ns".into(),
        server(),
        &[reply(ResponseCode::Refused, false, vec![]), timeout.clone()],
    );
    assert_eq!(refused.outcome, ResolverOutcome::Refused);

    // "no AAAA" plus an unknown A is not "no records": we do not know the A.
    let unknown = row_from_replies(
        ResolverRole::Public,
        "p".into(),
        server(),
        &[timeout, reply(ResponseCode::NoError, false, vec![])],
    );
    assert_eq!(unknown.outcome, ResolverOutcome::Timeout);

    let odd = row_from_replies(
        ResolverRole::Public,
        "p".into(),
        server(),
        &[
            reply(ResponseCode::NotImp, false, vec![]),
            Err(AskError::Failed("boom".into())),
        ],
    );
    assert_eq!(odd.outcome, ResolverOutcome::Error);
    let error = odd.error.expect("an error text");
    assert!(
        error.contains("response code") && error.contains("boom"),
        "{error}"
    );
}

#[test]
fn zones_are_walked_from_the_name_up_but_not_to_the_tld() {
    assert_eq!(
        zone_candidates("a.www.example.com"),
        vec!["a.www.example.com", "www.example.com", "example.com"]
    );
    assert_eq!(zone_candidates("example.com"), vec!["example.com"]);
    assert_eq!(zone_candidates("intranet"), vec!["intranet"]);
}

#[test]
fn literals_and_localhost_are_not_queried() {
    let row = not_queried("192.0.2.7").expect("a row");
    assert_eq!(row.outcome, ResolverOutcome::NotQueried);
    assert_eq!(
        row.addresses,
        vec!["192.0.2.7".parse::<IpAddr>().expect("ip")]
    );
    assert_eq!(
        not_queried("app.localhost").map(|r| r.addresses.len()),
        Some(2)
    );
    assert!(not_queried("example.com").is_none());
}

#[test]
fn well_known_public_resolvers_are_named() {
    assert_eq!(
        public_resolver("9.9.9.9:53".parse().expect("addr")).0,
        "Quad9"
    );
    assert_eq!(public_resolver("127.0.0.1:53".parse().expect("addr")).0, "");
    assert_eq!(server_text("1.1.1.1:53".parse().expect("addr")), "1.1.1.1");
    assert_eq!(
        server_text("127.0.0.1:5300".parse().expect("addr")),
        "127.0.0.1:5300"
    );
}

#[tokio::test]
async fn ip_literal_hosts_need_no_resolver() {
    let obs = run("[::1]", &PropagationOptions::default()).await;
    assert_eq!(obs.name, "::1");
    assert_eq!(obs.rows.len(), 1);
    assert_eq!(obs.rows[0].outcome, ResolverOutcome::NotQueried);
}
