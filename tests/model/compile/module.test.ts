import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRun, generateModule } from '../../../src/model/compile/index.js';
import type { Equation, ModelSpec } from '../../../src/model/types.js';

const aux = (id: string, expr: string): Equation => ({ id, kind: 'aux', label: id, unit: '', expr });

const spec: ModelSpec = {
  equations: [
    {
      id: 'fighters',
      kind: 'stock',
      label: 'fighters',
      unit: 'people',
      init: 'f0 * troops',
      rate: 'recruits - losses',
      nonNegative: true,
    },
    {
      id: 'revenue',
      kind: 'stock',
      label: 'revenue',
      unit: 'USD',
      init: 'r0',
      rate: 'r_growth * revenue * (1 - legal_share)',
    },
    aux('recruits', 'max(0, recruit_rate * revenue / 1000) + 2 * step(year, 2012)'),
    aux('losses', 'loss_rate * fighters * clamp(troops / 50000, 0.2, 2) + (t >= 3 and not (fighters < 1) ? 1 : 0)'),
    aux('legal_share', 'legalize * ramp(year, 2009, 2)'),
    aux('violence', 'sqrt(abs(fighters)) * exp(-legal_share) + log(1 + floor(troops / 1000)) + fighters ^ 0.5 + dt'),
    aux('unused_aux', 'r0 * 2'),
  ],
  outputs: ['fighters', 'violence', 'revenue'],
  parameters: ['f0', 'r0', 'r_growth', 'recruit_rate', 'loss_rate', 'legalize', 'unused_param'],
  inputs: ['troops'],
};
const opts = { months: 36, stepsPerMonth: 3, startYear: 2007 };
const params = new Float64Array([0.01, 800, 0.01, 0.5, 0.02, 1, 99]);
const troops = new Float64Array(Array.from({ length: 36 }, (_, m) => 20000 + 1500 * m));

const dir = resolve(`tests/.tmp-gen-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateModule', () => {
  const text = generateModule(spec, opts);

  it('carries a do-not-edit header and the layout', () => {
    expect(text.split('\n')[0]).toContain('Generated from src/model/equations.ts by `npm run generate`');
    expect(text).toContain('Do not edit');
    expect(text).toContain('export const GENERATED = {');
    expect(text).toContain(
      'export function runModel(p: Float64Array, inp: readonly Float64Array[], out: Float64Array, from = 0, state?: Float64Array, saveAt = -1, to = 36): void {',
    );
    expect(text).toContain('  stocks: ["fighters", "revenue"],');
    expect(text).not.toContain('@ts-nocheck');
    expect(generateModule(spec, opts)).toBe(text);
  });

  it('type-checks under the strict project settings, and the check can fail', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'model.gen.ts'), text);
    writeFileSync(
      join(dir, 'use.ts'),
      [
        "import { GENERATED, runModel } from './model.gen.js';",
        'const months: 36 = GENERATED.months;',
        "const first: 'f0' = GENERATED.parameters[0];",
        'const out = new Float64Array(months * GENERATED.outputs.length);',
        'runModel(new Float64Array(GENERATED.parameters.length), [new Float64Array(months)], out);',
        'export { first };',
        '',
      ].join('\n'),
    );
    const auxOnly: ModelSpec = {
      equations: [aux('only', 'k * 2 + (k > 1 ? t : year)')],
      outputs: ['only'],
      parameters: ['k'],
      inputs: ['x'],
    };
    writeFileSync(join(dir, 'aux-only.gen.ts'), generateModule(auxOnly, { months: 3, startYear: 2019 }));
    writeFileSync(
      join(dir, 'broken.ts'),
      "import { GENERATED } from './model.gen.js';\nexport const wrong: 12 = GENERATED.months;\n",
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.json',
        compilerOptions: { noEmit: true },
        include: ['model.gen.ts', 'aux-only.gen.ts', 'use.ts', 'broken.ts'],
      }),
    );
    const tsc = resolve('node_modules/typescript/bin/tsc');
    const res = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
      encoding: 'utf8',
    });
    const errors = res.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors.filter((line) => !line.includes('broken.ts'))).toEqual([]);
    expect(errors.some((line) => line.includes('broken.ts'))).toBe(true);
  });

  it('runs and gives the same numbers as the compiled function, bit for bit', async () => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'model-run.gen.ts');
    writeFileSync(file, text);
    const mod = (await import(/* @vite-ignore */ file)) as {
      runModel: (
        p: Float64Array,
        inp: readonly Float64Array[],
        out: Float64Array,
        from?: number,
        state?: Float64Array,
        saveAt?: number,
      ) => void;
      GENERATED: { outputs: readonly string[] };
    };
    expect(mod.GENERATED.outputs).toEqual(spec.outputs);
    const a = new Float64Array(36 * 3);
    const b = new Float64Array(36 * 3);
    mod.runModel(params, [troops], a);
    compileRun(spec, opts)(params, [troops], b);
    expect([...a]).toEqual([...b]);
    expect(a.every(Number.isFinite)).toBe(true);
    // Saved at month 20 and started from there, the module gives the same months 20 and on.
    const state = new Float64Array(2);
    const c = new Float64Array(36 * 3);
    mod.runModel(params, [troops], c, 0, state, 20);
    expect([...c]).toEqual([...a]);
    const d = new Float64Array(36 * 3).fill(Number.NaN);
    mod.runModel(params, [troops], d, 20, state);
    expect([...d.subarray(60)]).toEqual([...a.subarray(60)]);
    expect(d.subarray(0, 60).every(Number.isNaN)).toBe(true);
  });
});
