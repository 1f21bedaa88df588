//! CIDR ranges (`104.16.0.0/13`, `2606:4700::/32`): parsing and membership for IPv4 and IPv6.
//!
//! The arithmetic is `ipnet`'s; this wrapper keeps the errors that name the entry at fault and
//! one rule of ours: IPv4-mapped IPv6 addresses (`::ffff:104.16.1.1`) count as the IPv4 address
//! they carry, since that is how dual-stack sockets report IPv4 peers.

use ipnet::IpNet;
use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

/// An IPv4 or IPv6 network in CIDR notation. The network address has no bits set past the prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cidr(IpNet);

/// Why a CIDR range could not be parsed. Each variant quotes the text it was given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CidrError {
    #[error(
        "\"{0}\" is not a CIDR range: expected ADDRESS/PREFIX, e.g. 104.16.0.0/13 or 2606:4700::/32"
    )]
    MissingPrefix(String),
    #[error("\"{text}\": \"{address}\" is not an IPv4 or IPv6 address")]
    BadAddress { text: String, address: String },
    #[error("\"{text}\": the prefix length must be a whole number from 0 to {max}")]
    BadPrefix { text: String, max: u8 },
    #[error(
        "\"{text}\": bits are set past the /{prefix} prefix (the network is {network}/{prefix})"
    )]
    HostBitsSet {
        text: String,
        prefix: u8,
        network: IpAddr,
    },
}

impl Cidr {
    /// A range from its network address and prefix length; errors when the prefix is too long
    /// for the address family or bits are set past it.
    pub fn new(network: IpAddr, prefix: u8) -> Result<Cidr, CidrError> {
        Cidr::checked(network, prefix, || format!("{network}/{prefix}"))
    }

    /// Parse `ADDRESS/PREFIX` (surrounding whitespace allowed).
    pub fn parse(text: &str) -> Result<Cidr, CidrError> {
        let trimmed = text.trim();
        let Some((address, prefix)) = trimmed.split_once('/') else {
            return Err(CidrError::MissingPrefix(trimmed.to_string()));
        };
        let network: IpAddr = address.parse().map_err(|_| CidrError::BadAddress {
            text: trimmed.to_string(),
            address: address.to_string(),
        })?;
        // Digits only: `u8::from_str` would also take "+8".
        let prefix = prefix
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| prefix.parse::<u8>().ok())
            .flatten()
            .unwrap_or(u8::MAX);
        Cidr::checked(network, prefix, || trimmed.to_string())
    }

    /// The range, or the error quoting `text()`.
    fn checked(network: IpAddr, prefix: u8, text: impl Fn() -> String) -> Result<Cidr, CidrError> {
        let net = IpNet::new(network, prefix).map_err(|_| CidrError::BadPrefix {
            text: text(),
            max: if network.is_ipv4() { 32 } else { 128 },
        })?;
        if net.trunc() != net {
            return Err(CidrError::HostBitsSet {
                text: text(),
                prefix,
                network: net.network(),
            });
        }
        Ok(Cidr(net))
    }

    pub fn network(&self) -> IpAddr {
        self.0.network()
    }

    pub fn prefix(&self) -> u8 {
        self.0.prefix_len()
    }

    pub fn is_ipv4(&self) -> bool {
        matches!(self.0, IpNet::V4(_))
    }

    /// Is `ip` inside this range? An IPv4-mapped IPv6 address counts as its IPv4 address; an
    /// address of the other family is never inside.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        self.0.contains(&ip)
    }
}

impl FromStr for Cidr {
    type Err = CidrError;

    fn from_str(s: &str) -> Result<Cidr, CidrError> {
        Cidr::parse(s)
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
