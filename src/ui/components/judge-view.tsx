/**
 * The judge view of a debate round: the motion and the verdict on top, both cases side by side (each one's
 * median on the metric, its fingerprint and the settings that differ from the other case), then the effect
 * under each recorded attack and the cruxes between the cases.
 */
import { Box, Text } from 'ink';
import type { Judgement } from '../../port/index.js';
import type { Round, Side } from '../../scenario/round.js';
import { attackChange, effectLine, effectRange, ruleWords } from '../../render/text/round-text.js';
import { formatPercent, formatQuantity } from '../../text/format.js';
import { msg } from '../../text/i18n.js';
import type { Theme } from '../theme.js';
import { differenceValue } from '../format.js';
import type { Lever } from '../../model/types.js';

/** Where the judgement is: being computed, computed without attacks and cruxes yet, done, or failed. */
export type JudgeState =
  | { readonly status: 'judging' }
  | { readonly status: 'partial' | 'done'; readonly value: Judgement }
  | { readonly status: 'failed'; readonly message: string };

/** Props of the judge view. */
export interface JudgeViewProps {
  readonly file: string;
  readonly round: Round;
  readonly state: JudgeState;
  readonly width: number;
  readonly theme: Theme;
  /** The model's levers, to show a differing lever's value as the levers panel does ("on", "50%"). */
  readonly levers: readonly Lever[];
}

/** Most cruxes listed. */
const VIEW_CRUXES = 5;

/** One case's column: name, median on the metric, fingerprint, and its values of the differing settings. */
function CaseColumn(p: {
  readonly side: Side;
  readonly round: Round;
  readonly judgement: Judgement | undefined;
  readonly width: number;
  readonly theme: Theme;
  readonly levers: readonly Lever[];
}) {
  const t = msg.round;
  const s = p.round[p.side];
  const j = p.judgement;
  const winner = j !== undefined && j.verdict === p.side;
  const median = j === undefined ? undefined : p.side === 'aff' ? j.effect.medianA : j.effect.medianB;
  return (
    <Box flexDirection="column" width={p.width} borderStyle="single" paddingX={1}>
      <Text bold {...(winner && p.theme.better !== undefined ? { color: p.theme.better } : {})} wrap="truncate-end">
        {`${p.side} \u2014 ${t.sideName(p.side)}${winner ? ' \u2713' : ''}`}
      </Text>
      <Text wrap="truncate-end">{s.scenario.name}</Text>
      {j !== undefined && median !== undefined ? (
        <Text wrap="truncate-end">{`${msg.round.view.median}: ${formatQuantity(median, j.metric.unit)}`}</Text>
      ) : null}
      <Text dimColor wrap="truncate-end">
        {s.fingerprint}
      </Text>
      {j === undefined ? null : j.differences.length === 0 ? (
        <Text dimColor>{t.view.same}</Text>
      ) : (
        <Box flexDirection="column" marginTop={1}>
          <Text underline>{t.view.settings}</Text>
          {j.differences.map((d) => (
            <Text key={`${d.kind}:${d.id}`} wrap="truncate-end">
              {`${d.label}: ${differenceValue(d, p.side, p.levers)}`}
            </Text>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** The judge view. */
export function JudgeView(p: JudgeViewProps) {
  const t = msg.round;
  const j = p.state.status === 'partial' || p.state.status === 'done' ? p.state.value : undefined;
  const half = Math.max(20, Math.floor(p.width / 2));
  return (
    <Box flexDirection="column" width={p.width}>
      <Box justifyContent="space-between" width={p.width}>
        <Text bold wrap="truncate-end">{`${t.title} \u2014 ${p.file}`}</Text>
        <Text dimColor>{t.view.keys}</Text>
      </Box>
      <Text wrap="wrap">{t.motion(p.round.motion)}</Text>
      {p.state.status === 'judging' ? <Text>{t.view.judging}</Text> : null}
      {p.state.status === 'failed' ? <Text>{t.view.failed(p.state.message)}</Text> : null}
      {j === undefined ? null : (
        <Box flexDirection="column">
          <Text bold {...(p.theme.accent !== undefined ? { color: p.theme.accent } : {})}>
            {j.verdict === 'tie' ? t.verdict('tie', '') : t.verdict(j.verdict, p.round[j.verdict].scenario.name)}
          </Text>
          <Text wrap="wrap">{t.effectHead(j.metric.label, j.effect.runs, p.round.rule.seed)}</Text>
          <Text wrap="wrap">{`  ${effectLine(j.effect, j.metric.unit)}`}</Text>
        </Box>
      )}
      <Box>
        <CaseColumn side="aff" round={p.round} judgement={j} width={half} theme={p.theme} levers={p.levers} />
        <CaseColumn side="neg" round={p.round} judgement={j} width={half} theme={p.theme} levers={p.levers} />
      </Box>
      {j === undefined ? null : (
        <Box flexDirection="column">
          <Text bold>{t.attacksHead(p.round.attacks.length)}</Text>
          {p.round.attacks
            .map((attack, i) => ({ attack, n: i + 1, judged: j.attacks[i] }))
            .map(({ attack, n, judged }) => {
              const outcome =
                judged === undefined
                  ? t.view.judging
                  : `${effectRange(judged.effect, j.metric.unit)}  ${t.verdictName(judged.verdict)}, ${judged.flips ? t.flips : t.holds}`;
              return (
                <Text key={n} wrap="truncate-end">
                  {`  ${n}. ${attack.side}  ${attackChange(attack)}  ${outcome}`}
                </Text>
              );
            })}
          {p.state.status === 'done' ? (
            <Box flexDirection="column">
              <Text bold>{t.cruxesHead(j.cruxes.length, j.centralLeader)}</Text>
              {j.cruxes.slice(0, VIEW_CRUXES).map((c) => {
                const change = c.changes[0];
                return change === undefined ? null : (
                  <Text key={change.id} wrap="truncate-end">
                    {`  ${t.crux(c.label, formatQuantity(change.from, c.unit), formatQuantity(change.to, c.unit), formatPercent(100 * c.distance))}`}
                  </Text>
                );
              })}
              {j.cruxes.length > VIEW_CRUXES ? <Text>{`  ${t.more(j.cruxes.length - VIEW_CRUXES)}`}</Text> : null}
            </Box>
          ) : null}
          <Text dimColor wrap="wrap">{`${t.rule}: ${ruleWords(p.round.rule, j.metric)}`}</Text>
        </Box>
      )}
    </Box>
  );
}
