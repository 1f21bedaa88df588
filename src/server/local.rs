//! Is the site served by this computer? For `check --mode owner`: the address the site resolves
//! to is one of this computer's (loopback, or an address a socket can be bound to here, which
//! sends nothing), and a process here listens on that port (`/proc/net/tcp{,6}` -> the socket's
//! inode -> the process holding it -> its configuration). Then the server checks run for that
//! site only and join the check's verdict.

use super::discover::{self, Found};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

/// A listening socket: its address and inode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listener {
    pub ip: IpAddr,
    pub port: u16,
    pub inode: u64,
}

/// Whether `ip` is this computer's: loopback, or an address a socket can be bound to (binding a
/// UDP socket sends no packet).
pub fn is_local(ip: IpAddr) -> bool {
    ip.is_loopback() || std::net::UdpSocket::bind((ip, 0)).is_ok()
}

/// The listening TCP sockets in `/proc/net/tcp` and `tcp6`.
pub fn listeners(proc_root: &Path) -> Vec<Listener> {
    let mut out = Vec::new();
    for (file, v6) in [("net/tcp", false), ("net/tcp6", true)] {
        if let Ok(text) = std::fs::read_to_string(proc_root.join(file)) {
            out.extend(text.lines().skip(1).filter_map(|l| parse_line(l, v6)));
        }
    }
    out
}

/// One line of `/proc/net/tcp{,6}` when its state is LISTEN (`0A`).
fn parse_line(line: &str, v6: bool) -> Option<Listener> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let (local, state, inode) = (fields.get(1)?, fields.get(3)?, fields.get(9)?);
    if *state != "0A" {
        return None;
    }
    let (addr, port) = local.split_once(':')?;
    let port = u16::from_str_radix(port, 16).ok()?;
    // The kernel prints each 32-bit word of the address in host (little-endian) order.
    let words: Vec<u32> = (0..addr.len() / 8)
        .map(|i| u32::from_str_radix(addr.get(i * 8..i * 8 + 8)?, 16).ok())
        .collect::<Option<_>>()?;
    let ip = match (v6, words.as_slice()) {
        (false, [w]) => IpAddr::V4(Ipv4Addr::from(w.to_le_bytes())),
        (true, [a, b, c, d]) => {
            let mut bytes = [0u8; 16];
            for (i, w) in [a, b, c, d].iter().enumerate() {
                bytes[i * 4..i * 4 + 4].copy_from_slice(&w.to_le_bytes());
            }
            IpAddr::V6(Ipv6Addr::from(bytes))
        }
        _ => return None,
    };
    Some(Listener {
        ip,
        port,
        inode: inode.parse().ok()?,
    })
}

/// Whether a listener takes connections to `ip:port` (its own address or the wildcard; an IPv6
/// wildcard also takes IPv4 unless the socket is v6-only, which /proc does not say).
pub fn accepts(l: &Listener, ip: IpAddr, port: u16) -> bool {
    if l.port != port {
        return false;
    }
    let mapped = |ip: IpAddr| match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    };
    l.ip.is_unspecified() || mapped(l.ip) == mapped(ip)
}

/// The web server process that holds one of `inodes`, with its configuration: the first process
/// whose command line names a known server (nginx's workers hold the master's socket too).
pub fn owner(proc_root: &Path, inodes: &[u64]) -> Option<(u32, Found)> {
    let wanted: Vec<String> = inodes.iter().map(|i| format!("socket:[{i}]")).collect();
    let mut pids: Vec<u32> = std::fs::read_dir(proc_root)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    pids.sort_unstable();
    let mut holders = Vec::new();
    for pid in pids {
        let Ok(fds) = std::fs::read_dir(proc_root.join(pid.to_string()).join("fd")) else {
            continue;
        };
        let holds = fds.filter_map(|e| e.ok()).any(|fd| {
            std::fs::read_link(fd.path())
                .is_ok_and(|t| wanted.iter().any(|w| t.as_os_str() == w.as_str()))
        });
        if holds {
            holders.push(pid);
        }
    }
    holders.into_iter().find_map(|pid| {
        let found = discover::from_pid(proc_root, pid)?;
        Some((pid, found))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proc_net_tcp_lines_are_read_as_the_kernel_writes_them() {
        let v4 = "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 123456 1 0000000000000000 100 0 0 10 0";
        let l = parse_line(v4, false).unwrap();
        assert_eq!(l.ip, "127.0.0.1".parse::<IpAddr>().unwrap());
        assert_eq!((l.port, l.inode), (8080, 123456));
        let established = v4.replace(" 0A ", " 01 ");
        assert_eq!(parse_line(&established, false), None);
        let v6 = "   0: 00000000000000000000000001000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1 0000000000000000 100 0 0 10 0";
        let l = parse_line(v6, true).unwrap();
        assert_eq!(l.ip, "::1".parse::<IpAddr>().unwrap());
        assert_eq!(l.port, 80);
        assert_eq!(parse_line("garbage", false), None);
        assert_eq!(parse_line("0: ZZ:1 0 0A 0 0 0 0 0 1", false), None);
    }

    #[test]
    fn wildcards_and_exact_addresses_accept() {
        let any = Listener {
            ip: "0.0.0.0".parse().unwrap(),
            port: 80,
            inode: 1,
        };
        let lo = Listener {
            ip: "127.0.0.1".parse().unwrap(),
            ..any.clone()
        };
        let here: IpAddr = "127.0.0.1".parse().unwrap();
        let other: IpAddr = "127.0.0.2".parse().unwrap();
        assert!(accepts(&any, other, 80) && accepts(&lo, here, 80));
        assert!(!accepts(&lo, other, 80) && !accepts(&lo, here, 81));
        assert!(is_local(here) && is_local("::1".parse().unwrap()));
        // TEST-NET-3 is nobody's address.
        assert!(!is_local("203.0.113.7".parse().unwrap()));
    }

    #[test]
    fn the_process_holding_a_listening_socket_is_found() {
        // This test process listens; its socket is in /proc/net/tcp and among its fds. Its
        // command line is not a web server's, so there is no configuration to find.
        let socket = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = socket.local_addr().unwrap().port();
        let proc_root = Path::new("/proc");
        let mine: Vec<Listener> = listeners(proc_root)
            .into_iter()
            .filter(|l| accepts(l, "127.0.0.1".parse().unwrap(), port))
            .collect();
        assert_eq!(mine.len(), 1, "{mine:?}");
        let inodes = [mine[0].inode];
        assert_eq!(owner(proc_root, &inodes), None);
    }
}
