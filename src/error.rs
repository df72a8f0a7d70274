//! The error type every command returns; its class decides the exit code.

use crate::exit::Exit;

/// An error that ends a command, carrying the exit code it maps to.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flags, arguments, input or configuration.
    #[error("{0}")]
    Usage(String),
    /// No broker configured, or it cannot be reached.
    #[error("{0}")]
    Broker(String),
    /// A wait ran out of time.
    #[error("{0}")]
    Timeout(String),
    /// The named thing does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The request conflicts with the current state.
    #[error("{0}")]
    Conflict(String),
    /// This member of a consumer group was fenced by the broker (another member with the same
    /// static identity joined, or a coordinator that moved lost track of this one).
    #[error("{0}")]
    Fenced(String),
    /// Refused for security reasons.
    #[error("{0}")]
    Refused(String),
    /// Writing to stdout failed because the reader went away; not an error for a CLI.
    #[error("broken pipe")]
    BrokenPipe,
    /// Any other failure.
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The exit code this error maps to.
    pub fn exit(&self) -> Exit {
        match self {
            Error::Usage(_) => Exit::Usage,
            Error::Broker(_) => Exit::Broker,
            Error::Timeout(_) => Exit::Timeout,
            Error::NotFound(_) => Exit::NotFound,
            Error::Conflict(_) | Error::Fenced(_) => Exit::Conflict,
            Error::Refused(_) => Exit::Refused,
            Error::BrokenPipe => Exit::Ok,
            Error::Other(_) => Exit::Failure,
        }
    }

    /// Builds a usage error from anything printable.
    pub fn usage(msg: impl Into<String>) -> Self {
        Error::Usage(msg.into())
    }
}

/// The message a user sees: the error, then each cause on a line of its own
/// (`caused by: …`), so that the reason at the bottom of a chain is never lost.
pub fn with_causes(e: &Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let text = cause.to_string();
        // Some messages already end with their cause's text; do not say it twice.
        if !msg.ends_with(&text) {
            msg.push_str("\ncaused by: ");
            msg.push_str(&text);
        }
        source = cause.source();
    }
    msg
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Other(e.into())
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            Error::BrokenPipe
        } else {
            Error::Other(e.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn causes_are_listed_under_the_error() {
        let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "permission denied");
        let e = Error::Other(anyhow::Error::new(io).context("reading keys/control.key"));
        assert_eq!(
            with_causes(&e),
            "reading keys/control.key\ncaused by: permission denied"
        );
        assert_eq!(with_causes(&Error::usage("bad flag")), "bad flag");
    }
}
