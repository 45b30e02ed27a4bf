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
import { clipWords, fitWords, formatSig, textWidth } from '../format.js';
import { msg } from '../../text/i18n.js';
import type { Theme } from '../theme.js';

/** One assumption as a single line's fields, each whole; `rest` joins all but the mark, label and value. */
export interface AssumptionLine {
  readonly mark: string;
  readonly label: string;
  readonly value: string;
  /** The range (or "fixed", or the camps to choose from), kind, camp and source in one text. */
  readonly rest: string;
  readonly drawn: string;
  readonly kind: string;
  readonly kindShort: string;
  /** " · camp NAME" when the assumption has camps, else ''. */
  readonly camp: string;
  readonly source: string;
}

/**
 * One assumption as a single line: mark, label, value and unit, range (or "fixed" when the scenario fixes
 * it), kind, camp and source (the selected camp's kind and source when it is not the default one).
 */
export function assumptionLine(a: Assumption, s: Scenario): AssumptionLine {
  const m = msg.ui;
  const camp = assumptionCamp(s, a);
  const o = assumptionOverride(s, a.id);
  const r = o?.kind === 'range' ? o : assumptionRange(a, camp);
  const v = assumptionValue(s, a);
  const ev = evidenceOf(a, camp);
  const kind = m.kind[ev.kind] ?? ev.kind;
  // A choice between camps of single values (the theory of violence) reads as the camp chosen, not a number.
  const discrete =
    o === undefined &&
    camp !== undefined &&
    (a.camps?.length ?? 0) > 0 &&
    (a.camps ?? []).every((c) => c.low === c.high);
  const drawn =
    o?.kind === 'fixed'
      ? m.fixedWord
      : discrete
        ? m.campChoice(a.camps?.length ?? 0)
        : `[${formatSig(r.low)}–${formatSig(r.high)}]`;
  const campPart = camp && a.camps?.length ? ` · ${m.campLabel} ${camp}` : '';
  return {
    mark: isAssumptionChanged(s, a) ? m.changedMark : ' ',
    label: a.label,
    value: discrete ? `${camp}` : `${formatSig(v)} ${a.unit}`.trim(),
    rest: `${drawn} ${kind}${campPart} · ${ev.source}`,
    drawn,
    kind,
    kindShort: m.kindShort[ev.kind] ?? kind,
    camp: campPart,
    source: ev.source,
  };
}

/** Columns a source keeps at least when it is shortened to fit (at a word, with "…"); else it is left out. */
const MIN_SOURCE = 24;

/**
 * The range, kind, camp and source of a line in `width` columns, each whole: the source shortened at a word
 * (when enough of it is left to be worth reading), then left out, then a shorter kind, the camp and the kind.
 */
export function restIn(l: AssumptionLine, width: number): string {
  const whole = [`${l.drawn} ${l.kind}${l.camp} · ${l.source}`, `${l.drawn} ${l.kindShort}${l.camp} · ${l.source}`];
  const fits = whole.find((t) => textWidth(t) <= width);
  if (fits !== undefined) return fits;
  // The kind in full, with as much of the source as is worth showing; then the kind alone; then shorter.
  const head = `${l.drawn} ${l.kind}${l.camp}`;
  const room = width - textWidth(head) - 3;
  if (room >= MIN_SOURCE) return `${head} · ${clipWords(l.source, room)}`;
  const short = [
    head,
    `${l.drawn} ${l.kindShort}${l.camp}`,
    `${l.drawn} ${l.kind}`,
    `${l.drawn} ${l.kindShort}`,
    l.drawn,
  ];
  return short.find((t) => textWidth(t) <= width) ?? clipWords(l.drawn, width);
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
      {fitWords(msg.ui.assumptionsFor(p.title), p.width)}
    </Text>,
  ];
  if (p.assumptions.length === 0)
    rows.push(
      <Text key="none" color={p.theme.muted} wrap="truncate">
        {clipWords(msg.ui.assumptionsNone, p.width)}
      </Text>,
    );
  for (const a of p.assumptions.slice(0, p.height - 1)) {
    const l = assumptionLine(a, p.scenario);
    rows.push(
      <Text key={a.id} wrap="truncate">
        <Text color={p.theme.changed}>{l.mark}</Text>
        <Text>{fitWords(l.label, labelW)} </Text>
        <Text color={l.mark.trim() ? p.theme.changed : p.theme.accent}>{fitWords(l.value, valueW)} </Text>
        <Text color={p.theme.muted}>{restIn(l, p.width - 1 - labelW - 1 - valueW - 1)}</Text>
      </Text>,
    );
  }
  while (rows.length < p.height) rows.push(<Text key={`p${rows.length}`}> </Text>);
  return (
    <Box flexDirection="column" width={p.width} height={p.height}>
      {rows}
    </Box>
  );
}
