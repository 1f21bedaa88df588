//! Integration tests: real servers on loopback, probed for real.
