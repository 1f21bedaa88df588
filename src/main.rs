//! `gateway-doctor`: thin entry point. With no command (or just an address) it opens the desktop
//! app; `gateway-doctor check URL` runs the command line checks. Errors become exit codes here
//! (0 healthy, 1 problem found, 2 usage or input error).

// A double-clicked app on Windows gets no console window in release builds; the command line
// twin re-attaches to the console it was started from (see `attach_parent_console`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

fn main() {
    attach_parent_console();
    // Read while the process has one thread (the only time it can be read safely on Unix).
    let _ = gateway_doctor::probe::clock::local_offset_secs();
    let code = match run(std::env::args_os()) {
        Ok(code) => code,
        Err(e) => {
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "gateway-doctor: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

/// Open the app or run the subcommand the arguments ask for.
fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> anyhow::Result<i32> {
    use gateway_doctor::cli::{self, Invocation};
    match cli::parse(args) {
        Invocation::Exit(code) => Ok(code),
        Invocation::Run(command) => cli::run(command),
        #[cfg(feature = "gui")]
        Invocation::App {
            url,
            options,
            logs,
            lang,
        } => {
            gateway_doctor::gui::run_app(url, options, logs, lang)?;
            Ok(0)
        }
        #[cfg(not(feature = "gui"))]
        Invocation::App { .. } => cli::no_app(),
    }
}

/// Windows release builds are GUI-subsystem programs: when started from a terminal, borrow that
/// terminal so `check` can print. Elsewhere there is nothing to do.
#[cfg(all(windows, not(debug_assertions)))]
fn attach_parent_console() {
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    unsafe extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
    }
    // SAFETY: a plain Win32 call with a constant argument; failure (no parent console) is fine.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(all(windows, not(debug_assertions))))]
fn attach_parent_console() {}
