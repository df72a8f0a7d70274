//! `fleetctl lag`: committed offset, log end and lag per partition, with a threshold exit.

use crate::cli::LagArgs;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::ops::lag::{self, LagRow};
use crate::output::Tone;
use crate::settings::Settings;

pub async fn run(settings: &Settings, a: LagArgs) -> Result<Exit> {
    let k = settings.kafka()?;
    let groups = match &a.group {
        Some(g) => vec![g.clone()],
        None => lag::fleet_groups(k, &settings.topic_prefix)?,
    };
    let marks = lag::marks(k, &settings.topic_prefix)?;
    let mut rows: Vec<LagRow> = Vec::new();
    for g in &groups {
        rows.extend(lag::group_lag(k, g, &marks)?);
    }
    if let (Some(g), true) = (&a.group, rows.is_empty()) {
        // A mistyped group must not pass a CI lag check silently.
        return Err(Error::NotFound(format!(
            "consumer group {g} has no committed offset on topics starting with `{}`",
            settings.topic_prefix
        )));
    }
    let over = |r: &LagRow| a.max_lag.is_some_and(|m| r.lag > m);
    let p = &settings.printer;
    p.records(&rows, |p| {
        let mut t = p.table(&["group", "topic", "partition", "committed", "log end", "lag"]);
        for r in &rows {
            let tone = if over(r) { Tone::Bad } else { Tone::Plain };
            t.add_row(vec![
                p.cell(&r.group, Tone::Plain),
                p.cell(&r.topic, Tone::Plain),
                p.cell(r.partition, Tone::Plain),
                p.cell(
                    r.committed.map_or("-".into(), |c| c.to_string()),
                    Tone::Plain,
                ),
                p.cell(r.log_end, Tone::Plain),
                p.cell(r.lag, tone),
            ]);
        }
        t
    })?;
    let total: i64 = rows.iter().map(|r| r.lag).sum();
    p.status(format!(
        "{} groups, {} partitions, total lag {total}",
        groups.len(),
        rows.len()
    ));
    let worst = rows.iter().filter(|r| over(r)).count();
    if worst > 0 {
        p.warn(format!(
            "{worst} partitions lag more than {}",
            a.max_lag.unwrap_or_default()
        ));
        return Ok(Exit::Threshold);
    }
    Ok(Exit::Ok)
}
