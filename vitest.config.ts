import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['catalog/**/*.test.ts', 'cms/**/*.test.ts', 'publishing/**/*.test.ts', 'scripts/**/*.test.ts', 'shared/**/*.test.ts', 'site/**/*.test.ts', 'tests/architecture/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/int/**/*.int.test.ts'],
          setupFiles: ['tests/int/setup.ts'],
          hookTimeout: 120_000,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          hookTimeout: 600_000,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'rest',
          include: ['tests/rest/**/*.test.ts'],
          globalSetup: ['tests/rest/server.ts'],
          hookTimeout: 600_000,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'publish',
          include: ['tests/publish/**/*.test.ts'],
          globalSetup: ['tests/publish/global-setup.ts'],
          hookTimeout: 600_000,
          testTimeout: 300_000,
        },
      },
    ],
  },
})
