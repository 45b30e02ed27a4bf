import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * The rooms of src/, lowest first, and the rooms each may import from. Arrows point down only: a room never
 * imports a room above it, so a change in one room needs changes only in the rooms above.
 */
const ROOMS: Readonly<Record<string, readonly string[]>> = {
  text: [],
  model: ['text'],
  scenario: ['model', 'text'],
  analysis: ['model', 'text'],
  render: ['analysis', 'model', 'text'],
  port: ['render', 'analysis', 'scenario', 'model', 'text'],
  ui: ['port', 'render', 'analysis', 'scenario', 'model', 'text'],
  cli: ['ui', 'port', 'render', 'analysis', 'scenario', 'model', 'text'],
};

/** The room of a source file: its first folder under src/, or cli for the entry point src/cli.ts. */
function roomOf(file: string): string {
  const rel = file.slice(join(root, 'src').length + 1);
  if (!rel.includes('/')) return rel.replace(/\.tsx?$/, '');
  return rel.split('/')[0] as string;
}

/** Relative imports of a file (static, re-exports and dynamic), resolved to paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]);
  return specs.filter((x): x is string => x?.startsWith('.') === true).map((x) => join(dirname(file), x));
}

/** The room-to-room edges of a set of files, each with one file that makes it. */
function roomEdges(files: readonly string[]): Map<string, string> {
  const edges = new Map<string, string>();
  for (const f of files) {
    const from = roomOf(f) === 'cli' ? 'cli' : roomOf(f);
    for (const target of importsOf(f)) {
      if (!target.startsWith(join(root, 'src'))) continue;
      const to = roomOf(target);
      if (to !== from && !edges.has(`${from} -> ${to}`)) edges.set(`${from} -> ${to}`, f.slice(root.length + 1));
    }
  }
  return edges;
}

/** A cycle in a room graph given as "a -> b" edges, or undefined. */
function cycleOf(edges: Iterable<string>): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const [a, b] = e.split(' -> ') as [string, string];
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
    if (state.get(n) === 'done') return undefined;
    state.set(n, 'open');
    path.push(n);
    for (const m of next.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    path.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of next.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

describe('rooms', () => {
  const files = filesUnder(join(root, 'src'));
  const edges = roomEdges(files);

  it('puts every source file in a known room', () => {
    for (const f of files) {
      const room = roomOf(f) === 'cli' ? 'cli' : roomOf(f);
      expect(Object.keys(ROOMS), f).toContain(room);
    }
  });

  it('has arrows that only point down', () => {
    const wrong = [...edges].filter(([e]) => {
      const [a, b] = e.split(' -> ') as [string, string];
      return !(ROOMS[a] ?? []).includes(b);
    });
    expect(wrong.map(([e, f]) => `${e} (${f})`)).toEqual([]);
  });

  it('has no cycle between rooms', () => {
    expect(cycleOf(edges.keys())).toBeUndefined();
  });

  it('has the explorer and the commands reach the engine and the analyses only through the port', () => {
    // The engine port (port/engine-port.ts) and its real implementation (port/index.ts); the brief's assembly.
    const doors = ['index.ts', 'engine-port.ts', 'brief.ts'].map((f) => join(root, 'src', 'port', f));
    const above = files.filter((f) => ['ui', 'cli'].includes(roomOf(f)));
    const wrong = above.flatMap((f) =>
      importsOf(f)
        .map((target) => target.replace(/\.js$/, '.ts'))
        .filter((target) => roomOf(target) === 'port' && !doors.includes(target))
        .map((target) => `${f.slice(root.length + 1)} imports ${target.slice(root.length + 1)}`),
    );
    expect(wrong).toEqual([]);
    expect(above.length).toBeGreaterThan(20);
  });

  it('catches a wrong arrow and a cycle when there is one', () => {
    expect(cycleOf(['model -> analysis', 'analysis -> render', 'render -> model'])).toEqual([
      'model',
      'analysis',
      'render',
      'model',
    ]);
    expect(cycleOf(['cli -> port', 'port -> model'])).toBeUndefined();
    expect((ROOMS.analysis ?? []).includes('cli')).toBe(false);
  });
});

describe('one definition', () => {
  const code = filesUnder(join(root, 'src'))
    .filter((f) => !/src\/text\/(en|es)\//.test(f) && !f.endsWith('.gen.ts'))
    .map((f) => ({ file: f.slice(root.length + 1), text: readFileSync(f, 'utf8') }));

  it.each([
    ['centralMetric', /function centralMetric\b/],
    ['applyEvidenceSet', /function applyEvidenceSet\b/],
    ['abortError', /function abortError\b/],
    ['MAX_EVIDENCE_SETS', /\bMAX_EVIDENCE_SETS\s*=/],
    ['DEFAULT_RUNS', /\bDEFAULT_RUNS\s*=/],
    ['a missing lever takes its default', /levers\[[^\]]+\]\s*\?\?\s*[\w.]*\.default\b/],
  ])('of %s', (_, re) => {
    expect(code.filter((c) => re.test(c.text)).map((c) => c.file)).toHaveLength(1);
  });
});

describe('architecture', () => {
  const modelFiles = filesUnder(join(root, 'src', 'model'));

  it('finds the model sources', () => {
    expect(modelFiles.length).toBeGreaterThan(10);
  });

  it.each(modelFiles.map((f) => [f.slice(root.length + 1), f]))(
    '%s imports no UI, file system or process',
    (_, file) => {
      const text = readFileSync(file, 'utf8');
      const imports = [
        ...text.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => m[1] ?? m[2]);
      for (const spec of imports) {
        expect(spec).not.toMatch(/^(ink|react|@inkjs\/ui|node:fs|fs|node:process|process|node:child_process)(\/|$)/);
      }
      expect(text).not.toMatch(/\bMath\.random\s*\(/);
      expect(text).not.toMatch(/\bDate\.now\s*\(/);
      expect(text).not.toMatch(/\bprocess\.(env|argv|exit|stdout|stderr|cwd)\b/);
      if (!MATHJS_ALLOWED.test(file)) expect(imports).not.toContain('mathjs');
    },
  );

  it('keeps mathjs out of the start-up path of the command line and the explorer', () => {
    const entry = [
      join(root, 'src', 'port', 'engine.ts'),
      join(root, 'src', 'cli.ts'),
      ...filesUnder(join(root, 'src', 'ui')),
    ];
    for (const f of entry) expect(readFileSync(f, 'utf8')).not.toMatch(/from\s+['"]mathjs['"]/);
  });
});
