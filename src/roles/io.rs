//! Kafka plumbing shared by the anomaly roles: producers whose deliveries are awaited before
//! offsets move, and reading a whole topic up to its current end.

use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{OwnedHeaders, OwnedMessage};
use rdkafka::producer::{DeliveryFuture, FutureProducer, FutureRecord};
use rdkafka::{Message, Offset, TopicPartitionList};

use crate::error::{Error, Result};
use crate::settings::KafkaSettings;

/// An idempotent producer: retries never duplicate or reorder records of a partition.
pub fn producer(k: &KafkaSettings) -> Result<FutureProducer> {
    let mut cfg = crate::kafka::client_config(k)?;
    cfg.set("enable.idempotence", "true")
        .set("linger.ms", "5")
        .set("message.timeout.ms", "30000");
    cfg.create().map_err(crate::kafka::creation_error)
}

/// Deliveries enqueued but not yet confirmed.
#[derive(Default)]
pub struct Pending {
    /// Delivery reports to wait for, in send order.
    futures: Vec<DeliveryFuture>,
}

impl Pending {
    /// Enqueues a record, waiting for room when librdkafka's queue is full.
    pub async fn send(
        &mut self,
        producer: &FutureProducer,
        topic: &str,
        key: &str,
        payload: &[u8],
        headers: Option<OwnedHeaders>,
    ) -> Result<()> {
        loop {
            let mut record = FutureRecord::to(topic).key(key).payload(payload);
            if let Some(h) = headers.clone() {
                record = record.headers(h);
            }
            match producer.send_result(record) {
                Ok(f) => {
                    self.futures.push(f);
                    return Ok(());
                }
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => {
                    producer.poll(Duration::from_millis(10));
                    tokio::task::yield_now().await;
                }
                Err((e, _)) => {
                    return Err(Error::Broker(format!("cannot produce to {topic}: {e}")))
                }
            }
        }
    }

    /// Waits for every enqueued record; fails if any was not acknowledged.
    pub async fn confirm(&mut self) -> Result<usize> {
        let n = self.futures.len();
        for f in self.futures.drain(..) {
            match f.await {
                Ok(Ok(_)) => {}
                Ok(Err((e, m))) => {
                    return Err(Error::Broker(format!(
                        "the broker did not accept a record for {}: {e}",
                        m.topic()
                    )))
                }
                Err(_) => return Err(Error::Broker("a delivery report was lost".into())),
            }
        }
        Ok(n)
    }

    /// Whether nothing waits for confirmation.
    pub fn is_empty(&self) -> bool {
        self.futures.is_empty()
    }
}

/// Produces one record and waits for the broker to acknowledge it.
pub async fn send_one(
    producer: &FutureProducer,
    topic: &str,
    key: &str,
    payload: &[u8],
) -> Result<()> {
    let mut p = Pending::default();
    p.send(producer, topic, key, payload, None).await?;
    p.confirm().await.map(|_| ())
}

/// Partition ids of a topic, or NotFound naming `fleetctl topics create`.
pub fn partitions<C: rdkafka::ClientContext>(
    c: &rdkafka::client::Client<C>,
    topic: &str,
    k: &KafkaSettings,
) -> Result<Vec<i32>> {
    let brokers = k.brokers.clone().unwrap_or_default();
    crate::kafka::client::partitions(c, topic, k.timeout, &brokers)
}

/// A consumer that only reads assigned partitions; it joins no group and commits nothing.
pub fn reader(k: &KafkaSettings) -> Result<BaseConsumer> {
    let mut cfg = crate::kafka::client_config(k)?;
    // librdkafka wants a group id even for assign(); a throwaway one that never commits.
    let group = format!("fleetctl-reader-{}", uuid::Uuid::new_v4().simple());
    cfg.set("group.id", &group)
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "false")
        .set("auto.offset.reset", "earliest");
    cfg.create().map_err(crate::kafka::creation_error)
}

/// Every record of a topic from the beginning up to its end when the read started, in
/// partition order (so records of one key keep their order).
pub fn read_all(k: &KafkaSettings, topic: &str) -> Result<Vec<OwnedMessage>> {
    let consumer = reader(k)?;
    let mut ends = Vec::new();
    let mut tpl = TopicPartitionList::new();
    for p in partitions(consumer.client(), topic, k)? {
        let (low, high) = consumer
            .fetch_watermarks(topic, p, k.timeout)
            .map_err(|e| Error::Broker(format!("cannot read the offsets of {topic}: {e}")))?;
        if high > low {
            tpl.add_partition_offset(topic, p, Offset::Offset(low))
                .map_err(|e| Error::Other(e.into()))?;
            ends.push((p, high));
        }
    }
    let mut out = Vec::new();
    if ends.is_empty() {
        return Ok(out);
    }
    consumer
        .assign(&tpl)
        .map_err(|e| Error::Broker(format!("cannot read {topic}: {e}")))?;
    let deadline = Instant::now() + k.timeout * 3;
    let done = |p: i32, next: i64| ends.iter().any(|&(q, h)| q == p && next >= h);
    let mut finished = std::collections::BTreeSet::new();
    while finished.len() < ends.len() {
        if Instant::now() > deadline {
            return Err(Error::Timeout(format!(
                "reading {topic} to its end took longer than {:?}",
                k.timeout * 3
            )));
        }
        match consumer.poll(Duration::from_millis(200)) {
            None => {}
            Some(Ok(m)) => {
                let (p, next) = (m.partition(), m.offset() + 1);
                if !finished.contains(&p) {
                    out.push(m.detach());
                }
                if done(p, next) {
                    finished.insert(p);
                }
            }
            Some(Err(e)) => return Err(Error::Broker(format!("cannot read {topic}: {e}"))),
        }
    }
    out.sort_by_key(|m| (m.partition(), m.offset()));
    Ok(out)
}
