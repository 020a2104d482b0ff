# Shared by run.sh, test.sh and bench.sh: set-up steps that must work on a fresh machine.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CT_REPO_ROOT="$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

require_tools() {
  command -v dotnet >/dev/null || fail "The .NET 10 SDK is required (dotnet not found on PATH)."
  command -v node >/dev/null || fail "Node.js 20+ is required (node not found on PATH)."
  command -v npm >/dev/null || fail "npm is required (npm not found on PATH)."
}

# npm ci when node_modules is missing or older than the lock file.
ensure_node_modules() {
  if [ ! -f "$ROOT/node_modules/azurite/dist/src/azurite.js" ] || [ ! -f "$ROOT/node_modules/adaptivecards/dist/adaptivecards.min.js" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    log "Installing Node tools (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

dotnet_build() {
  log "Restoring and building the solution"
  (cd "$ROOT" && dotnet build CompetencyTeams.sln -nologo -v quiet -clp:ErrorsOnly "$@")
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

azurite_connection() { # blob queue table
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$2/devstoreaccount1;TableEndpoint=http://127.0.0.1:$3/devstoreaccount1;"
}

# start_azurite BLOB QUEUE TABLE [DATA_FOLDER]; sets AZURITE_PID. Without a folder the data is in memory.
start_azurite() {
  local persistence=(--inMemoryPersistence)
  if [ -n "${4:-}" ]; then mkdir -p "$4"; persistence=(--location "$4"); fi
  node "$ROOT/node_modules/azurite/dist/src/azurite.js" --silent --skipApiVersionCheck --loose --disableTelemetry \
    --blobHost 127.0.0.1 --blobPort "$1" --queueHost 127.0.0.1 --queuePort "$2" --tableHost 127.0.0.1 --tablePort "$3" \
    "${persistence[@]}" >"${AZURITE_LOG:-/dev/null}" 2>&1 &
  AZURITE_PID=$!
  wait_for_port "$3" 60 "Azurite" || fail "Azurite did not start on port $3."
  wait_for_port "$2" 10 "Azurite queues" || fail "Azurite queues did not start on port $2."
}

wait_for_port() { # port seconds name
  local deadline=$((SECONDS + $2))
  while [ $SECONDS -lt $deadline ]; do
    if node -e 'const c=require("net").connect(+process.argv[1],"127.0.0.1");c.on("connect",()=>process.exit(0));c.on("error",()=>process.exit(1))' "$1"; then
      return 0
    fi
    sleep 0.3
  done
  return 1
}

wait_for_http() { # url seconds
  local deadline=$((SECONDS + $2))
  while [ $SECONDS -lt $deadline ]; do
    if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.status<500?0:1)).catch(()=>process.exit(1))' "$1"; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}

# Debian's chromium for the browser tests: installed when absent and we are root; otherwise say so.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    log "Installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null) \
      || fail "apt-get could not install chromium."
  else
    printf 'Browser tests need /usr/bin/chromium: run "sudo apt-get install chromium" (they are skipped with a message until then).\n'
  fi
}
