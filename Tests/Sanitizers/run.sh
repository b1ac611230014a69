#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer) and under
# ThreadSanitizer, and says what each found.
#
#   Tests/Sanitizers/run.sh [address] [thread]     (default: both, in that order)
#
# Each sanitizer builds in its own scratch folder (.build-asan, .build-tsan), so that neither
# throws away the normal .build; the emcode binary that the end-to-end tests run is built with
# the same sanitizer. The full log of each run is <scratch>/sanitizer-run.log.
# LeakSanitizer reads lsan-suppressions.txt beside this script: it names only the test
# harness's Foundation, XCTest and Dispatch libraries, never emcode's own code.
# `swift test --sanitize=undefined` is refused by the Swift toolchain on Linux; the script
# checks that this is still so and says it, without failing.
#
# Exits non-zero if a build fails, a test fails, or a sanitizer reports anything.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

# Each sanitizer's scratch folder.
declare -A scratch_of=([address]=.build-asan [thread]=.build-tsan)
sanitizers=("$@")
if [[ ${#sanitizers[@]} -eq 0 ]]; then sanitizers=(address thread); fi
for sanitizer in "${sanitizers[@]}"; do
  if [[ -z $sanitizer || -z ${scratch_of[$sanitizer]:-} ]]; then
    echo "run.sh: unknown sanitizer '$sanitizer'; use address or thread" >&2
    exit 2
  fi
done

# The patterns of a sanitizer's report, whichever process (the test runner or an emcode it
# started) printed it.
findings_pattern='^(==[0-9]+==ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer|SUMMARY: (AddressSanitizer|LeakSanitizer|ThreadSanitizer|UndefinedBehaviorSanitizer))'

summary=()
failed=0
for sanitizer in "${sanitizers[@]}"; do
  scratch=${scratch_of[$sanitizer]}
  mkdir -p "$scratch"
  log="$scratch/sanitizer-run.log"
  echo "== swift test --sanitize=$sanitizer --scratch-path $scratch (log: $log)"
  start=$(date +%s)
  status=0
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}" \
    LSAN_OPTIONS="suppressions=$here/lsan-suppressions.txt:${LSAN_OPTIONS:-}" \
    TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1:${TSAN_OPTIONS:-}" \
    swift test --sanitize="$sanitizer" --scratch-path "$scratch" >"$log" 2>&1 || status=$?
  elapsed=$(($(date +%s) - start))

  findings="$(grep -c -E "$findings_pattern" "$log" || true)"
  result="$(grep -E '(Test run with|Executed [0-9]+ tests?)' "$log" | tail -n 2 | sed 's/^[^A-Za-z]*//' | paste -sd ';' -)"
  mapfile -t skipped < <(grep -E '^. Test .* skipped' "$log")
  line="$sanitizer: exit $status, ${findings} sanitizer report line(s), ${#skipped[@]} skipped, ${elapsed} s: ${result:-no test summary}"
  if [[ $status -ne 0 || $findings -ne 0 ]]; then
    failed=1
    line+=" -- FAILED"
    echo "$line"
    echo "-- sanitizer reports and failures in $log:"
    grep -E -A 12 "$findings_pattern" "$log" | head -n 80
    grep -E '(✘|error:|Fatal error)' "$log" | head -n 40
  else
    line+=" -- ok"
    echo "$line"
  fi
  if ((${#skipped[@]})); then printf '   %s\n' "${skipped[@]:0:20}"; fi
  summary+=("$line")
done

# UndefinedBehaviorSanitizer: still refused by the driver on Linux? Say so, either way.
probe="$(mktemp -d)"
echo 'print("ok")' >"$probe/probe.swift"
if ubsan="$(swiftc -sanitize=undefined -typecheck "$probe/probe.swift" 2>&1)"; then
  summary+=("undefined: accepted by this toolchain now -- add it to this script")
else
  summary+=("undefined: refused by this toolchain ($(head -n 1 <<<"$ubsan" | sed 's/^.*error: //'))")
fi
rm -rf "$probe"

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $failed
