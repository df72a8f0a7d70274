//! A real Prometheus (scripts/prometheus.sh, Debian's package) scraping the simulator, the control
//! center and the executor every second with deploy/prometheus/rules.yml loaded; its HTTP API is
//! asked for the design's metrics and the ones added for alerting, and the answers are checked
//! against what the roles printed in their summaries; a dead letter and a halt fire their alerts.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::Child;
use std::time::Duration;

use serde_json::Value;

use crate::metrics::free_addr;
use crate::support::kafka::fleet_world_with;
use crate::support::repo_root;

/// The Prometheus of one test, stopped when dropped.
struct Prometheus {
    /// Its directory (config, data, pid, log).
    dir: tempfile::TempDir,
    /// host:port of its HTTP API.
    addr: String,
}

impl Prometheus {
    /// Starts it with a 1 s scrape and evaluation interval on `jobs` (name, address).
    fn start(jobs: &[(&str, SocketAddr)]) -> Prometheus {
        let dir = tempfile::tempdir().expect("temp dir");
        let rules = repo_root().join("deploy/prometheus/rules.yml");
        let mut config = format!(
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - {}\n\
             scrape_configs:\n",
            rules.display()
        );
        for (job, addr) in jobs {
            config += &format!(
                "  - job_name: {job}\n    static_configs:\n      - targets: [\"{addr}\"]\n"
            );
        }
        let file = dir.path().join("prometheus.yml");
        std::fs::write(&file, config).expect("config written");
        let url = script(&[
            "start",
            "--dir",
            &path(dir.path()),
            "--config",
            &path(&file),
        ]);
        let addr = url.trim().trim_start_matches("http://").to_string();
        Prometheus { dir, addr }
    }

    /// `GET path`, the JSON body (an API error fails the test). HTTP/1.0, so the body is never
    /// chunked.
    fn get(&self, path_and_query: &str) -> Value {
        let mut conn = TcpStream::connect(&self.addr).expect("Prometheus answers");
        conn.set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            conn,
            "GET {path_and_query} HTTP/1.0\r\nHost: {}\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut response = String::new();
        conn.read_to_string(&mut response).unwrap();
        let (_, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
        let v: Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
        assert_eq!(v["status"], "success", "{v}");
        v["data"].clone()
    }

    /// The series of an instant query: (labels, value).
    fn query(&self, promql: &str) -> Vec<(Value, f64)> {
        let data = self.get(&format!("/api/v1/query?query={}", encode(promql)));
        let result = data["result"].as_array().cloned().unwrap_or_default();
        result
            .into_iter()
            .map(|s| {
                let v = s["value"][1].as_str().expect("a sample value");
                (s["metric"].clone(), v.parse().expect("a number"))
            })
            .collect()
    }

    /// The final value of `metric` summed over its series: the targets are gone by now, so the
    /// last sample within the window.
    fn last(&self, metric: &str) -> f64 {
        self.one(&format!("sum(last_over_time({metric}[2m]))"))
    }

    /// Waits (at most 60 s) until `job` has been scraped once with success, so that its
    /// counters have a sample taken before the run moves them: `increase()` in an alert rule
    /// needs two samples, and a target first scraped after its last dead letter never alerts.
    fn wait_scraped(&self, job: &str) {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        let up = format!(r#"up{{job="{job}"}} == 1"#);
        while self.query(&up).is_empty() {
            assert!(
                std::time::Instant::now() < deadline,
                "Prometheus never scraped {job}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// The one value of a query that must return exactly one series.
    fn one(&self, promql: &str) -> f64 {
        let r = self.query(promql);
        assert_eq!(r.len(), 1, "{promql}: {r:?}");
        r[0].1
    }
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        script(&["stop", "--dir", &path(self.dir.path())]);
    }
}

/// scripts/prometheus.sh with `args`, which must succeed; its stdout.
fn script(args: &[&str]) -> String {
    let out = std::process::Command::new(repo_root().join("scripts/prometheus.sh"))
        .args(args)
        .output()
        .expect("scripts/prometheus.sh runs");
    assert!(
        out.status.success(),
        "prometheus.sh {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

/// Percent-encodes a query parameter.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Whether this machine has Prometheus; without it the test fails where the suite requires
/// every component (scripts/test.sh installs it) and is skipped elsewhere.
fn has_prometheus() -> bool {
    let found = std::process::Command::new("prometheus")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let required = std::env::var_os("FLEETCTL_REQUIRE_BROKER").is_some();
    assert!(
        found || !required,
        "no prometheus on PATH: apt-get install prometheus"
    );
    found
}

/// The JSON summary a role printed once it ended by itself (--duration).
fn summary(child: Child, role: &str) -> Value {
    let out = child.wait_with_output().expect("role output");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{role}: {stderr}");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{role}: {e}: {stderr}"))
}

fn as_f64(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn prometheus_scrapes_the_roles_and_fires_the_dead_letter_and_halt_alerts() {
    crate::needs_broker!();
    if !has_prometheus() {
        return;
    }
    let robots = 20u32;
    let w = fleet_world_with("prometheus", robots, &["control", "operator", "safety"]);
    let (sim, control, executor) = (free_addr(), free_addr(), free_addr());
    let prom = Prometheus::start(&[
        ("fleetctl-simulator", sim),
        ("fleetctl-control-center", control),
        ("fleetctl-executor", executor),
    ]);
    let role = |args: &str, addr: SocketAddr| {
        w.kafka()
            .args(["--format", "json"])
            .args(args.split_whitespace())
            .args(["--metrics-addr", &addr.to_string()])
            .spawn()
    };
    // The consumers outlive the simulator by more than 15 s: they drain, then idle while being
    // scraped, and the control center's robots fall silent for more than 5 s. A third of the
    // executions fail on purpose and, with no retries, go to the DLQ.
    let executor_args = "run executor --eos idempotent --chaos 0.3 --max-retries 0 --duration 30s";
    let executor_child = role(executor_args, executor);
    let control_child = role("run control-center --canary 1 --duration 30s", control);
    prom.wait_scraped("fleetctl-executor");
    prom.wait_scraped("fleetctl-control-center");
    let sim_child = role(&format!("simulate --robots {robots} --duration 12s"), sim);
    let sim_summary = summary(sim_child, "simulate");
    // A zone without robots: nobody to wait for, but the executor holds the halt.
    w.kafka()
        .args(["halt", "--zone", "zone-none", "--yes", "--timeout", "1s"])
        .run()
        .expect(0);
    // While the control center still runs: every robot it heard from is now silent.
    std::thread::sleep(Duration::from_secs(8));
    let seen = prom.one(r#"robot_robots_seen{job="fleetctl-control-center"}"#);
    let silent = prom.one(r#"robot_robots_silent{job="fleetctl-control-center",after="5s"}"#);
    let control_summary = summary(control_child, "control center");
    let executor_summary = summary(executor_child, "executor");
    assert_eq!(seen, as_f64(&control_summary["robots_seen"]));
    assert_eq!(
        silent, seen,
        "every robot silent since the simulator stopped"
    );

    let summaries = Summaries {
        sim: sim_summary,
        control: control_summary,
        executor: executor_summary,
    };
    design_metrics(&prom, &summaries, robots);
    added_metrics(&prom);
    alerts(&prom);
}

/// What the roles printed when they ended.
struct Summaries {
    /// simulate_summary.
    sim: Value,
    /// control_center_summary.
    control: Value,
    /// executor_summary.
    executor: Value,
}

/// The design's metrics against the summaries.
fn design_metrics(prom: &Prometheus, s: &Summaries, robots: u32) {
    let last = |m: &str| prom.last(m);
    let (sim_summary, control_summary, executor_summary) = (&s.sim, &s.control, &s.executor);
    let sent = last(r#"robot_telemetry_sent_total{job="fleetctl-simulator"}"#);
    let sim_sent = as_f64(&sim_summary["telemetry_sent"]);
    // The simulator's last tick may come after its last scrape.
    assert!(
        sent > 0.0 && sim_sent - sent <= 2.0 * f64::from(robots),
        "{sent} vs {sim_sent}"
    );
    let issued =
        last(r#"robot_commands_issued_total{job="fleetctl-control-center",source="control"}"#);
    assert_eq!(issued, as_f64(&control_summary["commands"]));
    assert!(issued > 0.0, "the control center commanded robots");
    let dead = last(r#"robot_dlq_entries_total{job="fleetctl-executor"}"#);
    // With no retries, every failed execution is dead-lettered, as is every refused record.
    let dlq = as_f64(&executor_summary["failed"]) + as_f64(&executor_summary["dead_lettered"]);
    assert_eq!(dead, dlq);
    assert!(dead > 0.0, "failed executions were dead-lettered");
    for (status, field) in [("EXECUTED", "executed"), ("FAILED", "failed")] {
        let done = last(&format!(
            r#"robot_command_completions_total{{job="fleetctl-executor",status="{status}"}}"#
        ));
        assert_eq!(done, as_f64(&executor_summary[field]), "{status}");
    }
    let batches = last(r#"robot_transaction_duration_seconds_count{job="fleetctl-executor"}"#);
    assert_eq!(batches, as_f64(&executor_summary["batches"]));
    let mode = last(r#"robot_executor_mode{job="fleetctl-executor",mode="idempotent"}"#);
    assert_eq!(mode, 1.0);
    let lag = last(r#"robot_consumer_lag{job="fleetctl-executor"}"#);
    assert_eq!(lag, 0.0, "the executor caught up");
    assert_eq!(
        last(r#"robot_canary_aborted{job="fleetctl-control-center"}"#),
        0.0
    );
}

/// What was added for alerting and for the clients.
fn added_metrics(prom: &Prometheus) {
    let last = |m: &str| prom.last(m);
    let processed = last(r#"robot_processing_seconds_count{role="control-center"}"#);
    assert!(
        processed >= 1.0,
        "control center batches timed: {processed}"
    );
    let zones = last(r#"robot_halts_in_force{job="fleetctl-executor",scope="zone"}"#);
    assert_eq!(zones, 1.0, "the executor holds the zone halt");
    assert_eq!(last(r#"robot_halts_in_force{scope="all"}"#), 0.0);
    for job in [
        "fleetctl-simulator",
        "fleetctl-control-center",
        "fleetctl-executor",
    ] {
        let requests = last(&format!(
            r#"robot_kafka_requests_sent_total{{job="{job}"}}"#
        ));
        assert!(
            requests > 0.0,
            "{job}: librdkafka statistics reached Prometheus"
        );
    }
    let rtt = prom.query("last_over_time(robot_kafka_broker_rtt_seconds[2m])");
    assert!(
        !rtt.is_empty() && rtt.iter().all(|(_, v)| *v >= 0.0 && *v < 5.0),
        "{rtt:?}"
    );
}

/// The alert rules loaded, and the dead letters and the halt fired theirs.
fn alerts(prom: &Prometheus) {
    let groups = prom.get("/api/v1/rules");
    let rules = groups["groups"][0]["rules"]
        .as_array()
        .expect("rules")
        .len();
    assert_eq!(rules, 8, "{groups}");
    let fired = prom
        .query(r#"last_over_time(ALERTS{alertname="FleetDlqGrowing",alertstate="firing"}[2m])"#);
    if fired.len() != 1 {
        // Only on failure: the counter's raw samples say whether it ever rose while scraped.
        let samples = prom.get(&format!(
            "/api/v1/query?query={}",
            encode(r#"robot_dlq_entries_total{job="fleetctl-executor"}[2m]"#)
        ));
        panic!("FleetDlqGrowing: {fired:?}; the counter's samples: {samples}");
    }
    assert_eq!(fired[0].0["job"], "fleetctl-executor");
    let halted = prom
        .query(r#"last_over_time(ALERTS{alertname="FleetHaltInForce",alertstate="firing"}[2m])"#);
    assert_eq!(halted.len(), 1, "{halted:?}");
    assert_eq!(halted[0].0["scope"], "zone");
    let lagging = prom.query(r#"last_over_time(ALERTS{alertname="FleetConsumerLagHigh"}[2m])"#);
    assert!(lagging.is_empty(), "no lag, no alert: {lagging:?}");
}
