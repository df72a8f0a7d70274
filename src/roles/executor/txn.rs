//! A batch written in one Kafka transaction, each transactional call bounded in time even when
//! librdkafka overruns the timeout it was given.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::consumer::ConsumerGroupMetadata;
use rdkafka::error::KafkaError;
use rdkafka::producer::Producer;
use rdkafka::TopicPartitionList;

use super::writer::{send_all, Batch, How, Out, WriteError, TRANSACTION_TIMEOUT};
use crate::kafka::client::KafkaProducer;

/// Sorts a failed write as librdkafka's documentation asks.
fn classify(e: KafkaError) -> WriteError {
    use rdkafka::types::RDKafkaErrorCode as C;
    // Only a fencing is a takeover. An old epoch alone (InvalidProducerEpoch) also follows a
    // transaction the coordinator aborted on its own (its timeout ran out while a broker was
    // frozen, tests/faults.rs): librdkafka calls that abortable, and the next batch goes on.
    let fenced = [C::Fenced, C::ProducerFenced];
    if e.rdkafka_error_code().is_some_and(|c| fenced.contains(&c)) {
        return WriteError::Fenced(e.to_string());
    }
    if let KafkaError::Transaction(t) = &e {
        if t.is_fatal() {
            return WriteError::Fatal(e.to_string());
        }
        if t.txn_requires_abort() {
            return WriteError::Abortable(e.to_string());
        }
    }
    WriteError::Abortable(e.to_string())
}

/// Longest wait for delivery reports before a commit.
const SETTLE_MAX: Duration = Duration::from_millis(50);

/// Waits (at most [`SETTLE_MAX`]) until librdkafka counts nothing in flight. Every record is
/// acknowledged by now, but its delivery report may still be held by the producer's poll thread
/// for a moment; rdkafka 0.39's `commit_transaction` flushes first, and its flush then polls in
/// 100 ms slices that run to their end, so committing a moment too early costs 100 ms
/// (measured: docs/commands.md, "The 100 ms commit stall").
fn settle(p: &KafkaProducer) {
    let started = Instant::now();
    while p.in_flight_count() > 0 && started.elapsed() < SETTLE_MAX {
        std::thread::sleep(Duration::from_micros(100));
    }
}

/// Longest time a transactional call is retried: each try may itself block for the
/// transaction timeout, and an executor stuck retrying against a moving coordinator did no work
/// and ignored SIGTERM for 78 s (tests/faults.rs).
const RETRY_FOR: Duration = Duration::from_secs(20);

/// Runs `call` on a thread of its own and waits at most `limit` for it. None: it did not return
/// in time (it goes on, abandoned, holding its own handle on the producer).
///
/// librdkafka's `send_offsets_to_transaction` has been seen blocking for over 48 s despite its
/// 30 s timeout when the group coordinator's broker went down during the call (fault runs 14 and
/// 18, docs/kafka.md); the executor then did no work and ignored SIGTERM. A call given up on
/// makes the write fatal, the role replaces its producer (`renewal`), and the new producer's
/// `init_transactions` fences the old one, aborting whatever it left open.
fn bounded<T: Send + 'static>(
    p: &KafkaProducer,
    limit: Duration,
    call: impl FnOnce(&KafkaProducer) -> T + Send + 'static,
) -> Result<Option<T>, WriteError> {
    let p = p.clone();
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    std::thread::Builder::new()
        .name("fleetctl-txn".into())
        .spawn(move || {
            let _ = tx.send(call(&p));
        })
        .map_err(|e| WriteError::Fatal(format!("could not start a transactional call: {e}")))?;
    Ok(rx.recv_timeout(limit).ok())
}

/// Runs transactional call `what`, each try given up after the
/// transaction timeout (by then the coordinator has aborted the transaction itself, so waiting
/// longer cannot save the batch), retrying it while librdkafka says the error is retriable, for
/// at most [`RETRY_FOR`] (the batch is then aborted and read again).
fn retrying<T: Send + 'static>(
    what: &str,
    p: &KafkaProducer,
    call: impl Fn(&KafkaProducer) -> Result<T, KafkaError> + Send + Sync + 'static,
) -> Result<T, WriteError> {
    let call = Arc::new(call);
    let started = Instant::now();
    let mut attempt = 0u32;
    loop {
        let once = Arc::clone(&call);
        let Some(result) = bounded(p, TRANSACTION_TIMEOUT, move |p| once(p))? else {
            return Err(WriteError::Fatal(format!(
                "{what} did not return within the transaction timeout \
                 ({TRANSACTION_TIMEOUT:?}); the producer is given up"
            )));
        };
        match result {
            Ok(v) => return Ok(v),
            Err(KafkaError::Transaction(t))
                if t.is_retriable() && attempt < 10 && started.elapsed() < RETRY_FOR =>
            {
                attempt += 1;
                tracing::warn!("{what}: retriable error ({t}), attempt {attempt}");
                std::thread::sleep(Duration::from_millis(100 * u64::from(attempt)));
            }
            Err(e) => return Err(classify(e)),
        }
    }
}

/// Writes a batch and its offsets in one transaction, the offsets committed in `group`. On an
/// abortable error the transaction is aborted here; the caller rewinds.
pub async fn write_transactional(
    p: &KafkaProducer,
    group: ConsumerGroupMetadata,
    batch: &Batch,
    offsets: &TopicPartitionList,
    how: How,
) -> Result<(), WriteError> {
    let timeout = how.txn_timeout;
    let point = |step: &str| format!("{}.{step}", how.role);
    let started = Instant::now();
    let result = async {
        p.begin_transaction().map_err(classify)?;
        // One wave: inside a transaction the records become visible together, so their order
        // across topics does not matter, and one wait for acknowledgements is enough.
        let all: Vec<&Out> = [&batch.states, &batch.completions, &batch.rest]
            .into_iter()
            .flatten()
            .collect();
        let records = all.len();
        send_all(p, all).await.map_err(classify)?;
        let sent = started.elapsed();
        tokio::task::block_in_place(|| {
            if offsets.count() > 0 {
                let (offsets, group) = (offsets.clone(), Arc::new(group));
                let stall = point("txn_stall");
                retrying("send offsets", p, move |p| {
                    crate::fault::stall(&stall, TRANSACTION_TIMEOUT * 2);
                    p.send_offsets_to_transaction(&offsets, &group, timeout)
                })?;
            }
            if crate::fault::fail(&point("txn_fail")) {
                return Err(WriteError::Abortable(
                    "injected failure before commit".into(),
                ));
            }
            crate::fault::kill(&point("txn_before_commit"));
            settle(p);
            let offsets_sent = started.elapsed();
            retrying("commit transaction", p, move |p| {
                p.commit_transaction(timeout)
            })?;
            // Where a slow batch spends its time (docs/fleet.md, "Command latency").
            tracing::debug!(
                records,
                sent_ms = sent.as_millis() as u64,
                offsets_ms = (offsets_sent - sent).as_millis() as u64,
                commit_ms = (started.elapsed() - offsets_sent).as_millis() as u64,
                "transaction committed"
            );
            Ok(())
        })?;
        crate::fault::kill(&point("txn_after_commit"));
        // A commit that landed but whose answer was lost, as when the coordinator fails over.
        if crate::fault::fail(&point("txn_lost_commit")) {
            return Err(WriteError::Fatal(
                "injected: the commit's answer was lost".into(),
            ));
        }
        Ok(())
    }
    .await;
    if let Err(WriteError::Abortable(msg)) = &result {
        tracing::warn!("aborting transaction: {msg}");
        if let Err(e) = tokio::task::block_in_place(|| {
            retrying("abort transaction", p, move |p| {
                p.abort_transaction(timeout)
            })
        }) {
            return Err(match e {
                WriteError::Fatal(m) => WriteError::Fatal(m),
                WriteError::Fenced(m) => WriteError::Fenced(m),
                other => WriteError::Fatal(format!("abort failed: {other}")),
            });
        }
    }
    result
}
