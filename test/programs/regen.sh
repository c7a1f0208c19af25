#!/usr/bin/env bash
# Regenerates the golden files (stdout, stderr, exit_code) of the Rust program corpus with a real toolchain.
# Usage: test/programs/regen.sh [program-dir-name ...]   (no arguments: every program)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../regen/scratch-crate.sh"
case_dirs "$here" "$@"

failed=0
for dir in "${dirs[@]}"; do
  name=$(basename "$dir")
  if [ ! -f "$dir/main.rs" ]; then
    echo "regen: $name: main.rs 없음" >&2
    failed=1
    continue
  fi
  cp "$dir/main.rs" "$crate/src/main.rs"
  if ! (cd "$crate" && cargo build -q 2> "$work/build.log"); then
    echo "regen: $name: 컴파일 실패" >&2
    cat "$work/build.log" >&2
    failed=1
    continue
  fi

  # Run the binary itself (not `cargo run`), from the crate dir, without a backtrace request.
  set +e
  (cd "$crate" && env -u RUST_BACKTRACE timeout 20 "$CARGO_TARGET_DIR/debug/main" \
      > "$work/stdout" 2> "$work/stderr" < /dev/null) 2> /dev/null
  code=$?
  set -e

  # rustc >= 1.92 prints the OS thread id (`thread 'main' (12345) panicked`); the simulator prints (1).
  sed -E "s/^thread '([^']*)' \([0-9]+\) /thread '\1' (1) /" "$work/stderr" > "$dir/stderr"
  echo "$code" > "$dir/exit_code"

  # A stack overflow aborts at an unpredictable point of a possibly huge output: keep its
  # first 4 KiB and mark stdout to be compared only over the common prefix.
  if grep -q "has overflowed its stack" "$dir/stderr"; then
    head -c 4096 "$work/stdout" > "$dir/stdout"
    : > "$dir/stdout-prefix-only"
  else
    cp "$work/stdout" "$dir/stdout"
    rm -f "$dir/stdout-prefix-only"
  fi
  echo "regen: $name: exit $code"
done

exit "$failed"
