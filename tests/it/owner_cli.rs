//! Owner mode end to end: `gateway-doctor check URL --mode owner` against a real nginx on
//! loopback that serves its static files while the app behind it is down, with `--origin`
//! pointing at a second nginx. Every owner item must be in the JSON report, settled, and the
//! burst must stay within its caps.

use crate::support::*;
use std::collections::BTreeMap;

/// A site whose nginx serves robots.txt itself while the app behind it is down, and an "origin"
/// nginx that answers the page fine. Keep the value alive while checking.
struct OwnerSite {
    _root: tempfile::TempDir,
    edge: Nginx,
    origin: Nginx,
}

impl OwnerSite {
    fn start() -> OwnerSite {
        let root = tempfile::tempdir().expect("tempdir");
        std::fs::write(root.path().join("robots.txt"), "User-agent: *\n").expect("robots");
        let dead = closed_port();
        let edge = Nginx::server(&format!(
            "root {};\n location = /robots.txt {{ }}\n location / {{ proxy_pass http://127.0.0.1:{dead}; }}",
            root.path().display()
        ));
        // The "origin" answers the page fine: the edge (the first nginx) is the one failing.
        let origin = Nginx::server("location / { return 200 \"origin ok\\n\"; }");
        OwnerSite {
            _root: root,
            edge,
            origin,
        }
    }

    fn origin_arg(&self) -> String {
        format!("127.0.0.1:{}", self.origin.port())
    }

    /// `check EDGE --mode owner --origin ORIGIN --format FORMAT`.
    fn check(&self, format: &str) -> CheckRun {
        Check::new(self.edge.url())
            .format(format)
            .arg("--mode")
            .arg("owner")
            .arg("--origin")
            .arg(self.origin_arg())
            .run()
    }
}

#[test]
fn owner_mode_fills_every_owner_item_against_real_servers() {
    let site = OwnerSite::start();
    let run = site.check("json");
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

#[test]
fn owner_markdown_report_has_commands_and_the_owner_sections() {
    let site = OwnerSite::start();
    let run = site.check("markdown");
    run.assert_code(1);
    let md = &run.stdout;
    assert!(
        md.starts_with("# Gateway Doctor report: 127.0.0.1"),
        "{}",
        run.describe()
    );
    assert!(md.contains("(owner mode)"), "{md}");
    // The restart_server item's commands, as a code block under the checklist table.
    let table = md
        .find("| Step | Result | Advice |")
        .expect("checklist table");
    let commands = md
        .find("Commands for Restart server:\n\n```\nsystemctl restart")
        .unwrap_or_else(|| panic!("restart commands block\n{md}"));
    assert!(table < commands, "{md}");
    let origin = site.origin_arg();
    assert!(md.contains("## Edge vs origin"), "{md}");
    assert!(
        md.contains("| Through the site's address (edge) | 502 |"),
        "{md}"
    );
    assert!(
        md.contains(&format!("| Straight to the origin {origin} | 200 |")),
        "{md}"
    );
    assert!(md.contains("## Ways to reach the site"), "{md}");
    assert!(md.contains("## Static vs dynamic paths"), "{md}");
    assert!(md.contains("| /robots.txt | static | 200 |"), "{md}");
    assert!(md.contains("## Gentle load test"), "{md}");
    assert!(md.contains("at once: "), "burst summary: {md}");
}

#[test]
fn owner_html_report_has_commands_and_the_owner_sections() {
    let site = OwnerSite::start();
    let run = site.check("html");
    run.assert_code(1);
    let html = &run.stdout;
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", run.describe());
    assert!(
        html.contains("<pre class=\"commands\"><code>systemctl restart"),
        "{html}"
    );
    assert!(html.contains("<h2>Edge vs origin</h2>"), "{html}");
    assert!(
        html.contains(&format!(
            "<tr><td>Straight to the origin {}</td><td>200</td></tr>",
            site.origin_arg()
        )),
        "{html}"
    );
    assert!(html.contains("<h2>Ways to reach the site</h2>"), "{html}");
    assert!(html.contains("<h2>Gentle load test</h2>"), "{html}");
    assert!(!html.contains("<script"), "nothing runs");
}

#[test]
fn owner_text_run_prints_a_summary_line_per_owner_probe() {
    let site = OwnerSite::start();
    let run = site.check("text");
    run.assert_code(1);
    let out = &run.stdout;
    assert!(!out.contains(" done\n"), "no bare 'done' lines\n{out}");
    assert!(
        out.contains("  dns-all  not queried (IP literal)\n"),
        "{}",
        run.describe()
    );
    let routes = out
        .lines()
        .find(|l| l.starts_with("  routes   "))
        .unwrap_or_else(|| panic!("routes line\n{out}"));
    assert!(
        routes.contains("IPv4 502") && routes.contains("port 443 refused"),
        "{routes}"
    );
    assert!(
        out.contains(&format!(
            "  origin   {} answered 200 (edge: 502)\n",
            site.origin_arg()
        )),
        "{out}"
    );
    // robots.txt is served, favicon.ico goes to the dead app like the page.
    assert!(
        out.contains("  paths    static 1/2 (502), dynamic 0/2 (502)\n"),
        "{out}"
    );
    let burst = out
        .lines()
        .find(|l| l.starts_with("  burst    "))
        .unwrap_or_else(|| panic!("burst line\n{out}"));
    assert!(
        burst.contains(" requests at 1-4 at once: ") && burst.ends_with(" failed"),
        "{burst}"
    );
    // The owner's commands are under their item in the live output too.
    assert!(
        out.contains(&format!("\n{:24}systemctl restart", "")),
        "{out}"
    );
}
