#!/usr/bin/env bash
# Regenerates the rustc goldens of the type checker (stderr, exit_code) with a real toolchain: each case's main.rs
# built as a crate `main` with `cargo build -q`. Usage: test/sim/check/goldens/types/regen.sh [case-dir ...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../../../../regen/case-dirs.sh"
case_dirs "$here" "$@"
exec bash "$here/../regen.sh" --quiet "${dirs[@]}"
