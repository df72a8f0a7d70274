//! The `fleetctl` binary: everything lives in the library; this only hands over the exit code.

fleetctl::use_mimalloc!();

fn main() -> std::process::ExitCode {
    tune_allocator();
    fleetctl::main()
}
