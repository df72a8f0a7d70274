//! Records whose acknowledgements a role waits for before its offsets move: enqueued one by one
//! (a full queue is waited out as `kafka::queue` says), then confirmed together.

use rdkafka::message::OwnedHeaders;
use rdkafka::producer::{DeliveryFuture, FutureRecord};
use rdkafka::Message;

use crate::error::{Error, Result};
use crate::kafka::client::KafkaProducer;

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
        producer: &KafkaProducer,
        topic: &str,
        key: &str,
        payload: &[u8],
        headers: Option<OwnedHeaders>,
    ) -> Result<()> {
        let mut record = FutureRecord::to(topic).key(key).payload(payload);
        if let Some(h) = headers {
            record = record.headers(h);
        }
        let f = super::queue::enqueue(producer, record).await.map_err(|e| {
            super::denied_by(&e, "Write", "topic", topic)
                .unwrap_or_else(|| Error::Broker(format!("cannot produce to {topic}: {e}")))
        })?;
        self.futures.push(f);
        Ok(())
    }

    /// Waits for every enqueued record; fails if any was not acknowledged.
    pub async fn confirm(&mut self) -> Result<usize> {
        let n = self.futures.len();
        for f in self.futures.drain(..) {
            match f.await {
                Ok(Ok(_)) => {}
                Ok(Err((e, m))) => {
                    super::stats::producer_failed(&e);
                    if let Some(refused) = super::denied_by(&e, "Write", "topic", m.topic()) {
                        return Err(refused);
                    }
                    return Err(Error::Broker(format!(
                        "the broker did not accept a record for {}: {e}",
                        m.topic()
                    )));
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

/// Produces one record (with `headers`, if any) and waits for the broker to acknowledge it.
pub async fn send_one(
    producer: &KafkaProducer,
    (topic, key, payload): (&str, &str, &[u8]),
    headers: Option<OwnedHeaders>,
) -> Result<()> {
    let mut p = Pending::default();
    p.send(producer, topic, key, payload, headers).await?;
    p.confirm().await.map(|_| ())
}
