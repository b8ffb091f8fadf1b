// The writer for stdout and stderr off a terminal (src/stdio.ts), against real file descriptors.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stdio } from '../src/stdio.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kp-stdio-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const never = () => {
  throw new Error('no stream expected');
};

describe('stdio off a terminal', () => {
  it('writes everything to a file, in order, with no stream', () => {
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    try {
      const failures: string[] = [];
      const out = stdio(fd as 1, never, {
        closed: () => failures.push('closed'),
        failed: (e) => failures.push(e.code!),
      });
      expect(out.isTTY).toBe(false);
      const big = 'å'.repeat(200_000);
      out.write('one\n');
      out.write(big);
      out.write('\ntwo\n');
      expect(failures).toEqual([]);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe(`one\n${'å'.repeat(200_000)}\ntwo\n`);
  });

  it('reports a descriptor it cannot write to as a failure, with its code, and stops', () => {
    const file = join(dir, 'read-only.txt');
    writeFileSync(file, '');
    const fd = openSync(file, 'r');
    try {
      const failures: string[] = [];
      const out = stdio(fd as 1, never, {
        closed: () => failures.push('closed'),
        failed: (e) => failures.push(e.code!),
      });
      out.write('x');
      expect(failures).toEqual(['EBADF']);
    } finally {
      closeSync(fd);
    }
  });
});
