#!/usr/bin/env bash
# Regenerates the compiler-output goldens: each folder's main.rs is built with real cargo (`cargo build`)
# as the crate `main`; `stderr` keeps cargo's text minus its `Compiling` line. Usage: regen.sh [dir ...]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/heapbook-check-regen.XXXXXX")
trap 'rm -rf "$work"' EXIT
crate="$work/main"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$work/target}"
mkdir -p "$crate/src"
cat > "$crate/Cargo.toml" <<'TOML'
[package]
name = "main"
version = "0.1.0"
edition = "2021"

[dependencies]
TOML

if [ "$#" -gt 0 ]; then
  dirs=()
  for name in "$@"; do dirs+=("$here/${name%/}"); done
else
  dirs=("$here"/*/)
fi

for dir in "${dirs[@]}"; do
  dir=${dir%/}
  cp "$dir/main.rs" "$crate/src/main.rs"
  set +e
  (cd "$crate" && cargo build --offline 2> "$work/stderr" > /dev/null)
  code=$?
  set -e
  grep -v -e '^   Compiling main v0.1.0' -e '^    Finished ' -e '^    Blocking ' "$work/stderr" > "$dir/stderr" || true
  echo "$code" > "$dir/exit_code"
  echo "regen: $(basename "$dir"): exit $code"
done
