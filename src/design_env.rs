//! Environment variables of the original design that fleetctl does not honour, listed once so
//! that none is silently ignored: `doctor` reports each one that is set, and every command warns
//! about it on stderr.

/// One variable and what to use instead.
#[derive(Debug, Clone, Copy)]
pub struct Unsupported {
    /// The variable's name, as the original design spells it.
    pub name: &'static str,
    /// Why it has no effect, and what does the job instead.
    pub instead: &'static str,
}

/// Every variable of the original design without an effect in fleetctl. The README's
/// configuration table lists them too (a test checks that).
/// (`SCHEMA_REGISTRY_URL`, the last one, is honoured since the registry client came.)
pub const UNSUPPORTED: &[Unsupported] = &[];

/// The unsupported variables set (to a non-empty value) in this process's environment.
pub fn set_in_environment() -> Vec<Unsupported> {
    UNSUPPORTED
        .iter()
        .filter(|u| std::env::var_os(u.name).is_some_and(|v| !v.is_empty()))
        .copied()
        .collect()
}

/// Warns on stderr about each unsupported variable that is set.
pub fn warn_if_set() {
    for u in set_in_environment() {
        tracing::warn!("{} is set but has no effect: {}", u.name, u.instead);
    }
}
