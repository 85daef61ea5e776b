/**
 * The composite gauge: an arc with a needle, the number, its band in words, the year and the method
 * version; under it each component's contribution (stacked so they add up to the number), with raw
 * metric, score, weight and points; weights, the what-if scenario, sensitivity and the method.
 */

import { lazy, type MouseEvent, memo, Suspense, useMemo, useRef } from 'react';
import { formatNumber, formatPoints, formatValue } from '../domain/format';
import { HISTORY_SERIES } from '../domain/history-ids';
import type { PanelId } from '../domain/ids';
import { GAUGE_DATASETS } from '../domain/imports';
import { GAUGE_DATED, LAST_DATA_YEAR, type MetricReading, MIN_COVERAGE, sensitivity } from '../domain/model';
import {
  BANDS,
  COMPONENT_IDS,
  type ComponentId,
  headline,
  MAX_WEIGHT,
  RED_SCORE,
  SLIDER_MAX_WEIGHT,
} from '../domain/pressure';
import { SCENARIO_KEYS, SCENARIO_SPECS, type ScenarioKey } from '../domain/scenario';
import { Pending, useApp, useAppStore, useAppTransition, useLocale, useT } from '../store/react';
import type { AppState } from '../store/types';
import { ErrorBoundary } from '../ui/error-boundary';
import { ImportedMarker } from '../ui/imported-marker';
import { StoryAdd } from '../ui/talk-add';
import { GAUGE_YEARS } from '../url/codec';
import { BAND_COLORS, COMPONENT_COLORS } from './colors';
import { GaugeExportMenu } from './gauge-export';
import { MethodNote } from './method';
import { useDeferredModelInput, useGaugeReading } from './use-model';

/** The dated series behind the gauge's number (BBB spread, GDP) and its history sentence. */
const GAUGE_MARKER_DATED = [...new Set([...GAUGE_DATED, ...HISTORY_SERIES])];

/** The history v1 sentence loads with its maths, after first paint (it waits for the FRED series anyway). */
const HistorySentence = lazy(() =>
  import('./history-sentence').then((m) => ({ default: m.HistorySentence })),
);

const ZERO_CONTRIBUTIONS = Object.fromEntries(COMPONENT_IDS.map((id) => [id, 0])) as Record<
  ComponentId,
  number
>;

export const COMPONENT_PANEL: Readonly<Record<ComponentId, PanelId>> = {
  'capex-growth': 'capex',
  'debt-financing': 'bonds',
  'off-balance-sheet': 'spv',
  valuation: 'valuation',
  'monetization-gap': 'compute-mix',
  depreciation: 'depreciation',
  'credit-concentration': 'ig-share',
};

const R = 80;
const CX = 100;
const CY = 96;
function polar(value: number, r = R): [number, number] {
  const a = Math.PI * (1 - value / 100);
  return [CX + r * Math.cos(a), CY - r * Math.sin(a)];
}
function arc(from: number, to: number): string {
  const [x0, y0] = polar(from);
  const [x1, y1] = polar(to);
  return `M ${x0} ${y0} A ${R} ${R} 0 0 1 ${x1} ${y1}`;
}

export function Dial({ value }: { value: number | null }) {
  const [nx, ny] = polar(value ?? 0, R - 14);
  return (
    <svg viewBox="0 0 200 112" className="dial" aria-hidden="true">
      {BANDS.map((b) => (
        <path key={b.band} d={arc(b.from, b.to)} stroke={BAND_COLORS[b.band]} strokeWidth="16" fill="none" />
      ))}
      {value !== null ? (
        <>
          <line x1={CX} y1={CY} x2={nx} y2={ny} className="needle" strokeWidth="3.5" strokeLinecap="round" />
          <circle cx={CX} cy={CY} r="6" className="needle-hub" />
        </>
      ) : null}
      <text x={CX - R} y={CY + 14} textAnchor="middle" className="dial-tick">
        0
      </text>
      <text x={CX + R} y={CY + 14} textAnchor="middle" className="dial-tick">
        100
      </text>
    </svg>
  );
}

/** Jumps to a component's panel: shows it if hidden, scrolls to it (or goes to its slide when presenting). */
function PanelLink({ panel }: { panel: PanelId }) {
  const store = useAppStore();
  const t = useT();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const s = store.getState();
    if (!s.panels.includes(panel)) s.togglePanel(panel);
    if (s.mode === 'present') {
      s.setSlide(store.getState().panels.indexOf(panel) + 1);
      return;
    }
    requestAnimationFrame(() =>
      document.getElementById(`panel-${panel}`)?.scrollIntoView({ block: 'start' }),
    );
  };
  return (
    <a
      className="muted small"
      href={`#panel-${panel}`}
      onClick={onClick}
      data-goto-panel={panel}
      data-export-skip=""
    >
      {t('gauge.goToPanel')}
    </a>
  );
}

function metricText(m: MetricReading, locale: string, yrs: string, t: ReturnType<typeof useT>): string {
  const label = t(`metric.${m.metric}`);
  if (!m.raw || !m.threshold) return t('gauge.metricValue', { label, value: t('gauge.noMetric') });
  const value = formatValue(m.raw.value, m.threshold.unit, locale, yrs);
  const text = t(m.raw.kind === 'projection' ? 'gauge.metricProjected' : 'gauge.metricValue', {
    label,
    value,
  });
  // Say what drives the reading: a scenario input (every year, 2025 included), company guidance, or a
  // figure revised up from the first published one.
  if (m.raw.basis === 'scenario') return `${text} ${t('gauge.basisScenario')}`;
  if (m.raw.basis === 'guidance') return `${text} ${t('gauge.basisGuidance')}`;
  if (m.raw.basis === 'revised') return `${text} ${t('gauge.basisRevised')}`;
  return text;
}

function WeightInput({ id }: { id: ComponentId }) {
  const weight = useApp((s) => s.weights[id]);
  const setWeight = useApp((s) => s.setWeight);
  const t = useT();
  const label = t('gauge.weightFor', { component: t(`component.${id}`) });
  return (
    <span className="weight-input">
      <input
        type="range"
        min={0}
        max={SLIDER_MAX_WEIGHT}
        step={0.5}
        value={Math.min(weight, SLIDER_MAX_WEIGHT)}
        aria-label={label}
        onChange={(e) => setWeight(id, Number(e.target.value))}
      />
      <input
        type="number"
        min={0}
        max={MAX_WEIGHT}
        step={0.5}
        value={weight}
        aria-label={label}
        data-weight={id}
        onChange={(e) => {
          if (e.target.value !== '') setWeight(id, Number(e.target.value));
        }}
      />
    </span>
  );
}

function ScenarioInputs() {
  const scenario = useApp((s) => s.scenario);
  const setInput = useApp((s) => s.setScenarioInput);
  const reset = useApp((s) => s.resetScenario);
  const t = useT();
  const locale = useLocale();
  return (
    <fieldset className="scenario">
      <legend>{t('scenario.title')}</legend>
      {SCENARIO_KEYS.map((k) => {
        const spec = SCENARIO_SPECS[k];
        const id = `scenario-${k}`;
        return (
          <div key={k} className="scenario-row">
            <label htmlFor={id}>{t(`scenario.${k}`)}</label>
            <input
              id={id}
              type="range"
              min={spec.min}
              max={spec.max}
              step={spec.step}
              value={scenario[k]}
              data-scenario={k}
              onChange={(e) => setInput(k, Number(e.target.value))}
            />
            <output htmlFor={id}>
              {spec.unit === 'year' ? String(scenario[k]) : formatNumber(scenario[k], locale, 1)}
            </output>
          </div>
        );
      })}
      <button type="button" onClick={reset}>
        {t('scenario.reset')}
      </button>
    </fieldset>
  );
}

const BaselineComparison = lazy(() => import('./compare'));

/** "Pin as baseline", or the comparison with the pinned baseline (loaded when one is pinned). */
function BaselineCompare() {
  const t = useT();
  const pinned = useApp((s) => s.baseline !== null);
  const pin = useApp((s) => s.pinBaseline);
  if (pinned)
    return (
      <Suspense fallback={<Pending />}>
        <BaselineComparison />
      </Suspense>
    );
  return (
    <p className="compare-pin">
      <button type="button" data-action="pin-baseline" onClick={pin}>
        {t('compare.pin')}
      </button>
    </p>
  );
}

const selectGaugeYear = (s: AppState) => s.gaugeYear;

/** Ten model runs: it follows the gauge in a transition (deferred input), so a what-if step paints first. */
function Sensitivity() {
  const input = useDeferredModelInput();
  const year = useAppTransition(selectGaugeYear);
  const t = useT();
  const locale = useLocale();
  const rows = useMemo(() => sensitivity(input, year), [input, year]);
  const max = Math.max(1, ...rows.map((r) => r.swing));
  const pts = (v: number | null) => (v === null ? '–' : formatPoints(v, locale));
  // Years are labels, not quantities: no digit grouping ("2029", not "2,029").
  const inputText = (key: ScenarioKey, v: number) =>
    SCENARIO_SPECS[key].unit === 'year' ? String(v) : formatNumber(v, locale, 1);
  return (
    <section className="sensitivity" aria-labelledby="sensitivity-title">
      <h3 id="sensitivity-title">{t('sensitivity.title')}</h3>
      <ol>
        {rows.map((r) => (
          <li key={r.key} data-sensitivity={r.key}>
            <span className="sens-label">
              {t('sensitivity.row', {
                input: t(`scenario.${r.key}`),
                low: inputText(r.key, r.low),
                high: inputText(r.key, r.high),
                atLow: pts(r.atLow),
                atHigh: pts(r.atHigh),
              })}
            </span>
            <span className="sens-bar" style={{ width: `${(100 * r.swing) / max}%` }} aria-hidden="true" />
            <span className="muted">{t('sensitivity.swing', { points: formatPoints(r.swing, locale) })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

const GaugeInner = memo(function GaugeInner({ compact = false }: { compact?: boolean }) {
  const reading = useGaugeReading();
  const { year } = reading;
  const setYear = useApp((s) => s.setGaugeYear);
  const resetWeights = useApp((s) => s.resetWeights);
  const version = useApp((s) => s.builtin.thresholds?.methodVersion ?? 'v1');
  const t = useT();
  const locale = useLocale();
  const { result } = reading;
  // Why there is no number, if there is none: no weight, no data, or too few components with data.
  const problem = !result.ok
    ? t(result.reason === 'no-weight' ? 'gauge.noWeight' : 'gauge.noData')
    : reading.insufficient
      ? t('gauge.insufficient', { min: MIN_COVERAGE })
      : null;
  const value = result.ok && problem === null ? result.value : null;
  const contributions = value === null ? ZERO_CONTRIBUTIONS : result.contributions;
  const head = value === null ? null : headline(value);
  const rounded = head?.shown ?? 0;
  const band = head?.band ?? null;
  const bandText = band ? t(`band.${band}`) : '';
  const yrs = t('unit.yearsShort');
  // Components with data, whatever their weight (all weights at zero still leaves the data there).
  const covered = COMPONENT_IDS.filter((id) => reading.components[id].score !== null).length;
  // The trackers' composite reading: how many gauges are "red" at once (boomorbubble.ai).
  const redCount = COMPONENT_IDS.filter((id) => (reading.components[id].score ?? 0) >= RED_SCORE).length;
  const yearLabel = year > LAST_DATA_YEAR ? t('gauge.projectionYear', { year }) : String(year);
  const mainRef = useRef<HTMLDivElement>(null);
  const breakdownRef = useRef<HTMLDivElement>(null);
  const title = t('gauge.title');

  return (
    <section className={`gauge${compact ? ' gauge-compact' : ''}`} aria-labelledby="gauge-title">
      <div className="gauge-main" ref={mainRef}>
        {/* The exported picture has its own title line. */}
        <h2 id="gauge-title" data-export-skip="">
          {title}
        </h2>
        {compact ? null : (
          <div className="gauge-actions">
            <GaugeExportMenu parts={() => [mainRef.current, breakdownRef.current]} />
            <StoryAdd panel="gauge" />
          </div>
        )}
        {/* biome-ignore lint/a11y/useSemanticElements: the contract is role="meter" on a container that holds the dial and the number */}
        <div
          data-testid="pressure-gauge"
          role="meter"
          aria-label={t('gauge.label', { year })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={rounded}
          aria-valuetext={
            value === null
              ? (problem ?? '')
              : t('gauge.valuetext', { value: formatPoints(rounded, locale), band: bandText })
          }
          data-band={band ?? ''}
          className="meter"
        >
          <Dial value={value} />
          <div className="gauge-number">
            <span className="big">{value === null ? '–' : formatPoints(rounded, locale)}</span>
            {band ? (
              <span className="band" style={{ borderColor: BAND_COLORS[band] }}>
                {bandText}
              </span>
            ) : null}
          </div>
        </div>
        <ImportedMarker datasets={GAUGE_DATASETS} dated={GAUGE_MARKER_DATED} />
        <BaselineCompare />
        {problem !== null ? (
          <p className="gauge-warning" role="alert">
            {problem}
          </p>
        ) : null}
        <p className="gauge-meta">
          <label>
            {t('gauge.asOfYear')}{' '}
            <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-gauge-year="">
              {GAUGE_YEARS.map((y) => (
                <option key={y} value={y}>
                  {y > LAST_DATA_YEAR ? t('gauge.projectionYear', { year: y }) : y}
                </option>
              ))}
            </select>
          </label>{' '}
          · <span className="method-version">{t('gauge.method', { version })}</span>
          {' · '}
          <span className="muted">
            {t('gauge.coverage', { count: covered, total: COMPONENT_IDS.length })}
          </span>
        </p>
        <p className="gauge-red small" data-red-count={redCount}>
          {t('gauge.redCount', { count: redCount, total: COMPONENT_IDS.length })}{' '}
          <a href="#source-boomorbubble" className="muted">
            [boomorbubble]
          </a>
        </p>
        <Suspense fallback={<Pending />}>
          <HistorySentence />
        </Suspense>
        <p className="sr-only">{yearLabel}</p>
      </div>
      {compact ? null : (
        <>
          <div className="gauge-breakdown" ref={breakdownRef}>
            <h3>{t('gauge.breakdown')}</h3>
            <div className="stack" aria-hidden="true">
              {COMPONENT_IDS.map((id) => {
                const c = contributions[id];
                return c > 0 ? (
                  <span
                    key={id}
                    style={{ width: `${c}%`, background: COMPONENT_COLORS[id] }}
                    title={t(`component.${id}`)}
                  />
                ) : null;
              })}
            </div>
            <table className="breakdown-table">
              <thead>
                <tr>
                  <th scope="col">{t('gauge.col.component')}</th>
                  <th scope="col">{t('gauge.col.metric')}</th>
                  <th scope="col">{t('gauge.col.score')}</th>
                  <th scope="col">{t('gauge.col.weight')}</th>
                  <th scope="col">{t('gauge.col.points')}</th>
                </tr>
              </thead>
              <tbody>
                {COMPONENT_IDS.map((id) => {
                  const c = reading.components[id];
                  const points = contributions[id];
                  return (
                    <tr key={id} data-component={id} data-contribution={points.toFixed(2)}>
                      <th scope="row">
                        <span
                          className="swatch"
                          style={{ background: COMPONENT_COLORS[id] }}
                          aria-hidden="true"
                        />
                        {t(`component.${id}`)} <PanelLink panel={COMPONENT_PANEL[id]} />
                      </th>
                      <td className="metric-cell c-metric">
                        {c.metrics.map((m) => (
                          <div key={m.metric}>{metricText(m, locale, yrs, t)}</div>
                        ))}
                      </td>
                      <td className="num c-score">
                        <span className="mobile-label">{t('gauge.col.score')} </span>
                        {c.score === null ? '–' : formatNumber(c.score, locale, 2)}
                      </td>
                      <td className="c-weight">
                        <WeightInput id={id} />
                      </td>
                      <td className="num c-points">
                        {formatPoints(points, locale)}
                        <span className="mobile-label"> {t('gauge.col.points')}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    {t('gauge.total')}
                  </th>
                  <td className="num">{value === null ? '–' : formatPoints(rounded, locale)}</td>
                </tr>
              </tfoot>
            </table>
            <button type="button" onClick={resetWeights}>
              {t('gauge.resetWeights')}
            </button>
          </div>
          <div className="gauge-side">
            <ScenarioInputs />
            <Sensitivity />
          </div>
          <MethodNote />
        </>
      )}
    </section>
  );
});

/** The gauge with its own error boundary: a failure shows a message, never a blank page. */
export function Gauge({ compact = false }: { compact?: boolean }) {
  const t = useT();
  return (
    <ErrorBoundary
      fallback={(e) => (
        <section className="gauge">
          <h2>{t('gauge.title')}</h2>
          <p className="gauge-warning">{t('notice.panelError', { message: e.message })}</p>
        </section>
      )}
    >
      <GaugeInner compact={compact} />
    </ErrorBoundary>
  );
}
