//! A real headless Chromium, driven through the DevTools protocol over a pipe
//! (`--remote-debugging-pipe`: file descriptors 3 and 4, here one socket pair; JSON messages
//! ending in NUL), that loads a page and turns what its Network domain saw into a HAR the way
//! DevTools' "Save all as HAR" does (request and response headers merged with their `ExtraInfo`
//! events, so cookies and `Set-Cookie` are in; `_resourceType`, `_error` for a failed load,
//! `serverIPAddress`, timings, the bodies of error answers).
//!
//! Nothing leaves loopback: `--host-resolver-rules` maps the test's names to 127.0.0.1 and makes
//! every other name fail to resolve inside the browser (no DNS query is sent), and background
//! services (updates, sync, metrics, translation) are switched off. A missing Chromium is a loud
//! failure: `scripts/test` installs it.

use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const CANDIDATES: [&str; 3] = [
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
];

/// The longest a page load may take before the recording is cut.
const LOAD_LIMIT: Duration = Duration::from_secs(20);

pub struct Chromium {
    child: Child,
    to: UnixStream,
    from: Receiver<Value>,
    next_id: u64,
    /// Events seen while waiting for replies.
    events: Vec<Value>,
    _profile: tempfile::TempDir,
}

/// Where Chromium is, or a panic saying how to get it.
fn binary() -> &'static str {
    CANDIDATES
        .iter()
        .find(|p| std::path::Path::new(p).is_file())
        .unwrap_or_else(|| {
            panic!(
                "Chromium is required by the browser-recording test but was not found in \
                 {CANDIDATES:?}; install it (apt-get install chromium)"
            )
        })
}

impl Chromium {
    /// Start a headless Chromium whose name lookups follow `mapped` (names that go to
    /// 127.0.0.1); every other name fails to resolve.
    pub fn launch(mapped: &[&str]) -> Chromium {
        let profile = tempfile::tempdir().expect("profile dir");
        // One socket pair serves both directions: the browser reads fd 3 and writes fd 4, both
        // its end; ours reads and writes.
        let (ours, theirs) = UnixStream::pair().expect("socket pair");
        // Above 4, so that putting it on 3 and 4 never overwrites it before it is moved.
        let theirs: OwnedFd = rustix::io::fcntl_dupfd_cloexec(&theirs, 10).expect("dup");
        let to = ours.try_clone().expect("clone socket");
        let from_raw = ours;
        let mut rules: Vec<String> = mapped
            .iter()
            .map(|n| format!("MAP {n} 127.0.0.1"))
            .collect();
        rules.push("MAP * ~NOTFOUND".into());
        let mut cmd = Command::new(binary());
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--remote-debugging-pipe",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--no-proxy-server",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-domain-reliability",
            "--disable-client-side-phishing-detection",
            "--metrics-recording-only",
            "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
        ])
        .arg(format!("--host-resolver-rules={}", rules.join(", ")))
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        let (r, w) = (theirs.as_raw_fd(), theirs.as_raw_fd());
        // SAFETY: between fork and exec only dup2 runs (async-signal-safe); the OwnedFds made
        // for 3 and 4 are forgotten so nothing closes them before exec.
        unsafe {
            cmd.pre_exec(move || {
                for (from, to) in [(r, 3), (w, 4)] {
                    let source = std::os::fd::BorrowedFd::borrow_raw(from);
                    let mut target = OwnedFd::from_raw_fd(to);
                    let result = rustix::io::dup2(source, &mut target);
                    std::mem::forget(target);
                    result?;
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start chromium");
        drop(theirs);
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = from_raw;
            let mut buf: Vec<u8> = Vec::new();
            let mut chunk = [0u8; 64 * 1024];
            loop {
                let n = match reader.read(&mut chunk) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => n,
                };
                buf.extend_from_slice(&chunk[..n]);
                while let Some(end) = buf.iter().position(|b| *b == 0) {
                    let message: Vec<u8> = buf.drain(..=end).collect();
                    if let Ok(v) = serde_json::from_slice::<Value>(&message[..end])
                        && tx.send(v).is_err()
                    {
                        return;
                    }
                }
            }
        });
        Chromium {
            child,
            to,
            from: rx,
            next_id: 0,
            events: Vec::new(),
            _profile: profile,
        }
    }

    /// Send a command and wait for its reply (events that arrive meanwhile are kept).
    fn call(&mut self, method: &str, params: Value, session: Option<&str>) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            message["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&message).expect("json");
        bytes.push(0);
        self.to.write_all(&bytes).expect("write to chromium");
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let m = self
                .from
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("Chromium did not answer {method} in 15 s"));
            if m.get("id").and_then(Value::as_u64) == Some(id) {
                if let Some(e) = m.get("error") {
                    panic!("Chromium refused {method}: {e}");
                }
                return m["result"].clone();
            }
            self.events.push(m);
        }
    }

    /// Load `url` in a new tab and return what the browser recorded, as a HAR 1.2 document.
    pub fn record(&mut self, url: &str) -> Value {
        let target = self.call("Target.createTarget", json!({"url": "about:blank"}), None);
        let target_id = target["targetId"].as_str().expect("target id").to_string();
        let attached = self.call(
            "Target.attachToTarget",
            json!({"targetId": target_id, "flatten": true}),
            None,
        );
        let session = attached["sessionId"]
            .as_str()
            .expect("session id")
            .to_string();
        let s = Some(session.as_str());
        self.call("Network.enable", json!({}), s);
        self.call("Page.enable", json!({}), s);
        self.events.clear();
        self.call("Page.navigate", json!({"url": url}), s);
        // Until the page has loaded and every request it made has ended (or the limit).
        let deadline = Instant::now() + LOAD_LIMIT;
        loop {
            let loaded = self
                .events
                .iter()
                .any(|e| e["method"] == "Page.loadEventFired");
            let (started, ended) = self.events.iter().fold((0, 0), |(s, e), m| {
                match m["method"].as_str().unwrap_or("") {
                    "Network.requestWillBeSent" => (s + 1, e),
                    "Network.loadingFinished" | "Network.loadingFailed" => (s, e + 1),
                    _ => (s, e),
                }
            });
            if (loaded && started > 0 && started == ended) || Instant::now() > deadline {
                break;
            }
            match self.from.recv_timeout(Duration::from_millis(200)) {
                Ok(m) => self.events.push(m),
                Err(_) => continue,
            }
        }
        // A moment for late calls the page's scripts make after the load.
        let settle = Instant::now() + Duration::from_millis(500);
        while let Ok(m) = self
            .from
            .recv_timeout(settle.saturating_duration_since(Instant::now()))
        {
            self.events.push(m);
        }
        let mut har = har_of(&self.events);
        // The bodies of error answers, as DevTools keeps them.
        let entries = har["log"]["entries"].as_array_mut().expect("entries");
        let wanted: Vec<(usize, String)> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e["response"]["status"].as_i64().unwrap_or(0) >= 400)
            .filter_map(|(i, e)| Some((i, e["_requestId"].as_str()?.to_string())))
            .collect();
        for (i, request_id) in wanted {
            let body = self.call(
                "Network.getResponseBody",
                json!({"requestId": request_id}),
                s,
            );
            let entries = har["log"]["entries"].as_array_mut().expect("entries");
            let content = &mut entries[i]["response"]["content"];
            content["text"] = body["body"].clone();
            if body["base64Encoded"] == true {
                content["encoding"] = json!("base64");
            }
        }
        har
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let mut bytes =
            serde_json::to_vec(&json!({"id": 0, "method": "Browser.close"})).unwrap_or_default();
        bytes.push(0);
        let _ = self.to.write_all(&bytes);
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `{"Name": "value"}` as HAR's `[{"name", "value"}]` (a multi-line value, as Chromium joins
/// repeated headers, becomes one header per line).
fn header_list(headers: &Value) -> Value {
    let mut out = Vec::new();
    if let Some(map) = headers.as_object() {
        for (name, value) in map {
            for line in value.as_str().unwrap_or("").split('\n') {
                out.push(json!({"name": name, "value": line}));
            }
        }
    }
    Value::Array(out)
}

fn iso(wall_time: f64) -> String {
    let nanos = (wall_time * 1e9) as i128;
    time::OffsetDateTime::from_unix_timestamp_nanos(nanos)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// The HAR of the Network events, in request order.
fn har_of(events: &[Value]) -> Value {
    let mut order: Vec<String> = Vec::new();
    let mut entries: HashMap<String, Value> = HashMap::new();
    for m in events {
        let p = &m["params"];
        let Some(id) = p["requestId"].as_str().map(str::to_string) else {
            continue;
        };
        match m["method"].as_str().unwrap_or("") {
            "Network.requestWillBeSent" => {
                let r = &p["request"];
                order.push(id.clone());
                entries.insert(
                    id.clone(),
                    json!({
                        "_requestId": id,
                        "_resourceType": p["type"].as_str().unwrap_or("Other").to_ascii_lowercase(),
                        "startedDateTime": iso(p["wallTime"].as_f64().unwrap_or(0.0)),
                        "time": 0,
                        "request": {
                            "method": r["method"], "url": r["url"], "httpVersion": "",
                            "headers": header_list(&r["headers"]), "queryString": [], "cookies": [],
                            "headersSize": -1, "bodySize": 0
                        },
                        "response": {
                            "status": 0, "statusText": "", "httpVersion": "", "headers": [],
                            "cookies": [], "content": {"size": 0, "mimeType": "x-unknown"},
                            "redirectURL": "", "headersSize": -1, "bodySize": -1
                        },
                        "cache": {},
                        "timings": {"blocked": -1, "dns": -1, "connect": -1, "ssl": -1, "send": 0, "wait": 0, "receive": 0}
                    }),
                );
            }
            "Network.requestWillBeSentExtraInfo" => {
                if let Some(e) = entries.get_mut(&id) {
                    e["request"]["headers"] = header_list(&p["headers"]);
                }
            }
            "Network.responseReceived" => {
                if let Some(e) = entries.get_mut(&id) {
                    let r = &p["response"];
                    let t = &r["timing"];
                    let span = |a: &str, b: &str| -> f64 {
                        match (t[a].as_f64(), t[b].as_f64()) {
                            (Some(x), Some(y)) if x >= 0.0 && y >= x => y - x,
                            _ => -1.0,
                        }
                    };
                    let keep_headers = e["response"]["headers"]
                        .as_array()
                        .is_some_and(|h| !h.is_empty());
                    e["response"]["status"] = r["status"].clone();
                    e["response"]["statusText"] = r["statusText"].clone();
                    e["response"]["httpVersion"] = r["protocol"].clone();
                    if !keep_headers {
                        e["response"]["headers"] = header_list(&r["headers"]);
                    }
                    e["response"]["content"]["mimeType"] = r["mimeType"].clone();
                    e["serverIPAddress"] = r["remoteIPAddress"].clone();
                    e["timings"] = json!({
                        "blocked": -1,
                        "dns": span("dnsStart", "dnsEnd"),
                        "connect": span("connectStart", "connectEnd"),
                        "ssl": span("sslStart", "sslEnd"),
                        "send": span("sendStart", "sendEnd"),
                        "wait": span("sendEnd", "receiveHeadersEnd"),
                        "receive": 0
                    });
                }
            }
            "Network.responseReceivedExtraInfo" => {
                if let Some(e) = entries.get_mut(&id) {
                    // The raw headers, Set-Cookie included (the other event filters it out).
                    e["response"]["headers"] = header_list(&p["headers"]);
                }
            }
            "Network.loadingFailed" => {
                if let Some(e) = entries.get_mut(&id) {
                    e["_error"] = p["errorText"].clone();
                }
            }
            _ => {}
        }
    }
    let entries: Vec<Value> = order.iter().filter_map(|id| entries.remove(id)).collect();
    json!({"log": {
        "version": "1.2",
        "creator": {"name": "WebInspector", "version": "537.36"},
        "pages": [],
        "entries": entries
    }})
}
