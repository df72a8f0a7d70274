//! Why the brokers cannot be reached: librdkafka tells the cause of a failed connection (a
//! rejected password, a certificate it could not verify, a TLS port spoken to in plaintext) only
//! to its log and error callbacks, on a queue an admin client never reads. After a failure,
//! a short-lived probe with the same configuration reads that queue and returns what it said.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::KafkaError;
use rdkafka::producer::{BaseProducer, DeliveryResult, Producer, ProducerContext};
use rdkafka::ClientConfig;

/// Keeps what librdkafka reports at warning level or worse.
#[derive(Default)]
struct Reports(Mutex<Vec<String>>);

impl Reports {
    fn push(&self, line: String) {
        if let Ok(mut v) = self.0.lock() {
            v.push(line);
        }
    }
}

impl ClientContext for Reports {
    fn log(&self, level: RDKafkaLogLevel, _facility: &str, message: &str) {
        if (level as i32) <= (RDKafkaLogLevel::Warning as i32) {
            self.push(message.to_string());
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        self.push(format!("{error}: {reason}"));
    }
}

impl ProducerContext for Reports {
    type DeliveryOpaque = ();
    fn delivery(&self, _: &DeliveryResult<'_>, _: Self::DeliveryOpaque) {}
}

/// Longest a probe listens: librdkafka reports a refused password or certificate within a few
/// hundred milliseconds of connecting (17–313 ms measured on the test broker).
const PROBE: Duration = Duration::from_secs(2);

/// Connects once more with `cfg` (for at most `timeout`, and never over 2 s) and returns
/// librdkafka's most telling report of why that fails, if it gave one.
pub fn cause(cfg: &ClientConfig, timeout: Duration) -> Option<String> {
    let timeout = timeout.min(PROBE);
    let probe: BaseProducer<Reports> = cfg.create_with_context(Reports::default()).ok()?;
    // librdkafka connects to the bootstrap brokers as soon as the client exists; the reports
    // sit on the main queue until polled.
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        probe.poll(Duration::from_millis(50));
        if probe
            .context()
            .0
            .lock()
            .is_ok_and(|v| v.iter().any(|l| telling(l)))
        {
            break;
        }
    }
    let reports = probe.context().0.lock().ok()?.clone();
    reports
        .iter()
        .find(|l| telling(l))
        .or_else(|| reports.iter().find(|l| !l.contains("brokers are down")))
        .map(|l| tidy(l))
}

/// Whether a report names a cause rather than only the symptom.
fn telling(line: &str) -> bool {
    [
        "SASL",
        "SSL",
        "uthentication",
        "certificate",
        "handshake",
        "security.protocol",
        "Connect to",
        "resolve",
    ]
    .iter()
    .any(|w| line.contains(w))
}

/// One line, without librdkafka's connection prefix (`ssl://127.0.0.1:9093/bootstrap: `).
fn tidy(line: &str) -> String {
    let one = line.split_whitespace().collect::<Vec<_>>().join(" ");
    match one.split_once("/bootstrap: ") {
        Some((_, rest)) => rest.to_string(),
        None => one,
    }
}
