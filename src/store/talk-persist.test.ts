import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStorage, idbKeyValue } from '../data/storage';
import { createAppStore } from './store';
import { talkEdits } from './talk-edit';
import { startTalkPersistence } from './talk-persist';

const stops: (() => void)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) s();
  const kv = idbKeyValue();
  for (const k of await kv.keys()) await kv.del(k);
});

/** Wait until `ok()` holds (storage and channels are asynchronous). */
async function until(ok: () => boolean) {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
}

const tab = async (name = 'test-talks') => {
  const store = createAppStore();
  stops.push(await startTalkPersistence(store, createAppStorage(), new BroadcastChannel(name)));
  return store;
};

describe('talk persistence', () => {
  it('a reload finds the draft and the open talk', async () => {
    const a = await tab();
    talkEdits(a).addSlide('capex');
    const id = a.getState().activeTalk;
    let saved = 0;
    await until(() => {
      void createAppStorage()
        .loadTalks()
        .then((r) => {
          saved = r.items[0]?.slides.length ?? 0;
        });
      return saved === 1;
    });
    const b = createAppStore();
    stops.push(await startTalkPersistence(b, createAppStorage(), null));
    expect(b.getState().activeTalk).toBe(id);
    expect(b.getState().talks[0]?.slides.map((s) => s.panel)).toEqual(['capex']);
  });

  it('another tab sees a slide added here, and a deletion there is not undone here', async () => {
    const a = await tab('two-tabs');
    const b = await tab('two-tabs');
    talkEdits(a).addSlide('bonds');
    await until(() => b.getState().talks[0]?.slides.length === 1);
    const id = b.getState().talks[0]?.id ?? '';
    talkEdits(b).deleteTalk(id);
    await until(() => a.getState().talks.length === 0);
  });
});
