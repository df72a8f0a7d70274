//! Re-publication of due records: each as its next attempt on robot-commands, with the offsets
//! committed past them, tried again a few times before the retry consumer gives up.

use std::collections::BTreeMap;
use std::time::Duration;

use rdkafka::consumer::{CommitMode, StreamConsumer};
use rdkafka::message::OwnedMessage;
use rdkafka::{Offset, TopicPartitionList};

use crate::error::Result;
use crate::kafka::client::KafkaProducer;
use crate::kafka::group::GroupContext;
use crate::roles::executor::write;
use crate::roles::executor::writer::{self, Batch, Mode, Out, WriteError};
use crate::roles::retry_headers;

/// The commit positions that moved since the last commit (and records them as committed).
pub(super) fn advanced(
    topic: &str,
    positions: &BTreeMap<i32, i64>,
    committed: &mut BTreeMap<i32, i64>,
) -> Result<TopicPartitionList> {
    let mut tpl = TopicPartitionList::new();
    for (p, o) in positions {
        if committed.get(p).is_none_or(|c| c < o) {
            tpl.add_partition_offset(topic, *p, Offset::Offset(*o))
                .map_err(anyhow::Error::from)?;
            committed.insert(*p, *o);
        }
    }
    Ok(tpl)
}

/// Publishes due records as their next attempt and commits `tpl` (the offsets before the oldest
/// record still waiting) with them: in one transaction where the broker has them, otherwise after
/// the broker acknowledged the records. Fatal and fenced errors come back at once (the producer
/// is done for); others are tried again, 5 times in all.
pub(super) async fn republish(
    producer: &KafkaProducer,
    consumer: &StreamConsumer<GroupContext>,
    mode: Mode,
    cmd_topic: &str,
    msgs: &[OwnedMessage],
    tpl: &TopicPartitionList,
    timeout: Duration,
) -> std::result::Result<(), WriteError> {
    // Each re-publication is a span in the command's trace, so a trace shows the wait between
    // attempts; the spans end once the batch is written (or given up).
    let mut spans = Vec::new();
    let rest = msgs
        .iter()
        .map(|m| {
            let failed = retry_headers::attempt(m);
            let span = retry_span(m, failed + 1);
            let mut out = Out::carrying(m, cmd_topic, retry_headers::for_attempt(m, failed + 1));
            out.headers = crate::kafka::trace::inject(span.as_ref(), out.headers.take());
            spans.push(span);
            out
        })
        .collect();
    let batch = Batch {
        states: Vec::new(),
        completions: Vec::new(),
        rest,
    };
    // A failed write is tried again: the executor deduplicates a command re-sent twice.
    for attempt in 1..=5u64 {
        // The offsets follow the acknowledged records asynchronously: a commit lost in a crash
        // only re-publishes records the executor deduplicates, and waiting for it would make
        // every record that falls due meanwhile later.
        let txn_timeout = timeout.max(Duration::from_secs(10));
        let how = writer::How {
            txn_timeout,
            commit: CommitMode::Async,
            role: "retry",
        };
        match write::write(mode, producer, consumer, &batch, tpl, how).await {
            Ok(()) => return Ok(()),
            Err(e @ (WriteError::Fatal(_) | WriteError::Fenced(_))) => return Err(e),
            Err(e) => {
                tracing::warn!(
                    "re-publishing {} due records failed ({e}); trying again",
                    msgs.len()
                );
                tokio::time::sleep(Duration::from_millis(200 * attempt)).await;
            }
        }
    }
    Err(WriteError::Failed(format!(
        "could not re-publish {} due records after 5 tries",
        msgs.len()
    )))
}

/// The `command.retry` span of a due record about to become `attempt`, under the failed
/// attempt's span (the executor's `command.execute`) when the record carries one.
fn retry_span(m: &OwnedMessage, attempt: u32) -> Option<crate::otel::SpanContext> {
    use crate::otel::{attr, Kind};
    let parent = crate::kafka::trace::extract(m);
    crate::otel::start("command.retry", Kind::Producer, parent.as_ref(), || {
        let mut attrs = vec![attr("retry.attempt", i64::from(attempt))];
        if let Some(c) =
            rdkafka::Message::payload(m).and_then(crate::signing::envelope::decode_unverified)
        {
            attrs.extend(crate::roles::consume::command_attrs(&c));
        }
        if let Some(e) = retry_headers::get(m, retry_headers::h::LAST_ERROR) {
            attrs.push(attr("retry.last_error", e));
        }
        attrs
    })
}
