/**
 * The explain view: the selected curve's equation as the model runs it, each symbol with its label and
 * current value, and the levers and assumptions that moved it most against the baseline.
 */
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import type { Assumption, Equation, Lever, Scenario } from '../../model/types.js';
import { assumptionValue, leverValue } from '../app-state.js';
import type { OutputMeta } from '../engine-port.js';
import { type ExplainEffect, type Explanation, explainEffectText } from '../explain.js';
import {
  clipWords,
  fit,
  fitWords,
  formatDelta,
  formatLeverValue,
  formatPercentDelta,
  formatSig,
  hintLine,
  textWidth,
  wrap,
} from '../format.js';
import { msg } from '../../text/i18n.js';
import { equationExprs, equationText, symbolsOf } from '../relations.js';
import type { Theme } from '../theme.js';
import { unitLabel } from '../../model/units.js';

/** Props of the explain view. */
export interface ExplainOverlayProps {
  readonly output: OutputMeta;
  readonly equations: readonly Equation[];
  readonly levers: readonly Lever[];
  readonly assumptions: readonly Assumption[];
  readonly scenario: Scenario;
  /** Central series of the scenario (for the values of other curves at the cursor month). */
  readonly central: Readonly<Record<string, ArrayLike<number>>>;
  readonly cursor: number;
  readonly month: string;
  readonly explanation: Explanation;
  /** The effect of the scenario over the baseline on the curve's 2019–2030 total; absent for a curve with no total. */
  readonly effect?: ExplainEffect;
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** Describe one symbol of an equation: its label and its current value. */
export function describeSymbol(
  sym: string,
  p: Pick<ExplainOverlayProps, 'levers' | 'assumptions' | 'equations' | 'scenario' | 'central' | 'cursor'>,
): { label: string; value: string } | undefined {
  const l = p.levers.find((x) => x.id === sym);
  if (l) return { label: msg.ui.explainLever(l.label), value: formatLeverValue(l, leverValue(p.scenario, l)) };
  const a = p.assumptions.find((x) => x.id === sym);
  if (a)
    return {
      label: msg.ui.explainAssumption(a.label),
      value: `${formatSig(assumptionValue(p.scenario, a))} ${a.unit}`.trim(),
    };
  const e = p.equations.find((x) => x.id === sym);
  if (e) {
    const s = p.central[sym];
    return {
      label: e.label,
      value: s ? `${formatSig(s[p.cursor] ?? NaN)} ${unitLabel(e.unit)}`.trim() : unitLabel(e.unit),
    };
  }
  if (sym === 't') return { label: msg.ui.explainTime, value: '' };
  return undefined;
}

/** Render the explain view in exactly `height` lines. */
export function ExplainOverlay(p: ExplainOverlayProps) {
  const m = msg.ui;
  const eq = p.equations.find((e) => e.id === p.output.id);
  const rows: ReactElement[] = [];
  const push = (el: ReactElement): void => {
    rows.push(el);
  };
  push(
    <Text key="t" bold color={p.theme.accent} wrap="truncate">
      {clipWords(m.explainTitle(`${p.output.label} (${unitLabel(p.output.unit)})`), p.width)}
    </Text>,
  );
  const ex = p.explanation;
  const diff = ex.scenarioTotal - ex.baselineTotal;
  const movedHeader = wrap(
    `${m.explainMoved}: ${formatSig(ex.scenarioTotal)} ${m.versus} ${formatSig(ex.baselineTotal)} (${formatDelta(diff)}, ${formatPercentDelta(diff, ex.baselineTotal) || '0%'})`,
    p.width,
    2,
  );
  const effectLines = p.effect === undefined ? [] : wrap(explainEffectText(p.effect), p.width, 2);
  const movedRows = Math.min(Math.max(1, ex.contributions.length), Math.max(2, Math.floor(p.height / 3)));
  const eqBudget = p.height - 1 - 1 - effectLines.length - movedHeader.length - movedRows - 2;
  const eqLines: ReactElement[] = [];
  if (!eq)
    eqLines.push(
      <Text key="noeq" color={p.theme.muted}>
        {msg.ui.explainNoEquation}
      </Text>,
    );
  else {
    eqLines.push(
      <Text key="eqh" bold>
        {msg.ui.explainEquation}
      </Text>,
    );
    for (const [i, line] of equationText(eq).entries()) {
      for (const [j, w] of wrap(line, p.width - 2, 3).entries())
        eqLines.push(<Text key={`eq${i}-${j}`} color={p.theme.accent}>{`  ${w}`}</Text>);
    }
    eqLines.push(<Text key="symh" bold>{`${msg.ui.explainSymbols} (${p.month})`}</Text>);
    const syms = equationExprs(eq)
      .flatMap(symbolsOf)
      .filter((s, i, all) => all.indexOf(s) === i && s !== eq.id);
    for (const s of syms) {
      const d = describeSymbol(s, p);
      if (!d) continue;
      eqLines.push(
        <Text key={`s-${s}`} wrap="truncate">
          <Text>{`  ${fit(s, 24)} `}</Text>
          <Text color={p.theme.accent}>{fitWords(d.value, 18)} </Text>
          <Text color={p.theme.muted}>{clipWords(d.label, p.width - 2 - 24 - 1 - 18 - 1)}</Text>
        </Text>,
      );
    }
  }
  rows.push(...eqLines.slice(0, Math.max(1, eqBudget)));
  rows.push(<Text key="gap"> </Text>);
  for (const [i, line] of effectLines.entries())
    push(
      <Text key={`ef${i}`} bold wrap="truncate" {...(p.effect?.status === 'done' ? {} : { color: p.theme.warn })}>
        {line}
      </Text>,
    );
  for (const [i, line] of movedHeader.entries())
    push(
      <Text key={`mh${i}`} bold wrap="truncate">
        {line}
      </Text>,
    );
  if (ex.contributions.length === 0)
    push(
      <Text key="none" color={p.theme.muted} wrap="truncate">
        {clipWords(`  ${m.explainNothingChanged}`, p.width)}
      </Text>,
    );
  for (const c of ex.contributions.slice(0, movedRows)) {
    const delta = formatDelta(c.effect);
    const what = `  ${m.explainKinds[c.kind]} ${c.id}`;
    const left = 2 + 40 + 1 + textWidth(delta);
    push(
      <Text key={`c-${c.kind}-${c.id}`} wrap="truncate">
        <Text>{`  ${fitWords(c.label, 40)} `}</Text>
        <Text color={c.effect < 0 ? p.theme.better : c.effect > 0 ? p.theme.worse : p.theme.muted}>{delta}</Text>
        <Text color={p.theme.muted}>{left + textWidth(what) <= p.width ? what : ''}</Text>
      </Text>,
    );
  }
  while (rows.length < p.height - 1) rows.push(<Text key={`p${rows.length}`}> </Text>);
  push(
    <Text key="k" color={p.theme.muted}>
      {hintLine(m.explainKeys, [], p.width)}
    </Text>,
  );
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      {rows.slice(0, p.height)}
    </Box>
  );
}
