import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import { render as inkRender } from 'ink';
import type { Scenario } from '../../src/model/types.js';
import { App } from '../../src/ui/app.js';
import { explainEffectText } from '../../src/ui/explain.js';
import { createFakeEngine, createMemoryFiles, scenarioWith } from '../helpers/fake-engine.js';
import { FakeStdin, FakeStdout } from '../helpers/fake-stdout.js';

const KEYS = {
  down: '\u001B[B',
  up: '\u001B[A',
  right: '\u001B[C',
  left: '\u001B[D',
  esc: '\u001B',
  enter: '\r',
  tab: '\t',
};
const BRAILLE = /[\u2801-\u28FF]/;
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(
  opts: {
    store?: Map<string, Scenario | string>;
    delayMs?: number;
    runs?: number;
    debounceMs?: number;
    reuseEnsembles?: boolean;
  } = {},
) {
  const engine = createFakeEngine({ delayMs: opts.delayMs ?? 0 });
  const store = opts.store ?? new Map<string, Scenario | string>();
  const files = createMemoryFiles(store);
  const scenario = scenarioWith({ cannabis_legal: 1, guard_size: 300000 }, 'Platform 2018', opts.runs ?? 1000);
  const r = render(
    <App
      engine={engine}
      files={files}
      scenario={scenario}
      baseline={scenarioWith({}, 'Status quo')}
      path="scenarios/platform-2018.yaml"
      color={false}
      debounceMs={opts.debounceMs ?? 30}
      {...(opts.reuseEnsembles !== undefined ? { reuseEnsembles: opts.reuseEnsembles } : {})}
    />,
  );
  cleanups.push(() => r.unmount());
  const frame = () => r.lastFrame() ?? '';
  const until = async (pred: (f: string) => boolean) =>
    vi.waitFor(
      () => {
        if (!pred(frame())) throw new Error(`frame did not match:\n${frame()}`);
      },
      { timeout: 3000, interval: 10 },
    );
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      r.stdin.write(k);
      await tick();
    }
  };
  return { engine, files, store, r, frame, until, press };
}

describe('App (ink-testing-library, 100 columns)', () => {
  it('opens on the levers, both charts with braille curves, and the notice', async () => {
    const t = setup();
    await t.until((f) => BRAILLE.test(f));
    const f = t.frame();
    expect(f).toContain('illustrative model, not a forecast');
    for (const w of [
      'Marijuana legalization',
      'Amnesty',
      'Military drawdown',
      'National Guard',
      'Youth',
      'Kingpin targeting',
    ])
      expect(f).toContain(w);
    expect(f).toContain('300,000 people');
    expect(f).toContain('Cartel revenue (US$ bn/yr)');
    expect(f).toContain('Homicides (deaths/yr)');
    expect(f).toMatch(/2007.*2019.*2030/);
    expect(f).toContain('░ P10–P90');
    expect(f).toContain('1,000 runs');
    for (const line of f.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(100);
    expect(f.split('\n').length).toBeLessThanOrEqual(29);
  });

  it('adjusts the selected lever and redraws the curve', async () => {
    const t = setup();
    await t.until((f) => f.includes('P50 '));
    await t.press(KEYS.down, KEYS.right, KEYS.right, KEYS.right);
    await t.until((f) => f.includes('2023'));
    expect(t.frame()).toContain('modified');
    // Legal share 50% → 100% moves cannabis revenue: 4 × (1 − 1 × 0.5) = 2 → 0.
    const before = t.frame();
    await t.press(KEYS.down, ...Array(10).fill(KEYS.right));
    await t.until((f) => f.includes('100%'));
    await t.until((f) => f !== before && /P50 0 /.test(f.replace(/\s+$/gm, '')) === false);
    expect(t.engine.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('reads exact values at the chart cursor', async () => {
    const t = setup();
    await t.until((f) => f.includes('P50 '));
    await t.press(KEYS.tab, KEYS.down);
    // Homicides at 2024-06 (month 209): (10000 + 209 × 80) × (1 − 0.1 × 3) = 18,704 → "18,700".
    await t.until((f) => f.includes('2024-06  P50 18,700  P10–P90 16,800–20,600  baseline 26,700'));
    await t.press(KEYS.right);
    await t.until((f) => f.includes('2024-07'));
  });

  it('shows help on ? and closes it with Escape', async () => {
    const t = setup();
    await t.press('?');
    await t.until((f) => f.includes('Keys') && f.includes('quit'));
    await t.press(KEYS.esc);
    await t.until((f) => f.includes('Levers'));
  });

  it('asks before quitting with unsaved changes, and cancels with c', async () => {
    const t = setup();
    await t.press(KEYS.right.replace('C', 'D')); // toggle marijuana off
    await t.until((f) => f.includes(' off'));
    await t.press('q');
    await t.until((f) => f.includes('unsaved changes: save? (y)es/(n)o/(c)ancel'));
    await t.press('c');
    await t.until((f) => !f.includes('unsaved changes'));
  });

  it('asks before opening another file over unsaved changes (o), and keeps them on cancel', async () => {
    const store = new Map<string, Scenario | string>([
      ['scenarios/hard-line.yaml', scenarioWith({ kingpin_intensity: 2 }, 'Hard line')],
    ]);
    const t = setup({ store });
    await t.press(KEYS.left); // marijuana off: an unsaved change
    await t.until((f) => f.includes('modified'));
    await t.press('o');
    await t.until((f) => f.includes('unsaved changes: save before opening another file?'));
    expect(t.frame()).not.toContain('Open scenario file:');
    await t.press('c');
    await t.until((f) => !f.includes('unsaved changes') && f.includes('modified'));
    // "no" discards only once a file is picked and opened.
    await t.press('o', 'n');
    await t.until((f) => f.includes('Open scenario file:'));
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('opened scenarios/hard-line.yaml') && !f.includes('modified'));
  });

  it('saves first and then shows the picker when the unsaved prompt before opening gets yes', async () => {
    const store = new Map<string, Scenario | string>([
      ['scenarios/hard-line.yaml', scenarioWith({ kingpin_intensity: 2 }, 'Hard line')],
    ]);
    const t = setup({ store });
    await t.press(KEYS.left);
    await t.until((f) => f.includes('modified'));
    await t.press('o', 'y');
    await t.until((f) => f.includes('Save scenario as:'));
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('Open scenario file:') && !f.includes('modified'));
    expect(t.files.saves).toEqual(['scenarios/platform-2018.yaml']);
    expect((store.get('scenarios/platform-2018.yaml') as Scenario).levers.cannabis_legal).toBe(0);
  });

  it('saves to a typed path and asks before overwriting', async () => {
    const store = new Map<string, Scenario | string>([['mine.yaml', scenarioWith({})]]);
    const t = setup({ store });
    await t.press('s');
    await t.until((f) => f.includes('Save scenario as:'));
    for (let i = 0; i < 40; i++) await t.press('\u007F');
    await t.press(...'mine.yaml'.split(''), KEYS.enter);
    await t.until((f) => f.includes('mine.yaml exists. Overwrite? (y)es/(n)o'));
    await t.press('y');
    await t.until((f) => f.includes('saved mine.yaml'));
    expect(t.files.saves).toEqual(['mine.yaml']);
    expect((store.get('mine.yaml') as Scenario).levers.guard_size).toBe(300000);
  });

  it('shows a bad file error on open and keeps the current scenario', async () => {
    const store = new Map<string, Scenario | string>([
      ['scenarios/broken.yaml', 'scenarios/broken.yaml:3:1 levers.guard_size: 900000 is out of range'],
      ['scenarios/hard-line.yaml', scenarioWith({ kingpin_intensity: 2 }, 'Hard line')],
    ]);
    const t = setup({ store });
    await t.press('o');
    await t.until((f) => f.includes('Open scenario file:') && f.includes('scenarios/hard-line.yaml'));
    await t.press(KEYS.enter); // the first file: broken.yaml
    await t.until((f) => f.includes('900000 is out of range'));
    await t.press(KEYS.esc);
    await t.until((f) => f.includes('Platform 2018') && f.includes('300,000 people'));
    await t.press('o', KEYS.down, KEYS.enter);
    await t.until((f) => f.includes('Hard line') && f.includes('opened scenarios/hard-line.yaml'));
  });

  it('browses, filters and edits assumptions, marking changes', async () => {
    const t = setup();
    await t.press('a');
    await t.until((f) => f.includes('All assumptions (5/5)'));
    await t.press('/', ...'vacuum'.split(''), KEYS.enter);
    await t.until((f) => f.includes('All assumptions (1/5)'));
    await t.press(KEYS.right);
    await t.until((f) => /\*Violence from a drawdown/.test(f) && f.includes('0.250'));
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('Michoacán'));
  });

  it('lists contested, guessed and changed assumptions with f, and explains the * mark', async () => {
    const t = setup();
    await t.press('a');
    await t.until((f) => f.includes('All assumptions (5/5)') && f.includes('* changed here (value or camp)'));
    await t.press('f');
    await t.until(
      (f) =>
        f.includes('All assumptions (2/5)') &&
        f.includes('[contested (camps)]') &&
        f.includes('Cannabis share') &&
        f.includes('Theory of why'),
    );
    await t.press('f');
    await t.until((f) => f.includes('All assumptions (2/5)') && f.includes("[modeller's guesses]"));
    await t.press('f');
    await t.until((f) => f.includes('All assumptions (0/5)') && f.includes('none in this list'));
  });

  it("shows the selected camp's source in the browser and the strip after switching camp", async () => {
    const t = setup();
    await t.press('a');
    await t.until((f) => f.includes('All assumptions (5/5)'));
    await t.until((f) => f.includes('source: RAND OP-325 (2010), p. 2'));
    await t.press('c');
    await t.until((f) => f.includes('[us_government]'));
    await t.until((f) => f.includes('source: ONDCP 2006') && !f.includes('RAND OP-325'));
  });

  it('explains the selected curve with its equation and what moved it', async () => {
    const t = setup();
    await t.press(KEYS.tab, KEYS.down, 'e');
    await t.until((f) => f.includes('Explain: Homicides'));
    const f = t.frame();
    expect(f).toContain('homicides = base_homicides * (1 - guard_effect * guard_size / 100000');
    expect(f).toContain('300,000 people');
    expect(f).toMatch(/National Guard size\s+−/);
  });

  it('states the effect over the claim card’s paired runs in the explain view, then labels the central run', async () => {
    const t = setup();
    await t.press(KEYS.tab, KEYS.down, 'e');
    await t.until((f) => f.includes('Effect over 200 paired runs:') && !f.includes('computing…'));
    // The same effect the claim card's tools give for the scenario against the baseline, 200 runs, its seed.
    const scenario = scenarioWith({ cannabis_legal: 1, guard_size: 300000 }, 'Platform 2018', 1000);
    const value = await t.engine.debate.effect(scenario, scenarioWith({}, 'Status quo'), 'homicides_total', {
      runs: 200,
      seed: scenario.seed,
    });
    const text = explainEffectText({ status: 'done', runs: 200, unit: 'deaths', value });
    const f = t
      .frame()
      .split('\n')
      .map((l) => l.trim())
      .join(' ');
    expect(f).toContain(text);
    expect(f).toContain('What moved it against the baseline in the central run');
    expect(t.engine.debateCalls).toContain('effect homicides_total 200');
  });

  it('compares with another scenario file', async () => {
    const store = new Map<string, Scenario | string>([['scenarios/status-quo.yaml', scenarioWith({}, 'Status quo')]]);
    const t = setup({ store });
    await t.until((f) => f.includes('P50 '));
    await t.press('c');
    await t.until((f) => f.includes('Compare scenarios'));
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('other “Status quo”') && f.includes('homicides 2019–2030'));
    expect(t.frame()).toMatch(/National Guard size\s+300,000 → 0 people/);
  });

  it('drops stale ensembles: a burst of changes computes only the last one', async () => {
    // Without the ensembles computed ahead, which would add the last setting's neighbours.
    const t = setup({ delayMs: 40, debounceMs: 2000, reuseEnsembles: false });
    await t.until((f) => f.includes('P50 '));
    const n = t.engine.calls.length;
    await t.press(KEYS.down, KEYS.right, KEYS.right, KEYS.right);
    await t.until((f) => f.includes('2023') && !f.includes('computing'));
    const after = t.engine.calls.slice(n).filter((c) => c.levers.cannabis_start_year !== undefined);
    // A 200-run preview and the full 1,000 runs, both for the final setting only.
    expect(after.map((c) => [c.levers.cannabis_start_year, c.runs])).toEqual([
      [2023, 200],
      [2023, 1000],
    ]);
  });

  it('draws a step of the selected lever in one frame from the ensemble computed ahead', async () => {
    const t = setup({ delayMs: 5, debounceMs: 0 });
    await t.until((f) => f.includes('P50 ') && !f.includes('computing'));
    // National Guard size (300,000, step 10,000): the next steps up and down are computed ahead, up first.
    await t.press(...Array.from({ length: 9 }, () => KEYS.down));
    await t.until((f) => /›\*National Guard/.test(f));
    const ahead = (v: number) => t.engine.calls.some((c) => c.runs === 1000 && c.levers.guard_size === v);
    await vi.waitFor(() => expect(ahead(310000) && ahead(290000)).toBe(true), { timeout: 3000, interval: 10 });
    await tick(60);
    const calls = t.engine.calls.length;
    const from = t.r.frames.length;
    t.r.stdin.write(KEYS.right);
    await t.until((f) => f.includes('310,000'));
    // The first frame after the key already has the new value's bands: no "computing…" frame before it.
    const first = t.r.frames[from] ?? '';
    expect(first).toContain('310,000');
    expect(first).not.toContain('computing');
    // Nothing was computed for the new value itself; next, its own next step up is computed ahead.
    expect(t.engine.calls.slice(calls).some((c) => c.levers.guard_size === 310000)).toBe(false);
    await vi.waitFor(() => expect(ahead(320000)).toBe(true), { timeout: 3000, interval: 10 });
  });

  it('without a computed-ahead ensemble a step shows "computing…" before its bands', async () => {
    const t = setup({ delayMs: 40, debounceMs: 0, reuseEnsembles: false });
    await t.until((f) => f.includes('P50 ') && !f.includes('computing'));
    await t.press(...Array.from({ length: 9 }, () => KEYS.down));
    await t.until((f) => /›\*National Guard/.test(f));
    const from = t.r.frames.length;
    t.r.stdin.write(KEYS.right);
    await t.until((f) => f.includes('310,000') && !f.includes('computing'));
    expect(t.r.frames[from]).toContain('computing');
  });

  it('caps the runs at 1,000 and says so', async () => {
    const t = setup({ runs: 5000 });
    await t.until((f) => f.includes('1,000 runs (capped for interactivity)'));
    await t.until((f) => !f.includes('computing'));
    expect(Math.max(...t.engine.calls.map((c) => c.runs))).toBe(1000);
  });
});

describe('App in a resizable terminal', () => {
  it('shows the enlarge message when too small and redraws on resize', async () => {
    const stdout = new FakeStdout(100, 30);
    const stdin = new FakeStdin();
    const engine = createFakeEngine();
    const inst = inkRender(
      <App
        engine={engine}
        files={createMemoryFiles(new Map())}
        scenario={scenarioWith({ guard_size: 300000 })}
        baseline={scenarioWith({})}
        color={false}
      />,
      {
        stdout: stdout as unknown as NodeJS.WriteStream,
        stdin: stdin as unknown as NodeJS.ReadStream,
        debug: true,
        exitOnCtrlC: false,
        patchConsole: false,
      },
    );
    cleanups.push(() => inst.unmount());
    await vi.waitFor(() => expect(stdout.lastFrame()).toContain('National Guard'));
    stdout.resize(70, 20);
    await vi.waitFor(() => expect(stdout.lastFrame()).toContain('enlarge the terminal (needs 80×24, now 70×20)'));
    stdout.resize(80, 24);
    await vi.waitFor(() => expect(stdout.lastFrame()).toContain('Kingpin targeting'));
    const lines = stdout.lastFrame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(80);
  });
});

describe('Chart narration', () => {
  const SENTENCE =
    /They rise from [\d,]+ deaths a year in 2019 to [\d,]+ deaths a year by 2030, \d+% below the status quo\./;
  /** The right-hand panel's text as one line (sentences wrap over several screen lines). */
  const rightText = (frame: string): string =>
    frame
      .split('\n')
      .map((l) => l.split('│').slice(1).join('│').trim())
      .join(' ')
      .replace(/\s+/g, ' ');

  it('narrates both charts at 100×30 in whole sentences, and follows a lever change', async () => {
    const t = setup();
    // Fake homicides: (10000 + 80 m) × (1 − 0.1 × guard/100k) from 2019; 2019 is months 144–155 (mean m 149.5,
    // 21,960) and 2030 months 276–287 (32,520). Guard 300,000: 15,400 in 2019 and 22,800 in 2030.
    await t.until((f) =>
      rightText(f).includes(
        'They rise from 15,400 deaths a year in 2019 to 22,800 deaths a year by 2030, 30% below the status quo.',
      ),
    );
    expect(rightText(t.frame())).toMatch(/Cartel revenue[^.]*\(US\$ bn\/yr\) .*(It|They) [^…]*status quo\./);
    expect(t.frame()).not.toMatch(/(rise|fall|quo)…/);
    // Select the guard size (down 9 rows) and shrink it to 200,000: 17,600 in 2019 and 26,000 in 2030.
    await t.press(...Array(9).fill(KEYS.down), ...Array(10).fill(KEYS.left));
    await t.until(
      (f) =>
        f.includes('200,000 people') && rightText(f).includes('They rise from 17,600 deaths a year in 2019 to 26,000'),
    );
    for (const line of t.frame().split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  });

  it('shows the whole sentence, with the comparison to the status quo, in a wide terminal', async () => {
    const stdout = new FakeStdout(180, 40);
    const inst = inkRender(
      <App
        engine={createFakeEngine()}
        files={createMemoryFiles(new Map())}
        scenario={scenarioWith({ guard_size: 300000 })}
        baseline={scenarioWith({})}
        color={false}
      />,
      {
        stdout: stdout as unknown as NodeJS.WriteStream,
        stdin: new FakeStdin() as unknown as NodeJS.ReadStream,
        debug: true,
        exitOnCtrlC: false,
        patchConsole: false,
      },
    );
    cleanups.push(() => inst.unmount());
    // 22,764 against 32,520 in 2030: 30% below.
    await vi.waitFor(() => expect(rightText(stdout.lastFrame())).toMatch(SENTENCE));
    expect(rightText(stdout.lastFrame())).toContain('to 22,800 deaths a year by 2030, 30% below the status quo.');
  });

  it('fits 80×24 with one sentence, under the selected chart', async () => {
    const stdout = new FakeStdout(80, 24);
    const stdin = new FakeStdin();
    const engine = createFakeEngine();
    const inst = inkRender(
      <App
        engine={engine}
        files={createMemoryFiles(new Map())}
        scenario={scenarioWith({ guard_size: 300000 })}
        baseline={scenarioWith({})}
        color={false}
      />,
      {
        stdout: stdout as unknown as NodeJS.WriteStream,
        stdin: stdin as unknown as NodeJS.ReadStream,
        debug: true,
        exitOnCtrlC: false,
        patchConsole: false,
      },
    );
    cleanups.push(() => inst.unmount());
    // The upper chart (cartel revenue) is selected: its sentence shows, the homicides one does not.
    await vi.waitFor(() => expect(rightText(stdout.lastFrame())).toMatch(/(It|They) [^…]* the status quo\./));
    const f = stdout.lastFrame();
    expect(rightText(f)).not.toMatch(SENTENCE);
    expect(f).toContain('P10–P90');
    const lines = f.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(80);
  });
});
