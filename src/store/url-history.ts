/**
 * Keeps the address bar in step with the store: the URL is a view of the store, not a second store.
 * Every committed change pushes one history entry, so Back undoes one change at a time and, after a
 * change, never leaves the app. A change is committed when it ends: a slider drag (or any edit made
 * while a pointer is held down) is one entry however many values it passes through, and repeated edits
 * of the same weight or scenario input in quick succession (typing "25", holding an arrow key) are one.
 */

import { changedParams, decode, encode, type ReaderDefaults, type UrlState } from '../url/codec';
import { mergesQuickEdits } from '../url/params';
import { type AppStore, applyUrlState, selectUrlState } from './store';

/** Edits of the same weight or scenario input closer together than this are one history step. */
export const COALESCE_MS = 1000;

function sameUrlState(a: UrlState, b: UrlState): boolean {
  return (Object.keys(a) as Array<keyof UrlState>).every((k) => a[k] === b[k]);
}

export interface UrlSyncOptions {
  /** The clock (tests pass their own). */
  now?: () => number;
  /** The reader's defaults (browser language, colour scheme): left out of the address like built-in ones. */
  reader?: ReaderDefaults;
  /**
   * When to write the address after a weight or scenario step: now (the default) or later. The app
   * writes after the next paint (`afterNextPaint`): a history call can take several milliseconds in
   * Chromium, and the what-if step's painted result should not wait for the address bar. Other changes
   * are written at once. Returns a cancel function.
   */
  defer?: (write: () => void) => () => void;
}

const writeNow = (write: () => void) => {
  write();
  return () => {};
};

export function startUrlSync(
  store: AppStore,
  win: Window = window,
  options: UrlSyncOptions = {},
): () => void {
  const now = options.now ?? Date.now;
  const reader = options.reader ?? {};
  const defer = options.defer ?? writeNow;
  let last = selectUrlState(store.getState());
  let applying = false;
  // The gesture in progress (a pointer held down), and the one and the moment the last change came in.
  let pointerDown = false;
  let gesture = 0;
  let lastGesture = -1;
  let lastKeys = '';
  let lastAt = Number.NEGATIVE_INFINITY;
  // The address not yet written: its search, and whether it opens a new history entry.
  let pending: { search: string; push: boolean } | null = null;
  let cancelWrite: (() => void) | null = null;
  const write = () => {
    cancelWrite?.();
    cancelWrite = null;
    if (!pending) return;
    const { search, push } = pending;
    pending = null;
    // Keep any in-page anchor (#sources, #method) the reader is on.
    const url = `${search}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((s) => {
    if (applying) return;
    const next = selectUrlState(s);
    if (sameUrlState(next, last)) return;
    const keys = changedParams(last, next);
    const search = `?${encode(next, { reader })}`;
    if (search !== (pending?.search ?? win.location.search)) {
      const t = now();
      const sameKeys = keys.join(',') === lastKeys;
      const sameEdit =
        sameKeys &&
        ((pointerDown && lastGesture === gesture) || (mergesQuickEdits(keys) && t - lastAt < COALESCE_MS));
      if (pending && sameEdit) pending.search = search;
      else {
        // A new edit while another is still unwritten: that one's entry first.
        if (pending) write();
        pending = { search, push: !sameEdit };
      }
      // Which edits merge and wait for the next paint is the parameter table's `history` (url/params.ts).
      if (!mergesQuickEdits(keys)) {
        // Navigation-like changes (a slide, the panels, a mode) reach the address at once.
        write();
      } else if (!cancelWrite) {
        const cancel = defer(write);
        // Written already (a synchronous `defer`), or still to come.
        if (pending) cancelWrite = cancel;
      }
      lastKeys = keys.join(',');
      lastAt = t;
      lastGesture = pointerDown ? gesture : -1;
    }
    last = next;
  });
  const onPopState = () => {
    // The reader went back or forward: an edit not yet written is superseded by the entry they chose.
    pending = null;
    cancelWrite?.();
    cancelWrite = null;
    const { state, issues } = decode(win.location.search, undefined, reader);
    applying = true;
    try {
      applyUrlState(store, state);
      store.getState().setUrlIssues(issues);
    } finally {
      applying = false;
    }
    last = selectUrlState(store.getState());
    lastKeys = '';
  };
  const onPointerDown = () => {
    pointerDown = true;
    gesture += 1;
  };
  const onPointerUp = () => {
    pointerDown = false;
  };
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pointerdown', onPointerDown, true);
  win.addEventListener('pointerup', onPointerUp, true);
  win.addEventListener('pointercancel', onPointerUp, true);
  return () => {
    unsubscribe();
    write();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pointerdown', onPointerDown, true);
    win.removeEventListener('pointerup', onPointerUp, true);
    win.removeEventListener('pointercancel', onPointerUp, true);
  };
}

/** A fully specified link to the current view (every parameter, with `v`), for sharing. */
export function shareUrl(
  store: AppStore,
  loc: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  return `${loc.origin}${loc.pathname}?${encode(selectUrlState(store.getState()), { full: true })}`;
}

/**
 * The short link to the current view, as the talk's slide links and QR codes have it: `v` and only what
 * differs from the defaults; the language and theme are left to whoever opens it. For pictures and
 * printed pages.
 */
export function viewUrl(
  store: AppStore,
  loc: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  const u = selectUrlState(store.getState());
  return `${loc.origin}${loc.pathname}?${encode(u, { reader: { lang: u.lang, theme: u.theme } })}`;
}
