//! Readings, the archive's volume: every reading by binary COPY, or with `--downsample` one
//! aggregate per robot and interval, folded into the stored one by a multi-row upsert.

use std::collections::BTreeMap;
use std::pin::Pin;

use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::Transaction;

use super::failed;
use super::rows::At;
use super::{insert_values, ts};
use crate::error::Result;
use crate::model::fleet::{ControlTelemetry, SafetyTelemetry};

/// One binary `COPY table (columns) FROM STDIN` inside the archiver's transaction; its errors
/// name the table.
struct CopyIn {
    /// The open COPY.
    writer: Pin<Box<BinaryCopyInWriter>>,
    /// "COPY table", for errors.
    what: String,
}

impl CopyIn {
    /// Opens the COPY of `columns` (name and type, in row order) into `table`.
    async fn start(tx: &Transaction<'_>, table: &str, columns: &[(&str, Type)]) -> Result<CopyIn> {
        let what = format!("COPY {table}");
        let names: Vec<&str> = columns.iter().map(|(n, _)| *n).collect();
        let sql = format!("COPY {table} ({}) FROM STDIN BINARY", names.join(", "));
        let sink = tx.copy_in(&sql).await.map_err(|e| failed(&what, e))?;
        let types: Vec<Type> = columns.iter().map(|(_, t)| t.clone()).collect();
        Ok(CopyIn {
            writer: Box::pin(BinaryCopyInWriter::new(sink, &types)),
            what,
        })
    }

    /// Writes one row, its values in the order of the columns.
    async fn row(&mut self, values: &[&(dyn ToSql + Sync)]) -> Result<()> {
        self.writer
            .as_mut()
            .write(values)
            .await
            .map_err(|e| failed(&self.what, e))
    }

    /// Ends the COPY: the rows are in the table once the transaction commits.
    async fn finish(mut self) -> Result<()> {
        self.writer
            .as_mut()
            .finish()
            .await
            .map(|_| ())
            .map_err(|e| failed(&self.what, e))
    }
}

/// COPYs every control reading.
pub async fn copy_control(tx: &Transaction<'_>, rows: &[(At, ControlTelemetry)]) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    use Type as T;
    let columns = [
        ("robot_id", T::TEXT),
        ("ts", T::TIMESTAMPTZ),
        ("seq", T::INT8),
        ("zone", T::TEXT),
        ("x", T::FLOAT8),
        ("y", T::FLOAT8),
        ("heading_deg", T::FLOAT8),
        ("velocity_mps", T::FLOAT8),
        ("battery_pct", T::FLOAT8),
        ("status", T::TEXT),
        ("kafka_partition", T::INT4),
        ("kafka_offset", T::INT8),
    ];
    let mut copy = CopyIn::start(tx, "control_readings", &columns).await?;
    for (at, r) in rows {
        copy.row(&[
            &r.robot_id,
            &ts(r.ts_ms),
            &(r.seq as i64),
            &r.zone,
            &r.position.x,
            &r.position.y,
            &r.heading_deg,
            &r.velocity_mps,
            &r.battery_pct,
            &r.status.as_str(),
            &at.partition,
            &at.offset,
        ])
        .await?;
    }
    copy.finish().await
}

/// COPYs every safety reading.
pub async fn copy_safety(tx: &Transaction<'_>, rows: &[(At, SafetyTelemetry)]) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    use Type as T;
    let columns = [
        ("robot_id", T::TEXT),
        ("ts", T::TIMESTAMPTZ),
        ("seq", T::INT8),
        ("zone", T::TEXT),
        ("temperature_c", T::FLOAT8),
        ("vibration_mm_s", T::FLOAT8),
        ("energy_draw_w", T::FLOAT8),
        ("radiation_usv_h", T::FLOAT8),
        ("obstacle_distance_m", T::FLOAT8),
        ("tilt_deg", T::FLOAT8),
        ("status", T::TEXT),
        ("kafka_partition", T::INT4),
        ("kafka_offset", T::INT8),
    ];
    let mut copy = CopyIn::start(tx, "safety_readings", &columns).await?;
    for (at, r) in rows {
        copy.row(&[
            &r.robot_id,
            &ts(r.ts_ms),
            &(r.seq as i64),
            &r.zone,
            &r.temperature_c,
            &r.vibration_mm_s,
            &r.energy_draw_w,
            &r.radiation_usv_h,
            &r.obstacle_distance_m,
            &r.tilt_deg,
            &r.status.map(|s| s.as_str()),
            &at.partition,
            &at.offset,
        ])
        .await?;
    }
    copy.finish().await
}

/// The start of the `secs`-long interval holding `ms`.
fn bucket(ms: i64, secs: u32) -> i64 {
    let width = i64::from(secs.max(1)) * 1000;
    ms.div_euclid(width) * width
}

/// One robot's control readings of one interval, folded.
struct ControlAgg {
    n: i64,
    last: ControlTelemetry,
    velocity_sum: f64,
    velocity_max: f64,
    battery_min: f64,
    battery_max: f64,
}

/// Folds control readings into per-robot, per-interval aggregates and upserts them.
pub async fn upsert_control(
    tx: &Transaction<'_>,
    rows: &[(At, ControlTelemetry)],
    secs: u32,
) -> Result<()> {
    let mut aggs: BTreeMap<(&str, i64), ControlAgg> = BTreeMap::new();
    for (_, r) in rows {
        let a = aggs
            .entry((&r.robot_id, bucket(r.ts_ms, secs)))
            .or_insert_with(|| ControlAgg {
                n: 0,
                last: r.clone(),
                velocity_sum: 0.0,
                velocity_max: f64::MIN,
                battery_min: f64::MAX,
                battery_max: f64::MIN,
            });
        a.n += 1;
        if r.ts_ms >= a.last.ts_ms {
            a.last = r.clone();
        }
        a.velocity_sum += r.velocity_mps;
        a.velocity_max = a.velocity_max.max(r.velocity_mps);
        a.battery_min = a.battery_min.min(r.battery_pct);
        a.battery_max = a.battery_max.max(r.battery_pct);
    }
    let secs = secs as i32;
    let mut values: Vec<Vec<Box<dyn ToSql + Sync + Send>>> = Vec::new();
    for ((robot, start), a) in aggs {
        values.push(vec![
            Box::new(robot.to_string()),
            Box::new(ts(start)),
            Box::new(secs),
            Box::new(a.n),
            Box::new(ts(a.last.ts_ms)),
            Box::new(a.last.position.x),
            Box::new(a.last.position.y),
            Box::new(a.last.status.as_str()),
            Box::new(a.velocity_sum),
            Box::new(a.velocity_max),
            Box::new(a.battery_min),
            Box::new(a.battery_max),
        ]);
    }
    let later = "EXCLUDED.last_ts >= t.last_ts";
    let tail = format!(
        "ON CONFLICT (robot_id, bucket_secs, bucket_start) DO UPDATE SET \
         readings = t.readings + EXCLUDED.readings, \
         last_x = CASE WHEN {later} THEN EXCLUDED.last_x ELSE t.last_x END, \
         last_y = CASE WHEN {later} THEN EXCLUDED.last_y ELSE t.last_y END, \
         last_status = CASE WHEN {later} THEN EXCLUDED.last_status ELSE t.last_status END, \
         last_ts = GREATEST(t.last_ts, EXCLUDED.last_ts), \
         velocity_sum = t.velocity_sum + EXCLUDED.velocity_sum, \
         velocity_max = GREATEST(t.velocity_max, EXCLUDED.velocity_max), \
         battery_min = LEAST(t.battery_min, EXCLUDED.battery_min), \
         battery_max = GREATEST(t.battery_max, EXCLUDED.battery_max)"
    );
    insert_values(
        tx,
        "INSERT INTO control_aggregates AS t (robot_id, bucket_start, bucket_secs, readings, \
         last_ts, last_x, last_y, last_status, velocity_sum, velocity_max, battery_min, \
         battery_max)",
        &tail,
        values,
    )
    .await
}

/// One robot's safety readings of one interval, folded: [temperature sum, temperature max,
/// vibration max, energy sum, radiation max, obstacle min, tilt max].
type SafetyAgg = (i64, i64, [f64; 7]);

/// Folds safety readings into per-robot, per-interval aggregates and upserts them.
pub async fn upsert_safety(
    tx: &Transaction<'_>,
    rows: &[(At, SafetyTelemetry)],
    secs: u32,
) -> Result<()> {
    let mut aggs: BTreeMap<(&str, i64), SafetyAgg> = BTreeMap::new();
    for (_, r) in rows {
        let (n, last, v) = aggs.entry((&r.robot_id, bucket(r.ts_ms, secs))).or_insert((
            0,
            i64::MIN,
            [0.0, f64::MIN, f64::MIN, 0.0, f64::MIN, f64::MAX, f64::MIN],
        ));
        *n += 1;
        *last = (*last).max(r.ts_ms);
        v[0] += r.temperature_c;
        v[1] = v[1].max(r.temperature_c);
        v[2] = v[2].max(r.vibration_mm_s);
        v[3] += r.energy_draw_w;
        v[4] = v[4].max(r.radiation_usv_h);
        v[5] = v[5].min(r.obstacle_distance_m);
        v[6] = v[6].max(r.tilt_deg);
    }
    let secs = secs as i32;
    let mut values: Vec<Vec<Box<dyn ToSql + Sync + Send>>> = Vec::new();
    for ((robot, start), (n, last, v)) in aggs {
        let mut row: Vec<Box<dyn ToSql + Sync + Send>> = vec![
            Box::new(robot.to_string()),
            Box::new(ts(start)),
            Box::new(secs),
            Box::new(n),
            Box::new(ts(last)),
        ];
        row.extend(
            v.into_iter()
                .map(|x| Box::new(x) as Box<dyn ToSql + Sync + Send>),
        );
        values.push(row);
    }
    insert_values(
        tx,
        "INSERT INTO safety_aggregates AS t (robot_id, bucket_start, bucket_secs, readings, \
         last_ts, temperature_sum, temperature_max, vibration_max, energy_sum, radiation_max, \
         obstacle_min, tilt_max)",
        "ON CONFLICT (robot_id, bucket_secs, bucket_start) DO UPDATE SET \
         readings = t.readings + EXCLUDED.readings, \
         last_ts = GREATEST(t.last_ts, EXCLUDED.last_ts), \
         temperature_sum = t.temperature_sum + EXCLUDED.temperature_sum, \
         temperature_max = GREATEST(t.temperature_max, EXCLUDED.temperature_max), \
         vibration_max = GREATEST(t.vibration_max, EXCLUDED.vibration_max), \
         energy_sum = t.energy_sum + EXCLUDED.energy_sum, \
         radiation_max = GREATEST(t.radiation_max, EXCLUDED.radiation_max), \
         obstacle_min = LEAST(t.obstacle_min, EXCLUDED.obstacle_min), \
         tilt_max = GREATEST(t.tilt_max, EXCLUDED.tilt_max)",
        values,
    )
    .await
}
