//! plain_producer linked with fleetctl's allocator (mimalloc, also serving librdkafka's C code),
//! so that scripts/bench-simulate.sh can show how much of fleetctl's lead or lag is the allocator.
//!
//! Usage: as plain_producer.

fleetctl::use_mimalloc!();

#[path = "plain_producer.rs"]
mod plain;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tune_allocator();
    plain::main()
}
