//! The fleet under faults, on a 3-node Apache Kafka cluster of its own (replication 3, min ISR 2):
//! 1,000 simulated robots, two control centers and three executors (each in one group), a safety
//! monitor and the retry consumer run throughout, while scripts/chaos/ kills the broker leading
//! robot-emergency-halt for 30 s (with a fleet halt issued while it is down), SIGKILLs members of
//! the executor and control-center groups (one replaced by its survivors, one restarted with its
//! `--instance`), freezes the controller leader for 20 s and restarts every broker in turn.
//! Afterwards independent readers check that every command was executed exactly once, that
//! acknowledged telemetry is all there and that the halt was acknowledged by every robot; the
//! recovery times are printed for docs/kafka.md.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

use fleetctl::settings::KafkaSettings;
use fleetctl::signing::envelope::decode_unverified;
use serde_json::Value;

use crate::support::cluster::Cluster;
use crate::support::kafka::{read_topic, Tail};
use crate::support::{signal, World};

const ROBOTS: &str = "1000";

/// A role running in the background, its stderr in a log file; killed if the test fails.
struct Role {
    /// The process, until it is stopped.
    child: Option<Child>,
    /// Its log (RUST_LOG=info, so assignments and revocations are there).
    log: PathBuf,
}

impl Role {
    fn pid(&self) -> String {
        self.child.as_ref().unwrap().id().to_string()
    }

    /// SIGKILL, and wait until it is gone.
    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Role {
    /// Kills it, and keeps its log in target/tmp/faults/ for a look after a failure.
    fn drop(&mut self) {
        self.kill();
        if let Some(name) = self.log.file_name() {
            let _ = std::fs::copy(&self.log, kept_logs().join(name));
        }
    }
}

/// `fleetctl` on the cluster, with a broker timeout that allows for a dead broker on a loaded
/// 2-core machine (new clients' metadata requests then took more than the default 10 s).
fn fc(w: &World) -> crate::support::Run {
    let mut r = w.cmd();
    r.env("FLEETCTL_BROKER_TIMEOUT", "30s");
    r
}

/// Starts `fleetctl ARGS` on the cluster (through the world's current context).
/// With `FLEETCTL_FAULT_DEBUG=CONTEXTS` (librdkafka debug contexts, e.g. `cgrp,eos,fetch`) the
/// executors, control centers and the retry consumer log at debug level and pass them as
/// `-X debug=`, to find where a role waits.
fn start(w: &World, name: &str, args: &[&str]) -> Role {
    let log = w.config_dir().join(format!("{name}.log"));
    keep_earlier_log(&log, name);
    let mut run = fc(w);
    match std::env::var("FLEETCTL_FAULT_DEBUG") {
        Ok(contexts)
            if !contexts.is_empty()
                && ["executor", "control", "retry"]
                    .iter()
                    .any(|r| name.starts_with(r)) =>
        {
            run.env("RUST_LOG", "debug,librdkafka=debug")
                .args(["-X", &format!("debug={contexts}")]);
        }
        _ => {
            run.env("RUST_LOG", "info");
        }
    }
    let child = run.args(args).spawn_logged(&log);
    Role {
        child: Some(child),
        log,
    }
}

/// Where the roles' logs are kept after the test: target/tmp/faults/.
fn kept_logs() -> PathBuf {
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("faults");
    let _ = std::fs::create_dir_all(&keep);
    keep
}

/// A role started again under its name would overwrite the log of its first life, which is the
/// one a failure usually needs: that one moves to target/tmp/faults/NAME.N.log first.
fn keep_earlier_log(log: &Path, name: &str) {
    if !log.exists() {
        return;
    }
    let keep = kept_logs();
    let earlier = (1..)
        .map(|n| keep.join(format!("{name}.{n}.log")))
        .find(|p| !p.exists())
        .expect("a free name");
    let _ = std::fs::copy(log, earlier);
}

fn executor(w: &World, instance: &str) -> Role {
    let args = [
        "run",
        "executor",
        "--eos",
        "transactions",
        "--instance",
        instance,
    ];
    start(w, &format!("executor-{instance}"), &args)
}

fn control_center(w: &World, instance: &str) -> Role {
    let args = [
        "run",
        "control-center",
        "--canary",
        "1",
        "--instance",
        instance,
    ];
    start(w, &format!("control-{instance}"), &args)
}

/// How many lines of `log` say that the group assigned partitions to this member.
fn assignments(log: &Path) -> usize {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains(": assigned "))
        .count()
}

/// Waits until `ready` holds (at most `limit`); how long it took.
fn wait_for(what: &str, limit: Duration, mut ready: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < limit, "{what}: not within {limit:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
    start.elapsed()
}

/// The time from now until the executors write their next completion: the fleet is working.
fn resumed(completions: &Tail, what: &str) -> Duration {
    resumed_within(completions, what, Duration::from_secs(30))
}

/// `resumed`, waiting at most `limit`.
fn resumed_within(completions: &Tail, what: &str, limit: Duration) -> Duration {
    let before = completions.count();
    let took = wait_for(what, limit, || completions.count() > before);
    eprintln!("recovery after {what}: {} ms", took.as_millis());
    took
}

/// The value of `at_ms` of the event named `name`.
fn event<'a>(events: &'a [Value], name: &str) -> &'a Value {
    events
        .iter()
        .find(|e| e["event"] == name)
        .unwrap_or_else(|| panic!("no {name} event in {events:?}"))
}

#[test]
fn the_fleet_survives_broker_consumer_and_network_faults() {
    crate::needs_broker!();
    // The logs kept from an earlier run would be mistaken for this one's.
    let _ = std::fs::remove_dir_all(kept_logs());
    let cluster = Cluster::start();
    let w = World::new("faults");
    cluster.use_in(&w);
    fc(&w)
        .args(["topics", "create", "--robots", ROBOTS])
        .run()
        .expect(0);
    for role in ["control", "safety", "operator"] {
        w.cmd().args(["keygen", "--role", role]).run().expect(0);
    }
    let s = cluster.settings();
    let completions = Tail::start_on(&s, &w.topic("robot-command-completions"));

    let sim = start(
        &w,
        "simulate",
        &["--format", "json", "simulate", "--robots", ROBOTS],
    );
    let mut executors: Vec<Role> = ["0", "1", "2"].iter().map(|i| executor(&w, i)).collect();
    let mut controls: Vec<Role> = ["a", "b"].iter().map(|i| control_center(&w, i)).collect();
    let others = vec![
        start(&w, "safety", &["run", "safety-monitor"]),
        start(&w, "retry", &["run", "retry", "--eos", "transactions"]),
    ];
    wait_for("first completions", Duration::from_secs(90), || {
        completions.count() > 0
    });

    let halted_within = broker_failure_with_halt(&cluster, &w, &completions);
    consumer_failures(&cluster, &w, &completions, &mut executors, &mut controls);

    let (ok, events) = cluster.chaos("network-partition.sh", &["--controller", "--for", "20s"]);
    assert!(ok, "the cluster healed after the partition");
    eprintln!(
        "partition healed {} ms after it ended",
        event(&events, "replicated")["after_ms"]
    );
    resumed(&completions, "a network partition of the controller leader");

    let (ok, events) = cluster.chaos("broker-failure.sh", &["--rolling", "--settle", "120s"]);
    assert!(ok, "the cluster healed after each restart");
    let restarts: Vec<&Value> = events
        .iter()
        .filter(|e| e["event"] == "restarted")
        .collect();
    assert_eq!(restarts.len(), 3, "{events:?}");
    // Held to 30 s like the other faults since every client refreshes its metadata every 5 s
    // (before that, the fleet once took longer than 30 s after the third restart: docs/kafka.md).
    resumed(&completions, "a rolling restart");

    let sim_summary = stop(vec![sim]).pop().unwrap();
    settle(&completions);
    stop(controls.into_iter().chain(others).collect());
    drained(&s, &w, Duration::from_secs(60));
    stop(executors);
    let _ = completions.finish();
    check_telemetry(&s, &w, &sim_summary);
    check_commands(&s, &w);
    eprintln!("halt acknowledged by every robot while a broker was down, in {halted_within:?}");
}

/// Kills the broker leading robot-emergency-halt for 30 s; a fleet halt issued meanwhile must be
/// acknowledged by every robot. Returns how long the halt took.
fn broker_failure_with_halt(cluster: &Cluster, w: &World, completions: &Tail) -> Duration {
    let halt_topic = w.topic("robot-emergency-halt");
    let fault = std::thread::scope(|scope| {
        let chaos = scope.spawn(|| {
            cluster.chaos(
                "broker-failure.sh",
                &["--leader-of", &halt_topic, "--down", "30s"],
            )
        });
        // The script looks up the leader first (a few seconds of a JVM tool); the halt is
        // issued once the broker is dead, 30 s before it comes back.
        cluster.wait_node_down(Duration::from_secs(60));
        std::thread::sleep(Duration::from_secs(1));
        let halt = fc(w)
            .env("RUST_LOG", "info")
            .args(["--format", "json"])
            .args(["halt", "--all", "--yes", "--timeout", "120s"])
            .run();
        let took = halt.elapsed;
        // Kept for a look when the halt is slow (run 27: 27 s, against 8-9 s in the others).
        let _ = std::fs::write(kept_logs().join("halt.log"), &halt.stderr);
        let summary: Value = halt.expect(0).json();
        eprintln!(
            "halt: from its write to each acknowledgement p50 {} ms, p99 {} ms, max {} ms",
            summary["p50_ms"], summary["p99_ms"], summary["max_ms"]
        );
        assert_eq!(summary["robots"], 1000, "{summary}");
        assert_eq!(summary["acknowledged"], 1000, "{summary}");
        (chaos.join().unwrap(), took)
    });
    let ((ok, events), took) = fault;
    assert!(
        ok,
        "the cluster healed after the broker failure: {events:?}"
    );
    assert_eq!(event(&events, "killed")["target"], "leader");
    // Right after the broker came back: once, 199 of 1,000 resume acknowledgements had not
    // arrived 30 s after the other 801 (3 s), so it gets the halt's 120 s and the time is printed.
    let resume = fc(w)
        .args(["--format", "json"])
        .args(["resume", "--all", "--yes", "--timeout", "120s"])
        .run();
    let elapsed = resume.elapsed;
    let summary: Value = resume.expect(0).json();
    eprintln!(
        "resume acknowledged by {} robots in {elapsed:?} (p99 {} ms)",
        summary["acknowledged"], summary["p99_ms"]
    );
    resumed(completions, "a broker failure (30 s down)");
    took
}

/// SIGKILLs executor 1 (its partitions go to executors 0 and 2 once its session times out),
/// starts it again (the group rebalances it back in), then SIGKILLs control center b and
/// restarts it at once with the same `--instance`: as a static member it gets its partitions
/// back without waiting for the session timeout.
fn consumer_failures(
    cluster: &Cluster,
    w: &World,
    completions: &Tail,
    executors: &mut [Role],
    controls: &mut [Role],
) {
    let group = format!("{}robot-command-executor", w.prefix);
    let pid = executors[1].pid();
    let (ok, events) = cluster.chaos(
        "consumer-failure.sh",
        &[
            "--group",
            &group,
            "--pid",
            &pid,
            "--bootstrap",
            &cluster.bootstrap,
        ],
    );
    assert!(ok, "the survivors took executor 1's partitions: {events:?}");
    executors[1].kill();
    eprintln!(
        "executor 1 killed: survivors held its partitions after {} ms",
        event(&events, "taken_over")["after_ms"]
    );
    let (before_0, before_2) = (
        assignments(&executors[0].log),
        assignments(&executors[2].log),
    );
    assert!(
        before_0 + before_2 > 2,
        "the survivors logged new assignments"
    );
    executors[1] = executor(w, "1");
    let took = wait_for(
        "executor 1 back in its group",
        Duration::from_secs(30),
        || assignments(&executors[1].log) > 0,
    );
    eprintln!(
        "executor 1 restarted: assigned after {} ms",
        took.as_millis()
    );
    resumed(completions, "an executor failure");

    controls[1].kill();
    controls[1] = control_center(w, "b");
    let took = wait_for("control center b back", Duration::from_secs(30), || {
        assignments(&controls[1].log) > 0
    });
    // Not asserted against the session timeout (a timing), and the others may still see a
    // rebalance: Kafka rebalances when the static member that comes back was the group's leader.
    eprintln!(
        "control center b restarted with its --instance: assigned after {} ms",
        took.as_millis()
    );
}

/// SIGTERMs each role and returns each one's JSON summary: every role finishes its batch and
/// stops cleanly within 30 s, whatever the faults did to it (an executor restarted during the
/// faults once sat retrying a transactional call against a moving coordinator for 78 s and
/// ignored SIGTERM; those retries are now bounded).
fn stop(roles: Vec<Role>) -> Vec<Value> {
    roles
        .into_iter()
        .map(|mut r| {
            let out = signal(r.child.take().unwrap(), "TERM");
            assert!(
                out.status.success() || out.status.code() == Some(130),
                "{} did not stop cleanly: {:?}",
                r.log.display(),
                out.status
            );
            serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
        })
        .collect()
}

/// Waits until no completion has been written for 5 s.
fn settle(completions: &Tail) {
    let mut last = (completions.count(), Instant::now());
    while last.1.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(250));
        let n = completions.count();
        if n != last.0 {
            last = (n, Instant::now());
        }
    }
}

/// Every telemetry record the broker acknowledged to the simulator is in the topics.
fn check_telemetry(s: &KafkaSettings, w: &World, summary: &Value) {
    let delivered = summary["delivered"].as_u64().expect("simulate summary");
    let stored: usize = ["robot-telemetry-control", "robot-telemetry-safety"]
        .iter()
        .map(|t| read_topic(s, &w.topic(t)).len())
        .sum();
    eprintln!(
        "telemetry: {delivered} acknowledged, {stored} stored, {} delivery errors",
        summary["delivery_errors"]
    );
    assert!(stored as u64 >= delivered, "{stored} < {delivered}");
}

/// What became of the commands: the robot of each command written, how many completions each
/// has, and how many EXECUTED ones each robot has.
struct Tally {
    robot_of: BTreeMap<String, String>,
    decided: BTreeMap<String, u32>,
    executed: BTreeMap<String, u64>,
}

fn tally(s: &KafkaSettings, w: &World) -> Tally {
    let mut robot_of: BTreeMap<String, String> = BTreeMap::new();
    for r in read_topic(s, &w.topic("robot-commands")) {
        let c = decode_unverified(r.bytes()).expect("a signed command");
        robot_of.insert(c.command_id.to_string(), r.key_str().to_string());
    }
    let mut decided: BTreeMap<String, u32> = BTreeMap::new();
    let mut executed: BTreeMap<String, u64> = BTreeMap::new();
    for c in read_topic(s, &w.topic("robot-command-completions")) {
        let v = c.json();
        let id = v["command_id"].as_str().unwrap_or_default().to_string();
        let Some(robot) = robot_of.get(&id) else {
            continue; // a halt's acknowledgement
        };
        *decided.entry(id).or_default() += 1;
        if v["status"] == "EXECUTED" {
            *executed.entry(robot.clone()).or_default() += 1;
        }
    }
    Tally {
        robot_of,
        decided,
        executed,
    }
}

/// Waits (at most `limit`) until every command written has a completion: an executor may be
/// waiting out a transactional call that overran its timeout (`roles/executor/txn.rs`), doing
/// nothing for up to 15 s, so a quiet spell alone does not mean the executors are done.
fn drained(s: &KafkaSettings, w: &World, limit: Duration) {
    let started = Instant::now();
    loop {
        let t = tally(s, w);
        let left = t.robot_of.len() - t.decided.len().min(t.robot_of.len());
        if left == 0 || started.elapsed() > limit {
            eprintln!(
                "{left} commands without a completion {:?} after the control centers stopped",
                started.elapsed()
            );
            return;
        }
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// Every command the control centers and the safety monitor wrote was decided exactly once:
/// one completion and one idempotency record each.
fn check_commands(s: &KafkaSettings, w: &World) {
    let Tally {
        robot_of,
        decided,
        executed,
    } = tally(s, w);
    assert!(robot_of.len() > 100, "commands flowed: {}", robot_of.len());
    let twice: Vec<_> = decided.iter().filter(|(_, n)| **n != 1).collect();
    assert!(twice.is_empty(), "decided more than once: {twice:?}");
    assert_eq!(decided.len(), robot_of.len(), "every command decided");
    let mut idem: BTreeMap<String, u32> = BTreeMap::new();
    for r in read_topic(s, &w.topic("robot-idempotency-store")) {
        let id = r.json()["command_id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        *idem.entry(id).or_default() += 1;
    }
    for id in robot_of.keys() {
        assert_eq!(idem.get(id), Some(&1), "{id}: one idempotency record");
    }
    let states: BTreeMap<String, Value> = read_topic(s, &w.topic("robot-state"))
        .into_iter()
        .filter_map(|r| Some((r.key.clone()?, r.json())))
        .collect();
    // A robot's state counts every command executed for it: the new owner of a partition
    // restores the states only once the previous owner's last transaction has ended.
    let behind: Vec<_> = executed
        .iter()
        .filter(|(robot, n)| states[*robot]["applied_count"] != **n)
        .map(|(robot, n)| (robot, *n, states[robot]["applied_count"].clone()))
        .collect();
    assert!(
        behind.is_empty(),
        "robot states disagree with executed commands (robot, executed, applied_count): {behind:?}"
    );
    eprintln!(
        "commands: {} decided exactly once, {} executed",
        robot_of.len(),
        executed.values().sum::<u64>()
    );
}
