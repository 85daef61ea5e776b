/**
 * Reads and decodes a file the user picked or dropped. Large files go to a worker (off the main
 * thread, with progress); small ones are decoded here. Nothing is applied: the caller applies a
 * successful result in one step, so an import is all or nothing.
 */
import type { Unit } from '../../domain/types';
import { decodeFile } from './decode';
import { type DecodeResult, MAX_FILE_BYTES } from './result';
import type { WorkerReply, WorkerRequest } from './worker';

/** Files above this size are decoded in a worker. */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

const failed = (code: 'tooLarge' | 'unreadable', params: Record<string, string | number>): DecodeResult => ({
  ok: false,
  fileErrors: [{ code, params }],
  rowErrors: [],
  totalRowErrors: 0,
});

export async function readImportFile(
  file: File,
  units: Record<string, Unit>,
  onProgress: (fraction: number) => void = () => {},
): Promise<DecodeResult> {
  if (file.size > MAX_FILE_BYTES) return failed('tooLarge', { mb: Math.round(file.size / 1048576) });
  if (file.size > WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined') {
    try {
      return await inWorker(file, units, onProgress);
    } catch {
      // A worker that cannot start (old browser, blocked): decode here instead.
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return failed('unreadable', { detail: e instanceof Error ? e.message : String(e) });
  }
  return decodeFile(bytes, file.name, (name) => units[name], onProgress);
}

function inWorker(
  file: File,
  units: Record<string, Unit>,
  onProgress: (f: number) => void,
): Promise<DecodeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type === 'progress') onProgress(e.data.fraction);
      else {
        worker.terminate();
        resolve(e.data.result);
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    const req: WorkerRequest = { file, units };
    worker.postMessage(req);
  });
}
