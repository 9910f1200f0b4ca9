#!/usr/bin/env bash
# The project's test command (README, .ci/run): every module's tests against each supported
# PostgreSQL major version, one after the other, then a summary per version.
#
#   PGJDUMP_VERSIONS   which versions, in order (default "15 13 14 16 17"). 15 is the machine's
#                      own server on 127.0.0.1:5432 (scripts/test-server.sh); the others come from
#                      scripts/pg-versions.sh. PGJDUMP_VERSIONS=15 runs only the local server.
#   PGJDUMP_TEST_URL   when set, the tests run once against that server and nothing is started.
#   arguments          passed to every mvn run, e.g. -Dtest=FoundationRoundTripTest.
#
# Every version runs even when an earlier one failed; the exit status is non-zero when any failed.
# Each version's Surefire reports are kept in target/pg-versions/<version>/.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -n "${PGJDUMP_TEST_URL:-}" ]; then
  bash scripts/test-server.sh || exit 1
  exec mvn -B -ntp -fae test "$@"
fi

versions=${PGJDUMP_VERSIONS:-15 13 14 16 17}
logs=target/pg-versions
rm -rf "$logs"
mkdir -p "$logs"

declare -a summary=()
failed=""
total_run=0 total_failures=0 total_errors=0 total_skipped=0

# Sums the module totals of one Maven run (the "Tests run: ..." lines without "-- in <class>").
add_totals() {
  local line run failures errors skipped
  while IFS= read -r line; do
    [[ $line =~ Tests\ run:\ ([0-9]+),\ Failures:\ ([0-9]+),\ Errors:\ ([0-9]+),\ Skipped:\ ([0-9]+)$ ]] || continue
    run=${BASH_REMATCH[1]} failures=${BASH_REMATCH[2]} errors=${BASH_REMATCH[3]} skipped=${BASH_REMATCH[4]}
    v_run=$((v_run + run)) v_failures=$((v_failures + failures))
    v_errors=$((v_errors + errors)) v_skipped=$((v_skipped + skipped))
  done <"$1"
}

for v in $versions; do
  echo "==================== PostgreSQL $v ===================="
  started=$(date +%s)
  url=""
  if [ "$v" = 15 ]; then
    bash scripts/test-server.sh
    server_rc=$?
    where="127.0.0.1:5432, the machine's server"
  else
    bash scripts/pg-versions.sh start "$v" && url=$(bash scripts/pg-versions.sh url "$v")
    server_rc=$?
    where="127.0.0.1:54$v, scripts/pg-versions.sh"
  fi
  v_run=0 v_failures=0 v_errors=0 v_skipped=0
  if [ "$server_rc" != 0 ]; then
    rc=1
    echo "PostgreSQL $v could not be started; its tests did not run"
  else
    # PGJDUMP_EXPECT_MAJOR lets PgTestServerTest fail a run that reached some other server
    PGJDUMP_TEST_URL=$url PGJDUMP_EXPECT_MAJOR=$v mvn -B -ntp -Dmaven.test.failure.ignore=true test "$@" 2>&1 | tee "$logs/mvn-$v.log"
    rc=${PIPESTATUS[0]}
    add_totals "$logs/mvn-$v.log"
    # failing tests do not stop the build (every module's tests run); they fail this version
    if [ $((v_failures + v_errors)) -gt 0 ]; then rc=1; fi
    for reports in */target/surefire-reports; do
      [ -d "$reports" ] && mkdir -p "$logs/$v/${reports%%/*}" && cp -r "$reports"/. "$logs/$v/${reports%%/*}/"
    done
  fi
  seconds=$(($(date +%s) - started))
  if [ "$rc" = 0 ]; then status=passed; else status=FAILED; failed="$failed $v"; fi
  summary+=("PostgreSQL $v ($where): $status, Tests run: $v_run, Failures: $v_failures, Errors: $v_errors, Skipped: $v_skipped, ${seconds} s")
  total_run=$((total_run + v_run)) total_failures=$((total_failures + v_failures))
  total_errors=$((total_errors + v_errors)) total_skipped=$((total_skipped + v_skipped))
done

echo
echo "==================== Tests by PostgreSQL version ===================="
for line in "${summary[@]}"; do echo "$line"; done
if [ -n "$failed" ]; then
  echo "FAILED on PostgreSQL:$failed (logs and Surefire reports in $logs/)"
fi
echo "All versions together:"
echo "Tests run: $total_run, Failures: $total_failures, Errors: $total_errors, Skipped: $total_skipped"
[ -z "$failed" ]
