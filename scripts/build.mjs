// Bundle the command line (and the benchmark) into dist/ with esbuild: one file each, React in its
// production build, so start-up stays close to a bare `node` start.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stub = join(root, 'dist', '.devtools-stub.mjs');
mkdirSync(dirname(stub), { recursive: true });
writeFileSync(stub, 'export default undefined;\n');

const entries = [
  { in: 'src/cli.ts', out: 'cli' },
  // Worker threads of large ensembles, started by src/model/threads.ts from next to the bundle.
  { in: 'src/port/ensemble-worker.ts', out: 'ensemble-worker' },
  ...(existsSync(join(root, 'bench/bench.ts')) ? [{ in: 'bench/bench.ts', out: 'bench' }] : []),
];

await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.js' },
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  alias: { 'react-devtools-core': stub },
  // simulation is AGPL and only used by the benchmark: keep it out of the bundle.
  external: ['simulation'],
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});
chmodSync(join(root, 'dist', 'cli.js'), 0o755);

// The script of `palancas page`: the model, its ensemble and the page's controls, for the browser, as one
// file the command inlines in the page. threads.ts (Node worker threads) is swapped for a one-thread stand-in.
const browserThreads = {
  name: 'browser-threads',
  setup(b) {
    b.onResolve({ filter: /\/threads\.js$/ }, (args) =>
      args.importer.includes(join('src', 'port')) ? { path: join(root, 'src/port/threads-browser.ts') } : undefined,
    );
  },
};
await build({
  absWorkingDir: root,
  entryPoints: ['src/port/page-app.ts'],
  outfile: 'dist/page-app.js',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  globalName: 'PalancasPage',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [browserThreads],
});
