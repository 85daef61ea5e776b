import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { localLabel } from '../../data/localise';
import { type PlottedFigure, referenceFigures } from '../../domain/export/plotted';
import { formatDate, formatPercent, formatUsdBn } from '../../domain/format';
import { isIssuerId } from '../../domain/ids';
import { matchesSelection } from '../../domain/series';
import { useApp, useLocale, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { useAxisTick } from '../chart/axis-font';
import { EndTick } from '../chart/end-tick';
import { WrappedTick } from '../chart/fit-label';
import { fillProps, useChartHeight } from '../chart/height';
import { ChartSizer } from '../chart/size';
import { barPaint, DIMMED, entityColor, MARK_STYLES } from '../chart/style';
import { EventList } from '../event-list';
import { IssuerChips } from '../issuer-chips';
import { usePanelEvents } from '../use-panel-events';
import { prepareSpv, type StackPart } from './prepare';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A footnote number as superscript digits (¹, ², … ¹⁰). */
const sup = (n: number) => [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join('');

/** The key a part's segment is drawn under: its fixture and series (`bonds/alphabet`, `spv/hyperion`). */
const partKey = (p: StackPart) => `${p.dataset}/${p.id}`;

/** A reference line's label above the plot, ending at the line; `row` 0 is the upper of two rows. */
function lineLabel(text: string, row: 0 | 1) {
  return (props: unknown) => {
    const vb = (props as { viewBox?: { x?: number; y?: number } }).viewBox;
    if (!vb || vb.x === undefined || vb.y === undefined) return null;
    return (
      <text x={vb.x + 4} y={vb.y - 6 - (1 - row) * 14} textAnchor="end" className="annotation">
        {text}
      </text>
    );
  };
}

/** Bonds by issuer and vehicles by sponsor colour, each labelled; the two bars are never added together. */
export default function SpvPanel() {
  const datasets = useApp(selectDatasets);
  const selection = useApp((s) => s.selection);
  const toggle = useApp((s) => s.toggleSelection);
  const t = useT();
  const events = usePanelEvents('spv');
  const height = useChartHeight(250);
  const locale = useLocale();
  const data = useMemo(() => prepareSpv(datasets), [datasets]);
  const rows = useMemo(() => {
    const on: Record<string, number | string> = { name: t('spv.onBalance') };
    for (const p of data.bonds) on[partKey(p)] = p.value;
    const off: Record<string, number | string> = { name: t('spv.offBalance') };
    for (const p of data.vehicles) off[partKey(p)] = p.value;
    return [on, off];
  }, [data, t]);
  const fmt = (v: number) => formatUsdBn(v, locale);
  // Footnotes, numbered in drawing order: the two reference lines, then each part that carries a caveat
  // (Hyperion's SPV bond, anything not reported). Each number is on the chart and under it.
  const notes = useMemo(() => {
    const kindWord = (k: StackPart['kind']) => t(`kind.${k}`).toLocaleLowerCase(locale);
    const lines: { id: string; text: string }[] = [];
    if (data.articleTotal !== null) lines.push({ id: 'article', text: t('spv.fn.article') });
    if (data.ftCount !== null) lines.push({ id: 'ft', text: t('spv.fn.ft') });
    const parts: { id: string; text: string }[] = [];
    for (const p of [...data.bonds, ...data.vehicles]) {
      const label = localLabel(p, locale);
      const amount = formatUsdBn(p.value, locale);
      if (p.dataset === 'spv' && p.id === 'hyperion')
        parts.push({ id: partKey(p), text: t('spv.fn.hyperion', { label }) });
      if (p.kind !== 'reported')
        parts.push({
          id: partKey(p),
          text:
            p.count > 1
              ? t('spv.fn.kindSum', { label, amount, count: p.count, kind: kindWord(p.kind) })
              : t('spv.fn.kind', { label, amount, kind: kindWord(p.kind) }),
        });
    }
    const all = [...lines, ...parts].map((n, i) => ({ ...n, n: i + 1 }));
    // The numbers each mark carries (a part may have two notes).
    const marks = new Map<string, string>();
    for (const n of all) marks.set(n.id, (marks.get(n.id) ?? '') + sup(n.n));
    return { all, marks };
  }, [data, t, locale]);
  const parts = [
    ...data.bonds.map((p) => ({ ...p, key: partKey(p), row: 0, vehicle: false })),
    ...data.vehicles.map((p) => ({ ...p, key: partKey(p), row: 1, vehicle: true })),
  ];
  // The CSV: each stacked part under its bar's name, and the two reference lines.
  const figures = useMemo(() => {
    const out: PlottedFigure[] = [
      ...data.bonds.map((p) => ({ p, bar: t('spv.onBalance') })),
      ...data.vehicles.map((p) => ({ p, bar: t('spv.offBalance') })),
    ].map(({ p, bar }) => ({
      period: p.period,
      series: `${bar}: ${p.label}`,
      value: p.value,
      unit: 'usd-bn',
      // The kind the bar is drawn in: a sum of several figures takes the weakest of them (no source of
      // its own, so the CSV's source column says it is computed).
      kind: p.kind,
      sourceId: p.sourceId,
    }));
    out.push(
      ...referenceFigures(datasets.spv, [
        ['article-total', t('spv.article')],
        ['ft-count', t('spv.ft')],
      ]),
    );
    return out;
  }, [data, datasets.spv, t]);
  usePublishPlotted('spv', figures);
  const tick = useAxisTick();
  const articleText = `${t('spv.article')}${notes.marks.get('article') ?? ''}`;
  const ftText = `${t('spv.ft')}${notes.marks.get('ft') ?? ''}`;
  return (
    <>
      <ChartSizer height={height}>
        <BarChart
          accessibilityLayer={false}
          {...fillProps(height)}
          data={rows}
          layout="vertical"
          margin={{ top: 34, right: 24, bottom: 4, left: 8 }}
        >
          <CartesianGrid horizontal={false} className="grid" />
          <XAxis
            tick={(p: object) => <EndTick {...(p as Parameters<typeof EndTick>[0])} {...tick} />}
            fontSize={tick.fontSize}
            type="number"
            domain={[0, 160]}
            ticks={[0, 40, 80, 120, 160]}
            // The last label ends at its gridline (EndTick), half a label left of where Recharts measures
            // it: a gap of about half a long label drops a middle tick before it would touch the last.
            interval="preserveStartEnd"
            minTickGap={Math.round(tick.fontSize * 5)}
            tickFormatter={fmt}
          />
          {/* Names wrap within about 12 characters' room at the axis font's size, not a width in pixels. */}
          <YAxis
            tick={(p: object) => <WrappedTick {...p} room={Math.round(tick.fontSize * 12) - 8} {...tick} />}
            type="category"
            dataKey="name"
            width={Math.round(tick.fontSize * 12)}
          />
          {/* Both labels sit above the plot, each ending at its own line on its own row: never on a bar. */}
          {data.articleTotal !== null ? (
            <ReferenceLine
              x={data.articleTotal}
              className="threshold-line"
              strokeDasharray="4 4"
              label={lineLabel(articleText, 0)}
            />
          ) : null}
          {data.ftCount !== null ? (
            <ReferenceLine
              x={data.ftCount}
              className="threshold-line"
              strokeDasharray="2 4"
              label={lineLabel(ftText, 1)}
            />
          ) : null}
          {parts.map((p) => {
            const dim = selection !== null && !matchesSelection({ id: p.id, entity: p.entity }, selection);
            const paint = barPaint(p.kind, entityColor(p.entity), dim ? DIMMED / 0.9 : 1);
            const hollow = MARK_STYLES[p.kind].hollow;
            const mark = notes.marks.get(p.key) ?? '';
            return (
              <Bar
                key={p.key}
                dataKey={p.key}
                name={localLabel(p, locale)}
                stackId="s"
                isAnimationActive={false}
                cursor="pointer"
                onClick={() => {
                  const id = p.vehicle ? p.entity : p.id;
                  if (isIssuerId(id)) toggle(id);
                }}
              >
                {rows.map((_, i) => (
                  // Only the part's own bar has a value; the other row draws nothing.
                  <Cell
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per (fixed) row
                    key={i}
                    {...paint}
                    data-mark-series={i === p.row ? p.key : undefined}
                    data-mark-period={i === p.row ? String(p.period) : undefined}
                  />
                ))}
                <LabelList
                  dataKey={p.key}
                  content={(l) => {
                    const { x, y, width, height, value } = l as {
                      x?: number;
                      y?: number;
                      width?: number;
                      height?: number;
                      value?: unknown;
                    };
                    if (typeof value !== 'number' || !width || width < 1) return null;
                    const text = dim ? '' : fmt(value);
                    const cx = (x ?? 0) + width / 2;
                    const cy = (y ?? 0) + (height ?? 0) / 2;
                    return (
                      <g>
                        {/* The value only where the segment is wide enough to hold it. */}
                        {text && width >= text.length * 7 + 6 ? (
                          <text
                            x={cx}
                            y={cy}
                            className={hollow ? 'bar-label-out' : 'bar-label'}
                            textAnchor="middle"
                            dominantBaseline="middle"
                          >
                            {text}
                          </text>
                        ) : null}
                        {/* Its footnote number in the segment's top corner, under the chart's notes. */}
                        {mark ? (
                          <text
                            x={(x ?? 0) + width - 2}
                            y={(y ?? 0) + 11}
                            className={hollow ? 'footnote-mark' : 'footnote-mark on-fill'}
                            textAnchor="end"
                            data-footnote-mark={p.key}
                          >
                            {mark}
                          </text>
                        ) : null}
                      </g>
                    );
                  }}
                />
              </Bar>
            );
          })}
        </BarChart>
      </ChartSizer>
      <IssuerChips
        ids={[...data.bonds.map((p) => p.id), ...data.vehicles.map((p) => p.id)]}
        colorOf={(id) => entityColor(data.vehicles.find((v) => v.id === id)?.entity ?? id)}
      />
      <ul className="deal-list spv-parts" aria-label={t('spv.parts')}>
        {parts.map((p) => {
          const paint = barPaint(p.kind, entityColor(p.entity));
          return (
            <li
              key={p.key}
              className={
                selection !== null && !matchesSelection({ id: p.id, entity: p.entity }, selection)
                  ? 'dim'
                  : undefined
              }
            >
              <svg width="14" height="10" aria-hidden="true">
                <rect x="1" y="1" width="12" height="8" {...paint} data-mark-kind={undefined} />
              </svg>{' '}
              {t('spv.part', { label: localLabel(p, locale), amount: fmt(p.value) })}
              {p.kind === 'reported' ? null : <span className="muted"> ({t(`kind.${p.kind}`)})</span>}
              {notes.marks.get(p.key) ? (
                <span className="chart-notes-mark">{`\u00a0${notes.marks.get(p.key)}`}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="panel-note">
        {t('spv.totals', {
          onLabel: t('spv.onBalance'),
          on: fmt(data.bondsTotal),
          offLabel: t('spv.offBalance'),
          off: fmt(data.vehiclesTotal),
        })}{' '}
        {t('spv.caveat')}{' '}
        {data.gauge ? (
          <span data-spv-gauge={data.gauge.value.toFixed(1)}>
            {t('spv.gauge', {
              spv: fmt(data.gauge.spv),
              bonds: fmt(data.gauge.bonds),
              pct: formatPercent(data.gauge.value, locale, 1),
            })}{' '}
          </span>
        ) : null}
        {data.excluded.map((x) => (
          <span key={x.id} data-spv-excluded={x.id}>
            {t(x.reason === 'outside' ? 'spv.outside' : 'spv.secondaryOut', {
              label: localLabel(x, locale),
              amount: fmt(x.value),
            })}
            {x.reason === 'outside' && x.kind === 'secondary'
              ? `${locale === 'zh-TW' ? '' : ' '}${t('spv.outsideSecondary')}`
              : ''}{' '}
          </span>
        ))}
        {data.later.map((l) => (
          <span key={l.id} data-later={l.id}>
            {t('spv.later', {
              label: localLabel(l, locale),
              date: typeof l.period === 'number' ? String(l.period) : formatDate(l.period, locale),
              amount: fmt(l.value),
            })}{' '}
          </span>
        ))}
      </p>
      <ol className="chart-notes" aria-label={t('spv.notes')}>
        {notes.all.map((n) => (
          <li key={n.n} data-footnote={n.n}>
            <span className="chart-notes-mark" aria-hidden="true">
              {sup(n.n)}
            </span>{' '}
            {n.text}
          </li>
        ))}
      </ol>
      <EventList events={events} />
    </>
  );
}
