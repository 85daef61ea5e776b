import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { PANEL_IDS } from '../domain/ids';
import { translate } from '../i18n/messages';
import { zhTW } from '../i18n/zh-tw';
import { StoreProvider } from '../store/react';
import { type AppStore, createAppStore } from '../store/store';
import { decode } from '../url/codec';
import { App } from './app';

/** Every panel, from the one list of ids (the registry has one entry per id). */
const PANELS = PANEL_IDS;

/**
 * The FRED series (history panel, gauge sentence) stay loading here, so they do not slow the chart-heavy
 * tests in jsdom; `src/store/store.test.ts`, `src/domain/history.test.ts` and the browser tests load them.
 */
const pendingDated = () => new Promise<string | undefined>(() => {});

/** The app on `files`, opened with the link `query` (every panel by default). */
function renderApp(
  files: Record<string, string> = realFiles(),
  query = '',
): { store: AppStore; container: HTMLElement } {
  const store = createAppStore({
    data: loadFixtures(files),
    readDated: pendingDated,
    url: decode(query).state,
  });
  const { container } = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, container };
}

function panel(container: HTMLElement, id: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[data-panel="${id}"]`);
  if (!el) throw new Error(`panel ${id} not rendered`);
  return el;
}

afterEach(() => {
  document.documentElement.lang = '';
});

describe('App', () => {
  it('shows the app name in the header', () => {
    const { container } = renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bubble Pressure');
    expect(container.querySelector('.app-header h1')).toHaveTextContent('Bubble Pressure');
  });

  it('renders every panel with a heading', () => {
    const { container } = renderApp();
    for (const id of PANELS) {
      const el = panel(container, id);
      const h2 = el.querySelector('h2');
      expect(h2, id).not.toBeNull();
      expect(h2?.textContent?.trim().length, id).toBeGreaterThan(0);
    }
    expect(container.querySelectorAll('[data-panel]')).toHaveLength(PANELS.length);
  });

  it('marks at least five panels as time series', () => {
    const { container } = renderApp();
    const ts = [...container.querySelectorAll('[data-panel][data-timeseries]')].map((e) =>
      e.getAttribute('data-panel'),
    );
    expect(ts.length).toBeGreaterThanOrEqual(5);
    expect(ts).toEqual(expect.arrayContaining(['capex', 'ig-share', 'compute-mix']));
    expect(ts).not.toContain('bonds');
  });

  it('shows the gauge as two 0–100 meters, build-up and stress, computing while history v2 loads', async () => {
    renderApp();
    // The FRED series stay loading here: the meters say they are computing, with no number yet
    // (src/gauge/gauge.test.tsx covers the readings with a history).
    // The gauge's body is a lazy chunk (with method v2's maths): a slow machine takes a while to load it.
    const meters = await screen.findAllByRole('meter', {}, { timeout: 30_000 });
    expect(meters.map((m) => m.getAttribute('data-index'))).toEqual(['buildup', 'stress']);
    for (const m of meters) {
      expect(m).toHaveAttribute('aria-valuemin', '0');
      expect(m).toHaveAttribute('aria-valuemax', '100');
      expect(m).toHaveAttribute('aria-busy', 'true');
      expect(m.getAttribute('aria-valuetext')).toMatch(/computing/);
      expect(m.textContent).not.toMatch(/NaN/);
    }
  }, 60_000);

  it('puts data-hover-year on every time-series panel while a year is hovered, and removes it after', () => {
    const { store, container } = renderApp();
    act(() => store.getState().setHoverYear(2027));
    const ts = [...container.querySelectorAll('[data-timeseries]')];
    expect(ts.length).toBeGreaterThanOrEqual(5);
    for (const el of ts) expect(el).toHaveAttribute('data-hover-year', '2027');
    for (const el of container.querySelectorAll('[data-panel]:not([data-timeseries])')) {
      expect(el).not.toHaveAttribute('data-hover-year');
    }
    act(() => store.getState().setHoverYear(null));
    expect(container.querySelectorAll('[data-hover-year]')).toHaveLength(0);
  });

  it('selects an issuer from its chip', async () => {
    // The two panels with issuer chips (their chart bodies are the only chunks this test loads).
    const { store, container } = renderApp(realFiles(), 'panels=bonds,spv');
    // Chart bodies load lazily: wait for the bonds panel's chips, for as long as the chunk takes.
    await waitFor(() =>
      expect(panel(container, 'bonds').querySelector('[data-issuer="meta"]')).not.toBeNull(),
    );
    const chip = panel(container, 'bonds').querySelector<HTMLElement>('[data-issuer="meta"]');
    expect(chip).not.toBeNull();
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(chip as HTMLElement);
    expect(store.getState().selection).toBe('meta');
    expect(panel(container, 'bonds').querySelector('[data-issuer="meta"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The selection is shared: the spv panel's chip for the same issuer is pressed too.
    await waitFor(() => expect(panel(container, 'spv').querySelector('[data-issuer="meta"]')).not.toBeNull());
    expect(panel(container, 'spv').querySelector('[data-issuer="meta"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(container.querySelector('[data-selection="meta"]')).not.toBeNull();
  });

  it("shows a panel's figures in its data table", () => {
    const { container } = renderApp();
    const bonds = panel(container, 'bonds');
    expect(within(bonds).queryByRole('table')).toBeNull();
    fireEvent.click(within(bonds).getByRole('button', { name: 'Data table' }));
    const table = within(bonds).getByRole('table');
    const fixture = JSON.parse(realFiles()['bonds.json'] ?? '{}');
    const meta = fixture.series.find((s: { id: string }) => s.id === 'meta');
    const deal = meta.observations[0];
    expect(deal.value).toBe(30);
    const rows = within(table).getAllByRole('row');
    // Each row names its series as an import would: label, then `<dataset>/<series>`.
    const metaRow = rows.find(
      (r) => within(r).queryByRole('rowheader')?.textContent === `${meta.label} bonds/meta`,
    );
    expect(metaRow).toBeDefined();
    expect(metaRow).toHaveTextContent('$30B');
    // The source as publisher and title, linked to the document — never its id.
    const source = JSON.parse(realFiles()['sources.json'] ?? '{}').sources.find(
      (x: { id: string }) => x.id === deal.sourceId,
    );
    const link = within(metaRow as HTMLElement).getByRole('link', {
      name: `${source.publisher}, ${source.title}`,
    });
    expect(link).toHaveAttribute('href', source.url);
    expect(metaRow).not.toHaveTextContent(deal.sourceId);
    // One body row per observation in the dataset.
    const count = fixture.series.reduce(
      (a: number, s: { observations: unknown[] }) => a + s.observations.length,
      0,
    );
    expect(rows).toHaveLength(count + 1);
  });

  it('reports a broken fixture and still renders the other panels', async () => {
    const files = realFiles();
    const bonds = JSON.parse(files['bonds.json'] ?? '{}');
    bonds.series[1].observations[0].value = '30';
    files['bonds.json'] = JSON.stringify(bonds);
    const { container } = renderApp(files);
    const alert = screen.getAllByRole('alert').find((el) => el.textContent?.includes('bonds.json › series['));
    expect(alert).toBeDefined();
    expect(alert).toHaveTextContent('bonds.json › series[1].observations[0].value');
    expect(alert).toHaveTextContent('expected number, got string');
    expect(panel(container, 'capex').querySelector('h2')).not.toBeNull();
    for (const id of PANELS) expect(panel(container, id).querySelector('h2'), id).not.toBeNull();
    expect(panel(container, 'bonds')).toHaveTextContent('bonds.json');
    expect((await screen.findByTestId('pressure-gauge', {}, { timeout: 30_000 })).textContent).not.toMatch(
      /NaN/,
    );
  });

  it('reports a broken lazily loaded (FRED) fixture in the same notice, even after a dismissal', async () => {
    const store = createAppStore({
      data: loadFixtures(realFiles()),
      readDated: async () => '{"id": "GDP", "observations": [["2000-01-01", "."]]}',
    });
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    // The history panel asks for its series (GDP among them) when it mounts.
    await act(() => store.getState().loadDated(['GDP']));
    const alert = await waitFor(() => {
      const el = screen.getAllByRole('alert').find((x) => x.textContent?.includes('fred/GDP.json'));
      if (!el) throw new Error('no alert yet');
      return el;
    });
    expect(alert).toHaveTextContent('fred/GDP.json › title');
    fireEvent.click(within(alert).getByRole('button'));
    expect(screen.queryByText(/fred\/GDP\.json/)).toBeNull();
    // A series nobody had asked for yet fails later: the notice comes back.
    await act(() => store.getState().loadDated(['BAMLC0A0CM']));
    expect(screen.getAllByRole('alert').some((el) => el.textContent?.includes('fred/BAMLC0A0CM.json'))).toBe(
      true,
    );
  });

  it("reports a broken fixture in the reader's language", () => {
    const files = realFiles();
    const bonds = JSON.parse(files['bonds.json'] ?? '{}');
    bonds.series[1].observations[0].value = '30';
    files['bonds.json'] = JSON.stringify(bonds);
    const { store } = renderApp(files);
    act(() => store.getState().setLang('zh-TW'));
    const alert = screen.getAllByRole('alert').find((el) => el.textContent?.includes('bonds.json › series['));
    expect(alert).toHaveTextContent('bonds.json › series[1].observations[0].value');
    expect(alert).toHaveTextContent(translate('zh-TW', 'load.type', { expected: 'number', got: 'string' }));
    expect(alert).not.toHaveTextContent('expected number, got string');
  });

  it('switches to Traditional Chinese', () => {
    const { store } = renderApp();
    expect(screen.queryByRole('heading', { level: 2, name: zhTW['gauge.title'] })).toBeNull();
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('heading', { level: 2, name: zhTW['gauge.title'] })).toBeInTheDocument();
    expect(zhTW['gauge.title']).toMatch(/[\u4e00-\u9fff]/);
    expect(document.documentElement.lang).toBe('zh-TW');
  });

  it('shows a slide counter in present mode', async () => {
    const { store, container } = renderApp();
    act(() => store.getState().setMode('present'));
    // Present mode is a chunk of its own: it arrives after the switch.
    await waitFor(() => expect(container.querySelector('[data-slide-counter]')).not.toBeNull());
    const counter = container.querySelector('[data-slide-counter]');
    // Every panel plus the gauge is a slide by default.
    expect(counter).toHaveTextContent(`Slide 1 of ${PANELS.length + 1}`);
    expect(await screen.findByTestId('pressure-gauge', {}, { timeout: 30_000 })).toBeInTheDocument();
    act(() => store.getState().nextSlide(1));
    expect(container.querySelector('[data-slide-counter]')).toHaveTextContent(
      `Slide 2 of ${PANELS.length + 1}`,
    );
    expect(container.querySelectorAll('[data-panel]')).toHaveLength(1);
    expect(container.querySelector('[data-panel="capex"]')).not.toBeNull();
  });

  it('shows only the listed panel and no toolbar in embed mode', async () => {
    const { store, container } = renderApp();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    act(() => {
      store.getState().setPanels(['capex']);
      store.getState().setMode('embed');
    });
    await waitFor(() => expect(container.querySelector('.embed')).not.toBeNull());
    const shown = [...container.querySelectorAll('[data-panel]')].map((e) => e.getAttribute('data-panel'));
    expect(shown).toEqual(['capex']);
    expect(panel(container, 'capex').querySelector('h2')).not.toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(container.querySelector('.toolbar')).toBeNull();
    expect(screen.queryByTestId('pressure-gauge')).toBeNull();
  });
});
