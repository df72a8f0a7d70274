//! What an executor instance holds while it runs: its clients, its view of the robots and the
//! halt follower, and how they are made again after a fencing.

use rdkafka::consumer::{Consumer, StreamConsumer};

use super::core::Core;
use super::observe;
use super::outputs::Topics;
use super::ownership::Ownership;
use super::renewal::Renewal;
use super::restore::halt_history;
use super::writer::Mode;
use super::Options;
use crate::catalog::{names, topic};
use crate::error::Result;
use crate::kafka::client::{KafkaProducer, KafkaReader};
use crate::kafka::group::{self, GroupContext, Member};
use crate::settings::KafkaSettings;
use crate::signing::envelope::Verifier;

/// What the executor holds while it runs: its clients, its view and the halt follower.
pub(super) struct Running {
    /// The executor's view: robot states, idempotency marks, halts.
    pub core: Core,
    /// How batches are written.
    pub mode: Mode,
    /// Writes each batch (in a transaction, in `Transactions` mode).
    pub producer: KafkaProducer,
    /// The member of the executor group reading robot-commands.
    pub consumer: StreamConsumer<GroupContext>,
    /// Follows robot-emergency-halt from the end of its history.
    pub halt_reader: KafkaReader,
    /// Checks halts, whose validity window does not apply.
    pub relaxed: Verifier,
    /// Full name of robot-emergency-halt, rewound with the commands.
    pub halt_topic: String,
    /// Full name of robot-commands, whose offsets are committed with each batch.
    pub cmd_topic: String,
    /// The topics a batch writes to.
    pub topics: Topics,
    /// How to make the producer again after it failed for good.
    pub renewal: Renewal,
}

impl Running {
    /// The robot-commands partitions the group gives this instance now, out of how many.
    pub fn ownership(&self, k: &KafkaSettings) -> Result<Ownership> {
        let partitions = self
            .consumer
            .assignment()
            .map_err(anyhow::Error::from)?
            .elements()
            .iter()
            .filter(|e| e.topic() == self.cmd_topic)
            .map(|e| e.partition())
            .collect();
        let brokers = k.brokers.clone().unwrap_or_default();
        let count = crate::kafka::client::partitions(
            self.consumer.client(),
            &self.cmd_topic,
            k.timeout,
            &brokers,
        )?
        .len() as i32;
        Ok(Ownership { partitions, count })
    }

    /// Joins the group again with a new consumer after the group fenced this member. A group
    /// coordinator that moved or was frozen fenced every static executor at once in a partition
    /// of the controller (tests/faults.rs), although none shared an `--instance`.
    pub fn rejoin(&mut self, k: &KafkaSettings, o: &Options) -> Result<()> {
        self.consumer = member(k, o)?;
        Ok(())
    }

    /// The group consumer, this instance in its group and the topic it reads.
    pub fn reading<'a>(
        &'a self,
        o: &'a Options,
    ) -> (&'a StreamConsumer<GroupContext>, Member<'a>, &'a str) {
        (&self.consumer, o.member(), &self.cmd_topic)
    }
}

/// Creates the clients, folds the halt history and restores the robots' states.
pub(super) fn start(k: &KafkaSettings, verifier: Verifier, o: &Options) -> Result<Running> {
    let by = format!("executor-{}", o.instance);
    let mut core = Core::new(verifier.clone(), by, o.chaos);
    core.fail_attempts = o.fail_attempts;
    core.max_retries = o.max_retries;
    let halt_topic = topic(&o.prefix, names::EMERGENCY_HALT);
    let renewal = Renewal::new(
        &format!("fleetctl-executor-{}{}", o.prefix, o.instance),
        o.eos,
    );
    let (producer, mode) = renewal.first(k)?;
    tracing::info!(
        mode = mode.as_str(),
        "executor {} running in {} mode",
        o.instance,
        mode.as_str()
    );
    crate::metrics::global().set_executor_mode(mode.as_str());

    // Halts: fold the whole history, then follow from its end. A halt stays in force until it is
    // resumed, however old, so history is checked for signature and authority but not expiry.
    let relaxed = verifier.ignoring_validity_window();
    let (history, halt_reader) = halt_history(k, &relaxed, &halt_topic)?;

    // Short session and rebalance timeouts: after a crash the group waits this long for the
    // dead member before the survivors get its partitions (a restart with the same --instance
    // takes them back at once).
    let consumer = member(k, o)?;
    // The robots' states are restored after each assignment (`after_rebalance`), not here:
    // read before the group hands this instance its partitions, they could miss a batch their
    // previous owner was still committing.
    for cmd in &history {
        // States restored from the topic already carry halted flags; this only fills the set.
        core.halts.apply(&cmd.target, &cmd.action);
    }
    observe::halts_in_force(&core.halts);
    Ok(Running {
        core,
        mode,
        producer,
        consumer,
        halt_reader,
        relaxed,
        halt_topic,
        cmd_topic: topic(&o.prefix, names::COMMANDS),
        topics: Topics::new(&o.prefix),
        renewal,
    })
}

/// A new member of the executor group, subscribed to robot-commands.
fn member(k: &KafkaSettings, o: &Options) -> Result<StreamConsumer<GroupContext>> {
    let consumer = group::consumer(k, o.member(), group::RESTARTABLE_GROUP)?;
    consumer
        .subscribe(&[&topic(&o.prefix, names::COMMANDS)])
        .map_err(anyhow::Error::from)?;
    Ok(consumer)
}
