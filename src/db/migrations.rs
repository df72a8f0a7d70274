//! Versioned schema migrations: numbered SQL files compiled into the binary, applied in order,
//! each in its own transaction together with its row in `schema_migrations`. The archiver applies
//! them at start; `fleetctl archive migrate` applies them on their own.

use serde::Serialize;
use tokio_postgres::Client;

use super::failed;
use crate::error::{Error, Result};

/// One migration: its version, name and SQL.
pub struct Migration {
    /// Version, from 1, never reused.
    pub version: i32,
    /// Short name (the file name without the number).
    pub name: &'static str,
    /// The SQL, run as one transaction.
    pub sql: &'static str,
}

/// Every migration, oldest first. A released migration is never edited: a change is a new one.
pub const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "archive",
    sql: include_str!("migrations/0001_archive.sql"),
}];

/// Any fixed number shared by every fleetctl that migrates: concurrent archivers starting at
/// once queue on it instead of racing to create the same tables.
const LOCK_KEY: i64 = 0x666c_6565_7463_746c;

/// What `migrate` did.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "migrations")]
pub struct Migrated {
    /// Schema version before.
    pub from_version: i32,
    /// Schema version now.
    pub to_version: i32,
    /// Migrations applied by this run, as `version name`.
    pub applied: Vec<String>,
}

/// Applies every migration the database does not have yet. Refuses a database whose schema is
/// newer than this fleetctl knows (a newer fleetctl migrated it).
pub async fn migrate(client: &mut Client) -> Result<Migrated> {
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                 version integer PRIMARY KEY,
                 name text NOT NULL,
                 applied_at timestamptz NOT NULL DEFAULT now())",
        )
        .await
        .map_err(|e| failed("creating schema_migrations", e))?;
    client
        .execute("SELECT pg_advisory_lock($1)", &[&LOCK_KEY])
        .await
        .map_err(|e| failed("locking for migrations", e))?;
    let result = apply(client).await;
    let _ = client
        .execute("SELECT pg_advisory_unlock($1)", &[&LOCK_KEY])
        .await;
    result
}

async fn apply(client: &mut Client) -> Result<Migrated> {
    let from: i32 = client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM schema_migrations",
            &[],
        )
        .await
        .map_err(|e| failed("reading the schema version", e))?
        .get(0);
    let latest = MIGRATIONS.last().map_or(0, |m| m.version);
    if from > latest {
        return Err(Error::Conflict(format!(
            "the database's archive schema is version {from}, newer than this fleetctl knows \
             ({latest}); use a newer fleetctl"
        )));
    }
    let mut applied = Vec::new();
    for m in MIGRATIONS.iter().filter(|m| m.version > from) {
        let tx = client
            .transaction()
            .await
            .map_err(|e| failed("starting a migration", e))?;
        tx.batch_execute(m.sql)
            .await
            .map_err(|e| failed(&format!("migration {} {}", m.version, m.name), e))?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
            &[&m.version, &m.name],
        )
        .await
        .map_err(|e| failed("recording a migration", e))?;
        tx.commit()
            .await
            .map_err(|e| failed("committing a migration", e))?;
        tracing::info!(version = m.version, name = m.name, "migration applied");
        applied.push(format!("{} {}", m.version, m.name));
    }
    Ok(Migrated {
        from_version: from,
        to_version: latest.max(from),
        applied,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn versions_count_up_from_one() {
        for (i, m) in super::MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i32 + 1, "{}", m.name);
        }
    }
}
