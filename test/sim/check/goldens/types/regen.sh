#!/usr/bin/env bash
# Regenerates the rustc goldens of the type checker (stderr, exit_code) with a real toolchain.
# Usage: test/sim/check/goldens/types/regen.sh [case-dir ...]   (no arguments: every case)
# Each case is `main.rs`, built as `src/main.rs` of a crate named `main` (edition 2021) with `cargo build -q`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/heapbook-types-regen.XXXXXX")
trap 'rm -rf "$work"' EXIT
crate="$work/main"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$work/target}"
mkdir -p "$crate/src"
printf '[package]\nname = "main"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' > "$crate/Cargo.toml"
if [ "$#" -gt 0 ]; then dirs=("$@"); else dirs=("$here"/*/); fi
for dir in "${dirs[@]}"; do
  dir=${dir%/}
  case "$dir" in /*) ;; *) dir="$here/$dir" ;; esac
  cp "$dir/main.rs" "$crate/src/main.rs"
  set +e
  (cd "$crate" && cargo build -q 2> "$dir/stderr" > /dev/null)
  echo $? > "$dir/exit_code"
  set -e
done
