//! The `--metrics-addr` HTTP endpoint: a small hyper HTTP/1 server answering `GET /metrics` with
//! the registry's OpenMetrics text, stopped by the run's cancellation token.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use super::Metrics;
use crate::error::{Error, Result};

/// Content type of the OpenMetrics text exposition.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Binds the metrics address (port 0 picks a free one; `local_addr` tells which).
pub async fn bind(addr: SocketAddr) -> Result<TcpListener> {
    TcpListener::bind(addr)
        .await
        .map_err(|e| Error::usage(format!("cannot listen for metrics on {addr}: {e}")))
}

/// Serves `GET /metrics` on `addr` until `token` is cancelled.
pub async fn serve(
    addr: SocketAddr,
    metrics: Arc<Metrics>,
    token: CancellationToken,
) -> Result<()> {
    serve_on(bind(addr).await?, metrics, token).await
}

/// Binds now (so a taken port is an error before the role starts) and serves in a task.
pub async fn spawn(
    addr: SocketAddr,
    metrics: Arc<Metrics>,
    token: CancellationToken,
) -> Result<tokio::task::JoinHandle<Result<()>>> {
    let listener = bind(addr).await?;
    // Before the task runs, so that the role's clients, created next, ask for statistics.
    metrics.set_serving();
    tracing::info!(
        "serving metrics on http://{}/metrics",
        listener.local_addr().unwrap_or(addr)
    );
    Ok(tokio::spawn(serve_on(listener, metrics, token)))
}

/// Serves `GET /metrics` on a bound listener until `token` is cancelled.
pub async fn serve_on(
    listener: TcpListener,
    metrics: Arc<Metrics>,
    token: CancellationToken,
) -> Result<()> {
    metrics.set_serving();
    loop {
        let stream = tokio::select! {
            _ = token.cancelled() => return Ok(()),
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Running out of file descriptors is transient; the endpoint stays up.
                    tracing::warn!("metrics endpoint: accept failed: {e}");
                    continue;
                }
            },
        };
        let metrics = metrics.clone();
        let token = token.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                let metrics = metrics.clone();
                async move { Ok::<_, Infallible>(respond(&metrics, &req)) }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            tokio::pin!(conn);
            tokio::select! {
                r = conn.as_mut() => {
                    if let Err(e) = r {
                        tracing::debug!("metrics connection: {e}");
                    }
                }
                _ = token.cancelled() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
}

fn respond(metrics: &Metrics, req: &Request<Incoming>) -> Response<Full<Bytes>> {
    let reply = |status: StatusCode, ctype: &str, body: String| {
        let mut r = Response::new(Full::new(Bytes::from(body)));
        *r.status_mut() = status;
        if let Ok(v) = hyper::header::HeaderValue::from_str(ctype) {
            r.headers_mut().insert(hyper::header::CONTENT_TYPE, v);
        }
        r
    };
    if req.method() != Method::GET || req.uri().path() != "/metrics" {
        return reply(
            StatusCode::NOT_FOUND,
            "text/plain",
            "only GET /metrics is served\n".into(),
        );
    }
    match metrics.encode() {
        Ok(text) => reply(StatusCode::OK, CONTENT_TYPE, text),
        Err(e) => reply(
            StatusCode::INTERNAL_SERVER_ERROR,
            "text/plain",
            format!("{e}\n"),
        ),
    }
}
