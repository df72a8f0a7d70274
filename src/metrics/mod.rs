//! Prometheus metrics of the fleet roles (the original design's metric names and the ones added
//! for alerting and for the Kafka clients), in one process-wide registry.
//!
//! Encoding is prometheus-client's (OpenMetrics text, which Prometheus scrapes); `http` serves it
//! on `--metrics-addr`.

mod client;
mod http;
mod roles;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

pub use client::{
    advance_counter, BrokerLabels, ClientLabels, ClientMetrics, ErrorKindLabels, QueueLabels,
};
pub use http::{bind, serve, serve_on, spawn, CONTENT_TYPE};
pub use roles::{
    ErrorLabels, FencedLabels, RoleLabels, RoleMetrics, ScopeLabels, SilentLabels, SILENCES,
};

use crate::error::Result;

/// Labels of `robot_commands_issued_total`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct IssuedLabels {
    /// Who issued it: control, operator, safety, canary.
    pub source: String,
    /// The action name, e.g. MOVE_TO.
    pub action: String,
}

/// Labels of `robot_command_completions_total`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StatusLabels {
    /// Completion status, e.g. EXECUTED, REJECTED, FAILED.
    pub status: String,
}

/// Labels of `robot_consumer_lag`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct PartitionLabels {
    /// Topic name.
    pub topic: String,
    /// Partition number.
    pub partition: String,
}

/// Labels of `robot_executor_mode`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ModeLabels {
    /// Exactly-once mode in force, e.g. transactions or marks.
    pub mode: String,
}

/// Labels of `robot_consumer_rebalances_total`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RebalanceLabels {
    /// Consumer group.
    pub group: String,
    /// assigned, revoked or error.
    pub event: String,
}

/// Labels of `robot_consumer_assigned_partitions`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct GroupLabels {
    /// Consumer group.
    pub group: String,
}

/// Every metric of the fleet, registered in one registry.
#[derive(Debug)]
pub struct Metrics {
    /// The registry the endpoint encodes.
    registry: Registry,
    /// `robot_commands_issued_total{source,action}`.
    pub commands_issued: Family<IssuedLabels, Counter>,
    /// `robot_command_completions_total{status}`.
    pub command_completions: Family<StatusLabels, Counter>,
    /// `robot_dlq_entries_total`.
    pub dlq_entries: Counter,
    /// `robot_transaction_duration_seconds`.
    pub transaction_duration: Histogram,
    /// `robot_consumer_lag{topic,partition}`.
    pub consumer_lag: Family<PartitionLabels, Gauge>,
    /// `robot_telemetry_processed_total`.
    pub telemetry_processed: Counter,
    /// `robot_telemetry_sent_total`.
    pub telemetry_sent: Counter,
    /// `robot_retries_total`.
    pub retries: Counter,
    /// `robot_executor_mode{mode}` (1 for the mode in force).
    pub executor_mode: Family<ModeLabels, Gauge>,
    /// `robot_canary_aborted` (1 once the control center stopped sending real commands).
    pub canary_aborted: Gauge,
    /// `robot_consumer_rebalances_total{group,event}`.
    pub rebalances: Family<RebalanceLabels, Counter>,
    /// `robot_consumer_assigned_partitions{group}`: partitions this process holds in the group.
    pub assigned_partitions: Family<GroupLabels, Gauge>,
    /// What the roles report for alerting: halts, fencing, silent robots, processing time,
    /// producer errors.
    pub roles: RoleMetrics,
    /// librdkafka's own statistics of every client of this process.
    pub client: ClientMetrics,
    /// Whether a `--metrics-addr` endpoint serves this registry: clients created after that
    /// ask librdkafka for statistics, which nobody would read otherwise.
    serving: AtomicBool,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// A fresh registry with every metric at zero.
    pub fn new() -> Self {
        let mut r = Registry::default();
        let m = Metrics {
            registry: Registry::default(),
            commands_issued: Family::default(),
            command_completions: Family::default(),
            dlq_entries: Counter::default(),
            // 1 ms to about 33 s: a transaction or a batch write.
            transaction_duration: Histogram::new(exponential_buckets(0.001, 2.0, 16)),
            consumer_lag: Family::default(),
            telemetry_processed: Counter::default(),
            telemetry_sent: Counter::default(),
            retries: Counter::default(),
            executor_mode: Family::default(),
            canary_aborted: Gauge::default(),
            rebalances: Family::default(),
            assigned_partitions: Family::default(),
            roles: RoleMetrics::default(),
            client: ClientMetrics::default(),
            serving: AtomicBool::new(false),
        };
        // The client adds `_total` to counter names in the exposition.
        let issued = "Commands signed and sent";
        r.register("robot_commands_issued", issued, m.commands_issued.clone());
        let completions = "Command completions by status";
        r.register(
            "robot_command_completions",
            completions,
            m.command_completions.clone(),
        );
        let dlq = "Records written to the dead-letter queue";
        r.register("robot_dlq_entries", dlq, m.dlq_entries.clone());
        let tx = "Duration of a transaction or acknowledged batch";
        r.register(
            "robot_transaction_duration_seconds",
            tx,
            m.transaction_duration.clone(),
        );
        let lag = "Records not yet consumed, per partition";
        r.register("robot_consumer_lag", lag, m.consumer_lag.clone());
        let processed = "Telemetry records processed";
        r.register(
            "robot_telemetry_processed",
            processed,
            m.telemetry_processed.clone(),
        );
        let sent = "Telemetry records sent";
        r.register("robot_telemetry_sent", sent, m.telemetry_sent.clone());
        let retries = "Commands re-published by the retry role";
        r.register("robot_retries", retries, m.retries.clone());
        let mode = "Exactly-once mode of the executor (1 for the mode in force)";
        r.register("robot_executor_mode", mode, m.executor_mode.clone());
        let aborted = "1 once the control center aborted the canary (no more real commands)";
        r.register("robot_canary_aborted", aborted, m.canary_aborted.clone());
        let rebalances = "Partition assignments and revocations seen by a group consumer";
        r.register(
            "robot_consumer_rebalances",
            rebalances,
            m.rebalances.clone(),
        );
        let held = "Partitions this process holds in its consumer group";
        r.register(
            "robot_consumer_assigned_partitions",
            held,
            m.assigned_partitions.clone(),
        );
        m.roles.register(&mut r);
        m.client.register(&mut r);
        Metrics { registry: r, ..m }
    }

    /// Marks the registry as served (a `--metrics-addr` endpoint is up).
    pub fn set_serving(&self) {
        self.serving.store(true, Ordering::Relaxed);
    }

    /// Whether a `--metrics-addr` endpoint serves the registry.
    pub fn is_serving(&self) -> bool {
        self.serving.load(Ordering::Relaxed)
    }

    /// The exposition text of every metric.
    pub fn encode(&self) -> Result<String> {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .map_err(|e| anyhow::anyhow!("encoding metrics: {e}"))?;
        Ok(out)
    }

    /// Counts an issued command.
    pub fn issued(&self, source: &str, action: &str) {
        self.commands_issued
            .get_or_create(&IssuedLabels {
                source: source.into(),
                action: action.into(),
            })
            .inc();
    }

    /// The counter of one (source, action) pair, for a role to keep so that its hot path does
    /// not build label strings per command.
    pub fn issued_counter(&self, source: &str, action: &str) -> Counter {
        self.commands_issued
            .get_or_create(&IssuedLabels {
                source: source.into(),
                action: action.into(),
            })
            .clone()
    }

    /// Counts a completion.
    pub fn completed(&self, status: &str) {
        self.command_completions
            .get_or_create(&StatusLabels {
                status: status.into(),
            })
            .inc();
    }

    /// Sets the lag of one partition.
    pub fn set_lag(&self, topic: &str, partition: i32, lag: i64) {
        self.consumer_lag
            .get_or_create(&PartitionLabels {
                topic: topic.into(),
                partition: partition.to_string(),
            })
            .set(lag);
    }

    /// Counts a rebalance event of `group`; `held` is the number of partitions now held, if known.
    pub fn rebalanced(&self, group: &str, event: &str, held: Option<i64>) {
        self.rebalances
            .get_or_create(&RebalanceLabels {
                group: group.into(),
                event: event.into(),
            })
            .inc();
        if let Some(n) = held {
            self.assigned_partitions
                .get_or_create(&GroupLabels {
                    group: group.into(),
                })
                .set(n);
        }
    }

    /// Marks `mode` as the executor mode in force.
    pub fn set_executor_mode(&self, mode: &str) {
        self.executor_mode.clear();
        self.executor_mode
            .get_or_create(&ModeLabels { mode: mode.into() })
            .set(1);
    }
}

/// The process-wide metrics every role increments and `--metrics-addr` serves.
pub fn global() -> Arc<Metrics> {
    static GLOBAL: OnceLock<Arc<Metrics>> = OnceLock::new();
    GLOBAL.get_or_init(|| Arc::new(Metrics::new())).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposes_the_original_design_names() {
        let m = Metrics::new();
        m.issued("control", "MOVE_TO");
        m.completed("EXECUTED");
        m.dlq_entries.inc();
        m.transaction_duration.observe(0.02);
        m.set_lag("robot-commands", 2, 7);
        m.telemetry_processed.inc();
        m.telemetry_sent.inc();
        m.retries.inc();
        m.set_executor_mode("marks");
        m.canary_aborted.set(1);
        let text = m.encode().unwrap();
        for line in [
            "robot_commands_issued_total{source=\"control\",action=\"MOVE_TO\"} 1",
            "robot_command_completions_total{status=\"EXECUTED\"} 1",
            "robot_dlq_entries_total 1",
            "robot_transaction_duration_seconds_count 1",
            "robot_consumer_lag{topic=\"robot-commands\",partition=\"2\"} 7",
            "robot_telemetry_processed_total 1",
            "robot_telemetry_sent_total 1",
            "robot_retries_total 1",
            "robot_executor_mode{mode=\"marks\"} 1",
            "robot_canary_aborted 1",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} missing in\n{text}");
        }
    }
}
