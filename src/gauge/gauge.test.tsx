/**
 * The dashboard gauge under method v2, in jsdom: both meters with their parts, the sentence that reads
 * them together, typed weights (refused outside 0–100, never clamped), the what-if inputs a year does not
 * use, and the baseline comparison. History v2 (a worker in the browser, handed in by the app) is a small
 * known history here, so the readings can be checked by hand.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { StoreProvider } from '../store/react';
import { createAppStore } from '../store/store';
import { decode } from '../url/codec';
import { Gauge } from './gauge';
import { GaugeBody } from './gauge-body';
import type { MarketSourceView } from './use-gauge';

/** One quarter of market-wide component scores (0–1), the meters' market-wide parts. */
const COMPONENTS = {
  valuation: 0.9,
  'run-up': 0.5,
  investment: 0.3,
  credit: 0.2,
  'spread-compression': 0.6,
  'spread-widening': 0.1,
  drawdown: 0.2,
};
const QUARTER = {
  quarter: '2026-Q1',
  buildup: 50,
  stress: 15,
  buildupBand: 'high',
  stressBand: 'calm',
  components: COMPONENTS,
  metrics: {},
  raw: {},
  covered: { buildup: [], stress: [] },
};
const VIEW = {
  method: 'v2',
  quarters: [QUARTER],
  latest: {
    buildup: {
      index: 'buildup',
      quarter: '2026-Q1',
      value: 50,
      percentile: 90,
      rounded: 90,
      from: '1990-Q1',
      to: '2026-Q1',
      n: 145,
    },
    stress: {
      index: 'stress',
      quarter: '2026-Q1',
      value: 15,
      percentile: 40,
      rounded: 40,
      from: '1990-Q1',
      to: '2026-Q1',
      n: 145,
    },
  },
  busts: [],
  recessions: [],
  scorecard: {},
} as unknown as MarketSourceView;

/** Lazy parts (what-if, detail, comparison) load their chunk on first use: slow on a busy machine. */
const SLOW = { timeout: 30_000 };

function renderGauge(query = '') {
  const store = createAppStore({
    data: loadFixtures(realFiles()),
    readDated: () => new Promise<string | undefined>(() => {}),
    url: decode(query).state,
  });
  const { container } = render(
    <StoreProvider store={store}>
      <Gauge>
        <GaugeBody market={{ status: 'ready', view: VIEW }} />
      </Gauge>
    </StoreProvider>,
  );
  return { store, container };
}

const meter = (index: string) =>
  screen.getAllByRole('meter').find((m) => m.getAttribute('data-index') === index) as HTMLElement;
const valueOfMeter = (index: string) => Number(meter(index).getAttribute('aria-valuenow'));
const contributions = (container: HTMLElement, index: string) =>
  [...container.querySelectorAll<HTMLElement>(`[data-contrib="${index}"] [data-component]`)].map((e) => ({
    id: e.getAttribute('data-component'),
    group: e.getAttribute('data-group'),
    points: e.getAttribute('data-contribution'),
  }));

describe('the dashboard gauge (method v2)', () => {
  it('shows build-up and stress as meters whose named parts add up to them', async () => {
    const { container } = renderGauge();
    await screen.findAllByRole('meter');
    const buildup = contributions(container, 'buildup');
    expect(buildup.filter((p) => p.group === 'market').map((p) => p.id)).toEqual([
      'valuation',
      'run-up',
      'investment',
      'credit',
      'spread-compression',
    ]);
    expect(buildup.filter((p) => p.group === 'ai')).toHaveLength(6);
    const stress = contributions(container, 'stress');
    expect(stress.map((p) => p.id)).toEqual(['spread-widening', 'drawdown', 'ai-drawdown', 'capex-cut']);
    for (const [index, parts] of [
      ['buildup', buildup],
      ['stress', stress],
    ] as const) {
      const sum = parts.reduce((a, p) => a + Number(p.points || 0), 0);
      expect(Math.abs(sum - valueOfMeter(index)), index).toBeLessThanOrEqual(0.06);
      expect(meter(index).getAttribute('aria-valuetext')).toMatch(/of 100, (Calm|Elevated|High|Extreme)/);
    }
    // The market-wide points are the history's own scores at equal weights: 0.9 of 100 / 11 parts.
    const valuation = buildup.find((p) => p.id === 'valuation');
    expect(Number(valuation?.points)).toBeCloseTo((100 * 0.9) / 11, 1);
    // The sentence that reads the two together names both levels.
    expect(container.querySelector('.gh-together')?.textContent).toMatch(
      /^Build-up (low|moderate|high), stress (low|moderate|high): /,
    );
    expect(container.querySelector('.gh-reads')?.textContent).toMatch(
      /2026 \(a projection\).*history v2 at 2026-Q1/,
    );
  }, 60_000);

  it('says so when every weight of an index is zero, without NaN', async () => {
    const { store, container } = renderGauge();
    await screen.findAllByRole('meter');
    act(() => {
      for (const id of ['spread-widening', 'drawdown', 'ai-drawdown', 'capex-cut'] as const)
        store.getState().setWeight(id, 0);
    });
    expect(screen.getByText(/All weights of Stress are zero/)).toBeInTheDocument();
    expect(meter('stress').getAttribute('data-value')).toBe('');
    expect(container.textContent).not.toMatch(/NaN/);
    expect(valueOfMeter('buildup')).toBeGreaterThan(0);
  }, 60_000);

  it('takes a typed weight from 0 to 100 and refuses one outside with a message, keeping the weight', async () => {
    const { store, container } = renderGauge();
    await screen.findAllByRole('meter');
    const before = valueOfMeter('buildup');
    fireEvent.click(screen.getByText('What-if and weights'));
    const box = await waitFor(() => {
      const el = container.querySelector<HTMLInputElement>('input[data-weight="valuation"]');
      if (!el) throw new Error('no weight box yet');
      return el;
    }, SLOW);
    expect(within(box.parentElement as HTMLElement).getByText('default')).toBeInTheDocument();
    fireEvent.change(box, { target: { value: '10' } });
    expect(store.getState().weights.valuation).toBe(10);
    expect(valueOfMeter('buildup')).not.toBe(before);
    fireEvent.change(box, { target: { value: '150' } });
    expect(store.getState().weights.valuation).toBe(10);
    expect(screen.getByRole('alert', { name: '' })).toHaveTextContent('from 0 to 100: “150” was not applied');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(box, { target: { value: '-1' } });
    expect(store.getState().weights.valuation).toBe(10);
    // The default sits in the slider's middle, not at its minimum.
    const slider = box.parentElement?.querySelector<HTMLInputElement>('input[type="range"]');
    fireEvent.change(box, { target: { value: '1' } });
    expect(Number(slider?.value)).toBeGreaterThan(Number(slider?.min) + 5);
    expect(Number(slider?.value)).toBeLessThan(Number(slider?.max) - 5);
  }, 60_000);

  it('says which what-if input the year does not use (2026 reads guidance, not the growth input)', async () => {
    const { container } = renderGauge();
    await screen.findAllByRole('meter');
    fireEvent.click(screen.getByText('What-if and weights'));
    await waitFor(() => expect(container.querySelector('[data-scenario="growth"]')).not.toBeNull(), SLOW);
    const growth = container.querySelector('[data-scenario="growth"]')?.closest('.scenario-row');
    expect(growth).toHaveAttribute('data-scenario-used', 'no');
    expect(growth).toHaveTextContent('not used by 2026’s reading');
    const life = container.querySelector('[data-scenario="life"]')?.closest('.scenario-row');
    expect(life).toHaveAttribute('data-scenario-used', 'yes');
  }, 60_000);

  it('compares with a pinned baseline: B on both dials and the inputs that differ, named', async () => {
    const { store, container } = renderGauge();
    await screen.findAllByRole('meter');
    act(() => store.getState().pinBaseline());
    act(() => {
      store.getState().setScenarioInput('life', 3);
      store.getState().setWeight('valuation', 2);
    });
    const compare = await screen.findByTestId('baseline-compare', {}, SLOW);
    expect(compare.getAttribute('data-differing')?.split(',').sort()).toEqual(['s.life', 'w.valuation']);
    expect(compare).toHaveTextContent(
      /Inputs that differ: .*Realistic server life.*3 \(B: 4\).*weight of Valuation 2 \(B: 1\)/,
    );
    expect(container.querySelectorAll('[data-base-needle]')).toHaveLength(2);
    expect(meter('buildup').querySelector('[data-base]')).not.toBeNull();
    // Every figure in the comparison tables has one decimal, as the meters and bars show them.
    const cells = [...compare.querySelectorAll('.compare-table td')].map((td) => td.textContent ?? '');
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(cell).toMatch(/^(–|[+−±]?\d+\.\d)$/);
  }, 60_000);
});
