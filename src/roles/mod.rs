//! The roles of the fleet system and the anomaly pipeline, each runnable in-process by a
//! subcommand or by `demo`. Each keeps its decisions in plain code and its Kafka plumbing thin.

/// The `q` quantile (nearest rank) of sorted values; none when there are none.
pub fn percentile<T: Copy>(sorted: &[T], q: f64) -> Option<T> {
    let n = sorted.len();
    (n > 0).then(|| sorted[((q * n as f64).ceil() as usize).clamp(1, n) - 1])
}

pub mod canary;
pub mod canary_watch;
pub mod consume;
pub mod control_center;
pub mod demo;
pub mod executor;
pub mod fleet_view;
pub mod halt;
pub mod retry;
pub mod retry_headers;
pub mod robots;
pub mod safety_monitor;

pub mod alerts;
pub mod archiver;
pub mod detector;
pub mod operator;
pub mod replay;
pub mod sender;
pub mod telemetry;

#[cfg(test)]
mod tests {
    #[test]
    fn percentile_is_nearest_rank() {
        let v: Vec<i64> = (1..=100).collect();
        assert_eq!(super::percentile(&v, 0.5), Some(50));
        assert_eq!(super::percentile(&v, 0.99), Some(99));
        assert_eq!(super::percentile(&[7i64], 0.99), Some(7));
        assert_eq!(super::percentile::<i64>(&[], 0.5), None);
    }
}
