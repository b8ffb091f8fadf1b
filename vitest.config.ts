import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Two cores on CI: keep workers modest so spawned smoke tests are not starved.
    maxWorkers: 2,
    testTimeout: 20_000,
    // Spawned runs of kp cache --data directories: keep that out of the user's own cache folder.
    env: { XDG_CACHE_HOME: join(tmpdir(), `kp-test-cache-${process.pid}`) },
    coverage: { include: ['src/**/*.ts'], provider: 'v8' },
  },
});
