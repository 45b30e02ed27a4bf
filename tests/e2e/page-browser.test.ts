/**
 * End to end: the page of `palancas page` in a real browser (Chromium through playwright-core), opened from
 * file:// with settings in its fragment. Its numbers equal `palancas run --format json` for the same settings,
 * moving a slider redraws the chart and rewrites the fragment, and the YAML it downloads validates; after a
 * camp change its numbers equal `palancas run --camp`; a lever change and a camp change each redraw within
 * 100 ms (timed inside the page). Skipped when playwright-core or /usr/bin/chromium is missing; needs the build
 * (dist/), made here when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quantileSorted } from '../../src/model/quantiles.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const CHROMIUM = '/usr/bin/chromium';

/** The little of playwright-core used here (it is not a dependency: the test runs only where it is). */
interface Pw {
  chromium: { launch(o: { executablePath: string; args: string[] }): Promise<Browser> };
}
interface Browser {
  newPage(o?: { acceptDownloads?: boolean }): Promise<Page>;
  close(): Promise<void>;
}
interface Page {
  goto(url: string): Promise<unknown>;
  on(event: 'pageerror', fn: (e: Error) => void): void;
  waitForFunction(fn: string, arg?: unknown, o?: { timeout: number }): Promise<unknown>;
  evaluate<T>(fn: string): Promise<T>;
  innerHTML(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  waitForEvent(event: 'download'): Promise<{ path(): Promise<string | null>; suggestedFilename(): string }>;
}

async function loadPlaywright(): Promise<Pw | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const name = 'playwright-core';
  try {
    return (await import(name)) as Pw;
  } catch {
    return undefined;
  }
}

const pw = await loadPlaywright();
let dir = '';
let browser: Browser | undefined;

function runJson(args: readonly string[]): {
  series: Record<string, { p50: number[] }>;
  baseline: { series: unknown };
} {
  return JSON.parse(execFileSync('node', [cli, 'run', ...args, '--format', 'json'], { cwd: dir, encoding: 'utf8' }));
}

beforeAll(async () => {
  if (!pw) return;
  if (!existsSync(join(root, 'dist', 'page-app.js')) || !existsSync(cli))
    execFileSync('node', [join(root, 'scripts', 'build.mjs')], { cwd: root });
  dir = await mkdtemp(join(tmpdir(), 'palancas-page-browser-'));
  execFileSync('node', [cli, 'page', 'platform-2018', '-o', 'page.html', '--runs', '200'], { cwd: dir });
  browser = await pw.chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Waits until the page has drawn `n` times since it opened. */
const drawn = (n: number) => `document.getElementById('status').dataset.draws >= ${n}`;

describe.skipIf(!pw)('the page in a browser', () => {
  it('computes from its fragment what `run` prints; a slider redraws the chart; its YAML validates', async () => {
    const page = await (browser as Browser).newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${pathToFileURL(join(dir, 'page.html')).href}#guard_size=150000&cannabis_legal=0`);
    await page.waitForFunction(drawn(1), undefined, { timeout: 60_000 });
    expect(errors).toEqual([]);

    // The numbers: the page's script, on the page's data and its own fragment, against the command line.
    await writeFile(
      join(dir, 'settings.yaml'),
      (await readFile(join(root, 'scenarios', 'platform-2018.yaml'), 'utf8'))
        .replace('guard_size: 300000', 'guard_size: 150000')
        .replace('cannabis_legal: 1', 'cannabis_legal: 0'),
    );
    const theirs = runJson(['settings.yaml', '--runs', '200']);
    const mine = await page.evaluate<{ series: unknown; baseline: unknown; drawn: number[] }>(`(() => {
      const data = JSON.parse(document.getElementById('palancas-data').textContent);
      const s = PalancasPage.settingsOf(location.hash);
      const drawnBands = PalancasPage.ensembles(data, s, PalancasPage.PAGE_OUTPUTS).a.bands.homicides.p50;
      return { ...PalancasPage.runSeries(data, s), drawn: Array.from(drawnBands) };
    })()`);
    expect(mine.series).toEqual(theirs.series);
    expect(mine.baseline).toEqual(theirs.baseline.series);
    const start = mine.drawn.length - (theirs.series.homicides?.p50.length ?? 0);
    expect(mine.drawn.slice(start).map((v) => Number(v.toPrecision(6)))).toEqual(theirs.series.homicides?.p50);

    // A slider: the chart changes and the fragment follows.
    const before = await page.innerHTML('figure[data-output="homicides"]');
    await page.evaluate(`(() => {
      const el = document.querySelector('input[data-lever="guard_size"]');
      el.value = '50000';
      el.dispatchEvent(new Event('input'));
    })()`);
    await page.waitForFunction(drawn(2));
    expect(await page.innerHTML('figure[data-output="homicides"]')).not.toBe(before);
    expect(await page.evaluate<string>('location.hash')).toBe('#cannabis_legal=0&guard_size=50000');
    const ms = Number(await page.evaluate<string>(`document.getElementById('status').dataset.ms`));
    expect(ms).toBeGreaterThanOrEqual(0);

    // The download: a scenario file `palancas validate` accepts, with the slider's value.
    const download = page.waitForEvent('download');
    await page.click('#download');
    const file = await (await download).path();
    expect(file).not.toBeNull();
    const yaml = await readFile(file as string, 'utf8');
    expect(yaml).toContain('guard_size: 50000');
    await writeFile(join(dir, 'downloaded.yaml'), yaml);
    execFileSync('node', [cli, 'validate', 'downloaded.yaml'], { cwd: dir, stdio: 'pipe' });
    expect(errors).toEqual([]);
  }, 120_000);

  it('after a camp change computes what `run --camp` prints', async () => {
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(join(dir, 'page.html')).href);
    await page.waitForFunction(drawn(1), undefined, { timeout: 60_000 });
    const before = await page.innerHTML('figure[data-output="homicides"]');
    await page.evaluate(`(() => {
      const el = document.querySelector('select[data-camp="removal_violence"]');
      el.value = 'lindo';
      el.dispatchEvent(new Event('change'));
    })()`);
    await page.waitForFunction(drawn(2));
    expect(await page.innerHTML('figure[data-output="homicides"]')).not.toBe(before);
    expect(await page.evaluate<string>('location.hash')).toBe('#camp.removal_violence=lindo');
    const theirs = runJson(['platform-2018', '--camp', 'removal_violence=lindo', '--runs', '200']);
    const mine = await page.evaluate<{ series: unknown; baseline: unknown }>(`(() => {
      const data = JSON.parse(document.getElementById('palancas-data').textContent);
      return PalancasPage.runSeries(data, PalancasPage.settingsOf(location.hash));
    })()`);
    expect(mine.series).toEqual(theirs.series);
    expect(mine.baseline).toEqual(theirs.baseline.series);
    expect(errors).toEqual([]);
  }, 120_000);

  it('redraws within 100 ms of a lever change and of a camp change (medians timed in the page)', async () => {
    // Each round opens the page afresh (so no camp change finds its ensembles cached) and times, from the
    // event to the end of the redraw (data-rendered-at), five lever changes and six first moves of a camp.
    // A round's medians must both be within the limit; the machine is shared, so up to three rounds are tried.
    const LIMIT_MS = 100;
    const rounds: { lever: number; camp: number; levers: number[]; camps: number[] }[] = [];
    for (let round = 0; round < 3; round++) {
      const page = await (browser as Browser).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(join(dir, 'page.html')).href);
      await page.waitForFunction(drawn(1), undefined, { timeout: 60_000 });
      const times = await page.evaluate<{ levers: number[]; camps: number[] }>(`(async () => {
        const status = document.getElementById('status');
        const next = () => new Promise((r) => setTimeout(r, 20));
        const time = async (selector, value, type) => {
          const el = document.querySelector(selector);
          const n = Number(status.dataset.draws) + 1;
          el.value = value;
          const t0 = performance.now();
          el.dispatchEvent(new Event(type));
          while (Number(status.dataset.draws) < n) await next();
          const ms = Number(status.dataset.renderedAt) - t0;
          await next();
          return ms;
        };
        const levers = [];
        for (const [id, v] of [['guard_size', '50000'], ['amnesty_coverage', '0.5'], ['youth_budget', '20000'],
          ['drawdown_share', '0.5'], ['guard_size', '200000']])
          levers.push(await time('input[data-lever="' + id + '"]', v, 'input'));
        const camps = [];
        for (const [id, c] of [['drug_revenue_2010', 'us_government'], ['cannabis_share_2010', 'us_government'],
          ['us_squeeze_ceiling', 'collapse'], ['substitution', 'none'], ['removal_violence', 'lindo'],
          ['violence_theory', 'conflict']]) {
          const el = document.querySelector('select[data-camp="' + id + '"]');
          const back = el.value;
          camps.push(await time('select[data-camp="' + id + '"]', c, 'change'));
          await time('select[data-camp="' + id + '"]', back, 'change');
        }
        return { levers, camps };
      })()`);
      expect(errors).toEqual([]);
      expect(times.levers).toHaveLength(5);
      expect(times.camps).toHaveLength(6);
      rounds.push({ lever: median(times.levers), camp: median(times.camps), ...times });
      if (rounds.at(-1)!.lever <= LIMIT_MS && rounds.at(-1)!.camp <= LIMIT_MS) break;
    }
    const last = rounds.at(-1)!;
    const seen = `rounds (ms): ${JSON.stringify(rounds)}`;
    expect(last.lever, seen).toBeLessThanOrEqual(LIMIT_MS);
    expect(last.camp, seen).toBeLessThanOrEqual(LIMIT_MS);
  }, 300_000);

  it('shows that it is computing at once when a camp change needs a pool it does not carry, and builds it off the main thread', async () => {
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${pathToFileURL(join(dir, 'page.html')).href}#camp.substitution=none`);
    await page.waitForFunction(drawn(1), undefined, { timeout: 60_000 });
    // Two camps moved from the page's own: no pool of them travels in the page, and this one takes the
    // rejection loop seconds (fragmentation keeps few candidates).
    const state = await page.evaluate<{
      computing: string | undefined;
      text: string | null;
      freeMs: number;
    }>(`(async () => {
      const el = document.querySelector('select[data-camp="violence_theory"]');
      el.value = 'fragmentation';
      const t0 = performance.now();
      el.dispatchEvent(new Event('change'));
      const status = document.getElementById('status');
      const now = { computing: status.dataset.computing, text: status.textContent };
      await new Promise((r) => setTimeout(r, 0));
      return { ...now, freeMs: performance.now() - t0, drawsThen: status.dataset.draws };
    })()`);
    expect(state).toMatchObject({ computing: '1', text: 'Computing…', drawsThen: '1' });
    // The page's thread answers at once while the pool is built (on it, this took seconds).
    expect(state.freeMs).toBeLessThan(250);
    // A slider dragged meanwhile: only the last setting is drawn.
    await page.evaluate(`(() => {
      const el = document.querySelector('input[data-lever="guard_size"]');
      for (const v of ['50000', '75000', '100000', '125000']) {
        el.value = v;
        el.dispatchEvent(new Event('input'));
      }
    })()`);
    await page.waitForFunction(drawn(2), undefined, { timeout: 60_000 });
    expect(await page.evaluate<string>(`document.getElementById('status').dataset.computing`)).toBe('');
    // What the worker computed is what this thread computes for the same settings.
    const same = await page.evaluate<boolean>(`(() => {
      const data = JSON.parse(document.getElementById('palancas-data').textContent);
      const s = PalancasPage.settingsOf(location.hash);
      const html = PalancasPage.chartsHtml(data, PalancasPage.ensembles(data, s, PalancasPage.PAGE_OUTPUTS));
      const probe = document.createElement('div');
      probe.innerHTML = html;
      return probe.innerHTML === document.getElementById('charts').innerHTML;
    })()`);
    expect(await page.evaluate<string>('location.hash')).toBe(
      '#guard_size=125000&camp.substitution=none&camp.violence_theory=fragmentation',
    );
    expect(same).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});

/** The median of some times (R-7, the model's quantile). */
const median = (xs: readonly number[]): number => quantileSorted(Float64Array.from(xs).sort(), 0.5);
