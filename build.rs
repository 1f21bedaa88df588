//! Packs the Fluent files into the binary small: each `assets/i18n/<lang>/<name>.ftl` is written to
//! `$OUT_DIR/i18n/<lang>/<name>.ftl.z` without its comment lines (they are for translators) and
//! deflate-compressed, so six languages cost about a quarter of their size on disk;
//! `src/i18n` inflates them once, the first time a message is looked up. A Fluent comment is a
//! line starting with `#`; a value's continuation lines are indented, so none is mistaken for one.

use std::io::Write;
use std::path::Path;

fn main() {
    let source = Path::new("assets/i18n");
    println!("cargo:rerun-if-changed=assets/i18n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("i18n");
    let languages = std::fs::read_dir(source).expect("assets/i18n is readable");
    for language in languages {
        let language = language.expect("assets/i18n is readable").path();
        if !language.is_dir() {
            continue;
        }
        let code = language.file_name().expect("a folder name").to_owned();
        std::fs::create_dir_all(out.join(&code)).expect("OUT_DIR is writable");
        for file in std::fs::read_dir(&language).expect("a language folder is readable") {
            let file = file.expect("a language folder is readable").path();
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&file).expect("a Fluent file is UTF-8");
            let kept: String = text
                .lines()
                .filter(|line| !line.starts_with('#'))
                .flat_map(|line| [line, "\n"])
                .collect();
            let mut packed =
                flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
            packed.write_all(kept.as_bytes()).expect("in memory");
            let bytes = packed.finish().expect("in memory");
            let name = format!(
                "{}.z",
                file.file_name().expect("a file name").to_string_lossy()
            );
            std::fs::write(out.join(&code).join(name), bytes).expect("OUT_DIR is writable");
        }
    }
}
