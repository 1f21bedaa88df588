#!/usr/bin/env bash
# Benchmark for issue #5: `gateway-doctor logs` vs `rg -c` on the same ~1 GB nginx error+access mix,
# in the same run. Prints both throughputs, their ratio and peak RSS (/usr/bin/time -v).
# Target: gateway-doctor >= 0.5x ripgrep's throughput, RSS < 64 MB.
# Usage: benches/logs_vs_rg.sh            (SIZE_MB=1024 by default)
#        SIZE_MB=50 benches/logs_vs_rg.sh (quick run)
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
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
LOG="$TMP/mix.log"
# Genuine fixture lines, re-stamped with increasing timestamps (one second per line).
python3 - "$ROOT/tests/fixtures/logs/nginx" "$LOG" "$SIZE_MB" <<'PY'
import sys, datetime, re
src, out, size = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1024 * 1024
err = [l.split(' ', 2)[2] for l in open(src + '/error.log') if l.strip()]
acc = [re.sub(r'\[[^\]]+\]', '[{}]', l, count=1) for l in open(src + '/access.log') if l.strip()]
t = datetime.datetime(2026, 1, 1)
step = datetime.timedelta(seconds=1)
written = 0
with open(out, 'w', buffering=1 << 20) as f:
    i = 0
    while written < size:
        chunk = []
        for _ in range(10000):
            t += step
            if i % 4 == 0:
                line = t.strftime('%Y/%m/%d %H:%M:%S ') + err[i % len(err)]
            else:
                line = acc[i % len(acc)].format(t.strftime('%d/%b/%Y:%H:%M:%S +0000'))
            chunk.append(line); i += 1
        s = ''.join(chunk); f.write(s); written += len(s)
PY
BYTES=$(stat -c %s "$LOG"); MB=$(python3 -c "print(round($BYTES/1048576,1))")
echo "generated $MB MB in $LOG" >&2
PATTERNS=(-e 'Connection refused\) while connecting to upstream' -e 'failed \(2: No such file or directory\)'
  -e 'upstream timed out \(110' -e 'upstream prematurely closed connection' -e 'recv\(\) failed \(104'
  -e '" 5[0-9][0-9] ')
cat "$LOG" > /dev/null   # warm the page cache for both
measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -v -o "$TMP/$name.time" "$@" > "$TMP/$name.out" 2>"$TMP/$name.err" || true
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$TMP/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$TMP/$name.time")
  echo "$name $secs $rss"
}
read -r _ RG_S RG_KB < <(measure rg rg -c "${PATTERNS[@]}" "$LOG")
read -r _ GD_S GD_KB < <(measure gd "$BIN" logs "$LOG" --format json)
python3 - "$BYTES" "$RG_S" "$RG_KB" "$GD_S" "$GD_KB" <<'PY'
import sys
b, rs, rk, gs, gk = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
mb = b / 1048576
rt, gt = mb / max(rs, 1e-3), mb / max(gs, 1e-3)
print(f"file: {mb:.1f} MB")
print(f"rg -c:               {rs:7.2f} s  {rt:8.1f} MB/s  peak RSS {rk/1024:6.1f} MB")
print(f"gateway-doctor logs: {gs:7.2f} s  {gt:8.1f} MB/s  peak RSS {gk/1024:6.1f} MB")
print(f"ratio (gateway-doctor / rg throughput): {gt/rt:.2f}  (target >= 0.50)")
print(f"RSS target (< 64 MB): {'met' if gk < 64*1024 else 'NOT met'}")
PY
echo "rg count: $(cat "$TMP/rg.out")"
echo "gateway-doctor exit/stderr tail: $(tail -c 300 "$TMP/gd.err")"
