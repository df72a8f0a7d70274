//! The safety monitor: reads environment telemetry, writes anomalies, stops robots with critical
//! readings (STOP signed with the safety key) and halts the whole fleet when too many robots are
//! critical at once.
//!
//! Checks: one threshold rule per reading (`rules`), and checks over a window of readings or
//! against the robot's status (`patterns`: vibration trend, energy pattern). Each finding is an
//! anomaly in the anomaly pipeline's schema, so `consume anomalies` opens an alert for it.
//!
//! Debouncing, all over `--window`: one anomaly per robot, anomaly type and level, one STOP per
//! robot, one fleet halt. The halt fires when the robots with a critical reading within the window are
//! more than `--halt-fraction` of the robots that reported within it.

pub mod patterns;
pub mod rules;

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;
use std::time::Duration;

use prometheus_client::metrics::counter::Counter;
use rdkafka::message::BorrowedMessage;
use serde::Serialize;
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use self::patterns::Patterns;
use self::rules::{Finding, Level, Thresholds};
use super::consume::{self, Decide, Ended, LoopOptions, LoopStats, Outgoing};
use crate::catalog::{names, topic};
use crate::error::{Error, Result};
use crate::model::anomaly::{Anomaly, AnomalyType};
use crate::model::command::{Action, Target};
use crate::model::fleet::SafetyTelemetry;
use crate::model::now_ms;
use crate::otel::attr;
use crate::schemas::wire::Decoder;
use crate::settings::KafkaSettings;
use crate::signing::envelope::Signer;

/// Default consumer group.
pub const GROUP: &str = "safety-monitor";
/// Readings older than this are history: counted, not acted on.
pub const STALE_MS: i64 = 30_000;

/// How the safety monitor decides.
#[derive(Debug, Clone)]
pub struct SafetyOptions {
    /// Consumer group.
    pub group: String,
    /// Static identity in the group, if any.
    pub instance: Option<String>,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// Fraction of robots seen that must be critical within the window for a fleet halt.
    pub halt_fraction: f64,
    /// Window for the fleet halt and for debouncing.
    pub window: Duration,
    /// The rules.
    pub thresholds: Thresholds,
    /// Resolves the schema ids of framed records (none: framed records are dead-lettered).
    pub registry: Option<std::sync::Arc<crate::registry::RegistryClient>>,
}

impl Default for SafetyOptions {
    /// The defaults of `run safety-monitor` (its clap arguments take theirs from here; a test
    /// in `cli` checks the ones clap spells as text).
    fn default() -> Self {
        SafetyOptions {
            group: GROUP.into(),
            instance: None,
            duration: None,
            halt_fraction: DEFAULT_HALT_FRACTION,
            window: Duration::from_secs(10),
            thresholds: Thresholds::default(),
            registry: None,
        }
    }
}

/// Default fraction of critical robots that triggers a fleet halt.
pub const DEFAULT_HALT_FRACTION: f64 = 0.3;

/// Live counters.
#[derive(Debug, Default)]
pub struct SafetyStats {
    /// Consume loop counters.
    pub base: LoopStats,
    /// Readings too old to act on.
    pub stale: AtomicU64,
    /// Records that were not safety telemetry (sent to the DLQ).
    pub malformed: AtomicU64,
    /// Readings over a warning threshold.
    pub warnings: AtomicU64,
    /// Readings over a critical threshold.
    pub criticals: AtomicU64,
    /// Anomalies written.
    pub anomalies: AtomicU64,
    /// STOP commands issued.
    pub stops: AtomicU64,
    /// Fleet halts issued.
    pub halts: AtomicU64,
}

/// Printed at the end of a run.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "safety_monitor_summary")]
pub struct SafetySummary {
    /// Readings read.
    pub telemetry_read: u64,
    /// Too old to act on.
    pub stale: u64,
    /// Malformed, sent to the DLQ.
    pub malformed: u64,
    /// Readings over a warning threshold.
    pub warnings: u64,
    /// Readings over a critical threshold.
    pub criticals: u64,
    /// Anomalies written.
    pub anomalies: u64,
    /// STOP commands issued.
    pub stops: u64,
    /// Fleet halts issued.
    pub halts: u64,
    /// Whether the run was interrupted (rather than reaching --duration).
    pub interrupted: bool,
}

/// The anomaly for one finding in one reading, in the anomaly pipeline's schema: the features
/// are every reading of the record plus what the check computed.
pub fn anomaly(t: &SafetyTelemetry, f: &Finding, now: i64) -> Anomaly {
    let time = |ms: i64| chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default();
    let mut features = BTreeMap::from([
        ("temperature_c".to_string(), t.temperature_c),
        ("vibration_mm_s".to_string(), t.vibration_mm_s),
        ("energy_draw_w".to_string(), t.energy_draw_w),
        ("radiation_usv_h".to_string(), t.radiation_usv_h),
        ("obstacle_distance_m".to_string(), t.obstacle_distance_m),
        ("tilt_deg".to_string(), t.tilt_deg),
    ]);
    features.extend(f.features.clone());
    Anomaly {
        anomaly_id: Uuid::new_v4().to_string(),
        event_id: format!("{}:{}", t.robot_id, t.seq),
        vehicle_id: t.robot_id.clone(),
        event_time: time(t.ts_ms),
        processing_time: time(now),
        anomaly_type: f.kind,
        severity: f.level.severity(),
        triggered_rule: f.rule.clone(),
        features,
        thresholds: f.thresholds.clone(),
        evidence: f.evidence.clone(),
    }
}

/// The safety monitor's state between records.
struct Monitor {
    /// Options.
    opts: SafetyOptions,
    /// Signs with the safety key.
    signer: Signer,
    /// robot-commands, anomalies, robot-emergency-halt, robot-commands-dlq.
    topics: [String; 4],
    /// Last report time of every robot, ms.
    seen: HashMap<String, i64>,
    /// Last critical reading of every robot, ms.
    critical: HashMap<String, i64>,
    /// Last STOP per robot, ms.
    stopped: HashMap<String, i64>,
    /// Last anomaly per (robot, anomaly type, level), ms.
    reported: HashMap<(String, AnomalyType, Level), i64>,
    /// Windowed and status-aware checks, with their per-robot readings.
    patterns: Patterns,
    /// When the last fleet halt was issued, ms.
    last_halt_ms: Option<i64>,
    /// Counters.
    stats: Arc<SafetyStats>,
    /// Prometheus counters, looked up once rather than by label per record.
    metrics: MonitorMetrics,
    /// Reads JSON, JSON Schema- and Avro-framed telemetry.
    decoder: Decoder,
}

/// The safety monitor's Prometheus counters.
struct MonitorMetrics {
    /// `robot_telemetry_processed_total`.
    processed: Counter,
    /// `robot_commands_issued_total{source="safety",action="STOP"}`.
    stops: Counter,
    /// `robot_commands_issued_total{source="safety",action="HALT"}`.
    halts: Counter,
}

impl MonitorMetrics {
    fn new() -> Self {
        let m = crate::metrics::global();
        MonitorMetrics {
            processed: m.telemetry_processed.clone(),
            stops: m.issued_counter("safety", "STOP"),
            halts: m.issued_counter("safety", "HALT"),
        }
    }
}

impl Monitor {
    fn window_ms(&self) -> i64 {
        self.opts.window.as_millis() as i64
    }

    /// Fleet halt check: more than the fraction of robots seen in the window are critical.
    fn fleet_halt(&mut self, now: i64, out: &mut Vec<Outgoing>) {
        let w = self.window_ms();
        if self.last_halt_ms.is_some_and(|at| now - at < w) {
            return;
        }
        self.seen.retain(|_, at| now - *at <= w);
        self.critical.retain(|_, at| now - *at <= w);
        let (critical, seen) = (self.critical.len(), self.seen.len().max(1));
        if (critical as f64) / (seen as f64) <= self.opts.halt_fraction {
            return;
        }
        let reason = format!(
            "{critical} of {seen} robots critical within {:?}",
            self.opts.window
        );
        tracing::warn!("fleet halt: {reason}");
        let signed = self
            .signer
            .command(Target::All, None, Action::Halt { reason }, false);
        // A fleet halt has many causes: it starts a trace of its own.
        let attrs = || consume::command_attrs(&signed.command);
        let record = Outgoing::new(&self.topics[2], &Target::All.key(), signed.bytes);
        out.push(record.traced("halt.issue", None, attrs));
        self.last_halt_ms = Some(now);
        self.stats.halts.fetch_add(1, Relaxed);
        self.metrics.halts.inc();
    }
}

impl Decide for Monitor {
    fn decide(&mut self, m: &BorrowedMessage<'_>, out: &mut Vec<Outgoing>) {
        let [commands, anomalies, _, dlq] = &self.topics;
        let dead = (dlq.as_str(), self.opts.group.as_str());
        let id: fn(&SafetyTelemetry) -> &str = |t| t.robot_id.as_str();
        let read = (&self.decoder, "safety telemetry");
        let Some(t) = consume::decode_keyed(m, read, id, dead, out) else {
            self.stats.malformed.fetch_add(1, Relaxed);
            return;
        };
        let parent = crate::kafka::trace::extract(m);
        self.metrics.processed.inc();
        let now = now_ms();
        if now - t.ts_ms > STALE_MS {
            self.stats.stale.fetch_add(1, Relaxed);
            return;
        }
        let w = self.window_ms();
        self.seen.insert(t.robot_id.clone(), now);
        let mut findings: Vec<Finding> = self
            .opts
            .thresholds
            .evaluate(&t)
            .iter()
            .map(|v| v.finding())
            .collect();
        findings.extend(self.patterns.observe(&t));
        for f in &findings {
            let counter = if f.level == Level::Critical {
                &self.stats.criticals
            } else {
                &self.stats.warnings
            };
            counter.fetch_add(1, Relaxed);
            let last = self
                .reported
                .entry((t.robot_id.clone(), f.kind, f.level))
                .or_insert(i64::MIN / 2);
            if now - *last >= w {
                *last = now;
                if let Ok(bytes) = serde_json::to_vec(&anomaly(&t, f, now)) {
                    let record = Outgoing::new(anomalies, &t.robot_id, bytes);
                    let attrs = || vec![attr("robot.id", t.robot_id.clone())];
                    out.push(record.traced("anomaly.report", parent.as_ref(), attrs));
                    self.stats.anomalies.fetch_add(1, Relaxed);
                }
            }
        }
        let worst = findings
            .iter()
            .filter(|f| f.level == Level::Critical)
            .map(|f| f.rule.clone())
            .collect::<Vec<_>>();
        if !worst.is_empty() {
            self.critical.insert(t.robot_id.clone(), now);
            let last = self
                .stopped
                .entry(t.robot_id.clone())
                .or_insert(i64::MIN / 2);
            if now - *last >= w {
                *last = now;
                let reason = format!("safety: {}", worst.join(", "));
                let target = Target::Robot(t.robot_id.clone());
                let signed = self.signer.command(
                    target,
                    Some(t.zone.clone()),
                    Action::Stop { reason },
                    false,
                );
                let attrs = || consume::command_attrs(&signed.command);
                let record = Outgoing::new(commands, &t.robot_id, signed.bytes);
                out.push(record.traced("command.issue", parent.as_ref(), attrs));
                self.stats.stops.fetch_add(1, Relaxed);
                self.metrics.stops.inc();
            }
            self.fleet_halt(now, out);
        }
    }
}

/// Runs the safety monitor until the duration ends or `cancel` fires.
pub async fn run(
    k: &KafkaSettings,
    prefix: &str,
    signer: Signer,
    opts: SafetyOptions,
    stats: Arc<SafetyStats>,
    cancel: &CancellationToken,
) -> Result<SafetySummary> {
    if !(opts.halt_fraction.is_finite() && (0.0..=1.0).contains(&opts.halt_fraction)) {
        return Err(Error::usage(
            "--halt-fraction is a fraction between 0 and 1",
        ));
    }
    if opts.window.is_zero() {
        return Err(Error::usage("--window must be more than 0"));
    }
    let loop_opts = LoopOptions {
        role: "safety-monitor",
        topic: topic(prefix, names::TELEMETRY_SAFETY),
        group: opts.group.clone(),
        instance: opts.instance.clone(),
        duration: opts.duration,
    };
    let mut monitor = Monitor {
        signer,
        topics: [
            topic(prefix, names::COMMANDS),
            topic(prefix, names::ANOMALIES),
            topic(prefix, names::EMERGENCY_HALT),
            topic(prefix, names::DLQ),
        ],
        seen: HashMap::new(),
        critical: HashMap::new(),
        stopped: HashMap::new(),
        reported: HashMap::new(),
        patterns: Patterns::default(),
        last_halt_ms: None,
        stats: stats.clone(),
        metrics: MonitorMetrics::new(),
        decoder: Decoder::new(opts.registry.clone(), names::TELEMETRY_SAFETY),
        opts,
    };
    let ended = consume::run(k, &loop_opts, &mut monitor, &stats.base, cancel).await?;
    let get = |c: &AtomicU64| c.load(Relaxed);
    Ok(SafetySummary {
        telemetry_read: get(&stats.base.consumed),
        stale: get(&stats.stale),
        malformed: get(&stats.malformed),
        warnings: get(&stats.warnings),
        criticals: get(&stats.criticals),
        anomalies: get(&stats.anomalies),
        stops: get(&stats.stops),
        halts: get(&stats.halts),
        interrupted: ended == Ended::Cancelled,
    })
}
