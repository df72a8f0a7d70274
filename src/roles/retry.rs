//! The retry consumer: re-issues failed commands when their backoff is due, without sleeping in
//! the poll loop. Fetched records wait in memory (see `schedule`) and go out when due; a partition
//! is paused (the consumer stays in its group) only while too many of its records wait.

mod republish;
mod schedule;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::message::OwnedMessage;
use rdkafka::producer::Producer;
use rdkafka::{Message, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use self::republish::{advanced, republish};
use super::executor::renewal::Renewal;
use super::executor::writer::{EosChoice, Mode, WriteError};
use super::retry_headers;
use crate::catalog::{names, topic};
use crate::error::{Error, Result};
use crate::kafka::client::KafkaProducer;
use crate::kafka::group::{self, GroupContext, Member};
use crate::model::now_ms;
use crate::settings::KafkaSettings;

/// Most records taken from the consumer in one turn of the loop.
const MAX_INTAKE: usize = 5000;

/// A partition with this many records waiting is paused until half of them went out, which
/// bounds memory however large the backlog on the retry topic.
const MAX_HELD_PER_PARTITION: usize = 20_000;

/// Default consumer group (after the topic prefix).
pub const GROUP: &str = "robot-command-retry";

/// Options of the retry consumer.
#[derive(Debug, Clone)]
pub struct Options {
    /// Topic prefix.
    pub prefix: String,
    /// Consumer group.
    pub group: String,
    /// Static identity in the group, if any.
    pub instance: Option<String>,
    /// Exactly-once mode.
    pub eos: EosChoice,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// Stop once nothing has been pending for this long (after the first record).
    pub exit_when_idle: Option<Duration>,
}

/// What a retry run did.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(tag = "type", rename = "retry_summary")]
pub struct Summary {
    /// Mode it ran in.
    pub mode: Mode,
    /// Commands re-published to robot-commands.
    pub republished: u64,
    /// Records without a usable due time, re-published at once.
    pub undated: u64,
    /// Delay from due time to re-publication, 50th percentile, ms.
    pub delay_p50_ms: Option<i64>,
    /// 99th percentile, ms.
    pub delay_p99_ms: Option<i64>,
    /// Largest, ms.
    pub delay_max_ms: Option<i64>,
}

fn due_ms(m: &OwnedMessage) -> Option<i64> {
    retry_headers::get(m, retry_headers::h::DUE).and_then(|v| v.parse().ok())
}

/// The retry consumer's clients and the topics it moves records between.
struct Running {
    /// Full name of the retry topic, read.
    retry_topic: String,
    /// Full name of robot-commands, written.
    cmd_topic: String,
    /// Producer of the re-published commands.
    producer: KafkaProducer,
    /// How to make it again after it failed for good.
    renewal: Renewal,
    /// Transactions, or acknowledged waves where the broker has none.
    mode: Mode,
    /// Consumer of the retry topic.
    consumer: StreamConsumer<GroupContext>,
    /// Its group and identity (for the error that fences it).
    group: (String, Option<String>),
}

impl Running {
    /// This consumer in its group.
    fn member(&self) -> Member<'_> {
        Member {
            group: &self.group.0,
            instance: self.group.1.as_deref(),
        }
    }
}

/// What the loop keeps from one turn to the next.
struct Held {
    /// Fetched records waiting for their due time.
    waiting: schedule::Schedule<OwnedMessage>,
    /// Whether each partition is paused.
    paused: BTreeMap<i32, bool>,
    /// Offset last committed per partition.
    committed: BTreeMap<i32, i64>,
    /// Rebalance count as of the last pruning of the maps above.
    rebalances_seen: u64,
    /// Delays from due time to re-publication, ms.
    delays: Vec<i64>,
    /// When a record was last fetched or re-published.
    last_activity: Option<Instant>,
    /// Counters so far (percentiles filled in at the end).
    summary: Summary,
}

/// Creates the producer (in the mode the broker allows) and the subscribed consumer.
fn start(k: &KafkaSettings, o: &Options) -> Result<Running> {
    let retry_topic = topic(&o.prefix, names::COMMANDS_RETRY);
    let cmd_topic = topic(&o.prefix, names::COMMANDS);
    let renewal = Renewal::new(&format!("fleetctl-retry-{}", o.prefix), o.eos);
    let (producer, mode) = renewal.first(k)?;
    tracing::info!(
        mode = mode.as_str(),
        "retry consumer running in {} mode",
        mode.as_str()
    );
    let member = Member {
        group: &o.group,
        instance: o.instance.as_deref(),
    };
    let consumer = group::consumer(k, member, group::RESTARTABLE_GROUP)?;
    consumer
        .subscribe(&[&retry_topic])
        .map_err(anyhow::Error::from)?;
    Ok(Running {
        retry_topic,
        cmd_topic,
        producer,
        renewal,
        mode,
        consumer,
        group: (o.group.clone(), o.instance.clone()),
    })
}

/// Runs until cancelled, `duration` passes or it has been idle for `exit_when_idle`.
pub async fn run(k: &KafkaSettings, o: Options, token: CancellationToken) -> Result<Summary> {
    let mut r = start(k, &o)?;
    let mut h = Held {
        waiting: schedule::Schedule::default(),
        paused: BTreeMap::new(),
        committed: BTreeMap::new(),
        rebalances_seen: 0,
        delays: Vec::new(),
        last_activity: None,
        summary: Summary {
            mode: r.mode,
            republished: 0,
            undated: 0,
            delay_p50_ms: None,
            delay_p99_ms: None,
            delay_max_ms: None,
        },
    };
    let started = Instant::now();
    loop {
        if token.is_cancelled() || o.duration.is_some_and(|d| started.elapsed() >= d) {
            break;
        }
        h.forget_revoked(&r);
        h.republish_due(&mut r, k).await?;
        h.resume_drained(&r)?;
        if h.waiting.is_empty() {
            if let (Some(idle), Some(last)) = (o.exit_when_idle, h.last_activity) {
                if last.elapsed() >= idle {
                    break;
                }
            }
        }
        let wait = h
            .waiting
            .next_due()
            .map(|d| (d.saturating_sub(now_ms())).clamp(0, 100) as u64)
            .unwrap_or(100);
        tokio::select! {
            _ = token.cancelled() => break,
            _ = tokio::time::sleep(Duration::from_millis(wait)) => {}
            received = r.consumer.recv() => match received {
                Ok(m) => h.take_fetched(&r, m.detach()).await?,
                Err(e) => group::received(e, r.member(), &r.retry_topic)?,
            },
        }
    }
    let _ = r.producer.flush(Duration::from_secs(10));
    Ok(h.finish())
}

impl Held {
    /// After a rebalance, forgets what is held for partitions no longer assigned.
    fn forget_revoked(&mut self, r: &Running) {
        let count = r.consumer.context().rebalances();
        if count == self.rebalances_seen {
            return;
        }
        self.rebalances_seen = count;
        let mine: std::collections::BTreeSet<i32> = r
            .consumer
            .assignment()
            .map(|tpl| tpl.elements().iter().map(|e| e.partition()).collect())
            .unwrap_or_default();
        self.waiting.retain_partitions(|p| mine.contains(&p));
        self.paused.retain(|p, _| mine.contains(p));
        self.committed.retain(|p, _| mine.contains(p));
    }

    /// Re-publishes every record that is due, in one batch (one transaction, or one
    /// acknowledged wave and one offset commit), and counts them.
    async fn republish_due(&mut self, r: &mut Running, k: &KafkaSettings) -> Result<()> {
        let due_now = self.waiting.take_due(now_ms());
        if due_now.is_empty() {
            return Ok(());
        }
        let started_at = now_ms();
        let offsets = advanced(
            &r.retry_topic,
            &self.waiting.positions(),
            &mut self.committed,
        )?;
        loop {
            let (p, c) = (&r.producer, &r.consumer);
            let written = republish(p, c, r.mode, &r.cmd_topic, &due_now, &offsets, k.timeout);
            match written.await {
                Ok(()) => break,
                // Nothing of the batch was committed: a new producer writes it again.
                Err(e @ (WriteError::Fatal(_) | WriteError::Fenced(_)))
                    if r.renewal.replace(k, (&mut r.producer, &mut r.mode), &e)? =>
                {
                    tracing::warn!("the producer failed ({e}); replaced by a new one");
                }
                Err(WriteError::Fenced(e)) => {
                    return Err(Error::Conflict(format!(
                        "retry consumer stopped: another retry consumer of this prefix took over \
                         its transactional id ({e})"
                    )))
                }
                Err(e) => return Err(Error::Other(anyhow::anyhow!("retry consumer stopped: {e}"))),
            }
        }
        let done = now_ms();
        // The write of a due batch; the backoff it waited for is not processing.
        let took = (done - started_at).max(0) as f64 / 1000.0;
        crate::metrics::global().roles.processed("retry", took);
        tracing::debug!(
            records = due_now.len(),
            late_at_start_ms = started_at
                - due_now
                    .iter()
                    .filter_map(due_ms)
                    .min()
                    .unwrap_or(started_at),
            write_ms = done - started_at,
            "re-published a due batch"
        );
        for m in &due_now {
            match due_ms(m) {
                Some(d) => self.delays.push(done - d),
                None => self.summary.undated += 1,
            }
            count_retry(m);
        }
        self.summary.republished += due_now.len() as u64;
        self.last_activity = Some(Instant::now());
        Ok(())
    }

    /// Resumes every paused partition whose backlog went down to half the limit.
    fn resume_drained(&mut self, r: &Running) -> Result<()> {
        for (p, is_paused) in self.paused.iter_mut() {
            if *is_paused && self.waiting.held_in(*p) <= MAX_HELD_PER_PARTITION / 2 {
                set_paused(&r.consumer, &r.retry_topic, *p, false)?;
                *is_paused = false;
            }
        }
        Ok(())
    }

    /// Schedules `first` and every record already fetched after it, pausing a partition that
    /// holds too many.
    async fn take_fetched(&mut self, r: &Running, first: OwnedMessage) -> Result<()> {
        // Take everything already fetched, not one record per turn of the loop, so
        // intake keeps up however long a re-publication takes.
        let mut fetched = vec![first];
        while fetched.len() < MAX_INTAKE {
            match tokio::time::timeout(Duration::from_millis(1), r.consumer.recv()).await {
                Ok(Ok(m)) => fetched.push(m.detach()),
                Ok(Err(e)) => group::received(e, r.member(), &r.retry_topic)?,
                Err(_) => break,
            }
        }
        self.last_activity = Some(Instant::now());
        for m in fetched {
            let p = m.partition();
            // A record without a usable due time goes out at once.
            let due = due_ms(&m).unwrap_or(i64::MIN);
            let key = m.key().unwrap_or_default().to_vec();
            if !self.waiting.insert(p, m.offset(), &key, due, m) {
                continue;
            }
            let is_paused = self.paused.entry(p).or_insert(false);
            if !*is_paused && self.waiting.held_in(p) >= MAX_HELD_PER_PARTITION {
                set_paused(&r.consumer, &r.retry_topic, p, true)?;
                *is_paused = true;
            }
        }
        Ok(())
    }

    /// The summary, with the delay percentiles.
    fn finish(mut self) -> Summary {
        self.delays.sort_unstable();
        let pct = |q: f64| super::percentile(&self.delays, q);
        self.summary.delay_p50_ms = pct(0.5);
        self.summary.delay_p99_ms = pct(0.99);
        self.summary.delay_max_ms = self.delays.last().copied();
        self.summary
    }
}

/// A retry is rare next to telemetry, so its label is looked up per record.
fn count_retry(m: &OwnedMessage) {
    let metrics = crate::metrics::global();
    metrics.retries.inc();
    let action = m
        .payload()
        .and_then(crate::signing::envelope::decode_unverified)
        .map_or("UNKNOWN", |c| c.action.name());
    metrics.issued("retry", action);
}

fn set_paused(c: &StreamConsumer<GroupContext>, topic: &str, p: i32, pause: bool) -> Result<()> {
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition(topic, p);
    let r = if pause { c.pause(&tpl) } else { c.resume(&tpl) };
    r.map_err(|e| {
        Error::Other(anyhow::anyhow!(
            "cannot {} partition {p}: {e}",
            if pause { "pause" } else { "resume" }
        ))
    })
}
