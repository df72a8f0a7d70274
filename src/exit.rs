//! The one table of exit codes, shared by every command, the README and the man page.

/// A process exit code with a documented meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exit {
    /// Everything asked for was done.
    Ok,
    /// The command failed.
    Failure,
    /// Bad flags, arguments, input files or configuration.
    Usage,
    /// No broker configured, or the brokers (or the schema registry) could not be reached.
    Broker,
    /// Part of the work failed, or topics drifted from the catalog, or ACLs from their plan, or a
    /// schema is not BACKWARD compatible with its registered or committed version.
    Partial,
    /// A wait ran out of time (for example robots that did not acknowledge a halt).
    Timeout,
    /// The thing named (an alert, a topic, a context, a key) does not exist.
    NotFound,
    /// The request conflicts with the current state (invalid alert transition, file exists).
    Conflict,
    /// A health threshold was crossed (consumer lag, DLQ depth, unhealthy doctor check).
    Threshold,
    /// Refused for security: insecure key file permissions, missing or untrusted key, or the
    /// broker denied the principal an operation (no ACL allows it).
    Refused,
    /// Interrupted by Ctrl-C or SIGTERM before the work was complete.
    Interrupted,
}

impl Exit {
    /// Every code, in table order.
    pub const ALL: [Exit; 11] = [
        Exit::Ok,
        Exit::Failure,
        Exit::Usage,
        Exit::Broker,
        Exit::Partial,
        Exit::Timeout,
        Exit::NotFound,
        Exit::Conflict,
        Exit::Threshold,
        Exit::Refused,
        Exit::Interrupted,
    ];

    /// The numeric code handed to the operating system.
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Failure => 1,
            Exit::Usage => 2,
            Exit::Broker => 3,
            Exit::Partial => 4,
            Exit::Timeout => 5,
            Exit::NotFound => 6,
            Exit::Conflict => 7,
            Exit::Threshold => 8,
            Exit::Refused => 9,
            Exit::Interrupted => 130,
        }
    }

    /// One line saying when the code is used.
    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Ok => "success: everything asked for was done",
            Exit::Failure => "failure",
            Exit::Usage => "usage: bad flags, arguments, input or configuration",
            Exit::Broker => {
                "no broker configured, or the brokers (or the schema registry) are unreachable"
            }
            Exit::Partial => {
                "partial failure, topics or ACLs drifted from the catalog or plan, or a schema \
                 is not BACKWARD compatible"
            }
            Exit::Timeout => "timed out waiting (for example for halt acknowledgements)",
            Exit::NotFound => "not found: unknown alert, topic, context or key",
            Exit::Conflict => "conflict with the current state: invalid transition, file exists",
            Exit::Threshold => "a health threshold was crossed (lag, DLQ depth, doctor)",
            Exit::Refused => {
                "refused for security: insecure key file, missing or untrusted key, or the broker \
                 denied this principal an operation (ACLs; the message names it)"
            }
            Exit::Interrupted => "interrupted by Ctrl-C or SIGTERM",
        }
    }

    /// The table as plain text, for `--help` and the man page.
    pub fn table_text() -> String {
        let mut out = String::from("Exit status:\n");
        for e in Exit::ALL {
            out.push_str(&format!("  {:>3}  {}\n", e.code(), e.meaning()));
        }
        out
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e.code())
    }
}
