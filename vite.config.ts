/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * A strict Content-Security-Policy for the built app: scripts only from the app's own files (no inline
 * script, no eval), nothing fetched from elsewhere. Build only: the dev server's hot reload needs inline
 * script. Styles allow inline attributes because the charts set presentation styles on SVG elements.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'bubble-pressure-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Fixtures are bundled as raw text (the loader parses and validates them). Their indentation is for
 * people, not browsers: a fixture that parses is bundled without it; one that does not is bundled as
 * it is, so the loader still reports what is wrong with it. `?raw&lean` is the first-paint copy: the
 * figures without their notes, reasons and translated labels (read in tables, footnotes and the method
 * after the first paint, when the full copies arrive; a zh-TW reader's first paint waits for the full
 * copies, as it waits for its catalogue).
 */
function compactFixtures(): Plugin {
  return {
    name: 'bubble-pressure-compact-fixtures',
    enforce: 'pre',
    async load(id) {
      const match = /^(.*[\\/]fixtures[\\/][^\\/]+\.json)\?raw(&lean)?$/.exec(id);
      if (!match?.[1]) return null;
      const lean = match[2] !== undefined;
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(match[1], 'utf8');
      let out = text;
      try {
        out = JSON.stringify(JSON.parse(text), (key, value) => {
          if (!lean) return value;
          if (key === 'reasons' || key === 'labels' || (key === 'note' && typeof value === 'string'))
            return undefined;
          // A threshold's reason is read in the method table, which the full copy fills: a placeholder here.
          if (key === 'reason' && typeof value === 'string') return '…';
          return value;
        });
      } catch {
        // Left as it is: the loader reports the problem at run time.
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}

/**
 * Unit tests that need a DOM (jsdom): every `*.test.tsx`, and the `.ts` tests listed here. The rest run in
 * plain Node, which starts in a fraction of jsdom's time. A `.ts` test that touches `window` or `document`
 * goes in this list.
 */
const DOM_TESTS = ['src/store/url-history.test.ts', 'src/store/settle.test.ts'];

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path of any static host, with no server.
  base: './',
  plugins: [react(), contentSecurityPolicy(), compactFixtures()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts stay files: the CSP allows fonts from 'self' only, not data: URLs.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  test: {
    css: false,
    // Component tests wait for lazily loaded chart chunks; generous on a busy 2-core CI machine.
    testTimeout: 20000,
    hookTimeout: 20000,
    // Pure modules run in plain Node; only the tests that render or use the DOM pay for jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          isolate: false,
          include: ['src/**/*.test.ts'],
          exclude: DOM_TESTS,
          setupFiles: ['./tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', ...DOM_TESTS],
          setupFiles: ['./tests/setup.ts', './tests/setup-dom.ts'],
        },
      },
    ],
  },
});
