/**
 * The assumptions strip along the bottom: the assumptions behind the selected lever or curve, each with
 * value, range, kind and a short source.
 */
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { evidenceOf } from '../../model/camps.js';
import { assumptionOverride } from '../../model/overrides.js';
import type { Assumption, Scenario } from '../../model/types.js';
import { assumptionCamp, assumptionRange, assumptionValue, isAssumptionChanged } from '../app-state.js';
import { fit, formatSig } from '../format.js';
import { MESSAGES } from '../messages.js';
import type { Theme } from '../theme.js';

/**
 * One assumption as a single line: mark, label, value and unit, range (or "fixed" when the scenario fixes
 * it), kind, camp and source (the selected camp's kind and source when it is not the default one).
 */
export function assumptionLine(
  a: Assumption,
  s: Scenario,
): { mark: string; label: string; value: string; rest: string } {
  const camp = assumptionCamp(s, a);
  const o = assumptionOverride(s, a.id);
  const r = o?.kind === 'range' ? o : assumptionRange(a, camp);
  const v = assumptionValue(s, a);
  const ev = evidenceOf(a, camp);
  const kind = MESSAGES.kind[ev.kind] ?? ev.kind;
  // A choice between camps of single values (the theory of violence) reads as the camp chosen, not a number.
  const discrete =
    o === undefined &&
    camp !== undefined &&
    (a.camps?.length ?? 0) > 0 &&
    (a.camps ?? []).every((c) => c.low === c.high);
  const drawn =
    o?.kind === 'fixed'
      ? MESSAGES.fixedWord
      : discrete
        ? MESSAGES.campChoice(a.camps?.length ?? 0)
        : `[${formatSig(r.low)}–${formatSig(r.high)}]`;
  return {
    mark: isAssumptionChanged(s, a) ? MESSAGES.changedMark : ' ',
    label: a.label,
    value: discrete ? `${camp}` : `${formatSig(v)} ${a.unit}`.trim(),
    rest: `${drawn} ${kind}${camp && a.camps?.length ? ` · ${MESSAGES.campLabel} ${camp}` : ''} · ${ev.source}`,
  };
}

/** Props of the strip. */
export interface AssumptionStripProps {
  readonly title: string;
  readonly assumptions: readonly Assumption[];
  readonly scenario: Scenario;
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** Render the strip in exactly `height` lines. */
export function AssumptionStrip(p: AssumptionStripProps) {
  const labelW = Math.min(34, Math.floor(p.width * 0.34));
  const valueW = 16;
  const rows: ReactElement[] = [
    <Text key="t" bold wrap="truncate">
      {fit(MESSAGES.assumptionsFor(p.title), p.width)}
    </Text>,
  ];
  if (p.assumptions.length === 0)
    rows.push(
      <Text key="none" color={p.theme.muted}>
        {MESSAGES.assumptionsNone}
      </Text>,
    );
  for (const a of p.assumptions.slice(0, p.height - 1)) {
    const l = assumptionLine(a, p.scenario);
    rows.push(
      <Text key={a.id} wrap="truncate">
        <Text color={p.theme.changed}>{l.mark}</Text>
        <Text>{fit(l.label, labelW)} </Text>
        <Text color={l.mark.trim() ? p.theme.changed : p.theme.accent}>{fit(l.value, valueW)} </Text>
        <Text color={p.theme.muted}>{l.rest}</Text>
      </Text>,
    );
  }
  while (rows.length < p.height) rows.push(<Text key={`p${rows.length}`}> </Text>);
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      {rows}
    </Box>
  );
}
