/**
 * The brief's hindcast is computed on a worker thread while the other sections run: the worker's answer
 * must be the hindcast this thread computes, and hindcastLater must give it with or without a worker.
 */
import { describe, expect, it } from 'vitest';
import { hindcast } from '../../src/model/hindcast.js';
import { paramSpecs } from '../../src/model/scenario-model.js';
import { hindcastLater, hindcastOf, statusQuo } from '../../src/port/engine.js';
import { defaultThreads, startInBackground } from '../../src/port/threads.js';
import type { Scenario } from '../../src/model/types.js';
import { applyEvidenceSet, enumerateEvidenceSets } from '../../src/analysis/evidence.js';
import { getMetric } from '../../src/analysis/metrics.js';
import {
  centralEvidenceMargins,
  centralEvidenceMarginsLater,
  centralMetric,
  contestedAssumptions,
} from '../../src/port/analyses.js';

const s: Scenario = { ...statusQuo(), camps: { violence_theory: 'confrontation' } };
const opts = { until: 2013, theory: 'confrontation' as const, runs: 60, seed: 'background' };

describe('work in the background', () => {
  it('gives the hindcast this thread computes, on a worker of its own, in order', { timeout: 120_000 }, () => {
    const args = [paramSpecs(s, undefined, opts.until), opts] as const;
    const other = [paramSpecs(s, undefined, 2011), { ...opts, until: 2011 }] as const;
    const wait = startInBackground<ReturnType<typeof hindcast>>({ type: 'hindcast', args });
    const waitOther = startInBackground<ReturnType<typeof hindcast>>({ type: 'hindcast', args: other });
    // With more than one core a worker takes the requests, queued in order; with one, none does.
    if (defaultThreads() < 2) expect(wait).toBeUndefined();
    else {
      // Waited for in the other order, each caller still gets the answer to its own request.
      expect(waitOther?.()).toEqual(hindcast(...other));
      expect(wait?.()).toEqual(hindcast(...args));
    }
    expect(hindcastLater(s, opts)()).toEqual(hindcastOf(s, opts));
  });
});

describe('the evidence margins in the background', () => {
  it('are the margins computed here, set by set and in order', { timeout: 120_000 }, () => {
    const a: Scenario = { ...statusQuo(), levers: { cannabis_legal: 1, guard_size: 300000 } };
    const b = statusQuo();
    const contested = contestedAssumptions().slice(0, 2);
    const sets = enumerateEvidenceSets(contested);
    expect(sets.length).toBeGreaterThan(1);
    const later = centralEvidenceMarginsLater(a, b, 'homicides_total', sets)();
    const here = centralEvidenceMargins(a, b, 'homicides_total', sets);
    expect(later).toEqual(here);
    const metric = getMetric('homicides_total');
    expect(here[1]).toBe(
      centralMetric(applyEvidenceSet(b, sets[1] ?? {}), metric) -
        centralMetric(applyEvidenceSet(a, sets[1] ?? {}), metric),
    );
  });
});
