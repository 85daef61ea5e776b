/**
 * This view (A) against the pinned baseline (B): which inputs differ (weights and what-if inputs, each
 * with both values), both indices and each part's points in A and B and the difference. The dials show
 * B as a dashed needle (meters.tsx). A chunk of its own: most views never pin a baseline.
 */
import { useMemo } from 'react';
import { formatNumber, formatPoints } from '../domain/format';
import { compareGauge, differingInputs, GAUGE_INDEXES, type GaugeReading } from '../domain/gauge-v2';
import { SCENARIO_SPECS } from '../domain/scenario';
import { useApp, useLocale, useT } from '../store/react';
import { PART_COLORS } from './colors';
import { useGT } from './use-gauge';

export default function BaselineComparison({ a, b }: { a: GaugeReading; b: GaugeReading }) {
  const _t = useT();
  const gt = useGT();
  const locale = useLocale();
  const weights = useApp((s) => s.weights);
  const scenario = useApp((s) => s.scenario);
  const baseline = useApp((s) => s.baseline);
  const clear = useApp((s) => s.clearBaseline);
  const c = useMemo(() => compareGauge(a, b), [a, b]);
  const diffs = useMemo(
    () => (baseline ? differingInputs({ weights, scenario }, baseline) : []),
    [weights, scenario, baseline],
  );
  // Points with one decimal, as the meters and bars show them ("4.0", not "4").
  const num = (v: number | null) => (v === null ? '–' : formatPoints(v, locale));
  const signed = (v: number | null) =>
    v === null ? '–' : `${v > 0.05 ? '+' : v < -0.05 ? '−' : '±'}${formatPoints(Math.abs(v), locale)}`;
  const value = (key: keyof typeof SCENARIO_SPECS, v: number) =>
    SCENARIO_SPECS[key].unit === 'year' ? String(v) : formatNumber(v, locale, 2);
  const list = diffs.map((d) =>
    d.kind === 'weight'
      ? gt('g.compare.weight', {
          part: gt(`g.part.${d.id}`),
          a: formatNumber(d.a, locale, 2),
          b: formatNumber(d.b, locale, 2),
        })
      : gt('g.compare.scenario', {
          input: gt(`g.scenario.${d.id}`),
          a: value(d.id, d.a),
          b: value(d.id, d.b),
        }),
  );
  return (
    <div
      className="compare"
      data-testid="baseline-compare"
      data-a={c.buildup.a ?? ''}
      data-b={c.buildup.b ?? ''}
      data-differing={diffs.map((d) => `${d.kind === 'weight' ? 'w' : 's'}.${d.id}`).join(',')}
    >
      <p className="compare-inputs" data-compare-inputs="">
        {list.length === 0 ? gt('g.compare.same') : gt('g.compare.differ', { list: list.join(gt('g.list')) })}
      </p>
      <div className="compare-tables">
        {GAUGE_INDEXES.map((index) => {
          const x = c[index];
          return (
            <table key={index} className="compare-table" data-compare-index={index}>
              <caption>
                {gt(`g.index.${index}`)}: <strong>A</strong> {num(x.a)} · <strong>B</strong> {num(x.b)} ·{' '}
                {gt('g.compare.diff')} <span data-diff={x.diff ?? ''}>{signed(x.diff)}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{gt('g.col.part')}</th>
                  <th scope="col">A</th>
                  <th scope="col">B</th>
                  <th scope="col">{gt('g.compare.diff')}</th>
                </tr>
              </thead>
              <tbody>
                {x.parts.map((p) => (
                  <tr key={p.id} data-compare-component={p.id} data-diff={p.diff ?? ''}>
                    <th scope="row">
                      <span className="swatch" style={{ background: PART_COLORS[p.id] }} aria-hidden="true" />
                      {gt(`g.part.${p.id}`)}
                    </th>
                    <td className="num">{num(p.a)}</td>
                    <td className="num">{num(p.b)}</td>
                    <td className="num">{signed(p.diff)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
      <p className="sr-only">{gt('g.compare.title', { year: a.year })}</p>
      <button type="button" data-action="clear-baseline" onClick={clear}>
        {gt('g.clear')}
      </button>
    </div>
  );
}
