// -o PATH never harms what is at PATH: each kind of path, in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  openSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kp, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'kp.js');

const tmp = () => mkdtempSync(join(tmpdir(), 'kp-write-'));
const KENYA = ['match', '--country', 'Kenya', '--theme', 'refugees', '--format', 'json'];

describe('-o PATH', () => {
  it('a named pipe is written into, and its reader gets the whole output', async () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (b: Buffer) => (got += b.toString('utf8')));
    const done = new Promise((ok) => reader.on('close', ok));
    // partnerships as JSON: larger than a pipe's buffer, so the writer waits on its reader.
    const r = await kp(['list', 'partnerships', '--format', 'json', '-o', fifo]);
    await done;
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(got)).toHaveLength(
      JSON.parse((await kp(['list', 'partnerships', '--format', 'json'])).stdout).length,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('a named pipe whose reader stops early (head -c10): exit 0, no error, no "wrote"', async () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('head', ['-c', '10', fifo]);
    const done = new Promise((ok) => reader.on('close', ok));
    const r = await kp(['list', 'partnerships', '--format', 'json', '-o', fifo]);
    await done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|cannot write|wrote/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a named pipe nobody reads: kp waits, and Ctrl+C still ends it (130), the pipe left as it was', async () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, ...KENYA, '-o', fifo], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    // The note about the theme comes before the write: from then on kp is waiting on the pipe.
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString('utf8');
      if (!child.killed && stderr.includes('refugees')) child.kill('SIGINT');
    });
    const code = await new Promise((ok) => child.on('exit', (c) => ok(c)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/kp: interrupted/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it.each([[[]], [['--force']]])(
    '/dev/null %j is written into and stays a character device',
    async (force) => {
      const r = await kp([...KENYA, '-o', '/dev/null', ...force]);
      expect(r.code, r.stderr).toBe(0);
      expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    },
  );

  it('/dev/full is exit 73 with a message, and stays a device', async () => {
    const r = await kp([...KENYA, '-o', '/dev/full', '--force']);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/cannot write \/dev\/full: no space left on the device/);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a symbolic link: its target is replaced with --force, the link stays', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'k.json'), 'keep me\n');
    symlinkSync(join('real', 'k.json'), join(dir, 'link.json'));
    const refused = await kp([...KENYA, '-o', 'link.json'], { cwd: dir });
    expect(refused.code).toBe(73);
    expect(refused.stderr).toMatch(/link\.json exists; add --force/);
    expect(readFileSync(join(dir, 'real', 'k.json'), 'utf8')).toBe('keep me\n');

    const forced = await kp([...KENYA, '-o', 'link.json', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe(join('real', 'k.json'));
    expect(JSON.parse(readFileSync(join(dir, 'real', 'k.json'), 'utf8')).candidates[0].name).toBe('Borlänge');
    expect(readdirSync(join(dir, 'real'))).toEqual(['k.json']); // the temporary file went beside the target
  });

  // Spawned: in-process, /dev/stdout would be the test runner's own.
  it('/dev/stdout is written into, to a pipe and to the file the shell redirected to', () => {
    const args = [BIN, 'list', 'countries', '--format', 'json', '-o', '/dev/stdout'];
    const piped = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(piped.status, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout)[0]).toHaveProperty('id');

    const file = join(tmp(), 'out.json');
    writeFileSync(file, '');
    const inode = statSync(file).ino;
    const fd = openSync(file, 'w');
    const redirected = spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(redirected.status, redirected.stderr).toBe(0);
    expect(statSync(file).ino).toBe(inode); // the same file, written into, not replaced
    expect(JSON.parse(readFileSync(file, 'utf8'))[0]).toHaveProperty('id');
  });

  it('a symbolic link to nothing is refused (73)', async () => {
    const dir = tmp();
    symlinkSync('nowhere.json', join(dir, 'link.json'));
    const r = await kp([...KENYA, '-o', 'link.json', '--force'], { cwd: dir });
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/link\.json: it is a symbolic link to a file that does not exist/);
    expect(readdirSync(dir)).toEqual(['link.json']);
  });

  it.each([[[]], [['--force']]])('a folder is refused (73) %j', async (force) => {
    const dir = tmp();
    mkdirSync(join(dir, 'out'));
    const r = await kp([...KENYA, '-o', 'out', ...force], { cwd: dir });
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^kp: cannot write out: it is a folder/m);
    expect(statSync(join(dir, 'out')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('says it in Swedish with --lang sv', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'k.json'), 'x');
    const folder = await kp([...KENYA, '--lang', 'sv', '-o', 'out'], { cwd: dir });
    expect(folder.stderr).toMatch(/^kp: kan inte skriva out: det är en mapp; ange en fil i den$/m);
    const exists = await kp([...KENYA, '--lang', 'sv', '-o', 'k.json'], { cwd: dir });
    expect(exists.code).toBe(73);
    expect(exists.stderr).toMatch(/^kp: k\.json finns redan; lägg till --force/m);
  });

  it('a path through a file is 73 in one line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), 'x');
    const r = await kp([...KENYA, '-o', 'file/k.json'], { cwd: dir });
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/cannot write file\/k\.json: file is not a folder/);
  });

  it('a replaced file keeps its permissions', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'k.json'), 'old');
    chmodSync(join(dir, 'k.json'), 0o664);
    const r = await kp([...KENYA, '-o', 'k.json', '--force'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(dir, 'k.json')).mode & 0o777).toBe(0o664);
  });
});
