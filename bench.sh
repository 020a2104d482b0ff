#!/usr/bin/env bash
# Benchmarks: ./bench.sh [name ...] writes artifacts/bench/<name>.json for each (all when none is named).
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

require_tools
ensure_node_modules
log "Building the benchmarks (Release)"
dotnet build benchmarks/CompetencyTeams.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly

mkdir -p artifacts/bench
export AZURITE_LOG="$ROOT/artifacts/bench/azurite.log"
BLOB=$(free_port); QUEUE=$(free_port); TABLE=$(free_port)
start_azurite "$BLOB" "$QUEUE" "$TABLE"
trap 'kill "$AZURITE_PID" 2>/dev/null || true' EXIT
export CT_BENCH_STORAGE_CONNECTION
CT_BENCH_STORAGE_CONNECTION="$(azurite_connection "$BLOB" "$QUEUE" "$TABLE")"

dotnet run --no-build -c Release --project benchmarks/CompetencyTeams.Benchmarks -- "$@"
