//! The dashboard's screen: a header that is always there (robots, halts, alerts, DLQ, zone
//! filter), one of three panels (fleet, flows, lag), and a line of keys. Draws a snapshot; knows
//! nothing of Kafka or of the terminal.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, Tabs};
use ratatui::Frame;

use super::model::{Flow, Snapshot};
use crate::model::fleet::RobotStatus;

/// The panels, in key order (1, 2, 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// Robots per zone and status, and the halts in force.
    Fleet,
    /// Rates per second, open alerts, the DLQ backlog.
    Flows,
    /// Consumer lag per group.
    Lag,
}

impl Panel {
    /// Every panel, in key order.
    pub const ALL: [Panel; 3] = [Panel::Fleet, Panel::Flows, Panel::Lag];

    fn title(self) -> &'static str {
        match self {
            Panel::Fleet => "1 fleet",
            Panel::Flows => "2 flows",
            Panel::Lag => "3 lag",
        }
    }
}

/// What the person at the keyboard chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiState {
    /// The panel shown.
    pub panel: Panel,
    /// Only this zone, or every zone.
    pub zone: Option<String>,
}

impl UiState {
    /// The next panel (Tab), wrapping round.
    pub fn next_panel(&mut self) {
        let i = Panel::ALL
            .iter()
            .position(|p| *p == self.panel)
            .unwrap_or(0);
        self.panel = Panel::ALL[(i + 1) % Panel::ALL.len()];
    }

    /// The next zone of `zones` (z): all, the first, the second, ..., all again.
    pub fn next_zone<'a>(&mut self, zones: impl IntoIterator<Item = &'a String>) {
        let zones: Vec<&String> = zones.into_iter().collect();
        let next = match &self.zone {
            None => zones.first().copied(),
            Some(z) => zones.iter().skip_while(|x| **x != z).nth(1).copied(),
        };
        self.zone = next.cloned();
    }
}

const STATUSES: [RobotStatus; 5] = [
    RobotStatus::Idle,
    RobotStatus::Moving,
    RobotStatus::Charging,
    RobotStatus::Halted,
    RobotStatus::Fault,
];

fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

/// Draws the whole screen; `None` until the first snapshot arrived.
pub fn draw(f: &mut Frame<'_>, snap: Option<&Snapshot>, ui: &UiState, source: &str) {
    let [head, tabs, body, keys] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(f.area());
    let Some(s) = snap else {
        f.render_widget(
            Paragraph::new(format!("fleetctl top: reading {source} ...")),
            head,
        );
        return;
    };
    f.render_widget(header(s, ui, source), head);
    let titles: Vec<&str> = Panel::ALL.iter().map(|p| p.title()).collect();
    let selected = Panel::ALL.iter().position(|p| *p == ui.panel);
    f.render_widget(
        Tabs::new(titles)
            .select(selected)
            .highlight_style(bold().fg(Color::Cyan)),
        tabs,
    );
    match ui.panel {
        Panel::Fleet => fleet(f, body, s, ui),
        Panel::Flows => flows(f, body, s, ui),
        Panel::Lag => lag(f, body, s),
    }
    f.render_widget(
        Paragraph::new("q/Esc quit · Tab or 1-3 panel · z next zone · a all zones"),
        keys,
    );
}

fn header(s: &Snapshot, ui: &UiState, source: &str) -> Paragraph<'static> {
    let zone = ui.zone.as_deref();
    let v = s.view(zone);
    let halts: Vec<String> = s.halts_in(zone).iter().map(|h| h.scope.clone()).collect();
    let alerts: Vec<String> = s
        .open_alerts
        .iter()
        .rev()
        .map(|(sev, n)| format!("{} {n}", sev.as_str()))
        .collect();
    let dlq = s.backlog.dlq.map_or("-".into(), |n| n.to_string());
    let when = chrono::DateTime::from_timestamp_millis(s.at_ms)
        .map(|t| t.format("%H:%M:%S").to_string())
        .unwrap_or_default();
    let halt_style = if halts.is_empty() {
        Style::default()
    } else {
        bold().fg(Color::Yellow)
    };
    let lines = vec![
        Line::from(vec![
            Span::styled("fleetctl top", bold()),
            Span::raw(format!(
                "  {source}  zone: {}  updated {when} (window {:.1} s)",
                zone.unwrap_or("all"),
                s.window_secs
            )),
        ]),
        Line::from(format!(
            "robots: {}   telemetry/s: {:.0}   DLQ backlog: {dlq}   open alerts: {}",
            v.robot_count(),
            s.rate(&v, Flow::Telemetry),
            if alerts.is_empty() {
                "none".into()
            } else {
                alerts.join(", ")
            }
        )),
        Line::styled(
            format!(
                "halts in force: {}",
                if halts.is_empty() {
                    "none".into()
                } else {
                    halts.join(", ")
                }
            ),
            halt_style,
        ),
        Line::from(
            s.backlog
                .error
                .as_ref()
                .map_or(String::new(), |e| format!("lag and DLQ not refreshed: {e}")),
        ),
    ];
    Paragraph::new(lines)
}

fn fleet(f: &mut Frame<'_>, area: Rect, s: &Snapshot, ui: &UiState) {
    let mut head = vec!["zone".to_string(), "robots".to_string()];
    head.extend(STATUSES.iter().map(|st| st.as_str().to_string()));
    let row = |name: &str, v: &super::model::ZoneView| {
        let mut cells = vec![name.to_string(), v.robot_count().to_string()];
        cells.extend(
            STATUSES
                .iter()
                .map(|st| v.robots.get(st).copied().unwrap_or(0).to_string()),
        );
        Row::new(cells)
    };
    let mut rows: Vec<Row> = s
        .zones
        .iter()
        .filter(|(z, v)| ui.zone.as_ref().is_none_or(|want| want == *z) && v.robot_count() > 0)
        .map(|(z, v)| row(z, v))
        .collect();
    rows.push(row("total", &s.view(ui.zone.as_deref())).style(bold()));
    let widths = [Constraint::Length(14)]
        .into_iter()
        .chain(std::iter::repeat_n(Constraint::Length(9), 6));
    let table = Table::new(rows, widths)
        .header(Row::new(head).style(bold()))
        .block(
            Block::default()
                .borders(Borders::TOP)
                .title("robots per zone and status"),
        );
    f.render_widget(table, area);
}

fn flows(f: &mut Frame<'_>, area: Rect, s: &Snapshot, ui: &UiState) {
    let v = s.view(ui.zone.as_deref());
    let mut rows: Vec<Row> = Flow::ALL
        .iter()
        .map(|fl| {
            Row::new(vec![
                fl.label().to_string(),
                format!("{:.1}", s.rate(&v, *fl)),
                v.flows.get(fl).copied().unwrap_or(0).to_string(),
            ])
        })
        .collect();
    rows.push(Row::new(vec![
        "DLQ backlog".to_string(),
        String::new(),
        s.backlog.dlq.map_or("-".into(), |n| n.to_string()),
    ]));
    for (sev, n) in s.open_alerts.iter().rev() {
        rows.push(Row::new(vec![
            format!("open alerts {}", sev.as_str()),
            String::new(),
            n.to_string(),
        ]));
    }
    let table = Table::new(
        rows,
        [
            Constraint::Length(22),
            Constraint::Length(10),
            Constraint::Length(12),
        ],
    )
    .header(Row::new(vec!["flow", "per second", "in window"]).style(bold()))
    .block(Block::default().borders(Borders::TOP).title("flows"));
    f.render_widget(table, area);
}

fn lag(f: &mut Frame<'_>, area: Rect, s: &Snapshot) {
    let rows: Vec<Row> = s
        .backlog
        .lag
        .iter()
        .map(|g| {
            Row::new(vec![
                g.group.clone(),
                g.partitions.to_string(),
                g.lag.to_string(),
            ])
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Min(30),
            Constraint::Length(11),
            Constraint::Length(12),
        ],
    )
    .header(Row::new(vec!["consumer group", "partitions", "lag"]).style(bold()))
    .block(
        Block::default()
            .borders(Borders::TOP)
            .title("consumer lag per group"),
    );
    f.render_widget(table, area);
}
