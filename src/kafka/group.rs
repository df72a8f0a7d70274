//! Consumer-group members: how every role joins its group, stays in it across restarts (static
//! membership) and shows its assignments and revocations (log lines and a metric).

use std::sync::atomic::{AtomicU64, Ordering};

use rdkafka::consumer::{BaseConsumer, ConsumerContext, Rebalance, StreamConsumer};
use rdkafka::error::KafkaError;
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::TopicPartitionList;

use crate::error::{Error, Result};
use crate::settings::KafkaSettings;

/// Group timeouts for roles that are restarted after a crash: a member killed with SIGKILL stays
/// in its group until its session times out, and the group waits that long before the survivors
/// (or a restarted instance without a static identity) get its partitions. The poll interval
/// (also the rebalance timeout librdkafka asks for) covers a batch's transaction plus a restore
/// of the robots' states during a broker failure: at 10 s, executors overran it in a rolling
/// restart on a loaded machine, and a static member that overruns it rejoins under a new member
/// id, which the broker answers by fencing the old one: fatal (tests/faults.rs).
pub const RESTARTABLE_GROUP: &[(&str, &str)] = &[
    ("session.timeout.ms", "6000"),
    ("heartbeat.interval.ms", "1000"),
    ("max.poll.interval.ms", "60000"),
];

/// Group timeouts for roles whose batches are short: a member that dies is replaced within
/// 6 s (librdkafka's default session is 45 s), at the cost of one heartbeat a second.
pub const FAST_FAILOVER: &[(&str, &str)] = &[
    ("session.timeout.ms", "6000"),
    ("heartbeat.interval.ms", "1000"),
];

/// Who a consumer is in its group.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    /// The group id.
    pub group: &'a str,
    /// A stable identity (`--instance`): with one, the member is static (`group.instance.id`), so
    /// a restart with the same identity takes its partitions back at once, without a rebalance.
    pub instance: Option<&'a str>,
}

impl Member<'_> {
    /// The `group.instance.id` of a static member: the group and the instance, so that the
    /// broker's logs name the role.
    pub fn static_id(&self) -> Option<String> {
        self.instance.map(|i| format!("{}-{i}", self.group))
    }
}

/// The context of every group consumer: logs each assignment and revocation, counts them in
/// `robot_consumer_rebalances_total` and for the role (a count, not a flag, so that a role can
/// tell whether one happened while it was reading a particular batch).
pub struct GroupContext {
    /// The group, for log lines and metric labels.
    group: String,
    /// Assignments and revocations seen so far.
    rebalances: AtomicU64,
}

impl GroupContext {
    /// How many assignments and revocations this consumer has seen.
    pub fn rebalances(&self) -> u64 {
        self.rebalances.load(Ordering::SeqCst)
    }
}

impl rdkafka::ClientContext for GroupContext {
    fn stats(&self, s: rdkafka::statistics::Statistics) {
        crate::kafka::stats::record(&s);
    }
}

impl ConsumerContext for GroupContext {
    fn post_rebalance(&self, _: &BaseConsumer<Self>, r: &Rebalance<'_>) {
        self.rebalances.fetch_add(1, Ordering::SeqCst);
        let metrics = crate::metrics::global();
        let (event, tpl) = match r {
            Rebalance::Assign(tpl) => ("assigned", tpl),
            Rebalance::Revoke(tpl) => ("revoked", tpl),
            Rebalance::Error(e) => {
                metrics.rebalanced(&self.group, "error", None);
                tracing::warn!(group = %self.group, "group {}: rebalance failed: {e}", self.group);
                return;
            }
        };
        let held = (event == "assigned").then(|| tpl.count() as i64);
        metrics.rebalanced(&self.group, event, Some(held.unwrap_or(0)));
        tracing::info!(
            group = %self.group,
            event,
            partitions = tpl.count(),
            "group {}: {event} {}",
            self.group,
            describe(tpl)
        );
    }
}

/// `topic[0,1,2]` for each topic of a partition list, or `no partitions`.
pub fn describe(tpl: &TopicPartitionList) -> String {
    let mut by_topic: std::collections::BTreeMap<String, Vec<i32>> = Default::default();
    for e in tpl.elements() {
        by_topic
            .entry(e.topic().to_string())
            .or_default()
            .push(e.partition());
    }
    if by_topic.is_empty() {
        return "no partitions".into();
    }
    by_topic
        .into_iter()
        .map(|(t, mut ps)| {
            ps.sort_unstable();
            let ps: Vec<String> = ps.iter().map(i32::to_string).collect();
            format!("{t}[{}]", ps.join(","))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A group consumer that commits only when told to and never reads aborted transactions.
pub fn consumer(
    k: &KafkaSettings,
    member: Member<'_>,
    extra: &[(&str, &str)],
) -> Result<StreamConsumer<GroupContext>> {
    let mut cfg = super::client_config(k)?;
    cfg.set("group.id", member.group)
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("auto.offset.reset", "earliest")
        .set("isolation.level", "read_committed")
        .set("fetch.wait.max.ms", "50");
    if let Some(id) = member.static_id() {
        cfg.set("group.instance.id", id);
    }
    for (key, v) in extra {
        cfg.set(*key, *v);
    }
    for (key, v) in &k.properties {
        cfg.set(key, v);
    }
    let ctx = GroupContext {
        group: member.group.to_string(),
        rebalances: AtomicU64::new(0),
    };
    cfg.create_with_context(ctx).map_err(super::creation_error)
}

/// What a role does with an error its group consumer of `topic` reported: a denial (no ACL for
/// the group or the topic) or a fatal one (this member fenced by another with the same
/// `--instance`) ends the role with a clear message, since librdkafka would report it again
/// forever; anything else is broker trouble that librdkafka retries by itself, logged and
/// passed over.
pub fn received(e: KafkaError, member: Member<'_>, topic: &str) -> Result<()> {
    if let Some(refused) = super::denied_consuming(&e, topic, member.group) {
        return Err(refused);
    }
    match e {
        KafkaError::MessageConsumptionFatal(code) => Err(fatal(code, member)),
        e => {
            tracing::warn!(
                group = member.group,
                "consuming in group {}: {e}",
                member.group
            );
            Ok(())
        }
    }
}

/// The error a fatal consumer error becomes.
fn fatal(code: RDKafkaErrorCode, member: Member<'_>) -> Error {
    if code == RDKafkaErrorCode::FencedInstanceId {
        crate::metrics::global().roles.fenced("group_instance_id");
        return Error::Fenced(format!(
            "stopped: another member of group {} joined with the same --instance {}, \
             and the broker fenced this one",
            member.group,
            member.instance.unwrap_or("-")
        ));
    }
    Error::Other(anyhow::anyhow!(
        "the consumer of group {} stopped on a fatal error: {code}",
        member.group
    ))
}

/// A group coordinator that moved to another broker has been seen fencing every static member
/// of a group at once (Kafka 4.1.1, a rolling restart, tests/faults.rs), once per move: a
/// broker failure and a rolling restart fenced one control center twice, 51 s apart (CI,
/// 2026-12-01). Two processes started with the same `--instance` fence each other every time
/// one joins, a few seconds apart, without end. So a member joins again after a fence unless
/// this is the third fence within [`TWIN_WINDOW`].
pub const TWIN_WINDOW: std::time::Duration = std::time::Duration::from_secs(30);

/// Fences within [`TWIN_WINDOW`] that stop the role.
const TWIN_FENCES: usize = 3;

/// When a role whose member was fenced joins its group again.
#[derive(Debug, Default)]
pub struct Fences {
    /// When it was fenced lately (within the window).
    recent: Vec<std::time::Instant>,
}

impl Fences {
    /// Whether a role that ended with `outcome` should join again with a new consumer: it was
    /// fenced, and fewer than [`TWIN_FENCES`] times within [`TWIN_WINDOW`].
    pub fn rejoin<T>(&mut self, outcome: &Result<T>) -> bool {
        let Err(Error::Fenced(msg)) = outcome else {
            return false;
        };
        self.recent.retain(|t| t.elapsed() <= TWIN_WINDOW);
        self.recent.push(std::time::Instant::now());
        if self.recent.len() >= TWIN_FENCES {
            return false;
        }
        tracing::warn!("{msg}; joining the group again");
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fenced_member_rejoins_until_the_third_fence_within_the_window() {
        let mut f = Fences::default();
        let fenced: Result<()> = Err(Error::Fenced("fenced".into()));
        assert!(!f.rejoin(&Ok(())));
        assert!(!f.rejoin::<()>(&Err(Error::Conflict("other".into()))));
        assert!(f.rejoin(&fenced), "the first fence joins again");
        assert!(
            f.rejoin(&fenced),
            "so does a second (two coordinator moves)"
        );
        assert!(
            !f.rejoin(&fenced),
            "a third within the window stops: a twin"
        );
    }

    #[test]
    fn describes_partitions_by_topic_in_order() {
        let mut tpl = TopicPartitionList::new();
        tpl.add_partition("b", 2);
        tpl.add_partition("a", 1);
        tpl.add_partition("b", 0);
        assert_eq!(describe(&tpl), "a[1] b[0,2]");
        assert_eq!(describe(&TopicPartitionList::new()), "no partitions");
    }

    #[test]
    fn a_static_member_is_named_after_its_group() {
        let m = Member {
            group: "fleet-executor",
            instance: Some("2"),
        };
        assert_eq!(m.static_id().as_deref(), Some("fleet-executor-2"));
        let dynamic = Member {
            instance: None,
            ..m
        };
        assert_eq!(dynamic.static_id(), None);
        let fenced = fatal(RDKafkaErrorCode::FencedInstanceId, m).to_string();
        assert!(fenced.contains("same --instance 2"), "{fenced}");
    }
}
