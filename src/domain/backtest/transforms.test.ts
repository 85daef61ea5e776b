import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatedValue } from '../types';
import { dayNumber } from './quarterly';
import {
  capeMonthly,
  expandingPercentiles,
  hpTrend,
  midrankPercentile,
  oneSidedHpGap,
  pctChange,
  percentileScore,
  rollingDrawdownDaily,
  rollingDrawdownMonthly,
  wideningFromLow,
} from './transforms';

const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 0.01, max: 1e4, noNaN: true, noDefaultInfinity: true });
/** A series keyed 0…n−1 (consecutive quarters). */
const seriesOf = (xs: readonly number[], start = 0) =>
  new Map(xs.map((x, i) => [start + i, x] as [number, number]));
const restrict = (m: ReadonlyMap<number, number>, maxKey: number) =>
  new Map([...m].filter(([k]) => k <= maxKey));

describe('midrankPercentile', () => {
  it('counts values below and half the ties', () => {
    expect(midrankPercentile([1, 2, 3, 4], 3)).toBe(0.625);
    expect(midrankPercentile([5, 5, 5, 5], 5)).toBe(0.5);
    expect(midrankPercentile([1, 2, 3, 4], 10)).toBe(1);
    expect(midrankPercentile([], 1)).toBeNaN();
  });
  it('is within [0, 1] and (n − ½)/n at a strict new maximum', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 50 }), (xs) => {
        const max = Math.max(...xs) + 1;
        const all = [...xs, max];
        expect(midrankPercentile(all, max)).toBeCloseTo((all.length - 0.5) / all.length, 12);
        for (const x of xs) {
          const p = midrankPercentile(all, x);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('expandingPercentiles', () => {
  it('scores only after the burn-in, each value against its own past', () => {
    const p = expandingPercentiles(seriesOf([3, 1, 2, 5, 4]), 3);
    expect([...p.keys()]).toEqual([2, 3, 4]);
    expect(p.get(2)).toBeCloseTo((1 + 0.5) / 3, 12); // 2 among 3,1,2
    expect(p.get(3)).toBeCloseTo(3.5 / 4, 12); // 5 is the new high
    expect(p.get(4)).toBeCloseTo(3.5 / 5, 12); // 4 among 3,1,2,5,4
  });
  it('is prefix-stable: truncating the series changes no earlier percentile', () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 60 }),
        fc.nat(60),
        fc.nat(10),
        (xs, cut, burn) => {
          const full = expandingPercentiles(seriesOf(xs), burn);
          const part = expandingPercentiles(restrict(seriesOf(xs), cut), burn);
          expect(part).toEqual(restrict(full, cut));
        },
      ),
    );
  });
  it('is unchanged by a strictly increasing transform of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const a = expandingPercentiles(seriesOf(xs), 1);
        // x³ + 2x − 7 is strictly increasing and exact on these integers.
        const b = expandingPercentiles(seriesOf(xs.map((x) => x ** 3 + 2 * x - 7)), 1);
        expect(b).toEqual(a);
      }),
    );
  });
  it('ranks the other way with direction −1 (p ↦ 1 − p)', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 40 }), (xs) => {
        const up = expandingPercentiles(seriesOf(xs), 1, 1);
        const down = expandingPercentiles(seriesOf(xs), 1, -1);
        for (const [k, p] of up) expect(down.get(k)).toBeCloseTo(1 - p, 12);
      }),
    );
  });
});

describe('percentileScore', () => {
  it('is 0 at or below the median, 0.5 at the 75th percentile, 1 at the top', () => {
    expect(percentileScore(0)).toBe(0);
    expect(percentileScore(0.5)).toBe(0);
    expect(percentileScore(0.75)).toBe(0.5);
    expect(percentileScore(1)).toBe(1);
  });
  it('is monotone and within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(percentileScore(lo)).toBeLessThanOrEqual(percentileScore(hi));
          expect(percentileScore(a)).toBeGreaterThanOrEqual(0);
          expect(percentileScore(a)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

/** Dense solve of (I + λKᵀK)τ = y by Gaussian elimination: the reference for the banded solver. */
function denseHp(y: readonly number[], lambda: number): number[] {
  const n = y.length;
  const a = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => (j === i ? 1 : j === n ? (y[i] ?? 0) : 0)),
  );
  const k = [1, -2, 1];
  for (let r = 0; r < n - 2; r++) {
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const row = a[r + i] as number[];
        row[r + j] = (row[r + j] ?? 0) + lambda * (k[i] ?? 0) * (k[j] ?? 0);
      }
    }
  }
  for (let c = 0; c < n; c++) {
    const pivot = a[c] as number[];
    for (let r = c + 1; r < n; r++) {
      const row = a[r] as number[];
      const f = (row[c] ?? 0) / (pivot[c] ?? 1);
      for (let j = c; j <= n; j++) row[j] = (row[j] ?? 0) - f * (pivot[j] ?? 0);
    }
  }
  const t = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const row = a[i] as number[];
    let s = row[n] ?? 0;
    for (let j = i + 1; j < n; j++) s -= (row[j] ?? 0) * (t[j] ?? 0);
    t[i] = s / (row[i] ?? 1);
  }
  return t;
}

describe('hpTrend (Hodrick–Prescott)', () => {
  it('agrees with a dense solve', () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 3, maxLength: 30 }),
        fc.constantFrom(1, 1600, 400_000),
        (y, lambda) => {
          const banded = hpTrend(y, lambda);
          const dense = denseHp(y, lambda);
          for (let i = 0; i < y.length; i++) expect(banded[i]).toBeCloseTo(dense[i] ?? 0, 6);
        },
      ),
    );
  });
  it('leaves a straight line unchanged (KᵀK annihilates linear trends)', () => {
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 3, max: 300 }), (a, b, n) => {
        const y = Array.from({ length: n }, (_, i) => a + (b * i) / 10);
        const t = hpTrend(y, 400_000);
        for (let i = 0; i < n; i++) expect(t[i]).toBeCloseTo(y[i] ?? 0, 5);
      }),
    );
  });
  it('leaves a cycle that sums to zero and is orthogonal to time', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 3, maxLength: 200 }), (y) => {
        const t = hpTrend(y, 400_000);
        let sum = 0;
        let moment = 0;
        for (let i = 0; i < y.length; i++) {
          sum += (y[i] ?? 0) - (t[i] ?? 0);
          moment += i * ((y[i] ?? 0) - (t[i] ?? 0));
        }
        expect(Math.abs(sum)).toBeLessThan(1e-5 * y.length * 1e3);
        expect(Math.abs(moment)).toBeLessThan(1e-5 * y.length * y.length * 1e3);
      }),
    );
  });
  it('with λ = 0 is the series itself', () => {
    expect(hpTrend([1, 5, 2, 8], 0)).toEqual([1, 5, 2, 8]);
  });
});

describe('oneSidedHpGap', () => {
  it("is each quarter's value minus the last point of the trend fitted to the data up to it", () => {
    const xs = [10, 12, 11, 15, 14, 18, 17, 21, 25, 22, 20, 19];
    const gaps = oneSidedHpGap(seriesOf(xs, 100), 400_000, 5);
    expect([...gaps.keys()]).toEqual([104, 105, 106, 107, 108, 109, 110, 111]);
    for (const [k, g] of gaps) {
      const prefix = xs.slice(0, k - 100 + 1);
      const trend = hpTrend(prefix, 400_000);
      expect(g).toBeCloseTo((prefix[prefix.length - 1] ?? 0) - (trend[trend.length - 1] ?? 0), 12);
    }
  });
  it('is prefix-stable (one-sided: no later data moves an earlier gap)', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 5, maxLength: 80 }), fc.nat(80), (xs, cut) => {
        const full = oneSidedHpGap(seriesOf(xs), 400_000, 4);
        expect(oneSidedHpGap(restrict(seriesOf(xs), cut), 400_000, 4)).toEqual(restrict(full, cut));
      }),
    );
  });
  it('is zero along a straight line and restarts after a gap in the quarters', () => {
    const line = seriesOf(Array.from({ length: 50 }, (_, i) => 3 + 0.2 * i));
    for (const g of oneSidedHpGap(line, 400_000, 10).values()) expect(Math.abs(g)).toBeLessThan(1e-6);
    const broken = new Map([...seriesOf([1, 2, 3, 4, 5]), ...seriesOf([9, 9, 9, 9], 10)]);
    expect([...oneSidedHpGap(broken, 400_000, 4).keys()]).toEqual([3, 4, 13]);
  });
});

describe('pctChange', () => {
  it('gives (1 + g)^k − 1 on a geometric series', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.2, max: 0.3, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (g, k) => {
          const xs = Array.from({ length: 30 }, (_, i) => 100 * (1 + g) ** i);
          const ch = pctChange(seriesOf(xs), k);
          expect(ch.size).toBe(30 - k);
          for (const v of ch.values()) expect(v).toBeCloseTo(100 * ((1 + g) ** k - 1), 6);
        },
      ),
    );
  });
  it('needs the base quarter', () => {
    expect([
      ...pctChange(
        new Map([
          [0, 1],
          [2, 2],
          [3, 4],
        ]),
        1,
      ),
    ]).toEqual([[3, 100]]);
  });
});

describe('wideningFromLow', () => {
  it('is 0 at the low, positive above it, and needs every quarter of the window', () => {
    const w = wideningFromLow(seriesOf([2, 1, 1.5, 3, 1]), 3);
    expect([...w]).toEqual([
      [2, 50],
      [3, 200],
      [4, 0],
    ]);
    expect(
      wideningFromLow(
        new Map([
          [0, 1],
          [1, 2],
          [3, 3],
        ]),
        2,
      ).size,
    ).toBe(1);
  });
  it('is never negative and prefix-stable', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 40 }), fc.nat(40), (xs, cut) => {
        const w = wideningFromLow(seriesOf(xs), 8);
        for (const v of w.values()) expect(v).toBeGreaterThanOrEqual(0);
        expect(wideningFromLow(restrict(seriesOf(xs), cut), 8)).toEqual(restrict(w, cut));
      }),
    );
  });
});

/** Naive O(n²) daily drawdown from the rolling high. */
function naiveDailyDrawdown(obs: readonly DatedValue[], days: number): DatedValue[] {
  const present = obs.filter(([, v]) => v !== null) as Array<[string, number]>;
  const first = present[0] ? dayNumber(present[0][0]) : 0;
  const out: DatedValue[] = [];
  for (const [d, v] of present) {
    const day = dayNumber(d);
    if (day - first < days - 1) continue;
    const high = Math.max(
      ...present.filter(([s]) => dayNumber(s) > day - days && dayNumber(s) <= day).map(([, x]) => x),
    );
    out.push([d, 100 * (1 - v / high)]);
  }
  return out;
}

const dailyArb = fc
  .array(fc.option(positive, { nil: null, freq: 8 }), { minLength: 1, maxLength: 400 })
  .chain((vals) =>
    fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: vals.length, maxLength: vals.length })
      .map((steps) => {
        let day = dayNumber('2000-01-03');
        return vals.map((v, i): DatedValue => {
          day += i === 0 ? 0 : (steps[i] ?? 1);
          return [new Date(day * 86_400_000).toISOString().slice(0, 10), v];
        });
      }),
  );

describe('rollingDrawdownDaily', () => {
  it('equals a naive computation of the drawdown from the highest close of the last 364 days', () => {
    fc.assert(
      fc.property(dailyArb, fc.constantFrom(5, 30, 364), (obs, days) => {
        const fast = rollingDrawdownDaily(obs, days);
        const slow = naiveDailyDrawdown(obs, days);
        expect(fast.map(([d]) => d)).toEqual(slow.map(([d]) => d));
        for (let i = 0; i < fast.length; i++) expect(fast[i]?.[1]).toBeCloseTo(slow[i]?.[1] ?? 0, 9);
      }),
      { numRuns: 60 },
    );
  });
  it('is 0 at a new high, in [0, 100), and skips the first year', () => {
    const obs: DatedValue[] = [
      ['2000-01-03', 100],
      ['2000-01-04', 90],
      ['2000-06-01', 50],
      ['2001-01-01', 72], // 363 days after the start: the first with a full 364-day window (2000-01-03 is out)
      ['2001-01-02', 72], // 2000-01-04 has left the window too
      ['2001-01-03', null],
      ['2001-06-05', 120],
      ['2001-07-05', 90],
    ];
    const dd = rollingDrawdownDaily(obs, 364);
    expect(dd.map(([d]) => d)).toEqual(['2001-01-01', '2001-01-02', '2001-06-05', '2001-07-05']);
    expect(dd.map(([, v]) => v)).toEqual([expect.closeTo(20, 12), 0, 0, 25]);
  });
});

describe('rollingDrawdownMonthly', () => {
  it('equals a naive computation and needs a full 12 months', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 60 }), (xs) => {
        const d = rollingDrawdownMonthly(seriesOf(xs), 12);
        expect(d.size).toBe(Math.max(0, xs.length - 11));
        for (const [m, v] of d) {
          const high = Math.max(...xs.slice(m - 11, m + 1));
          expect(v).toBeCloseTo(100 * (1 - (xs[m] ?? 0) / high), 9);
          expect(v).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('capeMonthly', () => {
  it('is P/E with constant earnings and prices, and uses only earnings from the lagged window', () => {
    const months = 30;
    const price = seriesOf(Array.from({ length: months }, () => 200));
    const cpi = seriesOf(Array.from({ length: months }, () => 10));
    const earnings = seriesOf(Array.from({ length: months }, (_, i) => (i < 15 ? 10 : 1000)));
    const cape = capeMonthly({ price, earnings, cpi }, { cpi: 1, earnings: 6 }, 12);
    // First month with 12 months of earnings ending 6 months back: 11 + 6 = 17.
    expect(Math.min(...cape.keys())).toBe(17);
    expect(cape.get(17)).toBeCloseTo(200 / 10, 12); // earnings months 0…11, all 10
    expect(cape.get(20)).toBeCloseTo(200 / ((12 * 10) / 12), 12); // months 3…14, all 10
    expect(cape.get(21)).toBeCloseTo(200 / ((11 * 10 + 1000) / 12), 12); // months 4…15
  });
  it('deflates by CPI: doubling every CPI leaves it unchanged', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 20, maxLength: 40 }), (xs) => {
        const price = seriesOf(xs);
        const earnings = seriesOf(xs.map((x) => x / 15));
        const cpi = seriesOf(xs.map((_, i) => 10 + i));
        const a = capeMonthly({ price, earnings, cpi }, { cpi: 1, earnings: 2 }, 6);
        const cpi2 = seriesOf(xs.map((_, i) => 2 * (10 + i)));
        const b = capeMonthly({ price, earnings, cpi: cpi2 }, { cpi: 1, earnings: 2 }, 6);
        for (const [k, v] of a) expect(b.get(k)).toBeCloseTo(v, 9);
      }),
    );
  });
});
