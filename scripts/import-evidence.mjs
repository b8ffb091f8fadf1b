#!/usr/bin/env node
// Adds the evidence for first-time partners to the hand-edited data (issue 12), from the
// reference material (../shared/reference):
//   municipality_coords.tsv        → `location: {lat, lng}` on each municipality in municipalities.yaml
//   foreign_born_by_country.tsv    → data/born-abroad.yaml (written whole)
//   twin_towns_wikidata.tsv        → twinning relations in partnerships.yaml (new partners in partners.yaml)
//   partnerships_networks_2022.tsv → network rounds of existing KP pairs in partnerships.yaml
// Unlike import-reference.mjs it edits the YAML files in place and keeps every hand edit: a
// location line is replaced, a relation or partner that exists already is skipped. Running it
// again changes nothing. Never fills a gap: a kommun or cell the source lacks stays absent.
//
// usage: node scripts/import-evidence.mjs [REFERENCE_DIR]   (default ../shared/reference)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { fold as foldText, readTsv as readReferenceTsv, slug as referenceSlug } from './reference-tsv.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const refDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference'));
const dataDir = join(root, 'data');
const read = (f) => readFileSync(join(dataDir, f), 'utf8');
const write = (f, text) => writeFileSync(join(dataDir, f), text);

const readTsv = (name) => readReferenceTsv(refDir, name);
const fold = (s) => foldText(s).toLowerCase();
const slug = (s) => referenceSlug(s.replace(/\(.*?\)/g, ''));

const countries = parse(read('countries.yaml'));
const municipalities = parse(read('municipalities.yaml'));
const known = new Set(countries.map((c) => c.id));
const byCode = new Map(municipalities.filter((m) => m.code).map((m) => [m.code, m]));

// ---------------------------------------------------------------- locations

{
  const points = new Map(readTsv('municipality_coords.tsv').map((r) => [r.kommun_code, r]));
  const lines = read('municipalities.yaml').split('\n');
  const out = [];
  let current;
  for (const line of lines) {
    if (line.startsWith('- id: ')) current = municipalities.find((m) => m.id === line.slice(6).trim());
    if (line.startsWith('  location:')) continue; // replaced below
    out.push(line);
    // After the population line (or the county line when there is none), as in the records.
    const anchor = current?.population !== undefined ? '  population:' : '  county:';
    if (current?.kind === 'municipality' && line.startsWith(anchor)) {
      const p = points.get(current.code);
      if (p) out.push(`  location: {lat: ${Number(p.lat)}, lng: ${Number(p.lng)}}`);
    }
  }
  write('municipalities.yaml', out.join('\n'));
}

// ---------------------------------------------------------------- born abroad

{
  const SOURCE =
    'https://www.statistikdatabasen.scb.se/pxweb/en/ssd/START__BE__BE0101__BE0101E/FolkmRegFlandKCKM/';
  // SCB's codes for states that no longer exist, and the countries on their territory today.
  const FORMER = {
    YU: {
      name: '{en: Yugoslavia, sv: Jugoslavien}',
      today: ['BA', 'HR', 'ME', 'MK', 'RS', 'SI', 'XK'],
      counting:
        "born in the former Yugoslavia and recorded by SCB under that state, not under one of today's countries",
    },
    CS: {
      name: '{en: Serbia and Montenegro, sv: Serbien och Montenegro}',
      today: ['ME', 'RS', 'XK'],
      counting: 'born in Serbia and Montenegro (the state of 2003–2006) and recorded by SCB under that state',
    },
    SU: {
      name: '{en: Soviet Union, sv: Sovjetunionen}',
      // Only successors in countries.yaml (the rules check them); the others are named in `counting`.
      today: ['BY', 'EE', 'GE', 'LT', 'LV', 'MD', 'RU', 'UA'],
      counting:
        'born in the former Soviet Union and recorded by SCB under that state; its other successors (Armenia, Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan) are not in countries.yaml',
    },
  };
  const rows = readTsv('foreign_born_by_country.tsv');
  const areas = new Map();
  const skipped = new Set();
  for (const r of rows) {
    const code = r.scb_code;
    if (!areas.has(r.kommun_code))
      areas.set(r.kommun_code, { level: r.level, population: Number(r.population_total), counts: [] });
    if (r.status !== 'published') continue; // missing: SCB did not publish the cell (unknown, not zero)
    if (!(code in FORMER) && !known.has(code)) {
      if (code !== 'SE' && code !== 'OVFOD') skipped.add(code);
      continue;
    }
    areas.get(r.kommun_code).counts.push([code, Number(r.count)]);
  }
  const counts = (list) =>
    `{${list
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([c, n]) => `${c}: ${n}`)
      .join(', ')}}`;
  const national = areas.get('00');
  const out = [
    '# yaml-language-server: $schema=../schema/born-abroad.schema.json',
    '# Residents (folkbokförda) by country of birth, 31 Dec 2025: SCB, Statistikdatabasen table BE0101E/FolkmRegFlandKCKM',
    '# "Folkmängden efter region, födelseland och kön. År 2025" (both sexes; CC0), as transcribed in',
    '# ../shared/reference/foreign_born_by_country.tsv (scripts/import-evidence.mjs). People *born* abroad, not "of foreign background".',
    "# One record for Riket (the national reference, with SCB's former-state codes and the countries on their territory today),",
    "# then one per kommun or region SCB published (population = the table's own total, 31 Dec 2025).",
    '# A country absent from a record is UNKNOWN, not zero: SCB did not publish the cell (fewer than about 10 people are grouped',
    "# under 'övriga födelseländer'), or the category is not kept here. Kommuner absent from this file are unknown too (66 of 290).",
    `# Kept: the categories whose code is a country in countries.yaml, and the former states. Not kept (no partner country and no`,
    `# community a partner abroad hosts): ${[...skipped].sort().join(', ')}; SE (born in Sweden); OVFOD (the residual).`,
    '# This file is optional: a data directory without it has no diaspora evidence.',
    '',
    '- id: born-abroad-sweden',
    '  national: true',
    '  year: 2025',
    `  population: ${national.population}`,
    `  source: ${SOURCE}`,
    '  former_states:',
    ...Object.entries(FORMER).flatMap(([code, f]) => [
      `    ${code}:`,
      `      name: ${f.name}`,
      `      today: [${f.today.join(', ')}]`,
      `      counting: ${f.counting}`,
    ]),
    `  born_in: ${counts(national.counts)}`,
  ];
  let missingParty = 0;
  for (const [code, a] of areas) {
    if (a.level === 'national') continue;
    const party =
      a.level === 'county'
        ? municipalities.find((m) => m.kind === 'region' && m.code === code)
        : byCode.get(code);
    if (!party) {
      missingParty++;
      continue;
    }
    out.push(
      '',
      `- id: born-abroad-${party.id}`,
      `  party: ${party.id}`,
      '  year: 2025',
      `  population: ${a.population}`,
      `  born_in: ${counts(a.counts)}`,
    );
  }
  if (missingParty)
    console.error(`born-abroad: ${missingParty} regions without a party in municipalities.yaml`);
  write('born-abroad.yaml', `${out.join('\n')}\n`);
}

// ---------------------------------------------------------------- twin towns and network rounds

const partners = parse(read('partners.yaml'));
const partnerships = parse(read('partnerships.yaml'));
const ids = new Set([...countries, ...municipalities, ...partners, ...partnerships].map((r) => r.id));
const related = (a, b) => partnerships.some((p) => p.parties.includes(a) && p.parties.includes(b));
/** Wikidata items whose partner the data already holds under another spelling. */
const SAME_PARTNER = { Q1734655: 'kartung' };
const newPartners = [];
const newRelations = [];

for (const r of readTsv('twin_towns_wikidata.tsv')) {
  const swedish = byCode.get(r.kommun_code);
  if (!swedish) throw new Error(`twin towns: no municipality with code ${r.kommun_code}`);
  if (!known.has(r.iso2)) throw new Error(`twin towns: ${r.iso2} is not in countries.yaml`);
  const names = new Set([r.partner, r.partner.replace(/\s*\(.*\)$/, ''), r.partner_label].map(fold));
  let partner =
    partners.find((p) => p.id === SAME_PARTNER[r.partner_wikidata_qid]) ??
    partners.find(
      (p) => p.country === r.iso2 && [p.name, ...(p.aliases ?? [])].some((n) => names.has(fold(n))),
    );
  if (!partner) {
    const base = r.partner.replace(/\s*\(.*\)$/, '');
    partner = { id: slug(base), name: base, country: r.iso2, aliases: [] };
    if (ids.has(partner.id)) partner.id = `${partner.id}-${r.iso2.toLowerCase()}`;
    for (const a of [r.partner_label, r.partner.match(/\((.*)\)/)?.[1]])
      if (a && fold(a) !== fold(base) && !partner.aliases.includes(a)) partner.aliases.push(a);
    ids.add(partner.id);
    partners.push(partner);
    newPartners.push(partner);
  }
  if (related(swedish.id, partner.id)) continue;
  let id = `${swedish.id}-${partner.id}`;
  if (ids.has(id)) id = `${id}-twinning`;
  ids.add(id);
  const rel = {
    id,
    programme: 'twinning',
    parties: [swedish.id, partner.id],
    countries: [r.iso2],
    when: 'listed on Wikidata in 2016 (property P190, crawled 2016-09-10); may have ended since',
    phase_text: 'twin town (Wikidata)',
    ...(r.flag && { uncertain: r.flag.replace(/^UNCERTAIN:\s*/, '') }),
    source: `https://www.wikidata.org/wiki/${r.partner_wikidata_qid}`,
  };
  partnerships.push(rel);
  newRelations.push(rel);
}

// The network rounds: which pair each row names, and its themes as ids.
const NETWORK_PAIRS = {
  'Region Västerbotten + Umeå|Kisumu County': {
    parties: ['region-vasterbotten', 'umea', 'kisumu-county'],
    themes: ['health', 'climate-adaptation'],
  },
  'Region Västernorrland|Mombasa County': {
    parties: ['region-vasternorrland', 'mombasa-county'],
    themes: ['sustainable-consumption'],
  },
  'Lidköping|Lusaka': { parties: ['lidkoping', 'lusaka'], themes: ['climate'] },
};
for (const r of readTsv('partnerships_networks_2022.tsv')) {
  const pair = NETWORK_PAIRS[`${r.swedish_party}|${r.partner}`];
  if (!pair) throw new Error(`networks: no pair for ${r.swedish_party} – ${r.partner}`);
  const same = (p) => pair.parties.every((x) => p.parties.includes(x));
  if (!partnerships.some(same)) throw new Error(`networks: ${r.swedish_party} – ${r.partner} is not a pair`);
  if (partnerships.some((p) => same(p) && /climate action/i.test(p.network ?? ''))) continue;
  const id = `${pair.parties[0]}-${pair.parties.at(-1)}-climate-network`;
  const [start, end] = r.years.match(/\d{4}/g).map(Number);
  const rel = {
    id,
    programme: 'kp',
    parties: pair.parties,
    countries: [...new Set(partnerships.find(same).countries)],
    start,
    end,
    when: r.years,
    phases: ['network'],
    phase_text: r.phase,
    network: 'Climate Action Network',
    themes: pair.themes,
    themes_text: r.themes,
    source: r.source_url,
  };
  partnerships.push(rel);
  newRelations.push(rel);
}

// Written as the files write records: block style, flow lists, one blank line between records.
const scalar = (v) =>
  typeof v === 'number' || /^[\p{L}\d][\p{L}\d .,'’()/–-]*$/u.test(v) ? String(v) : JSON.stringify(v);
const block = (r) =>
  `${Object.entries(r)
    .filter(([, v]) => !(Array.isArray(v) && !v.length))
    .map(
      ([k, v], i) =>
        `${i ? '  ' : '- '}${k}: ${Array.isArray(v) ? `[${v.map(scalar).join(', ')}]` : scalar(v)}`,
    )
    .join('\n')}\n`;

if (newPartners.length) {
  // At the end of the partner's country section ("# --- Name"), or a new section at the end.
  let text = read('partners.yaml');
  for (const p of newPartners) {
    const name = countries.find((c) => c.id === p.country).name.en;
    const header = `# --- ${name}\n`;
    const at = text.indexOf(header);
    if (at < 0) text = `${text.trimEnd()}\n\n${header}${block(p)}`;
    else {
      const next = text.indexOf('\n# --- ', at + header.length);
      const end = next < 0 ? text.trimEnd().length : next;
      text = `${text.slice(0, end).trimEnd()}\n\n${block(p)}${text.slice(end)}`;
    }
  }
  write('partners.yaml', text.endsWith('\n') ? text : `${text}\n`);
}
if (newRelations.length) {
  const text = read('partnerships.yaml').trimEnd();
  const head =
    '# --- Twin towns from Wikidata (2016) and ICLD network rounds 2022–2025 (scripts/import-evidence.mjs)';
  const body = newRelations.map(block).join('\n');
  write('partnerships.yaml', `${text}${text.includes(head) ? '' : `\n\n${head}`}\n${body}`);
}
console.log(`import-evidence: ${newPartners.length} partners and ${newRelations.length} relations added`);
