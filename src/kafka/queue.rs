//! The one policy for a full producer queue, used by every role: wait for room and hand the same
//! record over again, in place. A caller enqueues one record at a time, so a key's records keep
//! their order and none is dropped; the wait ends when room appears or the caller is cancelled.

use std::time::Duration;

use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::ToBytes;
use rdkafka::producer::{
    BaseRecord, DeliveryFuture, FutureRecord, ProducerContext, ThreadedProducer,
};
use tokio_util::sync::CancellationToken;

use crate::kafka::client::KafkaProducer;

/// How long to wait before offering a record again. librdkafka frees room as batches are
/// acknowledged, typically every few milliseconds; a shorter pause only burns CPU.
pub const PAUSE: Duration = Duration::from_millis(1);

fn is_full(e: &KafkaError) -> bool {
    matches!(
        e,
        KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull)
    )
}

/// Hands `record` to a threaded producer, blocking the calling thread while the queue is full.
/// Gives up with the queue-full error once `stop` is cancelled.
pub fn send_blocking<C, K, P>(
    producer: &ThreadedProducer<C>,
    mut record: BaseRecord<'_, K, P, C::DeliveryOpaque>,
    stop: Option<&CancellationToken>,
) -> Result<(), KafkaError>
where
    C: ProducerContext + 'static,
    K: ToBytes + ?Sized,
    P: ToBytes + ?Sized,
{
    loop {
        match producer.send(record) {
            Ok(()) => return Ok(()),
            Err((e, r)) if is_full(&e) && !stop.is_some_and(|s| s.is_cancelled()) => {
                record = r;
                std::thread::sleep(PAUSE);
            }
            Err((e, _)) => {
                super::stats::producer_failed(&e);
                return Err(e);
            }
        }
    }
}

/// Hands `record` to an async producer, waiting (without blocking the runtime) while the queue
/// is full, and returns its delivery report to await later.
pub async fn enqueue<K, P>(
    producer: &KafkaProducer,
    mut record: FutureRecord<'_, K, P>,
) -> Result<DeliveryFuture, KafkaError>
where
    K: ToBytes + ?Sized,
    P: ToBytes + ?Sized,
{
    loop {
        match producer.send_result(record) {
            Ok(f) => return Ok(f),
            Err((e, r)) if is_full(&e) => {
                record = r;
                tokio::time::sleep(PAUSE).await;
            }
            Err((e, _)) => {
                super::stats::producer_failed(&e);
                return Err(e);
            }
        }
    }
}
