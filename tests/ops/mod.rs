//! Operations against the real broker: dlq inspect and replay (resumable, loop guard, re-signing),
//! lag, doctor exit codes, and the metrics endpoint scraped over HTTP. Shared helpers live here.

mod dlq;
mod health;

use std::time::Duration;

use fleetctl::kafka::dlq::h;
use fleetctl::model::command::{Action, Target};
use fleetctl::ops::dlq::{watermarks, Cursor, Entry};
use fleetctl::signing::envelope::Signer;
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::FutureRecord;
use serde_json::Value;

use crate::support::kafka::settings;
use crate::support::{broker, World};

/// A dead letter as the executor writes it: original bytes, the headers of src/kafka/dlq.rs.
pub struct Dead {
    pub key: String,
    pub value: Vec<u8>,
    pub class: &'static str,
    pub replays: u32,
}

pub fn command(s: &Signer, robot: &str, i: u32) -> Dead {
    let signed = s.command(
        Target::Robot(robot.into()),
        Some("zone-1".into()),
        Action::MoveTo {
            x: f64::from(i),
            y: 1.0,
        },
        false,
    );
    Dead {
        key: robot.into(),
        value: signed.bytes,
        class: "execute_failed",
        replays: 0,
    }
}

/// Produces dead letters into the world's DLQ with a plain producer.
pub fn dead_letter(w: &World, entries: &[Dead]) {
    let topic = w.topic("robot-commands-dlq");
    let original = w.topic("robot-commands");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let p = fleetctl::kafka::client::producer(&settings(), &[]).unwrap();
        for (i, d) in entries.iter().enumerate() {
            let offset = i.to_string();
            let replays = d.replays.to_string();
            let mut hs = OwnedHeaders::new();
            for (k, v) in [
                (h::TOPIC, original.as_str()),
                (h::PARTITION, "0"),
                (h::OFFSET, offset.as_str()),
                (h::TIMESTAMP, "0"),
                (h::GROUP, "executor"),
                (h::STAGE, "execute"),
                (h::ERROR_CLASS, d.class),
                (h::ERROR_MESSAGE, "test failure"),
                (h::ATTEMPTS, "1"),
                (h::REPLAYS, replays.as_str()),
                (h::VERSION, "0.1.0"),
            ] {
                hs = hs.insert(Header {
                    key: k,
                    value: Some(v.as_bytes()),
                });
            }
            let r: FutureRecord<'_, str, [u8]> = FutureRecord::to(&topic)
                .key(d.key.as_str())
                .payload(d.value.as_slice())
                .headers(hs);
            p.send(r, Duration::from_secs(10))
                .await
                .map_err(|(e, _)| e)
                .expect("produced");
        }
    });
}

/// Every record of a topic with its headers.
pub fn entries(w: &World, base: &str) -> Vec<Entry> {
    let s = settings();
    let c = fleetctl::kafka::client::reader(&s).unwrap();
    let topic = w.topic(base);
    let ranges = watermarks(&c, &topic, s.timeout, &broker()).unwrap();
    let mut cur = Cursor::open(&c, &topic, &ranges).unwrap();
    let mut out = Vec::new();
    while let Some(e) = cur.next_entry().unwrap() {
        out.push(e);
    }
    out
}

pub fn command_id(e: &Entry) -> String {
    e.command().expect("a command").command_id.to_string()
}

pub fn replay(w: &World, extra: &[&str]) -> (i32, Value) {
    let out = w
        .kafka()
        .args(["--format", "json", "dlq", "replay"])
        .args(extra)
        .run();
    let code = out.code;
    assert!(
        code == 0 || code == 4,
        "exit {code}: {}{}",
        out.stdout,
        out.stderr
    );
    (code, out.json())
}

pub fn run_executor(w: &World) {
    w.kafka()
        .args([
            "--format",
            "json",
            "run",
            "executor",
            "--exit-when-idle",
            "3s",
        ])
        .args(["--duration", "60s"])
        .run()
        .expect(0);
}

/// Command ids of the EXECUTED completions, one per completion record.
pub fn executed_ids(w: &World) -> Vec<String> {
    crate::support::kafka::read_all(w, "robot-command-completions")
        .iter()
        .map(|r| r.json())
        .filter(|v| v["status"] == "EXECUTED")
        .filter_map(|v| v["command_id"].as_str().map(str::to_string))
        .collect()
}
