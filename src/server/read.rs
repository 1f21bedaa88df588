//! Reading the stack's configuration from disk: each main file, the files its includes name
//! (globs expanded as the server would, relative paths from the right folder), bounded in count
//! and size, each parsed by its reader in `serverconf`. A file that cannot be read is recorded
//! with why (and, for a permission problem, which group could read it), never an error.

use super::discover::Found;
use super::users::Users;
use crate::serverconf::judge::{ServerConfig, Stack, Unreadable};
use crate::serverconf::{
    ConfigKind, ReadProblem, Software, Upstream, apache, caddy, haproxy, nginx, php_fpm, varnish,
};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// At most this much of a file is read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// At most this many files are read per configuration.
pub const MAX_FILES: usize = 2000;

/// A file's text, or why it could not be read.
fn read_text(path: &Path, users: &Users) -> Result<(String, Option<ReadProblem>), Unreadable> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| Unreadable {
        file: path.display().to_string(),
        why: why(path, &e, users),
        permission: e.kind() == std::io::ErrorKind::PermissionDenied,
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let mut problem = None;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        bytes.truncate(MAX_FILE_BYTES as usize);
        let line = bytes.iter().filter(|b| **b == b'\n').count() + 1;
        problem = Some(ReadProblem {
            file: path.display().to_string(),
            line,
            what: crate::t!(
                "mc-read-too-large",
                size = (MAX_FILE_BYTES / 1024 / 1024).to_string()
            ),
        });
    }
    Ok((String::from_utf8_lossy(&bytes).into_owned(), problem))
}

/// Why a file could not be read, in words; for a permission problem, who could.
fn why(path: &Path, e: &std::io::Error, users: &Users) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => {
            let group = std::fs::metadata(path)
                .ok()
                .map(|m| users.group_name(m.gid()));
            match group {
                Some(g) => crate::t!("mc-read-permission-group", group = g),
                None => crate::t!("mc-read-permission"),
            }
        }
        std::io::ErrorKind::NotFound => crate::t!("mc-read-not-found"),
        std::io::ErrorKind::IsADirectory => crate::t!("mc-read-folder"),
        _ => e.to_string(),
    }
}

/// The files a pattern names: `*`, `?` and `[...]` in any part of the path, matched against the
/// folders' entries (sorted, as nginx and Apache do), at most `limit` of them. A pattern without
/// wildcards names itself, whether or not it exists.
pub fn expand(pattern: &Path, limit: usize) -> Vec<PathBuf> {
    let text = pattern.to_string_lossy();
    if !text.contains(['*', '?', '[']) {
        return vec![pattern.to_path_buf()];
    }
    let mut current: Vec<PathBuf> = vec![PathBuf::from("/")];
    let parts: Vec<String> = pattern
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let mut next = Vec::new();
        for base in &current {
            if !part.contains(['*', '?', '[']) {
                next.push(base.join(part));
                continue;
            }
            let Ok(entries) = std::fs::read_dir(base) else {
                continue;
            };
            let mut names: Vec<String> = entries
                .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
                .filter(|n| !n.starts_with('.') && glob_match(part, n))
                .collect();
            names.sort();
            next.extend(names.into_iter().map(|n| base.join(n)));
        }
        next.truncate(limit);
        current = next;
        if !last {
            current.retain(|p| p.is_dir());
        }
    }
    current.retain(|p| p.is_file());
    current
}

/// One path part against a pattern with `*`, `?` and `[abc]`/`[a-z]`/`[!x]` (iterative, no
/// backtracking blow-up).
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    let (mut pi, mut ni) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        let step = match p.get(pi) {
            Some('*') => {
                star = Some((pi, ni));
                pi += 1;
                continue;
            }
            Some('?') => Some(1),
            Some('[') => class(&p[pi..], n[ni]),
            Some(c) if *c == n[ni] => Some(1),
            _ => None,
        };
        match step {
            Some(len) => {
                pi += len;
                ni += 1;
            }
            None => match star {
                Some((sp, sn)) => {
                    pi = sp + 1;
                    ni = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    p[pi.min(p.len())..].iter().all(|c| *c == '*')
}

/// A `[...]` class at the start of `p` against `c`: `Some(length of the class)` when it matches.
fn class(p: &[char], c: char) -> Option<usize> {
    let end = p.iter().skip(1).position(|x| *x == ']')? + 1;
    let body = &p[1..end];
    let (negate, body) = match body.first() {
        Some('!') | Some('^') => (true, &body[1..]),
        _ => (false, body),
    };
    let mut hit = false;
    let mut i = 0;
    while i < body.len() {
        if i + 2 < body.len() && body[i + 1] == '-' {
            hit |= body[i] <= c && c <= body[i + 2];
            i += 3;
        } else {
            hit |= body[i] == c;
            i += 1;
        }
    }
    (hit != negate).then_some(end + 1)
}

/// A path relative to `base` (absolute paths stay).
fn resolve(base: &Path, pattern: &str) -> PathBuf {
    if pattern.starts_with('/') {
        PathBuf::from(pattern)
    } else {
        base.join(pattern)
    }
}

/// Every file of a configuration: the main file, then each include in turn, each read once.
struct Reader<'a> {
    users: &'a Users,
    stack: &'a mut Stack,
    seen: Vec<PathBuf>,
}

impl<'a> Reader<'a> {
    fn new(users: &'a Users, stack: &'a mut Stack) -> Reader<'a> {
        Reader {
            users,
            stack,
            seen: Vec::new(),
        }
    }

    /// Read `path` once: its text, or `None` (recorded as unreadable).
    fn text(&mut self, path: &Path) -> Option<String> {
        if self.seen.iter().any(|p| p == path) || self.seen.len() >= MAX_FILES {
            return None;
        }
        self.seen.push(path.to_path_buf());
        match read_text(path, self.users) {
            Ok((text, problem)) => {
                self.stack.problems.extend(problem);
                Some(text)
            }
            Err(unreadable) => {
                self.stack.unreadable.push(unreadable);
                None
            }
        }
    }
}

/// One configuration as read, for its row in the stack.
struct Row {
    software: Software,
    worker_user: Option<String>,
    worker_user_at: Option<(String, usize)>,
    error_logs: Vec<String>,
}

impl Reader<'_> {
    /// Record the configuration read from `path`: its row with every file read, the problems of
    /// its files and its upstreams.
    fn finish(
        self,
        path: &Path,
        found_by: &str,
        row: Row,
        problems: Vec<ReadProblem>,
        upstreams: Vec<Upstream>,
    ) {
        let files = self.seen.iter().map(|p| p.display().to_string()).collect();
        self.stack.problems.extend(problems);
        self.stack.servers.push(ServerConfig {
            software: row.software,
            config: path.display().to_string(),
            found_by: found_by.to_string(),
            files,
            worker_user: row.worker_user,
            worker_user_at: row.worker_user_at,
            error_logs: row.error_logs,
            version: None,
            config_test: None,
        });
        self.stack.upstreams.extend(upstreams);
    }
}

/// Read every configuration found into one stack.
pub fn read_stack(found: &[Found], users: &Users) -> Stack {
    let mut stack = Stack::default();
    for f in found {
        let path = std::path::absolute(&f.path).unwrap_or_else(|_| f.path.clone());
        match f.kind {
            ConfigKind::Nginx => read_nginx(&path, &f.found_by, users, &mut stack),
            ConfigKind::PhpFpm => read_fpm(&path, &f.found_by, users, &mut stack),
            ConfigKind::PhpIni => {
                let mut reader = Reader::new(users, &mut stack);
                if let Some(text) = reader.text(&path) {
                    let file = php_fpm::parse(&path.display().to_string(), &text);
                    stack.problems.extend(file.problems.iter().cloned());
                    stack.php_ini.push(file);
                }
            }
            ConfigKind::Haproxy => read_haproxy(&path, &f.found_by, users, &mut stack),
            ConfigKind::Apache => read_apache(&path, &f.found_by, users, &mut stack),
            ConfigKind::Caddy => read_caddy(&path, &f.found_by, users, &mut stack),
            ConfigKind::Varnish => read_varnish(&path, &f.found_by, users, &mut stack),
        }
    }
    stack
}

fn read_nginx(path: &Path, found_by: &str, users: &Users, stack: &mut Stack) {
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut reader = Reader::new(users, stack);
    let Some(text) = reader.text(path) else {
        return;
    };
    let main = nginx::parse(&path.display().to_string(), &text);
    let mut files: Vec<nginx::NginxFile> = Vec::new();
    let mut queue: Vec<(String, usize)> = main.includes();
    while let Some((pattern, _line)) = queue.pop() {
        for file in expand(&resolve(&base, &pattern), MAX_FILES) {
            if let Some(text) = reader.text(&file) {
                let parsed = nginx::parse(&file.display().to_string(), &text);
                queue.extend(parsed.includes());
                files.push(parsed);
            }
        }
    }
    let upstreams = nginx::upstreams(&main, &files);
    let all: Vec<&nginx::NginxFile> = std::iter::once(&main).chain(files.iter()).collect();
    let mut error_logs = Vec::new();
    for file in &all {
        walk(&file.directives, &mut |d| {
            if d.name == "error_log"
                && let Some(target) = d.args.first()
                && !target.starts_with("syslog:")
                && !target.starts_with("memory:")
                && target != "stderr"
            {
                let p = resolve(&base, target).display().to_string();
                if !error_logs.contains(&p) {
                    error_logs.push(p);
                }
            }
        });
    }
    let problems = all
        .iter()
        .flat_map(|f| f.problems.iter().cloned())
        .collect();
    let user = main.directives.iter().find(|d| d.name == "user");
    let row = Row {
        software: Software::Nginx,
        worker_user: Some(
            user.and_then(|d| d.args.first().cloned())
                .unwrap_or_else(|| "nobody".into()),
        ),
        worker_user_at: user.map(|d| (main.name.clone(), d.line)),
        error_logs,
    };
    reader.finish(path, found_by, row, problems, upstreams);
}

/// The variables Debian's apache2 starts with (`export NAME=value` in /etc/apache2/envvars,
/// plain values only).
pub fn apache_envvars() -> Vec<(String, String)> {
    let Ok(text) = std::fs::read_to_string("/etc/apache2/envvars") else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("export "))
        .filter_map(|l| l.split_once('='))
        .filter(|(_, v)| !v.contains(['$', '`']))
        .map(|(k, v)| (k.trim().to_string(), v.trim().trim_matches('"').to_string()))
        .collect()
}

/// Apache: the main file and its `Include`/`IncludeOptional` files (relative to ServerRoot; a
/// folder includes every file in it), with Debian's envvars for `${...}`.
fn read_apache(path: &Path, found_by: &str, users: &Users, stack: &mut Stack) {
    let env = apache_envvars();
    let mut reader = Reader::new(users, stack);
    let Some(text) = reader.text(path) else {
        return;
    };
    let main = apache::parse(&path.display().to_string(), &text);
    let root = main
        .server_root()
        .map(|r| PathBuf::from(apache::expand_vars(&r, &env)))
        .or_else(|| path.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let mut files = vec![main.clone()];
    let mut queue: Vec<(String, usize)> = main.includes();
    while let Some((pattern, _)) = queue.pop() {
        let pattern = apache::expand_vars(&pattern, &env);
        let resolved = resolve(&root, &pattern);
        let paths = if resolved.is_dir() {
            expand(&resolved.join("*"), MAX_FILES)
        } else {
            expand(&resolved, MAX_FILES)
        };
        for file in paths {
            if let Some(text) = reader.text(&file) {
                let parsed = apache::parse(&file.display().to_string(), &text);
                queue.extend(parsed.includes());
                files.push(parsed);
            }
        }
    }
    // Include patterns are matched against full names: make them absolute like the names.
    let absolute = |f: &apache::ApacheFile| {
        let mut f = f.clone();
        absolute_includes(&mut f.directives, &root, &env);
        f
    };
    let main = absolute(&main);
    let files: Vec<apache::ApacheFile> = files.iter().map(absolute).collect();
    let problems = files
        .iter()
        .flat_map(|f| f.problems.iter().cloned())
        .collect();
    let user = apache::worker_user(&main, &files, &env).filter(|u| !u.0.contains("${"));
    let default_user = if path.starts_with("/etc/httpd") {
        "apache"
    } else {
        "www-data"
    };
    let error_logs = apache::error_logs(&main, &files, &env)
        .into_iter()
        .filter(|(l, _)| !l.contains("${"))
        .map(|(l, _)| resolve(&root, &l).display().to_string())
        .collect();
    let row = Row {
        software: Software::Apache,
        worker_user: Some(
            user.as_ref()
                .map(|u| u.0.clone())
                .unwrap_or_else(|| default_user.into()),
        ),
        worker_user_at: user.map(|u| (u.1, u.2)),
        error_logs,
    };
    let upstreams = apache::upstreams(&main, &files, &env);
    reader.finish(path, found_by, row, problems, upstreams);
}

/// Every include pattern made absolute against the ServerRoot.
fn absolute_includes(directives: &mut [apache::Directive], root: &Path, env: &[(String, String)]) {
    for d in directives.iter_mut() {
        if (d.is("Include") || d.is("IncludeOptional"))
            && let Some(p) = d.args.first_mut()
        {
            *p = resolve(root, &apache::expand_vars(p, env))
                .display()
                .to_string();
        }
        if let Some(block) = &mut d.block {
            absolute_includes(block, root, env);
        }
    }
}

/// Caddy: a Caddyfile and the files its `import`s name (relative to its folder); Caddy's JSON
/// configuration is named as not read.
fn read_caddy(path: &Path, found_by: &str, users: &Users, stack: &mut Stack) {
    if path.extension().is_some_and(|e| e == "json") {
        stack.unreadable.push(Unreadable {
            file: path.display().to_string(),
            why: crate::t!("mc-read-caddy-json"),
            permission: false,
        });
        return;
    }
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut reader = Reader::new(users, stack);
    let Some(text) = reader.text(path) else {
        return;
    };
    let mut main = caddy::parse(&path.display().to_string(), &text);
    let mut files: Vec<caddy::CaddyFile> = Vec::new();
    let mut snippets = main.snippets();
    let mut queue = main.includes(&snippets);
    while let Some((pattern, _)) = queue.pop() {
        for file in expand(&resolve(&base, &pattern), MAX_FILES) {
            if let Some(text) = reader.text(&file) {
                let parsed = caddy::parse(&file.display().to_string(), &text);
                snippets.extend(parsed.snippets());
                queue.extend(parsed.includes(&snippets));
                files.push(parsed);
            }
        }
    }
    // Imports are matched against full names: make them absolute like the names.
    let absolute = |f: &mut caddy::CaddyFile| {
        for n in f.nodes.iter_mut() {
            absolute_imports(n, &base, &snippets);
        }
    };
    absolute(&mut main);
    files.iter_mut().for_each(absolute);
    let problems = std::iter::once(&main)
        .chain(files.iter())
        .flat_map(|f| f.problems.iter().cloned())
        .collect();
    let upstreams = caddy::upstreams(&main, &files);
    let row = Row {
        software: Software::Caddy,
        // The packages run Caddy as user caddy.
        worker_user: Some("caddy".into()),
        worker_user_at: None,
        // Caddy logs to its journal by default.
        error_logs: Vec::new(),
    };
    reader.finish(path, found_by, row, problems, upstreams);
}

fn absolute_imports(n: &mut caddy::Node, base: &Path, snippets: &[String]) {
    if n.tokens.first().is_some_and(|t| t == "import")
        && let Some(t) = n.tokens.get_mut(1)
        && !snippets.contains(t)
    {
        *t = resolve(base, t).display().to_string();
    }
    if let Some(block) = &mut n.block {
        for c in block.iter_mut() {
            absolute_imports(c, base, snippets);
        }
    }
}

/// Varnish: the VCL file and what it `include`s (relative to its folder).
fn read_varnish(path: &Path, found_by: &str, users: &Users, stack: &mut Stack) {
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut reader = Reader::new(users, stack);
    let mut files = Vec::new();
    let mut queue = vec![path.to_path_buf()];
    while let Some(p) = queue.pop() {
        if let Some(text) = reader.text(&p) {
            let parsed = varnish::parse(&p.display().to_string(), &text);
            queue.extend(parsed.includes.iter().map(|(i, _)| resolve(&base, i)));
            files.push(parsed);
        }
    }
    if files.is_empty() {
        return;
    }
    let problems = files
        .iter()
        .flat_map(|f| f.problems.iter().cloned())
        .collect();
    let row = Row {
        software: Software::Varnish,
        // Debian's varnishd fetches from backends as user vcache.
        worker_user: Some("vcache".into()),
        worker_user_at: None,
        error_logs: Vec::new(),
    };
    let upstreams = varnish::upstreams(&files);
    reader.finish(path, found_by, row, problems, upstreams);
}

/// HAProxy: one file, or every `*.cfg` of a folder (as `haproxy -f DIR` reads them), in order.
fn read_haproxy(path: &Path, found_by: &str, users: &Users, stack: &mut Stack) {
    let paths: Vec<PathBuf> = if path.is_dir() {
        expand(&path.join("*.cfg"), MAX_FILES)
    } else {
        vec![path.to_path_buf()]
    };
    let mut reader = Reader::new(users, stack);
    let mut files = Vec::new();
    for p in &paths {
        if let Some(text) = reader.text(p) {
            files.push(haproxy::parse(&p.display().to_string(), &text));
        }
    }
    let problems = files
        .iter()
        .flat_map(|f| f.problems.iter().cloned())
        .collect();
    let user = haproxy::worker_user(&files);
    let row = Row {
        software: Software::Haproxy,
        worker_user: user.as_ref().map(|u| u.0.clone()),
        worker_user_at: user.map(|u| (u.1, u.2)),
        // HAProxy logs through syslog: no file of its own to read.
        error_logs: Vec::new(),
    };
    let upstreams = haproxy::upstreams(&files);
    reader.finish(path, found_by, row, problems, upstreams);
}

fn walk(directives: &[nginx::Directive], f: &mut dyn FnMut(&nginx::Directive)) {
    for d in directives {
        f(d);
        if let Some(block) = &d.block {
            walk(block, f);
        }
    }
}

fn read_fpm(path: &Path, found_by: &str, users: &Users, stack: &mut Stack) {
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut reader = Reader::new(users, stack);
    let Some(text) = reader.text(path) else {
        return;
    };
    let main = php_fpm::parse(&path.display().to_string(), &text);
    let mut files = vec![main];
    let mut i = 0;
    while let Some(file) = files.get(i) {
        let patterns: Vec<String> = file.includes().iter().map(|v| v.value.clone()).collect();
        for pattern in patterns {
            for included in expand(&resolve(&base, &pattern), MAX_FILES) {
                if let Some(text) = reader.text(&included) {
                    files.push(php_fpm::parse(&included.display().to_string(), &text));
                }
            }
        }
        i += 1;
    }
    // php.ini beside php-fpm.conf (Debian: /etc/php/8.2/fpm/php.ini), else /etc/php.ini.
    let ini = [base.join("php.ini"), PathBuf::from("/etc/php.ini")]
        .into_iter()
        .find(|p| p.is_file());
    if let Some(ini) = ini
        && let Some(text) = reader.text(&ini)
    {
        let parsed = php_fpm::parse(&ini.display().to_string(), &text);
        reader.stack.php_ini.push(parsed);
    }
    let error_logs = files
        .iter()
        .flat_map(|f| f.global.iter())
        .filter(|(k, _)| k == "error_log")
        .map(|(_, v)| resolve(&base, &v.value).display().to_string())
        .collect();
    let problems = files
        .iter()
        .flat_map(|f| f.problems.iter().cloned())
        .collect();
    reader.stack.fpm.extend(files);
    let row = Row {
        software: Software::PhpFpm,
        worker_user: None,
        worker_user_at: None,
        error_logs,
    };
    reader.finish(path, found_by, row, problems, Vec::new());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_like_the_shell() {
        assert!(glob_match("*.conf", "shop.conf"));
        assert!(!glob_match("*.conf", "shop.conf.bak"));
        assert!(glob_match("php[78]*", "php8.2"));
        assert!(!glob_match("php[!8]*", "php8.2"));
        assert!(glob_match("s?te", "site"));
        assert!(glob_match("*", ""));
        assert!(!glob_match("[", "["));
        assert!(glob_match("a*b*c*d*e*f", &("a".repeat(60) + "bcdef")));
        assert!(!glob_match("a*a*a*a*a*a*b", &"a".repeat(200)));
    }

    #[test]
    fn includes_expand_sorted_and_unreadable_files_are_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("sites")).unwrap();
        std::fs::write(
            d.join("sites/b.conf"),
            "server { listen 81; location / { proxy_pass http://127.0.0.1:2; } }\n",
        )
        .unwrap();
        std::fs::write(
            d.join("sites/a.conf"),
            "server { listen 80; location / { proxy_pass http://127.0.0.1:1; } }\n",
        )
        .unwrap();
        std::fs::write(d.join("sites/a.conf.bak"), "junk {").unwrap();
        std::fs::write(
            d.join("nginx.conf"),
            "user www-data;\nerror_log logs/error.log;\nhttp {\n  include sites/*.conf;\n  include missing.conf;\n}\n",
        )
        .unwrap();
        let found = vec![Found {
            kind: ConfigKind::Nginx,
            path: d.join("nginx.conf"),
            found_by: "given".into(),
        }];
        let stack = read_stack(&found, &Users::default());
        assert_eq!(stack.upstreams.len(), 2);
        assert!(stack.upstreams[0].file.ends_with("sites/a.conf"));
        let server = &stack.servers[0];
        assert_eq!(server.worker_user.as_deref(), Some("www-data"));
        assert_eq!(server.files.len(), 4, "{:?}", server.files);
        assert!(server.error_logs[0].ends_with("logs/error.log"));
        assert!(
            stack
                .unreadable
                .iter()
                .any(|u| u.file.ends_with("missing.conf") && u.why == "not found"),
            "{:?}",
            stack.unreadable
        );
        assert_eq!(expand(&d.join("nothing/*.conf"), 10), Vec::<PathBuf>::new());
    }
}
