import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import type { Scenario } from '../../src/model/types.js';
import { App } from '../../src/ui/app.js';
import { DebateOverlay } from '../../src/ui/components/debate-overlay.js';
import { claimArgv } from '../../src/ui/debate.js';
import { createTheme } from '../../src/ui/theme.js';
import { createFakeDebate, createFakeEngine, createMemoryFiles, scenarioWith } from '../helpers/fake-engine.js';

const KEYS = { right: '\u001B[C', left: '\u001B[D', esc: '\u001B', tab: '\t' };
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

// Platform: guard 300,000 (homicides × (1 − 0.1 × 3)) and half the military withdrawn (× (1 + 0.2 × 0.5)).
const PLATFORM = { cannabis_legal: 1, guard_size: 300000, drawdown_share: 0.5 };

function setup(opts: { debateDelayMs?: number; path?: string | null; scenario?: Scenario } = {}) {
  const engine = createFakeEngine({ debateDelayMs: opts.debateDelayMs ?? 0 });
  const scenario = opts.scenario ?? scenarioWith(PLATFORM, 'Platform 2018');
  const path = opts.path === null ? {} : { path: opts.path ?? 'scenarios/platform-2018.yaml' };
  const r = render(
    <App
      engine={engine}
      files={createMemoryFiles(new Map())}
      scenario={scenario}
      baseline={scenarioWith({}, 'Status quo')}
      {...path}
      color={false}
      debounceMs={30}
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
  return { engine, r, frame, until, press };
}

/** The frame with wrapped command lines joined back (" \" + newline + indent). */
const unwrap = (f: string) => f.replace(/ \\\s*\n\s*/g, ' ');

describe('debate overlay in the explorer', () => {
  it('opens on d, draws "computing…" first, then the sensitivity view with its narration', async () => {
    const t = setup({ debateDelayMs: 150 });
    await t.press('d');
    await t.until((f) => f.includes('Debate: Platform 2018 vs the status quo') && f.includes('computing…'));
    expect(t.frame()).toContain('‹ homicides, 2019–2030 total ›  lower is better');
    await t.until((f) => f.includes('The result hinges most on Homicide cut per 100k guards'));
    // The guard effect from 0 to 0.3 moves the homicides total by 0.3 × 3 of the status-quo total.
    expect(t.frame()).toMatch(/[░█]+│|│[░█]+/);
    expect(t.frame()).toContain('input at its high end');
    // Lazy: only the open view was computed.
    expect(t.engine.debateCalls).toEqual(['sensitivity homicides_total']);
  });

  it('switches views with 1–4 and Tab, changes the metric with ←/→, and closes with Escape', async () => {
    const t = setup();
    await t.press('d');
    await t.until((f) => f.includes('hinges most'));
    await t.press('2');
    // Flip where 0.1 guard × 3 equals 0.2 vacuum × 0.5 … with guard_effect g: 3g = 0.1, g = 0.0333.
    await t.until((f) =>
      f.includes('At central values Platform 2018 beats the status quo on total homicides over 2019–2030'),
    );
    expect(t.frame()).toMatch(/Homicide cut per 100k guards\s+flips at 0\.0333\s+now 0\.100\s+range 0–0\.300 share/);
    expect(t.frame()).toContain("Modeller's guess");
    await t.press(KEYS.tab);
    await t.until((f) => f.includes('From the status quo at'));
    expect(t.frame()).toMatch(/National Guard\s+▒+\s+−/);
    expect(t.frame()).toMatch(/Military drawdown\s+█+\s+\+/);
    await t.press(KEYS.right);
    await t.until((f) => f.includes('‹ homicides in 2024 ›') && f.includes('homicides in 2024 to'));
    await t.press(KEYS.left, KEYS.left);
    await t.until(
      (f) =>
        f.includes('‹ net fiscal cost, 2019–2030 total ›') && f.includes('total net fiscal cost over 2019–2030 to'),
    );
    expect(t.engine.debateCalls).toEqual([
      'sensitivity homicides_total',
      'cruxes homicides_total',
      // Under the crux list, once it is drawn: the sets of changes that flip it.
      'cruxSets homicides_total 200',
      'attribution homicides_total',
      'attribution homicides_2024',
      'attribution fiscal_total',
    ]);
    await t.press(KEYS.esc);
    await t.until((f) => f.includes('Levers') && !f.includes('Debate:'));
  });

  it("lists what you would have to believe under the cruxes, after the crux list, with each set's sources", async () => {
    const t = setup({ debateDelayMs: 150 });
    await t.press('d');
    await t.until((f) => f.includes('hinges most'));
    await t.press('2');
    // The crux list comes first, the sets' search after it.
    await t.until((f) => f.includes('flips at 0.0333') && f.includes('searching sets of up to 2 changes'));
    await t.until((f) => f.includes('What you would have to believe (sets of up to 2 changes'));
    const f = t.frame();
    // The guard effect alone flips it (a set of one), past the crux at 0.0333, with its source under it.
    expect(f).toMatch(/1\. distance [0-9.]+: effect \+[0-9.,]+ deaths, scenario better in [0-9.]+% of runs/);
    expect(f).toMatch(/Homicide cut per 100k guards 0\.100 → 0\.0[0-3][0-9]*/);
    expect(f).toContain("Modeller's guess: no evaluation of a gendarmerie this size exists");
    expect(t.engine.debateCalls).toContain('cruxSets homicides_total 200');
  });

  it('shows the claim card from 200 paired runs with the command that reproduces it', async () => {
    const t = setup({ debateDelayMs: 100 });
    await t.press('d', '4');
    await t.until((f) => f.includes('computing 200 paired runs…'));
    // Central ratio 0.7 + 0.1 = 0.8; the median run pairs 0.8 × 1.0 against 1.0: 20% below.
    await t.until((f) => f.includes('Under Platform 2018, total homicides over 2019–2030 are 20% (P10–P90:'));
    const f = unwrap(t.frame());
    expect(f).toContain('below the status quo');
    expect(f).toContain('200 paired runs');
    expect(f).toContain('Fingerprints: scenario fp-');
    expect(f).toContain(
      'palancas claim scenarios/platform-2018.yaml --vs status-quo --metric homicides_total --runs 200 --seed 1 --format table',
    );
    expect(f).not.toContain('unsaved changes');
    // Only the claim view ran its 200 runs (the sensitivity view, open for a moment, was abandoned).
    expect(t.engine.debateCalls.filter((c) => !c.startsWith('sensitivity'))).toEqual(['claim homicides_total 200']);
  });

  it('warns that the command needs the scenario saved when it has changes or no file', async () => {
    const t = setup({ path: null });
    await t.press('d', '4');
    await t.until((f) => unwrap(f).includes('palancas claim scenarios/platform-2018-edited.yaml'));
    expect(t.frame()).toContain('no file yet');
    const u = setup();
    await u.press('r'); // reset the selected lever (marijuana): now modified
    await u.press('d', '4');
    await u.until((f) => f.includes('Under Platform 2018'));
    expect(u.frame()).toContain('unsaved changes');
  });

  it('recomputes after a lever change when reopened, and is listed in the help', async () => {
    const t = setup();
    await t.press('d', '2');
    await t.until((f) => f.includes('flips at 0.0333'));
    await t.press(KEYS.esc, '\u001B[B', ...Array(5).fill('\u001B[B')); // down to the drawdown share
    // Drawdown 50% → 0%: no lever adds violence, so only a guard with no effect at all (0) ties the status quo.
    await t.press(...Array(10).fill(KEYS.left));
    await t.until((f) => /Military drawdown\s+0%/.test(f));
    await t.press('d', '2');
    await t.until((f) => /Homicide cut per 100k guards\s+flips at 1\.\d+e-5\s+now 0\.100/.test(f));
    expect(t.frame()).not.toContain('0.0333');
    await t.press(KEYS.esc, '?');
    await t.until((f) => f.includes('debate tools'));
  });
});

describe('DebateOverlay at 80 columns', () => {
  it('fits every view in 80×21 lines', async () => {
    const debate = createFakeDebate();
    const a = scenarioWith(PLATFORM, 'A scenario with a rather long name for the title');
    const b = scenarioWith({}, 'the status quo');
    const metric = debate.metric('homicides_total')!;
    const results = [
      { tab: 'sensitivity' as const, value: await debate.sensitivity(a, 'homicides_total') },
      { tab: 'cruxes' as const, value: await debate.cruxes(a, b, 'homicides_total') },
      { tab: 'attribution' as const, value: await debate.attribution(a, b, 'homicides_total') },
      {
        tab: 'claim' as const,
        value: await debate.claim(a, b, 'homicides_total', {
          runs: 200,
          seed: 'a seed with spaces',
          aName: a.name,
          bName: b.name,
        }),
      },
    ];
    for (const result of results) {
      const r = render(
        <DebateOverlay
          tab={result.tab}
          metric={metric}
          state={{ status: 'done', result }}
          names={{ a: a.name, b: b.name }}
          claimRuns={200}
          claimCard={{
            fingerprintA: '0123456789abcdef',
            fingerprintB: 'fedcba9876543210',
            argv: claimArgv('scenarios/a-long-file-name.yaml', 'homicides_total', 200, 'a seed with spaces'),
            caveat: 'The scenario has unsaved changes: save it (s) first for the command to reproduce this card.',
          }}
          width={80}
          height={21}
          theme={createTheme(false)}
        />,
      );
      const lines = (r.lastFrame() ?? '').split('\n');
      r.unmount();
      expect(lines.length).toBeLessThanOrEqual(21);
      for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(80);
      expect(lines[lines.length - 1]).toContain('Esc close');
      if (result.tab === 'claim')
        expect(unwrap(lines.join('\n'))).toContain("--seed 'a seed with spaces' --format table");
    }
  });
});
