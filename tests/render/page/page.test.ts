/**
 * `palancas page`: one self-contained file (no external URL, under 1 MB, the scenario and every assumption's
 * source in it), whose inlined script computes what `palancas run --format json` prints for the same settings,
 * seed and runs, offers YAML that `palancas validate` accepts, and reads and writes its settings in the URL
 * fragment. The page script and the command line are the built ones (dist/), built here when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command } from '../../../src/cli/commands/page.js';
import type { CommandContext } from '../../../src/cli/command.js';
import { ASSUMPTIONS, LEVERS } from '../../../src/port/engine.js';
import { fragmentOf, settingsOfFragment, type FragmentSettings } from '../../../src/scenario/fragment.js';
import { escapeXml } from '../../../src/text/format.js';

const root = join(import.meta.dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
let dir = '';

/** The page script's functions (src/port/page-app.ts) as the page's inlined bundle defines them. */
interface PageScript {
  settingsOf(fragment: string): FragmentSettings;
  runSeries(data: unknown, settings: FragmentSettings): { series: unknown; baseline: unknown };
  scenarioYaml(data: unknown, settings: FragmentSettings): string;
  fragmentFor(data: unknown, settings: FragmentSettings): string;
}

function ctx(): CommandContext & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), cwd: dir, color: false, stdout, stderr };
}

/** The page's data and its inlined script, taken out of the HTML. */
function pageParts(html: string): { data: unknown; script: PageScript } {
  const data = html.match(/<script type="application\/json" id="palancas-data">([\s\S]*?)<\/script>/)?.[1];
  const code = html.match(/<script id="palancas-script">([\s\S]*?)<\/script>\n<script>PalancasPage\.start/)?.[1];
  if (data === undefined || code === undefined) throw new Error('page without its data or script');
  return { data: JSON.parse(data), script: new Function(`${code};return PalancasPage;`)() as PageScript };
}

function runJson(args: readonly string[]): { series: unknown; baseline: { series: unknown } } {
  return JSON.parse(execFileSync('node', [cli, 'run', ...args, '--format', 'json'], { cwd: dir, encoding: 'utf8' }));
}

let page = '';

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'page-app.js')) || !existsSync(cli))
    execFileSync('node', [join(root, 'scripts', 'build.mjs')], { cwd: root });
  dir = await mkdtemp(join(tmpdir(), 'palancas-page-'));
  const c = ctx();
  expect(await command.run(['platform-2018', '-o', 'page.html', '--runs', '200'], c)).toBe(0);
  expect(c.stderr).toEqual([]);
  expect(c.stdout.join('')).toMatch(/^Wrote page\.html \(\d+ kB, 200 runs per change\)/);
  page = await readFile(join(dir, 'page.html'), 'utf8');
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('palancas page', () => {
  it('writes one self-contained file under 1 MB with the scenario and every assumption and its source', async () => {
    expect((await readdir(dir)).sort()).toEqual(['page.html']);
    expect(Buffer.byteLength(page)).toBeLessThan(1024 * 1024);
    expect(page).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(page).not.toMatch(/<link\b|@import|url\(\s*["']?https?:/i);
    expect(page).toContain('<title>Platform 2018 (as announced)');
    expect(page).toContain('guard_size: 300000');
    for (const a of ASSUMPTIONS) {
      expect(page).toContain(escapeXml(a.label));
      expect(page).toContain(escapeXml(a.source));
    }
    expect(page).toContain('not a forecast');
  });

  it('computes in its own script what `palancas run --format json` prints, with the same seed and runs', () => {
    const { data, script } = pageParts(page);
    const mine = script.runSeries(data, script.settingsOf(''));
    const theirs = runJson(['platform-2018', '--runs', '200']);
    expect(mine.series).toEqual(theirs.series);
    expect(mine.baseline).toEqual(theirs.baseline.series);
  }, 60_000);

  it('with levers and a camp from the fragment, equals `run` on the YAML it offers and `--camp`', async () => {
    const { data, script } = pageParts(page);
    const settings = script.settingsOf('#guard_size=150000&cannabis_legal=0&camp.cannabis_share_2010=us_government');
    expect(settings).toEqual({
      levers: { guard_size: 150000, cannabis_legal: 0 },
      camps: { cannabis_share_2010: 'us_government' },
    });
    const offered = script.scenarioYaml(data, settings);
    await writeFile(join(dir, 'offered.yaml'), offered);
    expect(
      execFileSync('node', [cli, 'validate', 'offered.yaml'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }),
    ).toBeTruthy();
    expect(offered).toContain('guard_size: 150000');
    expect(offered).toMatch(/cannabis_share_2010: us_government/);
    // Camps apply to A and its reference, as --camp does.
    const mine = script.runSeries(data, settings);
    const theirs = runJson(['offered.yaml', '--camp', 'cannabis_share_2010=us_government']);
    expect(mine.series).toEqual(theirs.series);
    expect(mine.baseline).toEqual(theirs.baseline.series);
    // And the settings differ from the page's own: the numbers moved.
    expect(mine.series).not.toEqual(script.runSeries(data, script.settingsOf('')).series);
  }, 60_000);

  it('with --vs B, draws A against B: the reference is `run A --baseline B`', async () => {
    const c = ctx();
    expect(await command.run(['platform-2018', '--vs', 'hard-line', '-o', 'vs.html', '--seed', '7'], c)).toBe(0);
    const { data, script } = pageParts(await readFile(join(dir, 'vs.html'), 'utf8'));
    const mine = script.runSeries(data, script.settingsOf(''));
    const theirs = runJson(['platform-2018', '--baseline', 'hard-line', '--runs', '200', '--seed', '7']);
    expect(mine.series).toEqual(theirs.series);
    expect(mine.baseline).toEqual(theirs.baseline.series);
  }, 60_000);

  it('writes only the settings that differ from the scenario in its fragment', () => {
    const { data, script } = pageParts(page);
    expect(script.fragmentFor(data, script.settingsOf('guard_size=300000&cannabis_legal=1'))).toBe('');
    expect(script.fragmentFor(data, script.settingsOf('guard_size=150000&cannabis_legal=1'))).toBe('guard_size=150000');
  });

  it('refuses a name that is not .html, and needs -o', async () => {
    await expect(command.run(['platform-2018', '-o', 'page.md'], ctx())).rejects.toThrow(/\.html/);
    await expect(command.run(['platform-2018'], ctx())).rejects.toThrow(/-o FILE\.html/);
  });
});

describe('the settings fragment', () => {
  const registry = { levers: LEVERS, assumptions: ASSUMPTIONS };
  const contested = ASSUMPTIONS.filter((a) => a.camps?.length);
  const settings = fc.record({
    levers: fc.dictionary(
      fc.constantFrom(...LEVERS.map((l) => l.id)),
      fc.constant(0).chain(() => fc.nat(1000)),
    ),
    camps: fc.dictionary(fc.constantFrom(...contested.map((a) => a.id)), fc.nat(10)),
  });

  it('round-trips every lever value in range and every camp an assumption has', () => {
    fc.assert(
      fc.property(settings, (raw) => {
        const levers = Object.fromEntries(
          Object.entries(raw.levers).map(([id, k]) => {
            const l = LEVERS.find((x) => x.id === id) as (typeof LEVERS)[number];
            return [id, l.min + ((l.max - l.min) * k) / 1000];
          }),
        );
        const camps = Object.fromEntries(
          Object.entries(raw.camps).map(([id, k]) => {
            const cs = contested.find((a) => a.id === id)?.camps ?? [];
            return [id, cs[k % cs.length]?.id as string];
          }),
        );
        const s = { levers, camps } as FragmentSettings;
        expect(settingsOfFragment(fragmentOf(s), registry)).toEqual(s);
        expect(settingsOfFragment(`#${fragmentOf(s)}`, registry)).toEqual(s);
      }),
    );
  });

  it('skips unknown ids, values out of range, camps an assumption lacks and broken escapes', () => {
    const guard = LEVERS.find((l) => l.id === 'guard_size');
    expect(guard).toBeDefined();
    expect(
      settingsOfFragment(
        `no_such=1&guard_size=${(guard?.max ?? 0) + 1}&cannabis_legal=x&camp.cannabis_share_2010=nobody&%E0%A4%A=1&youth_budget=2`,
        registry,
      ),
    ).toEqual({ levers: { youth_budget: 2 }, camps: {} });
  });
});
