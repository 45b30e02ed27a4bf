import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statusQuo } from '../../src/port/engine.js';
import type { Scenario } from '../../src/model/types.js';
import { writeBrief } from '../../src/ui/brief-export.js';
import type { BriefRequest } from '../../src/ui/engine-port.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'palancas-brief-'));
  dirs.push(d);
  return d;
}

// A scenario with a lever moved off the status quo, few runs, a fixed seed.
const scenario: Scenario = {
  ...statusQuo(),
  name: 'Guard only',
  seed: 'brief-test',
  runs: 40,
  levers: { ...statusQuo().levers, guard_size: 300000 },
};
const request = (path: string, overwrite = false): BriefRequest => ({
  path,
  scenario,
  file: 'scenarios/guard-only.yaml',
  reproduce: 'palancas brief scenarios/guard-only.yaml -o out.html --runs 40 --seed brief-test',
  overwrite,
});

describe('writeBrief (the real port, quick)', () => {
  it('writes a self-contained HTML brief with the notice, charts and the reproduce line', async () => {
    const cwd = tempDir();
    const r = await writeBrief(request('out.html'), { cwd, quick: true });
    expect(r).toEqual({ ok: true });
    const html = readFileSync(join(cwd, 'out.html'), 'utf8');
    expect(html).toContain('not a forecast');
    expect(html).toContain('<svg');
    expect(html).toContain('Guard only');
    expect(html).toContain('palancas brief scenarios/guard-only.yaml -o out.html --runs 40 --seed brief-test');
    // Atomic write: no temporary file is left beside it.
    expect(readdirSync(cwd)).toEqual(['out.html']);
  }, 30000);

  it('writes Markdown for .md, and leaves an existing file alone unless told to overwrite', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'b.md'), 'keep me');
    const refused = await writeBrief(request('b.md'), { cwd, quick: true });
    expect(refused).toMatchObject({ ok: false, exists: true });
    expect(readFileSync(join(cwd, 'b.md'), 'utf8')).toBe('keep me');
    const r = await writeBrief(request('b.md', true), { cwd, quick: true });
    expect(r).toEqual({ ok: true });
    const md = readFileSync(join(cwd, 'b.md'), 'utf8');
    expect(md).toMatch(/^# /);
    expect(md).toContain('not a forecast');
    expect(md).not.toContain('<html');
  }, 30000);

  it('reports a missing folder and a wrong extension without writing', async () => {
    const cwd = tempDir();
    const missing = await writeBrief(request('nope/out.html'), { cwd, quick: true });
    expect(missing).toMatchObject({ ok: false, exists: false });
    if (!missing.ok) expect(missing.message).toContain('nope');
    const txt = await writeBrief(request('out.txt'), { cwd, quick: true });
    expect(txt).toMatchObject({ ok: false, exists: false });
    expect(readdirSync(cwd)).toEqual([]);
  });
});
