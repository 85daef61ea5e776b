/**
 * The layers of `src/`, bottom to top. A folder may import only the folders below it (and itself);
 * the pure core never imports React, Recharts or Zustand. `npm test` runs this check (`npm run layers`).
 * Tests (`*.test.ts[x]`) may reach across layers to build what they check, so they are not held to it.
 */
const LAYERS = [
  ['domain', 'plain types, ids, the pressure model, scenario maths, formatting'],
  ['i18n', 'languages and the message catalogue'],
  ['data', 'Zod schemas and the fixture loader'],
  ['url', 'the URL codec'],
  ['store', 'Zustand slices, selectors, the URL sync and the React binding'],
  ['ui', 'small React parts shared by the screens (error boundary)'],
  ['gauge', 'the composite gauge and its breakdown'],
  ['panels', 'one folder per chart panel, the registry, shared chart parts'],
  ['app', 'the shell: layout, modes, toolbar, notices'],
];
const CORE = ['domain', 'i18n', 'data', 'url'];
const notTest = '\\.test\\.tsx?$';

const layerRules = LAYERS.map(([name], i) => {
  const allowed = LAYERS.slice(0, i + 1).map(([n]) => n);
  return {
    name: `layer-${name}`,
    comment: `src/${name}/ may import only ${allowed.join(', ')} (layers below it and itself)`,
    severity: 'error',
    from: { path: `^src/${name}/`, pathNot: notTest },
    to: { path: '^src/', pathNot: `^src/(${allowed.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'core-without-ui',
      comment: 'domain, i18n, data and url are plain TypeScript: no React, Recharts or Zustand',
      severity: 'error',
      from: { path: `^src/(${CORE.join('|')})/`, pathNot: notTest },
      to: { path: 'node_modules/(react|react-dom|recharts|zustand)/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles between modules',
      severity: 'error',
      from: { pathNot: notTest },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.css$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
