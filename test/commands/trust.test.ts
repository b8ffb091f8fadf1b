// Answers a programme officer can trust (issue 14), end to end through the CLI: official names,
// strict fuzzy matching, eligibility of the country, status as of a year, weights, reasons.
import { describe, expect, it } from 'vitest';
import { kp } from '../helpers.js';

const json = async (args: string[]) => {
  const r = await kp([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return { doc: JSON.parse(r.stdout), stderr: r.stderr };
};

describe('official names resolve', () => {
  it.each([
    ['Lunds kommun', 'Lund'],
    ['Ystads kommun', 'Ystad'],
    ['Falköpings kommun', 'Falköping'],
    ['Karlstads kommun', 'Karlstad'],
    ['Sundsvalls kommun', 'Sundsvall'],
    ['Göteborgs stad', 'Göteborg'],
    ['Stockholms stad', 'Stockholm'],
    ['Region Skåne län', 'Region Skåne'],
    ['Västra Götalandsregionen', 'Västra Götalandsregionen'],
    ['VGR', 'Västra Götalandsregionen'],
    ['Falu kommun', 'Falun'],
    ['lunds KOMMUN', 'Lund'],
    ['Falkopings kommun', 'Falköping'],
  ])('kp show "%s" → %s', async (input, name) => {
    const { doc } = await json(['show', input]);
    expect(doc.name).toBe(name);
  });

  it.each([
    ['--from', 'Ystads kommun', 'Ystad'],
    ['--from', 'Göteborgs stad', 'Göteborg'],
  ])('kp match %s "%s" → %s', async (flag, input, name) => {
    const { doc } = await json(['match', flag, input, '--theme', 'waste']);
    expect(doc.query.from.name).toBe(name);
  });
});

describe('whole words and prefixes beat fuzzy similarity', () => {
  it.each([
    ['planning', 'urban-planning'],
    ['finance', 'municipal-finance'],
  ])('--theme %s → %s', async (input, id) => {
    const { doc, stderr } = await json(['match', '--country', 'Kenya', '--theme', input]);
    expect(doc.query.themes.map((t: { id: string }) => t.id)).toEqual([id]);
    expect(stderr).not.toMatch(/closest match/);
  });

  it.each(['VGR', 'Gulu'])('--country %s is a usage error listing candidates, not a guess', async (input) => {
    const r = await kp(['match', '--country', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^kp: no country matches "${input}"`));
    expect(r.stdout).toBe('');
  });
});
