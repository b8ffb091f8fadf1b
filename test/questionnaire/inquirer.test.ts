// The real prompts, rendered by @inquirer/testing's screen: the questionnaire's own questions as a
// person sees them, and Ctrl+C. (@inquirer/testing/vitest mocks the inquirer packages to draw on
// its screen, so it is imported first and the module under test after it.)
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/questionnaire/steps.js';
import { shippedDataset } from '../helpers.js';

const { createInquirerPrompter } = await import('../../src/questionnaire/inquirer.js');

class Interrupted extends Error {}
const prompter = (words?: Record<string, string>) =>
  createInquirerPrompter({
    // The screen replaces both streams; these are never read or written.
    input: process.stdin,
    output: process.stderr,
    color: false,
    interrupted: () => new Interrupted('interrupted'),
    words,
  });

describe('the inquirer prompter', () => {
  it('renders the themes question: type to search, synonyms in Swedish, a description, Done', async () => {
    const ds = shippedDataset();
    const pending = fill(
      { ds, lang: 'en', prompter: await prompter() },
      { role: 'abroad', from: null, country: 'KE', weight: '', all: false },
    );
    expect(screen.getScreen()).toContain(
      'Which themes? (type to search, English or Swedish; Enter adds one)',
    );

    screen.type('flyktingar');
    await screen.next();
    const found = screen.getScreen();
    expect(found).toContain('❯ Refugee inclusion and integration (flyktingar)');
    expect(found).toContain('Receiving refugees and newly arrived residents');

    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(
      /Another theme\?[\s\S]*❯ Done: rank with Refugee inclusion and integration/,
    );

    screen.keypress('enter');
    await expect(pending).resolves.toMatchObject({ themes: ['refugees'] });
  });

  it('Ctrl+C rejects with the error it was given (InterruptedError in kp), not ExitPromptError', async () => {
    const pending = (await prompter()).confirm({ id: 'all', message: 'Include them?', default: false });
    expect(screen.getScreen()).toContain('Include them? (y/N)');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(pending).rejects.toBeInstanceOf(Interrupted);
  });

  it('select starts on the default, so Enter takes it', async () => {
    const pending = (await prompter()).select({
      id: 'role',
      message: 'Who is asking?',
      choices: [
        { value: 'a', name: 'first' },
        { value: 'b', name: 'second' },
      ],
      default: 'b',
    });
    expect(screen.getScreen()).toContain('❯ second');
    screen.keypress('enter');
    await expect(pending).resolves.toBe('b');
  });

  it("says inquirer's own words in the reader's language", async () => {
    const sv = { navigate: 'navigera', select: 'välj', 'No results found': 'Inga träffar' };
    const p = await prompter(sv);
    const pending = p.search({ id: 'x', message: 'Vilket land?', source: () => [] });
    screen.type('Narnia');
    await screen.next();
    const shown = screen.getScreen();
    expect(shown).toContain('Inga träffar');
    expect(shown).not.toContain('No results found');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(pending).rejects.toBeInstanceOf(Interrupted);

    const chosen = p.select({ id: 'y', message: 'Vem?', choices: [{ value: 'a', name: 'a' }] });
    expect(screen.getScreen()).toMatch(/navigera[\s\S]*välj/);
    expect(screen.getScreen()).not.toContain('navigate');
    screen.keypress('enter');
    await expect(chosen).resolves.toBe('a');
  });
});
