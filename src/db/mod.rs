//! PostgreSQL plumbing of the archive: connecting (with backoff while the server is away), the
//! versioned migrations, the batch writer and the archive's queries. Nothing outside this module
//! speaks SQL.

pub mod history;
pub mod migrations;
pub mod offsets;
pub mod readings;
pub mod rows;
pub mod write;

use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, GenericClient, NoTls};
use tokio_util::sync::CancellationToken;

use crate::error::{Error, Result};

/// Opens one connection; its I/O runs on a task of its own until the client is dropped.
pub async fn connect(url: &str) -> Result<Client> {
    let config: tokio_postgres::Config = url.parse().map_err(|e| {
        Error::usage(format!(
            "invalid database URL {}: {e}",
            crate::config::redact_url(url)
        ))
    })?;
    let mut config = config;
    config.connect_timeout(Duration::from_secs(5));
    config.application_name("fleetctl");
    let (client, connection) = config
        .connect(NoTls)
        .await
        .map_err(|e| unreachable(url, e))?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::debug!("database connection ended: {e}");
        }
    });
    Ok(client)
}

/// The error returned when the database does not answer.
pub fn unreachable(url: &str, e: impl std::fmt::Display) -> Error {
    Error::Other(anyhow::anyhow!(
        "cannot reach the database at {}: {e}",
        crate::config::redact_url(url)
    ))
}

/// First and longest wait between two connection attempts of `connect_patiently`.
const BACKOFF: (Duration, Duration) = (Duration::from_millis(200), Duration::from_secs(5));

/// Connects, trying again with doubling waits (200 ms up to 5 s) while the server is away, until
/// it answers or `cancel` fires (then None). A bad URL fails at once.
pub async fn connect_patiently(url: &str, cancel: &CancellationToken) -> Result<Option<Client>> {
    let mut wait = BACKOFF.0;
    loop {
        match connect(url).await {
            Ok(c) => return Ok(Some(c)),
            Err(e @ Error::Usage(_)) => return Err(e),
            Err(e) => tracing::warn!("{e}; trying again in {} ms", wait.as_millis()),
        }
        tokio::select! {
            _ = cancel.cancelled() => return Ok(None),
            _ = tokio::time::sleep(wait) => {}
        }
        wait = (wait * 2).min(BACKOFF.1);
    }
}

/// Whether an error says the database went away (the connection closed, the server shutting
/// down or not accepting connections yet), so that waiting and reconnecting is the answer.
pub fn is_transient(e: &Error) -> bool {
    let Error::Other(e) = e else {
        return false;
    };
    e.chain()
        .filter_map(|c| c.downcast_ref::<tokio_postgres::Error>())
        .any(|pg| {
            pg.is_closed()
                || pg.code().is_some_and(|c| {
                    // Class 08: connection exception; 57P01-57P03: admin or crash shutdown,
                    // cannot connect now.
                    c.code().starts_with("08") || c.code().starts_with("57P0")
                })
        })
}

/// Maps a query error to one line naming what was being done.
pub fn failed(what: &str, e: tokio_postgres::Error) -> Error {
    Error::Other(anyhow::Error::new(e).context(format!("database: {what}")))
}

/// A time in ms since the epoch as a timestamptz (out-of-range values clamp to the epoch).
pub fn ts(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// One row's values for `insert_values`.
pub type Values = Vec<Box<dyn ToSql + Sync + Send>>;

/// The most parameters one statement may carry (the protocol counts them in 16 bits).
const MAX_PARAMS: usize = 65_535;

/// A multi-row insert: `head VALUES (..), (..) tail`, as few statements as the parameter limit
/// allows; for the tables COPY does not fit (upserts, ON CONFLICT DO NOTHING).
pub async fn insert_values(
    c: &impl GenericClient,
    head: &str,
    tail: &str,
    rows: Vec<Values>,
) -> Result<()> {
    let Some(width) = rows.first().map(Vec::len) else {
        return Ok(());
    };
    for chunk in rows.chunks(MAX_PARAMS / width) {
        let mut sql = format!("{head} VALUES ");
        let mut params: Vec<&(dyn ToSql + Sync)> = Vec::with_capacity(chunk.len() * width);
        for (i, row) in chunk.iter().enumerate() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            for (j, v) in row.iter().enumerate() {
                if j > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("${}", params.len() + 1));
                params.push(v.as_ref() as &(dyn ToSql + Sync));
            }
            sql.push(')');
        }
        sql.push(' ');
        sql.push_str(tail);
        c.execute(sql.as_str(), &params)
            .await
            .map_err(|e| failed(head.split('(').next().unwrap_or(head).trim(), e))?;
    }
    Ok(())
}
