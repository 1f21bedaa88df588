//! Integration tests: real servers on loopback, probed for real.

mod check_cli;
mod check_dns;
mod check_nginx;
mod check_servers;
mod check_tls;
mod support;
