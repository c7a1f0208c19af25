#!/usr/bin/env bash
# Regenerates the multi-file crate goldens: each folder is copied and built with real cargo (`cargo build`);
# `stderr` keeps cargo's text minus its `Compiling`/`Finished` lines, `exit_code` its status. Usage: regen.sh [dir ...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/heapbook-check-crates.XXXXXX")
trap 'rm -rf "$work"' EXIT
export CARGO_TARGET_DIR="$work/target"
if [ "$#" -gt 0 ]; then dirs=(); for n in "$@"; do dirs+=("$here/${n%/}"); done; else dirs=("$here"/*/); fi
for dir in "${dirs[@]}"; do
  dir=${dir%/}
  name=$(basename "$dir")
  rm -rf "$work/$name"; mkdir -p "$work/$name"
  cp "$dir/Cargo.toml" "$work/$name/"; cp -r "$dir/src" "$work/$name/"
  set +e
  (cd "$work/$name" && cargo build --offline 2> "$work/stderr" > /dev/null)
  code=$?
  set -e
  grep -v -e "^   Compiling $name v0.1.0" -e '^    Finished ' -e '^    Blocking ' "$work/stderr" > "$dir/stderr" || true
  echo "$code" > "$dir/exit_code"
  echo "regen: $name: exit $code"
done
