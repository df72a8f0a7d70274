//! Global behaviour: usage errors, exit codes, missing and unreachable brokers.

use crate::support::World;

#[test]
fn version_and_help() {
    let w = World::new("ver");
    let out = w.cmd().arg("--version").run().expect(0);
    assert!(out.stdout.starts_with("fleetctl "), "{}", out.stdout);
    let out = w.cmd().arg("--help").run().expect(0);
    assert!(out.stdout.contains("Exit status"), "help lists exit codes");
    assert!(out.stdout.contains("130"));
}

#[test]
fn bad_flags_are_usage_errors() {
    let w = World::new("usage");
    w.cmd().arg("--no-such-flag").run().expect(2);
    w.cmd().args(["topics", "bogus"]).run().expect(2);
    w.cmd()
        .args(["keygen", "--role", "janitor"])
        .run()
        .expect(2);
    let out = w
        .cmd()
        .args(["-X", "novalue", "topics", "list"])
        .run()
        .expect(2);
    assert!(out.stderr.contains("KEY=VALUE"), "{}", out.stderr);
    let out = w
        .cmd()
        .args(["--broker-timeout", "soon", "topics", "list"])
        .run()
        .expect(2);
    assert!(out.stderr.contains("duration"), "{}", out.stderr);
}

#[test]
fn no_broker_configured_names_the_ways_to_configure_one() {
    let w = World::new("nobroker");
    let out = w.cmd().args(["topics", "list"]).run().expect(3);
    for hint in [
        "--brokers",
        "KAFKA_BOOTSTRAP_SERVERS",
        "set-context",
        "dev broker",
    ] {
        assert!(
            out.stderr.contains(hint),
            "missing hint {hint}: {}",
            out.stderr
        );
    }
    assert!(out.stdout.is_empty(), "stdout carries data only");
}

#[test]
fn unreachable_broker_fails_within_the_timeout() {
    let w = World::new("unreach");
    let out = w
        .cmd()
        .args([
            "--brokers",
            "127.0.0.1:9",
            "--broker-timeout",
            "2s",
            "topics",
            "create",
            "--dry-run",
        ])
        .run();
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(out.stderr.contains("127.0.0.1:9"), "{}", out.stderr);
    assert!(out.elapsed.as_secs() < 15, "took {:?}", out.elapsed);
}

#[test]
fn invalid_rdkafka_property_is_a_usage_error() {
    let w = World::new("badprop");
    let out = w
        .cmd()
        .args([
            "--brokers",
            "127.0.0.1:9",
            "-X",
            "no.such.property=1",
            "topics",
            "list",
        ])
        .run()
        .expect(2);
    assert!(out.stderr.contains("no.such.property"), "{}", out.stderr);
}
