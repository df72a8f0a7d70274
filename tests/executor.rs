//! The executor against the real broker: execution, agreement of the three outputs, rejections
//! into the DLQ with reasons, and exactly-once effects across SIGKILL and redelivery.

use std::collections::{BTreeMap, BTreeSet};

use fleetctl::model::command::{Action, Envelope, Target};
use fleetctl::signing::envelope::Signer;
use fleetctl::signing::{Role, RoleKey};
use serde_json::Value;

use crate::support::kafka::{fleet_world, produce, read_all, read_headers, signer};
use crate::support::World;

fn run_executor(w: &World, extra: &[&str]) -> Value {
    let has = |flag: &str| extra.contains(&flag);
    let mut c = w.kafka();
    c.args(["--format", "json", "run", "executor"]);
    if !has("--exit-when-idle") {
        c.args(["--exit-when-idle", "3s"]);
    }
    if !has("--duration") {
        c.args(["--duration", "60s"]);
    }
    c.args(extra).run().expect(0).json()
}

fn cmd(s: &Signer, robot: &str, action: Action) -> (Option<String>, Option<Vec<u8>>) {
    let signed = s.command(
        Target::Robot(robot.into()),
        Some("zone-1".into()),
        action,
        false,
    );
    (Some(robot.to_string()), Some(signed.bytes))
}

fn moves(s: &Signer, robots: u32, per_robot: u32) -> Vec<(Option<String>, Option<Vec<u8>>)> {
    let mut out = Vec::new();
    for i in 0..per_robot {
        for r in 1..=robots {
            out.push(cmd(
                s,
                &format!("robot-{r:04}"),
                Action::MoveTo {
                    x: f64::from(i),
                    y: f64::from(r),
                },
            ));
        }
    }
    out
}

/// Distinct executed command ids per robot, from completions; and how often each id appears.
fn executed(w: &World) -> (BTreeMap<String, BTreeSet<String>>, usize) {
    let mut per_robot: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut records = 0;
    for r in read_all(w, "robot-command-completions") {
        let v = r.json();
        if v["status"] == "EXECUTED" {
            records += 1;
            per_robot
                .entry(v["robot_id"].as_str().unwrap().to_string())
                .or_default()
                .insert(v["command_id"].as_str().unwrap().to_string());
        }
    }
    (per_robot, records)
}

/// Latest state per robot.
fn states(w: &World) -> BTreeMap<String, Value> {
    read_all(w, "robot-state")
        .into_iter()
        .filter_map(|r| Some((r.key.clone()?, r.json())))
        .collect()
}

#[test]
fn executes_and_outputs_agree() {
    let w = fleet_world("exec", 50);
    let control = signer(&w, Role::Control);
    let sent = moves(&control, 50, 2);
    produce(&w, "robot-commands", &sent);
    let summary = run_executor(&w, &[]);
    assert_eq!(summary["type"], "executor_summary");
    assert_eq!(
        summary["mode"], "idempotent",
        "nisshi has no transactions: auto falls back"
    );
    assert_eq!(summary["executed"], 100);
    assert_eq!(summary["dead_lettered"], 0);

    let (per_robot, records) = executed(&w);
    assert_eq!(per_robot.len(), 50);
    assert_eq!(records, 100, "one completion per command");
    let idem: BTreeSet<String> = read_all(&w, "robot-idempotency-store")
        .iter()
        .map(|r| r.json()["command_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(idem.len(), 100);
    let st = states(&w);
    assert_eq!(st.len(), 50);
    for (robot, ids) in &per_robot {
        assert!(ids.iter().all(|id| idem.contains(id)));
        let s = &st[robot];
        assert_eq!(s["applied_count"], 2, "{robot}: {s}");
        assert_eq!(s["status"], "MOVING");
        assert_eq!(s["target"]["x"], 1.0, "the later MOVE_TO wins");
    }

    // A second run finds nothing new to do.
    let again = run_executor(&w, &["--exit-when-idle", "1s", "--duration", "4s"]);
    assert_eq!(again["executed"], 0);
}

#[test]
fn invalid_commands_are_dead_lettered_with_reasons() {
    let w = fleet_world("reject", 10);
    let control = signer(&w, Role::Control);
    let now = fleetctl::model::now_ms();

    let valid = control.command(
        Target::Robot("robot-0001".into()),
        None,
        Action::Charge,
        false,
    );
    let mut records = vec![(Some("robot-0001".to_string()), Some(valid.bytes.clone()))];

    // forged: a signature made by another key under the trusted key id
    let mallory = Signer::new(RoleKey::generate(Role::Control));
    let mut forged_cmd = valid.command.clone();
    forged_cmd.command_id = uuid::Uuid::new_v4();
    let forged = mallory.sign(forged_cmd);
    let mut env: Envelope = serde_json::from_slice(&forged.bytes).unwrap();
    env.key_id = control.key.key_id.clone();
    let mut inner: Value = serde_json::from_slice(&base64_decode(&env.payload)).unwrap();
    inner["key_id"] = Value::String(control.key.key_id.clone());
    env.payload = base64_encode(&serde_json::to_vec(&inner).unwrap());
    records.push((
        Some("robot-0001".into()),
        Some(serde_json::to_vec(&env).unwrap()),
    ));

    // tampered: a field changed after signing
    let t = control.command(
        Target::Robot("robot-0002".into()),
        None,
        Action::MoveTo { x: 1.0, y: 1.0 },
        false,
    );
    let mut env: Envelope = serde_json::from_slice(&t.bytes).unwrap();
    let mut inner: Value = serde_json::from_slice(&base64_decode(&env.payload)).unwrap();
    inner["x"] = Value::from(500.0);
    env.payload = base64_encode(&serde_json::to_vec(&inner).unwrap());
    records.push((
        Some("robot-0002".into()),
        Some(serde_json::to_vec(&env).unwrap()),
    ));

    // wrong target: signed for robot-0003, keyed robot-0004
    let wt = control.command(
        Target::Robot("robot-0003".into()),
        None,
        Action::Charge,
        false,
    );
    records.push((Some("robot-0004".into()), Some(wt.bytes)));

    // expired
    let mut old = control
        .command(
            Target::Robot("robot-0005".into()),
            None,
            Action::Charge,
            false,
        )
        .command;
    old.issued_at_ms = now - 600_000;
    old.expires_at_ms = now - 300_000;
    records.push((Some("robot-0005".into()), Some(control.sign(old).bytes)));

    // unknown key id
    let stranger = mallory.command(
        Target::Robot("robot-0006".into()),
        None,
        Action::Charge,
        false,
    );
    records.push((Some("robot-0006".into()), Some(stranger.bytes)));

    // a control key trying to halt
    let h = control.command(
        Target::Robot("robot-0007".into()),
        None,
        Action::Halt {
            reason: "nope".into(),
        },
        false,
    );
    records.push((Some("robot-0007".into()), Some(h.bytes)));

    // replayed id: the valid command again
    records.push((Some("robot-0001".into()), Some(valid.bytes.clone())));

    // the same id with different content
    let mut reused = valid.command.clone();
    reused.action = Action::MoveTo { x: 3.0, y: 4.0 };
    records.push((Some("robot-0001".into()), Some(control.sign(reused).bytes)));

    produce(&w, "robot-commands", &records);
    let summary = run_executor(&w, &[]);
    assert_eq!(summary["executed"], 1, "only the valid command: {summary}");
    assert_eq!(summary["dead_lettered"], 8);

    let classes: Vec<String> = read_headers(&w, "robot-commands-dlq")
        .iter()
        .map(|hs| {
            hs.iter()
                .find(|(k, _)| k == "fleetctl.error.class")
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
        .collect();
    let mut sorted = classes.clone();
    sorted.sort();
    let mut want = vec![
        "bad_signature",
        "bad_signature",
        "wrong_target",
        "expired",
        "unknown_key",
        "unauthorized",
        "replayed",
        "id_reused",
    ];
    want.sort();
    assert_eq!(sorted, want);
    let dlq = read_all(&w, "robot-commands-dlq");
    assert!(
        dlq.iter().all(|r| r.value.is_some()),
        "original bytes are kept"
    );
    let headers = &read_headers(&w, "robot-commands-dlq")[0];
    for name in [
        "fleetctl.dlq.original.topic",
        "fleetctl.dlq.original.offset",
        "fleetctl.error.message",
        "fleetctl.dlq.group",
    ] {
        assert!(
            headers.iter().any(|(k, _)| k == name),
            "missing header {name}: {headers:?}"
        );
    }
    let (per_robot, _) = executed(&w);
    assert_eq!(per_robot.len(), 1);
}

fn base64_decode(s: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(s).unwrap()
}

fn base64_encode(b: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(b)
}

#[test]
fn sigkill_mid_run_executes_each_command_once() {
    let w = fleet_world("kill", 20);
    let control = signer(&w, Role::Control);
    let sent = moves(&control, 20, 100);
    produce(&w, "robot-commands", &sent);
    // Kill the executor several times part-way through, re-sending some commands each time.
    for round in 0..4 {
        let mut child = w
            .kafka()
            .args(["run", "executor", "--batch", "50", "--duration", "60s"])
            .spawn();
        std::thread::sleep(std::time::Duration::from_millis(1500 + 300 * round));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        produce(
            &w,
            "robot-commands",
            &sent[(round as usize * 100)..(round as usize * 100 + 50)],
        );
    }
    // Killed members linger in the group until their sessions expire; the rebalances that follow
    // can pause delivery for several seconds, so "idle" must outlast them.
    let summary = run_executor(&w, &["--batch", "50", "--exit-when-idle", "15s"]);
    let _ = summary;
    let (per_robot, _) = executed(&w);
    let total: usize = per_robot.values().map(|s| s.len()).sum();
    assert_eq!(total, 2000, "every command executed: none lost");
    let st = states(&w);
    for (robot, ids) in &per_robot {
        assert_eq!(
            st[robot]["applied_count"].as_u64().unwrap() as usize,
            ids.len(),
            "{robot} applied once each"
        );
    }
    let idem: BTreeSet<String> = read_all(&w, "robot-idempotency-store")
        .iter()
        .map(|r| r.json()["command_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(idem.len(), 2000);
}

#[test]
fn poison_pills_reach_the_dlq_and_the_executor_keeps_going() {
    let w = fleet_world("poison", 10);
    let control = signer(&w, Role::Control);
    let good = cmd(&control, "robot-0001", Action::Charge);
    let key = || Some("robot-0002".to_string());
    produce(
        &w,
        "robot-commands",
        &[
            (key(), Some(b"{not json".to_vec())),
            (
                key(),
                Some(br#"{"v":"one","key_id":7,"payload":[],"signature":null}"#.to_vec()),
            ),
            (key(), Some(vec![b'x'; 64 * 1024])),
            (key(), Some(Vec::new())),
            (key(), None),
            (key(), Some(vec![0xff, 0xfe, 0x00, 0xc3, 0x28])),
            good,
        ],
    );
    let summary = run_executor(&w, &[]);
    assert_eq!(
        summary["executed"], 1,
        "the good command after the pills still runs: {summary}"
    );
    assert_eq!(summary["dead_lettered"], 6);
    let mut classes: Vec<String> = read_headers(&w, "robot-commands-dlq")
        .iter()
        .map(|hs| {
            hs.iter()
                .find(|(k, _)| k == "fleetctl.error.class")
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
        .collect();
    classes.sort();
    assert_eq!(
        classes,
        [
            "malformed",
            "malformed",
            "malformed",
            "malformed",
            "oversized",
            "tombstone"
        ]
    );
}

#[test]
fn simulated_fleet_with_control_center_and_executor_agree() {
    let w = fleet_world("loop", 50);
    let sim = w
        .kafka()
        .args([
            "simulate",
            "--robots",
            "50",
            "--interval",
            "0.5",
            "--duration",
            "25s",
        ])
        .spawn();
    let cc = w
        .kafka()
        .args([
            "run",
            "control-center",
            "--duration",
            "15s",
            "--cooldown",
            "2s",
        ])
        .spawn();
    let exec = w
        .kafka()
        .args(["--format", "json", "run", "executor", "--duration", "20s"])
        .spawn();
    let cc = cc.wait_with_output().unwrap();
    assert!(
        cc.status.success(),
        "{}",
        String::from_utf8_lossy(&cc.stderr)
    );
    let exec = exec.wait_with_output().unwrap();
    assert!(
        exec.status.success(),
        "{}",
        String::from_utf8_lossy(&exec.stderr)
    );
    let summary: Value = serde_json::from_slice(&exec.stdout).unwrap();
    let executed_n = summary["executed"].as_u64().unwrap();
    assert!(executed_n > 0, "{summary}");
    let mut sim = sim;
    let _ = sim.kill();
    let _ = sim.wait();

    let (per_robot, records) = executed(&w);
    let distinct: usize = per_robot.values().map(|s| s.len()).sum();
    assert_eq!(distinct as u64, executed_n);
    assert_eq!(records, distinct, "one completion per executed command");
    let idem: BTreeSet<String> = read_all(&w, "robot-idempotency-store")
        .iter()
        .map(|r| r.json()["command_id"].as_str().unwrap().to_string())
        .collect();
    let st = states(&w);
    for (robot, ids) in &per_robot {
        assert!(
            ids.iter().all(|id| idem.contains(id)),
            "{robot}: executed ids are in the idempotency store"
        );
        assert_eq!(
            st[robot]["applied_count"].as_u64().unwrap() as usize,
            ids.len(),
            "{robot}: state agrees"
        );
    }
}
