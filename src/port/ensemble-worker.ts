/**
 * A worker thread of the ensemble (see threads.ts): fills a range of runs' parameters from what they are made
 * of (the pool and the later draws, shared memory every worker reads: see run-draws.ts) and runs passes of
 * the lean band computation over them, or scores a range of a pool's candidates against history, or
 * computes a hindcast or the evidence sets' central margins in the background (see startInBackground).
 * Answers each request on its port and then raises its flag, so the caller can wait synchronously.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { runModel } from '../model/generated/model.gen.js';
import { MODEL_INPUTS } from '../model/pools.js';
import { fillRun, type RunDraws } from '../model/run-draws.js';
import { PassAccumulator, PassStorage, type PassPlan } from '../model/lean-bands.js';
import { scoreCandidates, type CandidateBatch } from '../model/pools.js';
import { hindcast } from '../model/hindcast.js';
import { centralEvidenceMargins } from './analyses.js';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };

let draws: RunDraws | undefined;
let from = 0;
let count = 0;
let params: Float64Array = new Float64Array(0);
// A pass's summaries, in shared memory reused pass after pass: the caller reads them before the next request.
const storage = new PassStorage((bytes) => new SharedArrayBuffer(bytes));
const out: { buffer: Float64Array } = { buffer: new Float64Array(0) };

type Request =
  | { readonly type: 'runs'; readonly draws: RunDraws; readonly from: number; readonly count: number }
  | { readonly type: 'pass'; readonly plan: PassPlan; readonly months: number; readonly nOut: number }
  | { readonly type: 'fits'; readonly batch: CandidateBatch }
  | { readonly type: 'hindcast'; readonly args: Parameters<typeof hindcast> }
  | { readonly type: 'evidence'; readonly args: Parameters<typeof centralEvidenceMargins> };

function answer(req: Request): { value: unknown; transfer: ArrayBuffer[] } {
  if (req.type === 'runs') {
    ({ draws, from, count } = req);
    if (params.length !== draws.size) params = new Float64Array(draws.size);
    return { value: true, transfer: [] };
  }
  if (req.type === 'pass') {
    const acc = new PassAccumulator(req.plan, storage);
    if (out.buffer.length !== req.months * req.nOut) out.buffer = new Float64Array(req.months * req.nOut);
    const run = out.buffer;
    const d = draws as RunDraws;
    for (let r = from; r < from + count; r++) {
      fillRun(d, r, params);
      runModel(params, MODEL_INPUTS, run);
      acc.add(run);
    }
    // Shared memory: the caller sees the summaries without a copy.
    return { value: acc.result, transfer: [] };
  }
  if (req.type === 'hindcast') return { value: hindcast(...req.args), transfer: [] };
  if (req.type === 'evidence') return { value: centralEvidenceMargins(...req.args), transfer: [] };
  const fits = scoreCandidates(req.batch);
  return { value: fits, transfer: [fits.max.buffer, fits.rms.buffer] as ArrayBuffer[] };
}

port.on('message', (req: Request) => {
  try {
    const { value, transfer } = answer(req);
    port.postMessage({ ok: true, value }, transfer);
  } catch (error) {
    port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});

// Loaded: ready for requests.
Atomics.add(flag, 0, 1);
Atomics.notify(flag, 0);
