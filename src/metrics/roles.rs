//! Metrics the roles report for alerting (deploy/prometheus/rules.yml): halts in force, fencing,
//! robots gone silent, processing time per role and producer errors.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

/// Labels of `robot_halts_in_force`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ScopeLabels {
    /// all, zone or robot.
    pub scope: String,
}

/// Labels of `robot_fenced_total`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct FencedLabels {
    /// What another process took over: transactional_id (an executor's producer) or
    /// group_instance_id (a static group member).
    pub by: String,
}

/// Labels of `robot_robots_silent`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SilentLabels {
    /// The silence counted, e.g. `30s`: robots not heard from for longer than that.
    pub after: String,
}

/// Labels of `robot_processing_seconds`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RoleLabels {
    /// The role, e.g. control-center (the demo runs several in one process).
    pub role: String,
}

/// Labels of `robot_producer_errors_total`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ErrorLabels {
    /// librdkafka's error code name, e.g. MessageTimedOut (a bounded set).
    pub error: String,
}

/// The silences `robot_robots_silent` counts: 5, 30 and 300 report intervals at the
/// simulator's default interval of 1 s, so that a rule picks N without a label per robot.
pub const SILENCES: [(&str, u64); 3] = [("5s", 5), ("30s", 30), ("300s", 300)];

/// A histogram constructor, for the family of per-role processing times.
type NewHistogram = fn() -> Histogram;

/// The alerting metrics of the roles.
#[derive(Debug)]
pub struct RoleMetrics {
    /// `robot_halts_in_force{scope}`: halts the executor holds (1 for a fleet-wide halt, else
    /// the number of halted zones or robots).
    pub halts_in_force: Family<ScopeLabels, Gauge>,
    /// `robot_fenced_total{by}`: this process was fenced by another with the same identity.
    pub fenced: Family<FencedLabels, Counter>,
    /// `robot_robots_silent{after}`: robots the control center heard from once, then not for
    /// longer than `after`.
    pub robots_silent: Family<SilentLabels, Gauge>,
    /// `robot_robots_seen`: robots the control center has heard from since it started.
    pub robots_seen: Gauge,
    /// `robot_processing_seconds{role}`: time from a batch's first record to its outputs
    /// acknowledged and its offsets committed.
    pub processing: Family<RoleLabels, Histogram, NewHistogram>,
    /// `robot_producer_errors_total{error}`: records a producer failed to deliver (each try).
    pub producer_errors: Family<ErrorLabels, Counter>,
}

impl Default for RoleMetrics {
    fn default() -> Self {
        RoleMetrics {
            halts_in_force: Family::default(),
            fenced: Family::default(),
            robots_silent: Family::default(),
            robots_seen: Gauge::default(),
            // 1 ms to about 16 s.
            processing: Family::new_with_constructor(|| {
                Histogram::new(exponential_buckets(0.001, 2.0, 15))
            }),
            producer_errors: Family::default(),
        }
    }
}

impl RoleMetrics {
    /// Adds every metric to `r`.
    pub fn register(&self, r: &mut Registry) {
        let halts =
            "Halts in force at the executor: 1 for the whole fleet, else halted zones or robots";
        r.register("robot_halts_in_force", halts, self.halts_in_force.clone());
        let fenced = "Times another process with the same identity fenced this one";
        r.register("robot_fenced", fenced, self.fenced.clone());
        let silent = "Robots the control center heard from, then not for longer than `after`";
        r.register("robot_robots_silent", silent, self.robots_silent.clone());
        let seen = "Robots the control center has heard from since it started";
        r.register("robot_robots_seen", seen, self.robots_seen.clone());
        let processing =
            "Time from a batch's first record to its outputs acknowledged and committed";
        r.register(
            "robot_processing_seconds",
            processing,
            self.processing.clone(),
        );
        let errors = "Records a producer failed to deliver, by librdkafka error";
        r.register(
            "robot_producer_errors",
            errors,
            self.producer_errors.clone(),
        );
    }

    /// Sets `robot_halts_in_force` from a halt set's shape.
    pub fn set_halts(&self, all: bool, zones: usize, robots: usize) {
        for (scope, n) in [
            ("all", usize::from(all)),
            ("zone", zones),
            ("robot", robots),
        ] {
            self.halts_in_force
                .get_or_create(&ScopeLabels {
                    scope: scope.into(),
                })
                .set(n as i64);
        }
    }

    /// Counts a fencing (`by`: transactional_id or group_instance_id).
    pub fn fenced(&self, by: &str) {
        self.fenced
            .get_or_create(&FencedLabels { by: by.into() })
            .inc();
    }

    /// Sets `robot_robots_silent` from silent counts in the order of `SILENCES`, and the robots seen.
    pub fn set_silent(&self, silent: [i64; SILENCES.len()], seen: i64) {
        for ((after, _), n) in SILENCES.iter().zip(silent) {
            self.robots_silent
                .get_or_create(&SilentLabels {
                    after: (*after).into(),
                })
                .set(n);
        }
        self.robots_seen.set(seen);
    }

    /// Records the processing time of one batch of `role`.
    pub fn processed(&self, role: &str, seconds: f64) {
        self.processing
            .get_or_create(&RoleLabels { role: role.into() })
            .observe(seconds);
    }

    /// Counts a failed delivery with librdkafka's error name.
    pub fn producer_error(&self, error: &str) {
        self.producer_errors
            .get_or_create(&ErrorLabels {
                error: error.into(),
            })
            .inc();
    }
}
