#!/usr/bin/env bash
# How much slower `emcode --explain` reads input that is dense with candidates than an
# ordinary log of the same size (issue 13, L4: every input within 3x of ordinary logs).
#
#   Tests/Benchmarks/hostile.sh [EMCODE] [MIB]
#
# EMCODE  the binary to measure (default: .build/release/emcode, built if missing)
# MIB     the size of each input in MiB (default 20)
#
# The inputs: an ordinary log from make-log.py, and the same size of `(1)`, `[1]`,
# `<error code="1">`, `Error 1 x` and `Login is unavailable` repeated without a break.
# With valgrind the cost is counted in instructions (callgrind: the same on every machine and
# under any load); without it, in wall time (the best of three runs). Prints one row per input
# with its cost per byte and its ratio to the ordinary log; rows over 3x are marked. Measures
# only: always exits 0 unless a run fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
emcode="${1:-$root/.build/release/emcode}"
mib="${2:-20}"
if [[ ! -x "$emcode" ]]; then
  (cd "$root" && swift build -c release --product emcode >/dev/null)
fi
if ! [[ "$mib" =~ ^[1-9][0-9]*$ ]]; then
  echo "hostile.sh: MIB must be a positive whole number, not '$mib'" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/make-log.py" "$work/log" "$mib" >/dev/null
python3 - "$work" "$mib" <<'EOF'
import sys
folder, size = sys.argv[1], int(sys.argv[2]) << 20
units = {"paren": "(1)", "bracket": "[1]", "xml": '<error code="1">', "error-word": "Error 1 x",
         "login-text": "Login is unavailable"}
for name, unit in units.items():
    data = unit.encode()
    with open(f"{folder}/{name}", "wb") as out:
        out.write((data * (size // len(data) + 1))[:size])
EOF

if command -v valgrind >/dev/null 2>&1; then
  unit="instructions"
  measure() {
    # emcode exits 1 when it finds nothing, as it does for most of these inputs.
    { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$emcode" --explain "$1" 2>&1 >/dev/null || true; } \
      | sed -n 's/^==[0-9]*== Collected : *//p'
  }
else
  unit="ns"
  measure() {
    local best=0
    for _ in 1 2 3; do
      local start end
      start=$(date +%s%N)
      "$emcode" --explain "$1" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      if ((best == 0 || end - start < best)); then best=$((end - start)); fi
    done
    echo "$best"
  }
fi

echo "emcode --explain, $mib MiB each, cost in $unit ($emcode)"
printf '%-12s %16s %10s %8s\n' input "$unit" per-byte ratio
base=""
for name in log paren bracket xml error-word login-text; do
  file="$work/$name"
  cost="$(measure "$file")"
  if [[ -z "$cost" ]]; then
    echo "hostile.sh: measuring $name failed" >&2
    exit 1
  fi
  bytes=$(stat -c %s "$file")
  [[ -n "$base" ]] || base="$cost"
  awk -v name="$name" -v c="$cost" -v b="$base" -v n="$bytes" \
    'BEGIN { printf "%-12s %16s %10.2f %7.1fx%s\n", name, c, c / n, c / b, (c > 3 * b ? "  over 3x" : "") }'
done
