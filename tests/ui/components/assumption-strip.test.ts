import { describe, expect, it } from 'vitest';
import type { Assumption } from '../../../src/model/types.js';
import { assumptionLine } from '../../../src/ui/components/assumption-strip.js';
import { scenarioWith } from '../../helpers/fake-engine.js';
import { fakeAssumptionId } from '../../helpers/fake-ids.js';

describe('assumptionLine', () => {
  it('shows a tiny value and range in exponent form, not as zeros', () => {
    const tiny: Assumption = {
      id: fakeAssumptionId('tiny'),
      label: 'A tiny rate',
      value: 9.1e-9,
      unit: 'per person',
      low: 5e-9,
      high: 1.3e-8,
      distribution: 'uniform',
      kind: 'guess',
      source: 'guess',
      confidence: 'low',
    };
    const l = assumptionLine(tiny, scenarioWith({}));
    expect(l.value).toBe('9.10e-9 per person');
    expect(l.rest).toMatch(/^\[5.00e-9–1.30e-8\]/);
    expect(`${l.value} ${l.rest}`).not.toMatch(/0\.0000/);
  });
});
