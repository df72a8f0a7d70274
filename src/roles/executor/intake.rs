//! Reading a batch from robot-commands and the halt follower, and putting both back to where the
//! last written batch left them when a batch is not written.

use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext, StreamConsumer};
use rdkafka::message::OwnedMessage;
use rdkafka::{Message, Offset};
use tokio_util::sync::CancellationToken;

use crate::error::Result;

/// Gathers a batch: waits for the first command (briefly, to keep following halts), drains up to
/// `max` commands, then takes every halt that has arrived. Returns (commands, halts).
pub(super) async fn gather<C: ConsumerContext + 'static>(
    consumer: &StreamConsumer<C>,
    halt_reader: &BaseConsumer,
    token: &CancellationToken,
    max: usize,
) -> (Vec<OwnedMessage>, Vec<OwnedMessage>) {
    let mut msgs: Vec<OwnedMessage> = Vec::new();
    tokio::select! {
        _ = token.cancelled() => {}
        r = tokio::time::timeout(Duration::from_millis(100), consumer.recv()) => {
            if let Ok(r) = r {
                match r {
                    Ok(m) => msgs.push(m.detach()),
                    Err(e) => tracing::warn!("consume: {e}"),
                }
            }
        }
    }
    while !msgs.is_empty() && msgs.len() < max {
        match tokio::time::timeout(Duration::from_millis(2), consumer.recv()).await {
            Ok(Ok(m)) => msgs.push(m.detach()),
            Ok(Err(e)) => tracing::warn!("consume: {e}"),
            Err(_) => break,
        }
    }
    let mut halts = Vec::new();
    while let Some(r) = halt_reader.poll(Duration::ZERO) {
        match r {
            Ok(m) => halts.push(m.detach()),
            Err(e) => tracing::warn!("halt topic: {e}"),
        }
    }
    (msgs, halts)
}

/// Seeks every assigned partition back to its committed offset.
pub(super) fn rewind<C: ConsumerContext>(
    consumer: &StreamConsumer<C>,
    timeout: Duration,
) -> Result<()> {
    let committed = consumer
        .committed(timeout)
        .map_err(|e| anyhow::anyhow!("reading committed offsets: {e}"))?;
    for e in committed.elements() {
        let offset = match e.offset() {
            Offset::Offset(o) => Offset::Offset(o),
            _ => Offset::Beginning,
        };
        consumer
            .seek(e.topic(), e.partition(), offset, timeout)
            .map_err(|err| anyhow::anyhow!("rewinding {}/{}: {err}", e.topic(), e.partition()))?;
    }
    Ok(())
}

/// Puts the halt follower back before the halts of a batch that was not written.
pub(super) fn rewind_halts(
    reader: &BaseConsumer,
    halts: &[OwnedMessage],
    halt_topic: &str,
) -> Result<()> {
    if let Some(first) = halts.first() {
        reader
            .seek(
                halt_topic,
                0,
                Offset::Offset(first.offset()),
                Duration::from_secs(5),
            )
            .map_err(|e| anyhow::anyhow!("rewinding the halt follower: {e}"))?;
    }
    Ok(())
}
