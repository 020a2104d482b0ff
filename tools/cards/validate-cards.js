#!/usr/bin/env node
// Usage: node tools/cards/validate-cards.js <file.json | folder> [...]
// Parses every card with the official adaptivecards renderer (version 1.5 context) and runs validateProperties().
// No DOM here, so cards are not rendered (the test harness renders them in headless Chromium).
// Exit code: 0 when every card is clean, 1 when any card has an error, 2 on usage errors.
"use strict";
const fs = require("fs");
const path = require("path");

const repositoryRoot = path.resolve(__dirname, "..", "..");
const AC = require(path.join(repositoryRoot, "node_modules", "adaptivecards", "dist", "adaptivecards.js"));
const { checkCard } = require("./card-checks.js");

function listJsonFiles(target) {
  const stat = fs.statSync(target);
  if (stat.isFile()) {
    return [target];
  }
  return fs
    .readdirSync(target, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) {
        return listJsonFiles(full);
      }
      return entry.name.endsWith(".json") ? [full] : [];
    })
    .sort();
}

function main(args) {
  if (args.length === 0) {
    console.error("usage: node tools/cards/validate-cards.js <file.json | folder> [...]");
    return 2;
  }
  const files = args.flatMap((target) => {
    if (!fs.existsSync(target)) {
      console.error(`not found: ${target}`);
      return [];
    }
    return listJsonFiles(target);
  });
  if (files.length === 0) {
    console.error("no .json files found");
    return 2;
  }

  const started = process.hrtime.bigint();
  let failed = 0;
  for (const file of files) {
    const result = checkCard(AC, fs.readFileSync(file, "utf8"), { targetVersion: "1.5" });
    if (result.errors.length > 0) {
      failed++;
    }
    for (const issue of result.errors) {
      console.log(`${file}: error ${issue.source}/${issue.code}: ${issue.message}`);
    }
    for (const issue of result.warnings) {
      console.log(`${file}: warning ${issue.source}/${issue.code}: ${issue.message}`);
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`${files.length - failed} valid, ${failed} invalid (${files.length} cards in ${ms.toFixed(0)} ms)`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
