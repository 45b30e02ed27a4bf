import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests read English unless they ask for Spanish, whatever language this machine is set to.
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  },
});
