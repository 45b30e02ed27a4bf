// Writes src/model/generated/model.gen.ts from the equations in src/model/equations.ts. Run with
// `npm run generate` after changing an equation; a test fails while the file is out of date.
import { writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_SPEC } from '../src/model/equations.js';
import { generateModule } from '../src/model/compile/index.js';
import { MODEL_GRID } from '../src/model/grid.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'model', 'generated', 'model.gen.ts');
const tmp = `${target}.tmp`;
writeFileSync(tmp, generateModule(MODEL_SPEC, MODEL_GRID));
renameSync(tmp, target);
console.log(`wrote ${target}`);
