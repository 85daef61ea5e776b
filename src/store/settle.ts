/**
 * Whether the page has everything it asked for: `data-settled` on `<html>` while nothing is loading (the
 * full fixtures after the lean first paint, the dated series the visible views asked for, lazily loaded
 * chunks shown as a Suspense fallback, stored imports and views being read or written, a catalogue, web
 * fonts) and the slow views have caught up. Browser tests and screenshots wait on it instead of
 * sleeping; it comes and goes as the reader opens things that load (a slide, a panel, a language).
 *
 * Each thing that loads holds the mark off (`hold`, `track`; in React `usePending` and `<Pending>`,
 * react.tsx); when the last
 * is released and a frame has been painted with nothing new pending (and no font still loading), the
 * mark is set.
 */
import { afterNextPaint } from './after-paint';

export const SETTLED_ATTRIBUTE = 'data-settled';

let pending = 0;
let target: Element | null = null;
let cancel: (() => void) | null = null;

/** Something started loading: the page is not settled until the returned release is called (once). */
export function hold(): () => void {
  pending++;
  update();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    pending--;
    update();
  };
}

/** Hold the mark off until `promise` settles (either way); returns the same promise. */
export function track<T>(promise: Promise<T>): Promise<T> {
  const release = hold();
  promise.then(release, release);
  return promise;
}

/** Keep `data-settled` on `el` (the document element) from now on. */
export function markSettled(el: Element): void {
  target = el;
  update();
}

function update(): void {
  if (!target) return;
  cancel?.();
  cancel = null;
  const el = target;
  if (pending > 0) {
    el.removeAttribute(SETTLED_ATTRIBUTE);
    return;
  }
  if (el.hasAttribute(SETTLED_ATTRIBUTE)) return;
  // Released: wait for a painted frame in which nothing new started (a chunk that arrives mounts
  // views that ask for their data in the same commit).
  cancel = afterNextPaint(() => {
    cancel = null;
    if (pending > 0) return;
    const fonts = el.ownerDocument?.fonts;
    if (fonts && fonts.status === 'loading') {
      void fonts.ready.then(update);
      return;
    }
    el.setAttribute(SETTLED_ATTRIBUTE, '');
  });
}
