#!/usr/bin/env bash
# Runs Seawall's benchmarks and writes one Markdown table of ratios to benchmarks/target/report.md.
#
#   benchmarks/run.sh            full settings (about 28 minutes on 2 cores)
#   benchmarks/run.sh --smoke    one short iteration each (about 7 minutes): checks it all works
#
# Environment:
#   JMH_OPTS          replaces the JMH settings below (forks, warm-up, iterations)
#   BENCH_BUILD       reactor (default: mvn -pl benchmarks -am package, the fresh modules),
#                     installed (mvn -pl benchmarks package: the Seawall artifacts in ~/.m2), or
#                     none (use benchmarks/target as it is)
#   MVN_LOCK          a lock file to hold while Maven runs (flock), e.g. on a shared machine
#   S3PROXY_JAR       s3proxy 4.1.0 jar-with-dependencies for SpacesRun (default: the one in ~/.m2)
# Nothing here runs during `mvn verify`: the build only compiles the benchmarks and tests the
# report logic.
set -euo pipefail
cd "$(dirname "$0")"
module="$(pwd)"

smoke=false
if [ "${1:-}" = "--smoke" ]; then smoke=true; fi
if $smoke; then
  default_opts="-f 1 -wi 1 -w 1s -i 1 -r 1s"
  settings="smoke: 1 fork, 1 warm-up iteration of 1 s, 1 measured iteration of 1 s"
else
  default_opts="-f 2 -wi 3 -w 2s -i 5 -r 2s"
  settings="2 forks, 3 warm-up iterations of 2 s, 5 measured iterations of 2 s"
fi
opts="${JMH_OPTS:-$default_opts}"
if [ -n "${JMH_OPTS:-}" ]; then settings="JMH_OPTS=$JMH_OPTS"; fi

mvn_run() {
  if [ -n "${MVN_LOCK:-}" ]; then flock "$MVN_LOCK" mvn "$@"; else mvn "$@"; fi
}
case "${BENCH_BUILD:-reactor}" in
  reactor) (cd .. && mvn_run -B -q -pl benchmarks -am package -DskipTests -Djacoco.skip=true) ;;
  installed) (cd .. && mvn_run -B -q -pl benchmarks package -DskipTests -Djacoco.skip=true) ;;
  none) ;;
  *) echo "BENCH_BUILD must be reactor, installed or none" >&2; exit 2 ;;
esac
# seawall-core's runtime dependencies, for the size row (ColdStartRun).
if [ "${BENCH_BUILD:-reactor}" != none ]; then
  (cd .. && mvn_run -B -q dependency:build-classpath -pl core -DincludeScope=runtime \
    -Dmdep.outputFile="$module/target/core-classpath.txt")
fi

cp="$module/target/classes:$(cat "$module/target/classpath.txt")"
results="$module/target/results"
rm -rf "$results"
mkdir -p "$results"
jmh() { java -cp "$cp" org.openjdk.jmh.Main "$@" $opts -prof gc -rf json; }

echo "== per-request overhead, 1 thread"
jmh RequestBenchmark -t 1 -rff "$results/requests-t1.json"
echo "== per-request overhead, 4 threads"
jmh RequestBenchmark -t 4 -rff "$results/requests-t4.json"
echo "== listing 10,000 droplets"
jmh ListingBenchmark -t 1 -rff "$results/listing.json"
echo "== Seawall vs the Java peer client (https)"
jmh PeerBenchmark -t 1 -rff "$results/peer.json"
echo "== limiter cost by requests held"
jmh LimiterBenchmark -t 1 -rff "$results/limiter.json"
echo "== listing: requests and smallest heap"
java -cp "$cp" dev.seawall.benchmarks.ListingRun "$results"
echo "== rate limiter in virtual time"
java -cp "$cp" dev.seawall.benchmarks.RateLimitRun "$results"
echo "== stack apply vs a naive script, 50 ms per request, 2 s provisioning (about 90 s)"
java -cp "$cp" dev.seawall.benchmarks.StackApplyRun "$results"
echo "== cold start to first request (child JVMs) and seawall-core's size"
if $smoke; then cold_runs=3; else cold_runs=11; fi
java -cp "$cp" dev.seawall.benchmarks.ColdStartRun "$results" "$cold_runs"
echo "== Spaces SSE-C upload and download vs MinIO direct (child JVMs, -Xmx128m)"
s3proxy_jar="${S3PROXY_JAR:-$HOME/.m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar}"
if $smoke; then spaces_mib=16; else spaces_mib=64; fi
java -Dseawall.s3proxyJar="$s3proxy_jar" -cp "$cp" dev.seawall.benchmarks.SpacesRun "$results" "$spaces_mib"

cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //' || true)"
header="# Seawall benchmark report

$(date -u +%Y-%m-%d), ${cpu:-unknown CPU}, $(nproc) cores, $(java -version 2>&1 | head -1).
JMH settings: $settings. Ratios are Seawall / reference: below 1 is better than the reference.
Targets come from issue 17 and are recorded, never asserted. See benchmarks/README.md for each row.

"
java -cp "$cp" dev.seawall.benchmarks.Report "$results" "$module/target/report.md" "$header" >/dev/null
echo "== wrote $module/target/report.md"
