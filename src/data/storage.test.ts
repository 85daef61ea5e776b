import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportedSeries } from '../domain/types';
import { createAppStorage, idbKeyValue, type KeyValue, STORAGE_VERSION } from './storage';

const series = (name: string, value = 1): ImportedSeries => ({
  name,
  unit: 'pct',
  unitText: '%',
  format: 'long',
  file: 'x.csv',
  sources: ['desk'],
  points: [
    { period: 2025, value, kind: 'estimate', source: 'desk' },
    { period: '2026-01-01T01:00:00Z', value: value + 1, kind: 'reported', source: 'desk' },
  ],
  panel: 'ig-share',
});

const clock = () => new Date('2026-03-01T10:00:00Z');

async function clear(kv: KeyValue) {
  for (const k of await kv.keys()) await kv.del(k);
}

afterEach(async () => clear(idbKeyValue()));

describe('browser storage (IndexedDB)', () => {
  it('round-trips imports and views through IndexedDB, with the schema version', async () => {
    const kv = idbKeyValue();
    const st = createAppStorage(kv, clock);
    expect(await st.saveImports([series('ig-share/ai-share'), series('mine', 7)])).toBeNull();
    expect(await st.saveViews([{ name: 'Q1', query: 'v=1&year=2027', savedAt: 'now' }])).toBeNull();
    // A new storage object (as after a reload) reads the same records.
    const again = createAppStorage(idbKeyValue(), clock);
    const imports = await again.loadImports();
    expect(imports.notices).toEqual([]);
    expect(imports.items).toEqual([series('ig-share/ai-share'), series('mine', 7)]);
    expect((await again.loadViews()).items).toEqual([{ name: 'Q1', query: 'v=1&year=2027', savedAt: 'now' }]);
    expect(await kv.get('imports')).toMatchObject({ version: STORAGE_VERSION });
  });

  it('starts empty when nothing was saved', async () => {
    const st = createAppStorage(idbKeyValue(), clock);
    expect(await st.loadImports()).toEqual({ items: [], notices: [] });
  });

  it('a corrupt record is set aside with a notice and nothing saved is lost', async () => {
    const kv = idbKeyValue();
    await kv.set('imports', 'garbage{');
    const st = createAppStorage(kv, clock);
    const r = await st.loadImports();
    expect(r.items).toEqual([]);
    expect(r.notices).toEqual([
      { code: 'corrupt', record: 'imports', detail: 'aside/imports/2026-03-01T10:00:00.000Z' },
    ]);
    expect(await kv.get('aside/imports/2026-03-01T10:00:00.000Z')).toBe('garbage{');
  });

  it('keeps the valid series of a partly corrupt record, and a copy of the whole record', async () => {
    const kv = idbKeyValue();
    const raw = { version: STORAGE_VERSION, series: [series('good'), { name: 'bad', points: 'x' }] };
    await kv.set('imports', raw);
    const r = await createAppStorage(kv, clock).loadImports();
    expect(r.items.map((s) => s.name)).toEqual(['good']);
    expect(r.notices[0]?.code).toBe('corrupt');
    expect(await kv.get('aside/imports/2026-03-01T10:00:00.000Z')).toEqual(raw);
  });

  it('a record from an unknown version is set aside, not read', async () => {
    const kv = idbKeyValue();
    await kv.set('views', { version: 9, views: [{ name: 'x', query: '', savedAt: '' }] });
    const r = await createAppStorage(kv, clock).loadViews();
    expect(r.items).toEqual([]);
    expect(r.notices[0]).toMatchObject({ code: 'version', record: 'views' });
    expect(await kv.get('aside/views/2026-03-01T10:00:00.000Z')).toEqual({
      version: 9,
      views: [{ name: 'x', query: '', savedAt: '' }],
    });
  });

  it('a failed write (quota, private mode) becomes a notice, and the saved record is kept', async () => {
    const kv = idbKeyValue();
    await createAppStorage(kv, clock).saveImports([series('kept')]);
    const failing: KeyValue = {
      ...kv,
      set: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const n = await createAppStorage(failing, clock).saveImports([series('new')]);
    expect(n).toEqual({
      code: 'writeFailed',
      record: 'imports',
      detail: 'QuotaExceededError: The quota has been exceeded.',
    });
    expect((await createAppStorage(kv, clock).loadImports()).items.map((s) => s.name)).toEqual(['kept']);
  });

  it('storage that cannot be opened is a notice, not a crash', async () => {
    const broken: KeyValue = {
      get: async () => {
        throw new Error('IndexedDB unavailable');
      },
      set: async () => {},
      del: async () => {},
      keys: async () => [],
    };
    const r = await createAppStorage(broken, clock).loadImports();
    expect(r).toEqual({
      items: [],
      notices: [{ code: 'unavailable', record: 'imports', detail: 'Error: IndexedDB unavailable' }],
    });
  });
});
