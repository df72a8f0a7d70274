//! The control center: reads control telemetry and issues signed MOVE_TO, RETURN_TO_BASE and
//! CHARGE commands, real to a stable canary fraction of the robots and dry-run to the rest.
//!
//! Policy for each fresh report, in order (docs/fleet.md): halted, faulted, charging → nothing;
//! idle at base with battery under `CHARGE_BELOW_PCT` → CHARGE; battery under `--low-battery`
//! away from base → RETURN_TO_BASE (once, while the robot drives home); idle → MOVE_TO a random
//! point of its zone. A robot gets at most one command per `--cooldown`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::SeedableRng;
use rdkafka::message::BorrowedMessage;
use serde::Serialize;
use sha2::{Digest, Sha256};
use tokio_util::sync::CancellationToken;

use super::canary_watch::{self, AbortFlag};
use super::consume::{self, Decide, Ended, LoopOptions, LoopStats, Outgoing};
use super::robots::physics::{random_point, zone_base, AT_BASE_M};
use crate::catalog::{names, topic};
use crate::error::{Error, Result};
use crate::metrics::SILENCES;
use crate::model::command::{Action, Target};
use crate::model::fleet::{ControlTelemetry, RobotStatus};
use crate::schemas::wire::Decoder;
use crate::settings::KafkaSettings;
use crate::signing::envelope::Signer;

/// Default consumer group.
pub const GROUP: &str = "control-center";
/// Reports older than this are history, not a reason to command a robot now.
pub const STALE_MS: i64 = 30_000;
/// A robot idle at base with less battery than this is told to charge.
pub const CHARGE_BELOW_PCT: f64 = 80.0;

/// How the control center decides.
#[derive(Debug, Clone)]
pub struct ControlOptions {
    /// Consumer group.
    pub group: String,
    /// Static identity in the group, if any.
    pub instance: Option<String>,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// Fraction of robots that get real commands.
    pub canary: f64,
    /// Battery percentage under which a robot is sent home.
    pub low_battery: f64,
    /// Minimum time between two commands to one robot.
    pub cooldown: Duration,
    /// Canary failure rate above which only dry runs are sent (none: never abort).
    pub abort_threshold: Option<f64>,
    /// Resolves the schema ids of framed records (none: framed records are dead-lettered).
    pub registry: Option<std::sync::Arc<crate::registry::RegistryClient>>,
}

impl Default for ControlOptions {
    /// The defaults of `run control-center` (its clap arguments take theirs from here; a test
    /// in `cli` checks the ones clap spells as text).
    fn default() -> Self {
        ControlOptions {
            group: GROUP.into(),
            instance: None,
            duration: None,
            canary: DEFAULT_CANARY,
            low_battery: DEFAULT_LOW_BATTERY,
            cooldown: Duration::from_secs(5),
            abort_threshold: None,
            registry: None,
        }
    }
}

/// Default fraction of robots in the canary: the original design's `CANARY_FRACTION` of 10 %.
pub const DEFAULT_CANARY: f64 = 0.1;

/// Default battery percentage under which a robot is sent home.
pub const DEFAULT_LOW_BATTERY: f64 = 20.0;

/// Live counters.
#[derive(Debug, Default)]
pub struct ControlStats {
    /// Consume loop counters.
    pub base: LoopStats,
    /// Reports read that were too old to act on.
    pub stale: AtomicU64,
    /// Records that were not control telemetry (sent to the DLQ).
    pub malformed: AtomicU64,
    /// MOVE_TO commands issued.
    pub move_to: AtomicU64,
    /// RETURN_TO_BASE commands issued.
    pub return_to_base: AtomicU64,
    /// CHARGE commands issued.
    pub charge: AtomicU64,
    /// Commands issued as dry runs (robots outside the canary, or all after an abort).
    pub dry_run: AtomicU64,
    /// Tripped when the canary is aborted.
    pub abort: Arc<AbortFlag>,
}

/// Printed at the end of a run.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "control_center_summary")]
pub struct ControlSummary {
    /// Telemetry records read.
    pub telemetry_read: u64,
    /// Too old to act on.
    pub stale: u64,
    /// Malformed, sent to the DLQ.
    pub malformed: u64,
    /// Robots seen.
    pub robots_seen: u64,
    /// Commands issued (real and dry-run).
    pub commands: u64,
    /// Real commands.
    pub real: u64,
    /// Dry-run commands.
    pub dry_run: u64,
    /// MOVE_TO commands.
    pub move_to: u64,
    /// RETURN_TO_BASE commands.
    pub return_to_base: u64,
    /// CHARGE commands.
    pub charge: u64,
    /// Whether the canary was aborted (--abort-threshold crossed): only dry runs after that.
    pub canary_aborted: bool,
    /// When it was aborted, ms since the epoch.
    pub canary_aborted_at_ms: Option<i64>,
    /// Whether the run was interrupted (rather than reaching --duration).
    pub interrupted: bool,
}

/// Whether a robot is in the canary (gets real commands): stable for a robot id across runs and
/// machines, because it hashes the id with SHA-256 rather than a per-process hasher.
pub fn in_canary(robot_id: &str, fraction: f64) -> bool {
    if fraction >= 1.0 {
        return true;
    }
    let digest = Sha256::digest(robot_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(first) as f64 / u64::MAX as f64) < fraction
}

/// The policy: what to tell a robot given its report and the last action it was sent.
pub fn policy(
    t: &ControlTelemetry,
    low_battery: f64,
    last: Option<&str>,
    rng: &mut impl rand::Rng,
) -> Option<Action> {
    let at_base = super::robots::physics::distance(t.position, zone_base(&t.zone)) <= AT_BASE_M;
    match t.status {
        RobotStatus::Halted | RobotStatus::Fault | RobotStatus::Charging => None,
        RobotStatus::Idle if at_base && t.battery_pct < CHARGE_BELOW_PCT => Some(Action::Charge),
        _ if t.battery_pct < low_battery && !at_base => {
            // A robot already driving home needs no second order.
            let homebound = t.status == RobotStatus::Moving && last == Some("RETURN_TO_BASE");
            (!homebound).then_some(Action::ReturnToBase)
        }
        RobotStatus::Idle => {
            let p = random_point(&t.zone, rng);
            Some(Action::MoveTo {
                x: p.x.round(),
                y: p.y.round(),
            })
        }
        RobotStatus::Moving => None,
    }
}

/// What the control center remembers of a robot.
#[derive(Debug, Clone)]
struct Seen {
    /// Highest report sequence number seen.
    seq: u64,
    /// Name of the last action sent.
    last_action: Option<&'static str>,
    /// When the last command was sent, ms.
    last_command_ms: i64,
    /// When the last fresh report was read, for `robot_robots_silent`.
    heard: Instant,
}

/// The control center's state between records.
struct ControlCenter {
    /// Options.
    opts: ControlOptions,
    /// Signs with the control key.
    signer: Signer,
    /// robot-commands.
    commands_topic: String,
    /// robot-commands-dlq.
    dlq_topic: String,
    /// What is known of each robot.
    robots: HashMap<String, Seen>,
    /// Picks waypoints.
    rng: StdRng,
    /// Counters.
    stats: Arc<ControlStats>,
    /// `robot_commands_issued_total{source="control"}` per action, looked up once.
    issued: HashMap<&'static str, prometheus_client::metrics::counter::Counter>,
    /// Reads JSON, JSON Schema- and Avro-framed telemetry.
    decoder: Decoder,
}

impl Decide for ControlCenter {
    fn decide(&mut self, m: &BorrowedMessage<'_>, out: &mut Vec<Outgoing>) {
        let dead = (self.dlq_topic.as_str(), self.opts.group.as_str());
        let id: fn(&ControlTelemetry) -> &str = |t| t.robot_id.as_str();
        let read = (&self.decoder, "control telemetry");
        let Some(t) = consume::decode_keyed(m, read, id, dead, out) else {
            self.stats.malformed.fetch_add(1, Relaxed);
            return;
        };
        let now = crate::model::now_ms();
        if now - t.ts_ms > STALE_MS {
            self.stats.stale.fetch_add(1, Relaxed);
            return;
        }
        let seen = self.robots.entry(t.robot_id.clone()).or_insert(Seen {
            seq: 0,
            last_action: None,
            last_command_ms: 0,
            heard: Instant::now(),
        });
        seen.heard = Instant::now();
        let cooling = now - seen.last_command_ms < self.opts.cooldown.as_millis() as i64;
        if t.seq <= seen.seq || cooling {
            seen.seq = seen.seq.max(t.seq);
            return;
        }
        seen.seq = t.seq;
        let Some(action) = policy(&t, self.opts.low_battery, seen.last_action, &mut self.rng)
        else {
            return;
        };
        let counter = match action {
            Action::MoveTo { .. } => &self.stats.move_to,
            Action::ReturnToBase => &self.stats.return_to_base,
            _ => &self.stats.charge,
        };
        counter.fetch_add(1, Relaxed);
        let dry_run = self.stats.abort.is_set() || !in_canary(&t.robot_id, self.opts.canary);
        if dry_run {
            self.stats.dry_run.fetch_add(1, Relaxed);
        }
        let name = action.name();
        self.issued
            .entry(name)
            .or_insert_with(|| crate::metrics::global().issued_counter("control", name))
            .inc();
        seen.last_action = Some(name);
        seen.last_command_ms = now;
        let signed = self.signer.command(
            Target::Robot(t.robot_id.clone()),
            Some(t.zone.clone()),
            action,
            dry_run,
        );
        let parent = crate::kafka::trace::extract(m);
        let attrs = || consume::command_attrs(&signed.command);
        let record = Outgoing::new(&self.commands_topic, &t.robot_id, signed.bytes);
        out.push(record.traced("command.issue", parent.as_ref(), attrs));
    }

    /// Counts the robots gone silent: a pass over every robot once a second, and one gauge per
    /// silence rather than a series per robot (10,000 robots would be 10,000 series).
    fn tick(&mut self) {
        let mut silent = [0i64; SILENCES.len()];
        for seen in self.robots.values() {
            let quiet = seen.heard.elapsed().as_secs();
            for (n, (_, after)) in silent.iter_mut().zip(SILENCES) {
                *n += i64::from(quiet >= after);
            }
        }
        let roles = &crate::metrics::global().roles;
        roles.set_silent(silent, self.robots.len() as i64);
    }
}

/// Runs the control center until the duration ends or `cancel` fires.
pub async fn run(
    k: &KafkaSettings,
    prefix: &str,
    signer: Signer,
    opts: ControlOptions,
    stats: Arc<ControlStats>,
    cancel: &CancellationToken,
) -> Result<ControlSummary> {
    if !(0.0..=1.0).contains(&opts.canary) {
        return Err(Error::usage("--canary is a fraction between 0 and 1"));
    }
    if !(opts.low_battery.is_finite() && (0.0..=100.0).contains(&opts.low_battery)) {
        return Err(Error::usage(
            "--low-battery is a percentage between 0 and 100",
        ));
    }
    if let Some(t) = opts.abort_threshold {
        if !(t.is_finite() && (0.0..=1.0).contains(&t)) {
            return Err(Error::usage(
                "--abort-threshold is a fraction between 0 and 1",
            ));
        }
    }
    let watch_stop = cancel.child_token();
    let _stop_watch = watch_stop.clone().drop_guard();
    if let Some(t) = opts.abort_threshold {
        canary_watch::spawn(
            k,
            &topic(prefix, names::COMPLETIONS),
            t,
            stats.abort.clone(),
            watch_stop,
        )?;
    }
    let loop_opts = LoopOptions {
        role: "control-center",
        topic: topic(prefix, names::TELEMETRY_CONTROL),
        group: opts.group.clone(),
        instance: opts.instance.clone(),
        duration: opts.duration,
    };
    let mut cc = ControlCenter {
        signer,
        commands_topic: topic(prefix, names::COMMANDS),
        dlq_topic: topic(prefix, names::DLQ),
        robots: HashMap::new(),
        rng: StdRng::from_entropy(),
        stats: stats.clone(),
        issued: HashMap::new(),
        decoder: Decoder::new(opts.registry.clone(), names::TELEMETRY_CONTROL),
        opts,
    };
    let ended = consume::run(k, &loop_opts, &mut cc, &stats.base, cancel).await?;
    let (move_to, rtb, charge) = (
        stats.move_to.load(Relaxed),
        stats.return_to_base.load(Relaxed),
        stats.charge.load(Relaxed),
    );
    let commands = move_to + rtb + charge;
    let dry_run = stats.dry_run.load(Relaxed);
    Ok(ControlSummary {
        telemetry_read: stats.base.consumed.load(Relaxed),
        stale: stats.stale.load(Relaxed),
        malformed: stats.malformed.load(Relaxed),
        robots_seen: cc.robots.len() as u64,
        commands,
        real: commands - dry_run,
        dry_run,
        move_to,
        return_to_base: rtb,
        charge,
        canary_aborted: stats.abort.is_set(),
        canary_aborted_at_ms: stats.abort.at_ms(),
        interrupted: ended == Ended::Cancelled,
    })
}

#[cfg(test)]
mod tests;
