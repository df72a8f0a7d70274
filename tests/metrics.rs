//! `--metrics-addr` on a real role: the executor's endpoint scraped over HTTP while it runs and
//! parsed with prometheus-parse, and a taken port refused before the role starts.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

use fleetctl::model::command::{Action, Target};
use fleetctl::signing::Role;

use crate::support::kafka::{fleet_world, produce, signer};
use crate::support::terminate;

/// An address nobody listens on right now.
pub fn free_addr() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").expect("a free port");
    l.local_addr().expect("bound")
}

/// One scrape of `GET /metrics`, parsed; none while nothing answers yet.
pub fn scrape(addr: SocketAddr) -> Option<prometheus_parse::Scrape> {
    let mut conn = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok()?;
    conn.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        conn,
        "GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    conn.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    prometheus_parse::Scrape::parse(body.lines().map(|l| Ok(l.to_string()))).ok()
}

/// The value of the first sample of `name` whose labels include `labels`.
pub fn value(s: &prometheus_parse::Scrape, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    s.samples
        .iter()
        .find(|x| x.metric == name && labels.iter().all(|(k, v)| x.labels.get(k) == Some(*v)))
        .and_then(|x| match x.value {
            prometheus_parse::Value::Counter(v)
            | prometheus_parse::Value::Gauge(v)
            | prometheus_parse::Value::Untyped(v) => Some(v),
            _ => None,
        })
}

#[test]
fn executor_serves_completions_mode_and_lag() {
    crate::needs_broker!();
    let w = fleet_world("metrics", 20);
    let control = signer(&w, Role::Control);
    let n = 60u32;
    let commands: Vec<_> = (0..n)
        .map(|i| {
            let robot = format!("robot-{:04}", i % 20 + 1);
            let signed = control.command(
                Target::Robot(robot.clone()),
                Some("zone-1".into()),
                Action::MoveTo {
                    x: f64::from(i),
                    y: 1.0,
                },
                false,
            );
            (Some(robot), Some(signed.bytes))
        })
        .collect();
    produce(&w, "robot-commands", &commands);
    let addr = free_addr();
    let child = w
        .kafka()
        .args([
            "--format",
            "json",
            "run",
            "executor",
            "--eos",
            "idempotent",
            "--duration",
            "90s",
            "--metrics-addr",
            &addr.to_string(),
        ])
        .spawn();
    let commands_topic = w.topic("robot-commands");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last = None;
    let done = loop {
        if Instant::now() > deadline {
            break false;
        }
        std::thread::sleep(Duration::from_millis(500));
        let Some(s) = scrape(addr) else { continue };
        let executed = value(
            &s,
            "robot_command_completions_total",
            &[("status", "EXECUTED")],
        );
        // The lag watcher reports every few seconds; 0 on every partition means all committed.
        let lags: Vec<f64> = s
            .samples
            .iter()
            .filter(|x| {
                x.metric == "robot_consumer_lag"
                    && x.labels.get("topic") == Some(commands_topic.as_str())
            })
            .filter_map(|x| match x.value {
                prometheus_parse::Value::Gauge(v) => Some(v),
                _ => None,
            })
            .collect();
        let caught_up = !lags.is_empty() && lags.iter().all(|l| *l == 0.0);
        last = Some((executed, lags.clone()));
        if executed == Some(f64::from(n)) && caught_up {
            assert_eq!(
                value(&s, "robot_executor_mode", &[("mode", "idempotent")]),
                Some(1.0)
            );
            assert_eq!(value(&s, "robot_dlq_entries_total", &[]), Some(0.0));
            assert!(
                value(&s, "robot_transaction_duration_seconds_count", &[]).unwrap_or(0.0) >= 1.0,
                "every written batch is timed"
            );
            break true;
        }
    };
    let out = terminate(child);
    assert!(
        done,
        "last scrape (executed, lags): {last:?}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("summary JSON");
    assert_eq!(
        summary["executed"], n,
        "the endpoint agrees with the summary"
    );
    assert!(scrape(addr).is_none(), "the endpoint stops with the role");
}

#[test]
fn a_taken_metrics_port_fails_before_the_role_starts() {
    crate::needs_broker!();
    let w = fleet_world("metrics-taken", 2);
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    for role in [
        &["run", "executor", "--duration", "30s"][..],
        &["run", "retry", "--duration", "30s"][..],
        &["simulate", "--robots", "2", "--duration", "30s"][..],
    ] {
        let out = w.kafka().args(role).args(["--metrics-addr", &addr]).run();
        assert_eq!(out.code, 2, "{role:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("cannot listen for metrics"),
            "{role:?}: {}",
            out.stderr
        );
        assert!(
            out.elapsed < Duration::from_secs(20),
            "{role:?} failed fast"
        );
    }
}
