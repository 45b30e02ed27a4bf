/**
 * Claim cards: one checkable sentence with the numbers of the effect of A over B (pairedEffect), plus
 * everything needed to reproduce it (fingerprints, seed, runs, model version, the exact command).
 */
import { unitLabel } from '../model/units.js';
import type { ClaimSubject } from '../text/en/analysis.js';
import { formatNumber, formatSigned } from '../text/format.js';
import { msg } from '../text/i18n.js';
import type { Metric } from './metrics.js';
import { type Effect, pairedEffect } from './stats.js';

/** Inputs of a claim card. */
export interface ClaimInput {
  readonly aName: string;
  readonly bName: string;
  /** A metric, or any description of one: its id is only written out. */
  readonly metric: Pick<Metric, 'phrase' | 'plural' | 'unit' | 'better'> & { readonly id: string };
  /** Per-run metric values; run i of A and of B share their assumption draws. */
  readonly perRunA: ArrayLike<number>;
  readonly perRunB: ArrayLike<number>;
}

/** A computed claim: its sentence and the effect it states (pairedEffect, the one definition). */
export interface Claim {
  readonly sentence: string;
  readonly effect: Effect;
}

function pctText(x: number): string {
  return formatNumber(Math.abs(x), Math.abs(x) >= 100 ? 3 : 2);
}

/** Computes the claim sentence and numbers from paired per-run values. */
export function buildClaim(input: ClaimInput): Claim {
  const effect = pairedEffect(input.perRunA, input.perRunB, input.metric.better);
  const pct = effect.pct;
  const t = msg.analysis.claim;
  const c: ClaimSubject = {
    a: input.aName,
    b: input.bName,
    phrase: input.metric.phrase,
    plural: input.metric.plural,
    tail: t.tail(formatSigned(effect.p50), unitLabel(input.metric.unit), effect.wins, effect.runs),
  };
  const end = (x: number): string => t.end(pctText(x), x < 0);
  let sentence: string;
  if (!Number.isFinite(pct.p50)) {
    sentence = t.noRuns(c);
  } else {
    const m = pct.p50;
    const sameSide = (pct.p10 < 0 && pct.p90 < 0) || (pct.p10 > 0 && pct.p90 > 0);
    if (m === 0 && !sameSide) {
      sentence = t.same(c, end(pct.p10), end(pct.p90));
    } else if (sameSide) {
      const lo = Math.min(Math.abs(pct.p10), Math.abs(pct.p90));
      const hi = Math.max(Math.abs(pct.p10), Math.abs(pct.p90));
      sentence = t.sameSide(c, pctText(m), pctText(lo), pctText(hi), m < 0);
    } else {
      const p10 = pct.p10 === 0 ? t.zero : end(pct.p10);
      const p90 = pct.p90 === 0 ? t.zero : end(pct.p90);
      sentence = t.mixed(c, pctText(m), m < 0, p10, p90);
    }
  }
  return { sentence, effect };
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
