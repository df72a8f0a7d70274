//! dlq inspect and replay: filters, resumable progress, the loop guard, single execution, --resign.

use std::collections::BTreeSet;

use fleetctl::kafka::dlq::h;
use fleetctl::model::command::{Action, Target};
use fleetctl::signing::envelope::Verifier;
use fleetctl::signing::{Keyring, Role};
use serde_json::Value;

use super::{command, command_id, dead_letter, entries, executed_ids, replay, run_executor, Dead};
use crate::support::kafka::{fleet_world, produce, signer};

#[test]
fn inspect_decodes_filters_and_groups() {
    crate::needs_broker!();
    let w = fleet_world("dlqinspect", 4);
    let s = signer(&w, Role::Control);
    let mut dead = vec![command(&s, "robot-0001", 1), command(&s, "robot-0002", 2)];
    for _ in 0..3 {
        dead.push(Dead {
            key: "robot-0003".into(),
            value: b"{not json".to_vec(),
            class: "malformed",
            replays: 0,
        });
    }
    dead_letter(&w, &dead);
    let all: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect"])
        .run()
        .expect(0)
        .json();
    assert_eq!(all.len(), 5);
    let ids: BTreeSet<&str> = all
        .iter()
        .filter_map(|e| e["command"]["command_id"].as_str())
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(all
        .iter()
        .all(|e| e["type"] == "dlq_entry" && e["error_message"] == "test failure"));
    let malformed: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect", "--error-class"])
        .arg("malformed")
        .run()
        .expect(0)
        .json();
    assert_eq!(malformed.len(), 3);
    assert!(malformed.iter().all(|e| e["command"].is_null()));
    let one: Vec<Value> = w
        .kafka()
        .args([
            "--format",
            "json",
            "dlq",
            "inspect",
            "--robot",
            "robot-0002",
        ])
        .run()
        .expect(0)
        .json();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["command"]["target"]["id"], "robot-0002");
    let capped: Vec<Value> = w
        .kafka()
        .args([
            "--format", "json", "dlq", "inspect", "--max", "2", "--since", "1h",
        ])
        .run()
        .expect(0)
        .json();
    assert_eq!(capped.len(), 2);
    let none: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect", "--until"])
        .arg("2000-01-01T00:00:00Z")
        .run()
        .expect(0)
        .json();
    assert!(none.is_empty());
    let hist: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect", "--group-by", "reason"])
        .run()
        .expect(0)
        .json();
    assert_eq!(hist[0]["key"], "malformed");
    assert_eq!(hist[0]["count"], 3);
    assert_eq!(hist[1]["key"], "execute_failed");
    // Inspecting commits nothing: the replay group still has the whole backlog.
    let (_, dry) = replay(&w, &["--dry-run"]);
    assert_eq!(dry["backlog"], 5);
    assert_eq!(dry["replayed"], 5);
    assert_eq!(dry["routes"][w.topic("robot-commands")], 5);
    assert!(entries(&w, "robot-commands").is_empty());
}

#[test]
fn replay_is_resumable_guarded_and_executes_once() {
    crate::needs_broker!();
    let w = fleet_world("dlqreplay", 4);
    let s = signer(&w, Role::Control);
    let n = 10;
    let dead: Vec<Dead> = (0..n)
        .map(|i| command(&s, &format!("robot-{:04}", i % 4 + 1), i))
        .collect();
    let want: BTreeSet<String> = dead
        .iter()
        .map(|d| {
            fleetctl::signing::envelope::decode_unverified(&d.value)
                .unwrap()
                .command_id
                .to_string()
        })
        .collect();
    dead_letter(&w, &dead);

    // Without a terminal and without --yes nothing is sent.
    let refused = w.kafka().args(["dlq", "replay"]).run();
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(entries(&w, "robot-commands").is_empty());

    // Interrupted half-way (--max 5), then re-run: every entry exactly once.
    let (code, first) = replay(&w, &["--yes", "--max", "5"]);
    assert_eq!((code, first["replayed"].as_u64()), (0, Some(5)));
    assert_eq!(first["backlog"], n);
    let (code, second) = replay(&w, &["--yes"]);
    assert_eq!((code, second["replayed"].as_u64()), (0, Some(5)));
    let replayed = entries(&w, "robot-commands");
    assert_eq!(replayed.len(), n as usize);
    let got: BTreeSet<String> = replayed.iter().map(command_id).collect();
    assert_eq!(got, want);
    for e in &replayed {
        assert_eq!(e.replays(), 1);
        let count = e.headers.iter().filter(|(k, _)| k == h::REPLAYS).count();
        assert_eq!(count, 1, "the replay count is replaced, not appended");
        assert_eq!(e.header(h::ERROR_CLASS).as_deref(), Some("execute_failed"));
    }
    let originals: BTreeSet<Vec<u8>> = dead.iter().map(|d| d.value.clone()).collect();
    assert!(replayed
        .iter()
        .all(|e| originals.contains(e.value.as_ref().unwrap())));

    // A third run finds nothing: the group resumed at the end; its lag is the backlog, zero.
    let (code, third) = replay(&w, &["--yes"]);
    assert_eq!((code, third["replayed"].as_u64()), (0, Some(0)));
    assert_eq!(entries(&w, "robot-commands").len(), n as usize);
    let group = format!("{}fleetctl-dlq-replay", w.prefix);
    let lag: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "lag", "--group", &group])
        .run()
        .expect(0)
        .json();
    assert!(!lag.is_empty());
    assert!(lag.iter().all(|r| r["lag"] == 0));

    // The loop guard: entries replayed --max-replays times are skipped and reported.
    let mut looping = command(&s, "robot-0001", 99);
    looping.replays = 3;
    let mut once_more = command(&s, "robot-0002", 98);
    once_more.replays = 1;
    dead_letter(&w, &[looping, once_more]);
    let (code, guarded) = replay(&w, &["--yes"]);
    assert_eq!(code, 4);
    assert_eq!(guarded["skipped_loop_guard"], 1);
    assert_eq!(guarded["replayed"], 1);
    assert_eq!(guarded["entries"][0]["outcome"], "skipped_loop_guard");
    let after = entries(&w, "robot-commands");
    assert_eq!(after.len(), n as usize + 1);
    assert!(after.iter().any(|e| e.replays() == 2));

    // The executor runs every replayed command once.
    run_executor(&w);
    let mut executed = executed_ids(&w);
    let total = executed.len();
    executed.sort();
    executed.dedup();
    assert_eq!(total, executed.len(), "a command executed twice");
    assert_eq!(total, n as usize + 1);
}

#[test]
fn expired_commands_need_resign() {
    crate::needs_broker!();
    let w = fleet_world("dlqresign", 2);
    let s = signer(&w, Role::Control);
    // Signed two minutes ago, valid for one: far past the verifier's clock skew.
    let mut cmd = s
        .command(
            Target::Robot("robot-0001".into()),
            None,
            Action::Charge,
            false,
        )
        .command;
    cmd.issued_at_ms -= 120_000;
    cmd.expires_at_ms = cmd.issued_at_ms + 60_000;
    let original = cmd.clone();
    let dead = Dead {
        key: "robot-0001".into(),
        value: s.sign(cmd).bytes,
        class: "expired",
        replays: 0,
    };
    // The executor itself dead-letters the expired command.
    produce(&w, "robot-commands", &[(Some(dead.key), Some(dead.value))]);
    run_executor(&w);
    let dlq: Vec<Value> = w
        .kafka()
        .args(["--format", "json", "dlq", "inspect"])
        .run()
        .expect(0)
        .json();
    assert_eq!(dlq.len(), 1);
    assert_eq!(dlq[0]["error_class"], "expired");
    assert_eq!(
        dlq[0]["command"]["command_id"],
        original.command_id.to_string()
    );

    let (code, skipped) = replay(&w, &["--yes"]);
    assert_eq!(code, 4);
    assert_eq!(skipped["skipped_expired"], 1);
    assert_eq!(skipped["replayed"], 0);
    assert_eq!(entries(&w, "robot-commands").len(), 1);

    // The skipped entry held its place: a re-run with --resign picks it up.
    let (code, resigned) = replay(&w, &["--yes", "--resign", "--ttl", "5m"]);
    assert_eq!(code, 0);
    assert_eq!(resigned["resigned"], 1);
    let out = entries(&w, "robot-commands");
    assert_eq!(out.len(), 2);
    let again = out
        .iter()
        .find(|e| e.replays() == 1)
        .expect("the replayed record");
    let ring = Keyring::load(&w.config_dir().join("keys")).unwrap();
    let verified = Verifier::new(ring)
        .verify(
            again.key.as_deref(),
            again.value.as_deref(),
            fleetctl::model::now_ms(),
        )
        .expect("the re-signed command verifies");
    assert_eq!(verified.command.command_id, original.command_id);
    assert_eq!(verified.command.issuer, Role::Operator);
    assert_eq!(verified.command.action, original.action);

    run_executor(&w);
    assert_eq!(executed_ids(&w), vec![original.command_id.to_string()]);
}

#[test]
fn replay_interrupted_by_sigint_resumes_without_repeats() {
    crate::needs_broker!();
    let w = fleet_world("dlqsigint", 4);
    let s = signer(&w, Role::Control);
    let n = 40;
    let dead: Vec<Dead> = (0..n)
        .map(|i| command(&s, &format!("robot-{:04}", i % 4 + 1), i))
        .collect();
    dead_letter(&w, &dead);
    let child = w
        .kafka()
        .args([
            "--format", "json", "dlq", "replay", "--yes", "--rate", "20/s",
        ])
        .spawn();
    // Interrupt once some entries are out, well before all of them can be.
    while entries(&w, "robot-commands").len() < 5 {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let out = crate::support::signal(child, "INT");
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(first["interrupted"], true);
    let done = first["replayed"].as_u64().unwrap();
    assert!(done < u64::from(n));

    let (code, rest) = replay(&w, &["--yes"]);
    assert_eq!(code, 0);
    assert_eq!(rest["replayed"].as_u64().unwrap() + done, u64::from(n));
    let replayed = entries(&w, "robot-commands");
    let ids: BTreeSet<String> = replayed.iter().map(command_id).collect();
    assert_eq!(replayed.len(), n as usize, "an entry was replayed twice");
    assert_eq!(ids.len(), n as usize);
}

#[test]
fn an_unroutable_entry_is_reported_and_does_not_block_its_partition() {
    crate::needs_broker!();
    let w = fleet_world("dlqnoroute", 4);
    let s = signer(&w, Role::Control);
    // A dead letter without the original-topic header, then a routable one of the same key
    // (so the same partition), behind it.
    produce(
        &w,
        "robot-commands-dlq",
        &[(
            Some("robot-0001".into()),
            Some(b"{\"no\":\"headers\"}".to_vec()),
        )],
    );
    dead_letter(&w, &[command(&s, "robot-0001", 1)]);
    let (code, v) = replay(&w, &["--yes"]);
    assert_eq!(code, 4, "a skipped entry makes the run partial: {v}");
    assert_eq!(v["skipped_no_topic"], 1, "{v}");
    assert_eq!(v["replayed"], 1, "the entry behind it still goes: {v}");
    assert_eq!(entries(&w, "robot-commands").len(), 1);
    // Progress moved past both: a second run has nothing left.
    let (_, again) = replay(&w, &["--yes"]);
    assert_eq!(again["backlog"], 0, "{again}");
}
