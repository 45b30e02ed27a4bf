import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { CompareOverlay, leverChange } from '../../../src/ui/components/compare-overlay.js';
import { computeLayout } from '../../../src/ui/layout.js';
import { msg } from '../../../src/text/i18n.js';
import { createTheme } from '../../../src/ui/theme.js';
import {
  FAKE_LEVERS,
  FAKE_OUTPUTS,
  fakeEnsemble,
  MONTHS,
  SCENARIO_START,
  scenarioWith,
} from '../../helpers/fake-engine.js';

function frame(columns: number, rows: number, otherLevers: Record<string, number>): string {
  const l = computeLayout(columns, rows);
  if (!l.ok) throw new Error('expected a layout');
  const current = scenarioWith({}, 'Current');
  const other = scenarioWith(otherLevers, 'Other');
  const { lastFrame, unmount } = render(
    <CompareOverlay
      current={current}
      other={other}
      otherPath="scenarios/other.yaml"
      files={['scenarios/other.yaml']}
      selected={0}
      error={undefined}
      currentResult={fakeEnsemble(current, 10)}
      otherResult={fakeEnsemble(other, 10)}
      output={FAKE_OUTPUTS[0]!}
      levers={FAKE_LEVERS}
      months={MONTHS}
      scenarioStart={SCENARIO_START}
      width={l.columns}
      height={l.overlayHeight}
      axisWidth={l.axisWidth}
      theme={createTheme(false)}
    />,
  );
  const f = lastFrame() ?? '';
  unmount();
  return f;
}

describe('CompareOverlay', () => {
  const seven = {
    cannabis_legal: 1,
    amnesty_coverage: 0.5,
    drawdown_share: 1,
    guard_size: 300000,
    youth_budget: 5,
    kingpin_intensity: 2,
    us_gun_action: 0.5,
  };

  it('says which way the difference goes, and that it is one of medians (not the paired effect)', () => {
    const f = frame(100, 30, seven);
    expect(msg.ui.compareDiff).toBe('other − current (medians)');
    expect(f).toContain('other − current (medians)');
    expect(f).not.toMatch(/\bdifference\b/);
  });

  it.each([
    [80, 24],
    [100, 30],
  ])('lists all seven differing levers at %i×%i, within the screen', (c, r) => {
    const f = frame(c, r, seven);
    const lines = f.split('\n');
    expect(lines.length).toBeLessThanOrEqual(r - 3);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(c);
    const levers = f.slice(f.indexOf(msg.ui.compareLevers));
    for (const label of ['Marijuana', 'Amnesty', 'Drawdown', 'Guard', 'Youth', 'Kingpin', 'gun'])
      expect(levers, label).toMatch(new RegExp(label, 'i'));
    expect(levers).not.toMatch(/and \d+ more/);
    expect(levers).toContain('0 → 300,000 people');
  });

  it('says how many are left out when even columns cannot hold them all', () => {
    const many = Object.fromEntries(FAKE_LEVERS.map((l) => [l.id, l.max]));
    const differing = FAKE_LEVERS.filter((l) => l.max !== l.default).length;
    const f = frame(80, 24, many);
    const m = /… and (\d+) more/.exec(f);
    expect(m).not.toBeNull();
    const shownChips = (f.slice(f.indexOf(msg.ui.compareLevers) + msg.ui.compareLevers.length).match(/ → /g) ?? [])
      .length;
    expect(shownChips + Number(m?.[1])).toBe(differing);
  });

  it('writes a shared unit once', () => {
    expect(leverChange('300,000 people', '0 people')).toBe('300,000 → 0 people');
    expect(leverChange('on', 'off')).toBe('on → off');
    expect(leverChange('2020', '2024')).toBe('2020 → 2024');
  });
});
