//! `fleetctl top` in a real terminal: tmux runs it on a private socket, the test sends keys and
//! reads the screen back with capture-pane, and checks it against what the roles did.

use std::time::{Duration, Instant};

use crate::support::kafka::{fleet_world, produce};
use crate::support::World;

/// A tmux server of this test's own (its socket is unique), killed on drop.
struct Tmux {
    /// The socket name (`tmux -L`).
    socket: String,
}

impl Tmux {
    /// Starts `command` in a detached 160×50 session; a shell prints its exit status after it.
    fn start(command: &str) -> Tmux {
        let shell = format!("{command}; echo {EXITED} $?; sleep 60");
        let t = Tmux {
            socket: crate::support::unique("top"),
        };
        let out = t.tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "160",
            "-y",
            "50",
            "-s",
            "top",
            &shell,
        ]);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        t
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        std::process::Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs (scripts/test.sh installs it)")
    }

    /// What the pane shows now.
    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "top"]).stdout)
            .into_owned()
    }

    fn keys(&self, keys: &str) {
        self.tmux(&["send-keys", "-t", "top", keys]);
    }

    /// Waits until the screen satisfies `ok`, and returns it; panics with the last screen.
    fn wait_for(&self, what: &str, limit: Duration, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + limit;
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "no {what} within {limit:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    /// The exit status of the command once it ended: the shell around it prints it (tmux's
    /// own `pane_dead_status` came too late or not at all now and then), or none within `limit`.
    fn exit_status(&self, limit: Duration) -> Option<String> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Some(code) = header_value(&self.screen(), EXITED) {
                return Some(code);
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        None
    }
}

/// What the shell prints after the command, followed by its exit status.
const EXITED: &str = "command exited with";

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

/// The shell command running `fleetctl ARGS` with this world's config, broker and prefix.
fn top_command(w: &World, args: &str) -> String {
    format!(
        "env RUST_LOG=warn FLEETCTL_CONFIG_DIR='{}' KAFKA_BOOTSTRAP_SERVERS='{}' FLEETCTL_TOPIC_PREFIX='{}' '{}' {args}",
        w.config_dir().display(),
        crate::support::broker(),
        w.prefix,
        env!("CARGO_BIN_EXE_fleetctl"),
    )
}

/// The numbers of the table row that starts with `first` (its first cell).
fn row(screen: &str, first: &str) -> Option<Vec<String>> {
    screen
        .lines()
        .map(|l| l.split_whitespace().map(String::from).collect::<Vec<_>>())
        .find(|cells| cells.first().is_some_and(|c| c == first))
}

/// The value after `label` on the header line that has it (`robots: 30` → `30`).
fn header_value(screen: &str, label: &str) -> Option<String> {
    let at = screen.find(label)? + label.len();
    screen[at..].split_whitespace().next().map(String::from)
}

#[test]
fn top_shows_the_fleet_halts_dlq_and_lag_and_quits_on_q() {
    crate::needs_broker!();
    let w = fleet_world("top", 30);
    let roles: Vec<std::process::Child> = [
        vec!["simulate", "--robots", "30", "--zones", "3", "--seed", "7"],
        vec!["run", "executor"],
        vec!["run", "control-center"],
    ]
    .into_iter()
    .map(|args| {
        let mut a = args.clone();
        a.extend(["--duration", "90s"]);
        w.kafka().args(&a).spawn()
    })
    .collect();
    // Every robot of zone-1 halted and acknowledging; three dead letters written by hand.
    std::thread::sleep(Duration::from_secs(4));
    w.kafka()
        .args(["halt", "--zone", "zone-1", "--yes", "--timeout", "30s"])
        .run()
        .expect(0);
    let dead: Vec<(Option<String>, Option<Vec<u8>>)> = (0..3)
        .map(|i| (Some(format!("robot-000{i}")), Some(b"{}".to_vec())))
        .collect();
    produce(&w, "robot-commands-dlq", &dead);

    let t = Tmux::start(&top_command(&w, "top"));
    let s = t.wait_for(
        "30 robots, the halt and the DLQ",
        Duration::from_secs(30),
        |s| {
            header_value(s, "robots:").as_deref() == Some("30")
                && header_value(s, "DLQ backlog:").as_deref() == Some("3")
                && row(s, "zone-1").is_some_and(|r| r.get(5).map(String::as_str) == Some("10"))
        },
    );
    assert!(s.contains("halts in force: zone zone-1"), "{s}");
    for z in ["zone-0", "zone-1", "zone-2"] {
        let r = row(&s, z).unwrap_or_else(|| panic!("no row for {z}:\n{s}"));
        assert_eq!(r[1], "10", "robots of {z}:\n{s}");
    }
    assert_eq!(row(&s, "total").unwrap()[1], "30", "{s}");

    // Panel 2: rates. The simulator sends control and safety telemetry every second.
    t.keys("2");
    let s = t.wait_for("the flows panel", Duration::from_secs(10), |s| {
        row(s, "telemetry").is_some_and(|r| r[1].parse::<f64>().unwrap_or(0.0) > 0.0)
    });
    let rate: f64 = row(&s, "telemetry").unwrap()[1].parse().unwrap();
    assert!(
        (10.0..=200.0).contains(&rate),
        "30 robots, 2 reports a second: {rate}\n{s}"
    );
    assert!(row(&s, "zone-0").is_none(), "the fleet table is gone:\n{s}");

    // Panel 3: lag of the executor's group.
    t.keys("3");
    let s = t.wait_for("the executor's lag", Duration::from_secs(15), |s| {
        s.contains("consumer lag per group") && s.contains("executor")
    });
    assert!(!s.contains("per second"), "the flows table is gone:\n{s}");

    // Back to the fleet, one zone only.
    t.keys("1");
    t.keys("z");
    let s = t.wait_for("the zone filter", Duration::from_secs(10), |s| {
        s.contains("zone: zone-0")
    });
    assert_eq!(header_value(&s, "robots:").as_deref(), Some("10"), "{s}");
    assert!(
        row(&s, "zone-1").is_none() && row(&s, "zone-0").is_some(),
        "{s}"
    );
    assert!(
        s.contains("halts in force: none"),
        "zone-0 is not halted:\n{s}"
    );

    t.keys("q");
    let status = t.exit_status(Duration::from_secs(10));
    assert_eq!(
        status.as_deref(),
        Some("0"),
        "q ends top with 0:
{}",
        t.screen()
    );
    assert!(
        !t.screen().contains("fleetctl top"),
        "the screen is given back"
    );
    for c in roles {
        crate::support::terminate(c);
    }
}

#[test]
fn demo_top_shows_the_dashboard_and_quits_on_q() {
    let w = World::new("demotop");
    let cmd = format!(
        "env RUST_LOG=warn FLEETCTL_CONFIG_DIR='{}' '{}' demo --top --robots 40 --duration 60s",
        w.config_dir().display(),
        env!("CARGO_BIN_EXE_fleetctl"),
    );
    let t = Tmux::start(&cmd);
    t.wait_for("the demo's 40 robots", Duration::from_secs(40), |s| {
        header_value(s, "robots:").as_deref() == Some("40")
    });
    t.keys("q");
    let status = t.exit_status(Duration::from_secs(30));
    assert_eq!(
        status.as_deref(),
        Some("0"),
        "q ends the demo with 0:
{}",
        t.screen()
    );
    let s = t.screen();
    assert!(s.contains("telemetry sent"), "the summary follows:\n{s}");
}
