//! librdkafka client statistics into the metrics: the context every client without a context of
//! its own is created with, and the one callback the others forward to.

use rdkafka::consumer::ConsumerContext;
use rdkafka::error::KafkaError;
use rdkafka::statistics::Statistics;
use rdkafka::ClientContext;

use crate::metrics::{advance_counter, BrokerLabels, ClientLabels, ErrorKindLabels, QueueLabels};

/// How often librdkafka reports its statistics while a metrics endpoint serves: as often as
/// the lag watcher asks the broker, a fraction of a 15 s scrape interval's rate windows.
pub const INTERVAL_MS: &str = "5000";

/// The context of producers and readers: records statistics, and otherwise behaves like
/// librdkafka's default.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats;

impl ClientContext for Stats {
    fn stats(&self, s: Statistics) {
        record(&s);
    }
}

impl ConsumerContext for Stats {}

/// Sets the client metrics of the client `s` describes. Called on librdkafka's thread every
/// `INTERVAL_MS`: a handful of atomic updates per broker, nothing that waits.
pub fn record(s: &Statistics) {
    let m = &crate::metrics::global().client;
    // The handle name is `client.id#type-N`; the client id is the same for every client.
    let client = s.name.rsplit('#').next().unwrap_or(&s.name).to_string();
    let labels = ClientLabels {
        client: client.clone(),
    };
    advance_counter(&m.requests_sent.get_or_create(&labels), s.tx.max(0) as u64);
    advance_counter(
        &m.responses_received.get_or_create(&labels),
        s.rx.max(0) as u64,
    );
    m.messages_queued
        .get_or_create(&labels)
        .set(s.msg_cnt as i64);
    let (mut tx_errs, mut rx_errs, mut timeouts, mut queued, mut in_flight) = (0, 0, 0, 0, 0);
    for b in s.brokers.values() {
        tx_errs += b.txerrs;
        rx_errs += b.rxerrs;
        timeouts += b.req_timeouts;
        queued += b.outbuf_cnt;
        in_flight += b.waitresp_cnt;
        // Bootstrap and coordinator entries (node id -1, or logical) duplicate a real broker.
        if b.nodeid < 0 || b.source == "logical" {
            continue;
        }
        if let Some(rtt) = &b.rtt {
            let broker = BrokerLabels {
                client: client.clone(),
                broker: b.nodeid.to_string(),
            };
            m.broker_rtt
                .get_or_create(&broker)
                .set(rtt.avg as f64 / 1e6);
        }
    }
    for (kind, n) in [("tx", tx_errs), ("rx", rx_errs), ("timeout", timeouts)] {
        let l = ErrorKindLabels {
            client: client.clone(),
            kind: kind.into(),
        };
        advance_counter(&m.errors.get_or_create(&l), n);
    }
    for (queue, n) in [("queued", queued), ("in_flight", in_flight)] {
        let l = QueueLabels {
            client: client.clone(),
            queue: queue.into(),
        };
        m.requests_waiting.get_or_create(&l).set(n);
    }
}

/// Counts a record a producer failed to deliver in `robot_producer_errors_total`.
pub fn producer_failed(e: &KafkaError) {
    let error = match e.rdkafka_error_code() {
        Some(code) => format!("{code:?}"),
        None => "Other".to_string(),
    };
    crate::metrics::global().roles.producer_error(&error);
}

#[cfg(test)]
mod tests {
    use rdkafka::statistics::{Broker, Window};

    use super::*;

    #[test]
    fn records_totals_queues_and_round_trips_of_real_brokers_only() {
        let broker = |nodeid, source: &str, txerrs| Broker {
            nodeid,
            source: source.into(),
            txerrs,
            outbuf_cnt: 2,
            waitresp_cnt: 1,
            rtt: Some(Window {
                avg: 1500,
                ..Window::default()
            }),
            ..Broker::default()
        };
        let mut s = Statistics {
            name: "fleetctl/0.1.0#producer-7".into(),
            tx: 40,
            rx: 38,
            msg_cnt: 5,
            ..Statistics::default()
        };
        s.brokers.insert("b1".into(), broker(1, "learned", 3));
        s.brokers.insert("boot".into(), broker(-1, "configured", 0));
        record(&s);
        // A later report with a smaller total (never happens for one client) must not fail.
        s.tx = 10;
        record(&s);
        let text = crate::metrics::global().encode().unwrap();
        for line in [
            "robot_kafka_requests_sent_total{client=\"producer-7\"} 40",
            "robot_kafka_responses_received_total{client=\"producer-7\"} 38",
            "robot_kafka_messages_queued{client=\"producer-7\"} 5",
            "robot_kafka_errors_total{client=\"producer-7\",kind=\"tx\"} 3",
            "robot_kafka_requests_waiting{client=\"producer-7\",queue=\"queued\"} 4",
            "robot_kafka_requests_waiting{client=\"producer-7\",queue=\"in_flight\"} 2",
            "robot_kafka_broker_rtt_seconds{client=\"producer-7\",broker=\"1\"} 0.0015",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} missing in\n{text}");
        }
        assert!(
            !text.contains("broker=\"-1\""),
            "bootstrap entries are no broker"
        );
    }
}
