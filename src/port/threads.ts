/**
 * Worker threads for large ensembles, called synchronously: the caller posts one request to each worker and
 * waits (Atomics.wait) until every one has answered, then reads the answers in worker order. Work handed out
 * this way must give the same result whatever the split (see lean-bands.ts and pools.ts), so an ensemble's
 * bytes never depend on the number of threads. When workers cannot start, callers compute on one thread.
 */
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { msg } from '../text/i18n.js';

/** Ensembles (and pools) of this many runs or more are spread over worker threads. */
export { PARALLEL_RUNS } from '../model/pools.js';

/** How long a new worker may take to start. */
const START_TIMEOUT_MS = 30_000;

/** Most worker threads used, whatever the machine. */
export const MAX_THREADS = 8;

/** How long a worker may take to answer before the threads are given up (a worker that failed to load). */
const ANSWER_TIMEOUT_MS = 600_000;

interface Slot {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly flag: Int32Array;
}

let slots: Slot[] = [];
let failed = false;

/** Threads an ensemble uses by default: the machine's cores, at most MAX_THREADS. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
}

/**
 * A worker's young generation, in MB. A worker keeps little (its parameters and pass summaries are shared
 * memory) but makes short-lived garbage fast; V8's default young generation lets each worker grow by tens
 * of megabytes of it. A small one is collected often and cheaply, and changes no result.
 */
const WORKER_YOUNG_MB = 4;

/** Starts a worker from the bundle (dist/ensemble-worker.js) or, under tsx or vitest, from the source. */
function startWorker(data: { port: MessagePort; flag: Int32Array }, transfer: MessagePort[]): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_MB };
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const api = pathToFileURL(
      createRequire(here)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    const url = new URL('./ensemble-worker.ts', here).href;
    // text-exempt: code for the worker to run, not text
    const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
    return new Worker(code, { eval: true, workerData: data, transferList: transfer, resourceLimits });
  }
  // The bundle's entries sit in dist/, shared code in dist/chunks/.
  const url = new URL(/\/chunks\/[^/]*$/.test(here) ? '../ensemble-worker.js' : './ensemble-worker.js', here);
  return new Worker(url, { workerData: data, transferList: transfer, resourceLimits });
}

/** Returns `n` workers (starting the missing ones), or undefined when workers cannot be used. */
function workers(n: number): Slot[] | undefined {
  if (failed || n < 2) return undefined;
  try {
    while (slots.length < n) {
      const slot = startSlot();
      if (slot === undefined) throw new Error(msg.port.workerNoStart);
      slots.push(slot);
    }
  } catch {
    giveUp();
    return undefined;
  }
  return slots.slice(0, n);
}

/** Stops every worker; later calls compute on one thread. */
function giveUp(): void {
  failed = true;
  for (const s of slots) void s.worker.terminate();
  slots = [];
  stopBackground();
}

/** Stops the workers (they are started again when needed). */
export function stopThreads(): void {
  for (const s of slots) void s.worker.terminate();
  slots = [];
  stopBackground();
}

/** Starts one worker and waits until it has loaded; undefined when it cannot start. */
function startSlot(): Slot | undefined {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = startWorker({ port: port2, flag }, [port2]);
  worker.unref();
  port1.unref();
  // A worker that dies is noticed by its missing answer; keep its error from ending the process.
  worker.on('error', () => {});
  let waited = 0;
  while (Atomics.load(flag, 0) === 0) {
    if (Atomics.wait(flag, 0, 0, 100) === 'timed-out') waited += 100;
    if (waited > START_TIMEOUT_MS) {
      void worker.terminate();
      return undefined;
    }
  }
  return { worker, port: port1, flag };
}

/** A worker's reply: its answer, or the message of the error it threw. */
interface Reply<T> {
  readonly ok: boolean;
  readonly value?: T;
  readonly error?: string;
}

/** Waits for a slot's next reply: the one to the request posted when its flag read `before`. */
function replyOf<T>(s: Slot, before: number): Reply<T> {
  let waited = 0;
  while (Atomics.load(s.flag, 0) === before) {
    if (Atomics.wait(s.flag, 0, before, 1000) === 'timed-out') waited += 1000;
    if (waited > ANSWER_TIMEOUT_MS) {
      giveUp();
      throw new Error(msg.port.workerNoAnswer);
    }
  }
  const got = receiveMessageOnPort(s.port);
  if (got === undefined) {
    giveUp();
    throw new Error(msg.port.workerNoResult);
  }
  return got.message as Reply<T>;
}

/** A reply's answer; the worker's error is thrown. */
function answerOf<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

/**
 * The worker of background requests, apart from those the ensembles call: how many requests were posted
 * to it and replies read from it (a worker answers its requests one after another), and the replies read
 * that no caller has taken yet.
 */
interface Background {
  readonly slot: Slot;
  /** The slot's flag once the worker had loaded: each reply adds one. */
  readonly base: number;
  posted: number;
  read: number;
  readonly replies: Map<number, Reply<unknown>>;
}
let background: Background | undefined;

function stopBackground(): void {
  if (background !== undefined) void background.slot.worker.terminate();
  background = undefined;
}

/**
 * Posts one request to a worker of its own and returns at once with a function that waits for the answer
 * (and throws the worker's error); undefined when no worker can take it (workers cannot start, or the
 * machine has one core): the caller then computes it itself. Requests queue on the worker in order. Work
 * handed out this way must be a pure function of the request, so the answer is the same wherever it is
 * computed.
 */
export function startInBackground<T>(value: unknown): (() => T) | undefined {
  if (failed || defaultThreads() < 2) return undefined;
  if (background === undefined) {
    let slot: Slot | undefined;
    try {
      slot = startSlot();
    } catch {
      slot = undefined;
    }
    if (slot === undefined) return undefined;
    background = { slot, base: Atomics.load(slot.flag, 0), posted: 0, read: 0, replies: new Map() };
  }
  const b = background;
  const id = b.posted++;
  b.slot.port.postMessage(value);
  return () => {
    while (!b.replies.has(id)) {
      if (background !== b) throw new Error(msg.port.workerNoResult);
      b.replies.set(b.read, replyOf(b.slot, b.base + b.read));
      b.read++;
    }
    const reply = b.replies.get(id) as Reply<T>;
    b.replies.delete(id);
    return answerOf(reply);
  };
}

/**
 * Sends requests[i] to worker i and returns their answers in order, waiting synchronously; undefined when
 * workers are not available (the caller then computes on one thread). A worker's own error is thrown.
 */
export function callWorkers<T>(requests: readonly { value: unknown; transfer?: ArrayBuffer[] }[]): T[] | undefined {
  const use = workers(requests.length);
  if (use === undefined) return undefined;
  const before = use.map((s) => Atomics.load(s.flag, 0));
  for (const [i, req] of requests.entries()) (use[i] as Slot).port.postMessage(req.value, req.transfer ?? []);
  return use.map((s, i) => answerOf(replyOf<T>(s, before[i] as number)));
}
