//! Queries that read the archive: alert and robot history.
