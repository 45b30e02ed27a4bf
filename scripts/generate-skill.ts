// Writes src/model/generated/theory-skill.gen.ts: each theory's hindcast skill against persistence, which sets
// the shares of a pooled ensemble. Run by `npm run generate` after the model; a test fails while it is stale.
import { writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { skillModule } from '../src/model/skill-module.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'model', 'generated', 'theory-skill.gen.ts');
const tmp = `${target}.tmp`;
writeFileSync(tmp, skillModule());
renameSync(tmp, target);
console.log(`wrote ${target}`);
