#!/usr/bin/env bash
# Exports the App's Azure tables to JSON-lines files and imports them back (restore), over the Table service REST API.
# Types survive the round trip: entities are read with odata=fullmetadata, so Int64, DateTime, Guid, Binary... keep
# their "@odata.type" annotations, and restore writes each entity with Insert-Or-Replace (PUT).
#
# Usage:
#   infra/scripts/tables-backup.sh export --account-url https://ACCOUNT.table.core.windows.net --dir DIR [--prefix P] [--tables "T1 T2"]
#   infra/scripts/tables-backup.sh import --account-url https://ACCOUNT.table.core.windows.net --dir DIR [--tables "T1 T2"]
# Authentication: your Entra identity through `az account get-access-token` (you need "Storage Table Data Reader" to
# export, "Storage Table Data Contributor" to import; the account has shared keys disabled). --sas TOKEN uses a SAS
# instead (local Azurite, or an account where SAS is allowed).
# --prefix keeps only the tables whose name starts with it (the App's Storage:Prefix). Import creates missing tables
# and overwrites entities with the same keys; it deletes nothing.
set -euo pipefail

API_VERSION=2019-02-02
fail() { echo "tables-backup: $*" >&2; exit 1; }

ACTION="${1:-}"; shift || true
case "$ACTION" in export|import) ;; -h|--help) sed -n '2,16p' "$0"; exit 0 ;; *) fail "first argument must be export or import (see --help)" ;; esac
ACCOUNT_URL="" DIR="" PREFIX="" TABLES="" SAS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --account-url) ACCOUNT_URL="${2%/}"; shift 2 ;;
    --dir) DIR="$2"; shift 2 ;;
    --prefix) PREFIX="$2"; shift 2 ;;
    --tables) TABLES="$2"; shift 2 ;;
    --sas) SAS="${2#\?}"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
done
[[ "$ACCOUNT_URL" =~ ^https?:// ]] || fail "--account-url must be the table endpoint, e.g. https://ACCOUNT.table.core.windows.net"
[ -n "$DIR" ] || fail "--dir is required"
command -v jq >/dev/null && command -v curl >/dev/null || fail "curl and jq are required"

if [ -z "$SAS" ]; then
  TOKEN=$(az account get-access-token --resource https://storage.azure.com/ --query accessToken -o tsv) || fail "run 'az login' first"
  AUTH=(-H "Authorization: Bearer $TOKEN")
else
  AUTH=()
fi

WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

# call METHOD PATH_AND_QUERY [BODY_FILE]: one REST call; the body goes to $WORK/body, the headers to $WORK/headers.
call() {
  local url="$ACCOUNT_URL/$2"
  if [ -n "$SAS" ]; then url="$url$([[ "$url" == *\?* ]] && echo '&' || echo '?')$SAS"; fi
  local status
  status=$(curl -sS -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$1" "${AUTH[@]}" \
    -H "x-ms-version: $API_VERSION" -H "x-ms-date: $(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')" \
    -H "Accept: application/json;odata=fullmetadata" -H "DataServiceVersion: 3.0;NetFx" -H "MaxDataServiceVersion: 3.0;NetFx" \
    ${3:+-H "Content-Type: application/json" --data-binary "@$3"} "$url")
  echo "$status"
}
header() { grep -i "^$1:" "$WORK/headers" | head -1 | cut -d' ' -f2- | tr -d '\r' || true; }

list_tables() {
  local next=""
  while :; do
    local status; status=$(call GET "Tables${next:+?NextTableName=$next}")
    [ "$status" = 200 ] || fail "listing tables: HTTP $status $(cat "$WORK/body")"
    jq -r '.value[].TableName' "$WORK/body"
    next=$(header x-ms-continuation-NextTableName)
    [ -n "$next" ] || break
  done
}

export_table() {
  local table="$1" out="$DIR/$1.jsonl" next_pk="" next_rk="" count=0
  : > "$out"
  while :; do
    local query="$table()"
    [ -z "$next_pk" ] || query="$query?NextPartitionKey=$next_pk${next_rk:+&NextRowKey=$next_rk}"
    local status; status=$(call GET "$query")
    [ "$status" = 200 ] || fail "reading $table: HTTP $status $(cat "$WORK/body")"
    # Keep the properties and their type annotations; drop the service's metadata and Timestamp.
    jq -c '.value[] | with_entries(select(.key | test("^odata\\.|^Timestamp") | not))' "$WORK/body" >> "$out"
    count=$(wc -l < "$out")
    next_pk=$(header x-ms-continuation-NextPartitionKey); next_rk=$(header x-ms-continuation-NextRowKey)
    [ -n "$next_pk" ] || break
  done
  echo "exported $table: $count entities" >&2
}

import_table() {
  local table="$1" file="$DIR/$1.jsonl" count=0
  jq -n --arg t "$table" '{TableName:$t}' > "$WORK/create"
  local status; status=$(call POST Tables "$WORK/create")
  [ "$status" = 201 ] || [ "$status" = 204 ] || [ "$status" = 409 ] || fail "creating $table: HTTP $status $(cat "$WORK/body")"
  while IFS= read -r entity; do
    [ -n "$entity" ] || continue
    printf '%s' "$entity" > "$WORK/entity"
    local keys; keys=$(jq -r '"PartitionKey=\u0027" + (.PartitionKey | gsub("\u0027"; "\u0027\u0027") | @uri) + "\u0027,RowKey=\u0027" + (.RowKey | gsub("\u0027"; "\u0027\u0027") | @uri) + "\u0027"' "$WORK/entity")
    status=$(call PUT "$table($keys)" "$WORK/entity")
    [ "$status" = 204 ] || fail "writing to $table: HTTP $status $(cat "$WORK/body")"
    count=$((count + 1))
  done < "$file"
  echo "imported $table: $count entities" >&2
}

if [ "$ACTION" = export ]; then
  mkdir -p "$DIR"
  [ -n "$TABLES" ] || TABLES=$(list_tables | { grep "^$PREFIX" || true; })
  for table in $TABLES; do export_table "$table"; done
  printf '%s\n' $TABLES > "$DIR/tables.txt"
else
  [ -f "$DIR/tables.txt" ] || fail "$DIR/tables.txt not found (is this an export folder?)"
  [ -n "$TABLES" ] || TABLES=$(cat "$DIR/tables.txt")
  for table in $TABLES; do import_table "$table"; done
fi
