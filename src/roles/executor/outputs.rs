//! Turning a gathered batch into the records to write: state, completions, idempotency records,
//! retries and dead letters, and the command offsets to commit with them.

use std::collections::BTreeMap;

use rdkafka::message::OwnedMessage;
use rdkafka::Message;

use super::core::{Core, Decision, Record};
use super::intake::Gathered;
use super::writer::{Batch, Out};
use crate::catalog::{names, topic};
use crate::kafka::dlq;
use crate::model::fleet::{CompletionStatus, RobotState};
use crate::otel::{attr, Kind};
use crate::roles::retry_headers;
use crate::signing::envelope::Verifier;

/// Decides every halt and command of a batch on `core` (halts first, checked with the `relaxed`
/// verifier) and returns the records to write with the next offset to commit per partition.
pub(super) fn build(
    core: &mut Core,
    relaxed: &Verifier,
    gathered: Gathered,
    topics: &Topics,
    group: &str,
) -> (Batch, BTreeMap<i32, i64>) {
    let Gathered {
        msgs,
        halts,
        verified,
        now,
        ..
    } = gathered;
    let mut b = Building {
        batch: Batch::default(),
        states: Default::default(),
        topics,
        group,
        span: None,
    };
    for m in &halts {
        let parent = crate::kafka::trace::extract(m);
        let _span = crate::otel::start("halt.apply", Kind::Consumer, parent.as_ref(), Vec::new);
        b.halt(core, relaxed, m, now);
    }
    let mut offsets: BTreeMap<i32, i64> = Default::default();
    let mut verified = verified.into_iter();
    for m in &msgs {
        offsets.insert(m.partition(), m.offset() + 1);
        let attempt = retry_headers::attempt(m);
        let (pre, verify_span) = verified.next().unzip();
        let verify_span = verify_span.flatten();
        let rec = Record {
            partition: m.partition(),
            offset: m.offset(),
            key: m.key(),
            value: m.payload(),
            attempt,
        };
        // Under the command's verification, which was under the record's context.
        let parent = verify_span.or_else(|| crate::kafka::trace::extract(m));
        let span = crate::otel::start("command.execute", Kind::Consumer, parent.as_ref(), || {
            let robot = String::from_utf8_lossy(m.key().unwrap_or_default()).into_owned();
            vec![
                attr("robot.id", robot),
                attr("command.attempt", attempt as i64),
            ]
        });
        let decision = core.process(rec, now, pre);
        crate::otel::annotate(span.as_ref(), || outcome_attrs(&decision));
        b.span = span;
        b.command(&decision, m, (attempt, core.max_retries), now);
    }
    (b.finish(), offsets)
}

/// A batch's records as its decisions are made.
struct Building<'a> {
    /// The records so far; the states go in last, one per robot.
    batch: Batch,
    /// Latest state per robot decided in the batch.
    states: BTreeMap<String, RobotState>,
    /// Topics written to.
    topics: &'a Topics,
    /// Consumer group, named in retries and dead letters.
    group: &'a str,
    /// The span of the command being decided: its outputs carry it, so the completion, a
    /// retry or a dead letter stays in the command's trace.
    span: Option<crate::otel::SpanContext>,
}

impl Building<'_> {
    /// Applies one halt on `core` (its robots' new states kept), or dead-letters it if it does
    /// not verify.
    fn halt(&mut self, core: &mut Core, relaxed: &Verifier, m: &OwnedMessage, now: i64) {
        match relaxed.verify(m.key(), m.payload(), now) {
            Ok(v) => {
                for s in core.apply_halt(&v.command, now) {
                    self.states.insert(s.robot_id.clone(), s);
                }
            }
            Err(r) => self.batch.rest.push(dead_letter(
                &self.topics.dlq,
                self.group,
                "halt",
                m,
                r.class(),
                &r.to_string(),
                1,
            )),
        }
    }

    /// Adds the records of one command's decision: state, completion, idempotency record and a
    /// retry (or dead letter) for a failed attempt; or the dead letter of an invalid command.
    fn command(
        &mut self,
        decision: &Decision,
        m: &OwnedMessage,
        (attempt, max_retries): (u32, u32),
        now: i64,
    ) {
        match decision {
            Decision::AlreadyDone => {}
            Decision::Done(e) | Decision::Reemit(e) => {
                if matches!(decision, Decision::Done(_)) {
                    self.states
                        .insert(e.state.robot_id.clone(), e.state.clone());
                }
                let robot = e.completion.robot_id.clone();
                self.batch.completions.push(Out {
                    topic: self.topics.completions.clone(),
                    key: robot.clone(),
                    value: Some(json(&e.completion)),
                    headers: crate::kafka::trace::inject(self.span.as_ref(), None),
                });
                if let Some(i) = &e.idempotency {
                    self.batch.rest.push(Out {
                        topic: self.topics.idempotency.clone(),
                        key: i.command_id.to_string(),
                        value: Some(json(i)),
                        headers: None,
                    });
                }
                if e.completion.status == CompletionStatus::Failed {
                    let error = e.completion.reason.clone().unwrap_or_default();
                    let mut retry = retry_or_dead_letter(
                        self.topics,
                        self.group,
                        m,
                        (attempt, max_retries),
                        &error,
                        now,
                    );
                    retry.headers = crate::kafka::trace::inject(self.span.as_ref(), retry.headers);
                    self.batch.completions.push(retry);
                }
            }
            Decision::DeadLetter(d) => {
                tracing::info!(
                    class = d.class,
                    "dead-lettered {}/{}: {}",
                    m.partition(),
                    m.offset(),
                    d.message
                );
                let mut dead = dead_letter(
                    &self.topics.dlq,
                    self.group,
                    "verify",
                    m,
                    &d.class,
                    &d.message,
                    attempt,
                );
                dead.headers = crate::kafka::trace::inject(self.span.as_ref(), dead.headers);
                self.batch.rest.push(dead);
            }
        }
    }

    /// The batch, with one state record per robot.
    fn finish(self) -> Batch {
        let mut batch = self.batch;
        batch.states = self
            .states
            .into_values()
            .map(|s| Out {
                topic: self.topics.state.clone(),
                key: s.robot_id.clone(),
                value: Some(json(&s)),
                headers: None,
            })
            .collect();
        batch
    }
}

/// What became of a command, on its span.
fn outcome_attrs(d: &Decision) -> crate::otel::Attrs {
    let (outcome, effects) = match d {
        Decision::AlreadyDone => ("already_done", None),
        Decision::Reemit(e) => ("reemitted", Some(e)),
        Decision::Done(e) => ("decided", Some(e)),
        Decision::DeadLetter(_) => ("dead_letter", None),
    };
    let mut attrs = vec![attr("command.outcome", outcome)];
    if let Some(e) = effects {
        let status = serde_json::to_value(e.completion.status).unwrap_or_default();
        attrs.push(attr("command.id", e.completion.command_id.to_string()));
        attrs.push(attr("command.action", e.completion.action.clone()));
        attrs.push(attr(
            "command.status",
            status.as_str().unwrap_or("").to_string(),
        ));
    }
    if let Decision::DeadLetter(dl) = d {
        attrs.push(attr("error.type", dl.class.clone()));
    }
    attrs
}

fn json<T: serde::Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

/// Full names of the topics the executor writes.
pub(super) struct Topics {
    completions: String,
    idempotency: String,
    state: String,
    pub(super) dlq: String,
    retry: String,
}

impl Topics {
    pub(super) fn new(prefix: &str) -> Self {
        Topics {
            completions: topic(prefix, names::COMPLETIONS),
            idempotency: topic(prefix, names::IDEMPOTENCY),
            state: topic(prefix, names::STATE),
            dlq: topic(prefix, names::DLQ),
            retry: topic(prefix, names::COMMANDS_RETRY),
        }
    }
}

fn dead_letter(
    dlq_topic: &str,
    group: &str,
    stage: &str,
    m: &OwnedMessage,
    class: &str,
    message: &str,
    attempts: u32,
) -> Out {
    let f = dlq::Failure {
        group,
        stage,
        class,
        message: message.to_string(),
        attempts,
    };
    Out::carrying(m, dlq_topic, dlq::headers(m, &f))
}

/// A failed attempt goes to the retry topic with its due time, or after the last retry to the DLQ.
fn retry_or_dead_letter(
    t: &Topics,
    group: &str,
    m: &OwnedMessage,
    (attempt, max_retries): (u32, u32),
    error: &str,
    now: i64,
) -> Out {
    if attempt > max_retries {
        let msg = format!("gave up after {attempt} attempts: {error}");
        return dead_letter(
            &t.dlq,
            group,
            "execute",
            m,
            "retries_exhausted",
            &msg,
            attempt,
        );
    }
    Out::carrying(
        m,
        &t.retry,
        retry_headers::for_retry(m, attempt, error, now),
    )
}
