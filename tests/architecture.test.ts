import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

// The compiler and the slow reference evaluator may use mathjs; nothing else in the model may.
const MATHJS_ALLOWED = /src\/model\/(compile\/|mathjs-evaluator\.ts)/;

describe('architecture', () => {
  const modelFiles = filesUnder(join(root, 'src', 'model'));

  it('finds the model sources', () => {
    expect(modelFiles.length).toBeGreaterThan(10);
  });

  it.each(modelFiles.map((f) => [f.slice(root.length + 1), f]))('%s imports no UI, file system or process', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] ?? m[2],
    );
    for (const spec of imports) {
      expect(spec).not.toMatch(/^(ink|react|@inkjs\/ui|node:fs|fs|node:process|process|node:child_process)(\/|$)/);
    }
    expect(text).not.toMatch(/\bMath\.random\s*\(/);
    expect(text).not.toMatch(/\bDate\.now\s*\(/);
    expect(text).not.toMatch(/\bprocess\.(env|argv|exit|stdout|stderr|cwd)\b/);
    if (!MATHJS_ALLOWED.test(file)) expect(imports).not.toContain('mathjs');
  });

  it('keeps mathjs out of the start-up path of the command line and the explorer', () => {
    const entry = [join(root, 'src', 'engine.ts'), join(root, 'src', 'cli.ts'), ...filesUnder(join(root, 'src', 'ui'))];
    for (const f of entry) expect(readFileSync(f, 'utf8')).not.toMatch(/from\s+['"]mathjs['"]/);
  });
});
