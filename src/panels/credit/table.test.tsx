import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../../tests/fixture-files';
import { loadFixtures } from '../../data/load';
import { StoreProvider } from '../../store/react';
import { createAppStore } from '../../store/store';
import CreditTable from './table';

const files = realFiles();
const raw = JSON.parse(realDatedFiles().BAMLC0A4CBBB ?? '{}') as {
  sourceId: string;
  observations: [string, number | null][];
};
const sources = JSON.parse(files['sources.json'] ?? '{}') as {
  sources: { id: string; publisher: string; title: string; url?: string }[];
};

function renderTable(readDated: (id: string) => Promise<string | undefined>) {
  const store = createAppStore({ data: loadFixtures(files), readDated });
  return render(
    <StoreProvider store={store}>
      <CreditTable caption="Figures behind “Credit spreads”" />
    </StoreProvider>,
  ).container;
}

describe('credit data table', () => {
  it('shows one row per year with the mean and last value, the reference lines, and linked sources', async () => {
    const container = renderTable(async (id) => realDatedFiles()[id]);
    await waitFor(() => expect(container.querySelector('[data-year="2008"]')).not.toBeNull());
    const years = [...container.querySelectorAll('tr[data-year]')].map((r) =>
      Number(r.getAttribute('data-year')),
    );
    const expected = [
      ...new Set(raw.observations.filter(([, v]) => v !== null).map(([d]) => +d.slice(0, 4))),
    ];
    expect(years).toEqual(expected.sort((a, b) => b - a));
    // 2008's mean, by hand from the file, in basis points.
    const v2008 = raw.observations
      .filter(([d, v]) => d.startsWith('2008') && v !== null)
      .map(([, v]) => v as number);
    const mean = Math.round((100 * v2008.reduce((a, b) => a + b, 0)) / v2008.length);
    const cells = container.querySelectorAll('[data-year="2008"] td');
    expect(cells[0]?.textContent).toBe(`${mean} bp`);
    expect(cells[1]?.textContent).toContain(`${Math.round(100 * (v2008.at(-1) as number))} bp`);
    expect(cells[3]?.textContent).toBe('Reported');
    expect(container.querySelector('[data-year="2026"] td:nth-of-type(4)')?.textContent).toBe('Estimate');
    // The source as publisher and title, linked.
    const src = sources.sources.find((s) => s.id === raw.sourceId);
    const link = container.querySelector<HTMLAnchorElement>('caption a');
    expect(link?.textContent).toBe(`${src?.publisher}, ${src?.title}`);
    expect(link?.getAttribute('href')).toBe(src?.url ?? `#source-${src?.id}`);
    for (const id of ['dotcom', 'gfc', 'warning', 'alert'])
      expect(container.querySelector(`[data-reference="${id}"] a`), id).not.toBeNull();
    expect(container.querySelector('caption')?.textContent).toMatch(/newest first/);
    expect(container.textContent).not.toContain(raw.sourceId);
  });

  it('says when the series could not be loaded instead of an empty table', async () => {
    const container = renderTable(async () => undefined);
    await waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toMatch(/could not/));
    expect(container.querySelector('table')).toBeNull();
  });
});
