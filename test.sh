#!/usr/bin/env bash
# Set-up and every test. Usage: ./test.sh [--long] [dotnet test filter]
#   --long   also runs the long variants (soak, long fuzzing); see README "Tests".
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

if [ "${1:-}" = "--long" ]; then export CT_LONG_TESTS=1; shift; fi
FILTER="${1:-}"

require_tools
ensure_node_modules
ensure_chromium
dotnet_build

mkdir -p artifacts/test-results .local
export AZURITE_LOG="$ROOT/artifacts/test-results/azurite.log"
BLOB=$(free_port); QUEUE=$(free_port); TABLE=$(free_port)
log "Starting Azurite for the tests on ports $BLOB/$QUEUE/$TABLE"
start_azurite "$BLOB" "$QUEUE" "$TABLE"
trap 'kill "$AZURITE_PID" 2>/dev/null || true' EXIT
export CT_TEST_STORAGE_CONNECTION
CT_TEST_STORAGE_CONNECTION="$(azurite_connection "$BLOB" "$QUEUE" "$TABLE")"

log "Running every test project"
OUT="$ROOT/artifacts/test-results/dotnet-test.log"
set +e
# One test project at a time (-m:1): they share one Azurite and two cores, and the delivery tests measure rates.
dotnet test CompetencyTeams.sln --no-build -nologo -m:1 ${FILTER:+--filter "$FILTER"} \
  --results-directory "$ROOT/artifacts/test-results" --logger "trx" 2>&1 | tee "$OUT"
STATUS=${PIPESTATUS[0]}
set -e

# Totals over all projects, from each project's summary line.
read -r PASSED FAILED SKIPPED PROJECTS < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    gsub(/,/, ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
    }
    n++
  }
  END { printf "%d %d %d %d\n", p, f, s, n }' "$OUT")
EXPECTED=$(grep -c 'Tests.csproj' CompetencyTeams.sln || true)
if [ "$PROJECTS" -lt "$EXPECTED" ] && [ -z "$FILTER" ]; then
  echo "Only $PROJECTS of $EXPECTED test projects reported a summary (a test host crashed or a project ran no test)."
  STATUS=1
fi
echo "Test totals over $PROJECTS projects:"
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
exit "$STATUS"
