/**
 * The explorer on a debate round: the judge view, judged in two steps so the verdict shows first (the effect
 * and what differs), then the attacks and the cruxes; q, Esc or Ctrl-C leave.
 */
import { useEffect, useState } from 'react';
import { useApp, useInput } from 'ink';
import type { EnginePort } from '../port/index.js';
import type { Round } from '../scenario/round.js';
import { JudgeView, type JudgeState } from './components/judge-view.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { createTheme } from './theme.js';

/** Props of the judge app: the engine port's judge, the round and how to name its file. */
export interface JudgeAppProps {
  readonly engine: Pick<EnginePort, 'judgeRound' | 'levers'>;
  readonly round: Round;
  readonly file: string;
  readonly color: boolean;
}

/** The judge app. */
export function JudgeApp(p: JudgeAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [state, setState] = useState<JudgeState>({ status: 'judging' });
  useEffect(() => {
    let live = true;
    // One event-loop turn between steps, so each step's frame is drawn before the next blocks.
    const later = (f: () => void): ReturnType<typeof setTimeout> => setTimeout(() => live && f(), 0);
    const fail = (e: unknown): void =>
      setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    let second: ReturnType<typeof setTimeout> | undefined;
    const first = later(() => {
      try {
        setState({ status: 'partial', value: p.engine.judgeRound(p.round, { attacks: false, cruxes: false }) });
      } catch (e) {
        fail(e);
        return;
      }
      second = later(() => {
        try {
          setState({ status: 'done', value: p.engine.judgeRound(p.round) });
        } catch (e) {
          fail(e);
        }
      });
    });
    return () => {
      live = false;
      clearTimeout(first);
      if (second !== undefined) clearTimeout(second);
    };
  }, [p.engine, p.round]);
  useInput((input, key) => {
    if (input === 'q' || key.escape || (key.ctrl && input === 'c')) exit();
  });
  return (
    <JudgeView
      file={p.file}
      round={p.round}
      state={state}
      width={size.columns}
      theme={createTheme(p.color)}
      levers={p.engine.levers}
    />
  );
}
