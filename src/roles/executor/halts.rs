//! The set of halts in force, folded in order from robot-emergency-halt.

use std::collections::BTreeSet;

use crate::model::command::{Action, Target};

/// Halts in force.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HaltSet {
    /// The whole fleet is halted.
    pub all: bool,
    /// Halted zones.
    pub zones: BTreeSet<String>,
    /// Individually halted robots.
    pub robots: BTreeSet<String>,
}

impl HaltSet {
    /// Applies a halt or resume. A resume lifts the halt of the same scope; resuming the whole
    /// fleet lifts every halt.
    pub fn apply(&mut self, target: &Target, action: &Action) {
        let halt = matches!(action, Action::Halt { .. });
        match (target, halt) {
            (Target::All, true) => self.all = true,
            (Target::All, false) => *self = HaltSet::default(),
            (Target::Zone(z), true) => {
                self.zones.insert(z.clone());
            }
            (Target::Zone(z), false) => {
                self.zones.remove(z);
            }
            (Target::Robot(r), true) => {
                self.robots.insert(r.clone());
            }
            (Target::Robot(r), false) => {
                self.robots.remove(r);
            }
        }
    }

    /// Whether a robot (in a zone, if known) is halted.
    pub fn covers(&self, robot: &str, zone: Option<&str>) -> bool {
        self.all || self.robots.contains(robot) || zone.is_some_and(|z| self.zones.contains(z))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halts_and_resumes_fold_in_order() {
        let mut h = HaltSet::default();
        let halt = Action::Halt {
            reason: String::new(),
        };
        h.apply(&Target::Zone("z1".into()), &halt);
        h.apply(&Target::Robot("r9".into()), &halt);
        assert!(h.covers("r1", Some("z1")));
        assert!(!h.covers("r1", Some("z2")));
        assert!(h.covers("r9", None));
        h.apply(&Target::Zone("z1".into()), &Action::Resume);
        assert!(!h.covers("r1", Some("z1")));
        h.apply(&Target::All, &halt);
        assert!(h.covers("anyone", None));
        h.apply(&Target::All, &Action::Resume);
        assert_eq!(h, HaltSet::default());
    }
}
