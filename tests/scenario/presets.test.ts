import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../src/model/assumptions.js';
import { LEVERS } from '../../src/model/levers.js';
import { fingerprintScenario } from '../../src/scenario/fingerprint.js';
import { formatProblem, parseScenario } from '../../src/scenario/parse-scenario.js';
import { listScenarioFiles, loadScenarioFile } from '../../src/scenario/scenario-files.js';
import { scenarioToYaml } from '../../src/scenario/serialize-scenario.js';

const REAL = { levers: LEVERS, assumptions: ASSUMPTIONS };
const PRESETS = join(import.meta.dirname, '..', '..', 'scenarios');

describe('shipped presets against the real levers and assumptions', async () => {
  const files = await listScenarioFiles(PRESETS);

  it('there are presets to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  for (const file of files) {
    it(`${file.slice(PRESETS.length + 1)} loads cleanly, with a description, and round-trips`, async () => {
      const loaded = await loadScenarioFile(file, REAL);
      if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
      expect(loaded.warnings.map(formatProblem)).toEqual([]);
      const again = parseScenario(scenarioToYaml(loaded.scenario, REAL), file, REAL);
      expect(again.ok && again.scenario).toEqual(loaded.scenario);
    });
  }

  it('every preset has its own fingerprint', async () => {
    const prints = new Set<string>();
    for (const file of files) {
      const loaded = await loadScenarioFile(file, REAL);
      if (loaded.ok) prints.add(fingerprintScenario(loaded.scenario, REAL, 'test'));
    }
    expect(prints.size).toBe(files.length);
  });
});
