//! The detector's decisions, synchronous and free of I/O: deduplication, per-vehicle reordering,
//! the ring buffer and one anomaly per physical event. The Kafka loop feeds it and ships its output.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};

use chrono::{DateTime, Utc};

use crate::model::anomaly::{stable_id, Anomaly};

pub use super::rules::Frame;
use super::rules::{self, Thresholds};

/// Settings of the detector core.
#[derive(Debug, Clone)]
pub struct Config {
    /// Rule thresholds.
    pub thresholds: Thresholds,
    /// A (vehicle_id, event_id) pair seen again within this many ms is a duplicate.
    pub dedup_window_ms: u64,
    /// Frames kept per vehicle.
    pub ring_size: usize,
    /// Frames a late frame may be behind and still be put in order.
    pub reorder_frames: usize,
    /// Frames without the condition before a rule may fire again for the same vehicle.
    pub rearm_frames: u32,
    /// Pending frames of a vehicle silent this long (ms) are evaluated without waiting.
    pub idle_release_ms: u64,
    /// A vehicle silent this long (ms) is forgotten.
    pub vehicle_ttl_ms: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            thresholds: Thresholds::default(),
            dedup_window_ms: 60_000,
            ring_size: 10,
            reorder_frames: 2,
            rearm_frames: 3,
            idle_release_ms: 1_000,
            vehicle_ttl_ms: 600_000,
        }
    }
}

/// What happened to one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Taken in (possibly still waiting for late neighbours).
    Accepted,
    /// Seen within the dedup window: dropped.
    Duplicate,
    /// Older than frames already evaluated: dropped.
    Late,
}

/// Counters since start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters {
    /// Frames taken in.
    pub accepted: u64,
    /// Frames dropped as duplicates.
    pub duplicates: u64,
    /// Frames dropped as too late.
    pub late: u64,
    /// Anomalies emitted.
    pub anomalies: u64,
}

#[derive(Debug, Default)]
struct Vehicle {
    /// Frames not evaluated yet, ordered by event time.
    pending: Vec<Frame>,
    /// Evaluated frames, oldest first.
    ring: VecDeque<Frame>,
    /// Event time of the newest evaluated frame.
    released_ns: Option<i64>,
    /// Per rule: inside a physical event, and frames since its condition last held.
    rule_state: [(bool, u32); 2],
    /// Wall clock ms of the last frame.
    last_seen_ms: u64,
}

/// The detector core.
#[derive(Debug)]
pub struct Detector {
    /// Settings.
    cfg: Config,
    /// State per vehicle_id.
    vehicles: HashMap<String, Vehicle>,
    /// Hash of (vehicle_id, event_id) → wall ms first seen. A 64-bit hash stands in for the
    /// strings: a collision within 60 s is vanishingly rare and costs one dropped frame.
    seen: HashMap<u64, u64>,
    /// (first seen ms, hash) oldest first, for expiry.
    seen_order: VecDeque<(u64, u64)>,
    /// Counters since start.
    counters: Counters,
}

impl Detector {
    /// A detector with these settings.
    pub fn new(cfg: Config) -> Self {
        Detector {
            cfg,
            vehicles: HashMap::new(),
            seen: HashMap::new(),
            seen_order: VecDeque::new(),
            counters: Counters::default(),
        }
    }

    /// Counters since start.
    pub fn counters(&self) -> Counters {
        self.counters
    }

    /// Takes one frame at wall clock `now_ms`; anomalies it completes are appended to `out`.
    pub fn process(
        &mut self,
        vehicle_id: &str,
        frame: Frame,
        now_ms: u64,
        out: &mut Vec<Anomaly>,
    ) -> Outcome {
        self.expire_seen(now_ms);
        let mut h = DefaultHasher::new();
        vehicle_id.hash(&mut h);
        frame.event_id.hash(&mut h);
        let key = h.finish();
        if self.seen.contains_key(&key) {
            self.counters.duplicates += 1;
            return Outcome::Duplicate;
        }
        self.seen.insert(key, now_ms);
        self.seen_order.push_back((now_ms, key));

        if !self.vehicles.contains_key(vehicle_id) {
            self.vehicles
                .insert(vehicle_id.to_string(), Vehicle::default());
        }
        let Some(v) = self.vehicles.get_mut(vehicle_id) else {
            return Outcome::Late;
        };
        v.last_seen_ms = now_ms;
        if v.released_ns.is_some_and(|r| frame.event_time_ns <= r) {
            self.counters.late += 1;
            return Outcome::Late;
        }
        let pos = v
            .pending
            .partition_point(|f| f.event_time_ns <= frame.event_time_ns);
        v.pending.insert(pos, frame);
        self.counters.accepted += 1;
        while v.pending.len() > self.cfg.reorder_frames {
            let oldest = v.pending.remove(0);
            self.counters.anomalies += release(&self.cfg, vehicle_id, v, oldest, now_ms, out);
        }
        Outcome::Accepted
    }

    /// Evaluates the frames of vehicles silent for `idle_release_ms`, and forgets long-silent
    /// vehicles. Call it periodically.
    pub fn tick(&mut self, now_ms: u64, out: &mut Vec<Anomaly>) {
        self.expire_seen(now_ms);
        let cfg = &self.cfg;
        let mut emitted = 0;
        for (id, v) in self.vehicles.iter_mut() {
            if now_ms.saturating_sub(v.last_seen_ms) >= cfg.idle_release_ms {
                for f in std::mem::take(&mut v.pending) {
                    emitted += release(cfg, id, v, f, now_ms, out);
                }
            }
        }
        self.counters.anomalies += emitted;
        self.vehicles
            .retain(|_, v| now_ms.saturating_sub(v.last_seen_ms) < cfg.vehicle_ttl_ms);
    }

    /// Evaluates every pending frame (on shutdown or at the end of a bounded run).
    pub fn flush(&mut self, now_ms: u64, out: &mut Vec<Anomaly>) {
        let cfg = &self.cfg;
        let mut emitted = 0;
        for (id, v) in self.vehicles.iter_mut() {
            for f in std::mem::take(&mut v.pending) {
                emitted += release(cfg, id, v, f, now_ms, out);
            }
        }
        self.counters.anomalies += emitted;
    }

    /// Sources of frames not evaluated yet: their offsets must not be committed.
    pub fn pending_sources(&self) -> impl Iterator<Item = (i32, i64)> + '_ {
        self.vehicles
            .values()
            .flat_map(|v| v.pending.iter().filter_map(|f| f.source))
    }

    fn expire_seen(&mut self, now_ms: u64) {
        while let Some(&(t, key)) = self.seen_order.front() {
            if now_ms.saturating_sub(t) < self.cfg.dedup_window_ms {
                break;
            }
            self.seen_order.pop_front();
            if self.seen.get(&key) == Some(&t) {
                self.seen.remove(&key);
            }
        }
    }
}

/// Moves a frame into the ring and runs the rules; returns how many anomalies it emitted.
fn release(
    cfg: &Config,
    vehicle_id: &str,
    v: &mut Vehicle,
    frame: Frame,
    now_ms: u64,
    out: &mut Vec<Anomaly>,
) -> u64 {
    v.released_ns = Some(frame.event_time_ns);
    if v.ring.len() == cfg.ring_size {
        v.ring.pop_front();
    }
    v.ring.push_back(frame);
    let t = &cfg.thresholds;
    let findings = [
        rules::sudden_deceleration(&v.ring, t),
        rules::perception_instability(&v.ring, t),
    ];
    let mut emitted = 0;
    for (state, finding) in v.rule_state.iter_mut().zip(findings) {
        let Some(f) = finding else { continue };
        let (active, quiet) = state;
        if !f.firing {
            *quiet = quiet.saturating_add(1);
            if *quiet >= cfg.rearm_frames {
                *active = false;
            }
            continue;
        }
        *quiet = 0;
        if *active {
            // Still the same physical event: one anomaly per event, not per frame.
            continue;
        }
        *active = true;
        let Some(cur) = v.ring.back() else { continue };
        out.push(Anomaly {
            anomaly_id: stable_id(&[
                "anomaly",
                vehicle_id,
                f.anomaly_type.as_str(),
                &cur.event_id,
            ]),
            event_id: cur.event_id.clone(),
            vehicle_id: vehicle_id.to_string(),
            event_time: DateTime::<Utc>::from_timestamp_nanos(cur.event_time_ns),
            processing_time: DateTime::<Utc>::from_timestamp_millis(now_ms as i64)
                .unwrap_or_else(Utc::now),
            anomaly_type: f.anomaly_type,
            severity: f.severity,
            triggered_rule: f.triggered_rule.to_string(),
            features: f
                .features
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect(),
            thresholds: rules::thresholds_of(f.anomaly_type, t),
            evidence: rules::evidence(&v.ring),
        });
        emitted += 1;
    }
    emitted
}
