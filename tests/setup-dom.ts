// The jsdom test files only (components, the URL sync): Testing Library's matchers and clean-up, and the
// sizes jsdom cannot measure.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// `waitFor` and `findBy…` wait on their condition for as long as the test may run: on a busy machine a
// lazily loaded chunk can take seconds to arrive, and a shorter limit of their own would fail a test
// whose condition was about to hold. The test's timeout (vite.config.ts) is the one limit.
configure({ asyncUtilTimeout: 18_000 });

// jsdom measures nothing: give Recharts' ResponsiveContainer a size and a ResizeObserver.
class ResizeObserverStub {
  private cb: ResizeObserverCallback;
  constructor(cb: ResizeObserverCallback) {
    this.cb = cb;
  }
  observe(target: Element) {
    const entry = { target, contentRect: { width: 600, height: 300 } } as unknown as ResizeObserverEntry;
    this.cb([entry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 300 });
Element.prototype.getBoundingClientRect = function getBoundingClientRect() {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 600,
    bottom: 300,
    width: 600,
    height: 300,
    toJSON: () => ({}),
  } as DOMRect;
};
