//! Tests of the HTML report: page structure, the same content as the Markdown report, nothing
//! loaded or run, and hostile input (error pages, headers, notes) rendered inert.

use super::*;
use crate::diagnosis::diagnose;
use crate::report::tests::nginx_502_evidence;

const WHEN: &str = "2026-11-25T09:14:07Z";

fn report_of(evidence: &crate::evidence::Evidence) -> Report {
    Report::new(evidence, &diagnose(evidence), WHEN)
}

/// The names of every tag in `html` (`<x ...>` and `</x>`), lower-case.
fn tag_names(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| {
            rest.trim_start_matches(['/', '!'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .collect()
}

#[test]
fn escape_covers_the_five_special_characters() {
    assert_eq!(escape(r#"a&b<c>d"e'f"#), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
    assert_eq!(escape("plain ü 502"), "plain ü 502");
    assert_eq!(escape("&amp;"), "&amp;amp;");
}

#[test]
fn backticked_commands_become_code_and_stay_escaped() {
    assert_eq!(
        prose("run `systemctl restart <app>` now"),
        "run <code>systemctl restart &lt;app&gt;</code> now"
    );
    assert_eq!(prose("a ` alone"), "a ` alone");
    assert_eq!(prose("`a` and `b`"), "<code>a</code> and <code>b</code>");
}

#[test]
fn page_has_head_verdict_path_checklist_and_footer() {
    let report = report_of(&nginx_502_evidence());
    let html = render_html(&report);
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
        "{html}"
    );
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("<meta name=\"viewport\""));
    assert!(html.contains("<title>Gateway Doctor report: shop.example.com</title>"));
    assert!(html.contains("<h1>Gateway Doctor report: shop.example.com</h1>"));
    assert!(html.trim_end().ends_with("</html>"));

    let v = &report.verdict;
    assert_eq!(v.status, VerdictStatus::Failing, "{v:?}");
    assert!(html.contains("class=\"banner v-failing\""), "{html}");
    assert!(
        html.contains("</span> Failing</p>"),
        "icon and word: {html}"
    );
    assert!(html.contains(&prose(&v.summary)), "{html}");
    let confidence = format!(
        "Confidence: <strong>{}</strong> ({})",
        serde_plain(&v.confidence),
        states::confidence(v.confidence)
    );
    assert!(html.contains(&confidence), "{html}");

    assert!(!report.path.is_empty());
    for node in &report.path {
        assert!(
            html.contains(&format!(
                "<span class=\"box\">{}</span>",
                escape(&node.label)
            )),
            "path node {node:?}"
        );
        assert!(html.contains(&states::path(node.state).word), "{node:?}");
    }
    assert!(!report.checklist.is_empty());
    for item in &report.checklist {
        let row = format!(
            "</span> {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            states::item(item.status).word,
            item_title(item.id),
            prose(&item.finding),
            prose(&item.advice)
        );
        assert!(html.contains(&row), "checklist row {row}\n{html}");
    }
    assert!(html.contains("Answer: <strong>HTTP 502 Bad Gateway from nginx</strong>"));
    assert!(
        html.contains("<td>nginx/1.22.1</td>"),
        "server header: {html}"
    );
    assert!(html.contains("x-request-id <code>abc-123</code>"), "{html}");
    assert!(html.contains("<pre>&lt;html&gt;\n&lt;head&gt;&lt;title&gt;502 Bad Gateway"));
    assert!(html.contains(&crate::report::redaction_note()));
    assert!(html.contains(&format!(
        "Gateway Doctor {}, report generated {WHEN}.",
        report.tool_version
    )));
    // Same order as the Markdown report: verdict, checklist, answer, footer.
    let at = |needle: &str| html.find(needle).unwrap_or(usize::MAX);
    assert!(at("class=\"banner") < at("<table class=\"checklist\">"));
    assert!(at("<table class=\"checklist\">") < at("Answer:"));
    assert!(at("Answer:") < at("<footer>"));
}

#[test]
fn page_loads_nothing_and_runs_nothing() {
    let mut report = report_of(&nginx_502_evidence());
    report.notes = Some("see https://shop.example.com/cart".into());
    let html = render_html(&report).to_ascii_lowercase();
    for banned in [
        "<script",
        "src=",
        "href=",
        "url(",
        "@import",
        "<link",
        "<iframe",
        "<object",
        "<embed",
        "<img",
        "<form",
        "<base",
        "javascript:",
    ] {
        assert!(!html.contains(banned), "{banned} in the page");
    }
    // URLs appear only as text (the checked address, the notes), never as attributes.
    assert!(html.contains("<code>https://shop.example.com/cart</code>"));
}

#[test]
fn hostile_page_headers_and_notes_come_out_inert() {
    let mut evidence = nginx_502_evidence();
    if let Some(h) = evidence.http.as_mut() {
        h.body_excerpt = "<script>alert(1)</script>\n\"><img src=x onerror=alert(2)>\n\
                          <!-- hidden --><svg onload=alert(3)>'"
            .into();
        h.reason = Some("Bad <b>Gateway</b>".into());
        h.headers.push((
            "x-evil\"><script>".into(),
            "<script>alert(4)</script>".into(),
        ));
        h.error = Some("</pre><script>alert(5)</script>".into());
    }
    evidence.target.url = "https://shop.example.com/?q=\"><script>alert(6)</script>".into();
    let mut report = report_of(&evidence);
    report.notes = Some("</blockquote><script>alert(7)</script> & 'quotes'".into());
    if let Some(item) = report.checklist.first_mut() {
        item.finding = "<i onmouseover=alert(8)>x</i>".into();
    }
    let html = render_html(&report);

    let allowed = [
        "doctype",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "h1",
        "h2",
        "p",
        "br",
        "code",
        "section",
        "span",
        "strong",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "div",
        "details",
        "summary",
        "pre",
        "blockquote",
        "footer",
    ];
    for name in tag_names(&html) {
        assert!(
            allowed.contains(&name.as_str()),
            "unexpected tag <{name}> in\n{html}"
        );
    }
    let lower = html.to_ascii_lowercase();
    for banned in [
        "<script",
        "<img",
        "<svg",
        "<b>",
        "<i ",
        "</pre><",
        "</blockquote><s",
    ] {
        assert!(!lower.contains(banned), "{banned} came through\n{html}");
    }
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"),
        "{html}"
    );
    assert!(html.contains("&lt;svg onload=alert(3)&gt;&#39;"), "{html}");
    assert!(
        !html.contains("&lt;!-- hidden"),
        "HTML comments are dropped from the excerpt"
    );
    assert!(html.contains(
        "&lt;/blockquote&gt;&lt;script&gt;alert(7)&lt;/script&gt; &amp; &#39;quotes&#39;"
    ));
    assert!(html.contains("&lt;i onmouseover=alert(8)&gt;x&lt;/i&gt;"));
    assert!(html.contains("HTTP 502 Bad &lt;b&gt;Gateway&lt;/b&gt; from"));
}

#[test]
fn no_response_means_no_timings_and_no_zero_claims() {
    let mut evidence = nginx_502_evidence();
    evidence.http = None;
    evidence.finished.clear();
    let html = render_html(&report_of(&evidence));
    assert!(!html.contains(" ms"), "{html}");
    assert!(!html.contains("<h2>Timings"));
    assert!(!html.contains("Request ids"));
    assert!(!html.contains("Answer:"));
    assert!(html.contains("class=\"banner v-"));

    // A response without a total time draws no total bar.
    let mut evidence = nginx_502_evidence();
    if let Some(h) = evidence.http.as_mut() {
        h.timings.total = None;
        h.timings.connect = Some(4.0);
    }
    let html = render_html(&report_of(&evidence));
    assert!(html.contains("<th scope=\"row\">connect</th>"), "{html}");
    assert!(!html.contains("<th scope=\"row\">total</th>"), "{html}");
    assert!(
        !html.contains(">0 ms<") && !html.contains(">0.0 ms<"),
        "{html}"
    );
}

#[test]
fn waterfall_puts_phases_one_after_another() {
    let mut evidence = nginx_502_evidence();
    if let Some(h) = evidence.http.as_mut() {
        h.timings.dns = Some(5.0);
        h.timings.connect = Some(10.0);
        h.timings.tls = Some(25.0);
        h.timings.first_byte = Some(10.0);
        h.timings.total = Some(100.0);
    }
    let html = render_html(&report_of(&evidence));
    for (name, left, width, ms) in [
        ("DNS", "0.0", "5.0", "5.0"),
        ("connect", "5.0", "10.0", "10"),
        ("TLS", "15.0", "25.0", "25"),
        ("first byte", "40.0", "10.0", "10"),
        ("total", "0.0", "100.0", "100"),
    ] {
        let row = format!(
            "<th scope=\"row\">{name}</th><td class=\"track\"><div class=\"bar\" \
             style=\"margin-left:{left}%;width:{width}%\"></div></td><td class=\"ms\">{ms} ms</td>"
        );
        assert!(html.contains(&row), "{row}\n{html}");
    }
}

#[test]
fn every_verdict_status_has_its_colour_class_icon_and_word() {
    let mut report = report_of(&nginx_502_evidence());
    for (status, class, word) in [
        (VerdictStatus::Healthy, "v-healthy", "Working"),
        (VerdictStatus::Failing, "v-failing", "Failing"),
        (VerdictStatus::Intermittent, "v-intermittent", "On and off"),
        (VerdictStatus::Unreachable, "v-unreachable", "Not reachable"),
    ] {
        report.verdict.status = status;
        let html = render_html(&report);
        let (icon, _) = verdict_badge(status);
        assert!(
            html.contains(&format!("class=\"banner {class}\"")),
            "{class}"
        );
        assert!(
            html.contains(&format!("{icon}</span> {word}</p>")),
            "{word}: {html}"
        );
        assert!(STYLE.contains(&format!(".{class} ")), "{class} has a style");
    }
}
