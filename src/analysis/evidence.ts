/**
 * Evidence sets: every combination of camps of the contested assumptions. Asks in how many of those worlds
 * "A beats B" still holds. Pure: the model comes in as an `evaluate` function of a set.
 */
import type { Scenario } from '../model/types.js';

/** A contested assumption and the camps it can take. */
export interface ContestedAssumption {
  readonly id: string;
  readonly label: string;
  readonly camps: readonly { readonly id: string; readonly label: string }[];
}

/** Most evidence sets the tools assess: above it the command refuses and the brief leaves the section out. */
export const MAX_EVIDENCE_SETS = 1024;

/** One combination: assumption id → camp id. */
export type EvidenceSet = Readonly<Record<string, string>>;

/** Lists every combination of camps, in lexicographic order of the assumptions as given (first varies slowest). */
export function enumerateEvidenceSets(contested: readonly ContestedAssumption[]): EvidenceSet[] {
  let sets: Record<string, string>[] = [{}];
  for (const a of contested) {
    if (a.camps.length === 0) continue;
    const next: Record<string, string>[] = [];
    for (const s of sets) for (const c of a.camps) next.push({ ...s, [a.id]: c.id });
    sets = next;
  }
  return sets;
}

/** Counts the combinations without listing them. */
export function countEvidenceSets(contested: readonly ContestedAssumption[]): number {
  return contested.reduce((n, a) => n * Math.max(1, a.camps.length), 1);
}

/** What the model says in one evidence set (margins: A's advantage over B, positive when A is better). */
export interface EvidenceOutcome {
  /** Margin at central values. */
  readonly central: number;
  /** Median of the paired per-run margins, when an ensemble was run. */
  readonly ensembleMedian?: number;
  /** Share of paired runs in which A is better. */
  readonly shareABetter?: number;
}

/** One evidence set's row. */
export interface EvidenceRow extends EvidenceOutcome {
  readonly set: EvidenceSet;
  readonly holdsCentral: boolean;
  /** Undefined when no ensemble was run. */
  readonly holdsEnsemble?: boolean;
}

/** The verdict over all sets. */
export interface EvidenceResult {
  readonly n: number;
  /** Sets in which A beats B at central values. */
  readonly kCentral: number;
  /** Sets in which the median paired margin favours A (undefined without an ensemble). */
  readonly kEnsemble?: number;
  readonly rows: readonly EvidenceRow[];
  /** Rows where A does not beat B by either measure. */
  readonly failing: readonly EvidenceRow[];
}

/** Evaluates every set and counts where A beats B (strictly positive margin). */
export function assessEvidenceSets(
  sets: readonly EvidenceSet[],
  evaluate: (set: EvidenceSet) => EvidenceOutcome,
): EvidenceResult {
  const rows: EvidenceRow[] = sets.map((set) => {
    const o = evaluate(set);
    const row: EvidenceRow = { set, ...o, holdsCentral: o.central > 0 };
    return o.ensembleMedian === undefined ? row : { ...row, holdsEnsemble: o.ensembleMedian > 0 };
  });
  const hasEnsemble = rows.length > 0 && rows.every((r) => r.holdsEnsemble !== undefined);
  const kCentral = rows.filter((r) => r.holdsCentral).length;
  const failing = rows.filter((r) => !r.holdsCentral || r.holdsEnsemble === false);
  const base = { n: rows.length, kCentral, rows, failing };
  return hasEnsemble ? { ...base, kEnsemble: rows.filter((r) => r.holdsEnsemble === true).length } : base;
}

/** Applies one evidence set to a scenario: its camps, and no override of those assumptions. */
export function applyEvidenceSet(s: Scenario, set: EvidenceSet): Scenario {
  const assumptions = Object.fromEntries(Object.entries(s.assumptions).filter(([id]) => !(id in set)));
  return { ...s, camps: { ...s.camps, ...set }, assumptions };
}
