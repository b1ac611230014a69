#!/usr/bin/env bash
# The emcode benchmark: emcode measured side by side with its baselines, in one run, on one
# machine. It is a command, not a test: it prints the figures, their ratios to the baselines
# and the budgets, and exits 1 if a budget is missed.
#
#   Tests/Benchmarks/run.sh            # everything (about 10 minutes)
#   RUNS=200 LOG_MIB=50 Tests/Benchmarks/run.sh
#
# It installs valgrind, hyperfine, moreutils (errno) and GNU time with apt-get when missing,
# builds the release binary as README.md installs it, and writes its work files (the
# generated log, hyperfine's JSON) to .build-bench/, which git ignores.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-500}        # hyperfine runs per start-up command
LOG_MIB=${LOG_MIB:-200}  # size of the generated EM service log
WORK=.build-bench
mkdir -p "$WORK"

need=()
command -v valgrind >/dev/null || need+=(valgrind)
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v errno >/dev/null || need+=(moreutils)
[[ -x /usr/bin/time ]] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  echo "== installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== building the release binary"
swift build -c release --product emcode 2>&1 | grep -v "warning: Using 'dlopen'" | tail -1
EMCODE=$(swift build -c release --show-bin-path)/emcode
file "$EMCODE" | grep -q "statically linked" || { echo "emcode is not statically linked" >&2; exit 1; }

# Instructions executed, counted by callgrind: repeatable on a noisy machine.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ { print $NF }'
}
echo "== instructions (valgrind --tool=callgrind)"
{
  echo "true $(instructions /bin/true)"
  echo "errno_2 $(instructions errno 2)"
  echo "emcode_22 $(instructions "$EMCODE" 22)"
  echo "emcode_search $(instructions "$EMCODE" --search profile)"
  echo "emcode_frequent $(instructions "$EMCODE" --frequent)"
  echo "emcode_list_json $(instructions "$EMCODE" --list --json)"
} > "$WORK/instructions.txt"

echo "== start-up wall time (hyperfine -N, $RUNS runs each)"
hyperfine -N --style none --warmup 50 --runs "$RUNS" --export-json "$WORK/startup.json" \
  -n true /bin/true -n "errno 2" "errno 2" \
  -n "emcode 22" "$EMCODE 22" -n "emcode --search profile" "$EMCODE --search profile" \
  -n "emcode --frequent" "$EMCODE --frequent" -n "emcode --list --json" "$EMCODE --list --json" >/dev/null

LOG="$WORK/em-service-$LOG_MIB.log"
if [[ ! -f "$LOG" ]]; then
  echo "== generating a $LOG_MIB MiB EM service log"
  python3 Tests/Benchmarks/make-log.py "$LOG" "$LOG_MIB"
fi
echo "== summarising the log: emcode --explain against grep"
# grep's output goes to a pipe: GNU grep stops at the first match when its output is /dev/null.
hyperfine --style none --warmup 2 --runs 10 --export-json "$WORK/log.json" \
  -n "emcode --explain FILE" "$EMCODE --explain $LOG > /dev/null" \
  -n "grep -oE ... | sort | uniq -c" "grep -oE 'error code=\"[0-9]+\"' $LOG | sort | uniq -c > /dev/null" \
  -n "grep -c 'error code'" "grep -c 'error code' $LOG | cat > /dev/null" >/dev/null
# Both must find the same API error counts.
diff <(grep -oE 'error code="[0-9]+"' "$LOG" | sort | uniq -c | awk '{ gsub(/[^0-9]/, "", $3); print $3, $1 }' | sort -n) \
     <("$EMCODE" --json --explain "$LOG" | python3 -c 'import json,sys; [print(f["number"], f["count"]) for f in json.load(sys.stdin)["failures"] if f["kind"] == "api_error"]' | sort -n) \
  || { echo "emcode and grep count the API errors differently" >&2; exit 1; }

FOLDER="$WORK/folder-$LOG_MIB"
if [[ ! -d "$FOLDER" ]]; then
  echo "== generating a folder of 8 traces, $LOG_MIB MiB in all"
  mkdir -p "$FOLDER"
  python3 Tests/Benchmarks/make-log.py "$FOLDER/emservice.log" "$LOG_MIB" --files 8
fi
echo "== a folder of 8 traces: all processors against one"
hyperfine --style none --warmup 1 --runs 10 --export-json "$WORK/folder.json" \
  -n "emcode --explain FOLDER" "$EMCODE --explain $FOLDER > /dev/null" \
  -n "emcode --explain --jobs 1 FOLDER" "$EMCODE --explain --jobs 1 $FOLDER > /dev/null" >/dev/null

GZ="$LOG.gz"
[[ -f "$GZ" ]] || { echo "== compressing the log"; gzip -c "$LOG" > "$GZ"; }
echo "== a gzip'd trace against zcat | grep -c"
hyperfine --style none --warmup 1 --runs 10 --export-json "$WORK/gz.json" \
  -n "emcode --explain FILE.gz" "$EMCODE --explain $GZ > /dev/null" \
  -n "zcat FILE.gz | grep -c" "zcat $GZ | grep -c 'error code' > /dev/null" >/dev/null

echo "== one 50 MB line against 50 MB of short lines (no quadratic work on long lines)"
head -c 50000000 "$LOG" > "$WORK/short-lines.log"
tr '\n' ' ' < "$WORK/short-lines.log" > "$WORK/one-line.log"
hyperfine --style none --warmup 1 --runs 10 --export-json "$WORK/lines.json" \
  -n "50 MB of short lines" "$EMCODE --explain $WORK/short-lines.log > /dev/null" \
  -n "one 50 MB line" "$EMCODE --explain $WORK/one-line.log > /dev/null" >/dev/null

echo "== peak memory (/usr/bin/time -f %M): a file, standard input, a folder"
/usr/bin/time -f "%M" -o "$WORK/memory-file.txt" "$EMCODE" --explain "$LOG" > /dev/null
/usr/bin/time -f "%M" -o "$WORK/memory-stdin.txt" "$EMCODE" --explain - < "$LOG" > /dev/null
/usr/bin/time -f "%M" -o "$WORK/memory-folder.txt" "$EMCODE" --explain "$FOLDER" > /dev/null

if [[ -x Tests/Benchmarks/hostile.sh ]]; then
  echo "== inputs dense with candidates (Tests/Benchmarks/hostile.sh)"
  Tests/Benchmarks/hostile.sh "$EMCODE" 5 > "$WORK/hostile.txt"
fi

python3 - "$WORK" "$LOG_MIB" <<'PY'
import json, sys
work, mib = sys.argv[1], sys.argv[2]
counts = dict(line.split() for line in open(f"{work}/instructions.txt"))
counts = {k: int(v.replace(",", "")) for k, v in counts.items()}
start = {r["command"]: r for r in json.load(open(f"{work}/startup.json"))["results"]}
log = {r["command"]: r for r in json.load(open(f"{work}/log.json"))["results"]}
memory = {name: int(open(f"{work}/memory-{name}.txt").read().split()[-1]) for name in ["file", "stdin", "folder"]}
folder = {r["command"]: r for r in json.load(open(f"{work}/folder.json"))["results"]}
gz = {r["command"]: r for r in json.load(open(f"{work}/gz.json"))["results"]}
lines = {r["command"]: r for r in json.load(open(f"{work}/lines.json"))["results"]}
failed = []

def check(ok, what):
    if not ok:
        failed.append(what)
    return "within budget" if ok else "OVER BUDGET"

print("\nInstructions executed (callgrind)")
print(f"  {'command':<26}{'instructions':>14}{'× true':>9}{'× errno':>9}  budget")
rows = [("/bin/true", "true", None), ("errno 2", "errno_2", None), ("emcode 22", "emcode_22", 200_000),
        ("emcode --search profile", "emcode_search", 400_000), ("emcode --frequent", "emcode_frequent", None),
        ("emcode --list --json", "emcode_list_json", None)]
for label, key, budget in rows:
    n = counts[key]
    verdict = f"{budget:,}: " + check(n <= budget, f"{label} instructions") if budget else ""
    print(f"  {label:<26}{n:>14,}{n / counts['true']:>9.2f}{n / counts['errno_2']:>9.2f}  {verdict}")

print(f"\nStart-up wall time (hyperfine -N, median of {start['true']['times'].__len__()} runs)")
print(f"  {'command':<26}{'median ms':>10}{'× true':>9}{'× errno':>9}")
for label in ["true", "errno 2", "emcode 22", "emcode --search profile", "emcode --frequent", "emcode --list --json"]:
    m = start[label]["median"]
    print(f"  {label:<26}{m * 1000:>10.3f}{m / start['true']['median']:>9.2f}{m / start['errno 2']['median']:>9.2f}")
ratio = start["emcode 22"]["median"] / start["errno 2"]["median"]
print(f"  emcode 22 against errno 2: {ratio:.2f} (budget 1.00: {check(ratio <= 1.0, 'emcode 22 wall time')})")

e, g, c = log["emcode --explain FILE"], log["grep -oE ... | sort | uniq -c"], log["grep -c 'error code'"]
print(f"\nSummarising a {mib} MiB EM service trace, with devices, users and times (hyperfine, median of 10 runs)")
print(f"  emcode --explain FILE           {e['median']:.3f} s  (user {e['user']:.3f} s, system {e['system']:.3f} s)")
print(f"  grep -oE ... | sort | uniq -c   {g['median']:.3f} s  (user {g['user']:.3f} s, system {g['system']:.3f} s)")
print(f"  grep -c 'error code' | cat      {c['median']:.3f} s  (user {c['user']:.3f} s, system {c['system']:.3f} s)")
ratio = e["median"] / g["median"]
print(f"  ratio emcode / grep pipeline: {ratio:.2f} (budget 1.00: {check(ratio <= 1.0, 'log summary time')})")
ratio = e["median"] / c["median"]
print(f"  ratio emcode / grep -c: {ratio:.2f} (aim 1.30: {'met' if ratio <= 1.3 else 'not met'})")

f1, fn = folder["emcode --explain --jobs 1 FOLDER"]["median"], folder["emcode --explain FOLDER"]["median"]
ratio = fn / f1
print(f"\nA folder of 8 traces, {mib} MiB in all (median of 10 runs)")
print(f"  all processors {fn:.3f} s, one {f1:.3f} s, ratio {ratio:.2f} (budget 0.65: {check(ratio <= 0.65, 'folder in parallel')})")

z, zc = gz["emcode --explain FILE.gz"]["median"], gz["zcat FILE.gz | grep -c"]["median"]
ratio = z / zc
print(f"\nThe trace gzip'd (median of 10 runs)")
print(f"  emcode --explain FILE.gz {z:.3f} s, zcat | grep -c {zc:.3f} s, ratio {ratio:.2f} (budget 1.50: {check(ratio <= 1.5, 'gzip')})")

print("\nPeak memory (/usr/bin/time -f %M)")
for name, kib in memory.items():
    print(f"  {name:<8}{kib / 1024:>7.1f} MiB (budget 32 MiB: {check(kib <= 32 * 1024, f'peak memory, {name}')})")

short, one = lines["50 MB of short lines"]["median"], lines["one 50 MB line"]["median"]
ratio = one / short
print("\nOne 50 MB line against the same 50 MB in short lines (median of 10 runs)")
print(f"  short lines {short:.3f} s, one line {one:.3f} s, ratio {ratio:.2f} (budget 1.25: {check(ratio <= 1.25, 'long line')})")

import os
if os.path.exists(f"{work}/hostile.txt"):
    print("\nInputs dense with candidates (Tests/Benchmarks/hostile.sh)")
    print(open(f"{work}/hostile.txt").read().rstrip())

if failed:
    print("\nOver budget: " + ", ".join(failed))
    sys.exit(1)
print("\nAll budgets met.")
PY
