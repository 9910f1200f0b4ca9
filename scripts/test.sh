#!/usr/bin/env bash
# The project's test command (README, .ci/run): a PostgreSQL to test against, then every module's
# tests. Surefire's summary lines close the output.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-server.sh
mvn -B -ntp test "$@"
