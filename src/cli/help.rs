//! The command line's help (`--help`) in the user's language: the about line of each command, the
//! help of each argument and the section headings come from `cli.ftl`, not from doc comments, so
//! `gateway-doctor check --help --lang de` reads German like the rest of the output.
//!
//! The derive still describes the arguments (names, types, defaults); this module builds the
//! command, then walks it and puts the words in: `cli-about` / `cli-about-<command>`,
//! `cli-arg-<command>-<id>` (or `cli-arg-<id>` when the flag means the same everywhere; the
//! command is `app` at the top level), `cli-heading-*`. Built before walking, so the generated
//! `--help`, `--version` and `help` entries and the global `--lang` are there to be worded too.
//! clap's own error messages stay English (clap has no translation hook for them).

use clap::CommandFactory;

/// The whole command line, worded in the current language.
pub fn command() -> clap::Command {
    let mut cmd = super::Cli::command();
    cmd.build();
    word(cmd, None)
}

/// The Fluent id of a command's about line.
pub fn about_key(command: Option<&str>) -> String {
    match command {
        None => "cli-about".to_string(),
        Some(name) => format!("cli-about-{name}"),
    }
}

/// The Fluent id of an argument's help: the command's own wording first, then the shared one.
pub fn arg_key(command: Option<&str>, id: &str) -> Option<String> {
    let own = format!("cli-arg-{}-{id}", command.unwrap_or("app"));
    let shared = format!("cli-arg-{id}");
    [own, shared].into_iter().find(|k| crate::i18n::has(k))
}

fn word(mut cmd: clap::Command, name: Option<&str>) -> clap::Command {
    let about = about_key(name);
    if crate::i18n::has(&about) {
        cmd = cmd.about(crate::i18n::tr(&about, &[]));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let key = arg_key(name, &id);
        cmd = cmd.mut_arg(&id, |arg| {
            let heading = if arg.is_positional() {
                crate::t!("cli-heading-arguments")
            } else {
                crate::t!("cli-heading-options")
            };
            let arg = arg.help_heading(heading);
            match &key {
                Some(key) => arg.help(crate::i18n::tr(key, &[])),
                None => arg,
            }
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in names {
        cmd = cmd.mut_subcommand(&sub, |s| word(s, Some(&sub)));
    }
    let usage = crate::t!("cli-heading-usage");
    cmd.subcommand_help_heading(crate::t!("cli-heading-commands"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
}
