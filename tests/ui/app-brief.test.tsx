import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import type { Scenario } from '../../src/model/types.js';
import { App } from '../../src/ui/app.js';
import type { BriefRequest, BriefResult } from '../../src/ui/engine-port.js';
import { createFakeEngine, createMemoryFiles, scenarioWith } from '../helpers/fake-engine.js';

const KEYS = { left: '\u001B[D', esc: '\u001B', enter: '\r', backspace: '\u007F' };
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

interface SetupOptions {
  store?: Map<string, Scenario | string>;
  runs?: number;
  path?: string | null;
  onBrief?: (request: BriefRequest, frame: string) => BriefResult | undefined;
}

function setup(opts: SetupOptions = {}) {
  const engine = createFakeEngine();
  const store = opts.store ?? new Map<string, Scenario | string>();
  const framesAtExport: string[] = [];
  let frame = (): string => '';
  const files = createMemoryFiles(store, {
    onBrief: (request) => {
      framesAtExport.push(frame());
      return opts.onBrief?.(request, frame());
    },
  });
  const scenario = scenarioWith({ cannabis_legal: 1, guard_size: 300000 }, 'Platform 2018', opts.runs ?? 1000);
  const path = opts.path === null ? {} : { path: opts.path ?? 'scenarios/platform-2018.yaml' };
  const r = render(
    <App
      engine={engine}
      files={files}
      scenario={scenario}
      baseline={scenarioWith({}, 'Status quo')}
      {...path}
      color={false}
      debounceMs={30}
    />,
  );
  cleanups.push(() => r.unmount());
  frame = () => r.lastFrame() ?? '';
  const until = async (pred: (f: string) => boolean) =>
    vi.waitFor(
      () => {
        if (!pred(frame())) throw new Error(`frame did not match:\n${frame()}`);
      },
      { timeout: 3000, interval: 10 },
    );
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      r.stdin.write(k);
      await tick();
    }
  };
  const type = async (text: string) => {
    for (let i = 0; i < 60; i++) r.stdin.write(KEYS.backspace);
    await tick();
    await press(...text.split(''));
  };
  return { files, store, frame, until, press, type, framesAtExport };
}

describe('brief export (x)', () => {
  it('opens a prompt with the default path, the runs and the seed, then writes through the port', async () => {
    const t = setup();
    await t.until((f) => f.includes('P50 '));
    await t.press('x');
    await t.until((f) => f.includes('Write brief (1,000 runs, seed 1) to: platform-2018-brief.html'));
    expect(t.frame()).toContain('Enter (.html or .md)  Esc cancel');
    expect(t.files.briefs).toHaveLength(0);
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('brief written to platform-2018-brief.html'));
    expect(t.files.briefs).toHaveLength(1);
    const req = t.files.briefs[0]!;
    expect(req.path).toBe('platform-2018-brief.html');
    expect(req.overwrite).toBe(false);
    expect(req.scenario.runs).toBe(1000);
    expect(req.scenario.seed).toBe('1');
    expect(req.scenario.levers.guard_size).toBe(300000);
    expect(req.file).toBe('scenarios/platform-2018.yaml');
    // Saved and unchanged: the reproduce line is the command itself.
    expect(req.reproduce).toBe(
      'palancas brief scenarios/platform-2018.yaml -o platform-2018-brief.html --runs 1000 --seed 1',
    );
    // The progress line was on screen before the port was called (the assembly blocks the event loop).
    expect(t.framesAtExport[0]).toContain('writing the brief vs the status quo… (a few seconds; 1,000 runs)');
    expect(t.store.get('platform-2018-brief.html')).toBe('brief of Platform 2018 (1000 runs)');
  });

  it('takes a typed .md path, caps the runs at 1,000 and keeps the seed', async () => {
    const t = setup({ runs: 5000 });
    await t.press('x');
    await t.until((f) => f.includes('Write brief ('));
    expect(t.frame()).toContain('Write brief (1,000 runs, seed 1) to:');
    await t.type('notes/brief.md');
    await t.until((f) => f.includes('Write brief (1,000 runs, seed 1) to: notes/brief.md'));
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('brief written to notes/brief.md'));
    expect(t.files.briefs[0]?.scenario.runs).toBe(1000);
    expect(t.files.briefs[0]?.reproduce).toContain('--runs 1000');
  });

  it('asks before overwriting an existing file: n goes back to the prompt, y writes', async () => {
    const store = new Map<string, Scenario | string>([['platform-2018-brief.html', 'old brief']]);
    const t = setup({ store });
    await t.press('x');
    await t.until((f) => f.includes('Write brief (1,000 runs, seed 1) to: platform-2018-brief.html'));
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('platform-2018-brief.html exists. Overwrite the brief? (y)es/(n)o'));
    // Nothing was built or written before the answer.
    expect(t.files.briefs).toHaveLength(0);
    expect(t.store.get('platform-2018-brief.html')).toBe('old brief');
    await t.press('n');
    await t.until((f) => f.includes('Write brief (1,000 runs, seed 1) to: platform-2018-brief.html'));
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('Overwrite the brief?'));
    await t.press('y');
    await t.until((f) => f.includes('brief written to platform-2018-brief.html'));
    expect(t.files.briefs).toHaveLength(1);
    expect(t.files.briefs[0]?.overwrite).toBe(true);
    expect(t.store.get('platform-2018-brief.html')).toBe('brief of Platform 2018 (1000 runs)');
  });

  it('shows a write error in the status line and keeps the unsaved edits', async () => {
    const t = setup({ onBrief: () => ({ ok: false, exists: false, message: 'disk full' }) });
    await t.until((f) => f.includes('P50 '));
    await t.press(KEYS.left); // marijuana off: an unsaved change
    await t.until((f) => f.includes(' off') && f.includes('modified'));
    await t.press('x', KEYS.enter);
    await t.until((f) => f.includes('could not write the brief: disk full'));
    const f = t.frame();
    expect(f).toContain('Platform 2018');
    expect(f).toContain('modified');
    expect(f).toContain(' off');
    expect(f).toContain('300,000 people');
    expect(f).not.toContain('Write brief (');
    // The brief was of the edited scenario, and its reproduce line says it must be saved first.
    const req = t.files.briefs[0]!;
    expect(req.scenario.levers.cannabis_legal).toBe(0);
    expect(req.reproduce.split('\n')[0]).toContain('save the scenario as scenarios/platform-2018.yaml first');
    expect(req.reproduce.split('\n')[1]).toBe(
      'palancas brief scenarios/platform-2018.yaml -o platform-2018-brief.html --runs 1000 --seed 1',
    );
    // The edit is still there to save.
    await t.press('s');
    await t.until((f2) => f2.includes('Save scenario as:'));
  });

  it('refuses a name that is neither .html nor .md in the prompt, without building anything', async () => {
    const t = setup();
    await t.press('x');
    await t.until((f) => f.includes('Write brief ('));
    await t.type('brief.txt');
    await t.press(KEYS.enter);
    await t.until((f) => f.includes('use a name ending in .html or .md'));
    expect(t.frame()).toContain('Write brief (1,000 runs, seed 1) to: brief.txt');
    expect(t.files.briefs).toHaveLength(0);
    await t.press(KEYS.esc);
    await t.until((f) => !f.includes('Write brief ('));
  });

  it('names the file to save as when the scenario has none, and lists x in the help', async () => {
    const t = setup({ path: null });
    await t.press('x', KEYS.enter);
    await t.until((f) => f.includes('brief written to platform-2018-brief.html'));
    const req = t.files.briefs[0]!;
    expect(req.file).toBe('scenarios/platform-2018-edited.yaml');
    expect(req.reproduce).toMatch(/^# .*no file.*scenarios\/platform-2018-edited\.yaml/);
    await t.press('?');
    await t.until((f) => f.includes('write a brief of the scenario vs the status quo'));
  });
});
