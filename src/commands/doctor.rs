//! `fleetctl doctor`: runs the health checks and prints them as a table or JSON records.

use crate::cli::DoctorArgs;
use crate::error::Result;
use crate::exit::Exit;
use crate::ops::doctor::{self, Status};
use crate::output::Tone;
use crate::settings::Settings;

pub async fn run(settings: &Settings, a: DoctorArgs) -> Result<Exit> {
    let k = settings.kafka()?;
    let params = super::topics::catalog_params(settings, &a.catalog)?;
    let o = doctor::Options {
        specs: crate::catalog::catalog(&params),
        prefix: settings.topic_prefix.clone(),
        max_lag: a.max_lag,
        max_dlq: a.max_dlq,
        registry: settings.registry()?,
    };
    let (checks, exit) = doctor::run(k, &o).await?;
    let p = &settings.printer;
    p.records(&checks, |p| {
        let mut t = p.table(&["check", "status", "detail"]);
        for c in &checks {
            let (word, tone) = match c.status {
                Status::Ok => ("ok", Tone::Good),
                Status::Warn => ("warn", Tone::Warn),
                Status::Fail => ("fail", Tone::Bad),
            };
            t.add_row(vec![
                p.cell(&c.name, Tone::Plain),
                p.cell(word, tone),
                p.cell(&c.detail, Tone::Plain),
            ]);
        }
        t
    })?;
    if exit != Exit::Ok {
        p.status(format!(
            "unhealthy: exit {} ({})",
            exit.code(),
            exit.meaning()
        ));
    }
    Ok(exit)
}
