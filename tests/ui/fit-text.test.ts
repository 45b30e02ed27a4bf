/** Fitting text at whole words: the helpers behind every line of the explorer, in both languages. */
import { afterEach, describe, expect, it } from 'vitest';
import { msg, setLang } from '../../src/text/i18n.js';
import { headerText, pathQuestion, promptParts, statusParts, textEnd } from '../../src/ui/app.js';
import { clipWords, ellipsize, fitWords, hintLine, hintLines, wrap } from '../../src/ui/format.js';

afterEach(() => setLang('en'));

describe('whole words', () => {
  it('cuts between words, never inside one, and leaves no dangling separator', () => {
    expect(clipWords('Platform 2018 (as announced)', 20)).toBe('Platform 2018 (as…');
    expect(clipWords('Share of cartels’ marijuana revenue', 24)).toBe('Share of cartels’…');
    expect(clipWords('short', 20)).toBe('short');
    expect(ellipsize('one · two', 7)).toBe('one…');
    expect(ellipsize('Supercalifragilistic', 8)).toBe('…');
    expect(fitWords('Legalización de la marihuana', 20)).toBe('Legalización de la… ');
  });
  it('wraps at words and ends a text that does not fit with "…" after a whole word', () => {
    expect(wrap('one two three four five six', 9)).toEqual(['one two', 'three', 'four five', 'six']);
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrap('uno dos tres cuatro', 12, 1)).toEqual(['uno dos…']);
  });
  it('keeps key hints whole: the end ones always, the others in order while they fit', () => {
    const hints = [
      ['↑↓', 'select'],
      ['←→', 'adjust'],
      ['u', 'undo'],
    ] as const;
    const end = [
      ['?', 'help'],
      ['q', 'quit'],
    ] as const;
    expect(hintLine(hints, end, 80)).toBe('↑↓ select  ←→ adjust  u undo  ? help  q quit');
    expect(hintLine(hints, end, 30)).toBe('↑↓ select  ? help  q quit');
    expect(hintLine(hints, end, 10)).toBe('q quit');
    expect(hintLines(hints, 20)).toEqual(['↑↓ select  ←→ adjust', 'u undo']);
  });
});

describe('the header', () => {
  it('gives way in the scenario name first, then the app name, then the word "modified"', () => {
    expect(headerText('Platform 2018 (as announced)', true, 80)).toBe(
      'palancas · Platform 2018 (as announced) ● modified vs status quo',
    );
    expect(headerText('Platform 2018 (as announced)', false, 45)).toBe('palancas · Platform 2018 (as… vs status quo');
    setLang('es');
    const h = headerText('Platform 2018 (as announced)', true, 43);
    expect(h).toBe('Platform 2018… ● modificado vs. statu quo');
    expect(headerText('Platform 2018 (as announced)', true, 30)).toBe('Platform 2018… ● vs. statu quo');
  });
});

describe('prompts and questions', () => {
  it('keeps the typed text and drops a hint that does not fit whole', () => {
    const p = promptParts(['Save scenario as: ', 'Save as: '], 'scenarios/a.yaml', ['Enter save  Esc cancel'], 40);
    expect(p).toEqual({ label: 'Save as: ', text: 'scenarios/a.yaml', tail: '' });
  });
  it('always shows an error: the label shortens, then the text shows its end from a separator', () => {
    setLang('es');
    const p = promptParts(
      [msg.ui.briefPrompt('1,000', '2018'), msg.ui.briefPromptShort],
      'platform-2018-as-announced-brief.txt',
      [msg.ui.briefBadExtension],
      80,
      true,
    );
    expect(p.tail).toBe(msg.ui.briefBadExtension);
    expect(p.label).toBe('Escribir informe en: ');
    expect(p.text).toMatch(/^…[a-z]/);
    expect(p.label.length + p.text.length + 2 + p.tail.length).toBeLessThanOrEqual(80);
    expect(textEnd('platform-2018-as-announced-brief.txt', 12)).toBe('…brief.txt');
  });
  it('keeps a question about a file whole, with the end of a long path', () => {
    setLang('es');
    const q = pathQuestion(msg.ui.overwritePrompt, 'scenarios/platform-2018-as-announced-edited.yaml', 60);
    expect(q).toBe('…edited.yaml ya existe. ¿Sobrescribirlo? (s)í/(n)o');
  });
});

describe('the status line', () => {
  const base = { focus: 'levers', computing: false, runs: 1000, capped: false, width: 80 } as const;
  const theory = [
    'theory: pooled (confrontation 82%, conflict 18%)',
    'theory: pooled · confrontation 82%',
    'theory: pooled',
  ];
  it('shows the language key, help and quit whenever nothing computes', () => {
    const { left, right } = statusParts({ ...base, message: undefined, theory });
    expect(right).toBe('theory: pooled · confrontation 82% · 1,000 runs');
    expect(left.trimEnd()).toMatch(/L Español {2}\? help {2}q quit$/);
  });
  it('gives a long message its whole text, leaving out the theory and then the runs', () => {
    const message = msg.ui.resetAll('scenarios/platform-2018.yaml');
    const { left, right } = statusParts({ ...base, message, theory });
    expect(left.trimEnd()).toBe(message);
    expect(right).toBe('');
    // Longer than the line: whole words and "…".
    const long = statusParts({ ...base, message: msg.ui.resetAll(`scenarios/${'x'.repeat(30)}.yaml`), theory });
    expect(long.left.trimEnd()).toMatch(/ saved…$/);
    setLang('es');
    const es = statusParts({ ...base, message: msg.ui.saved('scenarios/a.yaml'), theory: ['teoría: combinada'] });
    expect(es.left.trimEnd()).toBe('se guardó scenarios/a.yaml');
    expect(es.right).toBe('teoría: combinada · 1,000 corridas');
    const reset = msg.ui.resetAll('scenarios/platform-2018.yaml');
    expect(statusParts({ ...base, message: reset, theory: ['teoría: combinada'] }).left.trimEnd()).toBe(reset);
  });
});
