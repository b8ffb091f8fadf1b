// Theme labels inside sentences: lower case, names as written.
import { describe, expect, it } from 'vitest';
import { type Lang, themeInText } from '../../src/output/labels.js';
import { theme } from '../core/tiny.js';

describe('themeInText', () => {
  it.each<{ en: string; sv: string; lang: Lang; expected: string }>([
    {
      en: 'Refugee inclusion and integration',
      sv: '',
      lang: 'en',
      expected: 'refugee inclusion and integration',
    },
    { en: 'Agenda 2030 and the SDGs', sv: '', lang: 'en', expected: 'Agenda 2030 and the SDGs' },
    {
      en: '',
      sv: 'Agenda 2030 och de globala målen',
      lang: 'sv',
      expected: 'Agenda 2030 och de globala målen',
    },
    { en: 'European integration', sv: 'EU-integration', lang: 'en', expected: 'European integration' },
    { en: 'European integration', sv: 'EU-integration', lang: 'sv', expected: 'EU-integration' },
    {
      en: '',
      sv: 'Medborgarnas delaktighet och inflytande',
      lang: 'sv',
      expected: 'medborgarnas delaktighet och inflytande',
    },
  ])('$lang: $expected', ({ en, sv, lang, expected }) => {
    expect(themeInText(theme('t', { label: { en, sv } }), lang)).toBe(expected);
  });
});
