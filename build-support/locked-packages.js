// Installs a folder's pinned npm packages for a build step, once.
//
//   require('../../build-support/locked-packages.js').ensureInstalled(dir)
//
// Runs `npm ci` in `dir` unless its node_modules already holds exactly the packages of its
// package-lock.json (npm's hidden lockfile says so). Skipping matters: `npm ci` deletes and fetches
// node_modules again, under any build running beside this one.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function installed(dir) {
  const hidden = path.join(dir, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(hidden)) return false;
  const want = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8')).packages;
  const have = JSON.parse(fs.readFileSync(hidden, 'utf8')).packages;
  return Object.keys(want)
    .filter((k) => k !== '')
    .every((k) => have[k] && have[k].version === want[k].version && have[k].integrity === want[k].integrity);
}

function ensureInstalled(dir) {
  if (!installed(dir)) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
}

module.exports = { ensureInstalled };
