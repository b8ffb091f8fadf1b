// Colour only on a terminal (or FORCE_COLOR), never with NO_COLOR, --no-color or TERM=dumb;
// chalk makes it, and is loaded only then.
import { describe, expect, it } from 'vitest';
import { kp } from '../helpers.js';

const KENYA = ['match', '--country', 'Kenya', '--theme', 'refugees'];
const ANSI = /\u001b\[\d+m/;

describe('colour', () => {
  it.each<{ name: string; env: Record<string, string>; tty: boolean; args: string[]; colour: boolean }>([
    { name: 'a terminal', env: {}, tty: true, args: [], colour: true },
    { name: 'FORCE_COLOR off a terminal', env: { FORCE_COLOR: '1' }, tty: false, args: [], colour: true },
    { name: 'a pipe', env: {}, tty: false, args: [], colour: false },
    { name: 'NO_COLOR on a terminal', env: { NO_COLOR: '1' }, tty: true, args: [], colour: false },
    { name: '--no-color on a terminal', env: {}, tty: true, args: ['--no-color'], colour: false },
    { name: 'TERM=dumb on a terminal', env: { TERM: 'dumb' }, tty: true, args: [], colour: false },
    { name: 'FORCE_COLOR=0 on a terminal', env: { FORCE_COLOR: '0' }, tty: true, args: [], colour: false },
  ])('$name', async ({ env, tty, args, colour }) => {
    const r = await kp([...KENYA, ...args], { env, tty });
    expect(r.code).toBe(0);
    expect(ANSI.test(r.stdout)).toBe(colour);
    expect(ANSI.test(r.stderr)).toBe(colour);
    // The colours do not move the columns: the text without them is the plain table.
    const plain = await kp(KENYA, { env: { COLUMNS: tty ? '100' : '80' } });
    expect(r.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  });
});
