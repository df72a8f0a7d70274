//! `fleetctl demo`: the whole fleet on the embedded broker, a live line on a terminal, a summary.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::cli::DemoArgs;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::Tone;
use crate::roles::demo::{self, DemoLive, DemoOptions};
use crate::settings::Settings;

/// Runs the demo with a live line on a terminal, then prints its summary.
pub async fn run(settings: &Settings, a: DemoArgs) -> Result<Exit> {
    validate(&a)?;
    if a.top {
        crate::top::term::require_terminal()?;
    }
    let p = settings.printer.clone();
    p.status(format!(
        "fleetctl demo: {} robots for {:?} on an embedded broker (Ctrl-C ends it early)",
        a.robots, a.duration
    ));
    let live = Arc::new(DemoLive::default());
    let cancel = crate::shutdown::install();
    let bar = (p.progress_enabled() && !a.top).then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.enable_steady_tick(Duration::from_millis(250));
        b
    });
    let dashboard = bar.clone().map(|b| spawn_dashboard(b, live.clone()));
    let opts = DemoOptions {
        robots: a.robots,
        duration: a.duration,
        speedup: a.speedup,
        chaos: a.chaos,
        canary: a.canary,
    };
    let story = {
        let (p, bar) = (p.clone(), bar.clone());
        move |line: String| match &bar {
            Some(b) => b.println(format!("▸ {line}")),
            None => p.status(format!("▸ {line}")),
        }
    };
    // q in the dashboard ends the demo early without making it an interruption.
    let demo_stop = cancel.child_token();
    let top_done = CancellationToken::new();
    // The demo's broker lives and dies inside it, so the endpoint serves counters, not lag.
    let role = demo::run(opts, live.clone(), demo_stop.clone(), story);
    let role = async {
        // Flattened, so the dashboard is cleared below whichever of the two failed.
        let out =
            crate::ops::metrics_endpoint::serving(a.metrics.metrics_addr, &cancel, None, role)
                .await
                .and_then(|outcome| outcome);
        top_done.cancel();
        out
    };
    let top = async {
        if a.top {
            top(&live, &top_done, &demo_stop, &cancel).await
        } else {
            Ok(())
        }
    };
    let (lines, top) = tokio::join!(role, top);
    top?;
    if let Some(d) = dashboard {
        d.abort();
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let lines = lines?;
    p.records(&lines, |p| {
        let mut t = p.table(&["demo summary", "count"]);
        for l in &lines {
            t.add_row(vec![
                p.cell(l.metric, Tone::Plain),
                p.cell(l.value, Tone::Good),
            ]);
        }
        t
    })?;
    Ok(if cancel.is_cancelled() {
        Exit::Interrupted
    } else {
        Exit::Ok
    })
}

/// The dashboard on the demo's broker, once it runs, until q (which ends the demo) or the demo's
/// end (`done`).
async fn top(
    live: &DemoLive,
    done: &CancellationToken,
    demo_stop: &CancellationToken,
    interrupted: &CancellationToken,
) -> Result<()> {
    let k = loop {
        if let Some(k) = live.brokers.get() {
            break k.clone();
        }
        if done.is_cancelled() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let o = crate::top::TopOptions {
        prefix: String::new(),
        refresh: Duration::from_secs(1),
        zone: None,
        registry: None,
    };
    match crate::top::run(&k, o, done, interrupted).await? {
        crate::top::Ended::Quit => demo_stop.cancel(),
        crate::top::Ended::Interrupted => interrupted.cancel(),
    }
    Ok(())
}

/// Refuses numbers the demo cannot run with.
fn validate(a: &DemoArgs) -> Result<()> {
    if a.robots == 0 || a.duration < Duration::from_secs(5) {
        return Err(Error::usage(
            "the demo needs at least 1 robot and a --duration of at least 5s",
        ));
    }
    if !(0.0..=1.0).contains(&a.chaos) || !(0.0..=1.0).contains(&a.canary) {
        return Err(Error::usage(
            "--chaos and --canary are fractions between 0 and 1",
        ));
    }
    Ok(())
}

/// Refreshes the live line on `b` every second from the demo's counters, until aborted.
fn spawn_dashboard(b: indicatif::ProgressBar, live: Arc<DemoLive>) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut last = 0u64;
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
            let sent = live.sim.delivered.load(Relaxed);
            b.set_message(format!(
                "telemetry {:>7}/s │ commands {:>6} │ stops {:>4} │ anomalies {:>4} │ halts {} │ acks {:>5}",
                sent - last,
                live.control.move_to.load(Relaxed) + live.control.return_to_base.load(Relaxed) + live.control.charge.load(Relaxed),
                live.safety.stops.load(Relaxed),
                live.safety.anomalies.load(Relaxed),
                live.safety.halts.load(Relaxed),
                live.sim.acks.load(Relaxed),
            ));
            last = sent;
        }
    })
}
