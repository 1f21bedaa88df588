//! `gateway-doctor logs` on an Apache 2.4 log written during the test: a private Apache
//! with mod_proxy_http forwarding `/shop/` to a closed port answers 503 and logs `AH00957` (the
//! refused connect) and `AH01114` (no connection to the backend) once each per request; the real
//! binary must count exactly those, inside the test's time window, naming the backend address,
//! and count the 503s per URL in the access log. Helpers are shared with `logs_live.rs`.

use crate::logs_cli::{assert_causes, file_summary};
use crate::logs_live::{Window, analyse, assert_access, assert_live, get};
use crate::support::*;

#[test]
fn apache_proxy_to_a_closed_port() {
    let closed = closed_port();
    // retry=0: the backend is tried again on every request instead of being put aside for 60 s.
    let mut apache = Apache::start(&format!(
        "ProxyPass /shop/ http://127.0.0.1:{closed}/ retry=0"
    ));
    let port = apache.port();
    let mut window = Window::open();
    let statuses = [
        get(port, "/shop/cart"),
        get(port, "/shop/cart"),
        get(port, "/shop/checkout?step=2"),
    ];
    apache.stop();
    window.close();
    assert_eq!(statuses, [503; 3], "{}", apache.error_log());

    let run = analyse(&[&apache.error_log_path(), &apache.access_log_path()]);
    run.assert_code(1);
    assert_eq!(file_summary(&run, "error.log")["format"], "apache_error");
    assert_eq!(file_summary(&run, "access.log")["format"], "access");
    // AH00957 + AH01114 per request; the start/stop notices are no cause.
    assert_causes(&run, &["backend_connect_failed"]);
    let backend = format!("127.0.0.1:{closed}");
    assert_live(&run, &window, "backend_connect_failed", 6, &[&backend]);
    assert_access(
        &run,
        &window,
        3,
        &[("503", 3)],
        &[("/shop/cart", 2), ("/shop/checkout", 1)],
    );
}
