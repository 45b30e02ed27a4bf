import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { LEVERS } from '../../../src/port/engine.js';
import { setLang } from '../../../src/text/i18n.js';
import { orderLevers } from '../../../src/ui/app-state.js';
import { LeverPanel } from '../../../src/ui/components/lever-panel.js';
import { computeLayout } from '../../../src/ui/layout.js';
import { createTheme } from '../../../src/ui/theme.js';
import { scenarioWith } from '../../helpers/fake-engine.js';

describe('LeverPanel', () => {
  const levers = orderLevers(LEVERS);
  afterEach(() => setLang('en'));
  it.each([
    [80, 24, 'en'],
    [100, 30, 'en'],
    [80, 24, 'es'],
    [100, 30, 'es'],
  ] as const)('never cuts a lever name at %i×%i in %s, at the widest values', (c, r, lang) => {
    setLang(lang);
    const l = computeLayout(c, r);
    if (!l.ok) throw new Error('expected a layout');
    for (const pick of ['min', 'max', 'default'] as const) {
      const scenario = scenarioWith(Object.fromEntries(levers.map((x) => [x.id, x[pick]])));
      for (let selected = 0; selected < levers.length; selected++) {
        const { lastFrame, unmount } = render(
          <LeverPanel
            levers={levers}
            scenario={scenario}
            baseline={scenarioWith({})}
            selected={selected}
            isFocused
            width={l.leftWidth}
            height={l.mainHeight}
            listRows={l.leverRows}
            articleLines={l.articleLines}
            theme={createTheme(false)}
          />,
        );
        const list = (lastFrame() ?? '')
          .split('\n')
          .slice(0, l.leverRows + 1)
          .join('\n');
        unmount();
        expect(list, `${pick} values, lever ${levers[selected]?.id}`).not.toContain('…');
      }
    }
  });
});
