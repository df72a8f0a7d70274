//! The archiver against the real broker and a real PostgreSQL: every archived topic lands in its
//! table, a record that does not decode goes to the DLQ, the history commands read the archive,
//! and every record is archived exactly once across crashes at each step of the write protocol,
//! repeated SIGKILLs and a database restart (`crash`).

mod crash;

use fleetctl::model::anomaly::{AlertStatus, OperatorAlert};
use fleetctl::model::fleet::{ControlTelemetry, Position, RobotStatus, SafetyTelemetry};
use serde_json::Value;

use crate::support::kafka::{fleet_world, produce, read_all, signer};
use crate::support::postgres::Db;
use crate::support::World;

type Records = Vec<(Option<String>, Option<Vec<u8>>)>;

/// `n` control readings spread over `robots` robots, one second apart per robot.
pub fn control(robots: u32, n: u32, t0_ms: i64) -> Records {
    (0..n)
        .map(|i| {
            let robot = format!("robot-{:04}", i % robots);
            let r = ControlTelemetry {
                robot_id: robot.clone(),
                zone: "zone-1".into(),
                seq: u64::from(i / robots),
                ts_ms: t0_ms + i64::from(i / robots) * 1000,
                position: Position {
                    x: f64::from(i),
                    y: 1.0,
                },
                heading_deg: 0.0,
                velocity_mps: 1.5,
                battery_pct: 80.0,
                status: RobotStatus::Moving,
            };
            (Some(robot), Some(serde_json::to_vec(&r).unwrap()))
        })
        .collect()
}

fn safety(robot: &str, seq: u64, ts_ms: i64) -> (Option<String>, Option<Vec<u8>>) {
    let r = SafetyTelemetry {
        robot_id: robot.into(),
        zone: "zone-1".into(),
        seq,
        ts_ms,
        temperature_c: 40.0 + seq as f64,
        vibration_mm_s: 1.0,
        energy_draw_w: 100.0,
        radiation_usv_h: 0.1,
        obstacle_distance_m: 5.0,
        tilt_deg: 2.0,
        status: Some(RobotStatus::Moving),
    };
    (Some(robot.into()), Some(serde_json::to_vec(&r).unwrap()))
}

/// `run archiver` until idle, into `db`; its summary.
pub fn archive(w: &World, db: &str, extra: &[&str]) -> Value {
    w.kafka()
        .env("DATABASE_URL", db)
        .args([
            "--format",
            "json",
            "run",
            "archiver",
            "--exit-when-idle",
            "3s",
        ])
        .args(["--duration", "120s"])
        .args(extra)
        .run()
        .expect(0)
        .json()
}

#[test]
fn archives_every_topic_and_dead_letters_what_does_not_decode() {
    crate::needs_database!();
    let w = fleet_world("arch", 10);
    let db = Db::new("arch");
    let now = chrono::Utc::now().timestamp_millis();
    let mut readings = control(10, 200, now - 60_000);
    readings.push((Some("robot-0003".into()), Some(b"{not json".to_vec())));
    produce(&w, "robot-telemetry-control", &readings);
    produce(
        &w,
        "robot-telemetry-safety",
        &(0..5)
            .map(|s| safety("robot-0001", s, now - 60_000 + s as i64 * 1000))
            .collect::<Vec<_>>(),
    );
    let alert = OperatorAlert {
        alert_id: "alert-1".into(),
        anomaly_id: "anomaly-1".into(),
        vehicle_id: "robot-0001".into(),
        event_time: chrono::Utc::now(),
        processing_time: chrono::Utc::now(),
        alert_status: AlertStatus::Open,
        severity: fleetctl::model::anomaly::Severity::Critical,
        anomaly_type: fleetctl::model::anomaly::AnomalyType::ALL[0],
        assigned_operator_id: None,
        created_at: chrono::Utc::now(),
    };
    produce(
        &w,
        "operator_alerts",
        &[(
            Some(alert.alert_id.clone()),
            Some(serde_json::to_vec(&alert).unwrap()),
        )],
    );
    // A halt as the operator signs it, and the alert worked through the CLI.
    let halt = signer(&w, fleetctl::signing::Role::Operator).command(
        fleetctl::model::command::Target::All,
        None,
        fleetctl::model::command::Action::Halt {
            reason: "test".into(),
        },
        false,
    );
    produce(
        &w,
        "robot-emergency-halt",
        &[(Some("all".into()), Some(halt.bytes))],
    );
    w.kafka()
        .args([
            "ack",
            "alert",
            "alert-1",
            "--operator",
            "ada",
            "--comment",
            "looking",
        ])
        .run()
        .expect(0);

    let s = archive(&w, &db.url, &[]);
    assert_eq!(s["dead_lettered"], 1, "{s}");
    assert_eq!(db.count("SELECT count(*) FROM control_readings"), 200);
    assert_eq!(db.count("SELECT count(*) FROM safety_readings"), 5);
    assert_eq!(db.count("SELECT count(*) FROM robots"), 10);
    assert_eq!(
        db.one("SELECT status FROM alerts WHERE alert_id = 'alert-1'"),
        "ACKNOWLEDGED"
    );
    assert_eq!(
        db.one("SELECT operator_id || ' ' || action_type || ' ' || comment FROM alert_actions"),
        "ada ACKNOWLEDGE looking"
    );
    assert_eq!(
        db.one("SELECT action || ' ' || target || ' ' || reason FROM halts"),
        "HALT all test"
    );
    // The bad record is on the DLQ with the archiver's reason, and archived from there too.
    let letters = read_all(&w, "robot-commands-dlq");
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].header("fleetctl.dlq.stage"), Some("archive"));
    assert_eq!(
        db.one("SELECT original_topic || ' ' || stage FROM dead_letters"),
        format!("{} archive", w.topic("robot-telemetry-control"))
    );

    // A second run finds nothing new: the stored offsets are where the first one stopped.
    let again = archive(&w, &db.url, &[]);
    assert_eq!(again["records"], 0, "{again}");
    assert_eq!(db.count("SELECT count(*) FROM control_readings"), 200);

    let history: Vec<Value> = w
        .kafka()
        .env("DATABASE_URL", &db.url)
        .args(["--format", "json", "alerts", "history", "--since", "30d"])
        .run()
        .expect(0)
        .json();
    let sources: Vec<&str> = history
        .iter()
        .map(|e| e["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, ["opened", "action", "state"], "{history:?}");
    assert_eq!(history[1]["operator_id"], "ada");
    assert_eq!(history[2]["alert_status"], "ACKNOWLEDGED");

    let robot: Vec<Value> = w
        .kafka()
        .env("DATABASE_URL", &db.url)
        .args([
            "--format",
            "json",
            "fleet",
            "history",
            "robot-0001",
            "--since",
            "1h",
        ])
        .run()
        .expect(0)
        .json();
    // 20 control readings of robot-0001, the first 5 joined with their safety readings.
    assert_eq!(robot.len(), 20, "{robot:?}");
    assert!(robot
        .iter()
        .all(|r| r["type"] == "reading" && r["robot_id"] == "robot-0001"));
    assert_eq!(
        robot
            .iter()
            .filter(|r| r["temperature_c"].is_number())
            .count(),
        5
    );
    w.kafka()
        .env("DATABASE_URL", &db.url)
        .args(["fleet", "history", "robot-9999"])
        .run()
        .expect(6);
    w.kafka()
        .args(["fleet", "history", "robot-0001"])
        .run()
        .expect(2);
}

#[test]
fn downsampling_keeps_one_row_per_robot_and_interval() {
    crate::needs_database!();
    let w = fleet_world("archds", 10);
    let db = Db::new("archds");
    // 10 robots × 30 readings one second apart, starting on a 10 s boundary: 3 buckets each.
    let t0 = (chrono::Utc::now().timestamp_millis() / 10_000 - 100) * 10_000;
    produce(&w, "robot-telemetry-control", &control(10, 300, t0));
    // Small batches, so that buckets are folded across transactions.
    archive(&w, &db.url, &["--downsample", "10s", "--batch", "37"]);
    assert_eq!(db.count("SELECT count(*) FROM control_readings"), 0);
    assert_eq!(db.count("SELECT count(*) FROM control_aggregates"), 30);
    assert_eq!(
        db.count("SELECT sum(readings) FROM control_aggregates"),
        300
    );
    assert_eq!(
        db.count("SELECT count(*) FROM control_aggregates WHERE readings <> 10"),
        0
    );
    assert_eq!(
        db.one("SELECT round(velocity_sum / readings * 10) FROM control_aggregates LIMIT 1"),
        "15"
    );
}

#[test]
fn migrate_is_idempotent_and_refuses_a_newer_schema() {
    crate::needs_database!();
    let w = World::new("archmig");
    let db = Db::new("archmig");
    let migrate = |code| {
        w.cmd()
            .args([
                "--format",
                "json",
                "--postgres",
                &db.url,
                "archive",
                "migrate",
            ])
            .run()
            .expect(code)
    };
    let first: Value = migrate(0).json();
    assert_eq!(first["from_version"], 0);
    assert_eq!(first["to_version"], 1);
    let second: Value = migrate(0).json();
    assert_eq!(second["applied"].as_array().unwrap().len(), 0);
    db.one("INSERT INTO schema_migrations (version, name) VALUES (99, 'future')");
    let out = migrate(7);
    assert!(
        out.stderr.contains("newer than this fleetctl"),
        "{}",
        out.stderr
    );
    // No database at all is a usage error naming the ways to configure one.
    let none = w.cmd().args(["archive", "migrate"]).run().expect(2);
    assert!(none.stderr.contains("DATABASE_URL"), "{}", none.stderr);
}

#[test]
fn a_context_keeps_the_database_url_and_never_shows_its_password() {
    let w = World::new("archctx");
    let url = "postgres://archiver:s3cret@127.0.0.1:9/fleet";
    w.cmd()
        .args(["config", "set-context", "prod", "--postgres", url, "--use"])
        .run()
        .expect(0);
    let stored = std::fs::read_to_string(w.config_dir().join("config.toml")).unwrap();
    assert!(
        stored.contains(&format!("database-url = \"{url}\"")),
        "{stored}"
    );
    let view = w.cmd().args(["config", "view"]).run().expect(0);
    assert!(!view.stdout.contains("s3cret"), "{}", view.stdout);
    assert!(view
        .stdout
        .contains("postgres://archiver:[redacted]@127.0.0.1:9/fleet"));
    // The context's URL is the one used: nothing listens there, so the error names it, redacted.
    let out = w.cmd().args(["archive", "migrate"]).run().expect(1);
    assert!(
        out.stderr.contains("[redacted]@127.0.0.1:9"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("s3cret"), "{}", out.stderr);
}
