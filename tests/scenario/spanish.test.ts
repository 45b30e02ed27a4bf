import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, parseScenario, type ScenarioProblem, seedProblem } from '../../src/scenario/parse-scenario.js';
import { loadScenarioFile } from '../../src/scenario/scenario-files.js';
import { scenarioToYaml } from '../../src/scenario/serialize-scenario.js';
import { setLang, type Lang } from '../../src/text/i18n.js';
import { REGISTRY } from '../fixtures/registry.js';

const BROKEN = join(import.meta.dirname, '..', 'fixtures', 'broken');

/** English words of problem messages that must not be left in a Spanish one. */
const ENGLISH =
  /\b(expected|got|unknown|is out of range|is not|missing|allowed|are not allowed|did you mean|the file)\b/i;

function problemsIn(lang: Lang, text: string, file: string): ScenarioProblem[] {
  setLang(lang);
  const r = parseScenario(text, file, REGISTRY);
  return r.ok ? r.warnings : r.problems;
}

afterEach(() => setLang('en'));

describe('scenario problems in Spanish', () => {
  const files = readdirSync(BROKEN).filter((f) => f.endsWith('.yaml'));

  it.each(files)('%s: the same places and fields in both languages, the words in Spanish', (file) => {
    const text = readFileSync(join(BROKEN, file), 'utf8');
    const en = problemsIn('en', text, file);
    const es = problemsIn('es', text, file);
    expect(en.length).toBeGreaterThan(0);
    const place = (p: ScenarioProblem) => ({ file: p.file, line: p.line, column: p.column, path: p.path });
    expect(es.map(place)).toEqual(en.map(place));
    for (const [i, p] of es.entries()) {
      expect(p.message).not.toBe(en[i]?.message);
      // The yaml library's own messages stay in English, in brackets after the Spanish description.
      expect(p.message.replace(/\(.*\)$/, ''), p.message).not.toMatch(ENGLISH);
    }
  });

  it('keeps file:line:col, the field, the value and the allowed range, in natural Spanish', () => {
    const text = 'name: G\ndescription: d\nlevers:\n  guard_size: 600000\n';
    setLang('es');
    const r = parseScenario(text, 'g.yaml', REGISTRY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatProblem(r.problems[0] as ScenarioProblem)).toMatch(
      /^g\.yaml:4:15 levers\.guard_size: 600000 está fuera del rango; valores permitidos: 0–500000 \(.+\)$/,
    );
  });

  it('writes "did you mean" and the count of problems left out in Spanish', () => {
    setLang('es');
    const [p] = problemsIn('es', 'name: G\ndescription: d\nlevers:\n  guard_sise: 1\n', 'g.yaml');
    expect(formatProblem(p as ScenarioProblem)).toBe(
      'g.yaml:4:3 levers.guard_sise: no existe la palanca "guard_sise"; ¿quiso decir "guard_size"?',
    );
    const many = `name: G\ndescription: d\nlevers:\n${Array.from({ length: 60 }, (_, i) => `  x${i}: 1`).join('\n')}\n`;
    expect(problemsIn('es', many, 'g.yaml').at(-1)?.message).toBe('… y 10 problemas más');
  });

  it('explains a bad seed and a file that is not UTF-8 in Spanish', async () => {
    setLang('es');
    expect(seedProblem('')).toBe('se esperaba un número entero o texto y se encontró texto vacío');
    const r = await loadScenarioFile(join(BROKEN, 'no-such-file.yaml'), REGISTRY);
    expect(r.ok ? '' : r.problems[0]?.message).toMatch(/^no se puede leer el archivo \(ENOENT\)$/);
  });

  it('writes the comments of a saved file in the language in force, with the same settings', () => {
    const text =
      'name: G\ndescription: d\nlevers:\n  guard_size: 1000\nassumptions:\n  youth_recruitment_effect: 0.25\n';
    setLang('en');
    const parsed = parseScenario(text, 'p.yaml', REGISTRY);
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const en = scenarioToYaml(parsed.scenario, REGISTRY);
    setLang('es');
    const es = scenarioToYaml(parsed.scenario, REGISTRY);
    expect(es).toContain('valor por omisión del statu quo');
    expect(es).not.toContain('status-quo default');
    expect(es).toMatch(/^ {2}youth_recruitment_effect: 0\.25 +# .*se permite 0–0\.3$/m);
    const settings = (yaml: string) => yaml.split('\n').map((l) => l.replace(/\s*#.*$/, ''));
    expect(settings(es)).toEqual(settings(en));
    const back = parseScenario(es, 'p.yaml', REGISTRY);
    expect(back.ok && back.scenario).toEqual(parsed.scenario);
  });
});
