/** The English catalogue: every user-facing string, keyed by room and id. It defines the Catalogue type. */
import { common } from './common.js';
import { assumptions } from './assumptions.js';
import { model } from './model.js';
import { ui } from './ui.js';
import { cli } from './cli.js';
import { scenario } from './scenario.js';
import { analysis } from './analysis.js';
import { render } from './render.js';
import { port } from './port.js';
import { classpack } from './classpack.js';
import { round } from './round.js';

export const en = { common, assumptions, model, ui, cli, scenario, analysis, render, port, classpack, round };
