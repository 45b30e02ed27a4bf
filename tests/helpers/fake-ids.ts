/**
 * Fake engines and registries make up their own lever, assumption and camp ids ('x', 'k', 'cannabis_share' …),
 * which the model's id types do not know on purpose. These helpers say so once, where a made-up id or a record
 * keyed by made-up ids is written or read; every other id in the tests stays checked against the model.
 */
import type { AssumptionId, AssumptionRange, CampId, LeverId, OutputId, Scenario } from '../../src/model/types.js';

/** A lever id a fake registry makes up. */
export const fakeLeverId = (id: string): LeverId => id as LeverId;
/** An assumption id a fake registry makes up. */
export const fakeAssumptionId = (id: string): AssumptionId => id as AssumptionId;
/** An output id a fake engine makes up. */
export const fakeOutputId = (id: string): OutputId => id as OutputId;
/** A camp id a fake registry makes up. */
export const fakeCampId = (id: string): CampId => id as CampId;

/** A scenario's settings keyed by any text (made-up ids as well as real ones). */
export interface LooseSettings {
  readonly levers: Readonly<Record<string, number | undefined>>;
  readonly assumptions: Readonly<Record<string, number | undefined>>;
  readonly assumptionRanges: Readonly<Record<string, AssumptionRange | undefined>>;
  readonly camps: Readonly<Record<string, string | undefined>>;
}

/** The settings of a scenario that are keyed by ids. */
export type ScenarioSettings = Pick<Scenario, 'levers' | 'assumptions' | 'assumptionRanges' | 'camps'>;

/** Settings keyed by made-up ids, typed as a scenario's (the ones given): spread them into a scenario. */
export function fakeSettings<K extends keyof ScenarioSettings>(
  settings: Pick<LooseSettings, K>,
): Pick<Required<ScenarioSettings>, K> {
  return settings as unknown as Pick<Required<ScenarioSettings>, K>;
}

/** A scenario's settings read by any text key, as a fake engine reads its own ids. */
export function looseSettings(s: Scenario): LooseSettings {
  return {
    levers: s.levers,
    assumptions: s.assumptions,
    assumptionRanges: s.assumptionRanges ?? {},
    camps: s.camps,
  };
}
