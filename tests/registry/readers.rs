//! The readers of telemetry that are not roles read Avro-framed records too: `fleet status` and
//! `halt --all` find the robots that reported in Avro (until this test they saw none, and a halt
//! waited for nobody), and the archiver stores them.

use serde_json::Value;

use super::registry;
use crate::support::kafka::fleet_world;
use crate::support::postgres::Db;

#[test]
fn avro_telemetry_is_read_by_fleet_status_halt_and_the_archiver() {
    crate::needs_broker!();
    let Some(url) = registry() else { return };
    crate::needs_database!();
    let w = fleet_world("avro-readers", 6);
    let mut sim = w
        .kafka()
        .env("SCHEMA_REGISTRY_URL", &url)
        .args(["simulate", "--robots", "6", "--interval", "0.2"])
        .args(["--value-format", "avro-sr", "--duration", "60s"])
        .spawn();
    let status = || -> Value {
        w.kafka()
            .env("SCHEMA_REGISTRY_URL", &url)
            .args(["--format", "json", "fleet", "status"])
            .run()
            .expect(0)
            .json()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let mut seen = status();
    while seen["robots"] != 6 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(500));
        seen = status();
    }
    assert_eq!(seen["robots"], 6, "{seen}");
    let rows = seen["rows"].as_array().cloned().unwrap_or_default();
    assert!(
        rows.len() == 6 && rows.iter().all(|r| r["reported_status"] != Value::Null),
        "every robot's telemetry was read: {seen}"
    );

    let out = w
        .kafka()
        .env("SCHEMA_REGISTRY_URL", &url)
        .args(["--format", "ndjson", "halt", "--all", "--yes"])
        .args(["--timeout", "20s"])
        .run()
        .expect(0);
    let summary = out
        .ndjson()
        .into_iter()
        .find(|l| l["type"] == "halt_summary")
        .expect("a halt_summary line");
    assert_eq!(summary["robots"], 6, "{summary}");
    assert_eq!(summary["acknowledged"], 6, "{summary}");
    let _ = sim.kill();
    let _ = sim.wait();

    let db = Db::new("avro_readers");
    let archived: Value = w
        .kafka()
        .env("SCHEMA_REGISTRY_URL", &url)
        .env("DATABASE_URL", &db.url)
        .args(["--format", "json", "run", "archiver"])
        .args(["--exit-when-idle", "3s", "--duration", "60s"])
        .run()
        .expect(0)
        .json();
    assert_eq!(archived["dead_lettered"], 0, "{archived}");
    let control = db.count("SELECT count(*) FROM control_readings");
    let safety = db.count("SELECT count(*) FROM safety_readings");
    assert!(
        control >= 6 && safety >= 6,
        "{control} control, {safety} safety"
    );
    assert_eq!(
        db.count("SELECT count(DISTINCT robot_id) FROM control_readings"),
        6
    );
}
