//! Integration tests: real servers on loopback, probed for real, and the diagnosis scenarios
//! (`tests/scenarios/*.toml`: evidence in, verdict out).

mod check_addresses;
mod check_browsers;
mod check_cli;
mod check_dns;
mod check_http2;
mod check_http3;
mod check_language;
mod check_nginx;
mod check_proxy;
mod check_redirects;
mod check_servers;
mod check_signatures;
mod check_status_pages;
mod check_tls;
mod engine_events;
mod har_chromium;
mod har_cli;
mod logs_cli;
mod logs_live;
mod logs_live_apache;
mod owner_cli;
mod owner_dns;
mod owner_logs;
mod owner_origin;
mod owner_paths;
mod owner_php;
mod scenarios;
mod server_cli;
mod support;
mod watch_cli;
mod world_cli;
