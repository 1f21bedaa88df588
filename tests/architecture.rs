//! The layering rules, checked: reads every file under `src/` and fails, naming file and line, when
//! a `crate::...` path crosses a forbidden line, when a core module uses a network, storage or
//! screen crate, or when a top-level module has no row in the table below.
//!
//! Core (what a check found and what it means) knows no network, storage or screen; the engine
//! (what talks to the outside world) knows no storage or face; storage knows no engine or face;
//! the two faces (command line and app) never import each other. `main.rs` and `lib.rs` sit above
//! everything. A new top-level module gets a row in [`MODULES`] in the same commit.

use std::fmt;
use std::path::{Path, PathBuf};

/// The layers, from the bottom up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layer {
    /// Pure: parsing, evidence, diagnosis, reports. No network, storage or screen.
    Core,
    /// Talks to the outside world: probes, third-party APIs, browsers, desktop services.
    Engine,
    /// Settings and history on disk.
    Storage,
    /// The command line.
    Cli,
    /// The desktop app.
    Gui,
}

/// Every top-level module of the library and its layer.
const MODULES: &[(&str, Layer)] = &[
    ("target", Layer::Core),
    ("evidence", Layer::Core),
    ("fingerprint", Layer::Core),
    ("diagnosis", Layer::Core),
    ("logs", Layer::Core),
    ("report", Layer::Core),
    ("watch", Layer::Core),
    ("text", Layer::Core),
    ("serverconf", Layer::Core),
    ("provider_status", Layer::Core),
    ("har", Layer::Core),
    ("i18n", Layer::Core),
    ("probe", Layer::Engine),
    ("globalping", Layer::Engine),
    ("browsers", Layer::Engine),
    ("notify", Layer::Engine),
    ("server", Layer::Engine),
    ("status_client", Layer::Engine),
    ("store", Layer::Storage),
    ("history", Layer::Storage),
    ("cli", Layer::Cli),
    ("gui", Layer::Gui),
];

/// Which layers a layer may import from (its own included).
fn may_import(from: Layer, to: Layer) -> bool {
    use Layer::*;
    match from {
        Core => to == Core,
        Engine => matches!(to, Core | Engine),
        Storage => matches!(to, Core | Storage),
        Cli => matches!(to, Core | Engine | Storage | Cli),
        Gui => matches!(to, Core | Engine | Storage | Gui),
    }
}

/// Outside crates core must not use: network, storage and screen.
const CORE_FORBIDDEN_CRATES: &[&str] = &[
    "tokio",
    "tokio_rustls",
    "hyper",
    "hyper_util",
    "hickory_resolver",
    "rustls",
    "reqwest",
    "rusqlite",
    "directories",
    "eframe",
    "egui",
    "egui_plot",
    "rfd",
    "notify_rust",
];

/// Files at the top of the tree that may use any module.
const ROOTS: &[&str] = &["lib.rs", "main.rs"];

#[derive(Debug, PartialEq, Eq)]
struct Violation {
    file: String,
    line: usize,
    message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

fn layer_of(module: &str) -> Option<Layer> {
    MODULES
        .iter()
        .find(|(name, _)| *name == module)
        .map(|(_, layer)| *layer)
}

/// The top-level module a file under `src/` belongs to (`None` for `lib.rs` / `main.rs`).
fn module_of(relative: &str) -> Option<String> {
    if ROOTS.contains(&relative) {
        return None;
    }
    let first = relative.split('/').next().unwrap_or(relative);
    Some(first.trim_end_matches(".rs").to_string())
}

/// The code of a line with its `//` comment cut off (a crude cut: good enough for `use` lines).
fn code_part(line: &str) -> &str {
    let trimmed = line.trim_start();
    if trimmed.starts_with("//") {
        return "";
    }
    match line.find("//") {
        Some(at) if !line[..at].contains('"') => &line[..at],
        _ => line,
    }
}

/// The top-level modules named by `crate::` paths in one line of code, including the members of a
/// `crate::{a::b, c}` group (which may continue on later lines: `rest` holds those).
fn crate_paths(code: &str, rest: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let mut search = code;
    while let Some(at) = search.find("crate::") {
        let before = &search[..at];
        let is_path_start = !before
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
        let after = &search[at + "crate::".len()..];
        if is_path_start {
            if let Some(group) = after.strip_prefix('{') {
                let mut text = group.to_string();
                for more in rest {
                    if depth_closed(&text) {
                        break;
                    }
                    text.push(' ');
                    text.push_str(code_part(more));
                }
                found.extend(group_members(&text));
            } else {
                let name: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.push(name);
                }
            }
        }
        search = after;
    }
    found
}

/// Whether the `{` group that `text` continues is closed within it.
fn depth_closed(text: &str) -> bool {
    let mut depth = 1i32;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return true;
        }
    }
    false
}

/// The first path segment of each member of a `{...}` group (the text after the opening brace).
fn group_members(text: &str) -> Vec<String> {
    let mut members = Vec::new();
    let mut depth = 1i32;
    let mut current = String::new();
    let mut at_member_start = true;
    for c in text.chars() {
        match c {
            '{' => {
                depth += 1;
                at_member_start = false;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => {
                at_member_start = true;
                if !current.is_empty() {
                    members.push(std::mem::take(&mut current));
                }
            }
            c if depth == 1 && at_member_start => {
                if c.is_alphanumeric() || c == '_' {
                    current.push(c);
                } else if !current.is_empty() {
                    at_member_start = false;
                }
            }
            _ => {}
        }
    }
    if !current.is_empty() {
        members.push(current);
    }
    members.retain(|m| m != "self");
    members
}

/// Whether `code` uses the outside crate `name` as a path (`name::...` or `use name`).
fn uses_crate(code: &str, name: &str) -> bool {
    let mut search = code;
    while let Some(at) = search.find(name) {
        let before = &search[..at];
        let after = &search[at + name.len()..];
        let starts = !before
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':' || c == '.');
        if starts
            && (after.starts_with("::")
                || (before.trim_end().ends_with("use") && after.starts_with(';')))
        {
            return true;
        }
        search = &search[at + name.len()..];
    }
    false
}

/// Every rule broken by one file's text. `relative` is its path under `src/`, with `/`.
fn check_source(relative: &str, source: &str) -> Vec<Violation> {
    let mut out = Vec::new();
    let Some(module) = module_of(relative) else {
        return out;
    };
    let Some(from) = layer_of(&module) else {
        out.push(Violation {
            file: format!("src/{relative}"),
            line: 1,
            message: format!(
                "module `{module}` has no row in the layer table (tests/architecture.rs MODULES)"
            ),
        });
        return out;
    };
    let lines: Vec<&str> = source.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        let code = code_part(line);
        if code.is_empty() {
            continue;
        }
        for target in crate_paths(code, &lines[index + 1..]) {
            if target == module {
                continue;
            }
            let message = match layer_of(&target) {
                None => continue, // an item of lib.rs (e.g. `crate::PROJECT_URL`)
                Some(to) if may_import(from, to) => continue,
                Some(to) => {
                    format!("`{module}` ({from:?}) may not import `crate::{target}` ({to:?})")
                }
            };
            out.push(Violation {
                file: format!("src/{relative}"),
                line: index + 1,
                message,
            });
        }
        if from == Layer::Core {
            for name in CORE_FORBIDDEN_CRATES {
                if uses_crate(code, name) {
                    out.push(Violation {
                        file: format!("src/{relative}"),
                        line: index + 1,
                        message: format!(
                            "`{module}` is core and may not use the crate `{name}` (network, storage or screen)"
                        ),
                    });
                }
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn layers_run_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(
        files.len() > 50,
        "found only {} files under src/",
        files.len()
    );
    let mut violations = Vec::new();
    for path in &files {
        let relative = path
            .strip_prefix(&src)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let source = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        violations.extend(check_source(&relative, &source));
    }
    let report: Vec<String> = violations.iter().map(ToString::to_string).collect();
    assert!(
        violations.is_empty(),
        "{} layering violation(s):\n{}",
        violations.len(),
        report.join("\n")
    );
}

#[test]
fn every_top_level_module_has_a_row() {
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("read src/lib.rs");
    let declared: Vec<String> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';').to_string())
        .collect();
    assert!(declared.len() >= 10, "lib.rs declares {declared:?}");
    for module in &declared {
        assert!(
            layer_of(module).is_some(),
            "src/lib.rs declares `{module}`, which has no row in MODULES"
        );
    }
    for (name, _) in MODULES {
        assert!(
            declared.iter().any(|d| d == name),
            "MODULES lists `{name}`, which src/lib.rs does not declare"
        );
    }
}

#[test]
fn a_forbidden_import_is_caught_with_file_and_line() {
    let source = "//! A diagnosis rule.\n\
                  use crate::evidence::Evidence;\n\
                  // crate::probe in a comment is fine\n\
                  use crate::{\n    fingerprint::Responder,\n    probe::run,\n};\n\
                  fn f() { let _ = crate::history::open(); }\n";
    let found = check_source("diagnosis/rule.rs", source);
    let lines: Vec<usize> = found.iter().map(|v| v.line).collect();
    assert_eq!(lines, vec![4, 8], "{found:?}");
    assert_eq!(found[0].file, "src/diagnosis/rule.rs");
    assert!(found[0].message.contains("crate::probe"), "{}", found[0]);
    assert!(found[1].message.contains("crate::history"), "{}", found[1]);
    assert_eq!(
        found[0].to_string(),
        "src/diagnosis/rule.rs:4: `diagnosis` (Core) may not import `crate::probe` (Engine)"
    );
}

#[test]
fn faces_never_import_each_other_and_core_uses_no_network_crate() {
    let cli = check_source("cli/mod.rs", "fn f() { crate::gui::run_app(); }\n");
    assert_eq!(cli.len(), 1, "{cli:?}");
    assert!(
        cli[0]
            .message
            .contains("`cli` (Cli) may not import `crate::gui` (Gui)")
    );
    let gui = check_source("gui/app.rs", "use crate::cli::main_with_args;\n");
    assert_eq!(gui.len(), 1, "{gui:?}");
    let engine = check_source(
        "probe/x.rs",
        "use crate::store::Settings;\nuse crate::evidence::E;\n",
    );
    assert_eq!(engine.iter().map(|v| v.line).collect::<Vec<_>>(), vec![1]);
    let core = check_source(
        "report/x.rs",
        "use tokio::net::TcpStream;\nlet my_tokio::x = 1;\nuse serde::Serialize;\n",
    );
    assert_eq!(
        core.iter().map(|v| v.line).collect::<Vec<_>>(),
        vec![1],
        "{core:?}"
    );
    let unknown = check_source("newthing/mod.rs", "");
    assert_eq!(unknown.len(), 1);
    assert!(unknown[0].message.contains("no row in the layer table"));
    assert!(check_source("main.rs", "use crate::gui::x;\nuse crate::cli::y;\n").is_empty());
}
