import { describe, expect, it } from 'vitest';
import { assumptionLine } from '../../src/ui/components/assumption-strip.js';
import { msg } from '../../src/text/i18n.js';
import {
  appReducer,
  assumptionOverrideKind,
  browsedAssumptions,
  assumptionValue,
  defaultSavePath,
  initState,
  isDirty,
  isEffect,
  leverValue,
  orderLevers,
  snapLever,
} from '../../src/ui/app-state.js';
import type { Action, AppState } from '../../src/ui/app-state.js';
import { FAKE_ASSUMPTIONS, FAKE_LEVERS, FAKE_OUTPUTS, scenarioWith } from '../helpers/fake-engine.js';
import { fakeSettings, looseSettings } from '../helpers/fake-ids.js';

function start(levers: Record<string, number> = { cannabis_legal: 1, guard_size: 300000 }): AppState {
  return initState({
    levers: FAKE_LEVERS,
    assumptions: FAKE_ASSUMPTIONS,
    outputIds: FAKE_OUTPUTS.map((o) => o.id),
    months: 288,
    scenarioStart: 144,
    scenario: scenarioWith(levers, 'Platform 2018'),
    baseline: scenarioWith({}, 'Status quo'),
    path: 'scenarios/platform-2018.yaml',
  });
}
const run = (st: AppState, ...actions: Action[]): AppState => actions.reduce(appReducer, st);
const lever = (id: string) => FAKE_LEVERS.find((l) => l.id === id)!;
const selectId = (st: AppState, id: string): AppState => ({ ...st, selected: st.levers.findIndex((l) => l.id === id) });

describe('appReducer: levers', () => {
  it('orders levers by family with the article levers first', () => {
    const ids = orderLevers([...FAKE_LEVERS].reverse()).map((l) => l.family);
    const firstExtra = ids.findIndex((f) => ['all_drugs', 'guns', 'kingpin'].includes(f));
    expect(ids.slice(firstExtra).every((f) => ['all_drugs', 'guns', 'kingpin'].includes(f))).toBe(true);
  });
  it('adjusts by the step and clamps to the range', () => {
    let st = selectId(start(), 'guard_size');
    st = run(st, { type: 'adjust-lever', delta: 1 });
    expect(leverValue(st.scenario, lever('guard_size'))).toBe(310000);
    st = run(st, ...Array.from({ length: 40 }, () => ({ type: 'adjust-lever', delta: 1 }) as Action));
    expect(leverValue(st.scenario, lever('guard_size'))).toBe(500000);
    expect(isDirty(st)).toBe(true);
  });
  it('snaps without floating-point drift', () => {
    expect(snapLever(lever('cannabis_legal_share'), 0.1 + 0.2)).toBe(0.3);
    expect(snapLever(lever('cannabis_tax_rate'), 0.7)).toBe(0.6);
  });
  it('toggles on/off levers with space and with the arrows', () => {
    let st = start();
    expect(st.levers[0]!.id).toBe('cannabis_legal');
    st = run(st, { type: 'toggle-lever' });
    expect(leverValue(st.scenario, lever('cannabis_legal'))).toBe(0);
    st = run(st, { type: 'adjust-lever', delta: 1 });
    expect(leverValue(st.scenario, lever('cannabis_legal'))).toBe(1);
    expect(isDirty(st)).toBe(false); // back to what was opened
  });
  it('resets one lever to the status quo, and everything to the file as opened', () => {
    let st = selectId(start(), 'guard_size');
    st = run(st, { type: 'reset-lever' });
    expect(leverValue(st.scenario, lever('guard_size'))).toBe(0);
    expect(leverValue(st.scenario, lever('cannabis_legal'))).toBe(1);
    st = run(selectId(st, 'cannabis_legal'), { type: 'toggle-lever' });
    expect(leverValue(st.scenario, lever('cannabis_legal'))).toBe(0);
    st = {
      ...st,
      scenario: {
        ...st.scenario,
        ...fakeSettings({ camps: { cannabis_share: 'us_government' }, assumptions: { guard_effect: 0.2 } }),
      },
    };
    expect(isDirty(st)).toBe(true);
    st = run(st, { type: 'reset-all' });
    // The opened file's settings, not the status quo's: the header's name is right again.
    expect(st.scenario).toEqual(st.saved);
    expect(leverValue(st.scenario, lever('guard_size'))).toBe(300000);
    expect(leverValue(st.scenario, lever('cannabis_legal'))).toBe(1);
    expect(isDirty(st)).toBe(false);
    expect(st.message?.text).toContain('scenarios/platform-2018.yaml');
  });
  it('undoes changes one at a time, including a reset, and says when there is nothing left', () => {
    const opened = selectId(start(), 'guard_size');
    const one = run(opened, { type: 'adjust-lever', delta: 1 });
    const two = run(one, { type: 'adjust-lever', delta: 1 });
    const reset = run(two, { type: 'reset-all' });
    expect(leverValue(reset.scenario, lever('guard_size'))).toBe(300000);
    const u1 = run(reset, { type: 'undo' });
    expect(u1.scenario).toEqual(two.scenario);
    const u3 = run(u1, { type: 'undo' }, { type: 'undo' });
    expect(u3.scenario).toEqual(opened.scenario);
    expect(isDirty(u3)).toBe(false);
    const none = run(u3, { type: 'undo' });
    expect(none.scenario).toBe(u3.scenario);
    expect(none.message?.text).toBe('nothing to undo');
    // Moving the selection is not a change: nothing to undo.
    expect(run(opened, { type: 'select-lever', delta: 1 }).history).toEqual([]);
    // Opening another file starts a new history.
    expect(run(two, { type: 'opened', path: 'b.yaml', scenario: scenarioWith({}, 'B') }).history).toEqual([]);
  });
  it('undoes assumption edits and camp switches', () => {
    const st = run(start(), {
      type: 'open-overlay',
      overlay: { kind: 'assumptions', selected: 0, filter: '', filtering: false, showSource: false },
    });
    const camp = run(st, { type: 'assumption-camp' });
    expect(looseSettings(camp.scenario).camps.cannabis_share).toBe('us_government');
    expect(run(camp, { type: 'undo' }).scenario).toEqual(st.scenario);
  });
  it('moves the selection within bounds and jumps between families', () => {
    let st = run(start(), { type: 'select-lever', delta: -1 });
    expect(st.selected).toBe(0);
    st = run(st, { type: 'select-family', delta: 1 });
    expect(st.levers[st.selected]!.family).toBe('amnesty');
    st = run(st, { type: 'select-family', delta: -1 });
    expect(st.selected).toBe(0);
  });
});

describe('appReducer: charts', () => {
  it('cycles the selected chart through outputs, skipping the other chart', () => {
    let st = start();
    expect(st.slots).toEqual(['cartel_revenue', 'homicides']);
    st = run(st, { type: 'cycle-output', delta: 1 }, { type: 'cycle-output', delta: 1 });
    expect(st.slots[0]).toBe('workforce'); // revenue_cannabis, then homicides is skipped
    st = run(st, { type: 'select-slot', slot: 1 }, { type: 'cycle-output', delta: -1 });
    expect(st.slots[1]).toBe('revenue_cannabis');
  });
  it('keeps the cursor on the time grid', () => {
    const st = run(start(), { type: 'cursor-to', month: 1000 });
    expect(st.cursor).toBe(287);
    expect(run(st, { type: 'move-cursor', delta: -300 }).cursor).toBe(0);
    expect(start().cursor).toBe(144 + 65); // 2024-06
  });
});

describe('appReducer: assumptions', () => {
  const open: Action = {
    type: 'open-overlay',
    overlay: { kind: 'assumptions', selected: 0, filter: '', filtering: false, showSource: false },
  };
  it('edits within the range and marks it changed', () => {
    let st = run(start(), open, { type: 'assumption-move', delta: 1 }); // guard_effect, 0–0.3
    st = run(st, ...Array.from({ length: 50 }, () => ({ type: 'assumption-adjust', delta: 1 }) as Action));
    const a = FAKE_ASSUMPTIONS[1]!;
    expect(assumptionValue(st.scenario, a)).toBe(0.3);
    expect(isDirty(st)).toBe(true);
    st = run(st, { type: 'assumption-reset' });
    expect(st.scenario.assumptions[a.id]).toBeUndefined();
  });
  it('an edit fixes the value (dropping a range from the file), says so, and reset returns it to being drawn', () => {
    const a = FAKE_ASSUMPTIONS[1]!;
    const ranged = run(start(), open, { type: 'assumption-move', delta: 1 });
    const fromFile = {
      ...ranged,
      scenario: {
        ...ranged.scenario,
        assumptions: { [a.id]: 0.1 },
        assumptionRanges: { [a.id]: { low: 0.05, high: 0.2 } },
      },
    };
    expect(assumptionOverrideKind(fromFile.scenario, a)).toBe('range');
    expect(assumptionLine(a, fromFile.scenario).rest).toMatch(/^\[0\.0500–0\.200\] /);
    let st = run(fromFile, { type: 'assumption-adjust', delta: 1 });
    expect(assumptionOverrideKind(st.scenario, a)).toBe('fixed');
    expect(st.scenario.assumptionRanges).toBeUndefined();
    expect(st.message?.text).toContain('fixed at');
    expect(assumptionLine(a, st.scenario).rest.startsWith(`${msg.ui.fixedWord} `)).toBe(true);
    st = run(st, { type: 'assumption-reset' });
    expect(assumptionOverrideKind(st.scenario, a)).toBeUndefined();
    expect(assumptionLine(a, st.scenario).rest).toMatch(/^\[0–0\.300\] /);
  });
  it('switches camp, which moves the central value and drops the override', () => {
    let st = run(start(), open, { type: 'assumption-adjust', delta: 1 });
    expect(looseSettings(st.scenario).assumptions.cannabis_share).toBeDefined();
    st = run(st, { type: 'assumption-camp' });
    expect(looseSettings(st.scenario).camps.cannabis_share).toBe('us_government');
    expect(looseSettings(st.scenario).assumptions.cannabis_share).toBeUndefined();
    expect(assumptionValue(st.scenario, FAKE_ASSUMPTIONS[0]!)).toBe(0.6);
    st = run(st, { type: 'assumption-camp' });
    expect(looseSettings(st.scenario).camps.cannabis_share).toBeUndefined(); // back to the default camp
  });
  it('filters by typed text', () => {
    let st = run(
      start(),
      open,
      { type: 'filter-start' },
      { type: 'text-input', text: 'g' },
      { type: 'text-input', text: 'u' },
      { type: 'text-input', text: 'e' },
    );
    expect(st.overlay).toMatchObject({ filter: 'gue', filtering: true });
    st = run(st, { type: 'text-backspace' }, { type: 'filter-end' });
    expect(st.overlay).toMatchObject({ filter: 'gu', filtering: false });
  });
});

describe('appReducer: quitting and files', () => {
  it('quits at once when nothing changed, asks when something did', () => {
    expect(run(start(), { type: 'request-quit' }).exiting).toBe(true);
    const st = run(selectId(start(), 'guard_size'), { type: 'adjust-lever', delta: 1 }, { type: 'request-quit' });
    expect(st.exiting).toBe(false);
    expect(st.overlay?.kind).toBe('unsaved');
    expect(run(st, { type: 'quit-now' }).exiting).toBe(true);
    const saving = run(st, { type: 'unsaved-save' });
    expect(saving.overlay).toMatchObject({ kind: 'save', after: 'quit', text: 'scenarios/platform-2018.yaml' });
    const done = run(saving, { type: 'saved', path: 'x.yaml', after: 'quit' });
    expect(done.exiting).toBe(true);
    expect(isDirty(done)).toBe(false);
  });
  it('asks before overwriting and keeps the work when a save fails', () => {
    const st = run(
      start(),
      { type: 'adjust-lever', delta: -1 },
      { type: 'save-failed', path: 'a.yaml', exists: true, message: 'exists', after: 'stay' },
    );
    expect(st.overlay).toEqual({ kind: 'overwrite', path: 'a.yaml', after: 'stay' });
    const failed = run(st, { type: 'save-failed', path: 'a.yaml', exists: false, message: 'EACCES', after: 'stay' });
    expect(failed.overlay).toMatchObject({ kind: 'save', error: expect.stringContaining('EACCES') });
    expect(isDirty(failed)).toBe(true);
  });
  it('keeps the current scenario when opening a bad file', () => {
    let st = run(start(), { type: 'picker-files', picker: 'open', files: ['scenarios/a.yaml', 'scenarios/b.yaml'] });
    st = run(st, { type: 'picker-move', delta: 1 });
    expect(st.overlay).toMatchObject({ kind: 'open', text: 'scenarios/b.yaml' });
    const before = st.scenario;
    st = run(st, { type: 'open-failed', message: 'b.yaml:3:1 bad' });
    expect(st.scenario).toBe(before);
    expect(st.overlay).toMatchObject({ kind: 'open', error: expect.stringContaining('b.yaml:3:1') });
    st = run(st, { type: 'opened', path: 'scenarios/a.yaml', scenario: scenarioWith({ guard_size: 1000 }) });
    expect(st.overlay).toBeUndefined();
    expect(st.path).toBe('scenarios/a.yaml');
    expect(isDirty(st)).toBe(false);
  });
  it('marks file actions as effects', () => {
    expect(isEffect({ type: 'open-file', path: 'x' })).toBe(true);
    expect(isEffect({ type: 'reset-all' })).toBe(false);
    expect(defaultSavePath(scenarioWith({}, 'Platform 2018 (as announced)'))).toBe(
      'scenarios/platform-2018-as-announced-edited.yaml',
    );
  });
});

describe('appReducer: assumption lists', () => {
  const open: Action = {
    type: 'open-overlay',
    overlay: { kind: 'assumptions', selected: 0, filter: '', filtering: false, showSource: false },
  };
  const ids = (st: AppState): string[] => browsedAssumptions(st).map((a) => a.id);
  it('cycles all, contested, guesses and changed with f, each list what it says', () => {
    let st = run(start(), open);
    expect(ids(st)).toEqual(FAKE_ASSUMPTIONS.map((a) => a.id));
    st = run(st, { type: 'assumption-show' });
    expect(st.overlay).toMatchObject({ show: 'contested' });
    expect(ids(st)).toEqual(FAKE_ASSUMPTIONS.filter((a) => (a.camps?.length ?? 0) > 0).map((a) => a.id));
    st = run(st, { type: 'assumption-show' });
    expect(ids(st)).toEqual(FAKE_ASSUMPTIONS.filter((a) => a.kind === 'guess').map((a) => a.id));
    st = run(st, { type: 'assumption-show' });
    expect(ids(st)).toEqual([]);
    // Change one (an override) and it is listed; switching the list back to all starts at the top.
    const changed = { ...st, scenario: { ...st.scenario, ...fakeSettings({ assumptions: { guard_effect: 0.2 } }) } };
    expect(ids(changed)).toEqual(['guard_effect']);
    expect(run(changed, { type: 'assumption-show' }).overlay).toMatchObject({ show: 'all', selected: 0 });
  });
  it('combines a list with the text filter', () => {
    const st = run(
      start(),
      open,
      { type: 'assumption-show' },
      { type: 'assumption-show' },
      { type: 'filter-start' },
      { type: 'text-input', text: 'michoac' },
    );
    expect(ids(st)).toEqual(['vacuum_effect']);
  });
});
