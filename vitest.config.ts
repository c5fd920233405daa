import os from 'os'
import path from 'path'
import { defineConfig } from 'vitest/config'

import { cmsTestGroups } from './cms/test/helpers/cmsTestGroups'

/** Seeds the demo data once into the template database that CMS tests copy. */
const seeded = { globalSetup: ['cms/test/helpers/globalSetup.ts'] }

/** High rate limits before a test file's imports read the settings (files testing a limit set theirs). */
const testLimits = { setupFiles: ['cms/test/helpers/testRateLimits.ts'] }

/**
 * Tests that run in the worker itself (pure functions, a Payload on an SQLite copy): on a
 * 2-core CI machine Vitest's default (cores - 1) leaves one core idle while a file starts Payload.
 */
const inProcess = { maxWorkers: Math.max(2, os.availableParallelism() - 1) }

const cmsGroups = cmsTestGroups(import.meta.dirname)

/**
 * CMS test files of one group share their worker's modules: Payload and the config are imported
 * once per worker, not once per file (seconds each). startTestFile.ts gives each file what a new
 * process would have.
 */
const sharedModules = {
  ...seeded,
  isolate: false,
  setupFiles: [...testLimits.setupFiles, 'cms/test/helpers/startTestFile.ts'],
  ...inProcess,
}

/** Tests that start the production CMS, the site's build and Chromium: after the rest. */
// One at a time: two side by side took as long in all (each twice as slow) and timed out a journey.
const endToEnd = { ...seeded, maxWorkers: 1, testTimeout: 180_000, sequence: { groupOrder: 1 } }

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'cms/src/payload.config.ts') },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Every test database is thrown away: no fsync per commit, here and in the CMS processes
    // end-to-end tests start (they inherit this environment).
    env: { NODE_ENV: 'test', SQLITE_SYNCHRONOUS: 'OFF' },
    exclude: ['**/node_modules/**', 'site/builds*/**', 'site/dist/**'],
    // `npx vitest run --project <name>` runs one; `npm test` runs them all.
    projects: [
      // pure functions: no database, no globalSetup, one module graph per worker
      {
        extends: true,
        test: { name: 'cms-unit', include: ['cms/src/**/*.test.ts'], isolate: false, ...inProcess },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['site/src/**/*.test.ts', 'site/server/**/*.test.ts'],
          isolate: false,
          ...inProcess,
        },
      },
      {
        extends: true,
        test: { name: 'testing', include: ['testing/**/*.test.ts'], isolate: false, ...inProcess },
      },
      // the plugin's own test app, on its own database: no demo data
      { extends: true, test: { name: 'plugins', include: ['plugins/*/**/*.test.ts'], ...inProcess } },
      // a Payload on a copy of the seeded demo database
      { extends: true, test: { name: 'cms', include: cmsGroups.shared, ...sharedModules } },
      // The config is built once per process: GraphQL is on for the whole of this group.
      {
        extends: true,
        test: {
          name: 'cms-graphql',
          include: cmsGroups.graphQL,
          env: { GRAPHQL_ENABLED: 'true' },
          ...sharedModules,
        },
      },
      // Files that set the environment before the settings are read, or replace modules' functions.
      {
        extends: true,
        test: {
          name: 'cms-own-process',
          include: cmsGroups.ownProcess,
          ...seeded,
          ...testLimits,
          ...inProcess,
        },
      },
      {
        extends: true,
        test: { name: 'seed', include: ['seed/**/*.test.ts'], ...seeded, ...testLimits, ...inProcess },
      },
      { extends: true, test: { name: 'cms-e2e', include: ['cms/e2e/**/*.test.ts'], ...endToEnd } },
      { extends: true, test: { name: 'site-e2e', include: ['site/e2e/**/*.test.ts'], ...endToEnd } },
    ],
  },
})
