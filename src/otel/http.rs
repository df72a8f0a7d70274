//! The exporter's HTTP client: one blocking HTTP/1.1 POST per batch over a plain TCP stream.
//!
//! The SDK's batch processor exports from its own thread, outside the Tokio runtime, so a
//! blocking client fits; this one avoids pulling reqwest (and a second TLS stack) into the
//! build. It speaks `http://` only: point fleetctl at a local or sidecar collector, which is
//! where an exporter usually sends anyway (README "Tracing").

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use opentelemetry_http::{Bytes, HttpError, Request, Response};

/// A client with one timeout for connecting, writing and reading.
#[derive(Debug, Clone)]
pub struct Client {
    /// `OTEL_EXPORTER_OTLP_TIMEOUT` (ms), default 10 s.
    timeout: Duration,
}

impl Client {
    /// The client, its timeout from `OTEL_EXPORTER_OTLP_TIMEOUT`.
    pub fn from_env() -> Self {
        let ms = std::env::var("OTEL_EXPORTER_OTLP_TIMEOUT")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(10_000);
        Client {
            timeout: Duration::from_millis(ms.max(1)),
        }
    }

    fn post(&self, req: &Request<Bytes>) -> Result<Response<Bytes>, HttpError> {
        let uri = req.uri();
        if uri.scheme_str() != Some("http") {
            return Err(format!("{uri}: only http:// OTLP endpoints are supported").into());
        }
        let host = uri.host().ok_or_else(|| format!("{uri}: no host"))?;
        let port = uri.port_u16().unwrap_or(80);
        let addr = std::net::ToSocketAddrs::to_socket_addrs(&(host, port))?
            .next()
            .ok_or_else(|| format!("{host}: no address"))?;
        let mut s = TcpStream::connect_timeout(&addr, self.timeout)?;
        s.set_read_timeout(Some(self.timeout))?;
        s.set_write_timeout(Some(self.timeout))?;
        let path = uri.path_and_query().map_or("/", |p| p.as_str());
        let mut head = format!(
            "{} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Length: {}\r\nConnection: close\r\n",
            req.method(),
            req.body().len()
        );
        for (k, v) in req.headers() {
            head.push_str(&format!("{k}: {}\r\n", v.to_str().unwrap_or_default()));
        }
        head.push_str("\r\n");
        s.write_all(head.as_bytes())?;
        s.write_all(req.body())?;
        let mut raw = Vec::new();
        s.read_to_end(&mut raw)?;
        parse(&raw)
    }
}

/// The status and body of a raw HTTP/1.1 response (the exporter only needs the status).
fn parse(raw: &[u8]) -> Result<Response<Bytes>, HttpError> {
    let text = String::from_utf8_lossy(raw);
    let status: u16 = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("the collector sent no HTTP status line")?;
    let body = text
        .find("\r\n\r\n")
        .map(|i| Bytes::copy_from_slice(&raw[i + 4..]))
        .unwrap_or_default();
    Ok(Response::builder().status(status).body(body)?)
}

#[async_trait::async_trait]
impl opentelemetry_http::HttpClient for Client {
    async fn send_bytes(&self, request: Request<Bytes>) -> Result<Response<Bytes>, HttpError> {
        self.post(&request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_status_of_a_response() {
        let r = parse(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\n\r\nno").unwrap();
        assert_eq!(r.status().as_u16(), 400);
        assert_eq!(r.body().as_ref(), b"no");
        assert!(parse(b"garbage").is_err());
    }
}
