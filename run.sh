#!/usr/bin/env bash
# Set-up and the local demo: Azurite, the App and the DevChannel. Ctrl+C stops everything it started.
# Ports: CT_APP_PORT (5080), CT_DEVCHANNEL_PORT (5081), CT_DEVCHANNEL_HTTPS_PORT (5443, its token issuer), CT_AZURITE_BLOB_PORT/QUEUE_PORT/TABLE_PORT (10000/10001/10002).
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

APP_PORT="${CT_APP_PORT:-5080}"
DEV_PORT="${CT_DEVCHANNEL_PORT:-5081}"
DEV_HTTPS_PORT="${CT_DEVCHANNEL_HTTPS_PORT:-5443}"
BLOB="${CT_AZURITE_BLOB_PORT:-10000}"; QUEUE="${CT_AZURITE_QUEUE_PORT:-10001}"; TABLE="${CT_AZURITE_TABLE_PORT:-10002}"

require_tools
ensure_node_modules
dotnet_build

BIN="${CT_BUILD_DIR:-$ROOT/.build}/bin"
PIDS=()
cleanup() {
  trap - INT TERM EXIT
  log "Stopping"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  exit 0
}
trap cleanup INT TERM EXIT

mkdir -p .local/logs
export AZURITE_LOG="$ROOT/.local/logs/azurite.log"
log "Starting Azurite (data in .local/azurite) on ports $BLOB/$QUEUE/$TABLE"
start_azurite "$BLOB" "$QUEUE" "$TABLE" "$ROOT/.local/azurite"
PIDS+=("$AZURITE_PID")

export ASPNETCORE_ENVIRONMENT=Development
DEV_DATA="$ROOT/.local/devchannel"
BOT_APP_ID="00000000-0000-0000-0000-000000000b07"
BOT_SECRET="devchannel-local-secret"
TENANT="3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c"
ISSUER="https://localhost:$DEV_HTTPS_PORT"

if [ -f src/CompetencyTeams.DevChannel/CompetencyTeams.DevChannel.csproj ]; then
  log "Starting the DevChannel on http://127.0.0.1:$DEV_PORT (token issuer on $ISSUER)"
  DevChannel__Identity__DataFolder="$DEV_DATA" \
  DevChannel__Identity__HttpsPort="$DEV_HTTPS_PORT" \
  DevChannel__Identity__Clients__0__ClientId="$BOT_APP_ID" \
  DevChannel__Identity__Clients__0__ClientSecret="$BOT_SECRET" \
  DevChannel__Graph__DataFolder="$DEV_DATA" \
  DevChannel__Chat__AppMessagesUrl="http://127.0.0.1:$APP_PORT/api/messages" \
  DevChannel__Chat__ServiceUrl="http://127.0.0.1:$DEV_PORT/" \
  DevChannel__Chat__BotAppId="$BOT_APP_ID" \
  DevChannel__TabHost__AppTabUrl="http://127.0.0.1:$APP_PORT/tab" \
  dotnet "$BIN/CompetencyTeams.DevChannel/debug/CompetencyTeams.DevChannel.dll" --contentRoot "$ROOT/src/CompetencyTeams.DevChannel" \
    --urls "http://127.0.0.1:$DEV_PORT" >.local/logs/devchannel.log 2>&1 &
  PIDS+=($!)
  wait_for_http "http://127.0.0.1:$DEV_PORT/" 90 || { tail -n 40 .local/logs/devchannel.log; fail "The DevChannel did not start."; }
fi

# The App trusts the DevChannel's issuer and certificate through configuration only (Development).
export Storage__ConnectionString
Storage__ConnectionString="$(azurite_connection "$BLOB" "$QUEUE" "$TABLE")"
export Bot__MicrosoftAppId="$BOT_APP_ID" Bot__TenantId="$TENANT" Bot__ClientSecret="$BOT_SECRET"
export Bot__AuthorityHost="$ISSUER"
export Bot__BotFrameworkOpenIdMetadataUrl="$ISSUER/v1/.well-known/openidconfiguration"
export Bot__EntraOpenIdMetadataUrlTemplate="$ISSUER/{tenantId}/v2.0/.well-known/openid-configuration"
export Bot__EntraIssuerTemplates__0="https://sts.windows.net/{tenantId}/"
export Bot__EntraIssuerTemplates__1="$ISSUER/{tenantId}/v2.0"
export Bot__TrustedLocalCertificatePath="$DEV_DATA/devchannel-https.pem"

export Graph__BaseUrl="http://127.0.0.1:$DEV_PORT/v1.0"
export Tab__Instance="$ISSUER/"
export Tab__DevChannelUrl="http://127.0.0.1:$DEV_PORT"
# People who never opened the bot's chat get the app installed through the DevChannel's Graph, as in a real tenant.
export Delivery__TeamsAppCatalogId="$BOT_APP_ID" Delivery__ServiceUrl="http://127.0.0.1:$DEV_PORT/"
APP_DLL="$BIN/CompetencyTeams.App/debug/CompetencyTeams.App.dll"
app_command() { dotnet "$APP_DLL" "$@" --contentRoot "$ROOT/src/CompetencyTeams.App"; }

# Idempotent: a second run keeps what the demo users did; CT_RESET_DEMO=1 restores the demo organisation.
log "Seeding the demo organisation (framework, profiles, 40 people in 4 teams, a closed and a ready campaign)"
if [ "${CT_RESET_DEMO:-0}" = "1" ]; then app_command seed-demo --reset; else app_command seed-demo; fi \
  >>.local/logs/seed.log 2>&1 || { tail -n 20 .local/logs/seed.log; fail "Seeding the demo failed."; }
tail -n 1 .local/logs/seed.log
log "Creating the SharePoint lists on the DevChannel's Graph stand-in"
app_command provision-sharepoint >>.local/logs/seed.log 2>&1 || { tail -n 20 .local/logs/seed.log; fail "Provisioning SharePoint failed."; }
tail -n 1 .local/logs/seed.log

log "Starting the App on http://127.0.0.1:$APP_PORT"
dotnet "$APP_DLL" --contentRoot "$ROOT/src/CompetencyTeams.App" \
  --urls "http://127.0.0.1:$APP_PORT" >.local/logs/app.log 2>&1 &
PIDS+=($!)

wait_for_http "http://127.0.0.1:$APP_PORT/healthz" 90 || { tail -n 40 .local/logs/app.log; fail "The App did not answer /healthz."; }
cat <<MSG

  CompetencyTeams is running.
    App health    http://127.0.0.1:$APP_PORT/healthz
    DevChannel    http://127.0.0.1:$DEV_PORT/   (Teams, the Bot Connector, Entra and Graph, played locally)
    Teams tab     http://127.0.0.1:$DEV_PORT/tab/    (pick a demo user: HR, a manager or an agent)
    Teams chat    http://127.0.0.1:$DEV_PORT/chat/   (pick a demo user, type "help")
    SharePoint    http://127.0.0.1:$DEV_PORT/devchannel/sharepoint   (the lists the App publishes to)
    Logs          .local/logs/

  Press Ctrl+C to stop everything.

MSG
wait -n 2>/dev/null || true
printf 'A process stopped unexpectedly; see .local/logs/.\n' >&2
cleanup
