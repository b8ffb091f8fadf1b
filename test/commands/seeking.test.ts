// A partner-seeker profile ranks 1–3 areas in its own words; the themes they name are listed in
// order but never numbered as ranks (Busia's profile ranks 2 areas that name 7 themes).
import { describe, expect, it } from 'vitest';
import { kp } from '../helpers.js';

describe('partner-seeker areas', () => {
  it.each([
    { lang: 'en', says: 'seeking a Swedish partner (its profile names: municipal technical services' },
    { lang: 'sv', says: 'söker en svensk partner (profilen nämner: teknisk förvaltning' },
  ])('kp match --from Uppsala --lang $lang: Busia’s areas without invented ranks', async ({ lang, says }) => {
    const r = await kp(['match', '--from', 'Uppsala', '--format', 'csv', '--lang', lang]);
    expect(r.code).toBe(0);
    const busia = r.stdout.split('\n').find((l) => l.includes('Busia'))!;
    expect(busia.toLowerCase()).toContain(says.toLowerCase());
    expect(busia).not.toMatch(/\b[3-7] (children|social|safety|urban|barn|social|trygghet)/i);
  });

  it('kp show Busia: the themes, and the ranking in the profile’s own words', async () => {
    const r = await kp(['show', 'Busia']);
    expect(r.stdout).toContain('Seeking a Swedish partner: Municipal technical services, Waste management');
    expect(r.stdout).toContain('In its words: 1. Tekniska kommunala frågor');
  });
});
