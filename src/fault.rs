//! Test-only fault points: crash or fail on purpose at one named step of a write protocol, so
//! that tests can land a crash at every step instead of hoping a random kill hits it.
//!
//! `FLEETCTL_FAULT=NAME[@N][,NAME[@N]…]` arms point NAME for the N-th time it is reached (default
//! the first). A `kill` point sends SIGKILL to this process, exactly as `kill -9` would: nothing
//! is flushed, committed or aborted. A `fail` point makes the step return an error instead; a
//! `stall` point makes it block first, as a call that overruns its timeout would.
//! Unset (as in every normal run), each point costs one check of a value read once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Environment variable that arms fault points.
pub const ENV: &str = "FLEETCTL_FAULT";

/// Armed points: name → (the time it fires, times reached so far).
type Points = HashMap<String, (u64, AtomicU64)>;

fn armed() -> &'static Option<Points> {
    static ARMED: OnceLock<Option<Points>> = OnceLock::new();
    ARMED.get_or_init(|| {
        let spec = std::env::var(ENV).ok().filter(|s| !s.trim().is_empty())?;
        let points = spec
            .split(',')
            .map(|p| match p.trim().split_once('@') {
                Some((name, n)) => (
                    name.to_string(),
                    (n.parse().unwrap_or(1), AtomicU64::new(0)),
                ),
                None => (p.trim().to_string(), (1, AtomicU64::new(0))),
            })
            .collect();
        Some(points)
    })
}

/// Whether armed point `name` is reached for the time it was armed for.
fn fires(name: &str) -> bool {
    let Some(points) = armed() else {
        return false;
    };
    match points.get(name) {
        Some((at, seen)) => seen.fetch_add(1, Ordering::SeqCst) + 1 == *at,
        None => false,
    }
}

/// A crash point: when armed and due, the process kills itself with SIGKILL.
pub fn kill(name: &str) {
    if fires(name) {
        eprintln!("fault point {name}: killing this process ({ENV})");
        // SAFETY: kill(2) on our own pid has no memory-safety preconditions.
        unsafe {
            libc::kill(libc::getpid(), libc::SIGKILL);
        }
    }
}

/// A failure point: true when armed and due, and the caller fails the step.
pub fn fail(name: &str) -> bool {
    let f = fires(name);
    if f {
        tracing::warn!("fault point {name}: failing this step ({ENV})");
    }
    f
}

/// A stall point: when armed and due, the step blocks for `d` first, as a call that overruns
/// its timeout would.
pub fn stall(name: &str, d: std::time::Duration) {
    if fires(name) {
        tracing::warn!("fault point {name}: stalling this step for {d:?} ({ENV})");
        std::thread::sleep(d);
    }
}
