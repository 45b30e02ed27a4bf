/**
 * Every screen and overlay of the explorer, with the real model, in English and in Mexican Spanish at 80×24:
 * no line wider than the terminal, no more lines than it has, and no word cut. A word is cut when a run of
 * letters on screen is not a whole word the program could say: every word of the sources (the catalogue, the
 * model's labels and sources) and of the scenario files is allowed; "Marijuan…" or "Legalizació" is not.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model/types.js';
import { loadScenarioFile } from '../../src/scenario/scenario-files.js';
import type { Lang } from '../../src/text/i18n.js';
import { catalogueOf, msg, nextLang, setLang } from '../../src/text/i18n.js';
import { App } from '../../src/ui/app.js';
import { engine as realPort } from '../../src/port/index.js';
import { createMemoryFiles } from '../helpers/fake-engine.js';

const root = join(import.meta.dirname, '..', '..');
const COLUMNS = 80;
const ROWS = 24;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : ext.test(name) ? [p] : [];
  });
}

const LETTERS = /\p{L}+/gu;

/** Every word the program could put on screen: the words of its sources and of the shipped scenarios. */
const VOCABULARY: ReadonlySet<string> = new Set(
  [...filesUnder(join(root, 'src'), /\.tsx?$/), ...filesUnder(join(root, 'scenarios'), /\.ya?ml$/)].flatMap(
    (f) => readFileSync(f, 'utf8').toLowerCase().match(LETTERS) ?? [],
  ),
);

/**
 * The words of a frame that are not whole words of the vocabulary: each run of letters, skipping hex digests
 * (fingerprints). A run right before "…" must be whole too, so "Platform…" passes and "Platfo…" does not.
 */
function cutWords(frame: string): string[] {
  const cut: string[] = [];
  for (const chunk of frame.split(/\s+/)) {
    if (/^[0-9a-f]{8,}$/i.test(chunk)) continue;
    for (const word of chunk.toLowerCase().match(LETTERS) ?? []) if (!VOCABULARY.has(word)) cut.push(word);
  }
  return cut;
}

/** Fail unless the frame fits 80×24 (rows − 1 lines) and cuts no word. */
function expectFits(frame: string, what: string): void {
  const lines = frame.split('\n');
  expect(lines.length, `${what}: lines`).toBeLessThanOrEqual(ROWS - 1);
  for (const l of lines) expect(Array.from(l).length, `${what}: ${l}`).toBeLessThanOrEqual(COLUMNS);
  expect(cutWords(frame), `${what}:\n${frame}`).toEqual([]);
}

/**
 * Fail unless each catalogue text shows whole on the frame, on one line or wrapped over several (the frame's
 * lines joined by spaces): catalogue text is fitted or wrapped, never shortened.
 */
function expectWhole(frame: string, texts: readonly string[], what: string): void {
  const flat = frame
    .split('\n')
    .map((l) => l.trim())
    .join(' ');
  for (const t of texts) expect(flat.includes(t.trim()) || frame.includes(t), `${what}: "${t}"\n${frame}`).toBe(true);
}

/** Key hints as drawn: "key action". */
const hints = (h: readonly (readonly [string, string])[]): string[] => h.map(([k, a]) => (k ? `${k} ${a}` : a));

const KEYS = {
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  esc: '\u001B',
  enter: '\r',
  tab: '\t',
  bs: '\u007F',
};
const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

let scenarios: Map<string, Scenario | string>;
let platform: Scenario;
let statusQuo: Scenario;

beforeAll(async () => {
  const engine = realPort;
  const registry = { levers: engine.levers, assumptions: engine.assumptions };
  scenarios = new Map();
  for (const name of ['platform-2018', 'status-quo', 'hard-line', 'full-legalization']) {
    const r = await loadScenarioFile(join(root, 'scenarios', `${name}.yaml`), registry);
    if (!r.ok) throw new Error(`cannot load ${name}`);
    scenarios.set(`scenarios/${name}.yaml`, r.scenario);
  }
  platform = scenarios.get('scenarios/platform-2018.yaml') as Scenario;
  statusQuo = scenarios.get('scenarios/status-quo.yaml') as Scenario;
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
  setLang('en');
});

/** The explorer with the real model in an 80×24 terminal, in `lang`. */
function explorer(lang: Lang, size: { columns: number; rows: number } = { columns: COLUMNS, rows: ROWS }) {
  setLang(lang);
  const r = render(
    <App
      engine={realPort}
      files={createMemoryFiles(new Map(scenarios))}
      scenario={platform}
      baseline={statusQuo}
      path="scenarios/platform-2018.yaml"
      color={false}
      maxRuns={200}
    />,
  );
  cleanups.push(() => r.unmount());
  Object.defineProperty(r.stdout, 'columns', { value: size.columns, configurable: true });
  Object.defineProperty(r.stdout, 'rows', { value: size.rows, configurable: true });
  r.stdout.emit('resize');
  const frame = (): string => r.lastFrame() ?? '';
  /** Wait until `ready` holds and nothing is computing, then until the frame stays the same a moment. */
  const settle = async (ready: (f: string) => boolean): Promise<string> => {
    const busy = (f: string): boolean => /computing|calculando|running…|retropronóstico…|hindcast…/.test(f);
    await vi.waitFor(
      () => {
        if (!ready(frame()) || busy(frame())) throw new Error(`not ready:\n${frame()}`);
      },
      { timeout: 60_000, interval: 20 },
    );
    for (;;) {
      const before = frame();
      await tick(120);
      if (frame() === before && ready(before) && !busy(before)) return before;
    }
  };
  const press = async (...keys: string[]): Promise<void> => {
    for (const k of keys) {
      r.stdin.write(k);
      await tick();
    }
  };
  return { frame, settle, press };
}

/** The words that tell each screen apart, in both languages. */
const MARK = {
  en: {
    main: 'Levers',
    help: 'Keys',
    assumptions: 'All assumptions',
    explain: 'Explain:',
    compare: 'Compare scenarios',
    debate: 'Debate:',
    open: 'Open scenario file:',
    save: 'Save',
    brief: 'Write brief',
    quit: 'unsaved changes',
    overwrite: 'exists',
    tooSmall: 'enlarge the terminal',
  },
  es: {
    main: 'Palancas',
    help: 'Teclas',
    assumptions: 'Todos los supuestos',
    explain: 'Explicar:',
    compare: 'Comparar escenarios',
    debate: 'Debate:',
    open: 'Abrir archivo de escenario:',
    save: 'Guardar',
    brief: 'Escribir informe',
    quit: 'cambios sin guardar',
    overwrite: 'ya existe',
    tooSmall: 'agrande la terminal',
  },
} as const;

describe('the cut-word check', () => {
  it('catches a word cut before an ellipsis or at the edge, and passes whole words', () => {
    expect(cutWords('Share of cartels’ marijuan… 0.150')).toEqual(['marijuan']);
    expect(cutWords('Legalización de la marihuana  Legalizació')).toEqual(['legalizació']);
    expect(cutWords('Platform 2018 (as… vs status quo · fingerprint 0123456789abcdef')).toEqual([]);
  });
});

describe.each(['en', 'es'] as const)('every screen at 80×24 in %s', (lang) => {
  const mark = MARK[lang];
  const other = MARK[lang === 'en' ? 'es' : 'en'];
  /** Check a screen: it fits, cuts nothing, and is in the language asked for. */
  const check = (f: string, what: string, own: string, foreign?: string): void => {
    // SCREENS_DIR=/some/dir keeps every screen checked, to read them.
    const dir = process.env.SCREENS_DIR;
    if (dir) writeFileSync(join(dir, `${lang}-${what.replace(/[^a-z0-9]+/gi, '-')}.txt`), `${f}\n`);
    expectFits(f, `${lang} ${what}`);
    expect(f, `${lang} ${what}`).toContain(own);
    if (foreign !== undefined) expect(f, `${lang} ${what}`).not.toContain(foreign);
  };

  it('main screen (levers and chart focus), help, explain, quit prompt', { timeout: 120_000 }, async () => {
    const t = explorer(lang);
    let f = await t.settle((x) => x.includes('P50') && x.includes('▒'));
    check(f, 'main, levers', mark.main, other.main);
    const langKey = `L ${catalogueOf(nextLang()).common.languageName}`;
    expectWhole(f, [msg.common.notForecastShort, msg.ui.extrasTitle, langKey, ...hints(msg.ui.statusKeysEnd)], 'main');
    // Chart focus on the homicide chart, the cursor in a hindcast year.
    await t.press(KEYS.tab, KEYS.down, '[', '[', '[', '[', '[', '[', '[', '[');
    f = await t.settle((x) => x.includes('2016-06') && x.includes('INEGI'));
    check(f, 'main, chart', 'INEGI');
    expectWhole(f, hints(msg.ui.statusKeysEnd), 'main, chart');
    await t.press('e');
    f = await t.settle((x) => x.includes(mark.explain));
    check(f, 'explain', mark.explain, other.explain);
    expectWhole(
      f,
      [msg.ui.explainEquation, msg.ui.explainSymbols, msg.ui.explainMoved, ...hints(msg.ui.explainKeys)],
      'explain',
    );
    await t.press(KEYS.esc, KEYS.tab, '?');
    f = await t.settle((x) => x.includes(mark.help));
    check(f, 'help', mark.help, other.help);
    expectWhole(f, [...msg.ui.help.map(([, what]) => what), msg.ui.helpClose], 'help');
    // Every entry of the help is there, the last one included.
    expect(f).toContain('q / Ctrl-C');
    await t.press(KEYS.esc, 'e');
    f = await t.settle((x) => x.includes(mark.explain));
    check(f, 'explain, levers', mark.explain, other.explain);
    await t.press(KEYS.esc, KEYS.left, 'q');
    f = await t.settle((x) => x.includes(mark.quit));
    check(f, 'quit prompt', mark.quit, other.quit);
    expectWhole(f, [msg.ui.unsavedPrompt], 'quit prompt');
    await t.press(KEYS.esc, 'o');
    f = await t.settle((x) => x.includes(mark.quit));
    check(f, 'unsaved prompt before opening', mark.quit, other.quit);
    expect(f.includes(msg.ui.unsavedOpenPrompt) || f.includes(msg.ui.unsavedOpenPromptShort)).toBe(true);
  });

  it('assumption browser, every list, the filter and a full source', { timeout: 120_000 }, async () => {
    const t = explorer(lang);
    await t.settle((x) => x.includes('P50'));
    await t.press('a');
    let f = await t.settle((x) => x.includes(mark.assumptions));
    check(f, 'assumptions, all', mark.assumptions, other.assumptions);
    expectWhole(f, hints(msg.ui.assumptionsKeys), 'assumptions');
    for (const list of ['contested', 'guesses', 'changed']) {
      await t.press('f');
      f = await t.settle((x) => x.includes(mark.assumptions));
      check(f, `assumptions, ${list}`, mark.assumptions, other.assumptions);
      const shown = { contested: 'contested', guesses: 'guess', changed: 'changed' } as const;
      expectWhole(f, [msg.ui.assumptionsShow(msg.ui.assumptionsShowNames[shown[list as keyof typeof shown]])], list);
    }
    await t.press('f', '/', ...'theory'.split(''));
    f = await t.settle((x) => x.includes('theory▏'));
    check(f, 'assumptions, filtering', mark.assumptions, other.assumptions);
    expectWhole(f, [msg.ui.filterPrompt.trim()], 'filter');
    await t.press(KEYS.enter, KEYS.right, KEYS.enter);
    f = await t.settle((x) => x.includes(mark.assumptions));
    check(f, 'assumptions, fixed value and full source', mark.assumptions, other.assumptions);
    await t.press('c');
    f = await t.settle((x) => x.includes(mark.assumptions));
    check(f, 'assumptions, camp switched', mark.assumptions);
  });

  it('compare, before and after loading a file', { timeout: 120_000 }, async () => {
    const t = explorer(lang);
    await t.settle((x) => x.includes('P50'));
    await t.press('c');
    let f = await t.settle((x) => x.includes(mark.compare) && x.includes('hard-line'));
    check(f, 'compare, choosing', mark.compare, other.compare);
    expectWhole(f, [msg.ui.compareLevers, ...hints(msg.ui.compareKeys)], 'compare');
    await t.press(KEYS.down, KEYS.enter);
    f = await t.settle((x) => x.includes(lang === 'en' ? 'other “' : 'otro “') && x.includes('2019–2030'));
    check(f, 'compare, loaded', mark.compare, other.compare);
  });

  it('debate, each view', { timeout: 180_000 }, async () => {
    const t = explorer(lang);
    await t.settle((x) => x.includes('P50'));
    for (const view of ['1', '2', '3', '4']) {
      await t.press(view === '1' ? 'd' : view);
      const f = await t.settle((x) => x.includes(mark.debate) && x.includes('1–4'));
      check(f, `debate view ${view}`, mark.debate);
      const tab = (['sensitivity', 'cruxes', 'attribution', 'claim'] as const)[Number(view) - 1] ?? 'sensitivity';
      expectWhole(f, [...Object.values(msg.ui.debateTabs), msg.ui.debateHow[tab], ...hints(msg.ui.debateKeys)], tab);
    }
    await t.press(KEYS.right, '4');
    const f = await t.settle((x) => x.includes(mark.debate));
    check(f, 'debate, second metric', mark.debate);
  });

  it('open, save, overwrite and brief prompts, with an error', { timeout: 120_000 }, async () => {
    const t = explorer(lang);
    await t.settle((x) => x.includes('P50'));
    await t.press('o');
    let f = await t.settle((x) => x.includes(mark.open));
    check(f, 'open', mark.open, other.open);
    expectWhole(f, [msg.ui.openPrompt, msg.ui.openHint], 'open');
    await t.press(KEYS.esc, 's');
    f = await t.settle((x) => x.includes(mark.save));
    check(f, 'save prompt', mark.save, other.save);
    await t.press(KEYS.enter);
    f = await t.settle((x) => x.includes(mark.overwrite));
    check(f, 'overwrite prompt', mark.overwrite, other.overwrite);
    await t.press(KEYS.esc, KEYS.esc, 'x');
    f = await t.settle((x) => x.includes(mark.brief));
    check(f, 'brief prompt', mark.brief, other.brief);
    await t.press(KEYS.bs, KEYS.bs, KEYS.bs, KEYS.bs, ...'text'.split(''), KEYS.enter);
    f = await t.settle((x) => x.includes('.md'));
    check(f, 'brief prompt, bad name', '.md', other.brief);
    expectWhole(f, [msg.ui.briefBadExtension], 'brief error');
  });

  it('the too-small notice', { timeout: 60_000 }, async () => {
    for (const size of [
      { columns: 70, rows: 20 },
      { columns: 40, rows: 12 },
    ]) {
      const t = explorer(lang, size);
      const f = await t.settle((x) => x.includes(mark.tooSmall));
      expect(cutWords(f)).toEqual([]);
      for (const l of f.split('\n')) expect(Array.from(l).length).toBeLessThanOrEqual(size.columns);
      expect(f).not.toContain(other.tooSmall);
    }
  });
});
