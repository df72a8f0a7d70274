//! The retry consumer's waiting room: fetched records held until their due time, released in due
//! order across robots but in offset order for each robot, and the offset each partition may
//! commit (everything before its oldest record still held).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

/// Records waiting for their due time.
pub struct Schedule<M> {
    /// Held records by (partition, offset), with their due time and key.
    msgs: HashMap<(i32, i64), (i64, Vec<u8>, M)>,
    /// Offsets held per (partition, key), oldest first: only the oldest of a key may go out.
    by_key: HashMap<(i32, Vec<u8>), VecDeque<i64>>,
    /// The oldest held record of each key, by (due ms, partition, offset): the next to go out.
    heads: BTreeSet<(i64, i32, i64)>,
    /// Offsets held per partition.
    held: BTreeMap<i32, BTreeSet<i64>>,
    /// The offset after the last record taken in, per partition.
    fetched_to: BTreeMap<i32, i64>,
}

impl<M> Default for Schedule<M> {
    fn default() -> Self {
        Schedule {
            msgs: HashMap::new(),
            by_key: HashMap::new(),
            heads: BTreeSet::new(),
            held: BTreeMap::new(),
            fetched_to: BTreeMap::new(),
        }
    }
}

impl<M> Schedule<M> {
    /// Takes in a fetched record; records of one partition arrive in offset order. A record
    /// taken in before is ignored (false): after a rebalance that kept a partition, librdkafka
    /// fetches it again from the committed offset.
    pub fn insert(&mut self, partition: i32, offset: i64, key: &[u8], due_ms: i64, msg: M) -> bool {
        if self
            .fetched_to
            .get(&partition)
            .is_some_and(|to| offset < *to)
        {
            return false;
        }
        let q = self.by_key.entry((partition, key.to_vec())).or_default();
        if q.is_empty() {
            self.heads.insert((due_ms, partition, offset));
        }
        q.push_back(offset);
        self.msgs
            .insert((partition, offset), (due_ms, key.to_vec(), msg));
        self.held.entry(partition).or_default().insert(offset);
        self.fetched_to.insert(partition, offset + 1);
        true
    }

    /// Removes and returns every record due at `now_ms` that is the oldest of its key, then the
    /// ones that became the oldest of their key and are due too.
    pub fn take_due(&mut self, now_ms: i64) -> Vec<M> {
        let mut out = Vec::new();
        while let Some(&(due, p, off)) = self.heads.first() {
            if due > now_ms {
                break;
            }
            self.heads.remove(&(due, p, off));
            if let Some(set) = self.held.get_mut(&p) {
                set.remove(&off);
            }
            let Some((_, key, m)) = self.msgs.remove(&(p, off)) else {
                continue;
            };
            out.push(m);
            let slot = (p, key);
            if let Some(q) = self.by_key.get_mut(&slot) {
                q.pop_front();
                match q.front() {
                    Some(&next) => {
                        let next_due = self.msgs.get(&(p, next)).map_or(i64::MIN, |(d, _, _)| *d);
                        self.heads.insert((next_due, p, next));
                    }
                    None => {
                        self.by_key.remove(&slot);
                    }
                }
            }
        }
        out
    }

    /// Forgets every record of the partitions `keep` rejects (taken away by a rebalance: their
    /// new owner fetches them again from the committed offset).
    pub fn retain_partitions(&mut self, keep: impl Fn(i32) -> bool) {
        self.msgs.retain(|(p, _), _| keep(*p));
        self.by_key.retain(|(p, _), _| keep(*p));
        self.heads.retain(|(_, p, _)| keep(*p));
        self.held.retain(|p, _| keep(*p));
        self.fetched_to.retain(|p, _| keep(*p));
    }

    /// The earliest due time of a record that could go out next.
    pub fn next_due(&self) -> Option<i64> {
        self.heads.first().map(|(d, _, _)| *d)
    }

    /// Records held in one partition.
    pub fn held_in(&self, partition: i32) -> usize {
        self.held.get(&partition).map_or(0, BTreeSet::len)
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.msgs.is_empty()
    }

    /// The offset each partition may commit: its oldest held record, or the end of what was
    /// taken in when nothing is held.
    pub fn positions(&self) -> BTreeMap<i32, i64> {
        self.fetched_to
            .iter()
            .map(|(p, to)| {
                let oldest = self.held.get(p).and_then(|s| s.first().copied());
                (*p, oldest.unwrap_or(*to))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releases_in_due_order_across_keys_and_in_offset_order_per_key() {
        let mut s = Schedule::default();
        s.insert(0, 10, b"r1", 5_000, "r1-late");
        s.insert(0, 11, b"r2", 1_000, "r2-early");
        s.insert(0, 12, b"r1", 1_000, "r1-early-but-behind");
        assert_eq!(s.next_due(), Some(1_000));
        // r2 is not held back by r1's later record; r1's second record waits for its first.
        assert_eq!(s.take_due(1_000), vec!["r2-early"]);
        assert_eq!(s.positions()[&0], 10);
        assert_eq!(s.take_due(4_999), Vec::<&str>::new());
        assert_eq!(s.take_due(5_000), vec!["r1-late", "r1-early-but-behind"]);
        assert!(s.is_empty());
        assert_eq!(s.positions()[&0], 13);
    }

    #[test]
    fn commit_position_stops_at_the_oldest_held_record_per_partition() {
        let mut s = Schedule::default();
        s.insert(1, 0, b"a", 100, 0);
        s.insert(1, 1, b"b", 300, 1);
        s.insert(1, 2, b"c", 200, 2);
        s.insert(2, 7, b"d", 50, 3);
        assert_eq!(s.take_due(200), vec![3, 0, 2]);
        assert_eq!(s.held_in(1), 1);
        let pos = s.positions();
        assert_eq!((pos[&1], pos[&2]), (1, 8));
        assert_eq!(s.take_due(300), vec![1]);
        assert_eq!(s.positions()[&1], 3);
    }

    #[test]
    fn a_revoked_partition_is_forgotten() {
        let mut s = Schedule::default();
        s.insert(1, 0, b"a", 100, "p1");
        s.insert(2, 0, b"a", 100, "p2");
        s.retain_partitions(|p| p == 2);
        assert!(!s.insert(2, 0, b"a", 100, "p2 fetched again"));
        assert_eq!(s.held_in(1), 0);
        assert!(!s.positions().contains_key(&1));
        assert_eq!(s.take_due(100), vec!["p2"]);
    }
}
