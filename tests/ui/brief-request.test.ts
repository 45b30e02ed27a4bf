import { describe, expect, it } from 'vitest';
import {
  BRIEF_MAX_RUNS,
  briefFormat,
  briefReproduce,
  briefRuns,
  defaultBriefPath,
  slugify,
} from '../../src/ui/brief-request.js';
import { keymap } from '../../src/ui/keymap.js';
import { appReducer, initState } from '../../src/ui/app-state.js';
import { FAKE_ASSUMPTIONS, FAKE_LEVERS, FAKE_OUTPUTS, SCENARIO_START, scenarioWith } from '../helpers/fake-engine.js';

describe('brief request helpers', () => {
  it('picks the format from the extension, case-insensitively', () => {
    expect(briefFormat('a.html')).toBe('html');
    expect(briefFormat('dir/A.HTM')).toBe('html');
    expect(briefFormat('a.md')).toBe('markdown');
    expect(briefFormat('a.markdown')).toBe('markdown');
    expect(briefFormat('a.txt')).toBeUndefined();
    expect(briefFormat('html')).toBeUndefined();
  });

  it('suggests <slug>-brief.html from the name, accents and symbols folded', () => {
    expect(defaultBriefPath(scenarioWith({}, 'Platform 2018 (as announced)'))).toBe(
      'platform-2018-as-announced-brief.html',
    );
    expect(defaultBriefPath(scenarioWith({}, 'Legalización ¡ya!'))).toBe('legalizacion-ya-brief.html');
    expect(defaultBriefPath(scenarioWith({}, '¿?'))).toBe('scenario-brief.html');
    expect(slugify(`${'a'.repeat(39)} b`, 'x')).toBe('a'.repeat(39));
  });

  it('caps the runs at BRIEF_MAX_RUNS', () => {
    expect(briefRuns(scenarioWith({}, 'x', 200))).toBe(200);
    expect(briefRuns(scenarioWith({}, 'x', 5000))).toBe(BRIEF_MAX_RUNS);
  });

  it('gives the command only for a saved, unchanged scenario; otherwise says to save first', () => {
    const base = { saveAs: 'scenarios/x-edited.yaml', output: 'my brief.html', runs: 1000, seed: 'a b' };
    const clean = briefReproduce({ ...base, path: 'scenarios/x.yaml', dirty: false });
    expect(clean).toBe("palancas brief scenarios/x.yaml -o 'my brief.html' --runs 1000 --seed 'a b'");
    const dirty = briefReproduce({ ...base, path: 'scenarios/x.yaml', dirty: true }).split('\n');
    expect(dirty[0]).toMatch(/^# .*unsaved.*save the scenario as scenarios\/x\.yaml first/);
    expect(dirty[1]).toBe(clean);
    const none = briefReproduce({ ...base, path: undefined, dirty: false }).split('\n');
    expect(none[0]).toMatch(/^# .*no file.*scenarios\/x-edited\.yaml/);
    expect(none[1]).toContain('palancas brief scenarios/x-edited.yaml -o');
  });
});

describe('x in the keymap and reducer', () => {
  const st = initState({
    levers: FAKE_LEVERS,
    assumptions: FAKE_ASSUMPTIONS,
    outputIds: FAKE_OUTPUTS.map((o) => o.id),
    months: 288,
    scenarioStart: SCENARIO_START,
    scenario: scenarioWith({ guard_size: 300000 }, 'Guard plan'),
    baseline: scenarioWith({}),
  });

  it('opens the prompt with the default, and Enter asks for the export of the typed path', () => {
    const open = keymap('x', {}, st);
    expect(open).toEqual({ type: 'open-overlay', overlay: { kind: 'brief', text: 'guard-plan-brief.html' } });
    const s1 = appReducer(st, open!);
    const s2 = appReducer(s1, keymap('!', {}, s1)!);
    expect(s2.overlay).toEqual({ kind: 'brief', text: 'guard-plan-brief.html!' });
    expect(keymap('', { return: true }, s1)).toEqual({
      type: 'export-brief',
      path: 'guard-plan-brief.html',
      overwrite: false,
    });
    expect(keymap('', { escape: true }, s1)).toEqual({ type: 'close-overlay' });
  });

  it('asks before overwriting and never touches the scenario', () => {
    const asked = appReducer(st, { type: 'brief-failed', path: 'b.html', exists: true, inPrompt: false, message: '' });
    expect(asked.overlay).toEqual({ kind: 'brief-overwrite', path: 'b.html' });
    expect(keymap('y', {}, asked)).toEqual({ type: 'export-brief', path: 'b.html', overwrite: true });
    expect(keymap('n', {}, asked)).toEqual({ type: 'open-overlay', overlay: { kind: 'brief', text: 'b.html' } });
    const failed = appReducer(asked, {
      type: 'brief-failed',
      path: 'b.html',
      exists: false,
      inPrompt: false,
      message: 'EACCES',
    });
    expect(failed.overlay).toBeUndefined();
    expect(failed.message).toEqual({ text: 'could not write the brief: EACCES', error: true });
    expect(failed.scenario).toBe(st.scenario);
    const done = appReducer(st, { type: 'brief-written', path: 'b.html', runs: 1000 });
    expect(done.message?.text).toBe('brief written to b.html (1,000 runs)');
    expect(done.saved).toBe(st.saved);
  });
});
