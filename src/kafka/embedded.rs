//! The embedded broker: librdkafka's in-process mock cluster, reachable over TCP on loopback.
//!
//! It serves produce, consume, consumer groups, offsets and the idempotent and transactional
//! producer protocol. It does not serve admin requests (CreateTopics, DescribeConfigs, ...), so the
//! catalog topics are created through the mock API; read_committed consumers still see aborted
//! records, and offsets sent in a transaction are not stored. It keeps ~5 MiB per partition.

use rdkafka::mocking::MockCluster;
use rdkafka::producer::DefaultProducerContext;

use crate::catalog::TopicSpec;
use crate::error::Result;

/// A running embedded broker; dropping it stops the broker.
pub struct EmbeddedBroker {
    cluster: MockCluster<'static, DefaultProducerContext>,
}

impl EmbeddedBroker {
    /// Starts a one-broker mock cluster and creates the given topics on it.
    pub fn start(topics: &[TopicSpec]) -> Result<Self> {
        let cluster = MockCluster::new(1)
            .map_err(|e| anyhow::anyhow!("cannot start the embedded broker: {e}"))?;
        for t in topics {
            cluster
                .create_topic(&t.name, t.partitions, 1)
                .map_err(|e| {
                    anyhow::anyhow!("cannot create topic {} on the embedded broker: {e}", t.name)
                })?;
        }
        Ok(EmbeddedBroker { cluster })
    }

    /// The bootstrap address (`127.0.0.1:PORT`).
    pub fn bootstrap_servers(&self) -> String {
        self.cluster.bootstrap_servers()
    }

    /// The underlying mock cluster (for fault injection in tests).
    pub fn cluster(&self) -> &MockCluster<'static, DefaultProducerContext> {
        &self.cluster
    }
}
