/**
 * Runs method v2's back-test once per set of inputs, off the critical path: in a worker where the browser
 * has one (the page stays responsive for the 0.3–1.4 s it takes), else in idle time on the main thread.
 * The result is memoised by the identity of the input arrays, so every view that asks (the history panel,
 * its scorecard, the gauge's sentence) shares one run, and an imported FRED file (a new array in the
 * store's dated series) runs it again. No React.
 */
import type { HistoryV2Inputs } from '../../domain/backtest/parse';
import type { BacktestView } from './backtest-view';

type Reply = { id: number; view: BacktestView } | { id: number; error: string };

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
function idOf(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/** A key that changes exactly when one of the input arrays is another array. */
export function inputsKey(inputs: HistoryV2Inputs): string {
  const parts = Object.entries(inputs.series)
    .filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, obs]) => `${id}:${idOf(obs)}`);
  parts.push(`shiller:${inputs.shiller ? idOf(inputs.shiller) : 0}`);
  return parts.join(',');
}

/** Runs kept (a few: the built-in data and an import or two). */
const KEEP = 4;
const cache = new Map<string, Promise<BacktestView>>();

let worker: Worker | null = null;
let workerBroken = typeof Worker === 'undefined';
let nextRequest = 1;
const waiting = new Map<number, { resolve: (v: BacktestView) => void; reject: (e: Error) => void }>();

function failAll(message: string) {
  workerBroken = true;
  worker?.terminate();
  worker = null;
  for (const w of waiting.values()) w.reject(new Error(message));
  waiting.clear();
}

function viaWorker(inputs: HistoryV2Inputs): Promise<BacktestView> {
  if (workerBroken) return Promise.reject(new Error('no worker'));
  if (!worker) {
    try {
      worker = new Worker(new URL('./backtest.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      workerBroken = true;
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if ('view' in e.data) w.resolve(e.data.view);
      else w.reject(new Error(e.data.error));
    };
    // A worker that cannot start (blocked, or its script failed to load): every run falls back.
    worker.onerror = (e) => {
      e.preventDefault();
      failAll(e.message || 'the back-test worker failed');
    };
  }
  const id = nextRequest++;
  const w = worker;
  return new Promise<BacktestView>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, inputs });
  });
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

async function onMainThread(inputs: HistoryV2Inputs): Promise<BacktestView> {
  const [{ backtestView }] = await Promise.all([import('./backtest-view'), idle()]);
  return backtestView(inputs);
}

/** The back-test view of these inputs: one run per distinct inputs, shared by every caller. */
export function runBacktestView(inputs: HistoryV2Inputs): Promise<BacktestView> {
  const key = inputsKey(inputs);
  const hit = cache.get(key);
  if (hit) return hit;
  // A failed worker run is retried on the main thread, where an error is the engine's own.
  const run = viaWorker(inputs).catch(() => onMainThread(inputs));
  cache.set(key, run);
  run.catch(() => cache.delete(key));
  while (cache.size > KEEP) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return run;
}
