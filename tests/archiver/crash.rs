//! Exactly once into the database: a crash landed on each step of the write protocol, a run of
//! 100,000 records under repeated SIGKILL, and PostgreSQL stopped and started mid-run. After
//! each, every record is archived once: as many rows as records, no (partition, offset) twice.

use std::time::{Duration, Instant};

use rand::Rng;

use super::{archive, control};
use crate::support::kafka::{fleet_world, produce};
use crate::support::postgres::{Db, Server};

const CONTROL: &str = "robot-telemetry-control";

/// Rows and distinct source offsets in control_readings.
fn archived(db: &Db) -> (i64, i64) {
    let (rows, distinct, _) = read(db, "0");
    (rows, distinct)
}

/// `archived`, and what the stored offsets of the control topic say was archived (its partitions
/// start at 0).
fn archived_and_stored(db: &Db, w: &crate::support::World) -> (i64, i64, i64) {
    read(
        db,
        &format!(
            "(SELECT coalesce(sum(next_offset), 0) FROM archive_offsets WHERE topic = '{}')",
            w.topic(CONTROL)
        ),
    )
}

/// Rows, distinct source offsets and `third`, read by one statement and so from one snapshot:
/// read apart, a COMMIT that a killed archiver sent just before it died can land between the
/// reads (seen once: "rows and offsets disagree").
fn read(db: &Db, third: &str) -> (i64, i64, i64) {
    let v = db.one(&format!(
        "SELECT (SELECT count(*) FROM control_readings), \
         (SELECT count(*) FROM (SELECT DISTINCT kafka_partition, kafka_offset \
         FROM control_readings) d), {third}"
    ));
    let n: Vec<i64> = v
        .split('|')
        .map(|x| x.parse().unwrap_or_else(|_| panic!("not numbers: {v:?}")))
        .collect();
    assert_eq!(n.len(), 3, "{v:?}");
    (n[0], n[1], n[2])
}

fn t0() -> i64 {
    chrono::Utc::now().timestamp_millis() - 3_600_000
}

#[test]
fn a_crash_at_each_step_of_the_write_protocol_archives_once() {
    crate::needs_database!();
    let w = fleet_world("archstep", 10);
    produce(&w, CONTROL, &control(10, 3000, t0()));
    for point in [
        "archiver.after_copy",
        "archiver.before_commit",
        "archiver.after_commit",
    ] {
        let db = Db::new("archstep");
        // The second transaction crashes: the first is committed, so there is something to keep.
        let out = w
            .kafka()
            .env("DATABASE_URL", &db.url)
            .env("FLEETCTL_FAULT", format!("{point}@2"))
            .args([
                "run",
                "archiver",
                "--batch",
                "500",
                "--exit-when-idle",
                "3s",
            ])
            .args(["--duration", "60s"])
            .run();
        assert_eq!(out.code, -1, "{point}: not killed\n{}", out.stderr);
        let (rows, distinct, stored) = archived_and_stored(&db, &w);
        assert_eq!(rows, distinct, "{point}: a record archived twice");
        assert_eq!(rows, stored, "{point}: rows and offsets disagree");
        assert!(
            rows > 0 && rows < 3000,
            "{point}: {rows} rows after the crash"
        );
        let s = archive(&w, &db.url, &["--batch", "500"]);
        assert_eq!(archived(&db), (3000, 3000), "{point}");
        assert_eq!(s["records"].as_i64().unwrap(), 3000 - rows, "{point}: {s}");
    }
}

#[test]
fn repeated_sigkill_over_100k_records_archives_each_exactly_once() {
    crate::needs_database!();
    const N: u32 = 100_000;
    let w = fleet_world("archkill", 100);
    produce(&w, CONTROL, &control(100, N, t0()));
    let db = Db::new("archkill");
    // The tables exist before the first kill, which may land before the archiver migrated.
    w.cmd()
        .args(["--postgres", &db.url, "archive", "migrate"])
        .run()
        .expect(0);
    let mut rng = rand::thread_rng();
    let deadline = Instant::now() + Duration::from_secs(240);
    let mut kills = 0;
    loop {
        let mut child = w
            .kafka()
            .env("DATABASE_URL", &db.url)
            .args(["run", "archiver", "--batch", "200", "--linger", "50ms"])
            .args(["--exit-when-idle", "2s"])
            .spawn();
        // Short lives and small transactions (about 500 of them): an archiver starts in a few
        // hundred ms and archives tens of thousands of records a second, so longer lives or
        // larger batches would finish the run in a handful of kills.
        std::thread::sleep(Duration::from_millis(rng.gen_range(100..600)));
        if child.try_wait().unwrap().is_some() {
            break;
        }
        child.kill().unwrap();
        child.wait().unwrap();
        kills += 1;
        let (rows, distinct, stored) = archived_and_stored(&db, &w);
        assert_eq!(
            rows, distinct,
            "after kill {kills}: a record archived twice"
        );
        assert_eq!(
            rows, stored,
            "after kill {kills}: rows and offsets disagree"
        );
        if rows == i64::from(N) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{rows} of {N} after {kills} kills"
        );
    }
    archive(&w, &db.url, &[]);
    assert_eq!(archived(&db), (i64::from(N), i64::from(N)));
    eprintln!("{N} records archived exactly once across {kills} SIGKILLs");
    assert!(
        kills >= 5,
        "only {kills} kills landed: the run was too short to test anything"
    );
}

#[test]
fn a_database_restart_mid_run_is_waited_out_and_loses_nothing() {
    crate::needs_database!();
    const N: u32 = 30_000;
    let server = Server::start();
    let db = Db::on(&server.url, "archpg");
    let w = fleet_world("archpg", 10);
    produce(&w, CONTROL, &control(10, N, t0()));
    // The tables exist before the archiver starts, so that the test can watch them fill.
    w.cmd()
        .args(["--postgres", &db.url, "archive", "migrate"])
        .run()
        .expect(0);
    let child = w
        .kafka()
        .env("DATABASE_URL", &db.url)
        .args(["--format", "json", "run", "archiver", "--batch", "300"])
        .args(["--exit-when-idle", "3s", "--duration", "120s"])
        .spawn();
    let started = Instant::now();
    while archived(&db).0 == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "nothing archived"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    server.stop();
    std::thread::sleep(Duration::from_secs(3));
    server.start_again();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(s["reconnects"].as_u64().unwrap() >= 1, "{s}\n{stderr}");
    assert_eq!(archived(&db), (i64::from(N), i64::from(N)), "{stderr}");
}
