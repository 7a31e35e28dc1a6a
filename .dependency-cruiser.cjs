/**
 * Layers of lifeguard (docs/adr/0155): the core never imports the edges, no folder of src/ imports
 * another that imports it back, and no module does either. `npm test` runs this through
 * test/architecture/layers.test.ts; `npm run deps` prints the report.
 */
const CORE = '^src/(model|model-registry|lint|policy|diff|cost|gate)/';
const EDGES = '^src/(pipeline|action|cli|report|s3|github|apply|trust)/|^src/(action|cli)[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'core-imports-edge',
      severity: 'error',
      comment:
        'The core (model, model-registry, rules, policy, diff, cost, gate) is pure: it never imports the edges (pipeline, entry points, report, S3 and GitHub clients, apply, trust).',
      from: { path: CORE },
      to: { path: EDGES },
    },
    {
      name: 'module-cycle',
      severity: 'error',
      comment: 'No module imports one that imports it back, even within a folder (a type-only import counts).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'folder-cycle',
      severity: 'error',
      comment: 'Folders of src/ form a hierarchy: a folder never imports one that imports it back.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^src/',
    exclude: { path: '^src/generated/.*[.]js$' },
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.d.ts'] },
  },
};
