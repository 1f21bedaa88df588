//! `gateway-doctor`: thin entry point. Parses arguments and runs the command line checks; errors
//! become exit codes here (0 healthy, 1 problem found, 2 usage or input error).

fn main() {
    let code = match gateway_doctor::cli::main_with_args(std::env::args_os()) {
        Ok(code) => code,
        Err(e) => {
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "gateway-doctor: {e:#}");
            2
        }
    };
    std::process::exit(code);
}
