//! Test builder: runs the real `fleetctl` binary with a private config dir against the test broker
//! (Apache Kafka, started by scripts/test.sh).

#![allow(dead_code)]

pub mod cluster;
pub mod kafka;
pub mod postgres;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// Whether no test broker is configured. The first broker test that finds none says so in one
/// line on the terminal (written past the harness's output capture); each then returns early,
/// so that a plain `cargo test` runs the unit and broker-free tests and skips the others.
pub fn no_broker() -> bool {
    static SAID: std::sync::Once = std::sync::Once::new();
    let missing = std::env::var_os("FLEETCTL_TEST_BROKERS").is_none_or(|v| v.is_empty());
    // scripts/test.sh requires the broker: there a missing one is a failure, never a skip.
    if missing && std::env::var_os("FLEETCTL_REQUIRE_BROKER").is_some() {
        panic!("FLEETCTL_TEST_BROKERS is not set but FLEETCTL_REQUIRE_BROKER is");
    }
    if missing {
        SAID.call_once(|| {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "skipping the broker tests: FLEETCTL_TEST_BROKERS is not set (scripts/test.sh \
                 starts Apache Kafka and sets it)"
            );
        });
    }
    missing
}

/// Returns early from a broker test when no broker is configured (see `no_broker`).
#[macro_export]
macro_rules! needs_broker {
    () => {
        if $crate::support::no_broker() {
            return;
        }
    };
}

/// Address of the real broker started by scripts/test.sh.
pub fn broker() -> String {
    std::env::var("FLEETCTL_TEST_BROKERS").unwrap_or_else(|_| {
        panic!("FLEETCTL_TEST_BROKERS is not set: run the suite with scripts/test.sh, which fetches and starts Apache Kafka")
    })
}

/// A name no other test (or earlier run) uses: for topic prefixes and group ids.
pub fn unique(tag: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!(
        "t{}-{}-{}-{}",
        std::process::id(),
        nanos % 1_000_000_000,
        N.fetch_add(1, Ordering::Relaxed),
        tag
    )
}

/// A private world for one test: a config dir and a topic prefix.
pub struct World {
    /// Temporary config dir (deleted on drop).
    pub dir: tempfile::TempDir,
    /// Topic prefix of this test.
    pub prefix: String,
}

impl World {
    pub fn new(tag: &str) -> Self {
        World {
            dir: tempfile::tempdir().unwrap(),
            prefix: format!("{}.", unique(tag)),
        }
    }

    pub fn config_dir(&self) -> &Path {
        self.dir.path()
    }

    /// `fleetctl` with this world's config dir, no broker.
    pub fn cmd(&self) -> Run {
        Run::new(self.config_dir())
    }

    /// `fleetctl` with this world's config dir, broker and topic prefix.
    pub fn kafka(&self) -> Run {
        let mut r = self.cmd();
        r.env("KAFKA_BOOTSTRAP_SERVERS", broker())
            .env("FLEETCTL_TOPIC_PREFIX", &self.prefix);
        r
    }

    pub fn topic(&self, base: &str) -> String {
        format!("{}{}", self.prefix, base)
    }
}

/// A fleetctl invocation being built.
pub struct Run {
    cmd: Command,
}

/// What a run printed and returned.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Out {
    /// Parses stdout as one JSON document.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// Parses stdout as JSON lines.
    pub fn ndjson(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("line is not JSON ({e}): {l}"))
            })
            .collect()
    }

    /// Asserts the exit code, showing the output when it differs.
    pub fn expect(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "unexpected exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// The original design's variables that flags read: a test's fleetctl never inherits them, so
/// help texts and defaults do not depend on the developer's shell.
const DESIGN_VARIABLES: &[&str] = &[
    "DEFAULT_NUM_ROBOTS",
    "PARTITIONS_PER_100_ROBOTS",
    "DEFAULT_TELEMETRY_INTERVAL",
    "SIMULATION_SPEEDUP",
    "CHAOS_INJECTION_PROB",
    "CANARY_FRACTION",
    "MAX_RETRIES",
    "COMMAND_TIMEOUT_SEC",
];

impl Run {
    pub fn new(config_dir: &Path) -> Self {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_fleetctl"));
        for (k, _) in std::env::vars() {
            if k.starts_with("KAFKA_")
                || k.starts_with("FLEETCTL_")
                || k.starts_with("SASL_")
                || k.starts_with("SCHEMA_REGISTRY_")
                || k.ends_with("_KEY_B64")
                || k.starts_with("OTEL_")
                || k == "NO_COLOR"
                || k == "DATABASE_URL"
                || DESIGN_VARIABLES.contains(&k.as_str())
                || fleetctl::design_env::UNSUPPORTED
                    .iter()
                    .any(|u| u.name == k)
            {
                cmd.env_remove(k);
            }
        }
        cmd.env("FLEETCTL_CONFIG_DIR", config_dir)
            .env("RUST_LOG", "warn")
            .current_dir(config_dir)
            .stdin(Stdio::null());
        Run { cmd }
    }

    pub fn arg(&mut self, a: impl AsRef<std::ffi::OsStr>) -> &mut Self {
        self.cmd.arg(a);
        self
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(&mut self, k: &str, v: impl AsRef<std::ffi::OsStr>) -> &mut Self {
        self.cmd.env(k, v);
        self
    }

    pub fn env_remove(&mut self, k: &str) -> &mut Self {
        self.cmd.env_remove(k);
        self
    }

    pub fn run(&mut self) -> Out {
        let start = Instant::now();
        let Output {
            status,
            stdout,
            stderr,
        } = self.cmd.output().expect("fleetctl runs");
        Out {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            elapsed: start.elapsed(),
        }
    }

    /// Starts it in the background with its stderr going to `log` (a role that logs at info
    /// level for minutes would fill a pipe nobody reads, and block).
    pub fn spawn_logged(&mut self, log: &Path) -> std::process::Child {
        self.cmd
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(log).expect("log file"))
            .spawn()
            .expect("fleetctl starts")
    }

    /// Starts it in the background.
    pub fn spawn(&mut self) -> std::process::Child {
        self.cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("fleetctl starts")
    }
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs one of Apache Kafka's own command-line classes against the test broker, through
/// `scripts/kafka.sh tool`, as an independent checker; returns its stdout.
pub fn kafka_tool(class: &str, args: &[&str]) -> String {
    let b = broker();
    let mut all = vec!["tool", class, "--bootstrap-server", b.as_str()];
    all.extend_from_slice(args);
    kafka_sh(&all)
}

/// scripts/kafka.sh with `args`, which must succeed; its stdout.
pub fn kafka_sh(args: &[&str]) -> String {
    let out = Command::new(repo_root().join("scripts/kafka.sh"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("scripts/kafka.sh runs");
    assert!(
        out.status.success(),
        "kafka.sh {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Sends `signal` ("TERM", "INT", ...) to a background fleetctl and waits for its output: at
/// most 30 s, then SIGKILL, so that a role that ignores the signal fails its test instead of
/// hanging it. The one way the tests interrupt a process.
pub fn signal(mut child: std::process::Child, signal: &str) -> std::process::Output {
    let sent = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success(), "kill -{signal} failed");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::time::Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    child.wait_with_output().expect("process output")
}

/// SIGTERM (a clean stop), then the process's output.
pub fn terminate(child: std::process::Child) -> std::process::Output {
    signal(child, "TERM")
}
