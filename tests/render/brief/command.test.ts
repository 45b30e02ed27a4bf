import { AnalysisError } from '../../../src/analysis/errors.js';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, formatFor } from '../../../src/cli/commands/brief.js';
import { UsageError, type CommandContext } from '../../../src/cli/command.js';
import { checkXml, svgFragments } from '../xml-check.js';

let dir = '';
const PLATFORM = `name: Platform test
description: Legal marijuana and a 300,000 Guard.
seed: "2018"
runs: 500
levers:
  cannabis_legal: 1
  guard_size: 300000
`;
const HARD = `name: Hard line
description: More kingpin targeting.
seed: "7"
runs: 50
levers:
  kingpin_intensity: 1.5
`;

function ctx(): CommandContext & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), cwd: dir, color: false, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'palancas-brief-'));
  await writeFile(join(dir, 'platform.yaml'), PLATFORM);
  await writeFile(join(dir, 'hard.yaml'), HARD);
  await writeFile(join(dir, 'broken.yaml'), 'name: Broken\nlevers:\n  no_such_lever: 3\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('palancas brief', () => {
  it('writes a full HTML brief for A vs B, atomically, with the command to reproduce it', async () => {
    const c = ctx();
    const code = await command.run(['platform.yaml', 'hard.yaml', '-o', 'out.html', '--runs', '20', '--seed', 's1'], c);
    expect(c.stderr.filter((l) => !l.endsWith('…\n'))).toEqual([]);
    expect(code).toBe(0);
    const html = await readFile(join(dir, 'out.html'), 'utf8');
    expect(checkXml(html, { html: true }).problems).toEqual([]);
    expect(html).toContain('not a forecast');
    expect(html).toContain('palancas brief platform.yaml hard.yaml -o out.html --runs 20 --seed s1');
    expect(svgFragments(html).length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('Hard line');
    expect(c.stdout.join('')).toMatch(/^Wrote out\.html \(HTML/);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('writes Markdown with --quick, using A\u2019s runs and seed by default', async () => {
    const c = ctx();
    await writeFile(join(dir, 'small.yaml'), PLATFORM.replace('runs: 500', 'runs: 12'));
    const code = await command.run(['small.yaml', '-o', 'brief.md', '--quick'], c);
    expect(code).toBe(0);
    const md = await readFile(join(dir, 'brief.md'), 'utf8');
    expect(md).toContain('palancas brief small.yaml -o brief.md --runs 12 --seed 2018 --quick');
    expect(md).toContain('## Appendix: Assumptions');
    expect(md).toMatch(/left out \(--quick\)/);
  });
  it('writes the same bytes twice from the same inputs', async () => {
    await command.run(['small.yaml', 'hard.yaml', '-o', 'one.html', '--quick'], ctx());
    await command.run(['small.yaml', 'hard.yaml', '-o', 'two.html', '--quick'], ctx());
    const one = await readFile(join(dir, 'one.html'), 'utf8');
    const two = await readFile(join(dir, 'two.html'), 'utf8');
    expect(two.replace('two.html', 'one.html')).toBe(one);
  });
  it('prints scenario problems and returns 2', async () => {
    const c = ctx();
    const code = await command.run(['broken.yaml', '-o', 'x.html'], c);
    expect(code).toBe(2);
    expect(c.stderr.join('')).toMatch(/broken\.yaml:\d+:\d+/);
    expect((await readdir(dir)).includes('x.html')).toBe(false);
  });
  it('rejects bad usage with a UsageError', async () => {
    await expect(command.run(['platform.yaml'], ctx())).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['platform.yaml', '-o', 'x.pdf'], ctx())).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['a', 'b', 'c', '-o', 'x.md'], ctx())).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['platform.yaml', '-o', 'x.md', '--runs', '0'], ctx())).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['platform.yaml', '-o', 'x.md', '--metric', 'nope'], ctx())).rejects.toBeInstanceOf(
      AnalysisError,
    );
    await expect(command.run(['platform.yaml', '-o', 'x.md', '--bogus'], ctx())).rejects.toBeInstanceOf(UsageError);
  });
  it('accepts preset names', async () => {
    const c = ctx();
    const code = await command.run(['platform-2018', 'hard-line', '-o', 'presets.md', '--quick', '--runs', '10'], c);
    expect(c.stderr.filter((l) => !l.endsWith('…\n'))).toEqual([]);
    expect(code).toBe(0);
    const md = await readFile(join(dir, 'presets.md'), 'utf8');
    expect(md).toContain('palancas brief platform-2018 hard-line -o presets.md --runs 10');
  });
  it('prints usage with --help', async () => {
    const c = ctx();
    expect(await command.run(['--help'], c)).toBe(0);
    expect(c.stdout.join('')).toContain('Usage: palancas brief A [B]');
  });
  it('returns 1 when the file cannot be written', async () => {
    const c = ctx();
    const code = await command.run(['small.yaml', '-o', join(dir, 'missing-dir', 'b.md'), '--quick'], c);
    expect(code).toBe(1);
    expect(c.stderr.join('')).toContain('could not write');
  });
  it('chooses the format by extension', () => {
    expect(formatFor('a.MD')).toBe('markdown');
    expect(formatFor('a.htm')).toBe('html');
    expect(() => formatFor('a.txt')).toThrow(UsageError);
  });
});
