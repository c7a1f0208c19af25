#!/usr/bin/env bash
# Regenerates the goldens of the crate corpus with real cargo: for each <crate>.cases line `case: COMMAND`
# runs COMMAND in a copy of <crate>/ (stdin from <crate>.golden/<case>.stdin, else /dev/null) and writes
# <crate>.golden/<case>.{stdout,stderr,exit_code}. cargo's own status lines are left out: `cargo run`
# output is the program's, `cargo test` output is libtest's stdout plus cargo's `error:` line.
# Tests run with --test-threads=1 so their order is libtest's sorted order. Usage: regen.sh [crate ...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/heapbook-crates.XXXXXX")
trap 'rm -rf "$work"' EXIT
export RUSTFLAGS=-Awarnings
crates=("$@")
if [ ${#crates[@]} -eq 0 ]; then for c in "$here"/*.cases; do crates+=("$(basename "$c" .cases)"); done; fi
for crate in "${crates[@]}"; do
  mkdir -p "$here/$crate.golden"
  rm -rf "$work/$crate" && cp -r "$here/$crate" "$work/$crate"
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    case_name=${line%%:*}
    cmd=${line#*: }
    stdin="$here/$crate.golden/$case_name.stdin"
    [ -f "$stdin" ] || stdin=/dev/null
    out="$here/$crate.golden/$case_name"
    (cd "$work/$crate" && cargo build -q --all-targets 2>/dev/null || true)
    set +e
    if [[ "$cmd" == *"cargo test"* ]]; then
      if [[ "$cmd" == *" -- "* ]]; then full="${cmd/ -- / -- --test-threads=1 }"; else full="$cmd -- --test-threads=1"; fi
      (cd "$work/$crate" && eval "timeout 60 env -u RUST_BACKTRACE $full" > "$out.stdout" 2> "$work/cargo.err" < "$stdin")
      code=$?
      grep '^error: ' "$work/cargo.err" > "$out.stderr" || true
    else
      (cd "$work/$crate" && eval "timeout 60 env -u RUST_BACKTRACE ${cmd/cargo run/cargo run -q}" > "$out.stdout" 2> "$work/run.err" < "$stdin")
      code=$?
      cp "$work/run.err" "$out.stderr"
    fi
    set -e
    sed -i -E "s/^all doctests ran in [0-9.]+s; merged doctests compilation took [0-9.]+s$/all doctests ran in 0.00s; merged doctests compilation took 0.00s/; s/^thread '([^']*)' \([0-9]+\) /thread '\1' (1) /; s/finished in [0-9.]+s/finished in 0.00s/" "$out.stdout" "$out.stderr"
    echo "$code" > "$out.exit_code"
    echo "regen: $crate/$case_name: exit $code"
  done < "$here/$crate.cases"
done
