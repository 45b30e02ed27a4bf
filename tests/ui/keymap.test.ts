import { describe, expect, it } from 'vitest';
import { appReducer, initState } from '../../src/ui/app-state.js';
import type { AppState } from '../../src/ui/app-state.js';
import { keymap } from '../../src/ui/keymap.js';
import { FAKE_ASSUMPTIONS, FAKE_LEVERS, FAKE_OUTPUTS, scenarioWith } from '../helpers/fake-engine.js';

const st0: AppState = initState({
  levers: FAKE_LEVERS,
  assumptions: FAKE_ASSUMPTIONS,
  outputIds: FAKE_OUTPUTS.map((o) => o.id),
  months: 288,
  scenarioStart: 144,
  scenario: scenarioWith({}),
  baseline: scenarioWith({}),
});
const withOverlay = (o: AppState['overlay']): AppState => ({ ...st0, overlay: o });

describe('keymap', () => {
  it('routes q and Ctrl-C through the quit request', () => {
    expect(keymap('q', {}, st0)).toEqual({ type: 'request-quit' });
    expect(keymap('c', { ctrl: true }, st0)).toEqual({ type: 'request-quit' });
    expect(keymap('c', {}, st0)).toEqual({ type: 'open-picker', picker: 'compare' });
  });
  it('answers the unsaved prompt with y, n and c', () => {
    const st = withOverlay({ kind: 'unsaved', next: 'quit' });
    expect(keymap('y', {}, st)).toEqual({ type: 'unsaved-save' });
    expect(keymap('n', {}, st)).toEqual({ type: 'quit-now' });
    expect(keymap('c', {}, st)).toEqual({ type: 'close-overlay' });
    expect(keymap('', { escape: true }, st)).toEqual({ type: 'close-overlay' });
    expect(keymap('c', { ctrl: true }, st)).toEqual({ type: 'quit-now' });
  });
  it('asks before opening a file over unsaved changes; n goes on to the picker', () => {
    expect(keymap('o', {}, st0)).toEqual({ type: 'open-picker', picker: 'open' });
    const dirty = appReducer(st0, { type: 'toggle-lever' });
    expect(keymap('o', {}, dirty)).toEqual({ type: 'open-overlay', overlay: { kind: 'unsaved', next: 'open' } });
    const asking = { ...dirty, overlay: { kind: 'unsaved', next: 'open' } as const };
    expect(keymap('n', {}, asking)).toEqual({ type: 'open-picker', picker: 'open' });
    expect(appReducer(asking, { type: 'unsaved-save' }).overlay).toMatchObject({ kind: 'save', after: 'open' });
  });
  it('sends arrows to the levers or the chart depending on focus', () => {
    expect(keymap('', { rightArrow: true }, st0)).toEqual({ type: 'adjust-lever', delta: 1 });
    expect(keymap('', { downArrow: true }, st0)).toEqual({ type: 'select-lever', delta: 1 });
    const chart = appReducer(st0, keymap('', { tab: true }, st0)!);
    expect(chart.focus).toBe('chart');
    expect(keymap('', { rightArrow: true }, chart)).toEqual({ type: 'move-cursor', delta: 1 });
    expect(keymap('', { downArrow: true }, chart)).toEqual({ type: 'select-slot', slot: 1 });
    expect(keymap('f', {}, chart)).toEqual({ type: 'toggle-focus' });
  });
  it('opens every overlay from its key', () => {
    expect(keymap('?', {}, st0)).toMatchObject({ type: 'open-overlay', overlay: { kind: 'help' } });
    expect(keymap('a', {}, st0)).toMatchObject({ type: 'open-overlay', overlay: { kind: 'assumptions' } });
    expect(keymap('e', {}, st0)).toMatchObject({ type: 'open-overlay', overlay: { kind: 'explain' } });
    expect(keymap('s', {}, st0)).toMatchObject({ type: 'open-overlay', overlay: { kind: 'save' } });
    expect(keymap('o', {}, st0)).toEqual({ type: 'open-picker', picker: 'open' });
    expect(keymap('R', {}, st0)).toEqual({ type: 'reset-all' });
    expect(keymap('r', {}, st0)).toEqual({ type: 'reset-lever' });
    expect(keymap(' ', {}, st0)).toEqual({ type: 'toggle-lever' });
  });
  it('types into text prompts instead of running commands', () => {
    const st = withOverlay({ kind: 'save', text: 'a', after: 'stay' });
    expect(keymap('q', {}, st)).toEqual({ type: 'text-input', text: 'q' });
    expect(keymap('', { backspace: true }, st)).toEqual({ type: 'text-backspace' });
    expect(keymap('', { return: true }, st)).toEqual({ type: 'save-file', path: 'a', overwrite: false, after: 'stay' });
    expect(keymap('', { escape: true }, st)).toEqual({ type: 'close-overlay' });
    expect(keymap('', { return: true }, withOverlay({ kind: 'save', text: '  ', after: 'stay' }))).toBeUndefined();
  });
  it('edits, filters and switches camps in the assumptions browser', () => {
    const st = withOverlay({ kind: 'assumptions', selected: 0, filter: '', filtering: false, showSource: false });
    expect(keymap('', { leftArrow: true }, st)).toEqual({ type: 'assumption-adjust', delta: -1 });
    expect(keymap('/', {}, st)).toEqual({ type: 'filter-start' });
    expect(keymap('c', {}, st)).toEqual({ type: 'assumption-camp' });
    expect(keymap('', { return: true }, st)).toEqual({ type: 'assumption-source' });
    const filtering = withOverlay({ kind: 'assumptions', selected: 0, filter: '', filtering: true, showSource: false });
    expect(keymap('c', {}, filtering)).toEqual({ type: 'text-input', text: 'c' });
    expect(keymap('', { return: true }, filtering)).toEqual({ type: 'filter-end' });
  });
  it('asks y/n before overwriting', () => {
    const st = withOverlay({ kind: 'overwrite', path: 'p.yaml', after: 'quit' });
    expect(keymap('y', {}, st)).toEqual({ type: 'save-file', path: 'p.yaml', overwrite: true, after: 'quit' });
    expect(keymap('n', {}, st)).toMatchObject({ type: 'open-overlay', overlay: { kind: 'save', text: 'p.yaml' } });
  });
  it('closes help and explain with Escape and ignores other keys there', () => {
    expect(keymap('', { escape: true }, withOverlay({ kind: 'help' }))).toEqual({ type: 'close-overlay' });
    expect(keymap('x', {}, withOverlay({ kind: 'explain' }))).toBeUndefined();
    expect(keymap('', { rightArrow: true }, withOverlay({ kind: 'help' }))).toBeUndefined();
  });
});

describe('keymap: undo', () => {
  it('maps u to undo on the main screen and in the assumption browser, not while filtering', () => {
    expect(keymap('u', {}, st0)).toEqual({ type: 'undo' });
    const browsing = withOverlay({ kind: 'assumptions', selected: 0, filter: '', filtering: false, showSource: false });
    expect(keymap('u', {}, browsing)).toEqual({ type: 'undo' });
    const filtering = withOverlay({ kind: 'assumptions', selected: 0, filter: '', filtering: true, showSource: false });
    expect(keymap('u', {}, filtering)).toEqual({ type: 'text-input', text: 'u' });
  });
});
