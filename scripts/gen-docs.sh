#!/usr/bin/env bash
# Regenerates completions/ and man/ from the clap definitions and docs/schemas from the schemas in
# src/schemas (a test fails when they are stale).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet -- generate --out .
