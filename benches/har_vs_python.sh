#!/usr/bin/env bash
# Benchmark (not a test): time and peak memory of `gateway-doctor har` on a large recording
# (default 200 MB: a Chrome-style HAR whose entries carry base64 bodies, one in fifty failing),
# side by side with Python's json.load of the same file in the same run (the reference a HAR
# tool cannot beat by much: it only parses). Prints both and the ratios. Nothing leaves the
# machine.
#
#   bash benches/har_vs_python.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-200}"
cargo build --release --quiet --no-default-features
BIN=target/release/gateway-doctor
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
python3 - "$DIR/big.har" "$MB" <<'PY'
import base64, json, sys
path, mb = sys.argv[1], int(sys.argv[2])
body = base64.b64encode(bytes(range(256)) * 40).decode()  # ~13.6 KB of base64
nginx = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
with open(path, "w") as f:
    f.write('{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [')
    written, i = 0, 0
    while written < mb * 1024 * 1024:
        failing = i % 50 == 0
        e = {"_resourceType": "fetch", "startedDateTime": "2026-12-04T09:21:03.120Z", "time": 30.5,
             "request": {"method": "GET", "url": f"https://api.shop.example.com/v1/item/{i}?token=T{i}",
                         "headers": [{"name": "cookie", "value": f"session=S{i}"}], "cookies": [], "queryString": []},
             "response": {"status": 502 if failing else 200, "statusText": "", "headers": [{"name": "server", "value": "nginx"}],
                          "content": {"mimeType": "text/html", "text": nginx} if failing else {"mimeType": "application/octet-stream", "text": body, "encoding": "base64"}},
             "timings": {"dns": -1, "connect": -1, "ssl": -1, "wait": 25.0, "receive": 1.0}}
        s = ("," if i else "") + json.dumps(e)
        f.write(s)
        written += len(s)
        i += 1
    f.write("]}}")
PY
SIZE=$(stat -c %s "$DIR/big.har")
measure() {  # prints "seconds peak_MiB" for the command
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t0 = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
t = time.monotonic() - t0
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{t:.2f} {peak:.0f}")
PY
}
read -r T_GD M_GD < <(measure "$BIN" har "$DIR/big.har" --format json)
read -r T_SZ M_SZ < <(measure "$BIN" har "$DIR/big.har" --format json --sanitize "$DIR/clean.har")
read -r T_PY M_PY < <(measure python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$DIR/big.har")
echo "recording of $((SIZE / 1024 / 1024)) MiB"
echo "  python3 json.load          ${T_PY} s   peak ${M_PY} MiB"
echo "  gateway-doctor har         ${T_GD} s   peak ${M_GD} MiB   ratio $(awk "BEGIN{printf \"%.1f\", $T_GD/$T_PY}")x time, $(awk "BEGIN{printf \"%.1f\", $M_GD/$M_PY}")x memory"
echo "  gateway-doctor har --sanitize ${T_SZ} s   peak ${M_SZ} MiB   ratio $(awk "BEGIN{printf \"%.1f\", $T_SZ/$T_PY}")x time, $(awk "BEGIN{printf \"%.1f\", $M_SZ/$M_PY}")x memory (the copy is built in memory, then written)"
