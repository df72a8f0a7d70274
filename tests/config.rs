//! Contexts: set, use, list, view (secrets redacted), delete, and precedence flag > env > context.

use serde_json::Value;

use crate::support::{broker, World};

#[test]
fn context_lifecycle_and_redaction() {
    let w = World::new("ctx");
    w.cmd()
        .args([
            "config",
            "set-context",
            "prod",
            "--brokers",
            "k1:9092,k2:9092",
            "--sasl-username",
            "u",
        ])
        .args([
            "--sasl-password",
            "hunter2-secret",
            "--topic-prefix",
            "prod.",
            "--replication-factor",
            "3",
        ])
        .run()
        .expect(0);
    w.cmd()
        .args(["config", "set-context", "staging", "--brokers", "s1:9092"])
        .run()
        .expect(0);
    let cur: Value = w
        .cmd()
        .args(["--format", "json", "config", "current-context"])
        .run()
        .expect(0)
        .json();
    assert_eq!(cur["name"], "prod", "the first context becomes current");
    w.cmd()
        .args(["config", "use-context", "staging"])
        .run()
        .expect(0);
    let rows: Vec<Value> = w
        .cmd()
        .args(["--format", "json", "config", "get-contexts"])
        .run()
        .expect(0)
        .json();
    assert_eq!(rows.len(), 2);
    let staging = rows.iter().find(|r| r["name"] == "staging").unwrap();
    assert_eq!(staging["current"], true);

    for format in ["table", "json"] {
        let out = w
            .cmd()
            .args(["--format", format, "config", "view"])
            .run()
            .expect(0);
        assert!(
            !out.stdout.contains("hunter2"),
            "secret printed: {}",
            out.stdout
        );
        assert!(out.stdout.contains("[redacted]"));
    }
    let view: Value = w
        .cmd()
        .args(["--format", "json", "config", "view"])
        .run()
        .expect(0)
        .json();
    assert_eq!(view["contexts"]["prod"]["replication-factor"], 3);

    let file = w.config_dir().join("config.toml");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );

    w.cmd()
        .args(["config", "use-context", "nope"])
        .run()
        .expect(6);
    w.cmd()
        .args(["config", "delete-context", "staging"])
        .run()
        .expect(0);
    w.cmd().args(["config", "current-context"]).run().expect(6);
    w.cmd()
        .args(["--context", "ghost", "topics", "list"])
        .run()
        .expect(6);
}

#[test]
fn invalid_config_file_is_a_usage_error() {
    let w = World::new("badcfg");
    std::fs::write(w.config_dir().join("config.toml"), "current-context = [").unwrap();
    let out = w.cmd().args(["config", "view"]).run().expect(2);
    assert!(out.stderr.contains("config.toml"), "{}", out.stderr);
}

/// Which brokers a run used, seen from a dry-run plan: a reachable broker gives 0, a dead one 3.
#[test]
fn precedence_flag_then_env_then_context() {
    crate::needs_broker!();
    let w = World::new("prec");
    let dead = "127.0.0.1:9";
    w.cmd()
        .args([
            "config",
            "set-context",
            "real",
            "--brokers",
            &broker(),
            "--topic-prefix",
            &w.prefix,
        ])
        .run()
        .expect(0);
    w.cmd()
        .args(["config", "set-context", "dead", "--brokers", dead])
        .run()
        .expect(0);
    let plan = |extra: &[&str], env: Option<&str>| {
        let mut c = w.cmd();
        if let Some(e) = env {
            c.env("KAFKA_BOOTSTRAP_SERVERS", e);
        }
        c.args(["--broker-timeout", "2s"])
            .args(extra)
            .args(["topics", "create", "--dry-run"])
            .run()
    };
    // context alone
    assert_eq!(plan(&[], None).code, 0);
    assert_eq!(plan(&["--context", "dead"], None).code, 3);
    // environment beats the context
    let out = plan(&[], Some(dead));
    assert_eq!(out.code, 3);
    assert!(out.stderr.contains(dead));
    assert_eq!(plan(&["--context", "dead"], Some(&broker())).code, 0);
    // the flag beats the environment
    assert_eq!(plan(&["--brokers", &broker()], Some(dead)).code, 0);
    assert_eq!(plan(&["--brokers", dead], Some(&broker())).code, 3);
    // FLEETCTL_CONTEXT selects a context like --context
    let mut c = w.cmd();
    let out = c
        .env("FLEETCTL_CONTEXT", "dead")
        .args(["--broker-timeout", "2s", "topics", "list"])
        .run();
    assert_eq!(out.code, 3);
}

#[test]
fn acl_principals_are_kept_in_the_context_and_used_by_the_plan() {
    let w = World::new("ctxacl");
    let set = |args: &[&str], code: i32| {
        w.cmd()
            .args(["config", "set-context", "prod"])
            .args(args)
            .run()
            .expect(code)
    };
    set(
        &[
            "--principal",
            "executor=User:exec",
            "--principal",
            "halt=User:h",
        ],
        0,
    );
    let principals = |role: &str| -> Vec<String> {
        let rows: Vec<Value> = w
            .cmd()
            .args(["--format", "json", "acls", "plan"])
            .run()
            .expect(0)
            .json();
        let mut p: Vec<String> = rows
            .iter()
            .filter(|r| r["role"] == role)
            .map(|r| r["principal"].as_str().unwrap().to_string())
            .collect();
        p.dedup();
        p
    };
    assert_eq!(principals("executor"), ["User:exec"]);
    assert_eq!(principals("halt"), ["User:h"]);
    // `ROLE=` removes one; the others stay.
    set(&["--principal", "halt="], 0);
    assert!(principals("halt").is_empty());
    assert_eq!(principals("executor"), ["User:exec"]);
    let bad = set(&["--principal", "nobody=User:x"], 2);
    assert!(
        bad.stderr.contains("unknown role `nobody`"),
        "{}",
        bad.stderr
    );
}
