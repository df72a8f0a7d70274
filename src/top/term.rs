//! The terminal while the dashboard owns it: raw mode and the alternate screen, restored on every
//! way out (return, error, panic), and stderr held aside so that a log line cannot scribble over
//! the screen; what was logged meanwhile is written out once the screen is restored.

use std::io::{Read, Seek, Write};
use std::sync::atomic::{AtomicI32, Ordering};

use crate::error::{Error, Result};

/// Refuses to start the dashboard unless stdout is a terminal (a pipe or file would receive
/// escape codes, not data).
pub fn require_terminal() -> Result<()> {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        return Ok(());
    }
    Err(Error::usage(
        "fleetctl top draws a full-screen dashboard and needs a terminal, but stdout is not one; \
         for data use `fleet status`, `lag`, `dlq inspect` or `alerts list` with --format json",
    ))
}

/// Owns the terminal; dropping it gives the terminal back as it was.
pub struct Screen {
    /// The ratatui terminal (raw mode, alternate screen).
    pub terminal: ratatui::DefaultTerminal,
    /// stderr as it was, and the file holding what was written to it meanwhile.
    stderr: Option<HeldStderr>,
}

impl Screen {
    /// Enters raw mode and the alternate screen. ratatui's panic hook restores the terminal
    /// before the panic message is printed; the hook added here first gives stderr back, so the
    /// message is seen.
    pub fn enter() -> Result<Screen> {
        let stderr = HeldStderr::hold();
        let terminal = match ratatui::try_init() {
            Ok(t) => t,
            Err(e) => {
                if let Some(h) = stderr {
                    h.release();
                }
                return Err(Error::Other(anyhow::anyhow!(
                    "cannot take over the terminal: {e}"
                )));
            }
        };
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            put_back(SAVED.load(Ordering::SeqCst));
            previous(info);
        }));
        Ok(Screen { terminal, stderr })
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        ratatui::restore();
        if let Some(h) = self.stderr.take() {
            h.release();
        }
    }
}

/// The duplicate of the original stderr while it is held, else -1 (read by the panic hook).
static SAVED: AtomicI32 = AtomicI32::new(-1);

/// stderr redirected to an unlinked temporary file.
struct HeldStderr {
    /// A duplicate of the original stderr.
    saved: i32,
    /// The file stderr writes to meanwhile.
    file: std::fs::File,
}

impl HeldStderr {
    /// Redirects stderr; none when that is not possible (then logs may show on the screen).
    fn hold() -> Option<HeldStderr> {
        use std::os::fd::AsRawFd;
        let path = std::env::temp_dir().join(format!("fleetctl-top-{}.log", std::process::id()));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .read(true)
            .write(true)
            .open(&path)
            .ok()?;
        let _ = std::fs::remove_file(&path);
        // SAFETY: plain descriptor calls on descriptors this process owns.
        let saved = unsafe { libc::dup(2) };
        if saved < 0 || unsafe { libc::dup2(file.as_raw_fd(), 2) } < 0 {
            return None;
        }
        SAVED.store(saved, Ordering::SeqCst);
        Some(HeldStderr { saved, file })
    }

    /// Puts stderr back and writes out what was held.
    fn release(mut self) {
        SAVED.store(-1, Ordering::SeqCst);
        put_back(self.saved);
        let mut held = Vec::new();
        if self.file.rewind().is_ok() && self.file.read_to_end(&mut held).is_ok() {
            let _ = std::io::stderr().write_all(&held);
        }
        // SAFETY: `saved` came from dup and is closed once.
        unsafe { libc::close(self.saved) };
    }
}

/// Points stderr at the descriptor `saved` again (nothing when it is -1).
fn put_back(saved: i32) {
    if saved >= 0 {
        // SAFETY: dup2 onto stderr of a descriptor this process owns.
        unsafe { libc::dup2(saved, 2) };
    }
}
