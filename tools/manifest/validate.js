#!/usr/bin/env node
"use strict";
// Offline validation of a Teams app package (or of a filled manifest.json and its sibling files):
//  - manifest.json against the official schema bundled in @microsoft/app-manifest (validateAgainstSchema),
//  - every localization file against the bundled localization schema,
//  - what the schemas do not check: referenced files present, zip layout, icon sizes and the white-on-transparent
//    outline, the same localized keys in every language, default-language strings equal to the manifest's.
// Usage: node tools/manifest/validate.js <package.zip | path/to/manifest.json>   (exit 0 = valid, 1 = invalid)
const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");
const png = require("./png");
const { readZip } = require("./zip");

const ICON_SIZES = { color: 192, outline: 32, color32x32: 32 };

function parseJson(name, buffer, errors) {
  try {
    return JSON.parse(buffer.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    errors.push(`${name}: not valid JSON (${error.message})`);
    return undefined;
  }
}

// The bundled schema for a $schema URL, or an error: validation must never fall back to a download.
function bundledSchema(name, schemaUrl) {
  if (typeof schemaUrl !== "string") throw new Error(`${name}: no $schema property`);
  const suffix = AppManifestUtils.getLocalSchemaSuffix(schemaUrl);
  const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const file = suffix && path.join(packageRoot, "build", suffix);
  if (!file || !fs.existsSync(file)) throw new Error(`${name}: $schema ${schemaUrl} is not bundled with @microsoft/app-manifest (offline validation only)`);
  return JSON.parse(fs.readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
}

async function schemaErrors(name, document) {
  try {
    const messages = await AppManifestUtils.validateAgainstSchema(document, bundledSchema(name, document.$schema));
    return messages.map((message) => `${name}: schema: ${message.trim()}`);
  } catch (error) {
    return [`${name}: ${error.message}`];
  }
}

// The official localization schema has patterns ("…\\b]…") that ajv's default unicode regexps reject, so
// validateAgainstSchema cannot compile it; use the same validator (ajv draft-04 from @microsoft/app-manifest)
// with non-unicode regexps, which is how the schema's patterns were written.
function localizationSchemaErrors(name, document) {
  try {
    const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
    const Ajv = require(require.resolve("ajv-draft-04", { paths: [packageRoot] }));
    const addFormats = require(require.resolve("ajv-formats", { paths: [packageRoot] }));
    const ajv = new (Ajv.default || Ajv)({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
    (addFormats.default || addFormats)(ajv, ["uri", "email", "regex"]);
    const validate = ajv.compile(bundledSchema(name, document.$schema));
    if (validate(document)) return [];
    return validate.errors.map((error) => `${name}: schema: ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
  } catch (error) {
    return [`${name}: ${error.message}`];
  }
}

// "bots[0].commandLists[0].commands[1].title" → the value at that path in the manifest (undefined if absent).
function valueAt(manifest, key) {
  let node = manifest;
  for (const part of key.split(".")) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match || node === undefined || node === null) return undefined;
    node = node[match[1]];
    for (const index of match[2].match(/\d+/g) || []) node = node === undefined ? undefined : node[Number(index)];
  }
  return node;
}

function iconErrors(role, name, buffer) {
  const errors = [];
  let image;
  try {
    image = png.decode(buffer);
  } catch (error) {
    return [`icon ${role} (${name}): ${error.message}`];
  }
  const size = ICON_SIZES[role];
  if (image.width !== size || image.height !== size) errors.push(`icon ${role} (${name}): ${image.width}x${image.height}, must be ${size}x${size}`);
  if (role === "outline") {
    let transparent = 0, coloured = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      const [r, g, b, a] = image.rgba.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) coloured++;
    }
    if (coloured > 0) errors.push(`icon outline (${name}): ${coloured} pixel(s) are neither white nor transparent`);
    if (transparent === 0) errors.push(`icon outline (${name}): no transparent pixel (the outline must be white on transparent)`);
  }
  return errors;
}

function localizationFiles(manifest) {
  const info = manifest.localizationInfo;
  if (!info) return [];
  const files = [];
  if (info.defaultLanguageFile) files.push({ tag: info.defaultLanguageTag, file: info.defaultLanguageFile, isDefault: true });
  for (const extra of info.additionalLanguages || []) files.push({ tag: extra.languageTag, file: extra.file, isDefault: false });
  return files;
}

async function localizationErrors(manifest, files) {
  const errors = [];
  const keySets = [];
  for (const { tag, file, isDefault } of localizationFiles(manifest)) {
    if (!files.has(file)) { errors.push(`localization ${tag}: file ${file} is missing from the package`); continue; }
    const strings = parseJson(file, files.get(file), errors);
    if (!strings) continue;
    errors.push(...localizationSchemaErrors(file, strings));
    const keys = Object.keys(strings).filter((key) => key !== "$schema" && key !== "localizationKeys");
    keySets.push({ file, keys: new Set(keys) });
    for (const key of keys) {
      const inManifest = valueAt(manifest, key);
      if (inManifest === undefined) errors.push(`${file}: key ${key} matches nothing in manifest.json`);
      else if (isDefault && inManifest !== strings[key]) errors.push(`${file}: ${key} differs from manifest.json (the default language file must repeat the manifest's strings)`);
    }
  }
  for (const a of keySets) {
    for (const b of keySets) {
      for (const key of a.keys) if (!b.keys.has(key)) errors.push(`${b.file}: missing key ${key} (present in ${a.file})`);
    }
  }
  return errors;
}

/** Validates a package given as Map(file name → Buffer). Resolves to a list of error messages (empty = valid). */
async function validatePackage(files, { isZip = false } = {}) {
  const errors = [];
  if (!files.has("manifest.json")) return ["manifest.json is missing from the package root"];
  const manifest = parseJson("manifest.json", files.get("manifest.json"), errors);
  if (!manifest) return errors;
  errors.push(...await schemaErrors("manifest.json", manifest));

  const expected = new Set(["manifest.json"]);
  for (const [role, name] of Object.entries(manifest.icons || {})) {
    expected.add(name);
    if (!files.has(name)) errors.push(`icon ${role}: file ${name} is missing from the package`);
    else errors.push(...iconErrors(role, name, files.get(name)));
  }
  for (const { file } of localizationFiles(manifest)) expected.add(file);
  errors.push(...await localizationErrors(manifest, files));

  if (isZip) {
    for (const name of files.keys()) {
      if (name.includes("/") || name.includes("\\")) errors.push(`zip layout: ${name} is not at the zip root`);
      else if (!expected.has(name)) errors.push(`zip layout: unexpected file ${name}`);
    }
  }
  return errors;
}

function loadFiles(target) {
  if (target.toLowerCase().endsWith(".zip")) return { files: readZip(fs.readFileSync(target)), isZip: true };
  const directory = path.dirname(target);
  const files = new Map([["manifest.json", fs.readFileSync(target)]]);
  for (const name of fs.readdirSync(directory)) {
    const full = path.join(directory, name);
    if (name !== path.basename(target) && fs.statSync(full).isFile()) files.set(name, fs.readFileSync(full));
  }
  return { files, isZip: false };
}

async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error("usage: node tools/manifest/validate.js <package.zip | manifest.json>");
    process.exit(2);
  }
  const { files, isZip } = loadFiles(target);
  const errors = await validatePackage(files, { isZip });
  if (errors.length > 0) {
    console.error(`INVALID ${target}`);
    for (const error of errors) console.error(`  - ${error}`);
    process.exit(1);
  }
  const manifest = JSON.parse(files.get("manifest.json").toString("utf8").replace(/^\uFEFF/, ""));
  console.log(`OK ${target} (manifest ${manifest.manifestVersion}, app ${manifest.id}, version ${manifest.version})`);
}

module.exports = { validatePackage };

if (require.main === module) {
  main().catch((error) => {
    console.error(`INVALID ${process.argv[2]}: ${error.message}`);
    process.exit(1);
  });
}
