/**
 * What-if and weights (one click from the headline): each part's weight (a slider whose middle mark is
 * the default 1, and a box for any weight up to 100; a typed weight outside 0–100 is refused with a
 * message, never clamped), the what-if inputs (an input the year's reading does not use says so), and
 * which input moves each index most.
 */
import { useId, useMemo, useState } from 'react';
import { formatNumber, formatPoints } from '../domain/format';
import {
  DEFAULT_PART_WEIGHT,
  GAUGE_INDEXES,
  type GaugeComponentId,
  type GaugeReading,
  partsOf,
  scenarioUse,
  sensitivityV2,
} from '../domain/gauge-v2';
import { MAX_WEIGHT } from '../domain/pressure';
import { SCENARIO_KEYS, SCENARIO_SPECS, type ScenarioKey } from '../domain/scenario';
import { useApp, useAppTransition, useLocale, useT } from '../store/react';
import type { AppState } from '../store/types';
import { PART_COLORS } from './colors';
import { type MarketSource, useGT, useMarketHistory } from './use-gauge';
import { useDeferredModelInput, useModelInput } from './use-model';

/** Slider positions: 0–10 are weights 0–1 in tenths, 11–19 are weights 2–10 (10 = the default 1, the middle). */
export const SLIDER_STEPS = 19;
export function weightOfPosition(p: number): number {
  return p <= 10 ? p / 10 : p - 9;
}
export function positionOfWeight(w: number): number {
  return w <= 1 ? Math.round(w * 10) : Math.min(SLIDER_STEPS, Math.round(w) + 9);
}

/** A typed weight: a number from 0 to MAX_WEIGHT, or null (refused). */
export function parseWeightInput(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '' || !/^[+]?\d*\.?\d+$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) && v >= 0 && v <= MAX_WEIGHT ? v : null;
}

function WeightInput({ id }: { id: GaugeComponentId }) {
  const weight = useApp((s) => s.weights[id]);
  const setWeight = useApp((s) => s.setWeight);
  const gt = useGT();
  const locale = useLocale();
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const msgId = useId();
  const label = gt('g.weightFor', { part: gt(`g.part.${id}`) });
  return (
    <span className="weight-input">
      <input
        type="range"
        min={0}
        max={SLIDER_STEPS}
        step={1}
        list="gauge-weight-default"
        value={positionOfWeight(weight)}
        aria-label={label}
        aria-valuetext={formatNumber(weight, locale, 2)}
        onChange={(e) => {
          setDraft(null);
          setRefused(null);
          setWeight(id, weightOfPosition(Number(e.target.value)));
        }}
      />
      <input
        type="text"
        inputMode="decimal"
        value={draft ?? String(weight)}
        aria-label={label}
        aria-invalid={refused !== null || undefined}
        aria-describedby={refused !== null ? msgId : undefined}
        data-weight={id}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (text.trim() === '') return;
          const v = parseWeightInput(text);
          if (v === null) setRefused(text);
          else {
            setRefused(null);
            setWeight(id, v);
          }
        }}
        onBlur={() => {
          if (refused === null) setDraft(null);
        }}
      />
      {weight === DEFAULT_PART_WEIGHT && refused === null ? (
        <span className="weight-default muted small">{gt('g.weightDefault')}</span>
      ) : null}
      {refused !== null ? (
        <span id={msgId} className="weight-refused small" role="alert" data-weight-refused={id}>
          {gt('g.weightRange', { value: refused })}
        </span>
      ) : null}
    </span>
  );
}

function Weights({ g }: { g: GaugeReading }) {
  const gt = useGT();
  const locale = useLocale();
  const reset = useApp((s) => s.resetWeights);
  return (
    <fieldset className="gauge-weights">
      <legend>{gt('g.weights')}</legend>
      <datalist id="gauge-weight-default">
        <option value={positionOfWeight(DEFAULT_PART_WEIGHT)} />
      </datalist>
      <p className="small muted">{gt('g.weightHint')}</p>
      {GAUGE_INDEXES.map((index) => (
        <table key={index} className="weights-table" data-weights-index={index}>
          <caption>{gt(`g.index.${index}`)}</caption>
          <tbody>
            {partsOf(index).map((id) => {
              const p = g[index].parts.find((x) => x.id === id);
              return (
                <tr key={id} data-weight-row={id}>
                  <th scope="row">
                    <span className="swatch" style={{ background: PART_COLORS[id] }} aria-hidden="true" />
                    {gt(`g.part.${id}`)}
                  </th>
                  <td>
                    <WeightInput id={id} />
                  </td>
                  <td className="num">
                    {p?.points === null || p?.points === undefined ? '–' : formatPoints(p.points, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
      <button type="button" onClick={reset}>
        {gt('g.resetWeights')}
      </button>
    </fieldset>
  );
}

const inputText = (key: ScenarioKey, v: number, locale: string) =>
  SCENARIO_SPECS[key].unit === 'year' ? String(v) : formatNumber(v, locale, 1);

function ScenarioInputs({ year }: { year: number }) {
  const scenario = useApp((s) => s.scenario);
  const setInput = useApp((s) => s.setScenarioInput);
  const reset = useApp((s) => s.resetScenario);
  const input = useModelInput();
  const _t = useT();
  const gt = useGT();
  const locale = useLocale();
  const used = useMemo(() => scenarioUse(input, year), [input, year]);
  return (
    <fieldset className="scenario">
      <legend>{gt('g.whatIf')}</legend>
      {SCENARIO_KEYS.map((k) => {
        const spec = SCENARIO_SPECS[k];
        const id = `scenario-${k}`;
        return (
          <div key={k} className="scenario-row" data-scenario-used={used[k] ? 'yes' : 'no'}>
            <label htmlFor={id}>
              {gt(`g.scenario.${k}`)}
              {used[k] ? null : <span className="scenario-unused small">{gt('g.unused', { year })}</span>}
            </label>
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
            <output htmlFor={id}>{inputText(k, scenario[k], locale)}</output>
          </div>
        );
      })}
      <button type="button" onClick={reset}>
        {gt('g.resetScenario')}
      </button>
    </fieldset>
  );
}

const selectYear = (s: AppState) => s.gaugeYear;
const selectWeights = (s: AppState) => s.weights;

/** Each input at its low and high, the others as they are: both indices' swings (a transition). */
function Sensitivity({ market }: { market: MarketSource }) {
  const input = useDeferredModelInput();
  const year = useAppTransition(selectYear);
  const weights = useAppTransition(selectWeights);
  const { history } = useMarketHistory(market);
  const gt = useGT();
  const _t = useT();
  const locale = useLocale();
  const rows = useMemo(() => sensitivityV2(input, year, history, weights), [input, year, history, weights]);
  const max = Math.max(1, ...rows.flatMap((r) => [r.swing.buildup, r.swing.stress]));
  return (
    <section className="sensitivity" aria-labelledby="sensitivity-title">
      <h3 id="sensitivity-title">{gt('g.sens.title', { year })}</h3>
      <ol>
        {rows.map((r) => (
          <li key={r.key} data-sensitivity={r.key} data-used={r.used ? 'yes' : 'no'}>
            <span className="sens-label">
              {gt('g.sens.row', {
                input: gt(`g.scenario.${r.key}`),
                low: inputText(r.key, r.low, locale),
                high: inputText(r.key, r.high, locale),
              })}
            </span>
            {r.used ? (
              <>
                <span className="sens-bars" aria-hidden="true">
                  {GAUGE_INDEXES.map((i) => (
                    <span
                      key={i}
                      className={`sens-bar sens-${i}`}
                      style={{ width: `${(100 * r.swing[i]) / max}%` }}
                    />
                  ))}
                </span>
                <span className="muted small">
                  {gt('g.sens.swing', {
                    buildup: formatPoints(r.swing.buildup, locale),
                    stress: formatPoints(r.swing.stress, locale),
                  })}
                </span>
              </>
            ) : (
              <span className="muted small">{gt('g.sens.unused', { year })}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function GaugeAdjust({ g, market }: { g: GaugeReading; market: MarketSource }) {
  return (
    <div className="gauge-adjust-body">
      <Weights g={g} />
      <div className="gauge-adjust-side">
        <ScenarioInputs year={g.year} />
        <Sensitivity market={market} />
      </div>
    </div>
  );
}
