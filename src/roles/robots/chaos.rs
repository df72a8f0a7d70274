//! Faults that `--chaos` injects into reports: drops, sensor spikes, malformed records, silence.

use rand::Rng;

/// A sensor whose reading a chaos spike pushes past its critical threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sensor {
    /// Temperature.
    Temperature,
    /// Vibration.
    Vibration,
    /// Tilt.
    Tilt,
    /// Radiation.
    Radiation,
    /// Obstacle distance.
    Obstacle,
    /// Energy draw (far beyond the band of the robot's status).
    Energy,
}

/// A fault injected into one report by `--chaos`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The report is not sent.
    Drop,
    /// One environment reading is far past its critical threshold.
    Spike(Sensor),
    /// The safety record is cut in half (not valid JSON).
    Malformed,
    /// The robot sends nothing for this many ticks.
    Silence(u32),
}

/// With probability `chaos`, one fault drawn uniformly from the four kinds.
pub fn draw_fault(chaos: f64, rng: &mut impl Rng) -> Option<Fault> {
    if chaos <= 0.0 || !rng.gen_bool(chaos.min(1.0)) {
        return None;
    }
    Some(match rng.gen_range(0..4) {
        0 => Fault::Drop,
        1 => Fault::Spike(match rng.gen_range(0..6) {
            0 => Sensor::Temperature,
            1 => Sensor::Vibration,
            2 => Sensor::Tilt,
            3 => Sensor::Radiation,
            4 => Sensor::Energy,
            _ => Sensor::Obstacle,
        }),
        2 => Fault::Malformed,
        _ => Fault::Silence(rng.gen_range(5..=20)),
    })
}
