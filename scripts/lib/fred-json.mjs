/**
 * The dated-series fixture layout (`fixtures/fred/<ID>.json`), shared by `fred-to-fixture.mjs` and
 * `update-data.mjs`: metadata as usual JSON, then one `[date, value]` pair per line.
 */
export function serialiseDated(fixture) {
  const { observations, ...meta } = fixture;
  const head = JSON.stringify(meta, null, 2).replace(/\n}$/, '');
  const rows = observations.map((o) => `    ${JSON.stringify(o)}`).join(',\n');
  return `${head},\n  "observations": [\n${rows}\n  ]\n}\n`;
}
