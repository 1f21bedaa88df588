//! CIDR ranges (`104.16.0.0/13`, `2606:4700::/32`): parsing and membership for IPv4 and IPv6.
//!
//! Small and written here rather than pulled in as a dependency: the CDN range tables only need
//! "parse a range, is this address in it". IPv4-mapped IPv6 addresses (`::ffff:104.16.1.1`) count
//! as the IPv4 address they carry, since that is how dual-stack sockets report IPv4 peers.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

/// An IPv4 or IPv6 network in CIDR notation. The network address has no bits set past the prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

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
        let text = format!("{network}/{prefix}");
        let width = width(network);
        if prefix > width {
            return Err(CidrError::BadPrefix { text, max: width });
        }
        let bits = to_bits(network);
        let masked = bits & mask(prefix, width);
        if masked != bits {
            return Err(CidrError::HostBitsSet {
                text,
                prefix,
                network: from_bits(masked, network),
            });
        }
        Ok(Cidr { network, prefix })
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
        let max = width(network);
        let prefix = prefix
            .parse::<u8>()
            .ok()
            .filter(|p| prefix.bytes().all(|b| b.is_ascii_digit()) && *p <= max)
            .ok_or_else(|| CidrError::BadPrefix {
                text: trimmed.to_string(),
                max,
            })?;
        Cidr::new(network, prefix).map_err(|e| match e {
            CidrError::HostBitsSet {
                prefix, network, ..
            } => CidrError::HostBitsSet {
                text: trimmed.to_string(),
                prefix,
                network,
            },
            other => other,
        })
    }

    pub fn network(&self) -> IpAddr {
        self.network
    }

    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    pub fn is_ipv4(&self) -> bool {
        self.network.is_ipv4()
    }

    /// Is `ip` inside this range? An IPv4-mapped IPv6 address counts as its IPv4 address; an
    /// address of the other family is never inside.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
            v4 => v4,
        };
        if ip.is_ipv4() != self.network.is_ipv4() {
            return false;
        }
        let width = width(ip);
        to_bits(ip) & mask(self.prefix, width) == to_bits(self.network)
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
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

fn width(ip: IpAddr) -> u8 {
    if ip.is_ipv4() { 32 } else { 128 }
}

fn to_bits(ip: IpAddr) -> u128 {
    match ip {
        IpAddr::V4(v4) => u128::from(u32::from(v4)),
        IpAddr::V6(v6) => u128::from(v6),
    }
}

/// The address of the same family as `like` with these bits.
fn from_bits(bits: u128, like: IpAddr) -> IpAddr {
    match like {
        // Only called with bits masked from an IPv4 address, so the value fits in 32 bits.
        IpAddr::V4(_) => IpAddr::V4(u32::try_from(bits).unwrap_or(u32::MAX).into()),
        IpAddr::V6(_) => IpAddr::V6(bits.into()),
    }
}

/// The network mask for a prefix length within an address of `width` bits.
fn mask(prefix: u8, width: u8) -> u128 {
    let all: u128 = if width == 32 {
        u128::from(u32::MAX)
    } else {
        u128::MAX
    };
    if prefix == 0 {
        return 0;
    }
    let host_bits = u32::from(width.saturating_sub(prefix));
    (u128::MAX.checked_shl(host_bits).unwrap_or(0)) & all
}
