//! `fleetctl top`: a live full-screen dashboard of the fleet, from the topics alone. A reader
//! thread folds records into the model and hands a snapshot over every refresh; the screen
//! thread draws the latest one and reads keys. Ctrl-C is a key in raw mode (the terminal sends
//! no SIGINT then); SIGTERM arrives through the one cancellation signal.

pub mod model;
pub mod reader;
pub mod term;
pub mod view;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use tokio_util::sync::CancellationToken;

use self::model::Snapshot;
use self::view::{Panel, UiState};
use crate::error::Result;
use crate::settings::KafkaSettings;

/// Robots whose latest report is older than this are counted from robot-state, or not at all.
pub const SEEN_WINDOW: Duration = Duration::from_secs(30);

/// Longest wait for the reader's Kafka clients to close when the dashboard ends.
const CLOSE_WAIT: Duration = Duration::from_secs(10);

/// What the dashboard shows and how often.
#[derive(Debug, Clone)]
pub struct TopOptions {
    /// Topic prefix.
    pub prefix: String,
    /// Time between two snapshots.
    pub refresh: Duration,
    /// The zone filter it starts with.
    pub zone: Option<String>,
    /// Where framed telemetry's schema ids are resolved (none: plain JSON is read).
    pub registry: Option<Arc<crate::registry::RegistryClient>>,
}

/// How the dashboard ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// `q` or Esc, or the caller's token (for `demo --top`, the demo ran to its end).
    Quit,
    /// Ctrl-C, or SIGTERM through the cancellation signal.
    Interrupted,
}

/// What the reader thread hands the screen.
type Update = Result<Snapshot>;

/// Runs the dashboard until a key or `cancel` ends it. `interrupted` is the process's
/// cancellation signal (SIGTERM, an external SIGINT).
pub async fn run(
    k: &KafkaSettings,
    o: TopOptions,
    cancel: &CancellationToken,
    interrupted: &CancellationToken,
) -> Result<Ended> {
    term::require_terminal()?;
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel::<Update>();
    let feed = {
        let (k, o, stop) = (k.clone(), o.clone(), stop.clone());
        std::thread::spawn(move || follow(&k, &o, &stop, &tx))
    };
    let source = k.brokers.clone().unwrap_or_default();
    let (cancel, interrupted) = (cancel.clone(), interrupted.clone());
    let ui = UiState {
        panel: Panel::Fleet,
        zone: o.zone.clone(),
    };
    let ended = tokio::task::spawn_blocking(move || {
        screen(rx, ui, &source, || {
            if interrupted.is_cancelled() {
                Some(Ended::Interrupted)
            } else {
                cancel.is_cancelled().then_some(Ended::Quit)
            }
        })
    })
    .await
    .map_err(|e| anyhow::anyhow!("the dashboard failed: {e}"))?;
    // The reader sees this within one poll. Its Kafka clients are closed before returning:
    // a process exiting while librdkafka still runs them died of a signal now and then
    // (`demo --top`, whose broker goes away with it). A first read of a large history may still
    // be going on, so the wait is bounded.
    stop.store(true, Ordering::SeqCst);
    let joined = tokio::task::spawn_blocking(move || feed.join());
    if tokio::time::timeout(CLOSE_WAIT, joined).await.is_err() {
        tracing::warn!("top: the reader did not stop within {CLOSE_WAIT:?}");
    }
    ended
}

/// The reader thread: folds the history, then sends a snapshot every refresh until stopped.
/// Lag and the DLQ backlog are asked on a thread of their own: the answers took about a second
/// against Apache Kafka (a client per group), which would stretch every rate window.
fn follow(k: &KafkaSettings, o: &TopOptions, stop: &Arc<AtomicBool>, tx: &mpsc::Sender<Update>) {
    let (feed, mut model) = match reader::Feed::open(k, o, SEEN_WINDOW) {
        Ok(x) => x,
        Err(e) => {
            let _ = tx.send(Err(e));
            return;
        }
    };
    let latest = Arc::new(Mutex::new(model::Backlog::default()));
    let asker = {
        let (k, o, stop, latest) = (k.clone(), o.clone(), stop.clone(), latest.clone());
        std::thread::spawn(move || {
            let stopped = || stop.load(Ordering::SeqCst);
            while !stopped() {
                let asked = Instant::now();
                let b = reader::backlog(&k, &o.prefix);
                tracing::debug!(took = ?asked.elapsed(), "top: lag and DLQ backlog asked");
                *latest.lock().unwrap_or_else(|p| p.into_inner()) = b;
                let next = Instant::now() + o.refresh;
                while !stopped() && Instant::now() < next {
                    std::thread::sleep(Duration::from_millis(50));
                }
            }
        })
    };
    snapshots(&feed, &mut model, o, &latest, stop, tx);
    drop(feed);
    let _ = asker.join();
}

/// Sends a snapshot of `model` every refresh, with the latest backlog, until stopped.
fn snapshots(
    feed: &reader::Feed,
    model: &mut model::Model,
    o: &TopOptions,
    latest: &Mutex<model::Backlog>,
    stop: &AtomicBool,
    tx: &mpsc::Sender<Update>,
) {
    let stopped = || stop.load(Ordering::SeqCst);
    let mut since = Instant::now();
    // The first snapshot (state only, no rates yet) is sent at once.
    let mut next = since;
    while !stopped() {
        feed.poll_until(model, next, &stopped);
        if stopped() {
            return;
        }
        let backlog = latest.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let now = Instant::now();
        let window = (now - since).as_secs_f64();
        let snap = model.snapshot(crate::model::now_ms(), window, backlog);
        since = now;
        next = now + o.refresh;
        if tx.send(Ok(snap)).is_err() {
            return;
        }
    }
}

/// The screen thread: draws the latest snapshot every 100 ms and handles keys.
fn screen(
    rx: mpsc::Receiver<Update>,
    mut ui: UiState,
    source: &str,
    ended: impl Fn() -> Option<Ended>,
) -> Result<Ended> {
    let mut screen = term::Screen::enter()?;
    let mut snap: Option<Snapshot> = None;
    loop {
        if let Some(e) = ended() {
            return Ok(e);
        }
        while let Ok(update) = rx.try_recv() {
            snap = Some(update?);
        }
        screen
            .terminal
            .draw(|f| view::draw(f, snap.as_ref(), &ui, source))
            .map_err(|e| anyhow::anyhow!("cannot draw: {e}"))?;
        if !event::poll(Duration::from_millis(100)).map_err(anyhow::Error::from)? {
            continue;
        }
        if let Event::Key(key) = event::read().map_err(anyhow::Error::from)? {
            if key.kind != KeyEventKind::Press {
                continue;
            }
            match key.code {
                KeyCode::Char('q') | KeyCode::Esc => return Ok(Ended::Quit),
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    return Ok(Ended::Interrupted)
                }
                KeyCode::Tab => ui.next_panel(),
                KeyCode::Char(c @ '1'..='3') => {
                    ui.panel = Panel::ALL[c as usize - '1' as usize];
                }
                KeyCode::Char('z') => {
                    if let Some(s) = &snap {
                        ui.next_zone(s.zones.keys().filter(|z| *z != model::NO_ZONE));
                    }
                }
                KeyCode::Char('a') => ui.zone = None,
                _ => {}
            }
        }
    }
}
