//! A crash at every step of the executor's write protocol, landed by test-only fault points
//! (`FLEETCTL_FAULT`), in both exactly-once modes: with many commands per robot per batch and
//! byte-identical re-sends, every command is applied once, every applied command gets its
//! completion and its idempotency record at its own offset, and every re-send is dead-lettered
//! as `replayed`.

use std::collections::{BTreeMap, BTreeSet};

use fleetctl::model::command::Action;
use fleetctl::signing::envelope::decode_unverified;
use fleetctl::signing::Role;

use super::{cmd, run_executor};
use crate::support::kafka::{
    committed, fleet_world, has_transactions, produce, read_all, read_all_uncommitted,
    read_headers, signer, Tail,
};
use crate::support::{kafka_tool, World};

/// The fault-point runs: 2 robots with 120 commands each, in batches of 100, so that one robot
/// has about 50 commands in a batch (more than the 32 recent ids a state shows, which dedup once
/// relied on).
pub(super) const ROBOTS: u32 = 2;
pub(super) const PER_ROBOT: u32 = 120;
pub(super) const BATCH: &str = "100";

/// What was sent: each command id with its robot and the offset of its first copy.
pub(super) struct Load {
    originals: BTreeMap<String, (String, i32, i64)>,
    resends: BTreeSet<(i32, i64)>,
}

/// `per_robot` commands for each of `robots` robots and byte-identical re-sends: one of every
/// ten commands again a few records later, and ten of the first again at the end.
pub(super) fn send_load(w: &World, robots: u32, per_robot: u32) -> Load {
    let control = signer(w, Role::Control);
    let mut records = Vec::new();
    let mut sent = Vec::new();
    for i in 0..per_robot * robots {
        let robot = format!("robot-{:04}", i % robots + 1);
        let c = cmd(
            &control,
            &robot,
            Action::MoveTo {
                x: f64::from(i),
                y: 1.0,
            },
        );
        records.push(c.clone());
        sent.push(c);
        if i % 10 == 9 {
            records.push(sent[sent.len() - 4].clone());
        }
    }
    records.extend(sent[..10].iter().cloned());
    produce(w, "robot-commands", &records);
    let mut originals = BTreeMap::new();
    let mut resends = BTreeSet::new();
    for r in read_all(w, "robot-commands") {
        let c = decode_unverified(r.value.as_deref().unwrap()).unwrap();
        let id = c.command_id.to_string();
        match originals.entry(id) {
            std::collections::btree_map::Entry::Occupied(_) => {
                resends.insert((r.partition, r.offset));
            }
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert((r.key.clone().unwrap(), r.partition, r.offset));
            }
        }
    }
    assert_eq!(originals.len(), (robots * per_robot) as usize);
    assert_eq!(resends.len(), (robots * per_robot / 10 + 10) as usize);
    Load { originals, resends }
}

/// Runs the executor with one fault point armed for its second batch; it must die there.
fn crash(w: &World, mode: &str, point: &str) {
    let out = w
        .kafka()
        .env("FLEETCTL_FAULT", format!("{point}@2"))
        .args(["run", "executor", "--eos", mode, "--batch", BATCH])
        .args(["--duration", "60s"])
        .run();
    assert_eq!(out.code, -1, "killed at {point}: {}", out.stderr);
    assert!(out.stderr.contains(point), "{}", out.stderr);
}

/// Dead letters as (class, original partition, original offset).
fn dead_letters(w: &World) -> Vec<(String, i32, i64)> {
    read_headers(w, "robot-commands-dlq")
        .into_iter()
        .map(|hs| {
            let get = |n: &str| hs.iter().find(|(k, _)| k == n).unwrap().1.clone();
            (
                get("fleetctl.error.class"),
                get("fleetctl.dlq.original.partition").parse().unwrap(),
                get("fleetctl.dlq.original.offset").parse().unwrap(),
            )
        })
        .collect()
}

/// The promise, checked from the topics with independent readers.
pub(super) fn check(w: &World, load: &Load, exact_outputs: bool) {
    let mut per_robot: BTreeMap<String, u64> = BTreeMap::new();
    for (robot, _, _) in load.originals.values() {
        *per_robot.entry(robot.clone()).or_default() += 1;
    }
    let states: BTreeMap<String, serde_json::Value> = read_all(w, "robot-state")
        .into_iter()
        .filter_map(|r| Some((r.key.clone()?, r.json())))
        .collect();
    for (robot, n) in &per_robot {
        assert_eq!(
            states[robot]["applied_count"], *n,
            "{robot}: applied once each"
        );
    }
    let completions: Vec<String> = read_all(w, "robot-command-completions")
        .iter()
        .map(|r| r.json())
        .filter(|v| v["status"] == "EXECUTED")
        .map(|v| v["command_id"].as_str().unwrap().to_string())
        .collect();
    let distinct: BTreeSet<&String> = completions.iter().collect();
    assert_eq!(
        distinct.len(),
        load.originals.len(),
        "a completion per command"
    );
    if exact_outputs {
        assert_eq!(completions.len(), distinct.len(), "no completion twice");
    }
    let mut idem: BTreeMap<String, BTreeSet<(i32, i64)>> = BTreeMap::new();
    for r in read_all(w, "robot-idempotency-store") {
        let v = r.json();
        let src = (
            v["source"][0].as_i64().unwrap() as i32,
            v["source"][1].as_i64().unwrap(),
        );
        idem.entry(v["command_id"].as_str().unwrap().to_string())
            .or_default()
            .insert(src);
    }
    for (id, (_, p, o)) in &load.originals {
        assert_eq!(
            idem.get(id),
            Some(&BTreeSet::from([(*p, *o)])),
            "{id}: one idempotency record, at its own offset"
        );
    }
    let dead = dead_letters(w);
    let replayed: BTreeSet<(i32, i64)> = dead
        .iter()
        .filter(|(c, _, _)| c == "replayed")
        .map(|(_, p, o)| (*p, *o))
        .collect();
    assert_eq!(
        replayed, load.resends,
        "every re-send dead-lettered as replayed"
    );
    assert!(
        dead.iter().all(|(c, _, _)| c == "replayed"),
        "nothing else dead-lettered: {dead:?}"
    );
    if exact_outputs {
        assert_eq!(dead.len(), load.resends.len(), "no dead letter twice");
    }
}

/// The committed offset of each partition is the end of the last batch whose outputs are
/// visible to read_committed readers (every record of a fresh run leaves an idempotency
/// record or a dead letter).
fn check_offsets_follow_outputs(w: &World) {
    let mut decided: BTreeMap<i32, i64> = BTreeMap::new();
    for r in read_all(w, "robot-idempotency-store") {
        let v = r.json();
        let (p, o) = (
            v["source"][0].as_i64().unwrap() as i32,
            v["source"][1].as_i64().unwrap(),
        );
        let e = decided.entry(p).or_insert(0);
        *e = (*e).max(o + 1);
    }
    for (_, p, o) in dead_letters(w) {
        let e = decided.entry(p).or_insert(0);
        *e = (*e).max(o + 1);
    }
    let group = format!("{}robot-command-executor", w.prefix);
    let offsets = committed(w, &group, "robot-commands");
    assert!(!offsets.is_empty(), "the first batch committed offsets");
    assert_eq!(
        offsets, decided,
        "committed offsets = end of the last committed batch"
    );
}

fn crash_and_recover(mode: &str, point: &str, exact_outputs: bool) {
    let w = fleet_world(&format!("crash-{}", point.replace('.', "-")), ROBOTS);
    let load = send_load(&w, ROBOTS, PER_ROBOT);
    crash(&w, mode, point);
    if mode == "transactions" {
        check_offsets_follow_outputs(&w);
    }
    let summary = run_executor(
        &w,
        &["--eos", mode, "--batch", BATCH, "--exit-when-idle", "5s"],
    );
    assert_eq!(summary["mode"], mode);
    assert!(summary["redeliveries"].as_u64().unwrap() > 0 || point.ends_with("commit"));
    check(&w, &load, exact_outputs);
}

#[test]
fn idempotent_crash_after_state_wave() {
    crate::needs_broker!();
    crash_and_recover("idempotent", "executor.after_states", false);
}

#[test]
fn idempotent_crash_after_completions_wave() {
    crate::needs_broker!();
    crash_and_recover("idempotent", "executor.after_completions", false);
}

#[test]
fn idempotent_crash_after_idempotency_wave_before_commit() {
    crate::needs_broker!();
    crash_and_recover("idempotent", "executor.after_rest", false);
}

#[test]
fn idempotent_crash_after_offset_commit() {
    crate::needs_broker!();
    crash_and_recover("idempotent", "executor.after_commit", false);
}

#[test]
fn transactional_crash_before_commit() {
    crate::needs_broker!();
    if !has_transactions() {
        return;
    }
    let w = fleet_world("crash-txn-before", ROBOTS);
    let load = send_load(&w, ROBOTS, PER_ROBOT);
    crash(&w, "transactions", "executor.txn_before_commit");
    check_offsets_follow_outputs(&w);
    run_executor(
        &w,
        &[
            "--eos",
            "transactions",
            "--batch",
            BATCH,
            "--exit-when-idle",
            "5s",
        ],
    );
    check(&w, &load, true);
    // The open transaction's records did reach the log; read_committed readers never saw them.
    let all = read_all_uncommitted(&w, "robot-command-completions").len();
    let visible = read_all(&w, "robot-command-completions").len();
    assert!(
        all > visible,
        "the killed batch was written, then aborted ({all} vs {visible})"
    );
}

#[test]
fn transactional_crash_after_commit() {
    crate::needs_broker!();
    if !has_transactions() {
        return;
    }
    crash_and_recover("transactions", "executor.txn_after_commit", true);
}

/// Apache Kafka's own transactions system test, adapted: 10,000 signed commands (and 1,010
/// re-sends), the executor SIGKILLed six times while it works and restarted, a read_committed
/// reader following the completions throughout.
fn kill_loop(mode: &str, exact_outputs: bool) {
    use rand::Rng;
    let w = fleet_world(&format!("killloop-{mode}"), 50);
    let load = send_load(&w, 50, 200);
    let tail = Tail::start(&w, "robot-command-completions");
    let mut rng = rand::thread_rng();
    let mut kills = 0;
    for _ in 0..6 {
        let before = tail.count();
        let mut child = w
            .kafka()
            .args(["run", "executor", "--eos", mode, "--batch", "100"])
            .args(["--duration", "120s"])
            .spawn();
        // Kill once it is working: after it has written something, at a random moment.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(40);
        while tail.count() < before + 100 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        std::thread::sleep(std::time::Duration::from_millis(rng.gen_range(0..150)));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        if tail.count() < load.originals.len() {
            kills += 1;
        }
    }
    assert!(
        kills >= 5,
        "only {kills} kills landed before the work was done"
    );
    run_executor(
        &w,
        &["--eos", mode, "--batch", "100", "--exit-when-idle", "8s"],
    );
    let seen = tail.finish();
    check(&w, &load, exact_outputs);
    let mut per_id: BTreeMap<String, usize> = BTreeMap::new();
    for v in seen.iter().filter(|v| v["status"] == "EXECUTED") {
        *per_id
            .entry(v["command_id"].as_str().unwrap().into())
            .or_default() += 1;
    }
    let twice = per_id.values().filter(|n| **n > 1).count();
    eprintln!(
        "kill loop, {mode}: {kills} kills mid-run; the concurrent reader saw {} completions of \
         {} commands, {twice} commands more than once",
        seen.len(),
        per_id.len()
    );
    assert_eq!(
        per_id.len(),
        load.originals.len(),
        "the concurrent reader saw every command"
    );
    if exact_outputs {
        assert_eq!(
            twice, 0,
            "a read_committed reader never sees an aborted completion"
        );
    }
    if has_transactions() {
        kafka_tools_agree(&w, mode == "transactions");
    }
}

/// Apache Kafka's own tools as independent checkers: the executor's group has no lag, no
/// transaction on this world's topics is left hanging, and (when it ran in transactions mode)
/// its transactional id is listed and not open.
fn kafka_tools_agree(w: &World, transactional: bool) {
    let group = format!("{}robot-command-executor", w.prefix);
    let described = kafka_tool(
        "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
        &["--describe", "--group", &group],
    );
    let topic = w.topic("robot-commands");
    let rows: Vec<Vec<&str>> = described
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|cols| cols.get(1) == Some(&topic.as_str()))
        .collect();
    assert!(!rows.is_empty(), "{described}");
    for cols in rows {
        assert_eq!(cols[5], "0", "lag 0 on every partition: {cols:?}");
    }
    let hanging = kafka_tool(
        "org.apache.kafka.tools.TransactionsCommand",
        &["find-hanging", "--broker-id", "1"],
    );
    assert!(
        !hanging.contains(&w.prefix),
        "hanging transactions:\n{hanging}"
    );
    if !transactional {
        return;
    }
    let listed = kafka_tool("org.apache.kafka.tools.TransactionsCommand", &["list"]);
    let ours: Vec<&str> = listed.lines().filter(|l| l.contains(&w.prefix)).collect();
    assert!(
        !ours.is_empty(),
        "the executor's transactional id is listed:\n{listed}"
    );
    assert!(
        ours.iter().all(|l| !l.contains("Ongoing")),
        "no open transaction left: {ours:?}"
    );
}

#[test]
fn kill_loop_transactions() {
    crate::needs_broker!();
    if !has_transactions() {
        return;
    }
    kill_loop("transactions", true);
}

#[test]
fn kill_loop_idempotent() {
    crate::needs_broker!();
    kill_loop("idempotent", false);
}
