//! Admin operations: what the cluster has for the catalog's topics, and creating the missing ones.

use std::collections::BTreeMap;
use std::time::Duration;

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, ResourceSpecifier, TopicReplication};

use super::stats::Stats;
use crate::catalog::TopicSpec;
use crate::error::Result;
use crate::kafka::client::KafkaReader;
use crate::settings::KafkaSettings;

/// A connected admin client with the timeout to use.
pub struct Admin {
    client: AdminClient<Stats>,
    /// The client configuration, for the probe that checks created topics are served.
    cfg: rdkafka::ClientConfig,
    brokers: String,
    timeout: Duration,
}

/// A topic as the cluster has it.
#[derive(Debug, Clone, PartialEq)]
pub struct ActualTopic {
    /// Partition count.
    pub partitions: i32,
    /// Replicas of the first partition.
    pub replication: i32,
    /// Configs the broker reported (only non-default ones where the broker says which).
    pub configs: BTreeMap<String, String>,
}

impl Admin {
    /// Connects (lazily, as librdkafka does) with the settings' brokers and security.
    pub fn new(k: &KafkaSettings) -> Result<Self> {
        let cfg = super::client_config(k)?;
        let client: AdminClient<Stats> = cfg
            .create_with_context(Stats)
            .map_err(super::creation_error)?;
        Ok(Admin {
            client,
            cfg,
            brokers: k.brokers.clone().unwrap_or_default(),
            timeout: k.timeout,
        })
    }

    fn options(&self) -> AdminOptions {
        AdminOptions::new()
            .request_timeout(Some(self.timeout))
            .operation_timeout(Some(self.timeout))
    }

    /// Names, partition counts and replication of every topic, or a broker error within the timeout.
    pub fn topics(&self) -> Result<BTreeMap<String, (i32, i32)>> {
        let md = super::client::metadata(self.client.inner(), None, self.timeout).map_err(|e| {
            match super::diagnose::cause(&self.cfg, self.timeout) {
                Some(cause) => super::unreachable(&self.brokers, format!("{e}; {cause}")),
                None => super::unreachable(&self.brokers, e),
            }
        })?;
        Ok(md
            .topics()
            .iter()
            .filter(|t| t.error().is_none())
            .map(|t| {
                let replication = t
                    .partitions()
                    .first()
                    .map(|p| p.replicas().len() as i32)
                    .unwrap_or(0);
                (
                    t.name().to_string(),
                    (t.partitions().len() as i32, replication),
                )
            })
            .collect())
    }

    /// Configs of the named topics that the broker reports as set (not default).
    pub async fn configs(
        &self,
        names: &[String],
    ) -> Result<BTreeMap<String, BTreeMap<String, String>>> {
        if names.is_empty() {
            return Ok(BTreeMap::new());
        }
        let specs: Vec<ResourceSpecifier> =
            names.iter().map(|n| ResourceSpecifier::Topic(n)).collect();
        let results = self
            .client
            .describe_configs(&specs, &self.options())
            .await
            .map_err(|e| super::unreachable(&self.brokers, e))?;
        let mut out = BTreeMap::new();
        for (name, r) in names.iter().zip(results) {
            let resource =
                r.map_err(|code| anyhow::anyhow!("describe configs of {name} failed: {code}"))?;
            let map = resource
                .entries
                .iter()
                .filter(|e| !e.is_default)
                .filter_map(|e| e.value.clone().map(|v| (e.name.clone(), v)))
                .collect();
            out.insert(name.clone(), map);
        }
        Ok(out)
    }

    /// The catalog topics that exist, with their settings.
    pub async fn describe(&self, specs: &[TopicSpec]) -> Result<BTreeMap<String, ActualTopic>> {
        let all = self.topics()?;
        let present: Vec<String> = specs
            .iter()
            .filter(|s| all.contains_key(&s.name))
            .map(|s| s.name.clone())
            .collect();
        let mut configs = self.configs(&present).await?;
        Ok(present
            .into_iter()
            .map(|name| {
                let (partitions, replication) = all[&name];
                let configs = configs.remove(&name).unwrap_or_default();
                (
                    name,
                    ActualTopic {
                        partitions,
                        replication,
                        configs,
                    },
                )
            })
            .collect())
    }

    /// Creates topics; returns, per topic, `Ok` or the broker's error text.
    pub async fn create(
        &self,
        specs: &[&TopicSpec],
    ) -> Result<Vec<(String, std::result::Result<(), String>)>> {
        if specs.is_empty() {
            return Ok(Vec::new());
        }
        let new: Vec<NewTopic> = specs
            .iter()
            .map(|s| {
                let mut t = NewTopic::new(
                    &s.name,
                    s.partitions,
                    TopicReplication::Fixed(s.replication),
                );
                for (k, v) in &s.configs {
                    t = t.set(k, v);
                }
                t
            })
            .collect();
        let results = self
            .client
            .create_topics(new.iter(), &self.options())
            .await
            .map_err(|e| super::unreachable(&self.brokers, e))?;
        let results = outcomes(results);
        let created: Vec<(&str, usize)> = specs
            .iter()
            .filter(|s| results.iter().any(|(n, r)| *n == s.name && r.is_ok()))
            .map(|s| (s.name.as_str(), s.partitions as usize))
            .collect();
        self.wait_visible(&created).await?;
        Ok(results)
    }

    /// Waits until every (topic, partitions) is in the metadata with a leader for each
    /// partition, and each leader answers for it. Apache Kafka answers CreateTopics once the
    /// controller has the topic; brokers learn it a moment later, and a client asking meanwhile
    /// is told the topic does not exist, or NOT_LEADER_OR_FOLLOWER by a leader that has not yet
    /// made the partition's log (seen on 4.1.1), so `topics create && simulate` would fail.
    async fn wait_visible(&self, topics: &[(&str, usize)]) -> Result<()> {
        if topics.is_empty() {
            return Ok(());
        }
        let deadline = std::time::Instant::now() + self.timeout;
        let late = |waiting: &[&str]| {
            crate::error::Error::Timeout(format!(
                "created, but not yet served by the brokers after {:?}: {}",
                self.timeout,
                waiting.join(", ")
            ))
        };
        loop {
            let md = super::client::metadata(self.client.inner(), None, self.timeout)
                .map_err(|e| super::unreachable(&self.brokers, e))?;
            let ready = |(name, n): &(&str, usize)| {
                md.topics().iter().any(|t| {
                    t.name() == *name
                        && t.error().is_none()
                        && t.partitions().len() == *n
                        && t.partitions().iter().all(|p| p.leader() >= 0)
                })
            };
            let waiting: Vec<&str> = topics.iter().filter(|t| !ready(t)).map(|t| t.0).collect();
            if waiting.is_empty() {
                break;
            }
            if std::time::Instant::now() >= deadline {
                return Err(late(&waiting));
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let probe: KafkaReader = self
            .cfg
            .create_with_context(Stats)
            .map_err(super::creation_error)?;
        let mut ask = rdkafka::TopicPartitionList::new();
        for (name, n) in topics {
            for p in 0..*n as i32 {
                ask.add_partition_offset(name, p, rdkafka::Offset::End)
                    .map_err(anyhow::Error::from)?;
            }
        }
        loop {
            let answered =
                rdkafka::consumer::Consumer::offsets_for_times(&probe, ask.clone(), self.timeout);
            let waiting: Vec<&str> = match &answered {
                Ok(tpl) => {
                    let mut w: Vec<&str> = topics
                        .iter()
                        .map(|t| t.0)
                        .filter(|t| tpl.elements_for_topic(t).iter().any(|e| e.error().is_err()))
                        .collect();
                    w.dedup();
                    w
                }
                Err(_) => topics.iter().map(|t| t.0).collect(),
            };
            if waiting.is_empty() {
                return Ok(());
            }
            if std::time::Instant::now() >= deadline {
                return Err(late(&waiting));
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// Deletes topics by name.
    pub async fn delete(
        &self,
        names: &[&str],
    ) -> Result<Vec<(String, std::result::Result<(), String>)>> {
        let results = self
            .client
            .delete_topics(names, &self.options())
            .await
            .map_err(|e| super::unreachable(&self.brokers, e))?;
        Ok(outcomes(results))
    }
}

/// Configs compare equal if they name the same set of values (cleanup.policy lists may be reordered).
pub fn config_equal(key: &str, expected: &str, actual: &str) -> bool {
    if key == "cleanup.policy" {
        let norm = |s: &str| {
            let mut v: Vec<String> = s
                .split(',')
                .map(|p| p.trim().to_ascii_lowercase())
                .collect();
            v.sort();
            v
        };
        return norm(expected) == norm(actual);
    }
    expected.trim() == actual.trim()
}

/// Per-topic outcomes of an admin request: the name with `Ok`, or with the broker's error text.
fn outcomes(
    results: Vec<rdkafka::admin::TopicResult>,
) -> Vec<(String, std::result::Result<(), String>)> {
    results
        .into_iter()
        .map(|r| match r {
            Ok(name) => (name, Ok(())),
            Err((name, code)) => (name, Err(code.to_string())),
        })
        .collect()
}
