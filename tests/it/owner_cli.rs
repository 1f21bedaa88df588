//! Owner mode end to end: `gateway-doctor check URL --mode owner` against a real nginx on
//! loopback that serves its static files while the app behind it is down, with `--origin`
//! pointing at a second nginx. Every owner item must be in the JSON report, settled, and the
//! burst must stay within its caps.

use crate::support::*;
use std::collections::BTreeMap;

#[test]
fn owner_mode_fills_every_owner_item_against_real_servers() {
    let root = tempfile::tempdir().expect("tempdir");
    std::fs::write(root.path().join("robots.txt"), "User-agent: *\n").expect("robots");
    let dead = closed_port();
    let nginx = Nginx::server(&format!(
        "root {};\n location = /robots.txt {{ }}\n location / {{ proxy_pass http://127.0.0.1:{dead}; }}",
        root.path().display()
    ));
    // The "origin" answers the page fine: the edge (the first nginx) is the one failing.
    let origin = Nginx::server("location / { return 200 \"origin ok\\n\"; }");
    let run = Check::new(nginx.url())
        .arg("--mode")
        .arg("owner")
        .arg("--origin")
        .arg(format!("127.0.0.1:{}", origin.port()))
        .run();
    run.assert_code(1);
    run.assert_http_status(Some(502));
    assert_eq!(run.str_at("/mode"), "owner", "{}", run.describe());
    let mut statuses = BTreeMap::new();
    for id in [
        "restart_server",
        "server_logs",
        "plugins",
        "dns",
        "firewall_proxy",
        "php_limits",
        "cdn",
    ] {
        let item = run.checklist_item(id);
        let status = item["status"].as_str().unwrap_or_default().to_string();
        assert_ne!(status, "pending", "{id} settled: {}", run.describe());
        assert!(
            !item["finding"].as_str().unwrap_or_default().is_empty(),
            "{id} has a finding"
        );
        statuses.insert(id, status);
    }
    // Static files work, the page fails: the app server, not the web server.
    assert_eq!(statuses["restart_server"], "fail", "{statuses:?}");
    let restart = run.checklist_item("restart_server");
    assert!(
        restart["commands"]
            .as_array()
            .is_some_and(|c| !c.is_empty()),
        "restart_server has commands: {restart}"
    );
    // An IP literal needs no DNS: nothing was asked (no packet to any resolver).
    assert_eq!(statuses["dns"], "skipped", "{statuses:?}");
    // Every probe of owner mode reported, and the burst stayed gentle.
    for kind in ["propagation", "routes", "paths", "burst", "origin"] {
        assert_eq!(
            run.probes_of_kind(kind).len(),
            1,
            "{kind}: {}",
            run.describe()
        );
    }
    let burst = &run.probes_of_kind("burst")[0]["details"];
    let total = burst["total_requests"].as_u64().unwrap_or(99);
    assert!(total > 0 && total <= 20, "burst sent {total} requests");
    let origin_probe = &run.probes_of_kind("origin")[0]["details"];
    assert_eq!(origin_probe["direct"]["status"], 200, "{origin_probe}");
}

#[test]
fn visitor_mode_has_no_owner_items_and_no_owner_probes() {
    let nginx = Nginx::server("location / { return 200 \"ok\\n\"; }");
    let run = Check::new(nginx.url()).run();
    run.assert_code(0);
    let ids: Vec<&str> = run
        .at("/checklist")
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["id"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        ids,
        [
            "refresh",
            "clear_cache",
            "other_browser",
            "connection",
            "wait"
        ]
    );
    for kind in ["propagation", "routes", "paths", "burst", "origin"] {
        assert!(
            run.probes_of_kind(kind).is_empty(),
            "{kind} ran in visitor mode"
        );
    }
}
