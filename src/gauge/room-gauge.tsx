/**
 * The gauge made for a room (present mode): the same headline as the dashboard (meters.tsx: both
 * readings with bands, the sentence that reads them together, what year they read and from what, each
 * index's named contributions), larger, with the method version and source line. No controls: weights,
 * what-if and method stay in the dashboard.
 */
import { GAUGE_METHOD_VERSION } from '../domain/gauge-ids';
import { useT } from '../store/react';
import { GaugeHeadline, yearText } from './meters';
import { type MarketSource, useGaugeV2, useGT } from './use-gauge';

/** `market`: history v2's run, handed over by the slide (app layer). */
export function RoomGauge({ market }: { market: MarketSource }) {
  const g = useGaugeV2(market);
  const t = useT();
  const gt = useGT();
  return (
    <section className="room-gauge room-gauge-v2" aria-labelledby="room-gauge-title" data-room-gauge="">
      <h2 id="room-gauge-title">
        {t('gauge.title')} <span className="room-year">{yearText(gt, g.year)}</span>
      </h2>
      <GaugeHeadline g={g} sourceLine={gt('g.sourceLine', { version: GAUGE_METHOD_VERSION })} />
    </section>
  );
}
