import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

import config from '../../vitest.config'

const root = path.resolve(import.meta.dirname, '../..')
const SKIP = new Set(['node_modules', '.git', '.tools', '.next', 'dist', '.astro'])

const testFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory())
      return SKIP.has(entry.name) || entry.name.startsWith('builds') ? [] : testFiles(file)
    return entry.name.endsWith('.test.ts') ? [path.relative(root, file).split(path.sep).join('/')] : []
  })

type Project = { test?: { name?: string; include?: string[]; exclude?: string[] } }

describe('the Vitest projects', () => {
  const projects = (config.test?.projects ?? []) as Project[]
  const projectsOf = (file: string) =>
    projects
      .filter(
        ({ test }) =>
          (test?.include ?? []).some((glob) => path.matchesGlob(file, glob)) &&
          !(test?.exclude ?? []).some((glob) => path.matchesGlob(file, glob)),
      )
      .map(({ test }) => test?.name)

  it('run every test file of the repository, each in exactly one project', () => {
    const files = testFiles(root)
    expect(files).toContain('testing/src/everyTestFileRuns.test.ts')
    expect(files.length).toBeGreaterThan(100)
    expect(files.filter((file) => projectsOf(file).length !== 1)).toEqual([])
  })

  it('put a site unit test where no demo database is seeded, and a CMS integration test where it is', () => {
    const globalSetupOf = (name: string) =>
      (projects.find(({ test }) => test?.name === name)?.test as { globalSetup?: string[] }).globalSetup
    expect(projectsOf('site/src/lib/toCsv.test.ts')).toEqual(['site'])
    expect(globalSetupOf('site')).toBeUndefined()
    expect(projectsOf('cms/test/scores.test.ts')).toEqual(['cms'])
    expect(projectsOf('cms/test/smoke.test.ts')).toEqual(['cms-graphql'])
    expect(projectsOf('cms/test/rateLimits.test.ts')).toEqual(['cms-own-process'])
    expect(projectsOf('site/e2e/publicSite.test.ts')).toEqual(['site-e2e'])
    expect(projectsOf('site/e2e/singleSignOn.test.ts')).toEqual(['site-e2e'])
    for (const name of ['cms', 'cms-graphql', 'cms-own-process'])
      expect(globalSetupOf(name)).toEqual(['cms/test/helpers/globalSetup.ts'])
  })
})
