#!/usr/bin/env bash
# Regenerates the goldens (stdout, stderr, exit_code) of the std test programs (test/std/<name>/main.rs)
# with a real toolchain, the same way as test/programs/regen.sh. Usage: test/std/regen.sh [name ...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
names=()
if [ "$#" -gt 0 ]; then
  for n in "$@"; do names+=("../std/${n%/}"); done
else
  for d in "$here"/*/; do d=${d%/}; names+=("../std/$(basename "$d")"); done
fi
exec bash "$here/../programs/regen.sh" "${names[@]}"
