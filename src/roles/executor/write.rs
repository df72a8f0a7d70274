//! Writing a batch and its offsets in the role's mode: in one transaction (`txn`), or in
//! acknowledged waves before the offsets are committed (`writer`).

use rdkafka::consumer::{Consumer, ConsumerGroupMetadata};
use rdkafka::TopicPartitionList;

use super::txn;
use super::writer::{self, Batch, How, Mode, WriteError};
use crate::kafka::client::KafkaProducer;

/// Writes a batch and its offsets as `mode` says, committing them in the group's current
/// generation.
pub async fn write<C: Consumer<X>, X: rdkafka::consumer::ConsumerContext>(
    mode: Mode,
    p: &KafkaProducer,
    consumer: &C,
    batch: &Batch,
    offsets: &TopicPartitionList,
    how: How,
) -> Result<(), WriteError> {
    let group = consumer.group_metadata();
    write_in(mode, p, consumer, group, batch, offsets, how).await
}

/// Writes a batch and its offsets as `mode` says; a transaction commits the offsets in `group`,
/// the generation the batch was read in, which the broker refuses once the group has moved on.
pub async fn write_in<C: Consumer<X>, X: rdkafka::consumer::ConsumerContext>(
    mode: Mode,
    p: &KafkaProducer,
    consumer: &C,
    group: Option<ConsumerGroupMetadata>,
    batch: &Batch,
    offsets: &TopicPartitionList,
    how: How,
) -> Result<(), WriteError> {
    match (mode, group) {
        (Mode::Idempotent, _) => writer::write_idempotent(p, consumer, batch, offsets, how).await,
        (Mode::Transactions, Some(g)) => txn::write_transactional(p, g, batch, offsets, how).await,
        (Mode::Transactions, None) => Err(WriteError::Abortable(
            "no consumer group metadata yet".into(),
        )),
    }
}
