import { formatPoints } from '../domain/format';
import { GAUGE_INDEXES } from '../domain/gauge-v2';
import { useLocale, useT } from '../store/react';
import { BAND_COLORS } from './colors';
import { shownOf } from './meters';
import { type MarketSource, useGaugeV2, useGT } from './use-gauge';

/** "2026: Build-up 53.6 High · Stress 12.0 Calm", each with its band colour; a link to the gauge. */
export function MiniGaugeBody({ market }: { market: MarketSource }) {
  const g = useGaugeV2(market);
  const _t = useT();
  const gt = useGT();
  const locale = useLocale();
  return (
    <a className="mini-gauge" href="#gauge-title" data-mini-gauge="">
      {gt('g.gauge.mini', { year: g.year })}{' '}
      {GAUGE_INDEXES.map((index, i) => {
        const v = shownOf(g, index);
        const band = v === null ? null : g[index].shownBand;
        return (
          <span key={index} className="mini-index" data-index-mini={index}>
            {i > 0 ? ' · ' : ''}
            {gt(`g.index.${index}`)}{' '}
            <b style={band ? { borderBottom: `3px solid ${BAND_COLORS[band]}` } : undefined}>
              {v === null ? '–' : formatPoints(v, locale)}
            </b>
          </span>
        );
      })}
    </a>
  );
}
