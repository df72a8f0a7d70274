//! A registry behind TLS and basic auth (tests/fixtures/registry_tls_proxy.py in front of the
//! suite's Apicurio, with the test broker's CA-signed certificate): fleetctl verifies the
//! certificate against `--schema-registry-ca`, sends the credentials, and says clearly what is
//! wrong when either is missing, never printing the password.

use std::io::BufRead;
use std::process::{Child, Command, Stdio};

use super::registry;
use crate::support::{repo_root, World};

/// The proxy, killed when dropped.
struct Proxy(Child);

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The CA, certificate and key the secured test broker uses (scripts/kafka.sh --secure).
fn tls_files() -> Option<(String, String, String)> {
    let env = std::env::var_os("FLEETCTL_TEST_SECURE_ENV")?;
    let text = std::fs::read_to_string(env).ok()?;
    let ca = text
        .lines()
        .find_map(|l| l.strip_prefix("FLEETCTL_SECURE_CA="))?
        .to_string();
    let dir = std::path::Path::new(&ca).parent()?.to_path_buf();
    let file = |n: &str| dir.join(n).to_string_lossy().into_owned();
    Some((ca.clone(), file("broker.pem"), file("broker.key")))
}

/// Starts the proxy in front of `url`; the URL to reach the registry through it.
fn proxy(url: &str, cert: &str, key: &str) -> (Proxy, String) {
    let rest = url
        .strip_prefix("http://")
        .expect("the test registry speaks HTTP");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut child = Command::new("python3")
        .arg(repo_root().join("tests/fixtures/registry_tls_proxy.py"))
        .args([
            &format!("http://{host}"),
            cert,
            key,
            "reg-user",
            "reg-secret",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port: u16 = line.trim().parse().expect("the proxy prints its port");
    (Proxy(child), format!("https://127.0.0.1:{port}/{path}"))
}

fn schemas(w: &World, url: &str, env: &[(&str, &str)], args: &[&str]) -> crate::support::Run {
    let mut r = w.cmd();
    r.env("SCHEMA_REGISTRY_URL", url)
        .env("FLEETCTL_TOPIC_PREFIX", &w.prefix);
    for (k, v) in env {
        r.env(k, v);
    }
    r.args(["--format", "ndjson", "schemas"]).args(args);
    r
}

#[test]
fn a_registry_behind_tls_and_basic_auth() {
    let Some(url) = registry() else { return };
    let Some((ca, cert, key)) = tls_files() else {
        assert!(
            std::env::var_os("FLEETCTL_REQUIRE_BROKER").is_none(),
            "FLEETCTL_TEST_SECURE_ENV is not set: scripts/test.sh starts Kafka with --secure"
        );
        return;
    };
    let w = World::new("reg-tls");
    let (_proxy, secured) = proxy(&url, &cert, &key);
    let good = [
        ("SCHEMA_REGISTRY_CA", ca.as_str()),
        ("SCHEMA_REGISTRY_USER", "reg-user"),
        ("SCHEMA_REGISTRY_PASSWORD", "reg-secret"),
    ];
    let steps = |out: &crate::support::Out| -> Vec<String> {
        let mut s: Vec<String> = out
            .ndjson()
            .iter()
            .map(|r| r["step"].as_str().unwrap_or("?").to_string())
            .collect();
        s.dedup();
        s
    };
    // Writes (POST) and reads (GET) both pass the TLS check and the credentials.
    let out = schemas(&w, &secured, &good, &["register"]).run().expect(0);
    assert_eq!(steps(&out), ["registered"], "{}", out.stdout);
    let out = schemas(&w, &secured, &good, &["check"]).run().expect(0);
    assert_eq!(steps(&out), ["compatible"], "{}", out.stdout);

    // A wrong password: refused (exit 9), and the password given is not echoed.
    let wrong = [
        good[0],
        good[1],
        ("SCHEMA_REGISTRY_PASSWORD", "not-the-secret"),
    ];
    let out = schemas(&w, &secured, &wrong, &["check"]).run().expect(9);
    assert!(
        out.stderr.contains("check the registry user and password")
            && !out.stderr.contains("not-the-secret"),
        "{}",
        out.stderr
    );
    // Without the CA the certificate is not trusted: the registry is unreachable (exit 3),
    // and the reason says so.
    let out = schemas(&w, &secured, &good[1..], &["check"])
        .run()
        .expect(3);
    assert!(
        out.stderr.contains("unreachable") && out.stderr.contains("--schema-registry-ca"),
        "{}",
        out.stderr
    );
}
