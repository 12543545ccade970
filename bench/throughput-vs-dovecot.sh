#!/usr/bin/env bash
# Command throughput of `spillway serve` against Debian's Dovecot on the same machine, with
# the same accounts, the same seeded mail and the same command mix (dev.spillway.sim.Throughput:
# NOOP, UID FETCH 1:* (FLAGS), UID SEARCH UNSEEN, a header FETCH, STATUS), alternating the two
# servers so that neither gets the quieter minute. Loopback only; stops by itself.
# Knobs: CONNECTIONS (20) DURATION (20s) ROUNDS (2) ACCOUNTS (10) INBOX (300) JAR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
connections="${CONNECTIONS:-20}"; duration="${DURATION:-20s}"; rounds="${ROUNDS:-2}"
accounts="${ACCOUNTS:-10}"; inbox="${INBOX:-300}"
jar="${JAR:-$root/spillway-app/target/spillway.jar}"
[ -x /usr/sbin/dovecot ] || { echo "install dovecot-imapd first" >&2; exit 1; }
work="$(mktemp -d "${TMPDIR:-/tmp}/spillway-throughput.XXXXXX")"
spillway_port=32143; dovecot_port=33143
cd "$root"
[ -f "$jar" ] || ./mvnw -q -B -DskipTests -pl spillway-app -am install
./mvnw -q -B -o -DskipTests -pl spillway-sim -am install
cp "$jar" "$work/spillway.jar"
classpath="$root/spillway-sim/target/classes:$work/spillway.jar"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# Spillway with its own accounts.
for i in $(seq 1 "$accounts"); do
    echo "sim-password" | java -jar "$work/spillway.jar" user add "$(printf 'sim%03d' "$i")" \
        --password-stdin --data "$work/spillway" >/dev/null
done
java -jar "$work/spillway.jar" serve --data "$work/spillway" --imap-port "$spillway_port" \
    --imaps-port 0 --lmtp-port 0 --admin-port 0 --shed-mode off \
    --set limits.connections-per-ip=1000 >"$work/spillway.log" 2>&1 &
pids+=($!)

# Dovecot with the same accounts, maildir storage, in its own directory.
mkdir -p "$work/dovecot/run" "$work/dovecot/state" "$work/dovecot/mail"
chown nobody:nogroup "$work/dovecot/mail"; chmod 755 "$work" "$work/dovecot"
for i in $(seq 1 "$accounts"); do
    printf '%s:{PLAIN}sim-password::::::\n' "$(printf 'sim%03d' "$i")"
done >"$work/dovecot/passwd"
cat >"$work/dovecot/dovecot.conf" <<CONF
base_dir = $work/dovecot/run
state_dir = $work/dovecot/state
log_path = $work/dovecot/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$work/dovecot/mail/%u
first_valid_uid = 1
mail_uid = $(id -u nobody)
mail_gid = $(getent group nogroup | cut -d: -f3)
mail_max_userip_connections = 1000
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $work/dovecot/passwd
}
userdb {
  driver = static
  args = home=$work/dovecot/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = $dovecot_port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
namespace inbox {
  inbox = yes
  mailbox Archive {
    auto = create
    special_use = \\Archive
  }
  mailbox Sent {
    auto = create
    special_use = \\Sent
  }
  mailbox Trash {
    auto = create
    special_use = \\Trash
  }
}
CONF
/usr/sbin/dovecot -F -c "$work/dovecot/dovecot.conf" >"$work/dovecot/out.log" 2>&1 &
pids+=($!)

for port in "$spillway_port" "$dovecot_port"; do
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        sleep 0.2
    done
done

# The same mail in both (the seeder is deterministic for a given seed).
for port in "$spillway_port" "$dovecot_port"; do
    java -cp "$classpath" dev.spillway.sim.SimMain --target "127.0.0.1:$port" \
        --accounts "$accounts" --seed-inbox "$inbox" --seed-archive 20 --seed-only >/dev/null
done

echo "| round | Spillway commands/s | Dovecot commands/s | Spillway / Dovecot |"
echo "|---|---:|---:|---:|"
for round in $(seq 1 "$rounds"); do
    s=$(java -cp "$classpath" dev.spillway.sim.Throughput "127.0.0.1:$spillway_port" \
        "$connections" "$duration" "$accounts" | cut -d' ' -f1)
    d=$(java -cp "$classpath" dev.spillway.sim.Throughput "127.0.0.1:$dovecot_port" \
        "$connections" "$duration" "$accounts" | cut -d' ' -f1)
    echo "| $round | $s | $d | $(awk -v a="$s" -v b="$d" 'BEGIN { printf "%.2f", a / b }') |"
done
