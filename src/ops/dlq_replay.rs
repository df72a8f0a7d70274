//! `dlq replay`: re-publishes dead letters in order, resumably, with a loop guard.
//!
//! Progress is the commit of a consumer group (read by assignment, so no rebalance): an offset is
//! committed once its entry was acknowledged by the broker, or deliberately passed over (not
//! selected by the filters, stopped by the loop guard, or unroutable: no original topic and no
//! `--to`, reported and skipped so that it never blocks the entries behind it). An expired
//! command without `--resign` holds its partition: nothing after it there is replayed or
//! committed, so a re-run with `--resign` continues there.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use futures::stream::{FuturesOrdered, StreamExt};
use futures::FutureExt;
use rdkafka::consumer::{CommitMode, Consumer};
use rdkafka::producer::FutureRecord;
use rdkafka::{Offset, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use super::dlq::{histogram, Cursor, Entry, Ranges};
pub use super::dlq_replay_entry::{decide, headers, payload, Decision, Options, Row, Summary};
use crate::error::Result;
use crate::kafka::client::{KafkaProducer, KafkaReader};
use crate::settings::KafkaSettings;

/// Sends in flight at once; acknowledgements still commit in offset order.
const WINDOW: usize = 256;

/// A replay opened on the group's committed offsets; `backlog` is known before anything is sent.
pub struct Replay {
    /// Consumer of the replay group (assignment only; it commits the progress).
    consumer: KafkaReader,
    /// Start (the group's offset) and end (log end at open) of each partition.
    ranges: Ranges,
    /// Entries left for this group.
    pub backlog: u64,
}

/// Opens the DLQ at the group's committed offsets (or its start) up to the current log ends.
pub fn open(k: &KafkaSettings, o: &Options) -> Result<Replay> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let consumer = super::group_reader(k, &o.group)?;
    let marks = super::dlq::watermarks(&consumer, &o.dlq_topic, k.timeout, &brokers)?;
    let mut tpl = TopicPartitionList::new();
    for p in marks.keys() {
        tpl.add_partition(&o.dlq_topic, *p);
    }
    let committed = crate::kafka::client::while_transient(k.timeout, |left| {
        consumer.committed_offsets(tpl.clone(), left)
    })
    .map_err(|e| crate::kafka::unreachable(&brokers, e))?;
    let mut ranges = Ranges::new();
    let mut backlog = 0u64;
    for (p, (lo, hi)) in marks {
        let start = match committed
            .find_partition(&o.dlq_topic, p)
            .map(|e| e.offset())
        {
            Some(Offset::Offset(c)) => c.max(lo),
            _ => lo,
        };
        backlog += u64::try_from(hi - start).unwrap_or(0);
        ranges.insert(p, (start, hi));
    }
    Ok(Replay {
        consumer,
        ranges,
        backlog,
    })
}

/// One slot of the ordered pipeline: a send to await, or an entry passed over.
type Pending = std::pin::Pin<Box<dyn std::future::Future<Output = (i32, i64, Option<Row>)> + Send>>;

/// The state of one replay, carried from entry to entry.
struct Pass {
    /// When the replay started: paces `--rate` and gives the elapsed time.
    started: Instant,
    /// The summary being filled in.
    s: Summary,
    /// Commit bookkeeping.
    stop: Stop,
    /// Error class of every selected entry, for the histogram.
    classes: Vec<String>,
    /// Slots in offset order: sends to await and entries passed over.
    inflight: FuturesOrdered<Pending>,
    /// Records handed to the producer so far (paces `--rate`).
    sent: u64,
}

/// Where a selected entry is replayed to.
struct Route {
    /// The entry's report row, destination filled in.
    row: Row,
    /// Destination topic.
    topic: String,
    /// Whether the command is re-signed.
    resign: bool,
}

impl Replay {
    /// Replays, calling `tick` once per examined entry (for a progress bar).
    pub async fn run(
        self,
        k: &KafkaSettings,
        o: &Options,
        token: &CancellationToken,
        mut tick: impl FnMut(),
    ) -> Result<Summary> {
        let mut pass = Pass {
            started: Instant::now(),
            s: Summary {
                group: o.group.clone(),
                dry_run: o.dry_run,
                backlog: self.backlog,
                ..Summary::default()
            },
            stop: Stop::default(),
            classes: Vec::new(),
            inflight: FuturesOrdered::new(),
            sent: 0,
        };
        let producer: Option<KafkaProducer> = if o.dry_run {
            None
        } else {
            Some(crate::kafka::client::producer(k, &[])?)
        };
        let mut cursor = Cursor::open(&self.consumer, &o.dlq_topic, &self.ranges)?;
        loop {
            if token.is_cancelled() {
                pass.s.interrupted = true;
                break;
            }
            if o.filter.max.is_some_and(|m| pass.s.selected as usize >= m) {
                break;
            }
            self.make_room(o, &mut pass).await;
            let Some(e) = cursor.next_entry()? else { break };
            tick();
            pass.s.examined += 1;
            if o.filter.after_until(&e) {
                // Entries are in time order per partition: the rest are later still.
                cursor.close_partition(e.partition);
                continue;
            }
            if !o.filter.matches(&e) {
                pass.inflight.push_back(Box::pin(std::future::ready((
                    e.partition,
                    e.offset,
                    None,
                ))));
                continue;
            }
            pass.s.selected += 1;
            let now = crate::model::now_ms();
            let Some(route) = pass.route(&e, o, now, &mut cursor) else {
                continue;
            };
            match &producer {
                None => pass.would_replay(route),
                Some(producer) => pass.send(producer, e, route, o, now).await,
            }
        }
        self.finish(o, pass).await
    }

    /// Waits for the oldest slot while the window is full, then settles whatever else is done.
    async fn make_room(&self, o: &Options, pass: &mut Pass) {
        if pass.inflight.len() >= WINDOW {
            if let Some(done) = pass.inflight.next().await {
                self.settle(done, &mut pass.s, &mut pass.stop);
            }
        }
        self.drain_ready(o, &mut pass.inflight, &mut pass.s, &mut pass.stop);
    }

    /// Settles every slot left, commits the final progress synchronously and completes the
    /// summary.
    async fn finish(&self, o: &Options, mut pass: Pass) -> Result<Summary> {
        while let Some(done) = pass.inflight.next().await {
            self.settle(done, &mut pass.s, &mut pass.stop);
            self.drain_ready(o, &mut pass.inflight, &mut pass.s, &mut pass.stop);
        }
        if !pass.stop.last.is_empty() {
            // The per-entry commits were asynchronous; this one returns only once all are stored.
            let mut tpl = TopicPartitionList::new();
            for (p, next) in &pass.stop.last {
                tpl.add_partition_offset(&o.dlq_topic, *p, Offset::Offset(*next))
                    .map_err(anyhow::Error::from)?;
            }
            self.consumer
                .commit(&tpl, CommitMode::Sync)
                .map_err(|e| anyhow::anyhow!("committing replay progress of {}: {e}", o.group))?;
        }
        let mut s = pass.s;
        s.histogram = histogram(pass.classes);
        s.elapsed_s = pass.started.elapsed().as_secs_f64();
        if s.elapsed_s > 0.0 {
            s.rate_per_s = s.replayed as f64 / s.elapsed_s;
        }
        Ok(s)
    }

    /// Settles every slot already finished, then commits past them in one asynchronous request:
    /// each acknowledgement is committed as soon as the run sees it, without a round trip each.
    fn drain_ready(
        &self,
        o: &Options,
        inflight: &mut FuturesOrdered<Pending>,
        s: &mut Summary,
        stop: &mut Stop,
    ) {
        while let Some(Some(done)) = inflight.next().now_or_never() {
            self.settle(done, s, stop);
        }
        if o.dry_run || stop.pending.is_empty() {
            stop.pending.clear();
            return;
        }
        let mut tpl = TopicPartitionList::new();
        for (p, next) in std::mem::take(&mut stop.pending) {
            if tpl
                .add_partition_offset(&o.dlq_topic, p, Offset::Offset(next))
                .is_ok()
            {
                stop.last.insert(p, next);
            }
        }
        if let Err(e) = self.consumer.commit(&tpl, CommitMode::Async) {
            tracing::warn!("committing replay progress: {e}");
        }
    }

    /// Accounts for a finished slot and marks its offset for commit (never past a failure).
    fn settle(&self, done: (i32, i64, Option<Row>), s: &mut Summary, stop: &mut Stop) {
        let (partition, offset, row) = done;
        if let Some(row) = row {
            match row.outcome.as_str() {
                "replayed" => {
                    s.replayed += 1;
                    s.resigned += u64::from(row.resign);
                }
                "failed" => {
                    s.failed += 1;
                    // A failed send stays before the commit point so that a re-run retries it.
                    stop.failed.insert(partition);
                    s.entries.push(row);
                }
                _ => s.entries.push(row),
            }
        }
        if !stop.failed.contains(&partition) {
            stop.pending.insert(partition, offset + 1);
        }
    }
}

/// Commit bookkeeping of one run.
#[derive(Default)]
struct Stop {
    /// Partitions where a send failed: nothing more is committed there.
    failed: BTreeSet<i32>,
    /// Next offset to commit per partition, settled since the last commit request.
    pending: BTreeMap<i32, i64>,
    /// Next offset committed per partition.
    last: BTreeMap<i32, i64>,
}

impl Pass {
    /// Decides where a selected entry goes and counts it; `None` when it is passed over (loop
    /// guard, no topic: its slot is queued) or holds its partition (expired without `--resign`).
    fn route(
        &mut self,
        e: &Entry,
        o: &Options,
        now: i64,
        cursor: &mut Cursor<'_>,
    ) -> Option<Route> {
        let decision = decide(e, o, now);
        let mut row = Row {
            partition: e.partition,
            offset: e.offset,
            key: e.key_text(),
            command_id: e.command().map(|c| c.command_id),
            error_class: e.error_class(),
            replays: e.replays(),
            outcome: decision.outcome().into(),
            to: None,
            resign: false,
        };
        self.classes.push(row.error_class.clone());
        let (topic, resign) = match decision {
            Decision::Replay { topic, resign } => (topic, resign),
            Decision::LoopGuard | Decision::NoTopic => {
                if decision == Decision::LoopGuard {
                    self.s.skipped_loop_guard += 1;
                } else {
                    self.s.skipped_no_topic += 1;
                }
                self.inflight.push_back(Box::pin(std::future::ready((
                    e.partition,
                    e.offset,
                    Some(row),
                ))));
                return None;
            }
            Decision::Expired => {
                self.s.skipped_expired += 1;
                cursor.close_partition(e.partition);
                self.s.entries.push(row);
                return None;
            }
        };
        row.to = Some(topic.clone());
        row.resign = resign;
        *self.s.routes.entry(topic.clone()).or_default() += 1;
        Some(Route { row, topic, resign })
    }

    /// A dry run: counts the entry as replayed without sending anything.
    fn would_replay(&mut self, route: Route) {
        let Route {
            mut row, resign, ..
        } = route;
        row.outcome = "would_replay".into();
        self.s.replayed += 1;
        self.s.resigned += u64::from(resign);
        self.s.entries.push(row);
    }

    /// Paces to `--rate`, enqueues the entry on `producer` and queues the wait for its
    /// acknowledgement as the entry's slot.
    async fn send(
        &mut self,
        producer: &KafkaProducer,
        e: Entry,
        route: Route,
        o: &Options,
        now: i64,
    ) {
        let Route {
            mut row,
            topic,
            resign,
        } = route;
        if let Some(rate) = o.rate {
            let due = self.started + Duration::from_secs_f64(self.sent as f64 / rate);
            tokio::time::sleep_until(due.into()).await;
        }
        self.sent += 1;
        let bytes = payload(&e, resign, o.resign.as_ref(), now);
        let hs = headers(&e);
        // Enqueued here, one after the other, so that a partition's entries keep their order;
        // only the acknowledgements are awaited together.
        let mut rec: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(&topic).headers(hs);
        if let Some(key) = e.key.as_deref() {
            rec = rec.key(key);
        }
        if let Some(v) = bytes.as_deref() {
            rec = rec.payload(v);
        }
        let report = crate::kafka::queue::enqueue(producer, rec).await;
        self.inflight.push_back(Box::pin(async move {
            let ok = match report {
                Ok(f) => match f.await {
                    Ok(Ok(_)) => Ok(()),
                    Ok(Err((err, _))) => Err(err.to_string()),
                    Err(_) => Err("the delivery report was lost".to_string()),
                },
                Err(err) => Err(err.to_string()),
            };
            if let Err(err) = &ok {
                tracing::warn!(
                    "replaying DLQ {}/{} to {topic}: {err}",
                    e.partition,
                    e.offset
                );
                row.outcome = "failed".into();
            }
            (e.partition, e.offset, Some(row))
        }));
    }
}
