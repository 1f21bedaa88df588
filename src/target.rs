//! Target parsing: turns what a person types or pastes into a validated URL (placeholder).
