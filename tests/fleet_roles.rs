//! The robot simulator, control center, safety monitor and `fleet status` against the real broker.

use std::time::Duration;

use fleetctl::catalog::names;
use fleetctl::model::command::{Action, Target};
use fleetctl::model::fleet::{
    Completion, CompletionStatus, ControlTelemetry, RobotStatus, SafetyTelemetry,
};
use fleetctl::signing::envelope::{Signer, Verifier};
use fleetctl::signing::{load_private, Keyring, Role, RoleKey};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Headers;
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::{ClientConfig, Message, Offset, TopicPartitionList};
use serde_json::Value;

use crate::support::{broker, World};

/// A world with the catalog topics for `robots` robots and keys for `roles`.
fn world(tag: &str, robots: u32, roles: &[&str]) -> World {
    let w = World::new(tag);
    w.kafka()
        .args(["topics", "create", "--robots", &robots.to_string()])
        .run()
        .expect(0);
    for role in roles {
        w.cmd().args(["keygen", "--role", role]).run().expect(0);
    }
    w
}

/// One record as read back.
struct Rec {
    key: String,
    value: Vec<u8>,
    headers: Vec<(String, String)>,
}

/// Every record of a catalog topic of this world, up to its current end.
fn read(w: &World, base: &str) -> Vec<Rec> {
    let topic = w.topic(base);
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", broker())
        .set("group.id", "fleet-roles-test")
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    let md = c
        .fetch_metadata(Some(&topic), Duration::from_secs(10))
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    let mut left = 0;
    for p in md.topics()[0].partitions() {
        let (lo, hi) = c
            .fetch_watermarks(&topic, p.id(), Duration::from_secs(10))
            .unwrap();
        if hi > lo {
            tpl.add_partition_offset(&topic, p.id(), Offset::Offset(lo))
                .unwrap();
            left += hi - lo;
        }
    }
    let mut out = Vec::new();
    if left == 0 {
        return out;
    }
    c.assign(&tpl).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while left > 0 && std::time::Instant::now() < deadline {
        if let Some(Ok(m)) = c.poll(Duration::from_millis(200)) {
            left -= 1;
            let headers = m
                .headers()
                .map(|hs| {
                    hs.iter()
                        .map(|h| {
                            (
                                h.key.to_string(),
                                String::from_utf8_lossy(h.value.unwrap_or_default()).into_owned(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.push(Rec {
                key: String::from_utf8_lossy(m.key().unwrap_or_default()).into_owned(),
                value: m.payload().unwrap_or_default().to_vec(),
                headers,
            });
        }
    }
    out
}

fn verifier(w: &World) -> Verifier {
    Verifier::new(Keyring::load(&w.config_dir().join("keys")).unwrap())
}

fn now() -> i64 {
    fleetctl::model::now_ms()
}

fn produce(w: &World, base: &str, key: &str, value: &[u8]) {
    let p: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", broker())
        .create()
        .unwrap();
    let topic = w.topic(base);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(p.send(
        FutureRecord::to(&topic).key(key).payload(value),
        Duration::from_secs(10),
    ))
    .unwrap();
}

/// Waits for a background fleetctl and returns its stdout parsed as JSON.
fn finish(child: std::process::Child) -> Value {
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "exit {:?}\nstdout:\n{stdout}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

#[test]
fn simulate_sends_keyed_parseable_telemetry() {
    let w = world("sim", 20, &[]);
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "20",
            "--interval",
            "0.5",
            "--duration",
            "3s",
        ])
        .run()
        .expect(0);
    let s: Value = out.json();
    assert_eq!(s["type"], "simulate_summary");
    assert_eq!(s["robots"], 20);
    assert_eq!(s["delivery_errors"], 0);
    assert_eq!(s["delivered"], s["telemetry_sent"]);
    let control = read(&w, names::TELEMETRY_CONTROL);
    let safety = read(&w, names::TELEMETRY_SAFETY);
    assert_eq!(
        control.len() as u64 + safety.len() as u64,
        s["delivered"].as_u64().unwrap()
    );
    let mut robots = std::collections::BTreeSet::new();
    for r in &control {
        let t: ControlTelemetry = serde_json::from_slice(&r.value).unwrap();
        assert_eq!(t.robot_id, r.key);
        assert!(t.zone.starts_with("zone-"));
        assert!((0.0..=100.0).contains(&t.battery_pct));
        robots.insert(t.robot_id);
    }
    assert_eq!(robots.len(), 20);
    assert!(robots.contains("robot-0001") && robots.contains("robot-0020"));
    for r in &safety {
        let t: SafetyTelemetry = serde_json::from_slice(&r.value).unwrap();
        assert_eq!(t.robot_id, r.key);
        assert!(t.temperature_c < 80.0, "no chaos: no spikes");
    }

    // the long form, and `fleet status` over what was reported
    w.kafka()
        .args([
            "simulate",
            "robots",
            "--robots",
            "3",
            "--id-prefix",
            "rover",
            "--duration",
            "1s",
        ])
        .run()
        .expect(0);
    let st: Value = w
        .kafka()
        .args(["--format", "json", "fleet", "status"])
        .run()
        .expect(0)
        .json();
    assert_eq!(st["type"], "fleet_status");
    assert_eq!(st["robots"], 23);
    let rows = st["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 23);
    assert!(rows
        .iter()
        .all(|r| r["battery_pct"].is_number() && r["source"] == "telemetry"));
    assert!(rows.iter().any(|r| r["robot_id"] == "rover-0003"));
    let total: u64 = st["counts"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(total, 23);
    let summary: Value = w
        .kafka()
        .args(["--format", "json", "fleet", "status", "--summary"])
        .run()
        .expect(0)
        .json();
    assert!(summary["rows"].as_array().unwrap().is_empty());
    assert_eq!(summary["robots"], 23);
    let halted: Value = w
        .kafka()
        .args(["--format", "json", "fleet", "status", "--status", "halted"])
        .run()
        .expect(0)
        .json();
    assert_eq!(halted["robots"], 0);
    w.kafka()
        .args(["fleet", "status", "--status", "asleep"])
        .run()
        .expect(2);
    w.kafka()
        .args(["simulate", "--robots", "0"])
        .run()
        .expect(2);
}

#[test]
fn control_center_issues_signed_commands_with_a_canary_split() {
    let w = world("cc", 40, &["control"]);
    let sim = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "40",
            "--interval",
            "0.5",
            "--duration",
            "6s",
        ])
        .spawn();
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "control-center",
            "--duration",
            "7s",
            "--canary",
            "0.5",
            "--cooldown",
            "1s",
        ])
        .run()
        .expect(0);
    finish(sim);
    let s: Value = out.json();
    assert_eq!(s["type"], "control_center_summary");
    assert_eq!(s["malformed"], 0);
    let commands = read(&w, names::COMMANDS);
    assert_eq!(commands.len() as u64, s["commands"].as_u64().unwrap());
    assert!(commands.len() >= 40, "every robot gets a command: {s}");
    let v = verifier(&w);
    let (mut real, mut dry) = (0, 0);
    for r in &commands {
        let c = v
            .verify(Some(r.key.as_bytes()), Some(&r.value), now())
            .unwrap_or_else(|e| panic!("{e}"))
            .command;
        assert_eq!(c.target, Target::Robot(r.key.clone()));
        assert_eq!(c.issuer, Role::Control);
        assert!(c.zone.as_deref().is_some_and(|z| z.starts_with("zone-")));
        assert!(
            matches!(
                c.action,
                Action::MoveTo { .. } | Action::ReturnToBase | Action::Charge
            ),
            "{:?}",
            c.action
        );
        assert_eq!(
            c.dry_run,
            !fleetctl::roles::control_center::in_canary(&r.key, 0.5),
            "canary is stable by id"
        );
        if c.dry_run {
            dry += 1;
        } else {
            real += 1;
        }
    }
    assert!(real > 0 && dry > 0, "real {real}, dry {dry}");
    assert_eq!(s["dry_run"], dry);
}

#[test]
fn safety_monitor_stops_spiking_robots_writes_anomalies_and_halts_the_fleet() {
    let w = world("safety", 10, &["safety"]);
    // --chaos 1: every report is a fault, a quarter of them sensor spikes past a critical threshold
    let sim = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "10",
            "--interval",
            "0.2",
            "--chaos",
            "1",
            "--seed",
            "5",
            "--duration",
            "4s",
        ])
        .spawn();
    let out = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "safety-monitor",
            "--duration",
            "6s",
            "--halt-fraction",
            "0.5",
            "--window",
            "60s",
        ])
        .run()
        .expect(0);
    let sim = finish(sim);
    assert!(
        sim["chaos_spikes"].as_u64().unwrap() > 0 && sim["chaos_malformed"].as_u64().unwrap() > 0
    );
    let s: Value = out.json();
    assert_eq!(s["type"], "safety_monitor_summary");
    assert!(s["criticals"].as_u64().unwrap() > 0, "{s}");
    assert_eq!(s["halts"], 1, "one fleet halt per window: {s}");
    assert_eq!(s["malformed"], sim["chaos_malformed"], "{s} {sim}");

    let v = verifier(&w);
    let stops = read(&w, names::COMMANDS);
    assert_eq!(stops.len() as u64, s["stops"].as_u64().unwrap());
    assert!(!stops.is_empty());
    for r in &stops {
        let c = v
            .verify(Some(r.key.as_bytes()), Some(&r.value), now())
            .unwrap()
            .command;
        assert_eq!(c.issuer, Role::Safety);
        assert!(
            matches!(&c.action, Action::Stop { reason } if reason.starts_with("safety:")),
            "{:?}",
            c.action
        );
    }
    let anomalies = read(&w, names::ANOMALIES);
    assert_eq!(anomalies.len() as u64, s["anomalies"].as_u64().unwrap());
    for r in &anomalies {
        let a: Value = serde_json::from_slice(&r.value).unwrap();
        assert_eq!(a["vehicle_id"], r.key.as_str());
        assert!(uuid::Uuid::parse_str(a["anomaly_id"].as_str().unwrap()).is_ok());
        assert!(chrono::DateTime::parse_from_rfc3339(a["event_time"].as_str().unwrap()).is_ok());
        assert!(
            chrono::DateTime::parse_from_rfc3339(a["processing_time"].as_str().unwrap()).is_ok()
        );
        assert!(["CRITICAL", "WARNING"].contains(&a["severity"].as_str().unwrap()));
        let kind = a["anomaly_type"].as_str().unwrap();
        assert!(
            kind.ends_with("_critical") || kind.ends_with("_warning"),
            "{kind}"
        );
        assert!(
            a["features"]["temperature_c"].is_number() && a["thresholds"]["critical"].is_number()
        );
        assert!(a["event_id"].as_str().unwrap().starts_with(&r.key));
        for k in ["frame_indices", "velocity_history", "acceleration_history"] {
            assert!(a["evidence"][k].is_array());
        }
        assert!(a["triggered_rule"].is_string());
    }
    let halts = read(&w, names::EMERGENCY_HALT);
    assert_eq!(halts.len(), 1);
    assert_eq!(halts[0].key, "all");
    let h = v
        .verify(Some(b"all"), Some(&halts[0].value), now())
        .unwrap()
        .command;
    assert_eq!((h.target, h.issuer), (Target::All, Role::Safety));
    let dlq = read(&w, names::DLQ);
    let mine: Vec<&Rec> = dlq
        .iter()
        .filter(|r| {
            r.headers
                .iter()
                .any(|(k, v)| k == "fleetctl.dlq.group" && v == "safety-monitor")
        })
        .collect();
    assert_eq!(mine.len() as u64, s["malformed"].as_u64().unwrap());
    assert!(mine.iter().all(|r| r
        .headers
        .iter()
        .any(|(k, v)| k == "fleetctl.error.class" && v == "malformed")));
}

#[test]
fn robots_acknowledge_signed_halts_and_resume_ignoring_forgeries() {
    let w = world("halt", 5, &["safety"]);
    let sim = w
        .kafka()
        .args([
            "--format",
            "json",
            "simulate",
            "--robots",
            "5",
            "--interval",
            "0.2",
            "--duration",
            "8s",
            "--ignore-halts",
            "robot-0005",
        ])
        .spawn();
    // wait until every robot reports, so the simulator's readers are at the ends
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while read(&w, names::TELEMETRY_CONTROL).len() < 10 {
        assert!(std::time::Instant::now() < deadline, "no telemetry");
        std::thread::sleep(Duration::from_millis(200));
    }
    let forger = Signer::new(RoleKey::generate(Role::Safety));
    let forged = forger.command(
        Target::All,
        None,
        Action::Halt {
            reason: "forged".into(),
        },
        false,
    );
    produce(&w, names::EMERGENCY_HALT, "all", &forged.bytes);
    let safety = Signer::new(load_private(&w.config_dir().join("keys"), Role::Safety).unwrap());
    let halt = safety.command(
        Target::All,
        None,
        Action::Halt {
            reason: "test".into(),
        },
        false,
    );
    produce(&w, names::EMERGENCY_HALT, "all", &halt.bytes);
    std::thread::sleep(Duration::from_millis(1500));
    let resume = safety.command(Target::Zone("zone-1".into()), None, Action::Resume, false);
    produce(
        &w,
        names::EMERGENCY_HALT,
        &Target::Zone("zone-1".into()).key(),
        &resume.bytes,
    );
    let s = finish(sim);
    assert_eq!(
        (
            s["halts"].as_u64(),
            s["resumes"].as_u64(),
            s["halts_rejected"].as_u64()
        ),
        (Some(1), Some(1), Some(1)),
        "{s}"
    );

    let completions: Vec<Completion> = read(&w, names::COMPLETIONS)
        .iter()
        .map(|r| serde_json::from_slice(&r.value).unwrap())
        .collect();
    let acked = |id, status| {
        let mut v: Vec<String> = completions
            .iter()
            .filter(|c| c.command_id == id && c.status == status)
            .map(|c| c.robot_id.clone())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        acked(halt.command.command_id, CompletionStatus::HaltAck),
        ["robot-0001", "robot-0002", "robot-0003", "robot-0004"]
    );
    assert!(completions
        .iter()
        .all(|c| c.by == "robot" && c.robot_id != "robot-0005"));
    // zones are dealt round-robin: robot-0002 is the only robot of zone-1 that honours halts
    assert_eq!(
        acked(resume.command.command_id, CompletionStatus::ResumeAck),
        ["robot-0002"]
    );
    assert!(completions
        .iter()
        .all(|c| c.command_id != forged.command.command_id));

    let control: Vec<ControlTelemetry> = read(&w, names::TELEMETRY_CONTROL)
        .iter()
        .map(|r| serde_json::from_slice(&r.value).unwrap())
        .collect();
    let last = |id: &str| {
        control
            .iter()
            .filter(|t| t.robot_id == id)
            .max_by_key(|t| t.seq)
            .unwrap()
            .clone()
    };
    for id in ["robot-0001", "robot-0003", "robot-0004"] {
        let t = last(id);
        assert_eq!(
            (t.status, t.velocity_mps),
            (RobotStatus::Halted, 0.0),
            "{id}"
        );
    }
    assert_ne!(last("robot-0002").status, RobotStatus::Halted, "resumed");
    assert!(control
        .iter()
        .all(|t| t.robot_id != "robot-0005" || t.status != RobotStatus::Halted));
    let dlq = read(&w, names::DLQ);
    assert!(dlq.iter().any(|r| r
        .headers
        .iter()
        .any(|(k, v)| k == "fleetctl.error.class" && v == "unknown_key")));
}

/// Halt latency with many robots: prints p50/p99/max of acknowledgement time minus issue time.
/// A measurement, not a check: run with `cargo test -- --ignored halt_latency` (FLEET_ROBOTS=10000).
#[test]
#[ignore]
fn halt_latency() {
    let robots: u32 = std::env::var("FLEET_ROBOTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let w = world("latency", robots, &["safety"]);
    let mut sim = w.kafka();
    sim.args([
        "--format",
        "json",
        "simulate",
        "--robots",
        &robots.to_string(),
        "--duration",
        "25s",
    ]);
    let sim = sim.spawn();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while read(&w, names::TELEMETRY_CONTROL).len() < robots as usize {
        assert!(std::time::Instant::now() < deadline, "no telemetry");
        std::thread::sleep(Duration::from_millis(500));
    }
    let safety = Signer::new(load_private(&w.config_dir().join("keys"), Role::Safety).unwrap());
    let halt = safety.command(
        Target::All,
        None,
        Action::Halt {
            reason: "latency".into(),
        },
        false,
    );
    produce(&w, names::EMERGENCY_HALT, "all", &halt.bytes);
    let s = finish(sim);
    let mut ms: Vec<i64> = read(&w, names::COMPLETIONS)
        .iter()
        .filter_map(|r| serde_json::from_slice::<Completion>(&r.value).ok())
        .filter(|c| c.command_id == halt.command.command_id)
        .map(|c| c.completed_at_ms - c.issued_at_ms)
        .collect();
    ms.sort_unstable();
    assert_eq!(ms.len(), robots as usize, "{s}");
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q) as usize];
    println!(
        "halt of {robots} robots: acknowledged after p50 {} ms, p99 {} ms, max {} ms",
        at(0.5),
        at(0.99),
        at(1.0)
    );
}
