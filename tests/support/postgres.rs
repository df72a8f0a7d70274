//! The test PostgreSQL server (started by scripts/test.sh with scripts/postgres.sh): a database
//! of its own per test, psql as the independent reader, and private servers for the tests that
//! stop and start one.

use std::process::{Command, Stdio};

use super::{repo_root, unique};

/// Whether no test database is configured; said once, like `no_broker`.
pub fn no_database() -> bool {
    static SAID: std::sync::Once = std::sync::Once::new();
    let missing = std::env::var_os("FLEETCTL_TEST_DATABASE_URL").is_none_or(|v| v.is_empty());
    if missing && std::env::var_os("FLEETCTL_REQUIRE_DATABASE").is_some() {
        panic!("FLEETCTL_TEST_DATABASE_URL is not set but FLEETCTL_REQUIRE_DATABASE is");
    }
    if missing {
        SAID.call_once(|| {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "skipping the archive tests: FLEETCTL_TEST_DATABASE_URL is not set \
                 (scripts/test.sh starts PostgreSQL and sets it)"
            );
        });
    }
    missing
}

/// Returns early from an archive test when no broker or no database is configured.
#[macro_export]
macro_rules! needs_database {
    () => {
        if $crate::support::no_broker() || $crate::support::postgres::no_database() {
            return;
        }
    };
}

/// `url` with its database name replaced.
fn with_database(url: &str, name: &str) -> String {
    let base = url.rsplit_once('/').map_or(url, |(b, _)| b);
    format!("{base}/{name}")
}

/// Runs one SQL statement with psql against `url`; its unaligned output.
pub fn psql(url: &str, sql: &str) -> String {
    let out = Command::new("psql")
        .args([url, "-v", "ON_ERROR_STOP=1", "-tAc", sql])
        .stdin(Stdio::null())
        .output()
        .expect("psql runs");
    assert!(
        out.status.success(),
        "psql failed on {sql}:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A fresh database of this test on the test server.
pub struct Db {
    /// Its URL.
    pub url: String,
}

impl Db {
    pub fn new(tag: &str) -> Db {
        let server = std::env::var("FLEETCTL_TEST_DATABASE_URL").expect("test database");
        Db::on(&server, tag)
    }

    /// A fresh database on the server at `server_url`.
    pub fn on(server_url: &str, tag: &str) -> Db {
        let name = unique(tag).replace('-', "_");
        psql(
            &with_database(server_url, "postgres"),
            &format!("CREATE DATABASE {name}"),
        );
        Db {
            url: with_database(server_url, &name),
        }
    }

    /// The single value a query returns, as text.
    pub fn one(&self, sql: &str) -> String {
        psql(&self.url, sql)
    }

    /// The single number a query returns.
    pub fn count(&self, sql: &str) -> i64 {
        let v = self.one(sql);
        v.parse()
            .unwrap_or_else(|_| panic!("{sql} returned {v:?}, not a number"))
    }
}

/// A private PostgreSQL server (scripts/postgres.sh), for tests that stop and start it; stopped
/// when dropped.
pub struct Server {
    /// Its directory (data, log, port).
    pub dir: tempfile::TempDir,
    /// Its URL.
    pub url: String,
}

impl Server {
    pub fn start() -> Server {
        let dir = tempfile::Builder::new()
            .prefix("fleetctl-pg-")
            .tempdir()
            .unwrap();
        // As root the server runs as `postgres`, which must be able to reach the directory.
        let _ = Command::new("chmod").arg("755").arg(dir.path()).status();
        let url = Server::script(&dir, "start");
        Server { dir, url }
    }

    fn script(dir: &tempfile::TempDir, cmd: &str) -> String {
        let out = Command::new(repo_root().join("scripts/postgres.sh"))
            .args([cmd, "--dir"])
            .arg(dir.path())
            .stdin(Stdio::null())
            .output()
            .expect("scripts/postgres.sh runs");
        assert!(
            out.status.success(),
            "postgres.sh {cmd} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    pub fn stop(&self) {
        Server::script(&self.dir, "stop");
    }

    pub fn start_again(&self) {
        Server::script(&self.dir, "start");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new(repo_root().join("scripts/postgres.sh"))
            .args(["stop", "--dir"])
            .arg(self.dir.path())
            .status();
    }
}
