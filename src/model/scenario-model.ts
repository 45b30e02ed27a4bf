/**
 * A scenario as the model reads it: the status quo, each assumption with the scenario's camp and override
 * applied, the levers' values, and the parameter specs of a run; and what the model records (outputs, months,
 * history). Pure data and functions: the engine and every caller share these definitions.
 */
import { msg } from '../text/i18n.js';
import type { Assumption, AssumptionId, CampId, LeverId, OutputId, Scenario } from './types.js';
import { ASSUMPTIONS } from './assumptions.js';
import { LEVERS } from './levers.js';
import { EQUATIONS } from './equations.js';
import { HOMICIDES_INEGI, SCENARIO_START as SCENARIO_START_INDEX, TROOPS_SEDENA, monthLabels } from './history.js';
import { LAST_OBSERVED, specsOf, type DrawSpec } from './params.js';
import { GENERATED } from './generated/model.gen.js';
import type { ParamSpec } from './sample.js';
import { assumptionOverride } from './overrides.js';
import { campOf, evidenceOf } from './camps.js';
import { DEFAULT_RUNS, leverValue } from './scenario-defaults.js';

/** Changes whenever equations, assumptions or levers change what a scenario computes. */
export const MODEL_VERSION = '2018.2';

export { DEFAULT_RUNS };

/** Display facts about an output series. */
export interface OutputMeta {
  readonly id: OutputId;
  readonly label: string;
  readonly unit: string;
  readonly group: 'revenue' | 'violence' | 'workforce' | 'forces' | 'fiscal';
}

const GROUP: Readonly<Partial<Record<OutputId, OutputMeta['group']>>> = {
  cartel_revenue: 'revenue',
  revenue_cannabis: 'revenue',
  revenue_cocaine: 'revenue',
  revenue_opioids: 'revenue',
  revenue_meth: 'revenue',
  revenue_nondrug: 'revenue',
  homicides: 'violence',
  homicides_oc: 'violence',
  homicide_rate: 'violence',
  fragmentation: 'violence',
  workforce: 'workforce',
  recruitment: 'workforce',
  forces_military: 'forces',
  forces_guard: 'forces',
  forces_total: 'forces',
  enforcement: 'forces',
  fiscal_cost: 'fiscal',
  cost_guard: 'fiscal',
  cost_military: 'fiscal',
  cost_youth: 'fiscal',
  cost_amnesty: 'fiscal',
  cannabis_tax: 'fiscal',
};

/** The generated model's outputs: each one is an equation, so each has a label in the catalogue. */
const OUTPUT_IDS: readonly OutputId[] = GENERATED.outputs;

/**
 * Every recorded output with its label (read from the catalogue when asked for, in the language in force), unit
 * and group, in the order the model writes them.
 */
export const OUTPUTS: readonly OutputMeta[] = OUTPUT_IDS.map((id) => {
  const eq = EQUATIONS.find((e) => e.id === id);
  // text-exempt: a programming error caught when the module loads, never shown to a user.
  if (!eq) throw new Error(`output ${id} has no equation`);
  return {
    id,
    get label() {
      return msg.model.equations[id];
    },
    unit: eq.unit,
    group: GROUP[id] ?? 'violence',
  };
});

/** "YYYY-MM" for every simulated month, 2007-01 … 2030-12. */
export const MONTHS: readonly string[] = monthLabels();
/** Index of 2019-01, the first month levers act. */
export const SCENARIO_START = SCENARIO_START_INDEX;

/** Observed history the model is calibrated against. */
export const HISTORY = { homicides: HOMICIDES_INEGI, troops: TROOPS_SEDENA } as const;

/** The status-quo scenario: every lever at its default, every assumption central, default camps (named in the language in force). */
export function statusQuo(): Scenario {
  return {
    name: msg.model.statusQuo.name,
    description: msg.model.statusQuo.description,
    seed: '2018',
    runs: DEFAULT_RUNS,
    levers: {},
    assumptions: {},
    camps: {},
  };
}

/**
 * An assumption as a scenario sets it: the camp's figures and evidence (kind, confidence, source), then the
 * scenario's override. `distribution` is the one the runs draw from: 'fixed' when the scenario fixes the value.
 */
export interface ResolvedAssumption extends Assumption {
  readonly effective: { readonly value: number; readonly low: number; readonly high: number };
  /** The selected camp, for contested assumptions. */
  readonly camp?: CampId;
  /** How the scenario overrides it: a fixed value, or a value drawn over the scenario's own range. */
  readonly override?: 'fixed' | 'range';
  /** True when the scenario overrides the value or picks a camp other than the default. */
  readonly changed: boolean;
}

/** An assumption's figures under a scenario's camp and override: what its runs draw from. */
function effectiveOf(a: Assumption, s: Scenario) {
  let { value, low, high, distribution } = a;
  let camp = a.defaultCamp;
  const c = campOf(a, s.camps[a.id]);
  if (c) {
    ({ value, low, high } = c);
    camp = c.id;
  }
  const override = assumptionOverride(s, a.id);
  if (override?.kind === 'fixed') {
    value = low = high = override.value;
    distribution = 'fixed';
  } else if (override?.kind === 'range') {
    ({ value, low, high } = override);
  }
  return { value, low, high, distribution, camp, override };
}

/** Applies a scenario's camps and overrides to every assumption. */
export function resolveAssumptions(s: Scenario): ResolvedAssumption[] {
  return ASSUMPTIONS.map((a) => {
    const { value, low, high, distribution, camp, override } = effectiveOf(a, s);
    const changed = override !== undefined || (camp !== undefined && camp !== a.defaultCamp);
    return {
      ...a,
      ...evidenceOf(a, camp),
      distribution,
      effective: { value, low, high },
      ...(camp !== undefined ? { camp } : {}),
      ...(override === undefined ? {} : { override: override.kind }),
      changed,
    };
  });
}

/** The value of every lever in a scenario (defaults filled in). */
export function leverValues(s: Scenario): Record<LeverId, number> {
  const out: Partial<Record<LeverId, number>> = {};
  for (const l of LEVERS) out[l.id] = leverValue(s, l);
  return out as Record<LeverId, number>;
}

/**
 * Returns parameter specs in the generated model's order: assumptions (drawn), then levers and run settings
 * (fixed). `until` is the last year of observations a run may read (2018 unless a hindcast says otherwise).
 */
export function paramSpecs(
  s: Scenario,
  overrides?: Readonly<Partial<Record<AssumptionId, number>>>,
  until: number = LAST_OBSERVED,
): ParamSpec[] {
  // The figures only (not resolveAssumptions, whose labels and sources are read from the catalogue):
  // specs are built for every central run of an analysis.
  const drawn = new Map<AssumptionId, DrawSpec>();
  for (const a of ASSUMPTIONS) {
    const o = overrides?.[a.id];
    if (o !== undefined) {
      drawn.set(a.id, { value: o, low: o, high: o, distribution: 'fixed' });
      continue;
    }
    const { value, low, high, distribution } = effectiveOf(a, s);
    drawn.set(a.id, { value, low, high, distribution });
  }
  return specsOf(drawn, leverValues(s), until);
}

/** Index of each output id in a run's output buffer. */
export const OUTPUT_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  GENERATED.outputs.map((id, k) => [id, k]),
);
