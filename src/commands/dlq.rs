//! `fleetctl dlq inspect|replay`: flags into filters and options, results through the Printer.

use crate::cli::{DlqCommand, DlqFilterArgs, DlqInspectArgs, DlqReplayArgs, Format};
use crate::error::Result;
use crate::exit::Exit;
use crate::ops::dlq::{self, Cursor, Entry, Filter};
use crate::ops::dlq_replay::{self as replay, Options};
use crate::output::{Printer, Tone};
use crate::settings::Settings;
use crate::signing::envelope::Signer;
use crate::signing::{load_private, Role};

pub async fn run(settings: &Settings, cmd: DlqCommand) -> Result<Exit> {
    match cmd {
        DlqCommand::Inspect(a) => inspect(settings, a),
        DlqCommand::Replay(a) => replay(settings, a).await,
    }
}

fn filter(a: &DlqFilterArgs) -> Result<Filter> {
    let now = crate::model::now_ms();
    Ok(Filter {
        since_ms: a
            .since
            .as_deref()
            .map(|s| dlq::parse_when(s, now))
            .transpose()?,
        until_ms: a
            .until
            .as_deref()
            .map(|s| dlq::parse_when(s, now))
            .transpose()?,
        classes: a.error_class.clone(),
        robots: a.robot.clone(),
        max: a.max,
    })
}

fn dlq_topic(settings: &Settings) -> String {
    crate::catalog::topic(&settings.topic_prefix, crate::catalog::names::DLQ)
}

fn inspect(settings: &Settings, a: DlqInspectArgs) -> Result<Exit> {
    let k = settings.kafka()?;
    let f = filter(&a.filters)?;
    let topic = dlq_topic(settings);
    let brokers = k.brokers.clone().unwrap_or_default();
    // By assignment with no commits: inspecting never moves anybody's offsets.
    let c = crate::kafka::client::reader(k)?;
    let ranges = dlq::watermarks(&c, &topic, k.timeout, &brokers)?;
    let mut cursor = Cursor::open(&c, &topic, &ranges)?;
    let mut hits: Vec<Entry> = Vec::new();
    while f.max.is_none_or(|m| hits.len() < m) {
        match cursor.next_entry()? {
            Some(e) if f.matches(&e) => hits.push(e),
            Some(_) => {}
            None => break,
        }
    }
    // Partitions are read interleaved; people read dead letters in the order they died.
    hits.sort_by_key(|e| (e.timestamp_ms, e.partition, e.offset));
    let p = &settings.printer;
    if a.group_by.is_some() {
        let buckets = dlq::histogram(hits.iter().map(Entry::error_class));
        p.records(&buckets, |p| {
            let mut t = p.table(&["reason", "count"]);
            for b in &buckets {
                t.add_row(vec![
                    p.cell(&b.key, Tone::Plain),
                    p.cell(b.count, Tone::Plain),
                ]);
            }
            t
        })?;
    } else {
        let views: Vec<dlq::EntryView> = hits.iter().map(Entry::view).collect();
        p.records(&views, |p| entry_table(p, &views))?;
    }
    p.status(format!("{} entries of {topic} selected", hits.len()));
    Ok(Exit::Ok)
}

fn entry_table(p: &Printer, views: &[dlq::EntryView]) -> comfy_table::Table {
    let mut t = p.table(&[
        "entry", "time", "key", "class", "replays", "command", "error",
    ]);
    for v in views {
        let command = v
            .command
            .as_ref()
            .map(|c| format!("{} {}", c.action.name(), c.command_id))
            .unwrap_or_else(|| "(not a command)".into());
        t.add_row(vec![
            p.cell(format!("{}/{}", v.partition, v.offset), Tone::Plain),
            p.cell(v.timestamp.clone().unwrap_or_default(), Tone::Plain),
            p.cell(v.key.clone().unwrap_or_default(), Tone::Plain),
            p.cell(&v.error_class, Tone::Warn),
            p.cell(v.replays, Tone::Plain),
            p.cell(command, Tone::Plain),
            p.cell(v.error_message.clone().unwrap_or_default(), Tone::Plain),
        ]);
    }
    t
}

async fn replay(settings: &Settings, a: DlqReplayArgs) -> Result<Exit> {
    let k = settings.kafka()?;
    let resign = if a.resign {
        let key = load_private(&settings.paths.keys_dir(), Role::Operator)?;
        Some((Signer::new(key), a.ttl))
    } else {
        None
    };
    let o = Options {
        dlq_topic: dlq_topic(settings),
        group: a
            .group
            .clone()
            .unwrap_or_else(|| crate::ops::replay_group(&settings.topic_prefix)),
        to: a.to.clone(),
        dry_run: a.dry_run,
        rate: a.rate,
        max_replays: a.max_replays,
        resign,
        filter: filter(&a.filters)?,
    };
    let r = replay::open(k, &o)?;
    if !a.dry_run && r.backlog > 0 {
        let dest = a.to.as_deref().unwrap_or("their original topics");
        super::halt::confirm(
            settings,
            a.yes,
            &format!(
                "Replay up to {} DLQ entries (group {}) to {dest}?",
                r.backlog, o.group
            ),
        )?;
    }
    let p = &settings.printer;
    let bar = p.progress_enabled().then(|| {
        // --max counts selected entries; without filters that is also the entries read.
        let b = indicatif::ProgressBar::new(
            a.filters.max.map_or(r.backlog, |m| r.backlog.min(m as u64)),
        );
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} replay [{bar:30}] {pos}/{len} entries ({elapsed}, {eta} left)",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let token = crate::shutdown::install();
    let s = r
        .run(k, &o, &token, || {
            if let Some(b) = &bar {
                b.inc(1);
            }
        })
        .await?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    print_summary(p, &s)?;
    Ok(if s.interrupted {
        Exit::Interrupted
    } else if s.complete() {
        Exit::Ok
    } else {
        Exit::Partial
    })
}

fn print_summary(p: &Printer, s: &replay::Summary) -> Result<()> {
    match p.format {
        Format::Table => {
            if !s.entries.is_empty() {
                p.records(&s.entries, |p| {
                    let mut t = p.table(&["entry", "key", "class", "replays", "outcome", "to"]);
                    for r in &s.entries {
                        let tone = match r.outcome.as_str() {
                            "would_replay" => Tone::Good,
                            "failed" => Tone::Bad,
                            _ => Tone::Warn,
                        };
                        t.add_row(vec![
                            p.cell(format!("{}/{}", r.partition, r.offset), Tone::Plain),
                            p.cell(r.key.clone().unwrap_or_default(), Tone::Plain),
                            p.cell(&r.error_class, Tone::Plain),
                            p.cell(r.replays, Tone::Plain),
                            p.cell(&r.outcome, tone),
                            p.cell(r.to.clone().unwrap_or_default(), Tone::Plain),
                        ]);
                    }
                    t
                })?;
            }
            if s.dry_run && !s.histogram.is_empty() {
                p.records(&s.histogram, |p| {
                    let mut t = p.table(&["reason", "count"]);
                    for b in &s.histogram {
                        t.add_row(vec![
                            p.cell(&b.key, Tone::Plain),
                            p.cell(b.count, Tone::Plain),
                        ]);
                    }
                    t
                })?;
            }
        }
        Format::Json | Format::Ndjson => p.record(s, |_| String::new())?,
    }
    let verb = if s.dry_run {
        "would replay"
    } else {
        "replayed"
    };
    p.status(format!(
        "{verb} {}/{} selected entries ({} re-signed) at {:.0}/s; skipped: {} loop guard, {} expired, {} without topic; {} failed",
        s.replayed,
        s.selected,
        s.resigned,
        s.rate_per_s,
        s.skipped_loop_guard,
        s.skipped_expired,
        s.skipped_no_topic,
        s.failed
    ));
    Ok(())
}
