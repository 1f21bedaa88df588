//! Integration tests: real servers on loopback, probed for real, and the diagnosis scenarios
//! (`tests/scenarios/*.toml`: evidence in, verdict out).

mod scenarios;
