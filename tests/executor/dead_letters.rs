//! Records the executor refuses go to the DLQ with their reason and original bytes: forged,
//! tampered, misaddressed, expired, unauthorized, replayed and reused-id commands, and poison pills
//! that must not stop the records behind them.

use fleetctl::model::command::{Action, Envelope, Target};
use fleetctl::signing::envelope::Signer;
use fleetctl::signing::{Role, RoleKey};
use serde_json::Value;

use super::{cmd, executed, run_executor};
use crate::support::kafka::{fleet_world, produce, read_all, read_headers, signer};

#[test]
fn invalid_commands_are_dead_lettered_with_reasons() {
    crate::needs_broker!();
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
fn poison_pills_reach_the_dlq_and_the_executor_keeps_going() {
    crate::needs_broker!();
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
    // Dead letters keep the original record exactly: the tombstone's has no value, the empty
    // record's an empty one.
    let values: Vec<Option<Vec<u8>>> = read_all(&w, "robot-commands-dlq")
        .into_iter()
        .map(|r| r.value)
        .collect();
    assert_eq!(
        values.iter().filter(|v| v.is_none()).count(),
        1,
        "{values:?}"
    );
    assert!(values.contains(&Some(Vec::new())), "{values:?}");
}
