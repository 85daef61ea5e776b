/**
 * The dashboard's gauge (loaded right after first paint): the headline band that answers "how stretched,
 * how stressed, why" (both meters with bands, the sentence that reads them together, what year they read
 * and from what, and each index's parts as a contribution bar), then, one click away, the what-if and
 * weights, and the raw metrics, thresholds and method. A pinned baseline (B) shows on both dials and in a
 * comparison that names the inputs that differ.
 */
import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { GAUGE_DATED } from '../domain/dated-figures';
import { formatPoints } from '../domain/format';
import { GAUGE_METHOD_VERSION } from '../domain/gauge-ids';
import { setLatestGauge } from '../domain/gauge-latest';
import { GAUGE_INDEXES } from '../domain/gauge-v2';
import { HISTORY_SERIES } from '../domain/history-ids';
import { GAUGE_DATASETS } from '../domain/imports';
import { Pending, useApp, useLocale, useT } from '../store/react';
import { ImportedMarker } from '../ui/imported-marker';
import { StoryAdd } from '../ui/talk-add';
import { GAUGE_YEARS } from '../url/codec';
import { GaugeExportMenu } from './gauge-export';
import { GaugeHeadline, shownOf, yearText } from './meters';
import { type MarketSource, useBaselineGauge, useGaugeV2, useGT } from './use-gauge';

/** The dated series behind the meters (BBB spread, GDP) and history v2's market-wide parts. */
const GAUGE_MARKER_DATED = [...new Set([...GAUGE_DATED, ...HISTORY_SERIES])];

const GaugeAdjust = lazy(() => import('./gauge-adjust'));
const GaugeDetail = lazy(() => import('./gauge-detail'));
const BaselineComparison = lazy(() => import('./compare'));

/** A disclosure whose content is built (and its code loaded) on first opening. */
function Disclosure({
  name,
  summary,
  children,
}: {
  name: string;
  summary: string;
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={`gauge-disclosure gauge-${name}`}
      {...{ [`data-gauge-${name}`]: '' }}
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened ? <Suspense fallback={<Pending />}>{children()}</Suspense> : null}
    </details>
  );
}

function YearSelect() {
  const year = useApp((s) => s.gaugeYear);
  const setYear = useApp((s) => s.setGaugeYear);
  const _t = useT();
  const gt = useGT();
  return (
    <label className="gauge-year">
      {gt('g.readingFor')}{' '}
      <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-gauge-year="">
        {GAUGE_YEARS.map((y) => (
          <option key={y} value={y}>
            {yearText(gt, y)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `market`: history v2's run, handed over by the app (app/gauge-slot.tsx). */
export function GaugeBody({ compact = false, market }: { compact?: boolean; market: MarketSource }) {
  const g = useGaugeV2(market);
  const b = useBaselineGauge(market);
  const version = GAUGE_METHOD_VERSION;
  const pin = useApp((s) => s.pinBaseline);
  const gt = useGT();
  const headRef = useRef<HTMLDivElement>(null);
  const bases = b ? { buildup: shownOf(b, 'buildup'), stress: shownOf(b, 'stress') } : null;
  const t = useT();
  const locale = useLocale();
  // The readings in words, for the citation and the all-data ZIP (gauge/latest.ts).
  const summary = GAUGE_INDEXES.every((i) => shownOf(g, i) !== null)
    ? `${yearText(gt, g.year)}: ${GAUGE_INDEXES.map((i) => {
        const band = g[i].shownBand;
        return `${gt(`g.index.${i}`)} ${formatPoints(shownOf(g, i) ?? 0, locale)}${band ? ` (${t(`band.${band}`)})` : ''}`;
      }).join(', ')}`
    : null;
  useEffect(() => {
    if (!compact) setLatestGauge(g, summary);
  }, [g, summary, compact]);
  return (
    <>
      <div className="gauge-bar" data-export-skip="">
        <YearSelect />
        <span className="method-version small muted">{gt('g.method', { version })}</span>
        <ImportedMarker datasets={GAUGE_DATASETS} dated={GAUGE_MARKER_DATED} />
        {compact ? null : (
          <span className="gauge-actions">
            <GaugeExportMenu g={g} parts={() => [headRef.current]} />
            <StoryAdd panel="gauge" />
          </span>
        )}
      </div>
      <div ref={headRef} className="gauge-picture">
        <GaugeHeadline g={g} bases={bases} sourceLine={gt('g.sourceLine', { version })} />
      </div>
      {b ? (
        <Suspense fallback={<Pending />}>
          <BaselineComparison a={g} b={b} />
        </Suspense>
      ) : null}
      {compact ? null : (
        <div className="gauge-more">
          <Disclosure name="adjust" summary={gt('g.adjust')}>
            {() => <GaugeAdjust g={g} market={market} />}
          </Disclosure>
          <Disclosure name="detail" summary={gt('g.detail')}>
            {() => <GaugeDetail g={g} market={market} />}
          </Disclosure>
          {b ? null : (
            <button type="button" className="link-button" data-action="pin-baseline" onClick={pin}>
              {gt('g.pin')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
