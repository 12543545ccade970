#!/usr/bin/env bash
# Reproduces the shedding comparison on one machine: starts `spillway serve` on loopback with
# a fresh data directory, creates and seeds the simulator's accounts, runs the same update wave
# with no wave (baseline), shedding off and shedding auto, and writes the figures and the
# chart into docs/benchmarks.md. Everything stays on 127.0.0.1.
#
# Knobs (environment): USERS DEVICES ACCOUNTS DURATION INBOX ARCHIVE RETRY_DELAY THINK
# PORT_BASE JAR (a built spillway.jar; default spillway-app/target/spillway.jar).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="${JAR:-$root/spillway-app/target/spillway.jar}"
users="${USERS:-10}"
devices="${DEVICES:-120}"
accounts="${ACCOUNTS:-10}"
duration="${DURATION:-60s}"
inbox="${INBOX:-150}"
archive="${ARCHIVE:-50}"
retry_delay="${RETRY_DELAY:-15s}"
think="${THINK:-2s}"
base="${PORT_BASE:-31000}"
imap_port=$((base + 143)); lmtp_port=$((base + 24)); admin_port=$((base + 80))
work="$(mktemp -d "${TMPDIR:-/tmp}/spillway-bench.XXXXXX")"
out="$root/spillway-sim/target/sim"
export SPILLWAY_ADMIN_TOKEN="bench-$RANDOM$RANDOM"

cd "$root"
if [ ! -f "$jar" ]; then
    ./mvnw -q -B -DskipTests -pl spillway-app -am install
fi
./mvnw -q -B -DskipTests -pl spillway-sim -am install
# Copy the jar: a rebuild of the checkout during the run must not change what is measured.
cp "$jar" "$work/spillway.jar"
cp -r spillway-sim/target/classes "$work/sim-classes"
classpath="$work/sim-classes:$work/spillway.jar"

for i in $(seq 1 "$accounts"); do
    name="$(printf 'sim%03d' "$i")"
    echo "sim-password" | java -jar "$work/spillway.jar" user add "$name" --password-stdin \
        --data "$work/data" >/dev/null
done

java ${SPILLWAY_JAVA_OPTS:-} -jar "$work/spillway.jar" serve --data "$work/data" \
    --bind 127.0.0.1 --imap-port "$imap_port" --imaps-port 0 --lmtp-port "$lmtp_port" \
    --admin-port "$admin_port" --set auth.allow-plaintext=loopback \
    >"$work/server.log" 2>&1 &
server=$!
stop_server() {
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    }
trap stop_server EXIT
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$imap_port") 2>/dev/null && break
    sleep 0.2
done

java -cp "$classpath" dev.spillway.sim.SimMain --target "127.0.0.1:$imap_port" \
    --lmtp "$lmtp_port" --accounts "$accounts" --users "$users" --devices "$devices" \
    --duration "$duration" --retry-delay "$retry_delay" --think "$think" \
    --seed-inbox "$inbox" --seed-archive "$archive" \
    --compare --admin "http://127.0.0.1:$admin_port" --out "$out" \
    --chart "$root/docs/images/sim-compare.png" | tee "$work/sim.out"

# The figures replace the part of docs/benchmarks.md between the wave markers; the rest of
# the file (its reading of the figures and the other benchmarks) stays.
{
    echo "<!-- wave:begin -->"
    echo "Foreground latency during an iOS Mail update wave (TN3189), measured by"
    echo "\`spillway-sim/bench.sh\` against \`spillway serve\` on loopback."
    echo
    echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%d)."
    echo "Load: $users foreground users (think $think), $devices background devices on"
    echo "$accounts accounts of $inbox + $archive seeded messages, runs of $duration, the"
    echo "wave starting at 10 s over 5 s, retry delay $retry_delay (the compressed \"day\")."
    echo
    cat "$out/compare.md"
    echo
    echo "Goals: with \`off\` the wave should raise foreground p99 at least 5x over the"
    echo "baseline; with \`auto\` p99 should stay within 1.5x, and back-fill should complete"
    echo "within a bounded number of retries."
    echo
    echo "![foreground p99 and background admitted/shed per second](images/sim-compare.png)"
    echo
    echo "Raw data: \`spillway-sim/target/sim/{baseline,off,auto}.{csv,json,txt}\`."
    echo "<!-- wave:end -->"
} >"$work/wave.md"
doc="$root/docs/benchmarks.md"
if grep -q '^<!-- wave:begin -->$' "$doc"; then
    awk -v generated="$work/wave.md" '
        /^<!-- wave:begin -->$/ { while ((getline line < generated) > 0) print line; skip = 1 }
        !skip { print }
        /^<!-- wave:end -->$/ { skip = 0 }' "$doc" >"$work/benchmarks.md"
    cp "$work/benchmarks.md" "$doc"
else
    { echo "# Benchmarks"; echo; cat "$work/wave.md"; } >"$doc"
fi
echo "wrote docs/benchmarks.md and docs/images/sim-compare.png"
