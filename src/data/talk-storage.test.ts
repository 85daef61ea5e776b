import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Talk } from '../domain/talk';
import { createAppStorage, idbKeyValue, type KeyValue, STORAGE_VERSION } from './storage';

const clock = () => new Date('2026-03-01T10:00:00Z');
const talk = (id: string, title: string): Talk => ({
  id,
  title,
  updatedAt: '2026-03-01T09:00:00Z',
  slides: [
    {
      id: `${id}-1`,
      panel: 'capex',
      view: 'v=1&range=2024-2027&issuer=meta',
      caption: 'Meta doubles',
      notes: 'say it\nslowly',
    },
    { id: `${id}-2`, panel: 'gauge', view: 'v=1&s.life=3', caption: '<b>not bold</b>', notes: '' },
  ],
});

async function clear(kv: KeyValue) {
  for (const k of await kv.keys()) await kv.del(k);
}
afterEach(async () => clear(idbKeyValue()));

describe('talks in the browser (IndexedDB)', () => {
  it('round-trip with the open talk, as after a reload', async () => {
    const st = createAppStorage(idbKeyValue(), clock);
    expect(await st.saveTalks([talk('a', 'First'), talk('b', 'Second')], 'b')).toBeNull();
    const again = await createAppStorage(idbKeyValue(), clock).loadTalks();
    expect(again.notices).toEqual([]);
    expect(again.items).toEqual([talk('a', 'First'), talk('b', 'Second')]);
    expect(again.active).toBe('b');
    expect(await idbKeyValue().get('talks')).toMatchObject({ version: STORAGE_VERSION });
  });

  it('start empty; an open talk that is not among them is forgotten', async () => {
    const st = createAppStorage(idbKeyValue(), clock);
    expect(await st.loadTalks()).toEqual({ items: [], notices: [], active: null });
    await st.saveTalks([talk('a', 'A')], 'gone');
    expect((await st.loadTalks()).active).toBeNull();
  });

  it('keep the valid talks of a tampered record and a copy of the whole record', async () => {
    const kv = idbKeyValue();
    const raw = {
      version: STORAGE_VERSION,
      active: 'a',
      talks: [talk('a', 'Good'), { ...talk('b', 'Bad'), slides: [{ panel: 'nope' }] }, 'x'.repeat(10)],
    };
    await kv.set('talks', raw);
    const r = await createAppStorage(kv, clock).loadTalks();
    expect(r.items.map((t) => t.title)).toEqual(['Good']);
    expect(r.active).toBe('a');
    expect(r.notices).toEqual([
      { code: 'corrupt', record: 'talks', detail: '2 → aside/talks/2026-03-01T10:00:00.000Z' },
    ]);
    expect(await kv.get('aside/talks/2026-03-01T10:00:00.000Z')).toEqual(raw);
  });

  it('a caption over the limit is not a talk this app wrote: set aside, never shown', async () => {
    const kv = idbKeyValue();
    const long = talk('a', 'Long');
    await kv.set('talks', {
      version: STORAGE_VERSION,
      active: null,
      talks: [{ ...long, slides: [{ ...long.slides[0], caption: 'x'.repeat(281) }] }],
    });
    const r = await createAppStorage(kv, clock).loadTalks();
    expect(r.items).toEqual([]);
    expect(r.notices[0]?.code).toBe('corrupt');
  });
});
