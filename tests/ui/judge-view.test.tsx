/**
 * The explorer's judge view of a debate round, on the shipped model with a small round: both cases side by
 * side, the verdict first, then each attack's effect and the cruxes once the second step is done.
 */
import { resolve } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model/types.js';
import { engine } from '../../src/port/index.js';
import { type Round, sideFingerprint } from '../../src/scenario/round.js';
import { loadScenarioFile } from '../../src/scenario/scenario-files.js';
import { JudgeView } from '../../src/ui/components/judge-view.js';
import { JudgeApp } from '../../src/ui/judge-app.js';
import { createTheme } from '../../src/ui/theme.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
let round: Round;
const cleanups: (() => void)[] = [];

async function preset(name: string): Promise<Scenario> {
  const r = await loadScenarioFile(resolve(ROOT, 'scenarios', `${name}.yaml`), engine.registry);
  if (!r.ok) throw new Error(`${name}.yaml does not load`);
  return r.scenario;
}

beforeAll(async () => {
  const side = (file: string, s: Scenario) => ({
    file,
    fingerprint: sideFingerprint(s, engine.roundRegistry),
    scenario: s,
  });
  round = {
    motion: 'This house would field the 2018 platform',
    rule: { metric: 'homicides_total', runs: 40, seed: '2018', tieMargin: 0, words: '' },
    aff: side('platform-2018', await preset('platform-2018')),
    neg: side('hard-line', await preset('hard-line')),
    attacks: [
      { side: 'neg', kind: 'camp', id: 'substitution', camp: 'none', note: 'No balloon effect' },
      { side: 'aff', kind: 'assumption', id: 'cannabis_share_2010', value: 0.25, note: 'RAND' },
    ],
  } as Round;
}, 60_000);

afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('the judge view', () => {
  it('shows the verdict, then both cases side by side with the settings that differ', async () => {
    const r = render(<JudgeApp engine={engine} round={round} file="round.yaml" color={false} />);
    cleanups.push(() => r.unmount());
    const frame = () => r.lastFrame() ?? '';
    expect(frame()).toContain('Judging the round…');
    await vi.waitFor(() => expect(frame()).toMatch(/Cruxes/), { timeout: 30_000, interval: 20 });
    const f = frame();
    expect(f).toContain('Motion: This house would field the 2018 platform');
    expect(f).toMatch(/Verdict: the (affirmative|negative) \((aff|neg): /);
    // Side by side: both column titles and both scenario names on one line each.
    const lines = f.split('\n');
    expect(lines.some((l) => l.includes('aff — affirmative') && l.includes('neg — negative'))).toBe(true);
    expect(lines.some((l) => l.includes('Platform 2018 (as announced)') && l.includes('Hard line'))).toBe(true);
    const legal = lines.find((l) => l.includes('Legalize marijuana'));
    expect(legal).toMatch(/Legalize marijuana: on .*Legalize marijuana: off /);
    expect(f).toContain('1. neg  substitution = none');
    expect(f).toContain('2. aff  cannabis_share_2010 = 0.25');
    expect(f).toMatch(/holds|flips the verdict/);
    expect(f).toContain(round.aff.fingerprint);
    expect(f).toContain(round.neg.fingerprint);
  }, 60_000);

  it.each([
    ['n', 'neg'],
    ['a', 'aff'],
    ['q', undefined],
  ] as const)(
    'leaves on %s (for the explorer on the case: %s)',
    async (key, side) => {
      const left: (string | undefined)[] = [];
      const r = render(
        <JudgeApp
          engine={engine}
          round={{ ...round, attacks: [] }}
          file="round.yaml"
          color={false}
          onLeave={(open) => left.push(open)}
        />,
      );
      cleanups.push(() => r.unmount());
      await vi.waitFor(() => expect(r.lastFrame()).toMatch(/Cruxes/), { timeout: 30_000, interval: 20 });
      r.stdin.write('x');
      r.stdin.write(key);
      await vi.waitFor(() => expect(left).toEqual([side]), { timeout: 5_000, interval: 10 });
    },
    60_000,
  );

  it('says why when the round cannot be judged', () => {
    const r = render(
      <JudgeView
        file="round.yaml"
        round={round}
        state={{ status: 'failed', message: 'the ensemble workers stopped' }}
        width={100}
        theme={createTheme(false)}
        levers={engine.levers}
      />,
    );
    cleanups.push(() => r.unmount());
    expect(r.lastFrame()).toContain('Could not judge the round: the ensemble workers stopped');
    expect(r.lastFrame()).not.toContain('Verdict');
  });
});
