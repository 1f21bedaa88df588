//! Owner-mode checklist items (`restart_server`, `server_logs`, `plugins`, `dns`,
//! `firewall_proxy`, `php_limits`, `cdn`): each file turns the owner probes' evidence into one
//! item with a finding, advice and copyable commands. Pure, like the rest of `diagnosis`.

pub mod cdn;
pub mod dns;
pub mod edge_link;
pub mod firewall_proxy;
pub mod log_findings;
pub mod maintenance;
pub mod origin;
pub mod php_limits;
pub mod plugins;
pub mod restart_server;
pub mod server_logs;
pub mod stack;
