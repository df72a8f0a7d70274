//! Replacing a producer that failed for good (fenced, or a fatal transactional error), at most
//! once a minute, for the executor and the retry consumer.

use std::time::{Duration, Instant};

use super::writer::{self, EosChoice, Mode};
use crate::error::Result;
use crate::kafka::client::KafkaProducer;
use crate::settings::KafkaSettings;

/// Least time between two replacements.
const RENEW_EVERY: Duration = Duration::from_secs(60);

/// How to make a role's producer again, and when it was last made again.
///
/// A transaction coordinator that moved or timed a transaction out bumps the producer's epoch,
/// and librdkafka reports that as a fencing (seen in a rolling restart, tests/faults.rs); one
/// that failed over while the producer aborted answers INVALID_TXN_STATE, which librdkafka makes
/// fatal (seen after a broker kill). A new producer with the same transactional id aborts what
/// the old one left open, and the role goes on. A second failure within a minute means the
/// cause lasts (another process with the same transactional id, a revoked ACL): the role stops.
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

    /// Puts a new producer in place of `producer` (and its `mode`), unless one was made again
    /// less than a minute ago: false means the role must stop.
    pub fn replace(
        &mut self,
        k: &KafkaSettings,
        producer: &mut KafkaProducer,
        mode: &mut Mode,
    ) -> Result<bool> {
        if self.renewed_at.is_some_and(|t| t.elapsed() < RENEW_EVERY) {
            return Ok(false);
        }
        (*producer, *mode) = self.first(k)?;
        self.renewed_at = Some(Instant::now());
        Ok(true)
    }
}
