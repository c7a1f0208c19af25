# Sourced by the golden regen scripts: a scratch crate `main` (edition 2021, no dependencies) at "$crate" in a
# temp dir "$work" removed on exit, a shared target dir, and `case_dirs` (case-dirs.sh).
work=$(mktemp -d "${TMPDIR:-/tmp}/heapbook-regen.XXXXXX")
trap 'rm -rf "$work"' EXIT
# One crate named `main`, reused for every case, so messages say `src/main.rs` and rebuilds stay incremental.
crate="$work/main"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$work/target}"
mkdir -p "$crate/src"
printf '[package]\nname = "main"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' > "$crate/Cargo.toml"
source "$(dirname "${BASH_SOURCE[0]}")/case-dirs.sh"
