#!/usr/bin/env bash
# Builds the libFuzzer targets of emcode and runs each one in turn.
#
#   Tests/Fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS    how long each target runs (default 30)
# TARGET     input, options, search, explain or collection (default: all five, in that order)
# FUZZ_RUNS  if set, run this many executions per target instead; a SECONDS given as
#            well still caps the time (whichever comes first)
# SWIFTC     the compiler (default: swiftc on the PATH)
#
# Before fuzzing, every file in Tests/Fuzz/regressions/<target>/ (a reproducer of a bug
# found earlier) is replayed once; a replay that fails counts as a failure too.
#
# Each harness (Fuzz<Target>.swift) is compiled with FuzzSupport.swift and a snapshot of the
# sources of EMCodeKit, _EMCodeFolding and EMCodeCLI (their `import` lines of each other removed)
# into one module, Tests/Fuzz/.out/<target>, so that internal APIs are reachable.
# The seeds in Tests/Fuzz/seeds/<target>/ are copied into the working corpus
# Tests/Fuzz/corpus-<target>/, which keeps what libFuzzer finds between runs. Crashes,
# leaks, timeouts and out-of-memory inputs land in Tests/Fuzz/.out/artifacts-<target>/,
# and the full libFuzzer log in Tests/Fuzz/.out/<target>.log.
# Exits non-zero if any target crashes, leaks, times out or fails to build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/.out"
swiftc="${SWIFTC:-swiftc}"

seconds_given=false
seconds=30
if [[ $# -gt 0 ]]; then
  seconds="$1"
  seconds_given=true
  shift
fi
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "run.sh: SECONDS must be a positive whole number, not '$seconds'" >&2
  exit 2
fi
if [[ -n "${FUZZ_RUNS:-}" ]] && ! [[ "$FUZZ_RUNS" =~ ^[1-9][0-9]*$ ]]; then
  echo "run.sh: FUZZ_RUNS must be a positive whole number, not '$FUZZ_RUNS'" >&2
  exit 2
fi

all_targets=(input options search explain collection)
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then targets=("${all_targets[@]}"); fi
for target in "${targets[@]}"; do
  known=false
  for name in "${all_targets[@]}"; do [[ $target == "$name" ]] && known=true; done
  if ! $known; then
    echo "run.sh: unknown target '$target'; use one of: ${all_targets[*]}" >&2
    exit 2
  fi
done

# The harness of a target: Fuzz<Target>.swift, the target's name capitalized.
harness_file() { echo "$here/Fuzz${1^}.swift"; }

max_len() {
  if [[ "$1" == explain || "$1" == collection ]]; then echo 65536; else echo 4096; fi
}

# Build from a snapshot of the library, so that edits made meanwhile cannot break the build.
mkdir -p "$out"
snapshot="$out/src"
rm -rf "$snapshot"
mkdir -p "$snapshot"
for module in _EMCodeFolding EMCodeKit EMCodeCLI; do
  while IFS= read -r -d '' file; do
    # One module: drop the imports of the package's own modules; keep the file name unique.
    name="${file#"$root/Sources/"}"
    sed -E '/^(@testable )?import (EMCodeKit|EMCodeCLI|_EMCodeFolding)$/d' "$file" >"$snapshot/${name//\//_}"
  done < <(find "$root/Sources/$module" -name '*.swift' -print0)
done

# lld links quietly; gold warns about every ASan symbol. Fall back to the default linker.
linker=()
if command -v ld.lld >/dev/null 2>&1 || [[ -x "$(dirname "$(command -v "$swiftc")")/ld.lld" ]]; then
  linker=(-use-ld=lld)
fi

failed=0
for target in "${targets[@]}"; do
  echo "== building $target"
  if ! "$swiftc" -O -swift-version 6 -sanitize=fuzzer,address -parse-as-library -module-name EMCodeFuzz \
    -package-name emcode -I "$root/Sources/CZlib" -lz \
    "${linker[@]}" "$snapshot"/*.swift "$here/FuzzSupport.swift" "$(harness_file "$target")" \
    -o "$out/$target"; then
    echo "run.sh: $target did not build" >&2
    exit 1
  fi
done

summary=()
for target in "${targets[@]}"; do
  corpus="$here/corpus-$target"
  artifacts="$out/artifacts-$target"
  log="$out/$target.log"
  mkdir -p "$corpus" "$artifacts"
  for seed in "$here/seeds/$target"/*; do
    [[ -e "$seed" ]] || continue
    [[ -e "$corpus/$(basename "$seed")" ]] || cp "$seed" "$corpus/"
  done

  for reproducer in "$here/regressions/$target"/*; do
    [[ -f "$reproducer" ]] || continue
    if "$out/$target" "$reproducer" >"$out/$target.regression.log" 2>&1; then
      echo "regression $target/$(basename "$reproducer"): ok"
    else
      failed=1
      summary+=("$target: regression $(basename "$reproducer") FAILED")
      echo "regression $target/$(basename "$reproducer"): FAILED"
      grep -E -m 12 'ERROR|Fatal error|^    #[0-9] |SUMMARY' "$out/$target.regression.log" || tail -n 20 "$out/$target.regression.log"
    fi
  done

  flags=(
    -max_len="$(max_len "$target")" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
    -artifact_prefix="$artifacts/"
  )
  if [[ -f "$here/dict/$target.dict" ]]; then flags+=(-dict="$here/dict/$target.dict"); fi
  if [[ -n "${FUZZ_RUNS:-}" ]]; then
    flags+=(-runs="$FUZZ_RUNS")
    if $seconds_given; then flags+=(-max_total_time="$seconds"); fi
    echo "== fuzzing $target for $FUZZ_RUNS executions$($seconds_given && echo " or $seconds s")"
  else
    flags+=(-max_total_time="$seconds")
    echo "== fuzzing $target for $seconds s"
  fi

  before="$(ls "$artifacts")"
  start=$(date +%s)
  status=0
  "$out/$target" "${flags[@]}" "$corpus" >"$log" 2>&1 || status=$?
  elapsed=$(($(date +%s) - start))
  fresh="$(comm -13 <(echo "$before") <(ls "$artifacts") | grep -E '^(crash|leak|timeout|oom)-' || true)"

  executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)"
  progress="$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$progress")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$progress")"
  corp="$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$progress")"
  line="$target: ${executions:-?} executions in ${elapsed} s (${rate:-?} exec/s), cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"

  if [[ $status -ne 0 || -n "$fresh" ]]; then
    failed=1
    line+=" -- FAILED (exit $status)"
    echo "$line"
    echo "-- end of $log:"
    tail -n 80 "$log"
    for artifact in $fresh; do echo "-- reproducer: $artifacts/$artifact"; done
    echo "-- reproduce with: $out/$target $artifacts/<file>"
  else
    line+=" -- ok"
    echo "$line"
  fi
  summary+=("$line")
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $failed
