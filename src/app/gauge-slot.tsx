/**
 * The gauge's body and the header's mini readings, with history v2's run (the history panel's back-test
 * hook, which the gauge layer may not import) handed to them: loaded right after first paint.
 */
import { GaugeBody } from '../gauge/gauge-body';
import { MiniGaugeBody } from '../gauge/mini-gauge-body';
import { useBacktestV2 } from '../panels/history/use-backtest';

export default function GaugeSlot({ compact = false }: { compact?: boolean }) {
  return <GaugeBody compact={compact} market={useBacktestV2()} />;
}

export function MiniGaugeSlot() {
  return <MiniGaugeBody market={useBacktestV2()} />;
}
