#!/usr/bin/env bash
# Measures the heap one idle IMAP connection costs the server: live heap (after a full GC,
# via jmap -histo:live) with N idle connections minus the live heap with none, divided by N.
# Two cases: connected but not logged in, and logged in. Loopback only; stops by itself.
# Usage: bench/idle-memory.sh [connections]   (default 2000; JAR=path picks the build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-2000}"
data="$(mktemp -d)"
port=21143
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

jar="${JAR:-$here/spillway-app/target/spillway.jar}"
[ -f "$jar" ] || "$here/spillway" version >/dev/null
echo "bench-password" | java -jar "$jar" user add bench --password-stdin --data "$data" >/dev/null
java -Xmx1g -jar "$jar" serve --data "$data" \
    --imap-port "$port" --imaps-port 0 --lmtp-port 0 --admin-port 0 \
    --set limits.connections=100000 --set limits.connections-per-ip=100000 \
    >"$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 50); do
    grep -q "listening protocol=imap " "$data/server.log" 2>/dev/null && break
    sleep 0.2
done

live_heap() { jmap -histo:live "$pid" | awk '/^Total/ { print $3 }'; }

measure() { # mode: connect | login
    local mode="$1" before after
    before=$(live_heap)
    python3 - "$port" "$n" "$mode" <<'PY' &
import socket, sys, time
port, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
socks = []
def command(s, line, tag):
    s.sendall(line.encode() + b"\r\n")
    buf = b""
    while (b"\r\n" + tag.encode() + b" ") not in (b"\r\n" + buf):
        buf += s.recv(4096)
for i in range(n):
    s = socket.create_connection(("127.0.0.1", port))
    s.recv(1024)
    if mode == "login":
        command(s, "a LOGIN bench bench-password", "a")
    socks.append(s)
time.sleep(30)
PY
    local client=$!
    sleep 2
    while [ "$(ss -Htn state established "( sport = :$port )" | wc -l)" -lt "$n" ]; do
        sleep 0.5
    done
    after=$(live_heap)
    kill "$client" 2>/dev/null || true
    wait "$client" 2>/dev/null || true
    sleep 1
    echo "$mode: $(( (after - before) / n )) bytes of heap per idle connection ($n connections)"
}

measure connect
measure login
