#!/usr/bin/env bash
# Benchmark (not a test): time `gateway-doctor server` on a configuration of 50 server blocks (50
# upstreams: half answer, half refused, each tried once) against `nginx -t` parsing the same
# configuration in the same run, and print the medians and the ratio. Everything stays on
# 127.0.0.1.
#
#   bash benches/server_vs_nginx_t.sh [RUNS]     (BIN=path/to/gateway-doctor to skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-11}"
BLOCKS=50
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx not found (apt-get install nginx-light)" >&2; exit 1; }

if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet --no-default-features   # the CLI is all this measures
  BIN=target/release/gateway-doctor
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
LIVE="$(free_port)"
DIR="$(mktemp -d)"
trap '[ -f "$DIR/nginx.pid" ] && kill "$(cat "$DIR/nginx.pid")" 2>/dev/null; rm -rf "$DIR"' EXIT
mkdir -p "$DIR/sites"
{
  echo "user root; worker_processes 1; pid $DIR/nginx.pid; error_log $DIR/error.log;"
  echo "events { worker_connections 64; }"
  echo "http {"
  echo "  access_log off; client_body_temp_path $DIR/body; proxy_temp_path $DIR/proxy;"
  echo "  fastcgi_temp_path $DIR/fcgi; uwsgi_temp_path $DIR/uwsgi; scgi_temp_path $DIR/scgi;"
  echo "  server { listen 127.0.0.1:$LIVE; location / { return 200 'ok'; } }"
  echo "  include $DIR/sites/*.conf;"
  echo "}"
} > "$DIR/nginx.conf"
for i in $(seq "$BLOCKS"); do
  if [ $((i % 2)) -eq 0 ]; then up="127.0.0.1:$LIVE"; else up="127.0.0.1:$(free_port)"; fi
  cat > "$DIR/sites/site$i.conf" <<CONF
server {
  listen 127.0.0.1:$(free_port);
  server_name site$i.example.test;
  location / { proxy_pass http://$up; proxy_read_timeout 30s; }
}
CONF
done
"$NGINX" -p "$DIR" -c "$DIR/nginx.conf"
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$LIVE/" && break; sleep 0.1; done

# Median wall time in ms of running "$@" RUNS times.
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.2f", m/1000}'
}

NGINX_T=$(median_ms "$NGINX" -t -q -p "$DIR" -c "$DIR/nginx.conf")
SERVER=$(median_ms "$BIN" server --config "$DIR/nginx.conf" --format json --no-logs)
STATES=$( ("$BIN" server --config "$DIR/nginx.conf" --format json --no-logs || true) | python3 -c '
import json, sys, collections
r = json.load(sys.stdin)
print(dict(collections.Counter(u["state"] for u in r["upstreams"])))')

echo "$BLOCKS server blocks, $BLOCKS upstreams (half refused), median of $RUNS runs"
echo "  nginx -t (parse only)                        ${NGINX_T} ms"
echo "  gateway-doctor server (read + try + judge)   ${SERVER} ms   ratio $(awk "BEGIN{printf \"%.1f\", $SERVER/$NGINX_T}")x nginx -t"
echo "  upstream states: $STATES"
