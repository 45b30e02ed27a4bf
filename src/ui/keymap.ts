/**
 * The single keymap: (input, key, state) → Action. Ctrl-C and q go through here like every other key, so the
 * unsaved-changes prompt can ask before quitting.
 */
import type { Key } from 'ink';
import type { Action, AppState } from './app-state.js';
import { browsedAssumptions, isDirty } from './app-state.js';
import { defaultBriefPath } from './brief-request.js';
import { msg } from '../text/i18n.js';

/** The key that switches the language (main screen and the overlays that take no text). */
export const LANGUAGE_KEY = 'L';

/** The answer a key gives to a yes/no(/cancel) question, in the language in force (Spanish takes s and y). */
export function answerOf(input: string): 'yes' | 'no' | 'cancel' | undefined {
  const k = input.toLowerCase();
  if (k === '') return undefined;
  if (msg.common.yesKeys.includes(k)) return 'yes';
  if (msg.common.noKeys.includes(k)) return 'no';
  if (msg.ui.cancelKeys.includes(k)) return 'cancel';
  return undefined;
}

/** The key fields the keymap reads (a subset of Ink's Key, so tests can build them cheaply). */
export type KeyInfo = Partial<
  Pick<
    Key,
    | 'upArrow'
    | 'downArrow'
    | 'leftArrow'
    | 'rightArrow'
    | 'pageUp'
    | 'pageDown'
    | 'home'
    | 'end'
    | 'return'
    | 'escape'
    | 'ctrl'
    | 'shift'
    | 'tab'
    | 'backspace'
    | 'delete'
    | 'meta'
  >
>;

function isPrintable(input: string, key: KeyInfo): boolean {
  return (
    input.length > 0 &&
    !key.ctrl &&
    !key.meta &&
    !key.escape &&
    !key.return &&
    !key.tab &&
    !/[\u0000-\u001f\u007f]/.test(input)
  );
}

function textEntry(input: string, key: KeyInfo): Action | undefined {
  if (key.backspace || key.delete) return { type: 'text-backspace' };
  if (isPrintable(input, key)) return { type: 'text-input', text: input };
  return undefined;
}

/** Map one key press to an action, or undefined when the key means nothing here. */
export function keymap(input: string, key: KeyInfo, st: AppState): Action | undefined {
  const ctrlC = key.ctrl === true && input === 'c';
  const o = st.overlay;
  const answer = key.ctrl || key.meta ? undefined : answerOf(input);
  // The language switches wherever no text is typed and no question is asked.
  if (input === LANGUAGE_KEY && !key.ctrl && !key.meta && switchesLanguage(st)) return { type: 'switch-language' };

  if (o) {
    switch (o.kind) {
      case 'unsaved':
        if (ctrlC) return { type: 'quit-now' };
        if (answer === 'yes') return { type: 'unsaved-save' };
        // No: discard the changes and go on with what was asked (they go only once another file is opened).
        if (answer === 'no') return o.next === 'open' ? { type: 'open-picker', picker: 'open' } : { type: 'quit-now' };
        if (answer === 'cancel' || key.escape) return { type: 'close-overlay' };
        return undefined;
      case 'overwrite':
        if (ctrlC) return { type: 'request-quit' };
        if (answer === 'yes') return { type: 'save-file', path: o.path, overwrite: true, after: o.after };
        if (answer === 'no' || key.escape)
          return { type: 'open-overlay', overlay: { kind: 'save', text: o.path, after: o.after } };
        return undefined;
      case 'save':
        if (ctrlC) return { type: 'request-quit' };
        if (key.escape) return { type: 'close-overlay' };
        if (key.return)
          return o.text.trim()
            ? { type: 'save-file', path: o.text.trim(), overwrite: false, after: o.after }
            : undefined;
        return textEntry(input, key);
      case 'brief':
        if (ctrlC) return { type: 'request-quit' };
        if (key.escape) return { type: 'close-overlay' };
        if (key.return)
          return o.text.trim() ? { type: 'export-brief', path: o.text.trim(), overwrite: false } : undefined;
        return textEntry(input, key);
      case 'brief-overwrite':
        if (ctrlC) return { type: 'request-quit' };
        if (answer === 'yes') return { type: 'export-brief', path: o.path, overwrite: true };
        if (answer === 'no' || key.escape) return { type: 'open-overlay', overlay: { kind: 'brief', text: o.path } };
        return undefined;
      case 'open':
        if (ctrlC) return { type: 'request-quit' };
        if (key.escape) return { type: 'close-overlay' };
        if (key.return) return o.text.trim() ? { type: 'open-file', path: o.text.trim() } : undefined;
        if (key.upArrow) return { type: 'picker-move', delta: -1 };
        if (key.downArrow) return { type: 'picker-move', delta: 1 };
        return textEntry(input, key);
      case 'assumptions':
        if (ctrlC) return { type: 'request-quit' };
        if (o.filtering) {
          if (key.escape || key.return) return { type: 'filter-end' };
          if (key.upArrow) return { type: 'assumption-move', delta: -1 };
          if (key.downArrow) return { type: 'assumption-move', delta: 1 };
          return textEntry(input, key);
        }
        if (key.escape || input === 'a' || input === 'q') return { type: 'close-overlay' };
        if (key.upArrow) return { type: 'assumption-move', delta: -1 };
        if (key.downArrow) return { type: 'assumption-move', delta: 1 };
        if (key.pageUp) return { type: 'assumption-move', delta: -10 };
        if (key.pageDown) return { type: 'assumption-move', delta: 10 };
        if (key.home) return { type: 'assumption-move', delta: -1e6 };
        if (key.end) return { type: 'assumption-move', delta: 1e6 };
        if (key.leftArrow) return { type: 'assumption-adjust', delta: -1 };
        if (key.rightArrow) return { type: 'assumption-adjust', delta: 1 };
        if (input === '/') return { type: 'filter-start' };
        if (input === 'c') return { type: 'assumption-camp' };
        if (input === 'r') return { type: 'assumption-reset' };
        if (input === 'u') return { type: 'undo' };
        if (input === 'f') return { type: 'assumption-show' };
        if (key.return) return browsedAssumptions(st).length > 0 ? { type: 'assumption-source' } : undefined;
        if (input === '?') return { type: 'open-overlay', overlay: { kind: 'help' } };
        return undefined;
      case 'compare':
        if (ctrlC) return { type: 'request-quit' };
        if (key.escape || input === 'c' || input === 'q') return { type: 'close-overlay' };
        if (key.upArrow) return { type: 'picker-move', delta: -1 };
        if (key.downArrow) return { type: 'picker-move', delta: 1 };
        if (key.return) {
          const f = o.files[o.selected];
          return f === undefined ? undefined : { type: 'compare-file', path: f };
        }
        if (input === 'g') return { type: 'cycle-output', delta: 1 };
        if (input === 'G') return { type: 'cycle-output', delta: -1 };
        return undefined;
      case 'debate':
        if (ctrlC) return { type: 'request-quit' };
        if (key.escape || input === 'd' || input === 'q') return { type: 'close-overlay' };
        if (key.leftArrow) return { type: 'debate-metric', delta: -1 };
        if (key.rightArrow) return { type: 'debate-metric', delta: 1 };
        if (key.tab) return { type: 'debate-tab', tab: o.tab + (key.shift ? -1 : 1) };
        if (/^[1-4]$/.test(input)) return { type: 'debate-tab', tab: Number(input) - 1 };
        return undefined;
      case 'help':
      case 'explain':
        if (ctrlC) return { type: 'request-quit' };
        if (key.escape || input === '?' || (o.kind === 'explain' && input === 'e') || input === 'q')
          return { type: 'close-overlay' };
        return undefined;
    }
  }

  if (ctrlC || input === 'q') return { type: 'request-quit' };
  if (key.escape) return st.message ? { type: 'message', text: '', error: false } : undefined;
  if (input === '?') return { type: 'open-overlay', overlay: { kind: 'help' } };
  if (key.tab || input === 'f') return { type: 'toggle-focus' };
  if (input === 'g') return { type: 'cycle-output', delta: 1 };
  if (input === 'G') return { type: 'cycle-output', delta: -1 };
  if (input === 'a')
    return {
      type: 'open-overlay',
      overlay: { kind: 'assumptions', selected: 0, filter: '', filtering: false, showSource: false },
    };
  if (input === 'e') return { type: 'open-overlay', overlay: { kind: 'explain' } };
  if (input === 'c') return { type: 'open-picker', picker: 'compare' };
  if (input === 'd') return { type: 'open-overlay', overlay: { kind: 'debate', tab: 0, metric: 0 } };
  if (input === 'o')
    return isDirty(st)
      ? { type: 'open-overlay', overlay: { kind: 'unsaved', next: 'open' } }
      : { type: 'open-picker', picker: 'open' };
  if (input === 's') return { type: 'open-overlay', overlay: { kind: 'save', text: st.path ?? '', after: 'stay' } };
  if (input === 'x') return { type: 'open-overlay', overlay: { kind: 'brief', text: defaultBriefPath(st.scenario) } };
  if (input === 'R') return { type: 'reset-all' };
  if (input === 'u') return { type: 'undo' };

  if (st.focus === 'levers') {
    if (key.upArrow) return { type: 'select-lever', delta: -1 };
    if (key.downArrow) return { type: 'select-lever', delta: 1 };
    if (key.pageUp) return { type: 'select-family', delta: -1 };
    if (key.pageDown) return { type: 'select-family', delta: 1 };
    if (key.home) return { type: 'select-lever', delta: -1e6 };
    if (key.end) return { type: 'select-lever', delta: 1e6 };
    if (key.leftArrow) return { type: 'adjust-lever', delta: key.shift ? -10 : -1 };
    if (key.rightArrow) return { type: 'adjust-lever', delta: key.shift ? 10 : 1 };
    if (input === ' ') return { type: 'toggle-lever' };
    if (input === 'r') return { type: 'reset-lever' };
    return undefined;
  }
  if (key.upArrow) return { type: 'select-slot', slot: 0 };
  if (key.downArrow) return { type: 'select-slot', slot: 1 };
  if (key.leftArrow) return { type: 'move-cursor', delta: key.shift ? -12 : -1 };
  if (key.rightArrow) return { type: 'move-cursor', delta: key.shift ? 12 : 1 };
  if (input === '[') return { type: 'move-cursor', delta: -12 };
  if (input === ']') return { type: 'move-cursor', delta: 12 };
  if (key.home) return { type: 'cursor-to', month: 0 };
  if (key.end) return { type: 'cursor-to', month: st.months - 1 };
  return undefined;
}

/** Whether L switches the language now: not while text is typed (prompts, the filter) or a question is asked. */
function switchesLanguage(st: AppState): boolean {
  const o = st.overlay;
  if (o === undefined) return true;
  switch (o.kind) {
    case 'help':
    case 'explain':
    case 'compare':
    case 'debate':
      return true;
    case 'assumptions':
      return !o.filtering;
    default:
      return false;
  }
}
