#!/usr/bin/env bash
# Creates or updates what Bicep cannot: the Entra app registration of CompetencyTeams (bot + tab SSO + Graph),
# its service principal, credential, Graph application permissions with admin consent, and the SharePoint
# Sites.Selected grant. Every call is a documented Microsoft Graph v1.0 request sent with `az rest`.
# Safe to re-run: it finds the app by --app-id or display name and keeps existing scope/role ids.
#
# Usage:
#   infra/scripts/register-entra-app.sh --domain <host> [options]
# Options:
#   --domain HOST                 public host of the App (e.g. ctm-prod-app-abc123.azurewebsites.net); required
#   --display-name NAME           app registration name (default: CompetencyTeams)
#   --app-id GUID                 update this existing app registration instead of looking it up by name
#   --tenant-id GUID              expected tenant (default: the tenant of `az account show`)
#   --credential secret|federated|none
#                                 secret (default): add a client secret and store it in --key-vault;
#                                 federated: trust the managed identity --managed-identity-object-id (no secret);
#                                 none: add no credential
#   --key-vault NAME              Key Vault receiving the secret (Bicep output keyVaultName)
#   --secret-name NAME            secret name (default: bot-app-secret, the name the web app references)
#   --secret-days N               secret lifetime in days (default: 180)
#   --managed-identity-object-id GUID   principal id of the user-assigned identity (federated credential)
#   --sharepoint-hostname HOST    e.g. contoso.sharepoint.com  } grant the app Sites.Selected on this site
#   --sharepoint-site-path PATH   e.g. /sites/hr               }
#   --sharepoint-role ROLE        read|write|manage|fullcontrol (default: write)
#   --skip-consent                do not grant admin consent (an admin does it later in the portal)
#   --dry-run                     print the calls (one `DRY-RUN az ...` line each) and change nothing
# Needs: az (logged in as an admin who can create apps and grant app roles, e.g. Privileged Role Administrator
# or Global Administrator; the SharePoint grant needs a SharePoint Administrator), jq.
set -euo pipefail

GRAPH=https://graph.microsoft.com/v1.0
GRAPH_APP_ID=00000003-0000-0000-c000-000000000000
GRAPH_PERMISSIONS=(TeamsAppInstallation.ReadWriteSelfForUser.All User.Read.All Sites.Selected)
# Teams desktop/mobile, Teams web, Microsoft 365 web, Microsoft 365 desktop, Outlook desktop, Outlook web, Outlook mobile.
TEAMS_CLIENT_IDS=(1fec8e78-bce4-4aaf-ab1b-5451cc387264 5e3ce6c0-2b1f-4285-8d4b-75ee78787346
  4765445b-32c6-49b0-83e6-1d93765276ca 0ec893e0-5785-4de6-99da-4ed124e5296c
  d3590ed6-52b3-4102-aeff-aad2292ab01c bc59ab01-8403-45c6-8796-ac3ef710b3e3 27922004-5251-4030-b22d-91ecd9a37ea4)

DOMAIN="" DISPLAY_NAME=CompetencyTeams APP_ID="" TENANT_ID="" CREDENTIAL=secret KEY_VAULT="" SECRET_NAME=bot-app-secret
SECRET_DAYS=180 MI_OBJECT_ID="" SP_HOST="" SP_PATH="" SP_ROLE=write SKIP_CONSENT=0 DRY_RUN=0
RETRY_SECONDS="${CT_ENTRA_RETRY_SECONDS:-10}"   # base wait between retries (tests shorten it)

fail() { echo "register-entra-app: $*" >&2; exit 1; }
say() { echo "==> $*" >&2; }
is_guid() { [[ "$1" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; }
quote() { local q="'"; printf "'%s'" "${1//$q/$q\\$q$q}"; }
new_guid() { if command -v uuidgen >/dev/null; then uuidgen | tr 'A-Z' 'a-z'; else cat /proc/sys/kernel/random/uuid; fi; }

while [ $# -gt 0 ]; do
  case "$1" in
    --domain) DOMAIN="${2:-}"; shift 2 ;;
    --display-name) DISPLAY_NAME="${2:-}"; shift 2 ;;
    --app-id) APP_ID="${2:-}"; shift 2 ;;
    --tenant-id) TENANT_ID="${2:-}"; shift 2 ;;
    --credential) CREDENTIAL="${2:-}"; shift 2 ;;
    --key-vault) KEY_VAULT="${2:-}"; shift 2 ;;
    --secret-name) SECRET_NAME="${2:-}"; shift 2 ;;
    --secret-days) SECRET_DAYS="${2:-}"; shift 2 ;;
    --managed-identity-object-id) MI_OBJECT_ID="${2:-}"; shift 2 ;;
    --sharepoint-hostname) SP_HOST="${2:-}"; shift 2 ;;
    --sharepoint-site-path) SP_PATH="${2:-}"; shift 2 ;;
    --sharepoint-role) SP_ROLE="${2:-}"; shift 2 ;;
    --skip-consent) SKIP_CONSENT=1; shift ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
done

[[ "$DOMAIN" =~ ^[a-z0-9]([a-z0-9.-]*[a-z0-9])?\.[a-z]{2,}$ ]] || fail "--domain must be a lower-case host name without scheme or path (got '$DOMAIN')"
[ -z "$APP_ID" ] || is_guid "$APP_ID" || fail "--app-id must be a GUID"
[ -z "$TENANT_ID" ] || is_guid "$TENANT_ID" || fail "--tenant-id must be a GUID"
[[ "$SECRET_DAYS" =~ ^[0-9]+$ ]] && [ "$SECRET_DAYS" -ge 1 ] && [ "$SECRET_DAYS" -le 730 ] || fail "--secret-days must be 1..730"
case "$CREDENTIAL" in
  secret) [ -n "$KEY_VAULT" ] || fail "--credential secret needs --key-vault (the secret is never printed)" ;;
  federated) is_guid "$MI_OBJECT_ID" || fail "--credential federated needs --managed-identity-object-id GUID" ;;
  none) ;;
  *) fail "--credential must be secret, federated or none" ;;
esac
case "$SP_ROLE" in read|write|manage|fullcontrol) ;; *) fail "--sharepoint-role must be read, write, manage or fullcontrol" ;; esac
{ [ -z "$SP_HOST" ] && [ -z "$SP_PATH" ]; } || { [ -n "$SP_HOST" ] && [[ "$SP_PATH" == /* ]]; } \
  || fail "--sharepoint-hostname and --sharepoint-site-path (starting with /) go together"
command -v jq >/dev/null || fail "jq is required"
[ "$DRY_RUN" = 1 ] || command -v az >/dev/null || fail "the Azure CLI (az) is required"

exec 3>&1   # dry-run lines go to the script's stdout even from inside $(...)
# graph METHOD URL [BODY] [DRY_RUN_RESPONSE]: one Graph request; in dry-run, prints it and answers the canned response.
graph() {
  local method="$1" url="$2" body="${3:-}" canned="${4:-{\}}"
  # A jq failure inside $(...) does not stop the script, so a write without a valid body is refused here.
  if [ "$method" != GET ] && ! jq -e . <<<"$body" >/dev/null 2>&1; then fail "internal error: no valid JSON body for $method $url"; fi
  if [ "$DRY_RUN" = 1 ]; then
    if [ -n "$body" ]; then
      echo "DRY-RUN az rest --method $method --url $(quote "$url") --headers Content-Type=application/json --body $(quote "$(jq -c . <<<"$body")")" >&3
    else
      echo "DRY-RUN az rest --method $method --url $(quote "$url")" >&3
    fi
    echo "$canned"
  else
    # Entra replicates new objects within seconds: a call on an object created just before may first get a 404.
    # Creating the application itself is never retried (a retry could create a duplicate).
    local attempt=1 attempts=4 output
    [[ "$method $url" != "POST $GRAPH/applications" ]] || attempts=1
    while :; do
      if [ -n "$body" ]; then
        output=$(az rest --method "$method" --url "$url" --headers Content-Type=application/json --body "$body") && break
      else
        output=$(az rest --method "$method" --url "$url") && break
      fi
      [ "$attempt" -lt "$attempts" ] || fail "$method $url failed $attempts time(s); see the az error above"
      say "retrying $method $url in $((attempt * RETRY_SECONDS)) s"
      sleep $((attempt * RETRY_SECONDS)); attempt=$((attempt + 1))
    done
    echo "$output"
  fi
}

if [ "$DRY_RUN" = 1 ]; then
  TENANT_ID="${TENANT_ID:-<tenant-id>}"
else
  ACTUAL_TENANT=$(az account show --query tenantId -o tsv) || fail "run 'az login --tenant <tenant>' first"
  [ -z "$TENANT_ID" ] || [ "$TENANT_ID" = "$ACTUAL_TENANT" ] || fail "az is logged in to $ACTUAL_TENANT, not $TENANT_ID"
  TENANT_ID="$ACTUAL_TENANT"
fi

say "1/8 Find or create the app registration '$DISPLAY_NAME'"
if [ -n "$APP_ID" ]; then
  APP=$(graph GET "$GRAPH/applications(appId='$APP_ID')" "" "{\"id\":\"<app-object-id>\",\"appId\":\"$APP_ID\"}")
else
  FOUND=$(graph GET "$GRAPH/applications?\$filter=displayName%20eq%20'${DISPLAY_NAME// /%20}'" "" '{"value":[]}')
  [ "$(jq '.value | length' <<<"$FOUND")" -le 1 ] || fail "several apps are named '$DISPLAY_NAME'; pass --app-id"
  APP=$(jq '.value[0] // empty' <<<"$FOUND")
  if [ -z "$APP" ]; then
    APP=$(graph POST "$GRAPH/applications" "$(jq -n --arg n "$DISPLAY_NAME" '{displayName:$n, signInAudience:"AzureADMyOrg"}')" \
      '{"id":"<app-object-id>","appId":"<app-id>"}')
  fi
fi
APP_OBJECT_ID=$(jq -r .id <<<"$APP"); APP_ID=$(jq -r .appId <<<"$APP")
SCOPE_ID=$(jq -r '[.api.oauth2PermissionScopes[]? | select(.value=="access_as_user") | .id][0] // empty' <<<"$APP")
SCOPE_ID="${SCOPE_ID:-$(new_guid)}"
HR_ROLE_ID=$(jq -r '[.appRoles[]? | select(.value=="HR.Admin") | .id][0] // empty' <<<"$APP"); HR_ROLE_ID="${HR_ROLE_ID:-$(new_guid)}"
MANAGER_ROLE_ID=$(jq -r '[.appRoles[]? | select(.value=="Manager") | .id][0] // empty' <<<"$APP"); MANAGER_ROLE_ID="${MANAGER_ROLE_ID:-$(new_guid)}"
APPLICATION_ID_URI="api://$DOMAIN/$APP_ID"

say "2/8 Resolve the ids of the Microsoft Graph application permissions"
CANNED_GRAPH_SP=$(printf '%s\n' "${GRAPH_PERMISSIONS[@]}" | jq -R . | jq -s '{id:"<graph-sp-id>", appRoles: map({value:., id:("<graph-role:" + . + ">")})}')
GRAPH_SP=$(graph GET "$GRAPH/servicePrincipals(appId='$GRAPH_APP_ID')?\$select=id,appRoles" "" "$CANNED_GRAPH_SP")
GRAPH_SP_ID=$(jq -r .id <<<"$GRAPH_SP")
ROLE_ACCESS=$(jq -c --args '[.appRoles[] | select(.value as $v | $ARGS.positional | index($v)) | {id, type:"Role"}]' "${GRAPH_PERMISSIONS[@]}" <<<"$GRAPH_SP")
[ "$(jq length <<<"$ROLE_ACCESS")" = "${#GRAPH_PERMISSIONS[@]}" ] || fail "Microsoft Graph does not expose all of ${GRAPH_PERMISSIONS[*]}"

say "3/8 App ID URI, access_as_user scope, v2 tokens, app roles and Graph permissions"
SCOPES=$(jq -n --arg id "$SCOPE_ID" '[{id:$id, value:"access_as_user", type:"User", isEnabled:true,
  adminConsentDisplayName:"Use CompetencyTeams as the signed-in user",
  adminConsentDescription:"Lets Teams call CompetencyTeams on behalf of the signed-in user (tab single sign-on).",
  userConsentDisplayName:"Use CompetencyTeams as you",
  userConsentDescription:"Lets Teams sign you in to CompetencyTeams."}]')
ROLES=$(jq -n --arg hr "$HR_ROLE_ID" --arg mgr "$MANAGER_ROLE_ID" '[
  {id:$hr, value:"HR.Admin", displayName:"HR administrator", isEnabled:true, allowedMemberTypes:["User"],
   description:"Maintains the competency framework and job profiles, schedules campaigns and sees the organisation-wide gaps."},
  {id:$mgr, value:"Manager", displayName:"Manager", isEnabled:true, allowedMemberTypes:["User"],
   description:"Opens the manager dashboard; data stays limited to the manager'"'"'s own reports."}]')
graph PATCH "$GRAPH/applications/$APP_OBJECT_ID" "$(jq -n --arg uri "$APPLICATION_ID_URI" --argjson scopes "$SCOPES" \
  --argjson roles "$ROLES" --argjson access "$ROLE_ACCESS" --arg graph "$GRAPH_APP_ID" '{
  identifierUris:[$uri], appRoles:$roles,
  api:{requestedAccessTokenVersion:2, oauth2PermissionScopes:$scopes},
  requiredResourceAccess:[{resourceAppId:$graph, resourceAccess:$access}]}')" >/dev/null

say "4/8 Pre-authorize the Teams and Microsoft 365 clients for access_as_user"
PREAUTHORIZED=$(printf '%s\n' "${TEAMS_CLIENT_IDS[@]}" | jq -R . | jq -s --arg s "$SCOPE_ID" 'map({appId:., delegatedPermissionIds:[$s]})')
graph PATCH "$GRAPH/applications/$APP_OBJECT_ID" "$(jq -n --argjson scopes "$SCOPES" --argjson pre "$PREAUTHORIZED" \
  '{api:{requestedAccessTokenVersion:2, oauth2PermissionScopes:$scopes, preAuthorizedApplications:$pre}}')" >/dev/null

say "5/8 Service principal (enterprise application)"
SP=$(graph GET "$GRAPH/servicePrincipals?\$filter=appId%20eq%20'$APP_ID'&\$select=id" "" '{"value":[]}' | jq '.value[0] // empty')
[ -n "$SP" ] || SP=$(graph POST "$GRAPH/servicePrincipals" "$(jq -n --arg a "$APP_ID" '{appId:$a}')" '{"id":"<app-sp-id>"}')
APP_SP_ID=$(jq -r .id <<<"$SP")

say "6/8 Credential: $CREDENTIAL"
case "$CREDENTIAL" in
  secret)
    END=$(date -u -d "+$SECRET_DAYS days" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u -v+"$SECRET_DAYS"d +%Y-%m-%dT%H:%M:%SZ)   # GNU or BSD date
    SECRET=$(graph POST "$GRAPH/applications/$APP_OBJECT_ID/addPassword" \
      "$(jq -n --arg expiry "$END" '{passwordCredential:{displayName:"CompetencyTeams App Service", endDateTime:$expiry}}')" \
      '{"secretText":"<secret>"}' | jq -r .secretText)
    if [ "$DRY_RUN" = 1 ]; then
      echo >&3 "DRY-RUN az keyvault secret set --vault-name $KEY_VAULT --name $SECRET_NAME --file /dev/stdin (value from addPassword, not shown)"
    else
      printf '%s' "$SECRET" | az keyvault secret set --vault-name "$KEY_VAULT" --name "$SECRET_NAME" --file /dev/stdin \
        --expires "$END" --query id -o tsv >/dev/null
    fi
    unset SECRET ;;
  federated)
    graph POST "$GRAPH/applications/$APP_OBJECT_ID/federatedIdentityCredentials" "$(jq -n --arg t "$TENANT_ID" --arg s "$MI_OBJECT_ID" '{
      name:"competencyteams-app-service", issuer:("https://login.microsoftonline.com/" + $t + "/v2.0"), subject:$s,
      audiences:["api://AzureADTokenExchange"], description:"The web app'"'"'s user-assigned managed identity"}')" >/dev/null ;;
esac

say "7/8 Admin consent for ${GRAPH_PERMISSIONS[*]}"
if [ "$SKIP_CONSENT" = 1 ]; then
  say "skipped: an admin grants consent in Entra admin center > App registrations > $DISPLAY_NAME > API permissions"
else
  GRANTED=$(graph GET "$GRAPH/servicePrincipals/$APP_SP_ID/appRoleAssignments" "" '{"value":[]}')
  for ROLE_ID in $(jq -r '.[].id' <<<"$ROLE_ACCESS"); do
    if [ "$(jq --arg r "$ROLE_ID" '[.value[] | select(.appRoleId==$r)] | length' <<<"$GRANTED")" = 0 ]; then
      graph POST "$GRAPH/servicePrincipals/$GRAPH_SP_ID/appRoleAssignedTo" "$(jq -n --arg p "$APP_SP_ID" --arg r "$GRAPH_SP_ID" \
        --arg a "$ROLE_ID" '{principalId:$p, resourceId:$r, appRoleId:$a}')" >/dev/null
    fi
  done
fi

say "8/8 SharePoint Sites.Selected grant"
if [ -n "$SP_HOST" ]; then
  SITE_ID=$(graph GET "$GRAPH/sites/$SP_HOST:$SP_PATH?\$select=id" "" "{\"id\":\"$SP_HOST,<site-guid>,<web-guid>\"}" | jq -r .id)
  graph POST "$GRAPH/sites/$SITE_ID/permissions" "$(jq -n --arg role "$SP_ROLE" --arg id "$APP_ID" --arg n "$DISPLAY_NAME" \
    '{roles:[$role], grantedToIdentities:[{application:{id:$id, displayName:$n}}]}')" >/dev/null
else
  say "skipped (no --sharepoint-hostname): the App cannot publish summaries until the site is granted"
fi

cat <<OUT
# CompetencyTeams app registration ready. For the Bicep parameters files and the package:
export CT_BOT_APP_ID=$APP_ID
export CT_TENANT_ID=$TENANT_ID
# Tab:ApplicationIdUri = $APPLICATION_ID_URI
# Scope: $APPLICATION_ID_URI/access_as_user; app roles HR.Admin and Manager (assign them in Enterprise applications).
OUT
