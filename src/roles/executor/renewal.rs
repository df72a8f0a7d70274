//! Replacing a producer that failed for good (fenced, or a fatal transactional error), for the
//! executor and the retry consumer; a fencing within a minute of the last replacement, or any
//! other failure within 10 s of it, stops the role instead.

use std::time::{Duration, Instant};

use super::writer::{self, EosChoice, Mode, WriteError};
use crate::error::Result;
use crate::kafka::client::KafkaProducer;
use crate::settings::KafkaSettings;

/// Least time since the last replacement for a fencing to be taken as the coordinator's doing.
const AFTER_FENCING: Duration = Duration::from_secs(60);

/// Least time since the last replacement for any other failure to replace the producer again.
const AFTER_FAILURE: Duration = Duration::from_secs(10);

/// How to make a role's producer again, and when it was last made again.
///
/// A transaction coordinator that moved or timed a transaction out bumps the producer's epoch,
/// and librdkafka reports that as a fencing (seen in a rolling restart, tests/faults.rs); one
/// that failed over while the producer aborted answers INVALID_TXN_STATE, which librdkafka makes
/// fatal (seen after a broker kill); a transactional call can overrun its timeout (`txn`). A new
/// producer with the same transactional id aborts what the old one left open, and the role goes
/// on. A fencing within a minute of the last replacement means another process has the same
/// transactional id, and any failure within 10 s of it a cause that lasts: the role stops. (A
/// revoked ACL stops it at once: the new producer's `init_transactions` is refused.)
pub struct Renewal {
    /// The producer's transactional id.
    txn_id: String,
    /// The exactly-once mode asked for.
    eos: EosChoice,
    /// When the producer was last replaced.
    renewed_at: Option<Instant>,
}

impl Renewal {
    /// For a producer made with `txn_id` in mode `eos`.
    pub fn new(txn_id: &str, eos: EosChoice) -> Self {
        Renewal {
            txn_id: txn_id.to_string(),
            eos,
            renewed_at: None,
        }
    }

    /// The first producer.
    pub fn first(&self, k: &KafkaSettings) -> Result<(KafkaProducer, Mode)> {
        writer::producer(k, self.eos, &self.txn_id)
    }

    /// Puts a new producer in place of `producer` (and its `mode`), which failed with `cause`,
    /// unless the last replacement was too recent for it: false means the role must stop.
    pub fn replace(
        &mut self,
        k: &KafkaSettings,
        (producer, mode): (&mut KafkaProducer, &mut Mode),
        cause: &WriteError,
    ) -> Result<bool> {
        let gap = match cause {
            WriteError::Fenced(_) => AFTER_FENCING,
            _ => AFTER_FAILURE,
        };
        if self.renewed_at.is_some_and(|t| t.elapsed() < gap) {
            return Ok(false);
        }
        (*producer, *mode) = self.first(k)?;
        self.renewed_at = Some(Instant::now());
        Ok(true)
    }
}
