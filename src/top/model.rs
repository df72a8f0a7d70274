//! What `top` shows, folded from records alone: robots, halts and alerts as state, and flows
//! (telemetry, commands, outcomes) as counts per refresh window that become rates per second.
//! Pure: the reader feeds it, the view draws its snapshots.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::anomaly::{AlertStatus, OperatorAlert, Severity};
use crate::model::command::{Action, Command, Target};
use crate::model::fleet::{
    Completion, CompletionStatus, ControlTelemetry, RobotState, RobotStatus, SafetyTelemetry,
};
use crate::roles::executor::halts::HaltSet;
use crate::schemas::wire::TelemetryDecoders;

/// The zone shown for records whose robot's zone is not known (yet).
pub const NO_ZONE: &str = "-";

/// Which topic a record came from, as far as the dashboard cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// robot-telemetry-control.
    Control,
    /// robot-telemetry-safety.
    Safety,
    /// robot-commands (signed envelopes).
    Commands,
    /// robot-command-completions.
    Completions,
    /// robot-state (compacted; a tombstone forgets the robot).
    State,
    /// robot-emergency-halt (signed envelopes).
    Halts,
    /// operator_alerts.
    Alerts,
}

/// A flow counted per refresh window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    /// Telemetry records, control and safety.
    Telemetry,
    /// Signed commands written for the executor.
    Commands,
    /// Commands executed.
    Executed,
    /// Commands rejected (for example, the robot is halted).
    Rejected,
    /// Executions that failed (the retry consumer takes them).
    Failed,
    /// Dry runs recorded (outside the canary).
    DryRun,
    /// Halt and resume acknowledgements from robots.
    Acks,
}

impl Flow {
    /// Every flow, in display order.
    pub const ALL: [Flow; 7] = [
        Flow::Telemetry,
        Flow::Commands,
        Flow::Executed,
        Flow::Rejected,
        Flow::Failed,
        Flow::DryRun,
        Flow::Acks,
    ];

    /// Label in the dashboard.
    pub fn label(self) -> &'static str {
        match self {
            Flow::Telemetry => "telemetry",
            Flow::Commands => "commands",
            Flow::Executed => "executed",
            Flow::Rejected => "rejected",
            Flow::Failed => "failed",
            Flow::DryRun => "dry runs",
            Flow::Acks => "halt/resume acks",
        }
    }
}

/// What is known of one robot.
#[derive(Debug, Clone, Default)]
struct Robot {
    /// Zone from its telemetry, else from robot-state.
    zone: Option<String>,
    /// Status in its latest report, and when that report was made (ms since the epoch).
    reported: Option<(RobotStatus, i64)>,
    /// Commanded status from robot-state.
    commanded: Option<RobotStatus>,
}

/// Consumer lag of one group, summed over its partitions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupLag {
    /// Consumer group.
    pub group: String,
    /// Partitions with a committed offset.
    pub partitions: usize,
    /// Records not yet consumed.
    pub lag: i64,
}

/// What is asked of the brokers rather than read from records: lag and the DLQ backlog.
#[derive(Debug, Clone, Default)]
pub struct Backlog {
    /// Lag per consumer group of the fleet.
    pub lag: Vec<GroupLag>,
    /// Dead letters not yet replayed; none when the DLQ topic does not exist.
    pub dlq: Option<i64>,
    /// Why the numbers above are stale, when asking failed.
    pub error: Option<String>,
}

/// One zone's robots and flows in a snapshot.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ZoneView {
    /// Robots per status.
    pub robots: BTreeMap<RobotStatus, usize>,
    /// Records per flow in the window.
    pub flows: BTreeMap<Flow, u64>,
}

impl ZoneView {
    /// Robots of every status.
    pub fn robot_count(&self) -> usize {
        self.robots.values().sum()
    }

    fn add(&mut self, other: &ZoneView) {
        for (s, n) in &other.robots {
            *self.robots.entry(*s).or_default() += n;
        }
        for (f, n) in &other.flows {
            *self.flows.entry(*f).or_default() += n;
        }
    }
}

/// Everything one refresh shows; the view filters it by zone.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// When it was taken, ms since the epoch.
    pub at_ms: i64,
    /// Length of the window the flow counts cover, seconds.
    pub window_secs: f64,
    /// Robots and flows per zone (`NO_ZONE` for what has none).
    pub zones: BTreeMap<String, ZoneView>,
    /// Halts in force.
    pub halts: Vec<Halt>,
    /// Open (not yet acknowledged) alerts per severity.
    pub open_alerts: BTreeMap<Severity, usize>,
    /// Lag and DLQ backlog.
    pub backlog: Backlog,
}

impl Snapshot {
    /// The robots and flows of one zone, or of all of them.
    pub fn view(&self, zone: Option<&str>) -> ZoneView {
        let mut out = ZoneView::default();
        for (z, v) in &self.zones {
            if zone.is_none_or(|want| want == z) {
                out.add(v);
            }
        }
        out
    }

    /// Records per second of a flow in a view.
    pub fn rate(&self, v: &ZoneView, f: Flow) -> f64 {
        let n = v.flows.get(&f).copied().unwrap_or(0) as f64;
        if self.window_secs > 0.0 {
            n / self.window_secs
        } else {
            0.0
        }
    }

    /// Halts in force that cover a zone (every one without a zone).
    pub fn halts_in(&self, zone: Option<&str>) -> Vec<&Halt> {
        self.halts
            .iter()
            .filter(|h| match (zone, &h.zone) {
                (None, _) | (_, None) => true,
                (Some(want), Some(z)) => want == z,
            })
            .collect()
    }
}

/// A halt in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Halt {
    /// What it covers, as people say it (`the whole fleet`, `zone Z`, `robot R`).
    pub scope: String,
    /// The zone it is in: none for the whole fleet, or a robot whose zone is not known.
    pub zone: Option<String>,
}

/// The fold: feed it records, take a snapshot every refresh.
#[derive(Debug, Default)]
pub struct Model {
    /// Robots by id.
    robots: BTreeMap<String, Robot>,
    /// Halts in force, in topic order.
    halts: HaltSet,
    /// Latest status and severity of each alert.
    alerts: BTreeMap<String, (AlertStatus, Severity)>,
    /// Flow counts of the current window, per (zone, flow).
    window: BTreeMap<(String, Flow), u64>,
    /// Robots whose latest report is older than this many ms are no longer counted.
    seen_ms: i64,
    /// Reads telemetry in any value format.
    decoders: TelemetryDecoders,
}

impl Model {
    /// A model counting robots that reported within `seen_ms` (or have a robot-state record).
    pub fn new(seen_ms: i64, decoders: TelemetryDecoders) -> Self {
        Model {
            seen_ms,
            decoders,
            ..Model::default()
        }
    }

    /// Folds one record; `live` records count towards the window's rates, history does not.
    pub fn apply(&mut self, src: Source, key: Option<&[u8]>, value: Option<&[u8]>, live: bool) {
        match src {
            Source::Control => {
                if let Some(t) = value.and_then(|v| self.decoders.control.decode(v).ok()) {
                    self.telemetry(t, live);
                }
            }
            Source::Safety => {
                if let Some(t) =
                    value.and_then(|v| self.decoders.safety.decode::<SafetyTelemetry>(v).ok())
                {
                    self.count(Some(&t.zone), Flow::Telemetry, live);
                }
            }
            Source::Commands => {
                if let Some(c) = value.and_then(crate::signing::envelope::decode_unverified) {
                    let zone = self.command_zone(&c);
                    self.count(zone.as_deref(), Flow::Commands, live);
                }
            }
            Source::Completions => {
                if let Some(c) = value.and_then(|v| serde_json::from_slice(v).ok()) {
                    self.completion(&c, live);
                }
            }
            Source::State => self.state(key, value),
            Source::Halts => {
                if let Some(c) = value.and_then(crate::signing::envelope::decode_unverified) {
                    if matches!(c.action, Action::Halt { .. } | Action::Resume) {
                        self.halts.apply(&c.target, &c.action);
                    }
                }
            }
            Source::Alerts => {
                if let Some(a) = value.and_then(|v| serde_json::from_slice::<OperatorAlert>(v).ok())
                {
                    self.alerts.insert(a.alert_id, (a.alert_status, a.severity));
                }
            }
        }
    }

    /// Seeds a robot from telemetry read before the dashboard started (not counted as a rate).
    pub fn telemetry(&mut self, t: ControlTelemetry, live: bool) {
        let r = self.robots.entry(t.robot_id).or_default();
        if r.reported.is_none_or(|(_, at)| at <= t.ts_ms) {
            r.reported = Some((t.status, t.ts_ms));
        }
        r.zone = Some(t.zone.clone());
        self.count(Some(&t.zone), Flow::Telemetry, live);
    }

    fn state(&mut self, key: Option<&[u8]>, value: Option<&[u8]>) {
        let Some(id) = key.map(|k| String::from_utf8_lossy(k).into_owned()) else {
            return;
        };
        match value.and_then(|v| serde_json::from_slice::<RobotState>(v).ok()) {
            Some(s) => {
                let r = self.robots.entry(id).or_default();
                r.commanded = Some(s.status);
                if r.zone.is_none() {
                    r.zone = s.zone;
                }
            }
            None => {
                if let Some(r) = self.robots.get_mut(&id) {
                    r.commanded = None;
                }
            }
        }
    }

    fn completion(&mut self, c: &Completion, live: bool) {
        let flow = match c.status {
            CompletionStatus::Executed => Flow::Executed,
            CompletionStatus::Rejected => Flow::Rejected,
            CompletionStatus::Failed => Flow::Failed,
            CompletionStatus::DryRun => Flow::DryRun,
            CompletionStatus::HaltAck | CompletionStatus::ResumeAck => Flow::Acks,
        };
        let zone = self.robots.get(&c.robot_id).and_then(|r| r.zone.clone());
        self.count(zone.as_deref(), flow, live);
    }

    /// The zone a command is for: the issuer's, else its robot's, else none.
    fn command_zone(&self, c: &Command) -> Option<String> {
        match (&c.zone, &c.target) {
            (Some(z), _) | (None, Target::Zone(z)) => Some(z.clone()),
            (None, Target::Robot(id)) => self.robots.get(id).and_then(|r| r.zone.clone()),
            (None, Target::All) => None,
        }
    }

    fn count(&mut self, zone: Option<&str>, f: Flow, live: bool) {
        if live {
            *self
                .window
                .entry((zone.unwrap_or(NO_ZONE).to_string(), f))
                .or_default() += 1;
        }
    }

    /// The halts in force, each with the zone it is in.
    fn halts_in_force(&self) -> Vec<Halt> {
        let mut out = Vec::new();
        if self.halts.all {
            out.push(Halt {
                scope: Target::All.to_string(),
                zone: None,
            });
        }
        for z in &self.halts.zones {
            out.push(Halt {
                scope: Target::Zone(z.clone()).to_string(),
                zone: Some(z.clone()),
            });
        }
        for r in &self.halts.robots {
            out.push(Halt {
                scope: Target::Robot(r.clone()).to_string(),
                zone: self.robots.get(r).and_then(|x| x.zone.clone()),
            });
        }
        out
    }

    /// Takes a snapshot at `now_ms` of a window `window_secs` long, and starts the next window.
    pub fn snapshot(&mut self, now_ms: i64, window_secs: f64, backlog: Backlog) -> Snapshot {
        let mut zones: BTreeMap<String, ZoneView> = BTreeMap::new();
        for r in self.robots.values() {
            // A recent report says what the robot does now; robot-state what it was told.
            let status = match (r.reported, r.commanded) {
                (Some((s, at)), _) if now_ms - at <= self.seen_ms => Some(s),
                (_, Some(s)) => Some(s),
                _ => None,
            };
            if let Some(s) = status {
                let z = r.zone.clone().unwrap_or_else(|| NO_ZONE.into());
                *zones.entry(z).or_default().robots.entry(s).or_default() += 1;
            }
        }
        for ((z, f), n) in std::mem::take(&mut self.window) {
            zones.entry(z).or_default().flows.insert(f, n);
        }
        let mut open_alerts = BTreeMap::new();
        for (status, sev) in self.alerts.values() {
            if *status == AlertStatus::Open {
                *open_alerts.entry(*sev).or_default() += 1;
            }
        }
        Snapshot {
            at_ms: now_ms,
            window_secs,
            zones,
            halts: self.halts_in_force(),
            open_alerts,
            backlog,
        }
    }
}

#[cfg(test)]
mod tests;
