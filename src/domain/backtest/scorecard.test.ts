import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Episode, EventDefinition, Label } from './events';
import { groupEpisodes } from './events';
import { auroc, bestInputTest, pairWins, scoreSignal } from './scorecard';

const values = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 40 });

/** Naive AUROC: every pair, ties ½. */
function naive(pos: readonly number[], neg: readonly number[]): number {
  return pairWins(pos, neg) / (pos.length * neg.length);
}

describe('auroc', () => {
  it('is 1 for perfect separation, 0 reversed, ½ for all ties, null without a class', () => {
    expect(auroc([3, 4], [1, 2])).toBe(1);
    expect(auroc([1, 2], [3, 4])).toBe(0);
    expect(auroc([5, 5], [5])).toBe(0.5);
    expect(auroc([], [1])).toBeNull();
    expect(auroc([1], [])).toBeNull();
  });
  it('equals the share of correctly ranked pairs (ties ½)', () => {
    fc.assert(
      fc.property(values, values, (p, n) => {
        expect(auroc(p, n)).toBeCloseTo(naive(p, n), 12);
      }),
    );
  });
  it('flips to 1 − AUROC when the signal is negated, and ignores monotone rescaling', () => {
    fc.assert(
      fc.property(values, values, (p, n) => {
        const a = auroc(p, n) ?? 0;
        expect(
          auroc(
            p.map((x) => -x),
            n.map((x) => -x),
          ),
        ).toBeCloseTo(1 - a, 12);
        expect(
          auroc(
            p.map((x) => x ** 3 + 5),
            n.map((x) => x ** 3 + 5),
          ),
        ).toBeCloseTo(a, 12);
      }),
    );
  });
});

/**
 * A toy event: events at quarters 20 and 40 (horizon 8), quarters 21–24 inside the first (excluded), data
 * known to quarter 50.
 */
function toyEvent(): EventDefinition {
  const episodes = groupEpisodes([20, 40], 8, (q) => `E${q}`);
  const inside: Array<[number, number]> = [[20, 24]];
  const isInside = (q: number) => inside.some(([a, b]) => q > a && q <= b);
  const episodeOf = (q: number): Episode | null =>
    q > 50 || isInside(q)
      ? null
      : (episodes.find((e) => e.events.some((x) => x - q >= 0 && x - q <= 8)) ?? null);
  const label = (q: number): Label =>
    q > 50 ? 'unknown' : isInside(q) ? 'excluded' : episodeOf(q) ? 'positive' : 'negative';
  return { id: 'bust', episodes, inside, knownTo: 50, label, episodeOf };
}

describe('scoreSignal', () => {
  const ev = toyEvent();
  it('counts the sample, hits and false alarms at 50, lead times and leave-one-episode-out', () => {
    // Reads 80 at quarters 14–20 (lead 6 before event 20), 60 at 38–40 (lead 2 before 40), 70 at 5 (a false
    // alarm), 10 elsewhere; quarters 21–24 are excluded whatever they read.
    const signal = new Map<number, number>();
    for (let q = 0; q <= 55; q++) {
      signal.set(
        q,
        q >= 14 && q <= 20 ? 80 : q >= 38 && q <= 40 ? 60 : q === 5 ? 70 : q >= 21 && q <= 24 ? 99 : 10,
      );
    }
    const s = scoreSignal(signal, ev);
    expect(s.positives).toBe(18); // 12–20 and 32–40
    expect(s.negatives).toBe(51 - 18 - 4); // quarters 0–50, minus positives and the 4 excluded
    expect(s.hitRate).toBeCloseTo((7 + 3) / 18, 12);
    expect(s.falseAlarmRate).toBeCloseTo(1 / 29, 12);
    expect(s.leadTimes).toEqual([
      { episode: 'E20', at: '5-Q1', lead: 6, covered: true },
      { episode: 'E40', at: '10-Q1', lead: 2, covered: true },
    ]);
    expect(s.episodesHit).toBe(2);
    expect(s.loeo.map((l) => l.episode)).toEqual(['E20', 'E40']);
    expect(s.loeoMin).toBe(Math.min(...s.loeo.map((l) => l.auroc ?? 1)));
    expect(s.from).toBe('0-Q1');
    expect(s.to).toBe('12-Q3');
  });
  it('says "none" for an episode never read as high, and covers only quarters the signal has', () => {
    const signal = new Map<number, number>([
      ...Array.from({ length: 30 }, (_, q) => [q + 21, 10] as [number, number]),
    ]);
    const s = scoreSignal(signal, ev);
    expect(s.episodesCovered).toBe(1);
    expect(s.leadTimes.find((l) => l.episode === 'E40')).toMatchObject({ lead: null, covered: true });
    expect(s.leadTimes.find((l) => l.episode === 'E20')).toBeUndefined(); // before the signal's data
  });
});

describe('bestInputTest', () => {
  const ev = toyEvent();
  const quarters = Array.from({ length: 51 }, (_, q) => q);
  const make = (f: (q: number) => number) => new Map(quarters.map((q) => [q, f(q)] as [number, number]));
  const pos = (q: number) => ev.label(q) === 'positive';
  const inE20 = (q: number) => q >= 12 && q <= 20;

  it('picks the best input without each episode and scores it on that episode', () => {
    const index = make((q) => (pos(q) ? 60 : 40)); // perfect
    const onlyE20 = make((q) => (inE20(q) ? 90 : 0)); // right on E20, blind on E40
    const onlyE40 = make((q) => (pos(q) && !inE20(q) ? 90 : 0)); // right on E40, blind on E20
    const r = bestInputTest(
      index,
      [
        { id: 'a', signal: onlyE20 },
        { id: 'b', signal: onlyE40 },
      ],
      ev,
    );
    // Without E20 the rule picks b, which is blind on E20 (it ties every pair there); without E40 it picks
    // a, blind on E40.
    expect(r.folds.map((f) => [f.episode, f.chosen])).toEqual([
      ['E20', 'b'],
      ['E40', 'a'],
    ]);
    expect(r.bestInputOos).toBeCloseTo(0.5, 12);
    expect(r.indexAuroc).toBe(1);
    expect(r.passes).toBe(true);
    expect(r.hindsightBest?.auroc).toBeGreaterThan(0.5);
  });
  it('fails the index when one input is better everywhere, and only takes inputs that cover the sample', () => {
    const index = make((q) => (pos(q) ? 55 : 45) + (q % 2 ? 20 : 0)); // noisy
    const good = make((q) => (pos(q) ? 70 : 30));
    const partial = new Map([...good].filter(([q]) => q > 10));
    const r = bestInputTest(
      index,
      [
        { id: 'good', signal: good },
        { id: 'partial', signal: partial },
      ],
      ev,
    );
    expect(r.candidates).toEqual(['good']);
    expect(r.bestInputOos).toBe(1);
    expect(r.indexAuroc).toBeLessThan(1);
    expect(r.passes).toBe(false);
    expect(r.hindsightBest).toEqual({ id: 'good', auroc: 1 });
  });
});
