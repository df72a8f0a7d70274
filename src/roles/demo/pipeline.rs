//! The anomaly side of the demo: a small bundled vehicle recording replayed through the detector,
//! and the operator service opening an alert for every anomaly of both sources (the detector's
//! and the safety monitor's), as an operator's deployment would run them.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::error::{Error, Result};
use crate::output::Printer;
use crate::roles::detector::core::Config;
use crate::roles::detector::{self, DetectorOptions, DetectorSummary};
use crate::roles::operator::{self, ConsumeOptions, ConsumeSummary, Filter, Start};
use crate::roles::replay::{self, ReplayOptions};
use crate::settings::KafkaSettings;

/// A recording with one hard-braking vehicle (the same frames as the tests' fixture).
const RECORDING: &str = include_str!("hard_braking.csv");

/// The detector and the operator service, running until `stop` fires.
pub struct Pipeline {
    detector: JoinHandle<Result<DetectorSummary>>,
    operator: JoinHandle<Result<ConsumeSummary>>,
}

/// What the anomaly side did.
pub struct PipelineSummary {
    /// Anomalies the detector wrote.
    pub detected: u64,
    /// Alerts the operator service opened (for anomalies of both sources).
    pub alerts_opened: u64,
}

/// Starts the detector and the operator service on the demo's broker.
pub fn start(k: &KafkaSettings, stop: &CancellationToken) -> Pipeline {
    let detector = tokio::spawn({
        let (k, c) = (k.clone(), stop.clone());
        let opts = DetectorOptions {
            group: detector::GROUP.into(),
            instance: None,
            config: Config::default(),
            idle_exit: None,
            duration: None,
            batch: 5_000,
            registry: None,
        };
        async move { detector::run(&k, "", &opts, &c).await }
    });
    let operator = tokio::spawn({
        let (k, c) = (k.clone(), stop.clone());
        let opts = ConsumeOptions {
            group: operator::GROUP.into(),
            start: Start::Committed,
            max: None,
            exit_at_end: false,
            duration: None,
            filter: Filter::default(),
            open_alerts: true,
        };
        async move { operator::consume(&k, "", &opts, &c, |_, _| Ok(())).await }
    });
    Pipeline { detector, operator }
}

/// Replays the bundled recording into raw_telemetry as fast as it goes; returns the rows sent.
pub async fn replay_recording(k: &KafkaSettings, printer: &Printer) -> Result<u64> {
    let path = std::env::temp_dir().join(format!(
        "fleetctl-demo-{}-hard_braking.csv",
        std::process::id()
    ));
    std::fs::write(&path, RECORDING)?;
    let opts = ReplayOptions {
        files: vec![path.clone()],
        input_format: None,
        rate: 0.0,
        looped: false,
        strict: true,
        session_id: Some("demo".into()),
        dedup_ttl: Duration::from_secs(60),
        value_format: Default::default(),
        registry: None,
    };
    let done = replay::replay(k, "", printer, &opts, &CancellationToken::new()).await;
    let _ = std::fs::remove_file(&path);
    Ok(done?.sent)
}

impl Pipeline {
    /// Waits for both services to stop (after `stop` fired) and sums up.
    pub async fn finish(self) -> Result<PipelineSummary> {
        let join = |e: tokio::task::JoinError| {
            Error::Other(anyhow::anyhow!("a demo anomaly service failed: {e}"))
        };
        let detected = self.detector.await.map_err(join)??.anomalies;
        let alerts_opened = self.operator.await.map_err(join)??.alerts_opened;
        Ok(PipelineSummary {
            detected,
            alerts_opened,
        })
    }
}
