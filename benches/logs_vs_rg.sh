#!/usr/bin/env bash
# Benchmark of the log analyser's throughput and memory: `gateway-doctor logs` vs `rg -c` on the
# same ~1 GB nginx error+access mix, in the same run. Prints the throughputs, their ratio, peak
# RSS (/usr/bin/time -v), the load average (the figures are only comparable on a quiet machine)
# and whether both found the same lines.
# Target: gateway-doctor >= 0.5x ripgrep's throughput, RSS < 64 MB.
# Usage: benches/logs_vs_rg.sh            (SIZE_MB=1024 by default)
#        SIZE_MB=50 benches/logs_vs_rg.sh (quick run)
#        BENCH_TMPDIR=/var/tmp benches/logs_vs_rg.sh (where the generated logs go; default $TMPDIR)
#        RUNS=9 benches/logs_vs_rg.sh (rounds; the median of the rounds' ratios counts; default 5)
set -euo pipefail
SIZE_MB=${SIZE_MB:-1024}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
missing=()
command -v rg >/dev/null || missing+=(ripgrep)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing tools; install them with: apt-get install -y ${missing[*]}" >&2; exit 2
fi
echo "building release (--no-default-features)..." >&2
(cd "$ROOT" && cargo build --release --no-default-features --quiet)
BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/gateway-doctor
TMP=$(mktemp -d ${BENCH_TMPDIR:+-p "$BENCH_TMPDIR"}); trap 'rm -rf "$TMP"' EXIT
ERR="$TMP/error.log"; ACC="$TMP/access.log"
# Genuine fixture lines, re-stamped with increasing timestamps (one second per line), one error line
# for every three access lines: an nginx error.log and access.log of SIZE_MB together. (Two files,
# because the analyser detects the format per file, as nginx writes them.)
python3 - "$ROOT/tests/fixtures/logs/nginx" "$ERR" "$ACC" "$SIZE_MB" <<'PY'
import sys, datetime, re
src, out_err, out_acc, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) * 1024 * 1024
err = [l.split(' ', 2)[2] for l in open(src + '/error.log') if l.strip()]
acc = [re.sub(r'\[[^\]]+\]', '[{}]', l, count=1) for l in open(src + '/access.log') if l.strip()]
t = datetime.datetime(2026, 1, 1)
step = datetime.timedelta(seconds=1)
written = 0
with open(out_err, 'w', buffering=1 << 20) as fe, open(out_acc, 'w', buffering=1 << 20) as fa:
    i = 0
    while written < size:
        ce, ca = [], []
        for _ in range(10000):
            t += step
            if i % 4 == 0:
                ce.append(t.strftime('%Y/%m/%d %H:%M:%S ') + err[(i // 4) % len(err)])
            else:
                ca.append(acc[i % len(acc)].format(t.strftime('%d/%b/%Y:%H:%M:%S +0000')))
            i += 1
        se, sa = ''.join(ce), ''.join(ca)
        fe.write(se); fa.write(sa); written += len(se) + len(sa)
PY
BYTES=$(( $(stat -c %s "$ERR") + $(stat -c %s "$ACC") ))
echo "generated $(python3 -c "print(round($BYTES/1048576,1))") MB: $ERR + $ACC" >&2
# The lines gateway-doctor counts: the nginx cause lines of the fixture and the 5xx access lines.
PATTERNS=(-e 'Connection refused\) while connecting to upstream' -e 'failed \(2: No such file or directory\)'
  -e 'upstream timed out \(110' -e 'upstream prematurely closed connection' -e 'recv\(\) failed \(104'
  -e '" 5[0-9][0-9] ')
cat "$ERR" "$ACC" > /dev/null   # warm the page cache for all runs
measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -v -o "$TMP/$name.time" "$@" > "$TMP/$name.out" 2>"$TMP/$name.err" || true
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$TMP/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$TMP/$name.time")
  echo "$name $secs $rss"
}
# gateway-doctor reads on parallel threads (files, and byte ranges of big plain files, up to the
# cores), as plain `rg` does (per file): that is the like-for-like comparison. `rg -j1` (one thread) is shown for reference.
# RUNS rounds (default 5), the three tools back to back in each round. The headline is the median
# of the rounds' ratios (each round's pair ran under the same conditions; rg's own times vary by
# +-40% from run to run here, so one round proves little); each tool's best time is shown too.
# Peak RSS is the highest seen.
RUNS=${RUNS:-5}
RG1_S=999999; RG_S=999999; GD_S=999999; RG1_KB=0; RG_KB=0; GD_KB=0; ALL=""; RATIOS=""
for round in $(seq "$RUNS"); do
  read -r _ s kb < <(measure rg1 rg -j1 -c "${PATTERNS[@]}" "$ERR" "$ACC")
  RG1_S=$(python3 -c "print(min($RG1_S, $s))"); RG1_KB=$(( kb > RG1_KB ? kb : RG1_KB )); ALL+="round $round: rg -j1 $s s"
  read -r _ s kb < <(measure rg rg -c "${PATTERNS[@]}" "$ERR" "$ACC")
  RG_S=$(python3 -c "print(min($RG_S, $s))"); RG_KB=$(( kb > RG_KB ? kb : RG_KB )); ALL+=", rg $s s"; rg_round=$s
  read -r _ s kb < <(measure gd "$BIN" logs "$ERR" "$ACC" --format json)
  GD_S=$(python3 -c "print(min($GD_S, $s))"); GD_KB=$(( kb > GD_KB ? kb : GD_KB ))
  r=$(python3 -c "print(round($rg_round / max($s, 1e-3), 2))"); RATIOS+="$r "
  ALL+=", gateway-doctor $s s, ratio $r"$'\n'
done
printf '%s' "$ALL" >&2
RG_LINES=$(awk -F: '{s+=$NF} END{print s}' "$TMP/rg1.out")
GD_LINES=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(sum(f["count"] for f in a["findings"]) + sum((a.get("access") or {}).get("per_status", {}).values()))' "$TMP/gd.out" 2>/dev/null || echo "?")
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$BYTES" "$RG1_S" "$RG1_KB" "$RG_S" "$RG_KB" "$GD_S" "$GD_KB" "$RG_LINES" "$GD_LINES" "$LOAD" "$(nproc)" "$RATIOS" <<'PY'
import sys, statistics
a = sys.argv[1:]
rounds = [float(x) for x in a[11].split()]
b, r1s, r1k, rs, rk, gs, gk = int(a[0]), float(a[1]), int(a[2]), float(a[3]), int(a[4]), float(a[5]), int(a[6])
mb = b / 1048576
tp = lambda s: mb / max(s, 1e-3)
print("=" * 72)
print(f"input: {mb:.1f} MB (nginx error.log + access.log, 1 error line per 3 access lines)")
print(f"machine: {a[10]} CPUs, load average before the runs finished: {a[9]}; times: each tool's best")
print(f"rg -j1 -c (1 thread):   {r1s:7.2f} s  {tp(r1s):8.1f} MB/s  peak RSS {r1k/1024:6.1f} MB")
print(f"rg -c (parallel):       {rs:7.2f} s  {tp(rs):8.1f} MB/s  peak RSS {rk/1024:6.1f} MB")
print(f"gateway-doctor logs:    {gs:7.2f} s  {tp(gs):8.1f} MB/s  peak RSS {gk/1024:6.1f} MB")
print(f"matching lines: rg {a[7]}, gateway-doctor {a[8]} (findings + 5xx) -> {'same' if a[7] == a[8] else 'DIFFERENT'}")
ratio1, best = tp(gs) / tp(r1s), tp(gs) / tp(rs)
ratio = statistics.median(rounds)
print(f"ratios per round (gateway-doctor / rg, both parallel): {', '.join(f'{r:.2f}' for r in rounds)}")
print(f"RATIO gateway-doctor / rg throughput, median of {len(rounds)} rounds: {ratio:.2f}  (target >= 0.50: {'met' if ratio >= 0.5 else 'NOT met'})")
print(f"ratio of the best times (gateway-doctor / rg):      {best:.2f}")
print(f"ratio gateway-doctor / rg -j1 (rg on one thread):   {ratio1:.2f}")
print(f"PEAK RSS gateway-doctor: {gk/1024:.1f} MB  (target < 64 MB: {'met' if gk < 64*1024 else 'NOT met'})")
print("=" * 72)
PY
echo "gateway-doctor stderr tail: $(tail -c 300 "$TMP/gd.err")"
