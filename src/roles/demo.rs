//! The whole system in one process on the embedded broker: robots, control center, safety
//! monitor, executor and retry consumer, with throw-away keys and a staged safety event; and the
//! anomaly side (`pipeline`): a bundled recording through the detector, and the operator service
//! opening an alert for every anomaly of both sources.

mod pipeline;

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::catalog::{self, names, topic, CatalogParams};
use crate::error::{Error, Result};
use crate::kafka::embedded::EmbeddedBroker;
use crate::model::command::Target;
use crate::model::fleet::SafetyTelemetry;
use crate::roles::control_center::{self, ControlOptions, ControlStats};
use crate::roles::executor::{self, EosChoice};
use crate::roles::robots::{self, SimOptions, SimStats};
use crate::roles::safety_monitor::{self, SafetyOptions, SafetyStats};
use crate::roles::{halt, retry};
use crate::settings::KafkaSettings;
use crate::signing::envelope::{Signer, Verifier};
use crate::signing::{Keyring, Role, RoleKey};

/// What the demo runs.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    /// Robots simulated.
    pub robots: u32,
    /// How long it runs.
    pub duration: Duration,
    /// Simulation speed-up.
    pub speedup: f64,
    /// Fraction of executions that fail on purpose.
    pub chaos: f64,
    /// Canary fraction of the control center.
    pub canary: f64,
}

/// Live counters the dashboard reads.
#[derive(Debug, Default)]
pub struct DemoLive {
    /// Simulator.
    pub sim: Arc<SimStats>,
    /// Control center.
    pub control: Arc<ControlStats>,
    /// Safety monitor.
    pub safety: Arc<SafetyStats>,
}

/// One line of the closing summary.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "demo_metric")]
pub struct Line {
    /// What was counted.
    pub metric: &'static str,
    /// How many.
    pub value: u64,
}

/// Sends a burst of critical temperatures for `fraction` of the fleet: the staged safety event.
async fn heat_event(k: &KafkaSettings, robots: u32, zones: u32, fraction: f64) -> Result<usize> {
    let producer = crate::kafka::client::producer(k, &[])?;
    let t = topic("", names::TELEMETRY_SAFETY);
    let n = ((f64::from(robots) * fraction).ceil() as u32).clamp(1, robots);
    let sim = SimOptions {
        robots,
        interval: Duration::from_secs(1),
        speedup: 1.0,
        chaos: 0.0,
        zones,
        duration: None,
        ignore_halts: vec![],
        id_prefix: "robot".into(),
        seed: None,
    };
    for i in 1..=n {
        let id = sim.robot_id(i);
        let reading = SafetyTelemetry {
            robot_id: id.clone(),
            zone: format!("zone-{}", (i - 1) % zones + 1),
            seq: u64::MAX / 2 + u64::from(i),
            ts_ms: crate::model::now_ms(),
            temperature_c: 131.0,
            vibration_mm_s: 2.0,
            energy_draw_w: 400.0,
            radiation_usv_h: 0.3,
            obstacle_distance_m: 25.0,
            tilt_deg: 2.0,
            status: None,
        };
        let bytes = serde_json::to_vec(&reading).unwrap_or_default();
        crate::kafka::pending::send_one(&producer, &t, &id, &bytes).await?;
    }
    Ok(n as usize)
}

/// Runs the demo; `say` gets the story as it happens, `live` the counters for a dashboard.
pub async fn run(
    o: DemoOptions,
    live: Arc<DemoLive>,
    cancel: CancellationToken,
    say: impl Fn(String),
) -> Result<Vec<Line>> {
    let zones = 4;
    let specs = catalog::catalog(&CatalogParams {
        robots: o.robots,
        ..Default::default()
    });
    let broker = EmbeddedBroker::start(&specs)?;
    let k = KafkaSettings {
        brokers: Some(broker.bootstrap_servers()),
        properties: Vec::new(),
        timeout: Duration::from_secs(10),
    };
    say(format!(
        "embedded broker on {} with {} topics; throw-away keys for control, safety, operator",
        broker.bootstrap_servers(),
        specs.len()
    ));
    let keys: Vec<RoleKey> = Role::ALL.iter().map(|r| RoleKey::generate(*r)).collect();
    let mut ring = Keyring::default();
    for key in &keys {
        ring.add(key.role, key.key.verifying_key(), "demo".into());
    }
    let signer = |r: Role| {
        Signer::new(
            keys.iter()
                .find(|k| k.role == r)
                .cloned()
                .expect("all roles generated"),
        )
    };

    let stop = cancel.child_token();
    let sim_opts = SimOptions {
        robots: o.robots,
        interval: Duration::from_secs(1),
        speedup: o.speedup,
        chaos: 0.0,
        zones,
        duration: None,
        ignore_halts: vec![],
        id_prefix: "robot".into(),
        seed: None,
    };
    let (kk, ring2, st, c) = (k.clone(), ring.clone(), live.sim.clone(), stop.clone());
    let sim = tokio::task::spawn_blocking(move || robots::run(&kk, "", ring2, sim_opts, st, c));
    let exec_opts = executor::Options {
        prefix: String::new(),
        group: executor::GROUP.into(),
        instance: 0,
        eos: EosChoice::Auto,
        batch: executor::MAX_BATCH,
        chaos: o.chaos,
        fail_attempts: 0,
        max_retries: crate::roles::retry_headers::MAX_RETRIES,
        duration: None,
        exit_when_idle: None,
    };
    let exec = tokio::spawn({
        let (k, v, c) = (k.clone(), Verifier::new(ring.clone()), stop.clone());
        async move { executor::run(&k, v, exec_opts, c).await }
    });
    let retry_opts = retry::Options {
        prefix: String::new(),
        group: retry::GROUP.into(),
        eos: EosChoice::Auto,
        duration: None,
        exit_when_idle: None,
    };
    let retrier = tokio::spawn({
        let (k, c) = (k.clone(), stop.clone());
        async move { retry::run(&k, retry_opts, c).await }
    });
    let cc_opts = ControlOptions {
        canary: o.canary,
        ..ControlOptions::default()
    };
    let control = tokio::spawn({
        let (k, s, st, c) = (
            k.clone(),
            signer(Role::Control),
            live.control.clone(),
            stop.clone(),
        );
        async move { control_center::run(&k, "", s, cc_opts, st, &c).await }
    });
    let sm_opts = SafetyOptions::default();
    let safety = tokio::spawn({
        let (k, s, st, c) = (
            k.clone(),
            signer(Role::Safety),
            live.safety.clone(),
            stop.clone(),
        );
        async move { safety_monitor::run(&k, "", s, sm_opts, st, &c).await }
    });

    let anomaly_side = pipeline::start(&k, &stop);
    let mut quiet = crate::output::Printer::plain(crate::output::Format::Table);
    quiet.quiet = true;
    let rows = pipeline::replay_recording(&k, &quiet).await?;
    say(format!(
        "replayed a bundled vehicle recording ({rows} rows) through the anomaly detector"
    ));

    // The staged safety event, part-way through; an operator resumes the fleet a little later.
    let event_at = o.duration.mul_f64(0.4);
    tokio::select! { _ = tokio::time::sleep(event_at) => {}, _ = cancel.cancelled() => {} }
    if !cancel.is_cancelled() {
        let acks_before = live.sim.acks.load(Relaxed);
        let n = heat_event(&k, o.robots, zones, 0.4).await?;
        say(format!("safety event: {n} robots report 131 °C; the safety monitor stops them and, past 30 % of the fleet, halts it"));
        let wait = (o.duration.mul_f64(0.25)).max(Duration::from_secs(3));
        tokio::select! { _ = tokio::time::sleep(wait) => {}, _ = cancel.cancelled() => {} }
        say(format!(
            "fleet halts issued: {}; halt acknowledgements from robots: {}",
            live.safety.halts.load(Relaxed),
            live.sim.acks.load(Relaxed) - acks_before
        ));
        if !cancel.is_cancelled() {
            let signed = halt::sign(
                &signer(Role::Operator),
                &[Target::All],
                false,
                "demo: all clear",
            );
            let expected = std::collections::BTreeSet::new();
            let writer = halt::writer(&k)?;
            let wait = Duration::from_millis(1);
            halt::send_and_wait(&k, &writer, "", &signed, &expected, wait, |_| {}).await?;
            say("operator resumed the fleet".into());
        }
    }
    let rest = o
        .duration
        .saturating_sub(event_at + o.duration.mul_f64(0.25).max(Duration::from_secs(3)));
    tokio::select! { _ = tokio::time::sleep(rest) => {}, _ = cancel.cancelled() => {} }
    stop.cancel();

    let join = |e: tokio::task::JoinError| Error::Other(anyhow::anyhow!("a demo role failed: {e}"));
    let sim = sim.await.map_err(join)??;
    let exec = exec.await.map_err(join)??;
    let retried = retrier.await.map_err(join)??;
    let cc = control.await.map_err(join)??;
    let sm = safety.await.map_err(join)??;
    let anomalies = anomaly_side.finish().await?;
    drop(broker);
    let s = &live.sim;
    Ok(vec![
        Line {
            metric: "robots",
            value: u64::from(sim.robots),
        },
        Line {
            metric: "telemetry sent",
            value: s.delivered.load(Relaxed),
        },
        Line {
            metric: "commands issued (control center)",
            value: cc.commands,
        },
        Line {
            metric: "  of which dry runs (outside the canary)",
            value: cc.dry_run,
        },
        Line {
            metric: "safety stops issued",
            value: sm.stops,
        },
        Line {
            metric: "commands executed",
            value: exec.counts.executed,
        },
        Line {
            metric: "commands rejected (robot halted)",
            value: exec.counts.rejected,
        },
        Line {
            metric: "dry runs recorded",
            value: exec.counts.dry_run,
        },
        Line {
            metric: "executions failed (--chaos)",
            value: exec.counts.failed,
        },
        Line {
            metric: "retries re-published",
            value: retried.republished,
        },
        Line {
            metric: "dead-lettered",
            value: exec.counts.dead_lettered,
        },
        Line {
            metric: "fleet halts (safety monitor)",
            value: sm.halts,
        },
        Line {
            metric: "halt acknowledgements",
            value: s.acks.load(Relaxed),
        },
        Line {
            metric: "anomalies (safety monitor)",
            value: sm.anomalies,
        },
        Line {
            metric: "anomalies (detector, replayed recording)",
            value: anomalies.detected,
        },
        Line {
            metric: "operator alerts opened (both sources)",
            value: anomalies.alerts_opened,
        },
    ])
}
