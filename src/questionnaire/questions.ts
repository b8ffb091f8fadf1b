// What the questionnaire says and what each answer means, as frozen tables: a new role, priority
// or next step is an entry here. Texts in English and Swedish (--lang).
import type { Component } from '../core/weights.js';
import { fill, type Lang } from '../output/labels.js';

type Text = Readonly<Record<Lang, string>>;
const t = (en: string, sv: string): Text => Object.freeze({ en, sv });

/** Who is asking. A programme officer may ask for either side: the municipality picked decides. */
export const ROLES = Object.freeze({
  abroad: t(
    'A municipality abroad, looking for a Swedish partner',
    'En kommun utomlands som söker en svensk partner',
  ),
  sweden: t(
    'A Swedish municipality or region, looking for a partner abroad',
    'En svensk kommun eller region som söker en partner utomlands',
  ),
  officer: t(
    'A programme officer, asking on behalf of a municipality',
    'En handläggare som frågar för en kommuns räkning',
  ),
});
export type Role = keyof typeof ROLES;

/** The side of the requester: whom the ranking is for. */
export type Side = 'abroad' | 'sweden';

/**
 * What matters most, mapped onto the ranking's weights: --weight multipliers of the defaults
 * (src/core/weights.ts), so the chosen component counts two to six times as much and the rest
 * stay as they are. `needs` names what must be known
 * for the priority to mean anything (size needs a requester whose population is in the data).
 */
export interface Priority {
  readonly label: Readonly<Record<Side, Text>>;
  readonly weights: Readonly<Partial<Record<Component, number>>>;
  readonly needs?: 'size';
}

const same = (text: Text) => Object.freeze({ abroad: text, sweden: text });

export const PRIORITIES = Object.freeze({
  balanced: {
    label: same(t('A balance of everything (the default weights)', 'En balans av allt (standardvikterna)')),
    weights: {},
  },
  theme: {
    label: same(t('Working on the same themes', 'Att arbeta med samma teman')),
    weights: { theme: 2 },
  },
  country: {
    label: Object.freeze({
      abroad: t('Experience in our country', 'Erfarenhet i vårt land'),
      sweden: t('A country where we already have contacts', 'Ett land där vi redan har kontakter'),
    }),
    weights: { country: 3, region: 3 },
  },
  experience: {
    label: same(
      t('An experienced partner (KP partnerships before)', 'En erfaren partner (tidigare KP-partnerskap)'),
    ),
    weights: { experience: 3 },
  },
  size: {
    label: same(t('A municipality of similar size', 'En kommun av liknande storlek')),
    weights: { size: 6 },
    needs: 'size',
  },
} satisfies Record<string, Priority>);
export type PriorityId = keyof typeof PRIORITIES;

/** "--weight" text for a priority: "" for the defaults. */
export function weightSpec(id: PriorityId): string {
  return Object.entries(PRIORITIES[id].weights)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** The priority a --weight text came from, if it is one of ours. */
export function priorityOf(spec: string): PriorityId | undefined {
  return (Object.keys(PRIORITIES) as PriorityId[]).find((id) => weightSpec(id) === spec);
}

/** What to do once the ranking is on screen. */
export const NEXT = Object.freeze({
  save: t('Save the list as a CSV file or a workbook', 'Spara listan som CSV-fil eller arbetsbok'),
  show: t("Show one candidate's full profile", 'Visa en kandidats hela profil'),
  change: t('Change an answer and rank again', 'Ändra ett svar och rangordna igen'),
  quit: t('Quit', 'Avsluta'),
});
export type NextId = keyof typeof NEXT;

/** Every question and message, by id. {x} is filled in. */
export const TEXT = Object.freeze({
  role: t('Who is asking?', 'Vem frågar?'),
  fromAbroad: t('Which municipality are you? (type to search)', 'Vilken kommun är ni? (skriv för att söka)'),
  fromAbroadIn: t(
    'Which municipality in {country}? (type to search)',
    'Vilken kommun i {country}? (skriv för att söka)',
  ),
  fromSweden: t(
    'Which Swedish municipality or region? (type to search)',
    'Vilken svensk kommun eller region? (skriv för att söka)',
  ),
  fromAny: t(
    'Which municipality is it for, in Sweden or abroad? (type to search)',
    'Vilken kommun gäller det, i Sverige eller utomlands? (skriv för att söka)',
  ),
  notListed: t('Not in the list: choose the country instead', 'Finns inte i listan: välj landet i stället'),
  notListedShort: t('not in the list', 'finns inte i listan'),
  notListedHelp: t(
    'Candidates are then ranked for any municipality in that country',
    'Kandidaterna rangordnas då för en kommun i det landet',
  ),
  country: t(
    'Which country is the municipality in? (type to search, English or Swedish)',
    'I vilket land ligger kommunen? (skriv för att söka, engelska eller svenska)',
  ),
  countryFilter: t(
    'In which country should the partner be? (type to search)',
    'I vilket land ska partnern finnas? (skriv för att söka)',
  ),
  anyCountry: t('Any partner country', 'Vilket samarbetsland som helst'),
  notIcld: t(
    "Not on ICLD's current list of partner countries: candidates there are flagged",
    'Inte på ICLD:s nuvarande lista över samarbetsländer: kandidater där flaggas',
  ),
  themes: t(
    'Which themes? (type to search, English or Swedish; Enter adds one)',
    'Vilka teman? (skriv för att söka, engelska eller svenska; Enter lägger till)',
  ),
  themesMore: t(
    'Another theme? (Enter on a chosen one removes it)',
    'Ett tema till? (Enter på ett valt tar bort det)',
  ),
  done: t('Done: rank with {chosen}', 'Klar: rangordna med {chosen}'),
  noTheme: t('No particular theme', 'Inget särskilt tema'),
  noThemeHelp: t('Rank on experience and country alone', 'Rangordna bara efter erfarenhet och land'),
  ownThemes: t('No particular theme: use {name:gen} own', 'Inget särskilt tema: använd {name:gen} egna'),
  chosenMark: t('chosen', 'vald'),
  priority: t('What matters most?', 'Vad är viktigast?'),
  all: t(
    'Also include Swedish municipalities with no KP history?',
    'Ta med svenska kommuner utan KP-historik också?',
  ),
  next: t('What next?', 'Vad vill du göra nu?'),
  file: t('File name (.xlsx for an Excel workbook)', 'Filnamn (.xlsx för en Excel-arbetsbok)'),
  fileEmpty: t('Type a file name', 'Skriv ett filnamn'),
  fileFolder: t('{file} is a folder: type a file name', '{file} är en mapp: skriv ett filnamn'),
  excel: t(
    'For Swedish Excel (semicolons, decimal comma)? No gives plain CSV',
    'För svenska Excel (semikolon, decimalkomma)? Nej ger vanlig CSV',
  ),
  replace: t('{file} exists. Replace it?', '{file} finns redan. Ersätta den?'),
  saved: t('Saved {n} candidates to {file}', 'Sparade {n} kandidater i {file}'),
  pick: t('Which candidate?', 'Vilken kandidat?'),
  back: t('Back', 'Tillbaka'),
  change: t('Which answer?', 'Vilket svar?'),
  equivalent: t('The same without the questions:', 'Samma sak utan frågor:'),
  equivalentFile: t('and the same file:', 'och samma fil:'),
});

export function say(key: keyof typeof TEXT, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(TEXT[key][lang], vars, lang);
}
