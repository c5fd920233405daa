import path from 'path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'cms/src/payload.config.ts') },
  },
  test: {
    include: ['cms/**/*.test.ts', 'seed/**/*.test.ts', 'plugins/*/**/*.test.ts', 'site/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'site/builds/**', 'site/dist/**'],
    environment: 'node',
    globalSetup: ['cms/test/helpers/globalSetup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: 'test' },
  },
})
