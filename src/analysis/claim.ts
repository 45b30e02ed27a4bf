/**
 * Claim cards: one checkable sentence with the numbers, computed from paired per-run differences, plus
 * everything needed to reproduce it (fingerprints, seed, runs, model version, the exact command).
 */
import { formatNumber } from '../text/format.js';
import type { Metric } from './metrics.js';
import { spread, type Spread } from './stats.js';

// User-facing strings of this module.
const MSG = {
  under: (a: string) => `Under ${a}, `,
  same: (b: string) => `the same as ${b}`,
  below: 'below',
  above: 'above',
  medianRun: 'in the median run',
  rangeFromTo: (lo: string, hi: string) => `(P10–P90: from ${lo} to ${hi})`,
  rangeSameSide: (lo: string, hi: string) => `(P10–P90: ${lo}–${hi}%)`,
  tail: (a: string, b: string, unit: string, wins: number, runs: number) =>
    `median run ${a} vs ${b} ${unit}; better in ${wins} of ${runs} paired runs`,
  noRuns: 'no usable runs (the baseline value is zero in every run)',
} as const;

/** Inputs of a claim card. */
export interface ClaimInput {
  readonly aName: string;
  readonly bName: string;
  readonly metric: Pick<Metric, 'id' | 'phrase' | 'plural' | 'unit' | 'better'>;
  /** Per-run metric values; run i of A and of B share their assumption draws. */
  readonly perRunA: ArrayLike<number>;
  readonly perRunB: ArrayLike<number>;
}

/** A computed claim. */
export interface Claim {
  readonly sentence: string;
  /** Spread of the per-run % difference (A − B) / |B| × 100. */
  readonly pct: Spread;
  readonly medianA: number;
  readonly medianB: number;
  /** Runs in which A is strictly better than B. */
  readonly wins: number;
  /** Runs used (runs where B's value is zero are left out of the % spread). */
  readonly runs: number;
}

function pctText(x: number): string {
  return formatNumber(Math.abs(x), Math.abs(x) >= 100 ? 3 : 2);
}

function side(x: number): string {
  return x < 0 ? MSG.below : MSG.above;
}

/** Computes the claim sentence and numbers from paired per-run values. */
export function buildClaim(input: ClaimInput): Claim {
  const n = Math.min(input.perRunA.length, input.perRunB.length);
  const pcts: number[] = [];
  const as: number[] = [];
  const bs: number[] = [];
  let wins = 0;
  for (let i = 0; i < n; i++) {
    const a = input.perRunA[i] ?? Number.NaN;
    const b = input.perRunB[i] ?? Number.NaN;
    as.push(a);
    bs.push(b);
    if (input.metric.better === 'lower' ? a < b : a > b) wins++;
    if (b !== 0 && Number.isFinite(a) && Number.isFinite(b)) pcts.push(((a - b) / Math.abs(b)) * 100);
  }
  const pct = spread(pcts);
  const medianA = spread(as).p50;
  const medianB = spread(bs).p50;
  const verb = input.metric.plural ? 'are' : 'is';
  let body: string;
  if (pcts.length === 0) {
    body = MSG.noRuns;
  } else {
    const m = pct.p50;
    const mText = `${pctText(m)}%`;
    const sameSide = (pct.p10 < 0 && pct.p90 < 0) || (pct.p10 > 0 && pct.p90 > 0);
    if (m === 0 && !sameSide) {
      body = `${verb} ${MSG.same(input.bName)} ${MSG.medianRun} ${MSG.rangeFromTo(
        `${pctText(pct.p10)}% ${side(pct.p10)}`,
        `${pctText(pct.p90)}% ${side(pct.p90)}`,
      )}`;
    } else if (sameSide) {
      const lo = Math.min(Math.abs(pct.p10), Math.abs(pct.p90));
      const hi = Math.max(Math.abs(pct.p10), Math.abs(pct.p90));
      body = `${verb} ${mText} ${MSG.rangeSameSide(pctText(lo), pctText(hi))} ${side(m)} ${input.bName}`;
    } else {
      const p10 = pct.p10 === 0 ? '0%' : `${pctText(pct.p10)}% ${side(pct.p10)}`;
      const p90 = pct.p90 === 0 ? '0%' : `${pctText(pct.p90)}% ${side(pct.p90)}`;
      body = `${verb} ${mText} ${side(m)} ${input.bName} ${MSG.medianRun} ${MSG.rangeFromTo(p10, p90)}`;
    }
  }
  const tail = MSG.tail(formatNumber(medianA), formatNumber(medianB), input.metric.unit, wins, n);
  const sentence = `${MSG.under(input.aName)}${input.metric.phrase} ${body} (${tail}).`;
  return { sentence, pct, medianA, medianB, wins, runs: n };
}

/** Quotes one shell word when it needs it (POSIX single quotes). */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Joins argv into a command line a POSIX shell reads back as the same argv. */
export function formatCommand(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}
