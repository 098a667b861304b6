#!/usr/bin/env node
// Copies the web UI's offline basemap and its reader into the server's resources.
//
//   node build.js OUTPUT_DIR
//
// Installs the pinned npm packages (npm ci), then writes, under
// OUTPUT_DIR/org/sitrep/server/web/vendor/:
//   countries-50m.json       Natural Earth 1:50m countries as TopoJSON (world-atlas; public domain data)
//   topojson-client.min.js   the reader that turns it into GeoJSON in the browser (ISC)
//   *.LICENSE                the packages' licences
// Skips both steps when the outputs are newer than this script and package-lock.json, so repeated
// Maven builds stay offline and fast.
'use strict';

const fs = require('fs');
const path = require('path');
const { ensureInstalled } = require('../../build-support/locked-packages.js');

const HERE = __dirname;
const VENDOR = path.join('org', 'sitrep', 'server', 'web', 'vendor');
// [package, file inside the package, name served]
const FILES = [
  ['world-atlas', 'countries-50m.json', 'countries-50m.json'],
  ['world-atlas', 'LICENSE', 'world-atlas.LICENSE'],
  ['topojson-client', path.join('dist', 'topojson-client.min.js'), 'topojson-client.min.js'],
  ['topojson-client', 'LICENSE', 'topojson-client.LICENSE'],
];

function main() {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node build.js OUTPUT_DIR');
  const out = path.join(outDir, VENDOR);
  if (upToDate(out)) {
    console.log('basemap: up to date: ' + out);
    return;
  }
  ensureInstalled(HERE);
  fs.mkdirSync(out, { recursive: true });
  for (const [pkg, file, name] of FILES) {
    fs.copyFileSync(path.join(HERE, 'node_modules', pkg, file), path.join(out, name));
  }
  console.log(`basemap: ${FILES.length} files: ${out}`);
}

function upToDate(out) {
  const oldest = Math.min(
    ...FILES.map(([, , name]) => {
      const file = path.join(out, name);
      return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
    }),
  );
  return ['build.js', 'package-lock.json'].every(
    (f) => fs.statSync(path.join(HERE, f)).mtimeMs < oldest,
  );
}

main();
