/**
 * Words of a debate round shared by the command line's judgement and the explorer's judge view: the verdict
 * rule from its fields, an attack's change, and an effect with its P10–P90, in the language in force.
 */
import type { Metric } from '../../analysis/metrics.js';
import type { Effect } from '../../analysis/stats.js';
import { formatNumber, formatPercent, formatQuantity, formatSigned, formatSignedQuantity } from '../../text/format.js';
import { msg } from '../../text/i18n.js';

/** The verdict rule in words, from the round's fields. */
export function ruleWords(
  rule: { readonly runs: number; readonly seed: string; readonly tieMargin: number },
  metric: Pick<Metric, 'label' | 'unit'>,
): string {
  const tie = rule.tieMargin > 0 ? formatQuantity(rule.tieMargin, metric.unit) : undefined;
  return msg.round.ruleWords(metric.label, rule.runs, rule.seed, tie);
}

/** The change an attack makes, as "id = value" (a value, or a camp). */
export function attackChange(a: {
  readonly id: string;
  readonly kind: 'assumption' | 'camp';
  readonly value?: number;
  readonly camp?: string;
}): string {
  return msg.round.attackChange(
    a.id,
    a.kind === 'assumption' ? formatNumber(a.value ?? Number.NaN, 6) : (a.camp ?? ''),
  );
}

/** An effect's median with its unit, then its P10–P90: "−130,000 deaths (−230,000 … −78,500)". */
export function effectRange(e: Pick<Effect, 'p10' | 'p50' | 'p90'>, unit: string): string {
  return `${formatSignedQuantity(e.p50, unit)} (${formatSigned(e.p10)} \u2026 ${formatSigned(e.p90)})`;
}

/** The effect line: median, P10–P90 and the share of paired runs aff does better in. */
export function effectLine(e: Pick<Effect, 'p10' | 'p50' | 'p90' | 'winShare'>, unit: string): string {
  return msg.round.effect(
    formatSignedQuantity(e.p50, unit),
    formatSigned(e.p10),
    formatSigned(e.p90),
    formatPercent(100 * e.winShare),
  );
}

/** A setting's value on one side: a number with its unit, or a camp id. */
export function settingValue(value: number | string, unit: string): string {
  return typeof value === 'number' ? formatQuantity(value, unit, 4) : value;
}
