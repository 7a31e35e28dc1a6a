import { describe, expect, it } from 'vitest';
import type { LifeguardConfig } from '../../src/config/config.js';
import { touchedTargets, untargetedFiles } from '../../src/pipeline/targets.js';

const config: LifeguardConfig = {
  file: '.lifeguard.yml',
  dir: '/repo',
  rules: {},
  gates: {},
  targets: [
    { name: 'logs', bucket: 'acme-logs', source: { lifecycle: 'lifecycle/logs.json' } },
    { name: 'models', bucket: 'acme-ml', source: { policy: 'policies/ml.yaml' }, registry: 'registry/refs.csv' },
  ],
};

describe('touchedTargets', () => {
  it('picks the targets whose files changed, and says why', () => {
    expect(touchedTargets(config, ['lifecycle/logs.json', 'README.md'], '/repo').map((t) => [t.target.name, t.because])).toEqual([
      ['logs', ['lifecycle/logs.json']],
    ]);
    expect(touchedTargets(config, ['registry/refs.csv'], '/repo').map((t) => t.target.name)).toEqual(['models']);
    expect(touchedTargets(config, ['src/app.ts'], '/repo')).toEqual([]);
  });

  it('touches every target when the configuration itself changed', () => {
    expect(touchedTargets(config, ['.lifeguard.yml'], '/repo').map((t) => t.target.name)).toEqual(['logs', 'models']);
  });

  it('lists changed files that belong to no target', () => {
    expect(untargetedFiles(config, ['lifecycle/logs.json', 'other/x.json'], '/repo')).toEqual(['other/x.json']);
  });
});
