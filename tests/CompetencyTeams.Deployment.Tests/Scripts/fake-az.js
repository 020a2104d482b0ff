#!/usr/bin/env node
// Stand-in for the Azure CLI in the Entra script tests: answers `az rest` with Microsoft Graph's documented response
// shapes and records every call (and any stdin) in $FAKE_AZ_LOG as JSON lines. $FAKE_AZ_FAIL_ONCE makes the first
// call whose method+url contains that text fail once, like a replication delay.
"use strict";
const fs = require("fs");
const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const log = (entry) => fs.appendFileSync(process.env.FAKE_AZ_LOG, JSON.stringify(entry) + "\n");

if (args[0] === "account" && args[1] === "show") { console.log("11111111-2222-3333-4444-555555555555"); process.exit(0); }
if (args[0] === "keyvault") {
  log({ command: "keyvault", args, stdin: fs.readFileSync(0, "utf8") });
  console.log("https://kv.vault.azure.net/secrets/bot-app-secret/1");
  process.exit(0);
}
if (args[0] !== "rest") { console.error(`fake az: unsupported ${args.join(" ")}`); process.exit(2); }

const method = option("--method"), url = decodeURIComponent(option("--url")), body = option("--body");
const failOnce = process.env.FAKE_AZ_FAIL_ONCE;
const marker = `${process.env.FAKE_AZ_LOG}.failed`;
if (failOnce && `${method} ${url}`.includes(failOnce) && !fs.existsSync(marker)) {
  fs.writeFileSync(marker, "");
  log({ command: "rest", method, url, body: body && JSON.parse(body), failed: true });
  console.error("ERROR: Not Found({\"error\":{\"code\":\"Request_ResourceNotFound\"}})");
  process.exit(1);
}
log({ command: "rest", method, url, body: body && JSON.parse(body) });
const routes = [
  [/^GET .*\/applications\?\$filter=displayName/, { value: [] }],
  [/^POST .*\/v1\.0\/applications$/, { id: "app-object-1", appId: "aaaaaaaa-1111-2222-3333-444444444444" }],
  [/^GET .*\/servicePrincipals\(appId='00000003-0000-0000-c000-000000000000'\)/, { id: "graph-sp", appRoles: [
    { value: "User.Read.All", id: "role-user-read-all" }, { value: "Sites.Selected", id: "role-sites-selected" },
    { value: "TeamsAppInstallation.ReadWriteSelfForUser.All", id: "role-teams-install-self" }, { value: "Mail.Send", id: "role-mail" }] }],
  [/^PATCH /, null],
  [/^GET .*\/servicePrincipals\?\$filter=appId/, { value: [] }],
  [/^POST .*\/v1\.0\/servicePrincipals$/, { id: "app-sp-1" }],
  [/^POST .*\/addPassword$/, { secretText: "s3cr3t-VALUE-never-printed" }],
  [/^GET .*\/appRoleAssignments$/, { value: [{ appRoleId: "role-user-read-all", resourceId: "graph-sp" }] }],
  [/^POST .*\/appRoleAssignedTo$/, { id: "assignment" }],
  [/^GET .*\/sites\//, { id: "contoso.sharepoint.com,site-guid,web-guid" }],
  [/^POST .*\/permissions$/, { id: "perm-1", roles: ["write"] }],
];
const route = routes.find(([pattern]) => pattern.test(`${method} ${url}`));
if (!route) { console.error(`fake az: no route for ${method} ${url}`); process.exit(3); }
if (route[1] !== null) console.log(JSON.stringify(route[1]));
