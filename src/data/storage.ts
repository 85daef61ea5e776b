/**
 * What the app keeps in the browser (IndexedDB through idb-keyval): imported series and named saved
 * views, each one record with a schema version. Data never leaves the browser.
 *
 * Recovery: a record that does not validate, or comes from an unknown version, is copied aside
 * (`aside/<record>/<time>`, never overwritten) with a notice, and the app starts on what did validate
 * (the built-in data at worst). A failed write (quota, private mode) is reported, never thrown.
 */
import { createStore, del, get, keys, set } from 'idb-keyval';
import * as z from 'zod/mini';
import type { Talk } from '../domain/talk';
import type { ImportedSeries, SavedView, StorageNotice } from '../domain/types';
import { ImportedSeriesSchema, SavedViewSchema } from './import/schema';
import { TalkSchema } from './import/talk-file';

export const STORAGE_VERSION = 1;
export const DB_NAME = 'bubble-pressure';
export const STORE_NAME = 'kv';

/** The few key-value operations the app needs; idb-keyval in the browser, a fake in tests. */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export function idbKeyValue(): KeyValue {
  const store = createStore(DB_NAME, STORE_NAME);
  return {
    get: (k) => get(k, store),
    set: (k, v) => set(k, v, store),
    del: (k) => del(k, store),
    keys: async () => (await keys(store)).map(String),
  };
}

const Envelope = z.object({ version: z.number() });

interface Loaded<T> {
  items: T[];
  notices: StorageNotice[];
}

const message = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

async function setAside(kv: KeyValue, record: string, raw: unknown, now: () => Date): Promise<string> {
  const key = `aside/${record}/${now().toISOString()}`;
  try {
    await kv.set(key, raw);
    return key;
  } catch {
    return '';
  }
}

async function loadRecord<T>(
  kv: KeyValue,
  record: string,
  field: string,
  item: z.ZodMiniType<T>,
  now: () => Date,
): Promise<Loaded<T>> {
  let raw: unknown;
  try {
    raw = await kv.get(record);
  } catch (e) {
    return { items: [], notices: [{ code: 'unavailable', record, detail: message(e) }] };
  }
  if (raw === undefined) return { items: [], notices: [] };
  const env = Envelope.safeParse(raw);
  if (!env.success) {
    const key = await setAside(kv, record, raw, now);
    return { items: [], notices: [{ code: 'corrupt', record, detail: key }] };
  }
  if (env.data.version !== STORAGE_VERSION) {
    const key = await setAside(kv, record, raw, now);
    return { items: [], notices: [{ code: 'version', record, detail: `v${env.data.version} → ${key}` }] };
  }
  const list = (raw as Record<string, unknown>)[field];
  if (!Array.isArray(list)) {
    const key = await setAside(kv, record, raw, now);
    return { items: [], notices: [{ code: 'corrupt', record, detail: key }] };
  }
  const items: T[] = [];
  let bad = 0;
  for (const x of list) {
    const r = item.safeParse(x);
    if (r.success) items.push(r.data);
    else bad++;
  }
  if (bad === 0) return { items, notices: [] };
  // Keep the good items; the whole record as it was is copied aside first, so nothing is lost.
  const key = await setAside(kv, record, raw, now);
  return { items, notices: [{ code: 'corrupt', record, detail: `${bad} → ${key}` }] };
}

export interface AppStorage {
  loadImports(): Promise<Loaded<ImportedSeries>>;
  loadViews(): Promise<Loaded<SavedView>>;
  /** Null when written; otherwise the notice to show (the page keeps its state for this session). */
  saveImports(list: readonly ImportedSeries[]): Promise<StorageNotice | null>;
  saveViews(list: readonly SavedView[]): Promise<StorageNotice | null>;
  /** Talks, and which one is open in the editor (the draft). */
  loadTalks(): Promise<Loaded<Talk> & { active: string | null }>;
  saveTalks(list: readonly Talk[], active: string | null): Promise<StorageNotice | null>;
}

export function createAppStorage(
  kv: KeyValue = idbKeyValue(),
  now: () => Date = () => new Date(),
): AppStorage {
  async function write(record: string, value: unknown): Promise<StorageNotice | null> {
    try {
      await kv.set(record, value);
      return null;
    } catch (e) {
      return { code: 'writeFailed', record, detail: message(e) };
    }
  }
  return {
    loadImports: () => loadRecord(kv, 'imports', 'series', ImportedSeriesSchema, now),
    loadViews: () => loadRecord(kv, 'views', 'views', SavedViewSchema, now),
    saveImports: (list) => write('imports', { version: STORAGE_VERSION, series: list }),
    saveViews: (list) => write('views', { version: STORAGE_VERSION, views: list }),
    loadTalks: async () => {
      const r = await loadRecord(kv, 'talks', 'talks', TalkSchema, now);
      let active: string | null = null;
      try {
        const raw = (await kv.get('talks')) as { active?: unknown } | undefined;
        if (typeof raw?.active === 'string' && r.items.some((t) => t.id === raw.active)) active = raw.active;
      } catch {
        // Reported by loadRecord already.
      }
      return { ...r, active };
    },
    saveTalks: (list, active) => write('talks', { version: STORAGE_VERSION, talks: list, active }),
  };
}
