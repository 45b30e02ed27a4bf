import * as fs from 'node:fs/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types.js';
import { MAX_SCENARIO_CHARS } from '../../src/scenario/parse-scenario.js';
import {
  listScenarioFiles,
  STALE_TEMP_MS,
  loadScenarioFile,
  saveScenarioFile,
  ScenarioSaveError,
  type SaveIo,
} from '../../src/scenario/scenario-files.js';
import { REGISTRY } from '../fixtures/registry.js';
import { msg } from '../../src/text/i18n.js';
import { fakeSettings } from '../helpers/fake-ids.js';

const SCENARIO: Scenario = {
  name: 'Saved',
  description: 'A scenario written by the tests.',
  seed: '42',
  runs: 200,
  levers: { guard_size: 100000, cannabis_legal: 1 },
  ...fakeSettings({ assumptions: { gun_lethality: 2 } }),
  camps: { cannabis_share_2010: 'us_government' },
};

let dir = '';

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'palancas-scenario-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Saves and expects a ScenarioSaveError, returning it. */
async function saveFails(...args: Parameters<typeof saveScenarioFile>): Promise<ScenarioSaveError> {
  try {
    await saveScenarioFile(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioSaveError);
    return error as ScenarioSaveError;
  }
  throw new Error('save should have failed');
}

describe('saveScenarioFile and loadScenarioFile', () => {
  it('saves a file that loads back as the same scenario, leaving no temporary file', async () => {
    const path = join(dir, 'saved.yaml');
    await saveScenarioFile(path, SCENARIO, REGISTRY, { overwrite: false });
    const loaded = await loadScenarioFile(path, REGISTRY);
    expect(loaded).toEqual({ ok: true, scenario: SCENARIO, warnings: [] });
    expect(await fs.readdir(dir)).toEqual(['saved.yaml']);
  });

  it('refuses to overwrite without permission and leaves the file as it was', async () => {
    const path = join(dir, 'mine.yaml');
    await fs.writeFile(path, 'name: Original\n');
    const error = await saveFails(path, SCENARIO, REGISTRY, { overwrite: false });
    expect(error.code).toBe('exists');
    expect(error.message).toContain('already exists');
    expect(await fs.readFile(path, 'utf8')).toBe('name: Original\n');
    expect(await fs.readdir(dir)).toEqual(['mine.yaml']);
  });

  it('overwrites when allowed', async () => {
    const path = join(dir, 'mine.yaml');
    await fs.writeFile(path, 'name: Original\n');
    await saveScenarioFile(path, SCENARIO, REGISTRY, { overwrite: true });
    const loaded = await loadScenarioFile(path, REGISTRY);
    expect(loaded.ok && loaded.scenario.name).toBe('Saved');
    expect(await fs.readdir(dir)).toEqual(['mine.yaml']);
  });

  it('keeps the old file intact and removes the temporary file when writing fails half way', async () => {
    const path = join(dir, 'mine.yaml');
    await fs.writeFile(path, 'name: Original\n');
    let tempPath = '';
    const failingIo: SaveIo = {
      open: (async (file: string, flags: string, mode: number) => {
        tempPath = file;
        const handle = await fs.open(file, flags, mode);
        // Write part of the text, then fail as a full disk would.
        return Object.assign(Object.create(handle) as fs.FileHandle, {
          writeFile: async (text: string) => {
            await handle.write(text.slice(0, 10));
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as SaveIo['open'],
      rename: fs.rename,
      link: fs.link,
      unlink: fs.unlink,
      stat: fs.stat,
    };
    const error = await saveFails(path, SCENARIO, REGISTRY, { overwrite: true, io: failingIo });
    expect(error.code).toBe('write-failed');
    expect(error.message).toContain('ENOSPC');
    expect(tempPath.startsWith(dir)).toBe(true);
    expect(await fs.readFile(path, 'utf8')).toBe('name: Original\n');
    expect(await fs.readdir(dir)).toEqual(['mine.yaml']);
  });

  it('removes the temporary file when the final rename fails (target is a folder)', async () => {
    const path = join(dir, 'folder.yaml');
    await fs.mkdir(path);
    await fs.writeFile(join(path, 'inside'), 'x');
    const error = await saveFails(path, SCENARIO, REGISTRY, { overwrite: true });
    expect(error.code).toBe('write-failed');
    expect(await fs.readdir(dir)).toEqual(['folder.yaml']);
    expect(await fs.readFile(join(path, 'inside'), 'utf8')).toBe('x');
  });

  it('reports an existing target that appears between the check and the link', async () => {
    const path = join(dir, 'race.yaml');
    const racingIo: SaveIo = {
      open: fs.open,
      rename: fs.rename,
      link: async (from, to) => {
        await fs.writeFile(to, 'name: Someone else\n');
        return fs.link(from, to);
      },
      unlink: fs.unlink,
      stat: fs.stat,
    };
    const error = await saveFails(path, SCENARIO, REGISTRY, { overwrite: false, io: racingIo });
    expect(error.code).toBe('exists');
    expect(await fs.readFile(path, 'utf8')).toBe('name: Someone else\n');
    expect(await fs.readdir(dir)).toEqual(['race.yaml']);
  });

  it('refuses to save a scenario that would not load back, and writes nothing', async () => {
    const path = join(dir, 'bad.yaml');
    const error = await saveFails(path, { ...SCENARIO, levers: { guard_size: 9e9 } }, REGISTRY, { overwrite: false });
    expect(error.code).toBe('invalid');
    expect(error.problems.map((p) => p.path)).toContain('levers.guard_size');
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('reports a missing file or an oversized file as a problem, with the path as given', async () => {
    const missing = await loadScenarioFile(join(dir, 'nope.yaml'), REGISTRY);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems[0]).toMatchObject({ file: join(dir, 'nope.yaml'), line: 1, column: 1 });
    if (!missing.ok) expect(missing.problems[0]?.message).toContain('ENOENT');

    const big = join(dir, 'big.yaml');
    await fs.writeFile(big, `name: x\ndescription: "${'y'.repeat(MAX_SCENARIO_CHARS * 4)}"\n`);
    const loaded = await loadScenarioFile(big, REGISTRY);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems[0]?.message).toMatch(/too large/);
  });
});

describe('saveScenarioFile: permissions, links and leftovers', () => {
  it('keeps the permissions of the file it overwrites', async () => {
    const path = join(dir, 'private.yaml');
    await fs.writeFile(path, 'name: Original\n', { mode: 0o600 });
    await fs.chmod(path, 0o600);
    await saveScenarioFile(path, SCENARIO, REGISTRY, { overwrite: true });
    expect((await fs.stat(path)).mode & 0o777).toBe(0o600);
    await fs.chmod(path, 0o640);
    await saveScenarioFile(path, SCENARIO, REGISTRY, { overwrite: true });
    expect((await fs.stat(path)).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link to the file it points to, keeping the link', async () => {
    await fs.mkdir(join(dir, 'real'));
    const real = join(dir, 'real', 'target.yaml');
    await fs.writeFile(real, 'name: Original\n');
    const link = join(dir, 'link.yaml');
    await fs.symlink(join('real', 'target.yaml'), link);
    await saveScenarioFile(link, SCENARIO, REGISTRY, { overwrite: true });
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    const loaded = await loadScenarioFile(real, REGISTRY);
    expect(loaded.ok && loaded.scenario.name).toBe('Saved');
    expect((await fs.readdir(join(dir, 'real'))).sort()).toEqual(['target.yaml']);
  });

  it('refuses a link that points nowhere, saying so', async () => {
    const link = join(dir, 'dangling.yaml');
    await fs.symlink('missing.yaml', link);
    const error = await saveFails(link, SCENARIO, REGISTRY, { overwrite: true });
    expect(error.code).toBe('write-failed');
    expect(error.message).toContain(msg.scenario.file.danglingLink('missing.yaml'));
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('removes stale temporary files of an interrupted save, and leaves recent ones and other files', async () => {
    const path = join(dir, 'mine.yaml');
    const stale = join(dir, '.mine.yaml.0123456789ab.tmp');
    const recent = join(dir, '.mine.yaml.ba9876543210.tmp');
    const other = join(dir, '.other.yaml.0123456789ab.tmp');
    for (const f of [stale, recent, other]) await fs.writeFile(f, 'name: half');
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    await fs.utimes(stale, old, old);
    await fs.utimes(other, old, old);
    await saveScenarioFile(path, SCENARIO, REGISTRY, { overwrite: false });
    expect((await fs.readdir(dir)).sort()).toEqual([
      '.mine.yaml.ba9876543210.tmp',
      '.other.yaml.0123456789ab.tmp',
      'mine.yaml',
    ]);
  });
});

describe('listScenarioFiles', () => {
  it('lists .yaml and .yml files sorted, skipping hidden and other files and folders', async () => {
    for (const name of ['b.yaml', 'a.yml', '.a.yaml.123.tmp', '.hidden.yaml', 'notes.txt']) {
      await fs.writeFile(join(dir, name), 'name: x\n');
    }
    await fs.mkdir(join(dir, 'sub.yaml'));
    expect(await listScenarioFiles(dir)).toEqual([join(dir, 'a.yml'), join(dir, 'b.yaml')]);
  });

  it('gives an empty list for a missing folder', async () => {
    expect(await listScenarioFiles(join(dir, 'missing'))).toEqual([]);
  });
});

describe('loadScenarioFile: text encoding', () => {
  const write = (name: string, bytes: Uint8Array): string => {
    const dir = mkdtempSync(join(tmpdir(), 'palancas-utf8-'));
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  it('refuses bytes that are not UTF-8, naming the byte offset, line and column', async () => {
    const path = write(
      'bad.yaml',
      Buffer.concat([Buffer.from('description: ok\nname: "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]),
    );
    const r = await loadScenarioFile(path, REGISTRY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 2, column: 8, message: msg.scenario.file.notUtf8('23', '0xC3') });
    expect(r.problems[0]?.message).toContain('not UTF-8');
  });
  it('says a UTF-16 file is UTF-16', async () => {
    const text = 'name: x\ndescription: y\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await loadScenarioFile(write('le.yaml', le), REGISTRY);
    expect(r.ok ? '' : r.problems[0]?.message).toBe(msg.scenario.file.utf16('LE'));
  });
  it('still reads UTF-8 with and without a byte order mark, and characters beyond ASCII', async () => {
    const text = 'name: "Plataforma año 2018 — 𝔸"\ndescription: y\n';
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      const r = await loadScenarioFile(write('ok.yaml', bytes), REGISTRY);
      expect(r.ok && r.scenario.name).toBe('Plataforma año 2018 — 𝔸');
    }
  });
});
