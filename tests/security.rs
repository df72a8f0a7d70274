//! fleetctl against Apache Kafka's secured listeners (scripts/kafka.sh start --secure): SASL
//! with SCRAM-SHA-256, SCRAM-SHA-512 and PLAIN, with and without TLS, TLS alone and mTLS,
//! configured by flags, by environment variables and by a context; and the refusals (wrong
//! password, unknown CA, missing client certificate, a plaintext client on a TLS port) ending
//! within the broker timeout (plus a 2 s diagnosis) with exit 3, the cause named where librdkafka
//! reports one, and without the secret.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{unique, World};

/// The secured listeners of the test broker, from the file `kafka.sh start --secure` wrote.
struct Secure(BTreeMap<String, String>);

impl Secure {
    /// None (the test returns) without a secured broker, unless the suite requires one.
    fn load() -> Option<Secure> {
        if crate::support::no_broker() {
            return None;
        }
        let Some(path) = std::env::var_os("FLEETCTL_TEST_SECURE_ENV") else {
            assert!(
                std::env::var_os("FLEETCTL_REQUIRE_BROKER").is_none()
                    || std::env::var("FLEETCTL_TEST_BROKER").as_deref() == Ok("nisshi"),
                "FLEETCTL_TEST_SECURE_ENV is not set: scripts/test.sh starts Kafka with --secure"
            );
            return None;
        };
        let text = std::fs::read_to_string(path).expect("secure.env readable");
        let vars = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| {
                (
                    k.trim_start_matches("FLEETCTL_SECURE_").to_string(),
                    v.to_string(),
                )
            })
            .collect();
        Some(Secure(vars))
    }

    fn get(&self, key: &str) -> &str {
        self.0
            .get(key)
            .unwrap_or_else(|| panic!("{key} in secure.env"))
    }

    /// Flags for SASL on listener `port` (a secure.env key), with `password`, over TLS when
    /// `ca` (a secure.env key) is given.
    fn sasl(&self, port: &str, mechanism: &str, password: &str, ca: Option<&str>) -> Vec<String> {
        let protocol = if ca.is_some() {
            "sasl-ssl"
        } else {
            "sasl-plaintext"
        };
        let mut v: Vec<String> = [
            "--brokers",
            self.get(port),
            "--security-protocol",
            protocol,
            "--sasl-mechanism",
            mechanism,
            "--sasl-username",
            self.get("USER"),
            "--sasl-password",
            password,
        ]
        .map(String::from)
        .to_vec();
        if let Some(ca) = ca {
            v.extend(["--tls-ca".into(), self.get(ca).to_string()]);
        }
        v
    }

    /// Flags for TLS on listener `port` trusting `ca`, with the client certificate if `client`.
    fn tls(&self, port: &str, ca: &str, client: bool) -> Vec<String> {
        let mut v: Vec<String> = [
            "--brokers",
            self.get(port),
            "--security-protocol",
            "ssl",
            "--tls-ca",
            self.get(ca),
        ]
        .map(String::from)
        .to_vec();
        if client {
            v.extend([
                "--tls-cert".into(),
                self.get("CLIENT_CERT").to_string(),
                "--tls-key".into(),
                self.get("CLIENT_KEY").to_string(),
            ]);
        }
        v
    }

    /// The flags of each way in: (name, flags).
    fn ways(&self) -> Vec<(&'static str, Vec<String>)> {
        let pw = self.get("PASSWORD");
        let sasl = |port: &str, mechanism: &str, tls: bool| {
            self.sasl(port, mechanism, pw, tls.then_some("CA"))
        };
        let tls = |port: &str, client: bool| self.tls(port, "CA", client);
        vec![
            (
                "scram-sha-256, no tls",
                sasl("SASL_PLAINTEXT", "SCRAM-SHA-256", false),
            ),
            (
                "scram-sha-512, tls",
                sasl("SASL_SSL", "SCRAM-SHA-512", true),
            ),
            ("plain, tls", sasl("SASL_SSL", "PLAIN", true)),
            ("plain, no tls", sasl("SASL_PLAINTEXT", "PLAIN", false)),
            ("tls", tls("SSL", false)),
            ("mtls", tls("MTLS", true)),
        ]
    }
}

/// Runs fleetctl with `flags` and `args` in `w`, expecting `code`; returns stdout as JSON when
/// there is any.
fn run(w: &World, way: &str, flags: &[String], args: &[&str], code: i32) -> Value {
    let out = w
        .cmd()
        .args(flags)
        .args(["--topic-prefix", &w.prefix])
        .args(args)
        .run();
    assert_eq!(out.code, code, "{way}: {args:?}\n{}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap_or(Value::Null)
}

#[test]
fn every_secured_listener_serves_the_operational_commands() {
    let Some(s) = Secure::load() else { return };
    for (way, flags) in s.ways() {
        let w = World::new("secure");
        let plan = run(
            &w,
            way,
            &flags,
            &["--format", "json", "topics", "create", "--robots", "10"],
            0,
        );
        let created = plan.as_array().map_or(0, |rows| {
            rows.iter().filter(|r| r["action"] == "created").count()
        });
        assert_eq!(created, 13, "{way}: {plan}");
        let checks = run(
            &w,
            way,
            &flags,
            &["--format", "json", "doctor", "--robots", "10"],
            0,
        );
        let checks = checks.as_array().cloned().unwrap_or_default();
        assert!(
            checks
                .iter()
                .any(|c| c["name"] == "brokers" && c["status"] == "ok"),
            "{way}"
        );
        assert!(
            checks
                .iter()
                .any(|c| c["name"] == "topics" && c["status"] == "ok"),
            "{way}"
        );
        run(&w, way, &flags, &["--format", "json", "lag"], 0);
        run(&w, way, &flags, &["--format", "json", "dlq", "inspect"], 0);
    }
}

#[test]
fn security_settings_come_from_the_environment_and_from_a_context() {
    let Some(s) = Secure::load() else { return };
    // SASL_SSL with SCRAM-SHA-512, every setting from the README's environment variables.
    let w = World::new("secure-env");
    let out = w
        .cmd()
        .env("KAFKA_BOOTSTRAP_SERVERS", s.get("SASL_SSL"))
        .env("KAFKA_SECURITY_PROTOCOL", "sasl-ssl")
        .env("SASL_MECHANISM", "SCRAM-SHA-512")
        .env("SASL_USERNAME", s.get("USER"))
        .env("SASL_PASSWORD", s.get("PASSWORD"))
        .env("KAFKA_TLS_CA", s.get("CA"))
        .args([
            "--topic-prefix",
            &w.prefix,
            "topics",
            "create",
            "--robots",
            "10",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // mTLS with the deployment design's KAFKA_CLIENT_CERT / KAFKA_CLIENT_KEY holding the PEM text.
    let pem = |k: &str| std::fs::read_to_string(s.get(k)).unwrap();
    let out = w
        .cmd()
        .env("KAFKA_BOOTSTRAP_SERVERS", s.get("MTLS"))
        .env("KAFKA_SECURITY_PROTOCOL", "ssl")
        .env("KAFKA_TLS_CA", s.get("CA"))
        .env("KAFKA_CLIENT_CERT", pem("CLIENT_CERT"))
        .env("KAFKA_CLIENT_KEY", pem("CLIENT_KEY"))
        .args([
            "--topic-prefix",
            &w.prefix,
            "--format",
            "json",
            "doctor",
            "--robots",
            "10",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // A context holding SASL_PLAINTEXT with SCRAM-SHA-256; its password is never shown.
    let ctx = unique("ctx");
    w.cmd()
        .args([
            "config",
            "set-context",
            &ctx,
            "--brokers",
            s.get("SASL_PLAINTEXT"),
        ])
        .args([
            "--security-protocol",
            "sasl-plaintext",
            "--sasl-mechanism",
            "SCRAM-SHA-256",
        ])
        .args([
            "--sasl-username",
            s.get("USER"),
            "--sasl-password",
            s.get("PASSWORD"),
        ])
        .args(["--topic-prefix", &w.prefix, "--use"])
        .run()
        .expect(0);
    let listed = w.cmd().args(["lag"]).run();
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let shown = w.cmd().args(["config", "view"]).run().expect(0);
    assert!(
        !shown.stdout.contains(s.get("PASSWORD")),
        "{}",
        shown.stdout
    );
}

#[test]
fn the_fleet_runs_over_sasl_ssl() {
    let Some(s) = Secure::load() else { return };
    let ways = s.ways();
    let (_, flags) = ways
        .iter()
        .find(|(n, _)| *n == "scram-sha-512, tls")
        .unwrap();
    let w = World::new("secure-fleet");
    run(
        &w,
        "sasl_ssl",
        flags,
        &["topics", "create", "--robots", "5"],
        0,
    );
    for role in ["control", "safety", "operator"] {
        w.cmd().args(["keygen", "--role", role]).run().expect(0);
    }
    let prefix = w.prefix.clone();
    let sim = w
        .cmd()
        .args(flags)
        .args([
            "--topic-prefix",
            &prefix,
            "simulate",
            "--robots",
            "5",
            "--interval",
            "0.2",
        ])
        .args(["--duration", "40s"])
        .spawn();
    let started = Instant::now();
    let halt = loop {
        let out = w
            .cmd()
            .args(flags)
            .args([
                "--topic-prefix",
                &prefix,
                "--format",
                "json",
                "halt",
                "--all",
                "--yes",
            ])
            .args(["--timeout", "10s", "--seen-within", "10s"])
            .run();
        // The fleet is what reported recently: wait until all five robots have.
        let seen = serde_json::from_str::<Value>(&out.stdout)
            .map_or(0, |v| v["robots"].as_u64().unwrap_or(0));
        if (out.code == 0 && seen == 5) || started.elapsed() > Duration::from_secs(25) {
            break out;
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    let executor = w
        .cmd()
        .args(flags)
        .args([
            "--topic-prefix",
            &prefix,
            "--format",
            "json",
            "run",
            "executor",
        ])
        .args(["--eos", "transactions", "--duration", "3s"])
        .run();
    crate::support::terminate(sim);
    assert_eq!(halt.code, 0, "{}", halt.stderr);
    let h: Value = serde_json::from_str(&halt.stdout).unwrap();
    assert_eq!(h["type"], "halt_summary", "{h}");
    assert_eq!(h["acknowledged"], 5, "{h}");
    assert_eq!(executor.code, 0, "{}", executor.stderr);
    let e: Value = serde_json::from_str(&executor.stdout).unwrap();
    assert_eq!(e["mode"], "transactions", "{e}");
}

#[test]
fn refusals_end_within_the_timeout_without_the_secret() {
    let Some(s) = Secure::load() else { return };
    let secret = "not-the-password-7c1";
    // (case, flags, what the message must name; None where librdkafka names nothing in time)
    let cases: Vec<(&str, Vec<String>, Option<&str>)> = vec![
        (
            "wrong password",
            s.sasl("SASL_SSL", "SCRAM-SHA-512", secret, Some("CA")),
            Some("Authentication failed"),
        ),
        (
            "unknown CA",
            s.tls("SSL", "OTHER_CA", false),
            Some("certificate verify failed"),
        ),
        (
            "missing client certificate",
            s.tls("MTLS", "CA", false),
            Some("bad certificate"),
        ),
        (
            "plaintext client on a TLS port",
            vec!["--brokers".into(), s.get("SSL").into()],
            None,
        ),
    ];
    for (case, flags, cause) in cases {
        let w = World::new("refused");
        let started = Instant::now();
        let out = w
            .cmd()
            .args(&flags)
            .args(["--broker-timeout", "5s", "topics", "list"])
            .run();
        let took = started.elapsed();
        assert_eq!(out.code, 3, "{case}: {}", out.stderr);
        // The broker timeout, then at most 2 s in which a probe asks librdkafka for the cause.
        assert!(took < Duration::from_secs(12), "{case}: took {took:?}");
        if let Some(cause) = cause {
            assert!(out.stderr.contains(cause), "{case}: {}", out.stderr);
        }
        assert!(out.stderr.starts_with("error: "), "{case}: {}", out.stderr);
        assert!(!out.stderr.contains(secret), "{case}: {}", out.stderr);
        assert_eq!(
            out.stderr.lines().count(),
            1,
            "{case}: one line\n{}",
            out.stderr
        );
    }
}
