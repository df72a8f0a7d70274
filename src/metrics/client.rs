//! librdkafka's own statistics of each Kafka client (requests, errors, queue depths, broker round
//! trips), as metrics labelled by the client's handle name. `kafka::stats` fills them in.

use std::sync::atomic::AtomicU64;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

/// Labels of the per-client metrics.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ClientLabels {
    /// librdkafka's handle name without the client id, e.g. producer-1 or consumer-3.
    pub client: String,
}

/// Labels of `robot_kafka_errors_total`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ErrorKindLabels {
    /// The client.
    pub client: String,
    /// tx (sending), rx (receiving) or timeout (a request the broker never answered).
    pub kind: String,
}

/// Labels of `robot_kafka_requests_waiting`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct QueueLabels {
    /// The client.
    pub client: String,
    /// queued (not sent yet) or in_flight (sent, no response yet).
    pub queue: String,
}

/// Labels of `robot_kafka_broker_rtt_seconds`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct BrokerLabels {
    /// The client.
    pub client: String,
    /// The broker's node id.
    pub broker: String,
}

/// The per-client statistics, updated every `statistics.interval.ms`.
#[derive(Debug, Default)]
pub struct ClientMetrics {
    /// `robot_kafka_requests_sent_total{client}`: requests sent to brokers.
    pub requests_sent: Family<ClientLabels, Counter>,
    /// `robot_kafka_responses_received_total{client}`: responses received from brokers.
    pub responses_received: Family<ClientLabels, Counter>,
    /// `robot_kafka_errors_total{client,kind}`: transmission, receive and timeout errors.
    pub errors: Family<ErrorKindLabels, Counter>,
    /// `robot_kafka_requests_waiting{client,queue}`: requests queued or in flight, all brokers.
    pub requests_waiting: Family<QueueLabels, Gauge>,
    /// `robot_kafka_messages_queued{client}`: records in the producer's queue, not yet acknowledged.
    pub messages_queued: Family<ClientLabels, Gauge>,
    /// `robot_kafka_broker_rtt_seconds{client,broker}`: mean request round trip of the last window.
    pub broker_rtt: Family<BrokerLabels, Gauge<f64, AtomicU64>>,
}

impl ClientMetrics {
    /// Adds every metric to `r`.
    pub fn register(&self, r: &mut Registry) {
        let sent = "Requests a Kafka client sent to brokers (librdkafka statistics)";
        r.register(
            "robot_kafka_requests_sent",
            sent,
            self.requests_sent.clone(),
        );
        let received = "Responses a Kafka client received from brokers (librdkafka statistics)";
        r.register(
            "robot_kafka_responses_received",
            received,
            self.responses_received.clone(),
        );
        let errors = "Request errors of a Kafka client: tx, rx or timeout (librdkafka statistics)";
        r.register("robot_kafka_errors", errors, self.errors.clone());
        let waiting = "Requests a Kafka client has queued or in flight (librdkafka statistics)";
        r.register(
            "robot_kafka_requests_waiting",
            waiting,
            self.requests_waiting.clone(),
        );
        let queued = "Records in a producer's queue, not yet acknowledged (librdkafka statistics)";
        r.register(
            "robot_kafka_messages_queued",
            queued,
            self.messages_queued.clone(),
        );
        let rtt = "Mean broker round trip of a Kafka client's requests (librdkafka statistics)";
        r.register(
            "robot_kafka_broker_rtt_seconds",
            rtt,
            self.broker_rtt.clone(),
        );
    }
}

/// Moves a counter up to a cumulative `total` that librdkafka reports (never down: a total only
/// shrinks if the client was replaced under the same name, and a counter must not).
pub fn advance_counter(c: &Counter, total: u64) {
    c.inc_by(total.saturating_sub(c.get()));
}
