import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/ui/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Vitest's default 5 s per test is a wall-clock limit: on a busy 2-core machine the
    // tests of bounded work at scale (5,000 sites, fuzz runs) take longer. The limit
    // only catches a test that never ends; what the tests assert is work, never time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
