//! The one cancellation signal: Ctrl-C or SIGTERM cancels a token that every task watches.

use tokio_util::sync::CancellationToken;

/// Returns a token cancelled on the first Ctrl-C or SIGTERM. A second Ctrl-C exits at once.
pub fn install() -> CancellationToken {
    let token = CancellationToken::new();
    let t = token.clone();
    tokio::spawn(async move {
        wait_signal().await;
        tracing::info!("shutting down: finishing the current batch, flushing and committing");
        t.cancel();
        wait_signal().await;
        eprintln!("second interrupt: exiting without a clean shutdown");
        std::process::exit(crate::exit::Exit::Interrupted.code() as i32);
    });
    token
}

async fn wait_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
