import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../tests/fixture-files';
import { checkFixtures } from './check';

describe('checkFixtures (npm run check-data)', () => {
  it('finds no problem in the committed fixtures, dated series included', () => {
    const r = checkFixtures(realFiles(), realDatedFiles());
    expect(r.lines).toEqual([]);
    expect(r.files).toBe(Object.keys(realFiles()).length + Object.keys(realDatedFiles()).length);
  });

  it('prints each problem as file › path: reason, in a plain fixture and a dated series', () => {
    const files = realFiles();
    const bonds = JSON.parse(files['bonds.json'] ?? '{}');
    bonds.series[0].observations[0].value = '18';
    files['bonds.json'] = JSON.stringify(bonds);
    const dated = realDatedFiles();
    const gdp = JSON.parse(dated.GDP ?? '{}');
    gdp.observations[1][0] = gdp.observations[0][0];
    dated.GDP = JSON.stringify(gdp);
    const r = checkFixtures(files, dated);
    expect(r.lines).toEqual([
      'bonds.json › series[0].observations[0].value: expected number, got string',
      `fred/GDP.json › observations[1][0]: dates must increase: ${gdp.observations[0][0]} comes after ${gdp.observations[0][0]}`,
    ]);
  });
});
