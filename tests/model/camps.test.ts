import { describe, expect, it } from 'vitest';
import { resolveAssumptions, statusQuo } from '../../src/port/engine.js';
import { ASSUMPTIONS } from '../../src/model/assumptions.js';
import { evidenceOf } from '../../src/model/camps.js';
import type { Scenario } from '../../src/model/types.js';

describe('evidence under a camp', () => {
  it("a scenario that picks an unconfirmed camp reads as a low-confidence guess, with the camp's source", () => {
    const s: Scenario = {
      ...statusQuo(),
      camps: { cannabis_share_2010: 'us_government', drug_revenue_2010: 'us_government' },
    };
    for (const id of ['cannabis_share_2010', 'drug_revenue_2010'] as const) {
      const r = resolveAssumptions(s).find((a) => a.id === id);
      expect(r, id).toMatchObject({ kind: 'guess', confidence: 'low', camp: 'us_government' });
      expect(r?.source, id).toMatch(/^Unconfirmed/);
    }
  });

  it("the default camp keeps the assumption's own kind, confidence and source", () => {
    for (const a of ASSUMPTIONS.filter((x) => x.camps)) {
      expect(evidenceOf(a, a.defaultCamp)).toEqual({ kind: a.kind, confidence: a.confidence, source: a.source });
      const r = resolveAssumptions(statusQuo()).find((x) => x.id === a.id);
      expect(r).toMatchObject({ kind: a.kind, confidence: a.confidence, source: a.source });
    }
  });
});
