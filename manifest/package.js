#!/usr/bin/env node
"use strict";
// Builds the Teams app package: fills manifest.template.json, validates the result offline, and zips
// manifest.json, the localization files and the icons at the zip root.
//
// Usage:
//   node manifest/package.js --config <values.json> [--out <file.zip>] [--KEY value ...]
//   node manifest/package.js --teams-app-id <guid> --bot-id <guid> --client-id <guid> --domain <host> --version <x.y.z> [--out <file.zip>]
// Command-line values override the config file. The config file may use the flat names below or the App's own
// setting names (Teams:AppId, Bot:MicrosoftAppId, Tab:ClientId, App:PublicBaseUrl), nested or flat.
// Default output: artifacts/appPackage/CompetencyTeams.zip. Exit 1 with the reasons when a value or the package is invalid.
const fs = require("fs");
const path = require("path");
const { createZip } = require("../tools/manifest/zip");
const { validatePackage } = require("../tools/manifest/validate");

const ROOT = path.resolve(__dirname, "..");
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const PARAMETERS = [
  { name: "teamsAppId", flag: "--teams-app-id", aliases: ["Teams:AppId"], token: "TEAMS_APP_ID", check: GUID, hint: "a GUID" },
  { name: "botId", flag: "--bot-id", aliases: ["Bot:MicrosoftAppId"], token: "BOT_ID", check: GUID, hint: "a GUID" },
  { name: "clientId", flag: "--client-id", aliases: ["Tab:ClientId"], token: "CLIENT_ID", check: GUID, hint: "a GUID" },
  { name: "domain", flag: "--domain", aliases: ["App:PublicBaseUrl"], token: "DOMAIN", check: HOST, hint: "a lower-case host name such as app.contoso.com (no scheme, port or path)" },
  { name: "version", flag: "--version", aliases: [], token: "VERSION", check: SEMVER, hint: "MAJOR.MINOR.PATCH" },
  { name: "developerName", flag: "--developer-name", aliases: [], token: "DEVELOPER_NAME", check: /^.{1,32}$/, hint: "1 to 32 characters", fallback: "CompetencyTeams" },
];
const STATIC_FILES = ["en.json", "fr.json"];
const ICONS = { "color.png": "icons/color.png", "outline.png": "icons/outline.png" };

function parseArguments(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith("--") || i + 1 >= argv.length) throw new Error(`unexpected argument ${argv[i]} (every option takes a value)`);
    args[argv[i]] = argv[i + 1];
  }
  return args;
}

// Looks up "Bot:MicrosoftAppId" as config.Bot.MicrosoftAppId, config["Bot:MicrosoftAppId"] or config["Bot__MicrosoftAppId"].
function lookup(config, key) {
  if (config[key] !== undefined) return config[key];
  if (config[key.replace(/:/g, "__")] !== undefined) return config[key.replace(/:/g, "__")];
  return key.split(":").reduce((node, part) => (node && typeof node === "object" ? node[part] : undefined), config);
}

function resolveValues(args) {
  const config = args["--config"] ? JSON.parse(fs.readFileSync(args["--config"], "utf8").replace(/^\uFEFF/, "")) : {};
  const values = {}, errors = [];
  for (const parameter of PARAMETERS) {
    let value = args[parameter.flag] ?? lookup(config, parameter.name);
    for (const alias of parameter.aliases) value ??= lookup(config, alias);
    value ??= parameter.fallback;
    if (parameter.name === "domain" && typeof value === "string") value = value.replace(/^https:\/\//i, "").replace(/\/+$/, "");
    if (typeof value !== "string" || !parameter.check.test(value)) {
      errors.push(`${parameter.name} (${parameter.flag}): ${value === undefined ? "missing" : JSON.stringify(value)} — expected ${parameter.hint}`);
    } else values[parameter.token] = value;
  }
  if (errors.length > 0) throw new Error(`invalid package values:\n  - ${errors.join("\n  - ")}`);
  return values;
}

function fillTemplate(values) {
  const template = fs.readFileSync(path.join(__dirname, "manifest.template.json"), "utf8");
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (match, token) => {
    if (!(token in values)) throw new Error(`manifest.template.json uses an unknown placeholder ${match}`);
    return values[token];
  });
  JSON.parse(filled);
  return Buffer.from(filled, "utf8");
}

async function main() {
  const args = parseArguments(process.argv.slice(2));
  const values = resolveValues(args);
  const out = path.resolve(args["--out"] ?? path.join(ROOT, "artifacts", "appPackage", "CompetencyTeams.zip"));
  const files = new Map([["manifest.json", fillTemplate(values)]]);
  for (const name of STATIC_FILES) files.set(name, fs.readFileSync(path.join(__dirname, name)));
  for (const [name, source] of Object.entries(ICONS)) files.set(name, fs.readFileSync(path.join(__dirname, source)));

  const errors = await validatePackage(files, { isZip: true });
  if (errors.length > 0) throw new Error(`the package would be invalid:\n  - ${errors.join("\n  - ")}`);

  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, createZip([...files].map(([name, data]) => ({ name, data }))));
  console.log(`${out}: app ${values.TEAMS_APP_ID} version ${values.VERSION}, bot ${values.BOT_ID}, SSO client ${values.CLIENT_ID}, domain ${values.DOMAIN}`);
}

main().catch((error) => {
  console.error(`package.js: ${error.message}`);
  process.exit(1);
});
