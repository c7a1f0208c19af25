#!/usr/bin/env bash
# Regenerates the compiler-output goldens: each folder's main.rs is built with real cargo (`cargo build`)
# as the crate `main`; `stderr` keeps cargo's text minus its `Compiling` line (with --quiet: `cargo build -q`
# output, which also leaves out the warning-count line). Usage: regen.sh [--quiet] [dir ...]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../../../regen/scratch-crate.sh"
quiet=false
if [ "${1:-}" = --quiet ]; then quiet=true; shift; fi
case_dirs "$here" "$@"

for dir in "${dirs[@]}"; do
  cp "$dir/main.rs" "$crate/src/main.rs"
  set +e
  if $quiet; then
    (cd "$crate" && cargo build -q --offline 2> "$dir/stderr" > /dev/null)
    code=$?
  else
    (cd "$crate" && cargo build --offline 2> "$work/stderr" > /dev/null)
    code=$?
    grep -v -e '^   Compiling main v0.1.0' -e '^    Finished ' -e '^    Blocking ' "$work/stderr" > "$dir/stderr"
  fi
  set -e
  echo "$code" > "$dir/exit_code"
  echo "regen: $(basename "$dir"): exit $code"
done
