//! Emergency halt and resume: sign, write to robot-emergency-halt outside any transaction, and
//! wait for every robot in scope to acknowledge on robot-command-completions.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use rdkafka::Message;
use uuid::Uuid;

use crate::catalog::{names, topic};
use crate::error::Result;
use crate::kafka::client;
use crate::kafka::client::KafkaProducer;
use crate::model::command::{Action, Target};
use crate::model::fleet::{Completion, CompletionStatus};
use crate::otel::{attr, Kind};
use crate::settings::KafkaSettings;
use crate::signing::envelope::{Signed, Signer};

/// One robot's answer to a halt or resume.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(tag = "type", rename = "halt_ack")]
pub struct AckRow {
    /// Robot id.
    pub robot_id: String,
    /// Whether it acknowledged within the timeout.
    pub acknowledged: bool,
    /// Time from the halt being written to the acknowledgement arriving, ms.
    pub latency_ms: Option<f64>,
}

/// The outcome of a halt or resume.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(tag = "type", rename = "halt_summary")]
pub struct HaltOutcome {
    /// HALT or RESUME.
    pub action: String,
    /// Scope as typed.
    pub scope: String,
    /// Command ids written.
    pub command_ids: Vec<Uuid>,
    /// Robots in scope.
    pub robots: usize,
    /// Robots that acknowledged.
    pub acknowledged: usize,
    /// Robots that did not.
    pub missing: Vec<String>,
    /// Latency percentiles of the acknowledgements, ms.
    pub p50_ms: Option<f64>,
    /// 99th percentile, ms.
    pub p99_ms: Option<f64>,
    /// Slowest, ms.
    pub max_ms: Option<f64>,
}

/// Signs one halt (or resume) record per target.
pub fn sign(signer: &Signer, targets: &[Target], halt: bool, reason: &str) -> Vec<Signed> {
    targets
        .iter()
        .map(|t| {
            let action = if halt {
                Action::Halt {
                    reason: reason.to_string(),
                }
            } else {
                Action::Resume
            };
            signer.command(t.clone(), None, action, false)
        })
        .collect()
}

/// The producer that writes halts and resumes: idempotent, acks=all, not lingering, and not in a
/// transaction (an open transaction would hide the halt from read_committed readers). Create it
/// early: librdkafka holds an idempotent producer's first record until it has a producer id, and
/// that took about 0.5 s from creation on Apache Kafka 4.1.1 as on nisshi (505–517 ms, against
/// 3–11 ms for a plain producer), so it fetches the id while the caller reads the fleet and asks
/// for confirmation.
pub fn writer(k: &KafkaSettings) -> Result<KafkaProducer> {
    client::producer(k, &[("linger.ms", "0")])
}

/// Writes the signed records with `producer` (from `writer`), then waits until every robot in
/// `expected` acknowledged or the timeout passes. `on_ack` is told of each acknowledgement (for a
/// progress bar).
pub async fn send_and_wait(
    k: &KafkaSettings,
    producer: &KafkaProducer,
    prefix: &str,
    signed: &[Signed],
    expected: &BTreeSet<String>,
    timeout: Duration,
    mut on_ack: impl FnMut(&str),
) -> Result<Vec<AckRow>> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let comp_topic = topic(prefix, names::COMPLETIONS);
    let halt_topic = topic(prefix, names::EMERGENCY_HALT);
    let halt = signed
        .first()
        .is_some_and(|s| matches!(s.command.action, Action::Halt { .. }));
    let want = if halt {
        CompletionStatus::HaltAck
    } else {
        CompletionStatus::ResumeAck
    };

    // Listen from the current end before writing, so no acknowledgement can be missed.
    let reader = client::reader(k)?;
    client::assign_at_end(&reader, &comp_topic, k.timeout, &brokers)?;

    let ids: BTreeSet<Uuid> = signed.iter().map(|s| s.command.command_id).collect();
    // One trace per halt, its span open until the acknowledgements are in: each robot's
    // acknowledgement is a child of it.
    let span = crate::otel::start("halt.issue", Kind::Producer, None, || {
        let mut attrs = signed
            .first()
            .map(|s| crate::roles::consume::command_attrs(&s.command))
            .unwrap_or_default();
        attrs.push(attr(
            "halt.id",
            signed
                .first()
                .map(|s| s.command.command_id.to_string())
                .unwrap_or_default(),
        ));
        attrs.push(attr("halt.records", signed.len() as i64));
        attrs.push(attr("halt.expected_acks", expected.len() as i64));
        attrs
    });
    for s in signed {
        let key = s.command.target.key();
        let headers = crate::kafka::trace::inject(span.as_ref(), None);
        let record = (halt_topic.as_str(), key.as_str(), s.bytes.as_slice());
        crate::kafka::pending::send_one(producer, record, headers).await?;
    }
    let sent = Instant::now();
    let mut acked: BTreeMap<String, f64> = BTreeMap::new();
    while acked.len() < expected.len() && sent.elapsed() < timeout {
        let m = tokio::task::block_in_place(|| reader.poll(Duration::from_millis(20)));
        let Some(Ok(m)) = m else { continue };
        let Some(c) = m
            .payload()
            .and_then(|p| serde_json::from_slice::<Completion>(p).ok())
        else {
            continue;
        };
        if c.status == want
            && ids.contains(&c.command_id)
            && expected.contains(&c.robot_id)
            && !acked.contains_key(&c.robot_id)
        {
            acked.insert(c.robot_id.clone(), sent.elapsed().as_secs_f64() * 1000.0);
            on_ack(&c.robot_id);
        }
    }
    crate::otel::annotate(span.as_ref(), || {
        vec![attr("halt.acks", acked.len() as i64)]
    });
    Ok(expected
        .iter()
        .map(|r| AckRow {
            robot_id: r.clone(),
            acknowledged: acked.contains_key(r),
            latency_ms: acked.get(r).copied(),
        })
        .collect())
}

/// Summarises acknowledgements.
pub fn outcome(action: &str, scope: &str, signed: &[Signed], rows: &[AckRow]) -> HaltOutcome {
    let mut lat: Vec<f64> = rows.iter().filter_map(|r| r.latency_ms).collect();
    lat.sort_by(|a, b| a.total_cmp(b));
    let pct = |q: f64| super::percentile(&lat, q);
    HaltOutcome {
        action: action.to_string(),
        scope: scope.to_string(),
        command_ids: signed.iter().map(|s| s.command.command_id).collect(),
        robots: rows.len(),
        acknowledged: rows.iter().filter(|r| r.acknowledged).count(),
        missing: rows
            .iter()
            .filter(|r| !r.acknowledged)
            .map(|r| r.robot_id.clone())
            .collect(),
        p50_ms: pct(0.5),
        p99_ms: pct(0.99),
        max_ms: lat.last().copied(),
    }
}
