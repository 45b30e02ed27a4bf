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

const s: Scenario = { ...statusQuo(), camps: { violence_theory: 'confrontation' } };
const opts = { until: 2013, theory: 'confrontation' as const, runs: 60, seed: 'background' };

describe('work in the background', () => {
  it('gives the hindcast this thread computes, on a worker of its own', { timeout: 120_000 }, () => {
    const args = [paramSpecs(s, undefined, opts.until), opts] as const;
    const wait = startInBackground<ReturnType<typeof hindcast>>({ type: 'hindcast', args });
    // With more than one core a worker takes the request (one at a time); with one, none does.
    if (defaultThreads() < 2) expect(wait).toBeUndefined();
    else {
      expect(wait).toBeDefined();
      expect(startInBackground({ type: 'hindcast', args })).toBeUndefined();
      expect(wait?.()).toEqual(hindcast(...args));
    }
    expect(hindcastLater(s, opts)()).toEqual(hindcastOf(s, opts));
  });
});
