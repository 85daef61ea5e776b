/**
 * Keeps talks across reloads, and in step between tabs: loads them once at start-up, writes the
 * record whenever the talks or the open talk change, and tells the other tabs of this browser (a
 * BroadcastChannel), which read the record again. So a presenter who opens another link in a new tab
 * finds the draft there, and adding a slide in one tab never overwrites what another tab added.
 */
import { type AppStorage, createAppStorage } from '../data/storage';
import { hold } from './settle';
import type { AppStore } from './store';
import { talkEdits } from './talk-edit';

export const TALKS_CHANNEL = 'bubble-pressure-talks';

export async function startTalkPersistence(
  store: AppStore,
  storage: AppStorage = createAppStorage(),
  channel: BroadcastChannel | null = typeof BroadcastChannel === 'undefined'
    ? null
    : new BroadcastChannel(TALKS_CHANNEL),
): Promise<() => void> {
  let reading = false;
  const read = async (replace: boolean) => {
    const loaded = await storage.loadTalks();
    reading = true;
    try {
      talkEdits(store).setTalks(loaded.items, loaded.active, replace);
    } finally {
      reading = false;
    }
    for (const n of loaded.notices) store.getState().addStorageNotice(n);
  };
  await read(false);
  let writing = Promise.resolve();
  const stop = store.subscribe((next, prev) => {
    if (reading || (next.talks === prev.talks && next.activeTalk === prev.activeTalk)) return;
    const { talks, activeTalk } = next;
    // The page is not settled while a write is on its way (tests reload after it).
    const release = hold();
    writing = writing
      .then(async () => {
        const n = await storage.saveTalks(talks, activeTalk);
        if (n) store.getState().addStorageNotice(n);
        else channel?.postMessage({ type: 'talks' });
      })
      .finally(release);
  });
  const onMessage = (e: MessageEvent) => {
    if ((e.data as { type?: unknown } | null)?.type === 'talks') void writing.then(() => read(true));
  };
  channel?.addEventListener('message', onMessage);
  return () => {
    stop();
    channel?.removeEventListener('message', onMessage);
    channel?.close();
  };
}
