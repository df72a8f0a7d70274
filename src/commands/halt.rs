//! `fleetctl halt` and `fleetctl resume`: confirm, sign, write, wait for every acknowledgement.

use std::collections::BTreeSet;

use crate::cli::{HaltArgs, HaltRole, ScopeArgs};
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::command::Target;
use crate::output::Tone;
use crate::roles::halt::{AckRow, HaltOutcome};
use crate::roles::{fleet_view, halt};
use crate::settings::{KafkaSettings, Settings};
use crate::signing::envelope::Signer;
use crate::signing::{load_private, Role};

/// Asks for confirmation on a terminal; without one, only `--yes` proceeds. Never waits for
/// input that cannot come.
pub fn confirm(settings: &Settings, yes: bool, question: &str) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !(settings.printer.stdin_tty && settings.printer.stderr_tty) {
        return Err(Error::usage(format!(
            "{question} Refusing without --yes because stdin is not a terminal."
        )));
    }
    let ok = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| Error::usage(format!("no confirmation: {e}")))?;
    if ok {
        Ok(())
    } else {
        Err(Error::Conflict(
            "cancelled at the confirmation prompt; nothing was sent".into(),
        ))
    }
}

/// Confirms, signs and writes a halt (or resume), waits for the acknowledgements and reports them.
pub async fn run(settings: &Settings, a: HaltArgs, is_halt: bool) -> Result<Exit> {
    let k = settings.kafka()?;
    let role = match a.sign_as {
        HaltRole::Operator => Role::Operator,
        HaltRole::Safety => Role::Safety,
    };
    let key = load_private(&settings.paths.keys_dir(), role)?;
    let (targets, scope) = targets(&a.scope);
    let producer = halt::writer(k)?;
    let expected = expected_robots(k, settings, &a, &targets)?;
    let verb = if is_halt { "Halt" } else { "Resume" };
    confirm(
        settings,
        a.yes,
        &format!("{verb} {scope} ({} robots reporting)?", expected.len()),
    )?;

    let signer = Signer::new(key);
    let signed = halt::sign(&signer, &targets, is_halt, &a.reason);
    let bar = ack_bar(settings, expected.len(), &format!("{verb} {scope}"));
    let rows = halt::send_and_wait(
        k,
        &producer,
        &settings.topic_prefix,
        &signed,
        &expected,
        a.timeout,
        |_| {
            if let Some(b) = &bar {
                b.inc(1);
            }
        },
    )
    .await?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let out = halt::outcome(&verb.to_uppercase(), &scope, &signed, &rows);
    print_acknowledgements(settings, &out, &rows)?;
    report(settings, &a, &out, (verb, &scope), expected.is_empty());
    Ok(if out.missing.is_empty() {
        Exit::Ok
    } else if out.acknowledged == 0 {
        Exit::Timeout
    } else {
        Exit::Partial
    })
}

/// The targets named by the scope options, and the scope as the messages say it.
fn targets(scope: &ScopeArgs) -> (Vec<Target>, String) {
    if scope.all || scope.fleet.is_some() {
        (vec![Target::All], "all".into())
    } else if let Some(z) = &scope.zone {
        (vec![Target::Zone(z.clone())], format!("zone {z}"))
    } else {
        (
            scope
                .robots
                .iter()
                .map(|r| Target::Robot(r.clone()))
                .collect(),
            format!("robots {}", scope.robots.join(",")),
        )
    }
}

/// The robots whose acknowledgement is waited for.
fn expected_robots(
    k: &KafkaSettings,
    settings: &Settings,
    a: &HaltArgs,
    targets: &[Target],
) -> Result<BTreeSet<String>> {
    // Robots in scope: those that reported recently (they are the ones that can acknowledge),
    // plus every robot named explicitly.
    let seen = fleet_view::recent_robots(
        k,
        &settings.topic_prefix,
        settings.registry()?,
        a.seen_within,
    )?;
    let mut expected: BTreeSet<String> = seen
        .values()
        .filter(|t| targets.iter().any(|tg| tg.covers(&t.robot_id, &t.zone)))
        .map(|t| t.robot_id.clone())
        .collect();
    expected.extend(a.scope.robots.iter().cloned());
    Ok(expected)
}

/// A bar counting acknowledgements, on a terminal and when there are robots to wait for.
fn ack_bar(settings: &Settings, expected: usize, message: &str) -> Option<indicatif::ProgressBar> {
    (settings.printer.progress_enabled() && expected > 0).then(|| {
        let b = indicatif::ProgressBar::new(expected as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {msg} [{bar:30}] {pos}/{len} acknowledged ({elapsed})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b.set_message(message.to_string());
        b
    })
}

/// Prints the acknowledgements in the chosen format: as a table only the robots that did not
/// acknowledge, otherwise every robot's row with the summary.
fn print_acknowledgements(settings: &Settings, out: &HaltOutcome, rows: &[AckRow]) -> Result<()> {
    let p = &settings.printer;
    match p.format {
        crate::cli::Format::Table => {
            if !out.missing.is_empty() {
                let missing: Vec<_> = rows.iter().filter(|r| !r.acknowledged).cloned().collect();
                p.records(&missing, |p| {
                    let mut t = p.table(&["robot", "acknowledged"]);
                    for r in &missing {
                        t.add_row(vec![
                            p.cell(&r.robot_id, Tone::Plain),
                            p.cell("no", Tone::Bad),
                        ]);
                    }
                    t
                })?;
            }
        }
        crate::cli::Format::Ndjson => {
            p.records(rows, |p| p.table(&[]))?;
            p.record(out, |_| String::new())?;
        }
        crate::cli::Format::Json => {
            // One document: the summary with every robot's acknowledgement in it.
            let mut doc = serde_json::to_value(out)?;
            doc["acknowledgements"] = serde_json::to_value(rows)?;
            p.record(&doc, |_| String::new())?;
        }
    }
    Ok(())
}

/// The status line with the latencies, and a warning when no robot in scope was reporting.
fn report(
    settings: &Settings,
    a: &HaltArgs,
    out: &HaltOutcome,
    (verb, scope): (&str, &str),
    none_expected: bool,
) {
    let p = &settings.printer;
    let fmt = |v: Option<f64>| {
        v.map(|v| format!("{v:.1} ms"))
            .unwrap_or_else(|| "-".into())
    };
    p.status(format!(
        "{verb} {scope}: {}/{} robots acknowledged within {:?} (p50 {}, p99 {}, max {})",
        out.acknowledged,
        out.robots,
        a.timeout,
        fmt(out.p50_ms),
        fmt(out.p99_ms),
        fmt(out.max_ms)
    ));
    if none_expected {
        p.warn(format!(
            "no robot in scope reported within {:?}; the {} was written and the executor applies it",
            a.seen_within,
            verb.to_lowercase()
        ));
    }
}
