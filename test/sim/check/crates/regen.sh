#!/usr/bin/env bash
# Regenerates the crate goldens: each folder is copied and built with real cargo (`cargo build`, or with a
# `command` file holding `test`: `cargo test --no-run`, cut after the first `could not compile` as cargo's
# parallel builds vary after it); `stderr` keeps cargo's text minus its status lines, `exit_code` its status.
# Usage: regen.sh [dir ...]
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
  [ -d "$dir/tests" ] && cp -r "$dir/tests" "$work/$name/"
  cmd=(build)
  [ "$(cat "$dir/command" 2>/dev/null)" = test ] && cmd=(test --no-run)
  set +e
  (cd "$work/$name" && cargo "${cmd[@]}" --offline 2> "$work/stderr" > /dev/null)
  code=$?
  set -e
  grep -v -e "^   Compiling $name v0.1.0" -e '^    Finished ' -e '^    Blocking ' -e '^  Executable ' "$work/stderr" |
    awk '{ print } /^error: could not compile `/ { exit }' > "$dir/stderr" || true
  echo "$code" > "$dir/exit_code"
  echo "regen: $name: exit $code"
done
