import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Integration suites (RGW) share one server; keep files from fighting over it.
    fileParallelism: true,
  },
});
