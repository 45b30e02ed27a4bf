/**
 * Start the explorer from source (for trying it by hand in a terminal): `npx tsx tests/helpers/run-explorer.ts
 * [FILE]`. It speaks the language LC_ALL, LC_MESSAGES or LANG asks for, as the command does.
 */
import { langFromEnv, setLang } from '../../src/text/i18n.js';
import { runExplorer } from '../../src/ui/main.js';

setLang(langFromEnv(process.env));
process.exitCode = await runExplorer({
  rootDir: process.cwd(),
  ...(process.argv[2] ? { scenarioPath: process.argv[2] } : {}),
});
