//! The `fleetctl` binary: everything lives in the library; this only hands over the exit code.

// mimalloc for Rust and, through `override`, for librdkafka's C code as well: glibc's per-thread
// arenas made every record the simulator hands to librdkafka from a worker thread cost about
// 0.3 µs more CPU than the same record sent from the main thread (docs/fleet.md, "Allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    fleetctl::main()
}
