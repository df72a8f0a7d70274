//! The archive's consumer positions: the next offset to archive per topic partition, kept in
//! `archive_offsets` and moved only inside the transaction that writes the rows read below it.

use std::collections::BTreeMap;

use tokio_postgres::{Client, GenericClient};

use super::failed;
use crate::error::{Error, Result};

/// A topic partition, by full topic name.
pub type Tp = (String, i32);

/// How far one batch moves a partition: from the offset the archive had to the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    /// The partition.
    pub tp: Tp,
    /// The stored next offset this batch starts from (checked, not trusted).
    pub from: i64,
    /// The next offset once the batch is archived.
    pub to: i64,
}

/// The stored next offset of every partition of `topics` that has one.
pub async fn load(client: &Client, topics: &[String]) -> Result<BTreeMap<Tp, i64>> {
    let rows = client
        .query(
            "SELECT topic, partition, next_offset FROM archive_offsets WHERE topic = ANY($1)",
            &[&topics],
        )
        .await
        .map_err(|e| failed("reading archive_offsets", e))?;
    Ok(rows
        .iter()
        .map(|r| ((r.get(0), r.get(1)), r.get(2)))
        .collect())
}

/// Gives partitions the archive has never seen a starting offset (the start of what the topic
/// still holds); partitions that have one keep it.
pub async fn init(client: &Client, starts: &BTreeMap<Tp, i64>) -> Result<()> {
    for ((topic, partition), offset) in starts {
        client
            .execute(
                "INSERT INTO archive_offsets (topic, partition, next_offset) VALUES ($1, $2, $3)
                 ON CONFLICT (topic, partition) DO NOTHING",
                &[topic, partition, offset],
            )
            .await
            .map_err(|e| failed("initialising archive_offsets", e))?;
    }
    Ok(())
}

/// Moves each partition, failing with Conflict when one is not where the batch started: then
/// another archiver wrote it meanwhile, and this batch must not be written twice.
pub async fn advance(tx: &impl GenericClient, moves: &[Move]) -> Result<()> {
    let stmt = tx
        .prepare(
            "UPDATE archive_offsets SET next_offset = $4, updated_at = now()
             WHERE topic = $1 AND partition = $2 AND next_offset = $3",
        )
        .await
        .map_err(|e| failed("preparing the offset update", e))?;
    for m in moves {
        let n = tx
            .execute(&stmt, &[&m.tp.0, &m.tp.1, &m.from, &m.to])
            .await
            .map_err(|e| failed("moving archive_offsets", e))?;
        if n != 1 {
            return Err(Error::Conflict(format!(
                "archive_offsets for {} partition {} is no longer at {}: another archiver \
                 writes this database",
                m.tp.0, m.tp.1, m.from
            )));
        }
    }
    Ok(())
}
