import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import { App } from '../../src/ui/app.js';
import { HINDCAST_WAIT_MS } from '../../src/ui/hooks/use-hindcast.js';
import { createFakeEngine, createMemoryFiles, scenarioWith, type FakeEngineOptions } from '../helpers/fake-engine.js';

const KEYS = { right: '\u001B[C', esc: '\u001B', enter: '\r', down: '\u001B[B' };
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(opts: FakeEngineOptions & { columns?: number; rows?: number } = {}) {
  const engine = createFakeEngine(opts);
  const r = render(
    <App
      engine={engine}
      files={createMemoryFiles(new Map())}
      scenario={scenarioWith({ guard_size: 300000 })}
      baseline={scenarioWith({}, 'Status quo')}
      color={false}
      debounceMs={20}
    />,
  );
  cleanups.push(() => r.unmount());
  const resize = (columns: number, rows: number) => {
    Object.defineProperty(r.stdout, 'columns', { configurable: true, get: () => columns });
    Object.defineProperty(r.stdout, 'rows', { configurable: true, get: () => rows });
    r.stdout.emit('resize');
  };
  if (opts.columns !== undefined) resize(opts.columns, opts.rows ?? 24);
  const frame = () => r.lastFrame() ?? '';
  const until = async (pred: (f: string) => boolean, timeout = 3000) =>
    vi.waitFor(
      () => {
        if (!pred(frame())) throw new Error(`frame did not match:\n${frame()}`);
      },
      { timeout, interval: 10 },
    );
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      r.stdin.write(k);
      await tick();
    }
  };
  /** Open the assumption browser on violence_theory and cycle its camp `n` times, then close it. */
  const cycleTheory = async (n = 1) => {
    await press('a', '/', ...'violence_theory'.split(''), KEYS.enter);
    await until((f) => f.includes('All assumptions (1/5)'));
    await press(...Array<string>(n).fill('c'), KEYS.esc);
  };
  return { engine, r, frame, until, press, resize, cycleTheory };
}

const lastLine = (f: string) =>
  f
    .split('\n')
    .filter((l) => l.trim() !== '')
    .at(-1) ?? '';

describe('theory of violence in the explorer', () => {
  it('shows the pooled theory with every share in the status line at 100×30', async () => {
    const t = setup();
    await t.until((f) => f.includes('P50 '));
    expect(lastLine(t.frame())).toMatch(/theory: pooled \(confrontation 82%, conflict 18%\) · 1,000 runs$/);
    for (const line of t.frame().split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  });

  it('fits a shorter wording at 80×24 without cutting a word', async () => {
    const t = setup({ columns: 80, rows: 24 });
    await t.until((f) => f.includes('P50'));
    const f = t.frame();
    expect(lastLine(f)).toMatch(/ theory: pooled · confrontation 82% · 1,000 runs$/);
    expect(f).not.toContain('conflict 18%');
    expect(f.split('\n').length).toBeLessThanOrEqual(23);
    for (const line of f.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(80);
  });

  it('changes when the violence_theory camp changes in the assumption browser, at both sizes', async () => {
    const t = setup();
    await t.until((f) => f.includes('theory: pooled ('));
    await t.cycleTheory(1);
    await t.until((f) => lastLine(f).includes('theory: conflict · hindcast skill 0.18 · 1,000 runs'));
    expect(t.frame()).not.toContain('theory: pooled');
    t.resize(80, 24);
    await t.until((f) => lastLine(f).includes('theory: conflict · skill 0.18 · 1,000 runs'));
    await t.cycleTheory(2);
    await t.until((f) => lastLine(f).includes('theory: confrontation · skill 0.82'));
    await t.cycleTheory(2);
    await t.until((f) => lastLine(f).includes('theory: pooled · confrontation 82%'));
  });
});

describe('hindcast on the homicide chart', () => {
  it('is not asked for in the first frame; once it resolves it is drawn with its legend and note', async () => {
    const t = setup({ hindcastDelayMs: 150 });
    expect(t.engine.hindcastCalls).toEqual([]);
    expect(t.frame()).not.toContain('▒');
    await t.until((f) => f.includes('P50 ') && f.includes('hindcast from 2014: running…'));
    expect(t.frame()).not.toContain('▒');
    await t.until((f) => f.includes('hindcast 4.0% vs 26% persistence'));
    const f = t.frame();
    expect(t.engine.hindcastCalls).toEqual(['pooled 2014']);
    expect(f).toMatch(/▒ hindcast( |$)/m);
    // The band is drawn on the homicide chart (the lower one), left of the 2019 mark only.
    const rows = f.split('\n');
    const lower = rows.findIndex((l) => l.includes('Homicides (deaths/yr)'));
    const plot = rows.slice(lower + 1, lower + 8).join('\n');
    expect(plot).toContain('▒');
    expect(rows.slice(0, lower).join('\n')).not.toContain('▒');
  });

  it('reads the hindcast at the cursor in a test year', async () => {
    const t = setup();
    await t.until((f) => f.includes('hindcast 4.0%'));
    // Chart focus, lower chart (homicides), then back 9 years from 2024-06 to 2015-06.
    await t.press('\t', KEYS.down, ...Array<string>(9).fill('['));
    // Fake 2015: INEGI 20,762; median × 1.04 = 21,592 → 21,600; P10 ×0.85 = 18,400; P90 ×1.15 = 24,800.
    await t.until((f) => f.includes('2015-06  INEGI 20,800  hindcast P50 21,600  P10–P90 18,400–24,800'));
  });

  it('is recomputed when the camp changes, not when a lever moves', async () => {
    const t = setup();
    await t.until((f) => f.includes('hindcast 4.0%'));
    await t.press(KEYS.down, KEYS.right, KEYS.right);
    await t.until((f) => f.includes('2022') && !f.includes('computing'));
    await tick(HINDCAST_WAIT_MS + 100);
    expect(t.engine.hindcastCalls).toEqual(['pooled 2014']);
    await t.cycleTheory(1);
    await t.until((f) => f.includes('hindcast 17% vs 26% persistence'));
    expect(t.engine.hindcastCalls).toEqual(['pooled 2014', 'conflict 2014']);
  });

  it('drops a hindcast that arrives after the settings changed', async () => {
    // The engine resolves even after the abort, as a synchronous model call that already started does.
    const delay = 2500;
    const t = setup({ hindcastDelayMs: delay, hindcastIgnoresAbort: true });
    await vi.waitFor(() => expect(t.engine.hindcastCalls).toEqual(['pooled 2014']), { timeout: 3000, interval: 5 });
    await t.cycleTheory(1);
    // The camp changed while the pooled hindcast was still running.
    expect(t.r.frames.some((f) => f.includes('hindcast 4.0%'))).toBe(false);
    await t.until((f) => f.includes('hindcast from 2014: running…'));
    const stale = t.r.frames.length;
    await t.until((f) => f.includes('hindcast 17% vs 26% persistence'), delay * 3);
    // The pooled result resolved meanwhile and was never drawn (only conflict's 17% is).
    expect(t.r.frames.slice(stale).some((f) => f.includes('4.0%'))).toBe(false);
    // Nor kept: going back to pooled asks the engine again.
    await t.cycleTheory(4);
    await t.until((f) => f.includes('hindcast 4.0%'), delay * 3);
    expect(t.engine.hindcastCalls).toEqual(['pooled 2014', 'conflict 2014', 'pooled 2014']);
  }, 20_000);
});
