/** Start the explorer from source (for trying it by hand in a terminal): `npx tsx tests/helpers/run-explorer.ts`. */
import { runExplorer } from '../../src/ui/main.js';

process.exitCode = await runExplorer({
  rootDir: process.cwd(),
  ...(process.argv[2] ? { scenarioPath: process.argv[2] } : {}),
});
