//! The core's crash recovery without a broker: a batch whose state records were written but
//! whose other outputs were lost is decided again from the restored states alone.

use super::*;
use crate::model::command::Target;
use crate::signing::envelope::Signer;
use crate::signing::{Keyring, Role, RoleKey};

fn setup() -> (Signer, Verifier) {
    let key = RoleKey::generate(Role::Control);
    let mut ring = Keyring::default();
    ring.add(Role::Control, key.key.verifying_key(), "test".into());
    (Signer::new(key), Verifier::new(ring))
}

fn rec(offset: i64, bytes: &[u8]) -> Record<'_> {
    Record {
        partition: 0,
        offset,
        key: Some(b"robot-0001"),
        value: Some(bytes),
        attempt: 1,
    }
}

/// 50 commands for one robot in one batch, plus a re-send of the first at offset 50.
fn load(s: &Signer) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = (0..50)
        .map(|i| {
            let target = Target::Robot("robot-0001".into());
            let action = Action::MoveTo {
                x: f64::from(i),
                y: 0.0,
            };
            s.command(target, None, action, false).bytes
        })
        .collect();
    out.push(out[0].clone());
    out
}

#[test]
fn a_batch_lost_after_its_state_wave_is_written_again_whatever_its_size() {
    let (s, v) = setup();
    let records = load(&s);
    let now = crate::model::now_ms();
    let mut first = Core::new(v.clone(), "executor-0".into(), 0.0);
    first.begin_batch();
    let decisions: Vec<Decision> = records
        .iter()
        .enumerate()
        .map(|(o, b)| first.process(rec(o as i64, b), now, None))
        .collect();
    assert!(matches!(decisions[50], Decision::DeadLetter(ref d) if d.class == "replayed"));
    let state = first.states["robot-0001"].clone();
    assert_eq!(state.applied_count, 50);
    assert_eq!(
        state.uncommitted.len(),
        50,
        "every decided record is listed"
    );

    // The crash: only the state record reached the broker. A new core restores it.
    let mut second = Core::new(v, "executor-0".into(), 0.0);
    second.restore_state(state);
    second.begin_batch();
    let mut reemitted = 0;
    for (o, b) in records.iter().enumerate() {
        match second.process(rec(o as i64, b), now, None) {
            Decision::Reemit(e) => {
                let i = e.idempotency.expect("an idempotency record");
                assert_eq!(i.source, (0, o as i64), "at its own offset");
                assert_eq!(e.completion.status, CompletionStatus::Executed);
                reemitted += 1;
            }
            Decision::DeadLetter(d) => assert_eq!((o, d.class.as_str()), (50, "replayed")),
            other => panic!("offset {o}: {other:?}"),
        }
    }
    assert_eq!(reemitted, 50, "every command's outputs written again");
    assert_eq!(
        second.states["robot-0001"].applied_count, 50,
        "applied once"
    );

    // A byte-identical re-send arriving later, at a new offset, is a replay, not a new command.
    match second.process(rec(51, &records[7]), now, None) {
        Decision::DeadLetter(d) => assert_eq!(d.class, "replayed"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_list_is_cut_at_the_next_batch_start() {
    let (s, v) = setup();
    let records = load(&s);
    let now = crate::model::now_ms();
    let mut core = Core::new(v, "executor-0".into(), 0.0);
    core.begin_batch();
    for (o, b) in records[..20].iter().enumerate() {
        core.process(rec(o as i64, b), now, None);
    }
    core.commit_batch();
    core.begin_batch();
    for (o, b) in records[20..30].iter().enumerate() {
        core.process(rec(20 + o as i64, b), now, None);
    }
    let offsets: Vec<i64> = core.states["robot-0001"]
        .uncommitted
        .iter()
        .map(|d| d.offset)
        .collect();
    assert_eq!(offsets, (20..30).collect::<Vec<_>>());
}
