/**
 * The explorer in two languages: L switches it live without touching the scenario, the prompts answer to the
 * language's own yes/no keys, the Spanish catalogue is really Spanish, and numbers do not change with it.
 */
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueOf, currentLang, setLang } from '../../src/text/i18n.js';
import { appReducer, initState, isDirty } from '../../src/ui/app-state.js';
import type { AppState } from '../../src/ui/app-state.js';
import { App } from '../../src/ui/app.js';
import { cruxSentence } from '../../src/ui/debate.js';
import { keymap } from '../../src/ui/keymap.js';
import {
  FAKE_ASSUMPTIONS,
  FAKE_LEVERS,
  FAKE_OUTPUTS,
  createFakeEngine,
  createMemoryFiles,
  scenarioWith,
} from '../helpers/fake-engine.js';

const KEYS = { left: '\u001B[D', down: '\u001B[B', esc: '\u001B', tab: '\t' };
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
  setLang('en');
});

function setup() {
  const engine = createFakeEngine();
  const r = render(
    <App
      engine={engine}
      files={createMemoryFiles(new Map())}
      scenario={scenarioWith({ cannabis_legal: 1, guard_size: 300000 }, 'Platform 2018')}
      baseline={scenarioWith({}, 'Status quo')}
      path="scenarios/platform-2018.yaml"
      color={false}
      debounceMs={30}
    />,
  );
  cleanups.push(() => r.unmount());
  const frame = () => r.lastFrame() ?? '';
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
  return { engine, frame, until, press };
}

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

describe('L switches the language live', () => {
  it('redraws in Spanish and back, keeping the change, the modified mark and the undo history', async () => {
    const t = setup();
    await t.until((f) => f.includes('P50 '));
    await t.press(KEYS.left); // marijuana off: a change to undo
    await t.until((f) => f.includes('modified') && f.includes(' off'));
    await t.press('L');
    expect(currentLang()).toBe('es');
    await t.until((f) => f.includes('Palancas') && f.includes('modificado') && f.includes('idioma: español'));
    const es = t.frame();
    expect(es).not.toContain('Levers');
    expect(es).toContain('modelo ilustrativo, no un pronóstico');
    expect(es).toContain('Legalización de la marihuana');
    expect(es).toMatch(/ no\s*│/); // the lever is still off
    // The help lists the key in Spanish.
    await t.press('?');
    await t.until((f) => f.includes('Teclas') && f.includes('cambiar el idioma'));
    await t.press(KEYS.esc, 'L');
    await t.until((f) => f.includes('Levers') && f.includes('modified') && f.includes('language: English'));
    // The change is still the one undo takes back.
    await t.press('u');
    await t.until((f) => f.includes('undid the last change') && !f.includes('modified'));
  });

  it('draws the same numbers in both languages', async () => {
    const t = setup();
    await t.press(KEYS.tab, KEYS.down);
    await t.until((f) => f.includes('2024-06  P50 18,700'));
    const numbers = (f: string): string[] => f.match(/\d[\d,.]*/g) ?? [];
    const readout = (f: string): string => f.split('\n').find((l) => l.includes('2024-06')) ?? '';
    const en = t.frame();
    await t.press('L');
    await t.until((f) => f.includes('base 26,700'));
    const es = t.frame();
    expect(readout(es)).toContain('2024-06  P50 18,700  P10–P90 16,800–20,600  base 26,700');
    expect(numbers(readout(es))).toEqual(numbers(readout(en)));
  });

  it('types L into a prompt instead of switching', async () => {
    const t = setup();
    await t.press('s', 'L');
    await t.until((f) => f.includes('Save scenario as: scenarios/platform-2018.yamlL'));
    expect(currentLang()).toBe('en');
  });

  it('keeps the scenario, its fingerprint key and history: only the language and a note change', () => {
    const changed = appReducer(st0, { type: 'toggle-lever' });
    const after = appReducer(changed, { type: 'language-set', lang: 'es' });
    expect(after.scenario).toBe(changed.scenario);
    expect(after.history).toBe(changed.history);
    expect(after.saved).toBe(changed.saved);
    expect(isDirty(after)).toBe(true);
    expect(after.lang).toBe('es');
  });
});

describe('the explorer started in Spanish', () => {
  it('opens in Spanish and asks its questions with (s)í/(n)o', async () => {
    setLang('es');
    const t = setup();
    await t.until((f) => f.includes('P50 ') && f.includes('Palancas'));
    expect(t.frame()).toContain('statu quo');
    expect(t.frame()).toMatch(/\bGuardia\b/);
    await t.press(KEYS.left, 'q');
    await t.until((f) => f.includes('cambios sin guardar: ¿guardar? (s)í/(n)o/(c)ancelar'));
    // s is yes in Spanish: the save prompt opens.
    await t.press('s');
    await t.until((f) => f.includes('Guardar escenario como:'));
  });
});

describe('the y/n answers come from the language', () => {
  const asking = withOverlay({ kind: 'unsaved', next: 'quit' });
  it('takes y and n in English, s and y and n in Spanish', () => {
    expect(keymap('y', {}, asking)).toEqual({ type: 'unsaved-save' });
    expect(keymap('Y', {}, asking)).toEqual({ type: 'unsaved-save' });
    expect(keymap('s', {}, asking)).toBeUndefined();
    expect(keymap('n', {}, asking)).toEqual({ type: 'quit-now' });
    setLang('es');
    expect(keymap('s', {}, asking)).toEqual({ type: 'unsaved-save' });
    expect(keymap('S', {}, asking)).toEqual({ type: 'unsaved-save' });
    expect(keymap('y', {}, asking)).toEqual({ type: 'unsaved-save' });
    expect(keymap('n', {}, asking)).toEqual({ type: 'quit-now' });
    expect(keymap('c', {}, asking)).toEqual({ type: 'close-overlay' });
    const overwrite = withOverlay({ kind: 'overwrite', path: 'a.yaml', after: 'stay' });
    expect(keymap('s', {}, overwrite)).toMatchObject({ type: 'save-file', overwrite: true });
  });
  it('switches the language with L on the main screen and in overlays that take no text', () => {
    expect(keymap('L', {}, st0)).toEqual({ type: 'switch-language' });
    for (const o of [
      { kind: 'help' },
      { kind: 'explain' },
      { kind: 'debate', tab: 0, metric: 0 },
      { kind: 'assumptions', selected: 0, filter: '', filtering: false, showSource: false },
    ] as const)
      expect(keymap('L', {}, withOverlay(o))).toEqual({ type: 'switch-language' });
    const filtering = withOverlay({ kind: 'assumptions', selected: 0, filter: '', filtering: true, showSource: false });
    expect(keymap('L', {}, filtering)).toEqual({ type: 'text-input', text: 'L' });
    expect(keymap('L', {}, asking)).toBeUndefined();
  });
});

describe('the Spanish ui catalogue', () => {
  /** Every string of a catalogue section, by its path ("help.3.1"), functions called with sample values. */
  function strings(x: unknown, path = ''): Map<string, string> {
    const out = new Map<string, string>();
    if (typeof x === 'string') out.set(path, x);
    else if (typeof x === 'function') {
      const args = Array.from({ length: x.length }, () => 'X');
      out.set(path, String((x as (...a: unknown[]) => unknown)(...args)));
    } else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) for (const [p, s] of strings(v, path ? `${path}.${k}` : k)) out.set(p, s);
    return out;
  }
  const en = strings(catalogueOf('en').ui);
  const es = strings(catalogueOf('es').ui);

  it('says every entry in Spanish: the same text as English only for symbols, ids and names', () => {
    const same = [...en].filter(([k, v]) => es.get(k) === v && /\p{L}{3,}/u.test(v)).map(([k]) => k);
    // Key names (Tab, Esc, Enter, PgUp…), INEGI, and words that are the same in both ("debate", "triangular").
    const allowed = /^(\w+Keys\w*\.\d+\.0|help\.\d+\.0|legendObserved|statusKeys\.8\.1|distribution\.triangular)$/;
    expect(same.filter((k) => !allowed.test(k))).toEqual([]);
  });

  it('keeps the help to one line per key at 80 columns', () => {
    for (const [, what] of catalogueOf('es').ui.help) expect(Array.from(what).length).toBeLessThanOrEqual(80 - 13);
  });

  it('writes "al" for "a el" in the debate sentences', () => {
    setLang('es');
    const metric = {
      id: 'homicides_total',
      label: 'homicidios',
      unit: '',
      better: 'lower' as const,
      phrase: 'homicidios',
    };
    const v = { leader: 'A' as const, margin: 10, rows: [] };
    expect(cruxSentence(v, metric, { a: 'Plan', b: 'el statu quo' })).toMatch(
      /^Con valores centrales, Plan supera al statu quo en homicidios por 10\.0; eso se mantiene/,
    );
  });
});
