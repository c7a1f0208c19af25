# Sourced by the golden regen scripts: `case_dirs` turns the case names given on the command line into
# folders (or lists every case folder), so each script accepts the same arguments.

# case_dirs BASE [NAME ...]: sets `dirs` to BASE/NAME for each NAME (an absolute NAME as it is), or to every
# folder of BASE holding a main.rs when no NAME is given.
case_dirs() {
  local base=$1 n d
  shift
  dirs=()
  if [ "$#" -gt 0 ]; then
    for n in "$@"; do
      n=${n%/}
      case "$n" in /*) dirs+=("$n") ;; *) dirs+=("$base/$n") ;; esac
    done
  else
    for d in "$base"/*/; do [ -f "$d/main.rs" ] && dirs+=("${d%/}"); done
  fi
}
