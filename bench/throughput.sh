#!/bin/sh
# Whole-process throughput of suchana against the hand-written reference, in the same run.
#
#   bench/throughput.sh [N] [RUNS]        (defaults: 100000 notices, 5 runs each)
#
# Generates N outage notices with ../shared/bench/gen_outages.py, builds suchana (release)
# and the reference (../shared/bench/reference-handwritten/run builds itself), then runs
#   suchana render --format sms --lang mr,hi --jsonl FILE > /dev/null
#   reference FILE > /dev/null
# alternately RUNS times each under /usr/bin/time -v, and prints the median wall time, peak
# RSS and the ratio of medians; then the same for `--jobs 1`, and a single notice from a cold
# process (`render --lang mr examples/outage.yaml`, median of 21, timed in Python).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SUCHANA_SHARED:-$here/../shared}
n=${1:-100000}
runs=${2:-5}
work=${TMPDIR:-/tmp}/suchana-bench
mkdir -p "$work"
data="$work/outages-$n.yaml"
[ -s "$data" ] || python3 "$shared/bench/gen_outages.py" "$n" > "$data"
(cd "$here" && cargo build --release --locked --quiet)
bin="$here/target/release/suchana"
ref="$shared/bench/reference-handwritten/run"
"$ref" "$data" > /dev/null   # build it before timing

measure() { # label, command...: appends "label wall_seconds max_rss_kb" to $work/times
    label=$1; shift
    /usr/bin/time -v "$@" > /dev/null 2> "$work/time.txt"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" \
        | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    echo "$label $wall $rss" >> "$work/times"
}

: > "$work/times"
i=0
while [ $i -lt "$runs" ]; do
    measure suchana "$bin" render -q --format sms --lang mr,hi --jsonl "$data"
    measure reference "$ref" "$data"
    measure suchana-1core "$bin" render -q --jobs 1 --format sms --lang mr,hi --jsonl "$data"
    i=$((i + 1))
done

python3 - "$work/times" "$n" "$bin" "$here/examples/outage.yaml" <<'PY'
import statistics, subprocess, sys, time
rows = {}
for line in open(sys.argv[1]):
    label, wall, rss = line.split()
    rows.setdefault(label, []).append((float(wall), int(rss)))
# A cold single notice: /usr/bin/time counts in hundredths, so time it here.
cold = []
for _ in range(21):
    t = time.perf_counter()
    subprocess.run([sys.argv[3], "render", "-q", "--lang", "mr", sys.argv[4]], stdout=subprocess.DEVNULL, check=True)
    cold.append(time.perf_counter() - t)
rows["cold"] = [(c, 0) for c in cold]
med = {k: statistics.median(w for w, _ in v) for k, v in rows.items()}
rss = {k: max(r for _, r in v) for k, v in rows.items()}
n = int(sys.argv[2])
print(f"notices: {n} ({2 * n} SMS renderings), runs: {len(rows['suchana'])}")
for k in ("suchana", "suchana-1core", "reference"):
    print(f"{k:14} median {med[k]:7.3f} s   peak RSS {rss[k] / 1024:6.1f} MiB")
print(f"cold single notice: median {med['cold'] * 1000:.1f} ms (21 runs)")
print(f"ratio suchana / reference (medians): {med['suchana'] / med['reference']:.2f}")
print(f"two cores / one core: {med['suchana-1core'] / med['suchana']:.2f}x")
PY
