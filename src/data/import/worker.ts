/// <reference lib="webworker" />
/** Decodes a large file off the main thread, reporting progress. Same code as the main-thread path. */
import type { Unit } from '../../domain/types';
import { decodeFile } from './decode';

export interface WorkerRequest {
  file: File;
  units: Record<string, Unit>;
}
export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ReturnType<typeof decodeFile> };

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { file, units } = e.data;
  post({ type: 'progress', fraction: 0.05 });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    post({
      type: 'done',
      result: {
        ok: false,
        fileErrors: [
          { code: 'unreadable', params: { detail: err instanceof Error ? err.message : String(err) } },
        ],
        rowErrors: [],
        totalRowErrors: 0,
      },
    });
    return;
  }
  post({ type: 'progress', fraction: 0.2 });
  const result = decodeFile(
    bytes,
    file.name,
    (name) => units[name],
    (f) => post({ type: 'progress', fraction: 0.2 + 0.8 * f }),
  );
  post({ type: 'done', result });
};
