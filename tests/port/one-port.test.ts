/** One engine port: the explorer, the brief and the commands reach the engine and the analyses through it. */
import { describe, expect, it } from 'vitest';
import { fakeLeverId } from '../helpers/fake-ids.js';
import { getMetric } from '../../src/analysis/metrics.js';
import { DEFAULT_RUNS, leverValue } from '../../src/model/scenario-defaults.js';
import type { Lever, Scenario } from '../../src/model/types.js';
import * as analyses from '../../src/port/analyses.js';
import type { BriefEngine } from '../../src/port/brief.js';
import * as model from '../../src/port/engine.js';
import { engine } from '../../src/port/index.js';
import { fingerprintScenario } from '../../src/scenario/fingerprint.js';
import { DEFAULT_RUNS as FILE_DEFAULT_RUNS } from '../../src/scenario/parse-scenario.js';
import { inLang } from '../../src/text/i18n.js';
import { leverValue as uiLeverValue } from '../../src/ui/app-state.js';
import type { UiEngine } from '../../src/ui/engine-port.js';

// The explorer's and the brief's engine are parts of the one port: the real engine is both (checked by tsc).
const asExplorer: UiEngine = engine;
const asBrief: BriefEngine = engine;

describe('the engine port', () => {
  it('is wired to the engine and the analyses themselves, not to copies', () => {
    expect(asExplorer.levers).toBe(model.LEVERS);
    expect(asBrief.runEnsembleWithMetrics).toBe(model.runEnsembleWithMetrics);
    expect(engine.runEnsemble).toBe(model.runEnsemble);
    expect(engine.runEnsembleAsync).toBe(model.runEnsembleAsync);
    expect(engine.runCentral).toBe(model.runCentral);
    expect(engine.hindcastOf).toBe(model.hindcastOf);
    expect(engine.centralMetric).toBe(analyses.centralMetric);
    expect(engine.analyzeEvidence).toBe(analyses.analyzeEvidence);
    expect(engine.history.homicides).toBe(model.HISTORY.homicides);
    expect(engine.months).toBe(model.MONTHS);
    expect(engine.modelVersion).toBe(model.MODEL_VERSION);
  });

  it('fingerprints as the scenario files do, and the same in either language', () => {
    const s: Scenario = {
      ...engine.statusQuo(),
      levers: { guard_size: 300_000 },
      camps: { violence_theory: 'conflict' },
    };
    const registry = { levers: model.LEVERS, assumptions: model.ASSUMPTIONS };
    const english = engine.fingerprint(s);
    expect(english).toBe(fingerprintScenario(s, registry, model.MODEL_VERSION));
    expect(engine.debate.fingerprint(s)).toBe(english);
    const metric = getMetric('homicides_total');
    const central = engine.centralMetric(s, metric);
    inLang('es', () => {
      expect(engine.fingerprint(s)).toBe(english);
      expect(engine.centralMetric(s, getMetric('homicides_total'))).toBe(central);
    });
  });
});

describe('what a scenario leaves out', () => {
  it('gives a lever the scenario leaves out its default, in every room', () => {
    const lever: Pick<Lever, 'id' | 'default'> = { id: 'guard_size', default: 0 };
    expect(leverValue({ levers: {} }, lever)).toBe(0);
    expect(leverValue({ levers: { guard_size: 150_000 } }, lever)).toBe(150_000);
    // An id that happens to name an object property is still a missing lever.
    expect(leverValue({ levers: {} }, { id: fakeLeverId('constructor'), default: 3 })).toBe(3);
    expect(uiLeverValue).toBe(leverValue);
    const sq = engine.statusQuo();
    expect(engine.leverValues(sq)).toEqual(Object.fromEntries(engine.levers.map((l) => [l.id, l.default])));
  });

  it('runs DEFAULT_RUNS when a scenario names none', () => {
    expect(FILE_DEFAULT_RUNS).toBe(DEFAULT_RUNS);
    expect(engine.statusQuo().runs).toBe(DEFAULT_RUNS);
  });
});
