import { describe, expect, it } from 'vitest';
import type { HistoryV2Inputs } from '../../domain/backtest';
import { backtestView } from './backtest-view';
import { inputsKey, runBacktestView } from './run-backtest';

const baa: Array<[string, number]> = [
  ['1990-01-01', 9],
  ['1990-02-01', 9.1],
];

describe('inputsKey', () => {
  it('changes exactly when an input array is another array', () => {
    const a: HistoryV2Inputs = { series: { BAA: baa, AAA: [] } };
    expect(inputsKey(a)).toBe(inputsKey({ series: { AAA: a.series.AAA ?? [], BAA: baa } }));
    expect(inputsKey(a)).not.toBe(inputsKey({ series: { BAA: [...baa], AAA: a.series.AAA ?? [] } }));
    expect(inputsKey(a)).not.toBe(inputsKey({ ...a, shiller: [] }));
  });
});

describe('runBacktestView (no worker here: idle time on the main thread)', () => {
  it('runs once per inputs and gives what backtestView gives', async () => {
    const inputs: HistoryV2Inputs = { series: { BAA: baa, USREC: [['1990-08-01', 1]] } };
    const first = runBacktestView(inputs);
    expect(runBacktestView({ series: { ...inputs.series } })).toBe(first);
    expect(await first).toEqual(backtestView(inputs));
    expect((await first).recessions).toEqual([
      { from: '1990-08', to: '1990-08', startQuarter: '1990-Q3', endQuarter: '1990-Q3' },
    ]);
  });
});
