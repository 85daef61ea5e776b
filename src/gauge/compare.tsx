/**
 * Compare two scenarios: pin the current weights and what-if inputs as the baseline (B); the gauge
 * then shows both readings and, per component, the difference in points (A − B).
 */
import { useMemo } from 'react';
import { compareReadings } from '../domain/compare';
import { formatNumber } from '../domain/format';
import { readYear } from '../domain/model';
import { useApp, useLocale, useT } from '../store/react';
import { COMPONENT_COLORS } from './colors';
import { useModelInput } from './use-model';

/** A and B side by side, once a baseline is pinned (a chunk of its own: most views never pin one). */
export default function BaselineComparison() {
  const t = useT();
  const locale = useLocale();
  const input = useModelInput();
  const year = useApp((s) => s.gaugeYear);
  const baseline = useApp((s) => s.baseline);
  const clear = useApp((s) => s.clearBaseline);
  const c = useMemo(
    () =>
      baseline
        ? compareReadings(
            readYear(input, year),
            readYear({ ...input, weights: baseline.weights, scenario: baseline.scenario }, year),
          )
        : null,
    [input, year, baseline],
  );
  if (!c) return null;
  const num = (v: number | null) => (v === null ? '–' : formatNumber(v, locale, 1));
  const signed = (v: number | null) =>
    v === null ? '–' : `${v > 0.05 ? '+' : v < -0.05 ? '−' : '±'}${formatNumber(Math.abs(v), locale, 1)}`;
  return (
    <div className="compare" data-testid="baseline-compare" data-a={c.a ?? ''} data-b={c.b ?? ''}>
      <p className="compare-readings">
        <strong>{t('compare.a')}</strong> {num(c.a)} · <strong>{t('compare.b')}</strong> {num(c.b)} ·{' '}
        <strong>{t('compare.diff')}</strong> <span data-diff={c.diff ?? ''}>{signed(c.diff)}</span>
      </p>
      <table className="compare-table">
        <caption className="sr-only">{t('compare.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gauge.col.component')}</th>
            <th scope="col">{t('compare.colA')}</th>
            <th scope="col">{t('compare.colB')}</th>
            <th scope="col">{t('compare.diff')}</th>
          </tr>
        </thead>
        <tbody>
          {c.components.map((x) => (
            <tr key={x.id} data-compare-component={x.id} data-diff={x.diff ?? ''}>
              <th scope="row">
                <span className="swatch" style={{ background: COMPONENT_COLORS[x.id] }} aria-hidden="true" />{' '}
                {t(`component.${x.id}`)}
              </th>
              <td className="num">{num(x.a)}</td>
              <td className="num">{num(x.b)}</td>
              <td className="num">{signed(x.diff)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" data-action="clear-baseline" onClick={clear}>
        {t('compare.clear')}
      </button>
    </div>
  );
}
