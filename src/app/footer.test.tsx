/**
 * The footer's source count and the README's agree, and both are the registry's: the README's figure is
 * read from README.md and checked against the fixtures the app loads (not a constant copied here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { StoreProvider } from '../store/react';
import { createAppStore } from '../store/store';
import { Footer } from './footer';

const files = realFiles();
const registry = (JSON.parse(files['sources.json'] ?? '{}') as { sources?: unknown[] }).sources ?? [];

describe('source count', () => {
  it('the footer counts every source the registry holds and lists each one', () => {
    const store = createAppStore({ data: loadFixtures(files) });
    const { container } = render(
      <StoreProvider store={store}>
        <Footer />
      </StoreProvider>,
    );
    const link = container.querySelector('a[href="#sources"]');
    expect(link?.textContent).toBe(`${registry.length} sources`);
    expect(container.querySelectorAll('#sources li')).toHaveLength(registry.length);
  });

  it('the README states the same count', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const stated = [...readme.matchAll(/`fixtures\/sources\.json` \((\d+) sources\)/g)].map((m) =>
      Number(m[1]),
    );
    expect(stated.length).toBeGreaterThan(0);
    for (const n of stated) expect(n).toBe(registry.length);
  });
});
