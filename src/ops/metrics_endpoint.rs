//! A long-running role's `--metrics-addr`: the HTTP endpoint and a consumer-lag watcher, started
//! before the role (so a taken port fails fast) and stopped together when the role ends.

use std::thread::JoinHandle as ThreadHandle;
use std::time::{Duration, Instant};

use rdkafka::consumer::Consumer;
use rdkafka::{Offset, TopicPartitionList};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::error::Result;
use crate::kafka::client::KafkaReader;
use crate::settings::KafkaSettings;

/// How often the lag watcher asks the broker; lag is a trend, not a per-record figure.
pub const LAG_EVERY: Duration = Duration::from_secs(5);

/// Whose lag to watch: a consumer group on its input topics.
#[derive(Debug, Clone)]
pub struct LagSource {
    /// Broker connection.
    pub kafka: KafkaSettings,
    /// The role's consumer group.
    pub group: String,
    /// Full names of the topics the group consumes.
    pub topics: Vec<String>,
}

/// The running endpoint; `stop` ends the server and the watcher.
#[derive(Debug)]
pub struct Endpoint {
    /// Cancelled by `stop`, or by the role's token (it is a child of it).
    token: CancellationToken,
    /// The HTTP server task.
    server: JoinHandle<Result<()>>,
    /// The lag watcher thread, which exits at its next check of the token.
    lag: Option<ThreadHandle<()>>,
}

/// Starts the endpoint when `--metrics-addr` was given; a port in use is an error here, before
/// the role starts. `role_token` stopping (Ctrl-C, SIGTERM) stops the endpoint too.
pub async fn start(
    addr: Option<std::net::SocketAddr>,
    role_token: &CancellationToken,
    lag: Option<LagSource>,
) -> Result<Option<Endpoint>> {
    let Some(addr) = addr else {
        return Ok(None);
    };
    let token = role_token.child_token();
    let server = crate::metrics::spawn(addr, crate::metrics::global(), token.clone()).await?;
    let lag = match lag {
        Some(src) => {
            let t = token.clone();
            let spawned = std::thread::Builder::new()
                .name("lag-watcher".into())
                .spawn(move || watch(&src, &t));
            match spawned {
                Ok(h) => Some(h),
                Err(e) => {
                    tracing::warn!("no robot_consumer_lag: cannot start the lag watcher: {e}");
                    None
                }
            }
        }
        None => None,
    };
    Ok(Some(Endpoint { token, server, lag }))
}

impl Endpoint {
    /// Stops serving once the role has finished, so a last scrape sees the final counts.
    pub async fn stop(self) {
        self.token.cancel();
        match self.server.await {
            Ok(Err(e)) => tracing::warn!("metrics endpoint: {e}"),
            Err(e) => tracing::warn!("metrics endpoint task: {e}"),
            Ok(Ok(())) => {}
        }
        // The watcher may be inside a broker call bounded by the client timeout; not waiting
        // for it keeps shutdown prompt, and the process exit ends the thread.
        drop(self.lag);
    }
}

/// Runs `role` while the endpoint at `addr` (if any) serves, and stops the endpoint before
/// handing back the role's outcome, so a role's summary never races its last scrape.
pub async fn serving<T>(
    addr: Option<std::net::SocketAddr>,
    role_token: &CancellationToken,
    lag: Option<LagSource>,
    role: impl std::future::Future<Output = T>,
) -> Result<T> {
    let ep = start(addr, role_token, lag).await?;
    let outcome = role.await;
    stop(ep).await;
    Ok(outcome)
}

/// Stops `ep` if there is one.
pub async fn stop(ep: Option<Endpoint>) {
    if let Some(ep) = ep {
        ep.stop().await;
    }
}

/// Sets `robot_consumer_lag` for every partition of the source's topics every `LAG_EVERY`.
fn watch(src: &LagSource, token: &CancellationToken) {
    // Reading committed offsets needs the group id but never joins the group.
    let client = match super::group_reader(&src.kafka, &src.group) {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("no robot_consumer_lag: {e}");
            return;
        }
    };
    let mut next = Instant::now();
    while !token.is_cancelled() {
        if Instant::now() >= next {
            for topic in &src.topics {
                if let Err(e) = update(&client, &src.kafka, topic) {
                    tracing::debug!("lag of {} on {topic}: {e}", src.group);
                }
            }
            next = Instant::now() + LAG_EVERY;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn update(c: &KafkaReader, k: &KafkaSettings, topic: &str) -> Result<()> {
    let brokers = k.brokers.clone().unwrap_or_default();
    let parts = crate::kafka::client::partitions(c.client(), topic, k.timeout, &brokers)?;
    let mut tpl = TopicPartitionList::new();
    for p in &parts {
        tpl.add_partition(topic, *p);
    }
    let committed = crate::kafka::client::while_transient(k.timeout, |left| {
        c.committed_offsets(tpl.clone(), left)
    })
    .map_err(|e| crate::kafka::unreachable(&brokers, e))?;
    let m = crate::metrics::global();
    for e in committed.elements() {
        let (lo, hi) =
            crate::kafka::client::watermarks(c, topic, e.partition(), k.timeout, &brokers)?;
        // Nothing committed yet: everything still in the log is lag.
        let from = match e.offset() {
            Offset::Offset(o) => o.max(lo),
            _ => lo,
        };
        m.set_lag(topic, e.partition(), (hi - from).max(0));
    }
    Ok(())
}
