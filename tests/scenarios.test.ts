import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, LEVERS, MODEL_VERSION, OUTPUTS, runEnsemble, yearlyMean } from '../src/port/engine.js';
import { fingerprintScenario } from '../src/scenario/fingerprint.js';
import { parseScenario } from '../src/scenario/parse-scenario.js';
import { listScenarioFiles, loadScenarioFile } from '../src/scenario/scenario-files.js';
import { scenarioToYaml } from '../src/scenario/serialize-scenario.js';

const REGISTRY = { levers: LEVERS, assumptions: ASSUMPTIONS };
const DIR = join(import.meta.dirname, '..', 'scenarios');
const REQUIRED = ['status-quo', 'platform-2018', 'full-legalization', 'hard-line', 'what-happened'];

describe('every scenario in scenarios/', async () => {
  const files = await listScenarioFiles(DIR);

  it('includes the five presets', () => {
    for (const name of REQUIRED) expect(files.map((f) => f.slice(DIR.length + 1))).toContain(`${name}.yaml`);
  });

  for (const file of files) {
    it(`${file.slice(DIR.length + 1)} runs, says where its settings come from, and gives the same curves after a save and reload`, async () => {
      const loaded = await loadScenarioFile(file, REGISTRY);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const s = loaded.scenario;
      expect(s.description.length).toBeGreaterThan(80);
      expect(s.sources?.length ?? 0).toBeGreaterThan(0);
      const again = parseScenario(scenarioToYaml(s, REGISTRY), file, REGISTRY);
      expect(again.ok).toBe(true);
      if (!again.ok) return;
      expect(fingerprintScenario(again.scenario, REGISTRY, MODEL_VERSION)).toBe(
        fingerprintScenario(s, REGISTRY, MODEL_VERSION),
      );
      const a = runEnsemble(s, { runs: 40 });
      const b = runEnsemble(again.scenario, { runs: 40 });
      for (const o of OUTPUTS) {
        expect(Buffer.from(b.bands[o.id]!.p50.buffer)).toEqual(Buffer.from(a.bands[o.id]!.p50.buffer));
        for (const v of a.bands[o.id]!.p90) expect(Number.isFinite(v)).toBe(true);
      }
    });
  }

  it('ranks the presets the way their stories say on 2030 Guard size and troops', async () => {
    const central = async (name: string) => {
      const r = await loadScenarioFile(join(DIR, `${name}.yaml`), REGISTRY);
      if (!r.ok) throw new Error(name);
      return runEnsemble(r.scenario, { runs: 20 });
    };
    const platform = await central('platform-2018');
    const happened = await central('what-happened');
    const hard = await central('hard-line');
    const sq = await central('status-quo');
    const at = (e: Awaited<ReturnType<typeof central>>, id: string) => yearlyMean(e.bands[id]!.p50, 2030);
    expect(at(platform, 'forces_guard')).toBeGreaterThan(at(happened, 'forces_guard'));
    expect(at(hard, 'forces_military')).toBeGreaterThan(at(sq, 'forces_military'));
    expect(at(platform, 'forces_military')).toBeLessThan(at(sq, 'forces_military') * 0.2);
  });
});
