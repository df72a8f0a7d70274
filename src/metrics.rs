//! Prometheus metrics of the fleet roles (the original design's metric names) and the `--metrics-addr` endpoint.
//!
//! Encoding is prometheus-client's (OpenMetrics text, which Prometheus scrapes); the endpoint is a
//! small hyper HTTP/1 server answering `GET /metrics`, stopped by the run's cancellation token.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::error::{Error, Result};

/// Content type of the OpenMetrics text exposition.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

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
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// A fresh registry with every metric at zero.
    pub fn new() -> Self {
        let mut registry = Registry::default();
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
        };
        // The client adds `_total` to counter names in the exposition.
        registry.register(
            "robot_commands_issued",
            "Commands signed and sent",
            m.commands_issued.clone(),
        );
        registry.register(
            "robot_command_completions",
            "Command completions by status",
            m.command_completions.clone(),
        );
        registry.register(
            "robot_dlq_entries",
            "Records written to the dead-letter queue",
            m.dlq_entries.clone(),
        );
        registry.register(
            "robot_transaction_duration_seconds",
            "Duration of a transaction or acknowledged batch",
            m.transaction_duration.clone(),
        );
        registry.register(
            "robot_consumer_lag",
            "Records not yet consumed, per partition",
            m.consumer_lag.clone(),
        );
        registry.register(
            "robot_telemetry_processed",
            "Telemetry records processed",
            m.telemetry_processed.clone(),
        );
        registry.register(
            "robot_telemetry_sent",
            "Telemetry records sent",
            m.telemetry_sent.clone(),
        );
        registry.register(
            "robot_retries",
            "Commands re-published by the retry role",
            m.retries.clone(),
        );
        registry.register(
            "robot_executor_mode",
            "Exactly-once mode of the executor (1 for the mode in force)",
            m.executor_mode.clone(),
        );
        registry.register(
            "robot_canary_aborted",
            "1 once the control center aborted the canary (no more real commands)",
            m.canary_aborted.clone(),
        );
        registry.register(
            "robot_consumer_rebalances",
            "Partition assignments and revocations seen by a group consumer",
            m.rebalances.clone(),
        );
        registry.register(
            "robot_consumer_assigned_partitions",
            "Partitions this process holds in its consumer group",
            m.assigned_partitions.clone(),
        );
        Metrics { registry, ..m }
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

/// Binds the metrics address (port 0 picks a free one; `local_addr` tells which).
pub async fn bind(addr: SocketAddr) -> Result<TcpListener> {
    TcpListener::bind(addr)
        .await
        .map_err(|e| Error::usage(format!("cannot listen for metrics on {addr}: {e}")))
}

/// Serves `GET /metrics` on `addr` until `token` is cancelled.
pub async fn serve(
    addr: SocketAddr,
    metrics: Arc<Metrics>,
    token: CancellationToken,
) -> Result<()> {
    serve_on(bind(addr).await?, metrics, token).await
}

/// Binds now (so a taken port is an error before the role starts) and serves in a task.
pub async fn spawn(
    addr: SocketAddr,
    metrics: Arc<Metrics>,
    token: CancellationToken,
) -> Result<tokio::task::JoinHandle<Result<()>>> {
    let listener = bind(addr).await?;
    tracing::info!(
        "serving metrics on http://{}/metrics",
        listener.local_addr().unwrap_or(addr)
    );
    Ok(tokio::spawn(serve_on(listener, metrics, token)))
}

/// Serves `GET /metrics` on a bound listener until `token` is cancelled.
pub async fn serve_on(
    listener: TcpListener,
    metrics: Arc<Metrics>,
    token: CancellationToken,
) -> Result<()> {
    loop {
        let stream = tokio::select! {
            _ = token.cancelled() => return Ok(()),
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Running out of file descriptors is transient; the endpoint stays up.
                    tracing::warn!("metrics endpoint: accept failed: {e}");
                    continue;
                }
            },
        };
        let metrics = metrics.clone();
        let token = token.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                let metrics = metrics.clone();
                async move { Ok::<_, Infallible>(respond(&metrics, &req)) }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            tokio::pin!(conn);
            tokio::select! {
                r = conn.as_mut() => {
                    if let Err(e) = r {
                        tracing::debug!("metrics connection: {e}");
                    }
                }
                _ = token.cancelled() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
}

fn respond(metrics: &Metrics, req: &Request<Incoming>) -> Response<Full<Bytes>> {
    let reply = |status: StatusCode, ctype: &str, body: String| {
        let mut r = Response::new(Full::new(Bytes::from(body)));
        *r.status_mut() = status;
        if let Ok(v) = hyper::header::HeaderValue::from_str(ctype) {
            r.headers_mut().insert(hyper::header::CONTENT_TYPE, v);
        }
        r
    };
    if req.method() != Method::GET || req.uri().path() != "/metrics" {
        return reply(
            StatusCode::NOT_FOUND,
            "text/plain",
            "only GET /metrics is served\n".into(),
        );
    }
    match metrics.encode() {
        Ok(text) => reply(StatusCode::OK, CONTENT_TYPE, text),
        Err(e) => reply(
            StatusCode::INTERNAL_SERVER_ERROR,
            "text/plain",
            format!("{e}\n"),
        ),
    }
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
