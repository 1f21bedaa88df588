#!/usr/bin/env bash
# Benchmark (not a test): time `gateway-doctor check` to its verdict against a loopback nginx that
# answers 502 (upstream refused), side by side with `curl` fetching the same URL in the same run,
# and print the medians and the ratio; then the same over HTTPS with HTTP/2 (nginx `ssl http2`,
# a test CA made with openssl) against `curl --http2`. Everything stays on 127.0.0.1.
#
#   bash benches/check_vs_curl.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-15}"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx not found (apt-get install nginx-light)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl not found" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl not found" >&2; exit 1; }

cargo build --release --quiet --no-default-features   # the CLI is all this measures
BIN=target/release/gateway-doctor

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"
TLS_PORT="$(free_port)"
DEAD="$(free_port)"   # nothing listens here: nginx's upstream is refused
DIR="$(mktemp -d)"
# A test CA and a leaf for 127.0.0.1, trusted by the tool through SSL_CERT_FILE.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=bench CA" \
  -keyout "$DIR/ca.key" -out "$DIR/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
  -keyout "$DIR/key.pem" -out "$DIR/leaf.csr" >/dev/null 2>&1
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' > "$DIR/leaf.ext"
openssl x509 -req -in "$DIR/leaf.csr" -CA "$DIR/ca.pem" -CAkey "$DIR/ca.key" -CAcreateserial \
  -days 2 -extfile "$DIR/leaf.ext" -out "$DIR/cert.pem" >/dev/null 2>&1
trap '[ -f "$DIR/nginx.pid" ] && kill "$(cat "$DIR/nginx.pid")" 2>/dev/null; rm -rf "$DIR"' EXIT
cat > "$DIR/nginx.conf" <<CONF
user root;
worker_processes 1;
pid $DIR/nginx.pid;
error_log $DIR/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $DIR/body; proxy_temp_path $DIR/proxy; fastcgi_temp_path $DIR/fcgi;
  uwsgi_temp_path $DIR/uwsgi; scgi_temp_path $DIR/scgi;
  server { listen 127.0.0.1:$PORT; location / { proxy_pass http://127.0.0.1:$DEAD; } }
  server {
    listen 127.0.0.1:$TLS_PORT ssl http2;
    ssl_certificate $DIR/cert.pem; ssl_certificate_key $DIR/key.pem;
    location / { proxy_pass http://127.0.0.1:$DEAD; }
  }
}
CONF
"$NGINX" -p "$DIR" -c "$DIR/nginx.conf"
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/"

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

CURL=$(median_ms curl -s -o /dev/null --noproxy '*' "$URL")
FIRST=$(median_ms "$BIN" check "$URL" --format json --retries 0 --no-proxy --reference "127.0.0.1:$PORT")
FULL=$(median_ms "$BIN" check "$URL" --format json --retries 3 --no-proxy --reference "127.0.0.1:$PORT")
VERDICT=$( ("$BIN" check "$URL" --format json --no-proxy --reference "127.0.0.1:$PORT" || true) | python3 -c 'import json,sys; v=json.load(sys.stdin)["verdict"]; print(v["status"], v["culprit"], v["cause"], v["confidence"])')

echo "loopback nginx 502 (upstream refused), median of $RUNS runs"
echo "  curl (one request)                      ${CURL} ms"
echo "  check --retries 0 (all visitor steps)   ${FIRST} ms   ratio $(awk "BEGIN{printf \"%.1f\", $FIRST/$CURL}")x curl"
echo "  check --retries 3 (default)             ${FULL} ms   ratio $(awk "BEGIN{printf \"%.1f\", $FULL/$CURL}")x curl"
echo "  (the default includes the deliberate 250 ms refresh spacing: 2 x 250 ms)"
echo "  verdict: $VERDICT"

TLS_URL="https://127.0.0.1:$TLS_PORT/"
export SSL_CERT_FILE="$DIR/ca.pem"
CURL2=$(median_ms curl -s -o /dev/null --http2 --cacert "$DIR/ca.pem" --noproxy '*' "$TLS_URL")
FIRST2=$(median_ms "$BIN" check "$TLS_URL" --format json --retries 0 --no-proxy --reference "127.0.0.1:$PORT")
FULL2=$(median_ms "$BIN" check "$TLS_URL" --format json --retries 3 --no-proxy --reference "127.0.0.1:$PORT")
PROTOCOL=$( ("$BIN" check "$TLS_URL" --format json --no-proxy --reference "127.0.0.1:$PORT" || true) | python3 -c 'import json,sys; r=json.load(sys.stdin); v=r["verdict"]; print(r["http"]["protocol"], "|", v["cause"], v["confidence"])')
echo
echo "loopback nginx 502 over HTTPS + HTTP/2 (ssl http2), median of $RUNS runs"
echo "  curl --http2 (one request)              ${CURL2} ms"
echo "  check --retries 0 (all visitor steps)   ${FIRST2} ms   ratio $(awk "BEGIN{printf \"%.1f\", $FIRST2/$CURL2}")x curl"
echo "  check --retries 3 (default)             ${FULL2} ms   ratio $(awk "BEGIN{printf \"%.1f\", $FULL2/$CURL2}")x curl"
echo "  protocol | verdict: $PROTOCOL"
