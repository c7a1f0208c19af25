#!/usr/bin/env bash
# Regenerates the goldens of the build fixtures with real cargo: for each crate folder here runs
# `cargo build` in a copy and writes <crate>.stderr (rustc's part, cargo's status lines removed) and <crate>.exit_code.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/heapbook-build.XXXXXX")
trap 'rm -rf "$work"' EXIT
for dir in "$here"/*/; do
  crate=$(basename "$dir")
  cp -r "$dir" "$work/$crate"
  set +e
  (cd "$work/$crate" && cargo build 2> "$work/err" > /dev/null)
  code=$?
  set -e
  grep -Ev '^\s+(Compiling|Finished|Locking|Adding)\s' "$work/err" > "$here/$crate.stderr" || true
  echo "$code" > "$here/$crate.exit_code"
  echo "regen: $crate: exit $code"
done
