import { defineConfig } from 'vitest/config';

// End-to-end suites start real processes and a private Redis each: run them one file at a time.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'faults/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
