//! What robots read: signed halts and resumes, and the executor's completions.
//!
//! Both are read without a consumer group, every partition from its end at start-up: robots act
//! on what happens while they run, not on history. Records that cannot be used go to the DLQ.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use rdkafka::message::BorrowedMessage;
use rdkafka::producer::BaseRecord;
use rdkafka::Message;
use tokio_util::sync::CancellationToken;

use super::physics::{Order, Robot};
use super::{send, Fleet, Out, SimStats, Topics};
use crate::kafka::client::KafkaReader;
use crate::kafka::dlq;
use crate::model::command::{Action, Target};
use crate::model::fleet::{Completion, CompletionStatus, Position};
use crate::model::now_ms;
use crate::otel::{attr, Kind, SpanContext};
use crate::settings::KafkaSettings;
use crate::signing::envelope::{Verified, Verifier};

/// Consumer group named in dead-letter headers (the readers themselves use no group).
const GROUP: &str = "robot-simulator";

/// A consumer assigned to every partition of one topic at its current end.
pub struct Reader(
    /// The consumer, assigned.
    KafkaReader,
);

impl Reader {
    /// Assigns every partition of `topic` at its end now; a fetch that finds nothing waits up to
    /// `fetch_wait_ms` at the broker.
    pub fn at_end(
        k: &KafkaSettings,
        topic: &str,
        fetch_wait_ms: &str,
    ) -> crate::error::Result<Self> {
        let brokers = k.brokers.clone().unwrap_or_default();
        let c = crate::kafka::client::reader_with(k, &[("fetch.wait.max.ms", fetch_wait_ms)])?;
        crate::kafka::client::assign_at_end(&c, topic, k.timeout, &brokers)?;
        Ok(Reader(c))
    }
}

/// A robot's halt or resume acknowledgement, made and waiting to be sent.
struct Ack {
    /// The robot, the record's key.
    robot: String,
    /// The completion record.
    bytes: Vec<u8>,
    /// Its trace context, when tracing is on.
    headers: Option<rdkafka::message::OwnedHeaders>,
}

/// Everything the readers need.
pub struct Inbox {
    /// The robots.
    pub fleet: Arc<Fleet>,
    /// Checks halts and resumes.
    pub verifier: Verifier,
    /// The producer that does not linger: halted reports, dead letters.
    pub producer: Arc<Out>,
    /// Producers that do not linger, for halt and resume acknowledgements alone, so that they
    /// never queue behind the 10,000 halted reports of a fleet-wide halt, and several of them
    /// by partition (`lanes`; measured: docs/fleet.md, "Halt latency").
    pub acks: Arc<super::lanes::AckLanes>,
    /// Counters.
    pub stats: Arc<SimStats>,
    /// Topic names.
    pub topics: Topics,
    /// Stops the readers.
    pub stop: CancellationToken,
    /// How telemetry values are written.
    pub wire: super::Wire,
}

/// Polls `reader` on its own thread, handing each record to `handle`, until the inbox stops.
pub fn spawn(
    name: &str,
    reader: Reader,
    inbox: Arc<Inbox>,
    handle: fn(&Inbox, &BorrowedMessage<'_>),
) -> crate::error::Result<std::thread::JoinHandle<()>> {
    let label = name.to_string();
    let run = move || {
        while !inbox.stop.is_cancelled() {
            match reader.0.poll(Duration::from_millis(100)) {
                Some(Ok(m)) => handle(&inbox, &m),
                Some(Err(e)) => tracing::warn!("{label}: {e}"),
                None => {}
            }
        }
    };
    std::thread::Builder::new()
        .name(name.into())
        .spawn(run)
        .map_err(|e| anyhow::anyhow!("cannot start the {name} thread: {e}").into())
}

impl Inbox {
    fn dead_letter(&self, m: &BorrowedMessage<'_>, stage: &str, class: &str, message: String) {
        tracing::warn!("{} offset {}: {message}", m.topic(), m.offset());
        let failure = dlq::Failure {
            group: GROUP,
            stage,
            class,
            message,
            attempts: 1,
        };
        let mut record = BaseRecord::to(&self.topics.dlq).headers(dlq::headers(m, &failure));
        if let Some(k) = m.key() {
            record = record.key(k);
        }
        if let Some(v) = m.payload() {
            record = record.payload(v);
        }
        match crate::kafka::queue::send_blocking(&self.producer, record, Some(&self.stop)) {
            Ok(()) => {
                crate::metrics::global().dlq_entries.inc();
                self.stats.dead_letters.fetch_add(1, Relaxed)
            }
            Err(e) => {
                tracing::warn!("cannot write a dead letter: {e}");
                0
            }
        };
    }

    /// A record of robot-emergency-halt: verify, then stop (or resume) every robot in scope and
    /// acknowledge, sending each stopped robot's next report at once.
    pub fn on_halt(&self, m: &BorrowedMessage<'_>) {
        let verified = match self.verifier.verify(m.key(), m.payload(), now_ms()) {
            Ok(v) => v,
            Err(r) => {
                self.stats.halts_rejected.fetch_add(1, Relaxed);
                return self.dead_letter(m, "verify", r.class(), format!("halt ignored: {r}"));
            }
        };
        let halt = match &verified.command.action {
            Action::Halt { .. } => true,
            Action::Resume => false,
            other => {
                let msg = format!("{} is not a halt or resume", other.name());
                return self.dead_letter(m, "verify", "unexpected_action", msg);
            }
        };
        let counter = if halt {
            &self.stats.halts
        } else {
            &self.stats.resumes
        };
        counter.fetch_add(1, Relaxed);
        let target = &verified.command.target;
        tracing::info!("{} for {target}", verified.command.action.name());
        let parent = crate::kafka::trace::extract(m);
        let mut acks = Vec::new();
        let apply = |robots: &mut Vec<Robot>, only: Option<usize>, acks: &mut Vec<Ack>| {
            let slots = match only {
                Some(i) => i..i + 1,
                None => 0..robots.len(),
            };
            for r in &mut robots[slots] {
                if !target.covers(&r.id, &r.zone) || self.fleet.ignore_halts.contains(&r.id) {
                    continue;
                }
                if halt {
                    r.halt();
                } else {
                    r.resume();
                }
                if let Some(ack) = self.acknowledge(r, &verified, halt, parent.as_ref()) {
                    acks.push(ack);
                }
            }
        };
        match target {
            Target::Robot(id) => {
                if let Some(&(s, i)) = self.fleet.index.get(id) {
                    self.fleet
                        .with_shard(s, |robots| apply(robots, Some(i), &mut acks));
                }
            }
            _ => {
                for s in 0..self.fleet.shards.len() {
                    self.fleet
                        .with_shard(s, |robots| apply(robots, None, &mut acks));
                }
            }
        }
        // Handed to the producers together, after every robot in scope has stopped: handed over
        // one at a time, they left as small requests, one partition each, queued behind the
        // five a connection may have in flight (a fleet-wide halt of 10,000 robots: 1,029
        // requests, against 100–150 when they are queued at once; docs/fleet.md, "Halt latency").
        for ack in acks {
            let record = (
                self.topics.completions.as_str(),
                ack.robot.as_str(),
                ack.bytes.as_slice(),
            );
            if send(
                self.acks.for_robot(&ack.robot),
                record,
                ack.headers,
                &self.stop,
            ) {
                self.stats.acks.fetch_add(1, Relaxed);
            }
        }
    }

    /// Sends `r`'s halted (or resumed) report and makes its acknowledgement, both in one span
    /// under the halt's trace (`parent`) when tracing is on.
    fn acknowledge(
        &self,
        r: &mut Robot,
        v: &Verified,
        halt: bool,
        parent: Option<&SpanContext>,
    ) -> Option<Ack> {
        let now = now_ms();
        r.next_seq();
        let span = crate::otel::start("halt.ack", Kind::Producer, parent, || {
            vec![
                attr("robot.id", r.id.clone()),
                attr("halt.id", v.command.command_id.to_string()),
                attr("command.action", v.command.action.name()),
            ]
        });
        // The halted (or resumed) report goes out now, not at the next tick.
        let mut report = Vec::with_capacity(256);
        self.wire.control(r, now, &mut report);
        let headers = crate::kafka::trace::inject(span.as_ref(), None);
        send(
            &self.producer,
            (&self.topics.control, &r.id, &report),
            headers,
            &self.stop,
        );
        let ack = Completion {
            command_id: v.command.command_id,
            robot_id: r.id.clone(),
            status: if halt {
                CompletionStatus::HaltAck
            } else {
                CompletionStatus::ResumeAck
            },
            action: v.command.action.name().to_string(),
            params: serde_json::Value::Null,
            reason: match &v.command.action {
                Action::Halt { reason } => Some(reason.clone()),
                _ => None,
            },
            dry_run: v.command.dry_run,
            issuer: Some(v.command.issuer.to_string()),
            issued_at_ms: v.command.issued_at_ms,
            completed_at_ms: now,
            by: "robot".into(),
        };
        let bytes = serde_json::to_vec(&ack).ok()?;
        Some(Ack {
            robot: r.id.clone(),
            bytes,
            headers: crate::kafka::trace::inject(span.as_ref(), None),
        })
    }

    /// A record of robot-command-completions: robots act on executed, non-dry-run commands.
    pub fn on_completion(&self, m: &BorrowedMessage<'_>) {
        let Some(bytes) = m.payload() else { return };
        let c: Completion = match serde_json::from_slice(bytes) {
            Ok(c) => c,
            Err(e) => {
                return self.dead_letter(m, "decode", "malformed", format!("not a completion: {e}"))
            }
        };
        // Acknowledgements are robots' own records, not commands to react to.
        if matches!(
            c.status,
            CompletionStatus::HaltAck | CompletionStatus::ResumeAck
        ) {
            return;
        }
        let Some(&(s, i)) = self.fleet.index.get(&c.robot_id) else {
            return;
        };
        let act = c.status == CompletionStatus::Executed && !c.dry_run;
        // The end of a command's trace: this robot read its outcome (and acted on it or not).
        let _span = crate::otel::start(
            "command.react",
            Kind::Consumer,
            crate::kafka::trace::extract(m).as_ref(),
            || {
                vec![
                    attr("robot.id", c.robot_id.clone()),
                    attr("command.id", c.command_id.to_string()),
                    attr("command.action", c.action.clone()),
                    attr("command.applied", act),
                ]
            },
        );
        if !act {
            return;
        }
        let order = match c.action.as_str() {
            "MOVE_TO" => match serde_json::from_value::<Position>(c.params.clone()) {
                Ok(p) if p.x.is_finite() && p.y.is_finite() => Order::MoveTo(p),
                _ => {
                    let msg = format!("MOVE_TO {} without numeric x and y in params", c.command_id);
                    return self.dead_letter(m, "decode", "malformed", msg);
                }
            },
            "RETURN_TO_BASE" => Order::ReturnToBase,
            "CHARGE" => Order::Charge,
            "STOP" => Order::Stop,
            // Halts and resumes reach robots only as signed records on robot-emergency-halt.
            _ => return,
        };
        self.fleet.with_shard(s, |robots| robots[i].apply(order));
        self.stats.completions_applied.fetch_add(1, Relaxed);
    }
}
