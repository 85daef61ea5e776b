import { describe, expect, it } from 'vitest';
import { hold, markSettled, SETTLED_ATTRIBUTE, track } from './settle';

/** Two painted frames (jsdom runs animation frames on a timer). */
const frames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );

describe('the data-settled mark', () => {
  it('is set a painted frame after the last hold is released, and removed while anything holds it', async () => {
    const el = document.createElement('html');
    const a = hold();
    markSettled(el);
    await frames();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(false);
    const b = hold();
    a();
    a(); // a second release of the same hold changes nothing
    await frames();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(false);
    b();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(false);
    await frames();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(true);
    // Something new loads: unsettled at once, settled again after it has arrived.
    let arrive: (v: string) => void = () => {};
    const p = track(new Promise<string>((r) => (arrive = r)));
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(false);
    arrive('x');
    expect(await p).toBe('x');
    await frames();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(true);
  });

  it('a hold taken and released before the frame is painted does not let the mark through early', async () => {
    const el = document.createElement('html');
    markSettled(el);
    await frames();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(true);
    const a = hold();
    a();
    // Released, but a new hold comes before the frame: the mark stays off until that one is released.
    const b = hold();
    await frames();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(false);
    b();
    await frames();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(true);
  });

  it('a failed load releases its hold too', async () => {
    const el = document.createElement('html');
    markSettled(el);
    const p = track(Promise.reject(new Error('chunk failed')));
    await expect(p).rejects.toThrow('chunk failed');
    await frames();
    expect(el.hasAttribute(SETTLED_ATTRIBUTE)).toBe(true);
  });
});
