//! The whole system in one process on the embedded broker: robots, control center, safety
//! monitor, executor and retry consumer, with throw-away keys and a staged safety event; and the
//! anomaly side (`pipeline`): a bundled recording through the detector, and the operator service
//! opening an alert for every anomaly of both sources.

mod pipeline;

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::catalog::{self, names, topic, CatalogParams};
use crate::error::{Error, Result};
use crate::kafka::embedded::EmbeddedBroker;
use crate::model::command::Target;
use crate::model::fleet::SafetyTelemetry;
use crate::roles::control_center::{self, ControlOptions, ControlStats, ControlSummary};
use crate::roles::executor::{self, EosChoice};
use crate::roles::robots::{self, SimOptions, SimStats, SimSummary};
use crate::roles::safety_monitor::{self, SafetyOptions, SafetyStats, SafetySummary};
use crate::roles::{halt, retry};
use crate::settings::KafkaSettings;
use crate::signing::envelope::{Signer, Verifier};
use crate::signing::{Keyring, Role, RoleKey};

use self::pipeline::PipelineSummary;

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
    /// How to reach the embedded broker, once it runs (for `demo --top`).
    pub brokers: std::sync::OnceLock<KafkaSettings>,
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
        zones,
        ..SimOptions::default()
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
        crate::kafka::pending::send_one(&producer, (&t, &id, &bytes), None).await?;
    }
    Ok(n as usize)
}

/// Throw-away keys of every role, and the keyring that trusts them.
struct DemoKeys {
    /// The control center's key.
    control: RoleKey,
    /// The safety monitor's key.
    safety: RoleKey,
    /// The operator's key.
    operator: RoleKey,
    /// Verifying keys of the three, as the verifying roles load them.
    ring: Keyring,
}

impl DemoKeys {
    /// Generates a key for every role and a keyring trusting them.
    fn generate() -> Self {
        let [control, safety, operator] =
            [Role::Control, Role::Safety, Role::Operator].map(RoleKey::generate);
        let mut ring = Keyring::default();
        for key in [&control, &safety, &operator] {
            ring.add(key.role, key.key.verifying_key(), "demo".into());
        }
        DemoKeys {
            control,
            safety,
            operator,
            ring,
        }
    }

    /// A signer with the key of role `r`.
    fn signer(&self, r: Role) -> Signer {
        Signer::new(
            match r {
                Role::Control => &self.control,
                Role::Safety => &self.safety,
                Role::Operator => &self.operator,
            }
            .clone(),
        )
    }
}

/// The fleet-side roles of the demo, each running on its own task until `stop` fires.
struct Roles {
    /// The robot simulator (a blocking task).
    sim: JoinHandle<Result<SimSummary>>,
    /// The command executor.
    exec: JoinHandle<Result<executor::Summary>>,
    /// The retry consumer.
    retrier: JoinHandle<Result<retry::Summary>>,
    /// The control center.
    control: JoinHandle<Result<ControlSummary>>,
    /// The safety monitor.
    safety: JoinHandle<Result<SafetySummary>>,
}

/// What the fleet-side roles reported when they stopped.
struct Reports {
    /// The robot simulator's summary.
    sim: SimSummary,
    /// The executor's summary.
    exec: executor::Summary,
    /// The retry consumer's summary.
    retried: retry::Summary,
    /// The control center's summary.
    cc: ControlSummary,
    /// The safety monitor's summary.
    sm: SafetySummary,
}

impl Roles {
    /// Waits for every role to stop, in the order they started; the first failure ends the demo.
    async fn finish(self) -> Result<Reports> {
        let join =
            |e: tokio::task::JoinError| Error::Other(anyhow::anyhow!("a demo role failed: {e}"));
        let sim = self.sim.await.map_err(join)??;
        let exec = self.exec.await.map_err(join)??;
        let retried = self.retrier.await.map_err(join)??;
        let cc = self.control.await.map_err(join)??;
        let sm = self.safety.await.map_err(join)??;
        Ok(Reports {
            sim,
            exec,
            retried,
            cc,
            sm,
        })
    }
}

/// Starts the embedded broker with the whole catalog and returns it with settings that reach it.
fn start_broker(o: &DemoOptions, say: &impl Fn(String)) -> Result<(EmbeddedBroker, KafkaSettings)> {
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
    Ok((broker, k))
}

/// Spawns the simulator, executor, retry consumer, control center and safety monitor.
fn start_roles(
    k: &KafkaSettings,
    o: &DemoOptions,
    keys: &DemoKeys,
    live: &DemoLive,
    stop: &CancellationToken,
    zones: u32,
) -> Roles {
    let sim_opts = SimOptions {
        robots: o.robots,
        speedup: o.speedup,
        zones,
        ..SimOptions::default()
    };
    let (kk, ring2, st, c) = (k.clone(), keys.ring.clone(), live.sim.clone(), stop.clone());
    let sim = tokio::task::spawn_blocking(move || robots::run(&kk, "", ring2, sim_opts, st, c));
    let exec_opts = executor::Options {
        prefix: String::new(),
        group: executor::GROUP.into(),
        instance: "0".into(),
        eos: EosChoice::Auto,
        batch: executor::MAX_BATCH,
        chaos: o.chaos,
        fail_attempts: 0,
        max_retries: crate::roles::retry_headers::MAX_RETRIES,
        duration: None,
        exit_when_idle: None,
    };
    let exec = tokio::spawn({
        let (k, v, c) = (k.clone(), Verifier::new(keys.ring.clone()), stop.clone());
        async move { executor::run(&k, v, exec_opts, c).await }
    });
    let retry_opts = retry::Options {
        prefix: String::new(),
        group: retry::GROUP.into(),
        instance: None,
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
            keys.signer(Role::Control),
            live.control.clone(),
            stop.clone(),
        );
        async move { control_center::run(&k, "", s, cc_opts, st, &c).await }
    });
    let sm_opts = SafetyOptions::default();
    let safety = tokio::spawn({
        let (k, s, st, c) = (
            k.clone(),
            keys.signer(Role::Safety),
            live.safety.clone(),
            stop.clone(),
        );
        async move { safety_monitor::run(&k, "", s, sm_opts, st, &c).await }
    });
    Roles {
        sim,
        exec,
        retrier,
        control,
        safety,
    }
}

/// Replays the bundled recording through the anomaly detector, quietly, and tells the story.
async fn replay_recording(k: &KafkaSettings, say: &impl Fn(String)) -> Result<()> {
    let mut quiet = crate::output::Printer::plain(crate::output::Format::Table);
    quiet.quiet = true;
    let rows = pipeline::replay_recording(k, &quiet).await?;
    say(format!(
        "replayed a bundled vehicle recording ({rows} rows) through the anomaly detector"
    ));
    Ok(())
}

/// Waits until `event_at`, overheats part of the fleet, reports the halts that follow and has an
/// operator resume the fleet; each wait ends early on `cancel`, and nothing more is sent after it.
async fn stage_safety_event(
    k: &KafkaSettings,
    o: &DemoOptions,
    keys: &DemoKeys,
    live: &DemoLive,
    (cancel, event_at, zones): (&CancellationToken, Duration, u32),
    say: &impl Fn(String),
) -> Result<()> {
    tokio::select! { _ = tokio::time::sleep(event_at) => {}, _ = cancel.cancelled() => {} }
    if cancel.is_cancelled() {
        return Ok(());
    }
    let acks_before = live.sim.acks.load(Relaxed);
    let n = heat_event(k, o.robots, zones, 0.4).await?;
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
            &keys.signer(Role::Operator),
            &[Target::All],
            false,
            "demo: all clear",
        );
        let expected = std::collections::BTreeSet::new();
        let writer = halt::writer(k)?;
        let wait = Duration::from_millis(1);
        halt::send_and_wait(k, &writer, "", &signed, &expected, wait, |_| {}).await?;
        say("operator resumed the fleet".into());
    }
    Ok(())
}

/// Runs the demo; `say` gets the story as it happens, `live` the counters for a dashboard.
pub async fn run(
    o: DemoOptions,
    live: Arc<DemoLive>,
    cancel: CancellationToken,
    say: impl Fn(String),
) -> Result<Vec<Line>> {
    let zones = 4;
    let (broker, k) = start_broker(&o, &say)?;
    let _ = live.brokers.set(k.clone());
    let keys = DemoKeys::generate();

    let stop = cancel.child_token();
    let roles = start_roles(&k, &o, &keys, &live, &stop, zones);
    let anomaly_side = pipeline::start(&k, &stop);
    replay_recording(&k, &say).await?;

    // The staged safety event, part-way through; an operator resumes the fleet a little later.
    let event_at = o.duration.mul_f64(0.4);
    stage_safety_event(&k, &o, &keys, &live, (&cancel, event_at, zones), &say).await?;
    let rest = o
        .duration
        .saturating_sub(event_at + o.duration.mul_f64(0.25).max(Duration::from_secs(3)));
    tokio::select! { _ = tokio::time::sleep(rest) => {}, _ = cancel.cancelled() => {} }
    stop.cancel();

    let reports = roles.finish().await?;
    let anomalies = anomaly_side.finish().await?;
    drop(broker);
    Ok(summary_lines(&reports, &anomalies, &live.sim))
}

/// One summary line.
fn line(metric: &'static str, value: u64) -> Line {
    Line { metric, value }
}

/// The closing summary, from the roles' reports, the anomaly side's and the live counters.
fn summary_lines(r: &Reports, anomalies: &PipelineSummary, s: &SimStats) -> Vec<Line> {
    let exec = &r.exec.counts;
    vec![
        line("robots", u64::from(r.sim.robots)),
        line("telemetry sent", s.delivered.load(Relaxed)),
        line("commands issued (control center)", r.cc.commands),
        line("  of which dry runs (outside the canary)", r.cc.dry_run),
        line("safety stops issued", r.sm.stops),
        line("commands executed", exec.executed),
        line("commands rejected (robot halted)", exec.rejected),
        line("dry runs recorded", exec.dry_run),
        line("executions failed (--chaos)", exec.failed),
        line("retries re-published", r.retried.republished),
        line("dead-lettered", exec.dead_lettered),
        line("fleet halts (safety monitor)", r.sm.halts),
        line("halt acknowledgements", s.acks.load(Relaxed)),
        line("anomalies (safety monitor)", r.sm.anomalies),
        line(
            "anomalies (detector, replayed recording)",
            anomalies.detected,
        ),
        line(
            "operator alerts opened (both sources)",
            anomalies.alerts_opened,
        ),
    ]
}
