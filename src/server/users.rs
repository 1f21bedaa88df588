//! Who the web server's workers are and what they may open: users and groups from `/etc/passwd`
//! and `/etc/group`, and the classic Unix permission rule (owner, group, others; search on every
//! folder on the way), so "may nginx's user www-data open php8.2-fpm.sock?" is answered from the
//! file's owner and mode without becoming that user.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// A user with the groups it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub name: String,
    pub uid: u32,
    pub gids: Vec<u32>,
}

/// The user and group tables.
#[derive(Debug, Clone, Default)]
pub struct Users {
    /// (name, uid, primary gid)
    users: Vec<(String, u32, u32)>,
    /// (name, gid, members)
    groups: Vec<(String, u32, Vec<String>)>,
}

impl Users {
    /// Read `/etc/passwd` and `/etc/group` (an unreadable table is empty).
    pub fn load() -> Users {
        let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
        Users::parse(&read("/etc/passwd"), &read("/etc/group"))
    }

    /// Parse the two tables' text; lines that do not fit are skipped.
    pub fn parse(passwd: &str, group: &str) -> Users {
        let users = passwd
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                Some((
                    f.first()?.to_string(),
                    f.get(2)?.parse().ok()?,
                    f.get(3)?.parse().ok()?,
                ))
            })
            .collect();
        let groups = group
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                Some((
                    f.first()?.to_string(),
                    f.get(2)?.parse().ok()?,
                    f.get(3)
                        .map(|m| {
                            m.split(',')
                                .filter(|s| !s.is_empty())
                                .map(str::to_string)
                                .collect()
                        })
                        .unwrap_or_default(),
                ))
            })
            .collect();
        Users { users, groups }
    }

    /// The user `name` (or a numeric uid) with its primary and extra groups.
    pub fn identity(&self, name: &str) -> Option<Identity> {
        let (uname, uid, gid) = self
            .users
            .iter()
            .find(|(n, uid, _)| n == name || name.parse::<u32>().ok() == Some(*uid))?;
        let mut gids = vec![*gid];
        gids.extend(
            self.groups
                .iter()
                .filter(|(_, _, members)| members.iter().any(|m| m == uname))
                .map(|(_, g, _)| *g),
        );
        Some(Identity {
            name: uname.clone(),
            uid: *uid,
            gids,
        })
    }

    pub fn user_name(&self, uid: u32) -> String {
        self.users
            .iter()
            .find(|(_, u, _)| *u == uid)
            .map(|(n, ..)| n.clone())
            .unwrap_or_else(|| uid.to_string())
    }

    pub fn group_name(&self, gid: u32) -> String {
        self.groups
            .iter()
            .find(|(_, g, _)| *g == gid)
            .map(|(n, ..)| n.clone())
            .unwrap_or_else(|| gid.to_string())
    }
}

/// Whether `who` has `bit` (0o4 read, 0o2 write, 0o1 search) on a file with this owner and mode.
pub fn allows(who: &Identity, owner: u32, group: u32, mode: u32, bit: u32) -> bool {
    if who.uid == 0 {
        return true;
    }
    let shift = if who.uid == owner {
        6
    } else if who.gids.contains(&group) {
        3
    } else {
        0
    };
    (mode >> shift) & bit != 0
}

/// Whether `who` may connect to the unix socket at `path`: write on the socket, search on every
/// folder above it. `Err` says which part stops it ("owner root, group root, mode 0600").
pub fn may_connect(who: &Identity, users: &Users, path: &Path) -> Result<(), String> {
    use crate::i18n::{FluentValue, tr};
    // `folder`: the folder that stops it; `None`: the socket itself.
    let describe = |folder: Option<&Path>, m: &std::fs::Metadata| {
        let mut args = vec![
            ("owner", FluentValue::from(users.user_name(m.uid()))),
            ("group", FluentValue::from(users.group_name(m.gid()))),
            (
                "mode",
                FluentValue::from(format!("{:04o}", m.mode() & 0o7777)),
            ),
        ];
        match folder {
            Some(d) => {
                args.push(("path", FluentValue::from(d.display().to_string())));
                tr("mc-perm-folder", &args)
            }
            None => tr("mc-perm-socket", &args),
        }
    };
    let mut dir = path.parent();
    while let Some(d) = dir {
        if let Ok(m) = std::fs::metadata(d)
            && !allows(who, m.uid(), m.gid(), m.mode(), 0o1)
        {
            return Err(describe(Some(d), &m));
        }
        dir = d.parent();
    }
    match std::fs::metadata(path) {
        Ok(m) if !allows(who, m.uid(), m.gid(), m.mode(), 0o2) => Err(describe(None, &m)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "root:x:0:0:root:/root:/bin/bash\nwww-data:x:33:33:www:/var/www:/usr/sbin/nologin\nbroken line\nnginx:x:101:101::/:/sbin/nologin\n";
    const GROUP: &str = "root:x:0:\nwww-data:x:33:\nnginx:x:101:\nphp:x:200:www-data,other\n";

    #[test]
    fn identities_carry_their_extra_groups() {
        let users = Users::parse(PASSWD, GROUP);
        let w = users.identity("www-data").unwrap();
        assert_eq!((w.uid, w.gids.clone()), (33, vec![33, 200]));
        assert_eq!(users.identity("33").unwrap().name, "www-data");
        assert_eq!(users.identity("nobody-here"), None);
        assert_eq!(users.group_name(200), "php");
        assert_eq!(users.user_name(4242), "4242");
    }

    #[test]
    fn owner_group_and_others_bits_decide() {
        let users = Users::parse(PASSWD, GROUP);
        let w = users.identity("www-data").unwrap();
        let n = users.identity("nginx").unwrap();
        let root = users.identity("root").unwrap();
        // root:root 0600: only root.
        assert!(!allows(&w, 0, 0, 0o600, 0o2));
        assert!(allows(&root, 0, 0, 0o600, 0o2));
        // www-data:www-data 0660: www-data yes, nginx no.
        assert!(allows(&w, 33, 33, 0o660, 0o2));
        assert!(!allows(&n, 33, 33, 0o660, 0o2));
        // group php 0660: www-data is a member.
        assert!(allows(&w, 0, 200, 0o660, 0o2));
        // 0666: everyone.
        assert!(allows(&n, 0, 0, 0o666, 0o2));
        // The owner's bits apply to the owner even when others have more.
        assert!(!allows(&w, 33, 0, 0o066, 0o2));
    }
}
