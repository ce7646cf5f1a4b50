#!/usr/bin/env bash
# A bounded loopback load test of `suchana serve`'s POST /api/render (BENCHMARKS.md, "The
# server"): CONNECTIONS clients (default 200) for SECONDS (default 30) with wrk, from Debian
# (`apt-get install wrk`), against a release build; prints wrk's throughput and latency
# percentiles, the count of non-2xx answers and the server's resident memory every 5 s.
#
#   bench/serve-load.sh [CONNECTIONS] [SECONDS] [sms|all]
#
# `sms`: the example outage as SMS in Marathi and Hindi (what a portal sending SMS asks);
# `all`: every format in Marathi and Hindi (what the page asks as someone types).
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-200}
seconds=${2:-30}
formats=${3:-sms}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
cargo build --release --locked --quiet
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
target/release/suchana serve --port "$port" > "$work/serve.out" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done
python3 - "$formats" > "$work/body.json" <<'PY'
import json, sys
yaml = open("examples/outage.yaml", encoding="utf-8").read()
print(json.dumps({"yaml": yaml, "languages": ["mr", "hi"], "format": sys.argv[1]}), end="")
PY
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json", "rb")
wrk.body = f:read("*a")
f:close()
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests: %d in %.1f s = %.0f/s; non-2xx: %d; socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    e.status, e.connect, e.read, e.write, e.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.2f ms\n", latency.max / 1000))
end
LUA
rss() { awk '/VmRSS/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$server/status"; }
echo "server: $(head -1 "$work/serve.out"); before: $(rss)"
( for i in $(seq 5 5 "$seconds"); do sleep 5; echo "  RSS at ${i} s: $(rss)"; done ) &
sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$work/post.lua" \
    "http://127.0.0.1:$port/api/render"
wait "$sampler" 2>/dev/null || true
echo "after: $(rss)"
