/**
 * The two meters and what they are made of, in ONE markup for every place the gauge is drawn: the
 * dashboard's headline band, the room slide (present mode), the embed and the gauge picture (SVG/PNG).
 * Each meter is a `role="meter"` with `data-index="buildup"` or `data-index="stress"` (public contract);
 * one sentence reads the two together, one says what year they read and from what, and each index's
 * parts form a contribution bar with names and points (they add up to the reading).
 */
import { formatPoints } from '../domain/format';
import {
  GAUGE_INDEXES,
  type GaugeIndexReading,
  type GaugeReading,
  type IndexId,
  isProjectionYear,
  levelOf,
  MIN_AI_BUILDUP,
  readingSources,
  togetherKey,
} from '../domain/gauge-v2';
import { BANDS } from '../domain/pressure';
import { useLocale, useT } from '../store/react';
import { BAND_COLORS, PART_COLORS } from './colors';
import { type GaugeTranslate, useGT } from './use-gauge';

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

/** The half-dial: bands, the needle at the reading and, with a baseline, a thin needle marked B. */
export function Dial({ value, base = null }: { value: number | null; base?: number | null }) {
  const [nx, ny] = polar(value ?? 0, R - 14);
  const [bx, by] = polar(base ?? 0, R + 6);
  const [bx0, by0] = polar(base ?? 0, R - 30);
  const [tx, ty] = polar(base ?? 0, R + 16);
  return (
    <svg viewBox="-4 -14 208 126" className="dial" aria-hidden="true">
      {BANDS.map((b) => (
        <path key={b.band} d={arc(b.from, b.to)} stroke={BAND_COLORS[b.band]} strokeWidth="16" fill="none" />
      ))}
      {base !== null ? (
        <g className="dial-base" data-base-needle="">
          <line x1={bx0} y1={by0} x2={bx} y2={by} strokeWidth="2.5" strokeDasharray="4 3" />
          <text x={tx} y={ty + 4} textAnchor="middle" className="dial-base-label">
            B
          </text>
        </g>
      ) : null}
      {value !== null ? (
        <>
          <line x1={CX} y1={CY} x2={nx} y2={ny} className="needle" strokeWidth="4" strokeLinecap="round" />
          <circle cx={CX} cy={CY} r="7" className="needle-hub" />
        </>
      ) : null}
    </svg>
  );
}

/** The reading a meter shows: null while the market-wide parts are computed, or without a number. */
export function shownOf(g: GaugeReading, index: IndexId): number | null {
  const r = g[index];
  return g.market === 'pending' || r.problem !== null ? null : r.shown;
}

export function problemText(gt: GaugeTranslate, g: GaugeReading, index: IndexId): string | null {
  const r = g[index];
  const name = gt(`g.index.${index}`);
  if (r.problem === 'no-weight') return gt('g.noWeight', { index: name });
  if (r.problem === 'no-data') return gt('g.noData', { index: name });
  if (r.problem === 'insufficient') return gt('g.insufficient', { year: g.year, min: MIN_AI_BUILDUP });
  return null;
}

export function yearText(gt: GaugeTranslate, year: number): string {
  return gt(isProjectionYear(year) ? 'g.yearProjection' : 'g.year', { year });
}

/** One meter: dial, name, the reading with one decimal and its band in words (and B with a baseline). */
export function IndexMeter({
  g,
  index,
  base = null,
}: {
  g: GaugeReading;
  index: IndexId;
  base?: number | null;
}) {
  const t = useT();
  const gt = useGT();
  const locale = useLocale();
  const r: GaugeIndexReading = g[index];
  const shown = shownOf(g, index);
  const band = shown === null ? null : r.shownBand;
  const bandText = band ? t(`band.${band}`) : '';
  const name = gt(`g.index.${index}`);
  const valuetext =
    shown === null
      ? g.market === 'pending'
        ? gt('g.pending')
        : (problemText(gt, g, index) ?? '')
      : gt('g.valuetext', { value: formatPoints(shown, locale), band: bandText });
  return (
    // biome-ignore lint/a11y/useSemanticElements: the contract is role="meter" on a container that holds the dial and the number
    <div
      role="meter"
      data-index={index}
      {...(index === 'buildup' ? { 'data-testid': 'pressure-gauge' } : {})}
      aria-label={gt('g.meter', { index: name, year: g.year })}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={shown ?? 0}
      aria-valuetext={valuetext}
      aria-busy={g.market === 'pending' || undefined}
      data-band={band ?? ''}
      data-value={shown === null ? '' : shown.toFixed(1)}
      className="index-meter"
    >
      <Dial value={shown} base={base} />
      <div className="im-text">
        <span className="im-name">
          {name} <span className="im-hint">{gt(`g.hint.${index}`)}</span>
        </span>
        <span className="im-reading">
          <span className="im-big">{shown === null ? '–' : formatPoints(shown, locale)}</span>
          {band ? (
            <span className="band im-band" style={{ borderColor: BAND_COLORS[band] }}>
              {bandText}
            </span>
          ) : g.market === 'pending' ? (
            <span className="im-pending muted">{gt('g.pending')}</span>
          ) : null}
        </span>
        {base !== null ? (
          <span className="im-base" data-base={base.toFixed(1)}>
            {gt('g.base', { value: formatPoints(base, locale) })}
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** "Build-up high, stress low: stretched, no cracks yet." (nothing while a reading is missing) */
export function togetherText(gt: GaugeTranslate, g: GaugeReading): string | null {
  const b = shownOf(g, 'buildup') === null ? null : g.buildup.shownBand;
  const s = shownOf(g, 'stress') === null ? null : g.stress.shownBand;
  if (!b || !s) return null;
  return gt('g.together', {
    buildup: gt('g.together.buildup', { level: gt(`g.level.${levelOf(b)}`) }),
    stress: gt('g.together.stress', { level: gt(`g.level.${levelOf(s)}`) }),
    verdict: gt(`g.verdict.${togetherKey(b, s)}`),
  });
}

/** What year the meters read and from what: reported figures, guidance, what-if inputs, history quarter. */
export function readsText(gt: GaugeTranslate, g: GaugeReading): string {
  const words = readingSources(g.reading).map((s) => gt(`g.source.${s}`));
  const sources =
    words.length <= 1
      ? (words[0] ?? '')
      : `${words.slice(0, -1).join(gt('g.list'))}${gt('g.and')}${words[words.length - 1]}`;
  const year = yearText(gt, g.year);
  if (g.market === 'pending') return gt('g.readsPending', { year, sources });
  if (g.market === 'missing') return gt('g.readsMissing', { year, sources });
  const qb = g.buildup.quarter ?? '–';
  const qs = g.stress.quarter ?? '–';
  const quarters = qb === qs ? qb : gt('g.quarters', { buildup: qb, stress: qs });
  return gt('g.reads', { year, sources, quarters });
}

/** Each index's parts as one stacked bar (0–100) and a list of names and points, market-wide first. */
export function ContributionBars({ g }: { g: GaugeReading }) {
  const gt = useGT();
  const locale = useLocale();
  return (
    <div className="contrib">
      {GAUGE_INDEXES.map((index) => {
        const r = g[index];
        const shown = shownOf(g, index);
        const parts = r.parts;
        return (
          <div key={index} className="contrib-index" data-contrib={index}>
            <div className="contrib-head">
              <span className="contrib-name">{gt(`g.index.${index}`)}</span>
              <span className="contrib-track" aria-hidden="true">
                {shown === null
                  ? null
                  : parts.map((p) =>
                      (p.points ?? 0) > 0 ? (
                        <span
                          key={p.id}
                          className="contrib-seg"
                          style={{ width: `${p.points}%`, background: PART_COLORS[p.id] }}
                        />
                      ) : null,
                    )}
              </span>
              <span className="contrib-total">{shown === null ? '–' : formatPoints(shown, locale)}</span>
            </div>
            <ul
              className="contrib-list"
              aria-label={gt('g.barLabel', {
                index: gt(`g.index.${index}`),
                value: shown === null ? '–' : formatPoints(shown, locale),
              })}
            >
              {parts.map((p, i) => {
                const first = i === 0 || parts[i - 1]?.group !== p.group;
                const points = shown === null ? null : p.points;
                return (
                  <li
                    key={p.id}
                    data-component={p.id}
                    data-group={p.group}
                    data-contribution={points === null ? '' : points.toFixed(2)}
                    className={first ? 'contrib-first' : undefined}
                  >
                    {first ? (
                      <span className="contrib-group">
                        {gt('g.groupLabel', {
                          group:
                            p.group === 'market'
                              ? gt('g.groupQuarter', { quarter: r.quarter ?? '…' })
                              : gt('g.groupYear', { year: g.year }),
                        })}
                      </span>
                    ) : null}
                    <span className="swatch" style={{ background: PART_COLORS[p.id] }} aria-hidden="true" />
                    {gt(`g.part.${p.id as 'valuation'}`)}{' '}
                    <b className="contrib-pts">
                      {points === null
                        ? p.score === null
                          ? gt('g.noPoints')
                          : '–'
                        : formatPoints(points, locale)}
                    </b>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

/**
 * The headline: both meters, the sentence that reads them together, what they read, the contribution
 * bars and (for pictures and slides) the method and source line. `bases`: the baseline's readings.
 */
export function GaugeHeadline({
  g,
  bases = null,
  sourceLine = null,
}: {
  g: GaugeReading;
  bases?: Record<IndexId, number | null> | null;
  sourceLine?: string | null;
}) {
  const gt = useGT();
  const together = togetherText(gt, g);
  const problems = GAUGE_INDEXES.map((i) => problemText(gt, g, i)).filter((x): x is string => x !== null);
  return (
    <div className="gauge-headline">
      <div className="gh-meters">
        {GAUGE_INDEXES.map((index) => (
          <IndexMeter key={index} g={g} index={index} base={bases ? bases[index] : null} />
        ))}
      </div>
      <div className="gh-why">
        {together ? (
          <p
            className="gh-together"
            data-together={togetherKey(g.buildup.shownBand ?? 'calm', g.stress.shownBand ?? 'calm')}
          >
            {together}
          </p>
        ) : null}
        {[...new Set(problems)].map((p) => (
          <p key={p} className="gauge-warning" role="alert">
            {p}
          </p>
        ))}
        <p className="gh-reads small" data-reads-year={g.year}>
          {readsText(gt, g)}
        </p>
      </div>
      <ContributionBars g={g} />
      {sourceLine ? <p className="gh-source small muted">{sourceLine}</p> : null}
    </div>
  );
}
