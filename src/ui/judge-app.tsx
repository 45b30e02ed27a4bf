/**
 * The explorer on a debate round: the judge view, judged in steps so the verdict shows first (the effect and
 * what differs), then each attack's effect as it is computed, then the cruxes; a or n leave for the explorer on
 * the affirmative's or the negative's case, q, Esc or Ctrl-C quit.
 */
import { useEffect, useState } from 'react';
import { useApp, useInput } from 'ink';
import type { EnginePort } from '../port/index.js';
import type { Round, Side } from '../scenario/round.js';
import { JudgeView, type JudgeState } from './components/judge-view.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { createTheme } from './theme.js';

/** Props of the judge app: the engine port's judge, the round and how to name its file. */
export interface JudgeAppProps {
  readonly engine: Pick<EnginePort, 'judgeRound' | 'levers'>;
  readonly round: Round;
  readonly file: string;
  readonly color: boolean;
  /** Called as the view closes: with the side whose case to open in the explorer (a or n), or undefined (q, Esc). */
  readonly onLeave?: (open: Side | undefined) => void;
}

/** The judge app. */
export function JudgeApp(p: JudgeAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [state, setState] = useState<JudgeState>({ status: 'judging' });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The verdict first, then one attack more per step, then the cruxes; each step's frame is drawn before the
    // next blocks (the engine remembers the effects already computed, so no ensemble runs twice).
    const steps = p.round.attacks.length + 2;
    const step = (k: number): void => {
      timer = setTimeout(() => {
        if (!live) return;
        try {
          const last = k === steps - 1;
          const value = p.engine.judgeRound(p.round, last ? {} : { attacks: k, cruxes: false });
          setState({ status: last ? 'done' : 'partial', value });
          if (!last) step(k + 1);
        } catch (e) {
          setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
        }
      }, 0);
    };
    step(0);
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [p.engine, p.round]);
  useInput((input, key) => {
    const open: Side | undefined = input === 'a' ? 'aff' : input === 'n' ? 'neg' : undefined;
    if (open !== undefined || input === 'q' || key.escape || (key.ctrl && input === 'c')) {
      p.onLeave?.(open);
      exit();
    }
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
