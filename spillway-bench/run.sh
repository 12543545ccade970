#!/usr/bin/env bash
# Builds the JMH benchmarks jar and runs it with short settings, good for a quick comparison.
# Extra arguments go to JMH, e.g.:
#   spillway-bench/run.sh ClassifyAndDecide -p ids=MIX
#   spillway-bench/run.sh -f 3 -wi 5 -i 10          (later flags override the short defaults)
# BENCH_MAVEN_ARGS adds Maven options, e.g. BENCH_MAVEN_ARGS=-o to build offline.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# shellcheck disable=SC2086
./mvnw -q ${BENCH_MAVEN_ARGS:-} -pl spillway-bench -am package -DskipTests
exec java -jar spillway-bench/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 1s -r 1s "$@"
