import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Two cores on CI: keep workers modest so spawned smoke tests are not starved.
    maxWorkers: 2,
    testTimeout: 20_000,
    coverage: { include: ['src/**/*.ts'], provider: 'v8' },
  },
});
