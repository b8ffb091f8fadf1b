#!/usr/bin/env node
// Generates data/{countries,municipalities,partners,partnerships}.yaml from the reference material
// (../shared/reference/*.tsv) and the curated tables below (partner merges, theme tags, years read
// from each row, programme of each relation). data/themes.yaml is written by hand and only read here.
//
// This was used for the FIRST generation of the shipped data. After that the YAML files are edited by
// hand: running this again overwrites those edits. Deterministic: same input, same output.
//
// usage: node scripts/import-reference.mjs [REFERENCE_DIR]   (default ../shared/reference)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isScalar, parse, visit } from 'yaml';
import { fold, readTsv as readReferenceTsv, slug } from './reference-tsv.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const refDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference'));
const dataDir = join(root, 'data');

// ---------------------------------------------------------------- helpers

const readTsv = (name) => readReferenceTsv(refDir, name);

const uniq = (xs) => [...new Set(xs.filter(Boolean))];
const words = (s) => (s ? s.split(/\s+/).filter(Boolean) : []);
const PHASE = { f: 'forberedelse', p: 'projekt', n: 'network' };
const phases = (s) => words(s).map((x) => PHASE[x]);
const die = (msg) => {
  console.error(`import-reference: ${msg}`);
  process.exit(1);
};

// ---------------------------------------------------------------- countries

const EARLY20 = [
  'AL',
  'BA',
  'GE',
  'XK',
  'MK',
  'MD',
  'RS',
  'TR',
  'UA',
  'BY',
  'IN',
  'ID',
  'CN',
  'VN',
  'BW',
  'KE',
  'NA',
  'ZA',
  'TZ',
  'UG',
];
// Countries that only twin towns or other relations need. Codes, names, other forms (official names,
// altSpellings), region and subregion from the packages the reference used (world-countries 5.1.0,
// i18n-iso-countries 7.14.0).
const EXTRA_COUNTRIES = [
  [
    'NO',
    'NOR',
    'Norway',
    'Norge',
    ['Kingdom of Norway', 'Noreg', 'Kongeriket Norge', 'Kongeriket Noreg', 'Konungariket Norge'],
    'Europe',
    'Northern Europe',
  ],
  [
    'DK',
    'DNK',
    'Denmark',
    'Danmark',
    ['Kingdom of Denmark', 'Kongeriget Danmark', 'Konungariket Danmark'],
    'Europe',
    'Northern Europe',
  ],
  [
    'FI',
    'FIN',
    'Finland',
    'Finland',
    ['Republic of Finland', 'Suomi', 'Suomen tasavalta', 'Republiken Finland'],
    'Europe',
    'Northern Europe',
  ],
  [
    'IS',
    'ISL',
    'Iceland',
    'Island',
    ['Republic of Iceland', 'Lýðveldið Ísland'],
    'Europe',
    'Northern Europe',
  ],
  [
    'DE',
    'DEU',
    'Germany',
    'Tyskland',
    ['Federal Republic of Germany', 'Bundesrepublik Deutschland', 'Förbundsrepubliken Tyskland'],
    'Europe',
    'Western Europe',
  ],
  [
    'PL',
    'POL',
    'Poland',
    'Polen',
    ['Republic of Poland', 'Rzeczpospolita Polska', 'Republiken Polen'],
    'Europe',
    'Central Europe',
  ],
  [
    'CZ',
    'CZE',
    'Czechia',
    'Tjeckien',
    ['Czech Republic', 'Česká republika', 'Česko', 'Republiken Tjeckien'],
    'Europe',
    'Central Europe',
  ],
  [
    'GB',
    'GBR',
    'United Kingdom',
    'Storbritannien',
    [
      'United Kingdom of Great Britain and Northern Ireland',
      'UK',
      'Great Britain',
      'Förenade konungariket Storbritannien och Nordirland',
    ],
    'Europe',
    'Northern Europe',
  ],
  [
    'FR',
    'FRA',
    'France',
    'Frankrike',
    ['French Republic', 'République française', 'Republiken Frankrike'],
    'Europe',
    'Western Europe',
  ],
  [
    'PT',
    'PRT',
    'Portugal',
    'Portugal',
    ['Portuguese Republic', 'Portuguesa', 'República Portuguesa', 'Republiken Portugal'],
    'Europe',
    'Southern Europe',
  ],
  [
    'IT',
    'ITA',
    'Italy',
    'Italien',
    ['Italian Republic', 'Repubblica italiana', 'Republiken Italien'],
    'Europe',
    'Southern Europe',
  ],
  [
    'ES',
    'ESP',
    'Spain',
    'Spanien',
    ['Kingdom of Spain', 'Reino de España', 'Konungariket Spanien'],
    'Europe',
    'Southern Europe',
  ],
  [
    'HR',
    'HRV',
    'Croatia',
    'Kroatien',
    ['Republic of Croatia', 'Hrvatska', 'Republika Hrvatska', 'Republiken Kroatien'],
    'Europe',
    'Southeast Europe',
  ],
  ['RO', 'ROU', 'Romania', 'Rumänien', ['Rumania', 'Roumania', 'România'], 'Europe', 'Southeast Europe'],
  [
    'BG',
    'BGR',
    'Bulgaria',
    'Bulgarien',
    ['Republic of Bulgaria', 'Република България', 'Republiken Bulgarien'],
    'Europe',
    'Southeast Europe',
  ],
  [
    'RU',
    'RUS',
    'Russia',
    'Ryssland',
    ['Russian Federation', 'Российская Федерация', 'Ryska federationen'],
    'Europe',
    'Eastern Europe',
  ],
  [
    'US',
    'USA',
    'United States',
    'USA',
    ['United States of America', 'U.S.A.', 'U.S.', 'Amerikas förenta stater'],
    'Americas',
    'North America',
  ],
  [
    'NI',
    'NIC',
    'Nicaragua',
    'Nicaragua',
    ['Republic of Nicaragua', 'República de Nicaragua', 'Republiken Nicaragua'],
    'Americas',
    'Central America',
  ],
  [
    'GM',
    'GMB',
    'Gambia',
    'Gambia',
    ['Republic of the Gambia', 'The Gambia', 'Republiken Gambia'],
    'Africa',
    'Western Africa',
  ],
];

function buildCountries() {
  const rows = readTsv('countries.tsv');
  const out = rows.map((r) => {
    const lists = [];
    if (EARLY20.includes(r.iso2)) lists.push('early20');
    if (r.icld_list_21_sv_older === 'yes') lists.push('list21');
    if (r.icld_list_19 === 'yes') lists.push('list19');
    if (r.icld_clusters_latest_en) lists.push('latest');
    const split = (s) => (s ? s.split('|').map((x) => x.trim()) : []);
    let notes = r.notes || undefined;
    if (r.iso2 === 'RW') {
      notes =
        "Only one secondary source (Hälsingerådet) places Rwanda in ICLD's latest East Africa cluster; ICLD's own latest list does not name it.";
    }
    return {
      id: r.iso2,
      iso3: r.iso3 || undefined,
      name: { en: r.name_en, sv: r.name_sv },
      aliases: uniq([...split(r.alt_names_en), ...split(r.alt_names_sv)]).filter(
        (a) => a !== r.name_en && a !== r.name_sv,
      ),
      region: r.region || undefined,
      subregion: r.subregion || undefined,
      icld_cluster: r.icld_clusters_latest_en || undefined,
      icld_lists: lists,
      notes,
    };
  });
  for (const [id, iso3, en, sv, aliases, region, subregion] of EXTRA_COUNTRIES) {
    if (out.some((c) => c.id === id)) die(`extra country ${id} is already in countries.tsv`);
    out.push({
      id,
      iso3,
      name: { en, sv },
      aliases,
      region,
      subregion,
      notes: 'Added for twin-town relations; not an ICLD partner country.',
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- Swedish parties

const ALMEDALEN = 'https://icld.se/artikel/en-var-full-av-kommunbesok/';
const SEED_004 = 'seed: "Allt startade i Almedalen" (Borlänge kommun press text)';
const SEED_002 =
  'seed: "Olikheter i Borlänge skapar partnerskap med globala mål" (article on Borlänge and Lodwar)';
const ACTIVE_2017 =
  'Programme-active municipality at ICLD\'s Almedalen workshop "Inclusive municipalities for refugees" (July 2017): "de programaktiva kommunerna ... bidrog med relevanta erfarenheter från sina partnerskap".';
const INVITED_2017 =
  'Specially invited to ICLD\'s Almedalen workshop "Inclusive municipalities for refugees" (July 2017) as a municipality not active in KP: "De speciellt inbjudna kommunerna som idag inte är aktiva inom programmet ... var nyfikna på hur programmet fungerar i praktiken och bidrog med sina erfarenheter kring inkluderande städer för flyktingar."';
const NETWORK_2012 =
  'Member of the network of Borlänge, Falköping, Lindesberg and Nässjö on refugee reception and integration, started in Almedalen 2012 ("förbättra förutsättningarna för kommuner som tar emot många invandrare och flyktingar").';

// Per municipality (by SCB name): aliases and what the seed texts record.
const MUNICIPALITY_EXTRA = {
  Stockholm: { aliases: ['Stockholms stad', 'Stockholm stad'] },
  Göteborg: { aliases: ['Gothenburg', 'Göteborgs stad'] },
  Malmö: { aliases: ['Malmö stad'], notes: ACTIVE_2017, sources: [ALMEDALEN] },
  Helsingborg: { aliases: ['Helsingborgs stad'] },
  Västerås: { aliases: ['Västerås stad'] },
  Borås: { aliases: ['Borås stad', 'Borås City'] },
  Falun: { aliases: ['Falu kommun'] },
  Berg: { aliases: ['Bergs kommun'] },
  Haparanda: { aliases: ['Haparanda stad'] },
  Gotland: {
    aliases: ['Region Gotland', 'Gotlands kommun'],
    regional_duties: true,
    notes: `A municipality that also carries regional (landsting) duties and calls itself Region Gotland. ${ACTIVE_2017}`,
    sources: [ALMEDALEN],
  },
  Ale: { notes: ACTIVE_2017, sources: [ALMEDALEN] },
  Alingsås: { notes: ACTIVE_2017, sources: [ALMEDALEN] },
  Lidingö: { notes: ACTIVE_2017, sources: [ALMEDALEN] },
  Linköping: { notes: ACTIVE_2017, sources: [ALMEDALEN] },
  Borlänge: {
    interests: ['refugees', 'violent-extremism-prevention'],
    notes: `${ACTIVE_2017} ${NETWORK_2012} Pilot municipality in the work against violent extremism ("pilotkommun i arbetet mot våldsbejakande extremism"). About eight per cent of residents have Somali origin ("Åtta procent av invånarna har somaliskt ursprung"); Borlänge chose Lodwar because both host many Somali refugees.`,
    sources: [ALMEDALEN, SEED_004, SEED_002],
  },
  Falköping: { interests: ['refugees'], notes: NETWORK_2012, sources: [SEED_004] },
  Lindesberg: { interests: ['refugees'], notes: NETWORK_2012, sources: [SEED_004] },
  Nässjö: { interests: ['refugees'], notes: NETWORK_2012, sources: [SEED_004] },
  Karlstad: { kp_status: 'interested', interests: ['refugees'], notes: INVITED_2017, sources: [ALMEDALEN] },
  Lerum: { kp_status: 'interested', interests: ['refugees'], notes: INVITED_2017, sources: [ALMEDALEN] },
  Trollhättan: {
    kp_status: 'interested',
    interests: ['refugees'],
    notes: INVITED_2017,
    sources: [ALMEDALEN],
  },
  Lund: {
    interests: ['refugees', 'education'],
    notes: `${INVITED_2017} In May 2017 Lund and Hangzhou wanted to cooperate on education ("Kommunerna vill samarbeta inom utbildning"); applications after their 2010 förberedelse had not been granted.`,
    sources: [ALMEDALEN],
  },
  Ekerö: {
    interests: ['refugees', 'civil-society'],
    notes:
      'In June 2017 not active in KP and seeking a partner ("Ekerö kommun söker just nu en samarbetskommun i ett av ICLDs samarbetsländer") to share its project "Öar utan gränser", in which the municipality works with civil society to welcome newly arrived residents ("välkomna nyanlända mälaröbor"), create meeting places and make participation easier.',
    sources: [ALMEDALEN],
  },
  Härryda: {
    notes:
      'In June 2017 hosted a network meeting for nearby KP municipalities: Vänersborg, Borås, Alingsås, Skövde, Mölndal and Ale ("nätverksträff för närliggande KP-kommuner").',
    sources: [ALMEDALEN],
  },
};

const REGION_EXTRA = {
  'Region Västernorrland': { aliases: ['Landstinget Västernorrland'] },
  'Region Västerbotten': { aliases: ['Västerbottens läns landsting', 'Västerbotten County Council'] },
  'Region Kalmar län': { aliases: ['Region Kalmar'] },
};

const ASSOCIATIONS = [
  { id: 'sjuharads-kommunalforbund', kind: 'association', name: 'Sjuhärads kommunalförbund', aliases: [] },
  {
    id: 'regionforbundet-sodra-smaland',
    kind: 'association',
    name: 'Regionförbundet Södra Småland',
    aliases: [],
  },
];

function buildMunicipalities() {
  const rows = readTsv('sweden_municipalities.tsv');
  const bySlug = new Map();
  for (const r of rows) bySlug.set(slug(r.name), [...(bySlug.get(slug(r.name)) ?? []), r]);
  const municipalities = rows.map((r) => {
    // On a slug collision (Habo/Håbo) the name that is already plain ASCII keeps the plain slug and the
    // other gets its SCB code appended.
    const clash = bySlug.get(slug(r.name)).length > 1 && fold(r.name) !== r.name;
    const x = MUNICIPALITY_EXTRA[r.name] ?? {};
    return {
      id: clash ? `${slug(r.name)}-${r.code}` : slug(r.name),
      kind: 'municipality',
      name: r.name,
      code: r.code,
      county: r.county,
      population: Number(r.population),
      aliases: x.aliases ?? [],
      kp_status: x.kp_status,
      regional_duties: x.regional_duties,
      interests: x.interests ?? [],
      notes: x.notes,
      sources: x.sources ?? [],
    };
  });
  for (const name of Object.keys(MUNICIPALITY_EXTRA))
    if (!rows.some((r) => r.name === name)) die(`no municipality ${name}`);
  const regions = readTsv('sweden_regions.tsv')
    .filter((r) => r.region_name !== 'Region Gotland') // the municipality Gotland (0980) carries regional duties
    .map((r) => ({
      id: slug(r.region_name),
      kind: 'region',
      name: r.region_name,
      code: r.county_code,
      county: r.county_name,
      population: Number(r.population_2024),
      aliases: REGION_EXTRA[r.region_name]?.aliases ?? [],
      interests: [],
      sources: [],
    }));
  return [...municipalities, ...regions, ...ASSOCIATIONS.map((a) => ({ ...a, interests: [], sources: [] }))];
}

// ---------------------------------------------------------------- partners abroad

// One record per real entity: [id, name, country, aliases, extra]. Aliases are the spellings and
// organisational forms the sources use.
const P = [];
const partner = (id, name, country, aliases = [], extra = {}) =>
  P.push({ id, name, country, aliases, ...extra });

// Kenya
partner('lodwar', 'Lodwar', 'KE', [], {
  notes:
    'Borlänge chose Lodwar after an ICLD seminar in Almedalen because both have received many Somali refugees; in the förstudie they would focus on "fysisk planering, entreprenörskap och kvinnors utsatta situation" and SDGs 11, 5 and 1 (seed "Olikheter i Borlänge skapar partnerskap med globala mål", no URL).',
});
partner('mois-bridge', "Moi's Bridge", 'KE');
partner('mombasa-county', 'Mombasa County', 'KE', ['Mombasa']);
partner('kajiado-county', 'Kajiado County', 'KE', ['Kajiado County Government']);
partner('machakos-county', 'Machakos County', 'KE', ['Machakos County Government']);
partner('homa-bay-county', 'Homa Bay County', 'KE', ['Homa Bay County Government', 'Homa Bay']);
partner('kisumu-county', 'Kisumu County', 'KE', [], {
  notes:
    'ICLD lists the partnership with Region Västerbotten and Umeå as with "Kisumu County (and Lake Victoria Basin counties)".',
});
partner('muranga-county', "Murang'a County", 'KE', ["Murang'a", 'Muranga']);
partner('mfangano-island', 'Mfangano Island', 'KE');
partner('elgeyo-marakwet-county', 'Elgeyo Marakwet County', 'KE');
partner('uasin-gishu-county', 'Uasin Gishu County', 'KE', [], {
  notes: "Norrköping's project works on solid waste management in Eldoret (Kipkenyo landfill).",
});
partner('kimilili', 'Kimilili', 'KE');
// Uganda
partner('masaka', 'Masaka', 'UG', ['Masaka District Local Government Council']);
partner('jinja', 'Jinja City', 'UG', [
  'Jinja',
  'Jinja Municipality',
  'Jinja Municipal Council',
  'Jinja City Council',
]);
partner('busia', 'Busia Municipality', 'UG', ['Busia Municipal Council', 'Busia'], {
  notes: "Robertsfors's partner and the municipality in ICLD's partner-seeker profile are the same.",
});
partner('ishongororo', 'Ishongororo Town Council', 'UG', ['Ishongororo']);
partner('soroti', 'Soroti Municipality', 'UG', ['Soroti']);
partner('entebbe', 'Entebbe', 'UG', ['Entebbe Municipal Council']);
partner('mukono', 'Mukono', 'UG', ['Mukono Municipality', 'Mukono Town Council']);
partner('manafwa', 'Manafwa', 'UG', [], { notes: 'The source calls it "district/municipality".' });
partner('lugazi', 'Lugazi', 'UG');
partner('kampala', 'Kampala', 'UG');
// Tanzania
partner('makunduchi', 'Makunduchi', 'TZ', ['Makunduchi Ward Council'], {
  notes: 'Ward council in Zanzibar.',
});
partner('rombo-district', 'Rombo District', 'TZ', ['Rombo']);
partner('hai-district', 'Hai District', 'TZ', ['Hai']);
partner('moshi', 'Moshi', 'TZ');
partner('emboreet', 'Emboreet', 'TZ', [], { notes: 'In Simanjiro district.' });
partner('ilala-municipality', 'Ilala Municipality', 'TZ', ['Ilala'], { notes: 'In Dar es Salaam.' });
partner('muheza-district', 'Muheza District', 'TZ', ['Muheza']);
// Zambia
partner('luanshya', 'Luanshya', 'ZM', [], {
  notes: 'Matched with Arvidsjaur by ICLD at a matchmaking meeting in Kiruna in 2014.',
});
partner('lusaka', 'City of Lusaka', 'ZM', ['Lusaka City Council', 'Lusaka']);
partner('chililabombwe', 'Chililabombwe', 'ZM', ['Chililiabombwe']);
partner('rufunsa-district', 'Rufunsa District', 'ZM', ['Rufunsa']);
partner('lundazi-district-council', 'Lundazi District Council', 'ZM', ['Lundazi']);
partner('solwezi', 'Solwezi', 'ZM', ['Solwesi Municipal Council', 'Solwezi Municipal Council']);
partner('livingstone', 'Livingstone', 'ZM');
partner('kapiri-mposhi', 'Kapiri Mposhi Town Council', 'ZM', ['Kapiri Mposhi']);
partner('chitambo', 'Chitambo Town Council', 'ZM', ['Chitambo']);
partner('lufwanyama', 'Lufwanyama Town Council', 'ZM', ['Lufwanyama']);
partner('kalabo', 'Kalabo District Council', 'ZM', ['Kalabo']);
// Zimbabwe
partner('victoria-falls', 'Victoria Falls', 'ZW', ['City of Victoria Falls']);
// Botswana
partner('ghanzi', 'Ghanzi', 'BW');
partner('gaborone', 'Gaborone City', 'BW', ['Gaborone']);
partner('francistown', 'Francistown', 'BW', ['Francistown City Council'], {
  population: 100000,
  population_note:
    'ungefär 100 000 invånare; Botswanas näst största stad efter huvudstaden Gaborone (Lunds kommun, 9 November 2020)',
  notes:
    'Lund came into contact with Francistown through ICLD; in November 2020 Lund decided to apply with Francistown for a KP partnership and to take part in the förberedelse (seed "Lund ansöker om kommunalt partnerskap med Francistown i Botswana").',
});
partner('lobatse', 'Lobatse Town Council', 'BW', ['Lobatse']);
partner('palapye', 'Palapye', 'BW', ['Palapye Administrative Authority'], {
  notes:
    "ICLD's partner-seeker profile (Palapye Administrative Authority) notes that Palapye later partnered with Valdemarsvik.",
});
partner('chobe-district-council', 'Chobe District Council', 'BW', ['Chobe']);
partner('north-west-district-council', 'North West District Council', 'BW');
partner('selebi-phikwe', 'Selebi-Phikwe Town Council', 'BW', ['Selebi-Phikwe']);
// South Africa
partner(
  'jb-marks',
  'JB Marks Local Municipality',
  'ZA',
  ['JB Marks', 'JB Marks Municipality', 'NW 405', 'NW 405 Municipality', 'Tlokwe', 'Tlokwe City Council'],
  {
    notes:
      'Tlokwe, NW 405 and JB Marks are one municipality after a merger (the sources write "NW 405 Municipality (Tlokwe; later JB Marks)").',
  },
);
partner('nelson-mandela-bay', 'Nelson Mandela Bay', 'ZA', ['Nelson Mandela Bay Municipality']);
partner('mogale-city', 'Mogale City', 'ZA', ['Mogale Local Municipality']);
partner('sundays-river-valley', 'Sundays River Valley Municipality', 'ZA', ['Sundays River Valley'], {
  notes: 'Partners with Falkenberg together with Sarah Baartman District Municipality.',
});
partner('sarah-baartman-district', 'Sarah Baartman District Municipality', 'ZA', ['Sarah Baartman']);
partner('stellenbosch', 'Stellenbosch', 'ZA', [], {
  notes: 'ICLD chose Stellenbosch as the partner for Jönköping.',
});
partner('buffalo-city', 'Buffalo City', 'ZA');
partner('alfred-nzo-district', 'Alfred Nzo District Municipality', 'ZA', ['Alfred Nzo']);
partner('cape-agulhas', 'Cape Agulhas', 'ZA');
partner('pretoria', 'Pretoria', 'ZA');
partner('saldanha-bay', 'Saldanha Bay Local Municipality', 'ZA', ['Saldanha Bay']);
partner('drakenstein', 'Drakenstein', 'ZA');
partner('overstrand', 'Overstrand', 'ZA');
partner('bergrivier', 'Bergrivier', 'ZA');
partner('sol-plaatje', 'Sol Plaatje', 'ZA', ['Kimberley'], {
  notes:
    'The sources write "Sol Plaatje (Kimberley)" (Falun and Borlänge) and "Kimberley" (Falun\'s twin-town list).',
});
partner('midvaal', 'Midvaal Local Municipality', 'ZA', ['Midvaal']);
// Namibia
partner('tsumeb', 'Tsumeb', 'NA');
partner('ondangwa', 'Ondangwa', 'NA');
partner('mariental', 'Mariental Municipality', 'NA', ['Mariental']);
partner('kavango-regional-council', 'Kavango Regional Council', 'NA', ['Kavango']);
// Moldova
partner('budesti', 'Budești', 'MD', ['Budeeti', 'Budesti']);
partner('chisinau', 'Chișinău', 'MD', ['Chisinau']);
// Ukraine
partner('zmiivka', 'Zmiivka', 'UA', ['Zmijivka'], { notes: 'Now part of the Beryslav community (hromada).' });
partner('beryslav', 'Beryslav', 'UA', ['Berislav']);
partner('chortkiv', 'Chortkiv', 'UA');
partner('slavuta', 'Slavuta', 'UA');
partner('ternopil', 'Ternopil', 'UA');
partner('kopychyntsi', 'Kopychyntsi', 'UA', ['Kopychynitsi']);
partner('berdychiv', 'Berdychiv', 'UA');
partner('poltava', 'Poltava', 'UA');
partner('lutsk', 'Lutsk', 'UA');
partner('kherson', 'Kherson', 'UA', ['Cherson']);
partner('kamianets-podilskyi', 'Kamianets-Podilskyi', 'UA', [
  'Kamjanets-Podilskyj',
  'Kamyanets Podilskiy',
  'Kamjanec Podilskiy',
]);
partner('krolevets', 'Krolevets', 'UA');
partner('slobozhanske', 'Slobozhanske', 'UA', ['Slobozhanska hromada'], { notes: 'In Kharkiv oblast.' });
partner('ivano-frankivsk', 'Ivano-Frankivsk', 'UA');
partner('chuhuiv', 'Chuhuiv', 'UA');
partner('uman', 'Uman', 'UA');
partner('lviv', 'Lviv', 'UA');
partner('shepetivka', 'Shepetivka', 'UA');
partner('khotyn', 'Khotyn', 'UA');
partner('brovary', 'Brovary', 'UA', [], {
  notes: 'Hosts about 30,000 internally displaced people (source of the Gävle relation, 2025).',
});
partner('vasylkiv', 'Vasylkiv', 'UA', ['Vasylkivska hromada'], { notes: 'In Kyiv oblast.' });
partner(
  'vinnytsia-oblast-hromadas',
  'Vinnytsia oblast hromadas (Vinnytsia Regional Association of Local Self-Government Bodies)',
  'UA',
  ['Vinnytsia Regional Association of Local Self-Government Bodies'],
  {
    notes:
      'Group record: the source names the hromadas of Vinnytsia oblast only collectively, through their regional association.',
  },
);
partner('bilohorodka', 'Bilohorodka', 'UA', [], { notes: 'In Kyiv region.' });
partner('novoukrainka', 'Novoukrainka', 'UA', ['Novoukrainka community']);
partner('bila-tserkva', 'Bila Tserkva', 'UA', ['Bilotserkivska hromada'], { notes: 'In Kyiv oblast.' });
partner('kalush', 'Kalush', 'UA');
// Lithuania
partner('ukmerge', 'Ukmergė', 'LT', ['Ukmergé']);
// Georgia
partner('tbilisi', 'Tbilisi', 'GE', ['Tblisi']);
partner('kutaisi', 'Kutaisi', 'GE');
partner('zugdidi', 'Zugdidi', 'GE');
partner('poti', 'Poti', 'GE', ['Poti Sakrebulo']);
// Kosovo
partner('vushtrri', 'Vushtrri', 'XK', ['Komuna Vushtrri']);
partner('peja', 'Peja', 'XK', ['Pejë', 'Peć']);
// Bosnia and Herzegovina
partner('bihac', 'Bihać', 'BA', ['Bihac'], {
  notes: 'Norrköping found Bihać through the Bosnian community in Norrköping.',
});
partner('brod', 'Brod', 'BA');
partner('kozarska-dubica', 'Kozarska Dubica', 'BA');
partner('sarajevo', 'Sarajevo', 'BA', ['Grad Sarajevo']);
// Serbia
partner('vracar', 'Vračar', 'RS', ['Vračar Municipality', 'Vracar']);
partner('subotica', 'Subotica', 'RS');
partner('bujanovac', 'Bujanovac Municipality', 'RS', ['Bujanovac']);
partner('prokuplje', 'Prokuplje', 'RS');
// Vietnam, China, Indonesia, India
partner('da-nang', 'Da Nang', 'VN');
partner('thai-nguyen', 'Thai Nguyen', 'VN');
partner('wuhan', 'Wuhan', 'CN', [], {
  notes:
    'Borlänge\'s cooperation with Wuhan was "ett elva år långt samarbete" with a steering group at the time of the seed "Olikheter i Borlänge skapar partnerskap med globala mål".',
});
partner('huangshan', 'Huangshan', 'CN');
partner('jinan', 'Jinan', 'CN');
partner('dunhuang', 'Dunhuang', 'CN');
partner('tianjin', 'Tianjin', 'CN');
partner('hubei-province', 'Hubei Province', 'CN', ['Hubei', 'Hubei provincial government'], {
  notes: "A province, Region Dalarna's sister region.",
});
partner('hangzhou', 'Hangzhou', 'CN');
partner('probolinggo', 'Probolinggo', 'ID');
partner('south-tangerang', 'South Tangerang', 'ID', ['Tangerang Selatan']);
partner('sleman-regency', 'Sleman Regency', 'ID', ['Sleman'], { notes: 'In Yogyakarta.' });
partner('gunungkidul', 'Gunungkidul', 'ID');
partner('palu', 'Palu', 'ID');
partner('kochi', 'Kochi', 'IN', ['Cochin', 'Kochi Municipal Corporation'], {
  notes:
    'ICLD and the Swedish Embassy held a matchmaking conference in Cochin, after which Kumla and Malmö started cooperating with Kochi.',
});
// Türkiye (Tusenet partnership networks name several municipalities per network)
for (const [id, name, aliases, notes] of [
  [
    'istanbul-metropolitan',
    'İstanbul Metropolitan Municipality',
    ['Istanbul Metropolitan Municipality', 'İstanbul Metropolitan'],
  ],
  ['buyukcekmece', 'Büyükçekmece', []],
  ['zeytinburnu', 'Zeytinburnu', []],
  ['adalar', 'Adalar', [], 'The Istanbul archipelago.'],
  ['tepebasi', 'Tepebaşı', []],
  ['altindag', 'Altındağ', []],
  ['nilufer', 'Nilüfer', []],
  ['osmangazi', 'Osmangazi', []],
  ['yildirim', 'Yıldırım', []],
  ['manisa', 'Manisa', []],
  ['karsiyaka', 'Karşıyaka', []],
  ['bornova', 'Bornova', []],
  ['antalya-metropolitan', 'Antalya Metropolitan Municipality', ['Antalya Metropolitan', 'Antalya']],
  ['mugla', 'Muğla', []],
  ['tarsus', 'Tarsus', []],
  ['gaziantep-metropolitan', 'Gaziantep Metropolitan Municipality', ['Gaziantep Metropolitan', 'Gaziantep']],
  ['osmaniye', 'Osmaniye', []],
  ['sirnak', 'Şırnak', []],
  ['midyat', 'Midyat', []],
  ['samsun-metropolitan', 'Samsun Metropolitan Municipality', ['Samsun Metropolitan', 'Samsun']],
  ['ordu', 'Ordu', []],
  ['amasya', 'Amasya', []],
  ['giresun', 'Giresun', []],
]) {
  partner(id, name, 'TR', aliases, notes ? { notes } : {});
}
// Guatemala and Colombia (ICLD Network for Gender Equality)
partner(
  'guatemala-gender-network-municipalities',
  "Guatemalan municipalities in ICLD's Network for Gender Equality (not named)",
  'GT',
  [],
  {
    notes:
      'Group record: the source (Lessebo, 2024) says Lessebo, Borås and Åre meet Guatemalan municipalities in workshops of the network but does not name them.',
  },
);
partner('totonicapan', 'Totonicapán', 'GT');
partner('san-juan-la-laguna', 'San Juan La Laguna', 'GT');
partner('panajachel', 'Panajachel', 'GT');
partner('puerto-narino', 'Puerto Nariño', 'CO');
partner('leticia', 'Leticia', 'CO', ['Leticia (Region Amazonas)']);
partner('popayan', 'Popayán', 'CO');

// Partner seekers (partner_seekers.tsv): name → [partner id, ranked areas, unranked themes].
const SEEKERS = {
  'Kapiri Mposhi Town Council': [
    'kapiri-mposhi',
    'youth-participation womens-participation municipal-technical-services waste-management climate',
  ],
  'Chitambo Town Council': [
    'chitambo',
    'local-economic-development urban-planning environment climate culture-leisure',
  ],
  'Lufwanyama Town Council': [
    'lufwanyama',
    'local-economic-development mining education youth womens-participation',
  ],
  'Jinja City': [
    'jinja',
    'local-economic-development tourism rural-development urban-planning culture-leisure',
    'waste-management water-sanitation energy',
  ],
  'Ishongororo Town Council': [
    'ishongororo',
    'municipal-technical-services waste-management water-sanitation urban-planning environment',
  ],
  'Busia Municipal Council': [
    'busia',
    'municipal-technical-services waste-management water-sanitation urban-planning social-welfare safety-security youth',
  ],
  'Midvaal Local Municipality': ['midvaal', 'energy sustainable-development urban-planning'],
  'Kalabo District Council': [
    'kalabo',
    'local-economic-development rural-development gender-equality youth disability-inclusion',
  ],
  'Palapye Administrative Authority': ['palapye', 'social-welfare'],
  'Bujanovac Municipality': [
    'bujanovac',
    'municipal-technical-services water-sanitation waste-management environment climate culture-leisure',
  ],
  'Puerto Nariño': ['puerto-narino', '', 'tourism indigenous-peoples social-inclusion'],
  'Leticia (Region Amazonas)': ['leticia', '', 'health equitable-health indigenous-peoples gender-equality'],
  Totonicapán: [
    'totonicapan',
    '',
    'gender-equality indigenous-peoples human-rights womens-participation gender-based-violence',
  ],
  'San Juan La Laguna': [
    'san-juan-la-laguna',
    '',
    'womens-participation social-inclusion gender-equality indigenous-peoples education local-economic-development',
  ],
  Panajachel: ['panajachel', '', 'sexual-reproductive-health gender-based-violence'],
  Popayán: ['popayan', ''],
};

// A population only when the source gives one number for the body.
function seekerPopulation(text) {
  if (/^not stated/.test(text) || /\band\b/.test(text)) return undefined; // Kapiri Mposhi gives two (town, district)
  const m = text.match(/^(?:ca )?(\d{1,3}(?: \d{3})*)/);
  return m ? Number(m[1].replace(/ /g, '')) : undefined;
}

function applySeekers() {
  for (const r of readTsv('partner_seekers.tsv')) {
    const entry = SEEKERS[r.name];
    if (!entry) die(`no seeker mapping for ${r.name}`);
    const [id, areas, themes] = entry;
    const p = P.find((x) => x.id === id);
    if (!p) die(`seeker ${r.name}: no partner ${id}`);
    if (r.name !== p.name && !p.aliases.includes(r.name)) p.aliases.push(r.name);
    if (r.region) p.province = r.region;
    const population = seekerPopulation(r.population);
    if (population) p.population = population;
    if (r.population && !/^not stated/.test(r.population)) p.population_note = r.population;
    if (themes) p.themes = words(themes);
    p.seeking = { areas: words(areas), areas_text: r.ranked_areas, source: r.source_url };
  }
}

// Twin towns: the partner as the twin list spells it, unless it is an entity above or needs a note.
// partner string → [id, name, aliases, notes]; anything not listed becomes a record named as spelled.
const TWIN_PARTNER = {
  Lodwar: ['lodwar'],
  Chisinau: ['chisinau'],
  Wuhan: ['wuhan'],
  Hangzhou: ['hangzhou'],
  Huangshan: ['huangshan'],
  'Nelson Mandela Bay': ['nelson-mandela-bay'],
  'JB Marks': ['jb-marks'],
  Kimberley: ['sol-plaatje'],
  'Kamyanets Podilskiy': ['kamianets-podilskyi'],
  Ukmergé: ['ukmerge'],
  Västmannaöarna: ['vestmannaeyjar', 'Vestmannaeyjar', ['Västmannaöarna']],
  Pitesti: ['pitesti', 'Pitești', ['Pitesti']],
  'Sastamala (f d Vammala)': ['sastamala', 'Sastamala', ['Vammala'], 'Formerly Vammala ("f d Vammala").'],
  'Borgå (Porvoo)': ['porvoo', 'Porvoo', ['Borgå']],
  Karleby: ['kokkola', 'Kokkola', ['Karleby']],
  Torneå: ['tornio', 'Tornio', ['Torneå']],
  Radviliskis: ['radviliskis', 'Radviliškis', ['Radviliskis']],
  'Ramsø (now Roskilde)': ['ramso', 'Ramsø', [], 'Merged into Roskilde kommune in 2007.'],
  'Fljótsdalshérað (fd. Egilsstadir)': [
    'fljotsdalsherad',
    'Fljótsdalshérað',
    ['Egilsstadir'],
    'Formerly Egilsstadir ("fd. Egilsstadir").',
  ],
  'Vastseliina (Võru Parish)': [
    'vastseliina',
    'Vastseliina',
    [],
    'The source writes "Vastseliina (Võru Parish)".',
  ],
  'Misburg-Anderten (Hanover)': ['misburg-anderten', 'Misburg-Anderten', [], 'A district of Hanover.'],
  Helsingör: ['helsingor', 'Helsingør', ['Helsingör']],
  'Chizou City': ['chizhou', 'Chizhou', ['Chizou City'], 'The source spells it "Chizou City".'],
  Berg: ['berg-de', 'Berg', [], 'The source does not say which German municipality named Berg.'],
};

function twinPartner(row) {
  const t = TWIN_PARTNER[row.partner];
  const id = t?.[0] ?? slug(row.partner);
  let p = P.find((x) => x.id === id);
  if (p) {
    if (p.country !== row.partner_country_iso2)
      die(`twin ${row.partner}: country ${row.partner_country_iso2} ≠ ${p.country}`);
    if (row.partner !== p.name && !p.aliases.includes(row.partner) && !t) p.aliases.push(row.partner);
    return id;
  }
  p = { id, name: t?.[1] ?? row.partner, country: row.partner_country_iso2, aliases: t?.[2] ?? [] };
  if (t?.[3]) p.notes = t[3];
  P.push(p);
  return id;
}

// ---------------------------------------------------------------- partnerships

// partnerships.tsv, row by row (all programme kp). Fields: sv/p = party ids (Swedish side, abroad),
// th = theme ids from the themes column, s/e = start/end years the row states, ph = phases
// (f förberedelse, p projekt, n network), net = network name, st = status, col = collaborators.
const KP = [
  /* 1 */ {
    sv: 'borlange',
    p: 'lodwar',
    th: 'refugees local-democracy sustainable-development womens-participation gender-equality social-inclusion',
    ph: 'f p',
  },
  /* 2 */ { sv: 'borlange', p: 'lodwar', th: 'refugees local-democracy', s: 2018, ph: 'p' },
  /* 3 */ {
    sv: 'arvika',
    p: 'mois-bridge',
    th: 'water-sanitation citizen-participation crisis-preparedness',
    s: 2018,
    e: 2022,
    ph: 'f p',
    col: ['Teknik i Väst AB'],
  },
  /* 4 */ { sv: 'kalix', p: 'masaka', th: 'youth-participation', s: 2019, ph: 'p' },
  /* 5 */ { sv: 'kalix', p: 'masaka', th: 'environment youth-participation', s: 2020, e: 2023, ph: 'p' },
  /* 6 */ { sv: 'kalix', p: 'masaka', th: 'education gender-equality', ph: 'p', st: 'active' },
  /* 7 */ {
    sv: 'region-vasternorrland',
    p: 'mombasa-county',
    th: 'youth-participation culture-leisure adult-education environment energy',
    s: 2014,
    ph: 'f',
  },
  /* 8 */ {
    sv: 'region-vasternorrland',
    p: 'mombasa-county',
    th: 'sustainable-consumption waste-management',
    s: 2019,
    ph: 'p',
  },
  /* 9 */ {
    sv: 'sjuharads-kommunalforbund',
    p: 'da-nang',
    th: 'agenda-2030 sustainable-development',
    s: 2019,
    ph: 'p',
  },
  /* 10 */ { sv: 'norrkoping', p: 'bihac', th: 'waste-management environment', s: 2022, ph: 'f p' },
  /* 11 */ {
    sv: 'umea',
    p: 'kajiado-county',
    th: 'waste-management water-sanitation human-rights',
    s: 2016,
    e: 2019,
    ph: 'f p',
    col: ['Vakin', 'Vindeln'],
  },
  /* 12 */ {
    sv: 'robertsfors',
    p: 'machakos-county',
    th: 'gender-equality good-governance',
    s: 2016,
    ph: 'p',
    notes: 'Partner side: the Department of Youth, Education and Social Welfare of Machakos County.',
  },
  /* 13 */ {
    sv: 'robertsfors',
    p: 'machakos-county',
    th: 'gender-equality accountability',
    s: 2018,
    ph: 'p',
  },
  /* 14 */ { sv: 'robertsfors', p: 'machakos-county', th: 'gender-equality gender-based-violence', ph: 'p' },
  /* 15 */ {
    sv: 'robertsfors',
    p: 'machakos-county',
    th: 'climate environment transparency citizen-participation',
    s: 2023,
    e: 2025,
    ph: 'p n',
    net: 'Climate Action Network',
  },
  /* 16 */ {
    sv: 'region-vasterbotten',
    p: 'homa-bay-county',
    th: 'health equitable-health rural-development',
    s: 2021,
    ph: 'p',
    col: ['Centre for Rural Medicine'],
  },
  /* 17 */ {
    sv: 'region-vasterbotten',
    p: 'homa-bay-county',
    th: 'public-health youth sexual-reproductive-health gender-based-violence',
    s: 2017,
    ph: 'p',
    st: 'active',
  },
  /* 18 */ {
    sv: 'lycksele',
    p: 'homa-bay-county',
    th: 'water-sanitation waste-management public-health gender-equality agenda-2030',
    s: 2021,
    ph: 'p',
    col: ['LAVAB'],
  },
  /* 19 */ {
    sv: ['region-vasterbotten', 'umea'],
    p: 'kisumu-county',
    th: 'health climate-adaptation environment',
    ph: 'p',
    st: 'active',
    notes: 'Partner side: Kisumu County and the Lake Victoria Basin counties (inter-county agreement).',
  },
  /* 20 */ {
    sv: 'region-norrbotten',
    p: 'kajiado-county',
    th: 'maternal-health mental-health health',
    ph: 'p',
    st: 'active',
  },
  /* 21 */ { sv: 'harryda', p: 'homa-bay-county', th: 'local-democracy youth-participation', ph: 'p' },
  /* 22 */ { sv: 'upplands-bro', p: 'muranga-county', th: 'local-democracy', s: 2019, e: 2019 },
  /* 23 */ {
    sv: 'upplands-bro',
    p: 'muranga-county',
    th: 'youth-participation rights-of-the-child',
    s: 2020,
    e: 2023,
    ph: 'p',
  },
  /* 24 */ {
    sv: 'ockero',
    p: 'mfangano-island',
    th: 'youth-participation rights-of-the-child',
    s: 2020,
    e: 2023,
    ph: 'p',
  },
  /* 25 */ { sv: 'vasteras', p: 'gaborone', s: 2020 },
  /* 26 */ { sv: 'habo', p: 'brod', s: 2020 },
  /* 27 */ { sv: 'almhult', p: 'jb-marks', s: 2020 },
  /* 28 */ {
    sv: ['almhult', 'vaxjo'],
    p: 'jb-marks',
    th: 'gender-based-violence social-welfare',
    s: 2023,
    e: 2025,
    ph: 'p',
  },
  /* 29 */ { sv: 'vaxjo', p: 'jb-marks', th: 'political-leadership good-governance', ph: 'p' },
  /* 30 */ { sv: 'vaxjo', p: 'jb-marks', th: 'agenda-2030', s: 2018, ph: 'p' },
  /* 31 */ { sv: 'vaxjo', p: 'jb-marks', th: 'social-welfare', s: 2017, ph: 'p' },
  /* 32 */ {
    sv: 'vaxjo',
    p: 'jb-marks',
    th: 'green-infrastructure urban-planning',
    s: 2017,
    e: 2017,
    ph: 'f',
  },
  /* 33 */ { sv: 'vaxjo', p: 'vushtrri', th: 'citizen-services', s: 2017, ph: 'p' },
  /* 34 */ { sv: 'goteborg', p: 'nelson-mandela-bay', th: 'urban-planning', s: 1999, e: 2019 },
  /* 35 */ {
    sv: 'goteborg',
    p: 'nelson-mandela-bay',
    th: 'youth-participation urban-planning social-inclusion',
    s: 2018,
    ph: 'p',
  },
  /* 36 */ { sv: 'goteborg', p: 'nelson-mandela-bay', th: 'refugees youth urban-planning' },
  /* 37 */ {
    sv: 'lund',
    p: 'francistown',
    th: 'human-rights local-democracy youth-participation gender-based-violence',
    e: 2024,
    ph: 'p n',
    net: 'Human Rights network',
    st: 'active',
    notes:
      'In November 2020 Lund decided to apply with Francistown for a KP partnership, take part in the förberedelse and join a pilot for a national human-rights platform (seed "Lund ansöker om kommunalt partnerskap med Francistown i Botswana").',
  },
  /* 38 */ { sv: 'bollnas', p: 'lobatse', th: 'youth-participation', ph: 'p n', net: 'Human Rights network' },
  /* 39 */ {
    sv: 'valdemarsvik',
    p: 'palapye',
    th: 'youth-participation social-inclusion',
    ph: 'p n',
    net: 'Human Rights network',
  },
  /* 40 */ { sv: 'boras', p: 'vracar', th: 'disability-inclusion', ph: 'p' },
  /* 41 */ {
    sv: 'falun',
    p: 'mogale-city',
    th: 'youth-participation rights-of-the-child',
    ph: 'p n',
    net: 'Human Rights network',
  },
  /* 42 */ { sv: 'kungsor', p: 'rufunsa-district', th: 'youth-participation', ph: 'p' },
  /* 43 */ {
    sv: 'falkenberg',
    p: ['sundays-river-valley', 'sarah-baartman-district'],
    th: 'youth-participation rights-of-the-child human-rights',
    s: 2022,
    e: 2026,
    ph: 'f p',
    notes: 'ICLD chose the partner: it contacted Falkenberg in 2021.',
  },
  /* 44 */ {
    sv: 'jonkoping',
    p: 'stellenbosch',
    th: 'human-rights disability-inclusion agenda-2030',
    s: 2021,
    ph: 'f n',
    net: 'Human Rights pilot',
  },
  /* 45 */ {
    sv: 'ale',
    p: ['budesti', 'ghanzi'],
    th: 'youth-participation education',
    ph: 'p',
    notes: 'Trilateral: Ale with Budești (Moldova) and Ghanzi (Botswana).',
  },
  /* 46 */ { sv: 'region-ostergotland', p: 'uasin-gishu-county', th: 'equitable-health health', ph: 'p' },
  /* 47 */ { sv: 'forshaga', p: 'lundazi-district-council', th: 'climate', ph: 'p' },
  /* 48 */ { sv: 'hultsfred', p: 'elgeyo-marakwet-county', th: 'citizen-dialogue', ph: 'f' },
  /* 49 */ {
    sv: 'gotland',
    p: 'zmiivka',
    th: 'local-democracy agriculture',
    s: 2016,
    e: 2019,
    ph: 'p',
    col: ['Svenskbyföreningen'],
  },
  /* 50 */ {
    sv: 'gotland',
    p: 'beryslav',
    th: 'democratic-resilience',
    s: 2024,
    ph: 'n',
    net: 'Democratic Resilience',
  },
  /* 51 */ {
    sv: 'karlskrona',
    p: 'chortkiv',
    th: 'education adult-education',
    ph: 'f n',
    net: 'Democratic Resilience',
  },
  /* 52 */ {
    sv: 'lidingo',
    p: 'slavuta',
    th: 'education civic-education disinformation youth',
    ph: 'p n',
    net: 'Democratic Resilience',
    st: 'active',
  },
  /* 53 */ {
    sv: 'ronneby',
    p: 'ternopil',
    th: 'infrastructure water-sanitation crisis-preparedness eu-integration',
    s: 2024,
    ph: 'p n',
    net: 'Democratic Resilience',
  },
  /* 54 */ { sv: 'hoor', p: 'kopychyntsi', s: 2024, ph: 'n', net: 'Democratic Resilience' },
  /* 55 */ { sv: 'jonkoping', p: 'berdychiv', s: 2024, ph: 'n', net: 'Democratic Resilience' },
  /* 56 */ {
    sv: 'kalmar',
    p: 'poltava',
    th: 'local-democracy crisis-preparedness',
    s: 2024,
    ph: 'n',
    net: 'Democratic Resilience',
  },
  /* 57 */ { sv: 'pitea', p: 'lutsk', s: 2024, ph: 'n', net: 'Democratic Resilience' },
  /* 58 */ {
    sv: 'umea',
    p: 'kherson',
    th: 'local-democracy urban-planning gender-equality social-inclusion digitalisation crisis-preparedness water-sanitation waste-management',
    ph: 'f p',
  },
  /* 59 */ {
    sv: 'herrljunga',
    p: ['kamianets-podilskyi', 'ukmerge'],
    th: 'child-welfare child-health',
    s: 2013,
    ph: 'p',
    notes:
      'Trilateral. ICLD\'s programme head took part in "det avslutande mötet mellan de tre parterna" on 10 May (2017 article); the partnership opened the first family centre in Ukraine.',
  },
  /* 60 */ {
    sv: 'skovde',
    p: 'tbilisi',
    th: 'local-democracy citizen-participation citizen-services',
    s: 2017,
    notes:
      'Start year from the article, which reports visits in spring 2017 and the Almedalen workshop of July 2017.',
  },
  /* 61 */ {
    sv: 'helsingborg',
    p: 'probolinggo',
    th: 'citizen-participation urban-planning cycling',
    s: 2017,
    ph: 'p',
    notes:
      'Start year from the article (spring 2017 application round); a three-year project with a steering group.',
  },
  /* 62 */ {
    sv: 'ekero',
    p: 'kutaisi',
    th: 'civil-society citizen-dialogue citizen-participation transparency',
    s: 2019,
    ph: 'f',
  },
  /* 63 */ {
    sv: 'molndal',
    p: 'zugdidi',
    th: 'childcare education',
    ph: 'p',
    notes: 'The source gives the funder as the Swedish Government and does not name ICLD.',
  },
  /* 64 */ { sv: 'alingsas', p: 'chililabombwe', th: 'citizen-dialogue refugees', s: 2015, ph: 'p' },
  /* 65 */ {
    sv: 'arvidsjaur',
    p: 'luanshya',
    s: 2014,
    ph: 'f',
    notes: 'Matched by ICLD at a matchmaking meeting in Kiruna.',
  },
  /* 66 */ { sv: 'malmo', p: 'lusaka', th: 'youth-participation climate', ph: 'p' },
  /* 67 */ { sv: 'vara', p: 'huangshan', th: 'education social-inclusion mental-health youth', ph: 'p' },
  /* 68 */ {
    sv: 'sundsvall',
    p: 'makunduchi',
    th: 'good-governance education vocational-training gender-equality',
    s: 2018,
    ph: 'p',
  },
  /* 69 */ { sv: 'alvsbyn', p: 'rombo-district', th: 'energy', s: 2018, e: 2018, ph: 'p' },
  /* 70 */ {
    sv: 'linkoping',
    p: 'thai-nguyen',
    th: 'citizen-participation environment citizen-dialogue',
    ph: 'p',
  },
  /* 71 */ {
    sv: 'falun',
    p: 'tsumeb',
    th: 'good-governance waste-management civic-education citizen-participation urban-planning',
    s: 2009,
    e: 2019,
    ph: 'p',
  },
  /* 72 */ { sv: 'falkoping', p: 'ondangwa', th: 'local-democracy', s: 2016, e: 2017, ph: 'f' },
  /* 73 */ {
    sv: 'vanersborg',
    p: 'chobe-district-council',
    th: 'social-inclusion disability-inclusion youth human-rights',
    ph: 'p',
    st: 'active',
  },
  /* 74 */ {
    sv: 'vanersborg',
    p: 'chobe-district-council',
    th: 'green-infrastructure urban-planning',
    s: 2016,
    e: 2018,
    ph: 'p',
  },
  /* 75 */ {
    sv: 'vanersborg',
    p: 'chobe-district-council',
    th: 'waste-management urban-planning',
    s: 2018,
    ph: 'p',
  },
  /* 76 */ { sv: 'borlange', p: 'chisinau', th: 'education disability-inclusion', ph: 'p' },
  /* 77 */ { sv: 'gavle', p: 'buffalo-city', th: 'accountability', ph: 'p' },
  /* 78 */ { sv: 'kinda', p: 'kimilili', ph: 'p' },
  /* 79 */ { sv: 'ostersund', p: 'alfred-nzo-district', th: 'local-democracy rural-development' },
  /* 80 */ { sv: 'eslov', p: 'lugazi', th: 'good-governance', s: 2012 },
  /* 81 */ {
    sv: 'norrkoping',
    p: 'uasin-gishu-county',
    th: 'waste-management good-governance',
    s: 2015,
    ph: 'p',
  },
  /* 82 */ {
    sv: 'staffanstorp',
    p: 'mariental',
    th: 'urban-planning environment climate-adaptation water-sanitation',
    e: 2013,
    ph: 'p',
  },
  /* 83 */ {
    sv: 'vetlanda',
    p: 'kavango-regional-council',
    th: 'crisis-preparedness good-governance climate-adaptation',
    ph: 'p',
  },
  /* 84 */ {
    sv: 'ekero',
    p: 'cape-agulhas',
    th: 'citizen-dialogue civil-society',
    s: 2022,
    e: 2025,
    ph: 'n',
    net: 'Human Rights (round 2)',
  },
  /* 85 */ {
    sv: 'ekero',
    p: 'cape-agulhas',
    th: 'social-inclusion civil-society citizen-dialogue youth-participation citizen-participation transparency',
  },
  /* 86 */ { sv: 'karlskrona', p: 'pretoria', th: 'youth culture-leisure', ph: 'p' },
  /* 87 */ {
    sv: 'karlskrona',
    p: 'saldanha-bay',
    th: 'youth-participation climate',
    ph: 'f n',
    net: 'Climate Action Network',
  },
  /* 88 */ {
    sv: 'kungsbacka',
    p: 'drakenstein',
    th: 'environment elderly-care youth-participation culture-leisure vocational-training',
    s: 2009,
  },
  /* 89 */ {
    sv: 'ovanaker',
    p: 'overstrand',
    th: 'youth-participation human-rights agenda-2030',
    ph: 'n',
    net: 'Human Rights network',
  },
  /* 90 */ {
    sv: 'ovanaker',
    p: 'overstrand',
    th: 'youth-participation',
    s: 2021,
    e: 2024,
    ph: 'n',
    net: 'Human Rights (round 1)',
  },
  /* 91 */ {
    sv: 'regionforbundet-sodra-smaland',
    p: 'jb-marks',
    th: 'youth-participation culture-leisure local-democracy political-leadership good-governance',
    ph: 'p',
    notes: 'The source names the partner "Tlokwe (City Council)", now part of JB Marks Local Municipality.',
  },
  /* 92 */ {
    sv: 'umea',
    p: 'cape-agulhas',
    th: 'youth-participation',
    s: 2022,
    e: 2026,
    ph: 'n',
    net: 'Human rights youth network',
  },
  /* 93 */ {
    sv: 'amal',
    p: 'bergrivier',
    th: 'education',
    s: 2021,
    e: 2024,
    ph: 'n',
    net: 'Human Rights (round 1)',
  },
  /* 94 */ {
    sv: 'amal',
    p: 'bergrivier',
    th: 'employment gender-equality education culture-leisure child-welfare human-rights agenda-2030',
    ph: 'f',
  },
  /* 95 */ {
    sv: 'arvidsjaur',
    p: 'hai-district',
    th: 'tourism local-economic-development employment',
    ph: 'p',
  },
  /* 96 */ {
    sv: 'halmstad',
    p: 'moshi',
    th: 'education sustainable-development environment local-democracy',
    ph: 'p',
  },
  /* 97 */ {
    sv: 'strangnas',
    p: 'emboreet',
    th: 'youth-participation citizen-dialogue environment climate sustainable-consumption gender-equality',
    ph: 'p',
  },
  /* 98 */ { sv: 'strangnas', p: 'ilala-municipality', th: 'youth-participation', ph: 'p' },
  /* 99 */ {
    sv: 'karlskrona',
    p: 'entebbe',
    th: 'climate youth-participation environment education agenda-2030',
    ph: 'f p',
  },
  /* 100 */ {
    sv: 'leksand',
    p: 'soroti',
    th: 'waste-management circular-economy entrepreneurship employment sustainable-development local-democracy',
    s: 2008,
    e: 2022,
    ph: 'p',
  },
  /* 101 */ {
    sv: 'region-stockholm',
    p: 'jinja',
    th: 'child-health equitable-health local-democracy',
    ph: 'n',
    net: 'Equitable Health',
  },
  /* 102 */ {
    sv: 'region-stockholm',
    p: 'jinja',
    th: 'equitable-health',
    ph: 'p',
    col: ['Astrid Lindgrens barnsjukhus', 'Pediatric Health Initiative', 'Karolinska Institutet'],
  },
  /* 103 */ {
    sv: 'robertsfors',
    p: 'busia',
    th: 'sustainable-development human-rights gender-equality agenda-2030 youth-participation',
  },
  /* 104 */ {
    sv: 'skelleftea',
    p: 'jinja',
    th: 'green-infrastructure urban-planning rights-of-the-child waste-management youth',
    ph: 'p',
  },
  /* 105 */ {
    sv: 'strangnas',
    p: 'entebbe',
    th: 'climate youth-participation environment gender-equality',
    ph: 'f',
  },
  /* 106 */ {
    sv: 'vimmerby',
    p: 'mukono',
    th: 'youth-participation social-inclusion gender-equality human-rights youth',
    s: 2007,
    ph: 'p',
  },
  /* 107 */ {
    sv: 'vimmerby',
    p: 'mukono',
    th: 'vocational-training employment youth-participation human-rights youth',
    ph: 'p',
  },
  /* 108 */ { sv: 'amal', p: 'manafwa', th: 'environment waste-management education youth', ph: 'p' },
  /* 109 */ {
    sv: 'haparanda',
    p: 'solwezi',
    th: 'womens-participation youth-participation',
    s: 2022,
    e: 2025,
    ph: 'n',
    net: 'Human Rights (round 2)',
  },
  /* 110 */ {
    sv: 'haparanda',
    p: 'solwezi',
    th: 'womens-participation youth-participation social-inclusion citizen-services water-sanitation gender-equality',
    ph: 'f',
  },
  /* 111 */ {
    sv: 'lidkoping',
    p: 'lusaka',
    th: 'waste-management local-democracy education sustainable-consumption',
    s: 2017,
    ph: 'f',
  },
  /* 112 */ {
    sv: 'lidkoping',
    p: 'lusaka',
    th: 'waste-management local-democracy education sustainable-consumption',
    s: 2017,
    e: 2020,
    ph: 'f p',
  },
  /* 113 */ {
    sv: 'lidkoping',
    p: 'lusaka',
    th: 'circular-economy green-infrastructure youth-participation climate',
    s: 2022,
    ph: 'p',
  },
  /* 114 */ {
    sv: 'lidkoping',
    p: 'lusaka',
    th: 'youth-participation human-rights',
    ph: 'n',
    net: 'Human rights youth network',
  },
  /* 115 */ {
    sv: 'dorotea',
    p: ['livingstone', 'victoria-falls'],
    th: 'youth-participation youth',
    s: 2024,
    e: 2026,
    ph: 'n',
    net: 'Human rights youth network',
  },
  /* 116 */ {
    sv: 'habo-0305',
    p: ['livingstone', 'victoria-falls'],
    th: 'youth-participation human-rights education agenda-2030',
    ph: 'f',
  },
  /* 117 */ {
    sv: 'habo-0305',
    p: ['livingstone', 'victoria-falls'],
    th: 'rights-of-the-child youth-participation',
    s: 2022,
    e: 2025,
    ph: 'n',
    net: 'Human Rights (round 2)',
  },
  /* 118 */ {
    sv: 'horby',
    p: 'peja',
    th: 'good-governance water-sanitation citizen-dialogue',
    s: 2012,
    e: 2015,
    ph: 'p',
  },
  /* 119 */ {
    sv: 'sandviken',
    p: 'subotica',
    th: 'entrepreneurship local-democracy womens-participation',
    s: 2015,
    ph: 'f p',
    st: 'active',
  },
  /* 120 */ {
    sv: 'haninge',
    p: 'kozarska-dubica',
    s: 2016,
    ph: 'f',
    notes: "The application notes Haninge's large number of residents from Bosnia and Herzegovina.",
  },
  /* 121 */ {
    sv: 'borlange',
    p: 'wuhan',
    th: 'local-democracy sustainable-development environment environmental-technology energy waste-management',
    ph: 'p',
  },
  /* 122 */ {
    sv: 'timra',
    p: 'south-tangerang',
    th: 'environmental-technology waste-management local-democracy',
    e: 2017,
    ph: 'p',
    st: 'ended',
  },
  /* 123 */ { sv: 'timra', p: 'south-tangerang', th: 'waste-management', ph: 'p', st: 'active' },
  /* 124 */ {
    sv: 'boras',
    p: 'sleman-regency',
    th: 'waste-management environmental-technology energy multi-stakeholder-cooperation',
    notes: 'Builds on an earlier exchange between the University of Borås and Sleman.',
  },
  /* 125 */ {
    sv: 'sandviken',
    p: 'subotica',
    th: 'local-economic-development entrepreneurship youth gender-equality womens-participation eu-integration',
    s: 2014,
    ph: 'p',
    col: ['Företagarna Sandviken'],
  },
  /* 126 */ {
    sv: 'vasteras',
    p: 'jinan',
    th: 'citizen-dialogue citizen-services citizen-participation social-inclusion',
    ph: 'p',
  },
  /* 127 */ { sv: 'vasteras', p: 'jinan' },
  /* 128 */ { sv: 'amal', p: 'dunhuang', th: 'elderly-care digitalisation safety-security', ph: 'p' },
  /* 129 */ {
    sv: 'berg',
    p: 'krolevets',
    th: 'citizen-participation citizen-dialogue participatory-budgeting',
    s: 2025,
    ph: 'f',
  },
  /* 130 */ {
    sv: 'kumla',
    p: 'kochi',
    th: 'water-sanitation waste-management digitalisation education urban-planning',
  },
  /* 131 */ { sv: 'kumla', p: 'kochi', th: 'waste-management water-sanitation education digitalisation' },
  /* 132 */ {
    sv: 'malmo',
    p: 'kochi',
    th: 'waste-management education urban-planning energy multi-stakeholder-cooperation',
  },
  /* 133 */ { sv: 'osthammar', p: 'poti', th: 'citizen-participation', s: 2013, ph: 'p' },
  /* 134 */ {
    sv: 'stockholm',
    p: 'tianjin',
    th: 'elderly-care',
    s: 2014,
    ph: 'p',
    notes: 'Carried out by Hägersten-Liljeholmen stadsdelsområde in Stockholm.',
  },
  /* 135 */ { sv: 'vasteras', p: 'jinan', th: 'citizen-dialogue', s: 2015, ph: 'p' },
  /* 136 */ {
    sv: 'region-vasterbotten',
    p: 'gunungkidul',
    th: 'equitable-health rural-development',
    s: 2015,
    ph: 'p',
  },
  /* 137 */ { sv: 'region-dalarna', p: 'hubei-province', s: 2013, ph: 'p' },
  /* 138 */ {
    sv: 'region-dalarna',
    p: 'hubei-province',
    th: 'local-economic-development youth-participation environment',
    e: 2019,
    ph: 'p',
  },
];

// other_relations.tsv, row by row; pr = programme.
const OTHER = [
  /* 1 */ {
    sv: 'hultsfred',
    p: 'north-west-district-council',
    pr: 'sida',
    th: 'entrepreneurship environment sustainable-development good-governance social-inclusion',
    ph: 'p',
  },
  /* 2 */ {
    sv: 'trollhattan',
    p: 'selebi-phikwe',
    pr: 'other',
    notes:
      'Letter of intent written during a Trollhättan visit in September, as ICLD requires before an application.',
  },
  /* 3 */ {
    sv: 'varmdo',
    p: 'homa-bay-county',
    pr: 'other',
    th: 'rights-of-the-child sustainable-development',
    col: ['Globträdet'],
  },
  /* 4 */ {
    sv: ['falun', 'borlange'],
    p: 'sol-plaatje',
    pr: 'sida',
    th: 'urban-planning environment culture-leisure digitalisation education',
    s: 1999,
  },
  /* 5 */ {
    sv: 'katrineholm',
    p: 'muheza-district',
    pr: 'other',
    th: 'environmental-technology entrepreneurship local-economic-development sustainable-development water-sanitation energy',
    s: 2008,
    ph: 'p',
  },
  /* 6 */ {
    sv: 'kalix',
    p: 'kampala',
    pr: 'other',
    th: 'rights-of-the-child sustainable-development',
    col: ['Globträdet'],
  },
  /* 7 */ {
    sv: 'vannas',
    p: 'slobozhanske',
    pr: 'cities4cities',
    th: 'education waste-management local-economic-development',
    s: 2023,
    notes: "Part of CEMR's 'Bridges of Trust' partnerships.",
  },
  /* 8 */ {
    sv: 'vannas',
    p: 'slobozhanske',
    pr: 'cities4cities',
    th: 'youth sustainable-development waste-management entrepreneurship local-democracy',
  },
  /* 9 */ {
    sv: 'norrkoping',
    p: 'kherson',
    pr: 'other',
    th: 'local-democracy good-governance local-economic-development urban-planning education youth crisis-preparedness eu-integration',
    s: 2023,
    e: 2026,
    col: ['SKR/SALAR International'],
  },
  /* 10 */ {
    sv: 'lulea',
    p: 'ivano-frankivsk',
    pr: 'cities4cities',
    th: 'crisis-preparedness human-rights',
    s: 2025,
  },
  /* 11 */ {
    sv: 'danderyd',
    p: 'chuhuiv',
    pr: 'cities4cities',
    th: 'urban-planning infrastructure',
    s: 2025,
  },
  /* 12 */ {
    sv: 'kristianstad',
    p: 'uman',
    pr: 'cities4cities',
    th: 'waste-management energy crisis-preparedness culture-leisure youth local-democracy',
    s: 2025,
  },
  /* 13 */ { sv: 'uppsala', p: 'lviv', pr: 'twinning', notes: "Lviv's 32nd twin city." },
  /* 14 */ { sv: 'karlskoga', p: 'shepetivka', pr: 'twinning', th: 'sustainable-development', s: 2024 },
  /* 15 */ {
    sv: 'eslov',
    p: 'khotyn',
    pr: 'other',
    th: 'education youth infrastructure agriculture crisis-preparedness',
  },
  /* 16 */ { sv: 'gavle', p: 'brovary', pr: 'twinning', notes: 'An intended twinning (September 2025).' },
  /* 17 */ { sv: 'boras', p: 'palu', pr: 'sida', th: 'waste-management energy', s: 2009 },
  /* 18 */ { sv: 'osthammar', p: 'poti', pr: 'sala-ida', ph: 'f' },
  /* 19 */ { sv: 'sundbyberg', p: 'vasylkiv', pr: 'other', s: 2024 },
  /* 20 */ {
    sv: 'vanersborg',
    p: 'vinnytsia-oblast-hromadas',
    pr: 'cities4cities',
    th: 'crisis-preparedness safety-security digitalisation sustainable-development',
    s: 2024,
    col: ['Fyrbodal association of 14 municipalities (Västra Götaland)'],
  },
  /* 21 */ {
    sv: 'vannas',
    p: 'prokuplje',
    pr: 'twinning',
    th: 'youth-participation culture-leisure youth',
    col: ['Hemnes (Norway)'],
  },
  /* 22 */ {
    sv: 'lessebo',
    p: 'guatemala-gender-network-municipalities',
    pr: 'other',
    th: 'local-democracy gender-equality youth-participation',
    s: 2024,
    net: 'Network for Gender Equality',
  },
  /* 23 */ {
    sv: 'boras',
    p: 'guatemala-gender-network-municipalities',
    pr: 'other',
    th: 'local-democracy gender-equality',
    s: 2024,
    net: 'Network for Gender Equality',
  },
  /* 24 */ {
    sv: 'are',
    p: 'guatemala-gender-network-municipalities',
    pr: 'other',
    th: 'local-democracy gender-equality',
    s: 2024,
    net: 'Network for Gender Equality',
  },
  /* 25 */ {
    sv: ['stockholm', 'nacka'],
    p: ['istanbul-metropolitan', 'buyukcekmece', 'zeytinburnu', 'adalar'],
    pr: 'tusenet',
    th: 'environment infrastructure water-sanitation waste-management',
    s: 2007,
  },
  /* 26 */ {
    sv: 'umea',
    p: ['tepebasi', 'altindag', 'nilufer', 'osmangazi', 'yildirim'],
    pr: 'tusenet',
    th: 'municipal-finance good-governance',
    s: 2007,
  },
  /* 27 */ {
    sv: 'kalmar',
    p: ['manisa', 'karsiyaka', 'bornova'],
    pr: 'tusenet',
    th: 'tourism multi-stakeholder-cooperation',
    s: 2007,
  },
  /* 28 */ {
    sv: 'malmo',
    p: ['antalya-metropolitan', 'mugla', 'tarsus'],
    pr: 'tusenet',
    th: 'sustainable-development',
    s: 2007,
  },
  /* 29 */ {
    sv: 'karlstad',
    p: ['gaziantep-metropolitan', 'osmaniye', 'sirnak', 'midyat'],
    pr: 'tusenet',
    th: 'urban-planning crisis-preparedness',
    s: 2007,
  },
  /* 30 */ { sv: 'kalmar', p: ['samsun-metropolitan', 'ordu', 'amasya', 'giresun'], pr: 'tusenet', s: 2007 },
  /* 31 */ { sv: 'sodertalje', p: 'midyat', pr: 'twinning' },
  /* 32 */ { sv: 'nacka', p: 'adalar', pr: 'twinning' },
  /* 33 */ { sv: 'gavle', p: 'sarajevo', pr: 'other', th: 'social-welfare education youth', s: 2007 },
  /* 34 */ {
    sv: 'tyreso',
    p: 'bilohorodka',
    pr: 'cities4cities',
    th: 'good-governance local-economic-development education youth crisis-preparedness',
    s: 2023,
  },
  /* 35 */ {
    sv: 'horby',
    p: 'novoukrainka',
    pr: 'other',
    s: 2023,
    notes:
      "Interest expressed at SALAR's International Day, within Cities4Cities | United4Ukraine matchmaking.",
  },
  /* 36 */ {
    sv: 'boras',
    p: 'bila-tserkva',
    pr: 'other',
    th: 'energy social-welfare local-democracy youth',
    s: 2023,
  },
  /* 37 */ {
    sv: 'vaxjo',
    p: 'kalush',
    pr: 'other',
    th: 'local-economic-development culture-leisure education',
    s: 2023,
    col: ['Lohja (Finland)'],
  },
];

// Relations only the seed texts name (each with a URL).
const SEED_ROWS = [
  {
    sv: 'lund',
    p: 'hangzhou',
    pr: 'kp',
    th: 'education',
    s: 2010,
    e: 2010,
    ph: 'f',
    st: 'ended',
    when: 'Förberedelse "som genomfördes 2010"',
    phase_text: 'Förberedelse',
    themes_text:
      'utbildning ("Kommunerna vill samarbeta inom utbildning"); ICLD encouraged building on young people\'s influence in education-related questions',
    source: ALMEDALEN,
    notes: 'Applications submitted after the 2010 förberedelse were not granted (as of May 2017).',
  },
];

// Twin-town relation → [programme, status].
function twinProgramme(relation) {
  if (/ICLD municipal partnership/.test(relation)) return ['kp'];
  if (/^inactive|phased out|^ended/.test(relation)) return ['twinning', 'ended'];
  if (/not vänort|^cooperation/.test(relation)) return ['other'];
  return ['twinning'];
}

function yearOf(since) {
  const m = since.match(/^(\d{4})(?:-\d{2}(?:-\d{2})?)?$/);
  // "1940s", "1970s" are decades, not years; the schema takes years from 1950 (Lund–Porvoo "1940" stays in `when`).
  return m && Number(m[1]) >= 1950 ? Number(m[1]) : undefined;
}

function buildPartnerships(municipalities) {
  const swedish = new Map(municipalities.map((m) => [m.id, m]));
  const partnerOf = { has: (id) => P.some((p) => p.id === id), get: (id) => P.find((p) => p.id === id) };
  const arr = (x) => (Array.isArray(x) ? x : [x]);
  const make = (c, row, file, index) => {
    const sv = arr(c.sv);
    const ab = arr(c.p);
    for (const id of sv) if (!swedish.has(id)) die(`${file} row ${index}: no Swedish party ${id}`);
    for (const id of ab) if (!partnerOf.has(id)) die(`${file} row ${index}: no partner ${id}`);
    return {
      id: undefined, // set once all records are sorted
      _sort: [swedish.get(sv[0]).name, file, index],
      _base: `${sv[0]}-${ab[0]}`,
      programme: c.pr ?? 'kp',
      parties: [...sv, ...ab],
      countries: uniq(ab.map((id) => partnerOf.get(id).country)),
      start: c.s,
      end: c.e,
      when: row.when,
      phases: phases(c.ph),
      phase_text: row.phase_text,
      network: c.net,
      status: c.st,
      themes: words(c.th),
      themes_text: row.themes_text,
      collaborators: c.col ?? [],
      source: row.source,
      notes: c.notes,
    };
  };
  const checkRow = (file, i, row, c) => {
    // Guard against a curated entry drifting from its row: the Swedish party's name must be in the cell.
    const sv = arr(c.sv).map((id) => swedish.get(id)?.name ?? id);
    const cell = row.swedish_party
      .replace('Region Gotland', 'Gotland')
      .replace('Västerbottens läns landsting', 'Region Västerbotten')
      .replace('Landstinget/', '');
    if (!sv.every((n) => cell.includes(n))) die(`${file} row ${i + 1}: "${row.swedish_party}" vs [${sv}]`);
  };
  const out = [];
  const kpRows = readTsv('partnerships.tsv');
  if (kpRows.length !== KP.length) die(`partnerships.tsv has ${kpRows.length} rows, table has ${KP.length}`);
  kpRows.forEach((r, i) => {
    checkRow('partnerships.tsv', i, r, KP[i]);
    out.push(
      make(KP[i], { when: r.years, phase_text: r.phase, themes_text: r.themes, source: r.source_url }, 0, i),
    );
  });
  const otherRows = readTsv('other_relations.tsv');
  if (otherRows.length !== OTHER.length)
    die(`other_relations.tsv has ${otherRows.length} rows, table has ${OTHER.length}`);
  otherRows.forEach((r, i) => {
    checkRow('other_relations.tsv', i, r, OTHER[i]);
    out.push(
      make(
        OTHER[i],
        { when: r.years, phase_text: r.phase, themes_text: r.themes, source: r.source_url },
        2,
        i,
      ),
    );
  });
  for (const [i, c] of SEED_ROWS.entries()) out.push(make(c, c, 1, i));
  const byCode = new Map(municipalities.filter((m) => m.code).map((m) => [m.code, m.id]));
  readTsv('twin_towns_sample.tsv').forEach((r, i) => {
    const sv = byCode.get(r.se_code);
    if (!sv || swedish.get(sv).name !== r.se_municipality)
      die(`twin row ${i + 1}: ${r.se_code} ${r.se_municipality}`);
    const [pr, st] = twinProgramme(r.relation);
    const ab = [twinPartner(r)];
    // "trilateral agreement (with Radviliškis)": the third party is Skara's Lithuanian twin.
    let notes = r.remark || undefined;
    if (/trilateral agreement \(with Radviliškis\)/.test(r.relation)) {
      ab.push('radviliskis');
      notes = 'Trilateral agreement of Skara, Grodzisk Mazowiecki and Radviliškis.';
    }
    const c = { sv, p: ab, pr, st, s: r.since ? yearOf(r.since) : undefined, notes };
    out.push(make(c, { when: r.since || undefined, phase_text: r.relation, source: r.source_url }, 3, i));
  });
  // Sort by Swedish party (Swedish collation), then source file (partnerships, seeds, other, twins), then row.
  const coll = new Intl.Collator('sv');
  out.sort(
    (a, b) => coll.compare(a._sort[0], b._sort[0]) || a._sort[1] - b._sort[1] || a._sort[2] - b._sort[2],
  );
  // Ids: <swedish>-<partner>; later records of the same pair get their start year or a counter.
  const taken = new Set([...municipalities.map((m) => m.id), ...P.map((p) => p.id)]);
  for (const rec of out) {
    let id = rec._base;
    if (taken.has(id) && rec.start && !taken.has(`${id}-${rec.start}`)) id = `${id}-${rec.start}`;
    for (let n = 2; taken.has(id); n++) id = `${rec._base}-${n}`;
    taken.add(id);
    rec.id = id;
  }
  return out;
}

// ---------------------------------------------------------------- validation

function validate({ countries, themes, municipalities, partners, partnerships }) {
  const errors = [];
  const ids = new Map();
  for (const [file, recs] of Object.entries({ countries, themes, municipalities, partners, partnerships })) {
    for (const r of recs) {
      if (ids.has(r.id)) errors.push(`duplicate id ${r.id} (${file}, ${ids.get(r.id)})`);
      ids.set(r.id, file);
    }
  }
  const themeIds = new Set(themes.map((t) => t.id));
  const countryIds = new Set(countries.map((c) => c.id));
  const partyIds = new Set([...municipalities, ...partners].map((x) => x.id));
  const partnerCountry = new Map(partners.map((p) => [p.id, p.country]));
  const theme = (where, list = []) => {
    for (const t of list) if (!themeIds.has(t)) errors.push(`${where}: unknown theme ${t}`);
  };
  for (const t of themes) theme(`theme ${t.id} broader`, t.broader);
  for (const m of municipalities) theme(`municipality ${m.id}`, m.interests);
  for (const p of partners) {
    if (!countryIds.has(p.country)) errors.push(`partner ${p.id}: unknown country ${p.country}`);
    theme(`partner ${p.id}`, p.themes);
    theme(`partner ${p.id} seeking`, p.seeking?.areas);
  }
  for (const r of partnerships) {
    theme(`partnership ${r.id}`, r.themes);
    for (const x of r.parties) if (!partyIds.has(x)) errors.push(`partnership ${r.id}: unknown party ${x}`);
    for (const c of r.countries)
      if (!countryIds.has(c)) errors.push(`partnership ${r.id}: unknown country ${c}`);
    const expected = uniq(r.parties.map((x) => partnerCountry.get(x)))
      .sort()
      .join();
    if ([...r.countries].sort().join() !== expected)
      errors.push(`partnership ${r.id}: countries ${r.countries} ≠ ${expected}`);
  }
  const used = new Set(partnerships.flatMap((r) => r.parties));
  for (const p of partners)
    if (!used.has(p.id) && !p.seeking)
      errors.push(`partner ${p.id} is in no partnership and seeks no partner`);
  if (errors.length) die(`\n  ${errors.join('\n  ')}`);
}

// ---------------------------------------------------------------- output

const clean = (o) => {
  if (Array.isArray(o)) return o.map(clean);
  if (o && typeof o === 'object') {
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k, v]) => !k.startsWith('_') && v !== undefined && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, clean(v)]),
    );
  }
  return o;
};

// Keys in the order of the schemas (src/dataset/schema.ts), so every record of a file reads the same way.
const KEY_ORDER = {
  countries: ['id', 'iso3', 'name', 'aliases', 'region', 'subregion', 'icld_cluster', 'icld_lists', 'notes'],
  municipalities: [
    'id',
    'kind',
    'name',
    'code',
    'county',
    'population',
    'aliases',
    'kp_status',
    'regional_duties',
    'interests',
    'notes',
    'sources',
  ],
  partners: [
    'id',
    'name',
    'aliases',
    'country',
    'province',
    'population',
    'population_note',
    'themes',
    'seeking',
    'notes',
  ],
  partnerships: [
    'id',
    'programme',
    'parties',
    'countries',
    'start',
    'end',
    'when',
    'phases',
    'phase_text',
    'network',
    'status',
    'themes',
    'themes_text',
    'collaborators',
    'source',
    'notes',
  ],
};

function write(file, schemaName, header, records, groupOf) {
  const order = KEY_ORDER[schemaName];
  const ordered = (r) => {
    for (const k of Object.keys(r))
      if (!k.startsWith('_') && !order.includes(k)) die(`${file}: unknown key ${k}`);
    return Object.fromEntries(order.filter((k) => k in r).map((k) => [k, r[k]]));
  };
  const doc = new Document(clean(records.map(ordered)));
  visit(doc, {
    Seq(_, node) {
      if (node.items.length && node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map(_, node) {
      const keys = node.items.map((p) => p.key.value).join();
      if ((keys === 'en,sv' || keys === 'en' || keys === 'sv') && node.items.every((p) => isScalar(p.value)))
        node.flow = true;
    },
  });
  doc.commentBefore = ` yaml-language-server: $schema=../schema/${schemaName}.schema.json\n${header.map((l) => ` ${l}`).join('\n')}`;
  let last;
  doc.contents.items.forEach((node, i) => {
    const group = groupOf?.(records[i]);
    if (group && group !== last) node.commentBefore = ` --- ${group}`;
    last = group;
    if (i > 0) node.spaceBefore = true;
  });
  writeFileSync(join(dataDir, file), doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
}

// ---------------------------------------------------------------- main

const countries = buildCountries();
const municipalities = buildMunicipalities();
applySeekers();
const partnerships = buildPartnerships(municipalities);
const themes = parse(readFileSync(join(dataDir, 'themes.yaml'), 'utf8'));
const coll = new Intl.Collator('sv');
const partners = [...P].sort((a, b) => coll.compare(a.country, b.country) || coll.compare(a.name, b.name));
validate({ countries, themes, municipalities, partners, partnerships });

const countryName = new Map(countries.map((c) => [c.id, c.name.en]));
const names = new Map(municipalities.map((m) => [m.id, m.name]));
write(
  'countries.yaml',
  'countries',
  [
    'From ../shared/reference/countries.tsv (codes and names from world-countries 5.1.0 and i18n-iso-countries 7.14.0; ICLD lists',
    "as published on ICLD pages; early20 = the README's list of ICLD's first 20 countries), plus the other countries that twin",
    'towns and other relations need (same packages for codes and names).',
  ],
  countries,
);
write(
  'municipalities.yaml',
  'municipalities',
  [
    'Swedish parties. Municipalities: SCB codes, names, counties and population 31 Dec 2024 (../shared/reference/sweden_municipalities.tsv).',
    'Regions: ../shared/reference/sweden_regions.tsv (Region Gotland is the municipality Gotland, 0980, with regional duties).',
    'Associations, aliases, interests and KP status: the parties named in the reference files and the seed texts (sources per record).',
  ],
  municipalities,
  (m) =>
    ({
      municipality: 'Municipalities (kommuner), by SCB code',
      region: 'Regions, by county code',
      association: 'Associations (kommunalförbund, regionförbund)',
    })[m.kind],
);
write(
  'partners.yaml',
  'partners',
  [
    'Municipalities abroad named in ../shared/reference (partnerships, other relations, twin towns, partner seekers) and the seed texts.',
    'One record per real entity; aliases keep the spellings and organisational names the sources use. Seeking profiles:',
    'partner_seekers.tsv (ICLD "Partnermatchningar" and network pages).',
  ],
  partners,
  (p) => countryName.get(p.country),
);
write(
  'partnerships.yaml',
  'partnerships',
  [
    'One record per row of ../shared/reference/partnerships.tsv (programme kp), other_relations.tsv and twin_towns_sample.tsv,',
    'plus relations only the seed texts name. when, phase_text and themes_text keep the source wording; start/end only where the row',
    'states a year. Grouped by the first Swedish party.',
  ],
  partnerships,
  (r) => names.get(r.parties[0]),
);

console.log(
  `countries ${countries.length}, themes ${themes.length}, municipalities ${municipalities.length}, partners ${partners.length}, partnerships ${partnerships.length}`,
);
