//! The allocator of every fleetctl program: the binary, and the benchmarks that stand for it.
//!
//! mimalloc (v2), which through its `override` feature also serves librdkafka's C code. It lives
//! in a macro, expanded in each program, because the library must not link mimalloc itself: the
//! baseline benchmarks (examples/plain_producer.rs) link the library and keep glibc's allocator.
//! Why mimalloc, and the measurements: docs/fleet.md, "Allocator".

/// Makes mimalloc the calling program's allocator and defines `tune_allocator()`, which `main`
/// calls first.
///
/// `tune_allocator` lengthens mimalloc's purge delay (how long freed memory stays mapped before
/// it goes back to the OS) from 10 ms to 1 s: at 10 ms the executor benchmark paid page faults
/// for memory it freed and took back moments later (executor / raw verification, four runs
/// each: 81–108 % at 10 ms, 107–122 % at 1 s). `MIMALLOC_PURGE_DELAY` in the environment still
/// wins.
#[macro_export]
macro_rules! use_mimalloc {
    () => {
        #[global_allocator]
        static ALLOCATOR: ::mimalloc::MiMalloc = ::mimalloc::MiMalloc;

        fn tune_allocator() {
            extern "C" {
                fn mi_option_set(option: ::std::ffi::c_int, value: ::std::ffi::c_long);
            }
            // `mi_option_purge_delay` in mimalloc v2's mimalloc.h (the sys crate has no constant).
            const PURGE_DELAY: ::std::ffi::c_int = 15;
            if ::std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
                // SAFETY: mimalloc reads its options at any time; this sets one integer option.
                unsafe { mi_option_set(PURGE_DELAY, 1000) }
            }
        }
    };
}
